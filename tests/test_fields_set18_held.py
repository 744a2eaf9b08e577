"""Two set-18 papers held for a clerk with every field right: an unscheduled-care centre's invoice that dates
the visit by a bare "Date" in a block headed "Passage", and a practitioner's invoice numbered in sequence
("Facture 6097"). One test per general rule; wordings and values are made up."""

from __future__ import annotations

import doctest

from parsers.fields import confidence
from parsers.fields.base import Candidate
from tests.test_fields import lines_page, one, page_of, value

THRESHOLD = 0.85


def test_confidence_doctests() -> None:
    failed, _ = doctest.testmod(confidence)
    assert failed == 0


# ---------------------------------------------------------------- a block headed by the care it dates


def _visit(heading: str, *, source: str = "text", conf: float = 1.0) -> list[tuple[float, list[tuple[float, str]]]]:
    return [
        (0.0, [(40.0, "Centre de soins non programmés des Quais"), (400.0, "FINESS 750000010")]),
        (20.0, [(40.0, "Facture"), (400.0, "Édition : 14/05/2025 19h02")]),
        (40.0, [(40.0, "N° CSNP-250514-07")]),
        (60.0, [(40.0, "Patient"), (320.0, heading)]),
        (80.0, [(40.0, "LE GALL Yann"), (320.0, "Date : 14/05/2025")]),
        (100.0, [(40.0, "Né(e) le 05/05/1985"), (320.0, "Arrivée 17:40 · prise en charge 18:55")]),
        (120.0, [(40.0, "N° de sécurité sociale 1 85 05 78 006 084 91")]),
        (140.0, [(40.0, "Total"), (400.0, "30,00 €")]),
    ]


def test_a_bare_date_in_a_block_headed_by_the_visit_is_the_care_date() -> None:
    document = one([page_of(_visit("Passage"))])
    assert value(document, "care_date") == "2025-05-14"
    assert THRESHOLD <= document.fields["care_date"].confidence < 0.9  # a heading, not the date's own label
    assert value(document, "invoice_date") == "2025-05-14"


def test_a_bare_date_under_the_visit_heading_read_by_ocr() -> None:
    document = one([page_of(_visit("Consultation"), source="ocr", conf=0.96)])
    assert value(document, "care_date") == "2025-05-14"
    assert THRESHOLD <= document.fields["care_date"].confidence < 0.9


def test_a_bare_date_under_another_heading_stays_a_guess() -> None:
    document = one([page_of(_visit("Règlement"))])  # the payment's block: not the care's
    assert document.fields["care_date"].confidence < THRESHOLD
    assert document.needs_review


# ---------------------------------------------------------------- a running number after "Facture"

_NUMBERED = """
Dr Marc LEROY — Addictologie — RPPS 10003879623
FACTURE D'HONORAIRES
{number}
Date de facture 06/05/2025
Patient LE GALL Yann
Numéro de sécurité sociale 1 85 05 78 006 084 91
Date de la consultation 06/05/2025
Montant total 30,00 EUR
"""


def test_four_digits_after_facture_are_the_invoice_number() -> None:
    document = one([lines_page(_NUMBERED.format(number="Facture 6097"))])
    assert value(document, "invoice_number") == "6097"
    assert THRESHOLD <= document.fields["invoice_number"].confidence < 0.9  # no checksum: never sure
    scanned = one([lines_page(_NUMBERED.format(number="Facture 6097"), source="ocr", conf=0.96)])
    assert scanned.fields["invoice_number"].confidence >= THRESHOLD


def test_four_digits_under_another_label_or_a_year_stay_with_a_clerk() -> None:
    document = one([lines_page(_NUMBERED.format(number="Dossier n° 5673"))])  # a patient's file
    assert document.fields["invoice_number"].confidence < THRESHOLD
    year = Candidate("invoice_number", "2025", 0.75, 1, None, "2025", "right", label="Facture")
    assert not confidence.running_number(year)


def test_four_digits_after_the_notes_own_name_are_the_invoice_number() -> None:
    """A liberal practitioner's invoice calls itself his "note" ("N° de la note : 4945"): its short
    running number is the invoice's as after "Facture"; read surely by OCR, it passes review."""
    scanned = one([lines_page(_NUMBERED.format(number="N° de la note : 4945"), source="ocr", conf=0.96)])
    assert value(scanned, "invoice_number") == "4945"
    assert THRESHOLD <= scanned.fields["invoice_number"].confidence < 0.9  # no checksum: never sure
