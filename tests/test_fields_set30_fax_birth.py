"""Birth dates whose year a fax misread, set right from the NIR beside them (set 30 o110): the century's
second digit misread ("21/04/1358", fax fine: no birth date at all), the year's last digit read as its
look-alike ("21/04/1956" beside "1 58 04 ...", fax normal). Held for a clerk either way. Wordings and
values are made up."""

from __future__ import annotations

from tests.test_fields import one, page_of, value

NIR = "1 58 04 75 112 233 90"  # key valid, born in April 1958


def _invoice(birth: str, nir: str = NIR) -> list[tuple[float, list[tuple[float, str]]]]:
    return [
        (20.0, [(40.0, "CENTRE HOSPITALIER DE REIMS"), (400.0, "FINESS 510000029")]),
        (40.0, [(40.0, "FACTURE N° 2025/317291")]),
        (52.0, [(40.0, "Date de facture : 18/07/2025")]),
        (70.0, [(40.0, "Nom : NOËL"), (200.0, "Prénom : Cédric")]),
        (82.0, [(40.0, f"Né(e) le {birth}")]),
        (94.0, [(40.0, f"NIR {nir}")]),
        (120.0, [(40.0, "Consultation externe du 09/07/2025"), (400.0, "30,00 €")]),
        (140.0, [(40.0, "Total 30,00 €")]),
    ]


def test_a_birth_year_with_its_century_misread_is_taken_from_the_nir() -> None:
    document = one([page_of(_invoice("21/04/1358"), source="ocr", conf=0.9)])
    assert value(document, "patient_birth_date") == "1958-04-21"
    assert document.fields["patient_birth_date"].confidence < 0.9


def test_a_misread_century_out_of_the_nir_s_year_gives_nothing() -> None:
    document = one([page_of(_invoice("21/04/1357"), source="ocr", conf=0.9)])
    assert value(document, "patient_birth_date") is None


def test_a_birth_year_one_look_alike_digit_off_the_nir_takes_the_nir_s_digit() -> None:
    document = one([page_of(_invoice("21/04/1956"), source="ocr", conf=0.9)])
    assert value(document, "patient_birth_date") == "1958-04-21"
    assert document.fields["patient_birth_date"].confidence < 0.9


def test_a_birth_year_a_decade_off_the_nir_is_not_mended() -> None:
    """Twenty years apart ("1978" beside a NIR of 1958): a parent's NIR, perhaps; the date is kept as read."""
    document = one([page_of(_invoice("21/04/1978"), source="ocr", conf=0.9)])
    assert value(document, "patient_birth_date") == "1978-04-21"


def test_a_birth_year_off_the_nir_by_an_unconfused_digit_is_kept() -> None:
    document = one([page_of(_invoice("21/04/1952"), source="ocr", conf=0.9)])
    assert value(document, "patient_birth_date") == "1952-04-21"
