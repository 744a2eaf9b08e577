"""How sure a chosen field is: its cap, the lifts evidence gives it, and the corroborations a clerk accepts.

- caps (`field_cap`): the most a field may reach by how it was read (text layer, OCR, a checksum-valid
  identifier, a legal entity's FINESS);
- lifts (`lift`, `weigh_evidence`): a checksum, no rival, dates in a plausible order, the one reference
  under its label; strong evidence lifts up to the cap, weak evidence only up to WEAK_CEILING;
- a reference printed twice, read twice (`confirm_repeated_reference`);
- corroborations a clerk accepts (`corroborate`): evidence that lifts a field held just under the review
  threshold, as follows.

Each rule below names a kind of evidence whose fields were right in every case of the census of the
samples and held-out sets 1-9 (session 6: 20 cases or more, over 3 sets or more), and whose fields were
held under the threshold by a discount (the word confidence of an OCR page, a generic label), not by a
doubt found to matter (a poorly read page, a look-alike glyph, a rival value):

- the care date printed again on the document under its own exact label (208 of 208 right), or read in
  the date column of an acts table ("Date" heading the column) and printed again (session 9: 119 of 120
  right over samples and sets 1-14; the wrong one, a fax whose first rows were lost, was already at the
  weak ceiling by its own reading and stays so);
- the total that agrees with the sum of its parts, the shares or the act lines (442 and 40 of 40 right);
- the one reference under its label, every character read surely on a well-read page: as sure as the
  same label on a PDF (231 of 231 right).

Not lifted: a practitioner number under a generic label ("Identifiant"), though its key checks and it was
right every time: whose number it is stays a clerk's call (tests/test_fields_straight.py).

A corroboration stops at the weak ceiling: enough to pass review, never into the "sure" band (>= 0.9),
and never above the field's own cap; none lowers a field (only dates that contradict each other do, in
`weigh_evidence`; the holds are in doubts.py).
"""

from __future__ import annotations

import datetime as dt
import re

from parsers.fields.base import FORMAT_DOUBT, Candidate
from parsers.fields.choice import Choice, PageResult, result_of
from parsers.fields.dates import ROW_YEAR_NOTE, SAME_READING
from parsers.fields.doubts import (
    DATES_AGREE,
    MISREAD_DIGITS_NOTE,
    SURE_WORD,
    act_dates,
    date_printed_elsewhere,
    low_resolution,
    own_words,
    poorly_read,
    printed_elsewhere,
)
from parsers.fields.geometry import word_in_box
from parsers.fields.labels import EXACT_LABEL, fold, tokens
from parsers.identifiers import adeli

MAX_CONFIDENCE = 0.99
OCR_ID_CAP = 0.95  # a checksum-valid identifier read by OCR
OCR_CAP = 0.88  # anything else read by OCR, unless the sums agree

# The legal entity's FINESS ("FINESS juridique") names the owner, not always the site that invoices
# (the "géographique" one): alone, it is a clerk's call.
LEGAL_ENTITY_CAP = 0.8
SHORT_REFERENCE_CAP = 0.5  # a reference of one or two characters: a form's box number, a stray digit
SHORT_REFERENCE = 3  # invoices are numbered with 4 characters or more (every truth of the sets: 4 to 15)


def field_cap(candidate: Candidate) -> float:
    if candidate.name == "finess" and "juridique" in fold(candidate.label):
        return LEGAL_ENTITY_CAP
    if candidate.name == "invoice_number" and sum(c.isalnum() for c in candidate.value) < SHORT_REFERENCE:
        return SHORT_REFERENCE_CAP  # never auto-accepted: a clerk reads the number
    if not candidate.ocr:
        return MAX_CONFIDENCE
    if candidate.name in ("rpps", "nir", "finess") and not candidate.repaired:
        return OCR_ID_CAP
    if candidate.name == "patient_birth_date":
        return OCR_ID_CAP if candidate.score >= 0.5 else OCR_CAP
    return OCR_CAP


# ---------------------------------------------------------------- lifts
#
# A candidate's score says how well it was read and labelled. The evidence below says whether the
# value makes sense: strong evidence (a checksum, the sums, two independent reads) may lift a field
# up to its cap; weak evidence (no rival, plausible dates) only up to WEAK_CEILING: enough to pass
# review on its own label, never into the "sure" band (>= 0.9). Disagreement lowers.

WEAK_CEILING = 0.88
CHECKSUM_LIFT = 0.5
UNIQUE_LIFT = 0.3
DATE_LIFT = 0.5
CLOSE_DAYS = 92  # invoiced within a quarter of the care: the usual case, and a digit misread rarely lands there
CLOSE_DATES_LIFT = 0.65
REFERENCE_LIFT = 0.6
SOLE_NIR_LIFT = 0.65
_CHECKSUM_FIELDS = ("rpps", "finess", "nir", "adeli")


def lift(confidence: float, share: float) -> float:
    return confidence + (1 - confidence) * share


def plausible_reference(value: str) -> bool:
    """An invoice number worth the name: at least 4 digits in 5 characters or more ("FR76" is not)."""
    return sum(ch.isdigit() for ch in value) >= 4 and len(value.replace(" ", "")) >= 5


_YEAR = re.compile(r"(?:19|20)\d\d")
PAPER_NAMES = ("facture", "note")  # what an invoice calls itself: "Facture n°", "Note d'honoraires n°"


def running_number(candidate: Candidate) -> bool:
    """A practitioner's invoices numbered in sequence print a short number right after the paper's own
    name ("Facture 6097", "N° de facture : 0412"; a liberal practitioner's invoice is his "note
    d'honoraires": "N° de la note : 4945", `PAPER_NAMES`): 4 digits under a label naming the invoice are
    its number, unless they read as a year ("Facture 2025"). Under another label ("Dossier n° 5673",
    "Réf.") 4 digits may number anything (a patient's file, a room): not enough.

    >>> from parsers.fields.base import Candidate
    >>> def read(value, label):
    ...     return Candidate("invoice_number", value, 0.75, 1, None, value, "right", label=label)
    >>> running_number(read("6097", "Facture")), running_number(read("2025", "Facture"))
    (True, False)
    >>> running_number(read("5673", "Dossier n°")), running_number(read("412", "N° de facture"))
    (False, False)
    >>> running_number(read("4945", "N° de la note"))
    True
    """
    value = candidate.value
    if not (value.isdigit() and len(value) == 4) or _YEAR.fullmatch(value):
        return False
    return any(word in PAPER_NAMES for word in tokens(candidate.label))


def _rivals(candidates: list[Candidate], name: str, value: str) -> list[Candidate]:
    found = [c for c in candidates if c.name == name and c.value != value and c.score >= 0.3]
    if name == "invoice_number":
        found = [c for c in found if plausible_reference(c.value) or running_number(c)]
    return found


def _checksum_ok(candidate: Candidate) -> bool:
    if candidate.repaired:
        return False
    if candidate.name == "adeli":
        return adeli.checksum_ok(candidate.value)
    return True  # rpps, finess, nir candidates exist only when their key/Luhn check passed


def weigh_evidence(candidates: list[Candidate], chosen: dict[str, Choice]) -> None:
    """Turn each chosen field's reading score into a confidence, with the evidence for and against it."""
    for name, choice in list(chosen.items()):
        candidate = choice.candidate
        if "ambiguous" in choice.notes or "sums agree" in choice.notes:
            continue
        labelled = candidate.how != "pattern"
        strong = choice.confidence
        weak = choice.confidence
        notes = list(choice.notes)
        rivals = _rivals(candidates, name, candidate.value)
        if name in _CHECKSUM_FIELDS and _checksum_ok(candidate):
            if labelled:
                strong = lift(strong, CHECKSUM_LIFT)
                notes.append("checksum")
            elif name == "nir" and not rivals:
                # a valid NIR key with no label: whose NIR is a guess, unless it is the only one printed
                # (the field is the printed number, whoever's); still never into the sure band
                sole = not any(c.name == "nir" and c.value != candidate.value for c in candidates)
                weak = lift(weak, SOLE_NIR_LIFT if sole else CHECKSUM_LIFT)
                notes.append("checksum" if not sole else "checksum, the only NIR printed")
        if labelled and not rivals:
            if name == "invoice_number" and (plausible_reference(candidate.value) or running_number(candidate)):
                weak = lift(weak, REFERENCE_LIFT)
                notes.append("one reference")
            elif name in _CHECKSUM_FIELDS:
                weak = lift(max(weak, strong), UNIQUE_LIFT)
                notes.append("no rival")
        confidence = max(strong, min(max(weak, strong), max(WEAK_CEILING, choice.confidence)))
        chosen[name] = Choice(candidate, min(confidence, field_cap(candidate)), notes)
    _check_dates(chosen)


def _check_dates(chosen: dict[str, Choice]) -> None:
    """Care date <= issue date, birth date < care date: agreement is weak evidence, a contradiction
    means one of them is another date (prescription, birth, payment) and lowers both."""
    care, issued, birth = (chosen.get(n) for n in ("care_date", "invoice_date", "patient_birth_date"))
    if care is not None and birth is not None and birth.candidate.value >= care.candidate.value:
        for name in ("care_date", "patient_birth_date"):
            chosen[name].confidence *= 0.6
            chosen[name].notes.append("dates contradict")
        return
    if care is None or issued is None:
        return
    if care.candidate.value > issued.candidate.value:
        for name in ("care_date", "invoice_date"):
            chosen[name].confidence *= 0.7
            chosen[name].notes.append("dates contradict")
        return
    days = _days_between(care.candidate.value, issued.candidate.value)
    if one_reading(care.candidate, issued.candidate) or days > 400:  # one reading taken for both: no agreement
        return  # plausible in order, but far apart: no support either way
    share = CLOSE_DATES_LIFT if days <= CLOSE_DAYS else DATE_LIFT
    for name, choice in (("care_date", care), ("invoice_date", issued)):
        if "ambiguous" in choice.notes:
            continue
        lifted = min(lift(choice.confidence, share), max(WEAK_CEILING, choice.confidence))
        chosen[name] = Choice(
            choice.candidate, min(field_cap(choice.candidate), lifted), [*choice.notes, DATES_AGREE]
        )


def one_reading(first: Candidate, second: Candidate) -> bool:
    """Two fields taken from the one reading of one date (a till's "LE 04.09.2025 18:29" made both the
    issue and the care date, a date copied from the other field): the same words on the same page, or
    marked as a copy. One reading never agrees with itself."""
    if SAME_READING in first.notes or SAME_READING in second.notes:
        return True
    return first.box is not None and first.page == second.page and first.box == second.box


def _days_between(first: str, second: str) -> int:
    return (dt.date.fromisoformat(second) - dt.date.fromisoformat(first)).days


REPEAT_LIFT = 0.5


def confirm_repeated_reference(chosen: dict[str, Choice], group: list[PageResult]) -> None:
    """An invoice number has no checksum; printed twice ("Facture n° F25-0142" in the header, "Rappel :
    facture F25-0142" in the footer), it is read twice, and two reads rarely agree on a misread. Its
    role still rests on its label: raised up to the weak ceiling only, never into the sure band."""
    choice = chosen.get("invoice_number")
    if choice is None or "ambiguous" in choice.notes or choice.candidate.how == "pattern":
        return
    value = choice.candidate.value
    if not plausible_reference(value) or not printed_elsewhere(value, choice.candidate, group):
        return
    raised = min(lift(choice.confidence, REPEAT_LIFT), max(WEAK_CEILING, choice.confidence))
    chosen["invoice_number"] = Choice(
        choice.candidate, min(field_cap(choice.candidate), raised), [*choice.notes, "printed twice"]
    )


READ_CEILING = 0.93  # base._ocr_factor: the most a word confidence counts for
REFERENCE_DOUBTS = (
    "ambiguous", "poorly read page", "O/0 or I/1 ambiguous", "read otherwise elsewhere", "number sign glued",
    "read past debris", MISREAD_DIGITS_NOTE,
)
# the total as read printed again (the one act's amount), the shares mended to add up to it
# (`extract.shares_mended_to_a_confirmed_total`)
TOTAL_PRINTED_AGAIN = "printed again, the mended shares add up to it"
SUMS_NOTES = ("sums agree", "lines add up", TOTAL_PRINTED_AGAIN)


def _raise(chosen: dict[str, Choice], name: str, confidence: float, note: str) -> None:
    choice = chosen[name]
    lifted = min(confidence, WEAK_CEILING, field_cap(choice.candidate))
    if lifted > choice.confidence:
        chosen[name] = Choice(choice.candidate, lifted, [*choice.notes, note])


def repeated_care_date(chosen: dict[str, Choice], group: list[PageResult]) -> None:
    """The care date, named by its own label (not a bare "Date") or read in the date column of the acts
    table, printed again on the document and read the same both times ("Délivré le 18/09/2025" and the
    ticket's footer, two acts rows of the same day): two reads agree."""
    choice = chosen.get("care_date")
    if choice is None or choice.confidence >= WEAK_CEILING:
        return
    candidate = choice.candidate
    if "ambiguous" in choice.notes or "dates contradict" in choice.notes or SAME_READING in candidate.notes:
        return
    if ROW_YEAR_NOTE in candidate.notes:
        return  # its year mended: read surely or not, not as printed
    if candidate.how == "pattern" or (candidate.label_weight < EXACT_LABEL and candidate.how != "column"):
        return
    if date_printed_elsewhere(candidate, group):
        _raise(chosen, "care_date", WEAK_CEILING, "printed twice")


ACT_ON_THE_DAY_NOTE = "an act dated that day in the words"


def act_on_the_issue_day(chosen: dict[str, Choice], group: list[PageResult]) -> None:
    """A care date taken from the issue date's one reading (`SAME_READING`: the invoice names no care date
    under a label of its own), when the document's words date an act that very day, apart from the issue
    date's words (`doubts.act_dates`: "Mon bilan prévention [...], réalisé le 02/05/2025 à l'officine"): the
    care was given the day the invoice was issued, read twice. Up to the weak ceiling, as a labelled care
    date agreeing with the issue date. An invoice's only date taken for the care date is not enough
    (right 19 times in 21 in session 23's census; set 8 r808, wrong, bills an orthodontic semester from
    the day before its issue): an act named and dated that day is.

    Why (set 26 l101, every rendering): a pharmacy's prevention interview "réalisé le 02/05/2025" on an
    invoice dated "Date : 02/05/2025", held at 0.40."""
    choice = chosen.get("care_date")
    if choice is None or SAME_READING not in choice.candidate.notes or choice.confidence >= WEAK_CEILING:
        return
    if "ambiguous" in choice.notes or "dates contradict" in choice.notes:
        return
    candidate = choice.candidate
    box = candidate.box
    for result in group:
        for line in result.scan.lines:
            if box is not None and line.page == candidate.page and any(word_in_box(w, box) for w in line.words):
                continue
            if candidate.value in act_dates(line.text):
                _raise(chosen, "care_date", WEAK_CEILING, ACT_ON_THE_DAY_NOTE)
                return


UNLIKE_DIGITS_NOTE = "the digit read and the one mended look nothing alike"


def agreeing_total(chosen: dict[str, Choice]) -> None:
    """The total agrees with the sum of its parts (total = AMO + AMC + patient share, or the act lines
    add up to it): the arithmetic pins it, whatever its label ("Montant") or its words' confidence. Not a
    total mended from a digit OCR does not take for the one read (`UNLIKE_DIGITS_NOTE`): a clerk checks it."""
    choice = chosen.get("total_amount")
    if choice is None or "ambiguous" in choice.notes or not any(n in choice.notes for n in SUMS_NOTES):
        return
    if UNLIKE_DIGITS_NOTE in choice.candidate.notes:
        return
    _raise(chosen, "total_amount", WEAK_CEILING, "the sum of its parts")


def _read_factor(words_conf: list[float]) -> float:
    """What OCR took off a reference's score (base._ocr_factor for a field with no check)."""
    confs = [max(0.0, min(1.0, c)) for c in words_conf]
    return min(READ_CEILING, (sum(confs) / len(confs)) * 0.6 + min(confs) * 0.4)


def _read_surely(candidate: Candidate, group: list[PageResult], *, fax_normal: bool = True) -> list[float] | None:
    """The confidences of a candidate's own words when its page was read well (and, unless `fax_normal`,
    not from a fax in normal resolution) and every word of it surely; None otherwise."""
    result = result_of(candidate, group)
    if result is None or poorly_read(result.page) or (not fax_normal and low_resolution(result.page)):
        return None
    confs = [w.conf for w in own_words(candidate, result.page)]
    return confs if confs and min(confs) >= SURE_WORD else None


def sure_reference(chosen: dict[str, Choice], group: list[PageResult]) -> None:
    """The one reference under its label ("Réf. : PEC-552085"), on a page the OCR read well, every
    character of it read surely: it is as sure as the same label on a PDF, and gets that confidence."""
    choice = chosen.get("invoice_number")
    if choice is None or not choice.candidate.ocr or "one reference" not in choice.notes:
        return
    candidate = choice.candidate
    if candidate.how in ("title", "pattern") or any(n in choice.notes for n in REFERENCE_DOUBTS):
        return
    confs = _read_surely(candidate, group)
    if confs is None:
        return
    as_printed = min(1.0, candidate.score / _read_factor(confs))
    _raise(chosen, "invoice_number", lift(as_printed, REFERENCE_LIFT), "read surely")


def sure_care_date(candidates: list[Candidate], chosen: dict[str, Choice], group: list[PageResult]) -> None:
    """The one care date under its own label ("Date de délivrance : 05/08/2025") or in the date column of
    the acts table, every word of it read surely on a page the OCR read well: as sure as the same date on
    a PDF, the issue date it agrees with included (`_agreeing_issue`), up to the weak ceiling. On a fax in
    normal resolution, only a date the issue date agrees with (`DATES_AGREE`, as `doubts.labelled_sure_date`
    asks there), or one no issue date read apart opposes (`_unopposed`). Not a date taken for both the care
    and the issue (`SAME_READING`), one the other dates contradict, nor one another care date rivals; the
    doubts on rival acts and on lone dates still apply after."""
    choice = chosen.get("care_date")
    if choice is None or not choice.candidate.ocr or choice.confidence >= WEAK_CEILING:
        return
    candidate = choice.candidate
    if "ambiguous" in choice.notes or "dates contradict" in choice.notes or SAME_READING in candidate.notes:
        return
    if ROW_YEAR_NOTE in candidate.notes:
        return  # its year mended: read surely or not, not as printed
    if candidate.how == "pattern" or (candidate.label_weight < EXACT_LABEL and candidate.how != "column"):
        return
    if any(c.name == "care_date" and c.value != candidate.value and c.score >= 0.3 for c in candidates):
        return
    confs = _read_surely(candidate, group, fax_normal=DATES_AGREE in choice.notes or _unopposed(choice, chosen))
    if confs is None:
        return
    as_printed = min(1.0, candidate.score / (1 - FORMAT_DOUBT * (1 - _read_factor(confs))))
    _raise(chosen, "care_date", _agreeing_issue(as_printed, choice, chosen), "read surely")


def _unopposed(choice: Choice, chosen: dict[str, Choice]) -> bool:
    """A care date its own label names ("Date de délivrance", "Délivré le"; not an acts column's first row,
    whose rows may be lost), on an invoice that prints no issue date read apart from it: the issue date
    unread, or taken from the same words. No agreement can be asked of the issue date there, and none
    contradicts it: on a well-read fax in normal resolution, every digit read surely is the evidence left
    (`sure_care_date`).

    Why (census of session 21, fax fine and normal of the samples and sets 1-28, 591 documents): on a
    well-read fax in normal resolution, 3 such dates (a pharmacy's and an optician's "Date de délivrance",
    an optician's "Équipement délivré le"), every digit read at 0.96-0.97, were held at 0.85 for want of an
    issue date to agree with; all 3 right, none wrong in that band (sets 6, 20, 28)."""
    if choice.candidate.how == "column":
        return False
    issued = chosen.get("invoice_date")
    return issued is None or one_reading(issued.candidate, choice.candidate)


def _agreeing_issue(confidence: float, choice: Choice, chosen: dict[str, Choice]) -> float:
    """`confidence` with the lift the issue date gave the care date (`_check_dates`), when it did: a PDF's
    care date gets both, the label's and the agreement's."""
    issued = chosen.get("invoice_date")
    if DATES_AGREE not in choice.notes or issued is None:
        return confidence
    days = _days_between(choice.candidate.value, issued.candidate.value)
    return lift(confidence, CLOSE_DATES_LIFT if days <= CLOSE_DAYS else DATE_LIFT)


def corroborate(chosen: dict[str, Choice], group: list[PageResult]) -> None:
    """Lift the fields whose evidence a clerk accepts (see the module's docstring). Runs after the sums,
    the repeated references and the doubts on unchecked reads, before the doubts on lone dates."""
    repeated_care_date(chosen, group)
    act_on_the_issue_day(chosen, group)
    agreeing_total(chosen)
    sure_reference(chosen, group)
