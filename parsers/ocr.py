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
        return run_tesseract(file.name, limits, dpi=dpi, psm=psm if psm is not None else limits.ocr_psm)


def run_tesseract(
    source: str, limits: Limits, *, dpi: int, psm: int, config: Sequence[str] = (), lang: str | None = None
) -> dict[str, list[str]]:
    """`tesseract SOURCE stdout -l LANG --psm N --dpi D [-c k=v ...] tsv`, parsed. SOURCE is an image
    file, or a text file listing images (one Tesseract process, the model loaded once; rows carry
    `page_num` 1, 2, ... in the list's order). LANG: `limits.ocr_lang` unless given."""
    command = [_tesseract_cmd(), source, "stdout", "-l", lang or limits.ocr_lang]
    command += ["--psm", str(psm), "--dpi", str(int(dpi))]
    for setting in config:
        command += ["-c", setting]
    command.append("tsv")
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
    """Tesseract's TSV as columns, word rows only: the page, block, paragraph and line rows (empty
    text, conf -1) are left out, as every reader of these columns skips them anyway."""
    data: dict[str, list[str]] = {name: [] for name in _COLUMNS}
    columns = [data[name] for name in _COLUMNS]
    for row in text.splitlines()[1:]:
        cells = row.split("\t", 11)
        if len(cells) < 12 or not cells[11].strip():
            continue
        for column, cell in zip(columns, cells, strict=True):
            column.append(cell)
    return data


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
