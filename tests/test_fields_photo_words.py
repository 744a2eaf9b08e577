"""Phone photos: characters read right in the words that field extraction did not use. Wordings, names
and numbers are made up.

- a NIR with one group read as letters ("1 85 OS 78 ...": the month's 05), the key choosing the digits;
- an invoice number whose letters hold a capital I read as a 1 ("CS1-2025-...", "1PA25-..."), held;
- a nil share read with a letter O ("Reste O0"), beside the three amounts that make it nil, held;
- a birth date whose label was misread ("é(e) le 14/05/1985"), in the NIR's year and month, held.
"""

from __future__ import annotations

from intake.domain.model import ExtractedDocument
from parsers.fields.ids import find_id
from tests.test_fields import lines_page, one, value

INVOICE = """
Cabinet infirmier - Mme Claire MARTIN
N° RPPS : 10003879623
FACTURE N° {number}
Date de facturation : 20/09/2025
Patient : M. LE GALL Yann
{birth}
N° de sécurité sociale : {nir}
Date des soins : 05/09/2025
Montant total : 40 €
Part AMO : 28 €
Part AMC : 12 €
{rest}
"""


def _document(
    number: str = "F-2025-0142",
    nir: str = "1 85 05 78 006 084 91",
    rest: str = "Reste à charge : 0,00 €",
    birth: str = "",
) -> ExtractedDocument:
    text = INVOICE.format(number=number, nir=nir, rest=rest, birth=birth)
    return one([lines_page(text, source="ocr", conf=0.9)])


def test_a_nir_group_read_as_letters_is_mended_by_its_key() -> None:
    assert find_id("nir", ": 1 85 OS 78 006 084 91").value == "185057800608491"  # type: ignore[union-attr]
    assert value(_document(nir="1 85 OS 78 006 084 91"), "nir") == "185057800608491"


def test_a_lettered_nir_group_no_key_settles_stays_unread() -> None:
    assert find_id("nir", ": 1 85 OS 78 006 084 92") is None


def test_an_i_read_as_a_1_among_the_letters_of_the_number() -> None:
    for read, wanted in (("CS1-2025-08-0307", "CSI-2025-08-0307"), ("1PA25-0326", "IPA25-0326")):
        document = _document(number=read)
        assert value(document, "invoice_number") == wanted
        assert document.fields["invoice_number"].confidence <= 0.8


def test_the_number_s_own_1s_are_kept() -> None:
    for number in ("AB1234-25", "F1-2025-17", "2025-0142"):
        assert value(_document(number=number), "invoice_number") == number


def test_a_nil_share_read_with_a_letter_o() -> None:
    document = _document(rest="resté O0 — tiers payant")
    assert value(document, "patient_amount") == "0.00"
    assert document.fields["patient_amount"].confidence <= 0.8


def test_a_letter_o_word_is_no_nil_share() -> None:
    assert value(_document(rest="Bordeaux OO tiers payant"), "patient_amount") is None


def test_a_birth_date_its_label_misread_in_the_nir_s_year_and_month() -> None:
    document = _document(birth="é(e) le 14/05/1985")
    assert value(document, "patient_birth_date") == "1985-05-14"
    assert document.fields["patient_birth_date"].confidence <= 0.8


def test_an_unlabelled_date_off_the_nir_s_month_is_no_birth_date() -> None:
    assert value(_document(birth="é(e) le 14/06/1985"), "patient_birth_date") is None
