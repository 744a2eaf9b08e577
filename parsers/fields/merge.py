"""One merged view of the fields of a message: its documents and its text (subject, body, signature)."""

from __future__ import annotations

from dataclasses import replace

from intake.domain.model import FIELD_NAMES, ExtractedDocument, Field

MAX_CONFIDENCE = 0.99


def merge_fields(documents: list[ExtractedDocument], text_fields: list[dict[str, Field]]) -> dict[str, Field]:
    """Per field, the best-supported value; agreement between the email and a document raises confidence.

    When sources disagree, the strongest value wins and its confidence is lowered.
    """
    pool: dict[str, list[Field]] = {}
    for document in documents:
        for name, found in document.fields.items():
            pool.setdefault(name, []).append(found)
    for fields in text_fields:
        for name, found in fields.items():
            pool.setdefault(name, []).append(found)
    merged: dict[str, Field] = {}
    for name in FIELD_NAMES:
        if name in pool:
            merged[name] = _merge_one(pool[name])
    return merged


def _merge_one(found: list[Field]) -> Field:
    by_value: dict[str, list[Field]] = {}
    for f in found:
        by_value.setdefault(f.value, []).append(f)
    ranked = sorted(by_value.values(), key=lambda fs: max(f.confidence for f in fs), reverse=True)
    group = ranked[0]
    best = max(group, key=lambda f: (f.source == "document" or f.source == "ocr-repair", f.confidence))
    confidence = max(f.confidence for f in group)
    sources = {f.source in ("document", "ocr-repair") for f in group}
    if len(sources) == 2:  # seen in the email text and in a document
        confidence += (1 - confidence) * 0.6
    if len(ranked) > 1:
        rival = max(f.confidence for f in ranked[1])
        if rival >= 0.5:
            confidence *= 0.8
    return replace(best, confidence=round(min(MAX_CONFIDENCE, confidence), 4))
