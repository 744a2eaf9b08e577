"""Label words a fax or a photo misreads beyond what `fax_glyph` forgives, matched at field level (the
reading's label list is left alone). Measured on sets 1-24 against the merged code: +8 fields, +1
straight-through document, no wrong auto-accept, precision at >= 0.9 unchanged.

- Round letters a/o/e/s and thin strokes l/i/t read for one another, or two swaps, in a label's short words
  ("Dste des soins", "Dore de la séance", "Dote de lo demande"): forgiven on an OCR line when the label's
  long words and two of its words or more are read exactly (set 24 j110, j108; set 12 x107).
- One `fax_glyph` swap in a label of short words only, all its other words read ("N° de nore", set 19).
- The number sign of "N°" read as round glyphs, glued ("NOOAMC", "NSAMC") or not ("NQ AMC", "NS AMC"),
  before an acronym a label numbers: one edit off.
- An acronym's M read as an N ("Part ANC", "Part AnC", set 22 h105, h110), the label's other words read.
Wordings and values made up."""

from __future__ import annotations

from intake.domain.model import Page
from parsers.fields.layout import CAPITAL_ACRONYMS, acronym_m_as_n, build_lines, find_labels, glyph_swaps
from tests.test_fields import one, page_of, value


def _labels(text: str, source: str = "ocr") -> list[str]:
    page = page_of([(20.0, [(40.0, text)])], source=source, conf=0.9)
    return [hit.label.text for line in build_lines([page]) for hit in find_labels(line)]


def test_glyph_swaps_of_round_letters_and_thin_strokes() -> None:
    assert glyph_swaps("dste", "date") == 1 and glyph_swaps("dore", "date") == 2
    assert glyph_swaps("code", "date") == 0  # c/d: no look-alike
    assert glyph_swaps("dosc", "date") == 0  # three swaps
    assert glyph_swaps("seance", "seanse") == 0  # long words keep `token_distance`'s own allowance


def test_a_misread_first_word_when_the_rest_of_the_label_is_read() -> None:
    assert "Date des soins" in _labels("Dste des soins 28/03/2025")
    assert "Date de la séance" in _labels("Dore de la séance 18/04/2025")
    assert "Date de la demande" in _labels("Dote de lo demande 18/04/2025")


def test_no_wide_swap_without_two_exact_words_or_off_ocr() -> None:
    assert "Date des soins" not in _labels("Dste des soins 28/03/2025", source="text")  # a text layer does not misread
    assert "Date des soins" not in _labels("Dste des soina 28/03/2025")  # the long word misread too
    assert "Date of service" not in _labels("Dote ot service 14/07/2025")  # one exact word only
    assert _labels("Dste 28/03/2025") == []


def test_a_number_sign_read_as_round_glyphs() -> None:
    assert "N° AMC" in _labels("NOOAMC 203940570")
    assert "N° AMC" in _labels("NSAMC 203940570")
    assert "N° AMC" not in _labels("NOSE 203940570")


def _care_note(care_label: str) -> list[Page]:
    return [page_of([
        (20.0, [(40.0, "Cabinet de psychologie — Mme Claire DUVAL")]),
        (32.0, [(40.0, "N° ADELI 759312345")]),
        (48.0, [(40.0, "Note d'honoraires n° PSY-2504-19")]),
        (60.0, [(40.0, "Patient : M. ROUX Julien")]),
        (80.0, [(40.0, care_label), (300.0, "Montant de la séance")]),
        (92.0, [(40.0, "18/04/2025"), (300.0, "50,00 €")]),
    ], source="ocr", conf=0.9)]


def test_a_care_date_below_a_misread_label() -> None:
    assert value(one(_care_note("Date de la séance")), "care_date") == "2025-04-18"
    assert value(one(_care_note("Dore de la séance")), "care_date") == "2025-04-18"


def test_a_number_sign_read_as_a_round_glyph_before_an_acronym() -> None:
    assert "N° AMC" in _labels("NQ AMC............: 468880615")
    assert "N° AMC" in _labels("NS AMC 468880615")
    assert "N° AMC" not in _labels("NQ AMC 468880615", source="text")
    assert _labels("NQ 468880615") == []


def test_the_closing_le_read_as_ie_keeps_its_own_rule() -> None:
    assert "Née le" in _labels("Née) ie : 25/01/1978")  # not taken for a look-alike swap needing a long word


def test_an_acronym_whose_m_the_fax_read_as_an_n() -> None:
    assert "Part AMC" in _labels("Part ANC 9,90 €") and "Part AMC" in _labels("Part AnC 0,00 €")
    assert "Part AMO" in _labels("Part ANO 23,10 €")
    assert "Part AMC" not in _labels("Pert ANC 9,90 €")  # only when the label's other words are read
    assert "Part AMC" not in _labels("Part ANC 9,90 €", source="text")
    assert _labels("ANC 9,90 €") == []  # never the label's only word


def test_no_two_capital_acronyms_differ_by_an_m_and_an_n() -> None:
    for seen in CAPITAL_ACRONYMS:
        assert not any(acronym_m_as_n(seen, wanted) for wanted in CAPITAL_ACRONYMS)


def test_one_fax_glyph_in_a_label_of_short_words_all_others_read() -> None:
    assert "N° de note" in _labels("N° de nore 843/25")  # r/t, no long word but "N°" and "de" read
    assert "N° de note" not in _labels("N° do nore 843/25")  # two words misread
