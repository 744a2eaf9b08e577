"""The schema comes from Alembic and holds on SQLite and PostgreSQL; the ledger refuses duplicates."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, select
from sqlalchemy.exc import IntegrityError

from intake.settings import Settings
from intake.storage import repo
from intake.storage.db import engine_for, migrate, unit_of_work
from intake.storage.models import Base, Message

pytestmark = []


def _tables(url: str) -> set[str]:
    return set(inspect(engine_for(url)).get_table_names())


def _message(key: str, blob: str, **extra: object) -> Message:
    return Message(source="email", source_key=key, sha256=blob, **extra)


def _check_ledger(url: str) -> None:
    assert set(Base.metadata.tables) <= _tables(url)
    assert "alembic_version" in _tables(url)
    migrate(url)  # a second run changes nothing and does not fail
    with unit_of_work(url) as session:
        blob = repo.put_blob(session, b"raw bytes")
        assert repo.put_blob(session, b"raw bytes") == blob  # content-addressed: stored once
        session.add(_message("k1", blob, account="a", folder="INBOX", uidvalidity=7, uid=1))
        session.commit()
    with unit_of_work(url) as session, pytest.raises(IntegrityError):
        session.add(_message("k2", blob, account="a", folder="INBOX", uidvalidity=7, uid=1))
        session.flush()
    with unit_of_work(url) as session, pytest.raises(IntegrityError):
        session.add(_message("k1", blob))
        session.flush()
    with unit_of_work(url) as session:
        # nothing committed by the failed attempts; a unit of work rolls back unless committed
        assert len(list(session.scalars(select(Message)))) == 1


def test_ledger_on_sqlite(settings: Settings) -> None:
    _check_ledger(settings.effective_database_url)


@pytest.mark.postgres
def test_ledger_on_postgres(pg_url: str) -> None:
    _check_ledger(pg_url)


def test_ticket_numbers_are_human_readable() -> None:
    from datetime import datetime

    assert repo.year_number("TP", 123, datetime(2026, 3, 1)) == "TP-2026-000123"


def test_settings_read_from_environment() -> None:
    s = Settings.from_env({"INTAKE_IMAP_PORT": "1143", "INTAKE_DATA_DIR": "/srv/x", "INTAKE_WEB_SECURE_COOKIES": "1"})
    assert s.imap_port == 1143
    assert s.effective_database_url == "sqlite:////srv/x/intake.db"
    assert s.web_secure_cookies is True
    assert Settings.from_env({}).broker_url == ""


def test_due_date_skips_weekends_and_french_holidays() -> None:
    from datetime import date

    from intake.workdays import add_working_days

    # Friday 2025-12-19 + 7 working days: skips two weekends and Christmas (25/12) → Wednesday 31/12
    assert add_working_days(date(2025, 12, 19), 7) == date(2025, 12, 31)
