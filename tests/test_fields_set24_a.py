"""Set 24 (opened this session): misses on its text PDFs, each as a general rule. Wordings and values are
made up.

- a role label printed in capitals as its block's heading and going on in capitals ("PATIENT
  TRANSPORTE"): the heading's qualifier, the name on the line below (`names.heading_goes_on`);
- on a page titled as an invoice, a bare "N° : X" over "Date : d" at the same left edge, the title
  centred apart: the invoice's own number (`references.dated_number_block`);
- a patient name read with an initial for its first name ("HÉBERT M.", a counterfoil's short form)
  completed from the one full name of that surname and initial on the page (`extract._complete_initial`);
- a share read "97, 69 EUR" behind its rate ("Part AMC (35 %)"), the word split after the comma: the
  cents' reading is an alternative the sums choose (`candidates._comma_as_space`).
"""

from __future__ import annotations

import doctest

from parsers.fields import names
from tests.test_fields import one, page_of, value


def test_names_doctests() -> None:
    assert doctest.testmod(names).failed == 0


def _transport(heading: str) -> list[tuple[float, list[tuple[float, str]]]]:
    return [
        (20.0, [(40.0, "TAXIS DU LAC — Code transporteur 38061134")]),
        (40.0, [(40.0, "FACTURE DE TRANSPORT")]),
        (60.0, [(300.0, heading)]),
        (66.0, [(40.0, "Facture n° : 2025/6941")]),
        (76.0, [(300.0, "MARTIN-RÉGNIER Hugo")]),
        (82.0, [(40.0, "Date de facture : 21/07/2025")]),
        (92.0, [(300.0, "NIR : 1 85 05 78 006 084 91")]),
        (130.0, [(300.0, "TOTAL FACTURE 279,12 EUR")]),
    ]


def test_a_capital_heading_going_on_names_the_patient_below() -> None:
    document = one([page_of(_transport("PATIENT TRANSPORTE"))])
    assert value(document, "patient_name") == "MARTIN-RÉGNIER Hugo"


def test_a_name_right_of_the_capital_label_is_still_read_there() -> None:
    document = one([page_of(_transport("PATIENT DURAND Léa"))])
    assert value(document, "patient_name") == "DURAND Léa"


def _delivery_note(number_row: str, date_row: str) -> list[tuple[float, list[tuple[float, str]]]]:
    return [
        (20.0, [(40.0, "PHARMACIE DU PORT — N° FINESS 341460327")]),
        (50.0, [(170.0, "BON DE LIVRAISON VALANT FACTURE")]),
        (64.0, [(190.0, "Location de matériel médical")]),
        (84.0, [(40.0, number_row), (300.0, "Livré à")]),
        (98.0, [(40.0, date_row), (300.0, "M. LE GALL Yann")]),
        (112.0, [(300.0, "N° SS 1 85 05 78 006 084 91")]),
        (150.0, [(350.0, "Total TTC"), (450.0, "141,18 €")]),
    ]


def test_a_bare_number_over_its_date_under_an_invoice_title_is_the_invoice_number() -> None:
    document = one([page_of(_delivery_note("N° : BL2592081", "Date : 12.09.2025"))])
    assert value(document, "invoice_number") == "BL2592081"


def test_a_bare_number_over_anything_but_a_date_stays_unread() -> None:
    document = one([page_of(_delivery_note("N° : BL2592081", "Période : septembre"))])
    assert value(document, "invoice_number") is None


def _counterfoil(body_name: str) -> list[tuple[float, list[tuple[float, str]]]]:
    return [
        (20.0, [(40.0, "TALON"), (200.0, "Jean MARTIN — Masseur-kinésithérapeute — RPPS 10003879623")]),
        (40.0, [(40.0, "Facture"), (350.0, "RELEVÉ D'HONORAIRES")]),
        (52.0, [(40.0, "K2504180"), (350.0, "Facture n° K2504180 du 03.04.25")]),
        (64.0, [(40.0, "Patient")]),
        (76.0, [(40.0, "HÉBERT M."), (200.0, body_name)]),
        (88.0, [(200.0, "N° SS 2 46 12 57 015 336 72")]),
        (130.0, [(350.0, "Total"), (450.0, "183,44 €")]),
    ]


def test_a_name_with_an_initial_is_completed_from_the_page() -> None:
    document = one([page_of(_counterfoil("Suivi à domicile de HÉBERT Maëva"))])
    assert value(document, "patient_name") == "HÉBERT Maëva"


def test_an_initial_two_first_names_could_complete_stays_as_read() -> None:
    document = one([page_of(_counterfoil("Suivi à domicile de HÉBERT Maëva et HÉBERT Mathis"))])
    assert value(document, "patient_name") == "HÉBERT M"


def _shares(amc: str) -> list[tuple[float, list[tuple[float, str]]]]:
    return [
        (20.0, [(40.0, "AMBULANCES DU LAC — RPPS 10003879623")]),
        (40.0, [(40.0, "FACTURE N° 2025/6941 du 21/07/2025")]),
        (52.0, [(40.0, "Patient : LE GALL Yann")]),
        (100.0, [(300.0, "TOTAL FACTURE"), (450.0, "279,12 EUR")]),
        (112.0, [(300.0, "Part AMO (65 %)"), (450.0, "181,43 EUR")]),
        (124.0, [(300.0, "Part AMC (35 %)"), (450.0, amc)]),
        (136.0, [(300.0, "Reste a charge"), (450.0, "0,00 EUR")]),
    ]


def test_a_share_split_after_its_comma_behind_its_rate_is_chosen_by_the_sums() -> None:
    document = one([page_of(_shares("97, 69 EUR"), source="ocr", conf=0.95)])
    assert value(document, "amc_amount") == "97.69"
    assert document.fields["amc_amount"].confidence < 0.9


def test_the_block_number_set_apart_from_its_sign_with_a_row_of_the_next_column_between() -> None:
    rows = [
        (20.0, [(40.0, "PHARMACIE DU PORT — N° FINESS 341460327")]),
        (50.0, [(170.0, "BON DE LIVRAISON VALANT FACTURE")]),
        (84.0, [(40.0, "N° :"), (120.0, "BL2592081")]),
        (90.0, [(300.0, "Livré à")]),
        (100.0, [(40.0, "Date : 12.09.2025"), (300.0, "M. LE GALL Yann")]),
        (150.0, [(350.0, "Total TTC"), (450.0, "141,18 €")]),
    ]
    document = one([page_of(rows, source="ocr", conf=0.95)])
    assert value(document, "invoice_number") == "BL2592081"
