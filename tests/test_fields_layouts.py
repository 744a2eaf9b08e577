"""Layout and wording rules for hard layouts: a boxed Corsican NIR, a statement's or a stay's number,
a nursing home's resident, a destination establishment's FINESS, a letter dated without "le", a till
receipt's timestamp. The wordings are made up for the tests."""

from __future__ import annotations

from tests.test_fields import lines_page, one, page_of, value


def test_boxed_nir_keeps_the_letter_of_a_corsican_department() -> None:
    document = one([lines_page("Facture n° 2024-77\nN° d'immatriculation 1 8 6 0 7 2 B 0 7 3 0 0 4 5 5")])
    assert value(document, "nir") == "186072B07300455"


def test_statement_of_acts_number() -> None:
    document = one([lines_page("Relevé d'actes n° REL-3310\nPatient : MOREAU Lucie")])
    assert value(document, "invoice_number") == "REL-3310"


def test_stay_invoice_number_and_resident() -> None:
    document = one([lines_page("FACTURE DE SÉJOUR N° 2024-0917\nRésidente : Mme FOURNIER Odette, née le 02/05/1931")])
    assert value(document, "invoice_number") == "2024-0917"
    assert value(document, "patient_name") == "FOURNIER Odette"


def test_finess_of_the_destination_is_not_the_invoicers() -> None:
    document = one([lines_page(
        "Facture n° AMB-552\nTransport vers : Clinique du Parc (FINESS 750300360)\nPatient : ROUX Henri"
    )])
    assert value(document, "finess") is None


def test_letter_dated_with_its_town_and_no_le() -> None:
    document = one([lines_page("Cabinet médical\nVannes, 14 mars 2025\nFacture n° 2025-61")])
    assert value(document, "invoice_date") == "2025-03-14"


def test_till_timestamp_is_the_issue_and_the_delivery_date() -> None:
    document = one([lines_page("FACTURE N. 12-4410\nLE 11.02.2025 09:41 CAISSE 2\nTOTAL TTC 12,30 €")])
    assert value(document, "invoice_date") == "2025-02-11"
    assert value(document, "care_date") == "2025-02-11"


def test_first_of_the_month_read_with_a_letter_l() -> None:
    document = one([lines_page("Facture n° 2025-61\nSéjour du ler avril 2025 au 30 avril 2025")])
    assert value(document, "care_date") == "2025-04-01"


def test_birth_date_printed_one_digit_per_box() -> None:
    document = one([lines_page("Facture n° 2025-61\nDate de naissance   0 7   1 1   2 0 0 9")])
    assert value(document, "patient_birth_date") == "2009-11-07"


def test_rac_patient_is_the_patient_share_not_a_patient_label() -> None:
    document = one([lines_page(
        "Facture n° 2025-61\nTotal 90,00 €\nPart AMO 30,00 €\nPart AMC 20,00 €\nRAC patient 40,00 €"
    )])
    assert value(document, "patient_amount") == "40.00"


def test_end_of_a_period_whose_first_day_is_unread_is_not_the_care_date() -> None:
    document = one([lines_page("Facture n° 2025-61\nPériode : du 1?r mai 2025 au 31 mai 2025")])
    assert value(document, "care_date") is None


def test_a_residence_in_an_address_is_no_resident_label() -> None:
    document = one([lines_page("Facture n° 2025-61\nRésidence Les Mimosas, 06000 NICE\nPatient : ROUX Henri")])
    assert value(document, "patient_name") == "ROUX Henri"


def test_sidebar_amounts_right_aligned_under_their_labels() -> None:
    # each label in a side band, its value on the next line (a scan's gap: more than a text height),
    # right-aligned well past the label's end, with a currency sign before it
    rows = [(20.0, [(40.0, "Facture n° 2025-61")])]
    y = 400.0
    for label, amount in (("Total", "90,00"), ("Part AMO", "30,00"), ("Part AMC", "20,00"), ("Reste dû", "40,00")):
        rows += [(y, [(400.0, label)]), (y + 24.0, [(530.0, f"€ {amount}")])]
        y += 50.0
    document = one([page_of(rows)])
    assert [value(document, n) for n in ("total_amount", "amo_amount", "amc_amount", "patient_amount")] == [
        "90.00", "30.00", "20.00", "40.00"
    ]
