"""Lines of words and the labels found on them, with boxes (the geometry extraction works on)."""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from intake.domain.model import PRACTITIONER_ID_FIELDS, Page, Word
from parsers.fields.first_names import is_first_name
from parsers.fields.labels import (
    CONCEPT_BLOCK,
    CONCEPT_KEYS,
    CONCEPT_WEIGHT,
    DATE_CONCEPT_CUES,
    DATE_CONCEPT_WEIGHT,
    LABELS,
    LABELS_BY_FIRST,
    MARKED_ONLY,
    OTHER_DATE,
    Label,
    allowed_edits,
    concept_of,
    date_concept_of,
    edit_distance,
    fold,
    misread_acronym,
    ss_as_read,
    token_distance,
    tokens,
)

_FEMININE_TAIL = re.compile(r"^\(?(?:e|s|es)\)", re.IGNORECASE)  # "ASSURE(E)"


@dataclass
class Token:
    text: str  # folded
    word: int  # index of the word in the line
    end_char: int  # where the token ends inside the word's raw text (approximate)
    misread: bool = False  # a doubted word standing for the acronym it misreads by one glyph (`misread_acronym`)


@dataclass
class Line:
    page: int
    index: int
    words: list[Word]
    source: str
    toks: list[Token] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def y0(self) -> float:
        return min(w.y0 for w in self.words)

    @property
    def y1(self) -> float:
        return max(w.y1 for w in self.words)

    @property
    def height(self) -> float:
        return max(1.0, self.y1 - self.y0)


@dataclass
class LabelHit:
    label: Label
    line: Line
    first_word: int
    last_word: int  # inclusive
    tail: str  # text of the last label word after the label (e.g. "RPPS:1000..." -> "1000...")
    quality: float  # 1.0 exact; lower for OCR-fuzzy matches

    @property
    def x0(self) -> float:
        return self.line.words[self.first_word].x0

    @property
    def x1(self) -> float:
        return self.line.words[self.last_word].x1

    @property
    def kind(self) -> str:
        return self.label.kind


def _word_tokens(word: Word, index: int) -> list[Token]:
    found: list[Token] = []
    raw = _bracket_as_c(word.text)
    acronym = misread_acronym(raw) if word.conf < DOUBTED_CONF else None
    if acronym is not None:
        return [Token(acronym, index, len(raw), misread=True)]
    if _LETTERED_REFERENCE.match(raw):
        return [Token(fold(raw), index, len(raw))]  # a value, no label word
    position = 0
    letters = ss_as_read(raw, keep_length=True)  # "N°S$S" read "no", "ss": they end where "N°SSS" would
    folded = fold(letters)
    for tok in tokens(raw):
        # find the end of this token in the raw text, roughly (folding keeps lengths for Latin text);
        # "(RPPS)": the token starts after the bracket
        at = folded.find(tok, position) if len(folded) == len(raw) else -1
        position = min(len(raw), (at if at >= 0 else position) + max(1, len(tok)))
        while (
            position < len(raw)
            and letters[position - 1 : position].isalnum()
            and letters[position].isalnum()
            and letters[position - 1].isdigit() == letters[position].isdigit()
        ):
            position += 1
        for part in _GLUED.get(tok, (tok,)) if tok not in _LABEL_WORDS else (tok,):
            found.append(Token(part, index, position))
    if len(found) == 1 and (acronym := _sign_lost(raw)):
        glyphs = len(raw.strip(".,:;")) > len(acronym) + 1  # "NOOAMC": the sign read, not only lost
        return [Token("no", index, 1, misread=glyphs), Token(acronym, index, found[0].end_char)]
    return found


# "Facture N25-8482": a capital N glued to digits, without a number sign, opens the reference itself
_LETTERED_REFERENCE = re.compile(r"^N\d+[\-/.]?\d")


# "NAMC 917636931": the number sign of "N°AMC" lost on a fax, its N glued to the acronym
_NUMBERED_ACRONYMS = {label.tokens[1] for label in LABELS if len(label.tokens) == 2 and label.tokens[0] == "no"}
# ... or read as one or two round glyphs glued between them ("NOOAMC", "NSAMC", "N0AMC"), before an
# acronym of three letters or more (an "O" or an "S" may start a two-letter one: "NOSS" is left alone)
_SIGN_READ = re.compile(r"^N[OS0Q°º]{1,2}(?=[A-Z]{3})")


def _sign_lost(raw: str) -> str:
    """The acronym of a capitals word that is "N", its number sign lost or read as round glyphs, then an
    acronym a label numbers ("NAMC", "NOOAMC" for "N°AMC"); "" for any other word.

    >>> _sign_lost("NAMC"), _sign_lost("NOOAMC"), _sign_lost("NSAMC"), _sign_lost("NOTE"), _sign_lost("NAM")
    ('amc', 'amc', 'amc', '', '')
    >>> _sign_lost("Namc"), _sign_lost("NOSS"), _sign_lost("NOAM"), _sign_lost("NOOSE")
    ('', '', '', '')
    """
    word = raw.strip(".,:;")
    if len(word) < 4 or not word.isupper() or word[0] != "N":
        return ""
    for acronym in (word[1:], _SIGN_READ.sub("", word)):
        if acronym.isalpha() and fold(acronym) in _NUMBERED_ACRONYMS:
            return fold(acronym)
    return ""


# "NECE)" for "NE(E)": a fax or a scan reads the opening bracket of a feminine mark as a "C" (or an "f":
# "néfe)", or a "ç": "néçe)", the bracket's foot read as a cedilla)
_BRACKET_READ_C = re.compile(r"^([^\W\d_]+)[cCfçÇ]((?:e|es|s)\))$", re.IGNORECASE)


def _bracket_as_c(raw: str) -> str:
    """A label word whose feminine mark's "(" was read as a "C" ("NECE)", "ASSURÉCE)"), with its bracket
    back ("NE(E)"); any other word as read.

    >>> _bracket_as_c("NECE)"), _bracket_as_c("Assuréce)"), _bracket_as_c("FACE)"), _bracket_as_c("NE(E)")
    ('NE(E)', 'Assuré(e)', 'FACE)', 'NE(E)')
    >>> _bracket_as_c("néfe)"), _bracket_as_c("néçe)")
    ('né(e)', 'né(e)')
    """
    match = _BRACKET_READ_C.match(raw)
    if match is None or not set(tokens(match.group(1))) <= _LABEL_WORDS:
        return raw
    return f"{match.group(1)}({match.group(2)}"


NOISE_CONF = 0.3
# a word Tesseract did not read surely (doubts.SURE_WORD): it may be a misread acronym. A fine fax reads an
# RPPS label's P as an E or an F ("N° REPS", "N° RPFS") at 0.63-0.65, over the poor reads' 0.6: the number
# under such a label is still an RPPS only when it passes the key (`labels.misread_acronym`)
DOUBTED_CONF = 0.9
_LABEL_WORDS = {token for label in LABELS for token in label.tokens}
GLUED_MIN = 5  # letters: "Noam" is a first name, not "N° AM" glued
# A label of several words printed or read without its spaces ("Faitle 3/4/25", "PartRC"): its words.
_GLUED = {
    "".join(label.tokens): label.tokens
    for label in LABELS
    if len(label.tokens) >= 2 and len("".join(label.tokens)) >= GLUED_MIN and all(t.isalpha() for t in label.tokens)
}


def _ocr_noise(word: Word, source: str, text_height: float = 0.0) -> bool:
    """A digit-free OCR word Tesseract barely believes: specks, dot leaders or table rules read as
    letters ("nn", "LIR", "SES"). Left in, they split a label from its words or from its value. So is
    one far lower than the page's words (`text_height`, their median height), whatever its confidence
    (`_flat`)."""
    if source != "ocr" or any(c.isdigit() for c in word.text):
        return False
    if _flat(word, text_height):
        return True
    if word.conf >= NOISE_CONF:
        return False
    # "Née)" with its "(" lost is still a label word
    if misread_acronym(word.text) is not None:
        return False  # "HPPS": a misread "RPPS", not a speck
    if _leader_letters(word):
        return True
    return sum(c.isalnum() for c in word.text) <= 4 and not any(_label_word(t) for t in tokens(word.text))


def _label_word(token: str) -> bool:
    """A word of a label, or one with its "m" read as "rn" ("Norn, prénom"; `fax_glyph`).

    >>> _label_word("nom"), _label_word("norn"), _label_word("rn")
    (True, True, False)
    """
    if token in _LABEL_WORDS:
        return True
    mended = token.replace("rn", "m", 1)
    return len(mended) >= 3 and mended != token and fax_glyph(token, mended) and mended in _LABEL_WORDS


FLAT = 0.3  # of the page's text height: a word no higher is a line of dots, not letters


def _flat(word: Word, text_height: float) -> bool:
    """Letters far lower than the page's words (under `FLAT` of their median height `text_height`) and
    wider than high: a dot leader a fax spelled out as letters, 5 pixels high for the page's 30 ("Montant
    total des honoraires ss... ss. ss...", "de" 215 pixels wide). A dash has no letter; a word with its
    leader glued ("total...") keeps its letters' height."""
    height = word.y1 - word.y0
    return (
        any(c.isalpha() for c in word.text)
        and height < FLAT * text_height
        and word.x1 - word.x0 > height
    )


def median_height(words: list[Word]) -> float:
    """The median height of `words` (0 when none)."""
    heights = sorted(w.y1 - w.y0 for w in words)
    return heights[len(heights) // 2] if heights else 0.0


LEADER_CONF = 0.05  # Tesseract's confidence in a dot leader it spelled out as letters: none
LEADER_LETTERS = 5  # "ressesinseesenreseeer": the dots read as a few letters, over and over


def _leader_letters(word: Word) -> bool:
    """A dotted leader ("Enfant ........ BRETON Sylvie") a fax spelled as a long run of a few lower-case
    letters ("ressesinseesenreseeer") Tesseract has no confidence in: no word, a speck."""
    text = word.text
    distinct = set(text)
    return (
        word.conf < LEADER_CONF
        and text.isalpha()
        and text.islower()
        and len(distinct) <= LEADER_LETTERS
        and len(text) >= 2 * len(distinct)
    )


def build_lines(pages: list[Page]) -> list[Line]:
    """Group each page's words by `Word.line`, sorted left to right; lines in reading order. A text
    layer's band set on its side along an edge is read turned upright (`side_band`), and so is an OCR page's
    (`read_band`)."""
    lines: list[Line] = []
    for page in pages:
        band = side_band(page) if page.source == "text" else read_band(page)
        banded = {id(w) for line in band for w in line.words_read}
        grouped: dict[int, list[Word]] = {}
        text_height = median_height(page.words)
        for word in page.words:
            if id(word) in banded:
                continue
            if word.text.strip() and not _ocr_noise(word, page.source, text_height):
                grouped.setdefault(word.line, []).append(word)
        page_lines = _grouped_lines(page, grouped)
        for turned in band:
            at = next((i for i, line in enumerate(page_lines) if line.y0 > turned.line.y0), len(page_lines))
            page_lines.insert(at, turned.line)
        lines.extend(page_lines)
    return lines


def _grouped_lines(page: Page, grouped: dict[int, list[Word]]) -> list[Line]:
    lines: list[Line] = []
    for number, grouped_words in sorted(grouped.items()):
        rows = split_stacked(grouped_words) if page.source == "ocr" else [grouped_words]
        for words in rows:
            words.sort(key=lambda w: w.x0)
            if page.source == "ocr":
                words = _rejoin_split_day(_rejoin_split_capitals(words))
            lines.append(_line(page.number, number, words, page.source))
    return lines


def _line(page: int, number: int, words: list[Word], source: str) -> Line:
    line = Line(page, number, words, source)
    for i, word in enumerate(words):
        line.toks.extend(_word_tokens(word, i))
    return line


@dataclass
class TurnedLine:
    line: Line  # its words turned upright: boxes in the band's own frame, text in reading order
    words_read: list[Word]  # the page's words it was made of


BAND_WORDS = 2  # words of three letters or more standing on end that make a column a band
_ON_END = 1.5  # a word standing on end: this many times taller than wide


def side_band(page: Page) -> list[TurnedLine]:
    """A text layer's lines set on their side along an edge ("Sylvie COUSIN — Sage-femme · RPPS
    10262738825" up the left margin): each column of words standing on end (the same left and right
    edges, BAND_WORDS of them taller than wide) read as one line, turned upright. A line turned a
    quarter to the left reads upwards, its letters listed top down, so backwards; a quarter to the
    right reads downwards: the way whose words make more labels wins, upwards on a tie. Turned upright,
    a column's left edge is its line's top: a band on the left margin heads the page, as a letterhead."""
    columns: dict[tuple[int, int], list[Word]] = {}
    for word in page.words:
        if word.text.strip():
            columns.setdefault((round(word.x0), round(word.x1)), []).append(word)
    band = [words for words in columns.values() if sum(_on_end(w) for w in words) >= BAND_WORDS]
    if not band:
        return []
    up = [_turned(page, words, upwards=True) for words in band]
    down = [_turned(page, words, upwards=False) for words in band]
    hits = [sum(len(find_labels(t.line)) for t in way) for way in (up, down)]
    return down if hits[1] > hits[0] else up


def _on_end(word: Word) -> bool:
    return len(word.text.strip()) >= 3 and word.y1 - word.y0 > _ON_END * (word.x1 - word.x0)


BAND_EDGE = 0.2  # an OCR page's band lies in this share of the page's width from its left or right edge


def read_band(page: Page) -> list[TurnedLine]:
    """An OCR page's lines set on their side along an edge, as `side_band` reads a text layer's: the OCR
    reads each word standing on end upright ("RPPS", "10262738825" up the left margin of a sage-femme's
    note, set 26 l109), but lists each as a line of its own, the label apart from its number. A column
    of words standing on end (their boxes overlapping across, BAND_WORDS of them with three letters or
    digits or more) in the outer fifth of the page's width (`BAND_EDGE`), with the shorter words inside
    its edges ("N°", "42"), is read as one line, turned upright; the words keep their text (the OCR read
    them upright), the way is chosen as for a text layer, and the band is kept only when it holds a label
    (a sender's fax header printed on end, read as glyphs upside down, "GZOZ/80/TT", holds none: set 13
    y108). A page read sideways as a whole is no band: its columns of words on end fill the page, not its
    edge.

    >>> words = [Word("10262738825", 227, 1976, 258, 2197, 0.92, 20), Word("RPPS", 229, 2211, 258, 2289, 0.91, 21),
    ...          Word("AM", 228, 1855, 255, 1903, 0.96, 19), Word("N°", 229, 1911, 256, 1947, 0.96, 19),
    ...          Word("29548152", 226, 1682, 256, 1844, 0.92, 18), Word("Note", 498, 282, 600, 334, 0.96, 1)]
    >>> [line.line.text for line in read_band(Page(1, 2541, 3426, words, "ocr"))]
    ['RPPS 10262738825 N° AM 29548152']
    """
    words = [w for w in page.words if w.text.strip()]
    columns: list[list[Word]] = []
    for word in sorted((w for w in words if _on_end(w) and sum(c.isalnum() for c in w.text) >= 3), key=lambda w: w.x0):
        column = next((c for c in columns if _across_overlap(c, word)), None)
        if column is None:
            columns.append([word])
        else:
            column.append(word)
    band: list[list[Word]] = []
    for column in columns:
        left, right = min(w.x0 for w in column), max(w.x1 for w in column)
        if len(column) < BAND_WORDS or not (right <= BAND_EDGE * page.width or left >= (1 - BAND_EDGE) * page.width):
            continue
        top, bottom, slack = min(w.y0 for w in column), max(w.y1 for w in column), (right - left) / 2
        band.append([
            w for w in words if w.x0 >= left - slack and w.x1 <= right + slack and top - slack <= w.y0 <= bottom + slack
        ])
    if not band:
        return []
    up = [_turned(page, words, upwards=True, spelled=False) for words in band]
    down = [_turned(page, words, upwards=False) for words in band]
    hits = [sum(len(find_labels(t.line)) for t in way) for way in (up, down)]
    if not max(hits):
        return []  # no label read either way: a fax header printed on end, glyphs the OCR could not turn
    return down if hits[1] > hits[0] else up


def _across_overlap(column: list[Word], word: Word) -> bool:
    """The word overlaps the column across by half the narrower width or more."""
    left, right = min(w.x0 for w in column), max(w.x1 for w in column)
    return min(right, word.x1) - max(left, word.x0) >= min(right - left, word.x1 - word.x0) / 2


def _turned(page: Page, words: list[Word], *, upwards: bool, spelled: bool = True) -> TurnedLine:
    """The column's words turned upright, in the frame of a page turned so the band reads across; a text
    layer lists an upward word's letters backwards (`spelled`), the OCR reads them upright."""
    if upwards:  # the page turned a quarter to the right: its bottom edge is the band's left
        turned = [
            Word(
                w.text[::-1] if spelled else w.text, page.height - w.y1, w.x0, page.height - w.y0, w.x1, w.conf, w.line
            )
            for w in words
        ]
    else:  # turned a quarter to the left: its top edge is the band's left
        turned = [Word(w.text, w.y0, page.width - w.x1, w.y1, page.width - w.x0, w.conf, w.line) for w in words]
    turned.sort(key=lambda w: w.x0)
    return TurnedLine(_line(page.number, min(w.line for w in words), turned, page.source), words)


SPLIT_GAP = 0.2  # of the text height: far narrower than a space, a gap inside a word


def _rejoin_split_capitals(words: list[Word]) -> list[Word]:
    """ "N° AM C 57412057", "D EMANDE", "P rescription": OCR cuts a word after its first capital or a
    capitals word before its last letter at a kerning gap. A lone capital letter glued to the capitals
    after or before it, or to the lower-case word after it (a gap far narrower than a space), is part of
    that word."""
    return _glued(words, lambda previous, word: (
        (
            ((_lone_capital(word) and _capitals(previous)) or (_lone_capital(previous) and _capitals(word)))
            and word.x0 - previous.x1 < SPLIT_GAP * max(1.0, word.y1 - word.y0)
        )
        or (
            _lone_capital(previous)
            and previous.text not in _ONE_LETTER_WORDS
            and _lower_word(word)
            and word.x0 - previous.x1 < TOUCHING_GAP * max(1.0, word.y1 - word.y0)
        )
    ))


TOUCHING_GAP = 0.1  # of the text height: the capital's box all but touches the rest of its word
_ONE_LETTER_WORDS = {"A", "À", "Y", "O"}  # "À régler", "A reporter": a word of its own before the next


def _lower_word(word: Word) -> bool:
    """A word of three lower-case letters or more ("rescription" after its cut-off "P")."""
    return len(word.text) >= 3 and word.text.isalpha() and word.text.islower()


def _glued(words: list[Word], belong: Callable[[Word, Word], bool]) -> list[Word]:
    """`words` with each word that `belong(previous, word)` says is the rest of the word before it glued
    onto that word (one box, the lower confidence)."""
    joined: list[Word] = []
    for word in words:
        previous = joined[-1] if joined else None
        if previous is not None and belong(previous, word):
            joined[-1] = Word(
                previous.text + word.text, previous.x0, min(previous.y0, word.y0), word.x1,
                max(previous.y1, word.y1), min(previous.conf, word.conf), previous.line,
            )
            continue
        joined.append(word)
    return joined


_ONE_DIGIT_DAY = re.compile(r"\d[/.]\d{1,2}[/.]\d{2,4}[.,;]?")
DAY_GAP = 0.3  # of the text height: under a space's width, the two digits of one day


def _rejoin_split_day(words: list[Word]) -> list[Word]:
    """ "1 1/07/2025" for 11/07/2025: OCR cuts a date after the first digit of its day at a fax's blurred
    gap, and the date left reads a day of one digit. A lone digit glued to such a date (a gap narrower
    than a space; a row's number stands a column apart, "2   12/9/2025") is the day's first digit."""
    return _glued(words, lambda previous, word: (
        len(previous.text) == 1
        and previous.text.isdigit()
        and _ONE_DIGIT_DAY.fullmatch(word.text) is not None
        and word.x0 - previous.x1 < DAY_GAP * max(1.0, word.y1 - word.y0, previous.y1 - previous.y0)
    ))


def _lone_capital(word: Word) -> bool:
    return len(word.text) == 1 and word.text.isupper()


def _capitals(word: Word) -> bool:
    return word.text.isalpha() and word.text.isupper()


def _same_row(a: Word, b: Word) -> bool:
    overlap = min(a.y1, b.y1) - max(a.y0, b.y0)
    return overlap >= 0.5 * min(a.y1 - a.y0, b.y1 - b.y0)


TALL_WORD = 1.4  # of the line's median word height: a word of a bigger font (a name, a title)


def split_stacked(words: list[Word]) -> list[list[Word]]:
    """Tesseract may join into one line a big title and two small rows printed beside it ("Facture
    d'honoraires" left of "Facture n° ..." over "Date d'émission ..."). Words chained by vertical
    overlap make the rows; the line is split only when two rows sit one above the other over the same
    stretch of the page (a skewed line drifts sideways, its pieces never stack). The words of a bigger
    font may reach over both small rows and chain them: they are left out of the chaining, then join
    the one row they overlap most, or make a row of their own."""
    median = median_height(words)
    tall = [w for w in words if w.y1 - w.y0 >= TALL_WORD * median]
    rows = _chain([w for w in words if w not in tall] or words)
    if len(rows) < 2 or not _stacked(rows):
        rows = _chain(words)
        if len(rows) < 2 or not _stacked(rows):
            return [words]
        return sorted(rows, key=lambda row: min(w.y0 for w in row))
    alone: list[Word] = []
    for word in tall if len(tall) < len(words) else []:
        joined = [row for row in rows if any(_same_row(word, other) for other in row)]
        if not joined:
            alone.append(word)
            continue
        # the row it overlaps most, never two: a big word reaching over two rows chains neither
        max(joined, key=lambda row: max(min(word.y1, w.y1) - max(word.y0, w.y0) for w in row)).append(word)
    rows.extend(_chain(alone))
    return sorted(rows, key=lambda row: min(w.y0 for w in row))


def _chain(words: list[Word]) -> list[list[Word]]:
    """Rows of words chained by vertical overlap."""
    rows: list[list[Word]] = []
    for word in sorted(words, key=lambda w: w.x0):
        joined = [row for row in rows if any(_same_row(word, other) for other in row)]
        if not joined:
            rows.append([word])
            continue
        first = joined[0]
        first.append(word)
        for row in joined[1:]:
            first.extend(row)
            rows.remove(row)
    return rows


def _stacked(rows: list[list[Word]]) -> bool:
    """Two rows of two real words or more (specks, rules and stray marks do not count) that overlap
    horizontally."""
    real = [[w for w in row if sum(c.isalnum() for c in w.text) >= 2] for row in rows]
    spans = [(min(w.x0 for w in row), max(w.x1 for w in row)) for row in real if len(row) >= 2]
    return any(min(a[1], b[1]) - max(a[0], b[0]) > 0 for i, a in enumerate(spans) for b in spans[i + 1 :])


def _match_at(toks: list[Token], start: int, label: Label, *, ocr: bool = False) -> int | None:
    """Total edits if `label` matches the tokens from `start`, else None. On an OCR line, a long word
    may have more of its letters read as their look-alikes (`look_alike_distance`)."""
    if start + len(label.tokens) > len(toks):
        return None
    edits = 0
    short_glyphs = 0
    wide = False  # a swap only `WIDE_GLYPHS` forgives, or two in one word: `_rest_read_exactly` decides
    acronym = False  # an acronym's "M" read as an "N": every other word must be read exactly
    for offset, wanted in enumerate(label.tokens):
        seen = toks[start + offset]
        distance = token_distance(seen.text, wanted)
        if distance is None and ocr and not offset and _sign_read(toks, start, label):
            distance = 1
        if distance is None and fax_glyph(seen.text, wanted):
            distance, short_glyphs = 1, short_glyphs + 1
        if distance is None and ocr and offset and not seen.misread:
            distance = look_alike_distance(seen.text, wanted)
        if distance is None and ocr and not seen.misread and fax_glyph_long(seen.text, wanted):
            distance = 2
        if distance is None and offset and wanted == "le" and seen.text == "ie":
            distance = 1  # "Née) ie :": the "l" of a label's closing "le" read as an "i" (as after a place)
        if distance is None and ocr and not seen.misread and (swaps := glyph_swaps(seen.text, wanted)):
            distance, short_glyphs, wide = swaps, short_glyphs + swaps, True
        if distance is None and ocr and offset and acronym_m_as_n(seen.text, wanted):
            distance, acronym = 1, True
        if distance is None or (seen.misread and distance):
            return None
        edits += distance + int(seen.misread)  # a misread acronym counts its wrong glyph
    if acronym and edits > 1:
        return None
    if wide or short_glyphs > 1:
        if not ocr or not _rest_read_exactly(toks, start, label, short_glyphs):
            return None
    elif short_glyphs and not _long_word_read(toks, start, label) and not _all_others_read(toks, start, label):
        return None
    return edits


# A short label word a fax read with one glyph for its look-alike ("Dote d'entrée", "Date ot service",
# "Ident. FS"): `token_distance` forgives a word under five letters no edit, so it is forgiven one such
# swap only in a label whose long word is read (one short word per label, never a label of one word).
# b/d/p ("pate des soins"), c/e and r/t ("Datc de la facture", "Dare de la visite"), and the "°" of "N°"
# read as an "e" ("Ne de facture")
FAX_GLYPHS = {frozenset(pair) for pair in ("ao", "ft", "fp", "bd", "pd", "eo", "ce", "rt")}
SHORT_WORD = 5  # letters: under `allowed_edits`' first forgiven length


def fax_glyph(seen: str, wanted: str) -> bool:
    """`seen` is the short word `wanted` with one letter read as its fax look-alike.

    >>> fax_glyph("dote", "date"), fax_glyph("ot", "of"), fax_glyph("fs", "ps"), fax_glyph("dore", "date")
    (True, True, True, False)
    >>> fax_glyph("norn", "nom"), fax_glyph("norn", "non"), fax_glyph("rnr", "mr")
    (True, False, True)
    """
    if not 2 <= len(wanted) < SHORT_WORD or not seen.isalpha():
        return False
    if len(seen) == len(wanted) + 1 and "rn" in seen and "rn" not in wanted:
        return seen.replace("rn", "m", 1) == wanted  # "Norn, prénom": an "m" read as "rn"
    if len(seen) != len(wanted):
        return False
    swaps = [frozenset((a, b)) for a, b in zip(seen, wanted, strict=True) if a != b]
    return len(swaps) == 1 and swaps[0] in FAX_GLYPHS


# A long label word a fax read with one letter for its `FAX_GLYPHS` look-alike and one more edit
# ("FATIEN(" for "PATIENT": a small-capitals P read as an F, its last T lost): `token_distance` forgives a
# word of 5 to 8 letters one edit only; the look-alike is the likelier misreading, so it counts as the
# word's one forgiven edit plus one
LONG_FAX_WORD = 7  # letters


def fax_glyph_long(seen: str, wanted: str) -> bool:
    """`seen` is the long word `wanted` with one letter read as its fax look-alike and at most one more
    edit.

    >>> fax_glyph_long("fatien", "patient"), fax_glyph_long("tacture", "facture")
    (True, True)
    >>> fax_glyph_long("patron", "patient"), fax_glyph_long("fatigue", "patient"), fax_glyph_long("fate", "date")
    (False, False, False)
    """
    if len(wanted) < LONG_FAX_WORD or not seen.isalpha() or abs(len(seen) - len(wanted)) > 1:
        return False
    for i, (a, b) in enumerate(zip(seen, wanted, strict=False)):
        if a != b and frozenset((a, b)) in FAX_GLYPHS:
            mended = seen[:i] + b + seen[i + 1 :]
            if edit_distance(mended, wanted, 1) <= 1:
                return True
    return False


# More look-alikes of fax and photo OCR in a short word: the round letters a/o/e/s ("Dste des soins"),
# the thin strokes l/i/t, and r/t ("Dore de la séance", two swaps). Forgiven only on an OCR line, in a
# label whose long words and two words or more are read exactly (`_rest_read_exactly`): those words
# already name it, and the short word only has to keep the length and the shape of its letters
WIDE_GLYPHS = FAX_GLYPHS | {frozenset(pair) for pair in ("ae", "as", "os", "es", "li", "lt", "it")}
WIDE_SWAPS = 2  # in one label, all its short words together


def glyph_swaps(seen: str, wanted: str) -> int:
    """How many letters of the short word `wanted` `seen` reads as their `WIDE_GLYPHS` look-alikes
    (at most `WIDE_SWAPS`, every other letter right); 0 when it is another word.

    >>> glyph_swaps("dste", "date"), glyph_swaps("dore", "date"), glyph_swaps("lo", "la")
    (1, 2, 1)
    >>> glyph_swaps("nom", "non"), glyph_swaps("dose", "date"), glyph_swaps("code", "date")
    (0, 0, 0)
    """
    if len(seen) != len(wanted) or not 2 <= len(wanted) < SHORT_WORD or not seen.isalpha():
        return 0
    swaps = [frozenset((a, b)) for a, b in zip(seen, wanted, strict=True) if a != b]
    if len(swaps) > WIDE_SWAPS or not all(pair in WIDE_GLYPHS for pair in swaps):
        return 0
    return len(swaps)


def _rest_read_exactly(toks: list[Token], start: int, label: Label, swaps: int) -> bool:
    """A label with a long word, all its long words and two of its words or more read exactly, and at
    most `WIDE_SWAPS` look-alike letters in its short words ("Dote de lo demande", not "Dote ot service")."""
    exact = [toks[start + offset].text == wanted for offset, wanted in enumerate(label.tokens)]
    longs = [exact[offset] for offset, wanted in enumerate(label.tokens) if len(wanted) >= SHORT_WORD]
    return bool(longs) and all(longs) and sum(exact) >= 2 and swaps <= WIDE_SWAPS


# Letters a fax or a poor scan reads for one another in a word's body: "mutuclic" for "mutuelle",
# "soctalr" for "sociale" ("c"/"e", "i"/"l"/"t")
_LOOK_ALIKES = str.maketrans("cit", "ell")


def look_alike_distance(seen: str, wanted: str) -> int | None:
    """Edits between a seen word and a label's long word (not its first: the label's start is read) once
    look-alike letters count as one: as many as `token_distance` forgives the word at most, the
    look-alikes and the other edits together; None when they are more, or the word is short.

    >>> look_alike_distance("mutuclic", "mutuelle"), look_alike_distance("soctalr", "sociale")
    (1, 1)
    >>> look_alike_distance("mutuel", "mutuelle"), look_alike_distance("datc", "date")
    (None, None)
    """
    allowed = allowed_edits(wanted)
    if len(wanted) < SHORT_WORD or len(seen) != len(wanted) or not seen.isalpha():
        return None
    if edit_distance(seen.translate(_LOOK_ALIKES), wanted.translate(_LOOK_ALIKES), allowed) > allowed:
        return None
    return allowed


# "NQ AMC", "NS AMC", "Ne AMC": the number sign of "N°" read as a round glyph, before an acronym of three
# capitals or more that a label numbers ("N° AMC", "N° RPPS"); the acronym, read exactly, names the field
_SIGN_GLYPH_READS = ("nq", "ns", "ne")
_SIGNED_ACRONYMS = {
    label.tokens[1]
    for label in LABELS
    if len(label.tokens) == 2 and label.tokens[0] == "no" and len(label.tokens[1]) >= 3 and label.text.isupper()
}


def _sign_read(toks: list[Token], start: int, label: Label) -> bool:
    """The "N°" opening a two-word `label` read as "N" and a round glyph, its acronym read exactly."""
    return (
        toks[start].text in _SIGN_GLYPH_READS
        and len(label.tokens) == 2
        and label.tokens[1] in _SIGNED_ACRONYMS
        and toks[start + 1].text == label.tokens[1]
        and toks[start + 1].word != toks[start].word
    )


# "Part ANC", "Part AnC" for "Part AMC": a fax reads the M of an acronym a label spells in capitals as an N.
# Forgiven after a label's first word, every other word read exactly (no two of these acronyms differ
# by an M and an N alone: `tests/test_fields_fax_label_glyphs.py` checks it)
CAPITAL_ACRONYMS = {
    token for label in LABELS for token in label.tokens if token.upper() in re.findall(r"[A-Z]{3,}", label.text)
}


def acronym_m_as_n(seen: str, wanted: str) -> bool:
    """`seen` is the capitals acronym `wanted` with one "m" read as an "n".

    >>> acronym_m_as_n("anc", "amc"), acronym_m_as_n("ano", "amo"), acronym_m_as_n("amo", "amc")
    (True, True, False)
    """
    if wanted not in CAPITAL_ACRONYMS or len(seen) != len(wanted):
        return False
    swaps = [(a, b) for a, b in zip(seen, wanted, strict=True) if a != b]
    return swaps == [("n", "m")]


def _all_others_read(toks: list[Token], start: int, label: Label) -> bool:
    """A label of three words or more, every word but one read exactly ("N° de nore" for "N° de note")."""
    exact = sum(toks[start + offset].text == wanted for offset, wanted in enumerate(label.tokens))
    return len(label.tokens) >= 3 and exact == len(label.tokens) - 1


def _long_word_read(toks: list[Token], start: int, label: Label) -> bool:
    """A word of the label of five letters or more read within its forgiven edits."""
    return any(
        len(wanted) >= SHORT_WORD and token_distance(toks[start + offset].text, wanted) is not None
        for offset, wanted in enumerate(label.tokens)
    )


@functools.cache
def _fax_misread_firsts(token: str) -> list[Label]:
    """Labels whose short first word `token` misreads by one fax glyph ("dote" for "date"), or, for a label
    of three words or more, by `glyph_swaps` ("dste", "dore" for "date": `_rest_read_exactly` decides)."""
    if not 2 <= len(token) < SHORT_WORD:
        return []
    return [
        label
        for first, labels in LABELS_BY_FIRST.items()
        for label in labels
        if fax_glyph(token, first) or (len(label.tokens) >= 3 and glyph_swaps(token, first))
    ]


# A short first word of a date label a fax garbled by one edit of any kind ("\\ée le", "\\Xée le", "Neét(e) le"
# for "Née le": the capital's strokes read as a backslash or a stray glyph): `token_distance` forgives a word
# under five letters nothing, so it is forgiven one edit only on an OCR line, in a date field's label whose
# every other word is read exactly, the word keeps the label word's accented letter, and only where a date
# follows the label at once: the value's form checks the label. Its quality (one edit in a short label)
# keeps the value under auto-acceptance unless a key checks it.
_DATE_FIELDS = {"patient_birth_date", "invoice_date"}
_DATE_AFTER = re.compile(r"^\d{1,2}[./,-]\d{1,2}[./,-]\d{2,4}")


@functools.cache
def _garbled_date_firsts(token: str) -> list[Label]:
    """Date-field labels of two words or more whose short first word `token` misreads by one edit."""
    if not 2 <= len(token) < SHORT_WORD or not token.isalpha():
        return []
    return [
        label
        for first, labels in LABELS_BY_FIRST.items()
        if 3 <= len(first) < SHORT_WORD and edit_distance(token, first, 1) == 1
        for label in labels
        if label.kind in _DATE_FIELDS and len(label.tokens) >= 2
    ]


def _garbled_date_label(line: Line, start: int, label: Label) -> bool:
    """`label` read from `start` with its short first word garbled (`_garbled_date_firsts`), its other words
    exact, a date right after it."""
    toks = line.toks
    end = start + len(label.tokens)
    if line.source != "ocr" or end > len(toks) or label not in _garbled_date_firsts(toks[start].text):
        return False
    if any(toks[start + k].text != wanted for k, wanted in enumerate(label.tokens) if k):
        return False
    # the garbled word keeps the accented letter of the label's word ("\\ée", not "des EE le 03/07/2025")
    accents = {c for c in label.text.split()[0].lower() if c.isalpha() and not c.isascii()}
    if not accents or not accents <= set(line.words[toks[start].word].text.lower()):
        return False
    last = toks[end - 1]
    rest = line.words[last.word].text[last.end_char :].lstrip(" :.")
    if not rest and last.word + 1 < len(line.words):
        rest = line.words[last.word + 1].text
    return bool(_DATE_AFTER.match(rest))


def _candidates_for(token: str) -> list[Label]:
    exact = LABELS_BY_FIRST.get(token, []) + _fax_misread_firsts(token)
    exact += [label for label in _garbled_date_firsts(token) if label not in exact]
    if token in _SIGN_GLYPH_READS:
        exact += [label for label in LABELS_BY_FIRST["no"] if label not in exact]
    if len(token) < 4:
        return exact
    fuzzy = [
        label
        for label in LABELS
        if len(label.tokens[0]) >= 5 and abs(len(label.tokens[0]) - len(token)) <= 2 and label not in exact
    ]
    return exact + fuzzy


WEAK_LABEL = 0.6
LOST_WORD_QUALITY = 0.75  # a label with one of its words lost: as a label read with an edit or two


def _longer_inside(line: Line, start: int, count: int, outer: Label) -> bool:
    """An exact label starting inside the match at `start` that has more words and reaches further, or
    as many words and names the same field ("Mutuelle / N° AMC": "N° AMC", not "Mutuelle n°")."""
    toks = line.toks
    for inner in range(start + 1, start + count):
        for label in LABELS_BY_FIRST.get(toks[inner].text, []):
            # the same field's "N° ..." wording taking the outer label's trailing number word
            same = len(label.tokens) == count and label.kind == outer.kind and toks[inner].text == "no"
            longer = len(label.tokens) > count or same
            if (
                longer
                and inner + len(label.tokens) > start + count
                and _match_at(toks, inner, label) == 0
                and not _across_cells(line, inner, len(label.tokens))
            ):
                return True
    return False


LABEL_GAP = 2.5  # line heights: a wider gap between two words of a label is a gap between two cells


def _across_cells(line: Line, start: int, count: int) -> bool:
    """A match whose words are split by a wide gap where another exact label starts: two cells'
    labels, not one ("FACTURE      N° 0235", spaced out, is still one)."""
    words, toks = line.words, line.toks
    for k in range(start + 1, start + count):
        before, after = words[toks[k - 1].word], words[toks[k].word]
        if after.x0 - before.x1 <= LABEL_GAP * line.height:
            continue
        if any(_match_at(toks, k, label) == 0 for label in LABELS_BY_FIRST.get(toks[k].text, [])):
            return True
    return False


def find_labels(line: Line) -> list[LabelHit]:
    """Labels on a line, left to right, longest match first at each position, no overlaps."""
    hits: list[LabelHit] = []
    i = 0
    toks = line.toks
    while i < len(toks):
        best: tuple[int, float, Label] | None = None
        inside_word = i > 0 and toks[i - 1].word == toks[i].word
        for label in _candidates_for(toks[i].text):
            edits = _match_at(toks, i, label, ocr=line.source == "ocr")
            if edits is None and _garbled_date_label(line, i, label):
                edits = 1
            if edits is None or (edits and inside_word):
                continue  # "Jean-François" is not a misread "Franchise": a guessed label starts a word
            if edits and _first_name_word(line, toks, i, len(label.tokens)):
                continue  # "GAILLARD François" is a patient's first name, not a misread "Franchise"
            if edits and _word_of_its_own(toks, i, label):
                continue  # "CENTRE HOSPITALIER DE NICE" is an establishment, not a misread "Hospitalisé(e)"
            if _across_cells(line, i, len(label.tokens)):
                continue  # "Organisme complémentaire | N° AMC": two headings, not "Organisme complémentaire n°"
            length = sum(len(t) for t in label.tokens)
            quality = max(0.5, 1.0 - 1.5 * edits / max(1, length))
            key = (len(label.tokens), quality, label)
            if best is None or (key[0], key[1]) > (best[0], best[1]):
                best = key
        if best is None:
            i += 1
            continue
        count, quality, label = best
        if _longer_inside(line, i, count, label):
            i += 1  # "FACTURE N° de pièce": the longer "N° de pièce" starting inside wins
            continue
        last = toks[i + count - 1]
        word = line.words[last.word]
        if label.text in MARKED_ONLY and not _feminine_marked(line, toks[i].word, last.word, last.end_char):
            i += count  # "Avis ponctuel de consultant": the bare word, no label
            continue
        tail = _kind_word_tail(label, _FEMININE_TAIL.sub("", word.text[last.end_char :]))
        hits.append(LabelHit(label, line, toks[i].word, last.word, tail, quality))
        i += count
    hits = _share_amounts(line, [_amount_role(line, h, hits) for h in _drop_inside_values(_drop_owners(hits))])
    hits = _without_prescription(line, hits)
    # a weak one-word label ("Montant") may open a longer wording naming another field by its concept
    # words ("Montant remboursé par l'Assurance Maladie"): the concept reading wins
    weak = [h for h in hits if h.label.weight <= WEAK_LABEL and h.first_word == h.last_word]
    strong = [h for h in hits if h not in weak]
    concepts = _concept_hits(line, [h for h in strong if not _place_of_care(line, h)])
    strong = [h for h in strong if not any(c.first_word <= h.first_word <= c.last_word for c in concepts)]
    for concept in concepts:
        inside = [h for h in weak if concept.first_word <= h.first_word <= concept.last_word]
        if inside and all(h.kind != concept.kind for h in inside):
            weak = [h for h in weak if h not in inside]
    kept = strong + weak
    concepts = [c for c in concepts if not any(c.first_word <= h.first_word <= c.last_word for h in weak)]
    # "Total général TTC": a concept word right after an exact wording of the same field finishes it
    concepts = [c for c in concepts if not any(h.kind == c.kind and h.last_word + 1 == c.first_word for h in kept)]
    found = [_name_lost_before(line, h) for h in kept + concepts if not _bill_name(line, h)]
    return sorted([*found, *_number_heading(line, found)], key=lambda h: h.first_word)


_NEGATIONS = {"sans", "hors"}


def _without_prescription(line: Line, hits: list[LabelHit]) -> list[LabelHit]:
    """ "Délivrance SANS ORDONNANCE le 14/03/2025": a pharmacist's delivery under a protocol, no doctor's
    prescription; "sans ordonnance" qualifies the delivery, it names no prescription whose date would
    follow. The care label runs on over the two words, and the date after them is the delivery's."""
    kept: list[LabelHit] = []
    for hit in hits:
        before = kept[-1] if kept else None
        if (
            before is not None
            and before.kind == "care_date"
            and hit.kind == "distractor:prescriber"
            and hit.label.tokens == ("ordonnance",)
            and not before.tail.strip()
            and hit.first_word == before.last_word + 2
            and fold(line.words[before.last_word + 1].text) in _NEGATIONS
        ):
            kept[-1] = dataclasses.replace(before, last_word=hit.last_word, tail=hit.tail)
            continue
        kept.append(hit)
    return kept


def _feminine_marked(line: Line, first: int, index: int, end: int) -> bool:
    """The label's last word carries its feminine mark, or the OCR set it apart as the next word
    ("Consultant(e)", "Consultant (e)"); or, the mark lost (a fax's speck dropped), the label opens its
    line and a colon follows it ("Consultant : X Y")."""
    after = line.words[index].text[end:]
    if not after and index + 1 < len(line.words):
        after = line.words[index + 1].text
    return _FEMININE_TAIL.match(after) is not None or (first == 0 and after.startswith(":"))


_FULL_NAME_LABELS = {label.tokens[2:]: label for label in LABELS if label.tokens[:2] == ("nom", "et")}


def _name_lost_before(line: Line, hit: LabelHit) -> LabelHit:
    """ "et prénom du patient" opening a line: a heading "Nom et prénom du patient" whose first word a fax
    lost (read as a speck, `_ocr_noise`). The first name's label, after a line's opening "et", is the
    full name's: "Nom et prénom du patient", over the words from "et"."""
    if hit.kind != "first_name" or hit.first_word != 1 or line.words[0].text.lower() != "et":
        return hit
    label = _FULL_NAME_LABELS.get(hit.label.tokens)
    if label is None:
        return hit
    return dataclasses.replace(hit, label=label, first_word=0, quality=min(hit.quality, LOST_WORD_QUALITY))


_KIND_WORDS: dict[str, set[str]] = {}
for _label in LABELS:
    _KIND_WORDS.setdefault(_label.kind, set()).update(t for t in _label.tokens if t.isalpha() and len(t) >= 3)


def _kind_word_tail(label: Label, tail: str) -> str:
    """The rest of the label's last word when it is a word of the same field's labels, glued by OCR
    ("Organisme complémentaire N'AMC": "N°" and "AMC" one word) is the label's, not its value.

    >>> label = Label("amc_number", "Organisme complémentaire n°", ("organisme", "complementaire", "no"), 1.0)
    >>> _kind_word_tail(label, "'AMC"), _kind_word_tail(label, "12345678")
    ('', '12345678')
    """
    word = fold(tail.lstrip("'’"))
    return "" if word and word in _KIND_WORDS.get(label.kind, set()) else tail


_AMOUNT_KINDS = ("total_amount", "amo_amount", "amc_amount", "patient_amount")  # base.AMOUNT_FIELDS (base imports us)
_NUMBER_HEADINGS = {"numero", "no", "n°", "nº"}
NUMBER_HEADING_WEIGHT = 0.85  # as "N° de pièce": the heading names a number, the row it heads names whose


def _number_heading(line: Line, hits: list[LabelHit]) -> list[LabelHit]:
    """ "NUMÉRO | ÉMISE LE | DATE DE CONSULTATION": a bare number heading, a cell of its own opening a row
    of headings that dates the paper (its issue or care date, no value on the row), heads the paper's own
    number, printed under it."""
    if not line.words or not hits or any(h.first_word == 0 for h in hits):
        return []
    first = line.words[0]
    if fold(first.text).strip(" :.") not in _NUMBER_HEADINGS:
        return []
    if len(line.words) > 1 and line.words[1].x0 - first.x1 <= CELL_GAP_HEIGHTS * line.height:
        return []  # "N° facture", "Numéro de dossier": the heading goes on
    if not any(h.kind in ("invoice_date", "care_date", "generic_date") for h in hits):
        return []
    if any(h.kind in _AMOUNT_KINDS or h.kind in ("distractor:other_number", "distractor:other_amount") for h in hits):
        return []  # "N° | Date | Code acte | Montant": the acts' table numbers its rows
    if any(c.isdigit() for w in line.words for c in w.text):
        return []  # a row of values, not of headings
    label = Label("invoice_number", first.text, (fold(first.text).strip(" :."),), NUMBER_HEADING_WEIGHT)
    return [LabelHit(label, line, 0, 0, "", 1.0)]


_AT_PLACE = {"au", "a", "en"}  # "réalisé au cabinet", "à domicile"


def _place_of_care(line: Line, hit: LabelHit) -> bool:
    """ "Acte réalisé au cabinet le 10 mars 2025": a lower-case word naming where the care was given,
    after "au", inside the words that date the care; no label of the practitioner's own that would cut
    them short. Not a word that ends its sentence ("... au cabinet. Consultation du ...")."""
    word = line.words[hit.first_word]
    if hit.kind != "distractor:practitioner" or hit.first_word != hit.last_word or hit.first_word == 0:
        return False
    before = fold(line.words[hit.first_word - 1].text)
    return word.text[:1].islower() and word.text.isalpha() and before in _AT_PLACE


def _bill_name(line: Line, hit: LabelHit) -> bool:
    """ "AVIS DE SOMMES À PAYER": a hospital's bill (a public treasury's notice) is named so; the "à payer"
    of its name is no label of the patient's share."""
    before = [t.text for t in line.toks if t.word < hit.first_word][-3:]
    return hit.kind == "patient_amount" and before[-1:] == ["sommes"] and "avis" in before


def _first_name_word(line: Line, toks: list[Token], start: int, count: int) -> bool:
    """A guessed (misread) label's words hold a capitalised word that is a French first name of the list
    (first_names.py): a name, as printed, not a label OCR garbled."""
    words = {toks[k].word for k in range(start, min(start + count, len(toks)))}
    return any(is_first_name(line.words[w].text.strip(" ,;:.")) for w in words)


# Words of their own one or two letters from a label's word: printed so, never a misread label
# ("Centre Hospitalier" is no "Hospitalisé(e)", "Centre Hospitalier du Mans" no "Hospitalisé du",
# "ordonnance remise le 14.08.25", handed to the patient, no "Émise le").
_OWN_WORDS = {"hospitalier", "hospitaliere", "hospitaliers", "hospitalieres", "remise", "remises"}


def _word_of_its_own(toks: list[Token], start: int, label: Label) -> bool:
    """A guessed (misread) label's token is a word of its own (`_OWN_WORDS`), other than the label's."""
    return any(
        seen.text in _OWN_WORDS and seen.text != wanted
        for seen, wanted in zip(toks[start : start + len(label.tokens)], label.tokens, strict=False)
    )


def _concept_hits(line: Line, hits: list[LabelHit]) -> list[LabelHit]:
    """Labels no list holds, recognised by their concept words (see `labels.concept_of`): runs of
    letter words that no label covers, within one cell (no wide gap), ending at a ":" if any."""
    covered = {k for h in hits for k in range(h.first_word, h.last_word + 1)}
    found: list[LabelHit] = []
    run: list[int] = []

    def close() -> None:
        if run:
            hit = _concept_hit(line, run)
            if hit is not None:
                found.append(hit)
        run.clear()

    for k, word in enumerate(line.words):
        letters = any(c.isalpha() for c in word.text)
        if (
            k in covered
            or not letters
            or any(c.isdigit() for c in word.text)
            or word.text.startswith(("(", "[", "«", '"'))
            or fold(word.text).strip(",.") in WEEKDAYS  # "Consultation du jeudi 27 mars": the date starts
        ):
            close()
            continue
        if run and word.x0 - line.words[run[-1]].x1 > CELL_GAP_HEIGHTS * line.height:
            close()
        run.append(k)
        if word.text.endswith(":"):
            close()
    close()
    return found


_DATE_WORD = "date"
_LE_MISREAD = "ie"


def _mended_date_words(words: list[str]) -> list[str]:
    """ "Date de livrason": after "date", a word OCR misread, as near a role word of dates ("livraison")
    as `token_distance` forgives and naming no role of its own, is read as that role word. Only under
    a plain "date", so a sentence's misread word never turns into a label. "Visite à domicile ie": a
    run's closing "le" read with an "i" (as after a place) is "le".

    >>> _mended_date_words(["date", "de", "livrason"]), _mended_date_words(["sans", "livrason"])
    (['date', 'de', 'livraison'], ['sans', 'livrason'])
    >>> _mended_date_words(["visite", "a", "domicile", "ie"])
    ['visite', 'a', 'domicile', 'le']
    """
    if len(words) > 1 and words[-1] == _LE_MISREAD:
        words = [*words[:-1], "le"]
    if _DATE_WORD not in words:
        return words
    return [_date_cue_near(word) or word for word in words]


def _date_cue_near(word: str) -> str | None:
    """The one date role word `word` misreads, or None when it is one already, names another role
    ("naissance") or is near no role word or several."""
    if word in DATE_CONCEPT_CUES or date_concept_of([_DATE_WORD, word]) is not None:
        return None
    near = [cue for cue in DATE_CONCEPT_CUES if token_distance(word, cue) is not None]
    return near[0] if len(near) == 1 else None


def _concept_hit(line: Line, run: list[int]) -> LabelHit | None:
    toks = [t for t in line.toks if t.word in run]
    folded = _mended_date_words([t.text for t in toks])
    if not set(folded) & (CONCEPT_KEYS | DATE_CONCEPT_CUES):
        return None
    # the label is the shortest tail of the run that still names the concept ("Soins infirmiers Part
    # Sécurité soc." -> "Part Sécurité soc."): leading words that change nothing are left out
    last = line.words[run[-1]].text
    following = line.words[run[-1] + 1].text if run[-1] + 1 < len(line.words) else ""
    colon = last.endswith(":") or following.startswith(":")
    if set(folded) & CONCEPT_BLOCK:
        return None  # "Prix TTC", "Base remb. Sécu": an amount that is not one of ours
    if not colon and fold(following).strip(",.") in WEEKDAYS and date_concept_of(folded, colon=True) == "care_date":
        colon = True  # "Consultation dimanche 28 septembre 2025": the act, then the day it was given
    # "Soins infirmiers Part Sécu": the label is the first tail of the run that names a concept
    start = next((k for k in range(len(folded)) if _concept(folded[k:], last, colon) is not None), None)
    if start is None:
        return None
    kind = _concept(folded[start:], last, colon)
    assert kind is not None
    weight = DATE_CONCEPT_WEIGHT if kind.endswith("_date") else CONCEPT_WEIGHT
    if not line.words[toks[start].word].text.lstrip("'’").removeprefix("l'")[:1].isupper() and not _after_dash(
        line, toks[start].word
    ):
        return None  # a label starts with a capital; "... par l'assurance maladie." is a sentence
    first = toks[start].word
    label = Label(kind, " ".join(w.text for w in line.words[first : run[-1] + 1]), tuple(folded[start:]), weight)
    return LabelHit(label, line, first, run[-1], "", 1.0)


WEEKDAYS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"}
_DASHES = {"—", "–", "-", "·", "•", "|"}


CELL_GAP_HEIGHTS = 1.2  # a gap this many line heights wide between two words opens a new cell (`_concept_hits`)


def _after_dash(line: Line, word: int) -> bool:
    """ "Urgences — arrivée le 23/08/2025": a dash opens a new cell of the line; its first word may be
    lower case and still label what follows. A fax may lose the thin dash and leave its gap: a word after
    a cell's gap opens a cell too."""
    if word <= 0:
        return False
    before = line.words[word - 1]
    dash = bool(before.text) and set(before.text) <= _DASHES  # "—-" too
    return dash or line.words[word].x0 - before.x1 > CELL_GAP_HEIGHTS * line.height


_AMOUNT_ROLE = {
    "part", "remb", "rembt", "remboursement", "rembourse", "montant", "pc", "prise", "pris", "charge", "paye",
    "regle", "reste", "somme", "due",  # "Somme due par l'organisme complémentaire"
}
# a party's label after an amount's role words names that party's share
_SHARE_OF = {"amc_number": "amc_amount", "insured_name": "patient_amount", "patient_name": "patient_amount"}
_ROLE_GLUE = {"en", "de", "du", "des", "d", "l", "la", "par", "a"}


def _amount_role(line: Line, hit: LabelHit, hits: list[LabelHit]) -> LabelHit:
    """An insurer label after an amount's role words ("Remboursement organisme complémentaire",
    "Prise en charge mutuelle") names the insurer's share, not its number; "Payé par l'assuré" names
    the patient's share, not the insured person."""
    if hit.kind not in _SHARE_OF:
        return hit
    taken = {k for h in hits if h is not hit for k in range(h.first_word, h.last_word + 1)}
    first = hit.first_word
    while first > 0 and first - 1 not in taken:
        words = tokens(line.words[first - 1].text)
        gap = line.words[first].x0 - line.words[first - 1].x1
        if not words or gap > 1.2 * line.height or not set(words) <= _AMOUNT_ROLE | _ROLE_GLUE:
            break
        first -= 1
    if first == hit.first_word or not set(tokens(line.words[first].text)) & _AMOUNT_ROLE:
        return hit
    text = " ".join(w.text for w in line.words[first : hit.last_word + 1])
    label = Label(_SHARE_OF[hit.kind], text, tuple(tokens(text)), 0.9)
    return LabelHit(label, line, first, hit.last_word, hit.tail, hit.quality)


# a sentence addressed to the patient names whose share it is by a possessive ("la part de votre
# organisme complémentaire")
_POSSESSIVES = {"votre", "vos", "son", "sa", "leur"}
WRAP_GAP = 1.5  # line heights between two lines of one paragraph


def wrapped_shares(above: Line | None, line: Line, hits: list[LabelHit]) -> list[LabelHit]:
    """`_amount_role` across a sentence's line break: "La part prise en charge ... s'élève à 25,90 € et la
    part de votre" / "organisme complémentaire à 11,10 €". An insurer's or a patient's label opening its
    line, under a line of the same paragraph (close above, same left margin) that ends with an amount's
    role words in lower case ("la part de", "la part de votre"), names that party's share, not its number or
    its name."""
    if above is None or not hits or hits[0].kind not in _SHARE_OF or hits[0].first_word != 0:
        return hits
    gap = line.y0 - above.y1
    if above.page != line.page or not 0 <= gap <= WRAP_GAP * line.height:
        return hits
    if abs(above.words[0].x0 - line.words[0].x0) > line.height:
        return hits
    role = _trailing_role(above)
    if role is None:
        return hits
    hit = hits[0]
    text = f"{role} … " + " ".join(w.text for w in line.words[: hit.last_word + 1])
    label = Label(_SHARE_OF[hit.kind], text, tuple(tokens(text)), WRAPPED_ROLE_WEIGHT)
    return [LabelHit(label, line, hit.first_word, hit.last_word, hit.tail, hit.quality), *hits[1:]]


WRAPPED_ROLE_WEIGHT = 0.9  # as `_amount_role`'s label on one line


def _trailing_role(line: Line) -> str | None:
    """The role words a line ends with, from its first role word ("part de votre" of "... et la part
    de votre"), or None when it ends with none."""
    first = len(line.words)
    while first > 0:
        words = tokens(line.words[first - 1].text)
        if not words or not set(words) <= _AMOUNT_ROLE | _ROLE_GLUE | _POSSESSIVES:
            break
        first -= 1
    while first < len(line.words) and not set(tokens(line.words[first].text)) & _AMOUNT_ROLE:
        first += 1  # "la part de": the role starts at "part"
    words = [w.text for w in line.words[first:]]
    if not words or not all(w.islower() for w in words):
        return None  # a sentence goes on in lower case; a heading ("... Montant") ends a row
    return " ".join(words)


_SHARES = ("amo_amount", "amc_amount", "patient_amount")
SHARE_LINK_WORDS = 3  # "Montant remboursé par le RO", "Montant demandé à l'AMC"


def _share_amounts(line: Line, hits: list[LabelHit]) -> list[LabelHit]:
    """A weak "Montant" heading whose cell goes on, in a few lower-case words, to a share's label
    ("Montant remboursé par le RO", "Montant demandé à l'AMC") names that share, not the total: one
    label, from "Montant" to the share's word."""
    merged: list[LabelHit] = []
    for k, hit in enumerate(hits):
        following = hits[k + 1] if k + 1 < len(hits) else None
        if merged and merged[-1].last_word >= hit.first_word:
            continue  # taken by the share label before it
        between = line.words[hit.last_word + 1 : following.first_word] if following is not None else []
        words = [*line.words[hit.last_word : following.first_word + 1]] if following is not None else []
        if (
            following is not None
            and hit.kind == "total_amount"
            and hit.label.weight <= WEAK_LABEL
            and hit.first_word == hit.last_word
            and (following.kind in _SHARES or following.kind in _SHARE_OF)
            and len(between) <= SHARE_LINK_WORDS
            and all(_link_word(w.text) for w in between)
            and all(b.x0 - a.x1 <= 1.2 * line.height for a, b in itertools.pairwise(words))
        ):
            text = " ".join(w.text for w in line.words[hit.first_word : following.last_word + 1])
            kind = _SHARE_OF.get(following.kind, following.kind)  # "... à l'organisme complémentaire": its share
            label = Label(kind, text, tuple(tokens(text)), following.label.weight)
            merged.append(LabelHit(label, line, hit.first_word, following.last_word, following.tail, following.quality))
            continue
        merged.append(hit)
    return merged


def _link_word(text: str) -> bool:
    """A lower-case word linking an amount's heading to whose share it is ("remboursé", "par", "l'")."""
    letters = text.strip("'’.,:")
    return bool(letters) and letters.replace("'", "").replace("’", "").isalpha() and letters.islower()


# "sortie d'hospitalisation le", "date de sortie": the day a stay ended. The care began on entry, or
# begins after (home care on discharge): a date of another role, never the care date.
_STAY_END = {"sortie"}


def _concept(words: list[str], last: str, colon: bool) -> str | None:
    found = concept_of(words, last) or date_concept_of(words, colon=colon)
    if found == "care_date" and _STAY_END & set(words):
        return OTHER_DATE
    return found


_OWNER_GLUE = {"du", "de", "d", "la", "l", "des"}


def _drop_owners(hits: list[LabelHit]) -> list[LabelHit]:
    """ "Identifiant RPPS du médecin 1...", "N° FINESS de l'établissement 0...": a word naming the
    practitioner joined to an identifier's label by "du", "de l'" says whose identifier it is; it is no
    label of its own that would stop the identifier's value."""
    kept: list[LabelHit] = []
    for hit in hits:
        before = kept[-1] if kept else None
        if (
            before is not None
            and hit.kind == "distractor:practitioner"
            and before.kind in PRACTITIONER_ID_FIELDS
            and not before.tail.strip()
            and _glued_by(hit.line, before.last_word, hit.first_word)
        ):
            continue
        kept.append(hit)
    return kept


def _glued_by(line: Line, left: int, right: int) -> bool:
    """Only one or two linking words ("du", "de la", "de l'", or a short lower-case word a fax made of
    one: "a" for "du") between word `left` and word `right`."""
    between = [t.text for t in line.toks if left < t.word < right]
    words = line.words[left + 1 : right]
    short = all(len(t) <= 2 and t.isalpha() for t in between) and all(w.text.islower() for w in words)
    return 0 < len(between) <= 2 and (all(t in _OWNER_GLUE for t in between) or short)


def _drop_inside_values(hits: list[LabelHit]) -> list[LabelHit]:
    """Drop label hits made only of digits (e.g. a token '1' is never a label)."""
    return [h for h in hits if any(not t.isdigit() for t in h.label.tokens)]


_NOTE_MARK = re.compile(r"^\((\d{1,2})\)$")  # "(2)": a column heading or a legend's entry
_LEGEND_FIELDS = ("total_amount", "amo_amount", "amc_amount", "patient_amount")
LEGEND_REACH = 12  # lines up from a legend to the heading row its numbers explain


def legend_headings(lines: list[Line], hits: dict[int, list[LabelHit]]) -> dict[int, list[LabelHit]]:
    """An acts table whose amount columns are headed by numbers alone, "Date Code Acte (1) (2) (3) (4)",
    with a legend under it that names them, "(1) Honoraires facturés (2) Part AMO (3) Part AMC (4) Reste
    à charge": each number heads the column of the amount label the legend gives it, as if the heading
    printed that label. At least two of the legend's numbers must head columns of one row above it."""
    for i, line in enumerate(lines):
        legend: dict[str, LabelHit] = {}
        for hit in hits[i]:
            mark = _NOTE_MARK.match(line.words[hit.first_word - 1].text) if hit.first_word > 0 else None
            if mark is not None and hit.kind in _LEGEND_FIELDS:
                legend.setdefault(mark.group(1), hit)
        if len(legend) < 2:
            continue
        for j in range(i - 1, max(-1, i - 1 - LEGEND_REACH), -1):
            above = lines[j]
            if above.page != line.page:
                break
            heads = {m.group(1): k for k, w in enumerate(above.words) if (m := _NOTE_MARK.match(w.text))}
            if len(heads) < 2 or any(k in {h.first_word for h in hits[j]} for k in heads.values()):
                continue
            if len(set(heads) & set(legend)) < 2:
                continue
            hits[j] = [*hits[j], *(
                LabelHit(hit.label, above, heads[number], heads[number], "", hit.quality)
                for number, hit in legend.items() if number in heads
            )]
            break
    return hits
