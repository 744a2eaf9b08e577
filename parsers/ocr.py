"""Tesseract through pytesseract: one prepared image in, words with boxes, confidences and lines out.

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

import os
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import replace

import pytesseract
from PIL import Image

from intake.domain.model import Word
from parsers.base import ReadError
from parsers.layout import group_lines
from parsers.limits import Limits


def ocr_words(image: Image.Image, limits: Limits, *, dpi: int = 300, psm: int | None = None) -> list[Word]:
    """Words of the image in its pixel coordinates, conf 0..1, lines in reading order."""
    return group_lines(_tesseract_lines(tesseract_tsv(image, limits, dpi=dpi, psm=psm)))


def tesseract_tsv(
    image: Image.Image, limits: Limits, *, dpi: int = 300, psm: int | None = None
) -> dict[str, list[str]]:
    """Run `tesseract FILE stdout ... tsv` on the image written as an uncompressed BMP to a
    temporary file (in memory under /dev/shm where it exists).

    Measured CPU per 300 dpi fax page: pytesseract's PNG (encode ~0.25 s, decode in Tesseract) and a
    PGM piped to stdin (Tesseract reads stdin slowly) each cost ~0.3 s more than a BMP file, which
    costs what the plain `tesseract` command on a file does."""
    if image.mode not in ("L", "1"):
        image = image.convert("L")
    if image.mode == "L" and _bilevel(image):
        image = image.convert("1", dither=Image.Dither.NONE)  # a fax as received: 0.1 s less (measured)
    with tempfile.NamedTemporaryFile(suffix=".bmp", dir=_TMP) as file:
        image.save(file, format="BMP")
        file.flush()
        command = [
            _tesseract_cmd(),
            file.name,
            "stdout",
            "-l",
            limits.ocr_lang,
            "--psm",
            str(psm if psm is not None else limits.ocr_psm),
            "--dpi",
            str(int(dpi)),
            "tsv",
        ]
        try:
            done = subprocess.run(
                command,
                capture_output=True,
                timeout=limits.ocr_timeout,
                env={**os.environ, "OMP_THREAD_LIMIT": "1"},  # one thread: the workers parallelise by page
                check=False,
            )
        except FileNotFoundError as error:
            raise ReadError("OCR indisponible (Tesseract absent)") from error
        except subprocess.TimeoutExpired as error:
            raise ReadError(f"OCR trop long (plus de {limits.ocr_timeout:g} s par page)") from error
    if done.returncode != 0:
        raise ReadError("OCR en échec")
    return _parse_tsv(done.stdout.decode("utf-8", errors="replace"))


_SHM = "/dev/shm"  # noqa: S108 - NamedTemporaryFile: random name, created exclusively, mode 0600
_TMP = _SHM if os.path.isdir(_SHM) and os.access(_SHM, os.W_OK) else None
_COLUMNS = (
    "level",
    "page_num",
    "block_num",
    "par_num",
    "line_num",
    "word_num",
    "left",
    "top",
    "width",
    "height",
    "conf",
    "text",
)


def _bilevel(image: Image.Image) -> bool:
    histogram = image.histogram()
    return histogram[0] + histogram[255] == image.size[0] * image.size[1]


def _tesseract_cmd() -> str:
    return str(getattr(pytesseract.pytesseract, "tesseract_cmd", "tesseract") or "tesseract")


def _parse_tsv(text: str) -> dict[str, list[str]]:
    data: dict[str, list[str]] = {name: [] for name in _COLUMNS}
    for row in text.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 11:
            continue
        if len(cells) == 11:
            cells.append("")
        for name, cell in zip(_COLUMNS, [*cells[:11], "\t".join(cells[11:])], strict=True):
            data[name].append(cell)
    return data


def _tesseract_lines(data: dict[str, list[str]]) -> list[list[Word]]:
    lines: dict[tuple[int, int, int, int], list[Word]] = {}
    for index, text in enumerate(data["text"]):
        word = str(text).strip()
        conf = float(str(data["conf"][index]))
        if not word or conf < 0:
            continue
        left, top = _int(data["left"][index]), _int(data["top"][index])
        width, height = _int(data["width"][index]), _int(data["height"][index])
        key = (
            _int(data["page_num"][index]),
            _int(data["block_num"][index]),
            _int(data["par_num"][index]),
            _int(data["line_num"][index]),
        )
        lines.setdefault(key, []).append(Word(word, left, top, left + width, top + height, conf / 100.0))
    return list(lines.values())


def _int(value: object) -> int:
    return int(str(value))


def scale_words(words: Sequence[Word], factor: float) -> list[Word]:
    """Boxes from image pixels to other units (e.g. PDF points: factor 72/dpi)."""
    return [replace(w, x0=w.x0 * factor, y0=w.y0 * factor, x1=w.x1 * factor, y1=w.y1 * factor) for w in words]


def mean_conf(words: Sequence[Word]) -> float:
    return sum(w.conf for w in words) / len(words) if words else 0.0
