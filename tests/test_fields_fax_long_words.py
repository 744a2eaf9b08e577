"""Long label words a fax in normal resolution reads with one letter for its look-alike and one more edit
("FATIEN(" for "PATIENT": a small-capitals P read as an F, its last T lost). `token_distance` forgives a
word of 5 to 8 letters one edit only, so the header lost its column and the patient's name under it. The
look-alike plus one edit is now forgiven a label word of seven letters or more, on an OCR line only.
Wordings and values made up."""

from __future__ import annotations

from parsers.fields.layout import build_lines, fax_glyph_long, find_labels
from tests.test_fields import one, page_of, value


def _labels(text: str, source: str = "ocr") -> list[str]:
    page = page_of([(20.0, [(40.0, text)])], source=source, conf=0.9)
    return [hit.label.text for line in build_lines([page]) for hit in find_labels(line)]


def test_a_long_word_with_a_fax_look_alike_and_one_more_edit() -> None:
    assert fax_glyph_long("fatien", "patient") and fax_glyph_long("tacture", "facture")
    assert not fax_glyph_long("patron", "patient")  # no look-alike: another word
    assert not fax_glyph_long("fatigue", "patient")  # a look-alike, then too many edits
    assert not fax_glyph_long("fate", "date")  # short words keep `fax_glyph`


def test_a_patient_header_read_by_a_fax_is_a_label_on_an_ocr_line_only() -> None:
    assert _labels("FATIEN( DURAND Paul") == _labels("PATIENT DURAND Paul") == ["Patient(e)"]
    assert _labels("FATIEN( DURAND Paul", source="text") == []


def test_the_patient_under_a_header_a_fax_misread() -> None:
    rows = [
        (20.0, [(40.0, "Dr Paul MOREAU"), (400.0, "RPPS 10003879623")]),
        (40.0, [(40.0, "Facture d'honoraires")]),
        (60.0, [(40.0, "FATIEN("), (200.0, "DATE DE NAISSANCE")]),
        (72.0, [(40.0, "LEROY Anne-Marie"), (200.0, "14.08.1953")]),
        (100.0, [(40.0, "Date"), (120.0, "Code"), (400.0, "Honoraires")]),
        (112.0, [(40.0, "06.06.2025"), (120.0, "CS"), (400.0, "30,00 €")]),
        (130.0, [(40.0, "Total"), (400.0, "30,00 €")]),
    ]
    document = one([page_of(rows, source="ocr", conf=0.9)])
    assert value(document, "patient_name") == "LEROY Anne-Marie"
