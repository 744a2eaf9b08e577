"""Fax readings of set 28's kind, mended by general rules: an amount closing its line whose cents a fax
split off after the comma, with no currency after them ("TOTAL 185, 58"), read back as a repair the
sums confirm (held when they do not); a name over its birth date behind the label
"Consultant (e) :", the form's word for the patient; a last name in capitals one of whose letters a fax read small
("JoLY", O read as o); a total beside its label split after the comma before its currency ("85, 00 EUR"),
read back whole as a repair, not as its cents alone. Wordings and values made up."""

from __future__ import annotations

from intake.domain.model import ExtractedDocument
from parsers.fields import values
from tests.test_fields import one, page_of, value

_HEAD = [
    (20.0, [(40.0, "Dr Paul VIDAL - RPPS 10003879623")]),
    (32.0, [(40.0, "FACTURE N° F-2025-0142 du 09/07/2025")]),
    (44.0, [(40.0, "Patient : M. LE GALL Yann")]),
]


def _split_cents_invoice(total: str) -> ExtractedDocument:
    rows = [
        *_HEAD,
        (140.0, [(40.0, f"TOTAL {total}")]),
        (152.0, [(40.0, "Part AMO 60% 111,35")]),
        (164.0, [(40.0, "Part AMC 40% 74,23")]),
        (176.0, [(40.0, "Reste à charge 0, 00")]),
    ]
    return one([page_of(rows, source="ocr", conf=0.95)])


def test_cents_split_off_after_the_comma_at_a_line_end_are_read_back_when_the_sums_call_for_it() -> None:
    document = _split_cents_invoice("185, 58")
    total = document.fields["total_amount"]
    assert total.value == "185.58"
    assert total.source == "ocr-repair"  # said so: read apart on the page, joined because the sums close
    assert value(document, "patient_amount") == "0.00"


def test_split_cents_the_sums_do_not_call_for_are_held() -> None:
    document = _split_cents_invoice("195, 58")
    total = document.fields.get("total_amount")
    assert total is None or total.confidence < 0.9


def _name_block(name_line: str) -> ExtractedDocument:
    rows = [
        (20.0, [(40.0, "Dr Jean HAMON - RPPS 10003879623")]),
        (32.0, [(40.0, "NOTE D'HONORAIRES N° GEN-2025-0142")]),
        (60.0, [(40.0, name_line)]),
        (72.0, [(40.0, "Date de naissance : 05/12/1998")]),
        (200.0, [(40.0, "Code"), (120.0, "Acte"), (460.0, "Montant")]),
        (212.0, [(40.0, "CS"), (120.0, "Consultation"), (460.0, "30,00 €")]),
        (236.0, [(300.0, "Total"), (460.0, "30,00 €")]),
    ]
    return one([page_of(rows, source="ocr", conf=0.95)])


def test_a_name_over_its_birth_date_behind_the_consultant_label_is_read_after_the_colon() -> None:
    document = _name_block("Consultant (e) : LEBRETON Clémence")
    assert value(document, "patient_name") == "LEBRETON Clémence"
    assert document.fields["patient_name"].confidence < 0.9


def test_a_last_name_with_one_capital_read_small_is_still_the_last_name() -> None:
    assert values.parse_name("JoLY Mickaël") == "JOLY Mickaël"
    assert values.parse_name("Marie Joly") == "JOLY Marie"  # no capitals: the order is a guess, as before


def test_cents_split_off_after_the_comma_before_a_currency_beside_the_label_are_read_back() -> None:
    rows = [
        *_HEAD,
        (140.0, [(40.0, "Total des honoraires 85, 00 EUR")]),  # not its "00 EUR": 0,00
        (152.0, [(40.0, "Part assurance maladie 55,50 EUR")]),
        (164.0, [(40.0, "Part mutuelle 25,50 EUR")]),
    ]
    document = one([page_of(rows, source="ocr", conf=0.95)])
    total = document.fields["total_amount"]
    assert total.value == "85.00"
    assert total.confidence < 0.9  # mended: never in the sure band
