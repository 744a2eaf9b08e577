"""Misses first met in held-out set 27 (opened for tuning after its blind score) on text PDFs, scans and
photos: a share's label with a bracketed note holding its own amount, a newborn's birth date on the
beneficiary's line under the mother's block, "Complémentaire santé :" before the insurer's number, a
pharmacy that supplied a product named below the amounts, and a reference opening on a capital N glued
to its digits under a "Montant facturé" heading. Wordings and values are made up."""

from __future__ import annotations

from intake.domain.model import ExtractedDocument
from tests.test_fields import one, page_of, value

_HEAD = [
    (20.0, [(40.0, "Docteur Paul BOUVIER — Médecine générale"), (420.0, "RPPS : 10003879623")]),
    (34.0, [(40.0, "FACTURE N° 2025-0311"), (420.0, "Date : 09/02/2025")]),
]
_PATIENT = [
    (60.0, [(40.0, "Patient : M. LEROY Jean")]),
    (72.0, [(40.0, "Né le 12/03/1950")]),
    (84.0, [(40.0, "N° de sécurité sociale : 1 50 03 78 006 084 91")]),
]
_ACTS = [
    (110.0, [(40.0, "Date"), (140.0, "Acte"), (460.0, "Montant")]),
    (122.0, [(40.0, "09/02/2025"), (140.0, "Consultation"), (460.0, "35,00 €")]),
]


def _shares(amo_label: str) -> ExtractedDocument:
    return one([page_of([
        *_HEAD, *_PATIENT, *_ACTS,
        (150.0, [(40.0, "Total des honoraires"), (460.0, "35,00 €")]),
        (162.0, [(40.0, amo_label), (460.0, "29,50 €")]),
        (174.0, [(40.0, "Part complémentaire"), (460.0, "3,50 €")]),
        (186.0, [(40.0, "Reste à charge patient"), (460.0, "2,00 €")]),
    ])])


def test_a_shares_bracketed_note_with_an_amount_is_passed_for_the_amount_after_it() -> None:
    document = _shares("Part Assurance Maladie (90 % régime local, moins 2 € de participation)")
    assert value(document, "amo_amount") == "29.50"  # not the note's 2 €
    assert value(document, "total_amount") == "35.00"


def test_a_shares_bracketed_note_without_an_amount_changes_nothing() -> None:
    assert value(_shares("Part Assurance Maladie (régime local)"), "amo_amount") == "29.50"


def _newborn(beneficiary: str) -> ExtractedDocument:
    return one([page_of([
        *_HEAD,
        (60.0, [(40.0, "ASSURÉE")]),
        (72.0, [(40.0, "Mme LE GALL Océane")]),
        (84.0, [(40.0, "née le 04/07/1992 — N° de sécurité sociale : 2 92 07 76 913 691 97")]),
        (96.0, [(40.0, beneficiary)]),
        *_ACTS,
        (150.0, [(40.0, "Total"), (460.0, "35,00 €")]),
    ])])


def test_a_birth_date_after_the_beneficiarys_name_on_its_line_is_the_patients() -> None:
    document = _newborn("Bénéficiaire des soins : enfant LE GALL Raphaël, né(e) le 06/04/2025 — rang : 1")
    assert value(document, "patient_name") == "LE GALL Raphaël"
    assert value(document, "patient_birth_date") == "2025-04-06"  # not the insured mother's


def _insurer(line: str) -> ExtractedDocument:
    return one([page_of([
        *_HEAD, *_PATIENT,
        (96.0, [(40.0, line)]),
        *_ACTS,
        (150.0, [(40.0, "Total"), (460.0, "35,00 €")]),
    ])])


def test_an_insurer_number_after_complementaire_sante_and_its_colon() -> None:
    assert value(_insurer("Complémentaire santé : 374495542"), "amc_number") == "374495542"


def _supplied(first: str, second: str) -> ExtractedDocument:
    return one([page_of([
        *_HEAD, *_PATIENT, *_ACTS,
        (150.0, [(40.0, "Total"), (460.0, "35,00 €")]),
        (162.0, [(40.0, "Part AMO"), (460.0, "35,00 €")]),
        (200.0, [(40.0, first)]),
        (212.0, [(40.0, second)]),
    ])])


def test_a_finess_under_delivre_par_la_pharmacie_is_the_suppliers_not_the_invoicers() -> None:
    document = _supplied("Extrait délivré par la pharmacie", "FINESS 634691422")
    assert value(document, "finess") is None
    assert value(document, "rpps") == "10003879623"


def test_a_finess_on_the_line_of_delivre_par_is_the_suppliers_too() -> None:
    assert value(_supplied("Allergènes", "délivrés par la pharmacie — FINESS 634691422"), "finess") is None


def _summary_band(number: str) -> ExtractedDocument:
    return one([page_of([
        (20.0, [(40.0, "RÉCAPITULATIF")]),
        (32.0, [(40.0, f"Facture {number} du 02/06/2025")]),
        (56.0, [(40.0, "Montant facturé"), (200.0, "dont Assurance Maladie")]),
        (70.0, [(40.0, "173,06 €"), (200.0, "119,14 €")]),
        (100.0, [(40.0, "Dr Bruno JOLY — Neurologue"), (420.0, "RPPS 10003879623")]),
        *[(y + 80.0, cells) for y, cells in _PATIENT],
        (220.0, [(40.0, "Date"), (140.0, "Acte"), (460.0, "Montant")]),
        (232.0, [(40.0, "02/06/2025"), (140.0, "Électromyographie"), (460.0, "173,06 €")]),
    ])])


def test_a_reference_opening_on_a_capital_n_glued_to_its_digits_keeps_it() -> None:
    document = _summary_band("N25-8482")
    assert value(document, "invoice_number") == "N25-8482"  # not "173" under "Montant facturé"
    assert value(document, "invoice_date") == "2025-06-02"


def test_montant_facture_is_no_invoice_number_label() -> None:
    document = _summary_band("n° 25-8482")
    assert value(document, "invoice_number") == "25-8482"


def test_a_number_in_the_next_cell_is_no_qualified_insurer_number() -> None:
    document = _insurer("Mutuelle : Mutuelle Familiale                              IPP : 35465435")
    assert value(document, "amc_number") is None  # the hospital's patient number, not the insurer's


def _band_read(total: str, source: str) -> ExtractedDocument:
    return one([page_of([
        (20.0, [(40.0, "Facture n° 25-8482 du 02/06/2025")]),
        (44.0, [(40.0, "Montant total"), (200.0, "dont Assurance Maladie"), (360.0, "dont complémentaire")]),
        (58.0, [(40.0, total), (200.0, "119,14 €"), (360.0, "51,92 €")]),
        (100.0, [(40.0, "Dr Bruno JOLY — Neurologue"), (420.0, "RPPS 10003879623")]),
        *[(y + 80.0, cells) for y, cells in _PATIENT],
    ], source=source)])


def test_an_amount_ocr_split_after_its_comma_is_read_whole_under_its_heading() -> None:
    document = _band_read("173, 06 €", "ocr")
    assert value(document, "total_amount") == "173.06"  # not None, nor the cents alone
    assert document.fields["total_amount"].confidence < 0.9  # mended: never in the sure band


def test_a_text_layers_spaced_cents_are_left_alone() -> None:
    assert value(_band_read("173, 06 €", "text"), "total_amount") != "173.06"
