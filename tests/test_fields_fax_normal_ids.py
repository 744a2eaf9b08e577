"""Fax-normal practitioner numbers read one digit too long: the one drop that leaves an RPPS (opening on
"10") or an ADELI passing its Luhn key, taken when it is the only one, held under the sure band. Values made up."""

from __future__ import annotations

from parsers.fields.ids import STUTTER_VALIDITY, find_id
from tests.test_fields import one, page_of, value


def test_an_rpps_read_one_digit_too_long_is_mended_and_held() -> None:
    found = find_id("rpps", "109451807302 - N° AM 38102511")
    assert found is not None
    assert (found.value, found.repaired) == ("10945807302", True)
    assert found.validity <= STUTTER_VALIDITY


def test_an_rpps_with_two_drops_passing_its_key_is_not_mended() -> None:
    assert find_id("rpps", "104340163466") is None  # 10434063466 and 10440163466 both pass: no guess


def test_a_twelve_digit_number_is_no_adeli_mended_so() -> None:
    assert find_id("adeli", "109451807302") is None


def test_an_adeli_read_one_digit_too_long_is_mended_and_held() -> None:
    found = find_id("adeli", "2526751363 — TVA intracom.")
    assert found is not None
    assert (found.value, found.repaired) == ("256751363", True)
    assert found.validity <= STUTTER_VALIDITY


def test_a_digit_too_many_ahead_of_an_adeli_is_dropped_when_only_it_passes() -> None:
    found = find_id("adeli", "6751002130")  # no zero's ghost: the extra-digit rule, held
    assert found is not None and found.value == "751002130" and found.validity <= STUTTER_VALIDITY


def test_the_letterheads_rpps_read_one_digit_too_long_beats_the_body_doctors() -> None:
    document = one([page_of([
        (20.0, [(40.0, "CABINET DE SAGE-FEMME")]),
        (32.0, [(40.0, "N° RPPS 109451807302")]),
        (50.0, [(40.0, "NOTE D'HONORAIRES — N° 0001116")]),
        (70.0, [(40.0, "Patiente"), (120.0, "BLANCHARD Sylvie")]),
        (82.0, [(40.0, "N° d'immatriculation 2 90 04 99 561 452 43")]),
        (94.0, [(40.0, "Date des soins : 21/07/2025")]),
        (106.0, [(40.0, "Suivi conjoint : Dr GERMAIN, gynécologue — RPPS 10209273712")]),
        (160.0, [(300.0, "Total"), (400.0, "49,66 €")]),
    ], source="ocr", conf=0.95)])
    assert value(document, "rpps") == "10945807302"
    assert document.fields["rpps"].confidence < 0.9
    assert document.needs_review
