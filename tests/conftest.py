"""Shared fixtures: settings on a fresh SQLite file, a fresh PostgreSQL database, the pipeline."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from intake.settings import Settings

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
PG_ADMIN_URL = os.environ.get("INTAKE_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


def shared_dir() -> Path | None:
    """../shared beside the checkout (CI lays it there), or INTAKE_SHARED."""
    for candidate in (os.environ.get("INTAKE_SHARED"), ROOT.parent / "shared", ROOT.parent.parent / "shared"):
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    return None


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Embedded-default settings with everything under a temporary data dir."""
    from intake.storage.db import migrate

    s = Settings(data_dir=str(tmp_path / "var"))
    migrate(s.effective_database_url)
    return s


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A brand-new PostgreSQL database, migrated, dropped afterwards."""
    from sqlalchemy import create_engine, text

    from intake.storage.db import dispose_engines, migrate

    name = f"intake_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as error:  # noqa: BLE001
        pytest.fail(f"PostgreSQL on 127.0.0.1:5432 is required: {error}")
    url = PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    migrate(url)
    yield url
    dispose_engines()
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def pg_settings(tmp_path: Path, pg_url: str) -> Settings:
    return Settings(data_dir=str(tmp_path / "var"), database_url=pg_url)
