"""An identifier re-read on a fax in normal resolution that reads a digit of the first reading otherwise
stays under the sure band.

Set 10 v106 (fax normal): the RPPS 10435371108, first read "168435371108" (a digit too many, failing its
key), was re-read "18435371168": the Luhn key passed, and the field reached 0.94, though the re-read read
the first reading's "...108" as "...168". Right re-reads there only drop the digit too many."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from PIL import Image

import parsers.recheck
from intake.domain.model import Word
from parsers.identifiers import rpps
from parsers.limits import Limits
from parsers.recheck import RECHECK_CONF, RECHECK_SPLIT_CONF, keeps_first_digits, recheck_identifiers

FIRST = "168435371108"
WRONG = "18435371168"  # passes the Luhn key


def line(texts: Sequence[str]) -> list[Word]:
    return [Word(text, 100 * i, 10, 100 * i + 80, 40, 0.9, 0) for i, text in enumerate(texts)]


def test_a_dropped_or_added_digit_keeps_the_first_digits() -> None:
    assert keeps_first_digits("101139402597", "10139402597")  # a stroke read as a digit too many
    assert keeps_first_digits("1428519714", "14285197142")  # a digit lost
    assert keeps_first_digits("1O139402597)", "10139402597")  # O read for 0, a bracket
    assert keeps_first_digits("1 81 07 99 056 763 935", "181079905676395")  # broken spacing


def test_a_digit_read_otherwise_does_not() -> None:
    assert rpps.is_valid(WRONG)
    assert not keeps_first_digits(FIRST, WRONG)
    assert not keeps_first_digits("10008879623", "10003879623")


def _reread(monkeypatch: pytest.MonkeyPatch, first: str, value: str, *, low_resolution: bool) -> Word:
    monkeypatch.setattr(parsers.recheck, "read_crops", lambda images, limits, dpi: [(value, 0.8)] * 3)
    out, _ = recheck_identifiers(
        Image.new("L", (400, 60), 255), line(["RPPS", first]), Limits(), dpi=200, low_resolution=low_resolution
    )
    [word] = [w for w in out if w.text != "RPPS"]
    return word


def test_fax_normal_reread_reading_a_digit_otherwise_is_doubted(monkeypatch: pytest.MonkeyPatch) -> None:
    word = _reread(monkeypatch, FIRST, WRONG, low_resolution=True)
    assert word.text == WRONG and word.conf == RECHECK_SPLIT_CONF < RECHECK_CONF


def test_reread_dropping_the_digit_too_many_keeps_its_confidence(monkeypatch: pytest.MonkeyPatch) -> None:
    word = _reread(monkeypatch, "101139402597", "10139402597", low_resolution=True)
    assert word.text == "10139402597" and word.conf == RECHECK_CONF


def test_finer_pages_keep_the_recheck_confidence(monkeypatch: pytest.MonkeyPatch) -> None:
    word = _reread(monkeypatch, FIRST, WRONG, low_resolution=False)
    assert word.text == WRONG and word.conf == RECHECK_CONF
