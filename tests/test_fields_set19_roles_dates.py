"""Misses of held-out set 19 (opened for tuning after its blind score): whose FINESS a hospital
practitioner's private-practice invoice prints, which date an invoice number's line gives, and a patient
name whose middle dot OCR read as a colon. One test per general rule; wordings and values are made up."""

from __future__ import annotations

from intake.domain.model import ExtractedDocument
from parsers.fields import layout
from parsers.fields.layout import build_lines
from tests.test_fields import one, page_of, value

# ---------------------------------------------------------------- a hospital practitioner's private practice


def _hospital_letterhead(service: str, footer: str = "") -> ExtractedDocument:
    rows = [
        (20.0, [(40.0, "CENTRE HOSPITALIER UNIVERSITAIRE DE BORDEAUX")]),
        (32.0, [(40.0, "FINESS 330007782 — 12 rue des Lilas, 33000 BORDEAUX")]),
        (60.0, [(40.0, service), (420.0, "Facture HX-5521")]),
        (72.0, [(40.0, "Pr Paul VIDAL, praticien hospitalier"), (420.0, "émise le 11/08/2025")]),
        (84.0, [(40.0, "Identifiant RPPS : 10003879623")]),
        (120.0, [(40.0, "Patient : LE GALL Yann")]),
        (132.0, [(40.0, "N° SS : 1 85 05 78 006 084 91")]),
        (170.0, [(40.0, "Date"), (160.0, "Code"), (460.0, "Montant")]),
        (184.0, [(40.0, "09/08/2025"), (160.0, "CS"), (460.0, "30,00 €")]),
        (220.0, [(300.0, "Montant total"), (460.0, "30,00 €")]),
    ]
    if footer:
        rows.append((400.0, [(40.0, footer)]))
    return one([page_of(rows)])


def test_a_hospitals_finess_over_a_practitioners_private_practice_is_where_he_consults() -> None:
    document = _hospital_letterhead("Activité libérale — Service de chirurgie cardiaque")
    assert value(document, "rpps") == "10003879623"
    assert value(document, "finess") is None  # the hospital lends its rooms; he bills his own fees


def test_a_consultation_in_the_hospitals_private_sector_is_the_practitioners_too() -> None:
    document = _hospital_letterhead("Consultation en secteur privé — chirurgie cardiaque")
    assert value(document, "finess") is None


def test_the_private_practice_named_in_the_footer_alone_is_enough() -> None:
    footer = "Honoraires perçus au titre de l'activité libérale des praticiens hospitaliers."
    document = _hospital_letterhead("Service de chirurgie cardiaque", footer)
    assert value(document, "finess") is None


def test_a_hospitals_own_invoice_keeps_its_finess() -> None:
    document = _hospital_letterhead("Service de chirurgie cardiaque — consultations externes")
    assert value(document, "finess") == "330007782"  # no private practice named: the hospital may invoice


# ---------------------------------------------------------------- the date after the invoice number


def _fees_invoice(number_line: str, closing: str) -> ExtractedDocument:
    page = page_of([
        (20.0, [(40.0, "Dr Paul VIDAL — Phoniatre")]),
        (32.0, [(40.0, "RPPS 10003879623")]),
        (70.0, [(40.0, "Patient(e)"), (380.0, number_line)]),
        (82.0, [(40.0, "LE GALL Yann")]),
        (94.0, [(40.0, "NIR 1 85 05 78 006 084 91")]),
        (130.0, [(40.0, "Date"), (160.0, "Code"), (460.0, "Montant")]),
        (144.0, [(40.0, "11.08.25"), (160.0, "APC"), (460.0, "60,00 €")]),
        (180.0, [(300.0, "Total"), (460.0, "60,00 €")]),
        (230.0, [(40.0, closing)]),
    ])
    return one([page])


def test_a_date_after_the_invoice_number_and_a_dash_is_its_issue_date() -> None:
    document = _fees_invoice("Facture PH10442 — 12.08.25", "Cachet du praticien")
    assert value(document, "invoice_number") == "PH10442"
    assert value(document, "invoice_date") == "2025-08-12"


def test_a_prescription_handed_over_is_no_issue_date() -> None:
    closing = "Prescription de rééducation vocale (orthophonie) remise le 14.08.25."
    document = _fees_invoice("Facture PH10442 — 12.08.25", closing)
    assert value(document, "invoice_date") == "2025-08-12"  # "remise le" is no misread "Émise le"


def test_remise_is_a_word_of_its_own_not_a_misread_emise() -> None:
    page = page_of([(20.0, [(40.0, "Ordonnance remise le 14.08.25")]), (40.0, [(40.0, "Émise le 12.08.25")])])
    kinds = [[h.label.text for h in layout.find_labels(line)] for line in build_lines([page])]
    assert "Émise le" not in kinds[0]
    assert "Émise le" in kinds[1]


# ---------------------------------------------------------------- a middle dot read as a colon


def test_a_colon_standing_alone_before_the_birth_date_label_ends_the_name() -> None:
    page = page_of([
        (20.0, [(40.0, "Dr Paul VIDAL — RPPS 10003879623")]),
        (70.0, [(40.0, "Patient(e)"), (380.0, "Facture PH10442")]),
        (82.0, [(40.0, "LE GALL Yann : née) le 05.05.85")]),  # "·" and "né(e)" as OCR reads them
        (94.0, [(40.0, "NIR 1 85 05 78 006 084 91")]),
        (130.0, [(40.0, "11.08.25 APC Avis ponctuel de consultant 60,00 €")]),
        (180.0, [(300.0, "Total"), (460.0, "60,00 €")]),
    ], source="ocr", conf=0.95)
    assert value(one([page]), "patient_name") == "LE GALL Yann"
