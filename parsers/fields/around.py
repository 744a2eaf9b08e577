"""A label's value when it is not right of it on its line: on another text line of the same row
(`find_beside`), opening the next line of a wrapped sentence (`find_wrapped`), right above it
(`find_above`), below it or down its column, a totals row, or in the box the label heads (`find_below`)."""

from __future__ import annotations

import re
from decimal import Decimal

from intake.domain.model import Word
from parsers.fields import values
from parsers.fields.base import (
    AMOUNT_FIELDS,
    ID_FIELDS,
    NAME_FIELDS,
    Candidate,
    Found,
    PageScan,
    Region,
    make_candidate,
    make_region,
)
from parsers.fields.dates import LETTER_DATE_LEAD, misread_date, not_given, without_outliers, years_to_come_mended
from parsers.fields.geometry import (
    CELL_GAP,
    HeadingBox,
    cell_left,
    cell_right,
    column_words,
    heading_cell,
    is_header_row,
    labelled,
    line_below,
    line_cells,
    lines_below,
    overlap_of,
)
from parsers.fields.labels import fold
from parsers.fields.layout import LabelHit, Line
from parsers.fields.names import before_label, find_name, first_name_below, first_name_box, surname_only
from parsers.fields.numbers import AMOUNT_ROLE_WORDS, insurer_number
from parsers.fields.reading import find_value


def _is_total_line(scan_: PageScan, j: int, box: tuple[float, float, float, float] | None = None) -> bool:
    """A totals row: "Total"/"TOTAUX" heads the row, left of the value (a "Total TTC" box printed
    further right on the same line is another block)."""
    limit = box[0] if box is not None else float("inf")
    if any(h.kind == "total_amount" and h.x1 <= limit for h in scan_.hits[j]):
        return True
    return any(fold(w.text).startswith("total") and w.x1 <= limit for w in scan_.lines[j].words)


def find_wrapped(scan_: PageScan, index: int, hit: LabelHit, name: str, weight: float) -> list[Candidate]:
    """A sentence wrapped after its label: "... une consultation effectuée le" / "12/02/2025." — the
    date (or "... donné mes soins à" / "Monsieur X Y, ...": the name) opens the next line."""
    line = scan_.lines[index]
    if hit.last_word != len(line.words) - 1 or hit.first_word == 0 or index + 1 >= len(scan_.lines):
        return []
    if name in NAME_FIELDS and not _in_sentence(line, hit.first_word):
        return []  # a heading ending its line ("Audioprothésiste   Patient"): the name is below it, not wrapped
    other = line_below(scan_, index)
    if other is None or any(h.first_word == 0 for h in scan_.hits[index + 1]):
        return []
    if abs(other.words[0].x0 - line.words[0].x0) > line.height:
        return []  # the next line does not start at the sentence's left margin
    region = make_region(other, other.words)
    found = find_value(name, region.text)
    if found is None or found.start > 0:
        return []
    return [make_candidate(name, found, region, weight * 0.9, "wrapped")]


def _in_sentence(line: Line, first: int) -> bool:
    """Three words or more before word `first` in its own cell: the label ends a sentence."""
    count = 0
    for k in range(first - 1, -1, -1):
        if line.words[k + 1].x0 - line.words[k].x1 > CELL_GAP * line.height:
            break
        count += 1
    return count >= 3


def find_beside(scan_: PageScan, index: int, hit: LabelHit, name: str, weight: float) -> list[Candidate]:
    """A value printed a little higher or lower than its label, in the same row (another text line
    for the PDF, e.g. a right-aligned date): the first words right of the label on an overlapping line.
    On a form typed in a column of its own (`form_column`), a value typed askew across the caption's
    line overlaps it less and is still its value."""
    line = scan_.lines[index]
    for j in (index - 1, index + 1):
        if not 0 <= j < len(scan_.lines):
            continue
        other = scan_.lines[j]
        overlap = overlap_of(line.y0, line.y1, other.y0, other.y1)
        askew = j == index + 1 and overlap > 0 and form_column(scan_, j)
        if other.page != line.page or (overlap < 0.5 * min(line.height, other.height) and not askew):
            continue
        stops = [h.x0 for h in scan_.hits[j] if h.x0 > hit.x1]
        words = [w for w in other.words if w.x0 > hit.x1 and w.x1 <= min(stops, default=float("inf"))]
        if not words:
            continue
        region = make_region(other, words)
        found = find_value(name, region.text)
        if found is not None and (found.start <= 1 or _bare_number_sign(name, region.text[: found.start])):
            return [make_candidate(name, found, region, weight * 0.95, "right")]
    return []


_NUMBER_SIGN = re.compile(r"\s*(?:n|no|numero)\s*[.:]?\s*")


def _bare_number_sign(name: str, lead: str) -> bool:
    """ "NOTE D'HONORAIRES" with "N° AMP-2025-7548" set at the right of its row: the title's number
    after a bare "N°"."""
    return name == "invoice_number" and _NUMBER_SIGN.fullmatch(fold(lead)) is not None


def find_above(scan_: PageScan, index: int, hit: LabelHit, name: str, weight: float) -> list[Candidate]:
    """ "17/10/2025" then "Date d'émission" under it: a date alone in the cell right above its label."""
    line = scan_.lines[index]
    if index == 0:
        return []
    other = scan_.lines[index - 1]
    if other.page != line.page or line.y0 - other.y1 > 1.2 * line.height:
        return []
    words = column_words(hit, other, 0.5 * line.height)
    if not words or labelled(scan_.hits[index - 1], words):
        return []
    region = make_region(other, words)
    found = find_value(name, region.text)
    if found is None or found.start > 1 or region.text[found.end :].strip():
        return []
    return [make_candidate(name, found, region, weight * 0.8, "above")]


# An amount's box: how far right of its label (line heights) its value may start, and how far down (a
# scan's text height is smaller than its line pitch). Other fields keep the tighter 10 and 1.2. A devis's
# column of share boxes right-aligns each amount at the box's far edge, some fifteen text heights away.
BOX_REACH = 16


BOX_GAP = 1.8


def find_below(scan_: PageScan, index: int, hit: LabelHit, name: str, weight: float) -> list[Candidate]:
    line = scan_.lines[index]
    heading = heading_cell(hit, scan_.hits[index])
    cell: LabelHit | HeadingBox = heading
    if is_header_row(scan_.hits[index], line):
        cell = HeadingBox(heading, cell_right(heading), cell_left(heading))
    rows: list[tuple[int, Candidate]] = []
    misread: list[int] = []  # rows of the column read, whose cell lost its comma
    empty: list[int] = []  # rows of the table that leave this column's cell blank
    top = line.y1  # the heading's, or the skipped row of labels' (`_row_of_labels`)
    for j in lines_below(scan_, index, 30):
        other = scan_.lines[j]
        if other.y0 - top > (
            1.8 * max(line.height, min(other.height, 2 * line.height))  # a form's small caption, a larger value
            if not rows and name not in AMOUNT_FIELDS and name != "care_date"
            else 30 * line.height
        ):
            break
        if rows and other.y0 - scan_.lines[max([rows[-1][0], *misread, *empty])].y1 > 2.5 * line.height:
            break
        words = column_words(cell, other, 0.5 * line.height)
        if name in AMOUNT_FIELDS:
            words = thousands_lead(other, words)
        if not words and rows and name in AMOUNT_FIELDS and _empty_cell(other, heading):
            empty.append(j)
            continue
        gap = BOX_GAP if name in AMOUNT_FIELDS else 1.2  # a name or a date boxed so far down is another's
        if not words and not rows and other.y0 - line.y1 < gap * line.height:
            boxed = _box_value(hit, other, name, form_column(scan_, j))
            if boxed is not None:
                rows.append((j, boxed))
                break
        if not words:
            continue
        if name in AMOUNT_FIELDS and _another_share(scan_.hits[j], words, name):
            break  # "Part mutuelle (dont ... 24,00 €) 674,00 €" under the AMO's label: that share's line
        if name in _DATES and _another_date_heading(scan_.hits[j], words, name):
            break  # "Date de la facture" heading the column further down: the dates under it are its own
        if name in NAME_FIELDS:
            words = before_label(scan_.hits[j], words)  # "Mme ROCHE Géraldine — né(e) le 12/10/1954"
        if not words or (name == "invoice_number" and labelled(scan_.hits[j], words, distractors=True)):
            break  # "Nom : MARCHAND", "N° SIRET ..." under a heading: its own label and value, not the heading's
        region = make_region(other, words)
        value = find_value(name, region.text)
        if name in AMOUNT_FIELDS and other.source == "ocr":
            value = spaced_cents(region.text) or value
        first = first_name_below(scan_, index, hit, other, words[-1].x1) if name in NAME_FIELDS else []
        if name in NAME_FIELDS and not first and surname_only(region.text):
            first = first_name_box(scan_, index, j)
        if first:
            text = f"{region.text} {' '.join(w.text for w in first)}"
            joined = find_name(text)
            if joined is not None:
                region = Region(words + first, text, [0] * len(text), other)
                # "Nom | Prénom" headings over their cells name the person as surely as "Nom, prénom"
                paired = max(weight, NAME_PAIR_WEIGHT * hit.quality)
                rows.append((j, make_candidate(name, joined, region, paired, "below")))
                break
        strict = [w for w in words if overlap_of(w.x0, w.x1, cell.x0, cell.x1) > 0]
        under = [w for w in words if overlap_of(w.x0, w.x1, heading.x0, heading.x1) > 0]
        if name in AMOUNT_FIELDS and value is not None and _next_cells(region, value, under):
            if rows:
                misread.append(j)
            continue  # "Part AMO | Part AMC" over "000 360,00": its own cell lost its comma, 360,00 is the AMC's
        if value is None and strict and strict != words:
            region = make_region(other, strict)
            value = find_value(name, region.text)
        if value is None and name in ID_FIELDS and len(_key_boxes(other, words)) > len(words):
            region = make_region(other, _key_boxes(other, words))  # "2 8 3 … 0 7   3 7": the key boxed apart
            value = find_value(name, region.text)
        if value is None and name == "amc_number":
            region = make_region(other, words)
            value = insurer_number(region.text, named=True)  # "Mutuelle Apivia · 722782956" under "(n°)"
        if value is None and name in _DATES and other.source == "ocr":
            value = misread_date(region.text)  # "04/86/25": the first act's date, a 0 read as an 8
        if value is None:
            if rows and name in AMOUNT_FIELDS and _MISREAD_AMOUNT.fullmatch(region.text):
                misread.append(j)
                continue  # "165" for "1,65": one cell of the column misread, the column goes on to its total
            if not rows and name in NAME_FIELDS and _row_of_labels(scan_, index, j):
                top = other.y1
                continue  # "LE PATIENT" / a fax's "Net Et prenons  Naissance" / "SAÏDI Océane  04.07.2000"
            if rows and name == "care_date" and not _WORDLIKE.search(other.text):
                continue  # "—", "=": a fax's specks of a rule between two rows, the column goes on
            if rows or (name not in AMOUNT_FIELDS and name != "care_date"):
                break
            continue
        if rows and name in AMOUNT_FIELDS and _is_prose(region.text[: value.start]):
            break  # a sentence under the table ("Valeur de la lettre clé B : 0,27 €"), not a row
        if name == "care_date" and _letter_date(region.text[: value.start], other):
            continue  # "Fait à Rennes, le 12.03.25" under the acts table: the letter's date, not an act's
        if name == "care_date" and not_given(other.text):
            continue  # "12/08 Avoir sur facture F-82", "séance annulée": a row of no care given
        if name not in AMOUNT_FIELDS and _owned_by_other(scan_, j, name, region.words_for(value.start, value.end)):
            continue
        rows.append((j, make_candidate(name, value, region, weight, "below")))
        if name not in AMOUNT_FIELDS and name != "care_date":
            break
    return _pick_rows(scan_, name, rows)


_THOUSANDS_LEAD = re.compile(r"\d{1,3}")
_GROUPED_REST = re.compile(r"\d{3}(?:[,.]\d{2})?(?:€)?")
THOUSANDS_GAP = 1.2  # text heights: a thousands space a fax or a wide font sets, no gap between two cells


def thousands_lead(line: Line, words: list[Word]) -> list[Word]:
    """An amount's cell under its heading, with the thousands group that opens it when that group juts out
    left of the column ("Montant" over "1 900,00 €", its "1" past the heading's left edge): one to three
    digits a thousands space before a cell opening on three digits and its cents are the amount's lead,
    not a cell of their own.

    >>> cells = [Word("TTC", 0, 0, 60, 25), Word("1", 130, 0, 140, 25), Word("900,00", 165, 0, 283, 25)]
    >>> row = Line(1, 0, cells, "ocr")
    >>> [w.text for w in thousands_lead(row, row.words[2:])]
    ['1', '900,00']
    >>> [w.text for w in thousands_lead(row, row.words[1:])]
    ['1', '900,00']
    >>> apart = Line(1, 0, [Word("1", 0, 0, 10, 25), Word("900,00", 80, 0, 198, 25)], "ocr")
    >>> [w.text for w in thousands_lead(apart, apart.words[1:])]
    ['900,00']
    """
    first = next((i for i, w in enumerate(line.words) if words and w is words[0]), 0)
    if first == 0 or not _GROUPED_REST.fullmatch(words[0].text):
        return words
    lead = line.words[first - 1]
    if not _THOUSANDS_LEAD.fullmatch(lead.text) or words[0].x0 - lead.x1 > THOUSANDS_GAP * line.height:
        return words
    return [lead, *words]


def _empty_cell(other: Line, heading: LabelHit) -> bool:
    """A row of the table whose cell under `heading` is blank, amounts filled in left and right of it
    ("Participation forfaitaire  - 2,00  [ ]  2,00" under "(2) (3) (4)"): the column goes on past it to
    its total."""
    amounts = [w for w in other.words if values.find_amounts(w.text)]
    return any(w.x1 < heading.x0 for w in amounts) and any(w.x0 > heading.x1 for w in amounts)


def _row_of_labels(scan_: PageScan, index: int, j: int) -> bool:
    """The row right under a name's heading holds no name but another field's label ("Date de naissance")
    beside words the OCR garbled ("Net Et prenons" for "Nom et prénom"): the row of the block's labels,
    whose values are on the next row (set 24: j108's fax-fine lost its patient)."""
    others = [h for h in scan_.hits[j] if not h.kind.startswith("distractor") and h.kind not in _PERSON_LABELS]
    return lines_below(scan_, index, 1) == [j] and bool(others)


_PERSON_LABELS = (*NAME_FIELDS, "first_name")  # "Assuré | Ayant droit" under "Assuré": no row of the block's labels


_DATES = ("care_date", "invoice_date", "patient_birth_date")

_OTHER_DATE_HEADINGS = (*_DATES, "distractor:date_other")


def _letter_date(lead: str, row: Line) -> bool:
    """A date under the acts' "Date" heading led like a letter's ("Fait à Rennes, le 12.03.25"): the
    letter's date, not an act's. A row's cell opening "le 16 septembre 2025" followed by the act in
    cells of its own ("Séance ... 60,00 €") is the act's date written out in words."""
    folded = fold(lead)
    if not LETTER_DATE_LEAD.search(folded):
        return False
    return folded.strip() != "le" or len(line_cells(row)) < 2


def _next_cells(region: Region, value: Found, under: list[Word]) -> bool:
    """The amount found under a heading lies past the words right under the heading's own words, and those
    words are an amount misread (digits alone, its comma lost: "000" for 0,00): the amount is the next
    column's."""
    if value.start == 0 or not under or len(under) == len(region.words):
        return False
    own = {id(w) for w in under}
    if any(id(w) in own for w in region.words_for(value.start, value.end)):
        return False
    text = " ".join(w.text for w in under)
    return bool(_MISREAD_AMOUNT.fullmatch(text)) and not values.find_amounts(text)


def _another_date_heading(hits: list[LabelHit], words: list[Word], name: str) -> bool:
    """Going down the column under a date's label, a line whose words in the column are the label of
    another date (the issue date's, the birth date's, a prescription's): a heading of its own."""
    ids = {id(w) for w in words}
    return any(
        h.kind in _OTHER_DATE_HEADINGS and h.kind != name and id(h.line.words[h.first_word]) in ids for h in hits
    )


def _another_share(hits: list[LabelHit], words: list[Word], name: str) -> bool:
    """Going down from an amount's label, a line whose words there open with the label of another
    amount ("Part Assurance Maladie ... (unread)" over "Part mutuelle (dont ... 24,00 €) 674,00 €"):
    that line and the lines under it hold the other amount's value and its detail, not this one's."""
    return any(h.kind in AMOUNT_FIELDS and h.kind != name and h.line.words[h.first_word] is words[0] for h in hits)


# "173, 06 €" for 173,06 €: OCR split an amount after its comma; the cents alone ("06 €") are no amount.
# A spreadsheet's cell prints no currency: "185, 58" closing the text (its cell) is so split too.
_SPACED_CENTS = re.compile(
    r"^\s*(\d{1,3}),\s(\d{2})(?:\s?(?:€|£|eur\b)|\s*$|\s+(?=\d{1,3},\s?\d{2}\b))", re.IGNORECASE
)
SPACED_CENTS_VALIDITY = 0.8


def spaced_cents(text: str) -> Found | None:
    """An amount OCR split after its comma, its cents and its euro sign after a space ("119, 14 €"; a
    scan may read the sign as a pound sign), or its cents closing the text ("185, 58", a spreadsheet's
    cell), or another amount of its row after it ("TOTAL 110, 88 75,62"); None for any other text.

    >>> spaced_cents("119, 14 €"), spaced_cents("173, 06 £").value, spaced_cents("119,14 €")
    (Found(value='119.14', start=0, end=7, repaired=True, validity=0.8, name=None), '173.06', None)
    >>> spaced_cents(" 185, 58").value, spaced_cents("12, 50 ans"), spaced_cents("1, 25, 30")
    ('185.58', None, None)
    >>> spaced_cents("110, 88 75,62 33, 26").value, spaced_cents("12, 50 3 mois")  # a row's next amount
    ('110.88', None)
    """
    match = _SPACED_CENTS.match(text)
    if match is None:
        return None
    return Found(f"{int(match.group(1))}.{match.group(2)}", match.start(1), match.end(2), True, SPACED_CENTS_VALIDITY)


_MISREAD_AMOUNT = re.compile(r"[\s|]*\d[\d\s.,]*[\s|€]*")  # digits alone: an amount whose comma was lost
NAME_PAIR_WEIGHT = 0.85  # as "Nom, prénom"
KEY_GAP = 2.5  # text heights between a digit grid and its key's boxes


def _key_boxes(line: Line, words: list[Word]) -> list[Word]:
    """A digit-per-box grid under its label, then the key's two boxes set a little apart: the grid and
    its key, one identifier."""
    if not words or not all(len(w.text) == 1 and w.text.isdigit() for w in words):
        return words
    last = line.words.index(words[-1])
    extended = list(words)
    for word in line.words[last + 1 : last + 3]:
        if not (len(word.text) <= 2 and word.text.isdigit()) or word.x0 - extended[-1].x1 > KEY_GAP * line.height:
            break
        extended.append(word)
    return extended


def _owned_by_other(scan_: PageScan, j: int, name: str, words: list[Word]) -> bool:
    """A value printed right after another label on its own line ("Ordonnance du 09/02/2025") is that
    label's value, whatever heading it sits under."""
    if not words:
        return False
    line, x = scan_.lines[j], words[0].x0
    left = [h for h in scan_.hits[j] if h.x1 <= x + 0.5]
    if not left:
        return False
    nearest = max(left, key=lambda h: h.x1)
    if name == "amc_number" and nearest.kind == "amc_amount" and not set(nearest.label.tokens) & AMOUNT_ROLE_WORDS:
        return False  # "Mutuelle SMI · 373829900": the insurer's word names whose number it is, not a share
    return nearest.kind not in (name, "generic_date") and x - nearest.x1 < 3 * line.height


def _box_value(hit: LabelHit, other: Line, name: str, column: bool = False) -> Candidate | None:
    """A label in the top-left corner of a box, its value right-aligned on the next line: the first
    words right of the label's start, with nothing else between. On a form whose values are typed in a
    column of their own (`column`), the value opens that column, however far right of its caption."""
    height = hit.line.height
    reach = BOX_REACH if name in AMOUNT_FIELDS else 10
    farthest = max(hit.x1 + reach * height, other.words[0].x0 if column else 0.0)
    words = [w for w in other.words if hit.x0 - 0.5 * height <= w.x0 <= farthest]
    if not words or any(w.x1 < hit.x0 for w in other.words if w.x0 >= hit.x0 - 0.5 * height):
        return None
    for word in other.words:  # "€ 139,66": the value may run on past the reach that found its start
        if word.x0 > words[-1].x0 and word.x0 - words[-1].x1 < 1.5 * height:
            words.append(word)
    region = make_region(other, words)
    value = find_value(name, region.text)
    if value is None or value.start > 2:
        return None
    found = make_candidate(name, value, region, 0.85 * hit.label.weight * hit.quality, "below")
    found.how = "box"
    return found


FORM_ROWS = 3  # captions with their value typed in the same column under them, at the least


def form_column(scan_: PageScan, j: int) -> bool:
    """Line `j` opens the column of values a form is typed in: on its page, lines that start where it
    starts each sit under a line that is a caption alone (a label at its start, nothing as far right as
    the value) — "date de naissance" / "27/10/1985", "N° AMC" / "47610943" — three of them at the least."""
    line = scan_.lines[j]
    start = line.words[0].x0
    rows = 0
    for k in range(1, len(scan_.lines)):
        value, caption = scan_.lines[k], scan_.lines[k - 1]
        if value.page != line.page or caption.page != line.page or abs(value.words[0].x0 - start) > line.height:
            continue
        labelled = any(h.first_word == 0 and not h.kind.startswith("distractor") for h in scan_.hits[k - 1])
        if labelled and caption.words[-1].x1 < start and caption.words[0].x0 < start:
            rows += 1
    return rows >= FORM_ROWS


def _pick_rows(scan_: PageScan, name: str, rows: list[tuple[int, Candidate]]) -> list[Candidate]:
    if not rows:
        return []
    if name == "care_date":
        first = min(without_outliers(years_to_come_mended([c for _, c in rows])), key=lambda c: c.value)
        first.score *= 0.95
        first.how, first.rows = "column", tuple(day for j, c in rows for day in _merged_rows(scan_.lines[j].text, c))
        return [first]
    if name in AMOUNT_FIELDS:
        totals = [c for j, c in rows if _is_total_line(scan_, j, c.box)]
        if name != "total_amount":
            totals = [c for c in totals if not _another_total(scan_, rows, c)]
        if totals:
            totals[-1].score *= 0.97
            totals[-1].how = "total-row"
            return [totals[-1]]
        if len(rows) == 1:
            # one row under a heading: the amount, or one line of a table whose total is elsewhere
            rows[0][1].score = min(rows[0][1].score * 0.92, 0.88)
            return [rows[0][1]]
        return []  # several rows and no total row: the column total is not printed
    rows[0][1].score *= 0.95
    return [rows[0][1]]


_WORDLIKE = re.compile(r"\w")


def _merged_rows(text: str, row: Candidate) -> tuple[str, ...]:
    """The dates of the acts table's rows one line holds: its own, and those printed right after it, one
    after the other, when a fax's low resolution ran several rows' first cells into one line
    ("30/05/2025 06/06/2025 13/06/2025 AMO AMO AMO ..."). The care date is still the rows' first; the
    later rows only tell the series they make.

    >>> from parsers.fields.base import Candidate
    >>> row = Candidate("care_date", "2025-05-30", 0.7, 1, None, "30/05/2025", "below")
    >>> _merged_rows("30/05/2025 06/06/2025 13/06/2025 AMO AMO AMO 12.", row)
    ('2025-05-30', '2025-06-06', '2025-06-13')
    >>> _merged_rows("30/05/2025 AMO 12. Rééducation, prescrite le 06/06/2025", row)
    ('2025-05-30',)
    """
    dates = values.find_dates(text)
    if not dates or dates[0].value != row.value:
        return (row.value,)
    run = [dates[0]]
    for date in dates[1:]:
        if text[run[-1].end : date.start].strip():
            break
        run.append(date)
    return tuple(date.value for date in run)


def _another_total(scan_: PageScan, rows: list[tuple[int, Candidate]], total: Candidate) -> bool:
    """ "Montant total 30,53 €" printed right under a share column ("Part AMO"): the value right after
    its own total label is the invoice's total, not the column's, when the column's rows above do not
    add up to it."""
    j = next(j for j, c in rows if c is total)
    line = scan_.lines[j]
    if total.box is None:
        return False
    before = [w for w in line.words if w.x1 <= total.box[0] + 0.5]
    labels = [h for h in scan_.hits[j] if h.kind == "total_amount" and h.x1 <= total.box[0] + 0.5]
    if not before or not labels or max(h.x1 for h in labels) < before[-1].x1 - 0.5:
        return False  # other cells between the "Total" heading and this column's value: a totals row
    above = [c for i, c in rows if i < j]
    if len(above) < 2:
        return False
    column = sum((Decimal(c.value) for c in above), Decimal(0))
    return column != Decimal(total.value)


def _is_prose(text: str) -> bool:
    """Three or more words of three letters or more before a value: a sentence, not a table cell."""
    return len(re.findall(r"[^\W\d_]{3,}", text)) >= 3
