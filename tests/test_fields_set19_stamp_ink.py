"""Set 18 d105 (a hospital's "avis de sommes à payer" under a "transmis au tiers payant" stamp): the stamp's
stroke read as dashes glued before the invoice number ("N° FACTURE ——+20255325914", one word Tesseract
scored 0) lost the number on the scan. The ink is no part of the number, and the word's confidence scores
the ink with it. Wordings and values are made up."""

from __future__ import annotations

from dataclasses import replace

from intake.domain.model import Page
from parsers.fields.values import parse_invoice_number
from tests.test_fields import one, page_of, value


def test_stamp_ink_glued_before_the_number_is_no_part_of_it() -> None:
    found = parse_invoice_number("——+30471182 PATIENT : X")
    assert found is not None and found.value == "30471182" and found.start == 3
    found = parse_invoice_number("--F25-0142")
    assert found is not None and found.value == "F25-0142"


def test_a_lone_dash_or_plus_is_not_taken_for_ink() -> None:
    assert parse_invoice_number("+33 6 12") is None  # a phone number, not a reference
    assert parse_invoice_number("-12") is None


def _inked_notice() -> Page:
    page = page_of(
        [
            (20.0, [(40.0, "CENTRE HOSPITALIER DE VIENNE AVIS DE SOMMES A PAYER")]),
            (60.0, [(40.0, "N° FACTURE ——+30471182 PATIENT : ROUSSEL Anne")]),
            (80.0, [(40.0, "DATE DE CONSULTATION : 12/05/2025")]),
            (120.0, [(300.0, "MONTANT TOTAL 30,00 EUR")]),
        ],
        source="ocr",
        conf=0.95,
    )
    page.words = [replace(w, conf=0.0) if w.text.endswith("30471182") else w for w in page.words]
    return page


def test_a_number_read_past_glued_ink_is_kept_for_review() -> None:
    document = one([_inked_notice()])
    assert value(document, "invoice_number") == "30471182"
    assert document.fields["invoice_number"].confidence < 0.85
    assert document.needs_review
