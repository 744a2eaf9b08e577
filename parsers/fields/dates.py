"""Dates: one read at the start of a text (digit boxes, a period's first day, overlapping print), an
earlier event's date, the acts table's dates, the issue date after an invoice number, a till's timestamp,
"care given this day". The letter's own "Lyon, le ..." date is found label-less in `candidates.py`
(`_place_date`: it reads through `find_value`)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from intake.domain.model import Word
from parsers.fields import values
from parsers.fields.base import Candidate, Found, PageScan, Region, make_candidate, make_region
from parsers.fields.geometry import is_table_header, line_below, line_cells
from parsers.fields.labels import edit_distance, fold
from parsers.fields.layout import LabelHit, Line
from parsers.identifiers.repair import CONFUSIONS

PERIOD_END = re.compile(r"(?:^|\s)(?:au|jusqu'au)\s*$")
_SPAN_START = re.compile(r"(?:^|\s)du\s*$")
_SPAN_MIDDLE = re.compile(r"^\s*(?:au|jusqu'au)\s*$")
SPAN_REACH = 80
SPAN_VALIDITY = 0.95


def opens_span(text: str, dates: list[values.Match]) -> bool:
    """ "Semestre n° 4 de traitement — du 16/03/25 au 15/09/25": a period's first day, after a few words
    that name the period, and the only thing that looks like one on the line.

    >>> line = "Cure de 18 séances thermales — du 02/06/25 au 21/06/25"
    >>> opens_span(line, values.find_dates(line)), opens_span("Accord n° 8812 du 02/06/25", [])
    (True, False)
    """
    if len(dates) < 2 or dates[0].start > SPAN_REACH or len(fold(text)) != len(text):
        return False
    first = dates[0]
    folded = fold(text)
    return bool(_SPAN_START.search(folded[: first.start]) and _SPAN_MIDDLE.match(folded[first.end : dates[1].start]))


_BOXED_DATE = re.compile(r"^[\s:]*(\d) ?(\d)\s+(\d) ?(\d)\s+(\d) ?(\d) ?(\d) ?(\d)(?![\d/.,])")


def boxed_date(text: str) -> list[values.Match]:
    """A date printed one digit per box, the day, month and year boxes apart: "1 8   0 4   2 0 1 5"."""
    match = _BOXED_DATE.match(text)
    if match is None:
        return []
    digits = match.groups()
    iso = values.parse_date(f"{''.join(digits[:2])}/{''.join(digits[2:4])}/{''.join(digits[4:])}")
    if iso is None:
        return []
    start = match.start(1)
    return [values.Match(iso, start, match.end(), text[start : match.end()])]


def interleaved(text: str, start: int) -> bool:
    """Digits then letters glued in front of a value ("délivranc1e4/04/2025"): overlapping print, the
    characters of a label and of its value mixed; the value read there is not the printed one."""
    token = re.split(r"\s", text[:start])[-1]
    return any(c.isdigit() for c in token) and any(c.isalpha() for c in token)


ACTS_DATE_WEIGHT = 0.75
_ACT_WORDS = (
    "acte", "cotation", "ngap", "ccam", "code", "prestation", "designation", "libelle", "soins", "seance", "trajet",
)


_ACT_WORD = re.compile(rf"\b(?:{'|'.join(_ACT_WORDS)})s?\b")


# a nurse's round: "Date | Matin | Soir | Montant", a column for each visit of the day, its cells the acts
# given then ("AMI 1 + IFD")
_VISIT_TIMES = re.compile(r"\b(?:matin|midi|soir|nuit)\b")


def is_acts_header(line: Line, hits: list[LabelHit]) -> bool:
    """A table header naming acts ("Date  Code  Libellé  Montant", "Date  Nature des soins  Montant",
    "Date  Trajet  Distance  Montant") or a nurse's visits by the time of day ("Date  Matin  Soir  Montant",
    two of them at least), not just any table with a date."""
    folded = fold(line.text)
    if not any(w in folded for w in _ACT_WORDS) and len(set(_VISIT_TIMES.findall(folded))) < 2:
        return False
    return is_table_header(hits, line) or _dated_acts_headings(line, hits)


def _dated_acts_headings(line: Line, hits: list[LabelHit]) -> bool:
    """ "Date | Prestation" opening a row of headings whose others were lost (printed sideways over
    their columns, misread): the "Date" heading first, an act named beside it as a word of its own,
    and no value on the row (a heading's rate, "Km x 1,12", is none). The dates under it are the acts'."""
    dated = [h for h in hits if h.kind == "generic_date"]
    return (
        bool(dated)
        and dated[0].first_word == 0
        and _ACT_WORD.search(fold(line.text)) is not None
        and not values.find_dates(line.text)
        and not values.find_amounts(_RATE.sub(" ", line.text))
    )


# a rate in a heading: "Km x 1,12" (the column holds the kilometres times the rate), "Tarif × 2"
_RATE = re.compile(r"(?:\bx|×|\*)\s*\d+(?:[.,]\d+)?(?![\d.,])", re.IGNORECASE)


# "Séance | Cotation | Acte | Montant": the first column heads each row's visit, the rows open with its date
_VISIT_HEADINGS = {"seance", "seances", "visite", "visites", "passage", "passages", "jour", "pose", "livraison"}
_WEEKDAY_LEAD = re.compile(
    r"^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mar|mer|jeu|ven|sam|dim)\.?,?\s+"
)
VISIT_ROW_GAP = 2.5  # line heights between two rows of the table


def visit_column(scan_: PageScan, index: int) -> Candidate | None:
    """An acts table whose first column is headed by the visit itself ("Séance", "Visite", "Jour")
    rather than by "Date", its rows opening with the visit's date ("samedi 11.01.2025  AMK 8 …"):
    each row is a dated act, and the care date is the first of them, as under a "Date" heading."""
    line = scan_.lines[index]
    hits = scan_.hits.get(index, [])
    cells = line_cells(line)
    if len(cells) < 3 or len(cells[0]) != 1 or fold(cells[0][0].text).strip(" :|") not in _VISIT_HEADINGS:
        return None
    if any(h.kind in ("generic_date", "care_date") for h in hits) or not is_acts_header(line, hits):
        return None
    heading = cells[0][0]
    rows = []
    last = line
    for j in range(index + 1, len(scan_.lines)):
        other = scan_.lines[j]
        if other.page != line.page or other.y0 - last.y1 > VISIT_ROW_GAP * line.height:
            break
        row = _dated_row(other, heading.x0 - line.height, heading.x1 + line.height)
        if row is None:
            break
        rows.append(row)
        last = other
    if not rows:
        return None
    first = min(without_outliers(rows), key=lambda c: c.value)
    first.score *= 0.95
    first.how, first.label, first.label_weight = "column", heading.text, ACTS_DATE_WEIGHT
    first.rows = tuple(c.value for c in rows)
    return first


def _dated_row(line: Line, left: float, right: float) -> Candidate | None:
    """The date opening a table row's first cell, after its weekday, when the cell starts under the heading."""
    cell = line_cells(line)[0]
    if not left <= cell[0].x0 <= right:
        return None
    region = make_region(line, cell)
    lead = _WEEKDAY_LEAD.match(fold(region.text))
    dates = values.find_dates(region.text)
    if not dates or dates[0].start != (lead.end() if lead else 0):
        return None
    found = Found(dates[0].value, dates[0].start, dates[0].end)
    return make_candidate("care_date", found, region, ACTS_DATE_WEIGHT, "below")


_EARLIER = re.compile(r"\b(?:precedente?s?|anterieure?s?|ancienne?s?|dernier|derniere)\b")


def earlier_event(hit: LabelHit) -> bool:
    """ "précédent appareillage délivré le 8/3/2021": the date of an earlier care, recalled to justify
    a renewal, not the date of the care billed; "précédent examen le 17/01/2024", the qualifier inside
    the label its care word made (`names_previous`: not "dernière séance", maybe the last one billed)."""
    before = hit.line.words[max(0, hit.first_word - 3) : hit.first_word]
    own = hit.line.words[hit.first_word : hit.last_word + 1]
    return bool(_EARLIER.search(fold(" ".join(w.text for w in before)))) or names_previous(
        " ".join(w.text for w in own)
    )


_BIRTH_LINK = ("de", "d")  # "salle de naissance", "Naissance de Stéphane"
_DATE_WORDS = ("date", "dte", "dt", "le")  # "Date de naissance" misread apart from its last word


def another_birth(hit: LabelHit) -> bool:
    """A bare "Naissance" that is no label of the patient's birth date: a noun after "de" that names
    something else ("Admission en salle de naissance le 6 mai", "poids de naissance"), or the birth of
    someone named after it ("Naissance de Stéphane le 6 mai 2025", a delivery billed to the mother):
    what such a line dates is an event, not the patient's birth.

    >>> from intake.domain.model import Word
    >>> from parsers.fields.labels import Label
    >>> from parsers.fields.layout import Line
    >>> def hit(text, at):
    ...     words = [Word(t, i * 10, 0, i * 10 + 8, 5) for i, t in enumerate(text.split())]
    ...     label = Label("patient_birth_date", "Naissance", ("naissance",), 0.9)
    ...     return LabelHit(label, Line(1, 0, words, "text"), at, at, "", 1.0)
    >>> another_birth(hit("Admission en salle de naissance le 6 mai 2025", 4))
    True
    >>> another_birth(hit("Naissance de Stéphane le 6 mai 2025", 0))
    True
    >>> another_birth(hit("Naissance : 12/03/1980", 0)), another_birth(hit("Dafe de naissance 12/03/1980", 2))
    (False, False)
    >>> another_birth(hit("Nom et prénom Dante de naissance", 5))
    False
    >>> another_birth(hit("Naissance de l'enfant : 12/03/2020", 0))
    False
    """
    if tuple(hit.label.tokens) != ("naissance",):
        return False
    words = hit.line.words
    before = [fold(w.text).strip(" :.,'’") for w in words[max(0, hit.first_word - 2) : hit.first_word]]
    if len(before) == 2 and before[1] in _BIRTH_LINK and before[0].isalpha() and not _date_word(before[0]):
        return True
    after = [w.text for w in words[hit.last_word + 1 : hit.last_word + 3]]
    return (
        not hit.tail.strip()
        and len(after) == 2
        and fold(after[0]) in _BIRTH_LINK
        and after[1][:1].isupper()
        and after[1].rstrip(",").isalpha()
    )


def _date_word(word: str) -> bool:
    """ "date" or a misreading of it one letter off ("dafe", a fax's "dante")."""
    return word in _DATE_WORDS or edit_distance(word, "date") <= 1


_PREVIOUS = re.compile(r"\b(?:precedente?s?|anterieure?s?)\b")


def names_previous(words: str) -> bool:
    """Words naming a previous occasion, the adjective after its noun as French mostly puts it ("séance
    précédente le", "consultation antérieure du"): what they date is an earlier care, recalled, not the
    care billed. Not "dernière séance", which may be the last of a series billed.

    >>> names_previous("séance précédente le"), names_previous("visite antérieure du")
    (True, True)
    >>> names_previous("dernière séance le"), names_previous("séance réalisée le")
    (False, False)
    """
    return bool(_PREVIOUS.search(fold(words)))


_BILLED_ELSEWHERE = re.compile(
    r"^[\s,;.\-–—(]*(?:\w+\s+)?(?:non factur|factur\w*\s+(?:separement|a part|ulterieurement))"
)


def billed_elsewhere(after: str) -> bool:
    """ "Consultation pré-opératoire du 20/05/2025 (facturée séparément)": the date of a care another
    paper bills, recalled on this one, never the date of the care it bills.

    >>> billed_elsewhere(" (facturée séparément)"), billed_elsewhere(" — honoraires facturés à part")
    (True, True)
    >>> billed_elsewhere(" 30,00 €")
    False
    """
    return bool(_BILLED_ELSEWHERE.match(fold(after)))


# a care credited back ("Avoir sur facture n° ..."), cancelled, or billed but not given: "annulé(e)" alone,
# never "annule et remplace" (a corrective invoice naming the one it replaces)
_NOT_GIVEN = re.compile(
    r"\bavoir (?:sur|n|no)\b|^avoir\b"
    r"|\bannulee?s?\b(?! et remplace)|\bdecommandee?s?\b"
    r"|\bnon (?:realisee?s?|effectuee?s?|honoree?s?|faite?s?|dispensee?s?)\b"
)


def not_given(line: str) -> bool:
    """A line crediting a care back or saying it was not given ("Avoir sur facture SF-82 du 16/07",
    "(séance du 14/07 facturée mais non réalisée)", "RDV du 03/02 annulé"): its dates are of no care
    this paper bills, so never its care date.

    >>> not_given("(séance du 14/07/2025 facturée mais non réalisée)"), not_given("12/08/2025 Avoir sur facture F-82")
    (True, True)
    >>> not_given("Facture n° 88 — annule et remplace la facture n° 71"), not_given("certifie avoir donné mes soins")
    (False, False)
    """
    return bool(_NOT_GIVEN.search(fold(line)))


UNTANGLED_FACTOR = 0.9  # the characters are exact, their order was rebuilt


def untangled_tail(hit: LabelHit) -> str | None:
    """ "délivranc1e4/04/2025": a text layer printing the label's last letters over its value, the
    characters mixed in one word. A digit value holds no letter, so when the word's letters spell the
    label's last word exactly, its other characters are the value, in order. Never on OCR (a misread,
    not an overlap)."""
    if hit.line.source == "ocr" or not hit.label.tokens:
        return None
    word = fold(hit.line.words[hit.last_word].text)
    letters = "".join(c for c in word if c.isalpha())
    rest = "".join(c for c in word if not c.isalpha())
    if not interleaved(hit.tail, len(hit.tail)) or letters != hit.label.tokens[-1]:
        return None
    return rest if any(c.isdigit() for c in rest) else None


# "n° 2025-22 du 30/03/2025", "n° 2025/1724 — Dijon, le 28 févr. 2025" (a letter's place and date);
# after the place, OCR may read "le" as "ie", "1e" or "|e"; "Facture PH10442 — 12.08.25": a dash set
# apart by spaces, the date right after it; OCR may read the dash before the place as "-_", "." or "·"
_DATED_AFTER = re.compile(
    r"^[\s,—–\-_.·]*(?:[a-z][a-z' \-]{1,40},\s*[i1|]e"
    r"|(?:[a-z][a-z' \-]{1,40},\s*)?(?:du|en date du|le|emise? le|etablie? le))\s+"
    r"|^\s+[—–\-]\s+",
    re.IGNORECASE,
)


NUMBER_DATE_WEIGHT = 0.85


def dated_after(region: Region, end: int, weight: float) -> list[Candidate]:
    """ "Facture n° 2025-22 du 30/03/2025": the date the numbered paper bears is its issue date."""
    rest = region.text[end:]
    match = _DATED_AFTER.match(fold(rest)) if len(fold(rest)) == len(rest) else None
    if match is None:
        return []
    dates = values.find_dates(rest[match.end() :])
    if not dates or dates[0].start > 0:
        return []
    shift = end + match.end()
    found = Found(dates[0].value, dates[0].start + shift, dates[0].end + shift)
    return [make_candidate("invoice_date", found, region, weight * NUMBER_DATE_WEIGHT, "right")]


def dated_below(scan_: PageScan, index: int, hit: LabelHit, right: float, weight: float) -> list[Candidate]:
    """ "Facture n° 2025-22" / "du 30/03/2025" on the next line of the same block: the numbered paper's
    date wrapped under its number, alone in its cell. On a photo's skewed line, whose far end reaches
    down to the next line, the gap is measured from the label and its number."""
    line = scan_.lines[index]
    block = [w for w in line.words[hit.first_word :] if w.x1 <= right + 0.5]
    return _dated_under(scan_, index, block, hit.x0, right, weight)


def dated_under_number(scan_: PageScan, number: Candidate, weight: float) -> list[Candidate]:
    """ "RELEVÉ DE SOINS — FACTURE" / "N° IDE-2025-939" / "du 17/08/2025": a title's number printed under
    it (`find_below`), the paper's date wrapped under the number in turn, alone in its cell. The date the
    numbered paper bears is its issue date, as when it follows the number on its line (`dated_after`)."""
    if number.name != "invoice_number" or number.how != "below" or number.box is None:
        return []
    x0, y0, x1, y1 = number.box
    for index, line in enumerate(scan_.lines):
        if line.page != number.page or not line.y0 <= (y0 + y1) / 2 <= line.y1:
            continue
        for cell in line_cells(line):  # the number's cell, from its "N°" on
            block = [w for w in cell if w.x1 <= x1 + 0.5]
            if any(w.x1 > x0 and w.x0 < x1 for w in block):
                return _dated_under(scan_, index, block, block[0].x0, x1, weight)
    return []


def _dated_under(
    scan_: PageScan, index: int, block: list[Word], left: float, right: float, weight: float
) -> list[Candidate]:
    """The issue date opening the next line's cell that starts under `left`..`right` of line `index`, alone in it."""
    line = scan_.lines[index]
    other = line_below(scan_, index) or line_below(scan_, index, words=block)
    if other is None:
        return []
    if block and not any(w.x1 > left and w.x0 < right for w in other.words):
        other = _block_line_after(scan_, index, block) or other  # another column's line read in between
    for cell in line_cells(other):
        if not left - line.height <= cell[0].x0 <= right:
            continue
        region = make_region(other, cell)
        dated = dated_after(region, 0, weight)
        if dated and not region.text[region.text.find(dated[0].raw) + len(dated[0].raw) :].strip(" ."):
            return dated
    return []


BLOCK_LINE_GAP = 1.5  # as `candidates.INTERLEAVED_LINES`' line under a name: a fax stretches the gaps


def _block_line_after(scan_: PageScan, index: int, block: list[Word]) -> Line | None:
    """The line after next, when it is no more than `BLOCK_LINE_GAP` line heights under `block` (the
    number's words on line `index`): the block's own next line, read after a line of another column that sits a little
    higher ("Facture n° 2025-22" set large at the right, a subtitle at the left, then "du 30/03/2025")."""
    if index + 2 >= len(scan_.lines):
        return None
    line, after = scan_.lines[index], scan_.lines[index + 2]
    bottom, height = max(w.y1 for w in block), max(w.y1 - w.y0 for w in block)
    if after.page != line.page or not 0 <= after.y0 - bottom <= BLOCK_LINE_GAP * height:
        return None
    return after


LETTER_DATE_LEAD = re.compile(r"(?:^|[\w\s][,.]\s*|\bfait\b.*\s)le\s*$")
SPAN_DAYS = 366  # the acts of one invoice span days or months, never years


def without_outliers(dates: list[Candidate]) -> list[Candidate]:
    """The acts' dates down a column, less a year misread far from the others ("23.09.28" among
    "22.09.25", "23.09.25"...): the rows within a year of the middle one."""
    if len(dates) < 3:
        return dates
    middle = dt.date.fromisoformat(sorted(c.value for c in dates)[len(dates) // 2])
    kept = [c for c in dates if abs((dt.date.fromisoformat(c.value) - middle).days) <= SPAN_DAYS]
    return kept or dates


ROW_YEAR_CAP = 0.6  # a row's year mended to its neighbours': nothing else checks its day and month
ROW_YEAR_NOTE = "year one digit off the other rows', still to come"


def years_to_come_mended(dates: list[Candidate]) -> list[Candidate]:
    """The acts' dates down a column, a row's year still to come and one digit off the one year the other
    rows give ("18/09/2085" over "02/10/2025" on a fax: a 2 read as an 8): that row dated in that year,
    its day and month kept, held for a clerk (`ROW_YEAR_CAP`). No invoice bills care of a year to come."""
    this_year = dt.date.today().year
    years = {c.value[:4] for c in dates if int(c.value[:4]) <= this_year}
    mended = []
    for candidate in dates:
        year = candidate.value[:4]
        near = {y for y in years if sum(a != b for a, b in zip(y, year, strict=True)) == 1}
        value = near.pop() + candidate.value[4:] if int(year) > this_year and len(near) == 1 else None
        if value is not None and values.parse_date(value) == value:
            notes = [*candidate.notes, ROW_YEAR_NOTE]
            score = min(candidate.score, ROW_YEAR_CAP)
            candidate = replace(candidate, value=value, score=score, repaired=True, notes=notes)
        mended.append(candidate)
    return mended


TIMESTAMP_NOTE = "timestamp"
TIMESTAMP_CARE_WEIGHT = 0.6  # a till's sale is its delivery: the care date when nothing names one


def sale_date(candidate: Candidate | None) -> Candidate | None:
    """A till receipt's "Le 04.09.2025 18:29": the moment of the sale, i.e. of the delivery too."""
    if candidate is None or TIMESTAMP_NOTE not in candidate.notes:
        return None
    return replace(candidate, name="care_date", score=candidate.score * TIMESTAMP_CARE_WEIGHT / 0.7, notes=[])


CARE_TODAY = re.compile(
    r"\b(?:soins?|consultations?|actes?|examine|examinee|seances?|visites?)\b.{0,30}\bce jour\b"
    r"|\bce jour\b.{0,30}\b(?:soins?|consultations?|actes?|examine|examinee|seances?|visites?)\b"
)
CARE_TODAY_FACTOR = 0.85
SAME_READING = "the issue date's reading"  # a care date copied from the issue date's one reading


def care_date_from_issue(candidate: Candidate, factor: float) -> Candidate:
    """The issue date's own reading taken as the care date too, weaker by `factor` and marked, so that
    the two fields never count as two agreeing readings."""
    return replace(candidate, name="care_date", score=candidate.score * factor, notes=[SAME_READING])


DELIVERY_ISSUE_FACTOR = 0.85
_DELIVERY = re.compile(r"\bdate\b.*\b(?:delivr|dispens)")  # a dated heading, not a sentence's "délivré le"


def issued_on_delivery(candidates: list[Candidate]) -> list[Candidate]:
    """A pharmacy's invoice printed at the counter dates itself by the day the goods were handed over
    ("Date de délivrance") and prints no issue date: it was issued that day. The delivery date's one
    reading, weaker and marked, so that the two fields never count as two agreeing readings."""
    if any(c.name == "invoice_date" for c in candidates):
        return candidates
    delivered = [
        c for c in candidates if c.name == "care_date" and not c.notes and _DELIVERY.search(fold(c.label))
    ]
    if len({c.value for c in delivered}) != 1:
        return candidates
    best = max(delivered, key=lambda c: c.score)
    issued = replace(best, name="invoice_date", score=best.score * DELIVERY_ISSUE_FACTOR, notes=[SAME_READING])
    return [*candidates, issued]


def care_today(candidate: Candidate | None) -> Candidate | None:
    """ "certifie avoir donné ce jour mes soins à ..." then "Fait à Grenoble, le 25 février 2025": the
    care was given the day the letter is dated."""
    if candidate is None or candidate.name != "invoice_date" or candidate.notes:
        return None
    return care_date_from_issue(candidate, CARE_TODAY_FACTOR)


# "Reims, le o$/07/202$": OCR reads a date's digits as the letters they look like
_DATE_GLYPHS = str.maketrans({**CONFUSIONS, "$": "5", "§": "5"})
_GLYPH_DATE = re.compile(r"[\w$§|!]{1,2}[/.\-][\w$§|!]{1,2}[/.\-][\w$§|!]{2,4}")
# "2101/2025", "21/012025": a handwritten date whose first or second slash the OCR lost
# "28.031974", "05011984": a date's separators lost, one or both (a full year then, 19xx or 20xx)
_ONE_SLASH_DATE = re.compile(
    r"(\d{2})(\d{2})[/.\-](\d{4})|(\d{2})[/.\-](\d{2})(\d{4})|(\d{2})(\d{2})((?:19|20)\d{2})"
)
# "08 08-2025", "08-08 2025": one of a day-first date's two separators read as a space
_SPACE_SEPARATOR = re.compile(r"(\d{2}) (\d{2})([/.\-])(\d{4})(?![\d/.\-])|(\d{2})([/.\-])(\d{2}) (\d{4})(?![\d/.\-])")
_ONE_DASH_ISO = re.compile(r"(20\d{2})-?(\d{2})-?(\d{2})")  # "2025-0814": a year-first date, one dash lost
MISREAD_DATE_VALIDITY = 0.8
_NUMERIC_TOKEN = re.compile(r"(\d{2})([/.\-])(\d{2})([/.\-])(\d{2}|\d{4})")
_ZERO_READ = "689"  # what a fax makes of a 0


def _impossible_tens(token: str) -> str | None:
    """ "06/87/2025", "04/86/25", "04.09.2925": a month, a day or a year no calendar (or no invoice) has,
    its tens (a year's hundreds) a 6, 8 or 9 that OCR reads for a 0 on a fax: that 0 put back
    ("06/07/2025"); a month 16, 18 or 19 is October, its units' 0 so read ("13/16/2025"), unless a digit
    of its day or its year's last two may be a 0 so read as well ("28/18/1966" for "20/10/1966": the
    month put back alone would pass a wrong date for a mended one); None when the token is no such date.

    >>> _impossible_tens("06/87/2025"), _impossible_tens("86/06/25"), _impossible_tens("06/07/2025")
    ('06/07/2025', '06/06/25', None)
    >>> _impossible_tens("04.09.2925"), _impossible_tens("18/68/2825")
    ('04.09.2025', '18/08/2025')
    >>> _impossible_tens("38/06/25") is None  # a 3 or an 8, which: not said
    True
    >>> _impossible_tens("13/16/2025"), _impossible_tens("13/19/2025"), _impossible_tens("13/17/2025")
    ('13/10/2025', '13/10/2025', None)
    >>> _impossible_tens("28/18/1966"), _impossible_tens("17/18/1968"), _impossible_tens("17/18/1972")
    (None, None, '17/10/1972')
    """
    match = _NUMERIC_TOKEN.fullmatch(token)
    if match is None:
        return None
    day, first, month, second, year = match.groups()
    if int(day) > 31 and day[0] in _ZERO_READ:
        day = "0" + day[1]
    if int(month) > 12 and month[0] in _ZERO_READ:
        month = "0" + month[1]
    elif int(month) > 12 and month[0] == "1" and month[1] in _ZERO_READ and not set(day + year[-2:]) & set(_ZERO_READ):
        month = "10"  # "13/16/2025": no month 16, October's 0 read as a 6 (no other digit might be a 0 so read)
    if len(year) == 4 and year[0] == "2" and year[1] in _ZERO_READ:
        year = "20" + year[2:]  # "04.09.2925": no invoice is dated in the 2900s
    fixed = f"{day}{first}{month}{second}{year}"
    return fixed if fixed != token else None


# "Jui 14, 2025": an English month-first date whose month's "l" the fax read as an "i" ("Jul")
_MONTH_FIRST_START = re.compile(r"([A-Za-z]{3})(\.?\s+\d{1,2},\s*\d{4})(?!\d)")
_MONTH_GLYPHS = str.maketrans("iI", "lL")


def _misread_month(text: str) -> tuple[str, int] | None:
    """The month-first date opening `text` with its month word's "i" put back as the "l" it stands for,
    and the length it takes; None when the month word is a month already or no look-alike makes one.

    >>> _misread_month("Jui 14, 2025 ECG"), _misread_month("Jul 14, 2025"), _misread_month("Mai 4, 2025")
    (('Jul 14, 2025', 12), None, None)
    """
    match = _MONTH_FIRST_START.match(text)
    if match is None or values.month_number(match.group(1).lower()) is not None:
        return None
    month = match.group(1).translate(_MONTH_GLYPHS)
    if values.month_number(month.lower()) is None:
        return None
    return month + match.group(2), match.end()


def misread_date(text: str) -> Found | None:
    """The date opening `text` with look-alike letters read for a few of its digits (at least half of
    them read as digits), the 0 of its day or month read as a 6, 8 or 9 (`_impossible_tens`), one or
    both of its separators lost (or a year-first date's dash: "2025-0814") or one read as a space
    ("08 08-2025"), or an English month's "l" read as an "i" (`_misread_month`): where a line calls for a
    date ("Reims, le ...", right of "Date des soins", a row of the acts' "Date" column), that is its
    date. Repaired, so weaker than a date read."""
    token = text.split(" ", 1)[0].rstrip(".,;")
    lost = _ONE_SLASH_DATE.fullmatch(token)
    iso = _ONE_DASH_ISO.fullmatch(token) if token.count("-") == 1 else None
    month_first = _misread_month(text)
    spaced = _SPACE_SEPARATOR.match(text)
    if iso is not None:
        fixed = "-".join(iso.groups())
    elif spaced is not None:
        if spaced.group(1) is not None:  # "08 08-2025"
            day, month, separator, year = spaced.group(1, 2, 3, 4)
        else:  # "08-08 2025"
            day, separator, month, year = spaced.group(5, 6, 7, 8)
        fixed, token = f"{day}{separator}{month}{separator}{year}", spaced.group(0)
    elif month_first is not None:
        fixed, length = month_first
        token = text[:length]
    elif lost is not None:
        day, month, year = (group for group in lost.groups() if group is not None)
        fixed = f"{day}/{month}/{year}"
    elif (zeros := _impossible_tens(token)) is not None:
        fixed = zeros
    elif not _GLYPH_DATE.fullmatch(token) or 2 * sum(c.isdigit() for c in token) < len(token) - 2:
        return None
    else:
        fixed = token.translate(_DATE_GLYPHS)
    dates = values.find_dates(fixed)
    if len(dates) != 1 or (dates[0].start, dates[0].end) != (0, len(fixed)):
        return None
    return Found(dates[0].value, 0, len(token), True, MISREAD_DATE_VALIDITY)


# the writer's own act, in the first person ("certifie avoir examiné en consultation le", "que j'ai opéré
# le"), or a visit ("revu en consultation le")
_ACT_CLAUSE = re.compile(
    r"\b(?:avoir|j'ai|nous avons)\s+(?:[a-z]+\s+)?"
    r"(?:examinee?|vue?|operee?|soignee?|pratique|realise|effectue|recue? en consultation)"
    r"(?:\s+[a-z']+){0,4}?\s+(?:le|du)\s*$"
    r"|\ben consultation\s+(?:le|du)\s*$"  # "revu en consultation le": the visit, whoever's words
)
PROSE_ACT_WEIGHT = 0.8  # a sentence, not a label: never enough to pass review on its own (doubts.py)
PROSE_NOTE = "dated in a sentence"
_CLAUSE_REACH = 80  # characters before the date


def act_in_sentence(scan_: PageScan, index: int) -> Candidate | None:
    """A letter written in prose dates the act its writer certifies, in the first person: "certifie
    avoir examiné en consultation le 16 mai 2025 M. X", "que j'ai opéré le 6 mars 2025". The date may
    open the next line of the paragraph. A recalled event is no act of the writer's ("dont M. X a été
    opéré le 6 mars": the passive, the third person): not taken."""
    line = scan_.lines[index]
    for region in (make_region(line, line.words), _continued(scan_, index)):
        if region is None:
            continue
        before = fold(line.text) + " " if region.line is not line else ""
        text = fold(region.text)
        if len(text) != len(region.text):
            continue
        for match in values.find_dates(region.text):
            head = (before + text[: match.start])[-_CLAUSE_REACH:]
            if region.line is not line and match.start > 0:
                break  # on the next line, only a date opening it
            if _ACT_CLAUSE.search(head):
                found = Found(match.value, match.start, match.end)
                candidate = make_candidate("care_date", found, region, PROSE_ACT_WEIGHT, "pattern")
                candidate.notes.append(PROSE_NOTE)
                return candidate
    return None


def _continued(scan_: PageScan, index: int) -> Region | None:
    """The next line as a region when it goes on with the same paragraph (close under it, same margin)."""
    line, other = scan_.lines[index], line_below(scan_, index, gap=1.5)
    if other is None or abs(other.words[0].x0 - line.words[0].x0) > line.height:
        return None
    return make_region(other, other.words)
