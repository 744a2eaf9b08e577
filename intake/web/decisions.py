"""What a clerk's decision does: the same pipeline functions as the automatic path.

Each function runs inside the request's database session and commits it; each is safe to repeat
(a double click finds the review item closed, or the claim's unique dedup key already taken).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from intake.domain.model import (
    AUTO_REPLY_REASONS,
    PRACTITIONER_ID_FIELDS,
    REQUIRED_FIELDS,
    ExtractedDocument,
    Field,
)
from intake.storage import repo
from intake.storage.models import (
    AttachmentRow,
    Correction,
    DocumentRow,
    FieldRow,
    Message,
    ReviewItem,
    TicketMessage,
    utcnow,
)
from intake.web.validation import amounts_mismatch, check_field, label

CLAIM_KINDS = ("invoice", "quote", "pec")
DECISIONS = ("approve", "ticket", "reply", "ignore", "reprocess")


class DecisionRefused(Exception):
    """The decision cannot be taken as it is; the message says why, in French."""


@dataclass
class Outcome:
    message: str
    warnings: list[str] = field(default_factory=list)
    already_done: bool = False


def document_values(db: Session, message_id: int, document_id: int | None) -> dict[str, FieldRow]:
    """The fields of one document, completed by those read in the message itself (subject, body)."""
    rows = list(db.scalars(select(FieldRow).where(FieldRow.message_id == message_id).order_by(FieldRow.id)))
    values: dict[str, FieldRow] = {}
    for row in rows:
        if row.document_id is None and document_id is not None:
            continue
        if row.document_id == document_id:
            values[row.name] = row
    if document_id is not None:
        for row in rows:
            if row.document_id is None:
                values.setdefault(row.name, row)
    return values


def claim_problems(kind: str, values: dict[str, str]) -> list[str]:
    """What prevents this document from becoming a claim (missing or invalid fields), in French."""
    problems: list[str] = []
    for name in REQUIRED_FIELDS:
        if name == "practitioner_id":
            if not any(values.get(n) for n in PRACTITIONER_ID_FIELDS):
                problems.append("l’identifiant du professionnel (RPPS, ADELI ou FINESS) est absent")
            continue
        if name == "care_date" and kind in ("quote", "pec"):
            continue  # a devis or a demande de prise en charge has no care date yet
        if not values.get(name):
            problems.append(f"le champ « {label(name)} » est absent")
    for name, value in values.items():
        checked = check_field(name, value, values)
        if checked.error:
            problems.append(checked.error)
    return problems


def approve(db: Session, pipeline: Any, item: ReviewItem, message: Message, user: str) -> Outcome:
    documents = list(
        db.scalars(
            select(DocumentRow).where(DocumentRow.message_id == message.id).order_by(DocumentRow.position)
        )
    )
    if not documents:
        raise DecisionRefused(
            "Aucun document lisible : impossible de créer une demande. Transformez le message "
            "en ticket, ou retraitez-le."
        )
    chosen = [d for d in documents if d.kind in CLAIM_KINDS] or documents
    pairs: list[tuple[DocumentRow, ExtractedDocument]] = []
    problems: list[str] = []
    warnings: list[str] = []
    for index, doc in enumerate(chosen, 1):
        rows = document_values(db, message.id, doc.id)
        values = {name: row.value for name, row in rows.items()}
        prefix = f"Document {index} : " if len(chosen) > 1 else ""
        problems.extend(prefix + p for p in claim_problems(doc.kind, values))
        if (mismatch := amounts_mismatch(values)) is not None:
            warnings.append(prefix + mismatch)
        fields = {
            name: Field(
                name=name,
                value=row.value,
                confidence=row.confidence,
                page=row.page,
                box=tuple(row.box) if row.box else None,
                source=row.origin,
            )
            for name, row in rows.items()
        }
        pairs.append(
            (doc, ExtractedDocument(fields=fields, pages=list(doc.pages), kind=doc.kind, needs_review=False))
        )
    if problems:
        raise DecisionRefused("Validation impossible : " + " ; ".join(problems) + ".")
    created, duplicates = pipeline.create_claims(db, message, pairs, actor=user)
    if created:
        reason = f"approved by {user}: {len(created)} claim(s) created" + (
            f", {len(duplicates)} duplicate(s)" if duplicates else ""
        )
        text = "Demande créée : " + ", ".join(created) + "."
    else:
        reason = f"approved by {user}: duplicate of claim " + ", ".join(duplicates)
        text = "Cette facture existe déjà (demande " + ", ".join(duplicates) + ") : aucune nouvelle demande."
    _close(db, item, message, "approve", "claim", reason, user)
    return Outcome(text, warnings)


def to_ticket(db: Session, pipeline: Any, item: ReviewItem, message: Message, user: str) -> Outcome:
    ticket = pipeline.open_ticket(db, message, actor=user)
    db.add(TicketMessage(ticket_id=ticket.id, message_id=message.id))
    _close(db, item, message, "ticket", "ticket", f"ticket {ticket.number} opened by {user}", user)
    return Outcome(f"Ticket {ticket.number} ouvert.")


def send_reply(
    db: Session, pipeline: Any, item: ReviewItem, message: Message, user: str, reason: str, raw: bytes
) -> Outcome:
    if reason not in AUTO_REPLY_REASONS:
        raise DecisionRefused("Choisissez le modèle de réponse automatique.")
    if message.source == "fax":
        raise DecisionRefused("Un fax n’a pas d’adresse de réponse : aucune réponse automatique possible.")
    from parsers.mime import parse_message

    parsed = parse_message(raw)
    note = pipeline.queue_reply(db, message, parsed, reason)
    _close(db, item, message, "reply", "auto_reply", f"{reason} (chosen by {user}; {note})", user)
    if note.startswith("no reply sent"):
        return Outcome(
            "Aucune réponse envoyée : les règles des réponses automatiques l’interdisent ici "
            f"({note.removeprefix('no reply sent: ')}). Le message est classé."
        )
    return Outcome("Réponse automatique mise en file d’envoi.")


def ignore(db: Session, item: ReviewItem, message: Message, user: str) -> Outcome:
    _close(db, item, message, "ignore", "ignore", f"ignored by {user}", user)
    return Outcome("Message ignoré.")


def reprocess(db: Session, pipeline: Any, item: ReviewItem, message: Message, user: str) -> Outcome:
    """Forget what was read and decided, and run the pipeline again on the stored bytes."""
    if repo.claim_for_message(db, message.id):
        raise DecisionRefused("Une demande existe déjà pour ce message : il ne peut plus être retraité.")
    before = {"outcome": message.outcome, "reason": message.reason, "category": item.category}
    documents = select(DocumentRow.id).where(DocumentRow.message_id == message.id)
    db.execute(update(Correction).where(Correction.document_id.in_(documents)).values(document_id=None))
    db.execute(delete(FieldRow).where(FieldRow.message_id == message.id))
    db.execute(delete(DocumentRow).where(DocumentRow.message_id == message.id))
    db.execute(delete(AttachmentRow).where(AttachmentRow.message_id == message.id))
    repo.audit(
        db,
        actor=user,
        action="item.reprocess",
        entity="review_item",
        entity_id=item.id,
        before=before,
        after={"message": message.id},
    )
    db.delete(item)
    message.outcome = None
    message.reason = None
    message.state = "received"
    message.decided_at = None
    message.attempts = 0
    db.commit()
    outcome = pipeline.process(message.id)
    labels = {
        "claim": "une demande a été créée",
        "ticket": "un ticket a été ouvert",
        "auto_reply": "une réponse automatique a été préparée",
        "ignore": "le message est ignoré",
        "review": "il revient dans la file de revue",
        "quarantine": "il est en quarantaine",
        "retry": "le traitement a échoué, il sera retenté",
    }
    return Outcome(f"Message retraité : {labels.get(outcome, outcome)}.")


def _close(
    db: Session, item: ReviewItem, message: Message, decision: str, outcome: str, reason: str, user: str
) -> None:
    before = {"outcome": message.outcome, "reason": message.reason, "status": item.status}
    message.outcome = outcome
    message.reason = reason[:2000]
    message.state = "decided"
    message.decided_at = utcnow()
    item.status = "closed"
    item.decision = decision
    item.decided_by = user
    item.decided_at = utcnow()
    repo.audit(
        db,
        actor=user,
        action=f"item.{decision}",
        entity="review_item",
        entity_id=item.id,
        before=before,
        after={"outcome": outcome, "reason": message.reason[:300], "status": "closed"},
    )
    db.commit()


RETRYABLE = (IntegrityError, OperationalError)
