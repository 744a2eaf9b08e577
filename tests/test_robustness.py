"""Junk in, no crash out: every validator and the text extractor raise only the documented errors."""

from __future__ import annotations

import contextlib
import random
from collections.abc import Callable

import pytest

from intake.domain.model import Page, Word
from parsers.fields import extract_documents, extract_text_fields, values
from parsers.identifiers import adeli, amc, finess, idnps, nir, rpps, siret
from parsers.identifiers.exceptions import ValidationError
from parsers.identifiers.repair import repair

MODULES = [rpps, adeli, finess, nir, idnps, siret, amc]


def _junk(seed: int) -> list[str]:
    rng = random.Random(seed)  # noqa: S311 - junk, not secrets
    found = [
        "",
        " ",
        "\x00",
        "٣٤٥٦٧٨٩٠١٢٣",
        "¹²³⁴⁵⁶⁷⁸⁹⁰¹",
        "１２３４５６７８９０１",
        "2A" * 20,
        "0" * 10_000,
        "1 85 05 78 006 084 91" * 50,
        "\u202f\u00a0\u2009",
        "ÉéèÀ€",
        "\ud800".encode("utf-8", "surrogatepass").decode("utf-8", "replace"),
        "𝟙𝟘𝟘𝟘𝟛𝟠𝟟𝟡𝟞𝟚𝟛",
        "N° RPPS : " + "9" * 5000,
        "-" * 100,
        "..",
        "2a",
        "2B0",
    ]
    for _ in range(150):
        raw = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 60)))
        found.append(raw.decode("utf-8", "replace"))
        found.append(raw.decode("latin-1"))
        found.append("".join(rng.choice("0123456789 ABOlIS|-./2") for _ in range(rng.randrange(1, 30))))
    return found


JUNK = _junk(1)


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__.rsplit(".", 1)[-1])
def test_validators_raise_only_validation_errors(module: object) -> None:
    validate: Callable[[str], str] = module.validate  # type: ignore[attr-defined]
    is_valid: Callable[[str], bool] = module.is_valid  # type: ignore[attr-defined]
    compact: Callable[[str], str] = module.compact  # type: ignore[attr-defined]
    for text in JUNK:
        with contextlib.suppress(ValidationError):
            validate(text)
        assert isinstance(is_valid(text), bool)
        compact(text)
        assert repair(text, validate) is None or isinstance(repair(text, validate), object)


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__.rsplit(".", 1)[-1])
def test_validators_reject_non_strings(module: object) -> None:
    for thing in (None, 12345678901, b"10003879623", ["1"]):
        with pytest.raises(ValidationError):
            module.validate(thing)  # type: ignore[attr-defined]
        assert module.is_valid(thing) is False  # type: ignore[attr-defined]


def test_value_parsers_never_raise() -> None:
    for text in JUNK:
        values.parse_amount(text)
        values.parse_date(text)
        values.parse_name(text)
        values.parse_invoice_number(text)


def test_text_fields_never_raise() -> None:
    for text in [*JUNK, "\n".join(JUNK), "RPPS " * 10_000, "Facture n° " + "x" * 100_000]:
        found = extract_text_fields(text, source="body")
        assert isinstance(found, dict)
    assert extract_text_fields(None, source="body") == {}  # type: ignore[arg-type]


def test_documents_from_junk_words() -> None:
    rng = random.Random(2)  # noqa: S311 - junk, not secrets
    words = [
        Word(
            rng.choice(JUNK)[:40] or "x",
            rng.random() * 500,
            rng.random() * 800,
            0,
            0,
            rng.random(),
            rng.randrange(50),
        )
        for _ in range(400)
    ]
    words = [Word(w.text, w.x0, w.y0, w.x0 + 20, w.y0 + 8, w.conf, w.line) for w in words]
    for source in ("text", "ocr"):
        documents = extract_documents([Page(1, 600, 800, words, source)])
        for document in documents:
            assert all(0.0 <= f.confidence <= 1.0 for f in document.fields.values())
