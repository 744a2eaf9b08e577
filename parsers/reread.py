"""A second reading of an invoice number, a total, an AMC number, a share or a date read with low confidence.

An invoice number has no checksum and an amount no key, so `parsers.recheck` leaves them alone: on
fax-normal pages (204×98 dpi stretched) and scans their words come back under the confidence a field
needs to be accepted ("N° de facture illisible", "Montant total illisible"). Here, after a page is read,
the value right of (else under) such a label ("Facture n°", "N° de facture", "Invoice No.", "Total",
"Montant total"… `parsers.fields.labels`), or right of a bare "N°" when the page names its number by no label
("N° 2551743" under "Note d'honoraires", `_numbered_reference`), is looked up; when its words are read under
`BAR`, their crop
is read again: upscaled ×3, one line (`--psm 7`), in up to three renderings (grey, Otsu-binarised, a
darker threshold; the darker one only when the first two do not both read the page's own value, see
`confirmed`, and when its reading can still change the outcome, see `third_decides`). The crop
readings say something only when two of them agree character for character and none reads another
well-formed value; then:

- the page's own reading is that same value: two independent readings (the whole page, psm 3, and the
  crop, psm 7, at another scale and binarisation) agree, and the words get `REREAD_CONF` (the grey and
  Otsu crops both giving it is enough: the darker rendering is not read, so it cannot veto);
- the page's reading differs (a character or two): the words get the crop's value only when all three
  renderings agree on it, with `REREAD_CONF`;
- otherwise nothing changes, and no confidence is lowered.

`REREAD_CONF` (0.92) sits just under the 0.93 that `parsers.fields.base` caps an OCR reading at: an
agreed value passes the 0.85 review bar only behind a strong label, like a clean first reading would.

AMC numbers, shares' amounts and dates (`MORE_FIELDS`, `find_more_suspects`), read under `BAR` too, are
re-read the same way on a budget of their own: an insurer's number after the word that names it ("N° AMC",
"Mutuelle SMI (n° …)"), the amount ending a share's line ("Part Sécu (70 %) … 88,80 €", "Reste à
régler"), any word read as a date (an acts table's dates have no label). Their crops may correct one
character only, and a date or an amount only when the page's reading is not well-formed ("64.09.2025",
"1591" for "15,91"; see `agreed`); an AMC number read with a digit too many ("4690045637") is corrected
when the grey and Otsu crops agree on it without that digit (`one_too_many`). Fax-normal pages read an
AMC number with a stuttered digit often, under 0.45.

Cost: one request to the Tesseract child per page with suspects (the grey and Otsu crops of all of them in
one list), a second one for the darker crops of the values those did not confirm and whose outcome the
darker reading can still change (`third_decides`); at most
`Limits.ocr_reread_crops` values a page, and as many again of `MORE_FIELDS`; nothing on pages whose
values were read confidently. The seconds spent are added to `SECONDS` (for the benchmark's report).

Measured 2026-11-27 (scan, photo, fax renderings of the samples and held-out sets 1-9, same field
extraction before and after): 63 words confirmed or corrected, each checked against the ground truth:
62 hold a field's true value, the last is a quote's number quoted on an invoice (read right, not
chosen); a date under a number's header was confirmed too (not chosen; no longer taken, see
`well_formed`). Straight-through: samples 81.6 → 83.7 %, set 1 59.5 → 61.9 %, set 6 67.5 → 72.5 %;
fields: samples, sets 1, 2, 9 +1, set 6 +2 (misreads corrected: "LB8M25-…" → "LBM25-…", "12025-…" →
"T2025-…", "72399" → "723996", "3613-5059" → "3613-5050"); no wrong auto-accept; other sets unchanged.
Cost: ~0.02 s a page on average, ~0.08 s on a page with suspects (1 page in 4 or 5).

Speed (2026-11-27, session 7; HEAD and this code side by side in one run, a loaded 2-core machine):
the label search tries at each token only the labels whose first token it matches (`_starting`, kept
per token), ~20 → ~1.5-2.6 ms of CPU a page on the 57 fax, scan and photo pages of the samples, same
suspects; the darker rendering is read only for values the grey and Otsu crops did not confirm, 54 →
41 crops on the samples (13 of their 18 values are confirmed by the first two). With the cheaper
transport of `parsers.tesseract_engine`, the OCR overhead over plain tesseract on the 10 fax files of
`bench readers overhead`, HEAD → this code, file by file interleaved, 8 rounds: median +12.1 → +7.7 %
(tesseract itself at 1.5-1.7 s a page on the loaded machine, 0.87 s when quiet), lower in 7 rounds of 8
(median difference 6 points); ~0.04 s of CPU a page less, label search and transport mostly.
Quality (every rendering of the samples and held-out sets 1-11, read again): 588 of 593 files read
identically; the 5 others gain one confirmation each, all the true value (samples medecin-02 scan
total 96,02, set 8 r802 fax-fine invoice number, set 9 t901 photo total, set 10 v102 and v103 photo
invoice numbers), which the darker rendering had vetoed by reading another value (90,02 for 96,02). Field
accuracy unchanged in every set; straight-through set 8 fax-fine 45.5 → 54.5 % (set 8 all 41.8 →
43.6 %), every other set unchanged; auto-accept errors 0 everywhere; precision at ≥ 0.9 unchanged.

Speed (2026-11-27, session 9). Since session 8 any word read as a date is a suspect, and dates are most of
them (on the 10 fax files of the speed bench, 12 pages: 20 values, 11 of them dates, 45 crops). Where a read
of those files goes (one run, a machine loaded by other jobs, seconds for the 12 pages): page OCR 36.1,
preparation 5.5 (its resize and turn 3.1), these re-reads 2.25 (1.8 of them Tesseract: ~40 ms a crop),
identifier re-reads 0.5, the rest ~0.5; no page of the speed bench is read a second time (psm 11). So the
re-reads are ~5 % of a read and the preparation ~12 %. Two cuts that change no outcome: the darker rendering
is not asked when no reading of it can change what `agreed` decides (two different readings neither of which
is the page's, an agreed value too far from the page's to correct it, or another well-formed value that
vetoes anyway; proved in `third_decides`, tested against a pool of readings), 45 → 42 crops on the speed
bench, 1495 → 1318 (−12 %) on the samples and held-out sets 1-14; and `find_more_suspects` folds each
distinct text once (`_token_set`), 19 → 3.6 ms a page. The re-read stage on those 12 pages, HEAD and this
code interleaved in one process, 6 rounds: median 10.6 → 9.5 s (the machine at a load of 16: ~5× the quiet
figure), 11 % less. Quality: on every page of the samples and held-out sets 1-14 read (652 pages, both codes
run on each in one process) the re-read words are the same, text, box and confidence, and so are every set's
fields, straight-through and misses. Tried and not kept: crops upscaled ×2 instead of ×3 (Tesseract ~40 %
quicker on them): cleaner readings of a table's dates ("l 25/08/2025" → "25/08/2025") but fewer three-way
corrections; samples +1 field and +1 straight-through (pharmacie-01 fax-fine care date), set 2 −1 field and
−1 straight-through (h2-12 fax-fine invoice number "3613-5059" no longer corrected).

Speed (2026-11-29, session 26): on a fax page every doubted value's crop was made in all five renderings
(`parsers.recheck.crops`), the thickened one by Pillow's `MinFilter(5)` on the ×3 crop (~15-20 ms each),
though only the grey and Otsu ones are read for most values: ~17 of this process's ~127 ms of CPU a page
on the speed bench's 12 fax pages (22 doubted values, mostly dates: 22 thickened crops, none read), thrown
away. The renderings are now made when read (`Renderings`) and the thickening is two 1-D minimum passes
(`min_filter`, the same values, ~0.2 ms): re-read stage 19 → 6.5 ms of this process's CPU a page; same words, boxes,
confidences and notes on the 97 fax pages of the samples and sets 2, 13 and 22 (read before and after).
"""

from __future__ import annotations

import datetime
import functools
import re
import time
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace

from PIL import Image

from intake.domain.model import Word
from parsers.base import ReadError
from parsers.fields.labels import (
    FIELD_LABELS,
    allowed_edits,
    edit_distance,
    one_too_many,
    token_distance,
    tokens,
)
from parsers.identifiers.amc import MAX_LENGTH as MAX_AMC
from parsers.identifiers.amc import MIN_LENGTH as MIN_AMC
from parsers.limits import Limits
from parsers.recheck import SCALE, Renderings, line_readings

BAR = 0.9  # a value read under this (mean 0.6 + min 0.4, as the field extraction weighs it) is re-read
REREAD_CONF = 0.92  # see the module docstring
LANG = "eng"  # digits and Latin letters; as `parsers.recheck` measured, better than fra on crops
WHITELIST = "tessedit_char_whitelist=0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-/_., "
REREAD_NOTE = "valeur relue"
FIELDS = ("invoice_number", "total_amount")
MORE_FIELDS = ("amc_number", "share_amount", "date")  # on a budget of their own (`find_more_suspects`)
BELOW_GAP = 2.5  # a value under its label sits at most this many label heights lower
VALUE_GAP = 0.8  # words of one value are at most this many heights apart
DATE_BUDGET = 2  # dates re-read a page: this many times `Limits.ocr_reread_crops` (an acts table holds many)
SECONDS: list[float] = []  # Tesseract seconds per page that had suspects (benchmarks read it)

_SKIP_TOKENS = {"date", "le", "service", "effectues"}  # labels of dates filed under invoice_number
_AMOUNT = re.compile(r"\d{1,3}(?:[ .]?\d{3})*[,.]\d{2}")
_STRIP = ".,;:()[]{}'\"«»€"
_DATE = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}")
# a date as printed on one word, day first ("14/03/2025", "10.07.25") or ISO ("2025-08-14")
_DAY_FIRST = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DATE_EDGES = _STRIP + "|!"  # a table's rule read against a row's date: "|07/04/2025"
# the words that name the complementary insurer: its number follows them on their line
_INSURER_TOKENS = frozenset({"amc", "mutuelle", "complementaire", "organisme"})
_SHARE_TOKENS = frozenset({"part", "reste", "remboursement", "regler", "prise"})  # a share's line starts so
_SHARE_AMOUNT = re.compile(r"\d[\d.,]*\d")  # "88,80", "1591" (a comma lost), "100250.00"
_INSURER_DIGITS = (6, 12)  # an AMC number (8 or 9 digits; 4 to 10 accepted) read with a digit too many or few


def _labels() -> list[tuple[str, tuple[str, ...], float]]:
    found = []
    for name in FIELDS:
        for text, weight in FIELD_LABELS[name].items():
            label_tokens = tuple(tokens(text))
            if label_tokens and weight >= 0.75 and not _SKIP_TOKENS & set(label_tokens):
                found.append((name, label_tokens, weight))
    # longest wording first: "Montant total" before "Montant", "Facture n°" before "Facture"
    found.sort(key=lambda item: (-len(item[1]), -item[2]))
    return found


LABELS = _labels()


def _by_first() -> dict[str, tuple[int, ...]]:
    """Positions in `LABELS` of the labels starting with each first token (in `LABELS` order)."""
    found: dict[str, list[int]] = {}
    for position, (_, wanted, _) in enumerate(LABELS):
        found.setdefault(wanted[0], []).append(position)
    return {first: tuple(positions) for first, positions in found.items()}


BY_FIRST = _by_first()


@functools.lru_cache(maxsize=16384)
def _starting(token: str) -> tuple[int, ...]:
    """Positions in `LABELS` (in order) of the labels whose first token `token` matches: only those can
    match from it (the others fail on their first token, so trying them changes nothing)."""
    letters = set(token)
    return tuple(sorted(
        position for first, positions in BY_FIRST.items() if _near(token, letters, first) for position in positions
    ))


def _near(token: str, letters: set[str], first: str) -> bool:
    """`token_distance(token, first) is not None`, quicker: each letter of `first` missing from `token`
    takes an edit, so more missing letters than `token_distance` allows is a miss without computing it."""
    if token == first:
        return True
    if len(set(first) - letters) > allowed_edits(first):
        return False
    return token_distance(token, first) is not None


@dataclass(frozen=True)
class Suspect:
    """The words (indices into the page's words) of a value read under `BAR`, and its field."""

    name: str
    indices: tuple[int, ...]
    box: tuple[int, int, int, int]


def _read_score(words: Sequence[Word]) -> float:
    confs = [max(0.0, min(1.0, w.conf)) for w in words]
    return sum(confs) / len(confs) * 0.6 + min(confs) * 0.4


def _match(line_tokens: list[tuple[str, int]], start: int, wanted: tuple[str, ...]) -> int | None:
    """The index in `line_tokens` after the label `wanted` matched from `start`, or None."""
    if start + len(wanted) > len(line_tokens):
        return None
    for offset, token in enumerate(wanted):
        if token_distance(line_tokens[start + offset][0], token) is None:
            return None
    return start + len(wanted)


def _has_digit(text: str) -> bool:
    return any(c.isdigit() for c in text)


def _value_run(words: Sequence[Word], members: Sequence[int], first: int) -> list[int]:
    """Words of one value from `members[first]`: next words that hold a digit, close together."""
    run = [members[first]]
    for index in members[first + 1 :]:
        previous = words[run[-1]]
        height = max(previous.y1 - previous.y0, 1.0)
        word = words[index]
        if word.x0 - previous.x1 > VALUE_GAP * height or not _has_digit(word.text):
            break
        run.append(index)
    return run


def _right_of(words: Sequence[Word], members: Sequence[int], after: int) -> list[int] | None:
    """The value right of a label ending at `members[after - 1]`: the first word with a digit, before any
    other word of three letters or more ([] then: the label is part of a sentence or a title); None when
    the line ends first (the value may be under the label)."""
    for position in range(after, len(members)):
        text = words[members[position]].text.strip(_STRIP)
        if _has_digit(text):
            return _value_run(words, members, position)
        if sum(c.isalpha() for c in text) >= 3 and tokens(text) != ["no"]:
            return []
    return None


def _below(words: Sequence[Word], lines: dict[int, list[int]], label: Sequence[Word]) -> list[int]:
    """The value under a label (a column or box header): the digit words of the nearest line below that
    overlap the label across."""
    x0, x1 = min(w.x0 for w in label), max(w.x1 for w in label)
    bottom = max(w.y1 for w in label)
    height = max(bottom - min(w.y0 for w in label), 1.0)
    best: list[int] | None = None
    best_top = bottom + BELOW_GAP * height
    for members in lines.values():
        top = min(words[i].y0 for i in members)
        if bottom <= top < best_top:
            best, best_top = members, top
    if best is None:
        return []
    under = [n for n, i in enumerate(best) if words[i].x1 > x0 - height and words[i].x0 < x1 + height]
    for position in under:
        if _has_digit(words[best[position]].text):
            return _value_run(words, best, position)
    return []


def find_suspects(words: Sequence[Word]) -> list[Suspect]:
    """Invoice numbers and totals, right of or under their label, read under `BAR`: invoice numbers
    first, then by label length."""
    lines: dict[int, list[int]] = {}
    for index, word in enumerate(words):
        lines.setdefault(word.line, []).append(index)
    for members in lines.values():
        members.sort(key=lambda i: words[i].x0)
    found: list[tuple[int, Suspect]] = []
    seen: set[int] = set()
    for members in lines.values():
        line_tokens = [(token, n) for n, i in enumerate(members) for token in _word_tokens(words[i].text)]
        start = 0
        while start < len(line_tokens):
            for position in _starting(line_tokens[start][0]):
                name, wanted, _ = LABELS[position]
                end = _match(line_tokens, start, wanted)
                if end is None:
                    continue
                after = line_tokens[end - 1][1] + 1
                value = _right_of(words, members, after)
                if value is None:
                    label = [words[members[n]] for n in range(line_tokens[start][1], after)]
                    value = _below(words, lines, label)
                if value and not seen & set(value) and _read_score([words[i] for i in value]) < BAR:
                    seen.update(value)
                    box = _box_of([words[i] for i in value])
                    found.append((FIELDS.index(name), Suspect(name, tuple(value), box)))
                start = end - 1
                break
            start += 1
    numbered = _numbered_reference(words, lines, seen)
    if numbered is not None:
        # a paper's own number when no label names one (in the invoice number's place); beside another
        # invoice's number a label names ("N° FA-2025-8522" over "facture FA-2024-2137 du …"): after the
        # labelled values (`len(FIELDS)`)
        labelled = any(suspect.name == "invoice_number" for _, suspect in found)
        found.append((len(FIELDS) if labelled else FIELDS.index("invoice_number"), numbered))
    found.sort(key=lambda item: (item[0], item[1].box[1]))
    return [suspect for _, suspect in found]


_REFERENCE = re.compile(r"(?=(?:\D*\d){4})[A-Za-z0-9][A-Za-z0-9/_.\-]{4,}")  # 4 digits or more, 5 characters or more


def _numbered_reference(words: Sequence[Word], lines: dict[int, list[int]], seen: set[int]) -> Suspect | None:
    """A paper numbered by a bare "N°" opening its line ("N° 2551743" under "Note d'honoraires", "NOËL
    N° CSD-25-55222"): the first reference-shaped word right after it, read under `BAR`, is re-read like
    an invoice number named by its label (field extraction decides whether it is one); a lone ":" or dash
    between them is passed ("N° : BL2592081"). Looked for also when a label names another invoice
    number on the page (a former invoice quoted), then re-read after the labelled values."""
    for members in lines.values():
        for n, index in enumerate(members[:-1]):
            if tokens(words[index].text) != ["no"]:
                continue
            after = [i for i in members[n + 1 :] if words[i].text.strip(_STRIP + "-—")][:1]  # past a lone ":"
            if not after or after[0] in seen:
                continue
            nxt = after[0]
            text = words[nxt].text.strip(_STRIP)
            if _REFERENCE.fullmatch(text) and _read_score([words[nxt]]) < BAR:
                return Suspect("invoice_number", (nxt,), _box_of([words[nxt]]))
    return None


def _calendar_date(text: str) -> bool:
    """A date that exists, printed on one word: "14/03/2025", "10.07.25", "2025-08-14"."""
    day_first, iso = _DAY_FIRST.fullmatch(text), _ISO.fullmatch(text)
    if day_first is not None:
        year, month, day = int(day_first.group(4)), int(day_first.group(3)), int(day_first.group(1))
        year += 2000 if year < 100 else 0
    elif iso is not None:
        year, month, day = int(iso.group(1)), int(iso.group(2)), int(iso.group(3))
    else:
        return False
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return 1900 <= year <= 2099


def _date_shaped(text: str) -> bool:
    """A word read as a date, a digit or two maybe wrong ("14/98/2025"), or a glyph read as its look-alike
    ("O8/09/2025", "19.09,202$", `_unlooked`): the shape only."""
    core = _unlooked(text.strip(_DATE_EDGES))
    return _DAY_FIRST.fullmatch(core) is not None or _ISO.fullmatch(core) is not None


# glyphs the page's OCR reads for a date's digits and separators ("O8/09/2025", "19.09,202$"); the crops
# are read under a whitelist and agree on the digits
_LOOKALIKES = str.maketrans({"O": "0", "o": "0", "D": "0", "I": "1", "l": "1", "$": "5", "S": "5", ",": "."})


def _unlooked(text: str) -> str:
    """A date word with look-alike glyphs read back as the digits and separator they stand for; a word
    mixing "." and "," as separators ("19.09,2025") reads with "." only."""
    return text.translate(_LOOKALIKES)


def _date_reading(reading: str) -> str:
    """A crop's reading of one date word, without the strokes read around it: a table's rule or the
    underline read as a lone "_", "|" or digit after it ("23.06.25 _", "28/05/2025 7"), a "." read as a
    "," ("06,08,2025": the digits are what two crops must agree on). The words of
    the reading are joined first ("1 1/04/2025" is one date); only when that is no date, and exactly one
    word of it is one while the others are single glyphs, is that word the reading."""
    parts = [part.replace(",", ".") for part in reading.split() if part.strip(_DATE_EDGES + "_-—~")]
    joined = "".join(parts)
    if well_formed("date", joined) or len(parts) < 2:
        return joined.strip(_DATE_EDGES + "_")
    dates = [part for part in parts if well_formed("date", part)]
    if len(dates) == 1 and all(len(part.strip(_DATE_EDGES)) <= 1 for part in parts if part != dates[0]):
        return dates[0].strip(_DATE_EDGES)
    return joined.strip(_DATE_EDGES + "_")


def _insurer_number(words: Sequence[Word], members: Sequence[int], start: int) -> list[int]:
    """The insurer's number after the word `members[start]` that names it: the first word with a digit
    after it on its line, when that word is a number of `_INSURER_DIGITS` digits ("N° AMC 84910811",
    "Mutuelle SMI (n° 1469413439)"; not "Part AMC 11,06")."""
    for position in range(start + 1, len(members)):
        text = words[members[position]].text
        if _has_digit(text):
            core = text.strip(_STRIP)
            low, high = _INSURER_DIGITS
            return [members[position]] if core.isdigit() and low <= len(core) <= high else []
    return []


def find_more_suspects(words: Sequence[Word], taken: Collection[int] = ()) -> list[Suspect]:
    """AMC numbers, shares' amounts and dates read under `BAR`, their words not in `taken`: an insurer's
    number after the word that names it ("AMC", "Mutuelle", "Complémentaire", "Organisme"), the amount
    of a share's line (`_share_amount`), then any word read as a date (a date has no label of its own in
    an acts table), each top to bottom."""
    lines: dict[int, list[int]] = {}
    for index, word in enumerate(words):
        lines.setdefault(word.line, []).append(index)
    insurers: list[Suspect] = []
    seen = set(taken)
    for members in lines.values():
        members.sort(key=lambda i: words[i].x0)
        for position, index in enumerate(members):
            if not _INSURER_TOKENS & _token_set(words[index].text):
                continue
            value = [i for i in _insurer_number(words, members, position) if i not in seen]
            if value and _read_score([words[i] for i in value]) < BAR:
                seen.update(value)
                insurers.append(Suspect("amc_number", tuple(value), _box_of([words[i] for i in value])))
    shares: list[Suspect] = []
    for members in lines.values():
        value = [i for i in _share_amount(words, members) if i not in seen]
        if value and _read_score([words[i] for i in value]) < BAR:
            seen.update(value)
            shares.append(Suspect("share_amount", tuple(value), _box_of([words[i] for i in value])))
    dates = [
        Suspect("date", (index,), _box_of([word]))
        for index, word in enumerate(words)
        if index not in seen and _date_shaped(word.text) and _read_score([word]) < BAR
    ]
    by_height = sorted(insurers, key=lambda s: s.box[1]) + sorted(shares, key=lambda s: s.box[1])
    return by_height + sorted(dates, key=lambda s: (s.box[1], s.box[0]))


def _share_amount(words: Sequence[Word], members: Sequence[int]) -> list[int]:
    """The amount of a line that gives a share of the bill ("Part Sécu (70 %) ….. 88,80 €", "Reste à
    régler 170,00", "Prise en charge mutuelle 300,00"): the last word with a digit after the line's last
    such word, when that is a number of three digits or more (not a rate: "(70", "65%")."""
    starts = [n for n, index in enumerate(members) if _SHARE_TOKENS & _token_set(words[index].text)]
    if not starts:
        return []
    for index in reversed(members[starts[-1] + 1 :]):
        text = words[index].text
        if _has_digit(text):
            core = text.strip(_STRIP)
            digits = sum(c.isdigit() for c in core)
            return [index] if _SHARE_AMOUNT.fullmatch(core) and digits >= 3 and "%" not in text else []
    return []


@functools.lru_cache(maxsize=16384)
def _word_tokens(text: str) -> tuple[str, ...]:
    """`tokens(text)`, kept per text: `find_suspects` folds every word of every page, and words repeat
    within a page and from page to page ("Total", "€", "Date"): 5.6 → 3.2 ms a fax page of the speed bench."""
    return tuple(tokens(text))


@functools.lru_cache(maxsize=16384)
def _token_set(text: str) -> frozenset[str]:
    """`_word_tokens(text)` as a set, kept per text: `find_more_suspects` looks at every word of a page twice,
    and a page's words repeat ("Consultation", "€", "Part")."""
    return frozenset(_word_tokens(text))


def _box_of(chosen: Sequence[Word]) -> tuple[int, int, int, int]:
    return (round(min(w.x0 for w in chosen)), round(min(w.y0 for w in chosen)),
            round(max(w.x1 for w in chosen)), round(max(w.y1 for w in chosen)))


def _compact(text: str) -> str:
    return "".join(text.split()).strip(_STRIP)


def well_formed(name: str, text: str) -> bool:
    """An amount ("1 234,50", "45.00"); an invoice number: 3 characters or more, one a digit, not a date."""
    compact = _compact(text)
    if name == "amc_number":
        return compact.isdigit() and MIN_AMC <= len(compact) <= MAX_AMC
    if name == "date":
        return _calendar_date(compact)
    if name in ("total_amount", "share_amount"):
        return _AMOUNT.fullmatch(" ".join(text.split()).strip(_STRIP)) is not None
    if _DATE.fullmatch(compact):
        return False  # a date under a number's header (its own column), not the number
    return len(compact) >= 3 and _has_digit(compact) and all(c.isalnum() or c in "-/_." for c in compact)


def agreed(name: str, first: str, readings: Sequence[str]) -> str | None:
    """The crop readings' value when it may replace (or confirm) the page's reading `first`, else None:
    two readings agree character for character (spaces aside), none is another well-formed value, and
    either the page read the same (an AMC number: the same, or with a digit too many, `one_too_many`) or
    all three readings agree within two characters of the page's. For `MORE_FIELDS`, within one ("65/9/2025",
    the first act's date read under a table's rule, is not "9/9/2025" for the crops' three readings), and
    a date or a share's amount only when the page's reading is not well-formed (a well-formed "80,00"
    stays when the crops read "30,00": on fax crops 8/3 and 5/9 misreads are the crops' as often)."""
    if name == "date":
        readings = [_date_reading(r) for r in readings]
    compacts = [_compact(r) for r in readings if _compact(r)]
    if not compacts:
        return None
    value, count = Counter(compacts).most_common(1)[0]
    text = next(" ".join(r.split()).strip(_STRIP) for r in readings if _compact(r) == value)
    if count < 2 or not well_formed(name, text):
        return None
    if any(c != value and well_formed(name, r) for c, r in zip(compacts, readings, strict=False)):
        return None
    if value == _compact(first) or (name == "amc_number" and one_too_many(_compact(first), value)):
        return text
    if name == "date" and value == _unlooked(_compact(first)):
        return text  # the page read the same date, a look-alike glyph for a digit ("O8/09/2025"): three agree
    if name in MORE_FIELDS:
        # one character only; a date or a share's amount only when the page's reading has no such shape
        # ("64.09.2025", "1591" for "15,91")
        close = edit_distance(value, _compact(first), 1) <= 1
        close = close and (name == "amc_number" or not well_formed(name, first))
    else:
        close = abs(len(value) - len(_compact(first))) <= 1 and edit_distance(value, _compact(first), 2) <= 2
    return text if count == len(readings) == 3 and close else None


def confirmed(first: str, pair: Sequence[str], name: str = "") -> bool:
    """The first two renderings (grey, Otsu) both read the page's own reading: three readings agree, and
    the third rendering is not asked (`agreed` confirms on these two). An AMC number the page read with
    one digit more than the two crops ("4690045637" for "460045637"): the three readings agree on every
    other digit, and the darker rendering (which merges strokes) is not asked either."""
    if name == "date":
        pair = [_date_reading(reading) for reading in pair]
    value, other = _compact(pair[0]), _compact(pair[1])
    if not _compact(first) or value != other:
        return False
    if name == "date":
        return well_formed(name, value) and value in (_compact(first), _unlooked(_compact(first)))
    return value == _compact(first) or (name == "amc_number" and well_formed(name, value)
                                        and one_too_many(_compact(first), value))


def third_decides(name: str, first: str, pair: Sequence[str]) -> bool:
    """Whether the darker rendering's reading can change what `agreed` makes of the grey and Otsu ones
    (`pair`): it counts only as a copy of one of them (the value two readings agree on) or as a third
    value (a veto, or nothing), so when neither copy nor an empty reading would let `agreed` take a
    value, no reading of it would, and it is not asked (two different readings neither of which is
    the page's, or an agreed value too far from the page's to correct it)."""
    return any(agreed(name, first, [*pair, third]) is not None for third in (*pair, ""))


FAX_FIELDS = ("invoice_number",)  # re-read on a fax's lighter and thickened crops too (`fax_confirmed`)


def fax_confirmed(first: str, pair: Sequence[str], others: Sequence[str] = ()) -> bool:
    """On a fax page, an invoice number the grey, Otsu and darker crops leave undecided (`agreed`), which
    the lighter-binarised and the thickened crops (`parsers.recheck.fax_renderings`) both read as the page
    read it: three readings agree (the page's, psm 3, and two crops, psm 7, at another scale), and it is
    confirmed. The first renderings (`others`) do not veto it by reading another value: a fax's thin
    strokes break into dots there ("INF-555-25" for INF-535-25, "CH25-Y44" for CH25-244) and come together
    in these two. The two only confirm: agreeing on another value, they correct nothing (two of five such
    corrections were wrong: "2026/1983" for a page's right 2025/1983, "OV25-2532" for DV25-2532).

    >>> fax_confirmed("CH25-244", ["CH25-244", "CH25-244"]), fax_confirmed("CH25-244", ["CH25-244", "CH25-Y44"])
    (True, False)
    >>> fax_confirmed("25-283]", ["25-2831", "25-2831"]), fax_confirmed("2", ["2", "2"])
    (False, False)

    Except when one of them reads the page's value with a letter where the page read a 0, or a 0 where
    it read an O, D or Q (`_zero_or_letter`): the lighter and thickened renderings fatten strokes and close
    a D into a 0; which glyph is printed is for a clerk (set 12 x107: "D2508442" read "02508442" by the
    page and both fax renderings, the grey crop and the fine fax reading "D2508442").

    >>> fax_confirmed("02508442", ["02508442", "02508442"], ["D2508442", "02008442"])
    False
    """
    value = _compact(first)
    if any(_zero_or_letter(value, _compact(reading)) for reading in others):
        return False
    return len(pair) == 2 and well_formed("invoice_number", first) and all(_compact(r) == value for r in pair)


_ZERO_LOOKALIKES = frozenset("ODQo")


def _zero_or_letter(value: str, reading: str) -> bool:
    """`reading` is `value` with one glyph read otherwise: a 0 for an O, D or Q, or the reverse.

    >>> _zero_or_letter("0001116", "Q001116"), _zero_or_letter("PC25-0223", "PC25-O223")
    (True, True)
    >>> _zero_or_letter("CH25-244", "CH25-Y44"), _zero_or_letter("2025-556", "2025-5596")
    (False, False)
    """
    if len(value) != len(reading):
        return False
    changed = [(a, b) for a, b in zip(value, reading, strict=True) if a != b]
    return len(changed) == 1 and "0" in changed[0] and bool(_ZERO_LOOKALIKES & set(changed[0]))


def _fax_confirmations(
    numbers: Sequence[int],
    pairs: Sequence[Sequence[Image.Image]],
    firsts: Sequence[str],
    readings: Sequence[Sequence[str]],
    limits: Limits,
    dpi: int,
) -> set[int]:
    """The `numbers` whose pair of fax crops confirms the page's reading (`fax_confirmed`; `readings`: the
    first renderings' for each), by one request; none when that request fails (what the first renderings
    decided stands)."""
    if not numbers:
        return set()
    try:
        read = read_crops([crop for pair in pairs for crop in pair], limits, dpi=dpi)
    except ReadError:
        return set()
    return {n for k, n in enumerate(numbers) if fax_confirmed(firsts[k], read[2 * k : 2 * k + 2], readings[k])}


def read_crops(images: Sequence[Image.Image], limits: Limits, *, dpi: int) -> list[str]:
    """Each image's one-line reading, by one request to Tesseract."""
    return line_readings(images, limits, dpi=dpi * SCALE, whitelist=WHITELIST, lang=LANG)


def reread_values(
    image: Image.Image, words: list[Word], limits: Limits, *, dpi: int, fax: bool = False
) -> tuple[list[Word], list[str]]:
    """The page's words with doubted invoice numbers and totals (then AMC numbers, shares and dates, on a
    budget of their own) re-read where the readings agree; notes. On a `fax` page, an invoice number the
    first renderings leave undecided is read on two more (`fax_confirmed`)."""
    budget = max(0, limits.ocr_reread_crops)
    suspects = find_suspects(words)[:budget]
    taken = {index for suspect in suspects for index in suspect.indices}
    more = find_more_suspects(words, taken)
    suspects += [suspect for suspect in more if suspect.name != "date"][:budget]
    suspects += [suspect for suspect in more if suspect.name == "date"][: budget * DATE_BUDGET]
    if not suspects:
        return words, []
    started = time.perf_counter()
    groups = [Renderings(image, suspect, words) for suspect in suspects]  # each rendering made when read
    firsts = [" ".join(words[i].text for i in suspect.indices) for suspect in suspects]
    try:
        pairs = read_crops([crop for group in groups for crop in (group.grey, group.binary)], limits, dpi=dpi)
        readings = [pairs[2 * number : 2 * number + 2] for number in range(len(suspects))]
        doubted = [
            number for number, first in enumerate(firsts)
            if not confirmed(first, readings[number], suspects[number].name)
            and third_decides(suspects[number].name, first, readings[number])
        ]
        thirds = read_crops([groups[number].darker for number in doubted], limits, dpi=dpi) if doubted else []
        for number, third in zip(doubted, thirds, strict=True):
            readings[number].append(third)
        undecided = [
            number for number, (suspect, first) in enumerate(zip(suspects, firsts, strict=True))
            if fax and suspect.name in FAX_FIELDS and agreed(suspect.name, first, readings[number]) is None
        ]
        faxed = _fax_confirmations(
            undecided, [groups[n].fax for n in undecided], [firsts[n] for n in undecided],
            [readings[n] for n in undecided], limits, dpi,
        )
    except ReadError:
        return words, []  # the first reading stands
    finally:
        SECONDS.append(time.perf_counter() - started)
    replaced: dict[int, Word] = {}
    dropped: set[int] = set()
    names: list[str] = []
    for number, suspect in enumerate(suspects):
        value_words = [words[i] for i in suspect.indices]
        first = firsts[number]
        text = agreed(suspect.name, first, readings[number])
        if text is None and number in faxed:
            text = first
        if text is None:
            continue
        parts = text.split()
        if _compact(text) == _compact(first):  # confirmed: the page's words stay as read, surer
            for index, word in zip(suspect.indices, value_words, strict=True):
                replaced[index] = replace(word, conf=max(word.conf, REREAD_CONF))
        elif len(parts) == len(value_words):
            for index, part, word in zip(suspect.indices, parts, value_words, strict=True):
                replaced[index] = replace(word, text=part, conf=max(word.conf, REREAD_CONF))
        else:  # one word for the value (an invoice number read with a space in it is one number)
            x0, y0, x1, y1 = suspect.box
            joined = _compact(text) if len(value_words) == 1 else text
            conf = max(REREAD_CONF, min(w.conf for w in value_words))
            replaced[suspect.indices[0]] = replace(value_words[0], text=joined, x0=x0, y0=y0, x1=x1, y1=y1, conf=conf)
            dropped.update(suspect.indices[1:])
        names.append(suspect.name)
    if not replaced:
        return words, []
    out = [replaced.get(i, word) for i, word in enumerate(words) if i not in dropped]
    return out, [f"{REREAD_NOTE} ({', '.join(names)})"]
