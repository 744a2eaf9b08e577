"""The short first word of a date field's label a fax garbled by one edit of any kind ("\\ée le",
"\\Xée le", "Neét(e) le" for "Née le": the capital read as a backslash or a stray glyph), matched only on
an OCR line, the label's other words exact, the word keeping the label word's accented letter, and a date
right after it. Measured on every open set: +3 fax-normal birth dates (set 22 h110, set 27 p103, set 28
s103), no field lost, no wrong auto-accept, precision at >= 0.9 unchanged. Wordings and values made up."""

from __future__ import annotations

from intake.domain.model import Page
from parsers.fields.layout import build_lines, find_labels
from tests.test_fields import one, page_of, value


def _labels(text: str, source: str = "ocr") -> list[str]:
    page = page_of([(20.0, [(40.0, text)])], source=source, conf=0.9)
    return [hit.label.text for line in build_lines([page]) for hit in find_labels(line)]


def test_a_garbled_first_word_before_a_date() -> None:
    assert "Née le" in _labels("\\ée le 04/02/1968")
    assert "Née le" in _labels("\\Xée le 11/06/1995")
    assert "Née le" in _labels("Neét(e) le 10/10/2022")


def test_no_garbled_label_without_its_accent_a_date_or_off_ocr() -> None:
    assert "Née le" not in _labels("des EE le 03/07/2025")  # no accented letter kept
    assert "Née le" not in _labels("\\ée le matin")  # no date after it
    assert "Née le" not in _labels("\\ée le 04/02/1968", source="text")  # a text layer does not garble


def _note(label: str) -> list[Page]:
    return [page_of([
        (20.0, [(40.0, "Cabinet de sage-femme — Mme Claire DUVAL")]),
        (32.0, [(40.0, "Facture n° SF-2504-19 du 18/04/2025")]),
        (48.0, [(40.0, "Patiente : Mme ROUX Julie")]),
        (60.0, [(40.0, f"{label} 04/02/1968")]),
        (80.0, [(40.0, "Consultation 18/04/2025"), (300.0, "30,00 €")]),
    ], source="ocr", conf=0.9)]


def test_the_birth_date_behind_a_garbled_label_is_read_and_held() -> None:
    document = one(_note("\\ée le"))
    assert value(document, "patient_birth_date") == "1968-02-04"
    assert document.fields["patient_birth_date"].confidence < 0.9
