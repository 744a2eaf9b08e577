"""Small queries and writes on the tables, shared by the pipeline, the CLI, the workers and the desk."""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from intake.storage.models import AuditEntry, Blob, Claim, Message, Ticket, TicketMessage, utcnow


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def put_blob(session: Session, data: bytes) -> str:
    """Store bytes once, keyed by their sha256; returns the key."""
    key = sha256(data)
    if session.get(Blob, key) is None:
        session.add(Blob(sha256=key, size=len(data), data=data))
        session.flush()
    return key


def get_blob(session: Session, key: str) -> bytes:
    blob = session.get(Blob, key)
    if blob is None:
        raise KeyError(f"blob {key} missing")
    return blob.data


def audit(
    session: Session,
    *,
    actor: str,
    action: str,
    entity: str,
    entity_id: object = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    session.add(
        AuditEntry(
            actor=actor,
            action=action,
            entity=entity,
            entity_id=None if entity_id is None else str(entity_id),
            before=before,
            after=after,
        )
    )


def year_number(prefix: str, row_id: int, when: datetime | None = None) -> str:
    """Human-readable numbers such as TP-2026-000123 (the row id keeps them unique)."""
    return f"{prefix}-{(when or utcnow()).year}-{row_id:06d}"


def ticket_by_number(session: Session, number: str) -> Ticket | None:
    return session.scalars(select(Ticket).where(Ticket.number == number)).first()


def ticket_of_message_ids(session: Session, message_ids: list[str]) -> Ticket | None:
    """The ticket a thread belongs to, from the Message-IDs it replies to (received or sent by us)."""
    ids = [m for m in message_ids if m]
    if not ids:
        return None
    query = (
        select(Ticket)
        .join(TicketMessage, TicketMessage.ticket_id == Ticket.id)
        .join(Message, Message.id == TicketMessage.message_id)
        .where(Message.message_id.in_(ids))
        .order_by(Ticket.id)
    )
    return session.scalars(query).first()


def claim_for_message(session: Session, message_id: int) -> list[Claim]:
    return list(session.scalars(select(Claim).where(Claim.message_id == message_id).order_by(Claim.id)))


def outcome_counts(session: Session) -> dict[str, int]:
    rows = session.execute(select(Message.outcome, func.count()).group_by(Message.outcome)).all()
    return {str(outcome or "pending"): int(count) for outcome, count in rows}
