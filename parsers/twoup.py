"""A sheet printed "2 pages par feuille": two portrait pages side by side on one landscape sheet, read
as the two pages they are (left, then right), the way a clerk reads them.

Why: z104-like sheets (a two-page invoice printed two pages per sheet) were read as one page whose
lines ran across both pages: the patient's name on page 1 shared a line with page 2's table and was
lost on every rendering. Cut at the gutter, each half is an ordinary page for field extraction.

What makes a sheet two pages (`gutter`), all of it needed: the sheet is landscape; a vertical band of
white near the middle runs its full height (no word crosses it); each half has words from near its
top (its own top-to-bottom flow); and each half carries its own page furniture: the same running
header at the top of both halves, or page numbers in sequence ("Page 1/2", "Page 2/2"). A landscape
page with two panels (a practitioner's panel beside the invoice: w105-like) has no header repeated
over the panels and no page numbers, and a document printed twice side by side (two identical halves)
is one document: both are left as one page.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import replace
from difflib import SequenceMatcher

from PIL import Image

from intake.domain.model import Page, Word
from parsers.base import ReadError
from parsers.image import Prepared, merge_readings, ocr_page
from parsers.layout import by_line, group_lines
from parsers.limits import Limits

LANDSCAPE = 1.2  # width over height from which a sheet may hold two portrait pages side by side
MIDDLE = (0.4, 0.6)  # the gutter lies in this band of the sheet's width
MIN_GUTTER = 0.008  # ... at least this share of the width wide
MIN_HALF_WORDS = 12  # each half holds at least this many words
HALF_TOP = 0.2  # ... and begins within this share of the height (its own header)
HEAD_LINES = 3  # the lines at the top of a half where its running header is looked for
MIN_HEADER_CHARS = 12  # a running header line has at least this many letters or digits
SAME_HEADER = 0.8  # two header lines this similar (difflib ratio) are the same header
COPY = 0.8  # two halves this similar as a whole: one document printed twice, not two pages
HALF_MARGIN = 0.01  # a half is read again from this share of its height above its first word
TWO_UP_NOTE = "page {index} de 2 de la feuille (2 pages par feuille), lue comme une page"
log = logging.getLogger(__name__)
_PAGE_MARK = re.compile(r"\bpage\s*(\d{1,2})\s*(?:/|sur|de)\s*(\d{1,2})\b", re.IGNORECASE)


def gutter(words: Sequence[Word], width: float, height: float) -> float | None:
    """Where to cut a sheet of two pages side by side (x, in the words' units), None when it is not one."""
    if width < LANDSCAPE * height or len(words) < 2 * MIN_HALF_WORDS:
        return None
    cut = _widest_gap(words, width)
    if cut is None:
        return None
    left, right = halves(words, cut)
    if not (_own_flow(left, height) and _own_flow(right, height)):
        return None
    if not (_page_numbers_follow(left, right) or _same_header(left, right)):
        return None
    return cut if _same_text(left, right) < COPY else None


def _widest_gap(words: Sequence[Word], width: float) -> float | None:
    """The middle of the widest run of the sheet's middle band that no word's box crosses."""
    low, high = MIDDLE[0] * width, MIDDLE[1] * width
    spans = sorted((max(w.x0, low), min(w.x1, high)) for w in words if w.x1 > low and w.x0 < high)
    best: tuple[float, float] = (0.0, low)
    reach = low
    for start, end in spans:
        if start - reach > best[0]:
            best = (start - reach, reach)
        reach = max(reach, end)
    if high - reach > best[0]:
        best = (high - reach, reach)
    size, start = best
    return start + size / 2 if size >= MIN_GUTTER * width else None


def halves(words: Sequence[Word], cut: float) -> tuple[list[Word], list[Word]]:
    """The words left and right of `cut`, each half's lines numbered anew; the right half's boxes
    are moved so that the cut is their left edge."""
    left = [w for w in words if (w.x0 + w.x1) / 2 < cut]
    right = [_moved(w, -cut) for w in words if (w.x0 + w.x1) / 2 >= cut]
    return _renumbered(left), _renumbered(right)


def _moved(word: Word, dx: float, dy: float = 0.0) -> Word:
    return Word(word.text, word.x0 + dx, word.y0 + dy, word.x1 + dx, word.y1 + dy, word.conf, word.line)


def _renumbered(words: list[Word]) -> list[Word]:
    """The half's lines in reading order: the words of one line of the sheet stay one unit."""
    return group_lines([sorted(unit, key=lambda w: w.x0) for unit in by_line(words).values()])


def _own_flow(words: list[Word], height: float) -> bool:
    return len(words) >= MIN_HALF_WORDS and min(w.y0 for w in words) <= HALF_TOP * height


def _lines(words: list[Word]) -> list[str]:
    lines = by_line(words)
    return [" ".join(w.text for w in sorted(lines[n], key=lambda w: w.x0)) for n in sorted(lines)]


def _page_numbers_follow(left: list[Word], right: list[Word]) -> bool:
    """'Page n/m' on the left half and 'Page n+1/m' on the right."""
    marks = [{(int(a), int(b)) for a, b in _PAGE_MARK.findall("\n".join(_lines(half)))} for half in (left, right)]
    return any((number + 1, total) in marks[1] for number, total in marks[0] if number < total)


def _same_header(left: list[Word], right: list[Word]) -> bool:
    """A line at the top of the left half is at the top of the right half too (a running header)."""
    tops = [_lines(half)[:HEAD_LINES] for half in (left, right)]
    return any(
        _ratio(one, two) >= SAME_HEADER
        for one in tops[0]
        if sum(ch.isalnum() for ch in one) >= MIN_HEADER_CHARS
        for two in tops[1]
    )


def _same_text(left: list[Word], right: list[Word]) -> float:
    return _ratio(" ".join(_lines(left)), " ".join(_lines(right)))


def _ratio(one: str, two: str) -> float:
    return SequenceMatcher(None, one.lower(), two.lower(), autojunk=False).ratio()


def two_pages(page: Page) -> list[Page]:
    """A text layer's page as the two pages of its sheet when it is a sheet of two (`gutter`), its words
    split at the gutter; else [page]."""
    cut = gutter(page.words, page.width, page.height)
    if cut is None:
        return [page]
    left, right = halves(page.words, cut)
    return [
        _half_page(page, 1, cut, page.height, left, []),
        _half_page(page, 2, page.width - cut, page.height, right, []),
    ]


def read_two_pages(page: Page, image: Image.Image, prepared: Prepared, limits: Limits) -> list[Page]:
    """An OCR'd page (in the pixels of `image`, the image its words were read on) as the two pages of
    its sheet when it is a sheet of two, each half cropped and read again on its own; else [page].

    Why the halves are read again rather than their words split (z104's five renderings, 2026-11-27):
    Tesseract's page layout runs lines of one page into the other's on a fax in normal resolution; read
    alone, the left half gave the NIR and the birth date it lost. Read alone, the fax-fine left half ran
    its boxed patient block into one line and lost the name: each half's reading is therefore merged
    with its words from the sheet (`_read_half`), and all five renderings read every field but the fax
    normal's RPPS and two shares.
    A half whose reading fails keeps its words from the whole sheet; a failure of the cut keeps the
    sheet as one page (cutting is an improvement: a bug in it must not lose the page)."""
    try:
        cut = gutter(page.words, page.width, page.height)
        if cut is None:
            return [page]
        left, right = halves(page.words, cut)
        return [
            _read_half(page, 1, image.crop((0, 0, round(cut), image.size[1])), left, prepared, limits),
            _read_half(page, 2, image.crop((round(cut), 0, image.size[0], image.size[1])), right, prepared, limits),
        ]
    except Exception as error:  # noqa: BLE001 - read as one page, as before the cut existed
        log.warning("two-up split failed", extra={"error_type": type(error).__name__})
        return [page]


def _read_half(
    page: Page, index: int, half: Image.Image, words: list[Word], prepared: Prepared, limits: Limits
) -> Page:
    """The half read again from just above its first word (below a fax header stripped), merged line by
    line with its words from the whole sheet (`merge_readings`: each region from the more confident)."""
    top = max(0, round(min(w.y0 for w in words) - HALF_MARGIN * half.size[1]))
    crop = half.crop((0, top, half.size[0], half.size[1]))
    try:
        image, read, notes = ocr_page(replace(prepared, image=crop, notes=[], sideways=False, pixels=None), limits)
    except ReadError:
        return _half_page(page, index, float(half.size[0]), float(half.size[1]), words, [])
    if image.size != crop.size:  # turned: the half's own reading is not comparable with the sheet's
        return _half_page(page, index, float(half.size[0]), float(half.size[1]), words, [])
    merged = merge_readings([_moved(w, 0.0, -top) for w in words], read)
    return _half_page(page, index, float(crop.size[0]), float(crop.size[1]), merged, notes)


def _half_page(page: Page, index: int, width: float, height: float, words: list[Word], notes: list[str]) -> Page:
    notes = [TWO_UP_NOTE.format(index=index), *page.notes, *(n for n in notes if n not in page.notes)]
    return Page(page.number + index - 1, width, height, words=words, source=page.source, notes=notes)
