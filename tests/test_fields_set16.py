"""Misses first met in held-out set 16 (written blind, scored before these rules): a fees note whose
practitioner's block sits beside the patient's (its clinic's FINESS taken as a second invoicer), a
relevé d'honoraires crediting back a session not given, a thermal cure's period. One test per general
rule; wordings and values are made up."""

from __future__ import annotations

from intake.domain.model import ExtractedDocument
from parsers.fields import dates
from tests.test_fields import lines_page, one, page_of, value

THRESHOLD = 0.85


# ---------------------------------------------------------------- the letterhead beside the patient block

def _two_column_head(title: str) -> ExtractedDocument:
    page = page_of([
        (20.0, [(40.0, "Dr Paul VIDAL"), (320.0, "PATIENT")]),
        (32.0, [(40.0, "Chirurgie orthopédique"), (320.0, "M. LE GALL Yann")]),
        (44.0, [(40.0, "Clinique des Lilas, 33000 BORDEAUX"), (320.0, "Né le 05/05/1985")]),
        (56.0, [(40.0, "RPPS 10003879623"), (320.0, "N° SS : 1 85 05 78 006 084 91")]),
        (68.0, [(40.0, "FINESS clinique : 330007782"), (320.0, "N° AMC : 44899643")]),
        (100.0, [(40.0, title)]),
        (112.0, [(40.0, "N° OR-55012 du 11/08/2025")]),
        (140.0, [(40.0, "Date Code Acte Montant")]),
        (152.0, [(40.0, "11/08/2025 CS Consultation 30,00 €")]),
        (180.0, [(40.0, "Total honoraires 30,00 €")]),
    ])
    return one([page])


def test_a_fees_notes_letterhead_beside_the_patient_block_keeps_the_practitioner_as_the_invoicer() -> None:
    document = _two_column_head("NOTE D'HONORAIRES")
    assert value(document, "rpps") == "10003879623"
    assert value(document, "finess") is None  # the clinic where he operates, not who invoices


def test_an_invoice_with_the_same_head_still_leaves_the_clinic_to_a_clerk() -> None:
    document = _two_column_head("FACTURE")  # not a fees note: the clinic may be the one who invoices
    assert value(document, "finess") == "330007782"
    assert document.needs_review


def test_an_establishments_letterhead_above_the_patient_block_is_not_moved() -> None:
    page = page_of([
        (20.0, [(40.0, "CLINIQUE DES LILAS — FINESS 330007782")]),
        (40.0, [(40.0, "Dr Paul VIDAL"), (320.0, "PATIENT")]),
        (52.0, [(40.0, "RPPS 10003879623"), (320.0, "M. LE GALL Yann")]),
        (64.0, [(320.0, "N° SS : 1 85 05 78 006 084 91")]),
        (100.0, [(40.0, "NOTE D'HONORAIRES")]),
        (112.0, [(40.0, "N° OR-55012 du 11/08/2025")]),
        (140.0, [(40.0, "11/08/2025 CS Consultation 30,00 €")]),
        (180.0, [(40.0, "Total honoraires 30,00 €")]),
    ])
    assert value(one([page]), "finess") == "330007782"  # a letterhead above: the rules as before


# ---------------------------------------------------------------- a care credited back or not given

_STATEMENT = """
Mme Anne ROUX - Sage-femme - N° RPPS : 10003879623
RELEVÉ D'HONORAIRES N° SF2025-118
Établi le 12/08/2025
Patiente : Mme LE GALL Anne
N° SS : 2 85 05 78 006 084 91
Date Prestation
21/07/2025 Séance de préparation n° 3 33,60 €
28/07/2025 Séance de préparation n° 4 33,60 €
12/08/2025 Avoir sur facture SF2025-82 du 16/07/2025 -33,60 €
(séance du 14/07/2025 facturée mais non réalisée)
Total à payer 33,60 €
"""


def test_a_relevé_dhonoraires_is_numbered_like_a_note() -> None:
    assert value(one([lines_page(_STATEMENT)]), "invoice_number") == "SF2025-118"


def test_a_session_credited_back_or_not_given_is_not_the_care_date() -> None:
    document = one([lines_page(_STATEMENT)])
    assert value(document, "care_date") == "2025-07-21"  # the first session given, under "Date | Prestation"


def test_a_row_crediting_back_a_session_is_no_act_of_the_table() -> None:
    text = _STATEMENT.replace(
        "12/08/2025 Avoir sur facture SF2025-82 du 16/07/2025 -33,60 €\n"
        "(séance du 14/07/2025 facturée mais non réalisée)",
        "14/07/2025 Avoir sur facture SF2025-82 -33,60 €",
    )
    assert value(one([lines_page(text)]), "care_date") == "2025-07-21"


def test_lines_of_care_not_given() -> None:
    assert dates.not_given("Séance du 03/02/2025 annulée")
    assert dates.not_given("Avoir n° AV-12 sur la facture F-88")
    assert not dates.not_given("Facture n° 88 — annule et remplace la facture n° 71")
    assert not dates.not_given("Je soussigné certifie avoir donné mes soins le 03/02/2025")


# ---------------------------------------------------------------- a thermal cure's period

def test_a_cures_period_starts_the_care() -> None:
    text = """
THERMES DES SOURCES - N° FINESS 640780417
Facture n° TH-2025-5521
Date d'émission : 27/09/2025
Curiste : Mme LE GALL Anne
N° SS : 2 85 05 78 006 084 91
Cure du 08/09/2025 au 27/09/2025 — 18 jours de soins
Montant total de la cure 520,47 €
"""
    assert value(one([lines_page(text)]), "care_date") == "2025-09-08"
