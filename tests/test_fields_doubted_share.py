"""Four amounts that do not add up, two of them each one confusable digit (a 1 for a 7) off what the others
make them: the one whose word Tesseract doubted, the other read surely, is the misread one and takes the
value the sums give, held for a clerk. Read alike, both stay as read. Wordings and values are made up."""

from __future__ import annotations

import dataclasses

from intake.domain.model import Page
from tests.test_fields import lines_page, one

_RENTAL = """
Pharmacie du Marché - FINESS 750000523
FACTURE N° BL2590001
Patient : M. LE GALL Yann
N° de sécurité sociale : 1 85 05 78 006 084 91
Date de délivrance : 05/08/2025
Total TTC 141,18 €
Part Assurance Maladie 72,71 €
Part complémentaire 48,51 €
Reste à payer 19,90 €
"""


def _read(doubted: float) -> Page:
    page = lines_page(_RENTAL, source="ocr", conf=0.96)
    words = [dataclasses.replace(w, conf=doubted) if w.text == "72,71" else w for w in page.words]
    return dataclasses.replace(page, words=words)


def test_the_doubted_share_is_the_misread_one() -> None:
    document = one([_read(0.8)])
    assert document.fields["amo_amount"].value == "72.77"
    assert document.fields["amo_amount"].confidence < 0.85
    assert document.fields["amc_amount"].value == "48.51"
    assert document.needs_review


def test_two_shares_read_alike_stay_as_read() -> None:
    document = one([_read(0.96)])
    assert document.fields["amo_amount"].value == "72.71"
    assert document.fields["amc_amount"].value == "48.51"
