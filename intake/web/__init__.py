"""The review desk: a small Flask application for intake clerks and supervisors."""

from __future__ import annotations

from intake.web.app import create_app

__all__ = ["create_app"]
