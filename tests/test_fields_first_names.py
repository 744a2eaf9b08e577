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


def test_the_list_gives_the_spellings_given_in_france_with_how_often() -> None:
    names = first_names.first_names()
    assert names.french["Anaïs"] == names.french["Anais"] == first_names.COMMON
    assert names.rank["Anaïs"] < names.rank["Anais"]  # both spellings given, the diaeresis more often
    assert names.rank["Maeva"] < names.rank["Maëva"]
    assert names.by_letters["aissatou"]  # a name of foreign origin given in France is on the list


def test_is_first_name_takes_names_given_more_than_rarely() -> None:
    # the list's rare tail holds words a few parents gave: on a page they are labels, not names
    assert first_names.is_first_name("Sylvie") and first_names.is_first_name("Élodie")
    assert not first_names.is_first_name("Patient") and not first_names.is_first_name("Le")


@pytest.mark.parametrize(
    ("read", "spelt"),
    [
        ("Mme VASSEUR Anais", "VASSEUR Anaïs"),  # a diaeresis lost
        ("M. VANDENBERGHE Jean-Loic", "VANDENBERGHE Jean-Loïc"),  # each part of a hyphenated name
        ("Mme ROCHE Syivie", "ROCHE Sylvie"),  # a thin letter read for another
        ("Mme BOYER Maëlile", "BOYER Maëlle"),  # a thin letter too many (not "Maëlie": given half as often)
        ("M. ROCHE Laurenf", "ROCHE Laurent"),  # "Lauren" is as close, but given far less often
        ("M. ROCHE Noel", "ROCHE Noël"),  # both spellings given, "Noël" more often
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
        "Mme CHARPENTIER Maëva",  # "Maeva" is given more often, but an accent read is never taken away
        "Mme BARBIER Élodie",  # "Elodie" is given more often, but a capital keeps its accent as read
        "Mme MORVAN Éloane",  # on the list (and one edit from "Eliane", but no look-alike letter)
        "M. ROCHE Mathis",  # given more often than "Mathïs"
        "Mme NDIAYE Aïssatou",  # a name of foreign origin the list holds
        "M. ROCHE Claudel",  # rarely given, one thin letter from "Claude", but a name of the list
        "M. ROCHE Brunot",  # likewise ("Bruno")
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
