"""Shared types of candidate finding: the field families, a candidate and the evidence its score is made
of, a value found in a text (`Found`), a line's words as one string (`Region`), the scanned page (`PageScan`),
and how OCR confidence weighs a candidate (`make_candidate`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from intake.domain.model import PRACTITIONER_ID_FIELDS, Word
from parsers.fields.labels import fold
from parsers.fields.layout import LabelHit, Line, find_labels, legend_headings, wrapped_shares
from parsers.fields.values import MONTHS

ID_FIELDS = ("rpps", "adeli", "finess", "nir", "amc_number")
AMOUNT_FIELDS = ("total_amount", "amo_amount", "amc_amount", "patient_amount")
DATE_FIELDS = ("patient_birth_date", "invoice_date", "care_date")
PRACTITIONER_FIELDS = PRACTITIONER_ID_FIELDS
QUALIFIER_KINDS = ("insured_name", "patient_name")
NAME_FIELDS = ("patient_name", "insured_name")


@dataclass
class Candidate:
    name: str
    value: str
    score: float  # 0..1: label weight x label quality x position x validity x OCR
    page: int
    box: tuple[float, float, float, float] | None
    raw: str
    how: str  # "right", "below", "column", "total-row", "pattern"
    repaired: bool = False
    notes: list[str] = field(default_factory=list)
    ocr: bool = False
    label: str = ""  # the label's wording ("" for label-less candidates)
    label_weight: float = 0.0  # how surely that wording names the field (exact lists 0.3-1, concepts 0.65)
    rows: tuple[str, ...] = ()  # a column's first date: the dates of all the column's rows


def middle(candidate: Candidate) -> float:
    """The height of the middle of a candidate's box (candidates without a box are never asked)."""
    assert candidate.box is not None
    return (candidate.box[1] + candidate.box[3]) / 2


def on_line(line: Line, candidate: Candidate) -> bool:
    """The candidate sits on `line`: the same page, the middle of its box within the line's height."""
    return line.page == candidate.page and line.y0 - 1 <= middle(candidate) <= line.y1 + 1


def line_of(scan_: PageScan, candidate: Candidate) -> int | None:
    """The index of the line holding the candidate's first word."""
    assert candidate.box is not None
    left = candidate.box[0] + 0.5
    return next((
        index for index, line in enumerate(scan_.lines)
        if on_line(line, candidate) and any(w.x0 <= left <= w.x1 for w in line.words)
    ), None)


_LEADERS = re.compile(r"[.…·_]{3,}")


@dataclass
class Region:
    """Words taken as one string, with each character mapped back to its word."""

    words: list[Word]
    text: str
    owner: list[int]  # word index per character (-1 for joining spaces)
    line: Line

    def words_for(self, start: int, end: int) -> list[Word]:
        indexes = sorted(
            {self.owner[i] for i in range(start, min(end, len(self.owner))) if self.owner[i] >= 0}
        )
        return [self.words[i] for i in indexes]


def make_region(line: Line, words: list[Word], head: str = "") -> Region:
    text = ""
    owner: list[int] = []
    head = _LEADERS.sub(" ", head)
    if head:
        text = head
        owner = [-1] * len(head)
    for i, word in enumerate(words):
        if text:
            text += " "
            owner.append(-1)
        shown = _LEADERS.sub(" ", word.text)
        text += shown
        owner.extend([i] * len(shown))
    return Region(words, text, owner, line)


@dataclass(frozen=True)
class Found:
    value: str
    start: int
    end: int
    repaired: bool = False
    validity: float = 1.0
    name: str | None = None  # when the value belongs to another field (an ADELI behind an RPPS label)


# How much Tesseract's word confidence still matters once the value passed its own check: a NIR
# whose mod-97 key agrees is a wrong read about once in a hundred, a Luhn-valid number once in ten;
# a well-formed date or amount only rules out some misreads; free text has no check at all.
OCR_DOUBT = {"nir": 0.3, "rpps": 0.5, "finess": 0.5, "adeli": 0.6, "amc_number": 0.8}


FORMAT_DOUBT = 0.8  # dates and amounts


def _ocr_factor(words: list[Word], line: Line, name: str = "", repaired: bool = False) -> float:
    if line.source != "ocr" or not words:
        return 1.0
    confs = [max(0.0, min(1.0, _month_spelled(w, name))) for w in words]
    read = min(0.93, (sum(confs) / len(confs)) * 0.6 + min(confs) * 0.4)
    doubt = 1.0
    if name in OCR_DOUBT and not repaired:
        doubt = OCR_DOUBT[name]
    elif name in AMOUNT_FIELDS or name in DATE_FIELDS:
        doubt = FORMAT_DOUBT
    floor = KEYED_REPAIR_FLOOR if repaired and name in PRACTITIONER_FIELDS else 0.0
    return max(floor, 1.0 - doubt * (1.0 - read))


# A practitioner's number read a digit too long, Tesseract sure of none of it ("5772958320" under a
# FINESS label, 0.00), that one repair makes pass its key: the key is evidence the OCR did not give, too
# little to trust (the clerk checks it), enough to offer rather than nothing.
KEYED_REPAIR_FLOOR = 0.3


SPELLED_MONTH_CONF = 0.9  # a month name read letter for letter: no misread of another month


def _month_spelled(word: Word, name: str) -> float:
    """A date's word that spells a whole month name ("septembre" of "19 septembre 2025"): OCR's doubt
    over its letters says nothing of the date; five or more letters cannot be a misread of another
    month (none of them is one letter from another). It counts as read surely; its day and year keep
    their own confidences."""
    if name not in DATE_FIELDS or word.conf >= SPELLED_MONTH_CONF:
        return word.conf
    folded = fold(word.text).strip(".,;:")
    return SPELLED_MONTH_CONF if len(folded) >= 5 and folded in MONTHS else word.conf


INKED_WORD_CONF = 0.5  # a word Tesseract scored for the stamp's ink glued before the value, not for the value


def _past_ink(word: Word, region: Region, found: Found) -> Word:
    """A value read past the ink glued before it in one word ("——+20255325914"): Tesseract's confidence
    scores the word, the ink's strokes with it; the value's own characters count as an unsure reading."""
    if not 0 < found.start < len(region.owner) or region.owner[found.start] < 0:
        return word
    own = region.owner[found.start]
    if region.words[own] is not word or region.owner[found.start - 1] != own:
        return word
    inked = "".join(c for c, o in zip(region.text[: found.start], region.owner, strict=False) if o == own)
    if not any(c.isalnum() for c in inked) and word.conf < INKED_WORD_CONF:
        return replace(word, conf=INKED_WORD_CONF)
    return word


def _box(words: list[Word]) -> tuple[float, float, float, float] | None:
    if not words:
        return None
    return (
        min(w.x0 for w in words),
        min(w.y0 for w in words),
        max(w.x1 for w in words),
        max(w.y1 for w in words),
    )


SHARE_FIELDS = ("amo_amount", "amc_amount")


def _share_value(name: str, value: str) -> str:
    """An insurer's share printed as a deduction ("- Part obligatoire  -28,98 €", taken off the total
    to leave the patient's share) is the sum the insurer pays: a share is never negative.

    >>> _share_value("amo_amount", "-28.98"), _share_value("total_amount", "-28.98")
    ('28.98', '-28.98')
    """
    return value[1:] if name in SHARE_FIELDS and value.startswith("-") else value


def make_candidate(name: str, found: Found, region: Region, base: float, how: str) -> Candidate:
    words = region.words_for(found.start, found.end) or region.words[:1]
    ocr = region.line.source == "ocr"
    read = [_past_ink(w, region, found) for w in words]
    score = base * found.validity * _ocr_factor(read, region.line, found.name or name, found.repaired)
    return Candidate(
        found.name or name,
        _share_value(found.name or name, found.value),
        score,
        region.line.page,
        _box(words),
        region.text[found.start : found.end],
        how,
        found.repaired,
        [],
        ocr,
    )


@dataclass
class PageScan:
    lines: list[Line]
    hits: dict[int, list[LabelHit]]  # by position of the line in `lines`


def scan(lines: list[Line]) -> PageScan:
    hits = {i: find_labels(line) for i, line in enumerate(lines)}
    for i in range(1, len(lines)):
        hits[i] = wrapped_shares(lines[i - 1], lines[i], hits[i])
    return PageScan(lines, legend_headings(lines, hits))
