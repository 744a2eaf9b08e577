"""A NIR the fax read with its sex digit lost ("85 05 78 006 084 91"), or with a zero's slash read as a digit of
its own, is repaired when exactly one mended reading checks under its key; alone, that is a guess a clerk
checks. With the birth date read elsewhere on the page agreeing with the NIR's year and month, two
independent readings agree: it passes review, under the sure band (sets 10 v106, 15 a103, 17 c108, fax
fine). A key mended from a digit read for another ("... 084 97") is checked by nothing but itself: still
held. Wordings and values are made up."""

from __future__ import annotations

from tests.test_fields import lines_page, one, value
from tests.test_fields_fax_dates import INVOICE, THRESHOLD

NIR = "185057800608491"
LOST_SEX = INVOICE.replace("1 85 05 78 006 084 91", "85 05 78 006 084 91")
BORN = "Né le 12/05/1985\n"


def _nir(text: str) -> tuple[str | None, float]:
    document = one([lines_page(text, source="ocr", conf=0.96)])
    found = document.fields.get("nir")
    return value(document, "nir"), found.confidence if found else 0.0


def test_a_nir_whose_lost_sex_digit_the_key_restores_passes_with_an_agreeing_birth_date() -> None:
    number, confidence = _nir(LOST_SEX + BORN)
    assert number == NIR
    assert THRESHOLD <= confidence < 0.9


def test_it_stays_held_with_no_birth_date() -> None:
    number, confidence = _nir(LOST_SEX)
    assert number == NIR
    assert confidence < THRESHOLD


def test_it_stays_held_when_the_birth_date_is_another_month() -> None:
    number, confidence = _nir(LOST_SEX + "Né le 12/06/1985\n")
    assert number == NIR
    assert confidence < THRESHOLD


def test_a_zero_slash_read_as_a_digit_passes_with_an_agreeing_birth_date() -> None:
    number, confidence = _nir(INVOICE.replace("1 85 05 78", "1 85 065 78") + BORN)
    assert number == NIR
    assert THRESHOLD <= confidence < 0.9


def test_a_key_mended_from_a_digit_read_for_another_stays_held() -> None:
    number, confidence = _nir(INVOICE.replace("084 91", "084 97") + BORN)
    assert number in (NIR, None)
    assert confidence < THRESHOLD
