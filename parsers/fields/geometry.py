"""Page geometry the finders share, reading no value: the lines below a line, a line cut into cells, the
words under a label (`column_words`), a heading widened to its cell (`heading_cell`, `HeadingBox`), table
headers and heading rows, the words right of a label on its line (`right_region`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from intake.domain.model import Word
from parsers.fields import values
from parsers.fields.base import AMOUNT_FIELDS, QUALIFIER_KINDS, PageScan, Region, make_region
from parsers.fields.labels import fold
from parsers.fields.layout import LabelHit, Line

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
FEMININE_MARK = re.compile(r"^[(\[{](?:e|s|es)[)\]}]$", re.IGNORECASE)  # "ASSURE (E) :", read apart


NOTE_WORDS = 10  # a bracketed note on a label is a short phrase


def bracketed_note(words: list[Word]) -> int:
    """How many leading words form a bracketed note on the label they follow ("N° AMC (figurant sur
    l'attestation de tiers payant)", "Date de naissance (JJ MM AAAA)"): a hint to whoever fills the form,
    never the value, which is printed elsewhere. OCR may read the brackets as braces. A note holding a
    digit ("(n° 123)") is left alone.

    >>> bracketed_note([Word("{figurant", 0, 0, 1, 1), Word("sur", 2, 0, 3, 1), Word("l'attestation)", 4, 0, 5, 1)])
    3
    >>> bracketed_note([Word("(n°", 0, 0, 1, 1), Word("123)", 2, 0, 3, 1)])
    0
    >>> bracketed_note([Word("DUPONT", 0, 0, 1, 1)])
    0
    """
    if not words or words[0].text[:1] not in "([{" or FEMININE_MARK.match(words[0].text):
        return 0
    for count, word in enumerate(words[:NOTE_WORDS], start=1):
        if any(c.isdigit() for c in word.text):
            return 0
        if word.text.rstrip(" :.")[-1:] in ")]}":
            return count
    return 0


_DETAIL_OPENINGS = ("(dont", "[dont", "{dont")


def detail_note(words: list[Word]) -> int:
    """How many leading words form a bracketed detail of the share they follow ("Part mutuelle (dont
    participation forfaitaire 24,00 €) 674,00 €", "Part Assurance Maladie (90 %, moins 2 € de
    participation) 29,50 €"): a part of the share or how it was reckoned, with its own amount; the
    share's amount is printed after the bracket. A note opening on "dont" is skipped even when nothing
    follows it on the line; any other only when an amount follows it.

    >>> detail_note([Word("(dont", 0, 0, 1, 1), Word("24,00", 2, 0, 3, 1), Word("€)", 4, 0, 5, 1)])
    3
    >>> detail_note([Word("(participation", 0, 0, 1, 1), Word("forfaitaire)", 2, 0, 3, 1)])
    0
    >>> note = [Word("(moins", 0, 0, 1, 1), Word("2", 2, 0, 3, 1), Word("€)", 4, 0, 5, 1)]
    >>> detail_note([*note, Word("29,50", 6, 0, 7, 1)]), detail_note(note)
    (3, 0)
    """
    if not words or words[0].text[:1] not in "([{":
        return 0
    for count, word in enumerate(words[:NOTE_WORDS], start=1):
        if word.text.rstrip(" :.")[-1:] in ")]}":
            if fold(words[0].text) in _DETAIL_OPENINGS:
                return count
            note = " ".join(w.text for w in words[:count])
            after = " ".join(w.text for w in words[count:])
            return count if values.find_amounts(note) and values.find_amounts(after) else 0
    return 0


_QUALIFIER_GLUE = {"de", "du", "de la", "d'", "l'", "la", "le", "des"}


def right_region(
    hit: LabelHit, hits: list[LabelHit], *, gap_stop: float | None = None, amounts: bool = False
) -> Region:
    """Words right of the label on its line, up to the next label (or a wide gap).

    For an amount, only another amount label stops the scan ("Part AMC (organisme n° 123) : 10,50 €"),
    and not one inside a bracketed note right after the label: the note qualifies the label ("Part
    complémentaire (participation forfaitaire) 24,00 €": the AMC's share, which is that participation).
    A bracketed detail with its own amount ("Part mutuelle (dont participation forfaitaire 24,00 €)
    674,00 €", `detail_note`) is skipped: the share's amount follows it.
    """
    stoppers = [h for h in hits if not amounts or h.kind in AMOUNT_FIELDS or h.kind.startswith("distractor")]
    detail = 0
    if amounts and not hit.tail.strip():
        detail = detail_note(hit.line.words[hit.last_word + 1 :])
        note = bracketed_note(hit.line.words[hit.last_word + 1 :]) or detail
        stoppers = [h for h in stoppers if not hit.last_word < h.first_word <= hit.last_word + note]
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
    translated = translation(hit, hits)
    if translated:  # "Date des soins / Date of care 01/03/2025": the value follows the translation
        following = [f for f in following if f > hit.last_word + translated]
    stop = min(following) if following else len(hit.line.words)
    words = hit.line.words[hit.last_word + 1 + translated + detail : stop]
    if following and _box_number(hit, words, hit.line.words[stop]):
        words = []  # "1 N° de note ...... 2 Date d'émission": the next box's number, the value is under
    if gap_stop is not None:
        kept: list[Word] = []
        previous_x1 = hit.x1
        for word in words:
            started = any(any(c.isalnum() for c in w.text) and not FEMININE_MARK.match(w.text) for w in kept)
            if started and word.x0 - previous_x1 > gap_stop:
                break
            kept.append(word)
            previous_x1 = word.x1
        words = kept
    return make_region(hit.line, words, hit.tail)


TRANSLATION_WORDS = 4  # "Date of care", "Social security no.": a label's translation is a short phrase
_TRANSLATED_KINDS = ("patient_birth_date", "invoice_date", "care_date", "rpps", "adeli", "finess", "nir")


def translation(hit: LabelHit, hits: list[LabelHit]) -> int:
    """How many words right of a label are its translation on a bilingual invoice ("Date des soins / Date
    of care 01/03/2025", "N° sécurité sociale / Social security no. 2 73 08 ..."): a slash, then a short
    phrase without a digit, then the value, which holds digits (a date, an identifier). A label found in
    the phrase is part of the translation when it names the same field or is a bare "Date"; a label of
    another field there ("Part AMO / part AMC") is no translation. 0 when there is none."""
    words = hit.line.words[hit.last_word + 1 :]
    if hit.kind not in _TRANSLATED_KINDS or hit.tail.strip(" :") or not words or words[0].text != "/":
        return 0
    count = next((i for i, word in enumerate(words) if any(c.isdigit() for c in word.text)), 0)
    if not 2 <= count <= TRANSLATION_WORDS + 1:
        return 0
    end = hit.last_word + count
    inside = [h for h in hits if hit.last_word < h.first_word <= end]
    if any(h.kind not in (hit.kind, "generic_date") or h.last_word > end for h in inside):
        return 0
    return count


def translated_by(hit: LabelHit, hits: list[LabelHit]) -> bool:
    """A bare "Date" inside the translation of the label before it ("Date des soins / Date of care"):
    part of that label, no label of its own."""
    return any(
        other.last_word < hit.first_word and hit.last_word <= other.last_word + translation(other, hits)
        for other in hits
        if other is not hit
    )


def _box_number(hit: LabelHit, words: list[Word], label_word: Word) -> bool:
    """A numbered form's boxes ("1 N° de note", "2 Date d'émission" side by side, each value under its
    label): the one small number right of a label, in a cell of its own far from it and glued to the next
    label, is that label's box number, not a value."""
    if len(words) != 1 or not re.fullmatch(r"\d{1,2}", words[0].text) or hit.tail.strip(" :"):
        return False
    height = hit.line.height
    far = words[0].x0 - hit.x1 > CELL_GAP * height
    return far and label_word.x0 - words[0].x1 <= height


def slash_shared(hit: LabelHit, hits: list[LabelHit], region: Region, *, amounts: bool = True) -> Region:
    """ "Part AMO / part AMC : 42,00 € / 18,00 €": two amount labels joined by a slash, then their two
    values joined by a slash, each label's in the labels' order. The first label's region is the slash
    alone and the second's holds both values: each reads its own side of the values' slash. Other
    regions come back as they are. Not `amounts`: a number's label and any other label so joined ("N° AMC
    / N° adhérent : 972792526 / 2549386301"), each number its label's; the scan may glue the slash and
    the next label's number sign to the first label ("AMC/N° adhérent"), the next label's words then
    opening the first side."""
    labels = [h for h in hits if (h.kind in AMOUNT_FIELDS or not amounts) and h.line is hit.line]
    later = [h for h in labels if h.first_word > hit.last_word]
    earlier = [h for h in labels if h.last_word < hit.first_word]
    if later and _slash_between(min(later, key=lambda h: h.first_word), hit, glued=not amounts):
        values = right_region(min(later, key=lambda h: h.first_word), hits, amounts=True)
        side = 0
    elif earlier and _slash_between(hit, max(earlier, key=lambda h: h.last_word)):
        values, side = region, 1
    elif not amounts and _GLUED_SLASH.fullmatch(hit.tail.strip()):
        values, side = region, 0
    else:
        return region
    slashes = [i for i, word in enumerate(values.words) if word.text == "/"]
    if len(slashes) != 1 or not 0 < slashes[0] < len(values.words) - 1:
        return region
    first = values.words[: slashes[0]]
    if not amounts:
        first = first[next((k for k, w in enumerate(first) if any(c.isdigit() for c in w.text)), len(first)) :]
    sides = make_region(hit.line, first), make_region(hit.line, values.words[slashes[0] + 1 :])
    # its own side an amount; the other side may be misread ("y2,00 € / 18,00 €"), but holds digits
    own = amounts_in(sides[side].text) if amounts else any(c.isdigit() for c in sides[side].text)
    if not own or not any(c.isdigit() for c in sides[1 - side].text):
        return region
    return sides[side]


def amounts_in(text: str) -> bool:
    """An amount opens `text` as a word of its own ("y2,00" is a misread, not 2,00)."""
    found = values.find_amounts(text.lstrip(" :"))
    return bool(found) and found[0].start == 0


_GLUED_SLASH = re.compile(r"/\s*(?:[nN][°º*oO]?\.?)?")  # "/", "/N°", "/N*": a slash, the next label's sign


def _slash_between(second: LabelHit, first: LabelHit, *, glued: bool = False) -> bool:
    """Only a slash between the end of `first` and the start of `second` on their line (`glued`: or a
    slash and the number sign of `second`, glued to `first`'s last word)."""
    between = "".join([first.tail, *(w.text for w in first.line.words[first.last_word + 1 : second.first_word])])
    return between.strip() == "/" or (glued and _GLUED_SLASH.fullmatch(between.strip()) is not None)


def word_in_box(word: Word, box: tuple[float, float, float, float]) -> bool:
    """The word overlaps the box (x0, y0, x1, y1) at all: a candidate's own word."""
    return word.x0 < box[2] and word.x1 > box[0] and word.y0 < box[3] and word.y1 > box[1]


def overlap_of(a0: float, a1: float, b0: float, b1: float) -> float:
    return max(0.0, min(a1, b1) - max(a0, b0))


def column_words(hit: LabelHit | HeadingBox, line: Line, slack: float) -> list[Word]:
    """Words of `line` that sit under the label (with a little horizontal slack), plus their run."""
    x0, x1 = hit.x0 - slack, hit.x1 + slack
    under = [i for i, w in enumerate(line.words) if overlap_of(w.x0, w.x1, x0, x1) > 0]
    if not under:
        return []
    first, last = under[0], under[-1]
    height = line.height
    while last + 1 < len(line.words) and line.words[last + 1].x0 - line.words[last].x1 < 1.2 * height:
        last += 1
    while first > 0 and line.words[first].x0 - line.words[first - 1].x1 < 0.6 * height:
        first -= 1
    return line.words[first : last + 1]


def lines_below(scan_: PageScan, index: int, limit: int) -> list[int]:
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


def is_table_header(hits: list[LabelHit], line: Line) -> bool:
    folded = fold(line.text)
    table_words = sum(1 for w in TABLE_WORDS if w in folded)
    amount_labels = sum(1 for h in hits if h.kind in AMOUNT_FIELDS)
    return table_words + amount_labels >= 2


def line_below(scan_: PageScan, index: int, gap: float = 1.0, words: list[Word] | None = None) -> Line | None:
    """The next line when it is on the same page, no more than `gap` line heights below line `index`;
    measured from `words` of that line, when given, rather than from the whole line (a label stuck
    askew has its frame's rule read as a tall word beside a name, reaching down to the next line)."""
    if index + 1 >= len(scan_.lines):
        return None
    line, other = scan_.lines[index], scan_.lines[index + 1]
    bottom, height = (max(w.y1 for w in words), max(w.y1 - w.y0 for w in words)) if words else (line.y1, line.height)
    if other.page != line.page or not 0 <= other.y0 - bottom <= gap * height:
        return None
    return other


def is_header_row(hits: list[LabelHit], line: Line) -> bool:
    """A row of column or box headings ("Nom du bénéficiaire  Prénom  Né(e) le  Immatriculation"):
    each label's value is printed under it, whatever words follow it on its own line."""
    if values.find_amounts(line.text) or values.find_dates(line.text):
        return False
    fields_ = {h.kind for h in hits if not h.kind.startswith("distractor:")}
    return len(fields_) >= 2 or is_table_header(hits, line)


def labelled(hits: list[LabelHit], words: list[Word], *, distractors: bool = False) -> bool:
    ids = {id(w) for w in words}
    return any(
        id(h.line.words[k]) in ids
        for h in hits
        if distractors or not h.kind.startswith("distractor:")
        for k in range(h.first_word, h.last_word + 1)
    )


def heading_cell(hit: LabelHit, hits: list[LabelHit]) -> LabelHit:
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
class HeadingBox:
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


RULE = re.compile(r"^[|¦│]+$")  # a table's vertical rule, read as a word


def without_rules(words: list[Word]) -> list[Word]:
    """A cell's words less the box rules read as "|" at its ends ("| Lyon, le 7 octobre 2025")."""
    start, end = 0, len(words)
    while start < end and RULE.match(words[start].text):
        start += 1
    while end > start and RULE.match(words[end - 1].text):
        end -= 1
    return words[start:end]


def cell_left(hit: LabelHit) -> float:
    """Where the heading's cell starts: its words run left while close, never over a vertical rule
    ("Prix TTC | AMO | Demandé AMC" printed close together)."""
    line = hit.line
    first = hit.first_word
    while (
        first > 0
        and line.words[first].x0 - line.words[first - 1].x1 < 1.0 * line.height
        and not RULE.match(line.words[first - 1].text)
    ):
        first -= 1
    return line.words[first].x0


def cell_right(hit: LabelHit) -> float:
    """Where the heading's cell ends: short of the next wide gap, or at a vertical rule."""
    line = hit.line
    for k in range(hit.last_word + 1, len(line.words)):
        if line.words[k].x0 - line.words[k - 1].x1 > 1.5 * line.height:
            return line.words[k].x0 - 1.0 * line.height  # with the slack, still short of the next heading
        if RULE.match(line.words[k].text):
            return line.words[k].x0 - 0.5 * line.height
    # the row's last heading: its column is as wide as the one before it (amounts right-aligned under
    # left-aligned headings end well right of the last heading's words)
    return max(hit.x1 + 8 * line.height, hit.x0 + _previous_pitch(hit) - 1.0 * line.height)


def _previous_pitch(hit: LabelHit) -> float:
    """How far left of this heading the heading before it starts, both after a wide gap; 0 when none."""
    line, first = hit.line, hit.first_word
    wide = 1.5 * line.height
    if first == 0 or line.words[first].x0 - line.words[first - 1].x1 <= wide or RULE.match(line.words[first - 1].text):
        return 0.0
    k = first - 1
    while k > 0 and line.words[k].x0 - line.words[k - 1].x1 <= wide and not RULE.match(line.words[k - 1].text):
        k -= 1
    return line.words[first].x0 - line.words[k].x0


CELL_GAP = 2.0  # a gap wider than this many line heights separates two cells of a line


def line_cells(line: Line) -> list[list[Word]]:
    """The line's words cut at wide gaps: "Facture N° 0425 ........ Nantes, le 04-03-25" is two cells."""
    cells: list[list[Word]] = []
    for word in line.words:
        if cells and word.x0 - cells[-1][-1].x1 <= CELL_GAP * line.height:
            cells[-1].append(word)
        else:
            cells.append([word])
    return cells


def cell_start(line: Line, x: float) -> float:
    """Left edge of the cell holding `x` on `line`: walk left over words closer than two text heights."""
    start = x
    for word in sorted((w for w in line.words if w.x1 <= x + 0.5), key=lambda w: -w.x1):
        if start - word.x1 > 2 * line.height:
            break
        start = word.x0
    return start
