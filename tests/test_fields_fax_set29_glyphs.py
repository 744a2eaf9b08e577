"""Fax readings of set 29's kind, mended by rules a clerk states: "Date délivr." (a pharmacy's or an
audiologist's cut-short "Date de délivrance", its point read as a comma on a fax) names the care date; a
month 16, 18 or 19 is October with its 0 read as a 6, an 8 or a 9 (when no other digit of the date may be
a 0 so read); "N°S$S" is the label "N° SS" with one of its S read as a "$" (the number glued after it
still has to pass its key); an accent on an E before a doubled consonant, which French spelling never
writes, is a speck when the document prints the name without it.
Wordings, names and values made up."""

from __future__ import annotations

import pytest

from intake.domain.model import ExtractedDocument
from parsers.fields.dates import misread_date
from parsers.fields.labels import tokens
from tests.test_fields import one, page_of, value


def _nir(body: str) -> str:
    return body + f"{97 - int(body) % 97:02d}"


NIR = _nir("2850675123456")  # made up, with its key
NIR_PRINTED = f"{NIR[0]}{NIR[1:3]} {NIR[3:5]} {NIR[5:7]} {NIR[7:10]} {NIR[10:13]} {NIR[13:]}"


def _invoice(*lines: str, patient: str = "Patient : Mme LEBLANC Sophie") -> ExtractedDocument:
    rows = [
        (20.0, [(40.0, "Dr Paul VIDAL - RPPS 10003879623")]),
        (32.0, [(40.0, "FACTURE N° F-2025-0142 du 16/10/2025")]),
        (44.0, [(40.0, patient)]),
        *[(56.0 + 12.0 * k, [(40.0, line)]) for k, line in enumerate(lines)],
        (140.0, [(40.0, "TOTAL 30,00 €")]),
    ]
    return one([page_of(rows, source="ocr", conf=0.95)])


def test_the_cut_short_delivery_date_label_names_the_care_date() -> None:
    assert tokens("Date délivr. :") == tokens("Date délivr, :") == tokens("Date délivrance")
    assert tokens("Délivré le") == ["delivre", "le"]  # no point after it: the word as printed
    for label in ("Date délivr. :", "Date délivr, :"):
        assert value(_invoice(f"{label} 13/10/2025"), "care_date") == "2025-10-13"


@pytest.mark.parametrize("read", ["13/16/2025", "13/19/2025", "13/18/2025"])
def test_a_month_16_18_or_19_is_october_its_zero_misread(read: str) -> None:
    found = misread_date(read)
    assert found is not None and found.value == "2025-10-13" and found.repaired
    assert value(_invoice(f"Date délivr. : {read}"), "care_date") == "2025-10-13"


def test_months_thirteen_to_fifteen_or_seventeen_are_not_guessed() -> None:
    assert misread_date("13/17/2025") is None
    assert misread_date("13/13/2025") is None


def test_the_month_is_not_put_back_alone_when_another_digit_may_be_a_misread_zero() -> None:
    assert misread_date("28/18/1966") is None  # "20/10/1966" as likely: the day's 8 may be a 0 too
    assert misread_date("17/18/1968") is None
    found = misread_date("17/18/1972")
    assert found is not None and found.value == "1972-10-17"


@pytest.mark.parametrize("label", ["N°S$S", "N°$S", "N°SS"])
def test_the_social_security_label_with_an_s_read_as_a_dollar_glued_to_its_number(label: str) -> None:
    document = _invoice(f"{label}{NIR_PRINTED} N° AMC : 460347642")
    assert value(document, "nir") == NIR


def test_a_garbled_label_invents_no_number_the_key_refuses() -> None:
    wrong = NIR[:-2] + f"{(int(NIR[-2:]) + 1) % 100:02d}"  # the key off by one: no NIR
    found = _invoice(f"N°S$S{wrong}").fields.get("nir")
    assert found is None or (found.value != wrong and found.confidence < 0.9)


def test_an_accent_on_an_e_before_a_doubled_consonant_is_dropped_when_printed_without_it() -> None:
    document = _invoice(
        "Assuré : M. BELLARD Marc",
        "BELLARD Marc 01 Assuré",
        patient="Patiente : BÉLLARD Léa",
    )
    assert value(document, "patient_name") == "BELLARD Léa"


def test_an_accent_stays_when_the_document_does_not_print_the_name_without_it() -> None:
    assert value(_invoice(patient="Patiente : BÉLLARD Léa"), "patient_name") == "BÉLLARD Léa"


def test_an_accent_french_spelling_writes_stays_whatever_the_rest_of_the_page_reads() -> None:
    document = _invoice("Assuré : M. HEBERT Marc", "HEBERT Marc 01 Assuré", patient="Patiente : HÉBERT Léa")
    assert value(document, "patient_name") == "HÉBERT Léa"
