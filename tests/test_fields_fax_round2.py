"""Amounts a normal-resolution fax prints but whose labels it garbles: the bottom row of four amounts, the
first the sum of the three others, read as total, AMO, AMC and the patient's share, held below the
auto-accept threshold. Wordings and values are made up."""

from __future__ import annotations

from intake.domain.model import ExtractedDocument
from tests.test_fields import one, page_of, value


def _invoice(bottom: list[tuple[float, list[tuple[float, str]]]]) -> ExtractedDocument:
    page = page_of([
        (20.0, [(40.0, "Docteur Paul MARTIN — RPPS 10003879623")]),
        (40.0, [(40.0, "Chirurgien-dentiste — 12 rue de la Paix, 75002 PARIS")]),
        (80.0, [(40.0, "FACTURE")]),
        (100.0, [(40.0, "Patient : ARNAUD Jérémy")]),
        (200.0, [(40.0, "Acte"), (300.0, "Honoraires"), (380.0, "Sécu"), (440.0, "AMC"), (500.0, "RAC")]),
        (212.0, [(40.0, "Couronne"), (300.0, "540,00"), (380.0, "72,00"), (440.0, "348,00"), (500.0, "120,00")]),
        (224.0, [(40.0, "Provisoire"), (300.0, "60,00"), (380.0, "7,00"), (440.0, "33,00"), (500.0, "20,00")]),
        *bottom,
    ])
    return one([page])


def test_a_bottom_row_of_shares_adding_up_under_garbled_labels_gives_the_shares() -> None:
    document = _invoice([
        (240.0, [(40.0, "Mort Lutul"), (300.0, "Put AM)"), (380.0, "Part AMC"), (440.0, "Roses à Cine")]),
        (252.0, [(40.0, "600,00 €"), (300.0, "79,00 €"), (380.0, "381,00 €"), (440.0, "140,00 €")]),
    ])
    assert value(document, "total_amount") == "600.00"
    assert value(document, "amo_amount") == "79.00"
    assert value(document, "amc_amount") == "381.00"
    assert value(document, "patient_amount") == "140.00"
    assert all(document.fields[n].confidence < 0.9 for n in ("amo_amount", "amc_amount"))


def test_a_bottom_row_that_does_not_add_up_gives_no_shares() -> None:
    document = _invoice([
        (240.0, [(40.0, "Mort Lutul"), (300.0, "Put AM)"), (380.0, "Part AMC"), (440.0, "Roses à Cine")]),
        (252.0, [(40.0, "600,00 €"), (300.0, "79,00 €"), (380.0, "381,00 €"), (440.0, "150,00 €")]),
    ])
    assert value(document, "amo_amount") is None
    assert value(document, "amc_amount") is None


def _pharmacy(under_title: str) -> ExtractedDocument:
    page = page_of([
        (20.0, [(40.0, "PHARMACIE DU PONT"), (400.0, "FACTURE N° 123252")]),
        (32.0, [(40.0, "21 rue Nationale 57000 METZ")]),
        (40.0, [(400.0, under_title)]),
        (60.0, [(40.0, "Pharmacien titulaire : Océane AUBRY - RPPS 10974664996")]),
        (200.0, [(40.0, "Désignation"), (460.0, "Montant")]),
        (212.0, [(40.0, "Capteur"), (460.0, "55,44 €")]),
        (236.0, [(300.0, "Total"), (460.0, "55,44 €")]),
    ])
    return one([page])


def test_a_date_under_a_numbered_title_is_the_issue_date() -> None:
    document = _pharmacy("du 10/08/25")
    assert value(document, "invoice_number") == "123252"
    assert value(document, "invoice_date") == "2025-08-10"
    assert document.fields["invoice_date"].confidence < 0.9


def test_a_sentence_under_a_numbered_title_gives_no_issue_date() -> None:
    document = _pharmacy("renouvelable jusqu'au 10/08/25")
    assert value(document, "invoice_date") is None
