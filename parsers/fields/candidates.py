"""Find candidate values for each field: right of a label, below it, down a table column, or by pattern.

Every candidate carries the evidence its score is made of; `extract.py` ranks them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from intake.domain.model import Word
from parsers.fields import values
from parsers.fields.labels import CONCEPT_WEIGHT, concept_of, fold, tokens
from parsers.fields.layout import LabelHit, Line, find_labels
from parsers.identifiers import adeli, amc, finess, idnps, nir, rpps, siret
from parsers.identifiers.exceptions import InvalidComponent
from parsers.identifiers.repair import CONFUSIONS, repair, repair_stutter

ID_FIELDS = ("rpps", "adeli", "finess", "nir", "amc_number")
AMOUNT_FIELDS = ("total_amount", "amo_amount", "amc_amount", "patient_amount")
DATE_FIELDS = ("patient_birth_date", "invoice_date", "care_date")
PRACTITIONER_FIELDS = ("rpps", "adeli", "finess")
QUALIFIER_KINDS = ("insured_name", "patient_name")
NAME_FIELDS = ("patient_name", "insured_name")
TABLE_WORDS = (
    "acte",
    "code",
    "cotation",
    "designation",
    "libelle",
    "montant",
    "honoraires",
    "prestation",
    "quantite",
    "qte",
    "tarif",
    "prix",
    "ngap",
    "ccam",
    "lpp",
)


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


def middle(candidate: Candidate) -> float:
    """The height of the middle of a candidate's box (candidates without a box are never asked)."""
    assert candidate.box is not None
    return (candidate.box[1] + candidate.box[3]) / 2


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


# ---------------------------------------------------------------- value finders


@dataclass(frozen=True)
class Found:
    value: str
    start: int
    end: int
    repaired: bool = False
    validity: float = 1.0
    name: str | None = None  # when the value belongs to another field (an ADELI behind an RPPS label)


_ID_CHARS = set("0123456789") | set(CONFUSIONS) | {"A", "a"}
_LEAD = re.compile(r"^[\s:;.\-–=#°/)]*(?:(?:n|no|n°|nº)[\s:;.]+)?")


def _id_groups(text: str) -> list[tuple[int, int]]:
    """Spans of the leading space-separated groups that could be (part of) an identifier."""
    spans: list[tuple[int, int]] = []
    lead = _LEAD.match(text)
    position = lead.end() if lead else 0
    key_word = False
    for m in re.finditer(r"\S+", text[position:]):
        token = m.group(0).rstrip(".,;:)")
        if spans and not key_word and fold(token).strip(".:") in _KEY_WORDS:
            key_word = True  # "186072A145070 clé 33": the key printed apart
            continue
        corsican = token in ("A", "B") and bool(spans) and text[spans[-1][0] : spans[-1][1]] == "2"
        if not token or not all(c in _ID_CHARS for c in token) or not (corsican or any(c.isdigit() for c in token)):
            break  # a letter alone is a word, save the A/B of a Corsican department boxed after its "2"
        if spans and m.start() + position - spans[-1][1] > (12 if key_word else 3):
            break
        spans.append((m.start() + position, m.start() + position + len(token)))
        if key_word:
            break
        # digit-per-box grids ("2 9 4 3 3 0 1 4 7") hold up to 15 one-character groups
        limit = 16 if all(e - b == 1 for b, e in spans) else 8
        if len(spans) >= limit:
            break
    return spans


_KEY_WORDS = {"cle", "cle:", "key"}


def _validator(name: str) -> Callable[[str], str]:
    if name == "adeli":

        def strict_adeli(number: str) -> str:
            value = adeli.validate(number)
            if not adeli.checksum_ok(value):
                raise InvalidComponent()
            return value

        return strict_adeli
    table: dict[str, Callable[[str], str]] = {
        "rpps": rpps.validate,
        "finess": finess.validate,
        "nir": nir.validate,
        "idnps": idnps.validate,
        "amc_number": amc.validate,
    }
    return table[name]


def find_id(name: str, text: str) -> Found | None:
    """The identifier at the start of `text` (after "n°", ":"...), repaired if need be."""
    spans = _id_groups(text)
    for count in range(len(spans), 0, -1):
        start, end = spans[0][0], spans[count - 1][1]
        raw = re.sub(r"(?i)\b(?:cl[eé]|key)\b\s*:?", " ", text[start:end])
        found = _id_from_raw(name, raw, start, end)
        if found is not None:
            return found
    return _stuttered(name, text, spans)


STUTTER_VALIDITY = 0.6  # a digit read twice, dropped: plausible, never enough on its own


def _stuttered(name: str, text: str, spans: list[tuple[int, int]]) -> Found | None:
    """Last resort, after every other reading failed: a digit of the identifier read twice."""
    if name not in ("rpps", "adeli", "finess", "nir"):
        return None
    for count in range(len(spans), 0, -1):
        start, end = spans[0][0], spans[count - 1][1]
        fixed = repair_stutter(text[start:end], _validator(name))
        if fixed is not None:
            return Found(fixed.value, start, end, True, STUTTER_VALIDITY)
    return None


def _id_from_raw(name: str, raw: str, start: int, end: int) -> Found | None:
    if name in ("rpps", "adeli", "finess"):
        return _practitioner_id(name, raw, start, end)
    if name == "amc_number":
        compact = re.sub(r"\s", "", raw)
        return Found(compact, start, end) if amc.is_valid(compact) else None
    fixed = repair(raw, _validator(name))
    if fixed is None:
        return None
    validity = 0.8 if fixed.repaired else 1.0
    if name == "nir" and nir.is_temporary(fixed.value):
        validity *= 0.85
    return Found(fixed.value, start, end, fixed.repaired, validity)


def _practitioner_id(name: str, raw: str, start: int, end: int) -> Found | None:
    order = {"rpps": ("rpps", "idnps", "adeli"), "adeli": ("adeli", "idnps", "rpps"), "finess": ("finess",)}[
        name
    ]
    for kind in order:
        fixed = repair(raw, _validator(kind))
        if fixed is None:
            if kind == "adeli" and name == "adeli" and adeli.is_valid(raw):
                return Found(adeli.compact(raw), start, end, False, 0.75)  # key fails: soft signal
            continue
        value, actual = fixed.value, kind
        if kind == "idnps":
            actual, value = idnps.split(value)
        validity = (0.8 if fixed.repaired else 1.0) * (1.0 if actual == name else 0.85)
        if actual == "rpps" and not value.startswith("1"):
            validity *= 0.8
        return Found(value, start, end, fixed.repaired, validity, None if actual == name else actual)
    return None


def find_value(name: str, text: str, *, bare_zero: bool = False) -> Found | None:
    """The value of field `name` at the start of `text`; `bare_zero`: a share may be a plain "0"."""
    if name in ID_FIELDS:
        return find_id(name, text)
    if name in AMOUNT_FIELDS:
        amounts = values.find_amounts(text)
        zero = _BARE_ZERO.match(text) if bare_zero else None
        if not amounts and zero is not None and name != "total_amount":
            return Found("0.00", zero.start(1), zero.end(1), validity=BARE_ZERO_VALIDITY)  # "reste 0 — tiers payant"
        if not amounts or amounts[0].start > 80:
            return None
        far = amounts[0].start > 40
        return Found(amounts[0].value, amounts[0].start, amounts[0].end, validity=0.9 if far else 1.0)
    if name in DATE_FIELDS or name == "generic_date":
        dates = values.find_dates(text) or _boxed_date(text)
        if name == "care_date" and dates and dates[0].start > 30 and _opens_span(text, dates):
            return Found(dates[0].value, dates[0].start, dates[0].end, validity=SPAN_VALIDITY)
        if not dates or dates[0].start > 30 or _interleaved(text, dates[0].start):
            return None
        if name == "care_date" and _PERIOD_END.search(fold(text[: dates[0].start])):
            return None  # "du 1er (unread) au 30 septembre": the period's end, not its first day
        return Found(dates[0].value, dates[0].start, dates[0].end)
    if name in NAME_FIELDS:
        return _find_name(text)
    if name == "invoice_number":
        match = values.parse_invoice_number(text)
        if match is None or match.start > 12:
            return None
        return Found(match.value, match.start, match.end)
    return None


_BARE_ZERO = re.compile(r"^[\s:=]*(0)(?![\d,.]|\s*%)")
BARE_ZERO_VALIDITY = 0.8  # nothing to pay, written without decimals or a currency sign


_PERIOD_END = re.compile(r"(?:^|\s)(?:au|jusqu'au)\s*$")
_SPAN_START = re.compile(r"(?:^|\s)du\s*$")
_SPAN_MIDDLE = re.compile(r"^\s*(?:au|jusqu'au)\s*$")
SPAN_REACH = 80
SPAN_VALIDITY = 0.95


def _opens_span(text: str, dates: list[values.Match]) -> bool:
    """ "Semestre n° 4 de traitement — du 16/03/25 au 15/09/25": a period's first day, after a few words
    that name the period, and the only thing that looks like one on the line.

    >>> line = "Cure de 18 séances thermales — du 02/06/25 au 21/06/25"
    >>> _opens_span(line, values.find_dates(line)), _opens_span("Accord n° 8812 du 02/06/25", [])
    (True, False)
    """
    if len(dates) < 2 or dates[0].start > SPAN_REACH or len(fold(text)) != len(text):
        return False
    first = dates[0]
    folded = fold(text)
    return bool(_SPAN_START.search(folded[: first.start]) and _SPAN_MIDDLE.match(folded[first.end : dates[1].start]))
_BOXED_DATE = re.compile(r"^[\s:]*(\d) ?(\d)\s+(\d) ?(\d)\s+(\d) ?(\d) ?(\d) ?(\d)(?![\d/.,])")


def _boxed_date(text: str) -> list[values.Match]:
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


def _interleaved(text: str, start: int) -> bool:
    """Digits then letters glued in front of a value ("délivranc1e4/04/2025"): overlapping print, the
    characters of a label and of its value mixed; the value read there is not the printed one."""
    token = re.split(r"\s", text[:start])[-1]
    return any(c.isdigit() for c in token) and any(c.isalpha() for c in token)


_FEMININE_MARK = re.compile(r"^[(\[{](?:e|s|es)[)\]}]$", re.IGNORECASE)  # "ASSURE (E) :", read apart
_NAME_LEAD = re.compile(r"^(?:[\s:;.,\-–|_‘’'•·]|[(\[{](?:e|s|es)[)\]}](?!\w))+", re.IGNORECASE)  # "ASSURE (E} : ..."


_NEXT_LABEL = re.compile(r"(?<=\S)\s+[^\W\d_][\w'’.]*\s?:(?!\d)(?=\s*\S)")  # "ROCHE Sylvie Numéro : PC-25"


def _find_name(text: str) -> Found | None:
    stripped = _NAME_LEAD.sub("", text)
    offset = len(text) - len(stripped)
    following = _NEXT_LABEL.search(stripped)
    if following is not None:
        stripped = stripped[: following.start()]  # a word ending in a colon labels what follows it
    tokens = values.name_tokens(stripped)
    if not _plausible_name(stripped, tokens):
        return None
    value = values.parse_name(stripped)
    if value is None:
        return None
    end = offset + stripped.find(tokens[-1]) + len(tokens[-1]) if tokens else len(text)
    upper = sum(1 for t in tokens if values._is_upper(t))
    validity = 1.0 if 0 < upper < len(tokens) else 0.75  # no case cue: order is a guess
    return Found(value, offset, end, False, validity)


_PRACTITIONER_TITLES = {"dr", "dr.", "docteur", "pr", "pr.", "professeur"}


def _plausible_name(text: str, tokens: list[str]) -> bool:
    """A patient's name: no "Dr" in front, and every word capitalised or a particle."""
    first = fold(text.split()[0]) if text.split() else ""
    if first in _PRACTITIONER_TITLES:
        return False
    return all(token[:1].isupper() or fold(token).rstrip("'") in values.PARTICLES for token in tokens)


# ---------------------------------------------------------------- scanning the page


# How much Tesseract's word confidence still matters once the value passed its own check: a NIR
# whose mod-97 key agrees is a wrong read about once in a hundred, a Luhn-valid number once in ten;
# a well-formed date or amount only rules out some misreads; free text has no check at all.
OCR_DOUBT = {"nir": 0.3, "rpps": 0.5, "finess": 0.5, "adeli": 0.6, "amc_number": 0.8}
FORMAT_DOUBT = 0.8  # dates and amounts


def _ocr_factor(words: list[Word], line: Line, name: str = "", repaired: bool = False) -> float:
    if line.source != "ocr" or not words:
        return 1.0
    confs = [max(0.0, min(1.0, w.conf)) for w in words]
    read = min(0.93, (sum(confs) / len(confs)) * 0.6 + min(confs) * 0.4)
    doubt = 1.0
    if name in OCR_DOUBT and not repaired:
        doubt = OCR_DOUBT[name]
    elif name in AMOUNT_FIELDS or name in DATE_FIELDS:
        doubt = FORMAT_DOUBT
    return 1.0 - doubt * (1.0 - read)


def _box(words: list[Word]) -> tuple[float, float, float, float] | None:
    if not words:
        return None
    return (
        min(w.x0 for w in words),
        min(w.y0 for w in words),
        max(w.x1 for w in words),
        max(w.y1 for w in words),
    )


def _candidate(name: str, found: Found, region: Region, base: float, how: str) -> Candidate:
    words = region.words_for(found.start, found.end) or region.words[:1]
    ocr = region.line.source == "ocr"
    score = base * found.validity * _ocr_factor(words, region.line, found.name or name, found.repaired)
    return Candidate(
        found.name or name,
        found.value,
        score,
        region.line.page,
        _box(words),
        region.text[found.start : found.end],
        how,
        found.repaired,
        [],
        ocr,
    )


_QUALIFIER_GLUE = {"de", "du", "de la", "d'", "l'", "la", "le", "des"}


def right_region(
    hit: LabelHit, hits: list[LabelHit], *, gap_stop: float | None = None, amounts: bool = False
) -> Region:
    """Words right of the label on its line, up to the next label (or a wide gap).

    For an amount, only another amount label stops the scan ("Part AMC (organisme n° 123) : 10,50 €").
    """
    stoppers = [h for h in hits if not amounts or h.kind in AMOUNT_FIELDS or h.kind.startswith("distractor")]
    following = sorted(h.first_word for h in stoppers if h.first_word > hit.last_word)
    qualifiers = {h.first_word: h.last_word for h in hits if h.kind in QUALIFIER_KINDS}
    between = hit.line.words[hit.last_word + 1 : following[0]] if following else []
    if (
        following
        and all(fold(w.text).strip(" :") in _QUALIFIER_GLUE for w in between)
        and not hit.tail.strip(" :")
        and following[0] in qualifiers
        and hit.kind not in QUALIFIER_KINDS
    ):
        skipped = qualifiers[following[0]]  # "N° SS assuré : ..." - the qualifier is part of the label
        following = [f for f in following if f > skipped]
        hit = LabelHit(
            hit.label, hit.line, hit.first_word, skipped, hit.line.words[skipped].text[99:], hit.quality
        )
    stop = min(following) if following else len(hit.line.words)
    words = hit.line.words[hit.last_word + 1 : stop]
    if gap_stop is not None:
        kept: list[Word] = []
        previous_x1 = hit.x1
        for word in words:
            started = any(any(c.isalnum() for c in w.text) and not _FEMININE_MARK.match(w.text) for w in kept)
            if started and word.x0 - previous_x1 > gap_stop:
                break
            kept.append(word)
            previous_x1 = word.x1
        words = kept
    return make_region(hit.line, words, hit.tail)


def _overlap(a0: float, a1: float, b0: float, b1: float) -> float:
    return max(0.0, min(a1, b1) - max(a0, b0))


def column_words(hit: LabelHit | _HeadingBox, line: Line, slack: float) -> list[Word]:
    """Words of `line` that sit under the label (with a little horizontal slack), plus their run."""
    x0, x1 = hit.x0 - slack, hit.x1 + slack
    under = [i for i, w in enumerate(line.words) if _overlap(w.x0, w.x1, x0, x1) > 0]
    if not under:
        return []
    first, last = under[0], under[-1]
    height = line.height
    while last + 1 < len(line.words) and line.words[last + 1].x0 - line.words[last].x1 < 1.2 * height:
        last += 1
    while first > 0 and line.words[first].x0 - line.words[first - 1].x1 < 0.6 * height:
        first -= 1
    return line.words[first : last + 1]


@dataclass
class PageScan:
    lines: list[Line]
    hits: dict[int, list[LabelHit]]  # by position of the line in `lines`


def scan(lines: list[Line]) -> PageScan:
    return PageScan(lines, {i: find_labels(line) for i, line in enumerate(lines)})


def _lines_below(scan_: PageScan, index: int, limit: int) -> list[int]:
    line = scan_.lines[index]
    below: list[int] = []
    for j in range(index + 1, min(len(scan_.lines), index + 1 + 40)):
        other = scan_.lines[j]
        if other.page != line.page or other.y0 < line.y1 - 0.3 * line.height:
            continue
        below.append(j)
        if len(below) >= limit:
            break
    return below


def _is_total_line(scan_: PageScan, j: int, box: tuple[float, float, float, float] | None = None) -> bool:
    """A totals row: "Total"/"TOTAUX" heads the row, left of the value (a "Total TTC" box printed
    further right on the same line is another block)."""
    limit = box[0] if box is not None else float("inf")
    if any(h.kind == "total_amount" and h.x1 <= limit for h in scan_.hits[j]):
        return True
    return any(fold(w.text).startswith("total") and w.x1 <= limit for w in scan_.lines[j].words)


def _is_table_header(hits: list[LabelHit], line: Line) -> bool:
    folded = fold(line.text)
    table_words = sum(1 for w in TABLE_WORDS if w in folded)
    amount_labels = sum(1 for h in hits if h.kind in AMOUNT_FIELDS)
    return table_words + amount_labels >= 2


ACTS_DATE_WEIGHT = 0.75
_ACT_WORDS = (
    "acte", "cotation", "ngap", "ccam", "code", "prestation", "designation", "libelle", "soins", "seance", "trajet",
)


def _is_acts_header(line: Line, hits: list[LabelHit]) -> bool:
    """A table header naming acts ("Date  Code  Libellé  Montant", "Date  Nature des soins  Montant",
    "Date  Trajet  Distance  Montant"), not just any table with a date."""
    folded = fold(line.text)
    return sum(1 for w in _ACT_WORDS if w in folded) >= 1 and _is_table_header(hits, line)


def _field_of(hit: LabelHit, hits: list[LabelHit], line: Line) -> str | None:
    if hit.kind.startswith("distractor:"):
        return None
    if hit.kind == "generic_date":
        return "care_date" if _is_table_header(hits, line) else "invoice_date"
    return hit.kind


def label_candidates(scan_: PageScan) -> list[Candidate]:
    """Candidates anchored on labels: right on the line, else below / down the column."""
    found: list[Candidate] = []
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
            weight = label_weight * hit.quality
            if hit.kind == "generic_date":
                weight = hit.label.weight
                if name == "care_date" and _is_acts_header(line, hits):
                    weight = ACTS_DATE_WEIGHT  # "Date | Cotation | Acte | Montant": each act's date
            for candidate in _for_hit(scan_, index, hit, hits, name, weight):
                candidate.label, candidate.label_weight = hit.label.text, label_weight
                found.append(candidate)
    return found


SECTION_ID_WEIGHT = 0.85  # as "Identifiant du professionnel"
SECTION_REACH = 3  # lines under a section heading that still belong to it
_PRACTITIONER_HEADINGS = ("Praticien", "Professionnel de santé")  # not "Établissement": a FINESS block


def _practitioner_section(scan_: PageScan, index: int) -> bool:
    """A generic id label ("Identifiant", "N° PS") in the block under a heading alone on its line that
    names the practitioner ("PROFESSIONNEL DE SANTÉ", "Praticien"): the heading qualifies the label,
    unless a patient, insured or prescriber label starts another block in between."""
    line = scan_.lines[index]
    for j in range(index - 1, max(-1, index - 1 - SECTION_REACH), -1):
        above = scan_.lines[j]
        if above.page != line.page:
            return False
        hits = scan_.hits.get(j, [])
        if any(h.kind in (*NAME_FIELDS, "distractor:prescriber") for h in hits):
            return False
        heading = [h for h in hits if h.kind == "distractor:practitioner" and h.label.text in _PRACTITIONER_HEADINGS]
        if heading:
            return len(hits) == 1 and heading[0].first_word == 0 and heading[0].last_word == len(above.words) - 1
    return False


_GENERIC_NAME_LABELS = ("Nom", "Nom prénom", "Nom et prénom", "Nom, prénom", "Nom d'usage", "Nom d'usage et prénom")


def _insured_section(scan_: PageScan, index: int, hit: LabelHit) -> bool:
    """A bare "Nom, prénom" label in a block headed by the insured ("ASSURÉ(E)", "Responsable légal —
    assuré") ending its own line, in the label's column, a few lines up: the insured's name (a child's
    invoice names the parent there), unless a patient label starts another block in between."""
    if hit.label.text not in _GENERIC_NAME_LABELS:
        return False
    line = scan_.lines[index]
    for j in range(index - 1, max(-1, index - 1 - SECTION_REACH), -1):
        above = scan_.lines[j]
        if above.page != line.page:
            return False
        column = [h for h in scan_.hits.get(j, []) if abs(_cell_start(above, h.x0) - hit.x0) <= 2 * line.height]
        if any(h.kind == "patient_name" for h in column):
            return False
        heading = [h for h in column if h.kind == "insured_name"]
        if heading:
            return heading[0].last_word == len(above.words) - 1 and not heading[0].tail.strip(" :")
    return False


def _for_hit(
    scan_: PageScan, index: int, hit: LabelHit, hits: list[LabelHit], name: str, weight: float
) -> list[Candidate]:
    line = scan_.lines[index]
    if name in PRACTITIONER_FIELDS:
        after = " ".join(w.text for w in line.words[hit.last_word + 1 : hit.last_word + 4])
        if "prescri" in fold(hit.tail + " " + after):
            return []
    if name == "first_name" or (name == "invoice_number" and _inside_table_row(hit)) or _glossary(hit, hits):
        return []
    if name in DATE_FIELDS and _earlier_event(hit):
        return []
    gap = 2.5 * line.height if name in NAME_FIELDS else None
    if name in NAME_FIELDS and hit.label.text in ("Nom", "Nom d'usage"):
        joined = _with_first_name(scan_, index, hit, hits, gap)
        if joined is not None:
            return [joined]
    region = right_region(hit, hits, gap_stop=gap, amounts=name in AMOUNT_FIELDS)
    tail = hit.tail.strip(" :")
    if name in NAME_FIELDS and (not tail or _FEMININE_MARK.match(tail)) and _label_qualifier(region.words):
        region = make_region(line, region.words[_label_qualifier(region.words) :])
    if name in NAME_FIELDS and not tail.strip("()") and _lower_case_words(" ".join(w.text for w in region.words)):
        region = make_region(line, [])  # "Patient(e) soigné(e) à domicile": the heading goes on; the name is below
    if name in AMOUNT_FIELDS and _act_code(hit, region.text, line):
        return []
    value = find_value(name, region.text, bare_zero=True)
    position_factor = 1.0
    if value is None and (name in DATE_FIELDS or name in AMOUNT_FIELDS):
        untangled = _untangled_tail(hit)
        if untangled is not None:
            region = make_region(line, region.words, untangled)
            value = find_value(name, region.text)
            position_factor = UNTANGLED_FACTOR
    if value is None and name in ID_FIELDS:  # the qualifier may hold a word that is itself a label
        value = _after_qualifier(name, make_region(line, line.words[hit.last_word + 1 :], hit.tail).text)
        if value is not None:
            region = make_region(line, line.words[hit.last_word + 1 :], hit.tail)
    if value is None and name == "invoice_number":
        value = _number_after_words(region.text)  # "FACTURE TIERS PAYANT N. 000330"
        if value is not None:
            weight = max(weight, NAMED_NUMBER_WEIGHT)
    if value is None and name == "amc_amount" and not set(hit.label.tokens) & _AMOUNT_ROLE_WORDS:
        value = find_value("amc_number", region.text)  # "AMC : 12345678", "Organisme compl. : 722782956"
        if value is not None:
            name, weight = "amc_number", max(weight, INSURER_NUMBER_WEIGHT)
    if value is None and name == "amc_amount":
        insurer = _insurer_number(region.text)  # "Complémentaire : Malakoff Humanis — n° 30955972"
        if insurer is not None:
            name, value, weight = "amc_number", insurer, max(weight, INSURER_NUMBER_WEIGHT) * 0.9
    if value is None and name == "amc_number":
        value = _insurer_number(region.text, named=True)  # "Organisme complémentaire  MNT — n° 45667163"
    if value is not None:
        near = region.words_for(value.start, value.end)
        distance = (near[0].x0 - hit.x1) / line.height if near else 0.0
        position = (1.0 if distance < 6 else 0.97) * position_factor
        found = [_candidate(name, value, region, weight * position, "right")]
        if name == "invoice_number":
            dated = dated_after(region, value.end, weight * position)
            if not dated and not region.text[value.end :].strip(" .,;") and near:
                dated = _dated_below(scan_, index, hit, near[-1].x1, weight * position)
            found.extend(dated)
        return found
    if not region.text.strip(" :"):
        beside = _beside(scan_, index, hit, name, weight)
        if beside:
            return beside
    # something else follows the label closely on its line: the value is not below it
    close = [w for w in region.words if w.x0 - hit.x1 < 4 * line.height]
    region = make_region(line, close, hit.tail)
    if (
        region.text.strip()
        and ((name not in AMOUNT_FIELDS and name != "care_date") or re.search(r"[^\W\d]{3,}", region.text))
        and (find_value("generic_date", region.text) or re.search(r"\w{3,}", region.text))
        and not _is_header_row(hits, line)
    ):
        return []
    if (name in DATE_FIELDS or name in NAME_FIELDS) and not region.text.strip(" :"):
        wrapped = _wrapped(scan_, index, hit, name, weight)
        if wrapped:
            return wrapped
    below = _below(scan_, index, hit, name, weight)
    if not below and name in DATE_FIELDS and not region.text.strip(" :"):
        return _above(scan_, index, hit, name, weight)
    return below


_EARLIER = re.compile(r"\b(?:precedente?s?|anterieure?s?|ancienne?s?|dernier|derniere)\b")


def _earlier_event(hit: LabelHit) -> bool:
    """ "précédent appareillage délivré le 8/3/2021": the date of an earlier care, recalled to justify
    a renewal, not the date of the care billed."""
    before = hit.line.words[max(0, hit.first_word - 3) : hit.first_word]
    return bool(_EARLIER.search(fold(" ".join(w.text for w in before))))


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
        if joined and find_value(hit.kind, right_region(second, hits, amounts=hit.kind in AMOUNT_FIELDS).text) is None:
            return True
    return False


def _lower_case_words(text: str) -> bool:
    """Lower-case words only, the first one of letters: a name label's wording going on ("soigné(e) à
    domicile", read "soignée) 4 domicile" on a fax), never a name.

    >>> _lower_case_words("soigné(e) à domicile"), _lower_case_words("M. AUBRY Séverin"), _lower_case_words(":")
    (True, False, False)
    >>> _lower_case_words("soignée) 4 domicile"), _lower_case_words("12/03/1950")
    (True, False)
    """
    words = re.findall(r"[^\W\d_]+", text)
    first = text.split()[0] if text.split() else ""
    return bool(words) and first[:1].islower() and all(w.islower() for w in words)


def _label_qualifier(words: list[Word]) -> int:
    """How many leading words form a bracketed qualifier of a name label ("Patient (ayant droit)",
    "Bénéficiaire [enfant] :"): a role, never a name, which is not printed in brackets.

    >>> _label_qualifier([Word("(ayant", 0, 0, 1, 1), Word("droit)", 2, 0, 3, 1), Word("DUPONT", 4, 0, 5, 1)])
    2
    >>> _label_qualifier([Word("DUPONT", 0, 0, 1, 1), Word("(Marie)", 2, 0, 3, 1)])
    0
    >>> _label_qualifier([Word("(ayant", 0, 0, 1, 1), Word("droit", 2, 0, 3, 1)])
    2
    """
    if not words or words[0].text[:1] not in "([" or _FEMININE_MARK.match(words[0].text):
        return 0
    for count, word in enumerate(words[:4], start=1):
        if any(c.isdigit() for c in word.text):
            return 0
        if word.text.rstrip(" :")[-1:] in ")]":
            return count
    return len(words) if len(words) <= 3 else 0  # the closing bracket lost (OCR), the qualifier alone


UNTANGLED_FACTOR = 0.9  # the characters are exact, their order was rebuilt


def _untangled_tail(hit: LabelHit) -> str | None:
    """ "délivranc1e4/04/2025": a text layer printing the label's last letters over its value, the
    characters mixed in one word. A digit value holds no letter, so when the word's letters spell the
    label's last word exactly, its other characters are the value, in order. Never on OCR (a misread,
    not an overlap)."""
    if hit.line.source == "ocr" or not hit.label.tokens:
        return None
    word = fold(hit.line.words[hit.last_word].text)
    letters = "".join(c for c in word if c.isalpha())
    rest = "".join(c for c in word if not c.isalpha())
    if not _interleaved(hit.tail, len(hit.tail)) or letters != hit.label.tokens[-1]:
        return None
    return rest if any(c.isdigit() for c in rest) else None


# words that make an insurer's label name its share of the amount, not its number
_AMOUNT_ROLE_WORDS = {
    "part", "remb", "rembt", "remboursement", "rembourse", "montant", "pc", "prise", "pris", "charge",
    "demande", "demandee", "regle", "paye", "du", "estime", "estimee", "total",
}
INSURER_NUMBER_WEIGHT = 0.85  # an insurer's label with an identifier (no amount) right of it


# "n° 2025-22 du 30/03/2025", "n° 2025/1724 — Dijon, le 28 févr. 2025" (a letter's place and date)
_DATED_AFTER = re.compile(
    r"^[\s,—–\-]*(?:[a-z][a-z' \-]{1,40},\s*)?(?:du|en date du|le|emise? le|etablie? le)\s+", re.IGNORECASE
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
    return [_candidate("invoice_date", found, region, weight * NUMBER_DATE_WEIGHT, "right")]


def _dated_below(scan_: PageScan, index: int, hit: LabelHit, right: float, weight: float) -> list[Candidate]:
    """ "Facture n° 2025-22" / "du 30/03/2025" on the next line of the same block: the numbered paper's
    date wrapped under its number, alone in its cell."""
    line = scan_.lines[index]
    other = _line_below(scan_, index)
    if other is None:
        return []
    for cell in _cells(other):
        if not hit.x0 - line.height <= cell[0].x0 <= right:
            continue
        region = make_region(other, cell)
        dated = dated_after(region, 0, weight)
        if dated and not region.text[region.text.find(dated[0].raw) + len(dated[0].raw) :].strip(" ."):
            return dated
    return []


def _inside_table_row(hit: LabelHit) -> bool:
    """ "Monture ACETATE réf. LK-2241 ... 145,00 0,03 100,00": a reference inside a row of amounts is an
    article's, not the document's."""
    line, first = hit.line, hit.first_word
    if first == 0 or line.words[first].x0 - line.words[first - 1].x1 > CELL_GAP * line.height:
        return False
    return len(values.find_amounts(line.text)) >= 2


_WORDS_THEN_NUMBER = re.compile(
    r"^[\s:]*(?:[^\W\d_][\w'’]*\s+){1,3}(?:n°|nº|numero|numéro|no|n)(?![^\W\d_])\s*[.:°]?\s*(?=[^\W_])", re.IGNORECASE
)
NAMED_NUMBER_WEIGHT = 0.9  # "Facture tiers payant n°": the paper's kind, a few words, then its number


def _number_after_words(text: str) -> Found | None:
    """ "Facture TIERS PAYANT N. 000330", "Facture de location n° L-88": a few words complete the
    paper's name before its number word; the number follows that word."""
    match = _WORDS_THEN_NUMBER.match(text)
    if match is None:
        return None
    found = find_value("invoice_number", text[match.end() :])
    if found is None or found.start > 0:
        return None
    return Found(found.value, found.start + match.end(), found.end + match.end())


_QUALIFIER = re.compile(r"^\s*[(\[]?[^\W\d][^\d:]{0,40}?:\s*")


def _after_qualifier(name: str, text: str) -> Found | None:
    """ "Numéro RPPS du PS exécutant : 18391116094", "N° AMC (télétransmission) : 238..." : a few words,
    bracketed or not, qualify the label before its colon."""
    match = _QUALIFIER.match(text)
    if match is None or len(match.group(0).split()) > 5:
        return None
    found = find_value(name, text[match.end() :])
    if found is None:
        return None
    shift = match.end()
    return Found(found.value, found.start + shift, found.end + shift, found.repaired, found.validity * 0.95, found.name)


def _line_below(scan_: PageScan, index: int, gap: float = 1.0) -> Line | None:
    """The next line when it is on the same page, no more than `gap` line heights below line `index`."""
    if index + 1 >= len(scan_.lines):
        return None
    line, other = scan_.lines[index], scan_.lines[index + 1]
    if other.page != line.page or not 0 <= other.y0 - line.y1 <= gap * line.height:
        return None
    return other


def _wrapped(scan_: PageScan, index: int, hit: LabelHit, name: str, weight: float) -> list[Candidate]:
    """A sentence wrapped after its label: "... une consultation effectuée le" / "12/02/2025." — the
    date (or "... donné mes soins à" / "Monsieur X Y, ...": the name) opens the next line."""
    line = scan_.lines[index]
    if hit.last_word != len(line.words) - 1 or hit.first_word == 0 or index + 1 >= len(scan_.lines):
        return []
    if name in NAME_FIELDS and not _in_sentence(line, hit.first_word):
        return []  # a heading ending its line ("Audioprothésiste   Patient"): the name is below it, not wrapped
    other = _line_below(scan_, index)
    if other is None or any(h.first_word == 0 for h in scan_.hits[index + 1]):
        return []
    if abs(other.words[0].x0 - line.words[0].x0) > line.height:
        return []  # the next line does not start at the sentence's left margin
    region = make_region(other, other.words)
    found = find_value(name, region.text)
    if found is None or found.start > 0:
        return []
    return [_candidate(name, found, region, weight * 0.9, "wrapped")]


def _in_sentence(line: Line, first: int) -> bool:
    """Three words or more before word `first` in its own cell: the label ends a sentence."""
    count = 0
    for k in range(first - 1, -1, -1):
        if line.words[k + 1].x0 - line.words[k].x1 > CELL_GAP * line.height:
            break
        count += 1
    return count >= 3


def _beside(scan_: PageScan, index: int, hit: LabelHit, name: str, weight: float) -> list[Candidate]:
    """A value printed a little higher or lower than its label, in the same row (another text line
    for the PDF, e.g. a right-aligned date): the first words right of the label on an overlapping line."""
    line = scan_.lines[index]
    for j in (index - 1, index + 1):
        if not 0 <= j < len(scan_.lines):
            continue
        other = scan_.lines[j]
        overlap = _overlap(line.y0, line.y1, other.y0, other.y1)
        if other.page != line.page or overlap < 0.5 * min(line.height, other.height):
            continue
        stops = [h.x0 for h in scan_.hits[j] if h.x0 > hit.x1]
        words = [w for w in other.words if w.x0 > hit.x1 and w.x1 <= min(stops, default=float("inf"))]
        if not words:
            continue
        region = make_region(other, words)
        found = find_value(name, region.text)
        if found is not None and found.start <= 1:
            return [_candidate(name, found, region, weight * 0.95, "right")]
    return []


def _above(scan_: PageScan, index: int, hit: LabelHit, name: str, weight: float) -> list[Candidate]:
    """ "17/10/2025" then "Date d'émission" under it: a date alone in the cell right above its label."""
    line = scan_.lines[index]
    if index == 0:
        return []
    other = scan_.lines[index - 1]
    if other.page != line.page or line.y0 - other.y1 > 1.2 * line.height:
        return []
    words = column_words(hit, other, 0.5 * line.height)
    if not words or _labelled(scan_.hits[index - 1], words):
        return []
    region = make_region(other, words)
    found = find_value(name, region.text)
    if found is None or found.start > 1 or region.text[found.end :].strip():
        return []
    return [_candidate(name, found, region, weight * 0.8, "above")]


_INSURER_NUMBER = re.compile(
    r"^[\s:]*[^\W\d_][^\d]{0,50}?[\s—–\-,(]+(?:n|no|n°|nº|numéro|num)[\s.:°]*(?=\d)", re.IGNORECASE
)


_INSURER_THEN_NUMBER = re.compile(r"^[\s:]*[^\W\d_][^\d]{0,50}?\s[·•—–\-|,:]\s*(?=\d)")


def _insurer_number(text: str, *, named: bool = False) -> Found | None:
    """The number printed after the insurer's name behind a complementary-insurer label ("Apivia —
    n° 722782956"); when the label itself names the number ("Organisme complémentaire (n°)",
    `named`), a separator is enough ("Apivia · 722782956")."""
    match, alone = _INSURER_NUMBER.match(text), False
    if match is None and named:
        match, alone = _INSURER_THEN_NUMBER.match(text), True
    if match is None:
        return None
    found = find_id("amc_number", text[match.end() :])
    if found is None or (alone and text[match.end() + found.end :].strip(" .,;)")):
        return None
    return Found(found.value, found.start + match.end(), found.end + match.end(), validity=0.95)


_COEFFICIENT = re.compile(r"^[\s:]*\d{1,3}(?:[.,]\d)?(?![\d,.]*\s*(?:€|eur))(?:\s|$)", re.IGNORECASE)


def _act_code(hit: LabelHit, text: str, line: Line) -> bool:
    """A short code-like label ("AMO", "RO") that is an act code with its coefficient ("AMO 12.1"),
    or that sits inside a dated table row, is not an amount label."""
    if len(hit.label.tokens) != 1 or len(hit.label.tokens[0]) > 3:
        return False
    if _COEFFICIENT.match(text):
        return True
    dates = values.find_dates(line.text)
    if not dates or dates[0].start != 0 or hit.first_word == 0:
        return False
    gap = line.words[hit.first_word].x0 - line.words[hit.first_word - 1].x1
    return gap <= CELL_GAP * line.height  # inside a dated table row, not a box printed beside it


def _is_header_row(hits: list[LabelHit], line: Line) -> bool:
    """A row of column or box headings ("Nom du bénéficiaire  Prénom  Né(e) le  Immatriculation"):
    each label's value is printed under it, whatever words follow it on its own line."""
    if values.find_amounts(line.text) or values.find_dates(line.text):
        return False
    fields_ = {h.kind for h in hits if not h.kind.startswith("distractor:")}
    return len(fields_) >= 2 or _is_table_header(hits, line)


def _with_first_name(
    scan_: PageScan, index: int, hit: LabelHit, hits: list[LabelHit], gap: float | None
) -> Candidate | None:
    """ "Nom : MARCHAND" then "Prénom : Zoé" (same line or one of the next two, e.g. after a
    "Nom de naissance" line): one name."""
    last = right_region(hit, hits, gap_stop=gap)
    if (
        not last.text.strip(" :")
        or fold(last.text.split()[-1] if last.text.split() else "") in _PRACTITIONER_TITLES
    ):
        return None
    for j in range(index, min(len(scan_.lines), index + 3)):
        if j > index and any(h.kind in NAME_FIELDS for h in scan_.hits[j]):
            return None  # another name's label comes first
        for other in scan_.hits[j]:
            if other.kind != "first_name" or (j == index and other.first_word <= hit.last_word):
                continue
            first = right_region(other, scan_.hits[j], gap_stop=gap)
            text = f"{_NAME_LEAD.sub('', last.text)} {_NAME_LEAD.sub('', first.text)}"
            region = make_region(scan_.lines[index], last.words + first.words)
            region = Region(region.words, text, [0] * len(text), region.line)
            found = _find_name(text)
            if found is None:
                return None
            return _candidate("patient_name", found, region, 0.85 * hit.quality, "right")
    return None


# An amount's box: how far right of its label (line heights) its value may start, and how far down (a
# scan's text height is smaller than its line pitch). Other fields keep the tighter 10 and 1.2.
BOX_REACH = 12
BOX_GAP = 1.8


def _below(scan_: PageScan, index: int, hit: LabelHit, name: str, weight: float) -> list[Candidate]:
    line = scan_.lines[index]
    heading = _heading_cell(hit, scan_.hits[index])
    cell: LabelHit | _HeadingBox = heading
    if _is_header_row(scan_.hits[index], line):
        cell = _HeadingBox(heading, _cell_right(heading), _cell_left(heading))
    rows: list[tuple[int, Candidate]] = []
    for j in _lines_below(scan_, index, 30):
        other = scan_.lines[j]
        if other.y0 - line.y1 > (
            1.8 * max(line.height, min(other.height, 2 * line.height))  # a form's small caption, a larger value
            if not rows and name not in AMOUNT_FIELDS and name != "care_date"
            else 30 * line.height
        ):
            break
        if rows and other.y0 - scan_.lines[rows[-1][0]].y1 > 2.5 * line.height:
            break
        words = column_words(cell, other, 0.5 * line.height)
        gap = BOX_GAP if name in AMOUNT_FIELDS else 1.2  # a name or a date boxed so far down is another's
        if not words and not rows and other.y0 - line.y1 < gap * line.height:
            boxed = _box_value(hit, other, name)
            if boxed is not None:
                rows.append((j, boxed))
                break
        if not words:
            continue
        if name in NAME_FIELDS:
            words = _before_label(scan_.hits[j], words)  # "Mme ROCHE Géraldine — né(e) le 12/10/1954"
        if not words or (name == "invoice_number" and _labelled(scan_.hits[j], words, distractors=True)):
            break  # "Nom : MARCHAND", "N° SIRET ..." under a heading: its own label and value, not the heading's
        region = make_region(other, words)
        value = find_value(name, region.text)
        first = _first_name_below(scan_, index, hit, other, words[-1].x1) if name in NAME_FIELDS else []
        if name in NAME_FIELDS and not first and _surname_only(region.text):
            first = _first_name_box(scan_, index, j)
        if first:
            text = f"{region.text} {' '.join(w.text for w in first)}"
            joined = _find_name(text)
            if joined is not None:
                region = Region(words + first, text, [0] * len(text), other)
                # "Nom | Prénom" headings over their cells name the person as surely as "Nom, prénom"
                paired = max(weight, NAME_PAIR_WEIGHT * hit.quality)
                rows.append((j, _candidate(name, joined, region, paired, "below")))
                break
        strict = [w for w in words if _overlap(w.x0, w.x1, cell.x0, cell.x1) > 0]
        if value is None and strict and strict != words:
            region = make_region(other, strict)
            value = find_value(name, region.text)
        if value is None and name in ID_FIELDS and len(_key_boxes(other, words)) > len(words):
            region = make_region(other, _key_boxes(other, words))  # "2 8 3 … 0 7   3 7": the key boxed apart
            value = find_value(name, region.text)
        if value is None and name == "amc_number":
            region = make_region(other, words)
            value = _insurer_number(region.text, named=True)  # "Mutuelle Apivia · 722782956" under "(n°)"
        if value is None:
            if rows or (name not in AMOUNT_FIELDS and name != "care_date"):
                break
            continue
        if rows and name in AMOUNT_FIELDS and _is_prose(region.text[: value.start]):
            break  # a sentence under the table ("Valeur de la lettre clé B : 0,27 €"), not a row
        if name == "care_date" and _LETTER_DATE_LEAD.search(fold(region.text[: value.start])):
            continue  # "Fait à Rennes, le 12.03.25" under the acts table: the letter's date, not an act's
        if name not in AMOUNT_FIELDS and _owned_by_other(scan_, j, name, region.words_for(value.start, value.end)):
            continue
        rows.append((j, _candidate(name, value, region, weight, "below")))
        if name not in AMOUNT_FIELDS and name != "care_date":
            break
    return _pick_rows(scan_, name, rows)


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


_LETTER_DATE_LEAD = re.compile(r"(?:^|[\w\s][,.]\s*|\bfait\b.*\s)le\s*$")


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
    if name == "amc_number" and nearest.kind == "amc_amount" and not set(nearest.label.tokens) & _AMOUNT_ROLE_WORDS:
        return False  # "Mutuelle SMI · 373829900": the insurer's word names whose number it is, not a share
    return nearest.kind not in (name, "generic_date") and x - nearest.x1 < 3 * line.height


def _first_name_below(scan_: PageScan, index: int, hit: LabelHit, row: Line, after: float) -> list[Word]:
    """ "Nom du bénéficiaire | Prénom" headings: the words under the "Prénom" heading next to the name."""
    hits = scan_.hits[index]
    line = scan_.lines[index]
    for other in hits:
        if other.kind != "first_name" or other.first_word <= hit.last_word:
            continue
        if any(hit.last_word < h.first_word < other.first_word for h in hits):
            return []  # another heading between the name and the first name
        words = [w for w in column_words(other, row, 0.5 * line.height) if w.x0 >= after]
        if words and all(re.fullmatch(r"[^\W\d_][\w'’\-]*", w.text) for w in words):
            return words
        return []
    return []


def _surname_only(text: str) -> bool:
    """ "LE BIHAN": capitals only, no first name."""
    letters = [t for t in text.split() if any(c.isalpha() for c in t)]
    return bool(letters) and all(t.isupper() for t in letters)


def _first_name_box(scan_: PageScan, index: int, row: int) -> list[Word]:
    """A "Prénom" box on a later row of boxes (its heading below the name's value): the words under it."""
    for j in range(row + 1, min(len(scan_.lines), row + 3)):
        for other in scan_.hits[j]:
            if other.kind != "first_name":
                continue
            right = right_region(other, scan_.hits[j], gap_stop=2.5 * scan_.lines[j].height)
            if right.text.strip(" :"):
                continue  # "Prénom : Zoé" is handled as a label with its value
            below = _lines_below(scan_, j, 1)
            if not below or scan_.lines[below[0]].y0 - scan_.lines[j].y1 > 1.2 * scan_.lines[j].height:
                return []
            words = column_words(other, scan_.lines[below[0]], 0.5 * scan_.lines[j].height)
            if (
                words
                and len(words) <= 3
                and all(re.fullmatch(r"[^\W\d_][\w'’\-]*", w.text) for w in words)
                and not all(w.text.isupper() for w in words)
            ):
                return words
            return []
    return []


_SEPARATORS = {"—", "–", "-", "·", "•", "|", ","}


def _before_label(hits: list[LabelHit], words: list[Word]) -> list[Word]:
    """The words of a cell before the first label among them, when a dash, a comma or a gap sets the
    label apart ("Mme ROCHE Géraldine — né(e) le ..."); none when a label opens the cell or follows
    its words closely ("Nate de naissance": a misread label)."""
    for k, word in enumerate(words):
        if not _labelled(hits, [word]):
            continue
        if k == 0:
            return []
        previous = words[k - 1]
        if previous.text in _SEPARATORS:
            return words[: k - 1]
        apart = previous.text.endswith(",") or word.x0 - previous.x1 > word.y1 - word.y0
        return words[:k] if apart else []
    return words


def _labelled(hits: list[LabelHit], words: list[Word], *, distractors: bool = False) -> bool:
    ids = {id(w) for w in words}
    return any(
        id(h.line.words[k]) in ids
        for h in hits
        if distractors or not h.kind.startswith("distractor:")
        for k in range(h.first_word, h.last_word + 1)
    )


def _box_value(hit: LabelHit, other: Line, name: str) -> Candidate | None:
    """A label in the top-left corner of a box, its value right-aligned on the next line: the first
    words right of the label's start, with nothing else between."""
    height = hit.line.height
    reach = BOX_REACH if name in AMOUNT_FIELDS else 10
    words = [w for w in other.words if hit.x0 - 0.5 * height <= w.x0 <= hit.x1 + reach * height]
    if not words or any(w.x1 < hit.x0 for w in other.words if w.x0 >= hit.x0 - 0.5 * height):
        return None
    for word in other.words:  # "€ 139,66": the value may run on past the reach that found its start
        if word.x0 > words[-1].x0 and word.x0 - words[-1].x1 < 1.5 * height:
            words.append(word)
    region = make_region(other, words)
    value = find_value(name, region.text)
    if value is None or value.start > 2:
        return None
    found = _candidate(name, value, region, 0.85 * hit.label.weight * hit.quality, "below")
    found.how = "box"
    return found


def _heading_cell(hit: LabelHit, hits: list[LabelHit]) -> LabelHit:
    """The label widened over the words that finish its heading ("Part AMC demandée", "Remb. AMO
    estimé"): words closer than a space's width or so, up to the next label."""
    line = hit.line
    following = [h.first_word for h in hits if h.first_word > hit.last_word]
    stop = min(following) if following else len(line.words)
    last = hit.last_word
    while (
        last + 1 < stop
        and line.words[last + 1].x0 - line.words[last].x1 < 0.6 * line.height
        and not any(c.isdigit() for c in line.words[last + 1].text)
    ):
        last += 1
    if last == hit.last_word:
        return hit
    return LabelHit(hit.label, line, hit.first_word, last, hit.tail, hit.quality)


@dataclass
class _HeadingBox:
    """A heading widened to its whole cell: up to where the next heading starts."""

    hit: LabelHit
    right: float
    left: float

    @property
    def x0(self) -> float:
        return min(self.hit.x0, self.left)

    @property
    def x1(self) -> float:
        return max(self.hit.x1, self.right)


def _cell_left(hit: LabelHit) -> float:
    line = hit.line
    first = hit.first_word
    while first > 0 and line.words[first].x0 - line.words[first - 1].x1 < 1.0 * line.height:
        first -= 1
    return line.words[first].x0


def _cell_right(hit: LabelHit) -> float:
    line = hit.line
    for k in range(hit.last_word + 1, len(line.words)):
        if line.words[k].x0 - line.words[k - 1].x1 > 1.5 * line.height:
            return line.words[k].x0 - 1.0 * line.height  # with the slack, still short of the next heading
    return hit.x1 + 8 * line.height


SPAN_DAYS = 366  # the acts of one invoice span days or months, never years


def _without_outliers(dates: list[Candidate]) -> list[Candidate]:
    """The acts' dates down a column, less a year misread far from the others ("23.09.28" among
    "22.09.25", "23.09.25"...): the rows within a year of the middle one."""
    if len(dates) < 3:
        return dates
    middle = dt.date.fromisoformat(sorted(c.value for c in dates)[len(dates) // 2])
    kept = [c for c in dates if abs((dt.date.fromisoformat(c.value) - middle).days) <= SPAN_DAYS]
    return kept or dates


def _pick_rows(scan_: PageScan, name: str, rows: list[tuple[int, Candidate]]) -> list[Candidate]:
    if not rows:
        return []
    if name == "care_date":
        first = min(_without_outliers([c for _, c in rows]), key=lambda c: c.value)
        first.score *= 0.95
        first.how = "column"
        return [first]
    if name in AMOUNT_FIELDS:
        totals = [c for j, c in rows if _is_total_line(scan_, j, c.box)]
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


# ---------------------------------------------------------------- label-less candidates and distractors

_GROUPS_RE = re.compile(r"(?<![\w])(?:[0-9A-Z]{1,6}[ \u00a0\u202f.]?){2,8}[0-9]|(?<!\w)\d{9,15}(?!\w)")


_WEEKDAY = r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),? )?"
_PLACE_DATE = re.compile(rf"^(?:fait )?(?:a )?[a-z][a-z' \-]{{1,40}}, le {_WEEKDAY}(.*)$")
_OCR_PLACE_DATE = re.compile(rf"^(?:fait )?(?:a )?[a-z][a-z' \-]{{1,40}}\. le {_WEEKDAY}(.*)$")  # its comma read as "."
_LE_DATE = re.compile(rf"^le {_WEEKDAY}(.*)$")  # "Le 10/03/2025" alone in its cell
_BARE_PLACE_DATE = re.compile(rf"^[a-z][a-z' \-]{{1,40}}, {_WEEKDAY}(\d.*)$")  # "Dijon, 8 août 2025"
_CLOCK = re.compile(r"^\s*(?:a |-\s*)?\d{1,2}[:h]\d{2}(?::\d{2})?\b")  # a till's "Le 04.09.2025 18:29"
CELL_GAP = 2.0  # a gap wider than this many line heights separates two cells of a line
_CIVILITY = re.compile(r"^(?:m|mme|mlle|madame|monsieur|mademoiselle)\.? [A-Za-z]")


def _cells(line: Line) -> list[list[Word]]:
    """The line's words cut at wide gaps: "Facture N° 0425 ........ Nantes, le 04-03-25" is two cells."""
    cells: list[list[Word]] = []
    for word in line.words:
        if cells and word.x0 - cells[-1][-1].x1 <= CELL_GAP * line.height:
            cells[-1].append(word)
        else:
            cells.append([word])
    return cells


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
    if found is None or found.start > 2:
        return None
    rest = region.text[match.start(1) + found.end :]
    clock = _CLOCK.match(fold(rest))
    if clock is not None:
        rest = ""  # a timestamp: the moment the receipt was printed, whatever the till adds after it
    if strict and (found.start > 0 or rest.strip(" .")):
        return None  # "Le 10/03/2025, le patient ..." is a sentence, "(Né) le : ..." a label, not a dated cell
    shift = match.start(1)
    found = Found(found.value, found.start + shift, found.end + shift)
    candidate = _candidate("invoice_date", found, region, weight, "pattern")
    if clock is not None and match.re is _LE_DATE:
        candidate.notes.append(TIMESTAMP_NOTE)
    return candidate


TIMESTAMP_NOTE = "timestamp"
TIMESTAMP_CARE_WEIGHT = 0.6  # a till's sale is its delivery: the care date when nothing names one


def _sale_date(candidate: Candidate | None) -> Candidate | None:
    """A till receipt's "Le 04.09.2025 18:29": the moment of the sale, i.e. of the delivery too."""
    if candidate is None or TIMESTAMP_NOTE not in candidate.notes:
        return None
    return replace(candidate, name="care_date", score=candidate.score * TIMESTAMP_CARE_WEIGHT / 0.7, notes=[])


_CARE_TODAY = re.compile(
    r"\b(?:soins?|consultations?|actes?|examine|examinee|seances?|visites?)\b.{0,30}\bce jour\b"
    r"|\bce jour\b.{0,30}\b(?:soins?|consultations?|actes?|examine|examinee|seances?|visites?)\b"
)
CARE_TODAY_FACTOR = 0.85
SAME_READING = "the issue date's reading"  # a care date copied from the issue date's one reading


def care_date_from_issue(candidate: Candidate, factor: float) -> Candidate:
    """The issue date's own reading taken as the care date too, weaker by `factor` and marked, so that
    the two fields never count as two agreeing readings."""
    return replace(candidate, name="care_date", score=candidate.score * factor, notes=[SAME_READING])


def _care_today(candidate: Candidate | None) -> Candidate | None:
    """ "certifie avoir donné ce jour mes soins à ..." then "Fait à Grenoble, le 25 février 2025": the
    care was given the day the letter is dated."""
    if candidate is None or candidate.name != "invoice_date" or candidate.notes:
        return None
    return care_date_from_issue(candidate, CARE_TODAY_FACTOR)


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
        candidate = _candidate(name, Found(amount.value, amount.start, amount.end), region, CHARGED_TO_WEIGHT, "right")
        candidate.label, candidate.label_weight = "à la charge de " + " ".join(words), CONCEPT_WEIGHT
        found.append(candidate)
    return found


def _next_line_text(scan_: PageScan, index: int) -> str | None:
    """The folded text of the next line when it continues the same paragraph (close below, same margin)."""
    line, other = scan_.lines[index], _line_below(scan_, index, gap=1.5)
    if other is None or abs(other.words[0].x0 - line.words[0].x0) > line.height:
        return None
    text = fold(other.text)
    return text if len(text) == len(other.text) else None


_FOR = re.compile(r"^(?:pour\s*:\s*|[^\w(]+(?=\w))")  # "Pour : Mme ...", ": M. ..." (OCR specks)
_CIVILITY_WORD = r"(?:m|mme|mlle|madame|monsieur|mademoiselle)\.?"
_RECEIVED_FROM = re.compile(
    rf"\brecu de (?:la part de )?{_CIVILITY_WORD}(?: ?/ ?{_CIVILITY_WORD})?(?: |$)"
)  # "certifie avoir reçu de Monsieur Théo GARNIER-DUVAL, la somme de ...", a receipt book's "Reçu de M. / Mme"
_NAME_END = re.compile(r",| la somme\b| pour\b| le \d")


def _received_from(scan_: PageScan, index: int, region: Region) -> Candidate | None:
    """A receipt's sentence names who paid: "Reçu de Mme Inès CHAKROUN la somme de 60 €", the name
    possibly wrapped to the start of the next line."""
    folded = fold(region.text)
    match = _RECEIVED_FROM.search(folded) if len(folded) == len(region.text) else None
    if match is None:
        return None
    line, start = scan_.lines[index], match.end()
    if not region.text[start:].strip() and index + 1 < len(scan_.lines):
        line = scan_.lines[index + 1]
        region, start = make_region(line, line.words), 0
        folded = fold(region.text)
        if len(folded) != len(region.text):
            return None
    end = _NAME_END.search(folded, start)
    text = region.text[start : end.start() if end else len(region.text)]
    found = _find_name(text)
    if found is None or found.validity < 1.0 or text[found.end :].strip():
        return None
    found = Found(found.value, found.start + start, found.end + start, False, found.validity)
    return _candidate("patient_name", found, region, 0.75, "pattern")


def _civility_name(scan_: PageScan, index: int, region: Region, *, column: bool = False) -> Candidate | None:
    """ "M. François-Xavier DE LA TOUR" on its own line (or after "Pour :"), just above the birth
    date or the NIR. `column`: a cell right of another block, whose birth date or NIR must sit under it."""
    prefix = _FOR.match(fold(region.text))
    if prefix is not None:
        shift = prefix.end()
        region = Region(region.words, region.text[shift:], region.owner[shift:], region.line)
    if not _CIVILITY.match(fold(region.text)) or not region.words:
        return None
    height = region.line.height
    left, right = region.words[0].x0 - 2 * height, region.words[-1].x1 + 2 * height
    below = [scan_.hits[j] for j in range(index + 1, min(len(scan_.lines), index + 3))]
    if not any(
        h.kind in ("patient_birth_date", "nir") and (not column or (left <= h.x0 and h.x1 <= right + 20 * height))
        for hits in below
        for h in hits
    ):
        return None
    found = find_value("patient_name", region.text)
    if found is None or len(region.text) - found.end > 3:
        return None
    return _candidate("patient_name", found, region, 0.8, "pattern")


def pattern_candidates(scan_: PageScan, claimed: set[str]) -> list[Candidate]:
    """Weak label-less candidates: a Luhn-valid 11-digit number starting with 1 (RPPS), a NIR with key."""
    found: list[Candidate] = []
    cared_today = any(_CARE_TODAY.search(fold(line.text)) for line in scan_.lines)
    for index, line in enumerate(scan_.lines):
        region = make_region(line, line.words)
        extras = [_place_date(make_region(line, cell)) for cell in _cells(line)]
        extras += [_sale_date(extra) for extra in extras]
        if cared_today:
            extras += [_care_today(extra) for extra in extras]
        found.extend(_charged_to(scan_, index, region))
        # "M. DA SILVA Jérémy" in a cell of its own, whatever another block prints on the same line
        row = _cells(line)
        named = [_civility_name(scan_, index, make_region(line, cell), column=k > 0) for k, cell in enumerate(row)]
        for extra in [*extras, *named, _received_from(scan_, index, region)]:
            if extra is not None:
                found.append(extra)
        for m in _number_runs(region.text):
            chunk = m.group(0)
            compact = re.sub(r"[ \u00a0\u202f.]", "", chunk)
            if siret.is_valid(compact) or compact in claimed or compact.startswith("0"):
                continue
            context = fold(region.text[max(0, m.start() - 20) : m.start()])
            if re.search(r"fr\d\d|iban|siret|siren|tel|fax|prescri", context):
                continue
            if len(compact) == 11 and rpps.is_typical(compact):
                found.append(
                    _candidate(
                        "rpps", Found(compact, m.start(), m.end(), False, 1.0), region, 0.45, "pattern"
                    )
                )
            elif len(compact) == 15 and nir.is_valid(compact) and not nir.is_temporary(compact):
                found.append(
                    _candidate("nir", Found(compact, m.start(), m.end(), False, 1.0), region, 0.7, "pattern")
                )
    return found


_NUMBER_RUN = re.compile(r"[0-9][0-9 \u00a0\u202f.]{8,24}[0-9AB](?![\w@])")


def _number_runs(text: str) -> list[re.Match[str]]:
    """Runs of digit groups as long as an RPPS (11) or a NIR (15), tried from every group start:
    "KIN-2025-031 1 90 08 67 482 312 39" holds a NIR after the last group of the invoice number."""
    runs: list[re.Match[str]] = []
    covered = -1
    for start in (m.start() for m in re.finditer(r"(?<![\w@])[0-9]|(?<=[-/])[0-9]", text)):
        if start < covered:
            continue
        m = _NUMBER_RUN.match(text, start)
        if m is not None and len(re.sub(r"[ \u00a0\u202f.]", "", m.group(0))) in (11, 15):
            runs.append(m)
            covered = m.end()
    return runs


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


def is_prescriber(scan_: PageScan, candidate: Candidate) -> bool:
    """True when an RPPS/ADELI candidate sits in a prescriber's block or next to "prescripteur"."""
    for index, line in enumerate(scan_.lines):
        if line.page != candidate.page or candidate.box is None:
            continue
        if not (line.y0 - 1 <= middle(candidate) <= line.y1 + 1):
            continue
        if (
            _prescriber_on_line(scan_, index, candidate)
            or _prescriber_above(scan_, index, candidate)
            or _prescription_below(scan_, index, candidate)
            or _prescribers_establishment(scan_, index, candidate)
        ):
            return True
    return False


def _prescribers_establishment(scan_: PageScan, index: int, candidate: Candidate) -> bool:
    """ "Prescription du 02/05 — Dr X, RPPS 1..." then "Hôpital Y — FINESS 3..." on the next line of
    the block: the establishment where the prescriber works, not the one who invoices. Only a FINESS
    (a second practitioner's RPPS under the prescriber's may well be the invoicer's own)."""
    if candidate.name != "finess":
        return False
    line = scan_.lines[index]
    for j in range(index - 1, max(-1, index - 3), -1):
        above = scan_.lines[j]
        if above.page != line.page or line.y0 - above.y1 > 1.6 * line.height:
            return False
        if above.y0 >= line.y0 - 0.5 * line.height:
            continue  # the same row
        ids = [h for h in scan_.hits[j] if h.kind in ("rpps", "adeli")]
        referral = [h for h in scan_.hits[j] if h.kind == "distractor:prescriber"]
        return bool(ids and referral and min(h.first_word for h in referral) < min(h.first_word for h in ids))
    return False


_DOCTOR = re.compile(r"\b(?:dr|docteur|medecin)\b")
_PRESCRIPTION_START = re.compile(r"^(?:\(?ordonnance|prescription|prescrit)")


def _prescription_below(scan_: PageScan, index: int, candidate: Candidate) -> bool:
    """ "Médecin   Dr X — RPPS 1..." with "ordonnance du 03/06/2025" wrapped under the doctor's name,
    in the same value cell: the doctor whose prescription it is, not the one who invoices."""
    line = scan_.lines[index]
    assert candidate.box is not None
    before = [w for w in line.words if w.x1 <= candidate.box[0] + 0.5]
    if not before or not _DOCTOR.search(fold(" ".join(w.text for w in before))):
        return False
    starts = [w.x0 for w in before]
    for other in scan_.lines[index + 1 : index + 4]:
        if other.page != line.page or other.y0 - line.y1 > line.height:
            break
        if other.y0 < line.y0 + 0.5 * line.height:
            continue  # the same row (a photo's lines may overlap a little)
        for cell in _cells(other):
            aligned = any(abs(cell[0].x0 - x) <= line.height for x in starts)
            joined = re.sub(r"\s", "", fold(" ".join(w.text for w in cell[:3])))  # "ordonna nce": split by OCR
            if aligned and _PRESCRIPTION_START.match(joined):
                return True
    return False


_EMPLOYEE = re.compile(r"\b(?:executant|salarie|intervenant|vacataire)e?s?\b")


def is_employee(scan_: PageScan, candidate: Candidate) -> bool:
    """An RPPS/ADELI printed after "Médecin exécutant", "praticien salarié": someone who works for the
    establishment whose FINESS invoices, not the one who invoices; or printed in an acts table's
    "Réalisé par" / "Intervenant" column (a centre de santé names who performed each act)."""
    return _before_on_line(scan_, candidate, _EMPLOYEE) or _performer_column(scan_, candidate)


_PERFORMER_HEADING = re.compile(r"\b(?:realise|effectue|execute)e?s? par\b|\bexecutant|\bintervenant|\bpraticien\b")
HEADING_REACH = 8  # table rows between an acts table's header and a row it still heads


def _performer_column(scan_: PageScan, candidate: Candidate) -> bool:
    """The candidate's cell sits under a column heading of an acts table that names who performed it."""
    if candidate.box is None:
        return False
    rows = [i for i, line in enumerate(scan_.lines) if line.page == candidate.page and (
        line.y0 - 1 <= middle(candidate) <= line.y1 + 1
    )]
    if not rows:
        return False
    index = rows[0]
    line = scan_.lines[index]
    start = _cell_start(line, candidate.box[0])
    for j in range(index - 1, max(-1, index - 1 - HEADING_REACH), -1):
        above = scan_.lines[j]
        if above.page != line.page:
            return False
        if not _is_table_header(scan_.hits[j], above):
            continue
        heading = [w.text for w in above.words if _overlap(w.x0, w.x1, start, candidate.box[2]) > 0]
        return bool(_PERFORMER_HEADING.search(fold(" ".join(heading))))
    return False


_DESTINATION = re.compile(r"\bdestination\b|\bvers\b|\bconduit (?:a|au|vers)\b|\bd'origine\b|\bprovenance\b")


def is_destination(scan_: PageScan, candidate: Candidate) -> bool:
    """A FINESS printed after "Destination :", "transport vers", "établissement de destination" on its
    line, or after "Établissement d'origine", "en provenance de": the establishment a patient was
    taken to or from, not the one who invoices."""
    return _before_on_line(scan_, candidate, _DESTINATION)


_REPLACED = re.compile(r"\bannule\b|\bremplace\b|\binitiale\b|\bprecedente\b|\bd'origine\b")


def is_replaced_paper(scan_: PageScan, candidate: Candidate) -> bool:
    """An invoice number after "Annule et remplace la facture n°", "facture initiale n°": the number of
    the paper this one replaces, never this one's own (a corrective invoice prints both)."""
    return _before_on_line(scan_, candidate, _REPLACED)


def _before_on_line(scan_: PageScan, candidate: Candidate, pattern: re.Pattern[str]) -> bool:
    """`pattern` in the folded words left of the candidate on its own line."""
    for line in scan_.lines:
        if line.page != candidate.page or candidate.box is None:
            continue
        if line.y0 - 1 <= middle(candidate) <= line.y1 + 1:
            before = [w.text for w in line.words if w.x1 <= candidate.box[0] + 0.5]
            if pattern.search(fold(" ".join(before))):
                return True
    return False


_STAND_IN = re.compile(r"\brempla[cç]ante?s?\b|\bremplacement\b")


def is_stand_in(scan_: PageScan, candidate: Candidate) -> bool:
    """An RPPS/ADELI printed after "Dr X, remplaçant", "en remplacement du Dr Y": the doctor standing
    in, who invoices on the paper of the one he replaces."""
    return _before_on_line(scan_, candidate, _STAND_IN)


_PERFORMER = re.compile(r"\bayant (?:realise|effectue|pratique)|\b(?:realise|effectue)e?s? par\b|\bexecutant")


def is_performer(scan_: PageScan, candidate: Candidate) -> bool:
    """An RPPS/ADELI printed after "Praticien ayant réalisé les actes", "Acte effectué par": the one
    who gave the care, among the several a group practice prints in its letterhead."""
    return _before_on_line(scan_, candidate, _PERFORMER)


def _prescriber_on_line(scan_: PageScan, index: int, candidate: Candidate) -> bool:
    """ "Dr X (prescripteur) RPPS 1..." or "RPPS 1... (prescripteur)" on the candidate's own line."""
    line = scan_.lines[index]
    assert candidate.box is not None
    before: list[str] = []
    for word in reversed([w for w in line.words if w.x1 <= candidate.box[0] + 0.5]):
        if sum(c.isdigit() for c in word.text) >= 9:
            break
        before.append(word.text)
    if _REFERRAL.search(fold(" ".join(reversed(before)))):
        return True
    after = [w.text for w in line.words if w.x0 >= candidate.box[2] - 0.5][:3]
    joined = fold(" ".join(after))
    return joined.startswith("(") and bool(_REFERRAL.search(joined.split(")")[0]))


# Words that make the doctor named next to an RPPS someone other than the invoicing practitioner.
_REFERRAL = re.compile(
    r"\bprescr|ordonnance|adressee? par|medecin traitant|(?:medecin|docteur|dr) demandeur|adresseur|correspondant"
)


_PRESCRIBER_HEADINGS = {
    "prescripteur",
    "medecin prescripteur",
    "prescrit par",
    "prescrite par",
    "ordonnance",
    "rpps prescripteur",
    "no rpps prescripteur",
    "medecin demandeur",
    "adresse par",
    "adressee par",
    "medecin adresseur",
    "medecin traitant",
}


def _prescriber_above(scan_: PageScan, index: int, candidate: Candidate) -> bool:
    line = scan_.lines[index]
    assert candidate.box is not None
    bottom = line.y0
    for j in range(index - 1, max(-1, index - 6), -1):
        other = scan_.lines[j]
        if other.page != line.page or bottom - other.y1 > 1.6 * line.height:
            break
        reach = 20 * line.height  # page units differ (points, pixels): measure in text heights
        near = [w for w in other.words if _overlap(w.x0, w.x1, candidate.box[0] - reach, candidate.box[2]) > 0]
        if not near:
            continue
        window = (candidate.box[0] - reach, candidate.box[2])
        hits = [h for h in scan_.hits[j] if _overlap(h.x0, h.x1, *window) > 0]
        if any(
            h.kind == "distractor:prescriber" and " ".join(h.label.tokens) in _PRESCRIBER_HEADINGS
            for h in hits
        ):
            return True
        if any(h.kind in PRACTITIONER_FIELDS or h.kind == "distractor:practitioner" for h in hits):
            return False
        if (
            _REFERRAL.search(fold(" ".join(w.text for w in near)))
            and candidate.box[0] > near[0].x0
            and not any(sum(c.isdigit() for c in w.text) >= 9 for w in other.words)
        ):
            return True  # "Médecin demandeur : Dr X" then "(RPPS ...)" under it
        bottom = other.y0
    return False


def _is_prose(text: str) -> bool:
    """Three or more words of three letters or more before a value: a sentence, not a table cell."""
    return len(re.findall(r"[^\W\d_]{3,}", text)) >= 3


_NAMED_DOCTOR = re.compile(r"\b(?:dr|docteur|pr|professeur)\b")


def is_named_doctor(scan_: PageScan, candidate: Candidate) -> bool:
    """An RPPS/ADELI attached to a doctor named by title: "Dr X (RPPS 1...)" on its line, or
    "Prescription : Dr X" on the line just above, in the candidate's own column."""
    if candidate.box is None:
        return False
    if _before_on_line(scan_, candidate, _NAMED_DOCTOR):
        return True
    for index, line in enumerate(scan_.lines):
        if line.page != candidate.page or not (line.y0 - 1 <= middle(candidate) <= line.y1 + 1):
            continue
        for other in reversed(scan_.lines[max(0, index - 2) : index]):
            if other.page != line.page or line.y0 - other.y1 > 1.6 * line.height:
                break
            if other.y0 >= line.y0 - 0.5 * line.height:
                continue  # the same row
            start = _cell_start(line, candidate.box[0])
            column = [w.text for w in other.words if w.x0 >= start - line.height]
            return bool(_NAMED_DOCTOR.search(fold(" ".join(column))))
    return False


def _cell_start(line: Line, x: float) -> float:
    """Left edge of the cell holding `x` on `line`: walk left over words closer than two text heights."""
    start = x
    for word in sorted((w for w in line.words if w.x1 <= x + 0.5), key=lambda w: -w.x1):
        if start - word.x1 > 2 * line.height:
            break
        start = word.x0
    return start
