"""Measure field extraction against the samples' ground truth (`<file>.json` next to each sample).

    python -m bench.fields_eval samples/documents/*.pdf

`evaluate(files)` returns per-field counts and accuracy, and the calibration of high-confidence
fields (among fields reported with confidence >= 0.9, how many are right).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from intake.domain.model import FIELD_NAMES, ExtractedDocument, Page, Word
from parsers.fields import extract_documents

HIGH = 0.9


def pages_from_pdf(path: Path) -> list[Page]:
    """Pages of words from a PDF text layer (pdfplumber), lines grouped by their vertical position."""
    import pdfplumber

    pages: list[Page] = []
    with pdfplumber.open(str(path)) as pdf:
        for number, plumber_page in enumerate(pdf.pages, 1):
            raw = plumber_page.extract_words(keep_blank_chars=False, use_text_flow=False)
            pages.append(
                Page(
                    number,
                    float(plumber_page.width),
                    float(plumber_page.height),
                    _words_with_lines(raw),
                    "text",
                )
            )
    return pages


def _words_with_lines(raw: list[dict[str, Any]]) -> list[Word]:
    ordered = sorted(raw, key=lambda w: (float(w["top"]), float(w["x0"])))
    words: list[Word] = []
    line = -1
    line_bottom = -1.0
    for w in ordered:
        top, bottom = float(w["top"]), float(w["bottom"])
        middle = (top + bottom) / 2
        if line < 0 or middle > line_bottom:
            line += 1
            line_bottom = bottom
        words.append(Word(str(w["text"]), float(w["x0"]), top, float(w["x1"]), bottom, 1.0, line))
    return words


def read_pages(path: Path) -> list[Page]:
    """The project's reader when it exists; pdfplumber otherwise (text PDFs only)."""
    try:
        from parsers.read import read_document  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return pages_from_pdf(path)
    result = read_document(path.read_bytes(), filename=path.name)
    return list(result.pages)


def _truth(path: Path) -> list[dict[str, Any]]:
    truth_path = path.with_name(path.name + ".json")
    if not truth_path.exists():
        truth_path = path.with_suffix(".json")
    data = json.loads(truth_path.read_text(encoding="utf-8"))
    return list(data.get("documents", []))


def _pair(
    found: list[ExtractedDocument], truth: list[dict[str, Any]]
) -> list[tuple[ExtractedDocument | None, dict[str, Any]]]:
    pairs: list[tuple[ExtractedDocument | None, dict[str, Any]]] = []
    for i, expected in enumerate(truth):
        pairs.append((found[i] if i < len(found) else None, expected))
    return pairs


def evaluate(files: Iterable[str | Path], *, pages_of: Any = None, verbose: bool = False) -> dict[str, Any]:
    """Per-field accuracy over the files, and calibration of confident fields."""
    reader = pages_of or read_pages
    stats: dict[str, dict[str, int]] = {
        n: {"expected": 0, "right": 0, "wrong": 0, "missed": 0, "extra": 0} for n in FIELD_NAMES
    }
    high = {"count": 0, "right": 0}
    errors: list[str] = []
    documents = {"files": 0, "expected": 0, "found": 0, "kind_right": 0}
    for file in files:
        path = Path(file)
        truth = _truth(path)
        found = extract_documents(reader(path))
        documents["files"] += 1
        documents["expected"] += len(truth)
        documents["found"] += len(found)
        for document, expected in _pair(found, truth):
            if document is not None and document.kind == expected.get("kind"):
                documents["kind_right"] += 1
            _score(path.name, document, expected.get("fields", {}), stats, high, errors)
    result: dict[str, Any] = {"fields": {}, "documents": documents, "high_confidence": high, "errors": errors}
    for name, s in stats.items():
        reported = s["right"] + s["wrong"] + s["extra"]
        result["fields"][name] = {
            **s,
            "accuracy": round(s["right"] / s["expected"], 3) if s["expected"] else None,
            "precision": round(s["right"] / reported, 3) if reported else None,
        }
    high["precision"] = round(high["right"] / high["count"], 4) if high["count"] else None  # type: ignore[assignment]
    return result


def _score(
    file: str,
    document: ExtractedDocument | None,
    expected: dict[str, Any],
    stats: dict[str, dict[str, int]],
    high: dict[str, int],
    errors: list[str],
) -> None:
    fields = document.fields if document else {}
    for name in FIELD_NAMES:
        want = expected.get(name)
        got = fields.get(name)
        s = stats[name]
        if want is not None:
            s["expected"] += 1
        if got is None:
            if want is not None:
                s["missed"] += 1
                errors.append(f"{file}: {name} missed (want {want!r})")
            continue
        right = want is not None and str(want) == got.value
        if got.confidence >= HIGH:
            high["count"] += 1
            high["right"] += int(right)
        if want is None:
            s["extra"] += 1
            errors.append(f"{file}: {name} extra {got.value!r} ({got.confidence:.2f})")
        elif right:
            s["right"] += 1
        else:
            s["wrong"] += 1
            errors.append(f"{file}: {name} wrong {got.value!r} want {want!r} ({got.confidence:.2f})")


def main(argv: list[str]) -> int:
    result = evaluate(argv)
    for name, s in result["fields"].items():
        print(
            f"{name:20} exp={s['expected']:3} right={s['right']:3} wrong={s['wrong']:3} "
            f"missed={s['missed']:3} extra={s['extra']:3} acc={s['accuracy']} prec={s['precision']}"
        )
    print("documents", result["documents"])
    print("high confidence", result["high_confidence"])
    for line in result["errors"]:
        print("  ", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
