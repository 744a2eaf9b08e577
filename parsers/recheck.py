"""A second, narrower reading of identifiers whose first OCR reading fails its check.

After a page is read, runs of number-like words (digits, with the letters OCR confuses with them:
O/0, I/l/1, S/5, B/8, Z/2, A/4, and broken spacing) whose length is that of an RPPS (11), a FINESS or
ADELI (9) or a NIR (13 + 2) are checked with `parsers.identifiers` (the label is looked for left of
the run on its line, else in a column or box header right above it); when no reading of a run passes
(even after `repair`), that crop of the prepared page is read again: upscaled ×3, one line
(`--psm 7`), digits only (and A/B for Corsica), in three renderings (grey, Otsu-binarised, a darker
threshold; on a fax in normal resolution a lighter threshold and thickened strokes, `fax_renderings`).
The new reading replaces the words only when it passes the check and every rendering that passes
agrees on it. A replaced word carries a lower confidence (`RECHECK_CONF` at most) and the page
a note, so a clerk sees that the number was read twice.

A practitioner's number (RPPS, ADELI, FINESS: what the operator pays) whose labelled reading is valid
only once repaired (a letter read for a digit, "87567275Q"; one sign among its digits, "20825465%6") is
read again the same way, to confirm: a repair uses up the key, so it proves nothing by itself. The words
take the repaired value (`RECHECK_CONF`) only when two renderings of the crop or more read exactly it,
each with a confidence of `CONFIRMING_CONF` or more: the digits whitelist forces a glyph onto the nearest
digit just as the repair table does, and it does so unsurely ("105241S8556" re-read "10524 158556" at
0.02 and 0.24). Census 2026-11-29 (the cached words of every rendering of the samples and sets 1-30): 6
such readings, all of the number printed (4 the invoice's practitioner, 2 a prescriber's or pharmacist's);
re-read: 4 confirmed (set 15 a109 fax normal, set 18 d105 scan, set 22 h101 and h109 fax fine), 2 not
(set 13 y105, set 30 o107, fax normal: crop readings at 0.0-0.24).

Cost: one Tesseract process per page that has suspects (all crops and renderings listed in one file,
the model loaded once: ~0.1-0.2 s), nothing on pages whose identifiers pass; at most
`Limits.ocr_recheck_crops` crops a page. Measured on the samples and held-out sets (see README).
Headers above values (2026-11-26, same field extraction before and after): set 1 scan 94.4 → 95.0 %,
fax fine 91.3 → 91.9 %; set 4 scan 96.7 → 97.4 %, fax fine 93.5 → 94.1 %, fax normal 89.3 → 90.5 %
(bold FINESS/RPPS read with a digit too many under "N° FINESS" / "RPPS" box headers); other sets
unchanged; ~0.1 ms a page.
"""

from __future__ import annotations

import datetime
import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Protocol

import numpy as np
from numpy.typing import NDArray
from PIL import Image

from intake.domain.model import Word
from parsers.base import ReadError
from parsers.filters import min_filter
from parsers.identifiers import adeli, finess, nir, rpps
from parsers.identifiers.exceptions import InvalidChecksum, ValidationError
from parsers.identifiers.repair import CONFUSIONS, repair
from parsers.limits import Limits
from parsers.tesseract_engine import tesseract_columns

RECHECK_CONF = 0.75  # a re-read identifier's word confidence (the first read failed its check)
# ... on a fax in normal resolution, when the re-read reads one of the first reading's digits otherwise
# (not only a digit dropped or added): one of the two readings misread it, and a Luhn key passes one
# wrong reading in ten, so the number stays a clerk's to check. Of the 23 re-reads that replaced a number
# on the fax-normal pages of the samples and sets 1-5, 9-12 (session 13), 22 only dropped or added a digit
# (mostly a stroke of 98 dpi read as a digit too many: "101139402597" for 10139402597); the one that also
# read a digit otherwise was wrong (set 10 v106: "168435371108" re-read "18435371168" for 10435371108).
# Over the samples and sets 1-19 this changes that one field only (0.94 -> 0.88).
RECHECK_SPLIT_CONF = 0.5
SCALE = 3  # the crop is upscaled ×3 (bicubic): small fax digits gain most
PSM_LINE = 7
WHITELIST = "tessedit_char_whitelist=0123456789AB "
# Tesseract's English model reads digits better than the French one on these crops: dotted zeros
# (fra: 6) and the A of Corsican NIRs (fra: 4). On the 41 suspects of the samples and held-out sets:
# eng 22 re-read to a valid number, fra 14 (psm 13: 23, psm 6: 22; two processes: 24, not worth it).
# Every substituted number is printed on the document (checked against the text-PDF renderings).
RECHECK_LANG = "eng"
RECHECKED_NOTE = "identifiant relu"

LENGTHS = {"rpps": (11,), "nir": (15,), "finess": (9,), "adeli": (9,), "id9": (9,)}
_DIGITISH = {**CONFUSIONS, "A": "4"}
_SEPARATORS = "-."
_STRIP = ".,;:()[]{}'\"«»"
_LABELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("rpps", re.compile(r"\br\.?\s?p\.?\s?p\.?\s?s\b")),
    ("adeli", re.compile(r"\badeli\b")),
    ("finess", re.compile(r"\bfiness\b")),
    ("nir", re.compile(r"\bnir\b|\bn[°o]?\s*s\.?\s?s\b|s[ée]cu|\binsee\b|immatricul|\bassur[ée]")),
    ("skip", re.compile(r"\bsire[nt]\b|\biban\b|\bbic\b|\bt[ée]l|\bfax\b|\brib\b|\bam\b|\bamc\b|organisme"
                        r"|factur|devis|\bcode\b|\bdate|\bn[ée]\b|\bcompte\b")),
)


@dataclass(frozen=True)
class Suspect:
    """A run of words (indices into the page's word list) that looks like an identifier of `kind`
    but whose reading fails the check. `kind` "id9" is a 9-digit number with no label (FINESS or
    ADELI: both carry a Luhn key)."""

    kind: str
    indices: tuple[int, ...]
    box: tuple[int, int, int, int]
    labelled: bool
    confirm: str | None = None  # a labelled reading valid only once repaired: the value a crop must read


def _validator(kind: str) -> Callable[[str], str]:
    if kind == "rpps":
        return rpps.validate
    if kind == "nir":
        return nir.validate
    if kind == "finess":
        return finess.validate

    def keyed(number: str) -> str:  # ADELI (its key is a soft signal, but a re-read must pass it)
        value = adeli.validate(number)
        if not adeli.checksum_ok(value):
            raise InvalidChecksum()
        return value

    if kind == "adeli":
        return keyed

    def either(number: str) -> str:
        try:
            return finess.validate(number)
        except ValidationError:
            return keyed(number)

    return either


def passes(kind: str, text: str) -> str | None:
    """The valid compact value of `text` for `kind` (as read, or after an unambiguous repair)."""
    fixed = repair(text, _validator(kind))
    return fixed.value if fixed is not None else None


def _core(text: str) -> str:
    return text.strip(_STRIP)


def number_like(text: str) -> bool:
    """Digits, with at most as many OCR-confusable letters (and - or . between groups)."""
    core = _core(text)
    chars = [c for c in core if c not in _SEPARATORS]
    if not chars or not all(c.isdigit() or c in _DIGITISH for c in chars):
        return False
    return 2 * sum(c.isdigit() for c in chars) >= len(chars)


def _length(words: Sequence[Word]) -> int:
    return sum(sum(1 for c in _core(w.text) if c not in _SEPARATORS) for w in words)


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode("ascii")


def _label(before: Sequence[Word]) -> str | None:
    """The identifier a run's label names ("rpps", "nir", ...; "skip" for SIRET, IBAN, phone...), from
    the words left of the run on its line: the label nearest the run wins."""
    text = _fold(" ".join(w.text for w in before))
    best: tuple[int, str] | None = None
    for kind, pattern in _LABELS:
        for match in pattern.finditer(text):
            if best is None or match.end() > best[0]:
                best = (match.end(), kind)
    return best[1] if best else None


def find_suspects(words: Sequence[Word], *, low_resolution: bool = False) -> list[Suspect]:
    """Runs of number-like words, from a run's first word, whose length fits an identifier (its label's
    exact length ±1, or exactly 9, 11 or 15 without a label; the label on the run's line, else in the
    header above it) and that no reading validates. A run with
    any valid prefix is fine as it is. Labelled suspects first. On a fax in normal resolution
    (`low_resolution`), also runs with a misread sign right after their label (`_garbled_suspects`)."""
    lines: dict[int, list[int]] = {}
    for index, word in enumerate(words):
        lines.setdefault(word.line, []).append(index)
    bottoms = {line: max(words[i].y1 for i in members) for line, members in lines.items()}  # `_label_above`
    found: list[Suspect] = []
    for members in lines.values():
        members.sort(key=lambda i: words[i].x0)
        position = 0
        run_start = 0  # first word after the previous run: a label is looked for from there
        while position < len(members):
            if not number_like(words[members[position]].text):
                marked = _marked(words, lines, bottoms, members, run_start, position)
                if marked is not None:
                    found.append(marked)
                position += 1
                continue
            end = position
            while end + 1 < len(members) and number_like(words[members[end + 1]].text):
                end += 1
            run = members[position : end + 1]
            label = _label([words[i] for i in members[run_start:position]]) or _label_above(
                words, lines, [words[i] for i in run], bottoms
            )
            suspect = _suspect([words[i] for i in run], run, label)
            if suspect is not None:
                found.append(suspect)
            run_start = position = end + 1
    taken = {i for suspect in found for i in suspect.indices}
    found.extend(s for s in _nir_group_suspects(words, lines) if taken.isdisjoint(s.indices))
    if low_resolution:
        taken = {i for suspect in found for i in suspect.indices}
        found.extend(s for s in _garbled_suspects(words, lines) if taken.isdisjoint(s.indices))
    found.sort(key=lambda s: (not s.labelled, s.box[1], s.box[0]))
    return found


# A NIR printed in groups ("1 81 05 76 866 782 33") on a fax in normal resolution often has a group or
# two read as letters ("Ko6", "U62 V1", "|"): the run of number-like words breaks there and is never a
# suspect. After a NIR label on its line, a run from the sex digit through short groups of letters and
# digits that adds up to a NIR's length (±1) is one; its crop is re-read and the value must pass the key.
NIR_GROUP_MAX = 3  # a NIR group has at most 3 characters


def _nir_group(text: str) -> bool:
    core = _core(text)
    if not 0 < len(core) <= NIR_GROUP_MAX or not all(c.isalnum() or c in "|$" for c in core):
        return False
    return any(c.isdigit() or c in _DIGITISH for c in core)  # not a word ("Né")


def _sex_group(text: str) -> bool:
    """A NIR's first group: its sex digit (1 or 2), alone or with the birth year."""
    core = _core(text)
    return 0 < len(core) <= NIR_GROUP_MAX and core.isdigit() and core[0] in "12"


def _nir_group_suspects(words: Sequence[Word], lines: dict[int, list[int]]) -> list[Suspect]:
    """NIR-shaped runs of short groups, some read as letters, right after a NIR label (see above)."""
    found: list[Suspect] = []
    for members in lines.values():
        for position, index in enumerate(members):
            if not _sex_group(words[index].text) or position == 0:
                continue
            if _label([words[i] for i in members[:position]]) != "nir":
                continue
            run = [index]
            for later in members[position + 1 :]:
                longer = [words[i] for i in [*run, later]]
                if not _nir_group(words[later].text) or _length(longer) > LENGTHS["nir"][0] + 1:
                    break
                run.append(later)
            suspect = _grouped_nir([words[i] for i in run], run)
            if suspect is not None:
                found.append(suspect)
            break
    return found


def _run_box(run_words: Sequence[Word]) -> tuple[int, int, int, int]:
    """The box around a run's words, in whole pixels."""
    return (
        round(min(w.x0 for w in run_words)),
        round(min(w.y0 for w in run_words)),
        round(max(w.x1 for w in run_words)),
        round(max(w.y1 for w in run_words)),
    )


def _grouped_nir(run_words: list[Word], run: list[int]) -> Suspect | None:
    """The run as a NIR suspect when its length fits and a group is not number-like (the others are
    `find_suspects`' own) and no reading of it passes."""
    if abs(_length(run_words) - LENGTHS["nir"][0]) > 1 or all(number_like(w.text) for w in run_words):
        return None
    if passes("nir", _joined(run_words)) is not None:
        return None
    box = _run_box(run_words)
    return Suspect("nir", tuple(run), box, True)


# An identifier right after its label on a fax in normal resolution (only there) is often read with a digit or two as
# some other sign ("10H 343674", "10629/1%009", "e18525293", "100K1632430", "e 6e 09 93 608 270 41"):
# the run of number-like words breaks at that word and is never a suspect. After an RPPS, ADELI, FINESS
# or NIR label on its line, the words that follow (each with a digit, or a single sign) are one when
# they add up to the label's length (-2 .. +1: a misread sign may stand for several digits), are mostly
# digits (`GARBLED_DIGITS`) and one of them is not number-like. Only the crop's re-read can replace
# them, and it must pass the key (as every suspect's).
GARBLED_DIGITS = 2 / 3  # digits (or letters OCR confuses with them) among the run's characters
GARBLED_SHORT, GARBLED_LONG = 2, 1  # the run's length: the label's length minus 2 .. plus 1
_IDENTIFIERS = ("rpps", "adeli", "finess", "nir")


def _garbled_word(text: str) -> bool:
    """A word of a garbled number: a digit among non-space signs, or a lone sign ("e" for a 2)."""
    core = _core(text)
    if not core or any(c.isspace() for c in core):
        return False
    return any(c.isdigit() for c in core) or (len(core) == 1 and (core.isalnum() or core in "|?!$%"))


def _garbled_length(words: Sequence[Word]) -> int:
    return sum(sum(1 for c in _core(w.text) if c not in _SEPARATORS) for w in words)


def _garbled_suspects(words: Sequence[Word], lines: dict[int, list[int]]) -> list[Suspect]:
    """Runs right after an identifier label that a misread sign keeps from being number-like (see above)."""
    found: list[Suspect] = []
    for members in lines.values():
        ordered = sorted(members, key=lambda i: words[i].x0)
        since = 0  # first word after the last one with a digit: the label is looked for from there
        position = 0
        while position < len(ordered):
            text = words[ordered[position]].text
            if not _garbled_word(text):
                position += 1
                continue
            kind = _label([words[i] for i in ordered[since:position]])
            run: list[int] = []
            for index in ordered[position:]:
                if not _garbled_word(words[index].text):
                    break
                if kind in _IDENTIFIERS and _garbled_length([words[i] for i in [*run, index]]) > LENGTHS[kind][0] + 1:
                    break
                run.append(index)
            if kind in _IDENTIFIERS:
                suspect = _garbled(kind, [words[i] for i in run], run)
                if suspect is not None:
                    found.append(suspect)
            position += max(len(run), 1)
            since = position
    return found


def _garbled(kind: str, run_words: list[Word], run: list[int]) -> Suspect | None:
    """The run as a suspect of `kind` when its length fits, it is mostly digits, one word is not
    number-like (the others are `find_suspects`' own) and no reading of it passes."""
    length = _garbled_length(run_words)
    exact = LENGTHS[kind][0]
    if not exact - GARBLED_SHORT <= length <= exact + GARBLED_LONG or all(number_like(w.text) for w in run_words):
        return None
    chars = [c for w in run_words for c in _core(w.text) if c not in _SEPARATORS]
    if sum(c.isdigit() or c in _DIGITISH for c in chars) < GARBLED_DIGITS * len(chars):
        return None
    if passes(kind, _joined(run_words)) is not None:
        return None
    box = _run_box(run_words)
    return Suspect(kind, tuple(run), box, True)


HEADER_GAP = 2.5  # a column header sits at most this many run heights above its value


def _label_above(
    words: Sequence[Word], lines: dict[int, list[int]], run: Sequence[Word], bottoms: dict[int, float]
) -> str | None:
    """The identifier named by a column or box header right above the run ("N° FINESS" over
    "932750144"): words of the nearest line above that overlap the run across. Only an identifier
    counts ("skip" is not taken from a header: a same-line label or the plain shapes decide then).
    `bottoms`: each line's lowest word bottom (worked out once a page, not once a run)."""
    x0, x1 = min(w.x0 for w in run), max(w.x1 for w in run)
    top = min(w.y0 for w in run)
    height = max(max(w.y1 for w in run) - top, 1.0)
    chosen: int | None = None
    bottom = top - HEADER_GAP * height
    for line, line_bottom in bottoms.items():
        if bottom < line_bottom <= top:
            chosen, bottom = line, line_bottom
    if chosen is None:
        return None
    above = [words[i] for i in lines[chosen]]
    over = [w for w in above if w.x1 > x0 - height and w.x0 < x1 + height]
    over.sort(key=lambda w: w.x0)
    label = _label(over)
    return label if label not in (None, "skip") else None


def _joined(words: Sequence[Word]) -> str:
    return " ".join(_core(w.text) for w in words)


def _suspect(run_words: list[Word], run: list[int], label: str | None) -> Suspect | None:
    """The run's suspect prefix, if any. Without a label only plain shapes count: one word of 9 or 11
    characters, or a NIR (one word, or groups from its sex digit 1/2), which leaves out phone numbers
    (2-digit groups), amounts, and references with dashes; and only with a letter read among the
    digits (clean digits without a label that fail every key are some other number)."""
    if label == "skip":
        return None
    options: list[tuple[int, str]] = []  # (words in the prefix, kind)
    for kind in [label] if label else ["nir", "rpps", "id9"]:
        exact = LENGTHS[kind]
        allowed = {n + d for n in exact for d in (-1, 0, 1)} if label else set(exact)
        prefixes = [n for n in range(1, len(run_words) + 1) if _length(run_words[:n]) in allowed]
        if not label:
            sex_digit = kind == "nir" and _core(run_words[0].text) in ("1", "2")
            plain = all(c not in _SEPARATORS for w in run_words[: max(prefixes, default=1)] for c in _core(w.text))
            prefixes = [n for n in prefixes if plain and (n == 1 or sex_digit)]
        if any(passes(kind, _joined(run_words[:n])) for n in prefixes):
            repaired = _repaired_only(kind, run_words, prefixes) if label in CONFIRMED_KINDS else None
            if repaired is not None:
                return _confirming(kind, run_words, run, repaired)
            return None  # the first reading is (or repairs to) a valid number
        exact_fit = [n for n in prefixes if _length(run_words[:n]) in exact]
        if exact_fit or prefixes:
            options.append(((exact_fit or prefixes)[0], kind))
    if not options:
        return None
    whole = [option for option in options if option[0] == len(run_words)]
    count, kind = whole[0] if whole else min(options)
    chosen = run_words[:count]
    if not label and all(c.isdigit() for w in chosen for c in _core(w.text)):
        return None  # clean digits failing every key: another kind of number (measured: never re-read valid)
    box = _run_box(chosen)
    return Suspect(kind, tuple(run[:count]), box, bool(label))


CONFIRMED_KINDS = ("rpps", "adeli", "finess")  # the practitioner's number: what the operator pays


def _marked(
    words: Sequence[Word],
    lines: dict[int, list[int]],
    bottoms: dict[int, float],
    members: list[int],
    start: int,
    at: int,
) -> Suspect | None:
    """A practitioner's number read with one mark among its digits ("20825465%6": a speck of the fax read
    as a sign), whose digits alone pass as read: a confirming suspect (the crop must read those digits)."""
    word = words[members[at]]
    core = _core(word.text)
    marks = [c for c in core if not c.isdigit()]
    if len(marks) != 1 or marks[0].isalnum() or marks[0] in _SEPARATORS:
        return None
    if not (core[0].isdigit() and core[-1].isdigit()):  # inside the number, not a bracket or a stop after it
        return None
    digits = "".join(c for c in core if c.isdigit())
    label = _label([words[i] for i in members[start:at]]) or _label_above(words, lines, [word], bottoms)
    if label not in CONFIRMED_KINDS or digits != passes(label, digits):
        return None
    return Suspect(label, (members[at],), _run_box([word]), True, confirm=digits)


def _repaired_only(kind: str, run_words: list[Word], prefixes: list[int]) -> str | None:
    """The one value the run's readings give, when it is valid only once repaired (a letter read for a
    digit: "87936856!", "105241S8556"), else None (a reading valid as read needs no second one)."""
    values = set()
    for n in prefixes:
        fixed = repair(_joined(run_words[:n]), _validator(kind))
        if fixed is None:
            continue
        if not fixed.repaired:
            return None
        values.add(fixed.value)
    return values.pop() if len(values) == 1 else None


def _confirming(kind: str, run_words: list[Word], run: list[int], value: str) -> Suspect:
    count = next(n for n in range(1, len(run_words) + 1) if passes(kind, _joined(run_words[:n])) == value)
    chosen = run_words[:count]
    box = _run_box(chosen)
    return Suspect(kind, tuple(run[:count]), box, True, confirm=value)


class Located(Protocol):
    """What `crops` needs of a doubted value: its words (indices into the page's words) and their box."""

    @property
    def indices(self) -> tuple[int, ...]: ...

    @property
    def box(self) -> tuple[int, int, int, int]: ...


def crops(
    image: Image.Image, suspect: Located, words: Sequence[Word], *, low_resolution: bool = False
) -> list[Image.Image]:
    """The suspect's crop (a margin around it, never into its neighbours on the line), upscaled, in
    three renderings: grey, Otsu-binarised, and binarised darker (strokes that touch come apart). On a
    fax in normal resolution (`low_resolution`, see `fax_renderings`) two more follow: binarised lighter,
    and the grey crop with its strokes thickened."""
    made = Renderings(image, suspect, words)
    return [made.grey, made.binary, made.darker, *(made.fax if low_resolution else [])]


class Renderings:
    """The renderings `crops` lists, each made when first asked for: a caller that reads only some of
    them (`parsers.reread`: the darker one only for values the first two leave in doubt, the fax ones
    only for invoice numbers still undecided) does not pay for the others (the same images)."""

    def __init__(self, image: Image.Image, suspect: Located, words: Sequence[Word]) -> None:
        x0, y0, x1, y1 = suspect.box
        height = max(y1 - y0, 1)
        left, right = x0 - height, x1 + height
        line = words[suspect.indices[0]].line
        for index, word in enumerate(words):
            if word.line != line or index in suspect.indices:
                continue
            if word.x1 <= x0:
                left = max(left, round((word.x1 + x0) / 2))
            elif word.x0 >= x1:
                right = min(right, round((x1 + word.x0) / 2))
        box = (max(0, left), max(0, y0 - height // 2), min(image.size[0], right), min(image.size[1], y1 + height // 2))
        if box[2] <= box[0] or box[3] <= box[1]:
            box = (0, 0, 1, 1)  # overlapping OCR boxes left nothing to crop: a blank reading, never an error
        crop = image.crop(box)
        if crop.mode != "L":
            crop = crop.convert("L")
        self.grey = crop.resize((crop.size[0] * SCALE, crop.size[1] * SCALE), Image.Resampling.BICUBIC)
        self.array = np.asarray(self.grey)
        self.threshold = _otsu(self.array)

    @functools.cached_property
    def binary(self) -> Image.Image:
        return Image.fromarray(np.where(self.array <= self.threshold, 0, 255).astype(np.uint8))

    @functools.cached_property
    def darker(self) -> Image.Image:
        return Image.fromarray(np.where(self.array <= self.threshold * 0.6, 0, 255).astype(np.uint8))

    @functools.cached_property
    def fax(self) -> list[Image.Image]:
        return fax_renderings(self.grey, self.array, self.threshold)


# A fax in normal resolution (98 lines an inch, stretched ×2) breaks a digit's thin strokes into dots and
# stubs; Tesseract then reads a stub as a digit more ("7693514279" for ADELI 769351479) or a broken 6 as a
# 0, and the darker rendering, which keeps only the cores of the blurred strokes, loses whole digits
# ("8 A"), though it alone reads a 0 whose sides the grey crop joins into a 6 (set 17 c102 RPPS). Two
# renderings are added: binarised lighter (`FAX_LIGHTER` × Otsu's level: the grey between the dots
# counts as ink, the strokes come together) and the grey crop thickened (`FAX_THICKEN` px minimum
# filter at ×3). Measured on the identifiers of 11 fax-normal pages whose fine-fax twins read them
# right (sets 10, 13, 22, 24-26): 3 re-read valid and right (set 13 y109 ADELI, set 22 h108 RPPS and
# h109 NIR), none re-read to another valid value.
FAX_LIGHTER = 1.2
FAX_THICKEN = 5


def fax_renderings(crop: Image.Image, array: NDArray[np.uint8], threshold: float) -> list[Image.Image]:
    """The lighter-binarised and the thickened renderings of a fax-normal crop (see `FAX_LIGHTER`)."""
    lighter = Image.fromarray(np.where(array <= min(threshold * FAX_LIGHTER, 254.0), 0, 255).astype(np.uint8))
    return [lighter, Image.fromarray(min_filter(array, FAX_THICKEN))]


def _otsu(array: np.ndarray) -> float:
    histogram = np.bincount(array.ravel(), minlength=256).astype(np.float64)
    total = histogram.sum()
    weight = np.cumsum(histogram)
    mass = np.cumsum(histogram * np.arange(256))
    with np.errstate(divide="ignore", invalid="ignore"):
        between = np.nan_to_num((mass[-1] * weight / total - mass) ** 2 / (weight * (total - weight)))
    return float(np.argmax(between)) if between.max() > 0 else 127.0


def read_crops(images: Sequence[Image.Image], limits: Limits, *, dpi: int) -> list[tuple[str, float]]:
    """Each image's one-line reading (digits, A, B and spaces) and its mean confidence 0..1, by one
    request to Tesseract."""
    if not images:
        return []
    data = tesseract_columns(images, limits, dpi=dpi * SCALE, psm=PSM_LINE, config=[WHITELIST], lang=RECHECK_LANG)
    texts: list[list[str]] = [[] for _ in images]
    confs: list[list[float]] = [[] for _ in images]
    for page, text, conf in zip(data["page_num"], data["text"], data["conf"], strict=True):
        word, number = text.strip(), int(page) - 1
        if word and float(conf) >= 0 and 0 <= number < len(images):
            texts[number].append(word)
            confs[number].append(float(conf) / 100.0)
    return [(" ".join(t), sum(c) / len(c) if c else 0.0) for t, c in zip(texts, confs, strict=True)]


def _digits(text: str) -> str:
    return "".join(_DIGITISH.get(c, c) for c in text if c.isalnum())


def keeps_first_digits(first: str, value: str) -> bool:
    """The re-read `value` only drops or adds characters to the `first` reading (letters OCR confuses
    with digits taken as those digits): every digit both readings have, they read alike. A sign of the
    first reading that is no digit ("H", "e", "%": `_garbled_suspects`) read none: it stands for any one
    character of the re-read."""
    read = "".join(c if c.isdigit() else "?" for c in _digits(first))
    again = _digits(value)
    if len(read) <= len(again):
        rest = iter(again)
        return all(any(char in ("?", other) for other in rest) for char in read)
    rest = iter(read)
    return all(any(other in ("?", char) for other in rest) for char in again)


CONFIRMING_READINGS = 2  # renderings of the crop that must read a repaired number as the page's repair
CONFIRMING_CONF = 0.5  # ... each read with this confidence at least


def confirmed(value: str, readings: Sequence[tuple[str, float]]) -> bool:
    """A repaired first reading read again by the crop, digit for digit and confidently, in two
    renderings or more."""
    agreeing = [conf for text, conf in readings if text.replace(" ", "") == value and conf >= CONFIRMING_CONF]
    return len(agreeing) >= CONFIRMING_READINGS


def rival_values(kind: str, length: int, texts: Iterable[str]) -> set[str]:
    """The valid values the renderings of a suspect read. A NIR whose first reading has its key (13 + 2
    characters, ±1) is one with a key: a rendering that passes only as a temporary NIR without one (13
    digits, a lost key) read fewer digits than are printed, and neither wins nor vetoes."""
    valid = {value for text in texts if (value := passes(kind, text)) is not None}
    if kind == "nir" and length >= LENGTHS["nir"][0] - 1:
        return {value for value in valid if len(value) in LENGTHS["nir"]}
    return valid


def recheck_identifiers(
    image: Image.Image, words: list[Word], limits: Limits, *, dpi: int, low_resolution: bool = False
) -> tuple[list[Word], list[str]]:
    """The page's words with failing identifiers re-read where a second reading passes (digit-per-box
    grids first, see `recheck_grids`); notes. On a fax in normal resolution (`low_resolution`), a
    re-read that reads a digit of the first reading otherwise gets RECHECK_SPLIT_CONF."""
    words, grid_notes = recheck_grids(image, words, limits, dpi=dpi)
    suspects = find_suspects(words, low_resolution=low_resolution)[: max(0, limits.ocr_recheck_crops)]
    if not suspects:
        return words, grid_notes
    renderings = [crops(image, suspect, words, low_resolution=low_resolution) for suspect in suspects]
    try:
        readings = read_crops([crop for group in renderings for crop in group], limits, dpi=dpi)
    except ReadError:
        return words, grid_notes  # the first reading stands
    replaced: dict[int, Word] = {}
    dropped: set[int] = set()
    kinds: list[str] = []
    starts = np.cumsum([0, *(len(group) for group in renderings)])
    for number, suspect in enumerate(suspects):
        group = readings[starts[number] : starts[number + 1]]
        valid = rival_values(suspect.kind, _length([words[i] for i in suspect.indices]), [text for text, _ in group])
        if len(valid) != 1:
            continue  # none passes, or the renderings disagree: keep the first reading
        value = next(iter(valid))
        if suspect.confirm is not None and not confirmed(suspect.confirm, group):
            continue
        first = words[suspect.indices[0]]
        x0, y0, x1, y1 = suspect.box
        read_first = "".join(words[i].text for i in suspect.indices)
        conf = RECHECK_CONF if not low_resolution or keeps_first_digits(read_first, value) else RECHECK_SPLIT_CONF
        replaced[suspect.indices[0]] = replace(first, text=value, x0=x0, y0=y0, x1=x1, y1=y1, conf=conf)
        dropped.update(suspect.indices[1:])
        kinds.append(suspect.kind)
    if not replaced:
        return words, grid_notes
    out = [replaced.get(i, word) for i, word in enumerate(words) if i not in dropped]
    return out, [*grid_notes, f"{RECHECKED_NOTE} ({', '.join(kinds)})"]


# ---------------------------------------------------------------- digit-per-box grids

# A cerfa-like form prints an identifier one digit per box ("|2|9| |4| |3|3|0|1|4| |7|"): Tesseract
# reads the box borders as brackets and pipes and loses digits ("[2[9] [4] [3[3[e[114]"). When a
# line holds such bracketed words after an identifier label, the band is cropped, every vertical rule
# (a column dark over most of the band's height) and horizontal rule is erased, and the cleaned band
# is read as one line of digits. As for the other re-reads, the value is kept only when it passes the
# identifier's check and every rendering that passes agrees.
# Also (2026-11-27): a grid read as one long word ("|2[71610[6[2[A[5...", every border a 1 or an l)
# counts, and so does one under a label OCR garbled when its words show 4 borders or more; digits
# read without their boxes before the first bracket belong to the grid; a birth date in boxes is read
# the same way (no key: the renderings must agree, `grid_date`); a band that runs on into the next
# number keeps its leading groups when two renderings give them (`grid_reading`); a third rendering
# (×2) is read. Set 5 scan 91.4 → 93.5 %, fax fine 91.4 → 92.5 %; set 1 fax normal 78.5 → 79.7 %.
# Also (2026-11-27, later): the label may sit on the line above the boxes (insurers' forms), or be a
# column header over rows of boxes; borders read as "!" count; a border is a stroke about as long as
# the boxes are tall (the sides of a 0 or an 8 filling its box were erased as borders); a format hint
# "(JJ MM AAAA)" labels a date; identifiers and dates get `ocr_recheck_crops` crops each; a date needs
# every 8-digit reading to agree (one that lost a digit does not veto). Same field extraction before
# and after: set 8 85.9 → 87.8 % (r810 scan: NIR, birth, care and invoice dates; r810 photo: NIR),
# set 5 89.7 → 90.2 %; samples and sets 1-4, 6, 7, 9 unchanged.
_BOXY = re.compile(r"[\[\]|{}!]")
# Once a grid has begun (a bracket or a pipe), a fax in normal resolution also reads its walls as
# colons and semicolons: "[2] 819 [o[2] |2[a| 21110::61110;;71)3" for NIR 2 89 02 2A 210 610 79 cut
# the grid before its last eight boxes (set 24 j110). Such a word (digits once its colons, semicolons
# and brackets are left out) goes on with the grid; it never starts one ("RPPS :", "09:15").
_COLON_WALLS = re.compile(r"[:;()]")
_GRID_LABELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ps", re.compile(r"\bident|\bps\b|\bidentifiant\b")),
    *_LABELS,
    # after "skip": "Date de naissance", a format hint "(JJ MM AAAA)"
    ("date", re.compile(r"\bnaissance\b|\bn[ée]\(?e?\)?\s+le\b|\bmm\W{0,3}a{3,4}\b")),
)
GRID_KINDS = {
    "rpps": ("rpps",),
    "adeli": ("adeli",),
    "ps": ("rpps", "adeli"),
    "finess": ("finess",),
    "nir": ("nir",),
    None: ("nir", "rpps", "id9"),  # a label OCR garbled: the text only becomes readable, the label decides
    "date": (),  # a birth date in boxes (DDMMYYYY), see `grid_date`
}
GRID_RULE = 0.5  # a column is a box border when this share of the band's height is ink
GRID_RULE_RUN = 0.85  # ... in one stroke this share of the longest stroke of the band
GRID_MAX_CHARS = 24  # letters and digits of one word of a boxed number...
GRID_BOXED_MAX_CHARS = 40  # ... or of one with brackets or pipes: every border may be read as a 1 or an l
GRID_MIN_BORDERS = 4  # brackets and pipes a run needs when its label is unreadable
GRID_SCALES = (1.0, 1.5, 2.0)
GRID_ROWS_ABOVE = 3  # rows of boxes between a grid and its column's header


@dataclass(frozen=True)
class GridSuspect:
    kind: str | None  # a key of GRID_KINDS
    indices: tuple[int, ...]  # the line's words from the first bracketed one on
    left: int  # the band starts after the label's last word
    right: int  # and ends before the next word that is not part of the grid (or at the page's edge)
    box: tuple[int, int, int, int]


def _griddish(text: str) -> bool:
    """A word of a boxed number as OCR reads it: digits, confusable letters, brackets and pipes."""
    core = [c for c in text if c.isalnum()]
    boxy = bool(_BOXY.search(text)) or _colon_walled(text)
    if len(core) > (GRID_BOXED_MAX_CHARS if boxy else GRID_MAX_CHARS):
        return False
    return boxy or number_like(text) or (len(core) <= 2 and not text.endswith("."))


def _colon_walled(text: str) -> bool:
    """Digits of boxes whose walls were read as colons or semicolons ("21110::61110;;71)3")."""
    return (":" in text or ";" in text) and number_like(_COLON_WALLS.sub("", text))


def _boxed_digits(text: str) -> bool:
    """Digits of boxes read without a bracket ("3", "19", or "2,,0," with borders read as commas)."""
    return number_like(text) or (_griddish(text) and any(c.isdigit() for c in text))


def _grid_label(before: Sequence[Word]) -> str | None:
    text = _fold(" ".join(w.text for w in before))
    best: tuple[int, str] | None = None
    for kind, pattern in _GRID_LABELS:
        for match in pattern.finditer(text):
            if best is None or match.end() > best[0]:
                best = (match.end(), kind)
    return best[1] if best else None


def _borders(texts: Iterable[str]) -> int:
    """Box borders read as brackets or pipes: a whole grid read as one word has many, a table cell one."""
    return sum(len(_BOXY.findall(text)) for text in texts)


def find_grid_suspects(words: Sequence[Word]) -> list[GridSuspect]:
    """Lines with a bracketed word after an identifier label (RPPS, ADELI, "Ident. PS", NIR)."""
    lines: dict[int, list[int]] = {}
    for index, word in enumerate(words):
        lines.setdefault(word.line, []).append(index)
    found: list[GridSuspect] = []
    for members in lines.values():
        members.sort(key=lambda i: words[i].x0)
        first = next((n for n, i in enumerate(members) if _BOXY.search(words[i].text)), None)
        while first and _boxed_digits(words[members[first - 1]].text):
            first -= 1  # boxes read as plain digits before the first bracket are part of the grid
        if first is None:
            continue
        kind = _grid_label([words[i] for i in members[:first]])
        run = members[first:]
        run = run[: next((n for n, i in enumerate(run) if not _griddish(words[i].text)), len(run))]
        if kind is None:
            kind = _grid_label_above(words, lines, [words[i] for i in run])
        if first == 0 and kind is None:
            continue
        if kind not in GRID_KINDS or (kind is None and _borders(words[i].text for i in run) < GRID_MIN_BORDERS):
            continue
        if not any(c.isdigit() or c in _DIGITISH for i in run for c in words[i].text):
            continue
        box = (
            round(min(words[i].x0 for i in run)),
            round(float(np.median([words[i].y0 for i in run]))),
            round(max(words[i].x1 for i in run)),
            round(float(np.median([words[i].y1 for i in run]))),
        )
        after = members[first + len(run) :]
        right = round(words[after[0]].x0) if after else None
        left = round(words[members[first - 1]].x1) if first else box[0] - (box[3] - box[1])
        found.append(GridSuspect(kind, tuple(run), left, right or 10**6, box))
    # when crops are capped: labelled identifiers first, then dates, then numbers with unreadable labels
    found.sort(key=lambda suspect: (suspect.kind is None, suspect.kind == "date"))
    return found


def _grid_label_above(words: Sequence[Word], lines: dict[int, list[int]], run: Sequence[Word]) -> str | None:
    """The grid's label printed above it ("N° d'immatriculation de l'assuré" over the NIR's boxes,
    "Date des soins (JJ MM AAAA)" over a column of boxed dates): the words that overlap the run across
    on the nearest line above, or, when those are values with no label (the rows of a column of grids),
    on the line above them, each within `HEADER_GAP` run heights. "skip" is not taken from above."""
    x0, x1 = min(w.x0 for w in run), max(w.x1 for w in run)
    top = float(np.median([w.y0 for w in run]))
    height = max(float(np.median([w.y1 for w in run])) - top, 1.0)
    ordered = sorted(([words[i] for i in members] for members in lines.values()), key=lambda ws: -max(w.y1 for w in ws))
    for _ in range(GRID_ROWS_ABOVE + 1):
        over = next(
            (found for line in ordered if top - HEADER_GAP * height < max(w.y1 for w in line) <= top
             and (found := sorted((w for w in line if w.x1 > x0 - height and w.x0 < x1 + height), key=lambda w: w.x0))),
            None,
        )
        if over is None:
            return None
        label = _grid_label(over)
        if label is not None or not any(c.isdigit() for w in over for c in w.text):
            return label if label != "skip" else None
        top = min(w.y0 for w in over)  # a row of values of the same column: its header is higher up
    return None


def grid_crops(image: Image.Image, suspect: GridSuspect) -> list[Image.Image]:
    """The suspect's band with box borders erased, at `GRID_SCALES`; [] when no grid is seen."""
    _, y0, _, y1 = suspect.box
    height = max(y1 - y0, 1)
    top, bottom = max(0, y0 - round(0.3 * height)), min(image.size[1], y1 + round(0.3 * height))
    # OCR boxes of one line may overlap (a label word that runs into the grid, a word after it that
    # starts inside it): the band is then empty, not an error
    left, right = max(0, suspect.left), min(image.size[0], suspect.right)
    if right <= left or bottom <= top:
        return []
    band = image.crop((left, top, right, bottom))
    if band.mode != "L":
        band = band.convert("L")
    array = np.asarray(band).copy()
    if array.size == 0:
        return []
    threshold = _otsu(array)
    dark = array <= threshold
    rule = _rule_columns(dark, (suspect.box[0] - left, suspect.box[2] - left))
    starts = np.flatnonzero(rule & ~np.roll(rule, 1))
    ends = np.flatnonzero(rule & ~np.roll(rule, -1))
    for start, end in zip(starts, ends, strict=False):
        if end - start + 1 > max(2, 0.15 * height):
            rule[start : end + 1] = False  # a thick stroke is ink of a character, not a border
    columns = np.flatnonzero(rule)
    if len(columns) < 3:
        return []
    last = int(columns[-1])
    for shift in (1, 2):
        rule = rule | np.roll(rule, shift) | np.roll(rule, -shift)
    ink = dark.copy()
    ink[:, rule] = False
    across = ink.mean(axis=1) > 0.3
    across = across | np.roll(across, 1) | np.roll(across, -1)
    ink[across, :] = False
    array = np.where(ink, 0, 255).astype(np.uint8)[:, : last + height]
    cleaned = Image.fromarray(array)
    margin = max(height // 2, 1)
    padded = Image.new("L", (cleaned.size[0] + 2 * margin, cleaned.size[1] + 2 * margin), 255)
    padded.paste(cleaned, (margin, margin))
    return [
        padded.resize((round(padded.size[0] * s), round(padded.size[1] * s)), Image.Resampling.BICUBIC)
        if s != 1.0 else padded
        for s in GRID_SCALES
    ]


def _rule_columns(dark: NDArray[np.bool_], span: tuple[int, int]) -> NDArray[np.bool_]:
    """Columns of the band that are box borders: dark over `GRID_RULE` of its height, in one unbroken
    stroke at least `GRID_RULE_RUN` of the longest stroke within `span` (the grid's words, so a frame
    further on the line does not set the measure). A digit's upright (the side of a 0 or an 8) stops
    short of a border: taken for one, it was erased and the digit lost when digits fill their boxes."""
    longest = np.zeros(dark.shape[1], dtype=np.int32)
    current = np.zeros(dark.shape[1], dtype=np.int32)
    for row in dark:
        current = (current + 1) * row
        np.maximum(longest, current, out=longest)
    inside = longest[max(0, span[0]) : max(span[1], span[0] + 1)]
    reference = float(inside.max()) if inside.size else float(longest.max())
    rule: NDArray[np.bool_] = (dark.mean(axis=0) > GRID_RULE) & (longest >= GRID_RULE_RUN * reference)
    return rule


def grid_value(kind: str | None, readings: Sequence[str]) -> tuple[str, str] | None:
    """(field kind, value) when exactly one value passes a check of `kind` over all readings; an ADELI
    must pass its Luhn key (never an unchecked join)."""
    found = grid_reading(kind, readings)
    return (found[0], found[1]) if found is not None else None


def grid_reading(kind: str | None, readings: Sequence[str]) -> tuple[str, str, str] | None:
    """`grid_value` with what the band holds after the value: when no whole reading passes, the leading
    groups of a reading (up to a wide space) are tried, and the groups after them returned as the rest.

    Why: with the label unreadable, the band runs on to the next grid of the line ("Identifiant
    |1|0|...|1|  N° AM |8|7|...") and the whole reading has both numbers. A value from leading groups
    must come from two renderings at least (a photo's misread "2 44728622 776997" held an ADELI key
    by chance in one of three)."""
    if kind == "date":
        date = grid_date(readings)
        return ("date", date, "") if date is not None else None
    for split in (False, True):
        valid: dict[tuple[str, str], int] = {}  # value: how many readings give it
        rest = ""
        for text in readings:
            groups = text.split()
            found: set[tuple[str, str]] = set()
            for cut in range(1, len(groups)) if split else [len(groups)]:
                compact = "".join(groups[:cut])
                for actual in GRID_KINDS[kind]:
                    value = passes(actual, compact) if len(compact) == LENGTHS[actual][0] else None
                    if value is not None:
                        found.add((actual, value))
                        rest = rest or " ".join(groups[cut:])
            for key in found:
                valid[key] = valid.get(key, 0) + 1
        if len(valid) > 1:
            return None  # the renderings disagree
        if valid:
            (actual, value), count = next(iter(valid.items()))
            # leading groups are tried several ways, so a key holds by chance more often: two
            # renderings must give the same value
            return (actual, value, rest) if count >= (2 if split else 1) else None
    return None


def grid_date(readings: Sequence[str]) -> str | None:
    """A date printed one digit per box, as DD/MM/YYYY, when every reading of 8 digits (two at least) is
    the same 8 digits and a real date. A date has no key to check a reading against: the renderings
    must agree; one that lost or gained a digit (a 0 dropped at one scale) says nothing against them."""
    found = [compact for text in readings if len(compact := "".join(text.split())) == 8]
    compacts = set(found)
    if len(found) < 2 or len(compacts) != 1:
        return None
    compact = compacts.pop()
    if len(compact) != 8 or not compact.isdigit():
        return None
    day, month, year = int(compact[:2]), int(compact[2:4]), int(compact[4:])
    try:
        datetime.date(year, month, day)
    except ValueError:
        return None
    if not 1900 <= year <= 2099:
        return None
    return f"{compact[:2]}/{compact[2:4]}/{compact[4:]}"


def recheck_grids(
    image: Image.Image, words: list[Word], limits: Limits, *, dpi: int
) -> tuple[list[Word], list[str]]:
    """The page's words with digit-per-box identifiers re-read with the boxes erased; notes."""
    listed = find_grid_suspects(words)
    cap = max(0, limits.ocr_recheck_crops)  # identifiers and dates each: a form has a few of both
    suspects = [s for s in listed if s.kind != "date"][:cap] + [s for s in listed if s.kind == "date"][:cap]
    groups = [grid_crops(image, suspect) for suspect in suspects]
    images = [crop for group in groups for crop in group]
    if not images:
        return words, []
    try:
        data = run_tesseract_list(images, limits, dpi=dpi)
    except ReadError:
        return words, []
    replaced: dict[int, Word] = {}
    after: dict[int, Word] = {}  # what the band holds after a value (another number), kept as a word
    dropped: set[int] = set()
    kinds: list[str] = []
    position = 0
    for suspect, group in zip(suspects, groups, strict=True):
        readings = data[position : position + len(group)]
        position += len(group)
        if not group:
            continue
        found = grid_reading(suspect.kind, readings)
        if found is None:
            continue
        actual, value, rest = found
        first = words[suspect.indices[0]]
        x0, y0, x1, y1 = suspect.box
        middle = x1 if not rest else round(x0 + (x1 - x0) * len(value) / (len(value) + len(rest) + 1))
        replaced[suspect.indices[0]] = replace(first, text=value, x0=x0, y0=y0, x1=middle, y1=y1, conf=RECHECK_CONF)
        if rest:
            after[suspect.indices[0]] = replace(first, text=rest, x0=middle, y0=y0, x1=x1, y1=y1, conf=RECHECK_CONF)
        dropped.update(suspect.indices[1:])
        kinds.append(actual)
    if not replaced:
        return words, []
    out: list[Word] = []
    for index, word in enumerate(words):
        if index not in dropped:
            out.append(replaced.get(index, word))
        if index in after:
            out.append(after[index])
    return out, [f"{RECHECKED_NOTE} ({', '.join(kinds)}, grille)"]


def run_tesseract_list(images: Sequence[Image.Image], limits: Limits, *, dpi: int) -> list[str]:
    """Each image's one-line digit reading, by one request to Tesseract."""
    return line_readings(images, limits, dpi=dpi, whitelist=WHITELIST, lang=RECHECK_LANG)


def line_readings(
    images: Sequence[Image.Image], limits: Limits, *, dpi: int, whitelist: str, lang: str
) -> list[str]:
    """Each image read as one line (`--psm 7`) of the `whitelist` characters, by one request to Tesseract."""
    if not images:
        return []
    data = tesseract_columns(images, limits, dpi=dpi, psm=PSM_LINE, config=[whitelist], lang=lang)
    texts: list[list[str]] = [[] for _ in images]
    for page, text in zip(data["page_num"], data["text"], strict=True):
        number = int(page) - 1
        if text.strip() and 0 <= number < len(images):
            texts[number].append(text.strip())
    return [" ".join(t) for t in texts]
