"""Misses met on the scans and faxes of held-out set 17, whose text PDFs read right: a NIR whose spaces a
monospace print's scan read as colons and dots, a NIR's thin sex digit lost or a key's 0 read as a 6, a
day or a month whose 0 a fax read as an 8, and two amounts misread at once under sums that show which.
One test per general rule; wordings and values are made up."""

from __future__ import annotations

from intake.domain.model import ExtractedDocument
from parsers.fields.ids import find_id
from tests.test_fields import lines_page, one, value

THRESHOLD = 0.85
NIR = "185057800608491"  # 1 85 05 78 006 084 91, born May 1985


def _ocr(text: str) -> ExtractedDocument:
    return one([lines_page(text, source="ocr", conf=0.96)])


def _invoice(nir_line: str, *, date_line: str = "FACTURE N° 2025/0412 EDITEE LE 06/07/2025") -> str:
    return f"""
DR MARTIN CLAIRE - MEDECINE GENERALE
RPPS : 10003879623
{date_line}
PATIENT : LE GALL Yann
NE(E) LE : 05/05/1985
{nir_line}
DATE CODE LIBELLE MONTANT
05/07/2025 G CONSULTATION 30,00
TOTAL HONORAIRES 30,00 EUR
"""


# ---------------------------------------------------------------- NIR


def test_a_nir_whose_spaces_were_read_as_colons_and_dots() -> None:
    assert find_id("nir", " : 1:85.05:78: 006: 084: 91").value == NIR  # type: ignore[union-attr]
    assert value(_ocr(_invoice("NIR : 1:85.05:78: 006: 084: 91")), "nir") == NIR


def test_marks_part_no_other_identifier() -> None:
    found = find_id("amc_number", "4471 12.50")  # an insurer's number, then an amount: not one number
    assert found is not None and found.value == "4471"


def test_a_nir_whose_sex_digit_was_lost_is_mended_for_a_clerk() -> None:
    # a child's birth date (the NIR is the parent's): nothing but the key checks the mending. With the
    # holder's own birth date agreeing, it passes (tests/test_fields_fax_repaired_nir.py)
    text = _invoice("NIR 85 05 78 006 084 91").replace("NE(E) LE : 05/05/1985", "NE(E) LE : 05/05/2015")
    document = _ocr(text)
    assert value(document, "nir") == NIR
    assert document.fields["nir"].confidence < THRESHOLD
    assert document.needs_review


def test_a_nir_key_with_a_digit_misread_is_mended_for_a_clerk() -> None:
    document = _ocr(_invoice("N° SS 1 85 05 78 006 084 97"))  # "91": its 1 read as a 7
    assert value(document, "nir") == NIR
    assert document.fields["nir"].confidence < THRESHOLD  # the birth date agrees, but a key proves little here
    assert find_id("nir", "1 85 05 78 006 084 33") is None  # no one confusable digit mends it


# ---------------------------------------------------------------- dates


def test_an_issue_date_whose_months_0_a_fax_read_as_an_8() -> None:
    document = _ocr(_invoice("NIR : 1 85 05 78 006 084 91", date_line="FACTURE N° 2025/0412 EDITEE LE 06/87/2025"))
    assert value(document, "invoice_date") == "2025-07-06"


def test_the_first_acts_date_whose_months_0_a_fax_read_as_an_8() -> None:
    text = _invoice("NIR : 1 85 05 78 006 084 91").replace(
        "05/07/2025 G CONSULTATION 30,00", "02/87/2025 G CONSULTATION 15,00\n05/07/2025 G CONSULTATION 15,00"
    )
    assert value(_ocr(text), "care_date") == "2025-07-02"


# ---------------------------------------------------------------- two amounts misread

_SHARES = """
Dr Josiane MARTIN - FACTURE N° DL-8834
RPPS 10003879623
Date Code Libellé Montant €
12/05/2025 APC Avis ponctuel de consultant 60,00
Total {total} €
Part obligatoire (70 %) 42,00 €
Part complémentaire {amc} €
Reste à charge {patient} €
"""


def test_a_total_misread_like_its_one_act_and_a_zero_share_misread() -> None:
    document = _ocr(_SHARES.format(total="60,09", amc="18,00", patient="8,00"))
    assert value(document, "total_amount") == "60.00"
    assert value(document, "patient_amount") == "0.00"
    assert value(document, "amc_amount") == "18.00"
    assert document.fields["patient_amount"].confidence < THRESHOLD
    assert document.needs_review


def test_a_zero_share_and_another_share_misread_under_a_total_read_right() -> None:
    document = _ocr(_SHARES.format(total="60,00", amc="18,09", patient="0,99"))
    assert value(document, "amc_amount") == "18.00"
    assert value(document, "patient_amount") == "0.00"
    assert document.needs_review
