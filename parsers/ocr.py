"""Tesseract (parsers.tesseract_engine): one prepared image in, words with boxes, confidences and lines out.

Page segmentation: `Limits.ocr_psm`, default 3. Word recall against the text layer on 3 synthetic
invoices (table, two-column header, 6.5 pt small print), seconds per page on 2 cores:
  psm    scan 300 dpi      fax fine 204×196   fax normal 204×98
  3      0.983  1.15 s     0.978  1.08 s      0.833  1.21 s
  4      0.987  1.17 s     0.966  1.06 s      0.879  1.14 s
  6      0.940  0.94 s     0.944  0.88 s      0.856  0.94 s
  11     0.959  1.10 s     0.957  1.06 s      0.839  1.08 s
Lines are renumbered geometrically (`parsers.layout.group_lines`), so a label and its value in two
Tesseract blocks still share a line.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray
from PIL import Image

from intake.domain.model import Word
from parsers.layout import group_lines
from parsers.limits import Limits
from parsers.tesseract_engine import tesseract_columns

SAUVOLA = ("thresholding_method=2",)  # Tesseract binarises by Sauvola's local threshold, not one Otsu level


def ocr_words(
    image: Image.Image, limits: Limits, *, dpi: int = 300, psm: int | None = None, config: Sequence[str] = (),
    pixels: NDArray[np.uint8] | None = None,
) -> list[Word]:
    """Words of the image in its pixel coordinates, conf 0..1, lines in reading order. `config`:
    Tesseract variables ("name=value"), e.g. `SAUVOLA` for a photo. `pixels`: a grey image's pixels,
    when at hand (`tesseract_tsv`)."""
    return group_lines(_tesseract_lines(tesseract_tsv(image, limits, dpi=dpi, psm=psm, config=config, pixels=pixels)))


def tesseract_tsv(
    image: Image.Image, limits: Limits, *, dpi: int = 300, psm: int | None = None, config: Sequence[str] = (),
    pixels: NDArray[np.uint8] | None = None,
) -> dict[str, list[str]]:
    """Tesseract's TSV word rows for the image, through this process's long-lived Tesseract
    (`parsers.tesseract_engine`). A bilevel page goes as 1 bit a pixel (a fax as received: 0.1 s a
    page less, measured). `pixels`: a grey image's pixels, when at hand: sent as they are (Pillow's
    `tobytes` copies the page, 8.6 MB at 300 dpi, in 64 kB pieces then joined: ~1.5-5 ms)."""
    if image.mode not in ("L", "1"):
        image, pixels = image.convert("L"), None
    if image.mode == "L" and _bilevel(image):
        image, pixels = image.convert("1", dither=Image.Dither.NONE), None
    return tesseract_columns(
        [image if pixels is None else pixels], limits, dpi=dpi, psm=psm if psm is not None else limits.ocr_psm,
        config=config,
    )


def _bilevel(image: Image.Image) -> bool:
    """Only pure black and white pixels. A strip across the middle (a fiftieth of the page, ~1 ms) then
    a band (a fifth, ~5 ms) are looked at first: a resampled or scanned page shows grey there, and the
    whole page (15 ms at 300 dpi) is then not counted."""
    width, height = image.size
    middles = ((height * 49 // 100, height * 51 // 100), (height * 2 // 5, height * 3 // 5))
    if not all(_only_black_and_white(image.crop((0, top, width, bottom))) for top, bottom in middles):
        return False
    return _only_black_and_white(image)


def _only_black_and_white(image: Image.Image) -> bool:
    histogram = image.histogram()
    return histogram[0] + histogram[255] == image.size[0] * image.size[1]


def _tesseract_lines(data: dict[str, list[str]]) -> list[list[Word]]:
    lines: dict[tuple[str, str, str, str], list[Word]] = {}
    rows = zip(
        data["text"], data["conf"], data["left"], data["top"], data["width"], data["height"],
        data["page_num"], data["block_num"], data["par_num"], data["line_num"], strict=True,
    )
    for text, conf_text, left_text, top_text, width, height, page, block, par, line in rows:
        word = text.strip()
        conf = float(conf_text)
        if not word or conf < 0:
            continue
        left, top = int(left_text), int(top_text)
        word_box = Word(word, left, top, left + int(width), top + int(height), conf / 100.0)
        lines.setdefault((page, block, par, line), []).append(word_box)
    return list(lines.values())


def scale_words(words: Sequence[Word], factor: float) -> list[Word]:
    """Boxes from image pixels to other units (e.g. PDF points: factor 72/dpi)."""
    return [Word(w.text, w.x0 * factor, w.y0 * factor, w.x1 * factor, w.y1 * factor, w.conf, w.line) for w in words]


def mean_conf(words: Sequence[Word]) -> float:
    return sum(w.conf for w in words) / len(words) if words else 0.0
