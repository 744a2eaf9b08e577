"""Amounts a fax in normal resolution lost or garbled beyond a look-alike digit: a comma read as a colon
("Reste à votre charge : 5,00 EUR" read "3 5:00 EUR", the cents alone taken for the amount), and a share's
amount lost after its label that prints the share's rate ("Part AMC (40 %)" and nothing after). The sums
choose the first reading; the sums and the rate together give the second. Both stay under review's
threshold. Wordings and values made up."""

from __future__ import annotations

from intake.domain.model import ExtractedDocument
from parsers.fields import values
from tests.test_fields import one, page_of

_HEAD = [
    (20.0, [(40.0, "Dr Paul VIDAL - RPPS 10003879623")]),
    (32.0, [(40.0, "FACTURE N° F-2025-0142 du 09/07/2025")]),
    (44.0, [(40.0, "Patient : M. LE GALL Yann")]),
]


def _colon_invoice(patient: str) -> ExtractedDocument:
    rows = [
        *_HEAD,
        (140.0, [(40.0, "TOTAL : 80,00 EUR")]),
        (152.0, [(40.0, "Part Assurance Maladie : 38,50 EUR")]),
        (164.0, [(40.0, "Part Mutuelle : 36,50 EUR")]),
        (176.0, [(40.0, f"Reste à votre charge 3 {patient} EUR")]),
    ]
    return one([page_of(rows, source="ocr", conf=0.95)])


def test_a_comma_read_as_a_colon_is_read_back_when_the_sums_call_for_it() -> None:
    document = _colon_invoice("5:00")
    patient = document.fields["patient_amount"]
    assert patient.value == "5.00"
    assert patient.confidence < 0.85  # mended: a clerk checks it
    assert document.needs_review


def test_a_colon_reading_the_sums_do_not_call_for_is_not_taken() -> None:
    document = _colon_invoice("7:00")
    found = document.fields.get("patient_amount")
    assert found is None or found.value != "7.00"


def _rated_invoice(amc_rate: str, total: str = "181,00") -> ExtractedDocument:
    rows = [
        *_HEAD,
        (140.0, [(40.0, f"Total du relevé {total}")]),
        (152.0, [(40.0, "Part AMO (60 %) 108,60")]),
        (164.0, [(40.0, f"Part AMC ({amc_rate} %)")]),
        (176.0, [(40.0, "Reste à charge 0,00")]),
    ]
    return one([page_of(rows, source="ocr", conf=0.95)])


def test_a_share_whose_amount_was_lost_is_its_printed_rate_of_the_total_when_the_sums_agree() -> None:
    document = _rated_invoice("40")
    amc = document.fields["amc_amount"]
    assert amc.value == "72.40"
    assert amc.confidence < 0.85
    assert document.needs_review


def test_the_amounts_read_are_confirmed_when_a_lost_share_is_its_printed_rate_of_the_total() -> None:
    # the rate of the total, to the cent, is what the total less the shares read leaves: both readings agree
    document = _rated_invoice("40")
    assert document.fields["total_amount"].confidence >= 0.85
    assert document.fields["amo_amount"].confidence >= 0.85
    assert document.fields["amc_amount"].confidence < 0.85


def test_a_lost_share_whose_rate_disagrees_with_the_sums_stays_absent() -> None:
    assert "amc_amount" not in _rated_invoice("30").fields


def test_a_rate_after_a_word_in_an_unclosed_bracket_is_no_thousands_group() -> None:
    # "(ALD 100 %) 250,00 €" read "(ALD 100 250,00 €": the "%)" lost, the rate is not the amount's thousands
    assert values.parse_amount("Prise en charge Assurance Maladie (ALD 100 250,00 €") == "250.00"
    assert values.parse_amount("Total (TTC 1 250,00 €)") == "1250.00"  # closed: one amount
