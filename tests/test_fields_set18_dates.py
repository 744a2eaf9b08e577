"""Care dates met on held-out set 18: a date to come (an operation planned, read after a care word)
chosen over the acts' own date, and a bare "Date" in a block headed by the visit ("Passage") read as the
issue date. One test per general rule; wordings and values are made up."""

from __future__ import annotations

from dataclasses import replace

from intake.domain.model import ExtractedDocument, Page
from tests.test_fields import one, page_of, value

THRESHOLD = 0.85
NIR_LINE = "N° SS 1 85 05 78 006 084 91"


# ---------------------------------------------------------------- a date to come


def _fees_note(closing: str) -> Page:
    rows = [
        (20.0, [(40.0, "Docteur Claire MARTIN - Chirurgie pediatrique")]),
        (40.0, [(40.0, "RPPS 10003879623")]),
        (60.0, [(40.0, "NOTE D'HONORAIRES"), (400.0, "n° 2025/0412")]),
        (80.0, [(400.0, "Paris, le 18 mars 2025")]),
        (100.0, [(40.0, "Enfant : LE GALL Lea")]),
        (120.0, [(40.0, NIR_LINE)]),
        (150.0, [(40.0, "Date"), (120.0, "Acte"), (450.0, "Total")]),
        (170.0, [(40.0, "18 mars 2025"), (120.0, "CS consultation"), (450.0, "30,00 €")]),
        (200.0, [(300.0, "Montant total"), (450.0, "30,00 €")]),
        (240.0, [(40.0, closing)]),
    ]
    page = page_of(rows, source="ocr", conf=0.96)
    # the acts' date column read poorly (a fax), the sentence under it well
    page.words = [replace(w, conf=0.6) if w.y0 in (150.0, 170.0) and w.x0 < 110 else w for w in page.words]
    return page


def test_an_operation_planned_after_the_invoice_is_not_the_care_date() -> None:
    document = one([_fees_note("Intervention programmée le 29 avril 2025 à la Clinique du Parc.")])
    assert value(document, "care_date") == "2025-03-18"
    assert value(document, "invoice_date") == "2025-03-18"


def test_a_care_date_after_the_invoice_with_no_other_stays_doubted() -> None:
    page = _fees_note("Intervention réalisée le 29 avril 2025 à la Clinique du Parc.")
    page.words = [w for w in page.words if not (w.y0 == 170.0 and w.x0 < 110)]  # the acts' date not read
    document = one([page])
    assert value(document, "care_date") == "2025-04-29"  # the only care date read: kept, for a clerk
    assert document.fields["care_date"].confidence < THRESHOLD


# ---------------------------------------------------------------- a visit's block


def _visit_block(heading: str) -> ExtractedDocument:
    rows = [
        (20.0, [(40.0, "Centre de soins non programmes Confluence"), (420.0, "FINESS 750000010")]),
        (60.0, [(40.0, "Facture"), (380.0, "Édition : 07/03/2025 21h47")]),
        (80.0, [(40.0, "N° CSNP-250307-95")]),
        (110.0, [(40.0, "Patient"), (300.0, heading)]),
        (130.0, [(40.0, "LE GALL Yann"), (300.0, "Date : 07/03/2025")]),
        (150.0, [(40.0, "Né(e) le 05/05/1985"), (300.0, "Arrivée 20:27")]),
        (170.0, [(40.0, NIR_LINE)]),
        (200.0, [(40.0, "G Consultation de médecine générale"), (450.0, "30,00 €")]),
        (230.0, [(380.0, "Total"), (450.0, "30,00 €")]),
    ]
    return one([page_of(rows)])


def test_a_bare_date_under_the_visits_heading_is_the_care_date() -> None:
    document = _visit_block("Passage")
    assert value(document, "care_date") == "2025-03-07"
    assert document.fields["care_date"].confidence >= THRESHOLD  # as "Date de passage", the issue date agrees
    assert not document.needs_review


def test_a_bare_date_under_another_heading_is_no_care_date() -> None:
    document = _visit_block("Rendez-vous")
    care = document.fields.get("care_date")
    assert care is None or care.confidence < THRESHOLD  # an appointment's date: no visit billed there
    assert document.needs_review
