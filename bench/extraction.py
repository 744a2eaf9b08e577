"""Extraction quality on the samples' ground truth, per rendering and per field.

.venv/bin/python -m bench.extraction [samples/documents]

For each document file with a `<file>.json` ground truth: read it with `parsers.read.read_document`,
extract with `parsers.fields.extract_documents`, compare field by field. Reports, per rendering:
field accuracy, straight-through rate (documents with needs_review false), auto-accept error rate
(auto-accepted documents with any wrong required field), and the precision of fields reported with
confidence >= 0.9 (the calibration target: >= 99 %).

Set BENCH_READ_CACHE=<folder> while tuning field extraction only: each file's pages are then read once
and kept there, keyed by the file's bytes and the source of the reading code (every `parsers/*.py`
outside `parsers/fields/`, and `parsers/fields/labels.py`, whose label words the re-reads use), so a
change to reading invalidates the cache. Its s / page column is then
meaningless; `make bench` never sets it.

Set BENCH_RENDERING=<rendering>[,<rendering>...] (e.g. fax-normal) to bench only the files of those
renderings (the truth's "rendering"); unset, every file is benched.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import sys
import time
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from intake.domain import FIELD_NAMES

REQUIRED = ("practitioner", "nir", "total_amount", "invoice_number", "care_date")
HIGH = 0.9


def truth_files(root: Path, renderings: frozenset[str] | None = None) -> list[Path]:
    """The files of `root` with a ground truth beside them; only those of `renderings` when given."""
    docs = []
    for truth in sorted(root.rglob("*.json")):
        data = json.loads(truth.read_text(encoding="utf-8"))
        if isinstance(data, dict) and "documents" in data and "rendering" in data:
            if renderings is not None and data["rendering"] not in renderings:
                continue
            target = truth.with_name(truth.name.removesuffix(".json"))
            if target.exists():
                docs.append(target)
    return docs


def run_one(path: Path) -> dict[str, Any]:
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    from parsers.fields import extract_documents
    from parsers.read import read_document

    truth = json.loads(path.with_name(path.name + ".json").read_text(encoding="utf-8"))
    started = time.perf_counter()
    result = _read(path, read_document)
    found = extract_documents(result.pages) if result.pages else []
    seconds = time.perf_counter() - started
    docs = []
    for index, expected in enumerate(truth["documents"]):
        doc = found[index] if index < len(found) else None
        docs.append({
            "expected": expected.get("fields", {}),
            "kind": expected.get("kind", "invoice"),
            "found": {n: [f.value, f.confidence] for n, f in (doc.fields.items() if doc else [])},
            "needs_review": True if doc is None else doc.needs_review,
        })
    return {"file": path.name, "rendering": truth["rendering"], "seconds": seconds, "pages": len(result.pages),
            "documents": docs, "found_count": len(found)}


READING_FIELD_MODULES = (Path("fields/labels.py"),)  # imported by parsers/reread.py: part of reading


def _reading_key(data: bytes) -> str:
    digest = hashlib.sha256(data)
    parsers = Path(__file__).resolve().parent.parent / "parsers"
    for source in [*sorted(parsers.glob("*.py")), *READING_FIELD_MODULES]:
        digest.update((parsers / source).read_bytes())
    return digest.hexdigest()


def _read(path: Path, read_document: Any) -> Any:
    """read_document, through the BENCH_READ_CACHE folder when it is set (see the module docstring)."""
    data = path.read_bytes()
    folder = os.environ.get("BENCH_READ_CACHE")
    if not folder:
        return read_document(data, filename=path.name)
    cached = Path(folder) / f"{_reading_key(data)}.pickle"
    if cached.exists():
        return pickle.loads(cached.read_bytes())  # noqa: S301 - a folder this bench wrote itself
    result = read_document(data, filename=path.name)
    cached.parent.mkdir(parents=True, exist_ok=True)
    temporary = cached.with_suffix(f".{os.getpid()}.tmp")
    temporary.write_bytes(pickle.dumps(result))
    temporary.replace(cached)
    return result


def _required_wrong(doc: dict[str, Any]) -> bool:
    expected, found = doc["expected"], doc["found"]
    for name in REQUIRED:
        names = ("rpps", "adeli", "finess") if name == "practitioner" else (name,)
        for n in names:
            if n in expected and (n not in found or found[n][0] != expected[n]):
                return True
            if n in found and n not in expected:
                return True
    return False


def summarise(rows: list[dict[str, Any]]) -> dict[str, Any]:
    by: dict[str, dict[str, Any]] = defaultdict(lambda: {
        "files": 0, "documents": 0, "pages": 0, "seconds": 0.0, "expected": 0, "right": 0, "extra": 0,
        "stp": 0, "auto_wrong": 0, "high": 0, "high_right": 0})
    fields: dict[str, dict[str, int]] = {n: {"expected": 0, "right": 0} for n in FIELD_NAMES}
    errors: list[str] = []
    for row in rows:
        for key in (row["rendering"], "all"):
            s = by[key]
            s["files"] += 1
            s["pages"] += row["pages"]
            s["seconds"] += row["seconds"]
            for doc in row["documents"]:
                s["documents"] += 1
                for name, want in doc["expected"].items():
                    got = doc["found"].get(name)
                    s["expected"] += 1
                    s["right"] += int(got is not None and got[0] == want)
                    if key == "all":
                        fields[name]["expected"] += 1
                        fields[name]["right"] += int(got is not None and got[0] == want)
                        if got is None or got[0] != want:
                            errors.append(f"{row['file']}: {name} want {want!r} got {got!r}")
                for name, (value, confidence) in doc["found"].items():
                    if name not in doc["expected"]:
                        s["extra"] += 1
                        if key == "all":
                            errors.append(f"{row['file']}: {name} extra {value!r} ({confidence:.2f})")
                    if confidence >= HIGH:
                        s["high"] += 1
                        s["high_right"] += int(doc["expected"].get(name) == value)
                if not doc["needs_review"]:
                    s["stp"] += 1
                    s["auto_wrong"] += int(_required_wrong(doc))
                    if key == "all" and _required_wrong(doc):
                        errors.append(f"{row['file']}: AUTO-ACCEPTED with a wrong required field")
    return {"by_rendering": dict(by), "fields": fields, "errors": errors}


def pct(a: float, b: float) -> str:
    return f"{100 * a / b:.1f} %" if b else "–"


def markdown(summary: dict[str, Any]) -> str:
    lines = ["| rendering | files | documents | field accuracy | straight-through | auto-accept errors "
             "| precision at conf ≥ 0.9 | extra fields | s / page |",
             "|---|---|---|---|---|---|---|---|---|"]
    order = ["text", "mixed", "scan", "scan-ocr", "photo", "fax-fine", "fax-normal", "all"]
    for key in sorted(summary["by_rendering"], key=lambda k: order.index(k) if k in order else 99):
        s = summary["by_rendering"][key]
        lines.append(
            f"| {key} | {s['files']} | {s['documents']} | {pct(s['right'], s['expected'])} "
            f"({s['right']}/{s['expected']}) | {pct(s['stp'], s['documents'])} | "
            f"{pct(s['auto_wrong'], s['stp'])} ({s['auto_wrong']}/{s['stp']}) | "
            f"{pct(s['high_right'], s['high'])} ({s['high_right']}/{s['high']}) | {s['extra']} | "
            f"{s['seconds'] / max(s['pages'], 1):.2f} |")
    lines += ["", "| field | accuracy (all renderings) |", "|---|---|"]
    for name, s in summary["fields"].items():
        if s["expected"]:
            lines.append(f"| {name} | {pct(s['right'], s['expected'])} ({s['right']}/{s['expected']}) |")
    return "\n".join(lines)


def bench_renderings() -> frozenset[str] | None:
    """The renderings BENCH_RENDERING names (comma-separated), None when unset or empty: all."""
    names = frozenset(n.strip() for n in os.environ.get("BENCH_RENDERING", "").split(",") if n.strip())
    return names or None


def evaluate_rows(root: Path, *, workers: int = 2) -> list[dict[str, Any]]:
    """One row per file of `root` (its documents, expected and found fields, pages, seconds)."""
    files = truth_files(root, bench_renderings())
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(run_one, files))


def evaluate(root: Path, *, workers: int = 2) -> dict[str, Any]:
    return summarise(evaluate_rows(root, workers=workers))


def main(argv: list[str]) -> int:
    root = Path(argv[0]) if argv else Path("samples/documents")
    summary = evaluate(root)
    print(markdown(summary))
    if "-v" in argv:
        print("\n".join(summary["errors"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
