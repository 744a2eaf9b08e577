"""A practitioner's number whose page reading is valid only once repaired (a letter or a sign read for a
digit: "87567275Q", "20825465%6") is read again on its crop; read so, digit for digit and confidently,
in two renderings, it was read twice (parsers/recheck.py `confirmed`)."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from PIL import Image

import parsers.recheck
from intake.domain.model import Word
from parsers.limits import Limits
from parsers.recheck import RECHECK_CONF, find_suspects, recheck_identifiers

ADELI = "208254656"  # key holds
RPPS = "10003879623"


def line(texts: Sequence[str], number: int = 0, conf: float = 0.4) -> list[Word]:
    return [Word(text, 100 * i, 10 + 50 * number, 100 * i + 80, 40 + 50 * number, conf, number)
            for i, text in enumerate(texts)]


def test_repaired_practitioner_numbers_are_suspects_to_confirm() -> None:
    [marked] = find_suspects(line(["N°", "ADELI", "20825465%6"]))
    assert (marked.kind, marked.confirm, marked.indices) == ("adeli", ADELI, (2,))
    [lettered] = find_suspects(line(["RPPS", ":", "1OOO3879623"]))
    assert (lettered.kind, lettered.confirm) == ("rpps", RPPS)
    # read as printed: nothing to confirm; a sign that is a digit misread (8 digits left): not this rule
    assert find_suspects(line(["RPPS", ":", RPPS])) == []
    assert find_suspects(line(["FINESS", ":", "87567275@"])) == []
    # no label, or a NIR (its lettered groups are the NIR's own rule): not confirmed this way
    assert find_suspects(line(["Dr", "MARTIN", "20825465%6"])) == []
    nir = line(["N°", "SS", ":", "1", "85", "05", "78", "006", "O84", "91"])
    assert all(s.confirm is None for s in find_suspects(nir))


def _rechecked(monkeypatch: pytest.MonkeyPatch, readings: list[tuple[str, float]]) -> list[Word]:
    monkeypatch.setattr(parsers.recheck, "read_crops", lambda images, limits, dpi: readings[: len(images)])
    page = Image.new("L", (600, 200), 255)
    words, _ = recheck_identifiers(page, line(["N°", "ADELI", "20825465%6"]), Limits(), dpi=300)
    return words


def test_a_confident_crop_reading_the_same_number_confirms_it(monkeypatch: pytest.MonkeyPatch) -> None:
    words = _rechecked(monkeypatch, [(ADELI, 0.96), ("208 254656", 0.95), ("20825465", 0.5)])
    assert (words[2].text, words[2].conf) == (ADELI, RECHECK_CONF)


@pytest.mark.parametrize("readings", [
    [(ADELI, 0.96), ("20825465", 0.9), ("", 0.0)],  # one rendering only
    [(ADELI, 0.2), (ADELI, 0.1), ("", 0.0)],  # unsure readings: the crop's whitelist forced the digit too
    [(ADELI, 0.96), (ADELI, 0.96), ("208254664", 0.9)],  # another valid number read: not read twice alike
])
def test_a_weak_or_split_crop_reading_confirms_nothing(
    monkeypatch: pytest.MonkeyPatch, readings: list[tuple[str, float]]
) -> None:
    assert _rechecked(monkeypatch, readings)[2].text == "20825465%6"
