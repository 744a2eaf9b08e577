"""Fax-normal reading recall: each document's fax-normal page(s) OCR'd against its own text PDF's words.

.venv/bin/python -m bench.fax_recall [--start K] [--per-set N] [--variants a,b,...] [--jobs 2] SET_FOLDER...

For every `<stem>.fax-normal.tif` of the given (open) sets that has a `<stem>.text.pdf` beside it: the
text PDF's words (`pdftotext`, the text layer the fax was printed from) against the words of one
Tesseract reading of each fax page, prepared by `parsers.image.prepare` under a named variant of the
fax-normal preparation (`VARIANTS`; "base" is the code as it is). Recall of number tokens (any token
holding a digit: digit groups, dates, amounts, identifiers) and of all words (multiset: a token read
twice counts once per occurrence in the PDF). Prints one row per set and variant and a pooled row:
recall of numbers and words, prepare and OCR seconds a page (OCR: CPU of the Tesseract child, steadier
than wall time on a shared machine; wall beside it). Variants run page by page interleaved, their order
turned each page, so all see the same machine load.

Only the first reading (Tesseract on the prepared page, psm 3 unless the variant says otherwise) is
measured: the second readings of `ocr_page` (psm 11/4, uncovered text, identifier re-reads) build on it
and are measured by the field bench (`BENCH_RENDERING=fax-normal python -m bench.extraction SET`).
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from unittest import mock

import numpy as np
from PIL import Image

from parsers import image as image_module
from parsers.limits import Limits

TOKEN_EDGES = ".,;:!?()[]{}«»\"'`*|_–—-/€%"  # noqa: S105 - punctuation trimmed off tokens


def tokens(text: str) -> list[str]:
    """Whitespace-separated tokens, folded (lower case, accents off), punctuation trimmed at the edges;
    empty tokens dropped."""
    out = []
    for raw in text.split():
        folded = unicodedata.normalize("NFKD", raw.lower())
        folded = "".join(c for c in folded if not unicodedata.combining(c)).strip(TOKEN_EDGES)
        if folded:
            out.append(folded)
    return out


def is_number(token: str) -> bool:
    return any(c.isdigit() for c in token)


def recall(truth: list[str], read: list[str]) -> tuple[int, int]:
    """(found, expected): the multiset intersection of the PDF's tokens with the OCR's."""
    want, got = Counter(truth), Counter(read)
    return sum((want & got).values()), sum(want.values())


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True, text=True).stdout


# --- preparation variants (each a context manager patching `parsers.image` for one page) -------------

def _resample(method: Image.Resampling) -> Callable[[], contextlib.AbstractContextManager[Any]]:
    """Upscaling in `affine` by `method` instead of bicubic."""
    original = image_module.resized

    def resized(image: Image.Image, size: tuple[int, int], resample: Image.Resampling, **kw: Any) -> Image.Image:
        if size[0] >= image.size[0] and size[1] > image.size[1]:
            resample = method
        return original(image, size, resample, **kw)

    return lambda: mock.patch.object(image_module, "resized", resized)


def _blur(radii: tuple[float, float]) -> Callable[[], contextlib.AbstractContextManager[Any]]:
    return lambda: mock.patch.object(image_module, "FAX_NORMAL_BLUR", radii)


def _target(dpi: int) -> Callable[[], contextlib.AbstractContextManager[Any]]:
    return lambda: mock.patch.object(image_module, "TARGET_DPI", dpi)


def _stretch_only() -> contextlib.AbstractContextManager[Any]:
    """×2 vertically only: left at 204 dpi, no upscale to 300."""
    return mock.patch.object(image_module, "rescale_factor", lambda *a, **k: 1.0)


def close_gaps(array: np.ndarray) -> np.ndarray:
    """Ink pixels added where a white pixel has ink on both sides across or above and below (1-px
    breaks of a stroke at the fax's native resolution)."""
    ink = array < 128
    fill = np.zeros_like(ink)
    fill[:, 1:-1] |= ink[:, :-2] & ink[:, 2:]
    fill[1:-1, :] |= ink[:-2, :] & ink[2:, :]
    out = array.copy()
    out[fill & ~ink] = 0
    return out


def _closed() -> contextlib.AbstractContextManager[Any]:
    """A morphological close of 1-px gaps on the native page, before the blur and stretch (after the
    broken rules are joined)."""
    original = image_module.join_broken_rules

    def joined(image: Image.Image, x_dpi: float) -> tuple[Image.Image, int]:
        image, count = original(image, x_dpi)
        return Image.fromarray(close_gaps(np.asarray(image))), count

    return mock.patch.object(image_module, "join_broken_rules", joined)


def _stretch_first(method: Image.Resampling) -> Callable[[], contextlib.AbstractContextManager[Any]]:
    """The ×2 stretch on its own by `method` on the blurred native page, then the usual bicubic rescale to
    ~300 dpi (two resamplings instead of one)."""
    def cm() -> contextlib.AbstractContextManager[Any]:
        original_affine = image_module.affine

        def affine(image: Image.Image, scale_x: float, scale_y: float, angle: float, **kw: Any) -> Image.Image:
            if scale_y >= 2 * scale_x * 0.99:
                image = image.resize((image.size[0], image.size[1] * 2), method)
                scale_y /= 2
                kw.pop("array", None)
            return original_affine(image, scale_x, scale_y, angle, **kw)

        return mock.patch.object(image_module, "affine", affine)

    return cm


@dataclass
class Variant:
    prepare: Callable[[], contextlib.AbstractContextManager[Any]] = contextlib.nullcontext
    psm: int | None = None
    config: tuple[str, ...] = ()
    after: Callable[[Image.Image], Image.Image] | None = None  # on the prepared page, before Tesseract


def _threshold(level: int) -> Callable[[Image.Image], Image.Image]:
    return lambda image: image.point(lambda v: 0 if v < level else 255)


VARIANTS: dict[str, Variant] = {
    "base": Variant(),
    "bilinear": Variant(_resample(Image.Resampling.BILINEAR)),
    "lanczos": Variant(_resample(Image.Resampling.LANCZOS)),
    "nearest": Variant(_resample(Image.Resampling.NEAREST)),
    "x2-nearest-then-bicubic": Variant(_stretch_first(Image.Resampling.NEAREST)),
    "x2-bilinear-then-bicubic": Variant(_stretch_first(Image.Resampling.BILINEAR)),
    "x2-bicubic-then-bicubic": Variant(_stretch_first(Image.Resampling.BICUBIC)),
    "x2-only-204dpi": Variant(_stretch_only),
    "up-400dpi": Variant(_target(400)),
    "blur-light": Variant(_blur((0.7, 0.35))),
    "blur-strong": Variant(_blur((1.4, 0.7))),
    "blur-across-only": Variant(_blur((1.0, 0.01))),
    "close-1px": Variant(_closed),
    "threshold-128": Variant(after=_threshold(128)),
    "threshold-160": Variant(after=_threshold(160)),
    "sauvola": Variant(config=("thresholding_method=2",)),
    "psm4": Variant(psm=4),
    "psm6": Variant(psm=6),
}


# --- the run -------------------------------------------------------------------------------------------

@dataclass
class PageResult:
    set_name: str
    file: str
    variant: str
    numbers: tuple[int, int]
    words: tuple[int, int]
    prepare: float
    ocr_cpu: float
    ocr_wall: float


@dataclass
class Totals:
    pages: int = 0
    numbers: list[int] = field(default_factory=lambda: [0, 0])
    words: list[int] = field(default_factory=lambda: [0, 0])
    prepare: float = 0.0
    ocr_cpu: float = 0.0
    ocr_wall: float = 0.0

    def add(self, r: PageResult) -> None:
        self.pages += 1
        for total, (found, expected) in ((self.numbers, r.numbers), (self.words, r.words)):
            total[0] += found
            total[1] += expected
        self.prepare += r.prepare
        self.ocr_cpu += r.ocr_cpu
        self.ocr_wall += r.ocr_wall


def fax_documents(folder: Path) -> Iterator[tuple[Path, Path]]:
    for fax in sorted(folder.glob("*.fax-normal.tif")):
        text = fax.with_name(fax.name.removesuffix(".fax-normal.tif") + ".text.pdf")
        if text.exists():
            yield fax, text


def run_document(job: tuple[str, str, str, list[str], int]) -> list[PageResult]:
    """Every variant on every page of one fax (the whole document's OCR tokens against its PDF's)."""
    from bench.readers import _engine_cpu, fax_pages
    from parsers.ocr import ocr_words
    from parsers.tiff import fax_dpi

    set_name, fax_path, text_path, names, turn = job
    limits = Limits()
    truth = tokens(pdf_text(Path(text_path)))
    truth_numbers = [t for t in truth if is_number(t)]
    frames = fax_pages(Path(fax_path))
    order = names[turn % len(names):] + names[: turn % len(names)]
    results = []
    for name in order:
        variant = VARIANTS[name]
        read: list[str] = []
        prep = cpu = wall = 0.0
        for frame in frames:
            started = time.perf_counter()
            with variant.prepare():
                prepared = image_module.prepare(frame, limits, dpi=fax_dpi(frame))
            page = prepared.image if variant.after is None else variant.after(prepared.image)
            prep += time.perf_counter() - started
            engine = _engine_cpu()
            started = time.perf_counter()
            words = ocr_words(page, limits, dpi=prepared.dpi, psm=variant.psm, config=variant.config)
            wall += time.perf_counter() - started
            cpu += _engine_cpu() - engine
            read += tokens(" ".join(w.text for w in words))
        numbers = recall(truth_numbers, [t for t in read if is_number(t)])
        results.append(PageResult(set_name, Path(fax_path).name, name, numbers, recall(truth, read),
                                  prep / len(frames), cpu / len(frames), wall / len(frames)))
    return results


def pct(pair: list[int] | tuple[int, int]) -> str:
    return f"{100 * pair[0] / pair[1]:5.1f} %" if pair[1] else "   – "


def report(results: list[PageResult], names: list[str]) -> str:
    sets: dict[str, dict[str, Totals]] = {}
    pooled = {name: Totals() for name in names}
    for r in results:
        sets.setdefault(r.set_name, {name: Totals() for name in names})[r.variant].add(r)
        pooled[r.variant].add(r)
    lines = [f"{'set':28} {'variant':26} {'docs':>4} {'numbers':>8} {'words':>8} {'prep s':>7} "
             f"{'ocr cpu s':>9} {'ocr wall s':>10}"]

    def row(label: str, name: str, t: Totals) -> str:
        n = max(t.pages, 1)
        return (f"{label:28} {name:26} {t.pages:4} {pct(t.numbers):>8} {pct(t.words):>8} {t.prepare / n:7.2f} "
                f"{t.ocr_cpu / n:9.2f} {t.ocr_wall / n:10.2f}")

    for set_name, by in sets.items():
        lines += [row(set_name, name, by[name]) for name in names]
    lines.append("")
    base = pooled.get("base")
    for name in names:
        t = pooled[name]
        extra = ""
        if base and base.ocr_cpu and name != "base":
            extra = (f"  numbers {t.numbers[0] - base.numbers[0]:+d}, words {t.words[0] - base.words[0]:+d}, "
                     f"OCR CPU {100 * (t.ocr_cpu / base.ocr_cpu - 1):+.1f} %")
        lines.append(row("POOLED", name, t) + extra)
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    per_set, start, jobs, names, folders = 0, 0, 2, ["base"], []
    args = iter(argv)
    for arg in args:
        if arg == "--per-set":
            per_set = int(next(args))
        elif arg == "--start":
            start = int(next(args))
        elif arg == "--jobs":
            jobs = int(next(args))
        elif arg == "--variants":
            names = next(args).split(",")
            if "base" not in names:
                names.insert(0, "base")
        else:
            folders.append(Path(arg))
    unknown = [n for n in names if n not in VARIANTS]
    if unknown or not folders:
        raise SystemExit(f"unknown variants {unknown}; known: {', '.join(VARIANTS)}\n{__doc__}")
    work: list[tuple[str, str, str, list[str], int]] = []
    for folder in folders:
        docs = list(fax_documents(folder))[start:]
        if per_set:
            docs = docs[:: max(1, len(docs) // per_set)][:per_set]
        work += [(str(folder), str(fax), str(text), names, len(work) + i) for i, (fax, text) in enumerate(docs)]
    results: list[PageResult] = []
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for done in pool.map(run_document, work):
            results += done
    print(report(results, names))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
