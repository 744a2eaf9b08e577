"""Corroboration a clerk accepts (parsers/fields/confidence.py): a field held just under the review
threshold by a discount, not a doubt, passes when the document corroborates it; never into the sure band."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from intake.domain.model import ExtractedDocument, Page
from parsers.fields import extract
from parsers.fields.confidence import WEAK_CEILING
from tests.test_fields import lines_page, one, value

THRESHOLD = 0.85


@pytest.fixture
def without_corroboration(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Extraction as it was before these rules: the same page, nothing lifted."""
    monkeypatch.setattr(extract, "corroborate", lambda chosen, group: None)
    yield


def _ocr(text: str, conf: float, *, low: dict[str, float] | None = None) -> Page:
    """An OCR page whose words read at `conf`, some of them (by text) at their own confidence."""
    page = lines_page(text, source="ocr", conf=conf)
    return replace(page, words=[replace(w, conf=(low or {}).get(w.text, w.conf)) for w in page.words])


def _confidence(document: ExtractedDocument, name: str) -> float:
    return document.fields[name].confidence


PHARMACY = """
Pharmacie du Centre - FINESS 750000549
Facture N° PH-2025-48812
Patient : M. LE GALL Yann
N° de sécurité sociale : 1 85 05 78 006 084 91
Date de délivrance : 18/09/2025
Montant total : 32,26 €
Ticket de caisse du 18/09/2025 - merci de votre visite
"""


def test_care_date_printed_twice_under_its_own_label_passes(without_corroboration: None) -> None:
    held = one([_ocr(PHARMACY, 0.88)])
    assert value(held, "care_date") == "2025-09-18"
    assert _confidence(held, "care_date") < THRESHOLD


def test_care_date_printed_twice_under_its_own_label_is_lifted() -> None:
    document = one([_ocr(PHARMACY, 0.88)])
    assert value(document, "care_date") == "2025-09-18"
    assert THRESHOLD <= _confidence(document, "care_date") <= WEAK_CEILING
    assert not any(r.startswith("Date des soins") for r in document.review_reasons)


def test_care_date_printed_once_stays_held() -> None:
    """A "Date de délivrance" read once, even surely: no second read, no lift (a misread passes alone)."""
    once = PHARMACY.replace("Ticket de caisse du 18/09/2025 - merci de votre visite", "Merci de votre visite")
    document = one([_ocr(once, 0.88)])
    assert _confidence(document, "care_date") < THRESHOLD


SHARES = """
Cabinet de kinésithérapie - M. Bruno ROCHE
N° RPPS : 10003879623
Facture N° K2504106
Patient : Mme TESSIER Océane
N° de sécurité sociale : 1 85 05 78 006 084 91
Date des soins : 14/03/2025
Montant : 22,45
Part AMO : 13,47
Part AMC : 8,98
Reste à charge : 0,00
"""


def test_total_that_is_the_sum_of_its_parts_passes_under_a_generic_label(without_corroboration: None) -> None:
    held = one([_ocr(SHARES, 0.8)])
    assert value(held, "total_amount") == "22.45"
    assert _confidence(held, "total_amount") < THRESHOLD


def test_total_that_is_the_sum_of_its_parts_is_lifted() -> None:
    document = one([_ocr(SHARES, 0.8)])
    assert value(document, "total_amount") == "22.45"
    assert THRESHOLD <= _confidence(document, "total_amount") <= WEAK_CEILING


REFERENCE = """
Centre de santé dentaire - N° RPPS : 10003879623
Demande de prise en charge
Réf. :
PEC-552085
Patient : Mme TESSIER Océane
N° de sécurité sociale : 1 85 05 78 006 084 91
Montant total : 1 250,00 €
"""


def test_sole_reference_read_surely_is_as_sure_as_on_a_pdf(without_corroboration: None) -> None:
    held = one([_ocr(REFERENCE, 0.91)])
    assert value(held, "invoice_number") == "PEC-552085"
    assert _confidence(held, "invoice_number") < THRESHOLD
    printed = one([lines_page(REFERENCE)])
    assert _confidence(printed, "invoice_number") >= THRESHOLD


def test_sole_reference_read_surely_is_lifted() -> None:
    document = one([_ocr(REFERENCE, 0.91)])
    assert value(document, "invoice_number") == "PEC-552085"
    assert THRESHOLD <= _confidence(document, "invoice_number") <= WEAK_CEILING


def test_sole_reference_read_unsurely_stays_held() -> None:
    document = one([_ocr(REFERENCE, 0.91, low={"PEC-552085": 0.8})])
    assert _confidence(document, "invoice_number") < THRESHOLD
