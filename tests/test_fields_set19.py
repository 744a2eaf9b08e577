"""Set 19's wrong auto-accept (scored blind at the end of session 12): a numbered form whose boxes sit side by
side, each label printed after its box number and its value under it ("1 N° de note ... 2 Date d'émission"),
gave the next box's number "2" as the invoice number on a text PDF. Wordings and values are made up."""

from __future__ import annotations

from parsers.fields.base import Candidate
from parsers.fields.confidence import SHORT_REFERENCE_CAP, field_cap
from tests.test_fields import one, page_of, value


def _boxed_form() -> list[tuple[float, list[tuple[float, str]]]]:
    return [
        (20.0, [(40.0, "Dr Paul VIDAL - Chirurgien-dentiste - RPPS 10003879623")]),
        (60.0, [(40.0, "1 N° de note"), (300.0, "2 Date d'émission")]),
        (74.0, [(40.0, "612/25"), (300.0, "23.06.25")]),
        (100.0, [(40.0, "3 Nom Prénom du patient"), (300.0, "4 Date de naissance")]),
        (114.0, [(40.0, "LE GALL Yann"), (300.0, "05.05.85")]),
        (140.0, [(40.0, "5 N° d'immatriculation")]),
        (154.0, [(40.0, "1 85 05 78 006 084 91")]),
        (180.0, [(40.0, "6 Date des soins")]),
        (194.0, [(40.0, "23.06.25")]),
        (230.0, [(40.0, "7 Total honoraires"), (300.0, "57,44 €")]),
    ]


def test_a_boxs_number_beside_the_next_label_is_no_value() -> None:
    document = one([page_of(_boxed_form())])
    assert value(document, "invoice_number") == "612/25"  # under its label, not the next box's "2"


def test_a_one_or_two_character_invoice_number_is_never_auto_accepted() -> None:
    short = Candidate("invoice_number", "2", 0.9, 1, None, "2", "right", label="N° de note")
    assert field_cap(short) == SHORT_REFERENCE_CAP
    assert field_cap(Candidate("invoice_number", "6097", 0.9, 1, None, "6097", "right", label="Facture")) > 0.9
