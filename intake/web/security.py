"""Passwords (argon2id), the session's user, CSRF tokens, roles and the account lock."""

from __future__ import annotations

import hmac
import os
import secrets
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from flask import abort, g, request, session
from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.settings import Settings
from intake.storage.models import User

MAX_FAILURES = 3
ROLES = ("clerk", "supervisor")
_HASHER = PasswordHasher()
_DUMMY_HASH = _HASHER.hash("not a password")  # same work for unknown users as for known ones

F = TypeVar("F", bound=Callable[..., Any])


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def verify_password(stored: str | None, password: str) -> bool:
    try:
        return _HASHER.verify(stored or _DUMMY_HASH, password) and stored is not None
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored: str) -> bool:
    return _HASHER.check_needs_rehash(stored)


def web_secret(settings: Settings) -> str:
    """The configured secret, or a random one kept (0600) in <data_dir>/web-secret."""
    if settings.web_secret:
        return settings.web_secret
    path = Path(settings.data_dir) / "web-secret"
    if path.exists():
        return path.read_text().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    secret = secrets.token_hex(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(secret)
    return secret


def attempt_login(db: Session, name: str, password: str) -> tuple[User | None, str | None]:
    """(user, None) on success; (None, French error) otherwise. Counts failures, locks at 3."""
    user = db.scalars(select(User).where(User.name == name.strip())).first()
    good = verify_password(user.password_hash if user else None, password)
    if user is None:
        return None, "Identifiant ou mot de passe incorrect."
    if user.locked:
        return None, LOCKED_MESSAGE
    if not good:
        user.failed_attempts += 1
        if user.failed_attempts >= MAX_FAILURES:
            user.locked = True
            return None, LOCKED_MESSAGE
        left = MAX_FAILURES - user.failed_attempts
        return None, (
            f"Identifiant ou mot de passe incorrect. Il reste {left} essai"
            f"{'s' if left > 1 else ''} avant le verrouillage du compte."
        )
    user.failed_attempts = 0
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    return user, None


LOCKED_MESSAGE = (
    "Ce compte est verrouillé après 3 essais infructueux. Demandez à un superviseur de le déverrouiller."
)


# -- CSRF ------------------------------------------------------------------------------------------
def csrf_token() -> str:
    token = session.get("csrf")
    if not token:
        token = session["csrf"] = secrets.token_urlsafe(32)
    return str(token)


def check_csrf() -> None:
    """Refuse (400) a state-changing request without the session's token (form field or header)."""
    expected = session.get("csrf")
    sent = request.form.get("csrf_token") or request.headers.get("X-CSRF-Token") or ""
    if not expected or not hmac.compare_digest(str(expected), sent):
        abort(400, description="Jeton de sécurité (CSRF) absent ou périmé : rechargez la page.")


# -- roles -----------------------------------------------------------------------------------------
def current_user() -> User | None:
    user: User | None = g.get("user")
    return user


def login_required(view: F) -> F:
    @wraps(view)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if current_user() is None:
            abort(401)
        return view(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


def supervisor_required(view: F) -> F:
    @wraps(view)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        user = current_user()
        if user is None:
            abort(401)
        if user.role != "supervisor":
            abort(403)
        return view(*args, **kwargs)

    return wrapper  # type: ignore[return-value]
