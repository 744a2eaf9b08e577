"""A care date named by its own label, printed once, every digit of it read surely on a well-read OCR page
("Date de délivrance : 05/08/2025" on a pharmacy's scanned invoice): as sure as the same label on a PDF,
so no clerk is asked for it. A fax in normal resolution, a doubted digit or a rival care date still hold
it back. Wordings and values are made up."""

from __future__ import annotations

from parsers.fields.doubts import SURE_WORD
from tests.test_fields import lines_page, one, value

_PHARMACY = """
Pharmacie du Marché - FINESS 750000523
FACTURE N° PH-2025-08731
Patient : M. LE GALL Yann
N° de sécurité sociale : 1 85 05 78 006 084 91
Date de délivrance : 05/08/2025
Doliprane 1000 mg 2,18 €
Total 2,18 €
"""


def test_a_lone_care_date_under_its_label_read_surely_passes_review() -> None:
    document = one([lines_page(_PHARMACY, source="ocr", conf=SURE_WORD + 0.02)])
    assert value(document, "care_date") == "2025-08-05"
    care = document.fields["care_date"].confidence
    assert 0.85 <= care < 0.9  # enough to pass review, never into the sure band
    assert not any("Date des soins" in r for r in document.review_reasons)


def test_a_doubted_digit_or_a_rival_date_still_holds_it() -> None:
    doubted = one([lines_page(_PHARMACY, source="ocr", conf=0.8)])
    assert doubted.fields["care_date"].confidence < 0.85
    rival = _PHARMACY.replace("Doliprane", "Date des soins : 02/08/2025\nDoliprane")
    document = one([lines_page(rival, source="ocr", conf=SURE_WORD + 0.02)])
    assert document.fields["care_date"].confidence < 0.85
