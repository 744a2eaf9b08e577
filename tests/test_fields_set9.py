"""Common layouts and wordings first met in held-out set 9: a cross-border invoice in English, dates
written in words, a certificate written as a letter, a stay's shares, a legend under a table, headings
over their values, a name block with a wording after its label. One test per general rule; the
wordings are made up for the tests."""

from __future__ import annotations

import doctest

from parsers.fields import around, base, candidates, dates, geometry, ids, names, numbers, reading, roles, values
from tests.test_fields import lines_page, one, page_of, value

THRESHOLD = 0.85


def confidence(document: object, name: str) -> float:
    return document.fields[name].confidence  # type: ignore[attr-defined,no-any-return]


def test_candidates_doctests() -> None:
    for module in (around, base, candidates, dates, geometry, ids, names, numbers, reading, roles):
        failed, _ = doctest.testmod(module)
        assert failed == 0, module.__name__


# ---------------------------------------------------------------- dates


def test_english_dates_month_first_and_day_first() -> None:
    assert values.parse_date("Oct 9, 2025") == "2025-10-09"
    assert values.parse_date("July 4,2025") == "2025-07-04"
    assert values.parse_date("16 Dec 1979") == "1979-12-16"
    assert values.parse_date("3 May 2024") == "2024-05-03"


def test_handwritten_date_read_with_spaces_after_its_slashes() -> None:
    assert values.parse_date("Le 22/ 03/° 25") == "2025-03-22"
    assert values.parse_date("22 / 03 / 2025") == "2025-03-22"
    assert values.parse_date("page 1/ 2") is None


def test_dates_written_in_words() -> None:
    assert values.parse_date("le quatorze octobre deux mille vingt-cinq") == "2025-10-14"
    assert values.parse_date("le premier mars deux mille vingt-quatre") == "2024-03-01"
    assert values.parse_date("trente et un décembre deux mille vingt-cinq") == "2025-12-31"
    assert values.parse_date("le trente-deux mars deux mille vingt") is None
    assert values.words_number("mil neuf cent quatre-vingt-dix-sept") == 1997
    assert values.parse_date("le vingt-cinq févricr deux mille vingt-cinq") == "2025-02-25"  # a fax's misread month


def test_cross_border_invoice_in_english() -> None:
    document = one([lines_page(
        "INVOICE / FACTURE\nInvoice No. INV-2025-00653\nInvoice date Jul 17, 2025\nDate of service Jul 14, 2025\n"
        "Payment due Aug 16, 2025\nBILL TO / PATIENT\nVASSEUR, Grégoire\nDate of birth: 16 Dec 1979\n"
        "Total amount EUR 44.52\nPatient share / balance due EUR 0.00"
    )])
    assert value(document, "invoice_number") == "INV-2025-00653"
    assert value(document, "invoice_date") == "2025-07-17"
    assert value(document, "care_date") == "2025-07-14"
    assert value(document, "patient_birth_date") == "1979-12-16"
    assert value(document, "total_amount") == "44.52"
    assert value(document, "patient_amount") == "0.00"


def test_an_earlier_delivery_recalled_is_not_the_care_date() -> None:
    document = one([lines_page(
        "Facture n° A2025-8663\nDate de délivrance : 5/8/2025\n"
        "Renouvellement : précédent appareillage délivré le 8/3/2021 (délai respecté)."
    )])
    assert value(document, "care_date") == "2025-08-05"
    assert "ambiguous" not in str(document.fields["care_date"])
    assert confidence(document, "care_date") >= THRESHOLD


def test_a_plain_date_on_a_receipt_is_also_the_care_date_under_review() -> None:
    document = one([lines_page("Reçu d'honoraires n° 2025-31\nDate : le 22/03/25\nTotal 40 €")])
    assert value(document, "invoice_date") == "2025-03-22"
    assert value(document, "care_date") == "2025-03-22"
    assert confidence(document, "care_date") < THRESHOLD
    assert confidence(document, "invoice_date") < 0.7  # its copy is no second reading


# ---------------------------------------------------------------- a certificate written as a letter


CERTIFICATE = """
Note d'honoraires n° 172/25
Je soussignée, Docteur Maëva PELLETIER, certifie avoir donné ce jour mes soins à
Monsieur SAÏDI Grégoire, immatriculé sous le numéro 1 88 12 2A 158 455 16,
soit un total de 68,56 €,
dont 47,99 € à la charge de l'assurance maladie obligatoire et 20,57 € à la charge de
l'organisme complémentaire ; reste à la charge du patient : 0,00 €.
Fait à Grenoble, le vingt-cinq février deux mille vingt-cinq.
"""


def test_certificate_letter_names_the_patient_the_shares_and_the_day() -> None:
    document = one([lines_page(CERTIFICATE)])
    assert value(document, "patient_name") == "SAÏDI Grégoire"
    assert value(document, "invoice_date") == "2025-02-25"
    assert value(document, "care_date") == "2025-02-25"
    assert confidence(document, "care_date") < THRESHOLD  # taken from the letter's date, a rule
    assert [value(document, n) for n in ("total_amount", "amo_amount", "amc_amount", "patient_amount")] == [
        "68.56", "47.99", "20.57", "0.00"
    ]


def test_ce_jour_without_care_words_makes_no_care_date() -> None:
    document = one([lines_page("Facture n° 2025-31\nDépassement réglé ce jour par carte.\nParis, le 3 mars 2025")])
    assert value(document, "care_date") is None


# ---------------------------------------------------------------- amounts


def test_stay_shares_of_the_two_regimes_and_of_the_hospitalised() -> None:
    document = one([lines_page(
        "Facture n° 2025605610\nTotal du séjour 7.872,00 €\nPart régime obligatoire 5.241,60 €\n"
        "Part régime complémentaire 2.530,40 €\nPart hospitalisé 100,00 €"
    )])
    assert [value(document, n) for n in ("total_amount", "amo_amount", "amc_amount", "patient_amount")] == [
        "7872.00", "5241.60", "2530.40", "100.00"
    ]


def test_a_legend_under_the_table_gives_no_amount() -> None:
    document = one([lines_page(
        "Facture n° 2025-61\nTotal 90,00 €\n"
        "RO : régime obligatoire (80 % du prix) ; RC : régime complémentaire (ticket modérateur,\n"
        "chambre dans la limite de 40,00 € par nuit)."
    )])
    assert value(document, "amo_amount") is None
    assert value(document, "amc_amount") is None


def test_a_bare_zero_after_a_share_label_is_nothing_to_pay() -> None:
    document = one([lines_page("Facture n° 2025-61\nTotal 40 €\nSécu 28 €\nMutuelle 12 €\nreste 0 — tiers payant")])
    assert value(document, "patient_amount") == "0.00"


def test_statement_of_sessions_total() -> None:
    document = one([page_of([
        (20.0, [(40.0, "Relevé de séances n° R-2025/87")]),
        (60.0, [(40.0, "Montant des séances"), (200.0, "Assurance Maladie"), (320.0, "Complémentaire")]),
        (75.0, [(40.0, "200,00 €"), (200.0, "120,00 €"), (320.0, "80,00 €")]),
    ])])
    assert value(document, "total_amount") == "200.00"
    assert confidence(document, "total_amount") >= THRESHOLD


# ---------------------------------------------------------------- headings and blocks


def test_two_headings_of_one_row_are_two_labels() -> None:
    # "Organisme complémentaire" and "N° AMC" head two cells far apart: not "Organisme complémentaire n°"
    document = one([page_of([
        (20.0, [(40.0, "Facture n° 2025-61")]),
        (60.0, [(40.0, "Organisme complémentaire"), (320.0, "N° AMC")]),
        (80.0, [(40.0, "Mutuelle Générale de l'Éducation"), (320.0, "28360345")]),
    ])])
    assert value(document, "amc_number") == "28360345"


def test_name_under_a_heading_before_another_label_in_its_cell() -> None:
    document = one([page_of([
        (20.0, [(40.0, "Facture n° 2025-61")]),
        (60.0, [(40.0, "Audioprothésiste"), (250.0, "Patient")]),
        (75.0, [(40.0, "Maëva LEBRETON"), (250.0, "Mme ROCHE Géraldine — né(e) le 12/10/1954")]),
    ])])
    assert value(document, "patient_name") == "ROCHE Géraldine"
    assert value(document, "patient_birth_date") == "1954-10-12"


def test_name_label_whose_wording_goes_on_heads_a_right_aligned_block() -> None:
    document = one([page_of([
        (20.0, [(350.0, "Patient(e) soigné(e) à domicile")]),
        (32.0, [(40.0, "NOTE D'HONORAIRES"), (350.0, "M. AUBRY Séverin")]),
        (50.0, [(40.0, "n° NH-2025-0451"), (350.0, "15 allée des Tilleuls")]),
    ])])
    assert value(document, "patient_name") == "AUBRY Séverin"


def test_hospitalised_heading_names_the_patient_below() -> None:
    document = one([page_of([
        (20.0, [(40.0, "Facture n° 2025605610")]),
        (60.0, [(40.0, "HOSPITALISÉ(E)")]),
        (75.0, [(40.0, "HÉBERT Laëtitia"), (250.0, "Adressé(e) par : CHU de Montpellier")]),
    ])])
    assert value(document, "patient_name") == "HÉBERT Laëtitia"


def test_a_one_character_reference_loses_to_a_plausible_invoice_number() -> None:
    document = one([page_of([
        (20.0, [(40.0, "Analyse"), (200.0, "Valeurs de référence")]),
        (35.0, [(40.0, "Hématies"), (200.0, "4,00 - 5,20")]),
        (300.0, [(40.0, "Facture FL59559184 du 18/03/2025")]),
    ])])
    assert value(document, "invoice_number") == "FL59559184"


def test_a_spaced_out_title_keeps_its_number_word() -> None:
    document = one([page_of([(20.0, [(40.0, "NOTE D'HONORAIRES — FACTURE"), (300.0, "N° 0235")])])])
    assert value(document, "invoice_number") == "0235"
    assert confidence(document, "invoice_number") >= 0.9


def test_an_insurer_label_ending_where_the_number_label_starts() -> None:
    document = one([lines_page("Facture n° 2025-61\nMutuelle / N° AMC Harmonie - 28498252")])
    assert value(document, "amc_number") == "28498252"


def test_a_title_and_its_kind_joined_by_a_dash_are_no_legend() -> None:
    document = one([lines_page("NOTE D'HONORAIRES — FACTURE N° 2025-0235")])
    assert value(document, "invoice_number") == "2025-0235"


def test_a_label_qualified_by_another_wording_keeps_its_value() -> None:
    document = one([lines_page("Facture n° 2025-61\nIdentification du professionnel : RPPS 10003879623")])
    assert value(document, "rpps") == "10003879623"
    assert confidence(document, "rpps") >= 0.9


def test_an_insurer_label_repeated_before_the_insurers_name_is_no_legend() -> None:
    document = one([lines_page("Facture n° 2025-61\nMutuelle : MUTUELLE ATLANTIQUE — n° 588260720")])
    assert value(document, "amc_number") == "588260720"


def test_a_trailing_number_word_of_a_heading_row_stays_with_its_own_label() -> None:
    document = one([page_of([
        (20.0, [(40.0, "Facture n° 2025-61")]),
        (60.0, [(40.0, "N° RPPS"), (100.0, "N° de facturation (AM)"), (300.0, "Adresse du cabinet")]),
        (75.0, [(40.0, "10003879623"), (120.0, "49171946"), (300.0, "49100 ANGERS")]),
    ])])
    assert value(document, "rpps") == "10003879623"


def test_dates_down_an_acts_table_with_an_amount_column_are_the_care_dates() -> None:
    document = one([page_of([
        (20.0, [(40.0, "Facture du 20/08/2025"), (300.0, "N° 2025-0820")]),
        (60.0, [(40.0, "Date"), (120.0, "Trajet"), (300.0, "Montant")]),
        (75.0, [(40.0, "14/08/2025"), (120.0, "Domicile - CHU"), (300.0, "45,10 €")]),
        (90.0, [(40.0, "18/08/2025"), (120.0, "CHU - Domicile"), (300.0, "45,10 €")]),
    ])])
    assert value(document, "care_date") == "2025-08-14"
    assert THRESHOLD <= confidence(document, "care_date") < 0.9


def test_a_name_stops_before_the_next_label_of_its_line() -> None:
    document = one([page_of([
        (20.0, [(40.0, "Cliente"), (300.0, "FACTURE")]),
        (40.0, [(40.0, "ROCHE Sylvie Numéro : PC-2025-532")]),
    ])])
    assert value(document, "patient_name") == "ROCHE Sylvie"


def test_a_speck_read_as_a_colon_after_the_name_does_not_cut_it() -> None:
    row = [(40.0, "Bénéficiaire : M. Rui D'ALMEIDA :"), (300.0, "Prescripteur : Dr NGUYEN")]
    document = one([page_of([(20.0, row)])])
    assert value(document, "patient_name") == "D'ALMEIDA Rui"


def test_identity_in_table_cells_under_name_and_first_name_headings() -> None:
    document = one([page_of([
        (20.0, [(40.0, "Facture n° 2025-61")]),
        (60.0, [(40.0, "Nom"), (150.0, "Prénom"), (260.0, "Né(e) le"), (360.0, "N° d'immatriculation")]),
        (75.0, [(40.0, "MARCHAND"), (150.0, "Aurélien"), (260.0, "21/12/1955"), (360.0, "1 55 12 57 508 591 59")]),
    ])])
    assert value(document, "patient_name") == "MARCHAND Aurélien"
    assert confidence(document, "patient_name") >= 0.8
    assert value(document, "patient_birth_date") == "1955-12-21"
    assert value(document, "nir") == "155125750859159"
