"""A first name read by OCR, spelt as the list of French first names has it (parsers/fields/first_names.py):
the accents a fax or a scan lost put back, one look-alike letter mended; never a text layer's name, never
a surname, never an accent taken away, and no more confidence than the reading had. The names and values
are made up for the tests."""

from __future__ import annotations

import doctest

import pytest

from parsers.fields import extract, first_names
from tests.test_fields import lines_page, one, value

NOTE = """
Cabinet infirmier - Mme Claire MARTIN
N° RPPS : 10003879623
FACTURE N° F-2025-0142
Date de facturation : 20/09/2025
Patient : {name}
N° de sécurité sociale : 1 85 05 78 006 084 91
Date des soins : 05/09/2025
Montant total : 32,26 €
"""


def _read(name: str, source: str = "ocr") -> tuple[str | None, float, str]:
    document = one([lines_page(NOTE.format(name=name), source=source, conf=0.9)])
    field = document.fields["patient_name"]
    return value(document, "patient_name"), field.confidence, field.source


def test_first_names_doctests() -> None:
    failed, _ = doctest.testmod(first_names)
    assert failed == 0


def test_the_list_gives_french_spellings_with_their_frequency() -> None:
    names = first_names.first_names()
    assert names.french["Anaïs"] >= 1 and names.french["Maeva"] >= 1
    assert "Anais" not in names.french
    assert "mathis" in names.known  # a name of another country's list, read right


@pytest.mark.parametrize(
    ("read", "spelt"),
    [
        ("Mme VASSEUR Anais", "VASSEUR Anaïs"),  # a diaeresis lost
        ("M. VANDENBERGHE Jean-Loic", "VANDENBERGHE Jean-Loïc"),  # each part of a hyphenated name
        ("Mme ROCHE Syivie", "ROCHE Sylvie"),  # a thin letter read for another
        ("Mme BOYER Maëlile", "BOYER Maëlle"),  # a thin letter too many
    ],
)
def test_an_ocr_first_name_is_spelt_as_the_french_list_has_it(read: str, spelt: str) -> None:
    found, _, source = _read(read)
    assert found == spelt
    assert source == "ocr-repair"


def test_a_text_layers_first_name_is_never_changed() -> None:
    assert _read("Mme VASSEUR Anais", source="text")[0] == "VASSEUR Anais"


@pytest.mark.parametrize(
    "read",
    [
        "Mme CHARPENTIER Maëva",  # "Maeva" is listed, "Maëva" is not: an accent read is never taken away
        "Mme BARBIER Élodie",  # the list writes capitals without accents ("Elodie")
        "Mme MORVAN Éloane",  # one edit from "Eliane", but no look-alike letter
        "M. ROCHE Mathis",  # another country's list knows it
        "Mme NDIAYE Aïssatou",  # in no list, nothing close
    ],
)
def test_a_first_name_read_right_stays(read: str) -> None:
    found, _, source = _read(read)
    assert found == read.split(" ", 1)[1]
    assert source == "document"


def test_the_surname_is_left_as_read() -> None:
    assert _read("M. ANAIS Loic")[0] == "ANAIS Loïc"


def test_a_correction_does_not_raise_the_confidence(monkeypatch: pytest.MonkeyPatch) -> None:
    _, corrected, _ = _read("Mme VASSEUR Anais")
    monkeypatch.setattr(extract, "correct_first_names", lambda name: name)
    found, read, _ = _read("Mme VASSEUR Anais")
    assert found == "VASSEUR Anais"
    assert corrected <= read
