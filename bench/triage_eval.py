"""Measure triage against the samples' ground truth (`<name>.eml.json` next to each `<name>.eml`).

    python -m bench.triage_eval samples/emails            # a folder, or .eml files

`evaluate(paths)` returns action accuracy, auto-reply reason accuracy, machine mail answered, claims and
tickets dropped or auto-replied, and the confusion matrix (truth label x predicted label, where a label
is the action, or `auto_reply:<reason>`), and prints the matrix.
Attachments go through `parsers.read.read_document` + `parsers.fields.extract_documents` when those
exist; otherwise documents are empty (with a warning) and the figures say so.
"""

from __future__ import annotations

import json
import math
import re
import sys
import time
import warnings
from collections import Counter
from collections.abc import Callable, Iterable
from itertools import pairwise
from pathlib import Path
from typing import Any

from classifiers.machine import fold
from classifiers.triage import classification_text, decide
from intake.domain.model import Decision, ExtractedDocument, ParsedMessage
from intake.replies import loop_marker
from intake.settings import Settings
from parsers.mime import parse_message

Extractor = Callable[[ParsedMessage, Settings], list[ExtractedDocument]]


def label_of(action: str, reason: str | None) -> str:
    return f"auto_reply:{reason}" if action == "auto_reply" else action


def eml_files(paths: Iterable[str | Path]) -> list[Path]:
    files: list[Path] = []
    for item in paths:
        path = Path(item)
        if path.is_dir():
            files.extend(sorted(path.rglob("*.eml")))
        elif path.suffix == ".eml":
            files.append(path)
    return files


def document_extractor() -> Extractor:
    """read_document + extract_documents when present, else a stub that finds no document."""
    try:
        from parsers.fields import extract_documents
        from parsers.limits import Limits
        from parsers.read import read_document
    except ImportError:
        warnings.warn("parsers.read/parsers.fields missing: triage runs without documents", stacklevel=2)
        return lambda msg, settings: []

    def extract(msg: ParsedMessage, settings: Settings) -> list[ExtractedDocument]:
        docs: list[ExtractedDocument] = []
        limits = Limits.from_settings(settings)
        for attachment in msg.attachments:
            result = read_document(attachment.content, limits=limits, filename=attachment.filename)
            attachment.sniffed_type = result.kind
            if result.pages:
                docs.extend(extract_documents(result.pages, review_threshold=settings.review_threshold))
        return docs

    return extract


def decide_file(path: Path, settings: Settings, extract: Extractor) -> Decision:
    msg = parse_message(path.read_bytes())
    docs = extract(msg, settings)
    return decide(msg, docs, own_addresses=settings.own_address_list, loop_marker=loop_marker(settings),
                  threshold=settings.triage_threshold)


def evaluate(paths: Iterable[str | Path], *, settings: Settings | None = None, show: bool = True,
             extract: Extractor | None = None) -> dict[str, Any]:
    settings = settings or Settings()
    extract = extract or document_extractor()
    matrix: Counter[tuple[str, str]] = Counter()
    errors: list[dict[str, str]] = []
    totals = Counter[str]()
    started = time.perf_counter()
    for path in eml_files(paths):
        truth_file = path.with_name(path.name + ".json")
        if not truth_file.exists():
            continue
        truth = json.loads(truth_file.read_text())
        decision = decide_file(path, settings, extract)
        expected = label_of(truth["action"], truth.get("reason"))
        got = label_of(decision.action, decision.reason)
        matrix[(expected, got)] += 1
        _count(totals, truth, decision)
        if expected != got:
            errors.append({"file": path.name, "expected": expected, "got": got,
                           "confidence": f"{decision.confidence:.2f}", "why": decision.explanation[:300]})
    result = _summary(totals, matrix, errors, time.perf_counter() - started)
    if show:
        print_report(result)
    return result


def _count(totals: Counter[str], truth: dict[str, Any], decision: Decision) -> None:
    totals["messages"] += 1
    totals["action_right"] += decision.action == truth["action"]
    if truth["action"] == "auto_reply":
        totals["reply_truth"] += 1
        totals["reason_right"] += decision.action == "auto_reply" and decision.reason == truth.get("reason")
    if truth["action"] == "ignore":
        totals["machine"] += 1
        totals["machine_answered"] += decision.action == "auto_reply"
    if truth["action"] in ("claim", "ticket"):
        totals["work"] += 1
        totals["work_lost"] += decision.action in ("auto_reply", "ignore")


def _summary(totals: Counter[str], matrix: Counter[tuple[str, str]], errors: list[dict[str, str]],
             seconds: float) -> dict[str, Any]:
    def ratio(a: str, b: str) -> float | None:
        return round(totals[a] / totals[b], 4) if totals[b] else None

    return {
        "messages": totals["messages"],
        "action_accuracy": ratio("action_right", "messages"),
        "reason_accuracy": ratio("reason_right", "reply_truth"),
        "machine_mail": totals["machine"],
        "machine_mail_auto_replied": totals["machine_answered"],
        "claims_tickets": totals["work"],
        "claims_tickets_dropped_or_replied": totals["work_lost"],
        "review": sum(n for (_, got), n in matrix.items() if got == "review"),
        "confusion": {f"{e} -> {g}": n for (e, g), n in sorted(matrix.items())},
        "errors": errors,
        "seconds": round(seconds, 2),
    }


def print_report(result: dict[str, Any]) -> None:
    pairs = [tuple(key.split(" -> ")) for key in result["confusion"]]
    labels = sorted({label for pair in pairs for label in pair})
    counts = {tuple(k.split(" -> ")): v for k, v in result["confusion"].items()}
    short = {label: label.replace("auto_reply:", "ar:").replace("_incident", "") for label in labels}
    width = max([len(s) for s in short.values()] + [12])
    print("truth \\ predicted".ljust(width), *(short[label].rjust(width) for label in labels))
    for row in labels:
        cells = (str(counts.get((row, col), 0) or ".").rjust(width) for col in labels)
        print(short[row].ljust(width), *cells)
    for key in ("messages", "action_accuracy", "reason_accuracy", "machine_mail_auto_replied",
                "claims_tickets_dropped_or_replied", "review", "seconds"):
        print(f"{key}: {result[key]}")
    for error in result["errors"][:40]:
        print(f"  {error['file']}: {error['expected']} -> {error['got']} ({error['confidence']})"
              f" {error['why'][:160]}")


# ------------------------------------------------------------------ does a text classifier help?


def tokens(text: str) -> list[str]:
    """Folded words cut to a 6-letter stem, plus word pairs."""
    words = [w[:6] for w in re.findall(r"[a-z]{3,}", fold(text))]
    return words + [f"{a}_{b}" for a, b in pairwise(words)]


class NaiveBayes:
    """Multinomial naive Bayes with Laplace smoothing, on `tokens`."""

    def __init__(self) -> None:
        self.docs: Counter[str] = Counter()
        self.words: dict[str, Counter[str]] = {}
        self.vocab: set[str] = set()

    def fit(self, texts: list[str], labels: list[str]) -> NaiveBayes:
        for text, label in zip(texts, labels, strict=True):
            self.docs[label] += 1
            counts = self.words.setdefault(label, Counter())
            for token in tokens(text):
                counts[token] += 1
                self.vocab.add(token)
        return self

    def predict(self, text: str) -> tuple[str, float]:
        found = tokens(text)
        total = sum(self.docs.values())
        logs = {}
        for label, counts in self.words.items():
            size = sum(counts.values()) + len(self.vocab) + 1
            logs[label] = math.log(self.docs[label] / total) + sum(
                math.log((counts[t] + 1) / size) for t in found)
        best = max(logs, key=lambda k: logs[k])
        norm = sum(math.exp(v - logs[best]) for v in logs.values())
        return best, 1.0 / norm


def crossval_nb(paths: Iterable[str | Path], *, folds: int = 5) -> dict[str, Any]:
    """k-fold accuracy of naive Bayes on the content classes, next to the rules' accuracy on the same
    messages (machine mail and follow-ups left out: headers decide those)."""
    settings = Settings()
    rows: list[tuple[str, str, str]] = []  # (text, truth, rules' label)
    extract = document_extractor()
    for path in eml_files(paths):
        truth_file = path.with_name(path.name + ".json")
        if not truth_file.exists():
            continue
        truth = json.loads(truth_file.read_text())
        if truth["action"] in ("ignore", "review"):
            continue
        msg = parse_message(path.read_bytes())
        decision = decide(msg, extract(msg, settings), own_addresses=settings.own_address_list,
                          loop_marker=loop_marker(settings))
        rows.append((classification_text(msg), label_of(truth["action"], truth.get("reason")),
                     label_of(decision.action, decision.reason)))
    right_nb = right_rules = 0
    for k in range(folds):
        train = [r for i, r in enumerate(rows) if i % folds != k]
        test = [r for i, r in enumerate(rows) if i % folds == k]
        if not train or not test:
            continue
        model = NaiveBayes().fit([t for t, _, _ in train], [y for _, y, _ in train])
        right_nb += sum(model.predict(t)[0] == y for t, y, _ in test)
        right_rules += sum(r == y for _, y, r in test)
    n = len(rows) or 1
    result = {"messages": len(rows), "nb_accuracy": round(right_nb / n, 4),
              "rules_accuracy": round(right_rules / n, 4)}
    print(result)
    return result


def main(argv: list[str]) -> int:
    if argv[:1] == ["--nb"]:
        crossval_nb(argv[1:] or ["samples/emails"])
        return 0
    paths = argv or ["samples/emails"]
    result = evaluate(paths)
    return 0 if result["messages"] else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
