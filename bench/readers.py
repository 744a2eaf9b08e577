"""Timing helpers for the document readers (used by the bench harness; runnable on its own).

.venv/bin/python -m bench.readers text  FILE.pdf...   # our PDF text reader vs pdftotext -layout
.venv/bin/python -m bench.readers fax   FILE.tif...   # OCR seconds/page, ours vs plain tesseract;
                                                     # mean word confidence before/after preparation
.venv/bin/python -m bench.readers overhead FILE.tif... # whole read_document vs plain tesseract on the
                                                     # same prepared pages, 3 rounds (wall and CPU)
"""

from __future__ import annotations

import os
import resource
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
from parsers.recheck import RECHECKED_NOTE
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


def tesseract_cli(image: Image.Image, lang: str = "fra", dpi: int = 300, psm: int = 3) -> float:
    """Seconds for `tesseract file.tif - -l fra --psm 3` on this image (written as an uncompressed
    TIFF at `dpi`): the same language and page segmentation as `parsers.ocr` uses."""
    return tesseract_cli_times(image, lang, dpi, psm)[0]


def tesseract_cli_times(image: Image.Image, lang: str = "fra", dpi: int = 300, psm: int = 3) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the tesseract process) for the plain command on this image."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "page.tif"
        image.save(path, format="TIFF", compression="raw", dpi=(dpi, dpi))
        env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
        cpu = _children_cpu()
        started = time.perf_counter()
        subprocess.run(
            ["tesseract", str(path), "-", "-l", lang, "--psm", str(psm)], capture_output=True, check=False, env=env
        )
        return time.perf_counter() - started, _children_cpu() - cpu


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _own_cpu() -> float:
    """This process, its finished children, and the long-lived Tesseract child (still running, so not
    in RUSAGE_CHILDREN: read from /proc)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime + _children_cpu() + _engine_cpu()


def _engine_cpu() -> float:
    from parsers import tesseract_engine

    process = tesseract_engine._child().process
    if process is None or process.poll() is not None:
        return 0.0
    try:
        fields = Path(f"/proc/{process.pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime


@dataclass
class OcrRound:
    """One pass over the fax files: ours (whole `read_document`) against plain tesseract on the same
    prepared pages, wall and CPU seconds (CPU: this process and its tesseract children; the ratio of
    CPU seconds is steadier than wall time on a shared machine)."""

    pages: int
    ours_wall: float
    ours_cpu: float
    base_wall: float
    base_cpu: float
    prepare: float
    rechecked_pages: int

    @property
    def wall_overhead(self) -> float:
        return self.ours_wall / self.base_wall - 1.0 if self.base_wall else 0.0

    @property
    def cpu_overhead(self) -> float:
        return self.ours_cpu / self.base_cpu - 1.0 if self.base_cpu else 0.0


def ocr_round(paths: Sequence[Path], limits: Limits | None = None) -> OcrRound:
    """Each file read by `read_document`, then each of its pages prepared again and given to the plain
    `tesseract` command (same language, same page segmentation, same prepared image), interleaved
    file by file so both sides see the same machine load."""
    limits = limits or Limits()
    pages = rechecked = 0
    ours_wall = ours_cpu = base_wall = base_cpu = prep = 0.0
    for path in paths:
        data = path.read_bytes()
        cpu = _own_cpu()
        started = time.perf_counter()
        result = read_document(data, limits=limits)
        ours_wall += time.perf_counter() - started
        ours_cpu += _own_cpu() - cpu
        pages += len(result.pages)
        rechecked += sum(1 for page in result.pages if any(n.startswith(RECHECKED_NOTE) for n in page.notes))
        for frame in fax_pages(path):
            started = time.perf_counter()
            prepared = prepare(frame, limits, dpi=fax_dpi(frame))
            prep += time.perf_counter() - started
            wall, child = tesseract_cli_times(prepared.image, limits.ocr_lang, prepared.dpi, limits.ocr_psm)
            base_wall += wall
            base_cpu += child
    return OcrRound(pages, ours_wall, ours_cpu, base_wall, base_cpu, prep, rechecked)


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
    cli = tesseract_cli(prepared.image, limits.ocr_lang, prepared.dpi, limits.ocr_psm)
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
    elif mode == "overhead":
        for number in range(3):
            r = ocr_round(paths)
            print(
                f"round {number + 1}: {r.pages} pages, ours {r.ours_wall / r.pages:.2f} s/page "
                f"(CPU {r.ours_cpu / r.pages:.2f}), tesseract {r.base_wall / r.pages:.2f} s/page "
                f"(CPU {r.base_cpu / r.pages:.2f}): overhead {100 * r.wall_overhead:+.1f} % wall, "
                f"{100 * r.cpu_overhead:+.1f} % CPU; {r.rechecked_pages} page(s) with a re-read identifier"
            )
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
