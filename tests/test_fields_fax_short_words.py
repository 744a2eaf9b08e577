"""Short label words a fax misreads by one glyph ("Dote d'entrée", "Date ot service", "Ident. FS"), and an
English month whose "l" it reads as an "i" ("Jui 14, 2025").

Label matching forgives a word under five letters no edit, so a fax in normal resolution reading the "a"
of "Date" as an "o", or the "P" of "PS" as an "F", lost the label and its value: a hospital stay's entry
date below "Dote d'entiée / sortie", a dentist's RPPS below "Ident. FS". One such swap between fax
look-alikes (a/o, f/t, f/p) is now forgiven in a short word of a label whose long word is read; never in a
one-word label, never twice in a label.

The same fax reads the "l" of "Jul" as an "i": "Date of service Jui 14, 2025" is read as July, a repaired
date (weaker than one read), right of its label. Wordings and values made up."""

from __future__ import annotations

from intake.domain.model import Page
from parsers.fields.layout import build_lines, fax_glyph, find_labels
from tests.test_fields import one, page_of, value


def _labels(text: str) -> list[str]:
    page = page_of([(20.0, [(40.0, text)])], source="ocr", conf=0.9)
    return [hit.label.text for line in build_lines([page]) for hit in find_labels(line)]


def test_fax_glyph_swaps() -> None:
    assert fax_glyph("dote", "date") and fax_glyph("ot", "of") and fax_glyph("fs", "ps")
    assert not fax_glyph("dore", "date")  # r/a: no fax look-alike
    assert not fax_glyph("doto", "date")  # two swaps
    assert not fax_glyph("entree", "entiee")  # long words keep `token_distance`'s own allowance


def test_a_short_word_misread_in_a_label_whose_long_word_is_read() -> None:
    assert "Date d'entrée" in _labels("Dote d'entrée 08/04/2025")
    assert "Date of service" in _labels("Date ot service Jul 14, 2025")
    assert "Ident. PS" in _labels("Ident. FS 18401916145")


def test_no_swap_without_a_long_word_or_twice() -> None:
    assert _labels("Dote 08/04/2025") == []  # a one-word label: "Dote" is no "Date"
    assert "Date of service" not in _labels("Dote ot service 14/07/2025")  # two short words misread


def _stay(entry_label: str) -> Page:
    return page_of([
        (20.0, [(40.0, "CENTRE HOSPITALIER DE VANNES")]),
        (32.0, [(40.0, "FINESS 560008799")]),
        (60.0, [(40.0, "Facture n° 20251234567 du 18/04/2025")]),
        (72.0, [(40.0, "Patient : M. KERVELLA Yann, né(e) le 04/12/1971")]),
        (84.0, [(40.0, "NIR : 1 71 12 56 260 005 20")]),
        (96.0, [(40.0, f"{entry_label} : 08/04/2025")]),
        (120.0, [(40.0, "Montant total 30,00 €")]),
    ], source="ocr", conf=0.95)


def test_a_stay_dated_by_a_misread_entry_label() -> None:
    assert value(one([_stay("Date d'entrée")]), "care_date") == "2025-04-08"
    assert value(one([_stay("Dote d'entrée")]), "care_date") == "2025-04-08"


def _cross_border(service_date: str) -> Page:
    return page_of([
        (20.0, [(40.0, "Dr. Paul Meyer, General Practitioner")]),
        (32.0, [(40.0, "RPPS No. 10003879623")]),
        (44.0, [(40.0, "Invoice No. INV-2025-00042 Invoice date Jul 17, 2025")]),
        (56.0, [(40.0, f"Date ot service {service_date}")]),
        (72.0, [(40.0, "BILL TO / PATIENT MULLER, Anna")]),
        (96.0, [(40.0, "Total amount EUR 30.00")]),
    ], source="ocr", conf=0.95)


def test_an_english_month_whose_l_the_fax_read_as_an_i() -> None:
    from parsers.fields.dates import misread_date

    found = misread_date("Jui 14, 2025")
    assert found is not None and found.value == "2025-07-14" and found.repaired
    assert misread_date("Jul 14, 2025") is None  # read right: no repair to make
    assert misread_date("Jux 14, 2025") is None
    assert value(one([_cross_border("Jui 14, 2025")]), "care_date") == "2025-07-14"
