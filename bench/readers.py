"""Timing helpers for the document readers (used by the bench harness; runnable on its own).

.venv/bin/python -m bench.readers text  FILE.pdf...   # our PDF text reader vs pdftotext -layout
.venv/bin/python -m bench.readers fax   FILE.tif...   # OCR seconds/page, ours vs plain tesseract;
                                                     # mean word confidence before/after preparation
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageSequence

from parsers.image import prepare
from parsers.limits import Limits
from parsers.ocr import mean_conf, ocr_words
from parsers.read import read_document
from parsers.tiff import fax_dpi


@dataclass
class Timing:
    label: str
    seconds: float
    pages: int

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0

    @property
    def seconds_per_page(self) -> float:
        return self.seconds / self.pages if self.pages else 0.0


def timed(label: str, run: Callable[[], int]) -> Timing:
    started = time.perf_counter()
    pages = run()
    return Timing(label, time.perf_counter() - started, pages)


def pdf_text_ours(paths: Sequence[Path], limits: Limits | None = None) -> Timing:
    def run() -> int:
        return sum(len(read_document(path.read_bytes(), limits=limits).pages) for path in paths)

    return timed("read_document", run)


def pdf_text_pdftotext(paths: Sequence[Path]) -> Timing:
    def run() -> int:
        pages = 0
        for path in paths:
            out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=False)
            pages += out.stdout.count(b"\f")
        return pages

    return timed("pdftotext -layout", run)


def fax_pages(path: Path) -> list[Image.Image]:
    with Image.open(path) as image:
        return [frame.copy() for frame in ImageSequence.Iterator(image)]


def tesseract_cli(image: Image.Image, lang: str = "fra", dpi: int = 300) -> float:
    """Seconds for `tesseract file.tif - -l fra` on this image (written as an uncompressed TIFF)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "page.tif"
        image.save(path, format="TIFF", compression="raw", dpi=(dpi, dpi))
        env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
        started = time.perf_counter()
        subprocess.run(["tesseract", str(path), "-", "-l", lang], capture_output=True, check=False, env=env)
        return time.perf_counter() - started


@dataclass
class FaxPageReport:
    prepare_seconds: float
    ocr_seconds: float  # our ocr_words (pytesseract image_to_data) on the prepared image
    cli_seconds: float  # plain tesseract CLI on the same prepared image
    conf_raw: float  # mean word confidence, tesseract on the page as received
    conf_prepared: float


def fax_page_report(frame: Image.Image, limits: Limits | None = None) -> FaxPageReport:
    limits = limits or Limits()
    dpi = fax_dpi(frame)
    raw_dpi = int(dpi[0]) if dpi else 200
    conf_raw = mean_conf(ocr_words(frame.convert("L"), limits, dpi=raw_dpi))
    started = time.perf_counter()
    prepared = prepare(frame, limits, dpi=dpi)
    prepare_seconds = time.perf_counter() - started
    started = time.perf_counter()
    words = ocr_words(prepared.image, limits, dpi=prepared.dpi)
    ocr_seconds = time.perf_counter() - started
    cli = tesseract_cli(prepared.image, limits.ocr_lang, prepared.dpi)
    return FaxPageReport(prepare_seconds, ocr_seconds, cli, conf_raw, mean_conf(words))


def main(argv: Sequence[str]) -> None:
    mode, paths = argv[0], [Path(p) for p in argv[1:]]
    if mode == "text":
        for timing in (pdf_text_ours(paths), pdf_text_pdftotext(paths)):
            print(f"{timing.label:20} {timing.pages} pages {timing.pages_per_second:7.1f} pages/s")
    elif mode == "fax":
        for path in paths:
            for number, frame in enumerate(fax_pages(path), start=1):
                r = fax_page_report(frame)
                print(
                    f"{path.name} p{number}: prepare {r.prepare_seconds:.2f}s ocr {r.ocr_seconds:.2f}s "
                    f"cli {r.cli_seconds:.2f}s conf {r.conf_raw:.3f} -> {r.conf_prepared:.3f}"
                )
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
