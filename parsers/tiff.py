"""Image files: multi-page TIFF (faxes G3/G4 included) and single images (JPEG, PNG, GIF, BMP, WebP).

A bilevel CCITT TIFF is a fax: `ReadResult.fax` is set, the sender's TSI is read from the
ImageDescription tag (270) into `meta["tsi"]` (caller ids, on the following lines, into
`meta["caller_ids"]`), and the fax header line at the top of each page is removed from the words.
A frame printed "2 pages par feuille" is read as its two pages (`parsers.twoup.read_two_pages`).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator

from PIL import Image, ImageSequence

from intake.domain.model import Page, ReadResult, Word
from parsers.base import ReadError
from parsers.image import check_pixels, ocr_page, open_image, prepare, resolution, split_sheets
from parsers.layout import with_line
from parsers.limits import Limits
from parsers.twoup import TWO_UP_NOTE, read_two_pages

CCITT = {2, 3, 4}  # TIFF compression: CCITT RLE, T.4 (G3), T.6 (G4)
FAX_WIDTHS = range(1700, 1780)  # 1728 px (A4 at 204 dpi) give or take a margin
log = logging.getLogger(__name__)

HEADER_NOTE = "en-tête fax ignoré"
SHEET_NOTE = "feuille {index} de {sheets} de la photo, lue comme une page"


class ImageReader:
    kinds = frozenset({"tiff", "jpeg", "png", "gif", "bmp", "webp"})

    def read(self, data: bytes, limits: Limits) -> ReadResult:
        image = open_image(data, limits)
        kind = (image.format or "image").lower().replace("mpo", "jpeg")
        result = ReadResult(kind=kind)
        if kind == "tiff":
            result.fax = is_fax(image)
            result.meta.update(fax_description(image))
        photo = kind == "jpeg"
        for frame in _frames(image, kind, limits):
            frame.load()
            # a photo of several sheets: each its own page (`split_sheets`)
            unknown = page_dpi(frame, fax=result.fax, photo=photo) is None
            sheets = _sheets(frame, photo=photo) if unknown else []
            if len(sheets) < 2:
                number = len(result.pages) + 1
                result.pages.extend(read_frame(frame, limits, number=number, fax=result.fax, photo=photo))
                continue
            for index, sheet in enumerate(sheets, start=1):
                pages = read_frame(sheet, limits, number=len(result.pages) + 1, fax=result.fax, photo=photo)
                for page in pages:
                    page.notes.insert(0, SHEET_NOTE.format(index=index, sheets=len(sheets)))
                result.pages.extend(pages)
        headers = header_pages(result.pages)
        if headers:
            result.meta["fax_header_pages"] = headers
        return result


def header_pages(pages: list[Page]) -> int:
    """How many received pages had a fax header: the halves of a sheet printed two pages per sheet share
    their frame's header, counted once (on the left half)."""
    second_half = TWO_UP_NOTE.format(index=2)
    return sum(1 for page in pages if HEADER_NOTE in page.notes and second_half not in page.notes)


def _sheets(frame: Image.Image, *, photo: bool) -> list[Image.Image]:
    """`split_sheets`, or [] when it fails: cutting is an improvement, a bug in it must not lose the photo."""
    try:
        return split_sheets(frame, photo=photo)
    except Exception as error:  # noqa: BLE001 - read as one page, as before the cut existed
        log.warning("sheet split failed", extra={"error_type": type(error).__name__})
        return []


def _frames(image: Image.Image, kind: str, limits: Limits) -> Iterator[Image.Image]:
    """The pages of a TIFF (each checked before decoding); the first frame of anything else."""
    if kind != "tiff":
        yield image
        return
    count = getattr(image, "n_frames", 1)
    if count > limits.max_pages:
        raise ReadError(f"trop de pages ({count} > {limits.max_pages})")
    for frame in ImageSequence.Iterator(image):
        check_pixels(*frame.size, limits)
        yield frame


def is_fax(image: Image.Image) -> bool:
    tags = getattr(image, "tag_v2", {})
    return image.mode == "1" and tags.get(259) in CCITT


def fax_description(image: Image.Image) -> dict[str, object]:
    """HylaFAX puts the TSI on the first line of ImageDescription and caller ids after it."""
    tags = getattr(image, "tag_v2", {})
    raw = tags.get(270)
    if isinstance(raw, bytes):
        raw = raw.decode("latin-1")
    if not isinstance(raw, str) or not raw.strip():
        return {}
    lines = [line.strip() for line in raw.replace("\x00", "").splitlines() if line.strip()]
    meta: dict[str, object] = {"tsi": lines[0][:100]}
    if len(lines) > 1:
        meta["caller_ids"] = [line[:100] for line in lines[1:5]]
    return meta


def fax_dpi(frame: Image.Image) -> tuple[float, float] | None:
    """The resolution, or for a fax without one the usual 204 dpi across and 98 or 196 lines down."""
    dpi = resolution(frame)
    if dpi is not None:
        return dpi
    width, height = frame.size
    if width in FAX_WIDTHS:
        return (204.0, 98.0) if height / width < 0.9 else (204.0, 196.0)
    return None


def page_dpi(frame: Image.Image, *, fax: bool, photo: bool) -> tuple[float, float] | None:
    """The paper's resolution, None when unknown (a photo, a screenshot: guessed from the sheet)."""
    dpi = fax_dpi(frame) if fax else resolution(frame)
    if photo or (dpi is not None and dpi[0] < 100 and dpi[1] < 100):
        return None  # 72/96 dpi on a photo or screenshot says nothing of the paper
    return dpi


def read_frame(frame: Image.Image, limits: Limits, *, number: int, fax: bool, photo: bool) -> list[Page]:
    """The frame's page, or its two pages when it is a sheet printed two pages per sheet (`parsers.twoup`)."""
    frame.load()
    dpi = page_dpi(frame, fax=fax, photo=photo)
    prepared = prepare(frame, limits, dpi=dpi, photo=photo)
    try:
        image, words, notes = ocr_page(prepared, limits)
    except ReadError as error:
        return [Page(number, *prepared.image.size, words=[], source="ocr", notes=[*prepared.notes, str(error)])]
    if fax:
        words, header = strip_fax_header(words, image.size[1])
        if header:
            notes.append(HEADER_NOTE)
    page = Page(number, float(image.size[0]), float(image.size[1]), words=words, source="ocr", notes=notes)
    return read_two_pages(page, image, prepared, limits)


_PAGE_NO = re.compile(r"\b(?:p(?:age|g)?\.?\s*)\d{1,3}\s*/\s*\d{1,3}\b|\b[Pp]\.?\s?\d{3}\b", re.IGNORECASE)
_DATE = re.compile(
    r"\b\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?\b"
    r"|\b\d{1,2}[- ](?:jan|f[ée]v|mar|avr|apr|mai|may|jui|jun|jul|ao[uû]|aug|sep|oct|nov|d[ée]c|dec)",
    re.IGNORECASE,
)
_TIME = re.compile(r"\b\d{1,2}[:h]\d{2}\b")
_PHONE = re.compile(r"(?:\+\d{2}|\b0)[\d .\-()]{8,}\d")
_FAX_WORD = re.compile(r"\b(?:fax|t[ée]l[ée]copie|from|de\s*:|to\s*:)", re.IGNORECASE)


def header_score(text: str) -> int:
    """How much a line looks like a fax machine's header: page n/m, date, time, number, "FAX"."""
    return sum(1 for pattern in (_PAGE_NO, _DATE, _TIME, _PHONE, _FAX_WORD) if pattern.search(text))


def strip_fax_header(words: list[Word], page_height: float) -> tuple[list[Word], str | None]:
    """Remove the first line when it sits in the top 6% of the page and looks like a fax header."""
    if not words:
        return words, None
    first = min(w.line for w in words)
    line = sorted((w for w in words if w.line == first), key=lambda w: w.x0)
    if max(w.y1 for w in line) > 0.06 * page_height:
        return words, None
    text = " ".join(w.text for w in line)
    if header_score(text) < 2:
        return words, None
    kept = [w for w in words if w.line != first]
    return [_shift_line(w) for w in kept], text


def _shift_line(word: Word) -> Word:
    return with_line(word, word.line - 1)
