"""Where is this message? One line per received message, for `intake status`."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from intake.settings import Settings
from intake.storage.db import unit_of_work
from intake.storage.models import Claim, Message, Ticket, TicketMessage


def message_status(
    settings: Settings, *, message_id: str | None = None, sender: str | None = None
) -> list[dict[str, Any]]:
    with unit_of_work(settings.effective_database_url) as session:
        query = select(Message).order_by(Message.id)
        if message_id:
            query = query.where(Message.message_id == message_id.strip())
        if sender:
            query = query.where(Message.sender == sender.strip().lower())
        out = []
        for row in session.scalars(query):
            out.append(
                {
                    "source_key": row.source_key,
                    "message_id": row.message_id,
                    "outcome": row.outcome,
                    "reason": row.reason,
                    "claim": _claim_number(session, row),
                    "ticket": _ticket_number(session, row.id),
                }
            )
        return out


def _claim_number(session: Any, row: Message) -> str | None:
    target = row.duplicate_of or row.id
    numbers = list(session.scalars(select(Claim.number).where(Claim.message_id == target).order_by(Claim.id)))
    if not numbers and row.outcome == "claim" and row.reason and "duplicate of claim" in row.reason:
        return row.reason.split("duplicate of claim", 1)[1].strip().split(",")[0]
    return ",".join(n for n in numbers if n) or None


def _ticket_number(session: Any, row_id: int) -> str | None:
    query = (
        select(Ticket.number)
        .join(TicketMessage, TicketMessage.ticket_id == Ticket.id)
        .where(TicketMessage.message_id == row_id)
    )
    number: str | None = session.scalars(query).first()
    return number
