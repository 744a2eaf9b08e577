"""Practitioner numbers on faxes and scans: a letterhead set on its side up the margin, read by the OCR one
word a line; a mark read between the label and its number, or glued to the number's end; a number read
one digit too long that two plausible drops mend to two different numbers. Values made up."""

from __future__ import annotations

from intake.domain.model import Page, Word
from parsers.fields.ids import find_id
from tests.test_fields import one, page_of, value


def _on_end(page: list[Word], x: float, text: str, bottom: float) -> None:
    """`text` set on its side up the margin at `x` from `bottom`, as the OCR reads it: each word upright
    (its letters in order), its box standing on end, a line of its own."""
    for chunk in text.split(" "):
        top = bottom - 5.0 * len(chunk)
        page.append(Word(chunk, x, top, x + 8.0, bottom, 0.92, 50 + len(page)))
        bottom = top - 4.0


def _with_margin(band: str) -> Page:
    body = page_of([
        (20.0, [(120.0, "Note d'honoraires")]),
        (32.0, [(120.0, "N° SF25-573 — 10 mars 2025")]),
        (60.0, [(120.0, "Patiente : DA SILVA Clémence, née le 08/02/1999")]),
        (72.0, [(120.0, "N° de sécurité sociale 2 99 02 06 778 574 08")]),
        (96.0, [(120.0, "Date"), (200.0, "Acte"), (460.0, "Honoraires")]),
        (108.0, [(120.0, "10/03/2025"), (200.0, "Consultation de contraception"), (460.0, "30,00 €")]),
        (132.0, [(300.0, "Total"), (460.0, "30,00 €")]),
    ], source="ocr", conf=0.95)
    words = list(body.words)
    _on_end(words, 20.0, "Sylvie COUSIN — Sage-femme libérale", 800.0)
    _on_end(words, 34.0, band, 800.0)
    return Page(number=1, width=600, height=850, words=words, source="ocr")


def test_an_ocr_band_up_the_margin_reads_its_rpps_under_its_label() -> None:
    document = one([_with_margin("24 avenue de la Libération, 29200 BREST · RPPS 10003879623 · N° AM 29548152")])
    assert value(document, "rpps") == "10003879623"
    assert document.fields["rpps"].confidence >= 0.85


def test_words_on_end_in_the_body_are_no_margin_band() -> None:
    page = _with_margin("24 avenue de la Libération")
    _on_end(page.words, 300.0, "RPPS 10003879623", 400.0)  # mid-page, on end: a stamp, not the letterhead
    document = one([page])
    assert document.fields.get("rpps") is None or document.fields["rpps"].confidence < 0.85


def test_a_mark_between_the_label_and_the_number_is_passed_over() -> None:
    assert find_id("rpps", " + 10003879623") is not None
    document = one([page_of([
        (20.0, [(40.0, "Dr Paul VIDAL — Médecin généraliste")]),
        (32.0, [(40.0, "RPPS + 10003879623")]),
        (50.0, [(40.0, "FACTURE N° F-2025-0142 du 20/09/2025")]),
        (70.0, [(40.0, "Patient : M. LE GALL Yann")]),
        (82.0, [(40.0, "N° de sécurité sociale : 1 85 05 78 006 084 91")]),
        (94.0, [(40.0, "Date des soins : 05/09/2025")]),
        (120.0, [(300.0, "Montant total"), (460.0, "32,26 €")]),
    ], source="ocr", conf=0.95)])
    assert value(document, "rpps") == "10003879623"
    assert document.fields["rpps"].confidence >= 0.85


def test_a_speck_glued_to_the_numbers_end_is_dropped_and_the_number_held_as_mended() -> None:
    found = find_id("finess", " 750003105% - N° AM 75123456")
    assert found is not None
    assert (found.value, found.repaired) == ("750003105", True)
    assert found.validity <= 0.8
    assert find_id("finess", " 750003106% - N° AM 75123456") is None  # the key fails: nothing


def test_a_number_two_plausible_drops_mend_to_two_numbers_is_not_mended() -> None:
    # a 6 read twice (10958611880) or a 9 beside the 0, a zero's slash (10586611880): both pass the key
    assert find_id("rpps", " 109586611880 N° AM 75123456") is None
