"""Amounts and dates a fax in normal resolution read with a look-alike digit, mended where the document
itself checks the mend. Wordings, names and numbers are made up.

- both shares print their rates ("Part AMO (70 %)", "Part AMC (30 %)") and each was misread ("17416 €" its
  comma lost, "74.84" a 6 read as an 8): those rates of the total close the sums;
- an issue date read before the care it bills, or in a year to come, its year one digit off the care
  date's: the care date's year, when no other date of the document is in the year read;
- a course of weekly sessions whose rows a fax ran together ("30/05/2025 06/06/2025 13/06/2025 AMO AMO
  AMO ...") under specks of a rule ("—"): still rows of the series that mends its first date.
"""

from __future__ import annotations

import dataclasses
import doctest

from parsers.fields import around, doubts, extract
from tests.factories import nir, rpps
from tests.test_fields import one, page_of, value


def test_the_modules_doctests() -> None:
    for module in (around, doubts, extract):
        failed, _ = doctest.testmod(module)
        assert failed == 0


def _rated_shares(amo: str, amc: str, patient: str = "0,00 €") -> object:
    rows = [
        (20.0, [(40.0, f"Laboratoire BIOMED - RPPS {rpps()}")]),
        (40.0, [(40.0, "FACTURE N° LB-2025-0611 du 02/06/2025")]),
        (60.0, [(40.0, "Patient : M. ROCHE Henri")]),
        (80.0, [(40.0, f"N° de sécurité sociale : {nir()}")]),
        (100.0, [(40.0, "Date des soins : 26/05/2025")]),
        (140.0, [(40.0, "Total 248,80 €")]),
        (160.0, [(40.0, f"Part AMO (70 %) {amo}")]),
        (180.0, [(40.0, f"Part AMC (30 %) {amc}")]),
        (200.0, [(40.0, f"Reste dû {patient}")]),
    ]
    return page_of(rows, source="ocr", conf=0.95)


def test_two_shares_misread_take_their_printed_rates_of_the_total_when_the_sums_then_close() -> None:
    document = one([_rated_shares("17416 €", "74.84€")])  # type: ignore[list-item]
    assert value(document, "amo_amount") == "174.16"
    assert value(document, "amc_amount") == "74.64"
    assert document.fields["amo_amount"].confidence <= 0.6
    assert document.fields["amc_amount"].confidence <= 0.6
    assert document.needs_review


def test_shares_their_rates_do_not_close_are_left_as_read() -> None:
    document = one([_rated_shares("17416 €", "74.84€", patient="5,00 €")])  # type: ignore[list-item]
    assert value(document, "amc_amount") == "74.84"


def _dated(issued: str, care: str, note: str = "") -> object:
    rows = [
        (20.0, [(40.0, f"Dr Anne GERMAIN, sage-femme - RPPS {rpps()}")]),
        (40.0, [(40.0, f"FACTURE N° SF-2025-0219 du {issued}")]),
        (60.0, [(40.0, "Patiente : Mme NOEL Claire née le 07/01/1990")]),
        (80.0, [(40.0, f"N° de sécurité sociale : {nir('2900175116042')}")]),
        (110.0, [(40.0, "Date"), (120.0, "Acte"), (300.0, "Montant")]),
        (125.0, [(40.0, care), (120.0, "Surveillance de grossesse"), (300.0, "49,66 €")]),
        (160.0, [(40.0, "Total 49,66 €")]),
        (175.0, [(40.0, "Part AMO 49,66 €")]),
        (190.0, [(40.0, "Part mutuelle 0,00 €")]),
        (205.0, [(40.0, "Reste à charge 0,00 €")]),
    ]
    if note:
        rows.append((250.0, [(40.0, note)]))
    return page_of(rows, source="ocr", conf=0.95)


def test_an_issue_date_read_years_before_the_care_takes_the_care_dates_year() -> None:
    document = one([_dated("21/07/2015", "21/07/2025")])  # type: ignore[list-item]
    assert value(document, "invoice_date") == "2025-07-21"
    assert document.fields["invoice_date"].confidence <= 0.6


def test_an_issue_date_read_in_a_year_to_come_takes_the_care_dates_year() -> None:
    document = one([_dated("22/07/2085", "21/07/2025")])  # type: ignore[list-item]
    assert value(document, "invoice_date") == "2025-07-22"


def test_an_issue_year_another_date_of_the_document_shares_is_left_as_read() -> None:
    document = one([_dated("21/07/2015", "21/07/2025", note="Suivi commencé le 02/03/2015")])  # type: ignore[list-item]
    assert value(document, "invoice_date") == "2015-07-21"


def _sessions(merged: bool) -> object:
    rows = [
        (20.0, [(40.0, f"Mme Lucie PERES, orthophoniste - RPPS {rpps()}")]),
        (40.0, [(40.0, "FACTURE N° 2025-0337 Date : 16/06/2025")]),
        (60.0, [(40.0, "Patient : HEBERT Elodie née le 14/12/2016")]),
        (80.0, [(40.0, f"N° de sécurité sociale : {nir()}")]),
        (110.0, [(40.0, "Date"), (120.0, "Acte"), (200.0, "Libellé"), (420.0, "Montant")]),
        (125.0, [(40.0, "03/05/2025"), (120.0, "AMO 12."), (200.0, "Rééducation langage écrit"), (420.0, "31,94 €")]),
        (140.0, [(40.0, "16/05/2025"), (120.0, "AMO 12."), (200.0, "Rééducation langage écrit"), (420.0, "31,94 €")]),
        (155.0, [(40.0, "23/05/2025"), (120.0, "AMO 12."), (200.0, "Rééducation langage écrit"), (420.0, "31,94 €")]),
        (165.0, [(60.0, "—")]),
    ]
    if merged:
        rows.append((175.0, [(40.0, "30/05/2025 06/06/2025 13/06/2025 AMO AMO AMO 12. 12. 12.")]))
    else:
        rows += [
            (175.0, [(40.0, "30/05/2025"), (120.0, "AMO 12."), (420.0, "31,94 €")]),
            (190.0, [(40.0, "06/06/2025"), (120.0, "AMO 12."), (420.0, "31,94 €")]),
            (205.0, [(40.0, "13/06/2025"), (120.0, "AMO 12."), (420.0, "31,94 €")]),
        ]
    rows += [
        (240.0, [(40.0, "Total 191,64 €")]),
        (255.0, [(40.0, "Part AMO 114,98 €")]),
        (270.0, [(40.0, "Part AMC 76,66 €")]),
        (285.0, [(40.0, "Reste à charge 0,00 €")]),
    ]
    return page_of(rows, source="ocr", conf=0.95)


def test_rows_a_fax_ran_into_one_line_still_make_the_series_that_mends_its_first_date() -> None:
    document = one([_sessions(merged=True)])  # type: ignore[list-item]
    assert value(document, "care_date") == "2025-05-09"
    assert document.fields["care_date"].confidence <= 0.6


def test_specks_of_a_rule_between_rows_do_not_end_the_column() -> None:
    document = one([_sessions(merged=False)])  # type: ignore[list-item]
    assert value(document, "care_date") == "2025-05-09"


def _split_day_row(issued: str) -> object:
    rows = [
        (20.0, [(40.0, f"Dr Paul VIDAL, pédiatre - RPPS {rpps()}")]),
        (40.0, [(40.0, f"NOTE D'HONORAIRES N° 2025-0712 du {issued}")]),
        (60.0, [(40.0, "Patient : LE GALL Bruno né le 01.01.24")]),
        (110.0, [(40.0, "Date des soins"), (140.0, "Acte"), (300.0, "Montant")]),
        (125.0, [(40.0, "[1 2.07.25"), (140.0, "CS Consultation"), (300.0, "30,00 €")]),
        (160.0, [(40.0, "Total 30,00 €")]),
    ]
    page = page_of(rows, source="ocr", conf=0.95)
    # a speck of the table's rule glued to the day's first digit: a word Tesseract doubted
    page.words = [dataclasses.replace(w, conf=0.3) if w.text == "[1" else w for w in page.words]
    return page


def test_a_day_whose_first_digit_was_read_apart_is_joined_when_the_issue_date_agrees() -> None:
    document = one([_split_day_row("12.07.25")])  # type: ignore[list-item]
    assert value(document, "care_date") == "2025-07-12"
    assert document.fields["care_date"].confidence <= 0.6


def test_a_day_read_apart_the_issue_date_does_not_agree_with_is_held_as_read() -> None:
    document = one([_split_day_row("15.07.25")])  # type: ignore[list-item]
    assert value(document, "care_date") == "2025-07-02"
    assert document.fields["care_date"].confidence < 0.9
