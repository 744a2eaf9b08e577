"""`intake web` (serve the review desk) and `intake user add|unlock` (desk accounts)."""

from __future__ import annotations

import secrets
import sys

import click

from intake.settings import Settings

MIN_PASSWORD = 8


@click.command("web")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=int, help="Port to listen on.")
@click.option("--threads", default=4, show_default=True, type=int, help="Worker threads.")
def web(host: str, port: int, threads: int) -> None:
    """Serve the review desk for intake clerks (waitress)."""
    from waitress import serve  # type: ignore[import-untyped]

    from intake.storage.db import migrate
    from intake.web import create_app

    settings = Settings.from_env()
    migrate(settings.effective_database_url)
    app = create_app(settings)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"Bureau de revue : http://{shown}:{port}/", err=True)
    serve(app, host=host, port=port, threads=threads, ident="tp-intake")


@click.group("user")
def user() -> None:
    """Accounts of the review desk."""


@user.command("add")
@click.argument("name")
@click.option(
    "--role", type=click.Choice(["clerk", "supervisor"]), required=True, help="clerk or supervisor."
)
@click.option(
    "--update", is_flag=True, help="If the account exists, set its password and role and unlock it."
)
def user_add(name: str, role: str, update: bool) -> None:
    """Create an account. The password is read from standard input (first line); with none (or on a
    terminal) one is generated and printed once."""
    from sqlalchemy import select

    from intake.storage import repo
    from intake.storage.db import migrate, unit_of_work
    from intake.storage.models import User
    from intake.web.security import hash_password

    name = name.strip()
    if not name or len(name) > 64 or any(ch.isspace() for ch in name):
        raise click.ClickException("nom invalide (1 à 64 caractères, sans espace)")
    password = "" if sys.stdin is None or sys.stdin.isatty() else sys.stdin.readline().rstrip("\r\n")
    generated = not password
    if generated:
        password = secrets.token_urlsafe(12)
    elif len(password) < MIN_PASSWORD:
        raise click.ClickException(f"mot de passe trop court ({MIN_PASSWORD} caractères au moins)")
    settings = Settings.from_env()
    migrate(settings.effective_database_url)
    with unit_of_work(settings.effective_database_url) as session:
        account = session.scalars(select(User).where(User.name == name)).first()
        if account is not None and not update:
            raise click.ClickException(f"le compte « {name} » existe déjà (--update pour le remplacer)")
        if account is None:
            account = User(name=name, password_hash=hash_password(password), role=role)
            session.add(account)
            action = "user.create"
        else:
            account.password_hash = hash_password(password)
            account.role = role
            account.locked = False
            account.failed_attempts = 0
            action = "user.update"
        session.flush()
        repo.audit(
            session, actor="cli", action=action, entity="user", entity_id=account.id, after={"role": role}
        )
        session.commit()
    click.echo(f"compte « {name} » ({'superviseur' if role == 'supervisor' else 'agent'}) enregistré")
    if generated:
        click.echo(f"mot de passe : {password}")


@user.command("unlock")
@click.argument("name")
def user_unlock(name: str) -> None:
    """Unlock an account locked after 3 failed logins."""
    from sqlalchemy import select

    from intake.storage import repo
    from intake.storage.db import migrate, unit_of_work
    from intake.storage.models import User

    settings = Settings.from_env()
    migrate(settings.effective_database_url)
    with unit_of_work(settings.effective_database_url) as session:
        account = session.scalars(select(User).where(User.name == name)).first()
        if account is None:
            raise click.ClickException(f"compte « {name} » inconnu")
        account.locked = False
        account.failed_attempts = 0
        repo.audit(session, actor="cli", action="user.unlock", entity="user", entity_id=account.id)
        session.commit()
    click.echo(f"compte « {name} » déverrouillé")
