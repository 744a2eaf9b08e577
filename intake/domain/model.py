"""Plain data passed between the stages: reading, extraction, triage, routing.

Nothing here imports SQLAlchemy, IMAP, Celery or any I/O library.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# The fields `intake extract` may report, in this order (the CLI contract).
FIELD_NAMES: tuple[str, ...] = (
    "rpps",
    "adeli",
    "finess",
    "nir",
    "patient_name",
    "patient_birth_date",
    "invoice_number",
    "invoice_date",
    "care_date",
    "total_amount",
    "amo_amount",
    "amc_amount",
    "patient_amount",
    "amc_number",
)

# Required for straight-through processing. "practitioner_id" means one of rpps/adeli/finess.
REQUIRED_FIELDS: tuple[str, ...] = ("practitioner_id", "nir", "total_amount", "invoice_number", "care_date")
PRACTITIONER_ID_FIELDS: tuple[str, ...] = ("rpps", "adeli", "finess")

# Triage actions (`intake triage`) and the terminal outcomes of a message.
ACTIONS: tuple[str, ...] = ("claim", "ticket", "auto_reply", "ignore", "review")
OUTCOMES: tuple[str, ...] = (*ACTIONS, "quarantine")
AUTO_REPLY_REASONS: tuple[str, ...] = ("patient", "support", "security_incident", "bank_details")


@dataclass(frozen=True)
class Word:
    """One word on a page, with its box in page pixels/points (x0, y0 top-left, x1, y1 bottom-right)."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    conf: float = 1.0  # 0..1; 1.0 for a PDF text layer
    line: int = 0  # line number on the page, reading order (0-based)


@dataclass
class Page:
    """One page of a document as words with boxes. `source` is "text" (PDF text layer) or "ocr"."""

    number: int  # 1-based
    width: float
    height: float
    words: list[Word] = field(default_factory=list)
    source: str = "text"
    notes: list[str] = field(default_factory=list)  # e.g. "fax header line removed", "rotated 180"

    @property
    def text(self) -> str:
        """The page's text, one line per `Word.line`, words joined by a space."""
        lines: dict[int, list[Word]] = {}
        for word in self.words:
            lines.setdefault(word.line, []).append(word)
        return "\n".join(
            " ".join(w.text for w in sorted(ws, key=lambda w: w.x0)) for _, ws in sorted(lines.items())
        )


@dataclass
class ReadResult:
    """What a reader made of one file: its pages, or the reason it could not be read."""

    kind: str  # sniffed type: "pdf", "tiff", "jpeg", "png", "text", "unknown", ...
    pages: list[Page] = field(default_factory=list)
    error: str | None = None  # a one-line reason a clerk understands, e.g. "encrypted PDF"
    fax: bool = False
    meta: dict[str, Any] = field(default_factory=dict)  # e.g. {"tsi": "..."} for a fax


@dataclass
class Field:
    """One extracted value, normalised, with how sure we are and where it was found."""

    name: str
    value: str
    confidence: float
    page: int | None = None
    box: tuple[float, float, float, float] | None = None  # x0, y0, x1, y1 in page units
    source: str = "document"  # "document", "subject", "body", "signature", "ocr-repair", ...
    raw: str | None = None  # the text as printed, before normalisation


@dataclass
class ExtractedDocument:
    """One invoice/quote/PEC found in a file (a file may hold several)."""

    fields: dict[str, Field] = field(default_factory=dict)
    pages: list[int] = field(default_factory=list)  # 1-based page numbers of the file
    kind: str = "invoice"  # "invoice", "quote", "pec", "unknown"
    needs_review: bool = True
    review_reasons: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "fields": {
                name: {"value": f.value, "confidence": round(f.confidence, 3)}
                for name in FIELD_NAMES
                if (f := self.fields.get(name)) is not None
            },
            "needs_review": self.needs_review,
            "review_reasons": list(self.review_reasons),
        }


@dataclass
class Attachment:
    """One MIME part that is a file (or an inline image)."""

    filename: str | None
    declared_type: str
    content: bytes
    sniffed_type: str = "unknown"


@dataclass
class ParsedMessage:
    """An email (or a fax wrapped as one) after MIME parsing."""

    message_id: str | None
    subject: str
    sender: str  # the From address, lower-cased, "" when absent
    sender_name: str
    return_path: str | None  # None when absent; "" for the null return path "<>"
    to: list[str]
    date: str | None
    in_reply_to: str | None
    references: list[str]
    headers: dict[str, str]  # lower-cased header name -> decoded value (first occurrence)
    content_type: str
    body_text: str  # the whole readable body (HTML converted to text)
    new_text: str  # the body without quoted replies and signature
    signature: str  # the signature block, when one was found
    attachments: list[Attachment] = field(default_factory=list)
    defects: list[str] = field(default_factory=list)  # parsing problems met on the way
    is_report: bool = False  # multipart/report (DSN, MDN)


@dataclass
class Decision:
    """The triage decision for one message."""

    action: str  # one of ACTIONS
    reason: str  # for auto_reply one of AUTO_REPLY_REASONS; otherwise a short explanation
    confidence: float
    fields: dict[str, Field] = field(default_factory=dict)
    ticket_ref: str | None = None  # an existing ticket this message follows up
    explanation: str = ""  # the rules that fired, for the audit trail and the clerk

    def to_json(self) -> dict[str, Any]:
        return {
            "action": self.action,
            "reason": self.reason,
            "confidence": round(self.confidence, 3),
            "fields": {
                name: {"value": f.value, "confidence": round(f.confidence, 3)}
                for name in FIELD_NAMES
                if (f := self.fields.get(name)) is not None
            },
        }
