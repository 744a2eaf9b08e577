"""The review desk's Flask application factory.

Server-rendered pages; everything but the login page and the static files needs a session. No health
data in URLs (ids only) nor in logs (werkzeug's access log is not used: waitress serves without it).
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

from flask import Flask, Response, g, redirect, render_template, request, session, url_for
from werkzeug.exceptions import HTTPException

from intake.settings import Settings
from intake.storage.db import session_factory
from intake.storage.models import User
from intake.web import security
from intake.web.validation import euros, label

log = logging.getLogger("intake.web")

PUBLIC_ENDPOINTS = {"desk.login", "static"}


def create_app(settings: Settings, *, pipeline: Any = None) -> Flask:
    """Build the desk. `pipeline` (tests) replaces the `intake.pipeline.Pipeline` built on demand."""
    app = Flask(__name__, static_folder="static", template_folder="templates")
    app.config.update(
        SECRET_KEY=security.web_secret(settings),
        SESSION_COOKIE_NAME="intake_desk",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=settings.web_secure_cookies,
        PERMANENT_SESSION_LIFETIME=timedelta(hours=10),  # a working day from login, not refreshed:
        # a refreshed cookie on every page-image response could overwrite the one a concurrent
        # decision just set (its "Demande créée" message was lost that way in a browser test)
        SESSION_REFRESH_EACH_REQUEST=False,
        MAX_CONTENT_LENGTH=256 * 1024,
        INTAKE_SETTINGS=settings,
    )
    app.extensions["intake_settings"] = settings
    app.extensions["intake_pipeline"] = pipeline
    app.extensions["intake_sessions"] = session_factory(settings.effective_database_url)

    from intake.web.views import desk

    app.register_blueprint(desk)

    app.before_request(_open_session)
    app.teardown_request(_close_session)
    app.after_request(_headers)
    app.register_error_handler(HTTPException, _error_page)
    app.jinja_env.globals.update(
        csrf_token=security.csrf_token, field_label=label, current_user=security.current_user
    )
    app.jinja_env.filters["euros"] = euros
    app.jinja_env.filters["fr_datetime"] = fr_datetime
    app.jinja_env.filters["fr_date"] = fr_date
    return app


def get_pipeline() -> Any:
    from flask import current_app

    pipeline = current_app.extensions.get("intake_pipeline")
    if pipeline is None:
        from intake.pipeline import Pipeline

        pipeline = current_app.extensions["intake_pipeline"] = Pipeline(
            current_app.extensions["intake_settings"]
        )
    return pipeline


def get_settings() -> Settings:
    from flask import current_app

    settings: Settings = current_app.extensions["intake_settings"]
    return settings


def _open_session() -> Any:
    from flask import current_app

    g.db = current_app.extensions["intake_sessions"]()
    g.user = None
    user_id = session.get("uid")
    if user_id is not None:
        user = g.db.get(User, user_id)
        if user is None or user.locked or session.get("ver") != _session_version(user):
            session.clear()
        else:
            g.user = user
    if request.method in ("POST", "PUT", "PATCH", "DELETE"):
        security.check_csrf()
    if g.user is None and request.endpoint not in PUBLIC_ENDPOINTS:
        wants_page = (
            request.method == "GET"
            and request.accept_mimetypes.accept_html
            and not request.path.endswith(".png")
        )
        if wants_page:
            return redirect(url_for("desk.login", next=request.full_path.rstrip("?")))
        return Response("Authentification requise.", status=401, mimetype="text/plain")
    return None


def _session_version(user: User) -> str:
    """Changes when the password changes: old sessions die with the old password."""
    return user.password_hash[-16:]


def _close_session(_error: BaseException | None) -> None:
    db = g.pop("db", None)
    if db is not None:
        db.rollback()
        db.close()


def _headers(response: Response) -> Response:
    response.headers.setdefault("Cache-Control", "no-store")
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["Content-Security-Policy"] = (
        "default-src 'self'; img-src 'self'; style-src 'self'; script-src 'self'; "
        "frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
    )
    return response


ERRORS = {
    400: "Requête refusée",
    401: "Authentification requise",
    403: "Accès réservé aux superviseurs",
    404: "Introuvable",
    405: "Méthode non autorisée",
    413: "Envoi trop volumineux",
}


def _error_page(error: HTTPException) -> Any:
    code = error.code or 500
    if (
        request.path.endswith(".png")
        or request.is_json
        or request.accept_mimetypes.best == "application/json"
    ):
        return Response(ERRORS.get(code, "Erreur"), status=code, mimetype="text/plain")
    description = error.description if code == 400 else None
    return render_template(
        "error.html", code=code, title=ERRORS.get(code, "Erreur"), description=description
    ), code


def safe_next(target: str | None) -> str | None:
    """Only a path on this site (no scheme, no host, no `//`)."""
    if not target:
        return None
    parts = urlsplit(target)
    if (
        parts.scheme
        or parts.netloc
        or not target.startswith("/")
        or target.startswith("//")
        or "\\" in target
    ):
        return None
    return target


def fr_datetime(value: Any) -> str:
    if value is None:
        return "—"
    return str(as_paris(value).strftime("%d/%m/%Y %H:%M"))


def fr_date(value: Any) -> str:
    if value is None:
        return "—"
    return str(as_paris(value).strftime("%d/%m/%Y"))


def as_paris(value: Any) -> Any:
    from datetime import UTC
    from zoneinfo import ZoneInfo

    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(ZoneInfo("Europe/Paris"))
