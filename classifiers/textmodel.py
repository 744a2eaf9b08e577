"""A small text model (multinomial logistic regression, numpy only) over accent-folded word stems and
prefixes, character n-grams (3-5) and the names of the vocabulary rules that fired. It only sees
the content classes a person writes: claim, ticket, patient, support, security_incident. Header
rules, bank-details detection and follow-up rules decide before it and are never overridden by it
(see `classifiers.triage`).

The weights live in `classifiers/model/triage.npz`, produced by `python -m classifiers.train`
(deterministic) and loaded lazily on first use. A missing or unreadable file means "no model": triage
then behaves as the rules alone.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from classifiers.machine import fold

MODEL_PATH = Path(__file__).parent / "model" / "triage.npz"
CLASSES = ("claim", "ticket", "patient", "support", "security_incident")
WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
DIGITS = re.compile(r"\d")
CHAR_WEIGHT = 0.25  # character n-grams are many: at full weight they outvote words and rules
FILE_TOKEN = "__file__"  # noqa: S105 - a feature name, not a secret


def features(text: str, has_file: bool = False, rules: Iterable[str] = ()) -> Counter[str]:
    """Features of already folded text: word stems (6 letters) and prefixes (5 letters), char 3-5-grams of
    words (scaled down by CHAR_WEIGHT in `vector`: they catch misspellings but would drown the rest), and
    the names of the vocabulary rules that fired on it (`triage.rule_names`): concepts ("money missing",
    "insured persona") generalise to wordings whose words the model never saw. Word pairs were dropped:
    in grouped cross-validation they memorised sentences (93.5 % -> 97.5 % without them and with rules)."""
    text = fold(text)[:5000]
    words = [DIGITS.sub("0", w) for w in WORD.findall(text)]
    words = [w for w in words if len(w) >= 2 and w.strip("0") != ""]
    found: Counter[str] = Counter()
    for word in words:
        found[f"w:{word[:6]}"] += 1
        if len(word) >= 5 and word.isalpha():
            found[f"p:{word[:5]}"] += 1
    for word in set(words):
        padded = f" {word} "
        for n in (3, 4, 5):
            for i in range(max(0, len(padded) - n + 1)):
                found[f"c:{padded[i:i + n]}"] += 1
    if has_file:
        found[FILE_TOKEN] += 1
    for name in rules:
        found[f"r:{name}"] += 1
    return found


@dataclass
class TextModel:
    vocab: dict[str, int]
    weights: np.ndarray  # (features, classes)
    bias: np.ndarray  # (classes,)
    classes: tuple[str, ...] = CLASSES

    def vector(self, found: Counter[str]) -> np.ndarray:
        x = np.zeros(len(self.vocab))
        for name, count in found.items():
            index = self.vocab.get(name)
            if index is not None:
                x[index] = (1.0 + np.log(count)) * (CHAR_WEIGHT if name.startswith("c:") else 1.0)
        norm = np.linalg.norm(x)
        return x / norm if norm else x

    def known(self, found: Counter[str]) -> int:
        """How many of the message's word stems the model knows (a near-empty text says nothing)."""
        return sum(1 for name in found if name.startswith("w:") and name in self.vocab)

    def proba(self, text: str, has_file: bool = False, rules: Iterable[str] = ()) -> dict[str, float]:
        found = features(text, has_file, rules)
        logits = self.vector(found) @ self.weights + self.bias
        logits -= logits.max()
        p = np.exp(logits)
        p /= p.sum()
        return {label: float(v) for label, v in zip(self.classes, p, strict=True)}

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        names = sorted(self.vocab, key=self.vocab.__getitem__)
        np.savez_compressed(path, names=np.array(names), weights=self.weights.astype(np.float32),
                            bias=self.bias.astype(np.float32), classes=np.array(self.classes))

    @classmethod
    def load(cls, path: Path) -> TextModel:
        with np.load(path, allow_pickle=False) as data:
            names = [str(n) for n in data["names"]]
            return cls({n: i for i, n in enumerate(names)}, data["weights"].astype(np.float64),
                       data["bias"].astype(np.float64), tuple(str(c) for c in data["classes"]))


def fit(rows: list[tuple[Counter[str], str]], *, l2: float = 1e-4, steps: int = 300, min_df: int = 2,
        classes: tuple[str, ...] = CLASSES) -> TextModel:
    """Softmax regression by full-batch gradient descent with momentum (deterministic)."""
    df: Counter[str] = Counter()
    for found, _ in rows:
        df.update(found.keys())
    names = sorted(n for n, c in df.items() if c >= min_df)
    vocab = {n: i for i, n in enumerate(names)}
    model = TextModel(vocab, np.zeros((len(vocab), len(classes))), np.zeros(len(classes)), classes)
    x = np.stack([model.vector(found) for found, _ in rows]) if rows else np.zeros((0, len(vocab)))
    y = np.zeros((len(rows), len(classes)))
    for i, (_, label) in enumerate(rows):
        y[i, classes.index(label)] = 1.0
    # balance classes: each class weighs the same in the loss
    counts = y.sum(axis=0)
    sample_w = (y @ np.where(counts > 0, len(rows) / (len(classes) * np.maximum(counts, 1)), 0.0))
    w, b = model.weights, model.bias
    vw, vb = np.zeros_like(w), np.zeros_like(b)
    lr, mom = 2.0, 0.9
    n = max(1, len(rows))
    for _ in range(steps):
        logits = x @ w + b
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - y) * sample_w[:, None] / n
        gw = x.T @ g + l2 * w
        gb = g.sum(axis=0)
        vw = mom * vw - lr * gw
        vb = mom * vb - lr * gb
        w += vw
        b += vb
    model.weights, model.bias = w, b
    return model


_override: list[TextModel | None] = []


@lru_cache(maxsize=1)
def _load_default() -> TextModel | None:
    try:
        return TextModel.load(MODEL_PATH)
    except (OSError, KeyError, ValueError):
        return None


def default_model() -> TextModel | None:
    """The shipped model (lazily loaded), or the one a caller installed with `use_model`."""
    if _override:
        return _override[-1]
    return _load_default()


class use_model:
    """`with use_model(m):` triage uses `m` (or no model when None): cross-validation and tests."""

    def __init__(self, model: TextModel | None) -> None:
        self.model = model

    def __enter__(self) -> TextModel | None:
        _override.append(self.model)
        return self.model

    def __exit__(self, *exc: object) -> None:
        _override.pop()
