"""Set 19's thermal ticket (a pédicure-podologue's 80 mm ticket printed in a monospace font with slashed zeros),
read from a fax: a slashed zero read as two glyphs ("60", "90") or as a 6 and a 9 ("A PAYER 6,90 EUR" for
0,00). Wordings and values are made up."""

from __future__ import annotations

from parsers.fields.ids import find_id
from tests.test_fields import lines_page, one, value

_TICKET = """
CABINET DE PODOLOGIE
Paul VIDAL
Pedicure-podologue D.E.
ADELI {adeli}
FACTURE T123456
Le 08/02/2025 08:46
PATIENT
MARTIN Jean
NIR 1620429777285 49
Soin du 08/02/2025
POD2 prevention 30,00 EUR
TOTAL 30,00 EUR
PART AMO 60% 18,00 EUR
PART AMC 40% 12,00 EUR
A PAYER {patient} EUR
CB SANS CONTACT 0,00 EUR
"""


def _ticket(adeli: str = "751002130", patient: str = "0,00") -> str:
    return _TICKET.format(adeli=adeli, patient=patient)


def test_a_zero_share_read_as_sixes_and_nines_is_what_the_sums_make_it() -> None:
    document = one([lines_page(_ticket(patient="6,90"), source="ocr", conf=0.96)])
    assert value(document, "patient_amount") == "0.00"
    assert document.fields["patient_amount"].confidence <= 0.6  # a repair: a clerk checks it
    assert value(document, "total_amount") == "30.00"


def test_a_share_that_is_no_misread_zero_is_not_made_zero() -> None:
    document = one([lines_page(_ticket(patient="4,10"), source="ocr", conf=0.96)])
    assert value(document, "patient_amount") != "0.00"


def test_a_slashed_zero_read_with_a_digit_beside_it_is_one_zero() -> None:
    assert find_id("adeli", "7519002130").value == "751002130"  # type: ignore[union-attr]
    assert find_id("adeli", "7510021380").value == "751002130"  # type: ignore[union-attr]
    assert find_id("adeli", "7519002130").validity < 1.0  # type: ignore[union-attr]
    assert find_id("adeli", "6751002132") is None  # no 6, 8 or 9 beside a 0 (nor any other drop) makes it valid


def test_an_adeli_with_a_split_zero_is_found_and_held_for_a_clerk() -> None:
    document = one([lines_page(_ticket(adeli="7519002130"), source="ocr", conf=0.96)])
    assert value(document, "adeli") == "751002130"
    assert document.fields["adeli"].confidence < 0.9
