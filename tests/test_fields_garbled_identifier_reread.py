"""An identifier right after its label, read on a fax in normal resolution with a digit or two as some
other sign, is re-read from its crop (parsers/recheck.py, `_garbled_suspects`).

Sets 23 i104 (ADELI "e18525293"), 26 l103 (NIR "e 6e 09 93 608 270 41"), 27 p107 (RPPS "100K1632430"),
fax normal: the run of number-like words broke at the misread sign, no suspect was found and the
identifier was missing; the crop's re-read gives the printed number, which passes its key."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from PIL import Image

import parsers.recheck
from intake.domain.model import Word
from parsers.identifiers import adeli, nir, rpps
from parsers.limits import Limits
from parsers.recheck import RECHECK_CONF, RECHECK_SPLIT_CONF, find_suspects, keeps_first_digits, recheck_identifiers


def line(texts: Sequence[str]) -> list[Word]:
    return [Word(text, 100 * i, 10, 100 * i + 80, 40, 0.9, 0) for i, text in enumerate(texts)]


@pytest.mark.parametrize(
    ("texts", "kind", "indices"),
    [
        (["RPPS", "100K1632430", "-", "N°", "AM"], "rpps", (1,)),  # set 27 p107
        (["ADELI", "e18525293"], "adeli", (1,)),  # set 23 i104
        (["RPPS", "10H", "343674", "-", "N°", "AM", "38102511"], "rpps", (1, 2)),  # set 13 y107: H for 198
        (["N°", "de", "sécurité", "sociale", "e", "6e", "09", "93", "608", "270", "41"], "nir", tuple(range(4, 11))),
    ],
)
def test_a_number_with_a_misread_sign_after_its_label_is_suspect(
    texts: list[str], kind: str, indices: tuple[int, ...]
) -> None:
    [suspect] = find_suspects(line(texts), low_resolution=True)
    assert find_suspects(line(texts)) == []  # a finer page reads its digits: no such suspects there
    assert suspect.kind == kind and suspect.labelled and suspect.indices == indices


def test_garbled_runs_without_a_label_or_of_another_length_are_not_suspects() -> None:
    for texts in (
        ["Dossier", "100K1632430"],  # no identifier label
        ["SIRET", "100K1632430"],
        ["RPPS", "10K16"],  # far too short for an RPPS
        ["ADELI", "e1852529312K"],  # too long
        ["RPPS", "KHX1W2ZUV43"],  # mostly letters: a word, not a number
        ["ADELI", "218525293"],  # valid as read
    ):
        assert find_suspects(line(texts), low_resolution=True) == []


def test_a_sign_read_for_a_digit_is_no_digit_read_otherwise() -> None:
    assert keeps_first_digits("e18525293", "218525293")
    assert keeps_first_digits("10H343674", "10198343674")
    assert not keeps_first_digits("100K1632430", "10081632530")  # ... but its 4 was re-read 5


def _reread(monkeypatch: pytest.MonkeyPatch, texts: list[str], value: str) -> list[Word]:
    monkeypatch.setattr(parsers.recheck, "read_crops", lambda images, limits, dpi: [(value, 0.8)] * len(images))
    image = Image.new("L", (1200, 60), 255)
    out, notes = recheck_identifiers(image, line(texts), Limits(), dpi=200, low_resolution=True)
    assert notes and notes[-1].startswith(parsers.recheck.RECHECKED_NOTE)
    return out


def test_the_reread_replaces_the_garbled_number(monkeypatch: pytest.MonkeyPatch) -> None:
    assert adeli.checksum_ok("218525293") and rpps.is_valid("10081632530") and nir.is_valid("262099360827041")
    out = _reread(monkeypatch, ["ADELI", "e18525293"], "218525293")
    assert [(w.text, w.conf) for w in out] == [("ADELI", 0.9), ("218525293", RECHECK_CONF)]
    out = _reread(monkeypatch, ["RPPS", "100K1632430"], "1008 1632530")
    assert [(w.text, w.conf) for w in out] == [("RPPS", 0.9), ("10081632530", RECHECK_SPLIT_CONF)]
    texts = ["N°", "de", "sécurité", "sociale", "e", "6e", "09", "93", "608", "270", "41"]
    out = _reread(monkeypatch, texts, "2 62 09 93 608 270 41")
    assert [w.text for w in out] == [*texts[:4], "262099360827041"]
