"""Corroboration a clerk accepts: evidence that lifts a field held just under the review threshold.

Each rule below names a kind of evidence whose fields were right in every case of the census of the
samples and held-out sets 1-9 (session 6: 20 cases or more, over 3 sets or more), and whose fields were
held under the threshold by a discount (the word confidence of an OCR page, a generic label), not by a
doubt found to matter (a poorly read page, a look-alike glyph, a rival value):

- the care date printed again on the document under its own exact label (208 of 208 right);
- the total that agrees with the sum of its parts, the shares or the act lines (442 and 40 of 40 right);
- the one reference under its label, every character read surely on a well-read page: as sure as the
  same label on a PDF (231 of 231 right).

Not lifted: a practitioner number under a generic label ("Identifiant"), though its key checks and it was
right every time: whose number it is stays a clerk's call (tests/test_fields_straight.py).

A lift stops at the weak ceiling: enough to pass review, never into the "sure" band (>= 0.9), and never
above the field's own cap. Nothing here lowers a field.
"""

from __future__ import annotations

from parsers.fields.dates import SAME_READING
from parsers.fields.extract import (
    EXACT_LABEL,
    REFERENCE_LIFT,
    WEAK_CEILING,
    Choice,
    PageResult,
    _cap,
    _date_printed_elsewhere,
    _lift,
    _own_words,
    poorly_read,
)

SURE_WORD = 0.9  # a word Tesseract reads at this or above, on a page it reads well, is taken as printed
READ_CEILING = 0.93  # base._ocr_factor: the most a word confidence counts for
REFERENCE_DOUBTS = ("ambiguous", "poorly read page", "O/0 or I/1 ambiguous", "read otherwise elsewhere")
SUMS_NOTES = ("sums agree", "lines add up")


def _raise(chosen: dict[str, Choice], name: str, confidence: float, note: str) -> None:
    choice = chosen[name]
    lifted = min(confidence, WEAK_CEILING, _cap(choice.candidate))
    if lifted > choice.confidence:
        chosen[name] = Choice(choice.candidate, lifted, [*choice.notes, note])


def repeated_care_date(chosen: dict[str, Choice], group: list[PageResult]) -> None:
    """The care date, named by its own label (not a bare "Date"), printed again on the document and read
    the same both times ("Délivré le 18/09/2025" and the ticket's footer): two reads agree."""
    choice = chosen.get("care_date")
    if choice is None or choice.confidence >= WEAK_CEILING:
        return
    candidate = choice.candidate
    if "ambiguous" in choice.notes or "dates contradict" in choice.notes or SAME_READING in candidate.notes:
        return
    if candidate.how == "pattern" or candidate.label_weight < EXACT_LABEL:
        return
    if _date_printed_elsewhere(candidate, group):
        _raise(chosen, "care_date", WEAK_CEILING, "printed twice")


def agreeing_total(chosen: dict[str, Choice]) -> None:
    """The total agrees with the sum of its parts (total = AMO + AMC + patient share, or the act lines
    add up to it): the arithmetic pins it, whatever its label ("Montant") or its words' confidence."""
    choice = chosen.get("total_amount")
    if choice is None or "ambiguous" in choice.notes or not any(n in choice.notes for n in SUMS_NOTES):
        return
    _raise(chosen, "total_amount", WEAK_CEILING, "the sum of its parts")


def _read_factor(words_conf: list[float]) -> float:
    """What OCR took off a reference's score (base._ocr_factor for a field with no check)."""
    confs = [max(0.0, min(1.0, c)) for c in words_conf]
    return min(READ_CEILING, (sum(confs) / len(confs)) * 0.6 + min(confs) * 0.4)


def sure_reference(chosen: dict[str, Choice], group: list[PageResult]) -> None:
    """The one reference under its label ("Réf. : PEC-552085"), on a page the OCR read well, every
    character of it read surely: it is as sure as the same label on a PDF, and gets that confidence."""
    choice = chosen.get("invoice_number")
    if choice is None or not choice.candidate.ocr or "one reference" not in choice.notes:
        return
    candidate = choice.candidate
    if candidate.how in ("title", "pattern") or any(n in choice.notes for n in REFERENCE_DOUBTS):
        return
    page = next((r.page for r in group if r.page.number == candidate.page), None)
    if page is None or poorly_read(page):
        return
    confs = [w.conf for w in _own_words(candidate, page)]
    if not confs or min(confs) < SURE_WORD:
        return
    as_printed = min(1.0, candidate.score / _read_factor(confs))
    _raise(chosen, "invoice_number", _lift(as_printed, REFERENCE_LIFT), "read surely")


def corroborate(chosen: dict[str, Choice], group: list[PageResult]) -> None:
    """Lift the fields whose evidence a clerk accepts (see the module's docstring). Runs after the sums,
    the repeated references and the doubts on unchecked reads, before the doubts on lone dates."""
    repeated_care_date(chosen, group)
    agreeing_total(chosen)
    sure_reference(chosen, group)
