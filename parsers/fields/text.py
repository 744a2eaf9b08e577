"""Fields from free text: an email subject, body or signature ("RPPS 10003879623", "facture n° F-12")."""

from __future__ import annotations

from intake.domain.model import Field, Page, Word
from parsers.fields.base import scan
from parsers.fields.candidates import claimed_numbers, label_candidates, pattern_candidates
from parsers.fields.extract import _is_distractor, choose
from parsers.fields.layout import build_lines

MAX_TEXT = 200_000
MAX_LINE = 2_000
CHAR_WIDTH = 6.0
LINE_HEIGHT = 12.0
TEXT_FIELDS = (
    "rpps",
    "adeli",
    "finess",
    "nir",
    "invoice_number",
    "patient_name",
    "care_date",
    "invoice_date",
    "total_amount",
    "amc_number",
    "patient_birth_date",
)


def text_to_page(text: str) -> Page:
    """Lay plain text out as a page of words with synthetic boxes (one line per text line)."""
    words: list[Word] = []
    for number, line in enumerate(text[:MAX_TEXT].splitlines()[:5000]):
        line = line[:MAX_LINE]
        position = 0
        for chunk in line.split():
            start = line.index(chunk, position)
            position = start + len(chunk)
            y0 = number * LINE_HEIGHT * 1.5
            words.append(
                Word(chunk, start * CHAR_WIDTH, y0, position * CHAR_WIDTH, y0 + LINE_HEIGHT, 1.0, number)
            )
    width = max((w.x1 for w in words), default=0.0)
    height = max((w.y1 for w in words), default=0.0)
    return Page(number=1, width=width, height=height, words=words, source="text")


def extract_text_fields(text: str, *, source: str) -> dict[str, Field]:
    """Fields named in a text, with the same normalisation as documents; `source` is e.g. "subject"."""
    if not isinstance(text, str) or not text.strip():
        return {}
    page = text_to_page(text)
    page_scan = scan(build_lines([page]))
    claimed = claimed_numbers(page_scan)
    found = label_candidates(page_scan) + pattern_candidates(page_scan, claimed)
    found = [c for c in found if not _is_distractor(page_scan, c, claimed)]
    fields: dict[str, Field] = {}
    for name in TEXT_FIELDS:
        choice = choose(found, name)
        if choice is None:
            continue
        c = choice.candidate
        fields[name] = Field(
            name=name,
            value=c.value,
            confidence=round(choice.confidence * 0.95, 4),
            page=None,
            box=None,
            source=source,
            raw=c.raw,
        )
    return fields
