"""PDFs: the text layer where it is usable (pdfplumber), OCR of the pages where it is not.

A page's text layer is refused when it is absent or too short, made of `(cid:NN)` glyph codes, mostly
non-printable, or thin text over a page-sized image (a scan with a stamp of text). Those pages are
rendered with pypdfium2 (300 dpi, 400 for small print) and read by Tesseract; their boxes are scaled
back to PDF points so every page of a PDF is in points.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from typing import Any

import pdfplumber
import pypdfium2 as pdfium
from PIL import Image

from intake.domain.model import Page, ReadResult, Word
from parsers.base import ReadError
from parsers.image import ocr_page, prepare
from parsers.layout import group_lines
from parsers.limits import Limits
from parsers.ocr import scale_words
from parsers.tiff import HEADER_NOTE, header_score, strip_fax_header

MIN_CHARS = 20
MAX_BAD_SHARE = 0.2
SCAN_COVER = 0.5  # images covering this share of the page with little text: a scan
SCAN_TEXT_CHARS = 200
SMALL_PRINT_PT = 7.0
MAX_RENDER_PIXELS = 40_000_000
_CID = re.compile(r"\(cid:\d+\)")


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
            with open_plumber(data) as plumber:
                for index in range(count):
                    plumber_page = plumber.pages[index] if plumber and index < len(plumber.pages) else None
                    result.pages.append(read_page(plumber_page, document[index], index + 1, limits))
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


class open_plumber:
    """pdfplumber on the bytes, or None when pdfminer cannot parse what pdfium could."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pdf: Any = None

    def __enter__(self) -> Any:
        try:
            self.pdf = pdfplumber.open(io.BytesIO(self.data))
        except Exception:  # noqa: BLE001 - pdfminer's errors vary by damage; pdfium already vouched for the file
            self.pdf = None
        return self.pdf

    def __exit__(self, *exc: object) -> None:
        if self.pdf is not None:
            self.pdf.close()


def read_page(plumber_page: Any, pdfium_page: pdfium.PdfPage, number: int, limits: Limits) -> Page:
    width, height = pdfium_page.get_size()
    words, sizes, image_cover = _text_layer(plumber_page, width * height)
    if text_is_usable(words, image_cover):
        return Page(
            number, float(width), float(height), words=group_lines([[w] for w in words]), source="text"
        )
    return ocr_pdf_page(pdfium_page, number, limits, small_print=_small_print(sizes))


def _text_layer(plumber_page: Any, area: float) -> tuple[list[Word], list[float], float]:
    if plumber_page is None:
        return [], [], 0.0
    try:
        raw = plumber_page.extract_words(keep_blank_chars=False, use_text_flow=False)
        sizes = [float(char.get("size", 0.0)) for char in plumber_page.chars[:2000]]
        cover = sum(_image_area(image) for image in plumber_page.images) / max(area, 1.0)
    except Exception:  # noqa: BLE001 - a damaged content stream: OCR the rendered page instead
        return [], [], 1.0
    finally:
        plumber_page.flush_cache() if hasattr(plumber_page, "flush_cache") else None
    words = [
        Word(str(w["text"]), float(w["x0"]), float(w["top"]), float(w["x1"]), float(w["bottom"])) for w in raw
    ]
    return words, sizes, cover


def _image_area(image: dict[str, Any]) -> float:
    return max(float(image["x1"]) - float(image["x0"]), 0.0) * max(
        float(image["bottom"]) - float(image["top"]), 0.0
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


def ocr_pdf_page(pdfium_page: pdfium.PdfPage, number: int, limits: Limits, *, small_print: bool) -> Page:
    width, height = pdfium_page.get_size()
    image, dpi = render(pdfium_page, 400 if small_print else limits.ocr_dpi)
    prepared = prepare(image, limits, dpi=(dpi, dpi))
    try:
        final, words, notes = ocr_page(prepared, limits)
    except ReadError as error:
        return Page(number, float(width), float(height), source="ocr", notes=[*prepared.notes, str(error)])
    words, header = _strip_header(words, final.size[1])
    if header:
        notes.append(HEADER_NOTE)
    factor = 72.0 / prepared.dpi
    return Page(
        number,
        final.size[0] * factor,
        final.size[1] * factor,
        words=scale_words(words, factor),
        source="ocr",
        notes=notes,
    )


def _strip_header(words: list[Word], height: float) -> tuple[list[Word], str | None]:
    """Faxes delivered as PDF: strip only a line that is clearly a fax header (page n/m and more)."""
    if not words:
        return words, None
    first = [w for w in words if w.line == 0]
    text = " ".join(w.text for w in first)
    if header_score(text) < 3:
        return words, None
    return strip_fax_header(words, height)
