"""From analysed pages to documents: which pages (or which parts of a page) make one invoice.

Four cases a clerk sees in the mail:
- a batch: several invoices one after the other, each starting on a new page with its own number;
- a cover: a fax cover sheet or a covering letter before the invoice. It is not a document: it goes
  with the invoice it covers (its words give no field), so the invoice is processed once. So is a
  sending sheet ("bordereau d'envoi") listing the invoices of a batch, however much of an invoice's
  content its list shows (`quiet_sending_sheets`); its list tells apart invoices whose own number was
  read poorly (`another_listed`, `flag_listed`);
- two invoices on one page (two half-page slips, often with a cut line): the page is cut by height
  into two pages. When the page looks like two invoices but cannot be cut safely, the document goes
  to a clerk (`flag_stacked`) rather than mixing two patients' fields;
- another paper sent with the invoice: the prescription attached to it (`attached_paper`), a letter
  after it (`_letters_after`). It stays with the invoice and gives it no field but the patient.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from intake.domain.model import ExtractedDocument, Page
from parsers.fields import values
from parsers.fields.base import AMOUNT_FIELDS, PRACTITIONER_FIELDS, Candidate, middle
from parsers.fields.labels import edit_distance, fold
from parsers.fields.references import SPACED_FACTURE

if TYPE_CHECKING:
    from parsers.fields.choice import PageResult

# Fields only an invoice (quote, PEC) itself prints: a page with none of them is a cover or an annex.
CONTENT_FIELDS = ("nir", "patient_name", "patient_birth_date", "invoice_number", "care_date", *AMOUNT_FIELDS)
PATIENT_FIELDS = ("nir", "patient_name")
NUMBER_FLOOR = 0.5  # an invoice number read well enough to say "another invoice"
STACKED_REASON = "Deux factures sur une même page ? À séparer par un gestionnaire"

_TITLE = re.compile(rf"\b{SPACED_FACTURE}\b|note d'honoraires|feuille de soins|\bquittance\b|\bdevis\b")
_CUT_LINE = re.compile(r"(?:[-_.·] ?){8,}|✂|\bdecouper\b|\bcouper\b|\bdetacher\b|pointilles")


def split_pages(
    results: list[PageResult], analyse: Callable[[Page], PageResult], listed: frozenset[str] = frozenset()
) -> list[list[PageResult]]:
    """Group the pages into documents: cut pages holding two stacked invoices (`analyse` reads each
    part), keep of a paper attached to an invoice only its patient (`attached_paper`), start a new
    document on another invoice number, one of the numbers a sending sheet lists (`listed`, from
    `listed_numbers`) or a new title header, then give each cover (a group without invoice content) to
    the invoice it covers."""
    pieces: list[tuple[PageResult, bool]] = []  # (page or part of a page, must start a document)
    results = quiet_sending_sheets(results)
    invoiced = any(has_content(r) and not r.other_paper for r in results)
    for result in results:
        parts = cut_stacked(result, analyse)
        if parts:
            pieces.extend((part, True) for part in parts)
        else:
            pieces.append((attached_paper(result) if invoiced else result, False))
    return [_letters_after(_letter_dates(group)) for group in merge_covers(_group(pieces, listed))]


def _group(pieces: list[tuple[PageResult, bool]], listed: frozenset[str] = frozenset()) -> list[list[PageResult]]:
    """Start a new document on a page that shows another invoice number or a new title header, or
    another of the numbers a sending sheet lists (`listed`, `another_listed`)."""
    groups: list[list[PageResult]] = []
    current_number: str | None = None
    for result, forced in pieces:
        number = _best_value(result.candidates, "invoice_number", 0.6)
        new = not groups or forced
        if groups and _second_half_going_on(result, groups[-1][-1]):
            new = forced  # a two-up sheet's right half, "(suite)": its number misread, not another invoice
        elif groups and number is not None and number in _all_numbers(groups[-1]):
            new = forced  # "Facture n° X (suite)": the number the document showed, however weakly read
        elif groups and number is not None and current_number is not None and number != current_number:
            new = True
        elif groups and number is not None and current_number is None and result.title_top:
            new = new or any(r.title_top for r in groups[-1])
        elif groups and number is None and result.title_top and _has_header_ids(result):
            new = new or (any(r.title_top for r in groups[-1]) and not _continues(result))
        if not new and groups and number is None:
            new = another_listed(result, groups[-1], listed)
        if not new and groups and (number is None or number not in _all_numbers(groups[-1])):
            new = another_patient(result, groups[-1])
        if new:
            groups.append([result])
            current_number = number
        else:
            groups[-1].append(result)
            current_number = current_number or number
    return groups


PATIENT_FLOOR = 0.8  # a patient name read under its label, well enough to tell two patients apart
NAME_MISREAD = 3  # letters a misread may change in one name ("FESSIER Mathilde" for "TESSIER Mathilde")


def another_patient(result: PageResult, group: list[PageResult]) -> bool:
    """A page of a batch whose invoice number was not read (a fax or a scan lost the corner it sits in):
    it names, under the patient's label, another patient than the pages before it, no NIR of theirs,
    and prints amounts of its own, as they do. An invoice bills one patient's care, so it is the next
    invoice of the batch, not a page of the same one: taken together, the two would mix two patients'
    fields."""
    names = _patient_names(result)
    before = {name for r in group for name in _patient_names(r)}
    if not names or not before or not _has_amounts(result) or not any(_has_amounts(r) for r in group):
        return False
    if any(edit_distance(a, b, NAME_MISREAD) <= NAME_MISREAD for a in names for b in before):
        return False
    nirs = {c.value for c in result.candidates if c.name == "nir"}
    return not nirs & {c.value for r in group for c in r.candidates if c.name == "nir"}


def _patient_names(result: PageResult) -> set[str]:
    return {
        fold(c.value) for c in result.candidates
        if c.name == "patient_name" and c.how != "pattern" and c.score >= PATIENT_FLOOR
    }


def _has_amounts(result: PageResult) -> bool:
    return any(c.name in AMOUNT_FIELDS for c in result.candidates)


def _all_numbers(group: list[PageResult]) -> set[str]:
    return {c.value for r in group for c in r.candidates if c.name == "invoice_number"}


# the reader's notes on the halves of a sheet printed two pages per sheet (`parsers.twoup.TWO_UP_NOTE`)
_HALF = re.compile(r"^page ([12]) de 2 de la feuille \(2 pages par feuille\)")


def _second_half_going_on(result: PageResult, previous: PageResult) -> bool:
    """The right half of a sheet printed two pages per sheet, after its left half, saying it goes on
    ("(suite)", "page 2"): the same invoice's next page, whatever its number reads.

    Why: on a fax in normal resolution z104's left half read its invoice number with three digits
    wrong; its right half, "Facture N° F25522994 (suite)", read it right and started a second
    document with the totals the first lacked."""
    return _half_of_sheet(previous) == "1" and _half_of_sheet(result) == "2" and _continues(result)


def _half_of_sheet(result: PageResult) -> str | None:
    found = next((m for m in map(_HALF.match, result.page.notes) if m), None)
    return found.group(1) if found else None


def _continues(result: PageResult) -> bool:
    return bool(re.search(r"\bsuite\b|page [2-9]|\b[2-9] ?/ ?[2-9]\b", fold(result.page.text[:400])))


def _has_header_ids(result: PageResult) -> bool:
    return any(c.name in PRACTITIONER_FIELDS and c.how != "pattern" for c in result.candidates)


def _best_value(candidates: list[Candidate], name: str, floor: float) -> str | None:
    best = max(
        (c for c in candidates if c.name == name and c.score >= floor), key=lambda c: c.score, default=None
    )
    return best.value if best else None


# ---------------------------------------------------------------- papers attached to an invoice

ATTACHED_KEEPS = ("nir", "patient_name", "patient_birth_date", "insured_name")


def attached_paper(result: PageResult) -> PageResult:
    """A page that is another paper sent with the invoice (the prescription a pharmacy, a nurse, a taxi
    or a lab attaches: titled "Ordonnance", "Prescription médicale de transport"; `other_paper`) and
    holds no invoice table (no amount, no column of dates of care). It is written by another party (the
    prescriber) on another day: it gives the invoice no practitioner, no number, no date and no amount,
    only the patient it names, which may confirm the invoice's; with nothing of its own it starts no
    document, and goes with the invoice before or after it. (Called when the file holds an invoice: a
    prescription sent alone is left as it is, for a clerk.)"""
    if not result.other_paper or _has_table(result):
        return result
    return replace(_patient_only(result), title_top=False)


def _patient_only(result: PageResult) -> PageResult:
    """The page as another paper than the invoice: only the patient it names, no kind."""
    return replace(result, candidates=[c for c in result.candidates if c.name in ATTACHED_KEEPS], kind=None)


def _has_table(result: PageResult) -> bool:
    return _dates_column(result) or any(c.name in AMOUNT_FIELDS for c in result.candidates)


def _dates_column(result: PageResult) -> bool:
    return any(c.name == "care_date" and c.how == "column" for c in result.candidates)


_SALUTATION = re.compile(
    r"^(?:madame,? monsieur|mesdames,? messieurs|madame|monsieur|cher confrere|chere consoeur|chers confreres)\s*,",
    re.MULTILINE,
)


LETTER_AMOUNT_LINES = 2  # a letter may recall an amount or two in its sentences; an invoice lists them


def is_letter(result: PageResult) -> bool:
    """A letter: a line opens with a salutation ("Madame, Monsieur,", "Cher confrère,") and no invoice
    table is printed (no column of dates of care, no more than `LETTER_AMOUNT_LINES` lines with an
    amount). Its subject line may name the invoice ("Objet : facture n° ...")."""
    if not _SALUTATION.search(fold(result.page.text)):
        return False
    if _dates_column(result):
        return False
    return sum(bool(values.find_amounts(line.text)) for line in result.scan.lines) <= LETTER_AMOUNT_LINES


def _letters_after(group: list[PageResult]) -> list[PageResult]:
    """A letter after the invoice it goes with (an invoice sent again with a letter, the answer to a
    question, a notice): written by another hand or on another day, it recalls the invoice's number,
    dates and amounts at best, and other ones at worst. Like an attached prescription, it keeps only
    the patient it names. (A covering letter before its invoice is a cover: `merge_covers`,
    `_letter_dates`.)"""
    first = next((i for i, r in enumerate(group) if r.title_top and r.kind and has_content(r)), None)
    if first is None:
        return group
    return [_patient_only(r) if i > first and is_letter(r) else r for i, r in enumerate(group)]


# ---------------------------------------------------------------- covers


def has_content(result: PageResult) -> bool:
    """Whether the page prints anything only an invoice prints (a patient, a number, a date of care,
    an amount). A fax cover sheet or a covering letter names the sender and the recipient, a date of
    sending and a number of pages: none of these."""
    return any(c.name in CONTENT_FIELDS for c in result.candidates)


def merge_covers(groups: list[list[PageResult]]) -> list[list[PageResult]]:
    """A group without invoice content (a cover sheet, a "bordereau d'envoi", an annex split off) is
    not a document: it joins the next document (the one it covers), or the previous one when it comes
    last. A cover's candidates go: the day a fax was sent or the sender's letterhead must not become
    the invoice's fields. A page read too badly to tell what it is stays a document for a clerk (it
    may be an invoice whose words were lost), and a file holding nothing else stays one group."""
    if not any(has_content(r) for group in groups for r in group):
        return groups
    merged: list[list[PageResult]] = []
    waiting: list[PageResult] = []  # covers before the next document
    for index, group in enumerate(groups):
        if _is_cover(group):
            if merged and all(_is_cover(g) for g in groups[index:]):
                merged[-1].extend(_quiet(group))
            else:
                waiting.extend(_quiet(group))
            continue
        merged.append(_quiet_lead([*waiting, *group]))
        waiting = []
    return merged


# the title of a sheet that sends invoices: "Bordereau d'envoi", "Bordereau de transmission", "Page de garde",
# "TÉLÉCOPIE" alone on its line (a letterhead's "Télécopie : 01 ..." gives its number)
_SENDING_TITLE = re.compile(
    r"^[^a-z0-9]*(?:(?:bordereau (?:d ?'? ?envoi|de transmission|d ?'? ?expedition)|page de garde"
    r"|(?:liste|releve|recapitulatif) des factures (?:jointes|envoyees|transmises))\b|telecopie[^a-z0-9]*$)",
    re.MULTILINE,
)


def is_sending_sheet(result: PageResult) -> bool:
    """A page titled as the sheet that sends invoices ("BORDEREAU D'ENVOI — FACTURES EN TIERS PAYANT",
    "Bordereau de transmission"): a line opens on that title."""
    return bool(_SENDING_TITLE.search(fold(result.page.text)))


def quiet_sending_sheets(results: list[PageResult]) -> list[PageResult]:
    """A sheet sending invoices, before them: it may list them (number, date, patient, total, share of
    each) and total the batch, but it is not an invoice. The invoices it sends follow, each with its
    own title and fields: the sheet gives none (its list's first row must not become the first
    invoice's fields, nor the batch's total its amount) and starts no document; it covers the next
    one (`merge_covers`). Without a titled invoice after it, it stays as read, for a clerk."""
    def sent_after(index: int) -> bool:
        return any(r.title_top and has_content(r) and not is_sending_sheet(r) for r in results[index + 1 :])

    return [
        replace(r, candidates=[], kind=None, title_top=False) if is_sending_sheet(r) and sent_after(i) else r
        for i, r in enumerate(results)
    ]


def listed_numbers(results: list[PageResult]) -> frozenset[str]:
    """The invoice numbers the sending sheets of the file list, one word each ("P25-00490", without the
    brackets and bars a table's rules are read as around it), that another page of the file reads as
    its invoice number, however poorly: not the sheet's phone numbers, nor its other references."""
    listed: set[str] = set()
    for index, result in enumerate(results):
        if not is_sending_sheet(result):
            continue
        numbers = {c.value for r in results[index + 1 :] for c in r.candidates if c.name == "invoice_number"}
        for word in result.page.words:  # "|P25-00491": a table's rule read before the number
            match = values.parse_invoice_number(word.text.strip(_EDGES))
            if match is not None and match.value in numbers and _reference_like(match.value):
                listed.add(match.value)
    return frozenset(listed)


LISTED_DIGITS = 4


def _reference_like(value: str) -> bool:
    """A number worth the name of an invoice's: 4 digits or more, and letters or a separator in it
    (a sheet's postcodes and identifiers are digits only)."""
    return sum(c.isdigit() for c in value) >= LISTED_DIGITS and not value.isdigit()


def another_listed(result: PageResult, group: list[PageResult], listed: frozenset[str]) -> bool:
    """A page whose invoice number was read too poorly to start a document on its own, though it reads
    one of the numbers the sending sheet lists, and not the document's before it, itself listed: the
    sheet says the two are invoices of their own, and two reads agree on the number."""
    shown = {c.value for c in result.candidates if c.name == "invoice_number"} & listed
    before = _all_numbers(group)
    return bool(shown - before) and bool(before & listed)


def _is_cover(group: list[PageResult]) -> bool:
    return not any(has_content(r) for r in group) and all(_readable(r.page) or _covering(r.page) for r in group)


def _quiet(group: list[PageResult]) -> list[PageResult]:
    """Cover pages keep their place in the document but give no field, nor its kind (a cover of a
    quote may say "facture")."""
    return [replace(r, candidates=[], kind=None) for r in group]


def _quiet_lead(group: list[PageResult]) -> list[PageResult]:
    """The pages before the first one with invoice content cover it: their candidates go."""
    lead = next((i for i, r in enumerate(group) if has_content(r)), 0)
    return [*_quiet(group[:lead]), *group[lead:]]


_LETTER = re.compile(r"veuillez trouver|ci-jointe?s?\b|\bvous adresser?\b|\bvous transmettre\b")
_DATES = ("invoice_date", "care_date")


def _letter_dates(group: list[PageResult]) -> list[PageResult]:
    """A covering letter ("Veuillez trouver ci-joint la note d'honoraires...") before the invoice it
    sends, which has its own title on top of a later page: the letter is dated the day it was written
    and recalls other days (the care, an agreement); the invoice prints its own dates, so the letter's
    date candidates go. Its other candidates stay: the number, the patient it restates are the same."""
    if len(group) < 2 or not _LETTER.search(fold(group[0].page.text)):
        return group
    if not any(r.title_top and r.kind and has_content(r) for r in group[1:]):
        return group
    letter = group[0]
    kept = [c for c in letter.candidates if c.name not in _DATES]
    return [replace(letter, candidates=kept), *group[1:]]


POOR_READ_CONF = 0.6
POOR_PAGE_SHARE = 0.15  # of a page's words read under POOR_READ_CONF: too garbled to call it a cover
_COVERING = re.compile(
    r"telecopie|\bfax\b|page de garde|bordereau d'envoi|nombre de pages|destinataire|expediteur"
    r"|veuillez trouver|ci-joint|ci-apres"
)


def _readable(page: Page) -> bool:
    if page.source != "ocr":
        return True
    return sum(w.conf < POOR_READ_CONF for w in page.words) < POOR_PAGE_SHARE * len(page.words)


def _covering(page: Page) -> bool:
    """Words a fax cover sheet or a covering letter prints ("Télécopie", "Destinataire", "Nombre de
    pages", "Veuillez trouver ci-joint"), or the title of a sheet sending invoices (`is_sending_sheet`)."""
    text = fold(page.text)
    return bool(_COVERING.search(text) or _SENDING_TITLE.search(text))


# ---------------------------------------------------------------- two invoices on one page


@dataclass
class _Row:
    top: float
    bottom: float
    text: str  # folded


def _rows(page: Page) -> list[_Row]:
    grouped: dict[int, list[tuple[float, float, str]]] = {}
    for word in page.words:
        if word.text.strip():
            grouped.setdefault(word.line, []).append((word.y0, word.y1, word.text))
    rows = [
        _Row(min(w[0] for w in words), max(w[1] for w in words), fold(" ".join(w[2] for w in words)))
        for words in grouped.values()
    ]
    return sorted(rows, key=lambda r: r.top)


@dataclass
class Stacked:
    """A page showing a second invoice below a first: the height where the second one's header starts
    (its title line), None when no title names the second paper."""

    second_title: float | None


def find_stacked(result: PageResult) -> Stacked | None:
    """A page holding two invoices one above the other: an invoice number, a patient block under it,
    then another invoice number (another value) with another patient block under it."""
    numbers = sorted(
        (c for c in result.candidates if c.name == "invoice_number" and c.score >= NUMBER_FLOOR and c.box),
        key=middle,
    )
    patients = [c for c in result.candidates if c.name in PATIENT_FIELDS and c.box]
    if not numbers or not patients:
        return None
    first = numbers[0]
    assert first.box is not None
    first_patient = min((middle(p) for p in patients if middle(p) >= first.box[1]), default=None)
    if first_patient is None:
        return None
    second = next(
        (c for c in numbers if c.value != first.value and middle(c) > first_patient), None
    )
    if second is None and several_sheets(result.page):
        return _second_sheet(result, first, first_patient, patients)
    if second is None or not any(middle(p) > middle(second) for p in patients):
        return None
    titles = [
        row for row in _rows(result.page)
        if first_patient < row.bottom and row.top <= middle(second) and _TITLE.search(row.text)
    ]
    return Stacked(max((row.top for row in titles), default=None))


# the reader's note on a photo of several sheets (`parsers.image.SEVERAL_SHEETS_NOTE`)
_SEVERAL_SHEETS = re.compile(r"\bphoto de [2-9] feuilles\b")


def several_sheets(page: Page) -> bool:
    """The reader saw several sheets on one photo: a second invoice may be there, its number unread."""
    return any(_SEVERAL_SHEETS.search(note) for note in page.notes)


def _second_sheet(
    result: PageResult, first: Candidate, first_patient: float, patients: list[Candidate]
) -> Stacked | None:
    """A photo of two sheets whose second invoice number was not read: the second sheet starts at the
    first title row ("FACTURE") under the first patient with another patient under it, and no copy of
    the first number (a continued page repeats it)."""
    for row in _rows(result.page):
        if row.bottom <= first_patient or not _TITLE.search(row.text):
            continue
        if not any(middle(p) > row.top for p in patients):
            return None
        repeated = any(
            c.name == "invoice_number" and c.value == first.value and c.box and middle(c) > row.top
            for c in result.candidates
        )
        return None if repeated else Stacked(row.top)
    return None


def cut_stacked(result: PageResult, analyse: Callable[[Page], PageResult]) -> list[PageResult]:
    """The page's two invoices as two analysed parts, cut by height between the first invoice's last
    line and the second one's header; [] when the page holds one invoice or cannot be cut safely
    (each part must show one invoice number, not the other's, and a patient)."""
    stacked = find_stacked(result)
    if stacked is None or stacked.second_title is None:
        return []
    cut = cut_height(result, stacked.second_title)
    top, bottom = (analyse(part) for part in cut_page(result.page, cut))
    unread = several_sheets(result.page) and not _numbers(bottom) and _has_patient(bottom)
    if not (_one_invoice(top) and (_one_invoice(bottom) or unread)):
        return []
    if _numbers(top) & _numbers(bottom):
        return []
    return [top, bottom]


def _numbers(result: PageResult) -> set[str]:
    return {c.value for c in result.candidates if c.name == "invoice_number" and c.score >= NUMBER_FLOOR}


def _one_invoice(result: PageResult) -> bool:
    return len(_numbers(result)) == 1 and _has_patient(result)


def _has_patient(result: PageResult) -> bool:
    return any(c.name in PATIENT_FIELDS for c in result.candidates)


def cut_height(result: PageResult, title: float) -> float:
    """Between the first invoice's last field and the second one's title: below a cut line ("✂ à
    découper", a row of dashes) when one is printed, else in the widest gap between rows (the
    second letterhead may sit above its title)."""
    above = [c.box[3] for c in result.candidates if c.name in CONTENT_FIELDS and c.box and middle(c) < title]
    low = max(above, default=0.0)
    between = [row for row in _rows(result.page) if row.top >= low and row.bottom <= title]
    marks = [row for row in between if _CUT_LINE.search(row.text)]
    if marks:
        return max(row.bottom for row in marks) + 0.5
    edges = [low, *[e for row in between for e in (row.top, row.bottom)], title]
    gaps = [(edges[i + 1] - edges[i], (edges[i] + edges[i + 1]) / 2) for i in range(0, len(edges) - 1, 2)]
    return max(gaps)[1] if gaps else title - 0.5


def cut_page(page: Page, height: float) -> tuple[Page, Page]:
    """The page's words above and below `height` (by each word's middle), as two pages of the same
    number and size."""
    top = [w for w in page.words if (w.y0 + w.y1) / 2 < height]
    bottom = [w for w in page.words if (w.y0 + w.y1) / 2 >= height]
    return replace(page, words=top, notes=list(page.notes)), replace(page, words=bottom, notes=list(page.notes))


LISTED_REASON = "Deux factures du bordereau d'envoi dans un même document ? À séparer par un gestionnaire"


def flag_listed(document: ExtractedDocument, group: list[PageResult], listed: frozenset[str]) -> ExtractedDocument:
    """A document whose pages (the sending sheet aside) print two of the numbers the sheet lists: two
    of its invoices were taken for one (a page's number too poorly read to part them), so it goes to a
    clerk rather than mixing two patients' fields."""
    printed = {
        text for r in group if not is_sending_sheet(r) for w in r.page.words if (text := w.text.strip(_EDGES)) in listed
    }
    if len(printed) >= 2 and LISTED_REASON not in document.review_reasons:
        document.needs_review = True
        document.review_reasons.append(LISTED_REASON)
    return document


_EDGES = ".,;:()[]!|«»\"'"


def flag_stacked(document: ExtractedDocument, group: list[PageResult]) -> ExtractedDocument:
    """A document made of a page that still looks like two invoices (it could not be cut) goes to a
    clerk: its fields may mix two patients."""
    if any(find_stacked(r) for r in group) and STACKED_REASON not in document.review_reasons:
        document.needs_review = True
        document.review_reasons.append(STACKED_REASON)
    return document
