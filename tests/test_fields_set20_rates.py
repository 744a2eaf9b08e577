"""A pharmacy ticket photographed, whose amounts column OCR lost ("TOTAL TTC", "PART AMO", "PART AMC",
"A PAYER" with nothing beside them): each label took the first amount below it, "TVA 2,10% INCLUSE". A
number followed by "%" is a rate, never an amount; and a label's search down the page stops at the next
amount's label (test_fields_set20_share_below). Wordings and values are made up."""

from __future__ import annotations

from parsers.fields.values import find_amounts
from tests.test_fields import lines_page, one, value


def test_a_rate_is_no_amount() -> None:
    assert [m.value for m in find_amounts("TVA 2,10% INCLUSE")] == []
    assert [m.value for m in find_amounts("dont TVA 5,5 % : 2,86 €")] == ["2.86"]
    assert [m.value for m in find_amounts("Taux 100,00 % 25,00 €")] == ["25.00"]


TICKET = """
PHARMACIE DU MARCHÉ
FINESS 752186510
FACTURE N° 3613-5050
DATE DELIVRANCE: 05/03/2025
ASSURE: 1 85 05 78 006 084 91
BENEF.: DURAND PAUL
A PAYER
TIERS PAYANT AMO+AMC
TVA 2,10% INCLUSE
"""


def test_a_lost_amount_takes_no_rate_from_below() -> None:
    document = one([lines_page(TICKET, source="ocr", conf=0.95)])
    assert value(document, "patient_amount") is None
