"""Find candidate values for each field: the dispatch.

`label_candidates` looks right of each label, else around it (`around.py`); `pattern_candidates` finds the
label-less ones (a letter's date, a name by its civility, shares named in a sentence, RPPS/NIR runs).
Every candidate carries the evidence its score is made of; `extract.py` ranks them. Shared types are in
`base.py`, page geometry in `geometry.py`, `find_value` in `reading.py`; the field families in `ids.py`,
`dates.py`, `names.py`, `numbers.py`; whose number a candidate is in `roles.py`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from intake.domain.model import Word
from parsers.fields import values
from parsers.fields.around import find_above, find_below, find_beside, find_wrapped, spaced_cents
from parsers.fields.base import (
    AMOUNT_FIELDS,
    DATE_FIELDS,
    ID_FIELDS,
    NAME_FIELDS,
    PRACTITIONER_FIELDS,
    Candidate,
    Found,
    PageScan,
    Region,
    make_candidate,
    make_region,
)
from parsers.fields.dates import (
    ACTS_DATE_WEIGHT,
    CARE_TODAY,
    TIMESTAMP_NOTE,
    UNTANGLED_FACTOR,
    act_in_sentence,
    another_birth,
    billed_elsewhere,
    care_today,
    dated_after,
    dated_below,
    dated_under_number,
    earlier_event,
    is_acts_header,
    misread_date,
    names_previous,
    not_given,
    sale_date,
    untangled_tail,
    visit_column,
)
from parsers.fields.geometry import (
    CELL_GAP,
    FEMININE_MARK,
    bracketed_note,
    cell_start,
    is_header_row,
    is_table_header,
    labelled,
    line_below,
    line_cells,
    overlap_of,
    right_region,
    slash_shared,
    translated_by,
    without_rules,
)
from parsers.fields.ids import number_runs
from parsers.fields.labels import CONCEPT_WEIGHT, DATE_CONCEPT_WEIGHT, concept_of, date_concept_of, fold, tokens
from parsers.fields.layout import LabelHit, Line, median_height
from parsers.fields.names import (
    find_name,
    heading_goes_on,
    label_qualifier,
    lower_case_words,
    named_before_birth,
    named_in_sentence,
    participle_qualifier,
    received_from,
    with_first_name,
)
from parsers.fields.numbers import (
    AMOUNT_ROLE_WORDS,
    INSURER_NUMBER_WEIGHT,
    NAMED_NUMBER_WEIGHT,
    act_code,
    closing_formula,
    inside_table_row,
    insurer_number,
    number_after_words,
    stated_sums,
)
from parsers.fields.reading import find_value
from parsers.identifiers import nir, rpps, siret


def _field_of(hit: LabelHit, hits: list[LabelHit], line: Line) -> str | None:
    if hit.kind.startswith("distractor:"):
        return None
    if hit.kind == "generic_date" and translated_by(hit, hits):
        return None  # "Date des soins / Date of care": the translation's "Date" is no label of its own
    if hit.kind == "generic_date":
        return "care_date" if is_table_header(hits, line) or is_acts_header(line, hits) else "invoice_date"
    return hit.kind


# "Part AMO 292 60 €" on a fax: a comma read as a space ("97, 69 EUR" on a scan: the comma kept, the word
# split after it). French amounts group thousands by three, so a group of two digits before the currency
# after one to three digits is the cents: an alternative reading, weaker than the amount read, that only the
# sums (total = shares) choose (`extract.check_sums`).
_NUMBER_WORDS = frozenset({"n", "no", "numero", "code", "identifiant", "id"})  # a label of the number itself
_RATE_LEAD = r"^[\s:=]*(?:\(\d{1,3}\s?%\)\s*)?"  # "Part AMC (35 %) 97, 69 EUR": the share's rate first
_SPACED_CENTS = re.compile(_RATE_LEAD + r"(\d{1,3}),? (\d{2})\s*(?:€|eur)", re.IGNORECASE)
COMMA_AS_SPACE_FACTOR = 0.5
COMMA_AS_SPACE_NOTE = "comma read as a space"


def _comma_as_space(name: str, value: Found, region: Region, weight: float) -> list[Candidate]:
    match = _SPACED_CENTS.match(region.text)
    if region.line.source != "ocr" or match is None or value.start != match.start(2):
        return []
    spaced = Found(f"{int(match.group(1))}.{match.group(2)}", match.start(1), value.end)
    candidate = make_candidate(name, spaced, region, weight * COMMA_AS_SPACE_FACTOR, "right")
    candidate.notes.append(COMMA_AS_SPACE_NOTE)
    return [candidate]


# "Reste à votre charge 3 5:00 EUR" for ": 5,00 EUR" on a fax: the comma read as a colon, and the cents alone
# ("00 EUR") taken for the amount. A clock's time carries no currency: euros, a colon, two digits of cents and
# the currency make an amount; an alternative reading, weaker than the amount read, that only the sums choose.
_COLON_CENTS = re.compile(r"(?<![\d:.,])(\d{1,3}):(\d{2})\s?(?:€|eur\b)", re.IGNORECASE)
COMMA_AS_COLON_NOTE = "comma read as a colon"


def _comma_as_colon(name: str, value: Found, region: Region, weight: float) -> list[Candidate]:
    if region.line.source != "ocr":
        return []
    match = next((m for m in _COLON_CENTS.finditer(region.text) if m.start(2) == value.start), None)
    if match is None:
        return []
    read = Found(f"{int(match.group(1))}.{match.group(2)}", match.start(1), value.end, True)
    candidate = make_candidate(name, read, region, weight * COMMA_AS_SPACE_FACTOR, "right")
    candidate.notes.append(COMMA_AS_COLON_NOTE)
    return [candidate]


# "Part AMO 4788", "Part AMO €4788" for 47,88 €: a fax or a photo lost the comma of an amount printed with
# its cents. "Part AMC 620,52" for "€20,52": the euro sign glued before the amount read as a 6 on a page
# printing "€ 30,00" elsewhere. Alternative readings, repaired and weaker than the amount read, that only
# the sums (total = shares) choose (`extract.check_sums`), never into the sure band.
_BARE_DIGITS = re.compile(r"^[\s:=]*(?:€\s?)?(\d{3,5})(?:\s?(?:€|eur))?(?![\d,.])", re.IGNORECASE)
_SIX_FOR_SIGN = re.compile(r"^[\s:=]*6(\d{1,3},\d{2})(?!\d|\s?(?:€|eur))", re.IGNORECASE)
_SIGN_BEFORE = re.compile(r"€\s?\d")
# "Part complémentaire 32,710 €" for 32,70 €: a speck by the cents read as a third digit; each reading
# without one of the three digits is an alternative, the sums choose.
_THREE_CENTS = re.compile(r"^[\s:=]*(\d{1,3}),(\d{3})\s?(?:€|eur)", re.IGNORECASE)
MISREAD_AMOUNT_FACTOR = 0.5
COMMA_LOST_NOTE = "comma lost"
SIGN_AS_SIX_NOTE = "euro sign read as a 6"
EXTRA_CENT_NOTE = "a third digit read in the cents"
MISREAD_AMOUNT_NOTES = (COMMA_LOST_NOTE, SIGN_AS_SIX_NOTE, EXTRA_CENT_NOTE)
# every alternative reading of an amount right of its label, weaker than the amount read
ALTERNATIVE_AMOUNT_NOTES = (COMMA_AS_SPACE_NOTE, COMMA_AS_COLON_NOTE, *MISREAD_AMOUNT_NOTES)


def _misread_amounts(scan_: PageScan, name: str, region: Region, weight: float) -> list[Candidate]:
    """The alternative readings above of the amount right of an amount label, on an OCR'd line."""
    if name not in AMOUNT_FIELDS or region.line.source != "ocr":
        return []
    found: list[Candidate] = []
    lost = _BARE_DIGITS.match(region.text)
    if lost is not None:
        digits = lost.group(1)
        value = Found(f"{digits[:-2]}.{digits[-2:]}", lost.start(1), lost.end(1), True)
        found.append(make_candidate(name, value, region, weight * MISREAD_AMOUNT_FACTOR, "right"))
        found[-1].notes.append(COMMA_LOST_NOTE)
    six = _SIX_FOR_SIGN.match(region.text)
    if six is not None and sum(bool(_SIGN_BEFORE.search(line.text)) for line in scan_.lines) >= 2:
        amounts = values.find_amounts(six.group(1))
        if amounts:
            value = Found(amounts[0].value, six.start(1), six.end(1), True)
            found.append(make_candidate(name, value, region, weight * MISREAD_AMOUNT_FACTOR, "right"))
            found[-1].notes.append(SIGN_AS_SIX_NOTE)
    extra = _THREE_CENTS.match(region.text)
    if extra is not None:
        cents = extra.group(2)
        for kept in sorted({cents[:k] + cents[k + 1 :] for k in range(3)}):
            value = Found(f"{int(extra.group(1))}.{kept}", extra.start(1), extra.end(2), True)
            found.append(make_candidate(name, value, region, weight * MISREAD_AMOUNT_FACTOR, "right"))
            found[-1].notes.append(EXTRA_CENT_NOTE)
    return found


def label_candidates(scan_: PageScan) -> list[Candidate]:
    """Candidates anchored on labels: right on the line, else below / down the column. Where a bare "Nom et
    prénom" heads a block under the patient's own heading ("LE PATIENT"), the page names its blocks: a bare
    name label under another heading ("LA PSYCHOLOGUE", "LE PRATICIEN") is that person's, not the patient's
    (`_patient_section`)."""
    found: list[Candidate] = []
    headed: dict[int, bool] = {}  # a bare name label's patient candidate: under the patient's heading?
    for index, hits in scan_.hits.items():
        line = scan_.lines[index]
        for hit in hits:
            name = _field_of(hit, hits, line)
            if name is None:
                continue
            label_weight = hit.label.weight
            if name in PRACTITIONER_FIELDS and label_weight < SECTION_ID_WEIGHT and _practitioner_section(scan_, index):
                label_weight = SECTION_ID_WEIGHT  # "Identifiant" under "PROFESSIONNEL DE SANTÉ"
            if name == "patient_name" and _insured_section(scan_, index, hit):
                name = "insured_name"  # "ASSURÉ(E)" heading a block, then "Nom, prénom" in it
            bare = name == "patient_name" and hit.label.text in _GENERIC_NAME_LABELS
            in_block = bare and _patient_section(scan_, index, hit)
            if in_block:
                label_weight = max(label_weight, PATIENT_SECTION_WEIGHT)  # "LE PATIENT" / "Nom et prénom"
            visit = name == "invoice_date" and hit.kind == "generic_date" and _visit_section(scan_, index, hit)
            if visit:
                # "PASSAGE" heading a block, then "Date : ..." in it: read as "Date de passage"
                name, label_weight = "care_date", DATE_CONCEPT_WEIGHT
            weight = label_weight * hit.quality
            if hit.kind == "generic_date":
                weight = label_weight if visit else hit.label.weight
                if name == "care_date" and is_acts_header(line, hits):
                    weight = ACTS_DATE_WEIGHT  # "Date | Cotation | Acte | Montant": each act's date
            for candidate in _for_hit(scan_, index, hit, hits, name, weight):
                candidate.label, candidate.label_weight = hit.label.text, label_weight
                found.append(candidate)
                if bare:
                    headed[id(candidate)] = in_block
    if any(headed.values()):
        found = [c for c in found if headed.get(id(c), True)]
    return found


SECTION_ID_WEIGHT = 0.85  # as "Identifiant du professionnel"
PATIENT_SECTION_WEIGHT = 1.0  # as "Nom du patient": the heading names whose name the bare label asks for
SECTION_REACH = 3  # lines under a section heading that still belong to it
_PRACTITIONER_HEADINGS = ("Praticien", "Professionnel de santé")  # not "Établissement": a FINESS block


def _lines_above(scan_: PageScan, index: int) -> Iterator[tuple[int, Line]]:
    """The lines a few (`SECTION_REACH`) above line `index` on its page, nearest first: its block's."""
    page = scan_.lines[index].page
    for j in range(index - 1, max(-1, index - 1 - SECTION_REACH), -1):
        if scan_.lines[j].page != page:
            return
        yield j, scan_.lines[j]


def _practitioner_section(scan_: PageScan, index: int) -> bool:
    """A generic id label ("Identifiant", "N° PS") in the block under a heading alone on its line that
    names the practitioner ("PROFESSIONNEL DE SANTÉ", "Praticien"): the heading qualifies the label,
    unless a patient, insured or prescriber label starts another block in between."""
    for j, above in _lines_above(scan_, index):
        hits = scan_.hits.get(j, [])
        if any(h.kind in (*NAME_FIELDS, "distractor:prescriber") for h in hits):
            return False
        heading = [h for h in hits if h.kind == "distractor:practitioner" and h.label.text in _PRACTITIONER_HEADINGS]
        if heading:
            # alone on its line, or in capitals opening the block's first line ("PRATICIEN  X Y — Kiné")
            opening = above.words[heading[0].first_word].text.isupper()
            ends = heading[0].last_word == len(above.words) - 1
            return len(hits) == 1 and heading[0].first_word == 0 and (ends or opening)
    return False


_GENERIC_NAME_LABELS = ("Nom", "Nom prénom", "Nom et prénom", "Nom, prénom", "Nom d'usage", "Nom d'usage et prénom")


def _insured_section(scan_: PageScan, index: int, hit: LabelHit) -> bool:
    """A bare "Nom, prénom" label in a block headed by the insured ("ASSURÉ(E)", "Responsable légal —
    assuré") ending its own line, in the label's column, a few lines up: the insured's name (a child's
    invoice names the parent there), unless a patient label starts another block in between."""
    if hit.label.text not in _GENERIC_NAME_LABELS:
        return False
    line = scan_.lines[index]
    for j, above in _lines_above(scan_, index):
        column = [h for h in scan_.hits.get(j, []) if abs(cell_start(above, h.x0) - hit.x0) <= 2 * line.height]
        if any(h.kind == "patient_name" for h in column):
            return False
        heading = [h for h in column if h.kind == "insured_name"]
        if heading:
            return heading[0].last_word == len(above.words) - 1 and not heading[0].tail.strip(" :")
    return False


def _patient_section(scan_: PageScan, index: int, hit: LabelHit) -> bool:
    """A bare "Nom et prénom" label in a block headed by the patient ("LE PATIENT", "Patient(e)") alone on
    its line, in the label's column, a few lines up: a form that heads each person's block names whose
    name each bare label asks for (`label_candidates`)."""
    line = scan_.lines[index]
    for j, above in _lines_above(scan_, index):
        hits = scan_.hits.get(j, [])
        column = [h for h in hits if abs(cell_start(above, h.x0) - hit.x0) <= 2 * line.height]
        if any(h.label.text in _GENERIC_NAME_LABELS for h in column):
            return False  # another bare name label: another block
        heading = [h for h in hits if h.kind == "patient_name" and h.label.text not in _GENERIC_NAME_LABELS]
        if heading and abs(_lettered_start(above) - hit.x0) <= 2 * line.height:
            alone = len(hits) == 1 and len(above.words) <= SECTION_HEADING_WORDS
            return alone and heading[0].last_word == len(above.words) - 1 and not heading[0].tail.strip(" :")
    return False


def _lettered_start(line: Line) -> float:
    """Where a heading's words start: its first word with a letter (a scan reads the coloured mark before
    "LE PATIENT" as "[—")."""
    return next((w.x0 for w in line.words if any(ch.isalpha() for ch in w.text)), line.words[0].x0)


SECTION_HEADING_WORDS = 3  # "LE PATIENT", "Patient(e) soigné(e)": a heading, not a line of values


VISIT_HEADING_WORDS = 2  # "Passage", "Consultation", "Séance de soins": a heading, not a sentence


def _visit_section(scan_: PageScan, index: int, hit: LabelHit) -> bool:
    """A bare "Date" opening its cell in a block headed by the visit ("Passage", "Consultation",
    "Séance") in its column a few lines up, the heading ending its cell: the date of that visit, the
    care date. The invoice's own date is under "Facture" or "Édition", not under the visit. A heading
    word that names another date (a prescription, the next appointment) or any label in between (a
    patient's block under its own heading) stops the search."""
    line = scan_.lines[index]
    if tokens(hit.label.text) != ["date"] or cell_start(line, hit.x0) < hit.x0 - 0.5:
        return False
    for j in range(index - 1, max(-1, index - 1 - SECTION_REACH), -1):
        above = scan_.lines[j]
        if above.page != line.page:
            return False
        cell = next((c for c in line_cells(above) if abs(c[0].x0 - hit.x0) <= 2 * line.height), None)
        if cell is None:
            continue
        if scan_.hits.get(j) and any(h.x0 <= cell[-1].x1 and h.x1 >= cell[0].x0 for h in scan_.hits[j]):
            return False
        words = tokens(" ".join(w.text for w in cell))
        return 0 < len(words) <= VISIT_HEADING_WORDS and date_concept_of([*words, "date"]) == "care_date"
    return False


_LABEL_LINK = re.compile(r"(?:de|du|des|d)\b")


def _label_goes_on(text: str) -> bool:
    """The words after a bare "Date" in a visit's block, with no digit, opening on "de"/"du"/"d'" ("Date
    de de scene", a fax's "Date de la séance"): the rest of a label the OCR garbled, not a value; the
    visit's date is below it, as under the whole label (set 24: j108's fax lost its care date)."""
    return not any(ch.isdigit() for ch in text) and _LABEL_LINK.match(fold(text).strip(" :")) is not None


def _text_height(line: Line) -> float:
    """The median height of a line's words: its text's height, which one tall word (a label set in a
    box, two rows a scan merged into one line) does not stretch as it does `line.height`."""
    return max(1.0, median_height(line.words))


def _for_hit(
    scan_: PageScan, index: int, hit: LabelHit, hits: list[LabelHit], name: str, weight: float
) -> list[Candidate]:
    line = scan_.lines[index]
    if name in PRACTITIONER_FIELDS:
        after = " ".join(w.text for w in line.words[hit.last_word + 1 : hit.last_word + 4])
        if "prescri" in fold(hit.tail + " " + after):
            return []
    if name == "first_name" or (name == "invoice_number" and inside_table_row(hit)) or _glossary(hit, hits):
        return []
    if name == "invoice_number" and _billed_participle(hit):
        return []
    if name in DATE_FIELDS and earlier_event(hit):
        return []
    if name == "patient_birth_date" and another_birth(hit):
        return []
    gap = 2.5 * _text_height(line) if name in NAME_FIELDS else None
    if name in NAME_FIELDS and hit.label.text in ("Nom", "Nom d'usage"):
        joined = with_first_name(scan_, index, hit, hits, gap)
        if joined is not None:
            return [joined]
    region = right_region(hit, hits, gap_stop=gap, amounts=name in AMOUNT_FIELDS)
    if name in AMOUNT_FIELDS:
        region = slash_shared(hit, hits, region)
    elif name in _PAIRED_NUMBERS:
        region = slash_shared(hit, hits, region, amounts=False)
    tail = hit.tail.strip(" :")
    if name in NAME_FIELDS and (not tail or FEMININE_MARK.match(tail)) and label_qualifier(region.words):
        region = make_region(line, region.words[label_qualifier(region.words) :])
    if name in NAME_FIELDS and not tail.strip("()") and participle_qualifier(region.words):
        region = make_region(line, region.words[participle_qualifier(region.words) :])
    if name in NAME_FIELDS and not tail.strip("()") and lower_case_words(" ".join(w.text for w in region.words)):
        region = make_region(line, [])  # "Patient(e) soigné(e) à domicile": the heading goes on; the name is below
    if (
        name in NAME_FIELDS
        and not tail
        and hit.label.text not in _GENERIC_NAME_LABELS
        and region.words == line.words[hit.last_word + 1 :]
        and heading_goes_on(line.words[hit.first_word : hit.last_word + 1], region.words)
    ):
        region = make_region(line, [])  # "PATIENT TRANSPORTE" heading its block: the name is below
    if name in AMOUNT_FIELDS and act_code(hit, region.text, line):
        return []
    value = find_value(name, region.text, bare_zero=True)
    if value is not None and name in AMOUNT_FIELDS:
        value = row_total(scan_, index, region) or value
    position_factor = 1.0
    if value is None and (name in DATE_FIELDS or name in AMOUNT_FIELDS):
        untangled = untangled_tail(hit)
        if untangled is not None:
            region = make_region(line, region.words, untangled)
            value = find_value(name, region.text)
            position_factor = UNTANGLED_FACTOR
    if name in AMOUNT_FIELDS and line.source == "ocr":  # "TOTAL 185, 58", "85, 00 EUR" (not its "00 EUR")
        value = spaced_cents(region.text) or value  # an amount split after its comma, as below a heading
    if value is None and name in DATE_FIELDS and line.source == "ocr":
        value = _misread_date_in(region)
    if value is None and name in ID_FIELDS:  # the qualifier may hold a word that is itself a label
        after = make_region(line, line.words[hit.last_word + 1 :], hit.tail).text
        value = _after_qualifier(name, after, site_word=_opens_cell(line, hit))
        if value is not None:
            region = make_region(line, line.words[hit.last_word + 1 :], hit.tail)
    if value is None and name == "invoice_number":
        value = number_after_words(region.text)  # "FACTURE TIERS PAYANT N. 000330"
        if value is not None:
            weight = max(weight, NAMED_NUMBER_WEIGHT)
    if value is None and name == "amc_amount" and not set(hit.label.tokens) & AMOUNT_ROLE_WORDS:
        value = find_value("amc_number", region.text)  # "AMC : 12345678", "Organisme compl. : 722782956"
        if value is None:  # "Complémentaire santé : 374495542": words up to the next label qualify this one
            own = right_region(hit, hits, gap_stop=CELL_GAP * line.height)  # in the label's own cell
            value = _after_qualifier("amc_number", own.text)
            region = own if value is not None else region
        if value is not None:
            name, weight = "amc_number", max(weight, INSURER_NUMBER_WEIGHT)
    if value is None and name == "amc_amount":
        insurer = insurer_number(region.text)  # "Complémentaire : Malakoff Humanis — n° 30955972"
        if insurer is None and not set(hit.label.tokens) & AMOUNT_ROLE_WORDS:
            # a label naming the insurer, not its share ("AMC  Alptis / 24844030"): a separator is enough,
            # the number ending the label's own cell (another cell's "IPP : 35465435" is none of its)
            own = right_region(hit, hits, gap_stop=CELL_GAP * line.height)
            insurer = insurer_number(own.text, named=True)
            region = own if insurer is not None else region
        if insurer is not None:
            name, value, weight = "amc_number", insurer, max(weight, INSURER_NUMBER_WEIGHT) * 0.9
    if value is None and name == "amc_number":
        value = insurer_number(region.text, named=True)  # "Organisme complémentaire  MNT — n° 45667163"
    if value is None and name == "amc_number" and not set(hit.label.tokens) & _NUMBER_WORDS:
        amount = find_value("amc_amount", region.text)  # "Organisme complémentaire  30,00 €": its share
        if amount is not None and re.fullmatch(_RATE_LEAD, region.text[: amount.start]):
            name, value = "amc_amount", amount
    if value is not None and name in DATE_FIELDS and _billed_elsewhere(region, value):
        return []
    if value is not None and name == "care_date" and not_given(line.text):
        return []
    misread = _misread_amounts(scan_, name, region, weight)
    if value is not None:
        near = region.words_for(value.start, value.end)
        distance = (near[0].x0 - hit.x1) / line.height if near else 0.0
        position = (1.0 if distance < 6 else 0.97) * position_factor
        found = [make_candidate(name, value, region, weight * position, "right")]
        if name in AMOUNT_FIELDS:
            found.extend(_comma_as_space(name, value, region, weight * position))
            found.extend(_comma_as_colon(name, value, region, weight * position))
            found.extend(misread)
        if name == "invoice_number":
            dated = dated_after(region, value.end, weight * position)
            if not dated and not region.text[value.end :].strip(" .,;") and near:
                dated = dated_below(scan_, index, hit, near[-1].x1, weight * position)
            found.extend(dated)
        return found
    if not region.text.strip(" :)"):  # "identifiant (RPPS)": the label's closing bracket is no value
        beside = find_beside(scan_, index, hit, name, weight)
        if beside:
            return beside
    # something else follows the label closely on its line: the value is not below it (a bracketed note
    # on the label, "N° AMC (figurant sur l'attestation)", is not something else)
    note = 0 if hit.tail.strip(" :") else bracketed_note(region.words)
    close = [w for w in region.words[note:] if w.x0 - hit.x1 < 4 * line.height]
    region = make_region(line, close, hit.tail)
    if (
        region.text.strip()
        and ((name not in AMOUNT_FIELDS and name != "care_date") or re.search(r"[^\W\d]{3,}", region.text))
        and (find_value("generic_date", region.text) or re.search(r"\w{3,}", region.text))
        and not is_header_row(hits, line)
        and not (name == "care_date" and is_acts_header(line, hits))
        and not (name == "care_date" and hit.kind == "generic_date" and _label_goes_on(region.text))
    ):
        return []
    if (name in DATE_FIELDS or name in NAME_FIELDS) and not region.text.strip(" :"):
        wrapped = find_wrapped(scan_, index, hit, name, weight)
        if wrapped:
            return wrapped
    if name in AMOUNT_FIELDS and in_sentence(hit):
        return misread
    below = find_below(scan_, index, hit, name, weight)
    if name == "invoice_number":
        below += [d for c in below for d in dated_under_number(scan_, c, weight)]
    if not below and name in DATE_FIELDS and not region.text.strip(" :"):
        return find_above(scan_, index, hit, name, weight)
    return [*below, *misread]


_ARTICLES = frozenset({"la", "le", "les", "l", "sa", "son", "ses", "votre", "vos", "leur", "une", "un", "du", "des"})


_SENTENCE_END = re.compile(r"[^\W\d_][.!]$")  # a sentence's full stop after a word (not a table header's)


def in_sentence(hit: LabelHit) -> bool:
    """A share's label in lower case after an article, in a line ending a sentence ("Tiers payant sur la
    part obligatoire et la part complémentaire."): a noun in a sentence, not a label heading a value; the
    amount under it, on the next line, belongs to another sentence or row. A table's header ("Montant de
    la part obligatoire") ends on no full stop: its amounts stay under it.

    >>> from intake.domain.model import Word
    >>> from parsers.fields.labels import Label
    >>> words = [Word(t, i * 10, 0, i * 10 + 8, 5) for i, t in enumerate("sur la part obligatoire.".split())]
    >>> label = Label("amo_amount", "Part obligatoire", ("part", "obligatoire"), 1.0)
    >>> in_sentence(LabelHit(label, Line(1, 0, words, "text"), 2, 3, "", 1.0))
    True
    >>> words = [Word(t, i * 10, 0, i * 10 + 8, 5) for i, t in enumerate("Montant de la part obligatoire".split())]
    >>> in_sentence(LabelHit(label, Line(1, 0, words, "text"), 3, 4, "", 1.0))
    False
    """
    words = hit.line.words
    if hit.first_word == 0 or not words[hit.first_word].text[:1].islower() or not _SENTENCE_END.search(hit.line.text):
        return False
    return fold(words[hit.first_word - 1].text).strip(" ,:'’") in _ARTICLES


_PARTICIPLE_END = re.compile(r"[éÉ](?:e|E)?(?:s|S)?[\s:.,)]*$")


def _billed_participle(hit: LabelHit) -> bool:
    """ "Montant facturé", "Total facturé": the past participle of "facturer" (its accent kept), not the
    paper's title "Facture" before its number."""
    if hit.first_word != hit.last_word or hit.label.tokens != ("facture",):
        return False
    return bool(_PARTICIPLE_END.search(hit.line.words[hit.first_word].text))


_PAIRED_NUMBERS = (*ID_FIELDS, "invoice_number")  # "N° AMC / N° adhérent : 972792526 / 2549386301"
ROW_TOTAL_AMOUNTS = 3  # two amounts and their sum, at the least


def row_total(scan_: PageScan, index: int, region: Region) -> Found | None:
    """A share's row of a table set on its side, one column per session and a last column of totals
    ("Part AMO  13,55  13,55 … 13,55  135,50"): the row's last amount is the share billed, not the first
    session's, when it is the sum of the amounts before it or sits under a "Total" heading of the table
    (a session's cell misread, "13:55", spoils the sum, not the heading)."""
    amounts = values.find_amounts(region.text)
    if len(amounts) < ROW_TOTAL_AMOUNTS:
        return None
    *parts, last = amounts
    summed = sum(Decimal(a.value) for a in parts) == Decimal(last.value)
    if not summed and not _under_total_heading(scan_, index, region.words_for(last.start, last.end)):
        return None
    return Found(last.value, last.start, last.end)


TOTAL_HEADING_REACH = 12  # lines above a row where its table's headings may be


def _under_total_heading(scan_: PageScan, index: int, words: list[Word]) -> bool:
    """The words sit under a "Total" label of a line above, in the same column."""
    if not words:
        return False
    x0, x1 = words[0].x0, words[-1].x1
    line = scan_.lines[index]
    for j in range(max(0, index - TOTAL_HEADING_REACH), index):
        if scan_.lines[j].page != line.page:
            continue
        for hit in scan_.hits.get(j, []):
            if hit.kind == "total_amount" and overlap_of(hit.x0, hit.x1, x0, x1) > 0:
                return True
    return False


def _misread_date_in(region: Region) -> Found | None:
    """A date right of its label that the OCR misread (see `dates.misread_date`)."""
    shift = len(region.text) - len(region.text.lstrip(" :"))
    found = misread_date(region.text[shift:])
    if found is None:
        return None
    return Found(found.value, found.start + shift, found.end + shift, found.repaired, found.validity)


def _billed_elsewhere(region: Region, value: Found) -> bool:
    """The rest of the line after a date says another paper bills that care (see `dates.billed_elsewhere`);
    the line's words, not the region's: "facturée" may itself read as a label and end the region."""
    near = region.words_for(value.start, value.end)
    if not near:
        return billed_elsewhere(region.text[value.end :])
    after = [w.text for w in region.line.words if w.x0 >= near[-1].x1 - 0.5 and w is not near[-1]]
    return billed_elsewhere(" " + " ".join(after))


_GLOSSARY_GLUE = {":", "=", ":="}


def _abbreviation(hit: LabelHit) -> bool:
    """A label of one short upper-case word: "RO", "AMC", "RAC"."""
    text = hit.line.words[hit.first_word].text.strip(" :=")
    return hit.first_word == hit.last_word and 2 <= len(text) <= 5 and text.isalpha() and text.isupper()


def _glossary(hit: LabelHit, hits: list[LabelHit]) -> bool:
    """ "RO : régime obligatoire ; RC : régime complémentaire": an abbreviation explained by another
    wording of the same field, a legend under a table, not a label with its value."""
    words = hit.line.words
    for other in hits:
        if other is hit or other.kind != hit.kind:
            continue
        first, second = (hit, other) if hit.last_word < other.first_word else (other, hit)
        if second.first_word <= first.last_word or not _abbreviation(first):
            continue
        between = [w.text for w in words[first.last_word + 1 : second.first_word]]
        joined = (not first.tail.strip() and between and all(t in _GLOSSARY_GLUE for t in between)) or (
            first.tail.strip() in _GLOSSARY_GLUE and not between
        )
        # "Identification du professionnel : RPPS 1527...": a label qualified by another, with its value
        after = right_region(second, hits, amounts=hit.kind in AMOUNT_FIELDS).text
        # "AMC : Mutuelle Familiale - N° 77294646": the insurer named, then its number: its line, no legend
        named = hit.kind == "amc_amount" and insurer_number(after) is not None
        if joined and find_value(hit.kind, after) is None and not named:
            return True
    return False


_QUALIFIER = re.compile(r"^\s*[(\[]?[^\W\d][^\d:]{0,40}?:\s*")
# "du médecin", "de l'établissement" (a fax's "a médecin" too): a linking word, then whose number it is
_OWNER = re.compile(r"^\s*(?:(?i:du|des|de la|de l['’]|d['’])|[a-zéè]{1,2}(?=\s))\s*[^\W\d]{2,}\s*:?\s*")


# "FINESS ETABLISSEMENT 292843067" (a fax lost the colon): the word saying which of an establishment's
# numbers it is
_SITE_WORD = re.compile(r"^\s*(?:etablissement|geographique|juridique|site|et|ej)\b\s*:?\s*(?=\d)")


def _opens_cell(line: Line, hit: LabelHit) -> bool:
    """The label opens its cell, or its entry after another number ("FINESS EJ 2... - FINESS ET 2..."):
    no word before it names whose number it is ("CHU — FINESS établissement 4..." names the CHU's)."""
    for k in range(hit.first_word - 1, -1, -1):
        word, after = line.words[k], line.words[k + 1]
        if after.x0 - word.x1 > CELL_GAP * line.height or any(c.isdigit() for c in word.text):
            return True
        if any(c.isalpha() for c in word.text):
            return False
    return True


def _after_qualifier(name: str, text: str, *, site_word: bool = False) -> Found | None:
    """ "Numéro RPPS du PS exécutant : 18391116094", "N° AMC (télétransmission) : 238..." : a few words,
    bracketed or not, qualify the label before its colon; "Identifiant RPPS du médecin 1...": one word
    after "du", "de l'" says whose number it is, colon or not; with `site_word` (the label opens its
    cell), "FINESS ETABLISSEMENT 2...", its colon lost."""
    match = _QUALIFIER.match(text) or _OWNER.match(text)
    if match is None and name == "finess" and site_word:
        match = _SITE_WORD.match(fold(text)) if len(fold(text)) == len(text) else None
    if match is None or len(match.group(0).split()) > 5:
        return None
    found = find_value(name, text[match.end() :])
    if found is None:
        return None
    shift = match.end()
    return Found(found.value, found.start + shift, found.end + shift, found.repaired, found.validity * 0.95, found.name)


_WEEKDAY = r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),? )?"
_LE = "[li1|]e"  # "le", or OCR's "ie", "1e", "|e" for it: "Clermont-Ferrand, ie 04/02/2025"
_PLACE_DATE = re.compile(rf"^(?:fait )?(?:a )?[a-z][a-z' \-]{{1,40}}, {_LE} {_WEEKDAY}(.*)$")
# its comma read as "."
_OCR_PLACE_DATE = re.compile(rf"^(?:fait )?(?:a )?[a-z][a-z' \-]{{1,40}}\. {_LE} {_WEEKDAY}(.*)$")
_LE_DATE = re.compile(rf"^le {_WEEKDAY}(.*)$")  # "Le 10/03/2025" alone in its cell
_BARE_PLACE_DATE = re.compile(rf"^[a-z][a-z' \-]{{1,40}}, {_WEEKDAY}(\d.*)$")  # "Dijon, 8 août 2025"
_CLOCK = re.compile(r"^\s*(?:a |-\s*)?\d{1,2}[:h]\d{2}(?::\d{2})?\b")  # a till's "Le 04.09.2025 18:29"
# the line a mail client writes above a quoted message: "Le 30/06/2025 à 16:05, X a écrit :", "On ... wrote:",
# "-----Message d'origine-----"
QUOTE_HEADER = re.compile(r"\b(?:a ecrit|wrote)\s*:?\s*$|\bmessage d'origine\b|\boriginal message\b")
_CIVILITY = re.compile(r"^(?:m|mme|mlle|madame|monsieur|mademoiselle)\.? [A-Za-z]")


def _place_date(region: Region) -> Candidate | None:
    """ "Lyon, le 7 octobre 2025" / "Fait à Paris, le lundi 3 mars 2025" / a cell "Le 10/03/2025":
    the issue date of a letter."""
    folded = fold(region.text)
    if len(folded) != len(region.text):
        return None
    weight, strict = 0.8, False
    match = _PLACE_DATE.match(folded)
    if not match and region.line.source == "ocr":
        # "... travaux. Le 3 mars ..." is prose: the date must end the cell
        match, strict = _OCR_PLACE_DATE.match(folded), True
    if not match:
        match, weight, strict = _BARE_PLACE_DATE.match(folded), 0.75, True
    if not match:
        match, weight, strict = _LE_DATE.match(folded), 0.7, True
    if not match:
        return None
    found = find_value("invoice_date", region.text[match.start(1) :])
    if found is None and region.line.source == "ocr":
        found = misread_date(region.text[match.start(1) :])
    if found is None or found.start > 2:
        return None
    rest = region.text[match.start(1) + found.end :]
    clock = _CLOCK.match(fold(rest))
    if clock is not None and QUOTE_HEADER.search(fold(rest)):
        return None  # "Le 30/06/2025 à 16:05, Service Tiers Payant a écrit :": a quoted e-mail's date
    if clock is not None:
        rest = ""  # a timestamp: the moment the receipt was printed, whatever the till adds after it
    if strict and (found.start > 0 or rest.strip(" .")):
        return None  # "Le 10/03/2025, le patient ..." is a sentence, "(Né) le : ..." a label, not a dated cell
    shift = match.start(1)
    found = Found(found.value, found.start + shift, found.end + shift, found.repaired, found.validity)
    candidate = make_candidate("invoice_date", found, region, weight, "pattern")
    if clock is not None and match.re is _LE_DATE:
        candidate.notes.append(TIMESTAMP_NOTE)
    return candidate


_CHARGED_TO = re.compile(r"^\s*a la charge(?:\s+(?:de|du|des)\b)?\s*(?:l'|la\s|le\s)?")
_PARTY_END = re.compile(r"[,;:.()]|\s(?:et|soit|dont)\s|\d")
CHARGED_TO_WEIGHT = 0.7


def _charged_to(scan_: PageScan, index: int, region: Region) -> list[Candidate]:
    """ "dont 47,99 € à la charge de l'assurance maladie obligatoire et 20,57 € à la charge de" /
    "l'organisme complémentaire": a sentence naming each share after its amount; the party's words
    (see `labels.concept_of`) may wrap to the next line."""
    found: list[Candidate] = []
    text = region.text
    if len(fold(text)) != len(text):
        return found
    following = _next_line_text(scan_, index)
    for amount in values.find_amounts(text):
        rest = fold(text[amount.end :])
        match = _CHARGED_TO.match(rest)
        if match is None:
            continue
        party = rest[match.end() :]
        if not party.strip() and following is not None:
            party = _CHARGED_TO.sub("", " " + following)
        end = _PARTY_END.search(party)
        words = tokens(party[: end.start() if end else len(party)])
        name = concept_of(words) if words else None
        if name not in ("amo_amount", "amc_amount", "patient_amount"):
            continue
        candidate = make_candidate(
            name, Found(amount.value, amount.start, amount.end), region, CHARGED_TO_WEIGHT, "right"
        )
        candidate.label, candidate.label_weight = "à la charge de " + " ".join(words), CONCEPT_WEIGHT
        found.append(candidate)
    return found


def _next_line_text(scan_: PageScan, index: int) -> str | None:
    """The folded text of the next line when it continues the same paragraph (close below, same margin)."""
    line, other = scan_.lines[index], line_below(scan_, index, gap=1.5)
    if other is None or abs(other.words[0].x0 - line.words[0].x0) > line.height:
        return None
    text = fold(other.text)
    return text if len(text) == len(other.text) else None


def _closing_sum(scan_: PageScan, index: int, region: Region) -> list[Candidate]:
    """ "Arrêtée la présente facture à la somme de soixante-sept euros (67,00 €)": the total, stated by
    the formula closing the invoice (`numbers.stated_sums`); the sum may wrap to the next line of the
    paragraph."""
    folded = fold(region.text)
    start = closing_formula(folded) if len(folded) == len(region.text) else None
    if start is None:
        return []
    if not region.text[start:].strip(" :"):
        following = line_below(scan_, index, gap=1.5)
        if following is None or abs(following.words[0].x0 - region.line.words[0].x0) > region.line.height:
            return []
        region, start = make_region(following, following.words), 0
        folded = fold(region.text)
        if len(folded) != len(region.text):
            return []
    found = []
    for place, weight in stated_sums(folded[start:], region.text[start:]):
        shifted = Found(place.value, place.start + start, place.end + start)
        candidate = make_candidate("total_amount", shifted, region, weight, "right")
        candidate.label, candidate.label_weight = "à la somme de", CLOSING_SUM_LABEL
        found.append(candidate)
    return found


CLOSING_SUM_LABEL = 1.0  # a fixed formula naming the invoice's total, as "Montant total" does


_FOR = re.compile(r"^(?:pour\s*:\s*|[^\w(]+(?=\w))")  # "Pour : Mme ...", ": M. ..." (OCR specks)


# lines from a civility's name down to its birth date or NIR: two, or up to four in the name's own column
# (its address between them: "M. AUBRY Séverin" / "15 allée des Tilleuls" / "57000 METZ" / "né le ...",
# another block's lines read in between)
CIVILITY_BLOCK_LINES = 4
# line heights (an OCR line's glyphs, shorter than a PDF line's) from a window envelope's address block
# down to the body it heads
ADDRESS_GAP = 5


def _civility_name(scan_: PageScan, index: int, region: Region, *, column: bool = False) -> Candidate | None:
    """ "M. François-Xavier DE LA TOUR" on its own line (or after "Pour :"), just above the birth
    date or the NIR, or under the name in its column a few lines down (`CIVILITY_BLOCK_LINES`).
    `column`: a cell right of another block, whose birth date or NIR must sit under it."""
    prefix = _FOR.match(fold(region.text))
    if prefix is not None:
        shift = prefix.end()
        region = Region(region.words, region.text[shift:], region.owner[shift:], region.line)
    if not _CIVILITY.match(fold(region.text)) or not region.words:
        return None
    height = region.line.height
    left, right = region.words[0].x0 - 2 * height, region.words[-1].x1 + 2 * height

    def under(h: LabelHit, near: bool) -> bool:
        inside = left <= h.x0 and h.x1 <= right + 20 * height
        return h.kind in ("patient_birth_date", "nir") and (inside or (near and not column))

    def after_address(j: int) -> bool:
        """Line `j` comes right after the name's own address, every line between them in the name's
        column (a window envelope's "Mme X" / street / town at the right, "Né(e) le" opening the body
        at the left, `ADDRESS_GAP` line heights at most below the town)."""
        between = scan_.lines[index + 1 : j]
        return bool(between) and all(
            other.page == region.line.page and left <= other.words[0].x0 <= right for other in between
        ) and scan_.lines[j].y0 - between[-1].y1 <= ADDRESS_GAP * height

    last = min(len(scan_.lines), index + 1 + CIVILITY_BLOCK_LINES)
    if not any(
        under(h, j <= index + 2 or after_address(j)) for j in range(index + 1, last) for h in scan_.hits[j]
    ):
        return None
    found = find_value("patient_name", region.text)
    if found is None or len(region.text) - found.end > 3:
        return None
    return make_candidate("patient_name", found, region, 0.8, "pattern")


BARE_NAME_WEIGHT = 0.75  # below a civility's 0.8: the block's layout alone says whose name it is


def _name_over_birth(scan_: PageScan, index: int, region: Region) -> Candidate | None:
    """ "AUBRY Yannick" alone in its cell, then "Né(e) le ..." starting right under it: a patient block
    printing the name without a label. The name must show its case cue (surname in capitals, first
    name not), so that a heading ("Mutuelle des Motards", "CLINIQUE DU PARC") is never taken."""
    words = without_rules(region.words)
    if not words or labelled(scan_.hits[index], words, distractors=True):
        return None
    region = make_region(region.line, words)
    below = _line_under(scan_, index, words)  # "| DUFOUR Grégoire |": measured from the name
    if below is None:
        return None
    other = scan_.lines[below]
    height = region.line.height
    x = region.words[0].x0
    if not any(
        h.kind == "patient_birth_date" and abs(h.x0 - x) <= height and h.first_word == _cell_index(other, h)
        for h in scan_.hits[below]
    ):
        return None
    found = find_name(region.text)
    if (
        found is None
        or found.validity < 1.0
        or found.start > 1
        or len(region.text) - found.end > 1
        or len(found.value.split()) < 2
    ):
        return None
    return make_candidate("patient_name", found, region, BARE_NAME_WEIGHT, "pattern")


INTERLEAVED_LINES = 1  # another column's lines read between a block's two lines, on a fax's stretched page


def _line_under(scan_: PageScan, index: int, words: list[Word]) -> int | None:
    """The index of the line right under `words` (no more than 1.5 line heights below them): the next
    line, or one after a line of another column, read between them because it sits a little lower
    ("ARNAUD Jérémy" at the right, "Facture n° ..." at the left, then "Né(e) le ..." under the name)."""
    bottom, height = max(w.y1 for w in words), max(w.y1 - w.y0 for w in words)
    left, right = words[0].x0, words[-1].x1
    line = scan_.lines[index]
    for j in range(index + 1, min(len(scan_.lines), index + 2 + INTERLEAVED_LINES)):
        other = scan_.lines[j]
        if other.page != line.page or other.y0 - bottom > 1.5 * height:
            return None
        if any(w.x1 > left and w.x0 < right for w in other.words):
            return j if other.y0 >= bottom else None
    return None


def _cell_index(line: Line, hit: LabelHit) -> int:
    """Index of the first word of the cell holding the label's first word."""
    first = hit.first_word
    while first > 0 and line.words[first].x0 - line.words[first - 1].x1 <= 2.0 * line.height:
        first -= 1
    return first


WRAPPED_ACT_WORDS = 3  # "réalisée le", "effectuée le", "pratiquée au cabinet le"
WRAPPED_ACT_LINES = 2  # lines up to the act's name (an amount set at the right may sit between)
WRAPPED_ACT_FACTOR = 0.9


def wrapped_act_date(scan_: PageScan, index: int) -> Candidate | None:
    """ "Séance de suivi psychologique n° 3 sur 12" / "réalisée le 8 septembre 2025 au cabinet": the act
    named at the start of a line, its sentence going on, lower case, on the line under it in the same
    column with the words that date it: the act's date is the care date, as "Séance réalisée le ..." is."""
    line = scan_.lines[index]
    lead = []
    for word in line.words[:WRAPPED_ACT_WORDS]:
        if not word.text[:1].islower() or not word.text.isalpha():
            break
        lead.append(word)
    words = tokens(" ".join(w.text for w in lead))
    if not words or words[-1] not in ("le", "du") or date_concept_of(words) != "care_date":
        return None
    if names_previous(" ".join(w.text for w in lead)):
        return None  # "(séance précédente le 28 mai 2025)": an earlier session recalled (set 20: f104)
    region = make_region(line, line.words[len(lead) :])
    found = find_value("care_date", region.text)
    if found is None or found.start != 0:
        return None
    for above in reversed(scan_.lines[max(0, index - WRAPPED_ACT_LINES) : index]):
        first = above.words[0]
        if above.page != line.page or line.y0 - above.y1 > 2 * line.height:
            return None
        if abs(first.x0 - line.words[0].x0) > line.height:
            continue  # an amount set at the right of the act's line
        act = tokens(first.text)
        if not first.text[:1].isupper() or len(act) != 1 or date_concept_of([*act, "le"]) != "care_date":
            return None
        candidate = make_candidate("care_date", found, region, DATE_CONCEPT_WEIGHT * WRAPPED_ACT_FACTOR, "below")
        candidate.label = f"{first.text} … {' '.join(w.text for w in lead)}"
        candidate.label_weight = DATE_CONCEPT_WEIGHT
        return candidate
    return None


CARE_HEADING_WEIGHT = DATE_CONCEPT_WEIGHT * 0.9  # no "Date" word: the heading's care word and its place
CARE_HEADING_GAP = 1.5  # line heights from a box's heading down to its value (a fax stretches the gap)


def care_heading_over_date(scan_: PageScan, index: int) -> Candidate | None:
    """A box's small heading naming the care alone ("PRÉLÈVEMENT", "Consultation", `VISIT_HEADING_WORDS`
    words at most), in a row of headings with no value and no field's label on it, over a date opening the
    cell right under it, on a line with no amount ("11/06/2025 à 07h41, au laboratoire"): the date of
    that care. A form of boxes prints each value under its heading, the care's own with no "Date" word,
    the way "Date de facture" heads the issue date."""
    line = scan_.lines[index]
    if values.find_dates(line.text) or values.find_amounts(line.text):
        return None
    if index + 1 >= len(scan_.lines):
        return None
    below = scan_.lines[index + 1]  # the heading set smaller than its value: the gap in the larger height
    if below.page != line.page or not 0 <= below.y0 - line.y1 <= CARE_HEADING_GAP * max(line.height, below.height):
        return None
    if values.find_amounts(below.text) or any(not h.kind.startswith("distractor:") for h in scan_.hits.get(index, [])):
        return None  # an acts table's header ("Code | Examen | Montant", its "Date" lost) over its priced rows
    for cell in line_cells(line):
        words = tokens(" ".join(w.text for w in cell))
        if not 0 < len(words) <= VISIT_HEADING_WORDS or date_concept_of([*words, "date"]) != "care_date":
            continue
        under = next((c for c in line_cells(below) if abs(c[0].x0 - cell[0].x0) <= line.height), None)
        if under is None:
            continue
        region = make_region(below, under)
        dates = values.find_dates(region.text)
        if not dates or dates[0].start != 0:
            continue
        found = Found(dates[0].value, dates[0].start, dates[0].end)
        candidate = make_candidate("care_date", found, region, CARE_HEADING_WEIGHT, "below")
        candidate.label, candidate.label_weight = " ".join(w.text for w in cell), DATE_CONCEPT_WEIGHT
        return candidate
    return None


def pattern_candidates(scan_: PageScan, claimed: set[str]) -> list[Candidate]:
    """Weak label-less candidates: a Luhn-valid 11-digit number starting with 1 (RPPS), a NIR with key."""
    found: list[Candidate] = []
    cared_today = any(CARE_TODAY.search(fold(line.text)) for line in scan_.lines)
    for index, line in enumerate(scan_.lines):
        region = make_region(line, line.words)
        extras = [_place_date(make_region(line, cell)) for cell in map(without_rules, line_cells(line)) if cell]
        extras += [sale_date(extra) for extra in extras]
        if cared_today:
            extras += [care_today(extra) for extra in extras]
        found.extend(_charged_to(scan_, index, region))
        found.extend(_closing_sum(scan_, index, region))
        # "M. DA SILVA Jérémy" in a cell of its own, whatever another block prints on the same line
        row = line_cells(line)
        named = [_civility_name(scan_, index, make_region(line, cell), column=k > 0) for k, cell in enumerate(row)]
        named += [_name_over_birth(scan_, index, make_region(line, cell)) for cell in row]
        named += [named_in_sentence(scan_, index), named_before_birth(scan_, index)]
        dated = [wrapped_act_date(scan_, index), act_in_sentence(scan_, index), visit_column(scan_, index)]
        dated.append(care_heading_over_date(scan_, index))
        dated.append(_bare_number_line(scan_, index, region))
        for extra in [*extras, *named, received_from(scan_, index, region), *dated]:
            if extra is not None:
                found.append(extra)
        for m in number_runs(region.text):
            chunk = m.group(0)
            compact = re.sub(r"[ \u00a0\u202f.]", "", chunk)
            if siret.is_valid(compact) or compact in claimed or compact.startswith("0"):
                continue
            context = fold(region.text[max(0, m.start() - 20) : m.start()])
            if re.search(r"fr\d\d|iban|siret|siren|tel|fax|prescri", context):
                continue
            if len(compact) == 11 and rpps.is_typical(compact):
                found.append(
                    make_candidate(
                        "rpps", Found(compact, m.start(), m.end(), False, 1.0), region, 0.45, "pattern"
                    )
                )
            elif len(compact) == 15 and nir.is_valid(compact) and not nir.is_temporary(compact):
                found.append(
                    make_candidate("nir", Found(compact, m.start(), m.end(), False, 1.0), region, 0.7, "pattern")
                )
    return found


# "NO : 2025/00893" alone on its line: a scan lost the word the sign numbered ("NO FACTURE........: ...")
_BARE_NUMBER_SIGN = re.compile(r"^(?:n|no|n°|nº|n\.)\s*[.:]*\s*:\s*(?=\S)")
BARE_NUMBER_WEIGHT = 0.3  # no word says what it numbers: any number a label names is taken before it


def _bare_number_line(scan_: PageScan, index: int, region: Region) -> Candidate | None:
    """A line holding only "N° :" and a reference, no other word, no label found on it: on an invoice,
    the number of the invoice whose word the reading lost. Weak: never preferred to a labelled number,
    never enough on its own."""
    if scan_.hits.get(index):
        return None
    folded = fold(region.text)
    lead = _BARE_NUMBER_SIGN.match(folded) if len(folded) == len(region.text) else None
    if lead is None:
        return None
    rest = region.text[lead.end() :]
    if len(rest.split()) != 1:
        return None
    found = find_value("invoice_number", rest)
    if found is None or found.start != 0:
        return None
    shifted = Found(found.value, found.start + lead.end(), found.end + lead.end(), found.repaired, found.validity)
    return make_candidate("invoice_number", shifted, region, BARE_NUMBER_WEIGHT, "pattern")


def claimed_numbers(scan_: PageScan) -> set[str]:
    """Digit strings that follow a distractor label (phone, SIRET, IBAN, prescriber...)."""
    claimed: set[str] = set()
    for hits in scan_.hits.values():
        for hit in hits:
            if not hit.kind.startswith("distractor:"):
                continue
            region = right_region(hit, hits)
            for m in re.finditer(r"[0-9][0-9 .\u00a0\u202f]{3,30}[0-9]", region.text):
                claimed.add(re.sub(r"\D", "", m.group(0)))
    return claimed
