"""A NIR the fax read with its sex digit lost ("85 05 78 006 084 91"), or with a zero's slash read as a digit of
its own, is repaired when exactly one mended reading checks under its key; alone, that is a guess a clerk
checks. With the birth date read elsewhere on the page agreeing with the NIR's year and month, two
independent readings agree: it passes review, under the sure band (sets 10 v106, 15 a103, 17 c108, fax
fine). A key mended from a digit read for another ("... 084 97") is checked by nothing but itself: still
held. The same for a NIR whose digit the fax blurred into a glyph like no digit ("] 85 05 ...", "0$6"), the
key completing it; read one digit too long; printed with hyphens, or its key labelled "cié". Wordings and
values are made up."""

from __future__ import annotations

from parsers.fields.base import Found
from parsers.fields.ids import NIR_GUESS_VALIDITY, STUTTER_VALIDITY, find_id
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


# A fax blurs a digit of the NIR into a glyph that looks like no digit ("]", "j", "$"): the key completes it
# when exactly one digit checks; with the birth date agreeing, it passes under the sure band.
GLYPH_SEX = INVOICE.replace("1 85 05 78", "] 85 05 78")


def test_a_sex_digit_read_as_a_bracket_is_completed_by_the_key() -> None:
    assert find_id("nir", ": ] 85 05 78 006 084 91") == Found("185057800608491", 2, 23, True, NIR_GUESS_VALIDITY)
    assert find_id("nir", ": ] 85 05 78 006 084 92") is None  # neither sex checks


def test_a_glyph_completed_nir_passes_with_an_agreeing_birth_date() -> None:
    number, confidence = _nir(GLYPH_SEX + BORN)
    assert number == NIR
    assert THRESHOLD <= confidence < 0.9


def test_a_glyph_completed_nir_stays_held_alone() -> None:
    number, confidence = _nir(GLYPH_SEX)
    assert number == NIR
    assert confidence < THRESHOLD


def test_a_digit_read_as_a_dollar_inside_a_group_is_completed_by_the_key() -> None:
    assert find_id("nir", ": 1 85 05 78 0$6 084 91").value == NIR  # type: ignore[union-attr]


def test_two_glyphs_completed_stay_held_even_with_the_birth_date() -> None:
    number, confidence = _nir(INVOICE.replace("1 85 05 78 006", "] 85 05 78 0$6") + BORN)
    assert number == NIR
    assert confidence < THRESHOLD


def test_a_nir_printed_with_hyphens_or_its_key_labelled_cie_reads_as_is() -> None:
    assert find_id("nir", ": 1 85 05 78 006-084-91") == Found(NIR, 2, 23)
    assert find_id("nir", ": 1 85 05 78 006 084 cié 91").value == NIR  # type: ignore[union-attr]


def test_an_i_read_for_a_1_in_a_lettered_group() -> None:
    assert find_id("nir", ": 1 85 Oi 78 006 084 27").value == "185017800608427"  # type: ignore[union-attr]


def test_a_nir_read_one_digit_too_long_drops_the_one_digit_the_key_settles() -> None:
    assert find_id("nir", ": 1 85 05 78 006 0814 91") is not None  # a zero's slash, `_split_zero`'s
    assert find_id("nir", ": 1 85 05 78 006 0874 91") == Found(NIR, 2, 24, True, STUTTER_VALIDITY)
    assert find_id("nir", ": 1 85 05 78 006 0874 92") is None


def test_a_stray_lead_before_a_corsican_nir_read_with_a_4_for_its_a() -> None:
    assert find_id("nir", ": 3 1 85 05 24 006 084 35") == Found("185052A00608435", 4, 25, True, NIR_GUESS_VALIDITY)


def test_a_birth_month_whose_zero_the_fax_read_8_is_mended_when_the_key_checks() -> None:
    """Sets 23 i109 and 25 k101, fax normal: "1 83 88 99 ...", "2 66 18 29 ..." for months 08 and 10."""
    number, confidence = _nir(INVOICE.replace("1 85 05 78", "1 85 85 78"))
    assert number == NIR
    assert confidence < 0.9


def test_a_misread_month_is_not_mended_when_no_real_month_checks() -> None:
    number, _ = _nir(INVOICE.replace("1 85 05 78 006 084 91", "1 85 85 78 006 084 92"))
    assert number != NIR


def test_an_issue_date_in_the_nirs_birth_month_years_before_the_care_is_the_birth_date() -> None:
    """Set 27 p106, normal fax: the column heads garbled, the birth date beside the name taken for the issue
    date ("ROCHE Jean-François 14.08.1953 153 08 29 ..."); it is the birth date, held, and no issue date."""
    text = INVOICE.replace("Date de facture : 23/04/2025", "Date : 12/05/1985")
    document = one([lines_page(text, source="ocr", conf=0.96)])
    assert value(document, "invoice_date") is None
    assert value(document, "patient_birth_date") == "1985-05-12"
    assert document.fields["patient_birth_date"].confidence < 0.9
