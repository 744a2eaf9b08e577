"""From pages to documents: analyse each page (its kind, its candidates, the distractors dropped), split a
file into invoices, pick each field's best candidate (`choose`), check the sums and the NIR against the
birth date, and build the document (`build_document`). How sure each field then is lives in
confidence.py (caps, lifts, corroborations); what holds it back for a clerk in doubts.py."""

from __future__ import annotations

import dataclasses
import datetime
import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from intake.domain.model import FIELD_NAMES, ExtractedDocument, Field, Page, Word
from parsers.fields import values
from parsers.fields.base import (
    AMOUNT_FIELDS,
    PRACTITIONER_FIELDS,
    SHARE_FIELDS,
    Candidate,
    PageScan,
    line_of,
    middle,
    on_line,
    scan,
)
from parsers.fields.candidates import (
    ALTERNATIVE_AMOUNT_NOTES,
    EXTRA_CENT_NOTE,
    MISREAD_AMOUNT_NOTES,
    QUOTE_HEADER,
    claimed_numbers,
    label_candidates,
    pattern_candidates,
)
from parsers.fields.choice import Choice, PageResult, located, result_of
from parsers.fields.confidence import (
    MAX_CONFIDENCE,
    TOTAL_PRINTED_AGAIN,
    UNLIKE_DIGITS_NOTE,
    WEAK_CEILING,
    confirm_repeated_reference,
    corroborate,
    field_cap,
    lift,
    one_reading,
    plausible_reference,
    sure_care_date,
    weigh_evidence,
)
from parsers.fields.dates import SPAN_DAYS, care_date_from_issue, issued_on_delivery, misread_date, not_given
from parsers.fields.doubts import (
    DATES_AGREE,
    PREPARATORY,
    SURE_WORD,
    doubt_future_years,
    doubt_ghost_zero_amounts,
    doubt_lone_dates,
    doubt_misread_references,
    doubt_prose_date,
    doubt_reference_year,
    doubt_rival_acts,
    doubt_split_day,
    doubt_split_rereads,
    doubt_step_beside_unread_acts,
    doubt_unchecked_reads,
    doubt_untypical_rpps,
    doubt_zero_ghosts,
    low_resolution,
    own_words,
    poorly_read,
    surely_read,
)
from parsers.fields.first_names import correct_first_names
from parsers.fields.geometry import cell_start, line_cells, without_rules, word_in_box
from parsers.fields.ids import CONFUSED_DIGITS, ZERO_GHOSTS
from parsers.fields.labels import EXACT_LABEL, edit_distance, fold, one_too_many, tokens
from parsers.fields.layout import LabelHit, Line, build_lines
from parsers.fields.references import (
    SPACED_FACTURE,
    dated_number_block,
    fees_title,
    own_references,
    title_candidates,
)
from parsers.fields.review import HUMAN_NAMES, page_reasons, review
from parsers.fields.roles import (
    births_of_the_insured,
    insured_births,
    insured_births_elsewhere,
    is_company_pharmacist,
    is_destination,
    is_employee,
    is_issuer_named,
    is_named_doctor,
    is_performer,
    is_place_of_practice,
    is_prescriber,
    is_replaced_paper,
    is_stand_in,
    is_supplier,
)
from parsers.fields.share_rows import fill_from_share_row
from parsers.fields.split import flag_listed, flag_stacked, listed_numbers, split_pages

ARITHMETIC_REASON = "Total ≠ AMO + AMC + reste à charge"
CENT = Decimal("0.01")  # the sums close to the cent


# ---------------------------------------------------------------- kind of document

_KIND_PATTERNS = (
    ("pec", re.compile(r"demande (?:de )?prise en charge|demande d'accord|accord prealable|\bdpec\b")),
    ("quote", re.compile(r"\bdevis\b|\bd e v i s\b")),
    ("invoice", re.compile(rf"\b{SPACED_FACTURE}\b|feuille de soins|note d'honoraires|\bquittance\b|bordereau")),
)


def page_kind(page: Page, lines: list[Line]) -> tuple[str | None, bool]:
    """The kind named by the page's first title-like line, and whether it sits in the top third.

    A title set in a narrow box breaks over two lines ("DEMANDE DE" / "PRISE EN CHARGE" right of the
    letterhead): each line's column segment is read joined with the segment under it too, so the title
    is named on its first line, before a quote number quoted lower on a request ("Devis n° D25…")."""
    rows = [line for line in lines if line.page == page.number]
    for position, row in enumerate(rows[:25]):
        line = row.text
        folded = fold(line)
        found = _kinds_in(folded, 0)  # "Facture — suite au devis n° D25": the paper named first is this one
        if position + 1 < len(rows):
            for start, top, under in _stacked_cells(row, rows[position + 1]):
                found.extend(_kinds_in(fold(top) + " " + fold(under), start, across=len(fold(top))))
        if page.source == "ocr":
            found.extend((start, "invoice") for start in _misread_invoice_words(line))
        if found:
            return min(found)[1], position < max(8, len(rows) // 3)
    return None, False


def _kinds_in(folded: str, offset: int, across: int | None = None) -> list[tuple[int, str]]:
    """The kinds named in a folded line (at their offset), or, with `across`, only those whose name
    runs over that position (a title broken over two lines)."""
    found = []
    for kind, pattern in _KIND_PATTERNS:
        match = pattern.search(folded)
        if match is None or (kind == "quote" and re.search(r"(suivant|selon|vu le|cf\.?) devis", folded)):
            continue
        if across is not None and not match.start() < across < match.end():
            continue
        found.append((offset + match.start(), kind))
    return found


TITLE_WORDS = 4


def _stacked_cells(row: Line, below: Line) -> list[tuple[int, str, str]]:
    """Each short cell of a line (`line_cells`; a title box's line, at most `TITLE_WORDS` words: not a
    paragraph's) with the cell right under it (overlapping columns, less than two word heights lower),
    and the cell's character offset in the line."""
    joined = []
    offset = 0
    under_cells = line_cells(below)
    for cell in line_cells(row):
        text = " ".join(w.text for w in cell)
        height = max(w.y1 - w.y0 for w in cell)
        bottom = max(w.y1 for w in cell)
        for under in under_cells if len(cell) <= TITLE_WORDS else []:
            overlaps = under[0].x0 < cell[-1].x1 and cell[0].x0 < under[-1].x1
            if overlaps and 0 <= min(w.y0 for w in under) - bottom < 2 * height:
                joined.append((offset, text, " ".join(w.text for w in under)))
        offset += len(text) + 1
    return joined


# A paper a practitioner writes for the patient, not an invoice: an ordonnance, a prescription form
# ("Prescription médicale de transport"), the ALD "bizone" form's zone headers. Matched on a whole line or
# cell (a title), never inside a sentence ("ordonnance du 19/09/2025 (jointe)").
_OTHER_PAPER = re.compile(
    r"^(?:ordonnances?(?: medicales?| bizone| securisee)?|prescriptions?(?: medicales?)?(?: de transport)?"
    r"|prescriptions? (?:relatives? au traitement de|sans rapport avec) l'affection de longue duree.*)$"
)
OTHER_PAPER_ROWS = 15


def other_paper_title(page: Page, lines: list[Line]) -> bool:
    """Whether the page is titled as another paper than an invoice (an ordonnance attached to the
    pharmacy's or the nurse's invoice): a line, or a cell of one, that is that paper's name, among the
    page's first lines and in its top half. Call it only on a page that names no invoice, quote or
    request (`page_kind`): an invoice prints "PRESCRIPTION" as a section heading under its own title."""
    rows = [line for line in lines if line.page == page.number][:OTHER_PAPER_ROWS]
    for row in rows:
        if min(w.y0 for w in row.words) > page.height / 2:
            break
        if any(_OTHER_PAPER.match(text) for text in title_texts(row)):
            return True
    return False


def title_texts(row: Line) -> list[str]:
    """The texts a title may be on a line: the whole line and each of its cells (a title beside the
    letterhead), as matched (`_title_text`)."""
    texts = [row.text, *(" ".join(w.text for w in cell) for cell in line_cells(row))]
    return [_title_text(text) for text in texts]


def _title_text(text: str) -> str:
    """A title as matched: folded, spaces collapsed, no trailing mark; a label's colon stays."""
    return re.sub(r"\s+", " ", fold(text)).strip(" .-—*")


_NOT_MISREAD = {"fracture", "fractures"}  # a medical word one letter away


def _misread_invoice_words(line: str) -> list[int]:
    """Where an OCR line shows a capitalised word one letter away from "facture" ("FACTLRE",
    "Faclure"): a title read with one character wrong still names the paper."""
    found = []
    for m in re.finditer(r"[^\W\d_]{6,9}", line):
        word = fold(m.group(0))
        if m.group(0)[0].isupper() and word not in _NOT_MISREAD and edit_distance(word, "facture", 1) == 1:
            found.append(m.start())
    return found


# ---------------------------------------------------------------- per page


def analyse_page(page: Page) -> PageResult:
    lines = build_lines([page])
    page_scan = scan(lines)
    found = label_candidates(page_scan)
    claimed = claimed_numbers(page_scan)
    found.extend(pattern_candidates(page_scan, claimed))
    found.extend(title_candidates(page_scan))
    kind, top = page_kind(page, lines)
    if kind == "invoice" and not any(c.name == "invoice_number" and c.how != "pattern" for c in found):
        found.extend(dated_number_block(page_scan))  # no labelled number: a bare "N° :" over "Date :"
    finess = any(h.kind == "finess" for hits in page_scan.hits.values() for h in hits)  # establishment
    for candidate in found:
        if candidate.name != "invoice_number" and _quoted_mail(page_scan, candidate):
            candidate.notes.append(QUOTED_NOTE)
    kept = own_references([c for c in found if not _is_distractor(page_scan, c, claimed, finess=finess)], kind)
    kept = _drop_body_doctors(page_scan, kept)
    _weaken_mail_dates(page_scan, kept)
    insured = insured_births(page_scan, kept)
    kept = [c for c in kept if c not in insured]
    kept = _births_of_the_patient(kept, births_of_the_insured(page_scan, kept))
    _mark_letterhead(page_scan, kept)
    for candidate in kept:
        if candidate.name in PRACTITIONER_FIELDS and candidate.name != "finess" and is_performer(page_scan, candidate):
            candidate.notes.append(PERFORMER_NOTE)
    other = kind is None and other_paper_title(page, lines)
    return PageResult(page, page_scan, kept, kind, top, other)


PERFORMER_NOTE = "performed the acts"
INSURED_BIRTH_NOTE = "the insured's birth date"  # roles.births_of_the_insured
INSURED_BIRTH_CAP = 0.6  # under review's threshold: the patient is another person, his birth date unread


def _births_of_the_patient(candidates: list[Candidate], insured: list[Candidate]) -> list[Candidate]:
    """The insured's birth dates go when another birth date is read (the patient's); else they stay,
    noted, for `hold_noted`."""
    if any(c.name == "patient_birth_date" and c not in insured for c in candidates):
        return [c for c in candidates if c not in insured]
    for candidate in insured:
        candidate.notes.append(INSURED_BIRTH_NOTE)
    return candidates


def hold_noted(chosen: dict[str, Choice], group: list[PageResult]) -> None:
    """Values whose candidate carries a note that a clerk must check, held at that note's cap, applied last,
    over every lift: a care date from a headless acts table (`_headless_acts`; unless `sure_headless_row`)
    or whose year was mended (`_first_row_year_off`), a birth date read in the insured's block while the
    patient is another person (a child's invoice: the NIR agreeing with it only says it is the insured's)."""
    for name, note, cap in (
        ("care_date", HEADLESS_NOTE, HEADLESS_CAP),
        ("patient_birth_date", INSURED_BIRTH_NOTE, INSURED_BIRTH_CAP),
        ("care_date", ROW_YEAR_OFF_NOTE, ROW_YEAR_OFF_CAP),
    ):
        choice = chosen.get(name)
        if choice is None or note not in choice.candidate.notes:
            continue
        if note == HEADLESS_NOTE and sure_headless_row(choice, group):
            continue
        chosen[name] = choice.held(cap, note)


def sure_headless_row(choice: Choice, group: list[PageResult]) -> bool:
    """The first row of a headless acts table (`_headless_acts`) on a fax in normal resolution, whose
    headings such a fax loses, as sure as the first row under a "Date" heading: on a page the OCR read
    well (`doubts.poorly_read`: a lost row comes with a page of doubted words), every word of its date
    read surely, and the issue date read apart agreeing with it (`DATES_AGREE`), no other act dated
    otherwise and no contradiction. The heading lost says nothing of the rows the fax kept: the rows'
    shape (a date opening each, an amount after) names the column. Not on another page: a heading read
    that names something else ("Réf.") is no heading lost.

    Why (census of session 26, fax in normal resolution of the samples and sets 1-33): 4 care dates taken
    from headless rows, all 4 right; 2 of them on well-read pages, every digit at 0.96 and agreeing with
    the issue date (set 31 ab101, held at HEADLESS_CAP alone; set 27 p102, also by a rival act). The one
    wrong first row of an acts column there (a first row lost, the second read surely and agreeing with
    the issue date: set 33 ad105) was on a poorly read page."""
    notes = choice.notes
    if DATES_AGREE not in notes or "dates contradict" in notes or "another act dated otherwise" in notes:
        return False
    candidate = choice.candidate
    result = result_of(candidate, group)
    if result is None or not low_resolution(result.page) or poorly_read(result.page):
        return False
    confs = [w.conf for w in own_words(candidate, result.page)]
    return bool(confs) and min(confs) >= SURE_WORD


_QUOTE_MARK = ">"
QUOTED_NOTE = "quoted from another mail"  # kept for splitting the file, never a field (build_document)


def _quoted_mail(page_scan: PageScan, candidate: Candidate) -> bool:
    """A value on a line that opens on the quotation mark of a mail reply ("> le numéro AMC 915813754 ne
    correspond à aucun organisme"), under the line that introduces the quote: a quoted message's words,
    not this document's (a list's arrow bullet read ">" has no such line above it). Its invoice number is
    still read (`analyse_page`): a reply quotes the invoice's own number back ("Votre facture n° ...")."""
    if candidate.box is None:
        return False
    index = line_of(page_scan, candidate)
    if index is None or not page_scan.lines[index].words[0].text.startswith(_QUOTE_MARK):
        return False
    return any(QUOTE_HEADER.search(fold(line.text)) for line in page_scan.lines[:index])


# a printed e-mail's header block: "De : ...", "À : ...", "Date : ...", "Objet : ..."
_MAIL_HEADER = re.compile(
    r"^(?:(?:de|a|objet|envoye(?: le)?|cc|from|to|subject|sent)\s?:|pieces? jointes?\b|(?:de|from)\b.*@)"
)  # a photo may lose the colons: "De Sylvie X <x@y.fr>", "Pièce jointe aucune"
MAIL_HEADER_LINES = 2  # header lines around the date that make a block
MAIL_DATE_FACTOR = 0.5
MAIL_DATE_NOTE = "the e-mail's date"


def _weaken_mail_dates(page_scan: PageScan, candidates: list[Candidate]) -> None:
    """ "Date : jeu. 3 juil. 2025 à 12:25" among "De :", "À :", "Objet :" lines is when the e-mail was
    sent, not the date of the invoice pasted or attached in it: when the invoice prints its own date,
    that one wins; alone, the mail's date stays weak, for a clerk."""
    for c in candidates:
        if c.name != "invoice_date" or c.how == "pattern" or c.box is None:
            continue
        index = line_of(page_scan, c)
        if index is None:
            continue
        around = page_scan.lines[max(0, index - 3) : index + 4]
        header = [
            line
            for line in around
            if line.page == c.page and line is not page_scan.lines[index] and _MAIL_HEADER.match(fold(line.text))
        ]
        if len(header) >= MAIL_HEADER_LINES and fold(page_scan.lines[index].text).startswith("date"):
            c.score *= MAIL_DATE_FACTOR
            c.notes.append(MAIL_DATE_NOTE)


_PATIENT_FIELDS = ("nir", "patient_name", "insured_name")


def _drop_body_doctors(page_scan: PageScan, candidates: list[Candidate]) -> list[Candidate]:
    """One party invoices. When the letterhead (above the patient block) holds an invoicer identifier
    and the body names a doctor by title with an identifier of another kind ("Praticien responsable :
    Dr X (RPPS 1...)", "Prescription : Dr X" over "RPPS 1..."), that doctor works for or wrote for the
    one who invoices: his number goes."""
    patient = [middle(c) for c in candidates if c.name in _PATIENT_FIELDS and c.box is not None]
    if not patient:
        return candidates
    body = min(patient) - 2.0  # a patient line may sit on the same row as the doctor's number
    ids = [c for c in candidates if c.name in PRACTITIONER_FIELDS and c.box is not None]
    issuers = {c.name for c in ids if middle(c) < body and not is_named_doctor(page_scan, c)}
    dropped = {
        (c.name, c.value)
        for c in ids
        if c.name in ("rpps", "adeli")
        and middle(c) >= body
        and issuers - {c.name}
        and c.name not in issuers
        and is_named_doctor(page_scan, c)
    }
    dropped |= _other_doctors(page_scan, ids, body)
    return [c for c in candidates if (c.name, c.value) not in dropped]


def _mark_letterhead(page_scan: PageScan, candidates: list[Candidate]) -> None:
    """Note where each identifier sits: in the letterhead (above the patient block, or beside it in a
    two-column head, `_beside_patient_block`), or, for a FINESS, in the body (between the patient block
    and the page's last amount) and not named as the issuer's ("Établissement :", "Facturé par"), or
    below it, named as where the practitioner sees his patients ("Consultations à la Clinique X —
    FINESS ..."), or, for an RPPS/ADELI, given to a doctor named in the body
    ("Médecin coordonnateur : Dr X — RPPS 1..."); `_places_of_care` and `_body_doctors` weigh them
    over the whole document. A page without a patient block (a continuation page) has its letterhead
    above its first own field (the number it continues, a date of care, an amount)."""
    patient = [middle(c) for c in candidates if c.name in _PATIENT_FIELDS and c.box is not None]
    if not patient:
        _mark_continued_letterhead(candidates)
        return
    body = min(patient) - 2.0  # a patient line may sit on the same row as the letterhead's number
    amounts = [middle(c) for c in candidates if c.name in AMOUNT_FIELDS and c.box is not None]
    last = max(amounts, default=body)
    beside = {id(c) for c in _beside_patient_block(page_scan, candidates, body)}
    for c in candidates:
        if c.name not in PRACTITIONER_FIELDS or c.box is None:
            continue
        if middle(c) < body or id(c) in beside:
            c.notes.append(LETTERHEAD_NOTE)
        elif c.name == "finess" and middle(c) < last and not is_issuer_named(page_scan, c):
            c.notes.append(BODY_NOTE)
        elif c.name == "finess" and middle(c) >= last and is_place_of_practice(page_scan, c):
            c.notes.append(PRACTICE_NOTE)
        elif c.name == "finess" and middle(c) >= last and is_supplier(page_scan, c):
            c.notes.append(SUPPLIER_NOTE)
        elif c.name in ("rpps", "adeli") and is_named_doctor(page_scan, c):
            c.notes.append(BODY_DOCTOR_NOTE)


def _beside_patient_block(page_scan: PageScan, candidates: list[Candidate], body: float) -> list[Candidate]:
    """A letter's two-column head: the sender's block (name, speciality, address, RPPS) at left, the
    addressee's, the patient's, at right on the same rows. When no identifier sits above the patient
    block, the letterhead is the block beside it: the identifiers wholly left of the patient's column,
    down to that column's last line (a clerk reads "Dr X ... RPPS ..." there as the sender's)."""
    ids = [c for c in candidates if c.name in PRACTITIONER_FIELDS and c.box is not None]
    patient = [c for c in candidates if c.name in _PATIENT_FIELDS and c.box is not None]
    if not ids or not patient or any(middle(c) < body for c in ids):
        return []
    top = min(patient, key=middle)
    index = line_of(page_scan, top)
    if index is None:
        return []
    line = page_scan.lines[index]
    assert top.box is not None
    left = cell_start(line, top.box[0])
    bottom = _column_bottom(page_scan, index, left)
    return [c for c in ids if c.box is not None and middle(c) <= bottom and c.box[2] < left - line.height]


def _column_bottom(page_scan: PageScan, index: int, left: float) -> float:
    """The foot of the column whose cells start at `left` on line `index` and on the lines right under it."""
    line = page_scan.lines[index]
    bottom = line.y1
    for other in page_scan.lines[index + 1 :]:
        if other.page != line.page or other.y0 - bottom > 2.5 * line.height:
            break
        if not any(abs(w.x0 - left) <= 1.5 * line.height for w in other.words):
            break
        bottom = other.y1
    return bottom


def _mark_continued_letterhead(candidates: list[Candidate]) -> None:
    own = [
        middle(c) for c in candidates
        if c.name in ("invoice_number", "care_date", *AMOUNT_FIELDS) and c.box is not None
    ]
    if not own:
        return
    top = min(own) - 2.0
    for c in candidates:
        if c.name in PRACTITIONER_FIELDS and c.box is not None and middle(c) < top:
            c.notes.append(LETTERHEAD_NOTE)


LETTERHEAD_NOTE = "in the letterhead"
BODY_NOTE = "in the body"
PRACTICE_NOTE = "where the practitioner consults"
SUPPLIER_NOTE = "who supplied a product"
_ELSEWHERE_NOTES = {BODY_NOTE, PRACTICE_NOTE, SUPPLIER_NOTE}  # a FINESS of another place than the invoicer's
_PLACED = {LETTERHEAD_NOTE, BODY_NOTE, PRACTICE_NOTE}  # a FINESS of where a fees note's practitioner works
BODY_DOCTOR_NOTE = "a doctor named in the body"


def _body_doctors(candidates: list[Candidate]) -> list[Candidate]:
    """`_drop_body_doctors` over the whole document: an establishment's letterhead holds its FINESS,
    and a page's body names a doctor by title with his RPPS ("Médecin coord. : Dr X — RPPS 1..."): he
    works for the one who invoices, even when the letterhead of his own page was read badly and only
    another page's (the same letterhead, repeated) shows the FINESS."""
    head = [c for c in candidates if c.name in PRACTITIONER_FIELDS and LETTERHEAD_NOTE in c.notes]
    issuers = {c.name for c in head if c.how != "pattern" and BODY_DOCTOR_NOTE not in c.notes}
    if issuers != {"finess"}:
        return candidates
    return [c for c in candidates if BODY_DOCTOR_NOTE not in c.notes]


BODY_DOCTOR_CAP = 0.8
BODY_DOCTOR_REASON = (
    "{label} d'un médecin nommé dans le corps de la facture, aucun identifiant lu dans l'en-tête : à vérifier"
)


def _doubt_body_doctor(
    candidates: list[Candidate], chosen: dict[str, Choice], group: list[PageResult]
) -> dict[str, str]:
    """An establishment invoices under its FINESS, printed in its letterhead. When the paper prints a
    FINESS label but no letterhead identifier was read (the clinic's number lost by the fax) and the one
    kept belongs to a doctor the body names by title ("Médecin psychiatre responsable : Dr X — RPPS
    1..."), he works for the one who invoices, or may: held for a clerk, never auto-accepted. (A
    practitioner's own paper without a FINESS may name him in its body: his number stands.)"""
    if any(LETTERHEAD_NOTE in c.notes for c in candidates if c.name in PRACTITIONER_FIELDS):
        return {}
    if not any("finess" in fold(line.text) for r in group for line in r.scan.lines):
        return {}
    reasons = {}
    for name in ("rpps", "adeli"):
        choice = chosen.get(name)
        if choice is not None and BODY_DOCTOR_NOTE in choice.candidate.notes:
            notes = [*choice.notes, "a doctor named in the body"]
            chosen[name] = Choice(choice.candidate, min(choice.confidence, BODY_DOCTOR_CAP), notes)
            reasons[name] = BODY_DOCTOR_REASON.format(label=HUMAN_NAMES[name])
    return reasons


UNREAD_HEAD_REASON = "{label} d'un médecin nommé dans le corps, celui de l'en-tête n'a pas été lu : à vérifier"


def _doubt_unread_letterhead(chosen: dict[str, Choice], group: list[PageResult]) -> dict[str, str]:
    """The letterhead prints the invoicer's RPPS/ADELI label ("N° RPPS"), but no number of it was read (a
    fax added a digit: no key checks), and the number kept belongs to a doctor the body names by title
    ("Prescription Dr X — RPPS 1...", the prescription word misread): he is most likely another party
    than the one whose label heads the paper. Held for a clerk, never auto-accepted. (One the body
    names as having performed the acts, a group practice's member, is the invoicer: `is_performer`.)"""
    reasons = {}
    for name in ("rpps", "adeli"):
        choice = chosen.get(name)
        if choice is None or BODY_DOCTOR_NOTE not in choice.candidate.notes:
            continue
        if PERFORMER_NOTE in choice.candidate.notes or any(
            LETTERHEAD_NOTE in c.notes for r in group for c in r.candidates if c.name in PRACTITIONER_FIELDS
        ):
            continue
        if any(_unread_head_label(result) for result in group):
            chosen[name] = choice.held(BODY_DOCTOR_CAP, "the letterhead's number unread")
            reasons[name] = UNREAD_HEAD_REASON.format(label=HUMAN_NAMES[name])
    reasons.update(_doubt_body_finess(chosen, group))
    return reasons


UNREAD_HEAD_FINESS_REASON = "FINESS lu dans le corps, le N° RPPS/ADELI de l'en-tête n'a pas été lu : à vérifier"


def _doubt_body_finess(chosen: dict[str, Choice], group: list[PageResult]) -> dict[str, str]:
    """The letterhead prints a practitioner's RPPS/ADELI label ("Identifiant RPPS") whose number was not
    read (a fax blurred it), and the only FINESS sits in the body ("FINESS de l'établissement" of the
    place of the visit): with the letterhead's number read, `_places_of_care` would drop it as where the
    care was given. It may be the invoicer's or not: held for a clerk, never auto-accepted."""
    choice = chosen.get("finess")
    if choice is None or not ({BODY_NOTE, PRACTICE_NOTE} & set(choice.candidate.notes)):
        return {}
    if any(n in chosen for n in ("rpps", "adeli")) or any(
        LETTERHEAD_NOTE in c.notes for r in group for c in r.candidates if c.name in PRACTITIONER_FIELDS
    ):
        return {}
    if not any(_unread_head_label(result) for result in group):
        return {}
    chosen["finess"] = choice.held(BODY_DOCTOR_CAP, "the letterhead's number unread")
    return {"finess": UNREAD_HEAD_FINESS_REASON}


def _unread_head_label(result: PageResult) -> bool:
    """A line above the page's patient block holding an RPPS/ADELI label and no identifier read on it."""
    patient = [middle(c) for c in result.candidates if c.name in _PATIENT_FIELDS and c.box is not None]
    if not patient:
        return False
    body = min(patient) - 2.0
    ids = [c for c in result.candidates if c.name in PRACTITIONER_FIELDS and c.box is not None]
    for index, line in enumerate(result.scan.lines):
        if line.page != result.page.number or line.y1 >= body:
            continue
        labelled = any(h.kind in ("rpps", "adeli") for h in result.scan.hits[index])
        if labelled and not any(line.y0 - 1 <= middle(c) <= line.y1 + 1 for c in ids):
            return True
    return False


def _places_of_care(candidates: list[Candidate]) -> list[Candidate]:
    """Whoever invoices prints its identifier in its letterhead (or its footer, with its legal mentions).
    When a letterhead holds a practitioner's RPPS/ADELI read under its label and no letterhead holds a
    FINESS, a FINESS printed in the body, between the patient block and the last amount ("Lieu de
    l'intervention : Clinique X (FINESS ...)"), or one below the amounts named as where he consults
    ("Consultations à la Clinique X — FINESS ..."), names the establishment where the care was given,
    never the one who invoices: a practitioner bills his own fees (a surgeon operating in a clinic)."""
    head = [c for c in candidates if c.name in PRACTITIONER_FIELDS and LETTERHEAD_NOTE in c.notes]
    if not any(c.name in ("rpps", "adeli") and c.how != "pattern" for c in head):
        return candidates
    if any(c.name == "finess" for c in head):
        return candidates
    return [c for c in candidates if not (c.name == "finess" and _ELSEWHERE_NOTES & set(c.notes))]


def _fees_note(group: list[PageResult]) -> bool:
    """Whether the paper is titled a "note d'honoraires": a line, or a cell of one, opening so (a fax may
    read a letter or two of "honoraires" wrong: "NOTE D'HONORATRES")."""
    return any(fees_title(text) for result in group for line in result.scan.lines for text in title_texts(line))


# a hospital practitioner's private practice, held at the hospital ("Activité libérale — Service de
# chirurgie cardiaque", "consultation en secteur privé"): he bills his own fees, not the hospital
_PRIVATE_PRACTICE = re.compile(r"\bactivite liberale\b|\bsecteur prive\b")


def _private_practice(group: list[PageResult]) -> bool:
    """Whether the paper says the care was given in a hospital practitioner's private practice."""
    return any(_PRIVATE_PRACTICE.search(fold(line.text)) for result in group for line in result.scan.lines)


# a clinic's billing office issuing a practitioner's fees for him ("Facture d'honoraires établie pour le
# compte du Dr X"): the practitioner bills, the establishment only writes the paper out
_ON_BEHALF = re.compile(
    r"\bpour le compte (?:du|de|des|de l.)\s*(?:dr|docteur|pr|professeur|praticiens?|medecins?|chirurgiens?)\b"
)


def _billed_on_behalf(group: list[PageResult]) -> bool:
    """Whether the paper says it is issued on a practitioner's behalf ("pour le compte du Dr X")."""
    return any(_ON_BEHALF.search(fold(line.text)) for result in group for line in result.scan.lines)


def _own_fees(group: list[PageResult]) -> bool:
    """Whether the paper is a practitioner's bill for his own fees: a note d'honoraires, a hospital
    practitioner's private practice (`_private_practice`), or a paper an establishment issues on his
    behalf (`_billed_on_behalf`)."""
    return _fees_note(group) or _private_practice(group) or _billed_on_behalf(group)


def _practitioners_fees(candidates: list[Candidate], group: list[PageResult]) -> list[Candidate]:
    """A note d'honoraires, or an invoice of a hospital practitioner's "activité libérale", is a
    practitioner's bill for his own fees. When its letterhead prints his RPPS/ADELI under its label, a
    FINESS anywhere on it, in the letterhead beside it ("Institut X — Établissement FINESS ..." left of
    "Dr Y — RPPS 1...", "CHU X — FINESS ..." over "Activité libérale — Pr Y — RPPS 1..."), in the body,
    or in the footer ("Clinique X — Centre AMP autorisé par l'ARS — FINESS ..."), names the
    establishment where he practises, never the one who invoices. (One named as the issuer's,
    "Établissement facturant : Clinique X — FINESS ...", or printed with the establishment's legal
    mentions alone, "Clinique X — FINESS ... — SIRET ...", stays a clerk's call: `_signed_as_issuer`.)"""
    if not any(
        c.name in ("rpps", "adeli") and c.how != "pattern" and LETTERHEAD_NOTE in c.notes
        and BODY_DOCTOR_NOTE not in c.notes
        for c in candidates
    ):
        return candidates
    placed = [
        c for c in candidates
        if c.name == "finess" and (set(c.notes) & _PLACED or not _signed_as_issuer(c, group))
    ]
    if not placed or not _own_fees(group):
        return candidates
    return [c for c in candidates if c not in placed]


_LEGAL_MENTIONS = re.compile(r"\bsiret\b|\bsiren\b|\brcs\b|\bcapital\b")


def _signed_as_issuer(candidate: Candidate, group: list[PageResult]) -> bool:
    """Whether a FINESS is printed as the one who invoices would print it: named so ("Établissement
    facturant :", `is_issuer_named`), or with the establishment's legal mentions on its line (SIRET,
    RCS, capital)."""
    place = located(candidate, group)
    if place is None:
        return False
    scan, index = place
    return bool(_LEGAL_MENTIONS.search(fold(scan.lines[index].text))) or is_issuer_named(scan, candidate)


FEES_FINESS_REASON = "N° FINESS sur une note d'honoraires, aucun RPPS / ADELI lu : à vérifier"


def _doubt_fees_finess(chosen: dict[str, Choice], group: list[PageResult]) -> dict[str, str]:
    """`_practitioners_fees` when the practitioner's own number was not read (a fax lost his label): the
    FINESS a note d'honoraires (or an "activité libérale" invoice) prints is still, most likely, the
    establishment where he works. Kept for the clerk, never auto-accepted."""
    choice = chosen.get("finess")
    if choice is None or "rpps" in chosen or "adeli" in chosen or not _own_fees(group):
        return {}
    chosen["finess"] = choice.held(BODY_DOCTOR_CAP, "fees note")
    return {"finess": FEES_FINESS_REASON}


def _insured_apart(candidates: list[Candidate]) -> list[Candidate]:
    """A paper naming the patient under his own label and the insured under hers (a child's invoice:
    "PATIENT(E)" over one block, "RESPONSABLE LÉGAL — ASSURÉ(E)" over the next): the name read under the
    insured's label is the parent's, so the same name found by its shape alone ("M. X" over the NIR) is
    no patient candidate."""
    patients = {fold(c.value) for c in candidates if c.name == "patient_name" and c.how != "pattern"}
    insured = {fold(c.value) for c in candidates if c.name == "insured_name" and c.how != "pattern"} - patients
    if not patients or not insured:
        return candidates
    return [c for c in candidates if not (c.name == "patient_name" and c.how == "pattern" and fold(c.value) in insured)]


def _other_doctors(page_scan: PageScan, ids: list[Candidate], body: float) -> set[tuple[str, str]]:
    """The letterhead (above the patient block) prints one practitioner's number; the body names another
    doctor by title with a number of the same kind ("Chirurgien : Dr X (RPPS 1...)", "Adressé par le
    Dr Y"): a colleague of the one who invoices, never him, unless the body says he performed the acts
    or stands in for the letterhead's doctor (a remplaçant invoices on his colleague's paper)."""
    dropped: set[tuple[str, str]] = set()
    for name in ("rpps", "adeli"):
        head = {c.value for c in ids if c.name == name and c.how != "pattern" and middle(c) < body}
        if len(head) != 1:
            continue
        dropped |= {
            (c.name, c.value)
            for c in ids
            if c.name == name
            and c.value not in head
            and middle(c) >= body
            and is_named_doctor(page_scan, c)
            and not is_performer(page_scan, c)
            and not is_stand_in(page_scan, c)
        }
    return dropped


def _performer_only(candidates: list[Candidate]) -> list[Candidate]:
    """A group practice prints each member's RPPS; with no establishment (FINESS) invoicing, the one
    named as having performed the acts is the one who invoices: the other members' numbers go."""
    if any(c.name == "finess" for c in candidates):
        return candidates
    performers = {(c.name, c.value) for c in candidates if PERFORMER_NOTE in c.notes}
    if len({value for _, value in performers}) != 1:
        return candidates
    return [c for c in candidates if c.name not in ("rpps", "adeli") or (c.name, c.value) in performers]


def _is_distractor(
    page_scan: PageScan, candidate: Candidate, claimed: set[str], *, finess: bool = False
) -> bool:
    if candidate.name in PRACTITIONER_FIELDS:
        if is_prescriber(page_scan, candidate):
            return True
        if candidate.name == "finess" and is_destination(page_scan, candidate):
            return True
        if finess and candidate.name != "finess" and is_employee(page_scan, candidate):
            return True
        if is_company_pharmacist(page_scan, candidate):
            return True
        if candidate.how == "pattern" and candidate.value in claimed:
            return True
    return candidate.name in ("invoice_number", "invoice_date") and is_replaced_paper(page_scan, candidate)


def choose(candidates: list[Candidate], name: str) -> Choice | None:
    """The best-supported value for `name`: the strongest candidate, helped by agreement, hurt by rivals."""
    mine = [c for c in candidates if c.name == name and c.score > 0.05]
    if name == "invoice_number" and any(plausible_reference(c.value) for c in mine):
        mine = [c for c in mine if len(c.value) >= SHORTEST_REFERENCE]  # "4" from "4,00" under "Référence"
    if not mine:
        return None
    by_value: dict[str, list[Candidate]] = {}
    for candidate in mine:
        by_value.setdefault(candidate.value, []).append(candidate)
    ranked = sorted(by_value.items(), key=lambda kv: _support(kv[1]), reverse=True)
    _, group = ranked[0]
    best = max(group, key=lambda c: c.score)
    confidence = _support(group)
    notes: list[str] = []
    if name == "invoice_number":  # "FR76", "01": no invoice number, so no rival either
        ranked = ranked[:1] + [kv for kv in ranked[1:] if plausible_reference(kv[0])]
    if len(ranked) > 1:
        rival = _support(ranked[1][1])
        if rival >= 0.85 * confidence:
            confidence *= 0.7
            notes.append("ambiguous")
        elif rival >= 0.6 * confidence:
            confidence *= 0.9
    return Choice(best, min(confidence, field_cap(best)), notes)


SHORTEST_REFERENCE = 3


def _support(group: list[Candidate]) -> float:
    scores = sorted((c.score for c in group), reverse=True)
    support = scores[0]
    for extra in scores[1:]:
        if extra >= 0.5:
            support += (1 - support) * 0.3
    return support



def _cents_chosen_by_sums(candidates: list[Candidate]) -> list[Candidate]:
    """An amount read with three digits in its cents ("32,710 €") has no reading of its own: one of its
    alternatives (`candidates.EXTRA_CENT_NOTE`) stands only where the four amounts add up with it;
    otherwise they all go, and the amount is as unread (it must not spoil the other amounts' sums)."""
    if not any(EXTRA_CENT_NOTE in c.notes for c in candidates):
        return candidates
    options = {name: _amount_options(candidates, name) for name in AMOUNT_FIELDS}
    best = _adding_up(options) if all(options.values()) else None
    kept = set() if best is None else {(n, v) for n, (v, _) in zip(AMOUNT_FIELDS, best[1], strict=True)}
    return [c for c in candidates if EXTRA_CENT_NOTE not in c.notes or (c.name, c.value) in kept]


def _amount_options(candidates: list[Candidate], name: str) -> list[tuple[str, float]]:
    scores: dict[str, float] = {}
    for c in candidates:
        if c.name == name:
            scores[c.value] = max(scores.get(c.value, 0.0), c.score)
    return sorted(scores.items(), key=lambda kv: kv[1], reverse=True)[:3]


def check_sums(
    candidates: list[Candidate], chosen: dict[str, Choice], group: list[PageResult] | None = None
) -> str | None:
    """When all four amounts are printed, prefer values where total = AMO + AMC + patient share.

    Agreement raises the four confidences; disagreement lowers them and returns a review reason, unless
    one amount read one glyph off is what the acts' amounts down one column add up to (`_acts_mend`).
    """
    options = {name: _amount_options(candidates, name) for name in AMOUNT_FIELDS}
    if not all(options.values()):
        return None
    best = _adding_up(options)
    mended = _acts_mend(options, candidates, group) if best is None else None
    if mended is not None:
        candidates = [*candidates, mended]
        options[mended.name] = _amount_options(candidates, mended.name)
        best = _adding_up(options)
    if best is None:
        for name in AMOUNT_FIELDS:
            chosen[name].confidence *= 0.75
        if (
            not _one_glyph_off(chosen)
            and not (group is not None and _lettered_thousands(chosen, group))
            and not (group is not None and (_rate_mend(chosen, group) or _shares_at_their_rates(chosen, group)))
            and not (group is not None and _total_and_share_off(chosen, group))
            and not _one_glyph_off(chosen, ghosts=True, group=group)
        ):
            _zero_and_share_off(chosen)
        return ARITHMETIC_REASON
    confirmed = all(chosen[n].candidate.value == v for n, (v, _) in zip(AMOUNT_FIELDS, best[1], strict=True))
    overruled = _label_overruled(candidates, chosen, best[1])
    for name, (value, _) in zip(AMOUNT_FIELDS, best[1], strict=True):
        agreeing = [c for c in candidates if c.name == name and c.value == value]
        top = max(agreeing, key=lambda c: c.score)
        cap = 0.97 if top.ocr else MAX_CONFIDENCE
        previous = chosen[name].confidence if chosen[name].candidate.value == value else top.score * 0.9
        confidence = previous + (1 - previous) * 0.6 + 0.05
        if confirmed:
            confidence = _sums_floor(top, confidence)
        if overruled:
            confidence = min(confidence, max(previous, OVERRULED_LIFT))
        if top is mended:
            cap, confidence = min(cap, WEAK_CEILING), max(confidence, WEAK_CEILING)
            if UNLIKE_DIGITS_NOTE in top.notes:
                cap = min(cap, GLYPH_REPAIR_CAP)
        elif _misread(top):
            cap = min(cap, GLYPH_REPAIR_CAP)
        chosen[name] = Choice(top, min(cap, confidence), ["sums agree", *([MENDED_NOTE] if top is mended else [])])
    if any(chosen[n].candidate is mended and UNLIKE_DIGITS_NOTE in mended.notes for n in AMOUNT_FIELDS):
        return ARITHMETIC_REASON  # a guess the acts back, not a reading: the printed sums still disagree
    return None


Combo = tuple[tuple[str, float], ...]  # a (value, score) option for each of AMOUNT_FIELDS


# The sums agree only once a share read under its own exact label ("Part complémentaire ... 524,00 €") gives
# way to an amount read under a lesser one (a "24 €" in the words of the label or the line under "Mutuelle"):
# the agreement then stands on that weaker reading, and one misread among the others can make it ("800,00"
# for 300,00 beside the 24 taken for 524,00, set 33 ad110 fax normal). It lifts the amounts only as far as
# under the sure band: a clerk still checks them, though the total it lifts no longer holds the document.
OVERRULED_LIFT = 0.87
OVERRULED_READ = 0.85  # a share so read passes review on its own: the sums overruling it is what is doubtful


def _label_overruled(candidates: list[Candidate], chosen: dict[str, Choice], combo: Combo) -> bool:
    """An amount of `combo` (the four adding up) replaces the one chosen, read surely under its field's
    exact label (`OVERRULED_READ`, not "ambiguous"), with one read under no exact label of that field."""
    for name, (value, _) in zip(AMOUNT_FIELDS, combo, strict=True):
        read = chosen[name].candidate
        doubtful = chosen[name].confidence < OVERRULED_READ or "ambiguous" in chosen[name].notes
        if read.value == value or read.label_weight < EXACT_LABEL or doubtful:
            continue  # a doubtful reading (a fax's "60,08" for 60,00, two amounts under one label) may give way
        top = max((c for c in candidates if c.name == name and c.value == value), key=lambda c: c.score)
        if top.label_weight < EXACT_LABEL:
            return True
    return False


def _adding_up(options: dict[str, list[tuple[str, float]]]) -> tuple[float, Combo] | None:
    """The best-scored options of the four amounts with total = AMO + AMC + patient share, if any."""
    best: tuple[float, Combo] | None = None
    for combo in itertools.product(*(options[n] for n in AMOUNT_FIELDS)):
        total, amo, amc, patient = (Decimal(v) for v, _ in combo)
        if abs(total - (amo + amc + patient)) <= CENT:
            weight = sum(s for _, s in combo)
            if best is None or weight > best[0]:
                best = (weight, combo)
    return best


MENDED_NOTE = "one digit misread, the acts add up to it"


def _acts_mend(
    options: dict[str, list[tuple[str, float]]], candidates: list[Candidate], group: list[PageResult] | None
) -> Candidate | None:
    """The amounts do not add up, but one of them, read one digit off ("Part Sécu ... 88,80 €" for 58,80,
    "Total des honoraires 230,00 €" for 210,00: `_digit_apart`), would make them add up, and the acts'
    amounts down one whole column of the table add up to that value too (21,00 + 20,16 + 17,64;
    `_column_adds_up`), the amounts' own words left out: more readings agree on it than the glyphs'
    likeness could. That amount, mended, when exactly one such mend exists; never into the "sure" band
    (WEAK_CEILING); when the two digits are no pair OCR confuses (`UNLIKE_DIGITS_NOTE`), held for a clerk,
    the sums as printed still a review reason."""
    if group is None:
        return None
    mends: set[tuple[str, str, Decimal]] = set()
    for combo in itertools.product(*(options[n] for n in AMOUNT_FIELDS)):
        reads = dict(zip(AMOUNT_FIELDS, (v for v, _ in combo), strict=True))
        for name, implied in _implied({n: Decimal(v) for n, v in reads.items()}).items():
            if Decimal(implied) > 0 and _digit_apart(reads[name], implied):
                mends.add((name, reads[name], Decimal(implied)))
    boxes = [(c.page, c.box) for c in candidates if c.name in AMOUNT_FIELDS and c.box is not None]
    columns = _amount_columns(group, skip=boxes) if mends else []
    found = [m for m in mends if any(_column_adds_up(column, m[2]) for column in columns)]
    if len(found) != 1:
        return None
    name, read, value = found[0]
    source = max((c for c in candidates if c.name == name and c.value == read), key=lambda c: c.score)
    unlike = [] if _glyph_apart(read, f"{value:.2f}") else [UNLIKE_DIGITS_NOTE]
    return dataclasses.replace(
        source, value=f"{value:.2f}", repaired=True, notes=[*source.notes, MENDED_NOTE, *unlike]
    )


def _column_adds_up(column: list[Decimal], value: Decimal) -> bool:
    """Every amount of a column, two or more, adds up to `value` (its last amount left out when that is
    `value` itself, the column's total row): a share's column of the acts table, not a run of it that
    happens to make the sum (30,00 + 28,80 of the fees is no AMO's 58,80)."""
    if len(column) >= 3 and column[-1] == value:
        column = column[:-1]
    return len(column) >= 2 and sum(column, Decimal(0)) == value


GLYPH_REPAIR_CAP = 0.6  # the sums' value for one glyph misread: a clerk still checks it
COMPENSATED_CAP = 0.8  # under review's threshold: the columns outvote the shares' lines, a clerk checks
COMPENSATED_NOTE = "the acts' columns add up to another reading"


def mend_compensated_misreads(chosen: dict[str, Choice], group: list[PageResult]) -> None:
    """The four amounts add up, yet two of them were read with the same digit misread ("4 944,20" for
    4 949,20 and "3 794,36" for 3 799,36: the error cancels out in total = AMO + AMC + patient share). The
    acts table tells: down whole columns (`_column_adds_up`, the chosen amounts' own words left out) its
    amounts add up to values one digit off the chosen ones, which add up too. Those columns are more
    readings than the one line of each share: the amounts take their values, held for a clerk
    (`COMPENSATED_CAP`, after every lift), never when more than one such reading exists. Each amount mended
    takes another column's sum: a total that is also a share (100 % AMO) has one reading in the table, and
    a column that lost a row ("à,00" for 4,00) would move both alike (set 4 h401 fax fine)."""
    if not all(n in chosen and "sums agree" in chosen[n].notes for n in AMOUNT_FIELDS):
        return
    if not any(chosen[n].candidate.ocr for n in AMOUNT_FIELDS):
        return
    boxes = [(chosen[n].candidate.page, chosen[n].candidate.box) for n in AMOUNT_FIELDS]
    columns = _amount_columns(group, skip=[(page, box) for page, box in boxes if box is not None])
    sums = {sum(column, Decimal(0)) for column in columns if _column_adds_up(column, sum(column, Decimal(0)))}
    read = {n: Decimal(chosen[n].candidate.value) for n in AMOUNT_FIELDS}
    options = {n: [read[n], *(v for v in sums if _digit_apart(f"{read[n]:.2f}", f"{v:.2f}"))] for n in AMOUNT_FIELDS}
    found = []
    for combo in itertools.product(*(options[n] for n in AMOUNT_FIELDS)):
        values_ = dict(zip(AMOUNT_FIELDS, combo, strict=True))
        changed = [n for n in AMOUNT_FIELDS if values_[n] != read[n]]
        distinct = len({values_[n] for n in changed}) == len(changed)  # one column confirms one amount
        total, amo, amc, patient = combo
        if len(changed) >= 2 and "total_amount" in changed and distinct and total == amo + amc + patient:
            found.append(values_)
    if len(found) != 1:
        return
    for name, value in found[0].items():
        if value != read[name]:
            choice = chosen[name]
            mended = dataclasses.replace(choice.candidate, value=f"{value:.2f}", repaired=True)
            chosen[name] = Choice(mended, min(choice.confidence, COMPENSATED_CAP), [*choice.notes, COMPENSATED_NOTE])


def _digit_apart(read: str, wanted: str) -> bool:
    """Same length, one digit apart (any two digits: the columns, not the glyphs' likeness, say which).

    >>> _digit_apart("4944.20", "4949.20"), _digit_apart("4944.20", "4944.20"), _digit_apart("94.20", "4949.20")
    (True, False, False)
    """
    return len(read) == len(wanted) and sum(a != b for a, b in zip(read, wanted, strict=True)) == 1


def _one_glyph_off(
    chosen: dict[str, Choice], *, ghosts: bool = False, group: list[PageResult] | None = None
) -> bool:
    """The four amounts do not add up, and exactly one of them, read with one digit OCR often takes for
    another or without its comma ("7122 €" for 71,22 €, `_comma_lost`), would make them add up: that
    amount is the one misread ("A PAYER 8,00 €" for 0,00 under a total its shares already make). So is a
    share the three others make zero read with only 0s, 6s, 8s and 9s ("A PAYER 6,90 EUR" for 0,00 under
    "TOTAL 30,00", "PART AMO 18,00", "PART AMC 12,00": a slashed zero's slash read as a 6 or a 9,
    `_zero_misread`). With `ghosts` (once the other mends found nothing), when several amounts (or none)
    are so off, the one read with a zero's ghosts is (`_ghosts_only`), else the one whose words alone
    Tesseract doubted (`_doubted_only`, given the `group`). It takes the value the sums give,
    held for a clerk."""
    read = {name: Decimal(chosen[name].candidate.value) for name in AMOUNT_FIELDS}
    repairs = [
        (name, value)
        for name, value in _implied(read).items()
        if _glyph_apart(chosen[name].candidate.value, value)
        or _comma_lost(chosen[name].candidate, value)
        or _lead_zero_misread(chosen[name].candidate, value)
        or (name != "total_amount" and _zero_misread(chosen[name].candidate.value, value))
    ]
    if len(repairs) != 1 and ghosts:
        ghostly = _ghosts_only(chosen, read)
        repairs = _doubted_only(chosen, repairs, group) if not ghostly and group is not None else ghostly
    if len(repairs) != 1:
        return False
    name, value = repairs[0]
    glyph = "one digit misread" if _glyph_apart(chosen[name].candidate.value, value) else "zero misread"
    glyph = "first digit read as a zero" if _lead_zero_misread(chosen[name].candidate, value) else glyph
    note = "comma lost" if _comma_lost(chosen[name].candidate, value) else glyph
    _repair_amount(chosen, name, value, note)
    return True


_LETTER_SET_APART = re.compile(r"(?<![\w.,])[lLI|i!]\s$")  # a 1 read as a letter, then the thousands space
_GROUP_OF_THREE = re.compile(r"^\d{3}[,.]\d{2}")


def _lettered_thousands(chosen: dict[str, Choice], group: list[PageResult]) -> bool:
    """The four amounts do not add up, and one of them was read without its thousands digit, a 1 read as a
    letter set apart before the rest ("Part complémentaire L 420,00 €" for 1 420,00 €, under "Montant TTC
    1 900,00 €"): with that letter taken for the 1, the amount makes the sums add up, its other digits all
    as read. Only when exactly one amount is so; held for a clerk (nothing but the sums reads the 1)."""
    read = {name: Decimal(chosen[name].candidate.value) for name in AMOUNT_FIELDS}
    repairs = [
        (name, value)
        for name, value in _implied(read).items()
        if _one_read_as_letter(chosen[name].candidate, group, value)
    ]
    if len(repairs) != 1:
        return False
    name, value = repairs[0]
    _repair_amount(chosen, name, value, "a thousands 1 read as a letter")
    return True


def _one_read_as_letter(candidate: Candidate, group: list[PageResult], wanted: str) -> bool:
    """`wanted` is the amount read (three digits, then its cents) with a 1 before it, and on its line the
    amount follows a lone l, L, I, | or ! set a space apart: that glyph is the 1."""
    place = located(candidate, group)
    line = None if place is None else place[0].lines[place[1]]
    if line is None or not candidate.raw or not _GROUP_OF_THREE.match(candidate.raw):
        return False
    at = line.text.find(candidate.raw)
    if at < 0 or not _LETTER_SET_APART.search(line.text[:at]):
        return False
    return wanted.replace(".", "") == "1" + re.sub(r"\D", "", candidate.raw)


def _doubted_only(
    chosen: dict[str, Choice], repairs: list[tuple[str, str]], group: list[PageResult]
) -> list[tuple[str, str]]:
    """Several amounts each one confusable digit off what the others make them: when Tesseract doubted the
    words of exactly one of them and read the others' surely, that one is the misread ("Part Assurance
    Maladie 72,71€" read at 0.80 for 72,77, beside a complementary share "48,51" read at 0.97 that 48,57
    would mend as well). Not on a fax in normal resolution, where sure-looking misreads are common
    (`doubts.low_resolution`). Otherwise all of them, still ambiguous."""
    doubted = [(name, value) for name, value in repairs if not _read_surely_on(chosen[name].candidate, group)]
    return doubted if len(doubted) == 1 else repairs


def _read_surely_on(candidate: Candidate, group: list[PageResult]) -> bool:
    result = result_of(candidate, group)
    return result is not None and not low_resolution(result.page) and surely_read(candidate, result.page)


# a share's rate printed in its own label: "Part Assurance Maladie (60 % du tarif LPP)"; a scan or a fax may
# read the % sign as a Z ("(60 Z du tarif LPP)")
_SHARE_RATE = re.compile(r"(?<![\d.,])(\d{1,3}(?:[.,]\d{1,2})?)\s?(?:%|Z(?![A-Za-z]))")
RATE_MEND_DIGITS = 2  # digits of a share read otherwise than the rate makes it, at the most
RATE_MEND_NOTE = "misread, its printed rate of a printed amount"


def _rate_mend(chosen: dict[str, Choice], group: list[PageResult]) -> bool:
    """The four amounts do not add up, and a share's own label prints its rate ("Part Assurance Maladie
    (60 % du tarif LPP) 128,40 €"): that rate of an amount printed on the document (the LPP tariff 1 214,00)
    read one or two digits off the share (`_rate_apart`: 728,40, a 7 read as a 1) is its value, when
    with it the sums close, with the total read or with the total the acts' amounts down one column add
    up to (1 450,00 + 18,00 under a "Total 1 L68,00" read 68,00, the total then mended too), or that the
    total read makes with the letter glued before it taken for a digit (`_lettered_total`). Two readings
    agree on each amount mended: only when exactly one such share exists; held for a clerk."""
    read = {name: Decimal(chosen[name].candidate.value) for name in AMOUNT_FIELDS}
    printed = [Decimal(v) for v in _printed_amounts(group)]
    boxes = [(c.page, c.box) for c in (chosen[n].candidate for n in AMOUNT_FIELDS) if c.box is not None]
    columns: list[list[Decimal]] | None = None
    mends: list[tuple[str, Decimal, Decimal | None]] = []
    for name in AMOUNT_FIELDS[1:]:
        rate = _printed_rate(chosen[name].candidate, group)
        if rate is None:
            continue
        values_ = {
            wanted for amount in printed
            if (wanted := (amount * rate / 100).quantize(CENT)) == amount * rate / 100
            and _rate_apart(chosen[name].candidate.value, f"{wanted:.2f}")
        }
        if len(values_) != 1:
            continue
        value = values_.pop()
        total = value + sum((read[n] for n in AMOUNT_FIELDS[1:] if n != name), Decimal(0))
        if total == read["total_amount"]:
            mends.append((name, value, None))
            continue
        columns = _amount_columns(group, skip=boxes) if columns is None else columns
        if any(_column_adds_up(column, total) for column in columns) or _lettered_total(
            chosen["total_amount"].candidate, group, total
        ):
            mends.append((name, value, total))
    if len(mends) != 1:
        return False
    name, share, acts = mends[0]
    _repair_amount(chosen, name, f"{share:.2f}", RATE_MEND_NOTE)
    if acts is not None:
        _repair_amount(chosen, "total_amount", f"{acts:.2f}", "misread, the acts add up to it")
    return True


RATES_MEND_NOTE = "misread, its printed rate of the total"


def _shares_at_their_rates(chosen: dict[str, Choice], group: list[PageResult]) -> bool:
    """The four amounts do not add up, and both shares print their rates ("Part AMO (70 %) 17416 €",
    "Part AMC (30 %) 74.84€" under "Total 248,80 €"): each is that rate of the total read, exactly to the
    cent (174,16 and 74,64), read one glyph off it (a 6 read as an 8), one or two digits of its euros off,
    or without its comma (`_read_off`), and with those values the sums close with the patient's share as read. Each
    share is then checked twice, by its rate and by the sums, where mending one at a time (`_rate_mend`)
    cannot close them; held for a clerk."""
    total = Decimal(chosen["total_amount"].candidate.value)
    values_ = {name: Decimal(chosen[name].candidate.value) for name in AMOUNT_FIELDS[1:]}
    mended: dict[str, Decimal] = {}
    for name in ("amo_amount", "amc_amount"):
        rate = _printed_rate(chosen[name].candidate, group)
        wanted = None if rate is None else total * rate / 100
        if wanted is None or wanted != wanted.quantize(CENT):
            return False
        candidate, text = chosen[name].candidate, f"{wanted:.2f}"
        if candidate.value != text and not _read_off(candidate, text):
            return False
        if candidate.value != text:
            mended[name] = wanted
        values_[name] = wanted
    if not mended or sum(values_.values(), Decimal(0)) != total:
        return False
    for name, value in mended.items():
        _repair_amount(chosen, name, f"{value:.2f}", RATES_MEND_NOTE)
    return True


def _read_off(candidate: Candidate, wanted: str) -> bool:
    """`wanted` read one confusable digit off, one or two digits of its euros off, or without its comma."""
    read = candidate.value
    return _glyph_apart(read, wanted) or _rate_apart(read, wanted) or _comma_lost(candidate, wanted)


_LETTER_GLUED = re.compile(r"(?<![\w.,])(\d{1,3})[\s\u00a0\u202f]([A-Za-z])$")


def _lettered_total(candidate: Candidate, group: list[PageResult], total: Decimal) -> bool:
    """The total read as the end of a thousands amount whose next digit was read as a letter glued to it
    ("Total 1 L68,00 €" read 68,00): with that letter taken for the one digit that makes `total` (1 468,00),
    its other digits are all as read."""
    place = located(candidate, group)
    line = None if place is None else place[0].lines[place[1]]
    if line is None or candidate.raw not in line.text:
        return False
    glued = _LETTER_GLUED.search(line.text[: line.text.find(candidate.raw)])
    wanted = f"{total:.2f}".replace(".", "")
    read = re.sub(r"\D", "", candidate.raw)
    if glued is None or not read:
        return False
    lead = glued.group(1)
    return len(wanted) == len(lead) + 1 + len(read) and wanted.startswith(lead) and wanted.endswith(read)


def _printed_rate(candidate: Candidate, group: list[PageResult]) -> Decimal | None:
    """The one rate printed on a share's line before its amount ("(60 % du tarif LPP)"), or None."""
    place = located(candidate, group)
    if place is None:
        return None
    line = place[0].lines[place[1]]
    text = line.text
    before = text[: text.find(candidate.raw)] if candidate.raw in text else ""
    rates = [Decimal(m.group(1).replace(",", ".")) for m in _SHARE_RATE.finditer(before)]
    return rates[0] if len(rates) == 1 and 0 < rates[0] < 100 else None


def _rate_apart(read: str, wanted: str) -> bool:
    """Same length, same cents, one or two digits of the euros apart.

    >>> _rate_apart("128.40", "728.40"), _rate_apart("188.40", "728.40"), _rate_apart("728.40", "728.40")
    (True, True, False)
    >>> _rate_apart("108.40", "728.41"), _rate_apart("8.40", "728.40"), _rate_apart("100.40", "728.40")
    (False, False, False)
    """
    if len(read) != len(wanted) or read[-3:] != wanted[-3:]:
        return False
    return 0 < sum(a != b for a, b in zip(read, wanted, strict=True)) <= RATE_MEND_DIGITS


def _ghosts_only(chosen: dict[str, Choice], read: dict[str, Decimal]) -> list[tuple[str, str]]:
    """The amounts the three others make, read with 6s, 8s or 9s where that value has its 0s and
    otherwise the same ("12,69" for 12,60, "58,08" for 50,00: `_zeros_ghosted`). A fax or a photo adds
    strokes to a slashed or dotted zero; it does not wipe a 6, 8 or 9 into a clean 0. So when several
    amounts are each one confusable digit off ("Total 50,00", "Remb. AMO 12,69": a total of 50,09 or an
    AMO of 12,60), the one that read a zero's ghost is the misread."""
    return [
        (name, value)
        for name, value in _implied(read).items()
        if _zeros_ghosted(chosen[name].candidate.value, value)
    ]


def _zeros_ghosted(read: str, wanted: str) -> bool:
    """`read` is `wanted` with one or more of its 0s read as 6, 8 or 9, and nothing else different.

    >>> _zeros_ghosted("12.69", "12.60"), _zeros_ghosted("58.08", "50.00"), _zeros_ghosted("50.00", "50.09")
    (True, True, False)
    """
    if len(read) != len(wanted) or read == wanted:
        return False
    return all(a == b or (b == "0" and a in ZERO_GHOSTS) for a, b in zip(read, wanted, strict=True))


def _implied(amounts: dict[str, Decimal]) -> dict[str, str]:
    """Each amount as the three others make it (total = AMO + AMC + patient's share), when not negative."""
    total, amo, amc, patient = (amounts[n] for n in AMOUNT_FIELDS)
    implied = {
        "total_amount": amo + amc + patient,
        "amo_amount": total - amc - patient,
        "amc_amount": total - amo - patient,
        "patient_amount": total - amo - amc,
    }
    return {name: f"{value:.2f}" for name, value in implied.items() if value >= 0}


def _repair_amount(chosen: dict[str, Choice], name: str, value: str, note: str) -> None:
    choice = chosen[name]
    repaired = dataclasses.replace(choice.candidate, value=value, repaired=True)
    chosen[name] = Choice(repaired, min(choice.confidence, GLYPH_REPAIR_CAP), [*choice.notes, note])


_YEAR_OPENING = re.compile(r"2[689](\d\d)(?=[/\-])")


def mend_year_opening(chosen: dict[str, Choice]) -> None:
    """An invoice number opening on its year ("2025/617"), read "2625/617" or "2925/617": a zero with
    a slash or a dot inside, read as a 6, 8 or 9. When the invoice's date is in that year (20YY), the
    number takes the year back, held for a clerk (GLYPH_REPAIR_CAP): nothing else checks it."""
    number, issued = chosen.get("invoice_number"), chosen.get("invoice_date")
    if number is None or issued is None or not number.candidate.ocr:
        return
    match = _YEAR_OPENING.match(number.candidate.value)
    if match is None or issued.candidate.value[:4] != f"20{match.group(1)}":
        return
    value = f"20{number.candidate.value[2:]}"
    repaired = dataclasses.replace(number.candidate, value=value, repaired=True)
    held = min(number.confidence, GLYPH_REPAIR_CAP)
    chosen["invoice_number"] = Choice(repaired, held, [*number.notes, "year's 0 misread"])


# the letters opening a reference, a capital I among them read as a 1 ("CS1-2025-08-0307", "1PA25-0326"):
# a 1 followed by a letter or by the separator closing the letters, never by a digit (the number's own 1s)
_LETTERS_OPENING = re.compile(r"(?:[A-Z]|1(?=[A-Z]|[\-/_.](?=[A-Z0-9])))+")


def mend_letter_prefix(chosen: dict[str, Choice]) -> None:
    """An invoice number opening on letters ("CSI-", "IPA25-") with a 1 read among them: a capital I,
    printed as a bar, read as the digit. Letters spell the prefix of a practice's series ("CSI" for a
    centre de soins infirmiers); a 1 inside them, or closing them before the dash, is the I. Held for a
    clerk (a doubting confidence): nothing checks it.

    >>> from parsers.fields.base import Candidate
    >>> def number(value):
    ...     found = {"invoice_number": Choice(Candidate("invoice_number", value, 0.9, 1, None, value, "right",
    ...                                                  ocr=True), 0.9, [])}
    ...     mend_letter_prefix(found)
    ...     return found["invoice_number"].candidate.value, found["invoice_number"].confidence
    >>> number("CS1-2025-08-0307"), number("1PA25-0326")
    (('CSI-2025-08-0307', 0.8), ('IPA25-0326', 0.8))
    >>> number("A12-2025"), number("AB1234"), number("F1-2025"), number("2025-1AB")
    (('A12-2025', 0.9), ('AB1234', 0.9), ('F1-2025', 0.9), ('2025-1AB', 0.9))
    """
    number = chosen.get("invoice_number")
    if number is None or not number.candidate.ocr:
        return
    value = number.candidate.value
    match = _LETTERS_OPENING.match(value)
    if match is None or "1" not in match.group(0) or sum(c.isalpha() for c in match.group(0)) < 2:
        return
    if match.end() < len(value) and value[match.end()].isalpha():
        return
    fixed = match.group(0).replace("1", "I") + value[match.end() :]
    repaired = dataclasses.replace(number.candidate, value=fixed, repaired=True)
    held = min(number.confidence, LETTER_PREFIX_CAP)
    chosen["invoice_number"] = Choice(repaired, held, [*number.notes, "an I read as a 1 in its letters"])


LETTER_PREFIX_CAP = 0.8  # a glyph repair nothing checks: under the sure band

BIRTH_OFF_LABEL = 0.8  # the NIR vouches for its year and month, nothing for its day: a clerk checks it


def birth_of_the_nir(chosen: dict[str, Choice], group: list[PageResult]) -> None:
    """No birth date read under a label, and its label misread ("é(e) le 16/07/1957", "Cabinet 23 mars
    1983" where "Né(e) le" was): a date printed on the document in the year and month the NIR read
    (key valid) carries in its characters 2-5, with its day, before the care and issue dates, is the
    holder's birth date. Only when exactly one such date is printed; held for a clerk (the day unchecked).
    An issue date taken in that year and month, years before the care date, was that birth date, its
    label garbled with the rest of a fax's column heads ("ROCHE Jean-François 14.08.1953 153 08 29 ...",
    set 27 p106, normal fax): no issue date, the birth date it is.
    """
    nir_choice = chosen.get("nir")
    if "patient_birth_date" in chosen or nir_choice is None or nir_choice.candidate.repaired:
        return
    number = nir_choice.candidate.value
    if len(number) != 15 or not number[:5].isdigit() or not 1 <= int(number[3:5]) <= 12:
        return
    issued, care = chosen.get("invoice_date"), chosen.get("care_date")
    if (
        issued is not None
        and care is not None
        and (issued.candidate.value[2:4], issued.candidate.value[5:7]) == (number[1:3], number[3:5])
        and int(issued.candidate.value[:4]) < int(care.candidate.value[:4]) - 1
    ):
        del chosen["invoice_date"]
    later = [chosen[n].candidate.value for n in ("care_date", "invoice_date") if n in chosen]
    found: dict[str, tuple[PageResult, Line, values.Match]] = {}
    for result in group:
        for line in result.scan.lines:
            for match in values.find_dates(line.text):
                year, month = match.value[2:4], match.value[5:7]
                if (year, month) != (number[1:3], number[3:5]) or not match.raw[:1].isdigit():
                    continue
                if all(match.value < other for other in later):
                    found.setdefault(match.value, (result, line, match))
    if not found:
        found = _century_misread_births(group, number, later)
    if len(found) != 1:
        return
    value, (result, line, match) = found.popitem()
    candidate = Candidate(
        "patient_birth_date", value, 0.5, line.page, None, match.raw, "pattern", ocr=line.source == "ocr"
    )
    chosen["patient_birth_date"] = Choice(candidate, BIRTH_OFF_LABEL, ["the NIR's year and month, unlabelled"])


# a date whose year no birth can have, its century's digits misread ("21/04/1358" for 21/04/1958 on a fax);
# a fax may set a space before or after a separator ("02/03 /1345", as `values.SPACED_DATE_RE`)
_CENTURY_MISREAD = re.compile(
    r"(?<![\d/.\-])(\d{2}) ?([/.\-]) ?(\d{2}) ?\2 ?([12])(\d)(\d{2})(?![\d/\-]|[.,]\d)"
)


def _century_misread_births(
    group: list[PageResult], number: str, later: list[str]
) -> dict[str, tuple[PageResult, Line, values.Match]]:
    """The dates printed with an impossible year (not 19YY nor 20YY: "21/04/1358") whose month and last
    two digits of the year are the NIR's (characters 2-5): the century's second digit misread (9 or 0),
    its first read (1 or 2) telling which century; before the care and issue dates. Set 30 o110 (fax
    fine): "Né(e) le 21/04/1358" beside the NIR "1 58 04 ...", no birth date found."""
    found: dict[str, tuple[PageResult, Line, values.Match]] = {}
    for result in group:
        for line in result.scan.lines:
            if line.source != "ocr":
                continue
            for m in _CENTURY_MISREAD.finditer(line.text):
                day, month, first, second, year = m.group(1, 3, 4, 5, 6)
                if (first, second) in (("1", "9"), ("2", "0")) or (year, month) != (number[1:3], number[3:5]):
                    continue
                value = f"{'19' if first == '1' else '20'}{year}-{month}-{day}"
                if not _calendar_day(value) or not all(value < other for other in later):
                    continue
                match = values.Match(value, m.start(), m.end(), m.group(0))
                found.setdefault(value, (result, line, match))
    return found


def _total_and_share_off(chosen: dict[str, Choice], group: list[PageResult]) -> bool:
    """Two amounts misread on one fax ("Total 60,09 €" and "Reste à charge 8,00 €" for 60,00 and 0,00): the
    total read is one digit OCR confuses away from an amount printed elsewhere on the document (its one
    act, "60,00"), and with that total a share read one such digit away, or a zero read as 6s, 8s and 9s
    ("0,99", "06,90"), makes the sums add up. Only when one such pair exists, or one with the share a zero
    (most bills paid by tiers payant leave the patient nothing); both held for a clerk. No printed amount
    so: the acts' amounts, two or more running down one column, may add up to the total ("65,00" and
    "55,00" over "Total des honoraires 128,00" and an AMC share "60,90" for 120,00 and 60,00), the amounts'
    own words left out."""
    boxes = [(c.page, c.box) for c in (chosen[n].candidate for n in AMOUNT_FIELDS) if c.box is not None]
    pairs = _total_share_pairs(chosen, set(_printed_amounts(group))) or _total_share_pairs(
        chosen, _run_sums(group, boxes)
    )
    if len(pairs) > 1:
        pairs = {pair for pair in pairs if pair[2] == "0.00"}
    if len(pairs) != 1:
        return False
    total, name, value = pairs.pop()
    _repair_amount(chosen, "total_amount", total, "one digit misread, as printed elsewhere")
    _repair_amount(chosen, name, value, "one digit misread" if value != "0.00" else "zero misread")
    return True


def _total_share_pairs(chosen: dict[str, Choice], totals: set[str]) -> set[tuple[str, str, str]]:
    """(total, share, value): a total one confusable digit off the total read, and a share one such digit
    (or a zero's ghosts) off what the sums make it with that total."""
    read = {name: Decimal(chosen[name].candidate.value) for name in AMOUNT_FIELDS}
    pairs = set()
    for total in totals:
        if not _glyph_apart(chosen["total_amount"].candidate.value, total):
            continue
        for name, value in _implied({**read, "total_amount": Decimal(total)}).items():
            share = chosen[name].candidate.value
            if name != "total_amount" and (_glyph_apart(share, value) or _zero_misread(share, value)):
                pairs.add((total, name, value))
    return pairs


def _run_sums(group: list[PageResult], skip: Sequence[PlacedBox]) -> set[str]:
    """What two or more amounts running down one column add up to, for every such run, the amounts in the
    `skip` boxes (the shares' and the total's own words) left out."""
    sums = set()
    for column in _amount_columns(group, skip=skip):
        for start in range(len(column)):
            running = column[start]
            for amount in column[start + 1 :]:
                running += amount
                sums.add(f"{running:.2f}")
    return sums


def _zero_and_share_off(chosen: dict[str, Choice]) -> None:
    """Two shares misread under a total read right ("659,29" and "0,99" for 659,20 and 0,00): one share a
    zero read as 6s, 8s and 9s, and with it at zero another share one digit OCR confuses away from what
    the sums call for. Only when one such pair exists; both held for a clerk."""
    read = {name: Decimal(chosen[name].candidate.value) for name in AMOUNT_FIELDS}
    pairs = set()
    for zero in AMOUNT_FIELDS[1:]:
        if not _zero_misread(chosen[zero].candidate.value, "0.00"):
            continue
        for name, value in _implied({**read, zero: Decimal(0)}).items():
            if name not in ("total_amount", zero) and _glyph_apart(chosen[name].candidate.value, value):
                pairs.add((zero, name, value))
    if len(pairs) != 1:
        return
    zero, name, value = pairs.pop()
    _repair_amount(chosen, zero, "0.00", "zero misread")
    _repair_amount(chosen, name, value, "one digit misread")


def _zero_misread(read: str, wanted: str) -> bool:
    """A zero amount whose 0s a fax made 6s, 8s or 9s ("0,99", "06,90", "8,00").

    >>> _zero_misread("0.99", "0.00"), _zero_misread("6.90", "0.00"), _zero_misread("1.90", "0.00")
    (True, True, False)
    """
    return wanted == "0.00" and read != wanted and set(read.replace(".", "")) <= set("0689")


def _comma_lost(candidate: Candidate, wanted: str) -> bool:
    """An amount printed with its cents but read without its comma ("7122 €" for 71,22 €): the digits
    read are the wanted amount's, all of them, and the reading holds no separator.

    >>> c = Candidate("amc_amount", "7122.00", 0.3, 1, None, "7122 €", "right")
    >>> _comma_lost(c, "71.22"), _comma_lost(c, "7.12"), _comma_lost(c, "7122.00")
    (True, False, False)
    """
    digits = re.sub(r"\D", "", candidate.raw)
    return (
        not re.search(r"\d[.,]\d", candidate.raw)
        and candidate.value.endswith(".00")
        and wanted != candidate.value
        and digits == wanted.replace(".", "")
    )


def _lead_zero_misread(candidate: Candidate, wanted: str) -> bool:
    """An amount read with a 0 for its first digit ("Total TTC : 074,40 €" for 574,40 €): no amount is
    printed with a leading zero before its units, so that 0 is a misread digit; the others are the
    wanted amount's, all of them.

    >>> c = Candidate("total_amount", "74.40", 0.3, 1, None, "074,40 €", "right")
    >>> _lead_zero_misread(c, "574.40"), _lead_zero_misread(c, "74.40"), _lead_zero_misread(c, "584.40")
    (True, False, False)
    """
    digits = re.sub(r"\D", "", candidate.raw)
    wanted_digits = wanted.replace(".", "")
    return (
        re.match(r"^\D*0\d", candidate.raw) is not None
        and len(digits) == len(wanted_digits)
        and wanted_digits[0] != "0"
        and digits[1:] == wanted_digits[1:]
    )


def _glyph_apart(read: str, wanted: str) -> bool:
    """Same length, one digit apart, and those two digits a pair OCR confuses.

    >>> _glyph_apart("8.00", "0.00"), _glyph_apart("10.92", "10.02"), _glyph_apart("12.00", "13.00")
    (True, True, False)
    """
    if len(read) != len(wanted):
        return False
    differ = [(a, b) for a, b in zip(read, wanted, strict=True) if a != b]
    return len(differ) == 1 and frozenset(differ[0]) in CONFUSED_DIGITS


SUMS_FLOOR = 0.9


def _sums_floor(candidate: Candidate, confidence: float) -> float:
    """The arithmetic pins every digit of amounts that were each the first reading of their own exact
    label: a poor OCR word confidence no longer says anything about them."""
    if candidate.label_weight >= EXACT_LABEL and candidate.how != "pattern":
        return max(confidence, SUMS_FLOOR)
    return confidence


NIR_BIRTH_FLOOR = 0.9
BIRTH_AGREE_FLOOR = 0.5  # a value read under this is not raised by the agreement (unless a key checks it)


def check_nir_birth(chosen: dict[str, Choice]) -> None:
    """A NIR carries its holder's birth year and month (characters 2-5). When the NIR read (key valid)
    and the birth date read elsewhere on the page agree, two independent reads confirm
    each other: both are raised. A mismatch proves nothing (an ayant droit's invoice prints the parent's
    NIR), so nothing is lowered. A NIR repaired in one character ("O4" read for "04", a sex digit the fax
    lost, a zero's slash read as a digit of its own) still counts: its key validates the repair, whatever
    the repair cost its reading score (`ids.NIR_GUESS_VALIDITY`); it stays under the "sure" band (its cap).

    Why (session 19): the fax fine of sets 10 v106, 15 a103 and 17 c108 were held only by such a NIR, its
    birth date agreeing. Over every open set (samples, 1-26), 33 NIRs are repaired, all right; 28 agree with
    the birth date now (5 more: 4 fax fine, 1 fax normal), none wrong."""
    nir_choice, birth = chosen.get("nir"), chosen.get("patient_birth_date")
    if nir_choice is None or birth is None or _repairs(nir_choice.candidate) > 1:
        return
    number, date = nir_choice.candidate.value, birth.candidate.value
    if len(number) != 15 or len(date) != 10 or number[1:5] != date[2:4] + date[5:7]:
        return
    for name, choice in (("nir", nir_choice), ("patient_birth_date", birth)):
        keyed = name == "nir" and choice.candidate.repaired  # the key checks every digit of the repair
        if (choice.confidence < BIRTH_AGREE_FLOOR and not keyed) or "ambiguous" in choice.notes:
            continue
        raised = max(choice.confidence, min(field_cap(choice.candidate), NIR_BIRTH_FLOOR))
        chosen[name] = Choice(choice.candidate, raised, [*choice.notes, "NIR and birth date agree"])


BIRTH_OFF_CAP = 0.8


def doubt_birth_off_nir(chosen: dict[str, Choice]) -> None:
    """The NIR's birth year and month (characters 2-5) and an OCR-read birth date one digit apart
    ("2 90 04 ..." and "07/01/1990"): another person's NIR (a parent's, on a child's invoice) is years
    apart, not one digit, so one of the two reads is off, most likely the date (the NIR's key checks
    its digits). The birth date is held under the sure band; nothing checks which digit is right.

    >>> from parsers.fields.base import Candidate
    >>> def chosen(number, date):
    ...     read = [Candidate(n, v, 0.9, 1, None, v, "right", ocr=True) for n, v in (
    ...         ("nir", number), ("patient_birth_date", date))]
    ...     return {c.name: Choice(c, 0.92, []) for c in read}
    >>> off, same, parent = (chosen("290049956145243", d) for d in ("1990-01-07", "1990-04-07", "2015-04-07"))
    >>> for found in (off, same, parent):
    ...     doubt_birth_off_nir(found)
    >>> [found["patient_birth_date"].confidence for found in (off, same, parent)]
    [0.8, 0.92, 0.92]
    """
    nir_choice, birth = chosen.get("nir"), chosen.get("patient_birth_date")
    if nir_choice is None or birth is None or not birth.candidate.ocr:
        return
    number, date = nir_choice.candidate.value, birth.candidate.value
    if len(number) != 15 or len(date) != 10 or not number[1:5].isdigit() or int(number[3:5]) > 12:
        return
    if sum(a != b for a, b in zip(number[1:5], date[2:4] + date[5:7], strict=True)) != 1:
        return
    held = birth.held(BIRTH_OFF_CAP, "one digit off the NIR's")
    last = frozenset((date[3], number[2]))
    if date[3] != number[2] and last in CONFUSED_DIGITS and not nir_choice.candidate.repaired:
        # the year's last digit, one OCR confuses ("1956" read for 1958 beside "1 58 04 ..."): a person born
        # under ten years apart in the same month is no parent; the NIR's key checks its digit, the date's
        # nothing: the NIR's digit is taken, still held (set 30 o110, fax normal)
        mended = dataclasses.replace(birth.candidate, value=f"{date[:3]}{number[2]}{date[4:]}", repaired=True)
        held = Choice(mended, held.confidence, [*held.notes, "year's last digit from the NIR"])
    elif _month_digit_lost(birth.candidate.raw, number[3:5]):
        mended = dataclasses.replace(birth.candidate, value=f"{date[:5]}{number[3:5]}{date[7:]}", repaired=True)
        held = Choice(mended, held.confidence, [*held.notes, "month's lost digit from the NIR"])
    chosen["patient_birth_date"] = held


_ONE_DIGIT_MONTH = re.compile(r"^\s*\d{2}\s*[/.-]\s*(\d)\s*[/.-]\s*\d{4}\s*$")


def _month_digit_lost(raw: str, month: str) -> bool:
    """A birth date read with a month of one digit between a day of two and a year of four ("04/1/1934"):
    no one prints a date so, a glyph of a two-digit month was lost ("11" read "1"), and the NIR's month
    (one digit off the date's, `doubt_birth_off_nir`) is that digit and one more: its month is taken,
    still held under the sure band (nothing but the NIR reads the lost digit).

    >>> _month_digit_lost("04/1/1934", "11"), _month_digit_lost("04/01/1934", "11"), _month_digit_lost("4/1/1934", "11")
    (True, False, False)
    """
    found = _ONE_DIGIT_MONTH.match(raw or "")
    return found is not None and month[0] != "0" and found.group(1) in month


def one_supplied_or_dropped(raw: str, value: str) -> bool:
    """`value` is `raw` with one character more or one less, the others read in order: a NIR's sex digit
    the fax lost ("62 08 99 516 220 07"), a zero's slash read as a digit of its own ("1 64 901 93 ...").

    >>> one_supplied_or_dropped("62089951622007", "162089951622007")
    True
    >>> one_supplied_or_dropped("1649019365561946", "164019365561946")
    True
    >>> one_supplied_or_dropped("164019365561946", "164019365561946"), one_supplied_or_dropped("6208", "162007")
    (False, False)
    """
    shorter, longer = sorted((raw, value), key=len)
    return one_too_many(longer, shorter)


def _repairs(candidate: Candidate) -> int:
    """How many characters an OCR repair changed (0 when not repaired; many when unknown)."""
    if not candidate.repaired:
        return 0
    raw = re.sub(r"\s", "", candidate.raw)
    if one_supplied_or_dropped(raw, candidate.value):
        return 1
    if len(raw) != len(candidate.value):
        return len(candidate.value)
    changed = [(a, b) for a, b in zip(raw.upper(), candidate.value.upper(), strict=True) if a != b]
    if any(a.isdigit() and b.isdigit() for a, b in changed):
        return len(candidate.value)  # a digit read for another ("62" for "02"): only the key vouches for it
    return len(changed)


def check_partial_sums(
    candidates: list[Candidate], chosen: dict[str, Choice], printed: dict[str, Candidate],
    group: list[PageResult] | None = None,
) -> None:
    """Three of the four amounts read, the fourth missing: the fourth is taken only when a value the
    sums call for is printed on the document (a weak candidate for that field first, else any amount
    printed there). Never invented: an amount that is not printed stays absent."""
    missing = [n for n in AMOUNT_FIELDS if n not in chosen]
    if len(missing) != 1 or any("ambiguous" in chosen[n].notes for n in AMOUNT_FIELDS if n in chosen):
        return
    name = missing[0]
    known = {n: Decimal(chosen[n].candidate.value) for n in AMOUNT_FIELDS if n in chosen}
    if name == "total_amount":
        expected = sum(known.values(), Decimal(0))
    else:
        expected = known["total_amount"] - sum(v for n, v in known.items() if n != "total_amount")
    if expected < 0:
        return
    wanted = f"{expected:.2f}"
    labelled = [c for c in candidates if c.name == name and c.value == wanted]
    if not labelled and name == "total_amount" and _acts_add_up(expected, chosen, group):
        _total_from_acts(wanted, chosen)
        return
    if not labelled and wanted not in printed and _zero_ghost_missing(chosen, name, expected, printed):
        return
    if labelled:
        top = max(labelled, key=lambda c: c.score)
        confidence = min(field_cap(top), max(top.score, 0.5) + (1 - max(top.score, 0.5)) * 0.6)
        chosen[name] = Choice(top, confidence, ["sums agree"])
    elif name == "total_amount" and (row := _total_in_shares_row(chosen, expected, group)) is not None:
        chosen[name] = Choice(
            Candidate(name, wanted, 0.6, row.page, None, row.raw, "sums", ocr=row.ocr),
            ROW_TOTAL,
            [ROW_TOTAL_NOTE],
        )
    elif wanted in printed and Decimal(wanted) != 0:
        found = printed[wanted]
        chosen[name] = Choice(
            Candidate(name, wanted, 0.6, found.page, found.box, found.raw, "sums", ocr=found.ocr),
            0.6 if name == "total_amount" else 0.8,
            ["inferred from the sums"],
        )
        return  # an unlabelled amount that fits: no evidence for the three others
    elif name in SHARE_FIELDS and expected != 0 and (rated := _rated_share_label(name, group)) is not None:
        if abs(rated[1] * known["total_amount"] / 100 - expected) < CENT:  # the share rounded to the cent
            page, raw = rated[0]
            chosen[name] = Choice(
                Candidate(name, wanted, 0.6, page, None, raw, "sums", ocr=True), RATED_SHARE_CAP, [RATED_SHARE_NOTE]
            )
        else:
            return
    elif expected != 0 or name == "total_amount":
        return
    elif (zero := _zero_beside_shares(chosen, group)) is not None:  # printed nil where the three are
        chosen[name] = Choice(
            Candidate(name, wanted, 0.6, zero.page, None, zero.raw, "sums", ocr=zero.ocr),
            ZERO_BESIDE_SHARES,
            ["inferred from the sums"],
        )
    # else: the missing share is not printed and the three read add up without it (no AMC, say)
    for other in AMOUNT_FIELDS:
        if other != name:
            choice = chosen[other]
            chosen[other] = _sums_agree(choice, _sums_floor(choice.candidate, lift(choice.confidence, 0.5)))


# The three shares read on one row of a grid, under their headings, and that row printing one more amount,
# the sum of the three, to the cent ("500,00 € 120,00 € 72,00 € 330,00 € 98,00 €" under "Honoraires |
# Base de rembours. | Remb. AMO | Prise en charge AMC | Reste à charge"): that amount is the total, its
# heading no total's label ("Honoraires"). Four amounts of one row agreeing to the cent are a second
# reading of all four, which an amount printed anywhere else on the page is not (0.6).
ROW_TOTAL = 0.9
ROW_TOTAL_NOTE = "the shares' row prints their sum"


def _total_in_shares_row(
    chosen: dict[str, Choice], expected: Decimal, group: list[PageResult] | None
) -> Candidate | None:
    """The amount `expected` (the sum of the three shares read) printed on the one line that holds all
    three shares, beside them: one more time than the shares themselves are worth it (a 100 % share is
    the total's value too). None when not so."""
    shares = [chosen[n].candidate for n in AMOUNT_FIELDS[1:] if n in chosen]
    if expected <= 0 or group is None or len(shares) != 3 or any(c.box is None for c in shares):
        return None
    if len({c.page for c in shares}) != 1 or (result := result_of(shares[0], group)) is None:
        return None
    rows = {line_of(result.scan, c) for c in shares}
    if len(rows) != 1 or (index := rows.pop()) is None:
        return None
    line = result.scan.lines[index]
    amounts = values.find_amounts(line.text)
    if len(amounts) < 4:
        return None
    found = [m for m in amounts if Decimal(m.value) == expected]
    if len(found) <= sum(Decimal(c.value) == expected for c in shares):
        return None
    return Candidate("amount", found[0].value, 0.0, line.page, None, found[0].raw, "printed", ocr=line.source == "ocr")


# A share whose amount was lost ("Part AMC (40 %)" and nothing after) stays under review's threshold: no amount
# read, the sums and the rate agree on it. The three amounts read are confirmed by that agreement as by any
# share the sums find printed (set 23 i102, fax: "Total du relevé 181,00", AMO 108,60, nil reste à charge):
# the rate of the total, to the cent, is what the total less the two shares read leaves, which a total or a
# share read one digit off would not give (40 % of 181,00 is 72,40; of 187,00, 74,80 against 78,40).
RATED_SHARE_CAP = 0.8
RATED_SHARE_NOTE = "inferred from the sums and its printed rate"


def _rated_share_label(name: str, group: list[PageResult] | None) -> tuple[tuple[int, str], Decimal] | None:
    """The one line on the pages opening with a share's label and printing its rate, no amount after it
    ("Part AMC (40 %)", its amount lost on a fax): the page and line, and the rate. The sums then say its
    amount, and the rate of the total read must say the same to the cent (`check_partial_sums`). None when
    not so."""
    lines = [
        ((result.page.number, result.scan.lines[index].text), rates)
        for result in group or []
        for index, hits in result.scan.hits.items()
        if any(h.kind == name and _opens_line(result.scan.lines[index], h) for h in hits)
        and len(rates := [m.group(1) for m in _SHARE_RATE.finditer(result.scan.lines[index].text)]) == 1
    ]
    if len(lines) != 1 or values.find_amounts(lines[0][0][1]):
        return None
    rate = Decimal(lines[0][1][0].replace(",", "."))
    return (lines[0][0], rate) if 0 < rate < 100 else None


def _opens_line(line: Line, hit: LabelHit) -> bool:
    """The label opens its line, or follows only a spreadsheet's row number or a table's rules ("25 | Part
    AMO 60%")."""
    return all(not re.search(r"[^\W\d_]", w.text) for w in line.words[: hit.first_word])


GHOST_LIMIT = Decimal(10)


def _zero_ghost_missing(
    chosen: dict[str, Choice], name: str, expected: Decimal, printed: dict[str, Candidate]
) -> bool:
    """Three amounts read, one missing, and what the sums call for printed nowhere: a share read as a
    zero's ghost ("Reste à payer 9,00" for 0,00, a fax's 0 read as a 9), put back to zero, makes the
    sums call for an amount printed on the document ("Total 49,66" and the maternity's 100 % share
    unread: 49,66). Only when one such share exists; the zero and the amount inferred are held for a
    clerk (`GLYPH_REPAIR_CAP`)."""
    options = []
    for zero in AMOUNT_FIELDS[1:]:
        if zero == name or not _zero_misread(chosen[zero].candidate.value, "0.00"):
            continue
        read = Decimal(chosen[zero].candidate.value)
        if read >= GHOST_LIMIT:
            continue  # "60,00" is no "0,00" misread: a zero's ghost keeps its one digit of euros
        value = expected - read if name == "total_amount" else expected + read
        if value > 0 and f"{value:.2f}" in printed:
            options.append((zero, f"{value:.2f}"))
    if len(options) != 1:
        return False
    zero, wanted = options[0]
    _repair_amount(chosen, zero, "0.00", "zero misread")
    found = printed[wanted]
    chosen[name] = Choice(
        Candidate(name, wanted, 0.6, found.page, found.box, found.raw, "sums", ocr=found.ocr),
        GLYPH_REPAIR_CAP,
        ["inferred from the sums", "zero misread"],
    )
    return True


ZERO_BESIDE_SHARES = 0.8  # its label unread: the sums and its place say what it is, a clerk may check


def _zero_beside_shares(chosen: dict[str, Choice], group: list[PageResult] | None) -> Candidate | None:
    """The missing share the sums make nil, printed where the three others are: a "0,00 €" in the row of
    the three amounts read (a grid: "143,12 € 85,87 € 57,25 € 0,00 €" under its headings), or alone on
    the line just over or under the lines of the three, as they are one per line ("Resic à charge 0,00 €",
    its label misread). A zero printed elsewhere on the page says nothing: the share stays absent."""
    known = [chosen[n].candidate for n in AMOUNT_FIELDS if n in chosen]
    if group is None or any(c.box is None for c in known) or len({c.page for c in known}) != 1:
        return None
    result = result_of(known[0], group)
    if result is None:
        return None
    lines = result.scan.lines
    rows = {line_of(result.scan, c) for c in known}
    if None in rows:
        return None
    indices = sorted(i for i in rows if i is not None)
    if len(indices) == 1:
        places = indices
    elif indices == list(range(indices[0], indices[-1] + 1)) and len(indices) == len(known):
        places = [i for i in (indices[0] - 1, indices[-1] + 1) if 0 <= i < len(lines)]
    else:
        return None
    raws = {c.raw for c in known}
    zeros: list[tuple[int, values.Match]] = []
    for index in places:
        amounts = values.find_amounts(lines[index].text)
        others = [m for m in amounts if Decimal(m.value) != 0]
        if len(indices) > 1 and others:
            continue  # a line of its own amount only: not another row of the table
        zeros.extend((index, m) for m in amounts if Decimal(m.value) == 0 and m.raw not in raws)
        if not amounts:
            zeros.extend((index, m) for m in lettered_zeros(lines[index].text))
        elif len(indices) == 1:  # a grid's row: "TOTAL 480,00 000 360,00 120,00", the nil share's comma lost
            zeros.extend((index, m) for m in comma_lost_zeros(lines[index].text))
    if len(zeros) != 1:
        return None
    index, match = zeros[0]
    line = lines[index]
    return Candidate("amount", match.value, 0.0, line.page, None, match.raw, "printed", ocr=line.source == "ocr")


# a nil share read with a letter O for one of its 0s, no comma nor sign left ("resté O0 — tiers payant")
_LETTERED_ZERO = re.compile(r"(?<![\w.,])(?=[0O]*O)(?=[0O.,]*0)[0O]{2,3}(?:[.,][0O]{2})?(?![\w.,])")


_COMMA_LOST_ZERO = re.compile(r"(?<![\w.,])000(?![\w.,]|\s?%)")


def comma_lost_zeros(text: str) -> list[values.Match]:
    """A nil amount read without its comma ("000" for 0,00) between the amounts of a grid's row: no amount
    for `find_amounts` (no comma, no sign), a nil amount only where a nil share is looked for.

    >>> [m.raw for m in comma_lost_zeros("TOTAL 480,00 000 360,00 120,00")], comma_lost_zeros("1 000,00 € 0000")
    (['000'], [])
    """
    return [values.Match("0.00", m.start(), m.end(), m.group(0)) for m in _COMMA_LOST_ZERO.finditer(text)]


def lettered_zeros(text: str) -> list[values.Match]:
    """Zeros read with a letter O for a 0 and a digit 0 beside ("O0", "0O", "OO,00"): no amount for `find_amounts` (a
    letter, no sign), a nil amount only where a nil share is looked for (`_zero_beside_shares`).

    >>> [m.raw for m in lettered_zeros("resté O0 — tiers payant")], lettered_zeros("BOO 00 OO O")
    (['O0'], [])
    """
    return [values.Match("0.00", m.start(), m.end(), m.group(0)) for m in _LETTERED_ZERO.finditer(text)]


SHARE_OVER_CAP = 0.6  # a share above its total: one of the two is misread, nothing says which
SHARE_OVER_NOTE = "a share above the total"
SHARE_OVER_REASON = "Une part lue dépasse le montant total : montants à vérifier"


def doubt_share_over_total(chosen: dict[str, Choice]) -> dict[str, str]:
    """A share (AMO, AMC, the patient's) read above the total it is part of: no invoice prints that, so
    one of the two was misread ("20000 €" for 200,00 € under "Total TTC 574,40 €", its comma lost), and
    nothing says which. Both held for a clerk, the total required: the document goes to a clerk, told
    why. (All four read and not adding up are `check_sums`'s; its mends come first, as do
    `mend_share_over_total`'s.) Measured (session 17, every open set): two shares so read, both wrong
    (set 23 i105 and set 14 z104, normal faxes, one held at 0.88 before); no document lost its way
    straight through."""
    total = chosen.get("total_amount")
    if total is None:
        return {}
    over = [
        name for name in AMOUNT_FIELDS[1:]
        if name in chosen and Decimal(chosen[name].candidate.value) > Decimal(total.candidate.value)
    ]
    if not over:
        return {}
    for name in [*over, "total_amount"]:
        chosen[name] = chosen[name].held(SHARE_OVER_CAP, SHARE_OVER_NOTE)
    return {"total_amount": SHARE_OVER_REASON}


def mend_share_over_total(chosen: dict[str, Choice], printed: dict[str, Candidate]) -> None:
    """Three amounts read, one missing, and a share read above the total it is part of: it is misread.
    Read without its comma ("1110 €" for 11,10 €, `_comma_lost`), it is mended when, with it, the amount
    the sums then call for in the missing place is printed on the document (`check_partial_sums` takes
    it next): the sums close again. Held for a clerk, as every amount mended."""
    missing = [n for n in AMOUNT_FIELDS if n not in chosen]
    if "total_amount" not in chosen or len(missing) != 1:
        return
    total = Decimal(chosen["total_amount"].candidate.value)
    for name in AMOUNT_FIELDS[1:]:
        choice = chosen.get(name)
        if choice is None or Decimal(choice.candidate.value) <= total:
            continue
        digits = re.sub(r"\D", "", choice.candidate.raw)
        value = f"{Decimal(digits or 0) / 100:.2f}"
        if not _comma_lost(choice.candidate, value):
            continue
        shares = [Decimal(chosen[n].candidate.value) for n in AMOUNT_FIELDS[1:] if n in chosen and n != name]
        wanted = total - Decimal(value) - sum(shares, Decimal(0))
        if wanted > 0 and f"{wanted:.2f}" in printed:
            _repair_amount(chosen, name, value, "comma lost")
        return


DEBT_AS_TOTAL_CAP = 0.8  # the sums and the layout say it, not its label: a clerk checks
DEBT_AS_TOTAL_NOTE = "the amount due heads the shares: the total"


def debt_as_total(chosen: dict[str, Choice], group: list[PageResult]) -> None:
    """No total read, and the patient's share read after a debt's label over the two shares it would
    leave out ("Montant dû 111,42 €" / "Pris en charge AMO 77,99 €" / "Pris en charge AMC 33,43 €" /
    "Solde patient 0,00 €", its own label unread): the two shares add up to it to the cent, and a nil
    amount is printed next to the three lines (`_zero_beside_shares`). The amount due heads the stack
    as its total, and the nil amount is the patient's share. Both held for a clerk."""
    if "total_amount" in chosen or not all(n in chosen for n in AMOUNT_FIELDS[1:]):
        return
    due = chosen["patient_amount"].candidate
    shares = Decimal(chosen["amo_amount"].candidate.value) + Decimal(chosen["amc_amount"].candidate.value)
    if due.how in ("pattern", "sums") or Decimal(due.value) == 0 or abs(Decimal(due.value) - shares) > CENT:
        return
    zero = _zero_beside_shares(chosen, group)
    if zero is None:
        return
    total = dataclasses.replace(due, name="total_amount")
    chosen["total_amount"] = Choice(total, min(chosen["patient_amount"].confidence, DEBT_AS_TOTAL_CAP),
                                    [DEBT_AS_TOTAL_NOTE])
    nil = Candidate("patient_amount", "0.00", 0.6, zero.page, None, zero.raw, "sums", ocr=zero.ocr)
    chosen["patient_amount"] = Choice(nil, DEBT_AS_TOTAL_CAP, ["inferred from the sums", DEBT_AS_TOTAL_NOTE])


SHARES_PAST_TOTAL_NOTE = "shares past the total: read otherwise"


def mend_shares_past_total(
    candidates: list[Candidate], chosen: dict[str, Choice], printed: dict[str, Candidate]
) -> None:
    """Three amounts read, one share missing, and the two shares read adding up past the total: one at
    least is misread ("Part mutuelle 25, 50 EUR" read 50,00 €, the euros set apart by a split after the
    comma). Each share's alternative readings right of its label (`candidates.ALTERNATIVE_AMOUNT_NOTES`)
    are tried: the fewest of them that leave in the missing place an amount printed on the document (not
    nil) are taken, when they are the only such choice; `check_partial_sums` takes that amount next, the
    sums closed again. Held for a clerk, as every amount mended (`GLYPH_REPAIR_CAP`)."""
    missing = [n for n in AMOUNT_FIELDS if n not in chosen]
    if "total_amount" not in chosen or len(missing) != 1 or missing[0] == "total_amount":
        return
    shares = [n for n in AMOUNT_FIELDS[1:] if n in chosen]
    total = Decimal(chosen["total_amount"].candidate.value)
    if sum((Decimal(chosen[n].candidate.value) for n in shares), Decimal(0)) <= total:
        return
    options = {
        n: [chosen[n].candidate, *(
            c for c in candidates
            if c.name == n and c.value != chosen[n].candidate.value and set(c.notes) & set(ALTERNATIVE_AMOUNT_NOTES)
        )]
        for n in shares
    }
    fits: list[tuple[int, tuple[Candidate, ...]]] = []
    for combo in itertools.product(*(options[n] for n in shares)):
        rest = total - sum((Decimal(c.value) for c in combo), Decimal(0))
        if rest > 0 and f"{rest:.2f}" in printed:
            fits.append((sum(c is not chosen[n].candidate for n, c in zip(shares, combo, strict=True)), combo))
    fewest = min((mends for mends, _ in fits), default=0)
    best = {tuple(c.value for c in combo): combo for mends, combo in fits if mends == fewest}
    if fewest == 0 or len(best) != 1:
        return
    for name, candidate in zip(shares, next(iter(best.values())), strict=True):
        if candidate is not chosen[name].candidate:
            choice = chosen[name]
            chosen[name] = Choice(
                candidate, min(choice.confidence, GLYPH_REPAIR_CAP), [*choice.notes, SHARES_PAST_TOTAL_NOTE]
            )


def _sums_agree(choice: Choice, confidence: float) -> Choice:
    """An amount the sums confirm, raised to `confidence` (capped below certainty for an OCR reading)."""
    cap = 0.97 if choice.candidate.ocr else MAX_CONFIDENCE
    if _misread(choice.candidate):
        cap = min(cap, GLYPH_REPAIR_CAP)
    return Choice(choice.candidate, min(cap, confidence), [*choice.notes, "sums agree"])


def _misread(candidate: Candidate) -> bool:
    """An amount's alternative reading (`candidates.MISREAD_AMOUNT_NOTES`: its comma lost, its euro sign
    read as a 6): the sums may choose it, but it stays a repair a clerk checks (as `_one_glyph_off`'s)."""
    return bool(set(candidate.notes) & set(MISREAD_AMOUNT_NOTES))


TOTAL_FROM_ACTS = 0.9  # the shares, each read after its own exact label, and the acts' amounts agree
TOTAL_FROM_ACTS_NOTE = "shares and acts add up"


def _acts_add_up(expected: Decimal, chosen: dict[str, Choice], group: list[PageResult] | None) -> bool:
    """The total is not read, but the three shares read after their own exact labels add up to what the
    acts' amounts down one column add up to: two independent readings of the same sum (a fax that lost the
    total's line; "Total .......... ss. ss."). The shares' own words are not acts."""
    shares = [chosen[n] for n in AMOUNT_FIELDS if n != "total_amount"]
    if group is None or expected <= 0 or not all(_share_read_surely(c.candidate, expected, group) for c in shares):
        return False
    boxes = [(c.candidate.page, c.candidate.box) for c in shares if c.candidate.box is not None]
    return any(_run_sums_to(column, expected) for column in _amount_columns(group, skip=boxes))


def _share_read_surely(candidate: Candidate, total: Decimal, group: list[PageResult]) -> bool:
    """A share read after its own exact label; or after a shorter one ("AMO (60 %)", "Reste patient")
    when nil (it adds nothing to the sum) or when the rate printed before it makes it of the total to the
    cent ("AMO (60 %)  67,96 €" of 113,26 €): the label's words then matter less than the arithmetic."""
    if candidate.how == "pattern":
        return False
    if candidate.label_weight >= EXACT_LABEL:
        return True
    amount = Decimal(candidate.value)
    if amount == 0:
        return True
    rate = _printed_rate(candidate, group)
    return rate is not None and abs(rate * total / 100 - amount) < CENT


def _total_from_acts(wanted: str, chosen: dict[str, Choice]) -> None:
    first = chosen["amo_amount"].candidate
    ocr = any(chosen[n].candidate.ocr for n in AMOUNT_FIELDS if n in chosen)
    total = Candidate("total_amount", wanted, TOTAL_FROM_ACTS, first.page, None, wanted, "sums", ocr=ocr)
    chosen["total_amount"] = Choice(total, TOTAL_FROM_ACTS, [TOTAL_FROM_ACTS_NOTE])
    for name in AMOUNT_FIELDS[1:]:
        chosen[name] = _sums_agree(chosen[name], max(lift(chosen[name].confidence, 0.5), TOTAL_FROM_ACTS))


def _printed_amounts(group: list[PageResult]) -> dict[str, Candidate]:
    """Every amount printed in the document, by value (the first place it appears)."""
    found: dict[str, Candidate] = {}
    for result in group:
        for line in result.scan.lines:
            for match in values.find_amounts(line.text):
                found.setdefault(
                    match.value,
                    Candidate("amount", match.value, 0.0, line.page, None, match.raw, "printed",
                              ocr=line.source == "ocr"),
                )
    return found


LINE_SUM_LIFT = 0.5


def check_line_sums(chosen: dict[str, Choice], group: list[PageResult]) -> None:
    """Per-line amounts down one column that add up to the total confirm it (strong evidence). The total's
    own words are left out of the columns: its amount over a "0,00" line would add up to itself."""
    total = chosen.get("total_amount")
    if total is None or {"ambiguous", "sums agree", TOTAL_FROM_ACTS_NOTE} & set(total.notes):
        return
    if total.candidate.repaired:
        return  # mended to what the shares make: their own column adding up to it is no second reading
    target = Decimal(total.candidate.value)
    if target <= 0:
        return
    own = [(total.candidate.page, total.candidate.box)] if total.candidate.box is not None else []
    for column in _amount_columns(group, skip=own):
        if _run_sums_to(column, target):
            cap = 0.97 if total.candidate.ocr else MAX_CONFIDENCE
            chosen["total_amount"] = Choice(
                total.candidate, min(cap, lift(total.confidence, LINE_SUM_LIFT)), [*total.notes, LINES_NOTE]
            )
            return


LINES_NOTE = "lines add up"


def shares_mended_to_a_confirmed_total(chosen: dict[str, Choice], group: list[PageResult]) -> bool:
    """The four amounts did not add up as read (`check_sums`), and one of its mends changed only shares
    (a share one glyph off, a zero's ghosts, a share off its printed rate), never the total, so that they
    now add up exactly; and the total as read has a second reading: amounts of the acts, two or more
    running down one column, each more than nothing and less than the total, add up to it, the amounts'
    own words left out (`_acts_add_up_to`), or the one share mended is a zero and the two others, read
    as printed and neither zero, add up to it (the sums as they agree on every bill with nothing left to
    pay, the zero's ghosts aside). The sums are then no reason to hold the document: its total stands on
    two readings, and the mended shares stay held under the sure band by their own confidence
    (`GLYPH_REPAIR_CAP`), not required fields. Measured (every rendering of every open set, session of
    the arithmetic census): of the 58 documents held for the sums, 25 had only shares mended under the
    total read, all four amounts right in 25/25; 16 of them had the total so confirmed (6 then straight
    through, 2 of them faxes in normal resolution, none with a required field wrong). A total mended,
    or confirmed by nothing but the share mended to agree with it, keeps the document for a clerk."""
    total = chosen.get("total_amount")
    if total is None or total.candidate.repaired or not all(n in chosen for n in AMOUNT_FIELDS):
        return False
    shares = [chosen[n].candidate for n in AMOUNT_FIELDS[1:]]
    mended = [c for c in shares if c.repaired]
    if not mended or any(UNLIKE_DIGITS_NOTE in c.notes for c in shares):
        return False
    value = Decimal(total.candidate.value)
    if sum((Decimal(c.value) for c in shares), Decimal(0)) != value:
        return False
    read = [Decimal(c.value) for c in shares if not c.repaired]
    if len(mended) == 1 and Decimal(mended[0].value) == 0 and all(v > 0 for v in read):
        return True
    boxes = [(c.page, c.box) for c in (chosen[n].candidate for n in AMOUNT_FIELDS) if c.box is not None]
    columns = _amount_columns(group, skip=boxes)
    if _acts_add_up_to(columns, value):
        return True
    if not _printed_again(total.candidate, columns, group):
        return False
    chosen["total_amount"] = Choice(total.candidate, total.confidence, [*total.notes, TOTAL_PRINTED_AGAIN])
    return True


def _printed_again(total: Candidate, columns: list[list[Decimal]], group: list[PageResult]) -> bool:
    """The total as read printed again on the document, its own words and the shares' left out (the
    `columns`): the one act's amount ("APC Avis ponctuel de consultant 55,00" over "TOTAL 55,00 EUR"), a
    second reading of the same digits. Not on a fax in normal resolution (`low_resolution`): there the
    same glyphs of one font are misread alike in both places ("59,96" twice for 39,96, set 28 s103)."""
    result = result_of(total, group)
    if result is None or low_resolution(result.page):
        return False
    value = Decimal(total.value)
    return value > 0 and any(value in column for column in columns)


def _acts_add_up_to(columns: list[list[Decimal]], total: Decimal) -> bool:
    """Two or more consecutive amounts of a column, each more than nothing and less than `total`, that add
    up to it: the acts' lines, not the total itself beside a zero share ("248,80" over "0,00").

    >>> _acts_add_up_to([[Decimal("248.80"), Decimal("0.00")]], Decimal("248.80"))
    False
    >>> _acts_add_up_to([[Decimal("30.00"), Decimal("28.80"), Decimal("25.20"), Decimal("84.00")]], Decimal("84.00"))
    True
    """
    return any(_run_sums_to(column, total, parts_only=True) for column in columns)


PlacedBox = tuple[int, tuple[float, float, float, float]]  # a page number and a box on it


def _amount_columns(group: list[PageResult], skip: Sequence[PlacedBox] = ()) -> list[list[Decimal]]:
    """The amounts of each page, down each column (by their right edge), top to bottom; amounts whose
    words lie in one of the `skip` boxes left out."""
    found: list[list[Decimal]] = []
    for result in group:
        columns: list[tuple[list[float], list[Decimal]]] = []  # (right edges, amounts)
        for line in result.scan.lines:
            for match in values.find_amounts(line.text):
                word = _word_at(line, match.end - 1)
                if any(page == line.page and word_in_box(word, box) for page, box in skip):
                    continue
                slack = COLUMN_SLACK * line.height
                edges, column = next(
                    ((e, c) for e, c in columns if abs(e[-1] - word.x1) <= slack), ([], [])
                )
                if not column:
                    columns.append((edges, column))
                edges.append(word.x1)
                column.append(Decimal(match.value))
        found.extend(column for _, column in columns)
    return found


COLUMN_SLACK = 0.5  # right-aligned amounts of one column end within half a line's height of the one above


def _word_at(line: Line, offset: int) -> Word:
    """The word of `line` holding the character at `offset` of `line.text` (its words joined by spaces)."""
    end = -1
    for word in line.words:
        end += len(word.text) + 1
        if offset < end:
            return word
    return line.words[-1]




def _run_sums_to(column: list[Decimal], target: Decimal, *, parts_only: bool = False) -> bool:
    """Two or more consecutive amounts of a column (the total itself excluded) that add up to `target`;
    with `parts_only`, each of them more than nothing and less than `target`."""
    for start in range(len(column)):
        running = Decimal(0)
        for end in range(start, len(column)):
            if (column[end] == target and end > start) or (parts_only and not 0 < column[end] < target):
                break
            running += column[end]
            if end > start and running == target:
                return True
            if running > target:
                break
    return False

# ---------------------------------------------------------------- documents


def build_document(
    group: list[PageResult], review_threshold: float, read_ids: frozenset[tuple[str, str]] = frozenset()
) -> ExtractedDocument:
    candidates = [c for r in group for c in r.candidates if QUOTED_NOTE not in c.notes]
    candidates += _read_over(group, candidates, read_ids)
    kind = next((r.kind for r in group if r.kind), None) or "unknown"
    if kind in ("quote", "pec"):
        candidates = [c for c in candidates if c.name != "care_date"]
    candidates = own_references(candidates, kind)
    if len(group) > 1:
        elsewhere = insured_births_elsewhere([(r.scan, r.candidates) for r in group])
        candidates = _births_of_the_patient(candidates, [c for c in candidates if c in elsewhere])
    candidates = _drop_cross_dates(candidates)
    candidates = _billed_period(candidates)
    candidates = _one_of_the_acts(candidates)
    candidates = _copy_edition(candidates, group)
    candidates = _preparatory_steps(candidates)
    candidates = _first_column_date(candidates)
    candidates = _first_row_year_off(candidates)
    candidates = _care_before_issue(candidates)
    candidates = _one_series(candidates)
    candidates = _group_practice_finess(candidates, group)
    candidates = _performer_only(candidates)
    candidates = _places_of_care(candidates)
    candidates = _practitioners_fees(candidates, group)
    candidates = _body_doctors(candidates)
    candidates = _site_finess(candidates, group)
    if kind not in ("quote", "pec"):
        candidates = issued_on_delivery(_one_date_for_both(_headless_acts(candidates, group)))
    if any(c.name in PRACTITIONER_FIELDS and c.how != "pattern" for c in candidates):
        candidates = [c for c in candidates if not (c.name in PRACTITIONER_FIELDS and c.how == "pattern")]
    candidates = _insured_apart(candidates)
    if not any(c.name == "patient_name" for c in candidates):  # only the insured is named: same person
        for c in candidates:
            if c.name == "insured_name":
                # an assumption, not a reading: a child's invoice names the parent as the insured
                c.name, c.score = "patient_name", min(c.score * 0.95, 0.8)
    candidates = _cents_chosen_by_sums(candidates)
    chosen: dict[str, Choice] = {}
    for name in _field_names():
        choice = choose(candidates, name)
        if choice is not None:
            chosen[name] = choice
    check_nir_birth(chosen)
    doubt_birth_off_nir(chosen)
    mend_year_opening(chosen)
    mend_letter_prefix(chosen)
    birth_of_the_nir(chosen, group)
    candidates, recalled = _acts_row_of_the_total(candidates, chosen, group)
    weigh_evidence(candidates, chosen)
    reasons: list[str] = []
    if all(n in chosen for n in AMOUNT_FIELDS):
        reason = check_sums(candidates, chosen, group)
        if reason:
            reasons.append(reason)
    else:
        printed = _printed_amounts(group)
        debt_as_total(chosen, group)
        mend_share_over_total(chosen, printed)
        mend_shares_past_total(candidates, chosen, printed)
        check_partial_sums(candidates, chosen, printed, group)
    check_line_sums(chosen, group)
    if ARITHMETIC_REASON in reasons and shares_mended_to_a_confirmed_total(chosen, group):
        reasons.remove(ARITHMETIC_REASON)
    confirm_repeated_reference(chosen, group)
    doubt_unchecked_reads(candidates, chosen, group)
    corroborate(chosen, group)
    mend_compensated_misreads(chosen, group)
    sure_care_date(candidates, chosen, group)
    doubts = doubt_lone_dates(chosen, group)
    doubts.update(doubt_share_over_total(chosen))
    doubts.update(doubt_rival_acts(chosen, group, recalled))
    doubts.update(doubt_zero_ghosts(chosen, group))
    doubts.update(doubt_misread_references(chosen, group))
    doubts.update(doubt_untypical_rpps(chosen))
    doubts.update(doubt_split_rereads(chosen, group))
    doubts.update(doubt_ghost_zero_amounts(chosen))
    doubts.update(doubt_prose_date(candidates, chosen))
    doubts.update(doubt_step_beside_unread_acts(candidates, chosen, group))
    doubts.update(doubt_reference_year(chosen))
    doubts.update(doubt_split_day(chosen, group))
    doubts.update(_doubt_body_doctor(candidates, chosen, group))
    doubts.update(_doubt_unread_letterhead(chosen, group))
    doubts.update(_doubt_fees_finess(chosen, group))
    _doubt_two_invoicers(chosen)
    _mend_issue_year(chosen, group)
    _mend_care_after_issue(chosen)
    _mend_off_series(chosen)
    doubts.update(doubt_future_years(chosen))
    hold_noted(chosen, group)
    fill_from_share_row(chosen, group)
    _complete_initial(chosen, group)
    _spell_first_name(chosen)
    _drop_speck_accent(chosen, group)
    fields = {name: _to_field(name, choice) for name, choice in chosen.items()}
    document = ExtractedDocument(fields=fields, pages=[r.page.number for r in group], kind=kind)
    reasons += page_reasons(note for r in group for note in r.page.notes)
    needs, found_reasons = review(
        document,
        review_threshold=review_threshold,
        extra_reasons=reasons,
        doubts=doubts,
        one_practitioner=_one_practitioner(chosen),
    )
    document.needs_review = needs
    document.review_reasons = found_reasons
    return document


CARE_MENDED_NOTE = "care date one digit off the issue date"
YEAR_DIGITS = 4  # of an ISO date


def _mend_care_after_issue(chosen: dict[str, Choice]) -> None:
    """A care date read after the issue date, which no invoice can bill, and one digit off it: a digit a
    fax reads for another ("19.07.25" under "DATE FACT. 10.07.25", a 0 read as a 9), or any digit of a
    year still to come ("21/01/2075" beside "LE 21/01/2025"): the care was given the day the invoice was
    issued, that digit misread. The calendar and the issue date's own reading confirm
    it; a mended reading all the same, never surer than the care date was."""
    care, issued = chosen.get("care_date"), chosen.get("invoice_date")
    if care is None or issued is None or not care.candidate.ocr or issued.candidate.score < ISSUE_SURE:
        return
    read, day = care.candidate.value, issued.candidate.value
    if read <= day or one_reading(care.candidate, issued.candidate):
        return
    changed = [(at, frozenset(pair)) for at, pair in enumerate(zip(read, day, strict=True)) if pair[0] != pair[1]]
    if len(changed) != 1:
        _mend_year_to_come(chosen, care, day)
        return
    at, pair = changed[0]
    if at >= YEAR_DIGITS and pair not in CONFUSED_DIGITS:
        return  # a later day or month of the same year may be a visit to come; a later year never is billed
    mended = dataclasses.replace(care.candidate, value=day, repaired=True)
    chosen["care_date"] = Choice(mended, min(care.confidence, GLYPH_REPAIR_CAP), [*care.notes, CARE_MENDED_NOTE])


ISSUE_YEAR_NOTE = "issue date's year one digit off the care date's"
ISSUE_AFTER_CARE_DAYS = 366  # an invoice is issued days or months after the care it bills, not years


def _mend_issue_year(chosen: dict[str, Choice], group: list[PageResult]) -> None:
    """An issue date read before the care date it bills, or in a year still to come, its year one digit off
    the care date's ("Fait à Montpellier le 21/07/2015" under acts of "21/07/25": a 2 read as a 1; "Facture
    du 02/06/2085" over acts of 02/06/2025): no invoice is issued before the care it bills, nor in a year
    to come. With the care date's year it falls on or after the care date, within a year of it, and the
    year read dates nothing else on the document (a care date misread instead would leave the issue
    date's year on other dates): that year is the one misread, its day and month kept. Held for a clerk
    (GLYPH_REPAIR_CAP): nothing else checks the day and month."""
    care, issued = chosen.get("care_date"), chosen.get("invoice_date")
    if care is None or issued is None or not issued.candidate.ocr:
        return
    value = _issue_in_care_year(issued.candidate.value, care.candidate.value)
    if value is None:
        return
    year = issued.candidate.value[:YEAR_DIGITS]
    if int(year) <= datetime.date.today().year and _dates_in_year(group, year) > 1:
        return  # another date of the document in the year read: the care date may be the one misread
    mended = dataclasses.replace(issued.candidate, value=value, repaired=True)
    chosen["invoice_date"] = Choice(mended, min(issued.confidence, GLYPH_REPAIR_CAP), [*issued.notes, ISSUE_YEAR_NOTE])


def _issue_in_care_year(read: str, day: str) -> str | None:
    """The issue date `read` in the care date's year, when as read it falls before the care date `day` or
    in a year still to come, its year is one digit off the care date's, and so mended it falls on or
    after the care date, within ISSUE_AFTER_CARE_DAYS.

    >>> _issue_in_care_year("2015-07-21", "2025-07-21"), _issue_in_care_year("2085-06-02", "2025-06-02")
    ('2025-07-21', '2025-06-02')
    >>> _issue_in_care_year("2015-07-21", "2025-07-22"), _issue_in_care_year("2025-07-21", "2025-07-20")
    (None, None)
    >>> _issue_in_care_year("2015-07-21", "2085-07-20"), _issue_in_care_year("2014-07-21", "2025-07-20")
    (None, None)
    """
    this_year = datetime.date.today().year
    if len(read) != len(day) or int(day[:YEAR_DIGITS]) > this_year:
        return None
    if read >= day and int(read[:YEAR_DIGITS]) <= this_year:
        return None  # after the care, in a year gone by: as read
    year, care_year = read[:YEAR_DIGITS], day[:YEAR_DIGITS]
    if not _year_one_off(year, care_year):
        return None
    value = care_year + read[YEAR_DIGITS:]
    if not _calendar_day(value) or value < day:
        return None
    elapsed = datetime.date.fromisoformat(value) - datetime.date.fromisoformat(day)
    return value if elapsed.days <= ISSUE_AFTER_CARE_DAYS else None


def _dates_in_year(group: list[PageResult], year: str) -> int:
    """How many dates printed on the document's pages fall in `year`."""
    return sum(
        match.value.startswith(year) for r in group for line in r.scan.lines for match in values.find_dates(line.text)
    )


SERIES_NOTE = "first act's date one digit off its series"
SERIES_GAPS = 3  # equal gaps between the later rows, at the least: a series of sessions, not a coincidence


def _mend_off_series(chosen: dict[str, Choice]) -> None:
    """A course of sessions billed together, one every k days ("09/05, 16/05, 23/05, 30/05, 06/06,
    13/06": a speech therapist's, a physiotherapist's weekly sessions), its first row read one digit off
    ("03/05", a 9 read as a 3): the first act's date is the care date, so one misread glyph moves it.
    When the later rows, in printed order, keep one gap of k days at least SERIES_GAPS times and the
    first row is out of their step (not a multiple of k days before the second: a week missed is
    one), but is one digit off the day k days before it: that day is the first session's, the digit
    misread. The rows' own dates agree on it; held for a clerk all the same (a first session may fall
    out of step: only the one-digit likeness says it did not). Measured (session 17, every open set):
    it mends one care date, right (set 23 i109 scan), and touches no other.

    >>> from parsers.fields.base import Candidate
    >>> def mended(rows):
    ...     first = Candidate("care_date", min(rows), 0.7, 1, None, "", "column", ocr=True, rows=rows)
    ...     found = {"care_date": Choice(first, 0.8)}
    ...     _mend_off_series(found)
    ...     return found["care_date"].candidate.value, found["care_date"].confidence
    >>> mended(("2025-05-03", "2025-05-16", "2025-05-23", "2025-05-30", "2025-06-06"))
    ('2025-05-09', 0.6)
    >>> mended(("2025-05-12", "2025-05-16", "2025-05-23", "2025-05-30", "2025-06-06"))  # two digits off
    ('2025-05-12', 0.8)
    >>> mended(("2025-05-02", "2025-05-16", "2025-05-23", "2025-05-30", "2025-06-06"))  # a week missed
    ('2025-05-02', 0.8)
    >>> mended(("2025-05-03", "2025-05-16", "2025-05-23", "2025-05-30", "2025-06-07"))  # no series
    ('2025-05-03', 0.8)
    """
    care = chosen.get("care_date")
    if care is None or not care.candidate.ocr or len(care.candidate.rows) < SERIES_GAPS + 2:
        return
    try:
        days = [datetime.date.fromisoformat(row) for row in care.candidate.rows]
    except ValueError:
        return
    gaps = {(later - earlier).days for earlier, later in itertools.pairwise(days[1:])}
    if len(gaps) != 1 or (gap := gaps.pop()) <= 0 or (days[1] - days[0]).days % gap == 0:
        return  # in step, or a session (or more) missed: the first row as read
    expected = (days[1] - datetime.timedelta(days=gap)).isoformat()
    off = sum(a != b for a, b in zip(days[0].isoformat(), expected, strict=True))
    if care.candidate.value != min(care.candidate.rows) or off != 1:
        return
    mended = dataclasses.replace(care.candidate, value=expected, repaired=True)
    chosen["care_date"] = Choice(mended, min(care.confidence, GLYPH_REPAIR_CAP), [*care.notes, SERIES_NOTE])


CARE_YEAR_NOTE = "care date's year one digit off the issue date's"


def _mend_year_to_come(chosen: dict[str, Choice], care: Choice, day: str) -> None:
    """A care date in a year still to come (after today's), that year one digit off the issue date's
    ("22/08/2085" billed "le 24 août 2025": a 2 read as an 8), and on or before the issue date once it
    takes the issue date's year: the year misread, its day and month kept. No invoice bills care of a
    year still to come; held for a clerk all the same (the day and month are checked by nothing).

    >>> from parsers.fields.base import Candidate
    >>> def mended(care, issued):
    ...     found = {"care_date": Choice(Candidate("care_date", care, 0.7, 1, None, care, "column", ocr=True), 0.7)}
    ...     _mend_year_to_come(found, found["care_date"], issued)
    ...     return found["care_date"].candidate.value, found["care_date"].confidence
    >>> mended("2085-08-22", "2025-08-24"), mended("2085-08-25", "2025-08-24"), mended("2036-08-22", "2025-08-24")
    (('2025-08-22', 0.6), ('2085-08-25', 0.7), ('2036-08-22', 0.7))
    """
    read = care.candidate.value
    year, issued_year = read[:YEAR_DIGITS], day[:YEAR_DIGITS]
    if int(year) <= datetime.date.today().year or sum(a != b for a, b in zip(year, issued_year, strict=True)) != 1:
        return  # a care date of a past year after the issue date's: the issue date may be the one misread
    value = issued_year + read[YEAR_DIGITS:]
    if value > day or not _calendar_day(value):
        return
    mended = dataclasses.replace(care.candidate, value=value, repaired=True)
    chosen["care_date"] = Choice(mended, min(care.confidence, GLYPH_REPAIR_CAP), [*care.notes, CARE_YEAR_NOTE])


def _calendar_day(value: str) -> bool:
    """ "2025-02-29" is no day of the calendar."""
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


INITIAL_NOTE = "first name completed from the page"
_FIRST_NAME = re.compile(r"[^\W\d_][^\W\d_]+(?:-[^\W\d_]+)*")


def _complete_initial(chosen: dict[str, Choice], group: list[PageResult]) -> None:
    """A patient name whose first name is an initial ("HÉBERT M.", a counterfoil's or a running
    header's short form) where the pages print the same surname with a first name of that initial,
    in lower case after its capital ("Mme HÉBERT Maëva" in the body, under a label the OCR misread):
    that full name. One completion only; the confidence stays what the reading earned."""
    choice = chosen.get("patient_name")
    if choice is None:
        return
    *surname, initial = choice.candidate.value.split()
    if not surname or len(initial.rstrip(".")) != 1:
        return
    completions = set()
    for result in group:
        for line in result.scan.lines:
            texts = [w.text.rstrip(",;") for w in line.words]
            for k in range(len(texts) - len(surname)):
                given = texts[k + len(surname)]
                if texts[k : k + len(surname)] == surname and given[:1] == initial[:1] and given[1:].islower():
                    completions.update([given] if _FIRST_NAME.fullmatch(given) else [])
    if len(completions) == 1:
        value = " ".join([*surname, *completions])
        completed = dataclasses.replace(choice.candidate, value=value, repaired=True)
        chosen["patient_name"] = Choice(completed, choice.confidence, [*choice.notes, INITIAL_NOTE])


SPECK_ACCENT_NOTE = "accent read over a doubled consonant, printed without it elsewhere"
# French spelling never accents an E before a doubled consonant ("TESSIER", "MESSIER", "PERRIN"): an accent
# read there on a capital is a speck of the fax or the scan
_SPECK_ACCENT = re.compile(r"[ÉÈÊË](?=([BCDFGLMNPRST])\1)")


def _drop_speck_accent(chosen: dict[str, Choice], group: list[PageResult]) -> None:
    """An OCR-read patient surname in capitals with an accent on an E before a doubled consonant
    ("TÉSSIER"), which French spelling never writes, that the document prints without it as a word of its
    own at least twice elsewhere (the insured's name, an attached certificate): spelt so ("TESSIER"). A
    correction, not a certainty: the confidence stays what the reading earned.

    >>> _SPECK_ACCENT.sub("E", "TÉSSIER"), _SPECK_ACCENT.sub("E", "HÉBERT"), _SPECK_ACCENT.sub("E", "PÉRÈS")
    ('TESSIER', 'HÉBERT', 'PÉRÈS')
    """
    choice = chosen.get("patient_name")
    if choice is None or not choice.candidate.ocr:
        return
    words = choice.candidate.value.split()
    plain = [_SPECK_ACCENT.sub("E", w) if w.isupper() else w for w in words]
    if plain == words:
        return
    printed = Counter(w.text.strip(",;:()[]") for r in group for line in r.scan.lines for w in line.words)
    if any(p != w and printed[p] < 2 for p, w in zip(plain, words, strict=True)):
        return
    spelt = dataclasses.replace(choice.candidate, value=" ".join(plain), repaired=True)
    chosen["patient_name"] = Choice(spelt, choice.confidence, [*choice.notes, SPECK_ACCENT_NOTE])


FIRST_NAME_NOTE = "first name spelt as listed"


def _spell_first_name(chosen: dict[str, Choice]) -> None:
    """An OCR-read patient name's first name spelt as the list of French first names has it
    (first_names.py): the accents a fax or a scan lost put back ("Anais" → "Anaïs"), one misread letter
    mended ("Syivie" → "Sylvie"). A correction, not a certainty: the confidence stays what the reading
    earned, and a text layer's name is never touched."""
    choice = chosen.get("patient_name")
    if choice is None or not choice.candidate.ocr:
        return
    value = correct_first_names(choice.candidate.value)
    if value != choice.candidate.value:
        spelt = dataclasses.replace(choice.candidate, value=value, repaired=True)
        chosen["patient_name"] = Choice(spelt, choice.confidence, [*choice.notes, FIRST_NAME_NOTE])


TWO_INVOICERS_CAP = 0.8


def _doubt_two_invoicers(chosen: dict[str, Choice]) -> None:
    """One party invoices. When identifiers of two kinds are kept (a laboratory's FINESS and its
    biologist's RPPS, a clinic's FINESS and a surgeon's RPPS, an ADELI and a prescriber's RPPS), one of
    them is not the invoicer's: review already asks a clerk which ("plusieurs facturants possibles"),
    and neither is reported as sure. An RPPS and an ADELI printed together as one practitioner's
    (`_one_practitioner`) are no rivals."""
    kept = [name for name in PRACTITIONER_FIELDS if name in chosen]
    if len(kept) < 2 or (sorted(kept) == ["adeli", "rpps"] and _one_practitioner(chosen)):
        return
    for name in kept:
        chosen[name] = chosen[name].held(TWO_INVOICERS_CAP, "two invoicers")


PAIRED_LINES = 2.5  # line heights between an RPPS and an ADELI printed one under the other


def _one_practitioner(chosen: dict[str, Choice]) -> bool:
    """A paramedical practitioner (podiatrist, nurse, physiotherapist...) registered under ADELI before
    the RPPS replaced it often prints both in his block, one label under the other ("N° ADELI : ..." /
    "N° RPPS : ..."): one practitioner with two numbers, not two parties. Both read right of their own
    exact label, on the same page, on consecutive lines, the values aligned in one column (a prescriber's
    or another member's number sits in another block)."""
    rpps, adeli = chosen.get("rpps"), chosen.get("adeli")
    if rpps is None or adeli is None:
        return False
    pair = (rpps.candidate, adeli.candidate)
    if any(c.how != "right" or c.label_weight < 1.0 or c.box is None for c in pair):
        return False
    first, second = sorted(pair, key=middle)
    assert first.box is not None and second.box is not None
    height = max(first.box[3] - first.box[1], second.box[3] - second.box[1])
    return (
        first.page == second.page
        and 0 < middle(second) - middle(first) <= PAIRED_LINES * height
        and abs(first.box[0] - second.box[0]) <= 2 * height
    )


_LEGAL_ENTITY = re.compile(r"\bjuridique\b|\bej\b")


_GROUP_PRACTICE = re.compile(r"\bmaisons? de sante\b|\bmsp\b|\bsisa\b")
GROUP_PRACTICE_REACH = 2  # the FINESS's own line and the two above it: the practice's name and address


def _group_practice_finess(candidates: list[Candidate], group: list[PageResult]) -> list[Candidate]:
    """A maison de santé (MSP, its SISA) prints its own FINESS in its letterhead, yet each member bills
    his care under his own number: with a practitioner's RPPS or ADELI read, the practice's FINESS is no
    establishment invoicing (and no reason to keep the other members' numbers, `_performer_only`)."""
    if not any(c.name in ("rpps", "adeli") and c.how != "pattern" for c in candidates):
        return candidates
    dropped = []
    for candidate in candidates:
        if candidate.name != "finess" or (place := located(candidate, group)) is None:
            continue
        scan_, index = place
        lines = scan_.lines[max(0, index - GROUP_PRACTICE_REACH) : index + 1]
        if any(line.page == candidate.page and _GROUP_PRACTICE.search(fold(line.text)) for line in lines):
            dropped.append(candidate)
    return [c for c in candidates if c not in dropped]


def _site_finess(candidates: list[Candidate], group: list[PageResult]) -> list[Candidate]:
    """An establishment has two FINESS numbers: the site's ("FINESS établissement", "géographique",
    "ET"), which invoices, and its legal entity's ("FINESS juridique", "EJ"), the owner, printed with the
    legal mentions. With the site's number read, the legal entity's is no rival for the field. The legal
    entity may be named before the label ("ENTITE JURIDIQUE : FINESS 295917587", `_legal_lead`): its
    words join the label, which then caps the number as a legal entity's (`confidence.field_cap`)."""
    for candidate in candidates:
        if candidate.name == "finess" and candidate.how == "right" and not _LEGAL_ENTITY.search(fold(candidate.label)):
            lead = _legal_lead(candidate, group)
            if lead:
                candidate.label = f"{lead} {candidate.label}"
    legal = [c for c in candidates if c.name == "finess" and _LEGAL_ENTITY.search(fold(c.label))]
    site = [c for c in candidates if c.name == "finess" and c.how != "pattern" and c.score > 0.05]
    if not legal or not any(c not in legal for c in site):
        return candidates
    return [c for c in candidates if c not in legal]


LEAD_WORDS = 4  # "Entité juridique :", "EJ -": the words before a FINESS label that may qualify it


def _legal_lead(candidate: Candidate, group: list[PageResult]) -> str:
    """The words right before a FINESS candidate's label on its line, back to the previous value (a word
    with a digit), when they name the legal entity ("ENTITE JURIDIQUE : FINESS 295917587"); else ""."""
    if candidate.box is None:
        return ""
    for result in group:
        for line in result.scan.lines:
            if not on_line(line, candidate):
                continue
            before = [w for w in line.words if w.x1 <= candidate.box[0] + 0.5]
            label_words = len(candidate.label.split())
            lead: list[str] = []
            for word in reversed(before[: max(0, len(before) - label_words)]):
                if any(ch.isdigit() for ch in word.text) or len(lead) >= LEAD_WORDS:
                    break
                lead.insert(0, word.text)
            text = " ".join(lead)
            if lead and _LEGAL_ENTITY.search(fold(text)):
                return text
    return ""


ONE_DATE_FACTOR = 0.7
HEADLESS_WEIGHT = 0.6  # no heading names the column: the rows' shape alone, never enough on its own
HEADLESS_NOTE = "acts rows under an unread heading"
HEADLESS_CAP = 0.8  # under review's threshold: a clerk checks the column a heading does not name
ROW_GAP = 2.5  # line heights between two rows of one table


def _headless_acts(candidates: list[Candidate], group: list[PageResult]) -> list[Candidate]:
    """No care date found, and an acts table whose "Date" heading the fax lost ("Code Montant" left of
    it, "pete prestation" for "Date Prestation"): two rows or more, one under the other, each opening
    with a date at the same left edge and going on to an amount. Each row is a dated act, and the care
    date is the first of them, as under a "Date" heading; held for a clerk. The table may stand in a
    column right of another block, whose lines a fax reads as one with its rows ("N° AM : 6313... |
    22/09/2025 CS 30,00 €"): a row then opens the first cell that starts with a date."""
    if any(c.name == "care_date" for c in candidates):
        return candidates
    for result in group:
        runs: list[list[ActRow]] = [[]]
        for line in result.scan.lines:
            row = _dated_act_row(line)
            if row is None or (runs[-1] and not _next_row(runs[-1][-1], row)):
                runs.append([])
            if row is not None:
                runs[-1].append(row)
        found = next((act for run in runs if (act := _first_act(run)) is not None), None)
        if found is not None:
            return [*candidates, found]
    return candidates


@dataclass(frozen=True)
class ActRow:
    """A row of an acts table: its line, its date, its first word (the date's)."""

    line: Line
    day: str
    first: Word


def _dated_act_row(line: Line) -> ActRow | None:
    """A row opening with a date (after the table's rule a scan read as "|"; on OCR, maybe misread:
    `misread_date`) and going on to an amount; it opens the line or one of its cells (`line_cells`)."""
    cells = line_cells(line)
    for start in range(len(cells)):
        words = without_rules([w for cell in cells[start:] for w in cell])
        text = " ".join(w.text for w in words)
        dates = [(d.value, d.start, d.end) for d in values.find_dates(text)]
        if not dates and line.source == "ocr" and (misread := misread_date(text)) is not None:
            dates = [(misread.value, misread.start, misread.end)]
        if not dates or dates[0][1] != 0 or not values.find_amounts(text[dates[0][2] :]):
            continue
        return None if not_given(line.text) else ActRow(line, dates[0][0], words[0])
    return None


def _next_row(above: ActRow, below: ActRow) -> bool:
    return (
        above.line.page == below.line.page
        and abs(above.first.x0 - below.first.x0) < below.line.height
        and below.line.y0 - above.line.y1 < ROW_GAP * below.line.height
    )


def _first_act(run: list[ActRow]) -> Candidate | None:
    if len(run) < 2:
        return None
    row = min(run, key=lambda row: row.day)
    word = row.first
    return Candidate(
        "care_date", row.day, HEADLESS_WEIGHT, row.line.page, (word.x0, word.y0, word.x1, word.y1), word.text,
        "headless", notes=[HEADLESS_NOTE], ocr=row.line.source == "ocr", rows=tuple(r.day for r in run),
    )


def _one_date_for_both(candidates: list[Candidate]) -> list[Candidate]:
    """A receipt dated by a plain "Date : 22/03/25" and naming no care date: the visit was that day. A
    guess from the absence of another date, never enough to pass review on its own."""
    if any(c.name == "care_date" for c in candidates):
        return candidates
    issued = [c for c in candidates if c.name == "invoice_date"]
    if len({c.value for c in issued}) != 1:
        return candidates
    plain = [c for c in issued if c.how != "pattern" and fold(c.label) == "date"]
    if not plain:
        return candidates
    best = max(plain, key=lambda c: c.score)
    return [*candidates, care_date_from_issue(best, ONE_DATE_FACTOR)]


ISSUE_SURE = 0.6  # the issue date's support from which it bounds the care dates


ROW_YEAR_OFF_NOTE = "the first row's year one digit off the issue year"
ROW_YEAR_OFF_CAP = 0.8  # its year mended, not read: under review's threshold, a clerk checks it
ISSUE_READ = 0.5  # an issue date read this well: another row's reading of its year confirms it


def _first_row_year_off(candidates: list[Candidate]) -> list[Candidate]:
    """The acts' dates down a column, read by OCR, the first of them over a year before the issue date and
    its year one digit off the issue year, which another row gives ("16/09/2023" over "16/09/2025",
    issued 16/09/2025: a 5 read as a 3). The acts of one invoice span days or months, never years: that
    row is dated in the issue year, its day and month kept (`hold_noted` holds it)."""
    issued = choose(candidates, "invoice_date")
    if issued is None or issued.confidence < ISSUE_READ:
        return candidates
    last = issued.candidate.value
    year = last[:4]
    mended = []
    for c in candidates:
        value = year + c.value[4:]
        if (
            c.name == "care_date" and c.how == "column" and c.ocr and _year_one_off(c.value[:4], year)
            and any(r[:4] == year for r in c.rows) and (_day(last) - _day(c.value)).days > SPAN_DAYS
            and values.parse_date(value) == value and value <= last
        ):
            c = dataclasses.replace(c, value=value, repaired=True, notes=[*c.notes, ROW_YEAR_OFF_NOTE])
        mended.append(c)
    return mended


def _day(value: str) -> datetime.date:
    return datetime.date.fromisoformat(value)


def _year_one_off(year: str, other: str) -> bool:
    return sum(a != b for a, b in zip(year, other, strict=True)) == 1


def _care_before_issue(candidates: list[Candidate]) -> list[Candidate]:
    """An invoice bills care already given: a date after its issue date is a visit to come ("Résultats
    remis lors de la consultation du 30/04", "ablation des fils le ...", "intervention prévue le ..."),
    never its care date, however well labelled. Dropped when the issue date is read well and another
    care date, on or before it, remains."""
    issued = choose(candidates, "invoice_date")
    if issued is None or issued.confidence < ISSUE_SURE:
        return candidates
    last = issued.candidate.value
    later = [c for c in candidates if c.name == "care_date" and c.value > last]
    if not later or not any(c.name == "care_date" and c.value <= last for c in candidates):
        return candidates
    return [c for c in candidates if c not in later]


SESSIONS_NOTE = "first of a series of dated sessions"
_SESSION = re.compile(r"\b(?:seances?|visites?|passages?)\b")


def _one_series(candidates: list[Candidate]) -> list[Candidate]:
    """Sessions each dated under the same words ("Séance du 20 mars 2025", its acts, "Séance du 27 mars
    2025", its acts): the invoice bills the series, whose care date is the first day (a series of
    sessions, as down an acts table's date column). The later sessions are the series' rows, no rivals
    of it: not left to make the choice ambiguous, nor to hold it as another act dated otherwise
    (`doubts.doubt_rival_acts`). Only labels of their own that name a session ("Séance du", "Visite du",
    "Passage du"), not a bare "Date"; a session after the issue date is a visit to come, which
    `_care_before_issue` has dropped already when the issue date reads well.

    Why (set 29 u105, every rendering): a dentist's note of two sessions, each with its acts, held as
    "ambiguous" between the two dates, the first right.

    >>> def seance(day):
    ...     return Candidate("care_date", day, 0.79, 1, None, day, "right", label="Séance du", label_weight=0.95)
    >>> kept = _one_series([seance("2025-03-27"), seance("2025-03-20")])
    >>> [(c.value, c.rows) for c in kept]
    [('2025-03-20', ('2025-03-20', '2025-03-27'))]
    >>> other = dataclasses.replace(seance("2025-03-27"), label="Date des soins")
    >>> [c.value for c in _one_series([seance("2025-03-20"), other])]
    ['2025-03-20', '2025-03-27']
    """
    by_label: dict[str, list[Candidate]] = {}
    for c in candidates:
        if c.name == "care_date" and c.how in ("right", "below") and c.label_weight >= EXACT_LABEL:
            label = " ".join(tokens(c.label))
            if _SESSION.search(label):
                by_label.setdefault(label, []).append(c)
    dropped: set[int] = set()
    kept: dict[int, Candidate] = {}
    for same in by_label.values():
        days = tuple(sorted({c.value for c in same}))
        if len(days) < 2:
            continue
        for c in same:
            if c.value == days[0]:
                kept[id(c)] = dataclasses.replace(c, rows=days, notes=[*c.notes, SESSIONS_NOTE])
            else:
                dropped.add(id(c))
    return [kept.get(id(c), c) for c in candidates if id(c) not in dropped]


def _first_column_date(candidates: list[Candidate]) -> list[Candidate]:
    """Acts tables continued over pages each give their first date: the care date is the earliest."""
    columns = [c for c in candidates if c.name == "care_date" and c.how == "column"]
    if len(columns) < 2:
        return candidates
    first = min(c.value for c in columns)
    return [c for c in candidates if not (c in columns and c.value != first)]


_PERIOD = re.compile(r"\bperiode\b")
_ADMISSION = re.compile(r"admission|\badmise?\b|entree")


def _one_of_the_acts(candidates: list[Candidate]) -> list[Candidate]:
    """A table of dated acts bills a series: its first row's date is the care date. A care date read
    elsewhere ("Déclenchement réalisé le 04.03.2025" under the table) that is the day of one of the
    table's later rows dates one of those acts, not the series: dropped, the table's first date kept.
    A period's first day ("Période de soins du 24/09/2025") is the series' start itself, kept (a table
    row misread earlier, "25/08" for 25/09, would otherwise pass for the first)."""
    columns = [c for c in candidates if c.name == "care_date" and c.how == "column" and c.rows]
    if not columns:
        return candidates
    later = {day for c in columns for day in c.rows if day > c.value}

    def one_act(c: Candidate) -> bool:
        return c.name == "care_date" and c.how != "column" and c.value in later and not _PERIOD.search(fold(c.label))

    return [c for c in candidates if not one_act(c)]


_DUPLICATA = re.compile(r"\bduplicata\b")
_EDITION = re.compile(r"\bedite|\bedition\b|\breimprim|\bimprim")


def _copy_edition(candidates: list[Candidate], group: list[PageResult]) -> list[Candidate]:
    """A DUPLICATA prints again an invoice issued earlier: the day the copy was printed ("Duplicata
    édité le 03/07/2025") is the copy's, and the invoice's date is the one the original bears ("Facture
    du 12/05/2025"). When the page says duplicata and another issue date is labelled, the edition date
    is dropped."""
    def edition(c: Candidate) -> bool:
        return c.name == "invoice_date" and _EDITION.search(fold(c.label)) is not None

    if not any(edition(c) for c in candidates):
        return candidates
    if not any(c.name == "invoice_date" and c.how != "pattern" and not edition(c) for c in candidates):
        return candidates
    if not any(_DUPLICATA.search(fold(line.text)) for r in group for line in r.scan.lines):
        return candidates
    return [c for c in candidates if not edition(c)]


def _billed_period(candidates: list[Candidate]) -> list[Candidate]:
    """A statement of one period of a longer stay ("Date d'admission : 14/01", "Période du 01/02 au
    28/02"): the care it bills starts with the period, not with the admission."""
    periods = [c for c in candidates if c.name == "care_date" and _PERIOD.search(fold(c.label))]
    if not periods:
        return candidates
    start = min(c.value for c in periods)
    return [
        c for c in candidates
        if not (c.name == "care_date" and _ADMISSION.search(fold(c.label)) and c.value < start)
    ]


def _preparatory_steps(candidates: list[Candidate]) -> list[Candidate]:
    """A step before the act billed ("Consultation pré-opératoire du 08/03", "bilan préalable du ..."),
    printed beside the act's own date ("Intervention du 11/04"): the invoice bills the act, so the
    step's date is not its care date. Alone, the step is what is billed and stays."""
    def step(c: Candidate) -> bool:
        return PREPARATORY.search(" ".join(tokens(c.label))) is not None

    acts = {c.value for c in candidates if c.name == "care_date" and c.how != "pattern" and not step(c)}
    return [c for c in candidates if not (c.name == "care_date" and step(c) and acts - {c.value})]


ACTS_ROW_NOTE = "the acts row billing the total"
_CONSULTATION = re.compile(r"\b(?:consultations?|visites?)\b")


def _acts_row_of_the_total(
    candidates: list[Candidate], chosen: dict[str, Choice], group: list[PageResult]
) -> tuple[list[Candidate], frozenset[str]]:
    """A consultation dated in the words ("Consultation du 20/03/2025. Intervention en ambulatoire [...]")
    above an acts table whose date column dates its rows later, none of them that day, one row billing
    the whole total ("09/04/2025 AHPA009 [...] 268,30 EUR" under "Total honoraires 268,30 EUR"): the table
    bills the act of its row, and the consultation, recalled before it, is an earlier event this paper
    does not bill. A consultation the paper bills ("pré-anesthésique" or not) is one of its rows. The
    care date is the row's: the consultation's candidate dropped, the care date chosen again; returned
    with the consultation's day, no rival act of the row's (`doubts.doubt_rival_acts`).

    Why (set 32 ac107, text, scan and photo): a surgeon's note auto-accepted with the consultation's date
    over the date of the one act billed."""
    choice, total = chosen.get("care_date"), chosen.get("total_amount")
    if choice is None or total is None:
        return candidates, frozenset()
    recalled = choice.candidate
    if recalled.how not in ("right", "below") or not _CONSULTATION.search(" ".join(tokens(recalled.label))):
        return candidates, frozenset()
    for column in candidates:
        if column.name != "care_date" or column.how != "column" or column.box is None:
            continue
        if min((column.value, *column.rows)) <= recalled.value:
            continue  # the table dates a row on or before the consultation: it may bill it
        if _row_amount(column, group) != total.candidate.value:
            continue
        kept = [c for c in candidates if not (c.name == "care_date" and c.value == recalled.value)]
        again = choose(kept, "care_date")
        if again is None:
            return candidates, frozenset()
        chosen["care_date"] = Choice(again.candidate, again.confidence, [*again.notes, ACTS_ROW_NOTE])
        return kept, frozenset({recalled.value})
    return candidates, frozenset()


def _row_amount(column: Candidate, group: list[PageResult]) -> str | None:
    """The last amount of the table row a column date opens (its total, right of its base and fees)."""
    place = located(column, group)
    if place is None:
        return None
    scan_, index = place
    amounts = values.find_amounts(scan_.lines[index].text)
    return amounts[-1].value if amounts else None


def _drop_cross_dates(candidates: list[Candidate]) -> list[Candidate]:
    """A date printed as the birth date is never also the care or issue date from a weaker cue."""
    births = {c.value for c in candidates if c.name == "patient_birth_date" and c.score >= 0.5}
    kept: list[Candidate] = []
    for c in candidates:
        if c.name in ("care_date", "invoice_date") and c.value in births and c.score < 0.9:
            continue
        kept.append(c)
    return kept


def _field_names() -> tuple[str, ...]:
    return FIELD_NAMES


def _to_field(name: str, choice: Choice) -> Field:
    candidate = choice.candidate
    source = "ocr-repair" if candidate.repaired else "document"
    return Field(
        name=name,
        value=candidate.value,
        confidence=round(choice.confidence, 4),
        page=candidate.page,
        box=candidate.box,
        source=source,
        raw=candidate.raw,
    )


def extract_documents(pages: list[Page], *, review_threshold: float = 0.85) -> list[ExtractedDocument]:
    """Split the pages into documents (invoices, quotes, PEC) and extract each one's fields."""
    results = [analyse_page(page) for page in pages if page.words]
    if not results:
        return []
    listed = listed_numbers(results)
    groups = split_pages(results, analyse_page, listed)
    read_ids = frozenset(
        (c.name, c.value) for r in results for c in r.candidates
        if c.name in PRACTITIONER_FIELDS and c.how != "pattern" and not c.repaired
    )
    return [
        flag_listed(flag_stacked(build_document(group, review_threshold, read_ids), group), group, listed)
        for group in groups
    ]


READ_OVER_CONFIDENCE = 0.6  # the score of a practitioner's number mended to another reading of it
READ_OVER_NOTE = "one digit read over, as read elsewhere in the file"
_LABELLED_DIGITS = re.compile(r"^[\s:;.°]*(\d{10,15})(?!\w)")


def _read_over(
    group: list[PageResult], candidates: list[Candidate], read_ids: frozenset[tuple[str, str]]
) -> list[Candidate]:
    """No practitioner's number read on the document, and one printed after its own label read with one
    digit too many ("N° RPPS : 100503605807" on a photo): when one digit dropped gives the number read
    under that label elsewhere in the file (its sending sheet's letterhead, the next invoice of the same
    practitioner), that is the number; two readings agree, held for a clerk all the same."""
    if not read_ids or any(c.name in PRACTITIONER_FIELDS for c in candidates):
        return []
    found: list[Candidate] = []
    for result in group:
        for index, line in enumerate(result.scan.lines):
            for hit in result.scan.hits.get(index, []):
                if hit.kind not in PRACTITIONER_FIELDS:
                    continue
                words = line.words[hit.last_word + 1 :]
                tail = " ".join(w.text for w in words)
                match = _LABELLED_DIGITS.match(hit.tail + " " + tail if hit.tail else tail)
                if match is None:
                    continue
                digits = match.group(1)
                drops = {digits[:i] + digits[i + 1 :] for i in range(len(digits))}
                ids = {value for name, value in read_ids if name == hit.kind and value in drops}
                if len(ids) != 1 or not words:
                    continue
                word = words[0]
                found.append(Candidate(
                    hit.kind, ids.pop(), READ_OVER_CONFIDENCE, line.page, (word.x0, word.y0, word.x1, word.y1),
                    digits, "right", repaired=True, notes=[READ_OVER_NOTE], ocr=line.source == "ocr",
                ))
    return found if len({c.value for c in found}) == 1 else []
