"""Set 23, session 17, each as a general rule (wordings and values made up):

- a course of sessions billed together, its first row read one digit off its series
  (`extract._mend_off_series`);
- an AMC number with a "%" among its digits: the "96" a fax or a photo read as one sign
  (`ids._percent_pair`);
- an AMC number read one digit too long, a 6, 8 or 9 beside a 0: the zero's ghost dropped, held
  (`ids._ghost_dropped`);
- a share read above the total it is part of (its comma lost): the share and the total are held, the
  document goes to a clerk (`extract.doubt_share_over_total`).
"""

from __future__ import annotations

import dataclasses

from intake.domain.model import Page
from tests.test_fields import one, page_of, value

WEEKLY = ("16/05/2025", "23/05/2025", "30/05/2025", "06/06/2025", "13/06/2025")


def _sessions(first_date: str, later: tuple[str, ...] = WEEKLY) -> Page:
    rows = [(112.0 + 12.0 * i, [(40.0, day), (120.0, "AMO 12.1"), (300.0, "31,94 €")]) for i, day in enumerate(
        (first_date, *later)
    )]
    lines = [
        (20.0, [(40.0, "Claire MARTIN — Orthophoniste — RPPS 10003879623")]),
        (40.0, [(40.0, "FACTURE N° 2025-0412")]),
        (52.0, [(40.0, "Date de la facture : 16/06/2025")]),
        (64.0, [(40.0, "Patient : LE GALL Yann")]),
        (100.0, [(40.0, "Date"), (120.0, "Acte"), (300.0, "Montant")]),
        *rows,
        (200.0, [(200.0, "Total"), (300.0, "191,64 €")]),
    ]
    page = page_of(lines)
    return dataclasses.replace(page, words=[dataclasses.replace(w, conf=0.95) for w in page.words], source="ocr")


def test_a_first_session_one_digit_off_its_weekly_series_takes_the_series_day_held() -> None:
    document = one([_sessions("03/05/2025")])
    assert value(document, "care_date") == "2025-05-09"
    assert document.fields["care_date"].confidence < 0.85


def test_a_first_session_a_week_before_its_series_stands() -> None:
    document = one([_sessions("02/05/2025")])  # one digit off 09/05, but a session missed, not a misread
    assert value(document, "care_date") == "2025-05-02"


def test_rows_without_one_gap_are_no_series() -> None:
    later = ("16/05/2025", "23/05/2025", "30/05/2025", "06/06/2025", "14/06/2025")
    document = one([_sessions("03/05/2025", later)])
    assert value(document, "care_date") == "2025-05-03"


def _insurer(number: str) -> Page:
    page = page_of([
        (20.0, [(40.0, "CENTRE HOSPITALIER DE BREST FACTURE")]),
        (40.0, [(40.0, "N. FACTURE : 25403542"), (300.0, "MUTUELLE GENERALE")]),
        (52.0, [(40.0, "N. DE TITRE : 4756-74300"), (300.0, "N. AMC : " + number)]),
        (76.0, [(40.0, "PATIENT : DUFOUR Maeva")]),
    ], source="ocr", conf=0.9)
    return page


def test_an_amc_number_with_a_percent_sign_for_96_is_mended_and_held() -> None:
    document = one([_insurer("906255%")])
    assert value(document, "amc_number") == "90625596"
    assert document.fields["amc_number"].confidence < 0.85


def test_a_percent_sign_leaving_no_amc_length_is_no_number() -> None:
    document = one([_insurer("9062%")])
    assert value(document, "amc_number") != "906296"


def _wig_maker(share: str) -> Page:
    return page_of([
        (20.0, [(40.0, "Maison Heloise Perruques")]),
        (40.0, [(40.0, "Facture n° : PC25-0223")]),
        (52.0, [(40.0, "Date de livraison : 02/07/2025")]),
        (64.0, [(40.0, "Cliente : Mme SAIDI Elodie")]),
        (76.0, [(40.0, "N° de sécurité sociale : 2 64 07 20 772 796 25")]),
        (100.0, [(40.0, "Total TTC : 574,40 €")]),
        (112.0, [(40.0, "Part mutuelle : " + share)]),
        (124.0, [(40.0, "Reste à votre charge : 124,40 €")]),
    ], source="ocr", conf=0.95)


def test_a_share_read_above_its_total_holds_both_for_a_clerk() -> None:
    document = one([_wig_maker("20000 €")])
    assert value(document, "amc_amount") == "20000.00"
    assert document.fields["amc_amount"].confidence < 0.85
    assert document.fields["total_amount"].confidence < 0.85
    assert document.needs_review


def test_a_share_under_its_total_is_not_held() -> None:
    document = one([_wig_maker("200,00 €")])
    assert document.fields["total_amount"].confidence >= 0.85


def test_an_amc_number_one_digit_too_long_loses_the_zero_ghost_held() -> None:
    document = one([_insurer("9158137083")])
    assert value(document, "amc_number") == "915813703"
    assert document.fields["amc_number"].confidence < 0.85


def test_an_amc_number_one_digit_too_long_without_a_ghost_is_left_as_read() -> None:
    # no zero's ghost, no digit standing twice (set 28: one digit read twice is dropped, `_doubled_dropped`)
    document = one([_insurer("6541798238")])
    assert value(document, "amc_number") == "6541798238"
