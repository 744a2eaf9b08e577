"""The domain: plain dataclasses and rules, no I/O imports (see ../shared/STYLE.md)."""

from intake.domain.model import (
    ACTIONS,
    AUTO_REPLY_REASONS,
    FIELD_NAMES,
    OUTCOMES,
    PRACTITIONER_ID_FIELDS,
    REQUIRED_FIELDS,
    Attachment,
    Decision,
    ExtractedDocument,
    Field,
    Page,
    ParsedMessage,
    ReadResult,
    Word,
)

__all__ = [
    "ACTIONS",
    "AUTO_REPLY_REASONS",
    "FIELD_NAMES",
    "OUTCOMES",
    "PRACTITIONER_ID_FIELDS",
    "REQUIRED_FIELDS",
    "Attachment",
    "Decision",
    "ExtractedDocument",
    "Field",
    "Page",
    "ParsedMessage",
    "ReadResult",
    "Word",
]
