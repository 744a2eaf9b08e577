"""One poller per mailbox or spool at a time: a lease row in `source_locks` (SQLite and PostgreSQL).

Taking the lease is one conditional write: insert the row, or take it over when it expired (or when we
already hold it). The database serialises the writers, so two pollers never both win.
"""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

from sqlalchemy import delete, update
from sqlalchemy.exc import IntegrityError

from intake.storage.db import unit_of_work
from intake.storage.models import SourceLock, utcnow


def holder_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def acquire(url: str, name: str, holder: str, *, ttl: float) -> bool:
    """Take (or renew) the lease `name` for `ttl` seconds; False when someone else holds it."""
    now = utcnow()
    expires = now + timedelta(seconds=ttl)
    with unit_of_work(url) as session:
        result = session.execute(
            update(SourceLock)
            .where(SourceLock.name == name, (SourceLock.expires_at < now) | (SourceLock.holder == holder))
            .values(holder=holder, expires_at=expires)
        )
        if getattr(result, "rowcount", 0):
            session.commit()
            return True
        session.add(SourceLock(name=name, holder=holder, expires_at=expires))
        try:
            session.commit()
        except IntegrityError:
            return False
        return True


def release(url: str, name: str, holder: str) -> None:
    with unit_of_work(url) as session:
        session.execute(delete(SourceLock).where(SourceLock.name == name, SourceLock.holder == holder))
        session.commit()


class LeaseLost(RuntimeError):
    """Another poller holds the lease."""


@contextmanager
def lease(url: str, name: str, *, ttl: float = 300.0) -> Iterator[str]:
    """Hold the lease for the body; raises `LeaseLost` when another poller has it."""
    holder = holder_id()
    if not acquire(url, name, holder, ttl=ttl):
        raise LeaseLost(name)
    try:
        yield holder
    finally:
        release(url, name, holder)
