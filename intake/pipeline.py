"""The one place that knows the order of the stages.

ingest (ledger row + raw bytes, committed)  →  process (parse, read, extract, decide, route: one
transaction that records the outcome and the outbox rows)  →  deliver (outbox → SMTP / core system)
→  the source is told last (the mail moved on the server, the fax file out of the spool).

The CLI, the Celery tasks and the web desk's "reprocess" all call these functions, so the embedded
default and production run the same code.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from classifiers.followup import ticket_ref_in
from classifiers.triage import BANK_CHANGE_WITH_INVOICE, decide
from intake.core.port import CoreSystem, PermanentError, TransientError, core_for
from intake.domain import Attachment, Decision, ExtractedDocument, Field, ParsedMessage
from intake.logs import bind
from intake.mailer import MailSender, sender_for
from intake.replies import compose_reply, loop_marker, reply_refusal
from intake.settings import Settings
from intake.storage import repo
from intake.storage.db import unit_of_work
from intake.storage.models import (
    AttachmentRow,
    Claim,
    DocumentRow,
    FieldRow,
    Message,
    Outbox,
    ReviewItem,
    Ticket,
    TicketMessage,
    utcnow,
)
from intake.workdays import due_date
from parsers.fields import extract_documents, extract_text_fields, merge_fields
from parsers.limits import Limits
from parsers.mime import parse_message
from parsers.read import read_document

log = logging.getLogger("intake.pipeline")

CLAIM_KINDS = ("invoice", "quote", "pec")


@dataclass
class Analysis:
    """Everything the pure stages made of one message (no database)."""

    message: ParsedMessage
    documents: list[tuple[int, ExtractedDocument]]  # (attachment position, document)
    read_errors: list[tuple[int, str]]  # (attachment position, reason)
    decision: Decision
    fields: dict[str, Field]
    page_counts: dict[int, int] = field(default_factory=dict)
    # (width, height) of each page in the units of its field boxes, per attachment position: the web
    # desk needs them to draw the boxes on the page images (OCR pages are in prepared-image pixels).
    page_sizes: dict[int, list[list[float]]] = field(default_factory=dict)


def analyse(
    raw: bytes,
    settings: Settings,
    *,
    source: str = "email",
    thread_ticket: str | None = None,
    fax_meta: dict[str, Any] | None = None,
) -> Analysis:
    """Parse, read, extract and decide, without side effects (`intake triage` is this)."""
    limits = Limits.from_settings(settings)
    message = _fax_as_message(raw, fax_meta or {}) if source == "fax" else parse_message(raw)
    documents: list[tuple[int, ExtractedDocument]] = []
    errors: list[tuple[int, str]] = []
    page_counts: dict[int, int] = {}
    page_sizes: dict[int, list[list[float]]] = {}
    for position, attachment in enumerate(message.attachments):
        result = read_document(attachment.content, limits=limits, filename=attachment.filename)
        attachment.sniffed_type = result.kind
        page_counts[position] = len(result.pages)
        page_sizes[position] = [[round(p.width, 2), round(p.height, 2)] for p in result.pages]
        if result.error:
            errors.append((position, result.error))
        if source == "fax":  # a fax has no mail body: its pages (a cover letter, a reminder) are the text
            message.body_text = message.new_text = "\n\n".join(page.text for page in result.pages)[:20_000]
        if result.pages:
            for document in extract_documents(result.pages, review_threshold=settings.review_threshold):
                documents.append((position, document))
    docs = [d for _, d in documents]
    decision = decide(
        message,
        docs,
        thread_ticket=thread_ticket,
        own_addresses=settings.own_address_list,
        loop_marker=loop_marker(settings),
        threshold=settings.triage_threshold,
    )
    if source == "fax" and decision.action in ("auto_reply", "ignore"):
        # a fax cannot be answered by email, and a machine never sends one: a clerk looks at it
        decision = Decision("review", f"off-topic fax ({decision.action}: {decision.reason})", 0.5,
                            explanation=decision.explanation)
    text_fields = [
        extract_text_fields(message.subject, source="subject"),
        extract_text_fields(message.new_text, source="body"),
        extract_text_fields(message.signature, source="signature"),
    ]
    decision.fields = merge_fields(docs, text_fields)
    return Analysis(message, documents, errors, decision, decision.fields, page_counts, page_sizes)


def _fax_as_message(raw: bytes, meta: dict[str, Any]) -> ParsedMessage:
    tsi = str(meta.get("tsi") or "")
    return ParsedMessage(
        message_id=None,
        subject=f"Fax {tsi}".strip(),
        sender="",
        sender_name=tsi,
        return_path=None,
        to=[],
        date=None,
        in_reply_to=None,
        references=[],
        headers={},
        content_type="image/tiff",
        body_text="",
        new_text="",
        signature="",
        attachments=[Attachment(filename=str(meta.get("filename") or "fax.tif"), declared_type="image/tiff",
                                content=raw)],
    )


class Pipeline:
    def __init__(
        self,
        settings: Settings,
        *,
        core: CoreSystem | None = None,
        mailer: MailSender | None = None,
    ) -> None:
        self.settings = settings
        self.url = settings.effective_database_url
        self.core = core or core_for(settings.core_url, settings.core_timeout)
        self.mailer = mailer or sender_for(settings)

    # -- ingest -------------------------------------------------------------------------------
    def ingest(
        self,
        raw: bytes,
        *,
        source: str,
        source_key: str,
        account: str | None = None,
        folder: str | None = None,
        uidvalidity: int | None = None,
        uid: int | None = None,
        meta: dict[str, Any] | None = None,
        quarantine_reason: str | None = None,
    ) -> tuple[int, bool]:
        """Commit the ledger row and the raw bytes. Returns (message row id, created now?)."""
        with unit_of_work(self.url) as session:
            existing = session.scalars(select(Message).where(Message.source_key == source_key)).first()
            if existing is not None:
                return existing.id, False
            key = repo.put_blob(session, raw)
            header = _quick_headers(raw) if source != "fax" else {}
            row = Message(
                source=source,
                source_key=source_key,
                account=account,
                folder=folder,
                uidvalidity=uidvalidity,
                uid=uid,
                sha256=key,
                size=len(raw),
                message_id=header.get("message-id"),
                sender=header.get("from", "")[:320],
                subject=header.get("subject", "")[:2000],
                meta=meta or {},
            )
            session.add(row)
            try:
                session.flush()
            except IntegrityError:
                session.rollback()
                with unit_of_work(self.url) as again:
                    found = again.scalars(select(Message).where(Message.source_key == source_key)).one()
                    return found.id, False
            if quarantine_reason:
                self._finish(session, row, "quarantine", quarantine_reason, 1.0)
            session.commit()
            return row.id, True

    # -- process ------------------------------------------------------------------------------
    def process(self, message_row_id: int) -> str:
        """Decide and route one message; idempotent (a decided message is left as it is)."""
        with bind(message=message_row_id):
            outcome = self._process(message_row_id)
            log.info("outcome %s", outcome)
            return outcome

    def _process(self, message_row_id: int) -> str:
        with unit_of_work(self.url) as session:
            # the row lock makes a second worker on the same message wait, then see the outcome
            row = session.get(Message, message_row_id, with_for_update=True)
            if row is None:
                raise KeyError(f"message {message_row_id} unknown")
            if row.outcome is not None:
                return row.outcome
            raw = repo.get_blob(session, row.sha256)
            try:
                self._decide_and_route(session, row, raw)
            except OperationalError:
                raise  # the database went away: not the message's fault, the caller retries
            except Exception as error:  # noqa: BLE001 - any failure is recorded, never lost
                session.rollback()
                return self._record_failure(message_row_id, error)
            session.commit()
            return str(row.outcome)

    def _record_failure(self, message_row_id: int, error: Exception) -> str:
        log.warning("message %s failed: %s", message_row_id, type(error).__name__)
        with unit_of_work(self.url) as session:
            row = session.get(Message, message_row_id)
            assert row is not None
            if row.outcome is not None:  # decided meanwhile by another worker: keep that outcome
                return row.outcome
            row.attempts += 1
            row.last_error = f"{type(error).__name__}: {error}"[:2000]
            if row.attempts >= self.settings.task_max_retries:
                self._finish(session, row, "quarantine", f"processing failed {row.attempts} times: "
                             f"{type(error).__name__}", 1.0)
                self._add_review(session, row, "quarantine", [row.last_error or ""])
            session.commit()
            return row.outcome or "retry"

    def _decide_and_route(self, session: Session, row: Message, raw: bytes) -> None:
        duplicate = self._earlier_copy(session, row)
        if duplicate is not None:
            row.duplicate_of = duplicate.id
            outcome = duplicate.outcome or "ignore"
            self._finish(session, row, outcome, f"duplicate of message {duplicate.id} (same bytes)", 1.0)
            return
        thread = self._thread_ticket(session, raw, row)
        analysis = analyse(raw, self.settings, source=row.source, thread_ticket=thread,
                           fax_meta={**row.meta, "filename": row.source_key})
        self._store_analysis(session, row, analysis)
        decision = analysis.decision
        row.explanation = decision.explanation[:4000]
        route = {
            "claim": self._route_claim,
            "ticket": self._route_ticket,
            "auto_reply": self._route_auto_reply,
            "ignore": self._route_ignore,
            "review": self._route_review,
        }[decision.action]
        route(session, row, analysis)

    def _earlier_copy(self, session: Session, row: Message) -> Message | None:
        query = (
            select(Message)
            .where(Message.sha256 == row.sha256, Message.id != row.id, Message.outcome.is_not(None))
            .order_by(Message.id)
        )
        return session.scalars(query).first()

    def _thread_ticket(self, session: Session, raw: bytes, row: Message) -> str | None:
        if row.source == "fax":
            return None
        headers = _quick_headers(raw)
        number = ticket_ref_in(row.subject)
        if number and repo.ticket_by_number(session, number):
            return number
        refs = [headers.get("in-reply-to", ""), *headers.get("references", "").split()]
        ticket = repo.ticket_of_message_ids(session, [r.strip() for r in refs if r.strip()])
        if ticket is None:
            ticket = self._ticket_of_our_reply(session, refs)
        return ticket.number if ticket else None

    def _ticket_of_our_reply(self, session: Session, refs: list[str]) -> Ticket | None:
        ours = [r.strip() for r in refs if r.strip().endswith(f"@{self.settings.mail_domain}>")]
        if not ours:
            return None
        for item in session.scalars(select(Outbox).where(Outbox.kind == "reply", Outbox.message_id.is_not(None))):
            if item.payload.get("message_id") in ours:
                return repo.ticket_of_message_ids(session, [self._message_id_of(session, item.message_id)])
        return None

    @staticmethod
    def _message_id_of(session: Session, row_id: int | None) -> str:
        row = session.get(Message, row_id) if row_id else None
        return (row.message_id or "") if row else ""

    def _store_analysis(self, session: Session, row: Message, analysis: Analysis) -> None:
        message = analysis.message
        row.sender = message.sender[:320]
        row.subject = message.subject[:2000]
        row.message_id = message.message_id
        if analysis.page_sizes:
            row.meta = {**(row.meta or {}), "page_sizes": {str(k): v for k, v in analysis.page_sizes.items()}}
        errors = dict(analysis.read_errors)
        attachment_rows: dict[int, AttachmentRow] = {}
        for position, attachment in enumerate(message.attachments):
            attachment_rows[position] = AttachmentRow(
                message_id=row.id,
                position=position,
                filename=(attachment.filename or "")[:500] or None,
                declared_type=attachment.declared_type[:255],
                sniffed_type=attachment.sniffed_type,
                sha256=repo.put_blob(session, attachment.content),
                size=len(attachment.content),
                error=errors.get(position),
                page_count=analysis.page_counts.get(position, 0),
            )
            session.add(attachment_rows[position])
        session.flush()
        for index, (position, document) in enumerate(analysis.documents):
            doc_row = DocumentRow(
                message_id=row.id,
                attachment_id=attachment_rows[position].id,
                position=index,
                kind=document.kind,
                pages=list(document.pages),
                needs_review=document.needs_review,
                review_reasons=list(document.review_reasons),
            )
            session.add(doc_row)
            session.flush()
            for f in document.fields.values():
                session.add(_field_row(row.id, doc_row.id, f))
        for f in analysis.fields.values():
            if f.source != "document":
                session.add(_field_row(row.id, None, f))

    # -- routes -------------------------------------------------------------------------------
    def _route_claim(self, session: Session, row: Message, analysis: Analysis) -> None:
        claimable = [(p, d) for p, d in analysis.documents if d.kind in CLAIM_KINDS]
        if not claimable:
            reasons = [e for _, e in analysis.read_errors] or ["aucune facture lisible en pièce jointe"]
            self._to_review(session, row, "missing_field", reasons, analysis.decision.confidence,
                            "claim without a readable invoice")
            return
        unsure = [r for _, d in claimable if d.needs_review for r in d.review_reasons]
        if unsure:
            category = "missing_field" if any("absent" in r for r in unsure) else "low_confidence"
            self._to_review(session, row, category, unsure, analysis.decision.confidence,
                            "extraction needs a clerk")
            return
        doc_rows = list(session.scalars(select(DocumentRow).where(DocumentRow.message_id == row.id)
                                        .order_by(DocumentRow.position)))
        created, duplicates = self.create_claims(session, row, [(r, d) for r, (_, d) in
                                                                zip(doc_rows, analysis.documents, strict=True)
                                                                if d.kind in CLAIM_KINDS])
        if created:
            reason = f"{len(created)} claim(s) created" + (f", {len(duplicates)} duplicate(s)" if duplicates else "")
        else:
            reason = "duplicate of claim " + ", ".join(duplicates)
        self._finish(session, row, "claim", reason, analysis.decision.confidence)

    def create_claims(
        self,
        session: Session,
        row: Message,
        documents: list[tuple[DocumentRow, ExtractedDocument]],
        *,
        actor: str = "intake",
    ) -> tuple[list[str], list[str]]:
        """Create one claim per document, exactly once (the dedup key is unique)."""
        created: list[str] = []
        duplicates: list[str] = []
        for doc_row, document in documents:
            values = {name: f.value for name, f in document.fields.items()}
            key = claim_key(values, fallback=f"{row.sha256}:{doc_row.position}")
            existing = session.scalars(select(Claim).where(Claim.dedup_key == key)).first()
            if existing is not None:
                duplicates.append(existing.number or str(existing.id))
                continue
            claim = Claim(dedup_key=key, message_id=row.id, document_id=doc_row.id, fields=values,
                          created_by=actor)
            session.add(claim)
            session.flush()
            claim.number = repo.year_number("CL", claim.id)
            self._core_outbox(session, "claim", claim.number, row.id, {"number": claim.number, **values,
                                                                       "channel": row.source})
            repo.audit(session, actor=actor, action="claim.create", entity="claim", entity_id=claim.number,
                       after={"message": row.id, "document": doc_row.id})
            created.append(claim.number)
        return created, duplicates

    def _route_ticket(self, session: Session, row: Message, analysis: Analysis) -> None:
        number = analysis.decision.ticket_ref
        ticket = repo.ticket_by_number(session, number) if number else None
        if ticket is None:
            ticket = self.open_ticket(session, row)
            reason = f"ticket {ticket.number} opened"
        else:
            reason = f"follow-up of ticket {ticket.number}"
        session.add(TicketMessage(ticket_id=ticket.id, message_id=row.id))
        self._finish(session, row, "ticket", reason, analysis.decision.confidence)

    def open_ticket(self, session: Session, row: Message, *, actor: str = "intake") -> Ticket:
        ticket = Ticket(message_id=row.id, subject=row.subject[:500], sender=row.sender)
        session.add(ticket)
        session.flush()
        ticket.number = repo.year_number("TP", ticket.id)
        self._core_outbox(session, "ticket", ticket.number, row.id,
                          {"number": ticket.number, "subject": ticket.subject, "sender": ticket.sender})
        repo.audit(session, actor=actor, action="ticket.create", entity="ticket", entity_id=ticket.number,
                   after={"message": row.id})
        return ticket

    def _route_auto_reply(self, session: Session, row: Message, analysis: Analysis) -> None:
        reason = analysis.decision.reason
        if reason == "bank_details":
            repo.audit(session, actor="intake", action="bank_details.refused", entity="message",
                       entity_id=row.id, after={"sender": row.sender})
        note = self.queue_reply(session, row, analysis.message, reason)
        self._finish(session, row, "auto_reply", reason, analysis.decision.confidence, note=note)

    def queue_reply(self, session: Session, row: Message, message: ParsedMessage, reason: str) -> str:
        """Write the reply to the outbox, or say why none is sent (RFC 3834 rules, rate limits)."""
        refusal = reply_refusal(message, own_addresses=self.settings.own_address_list,
                                loop_marker=loop_marker(self.settings))
        recipient = (message.return_path or message.sender or "").lower()
        refusal = refusal or self._rate_limited(session, recipient, reason)
        if refusal:
            return f"no reply sent: {refusal}"
        reply = compose_reply(message, reason, self.settings)
        session.add(Outbox(kind="reply", idempotency_key=f"reply:{row.id}", message_id=row.id,
                           recipient=recipient, reason=reason,
                           payload={"raw": reply.as_string(), "message_id": reply["Message-ID"]}))
        return "reply queued"

    def _rate_limited(self, session: Session, recipient: str, reason: str) -> str | None:
        now = utcnow()
        window = now - timedelta(days=self.settings.reply_window_days)
        same = session.scalar(select(func.count()).select_from(Outbox).where(
            Outbox.kind == "reply", Outbox.recipient == recipient, Outbox.reason == reason,
            Outbox.created_at >= window))
        if same:
            return f"already answered this sender for {reason} within {self.settings.reply_window_days} days"
        hourly = session.scalar(select(func.count()).select_from(Outbox).where(
            Outbox.kind == "reply", Outbox.created_at >= now - timedelta(hours=1)))
        if (hourly or 0) >= self.settings.reply_cap_per_hour:
            return "hourly cap on auto-replies reached"
        return None

    def _route_ignore(self, session: Session, row: Message, analysis: Analysis) -> None:
        self._finish(session, row, "ignore", analysis.decision.reason, analysis.decision.confidence)

    def _route_review(self, session: Session, row: Message, analysis: Analysis) -> None:
        if analysis.decision.reason == BANK_CHANGE_WITH_INVOICE:  # the change itself is refused whatever happens
            repo.audit(session, actor="intake", action="bank_details.refused", entity="message",
                       entity_id=row.id, after={"sent_to": "review", "why": "an invoice came with the request"})
        self._to_review(session, row, "unsure_triage", [analysis.decision.reason], analysis.decision.confidence,
                        analysis.decision.reason)

    def _to_review(self, session: Session, row: Message, category: str, details: list[str],
                   confidence: float, reason: str) -> None:
        self._add_review(session, row, category, details)
        self._finish(session, row, "review", f"{category}: {reason}", confidence)

    def _add_review(self, session: Session, row: Message, category: str, details: list[str]) -> None:
        if session.scalars(select(ReviewItem).where(ReviewItem.message_id == row.id)).first():
            return
        practitioner = session.scalars(select(FieldRow.value).where(
            FieldRow.message_id == row.id, FieldRow.name.in_(("rpps", "adeli", "finess")))).first()
        session.add(ReviewItem(message_id=row.id, category=category, details=details[:20],
                               channel="fax" if row.source == "fax" else "email", practitioner=practitioner,
                               due_at=due_date(row.received_at, row.source)))

    def _finish(self, session: Session, row: Message, outcome: str, reason: str, confidence: float,
                note: str = "") -> None:
        row.outcome = outcome
        row.reason = (reason + (f" ({note})" if note else ""))[:2000]
        row.confidence = confidence
        row.state = "decided"
        row.decided_at = utcnow()
        repo.audit(session, actor="intake", action=f"outcome.{outcome}", entity="message", entity_id=row.id,
                   after={"reason": row.reason[:200]})

    def _core_outbox(self, session: Session, kind: str, number: str, message_row_id: int,
                     payload: dict[str, Any]) -> None:
        session.add(Outbox(kind=f"core_{kind}", idempotency_key=f"{kind}:{number}", message_id=message_row_id,
                           payload=payload))

    # -- deliver ------------------------------------------------------------------------------
    def deliver_outbox(self, *, limit: int = 500) -> int:
        """Send what is pending; each row is marked in its own transaction. Returns rows sent."""
        with unit_of_work(self.url) as session:
            ids = list(session.scalars(select(Outbox.id).where(Outbox.status == "pending")
                                       .order_by(Outbox.id).limit(limit)))
        return sum(1 for item_id in ids if self.deliver_one(item_id))

    def deliver_one(self, item_id: int) -> bool:
        with unit_of_work(self.url) as session:
            item = session.get(Outbox, item_id, with_for_update=True)
            if item is None or item.status != "pending":
                return False
            try:
                self._send(item)
            except TransientError as error:
                item.attempts += 1
                item.last_error = str(error)[:500]
                if item.attempts >= self.settings.task_max_retries * 2:
                    item.status = "failed"
                session.commit()
                return False
            except PermanentError as error:
                item.status = "refused"
                item.last_error = str(error)[:500]
                session.commit()
                return False
            item.status = "sent"
            item.sent_at = utcnow()
            item.attempts += 1
            session.commit()
            return True

    def _send(self, item: Outbox) -> None:
        if item.kind == "reply":
            self.mailer.send(item.payload["raw"].encode(), recipient=item.recipient, key=item.idempotency_key
                             .replace(":", "-"))
            return
        kind = item.kind.removeprefix("core_")
        self.core.create(kind, item.payload, idempotency_key=item.idempotency_key)


def claim_key(values: dict[str, str], *, fallback: str) -> str:
    """The same practitioner, invoice number and total is the same invoice."""
    practitioner = values.get("rpps") or values.get("finess") or values.get("adeli")
    number = values.get("invoice_number")
    if practitioner and number:
        return f"{practitioner}|{number.upper().replace(' ', '')}|{values.get('total_amount', '')}"
    return f"sha:{fallback}"


def _field_row(message_row_id: int, document_id: int | None, f: Field) -> FieldRow:
    return FieldRow(message_id=message_row_id, document_id=document_id, name=f.name, value=f.value,
                    confidence=f.confidence, page=f.page, box=list(f.box) if f.box else None,
                    origin=f.source[:32])


def _quick_headers(raw: bytes) -> dict[str, str]:
    """A few headers for the ledger, read without a full parse (never raises)."""
    from email.parser import BytesHeaderParser
    from email.policy import compat32

    try:
        parsed = BytesHeaderParser(policy=compat32).parsebytes(raw[:256_000])
    except Exception:  # noqa: BLE001
        return {}
    out: dict[str, str] = {}
    for name in ("message-id", "from", "subject", "in-reply-to", "references"):
        value = parsed.get(name)
        if value is not None:
            out[name] = _decode(str(value)).strip()
    return out


def _decode(value: str) -> str:
    from email.header import decode_header, make_header

    try:
        return str(make_header(decode_header(value)))
    except Exception:  # noqa: BLE001
        return value
