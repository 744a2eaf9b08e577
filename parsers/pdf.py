"""PDFs: the text layer where it is usable (pdfium's text API), OCR of the pages where it is not.

A page's characters come from pdfium (C; pdfplumber's pure-Python pdfminer was most of the reading time)
and are grouped into words the way pdfplumber's `extract_words` does by default (`build_words`), with
boxes in PDF points from the top-left of the displayed page (crop box, /Rotate applied). Where pdfium
and pdfminer disagree pdfium draws the page: glyph widths pdfminer lacks (`€` in the standard fonts),
the descent of fonts whose descriptor says 0, text drawn twice for bold (kept once), glyphs with no
Unicode (flagged as `(cid:NN)` where pdfminer guessed a letter from the byte). Text tilted off the
page's lines (a rubber stamp put on askew, a hand-filled value written at a slope) is cut into lines
along its own baseline, where pdfplumber chains it into the lines of the form it crosses; a page whose
text is mostly at one slant (the whole sheet printed askew) is read turned back by it, as a skewed scan
is deskewed (note "redressé de +3.2°").

A page's text layer is refused when it is absent or too short, made of `(cid:NN)` glyph codes, mostly
non-printable, or thin text over a page-sized image (a scan with a stamp of text). Those pages are
rendered with pypdfium2 (300 dpi, 400 for small print) and read by Tesseract; their boxes are scaled
back to PDF points so every page of a PDF is in points.

A landscape page printed "2 pages par feuille" (two portrait pages side by side, each with its own
running header or page number) is returned as its two pages, left then right (`parsers.twoup`).
"""

from __future__ import annotations

import ctypes
import itertools
import math
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

from intake.domain.model import Page, ReadResult, Word
from parsers.base import ReadError
from parsers.image import ocr_page, prepare
from parsers.layout import group_lines
from parsers.limits import Limits
from parsers.ocr import scale_words
from parsers.tiff import HEADER_NOTE, header_score, strip_fax_header
from parsers.twoup import read_two_pages, two_pages

MIN_CHARS = 20
MAX_BAD_SHARE = 0.2
SCAN_COVER = 0.5  # images covering this share of the page with little text: a scan
SCAN_TEXT_CHARS = 200
SMALL_PRINT_PT = 7.0
MAX_RENDER_PIXELS = 40_000_000
SIZE_SAMPLE = 2000  # characters whose font size decides "small print"
X_TOLERANCE = 3.0  # pdfplumber's extract_words defaults
Y_TOLERANCE = 3.0
MAX_FORM_DEPTH = 15
MIN_SLANT = 0.5  # degrees: a baseline tilted less than this is read as straight
MAX_SLANT = 30.0  # degrees: past this a tilted glyph's own width and height are not recovered from its box
MAX_PAGE_SLANT = 10.0  # degrees: a sheet printed askew, as far as a scan is deskewed (not a diagonal watermark)
_CID = re.compile(r"\(cid:\d+\)")
LIGATURES = {"ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "ﬁ": "fi", "ﬂ": "fl", "ﬆ": "st", "ﬅ": "st"}
_HYPHEN_MARK = 0x2  # pdfium's code for a hyphen that ends a line before a word goes on
_Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: _Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


class PdfReader:
    kinds = frozenset({"pdf"})

    def read(self, data: bytes, limits: Limits) -> ReadResult:
        if b"%%EOF" not in data[-4096:]:
            raise ReadError("PDF corrompu ou tronqué (fin de fichier manquante)")
        document = open_pdfium(data)
        try:
            count = len(document)
            if count == 0:
                raise ReadError("PDF sans page")
            if count > limits.max_pages:
                raise ReadError(f"trop de pages ({count} > {limits.max_pages})")
            result = ReadResult(kind="pdf", meta={"pages": count})
            for index in range(count):
                result.pages.extend(read_page(document[index], len(result.pages) + 1, limits))
            return result
        finally:
            document.close()


def open_pdfium(data: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        message = str(error).lower()
        if "password" in message:
            raise ReadError("PDF chiffré (mot de passe)") from error
        if "security" in message:
            raise ReadError("PDF chiffré (protection non prise en charge)") from error
        raise ReadError("PDF corrompu ou tronqué") from error


def read_page(pdfium_page: pdfium.PdfPage, number: int, limits: Limits) -> list[Page]:
    """The page's words, from its text layer or by OCR; two pages when it is a sheet printed two
    pages per sheet (`parsers.twoup`)."""
    width, height = pdfium_page.get_size()
    layer = text_layer(pdfium_page)
    if text_is_usable(layer.words, layer.image_cover):
        notes = []
        if layer.turn:
            notes.append(f"pivoté de {layer.turn}°")
            if layer.turn in (90, 270):
                width, height = height, width
        if layer.slant:
            notes.append(f"redressé de {-layer.slant:+.1f}°")
        words = group_lines(layer.units)
        return two_pages(Page(number, float(width), float(height), words=words, source="text", notes=notes))
    return ocr_pdf_page(pdfium_page, number, limits, small_print=_small_print(layer.sizes))


@dataclass
class TextLayer:
    units: list[list[Word]]  # the words, in runs known to share a line (`build_units`)
    sizes: list[float]  # font sizes (points) of the page's first characters
    image_cover: float  # the images' summed area over the page's area
    turn: int = 0  # the page was read turned clockwise by this many degrees (its text ran sideways)
    slant: float = 0.0  # the page was read turned back by this many degrees (its text was printed askew)

    @property
    def words(self) -> list[Word]:
        return [word for unit in self.units for word in unit]


def text_layer(pdfium_page: pdfium.PdfPage) -> TextLayer:
    """The page's words, font sizes and image cover; an unreadable layer reads as a covered page."""
    try:
        chars = page_chars(pdfium_page)
        area = float(pdfium_page.get_width() * pdfium_page.get_height())
        cover = image_area(pdfium_page) / max(area, 1.0)
        width, height = pdfium_page.get_size()
        chars, turn = turn_upright(chars, width, height)
        if turn in (90, 270):
            width, height = height, width
        chars, slant = straighten_page(chars, width, height)
        return TextLayer(build_units(chars), [c.size for c in chars[:SIZE_SAMPLE]], cover, turn, slant)
    except Exception:  # noqa: BLE001 - pdfium already vouched for the file: OCR the rendered page instead
        return TextLayer([], [], 1.0)


class Char(NamedTuple):
    """One character, boxed as pdfminer boxes it (the advance width by the font size, from the font's
    descent), in points from the top-left of the displayed page."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    upright: bool = True
    turn: int = 0  # which way its baseline runs on the displayed page: 0 →, 90 ↑, 180 ←, 270 ↓
    slant: float = 0.0  # degrees its baseline is turned (anticlockwise) off `turn`: a tilted stamp

    @property
    def size(self) -> float:
        return self.bottom - self.top


class _Display:
    """Page space to the displayed page: the crop box's top-left corner as origin, y down, /Rotate
    applied (what pdfium's page size and rendering show)."""

    def __init__(self, pdfium_page: pdfium.PdfPage) -> None:
        self.left, self.bottom, self.right, self.top = pdfium_page.get_bbox()
        self.rotation = pdfium_page.get_rotation() % 360

    def point(self, x: float, y: float) -> tuple[float, float]:
        if self.rotation == 90:
            return y - self.bottom, x - self.left
        if self.rotation == 180:
            return self.right - x, y - self.bottom
        if self.rotation == 270:
            return self.top - y, self.right - x
        return x - self.left, self.top - y

    def upright(self, a: float, b: float, c: float, d: float) -> bool:
        """pdfminer's test on the text matrix as displayed (y up): not turned a quarter, not mirrored."""
        if self.rotation in (90, 270):
            a, b, c, d = b, -a, d, -c
        return a * d > 0 and b * c <= 0


def page_chars(pdfium_page: pdfium.PdfPage) -> list[Char]:
    """The page's characters in pdfium's order, without the spaces and line breaks pdfium generates
    (words are cut on gaps afterwards, as pdfplumber does)."""
    textpage = pdfium_page.get_textpage()
    try:
        return _chars(textpage.raw, _Display(pdfium_page))
    finally:
        textpage.close()


def _chars(handle: object, display: _Display) -> list[Char]:
    is_generated, unicode_of, map_error = (
        pdfium_c.FPDFText_IsGenerated,
        pdfium_c.FPDFText_GetUnicode,
        pdfium_c.FPDFText_HasUnicodeMapError,
    )
    get_matrix, get_loose = pdfium_c.FPDFText_GetMatrix, pdfium_c.FPDFText_GetLooseCharBox
    matrix, loose = pdfium_c.FS_MATRIX(), pdfium_c.FS_RECTF()
    plain = display.rotation == 0
    left, top = display.left, display.top
    chars: list[Char] = []
    for index in range(pdfium_c.FPDFText_CountChars(handle)):
        if is_generated(handle, index):
            continue
        code = unicode_of(handle, index)
        if code == 0 or map_error(handle, index):
            text = f"(cid:{code})"  # a glyph without Unicode, in pdfminer's notation
        elif code == _HYPHEN_MARK and pdfium_c.FPDFText_IsHyphen(handle, index):
            text = "-"
        elif 0xD800 <= code <= 0xDFFF or code > 0x10FFFF:
            text = "\ufffd"
        else:
            text = chr(code)
        get_matrix(handle, index, matrix)
        get_loose(handle, index, loose)
        if plain and matrix.b == 0 and matrix.c == 0 and matrix.a == matrix.d > 0:
            # upright, unscaled text (nearly all of it): pdfium's loose box is pdfminer's box
            chars.append(Char(text, loose.left - left, top - loose.top, loose.right - left, top - loose.bottom))
        else:
            chars.append(_turned_char(handle, index, text, matrix, loose, display))
    return chars


def _turned_char(handle: object, index: int, text: str, matrix: Any, loose: Any, display: _Display) -> Char:
    """A character rotated, slanted, stretched or on a rotated page: the box spanned in text space by
    its advance and the font's descent..descent + size, through the character's matrix."""
    a, b, c, d = matrix.a, matrix.b, matrix.c, matrix.d
    ox, oy = ctypes.c_double(), ctypes.c_double()
    pdfium_c.FPDFText_GetCharOrigin(handle, index, ox, oy)
    size = pdfium_c.FPDFText_GetFontSize(handle, index)
    if abs(a) > 1e-3 and size > 0:
        # pdfium's loose box is origin + (advance, descent..ascent), scaled by the matrix's `a` alone
        advance = (loose.right - loose.left) / a
        descent = (loose.bottom - oy.value) / (a * size)
    else:
        # turned a quarter: the loose box is empty; the advance is measured on the glyph's ink
        tight = [ctypes.c_double() for _ in range(4)]
        pdfium_c.FPDFText_GetCharBox(handle, index, *tight)
        t_left, t_right, t_bottom, t_top = (value.value for value in tight)
        along_y = max(abs(t_bottom - oy.value), abs(t_top - oy.value))
        along_x = max(abs(t_left - ox.value), abs(t_right - ox.value))
        advance = (along_y if abs(b) >= abs(a) else along_x) / max(abs(b), abs(a), 1e-6)
        descent = -0.2
    xs: list[float] = []
    ys: list[float] = []
    low, high = descent * size, (descent + 1.0) * size
    for u, v in ((0.0, low), (advance, low), (0.0, high), (advance, high)):
        x, y = display.point(ox.value + a * u + c * v, oy.value + b * u + d * v)
        xs.append(x)
        ys.append(y)
    start, ahead = display.point(ox.value, oy.value), display.point(ox.value + a, oy.value + b)
    turn = quarter_turn(ahead[0] - start[0], ahead[1] - start[1])
    slant = slant_of(ahead[0] - start[0], ahead[1] - start[1], turn)
    return Char(text, min(xs), min(ys), max(xs), max(ys), display.upright(a, b, c, d), turn, slant)


def slant_of(dx: float, dy: float, turn: int) -> float:
    """How far (degrees, anticlockwise, -45..45) a baseline running along (dx, dy) on the displayed
    page (y down) is tilted off its quarter `turn`; 0 below half a degree, and rounded to a tenth so
    that the characters of one tilted block share it."""
    angle = math.degrees(math.atan2(-dy, dx)) - turn
    slant = (angle + 180.0) % 360.0 - 180.0
    return 0.0 if abs(slant) < MIN_SLANT else round(slant, 1)


def quarter_turn(dx: float, dy: float) -> int:
    """The quarter a direction on the displayed page (y down) points to: 0 →, 90 ↑, 180 ←, 270 ↓."""
    if abs(dx) >= abs(dy):
        return 0 if dx >= 0 else 180
    return 90 if dy < 0 else 270


TURNED_SHARE = 0.6  # this share of a page's characters running one way other than left to right


def turn_upright(chars: list[Char], width: float, height: float) -> tuple[list[Char], int]:
    """A page whose text mostly runs sideways or upside down (a landscape table set turned on a
    portrait page, the way `pdftotext` still reads it) is read turned so that it runs left to right:
    every character's box is turned with the page, clockwise by the returned degrees, and the
    characters of that main direction count as upright. Other pages come back as they are."""
    counts = Counter(c.turn for c in chars if not c.text.isspace())
    if not counts:
        return chars, 0
    turn, count = counts.most_common(1)[0]
    if turn == 0 or count < TURNED_SHARE * sum(counts.values()):
        return chars, 0
    return [_turned_with_page(c, turn, width, height) for c in chars], turn


def straighten_page(chars: list[Char], width: float, height: float) -> tuple[list[Char], float]:
    """A page whose text mostly runs at one slant (the whole sheet printed askew) is read turned back
    by that slant about the page's centre, as a skewed scan is deskewed before OCR: its lines then
    read as lines, where the bands of long tilted lines would sweep neighbouring lines into one. Each
    character's box is turned with the page; characters at another slant (a stamp on the askew page)
    keep their slant off the page's lines. Other pages come back as they are, with a slant of 0."""
    counts = Counter(c.slant for c in chars if not c.text.isspace() and c.upright)
    if not counts:
        return chars, 0.0
    slant, count = counts.most_common(1)[0]
    if slant == 0.0 or abs(slant) > MAX_PAGE_SLANT or count < TURNED_SHARE * sum(counts.values()):
        return chars, 0.0
    return [_turned_back(c, slant, width / 2, height / 2) for c in chars], slant


def _turned_back(char: Char, slant: float, cx: float, cy: float) -> Char:
    """`char` on the page turned back by `slant` degrees about (cx, cy): its centre turned, its glyph's
    own width and height recovered from its box (`_straightened`) and boxed again at what is left of
    its slant off the turned page's lines."""
    glyph = _straightened(char)
    width, height = glyph.x1 - glyph.x0, glyph.bottom - glyph.top
    x, y = _turned_point((char.x0 + char.x1) / 2 - cx, (char.top + char.bottom) / 2 - cy, -slant)
    x, y = x + cx, y + cy
    rest = char.slant - slant
    box = Word(char.text, x - width / 2, y - height / 2, x + width / 2, y + height / 2)
    if abs(rest) < MIN_SLANT:
        return char._replace(x0=box.x0, top=box.y0, x1=box.x1, bottom=box.y1, slant=0.0)
    turned = _turned_about(box, rest, x, y)
    return char._replace(x0=turned.x0, top=turned.y0, x1=turned.x1, bottom=turned.y1, slant=round(rest, 1))


def _turned_about(word: Word, degrees: float, cx: float, cy: float) -> Word:
    """The box around `word`'s box turned anticlockwise by `degrees` about (cx, cy)."""
    corners = [_turned_point(x - cx, y - cy, degrees) for x in (word.x0, word.x1) for y in (word.y0, word.y1)]
    xs, ys = [x + cx for x, _ in corners], [y + cy for _, y in corners]
    return Word(word.text, min(xs), min(ys), max(xs), max(ys))


def _turned_with_page(char: Char, turn: int, width: float, height: float) -> Char:
    """`char` on the page turned clockwise by `turn` degrees (the page's width and height before)."""
    if turn == 90:  # (x, y) -> (height - y, x)
        x0, top, x1, bottom = height - char.bottom, char.x0, height - char.top, char.x1
    elif turn == 270:  # (x, y) -> (y, width - x)
        x0, top, x1, bottom = char.top, width - char.x1, char.bottom, width - char.x0
    else:  # 180: (x, y) -> (width - x, height - y)
        x0, top, x1, bottom = width - char.x1, height - char.bottom, width - char.x0, height - char.top
    turned = (char.turn - turn) % 360
    return Char(char.text, x0, top, x1, bottom, turned == 0, turned, char.slant)


def image_area(pdfium_page: pdfium.PdfPage) -> float:
    """Summed area (square points) of the boxes of the page's images, images inside forms included
    (pdfplumber's `page.images`)."""
    return _image_area(pdfium_page.raw, _IDENTITY, 0)


def _image_area(parent: object, outer: _Matrix, depth: int) -> float:
    if depth:
        count, get = pdfium_c.FPDFFormObj_CountObjects(parent), pdfium_c.FPDFFormObj_GetObject
    else:
        count, get = pdfium_c.FPDFPage_CountObjects(parent), pdfium_c.FPDFPage_GetObject
    matrix = pdfium_c.FS_MATRIX()
    total = 0.0
    for index in range(max(count, 0)):
        obj = get(parent, index)
        kind = pdfium_c.FPDFPageObj_GetType(obj) if obj else None
        if kind not in (pdfium_c.FPDF_PAGEOBJ_IMAGE, pdfium_c.FPDF_PAGEOBJ_FORM):
            continue
        if not pdfium_c.FPDFPageObj_GetMatrix(obj, matrix):
            continue
        own = _compose((matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f), outer)
        if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            total += _unit_square_area(own)
        elif depth < MAX_FORM_DEPTH:
            total += _image_area(obj, own, depth + 1)
    return total


def _compose(inner: _Matrix, outer: _Matrix) -> _Matrix:
    a, b, c, d, e, f = inner
    a2, b2, c2, d2, e2, f2 = outer
    return (
        a * a2 + b * c2,
        a * b2 + b * d2,
        c * a2 + d * c2,
        c * b2 + d * d2,
        e * a2 + f * c2 + e2,
        e * b2 + f * d2 + f2,
    )


def _unit_square_area(m: _Matrix) -> float:
    """Area of the box around the unit square through `m` (an image's placement)."""
    a, b, c, d, _, _ = m
    xs = (0.0, a, c, a + c)
    ys = (0.0, b, d, b + d)
    return (max(xs) - min(xs)) * (max(ys) - min(ys))


def build_words(chars: Sequence[Char]) -> list[Word]:
    """pdfplumber's `extract_words()` with its defaults, on these characters (see `build_units`)."""
    return [word for unit in build_units(chars) for word in unit]


def build_units(chars: Sequence[Char]) -> list[list[Word]]:
    """The words of `chars`, as pdfplumber's `extract_words()` cuts them with its defaults: runs of the
    same orientation; each run cut into lines (tops chained within 3 pt; x0 for turned text), a line
    sorted left to right (top to bottom) and split into words on blanks, on gaps wider than 3 pt and
    where a character steps back or more than 3 pt off the line. Each word is a unit of its own for
    `group_lines`, except on tilted lines.

    Unlike pdfplumber, a run of characters tilted off the page's lines (a rubber stamp put on askew,
    a hand-filled line written at a slope) is its own run, cut into lines along its own baseline:
    chained by top, its tilted lines would sweep the lines of the form they cross into one. Each
    tilted line is one unit, so that a hand-written value rising off its label's line still reads
    on that line."""
    units: list[list[Word]] = []
    for (upright, slant), run in itertools.groupby(chars, key=lambda char: (char.upright, char.slant)):
        group = list(run)
        if slant:
            straight = [_straightened(char) for char in group]
            units.extend([_tilted(word, slant) for word in line] for line in _run_lines(straight, upright=upright))
        else:
            units.extend([word] for line in _run_lines(group, upright=upright) for word in line)
    return units


def _run_lines(group: list[Char], *, upright: bool) -> list[list[Word]]:
    lines: list[list[Word]] = []
    if upright:
        for line in _cluster(group, [char.top for char in group], Y_TOLERANCE):
            line.sort(key=lambda char: char.x0)
            lines.append(list(_split(line, upright=True)))
    else:
        for line in _cluster(group, [char.x0 for char in group], X_TOLERANCE):
            line.sort(key=lambda char: (char.top, char.bottom))
            lines.append(list(_split(line, upright=False)))
    return lines


def _straightened(char: Char) -> Char:
    """A tilted character's box with the page turned back by its slant (about the page's corner):
    its centre turned, and the glyph's own width and height recovered from the box around it."""
    angle = math.radians(char.slant)
    cos, sin = math.cos(angle), math.sin(angle)
    width, height = char.x1 - char.x0, char.bottom - char.top
    if abs(char.slant) <= MAX_SLANT:
        cos2 = cos * cos - sin * sin
        width, height = (width * cos - height * abs(sin)) / cos2, (height * cos - width * abs(sin)) / cos2
    x, y = _turned_point((char.x0 + char.x1) / 2, (char.top + char.bottom) / 2, -char.slant)
    return char._replace(x0=x - width / 2, top=y - height / 2, x1=x + width / 2, bottom=y + height / 2, slant=0.0)


def _tilted(word: Word, slant: float) -> Word:
    """A word built on straightened characters, boxed back on the page: the box around its tilted box."""
    corners = [_turned_point(x, y, slant) for x in (word.x0, word.x1) for y in (word.y0, word.y1)]
    xs, ys = [x for x, _ in corners], [y for _, y in corners]
    return Word(word.text, min(xs), min(ys), max(xs), max(ys))


def _turned_point(x: float, y: float, degrees: float) -> tuple[float, float]:
    """(x, y) on the displayed page (y down) turned anticlockwise by `degrees` about the page's corner."""
    angle = math.radians(degrees)
    cos, sin = math.cos(angle), math.sin(angle)
    return x * cos + y * sin, y * cos - x * sin


def _cluster(chars: list[Char], keys: list[float], tolerance: float) -> list[list[Char]]:
    """pdfplumber's `cluster_objects`: the distinct keys sorted, a new cluster where one is more than
    `tolerance` above the previous; characters keep their order inside a cluster."""
    cluster_of: dict[float, int] = {}
    number = -1
    last = float("-inf")
    for value in sorted(set(keys)):
        if value > last + tolerance:
            number += 1
        cluster_of[value] = number
        last = value
    clusters: list[list[Char]] = [[] for _ in range(number + 1)]
    for char, key in zip(chars, keys, strict=True):
        clusters[cluster_of[key]].append(char)
    return clusters


def _split(line: list[Char], *, upright: bool) -> Iterator[Word]:
    current: list[Char] = []
    for char in line:
        if char.text.isspace():
            if current:
                yield _merge(current)
            current = []
        elif current and _begins_word(current[-1], char, upright):
            yield _merge(current)
            current = [char]
        else:
            current.append(char)
    if current:
        yield _merge(current)


def _begins_word(prev: Char, char: Char, upright: bool) -> bool:
    if upright:
        return char.x0 < prev.x0 or char.x0 > prev.x1 + X_TOLERANCE or abs(char.top - prev.top) > Y_TOLERANCE
    return char.top < prev.top or char.top > prev.bottom + Y_TOLERANCE or abs(char.x0 - prev.x0) > X_TOLERANCE


def _merge(chars: list[Char]) -> Word:
    return Word(
        "".join(LIGATURES.get(char.text, char.text) for char in chars),
        min(char.x0 for char in chars),
        min(char.top for char in chars),
        max(char.x1 for char in chars),
        max(char.bottom for char in chars),
    )


def text_is_usable(words: Sequence[Word], image_cover: float = 0.0) -> bool:
    """A text layer worth trusting: enough characters, few glyph codes, mostly printable."""
    text = "".join(w.text for w in words)
    if len(text) < MIN_CHARS:
        return False
    cid_chars = sum(len(match) for match in _CID.findall(text))
    if cid_chars / len(text) > MAX_BAD_SHARE:
        return False
    clean = _CID.sub("", text)
    bad = sum(1 for ch in clean if not ch.isprintable() or ch == "\ufffd" or "\ue000" <= ch <= "\uf8ff")
    if bad / max(len(clean), 1) > MAX_BAD_SHARE:
        return False
    return not (image_cover > SCAN_COVER and len(text) < SCAN_TEXT_CHARS)


def _small_print(sizes: Sequence[float]) -> bool:
    known = sorted(size for size in sizes if size > 0)
    return bool(known) and known[len(known) // 2] < SMALL_PRINT_PT


def render(pdfium_page: pdfium.PdfPage, dpi: int) -> tuple[Image.Image, float]:
    """The page as a greyscale image, at `dpi` or less for huge pages; returns the dpi used."""
    width, height = pdfium_page.get_size()
    scale = dpi / 72.0
    if width * height * scale * scale > MAX_RENDER_PIXELS:
        scale = (MAX_RENDER_PIXELS / (width * height)) ** 0.5
    bitmap = pdfium_page.render(scale=scale, grayscale=True)
    return bitmap.to_pil().convert("L"), scale * 72.0


def ocr_pdf_page(pdfium_page: pdfium.PdfPage, number: int, limits: Limits, *, small_print: bool) -> list[Page]:
    width, height = pdfium_page.get_size()
    image, dpi = render(pdfium_page, 400 if small_print else limits.ocr_dpi)
    prepared = prepare(image, limits, dpi=(dpi, dpi))
    try:
        final, words, notes = ocr_page(prepared, limits)
    except ReadError as error:
        return [Page(number, float(width), float(height), source="ocr", notes=[*prepared.notes, str(error)])]
    words, header = _strip_header(words, final.size[1])
    if header:
        notes.append(HEADER_NOTE)
    factor = 72.0 / prepared.dpi
    sheet = Page(number, float(final.size[0]), float(final.size[1]), words=words, source="ocr", notes=notes)
    return [_in_points(page, factor) for page in read_two_pages(sheet, final, prepared, limits)]


def _in_points(page: Page, factor: float) -> Page:
    """An OCR'd page's boxes and size from pixels to points."""
    page.words = scale_words(page.words, factor)
    page.width, page.height = page.width * factor, page.height * factor
    return page


def _strip_header(words: list[Word], height: float) -> tuple[list[Word], str | None]:
    """Faxes delivered as PDF: strip only a line that is clearly a fax header (page n/m and more)."""
    if not words:
        return words, None
    first = [w for w in words if w.line == 0]
    text = " ".join(w.text for w in first)
    if header_score(text) < 3:
        return words, None
    return strip_fax_header(words, height)
