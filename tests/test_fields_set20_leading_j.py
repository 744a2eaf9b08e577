"""Set 14 (a fax in fine resolution, auto-accepted with a wrong required field): an IPA's invoice number
"IPA25-0326" read "JPA25-0326", every word at 0.9 or more. OCR reads a serif I's foot as a J's hook, and
a reference's first glyph has no neighbour on its left to tell: like a leading 1 or l before letters, a
leading J before a letter holds the number for a clerk. Wordings and values are made up."""

from __future__ import annotations

from tests.test_fields import lines_page, one, value

INVOICE = """
Cabinet infirmier - Mme Claire MARTIN
N° RPPS : 10003879623
FACTURE N° {number}
Date de facturation : 20/09/2025
Patient : M. LE GALL Yann
N° de sécurité sociale : 1 85 05 78 006 084 91
Date des soins : 05/09/2025
Montant total : 32,26 €
"""


def test_an_opening_j_before_a_letter_is_held() -> None:
    document = one([lines_page(INVOICE.format(number="JPA25-0326"), source="ocr", conf=0.96)])
    assert value(document, "invoice_number") == "JPA25-0326"
    assert document.fields["invoice_number"].confidence < 0.85
    assert document.needs_review


def test_an_opening_i_is_not() -> None:
    document = one([lines_page(INVOICE.format(number="IPA25-0326"), source="ocr", conf=0.96)])
    assert document.fields["invoice_number"].confidence >= 0.85
