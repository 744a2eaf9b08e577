"""Fax in normal resolution (set 10 v109): the acts table's row rules came out of 98 dpi as dashes stepping
between scan lines, and Tesseract read each rule as a row of low, flat letters it doubted ("ee mm mme em
Éamnamemmmmenmmne"). Those words made a third of the page's words, so the page counted as poorly read and
its care date, read surely in the table and in order with the invoice's date, was held for a clerk. A
doubted word much flatter than the page's text is a rule's debris, not a word of the text: it no longer
counts when the page's reading is judged (`doubts.without_debris`). Smeared rows of text height still do.
Pages are built here; no bench file is read."""

from __future__ import annotations

from dataclasses import replace

from intake.domain.model import Page, Word
from parsers.fields.doubts import LONE_DATE_CAP, poorly_read, without_debris
from parsers.image import square_factors
from tests.test_fields import lines_page, one, value

THRESHOLD = 0.85
STRETCHED = str(square_factors((204.0, 98.0))[3])  # the note the reader leaves on a fax in normal resolution

INVOICE = """
Cabinet de kinésithérapie - M. Bruno ROCHE
N° RPPS : 10003879623
FACTURE N° K2504106
Date de facture : 23/04/2025
Patient : Mme TESSIER Océane
N° de sécurité sociale : 1 85 05 78 006 084 91
Date Code Montant
14/03/2025 AMK 8 309,60 €
"""
RULE = "ee mm mme em memes com me mme Eamnamemmmmenmmne"  # a row rule read as letters


def _page(*, flat: bool) -> Page:
    """The invoice read at 0.96 a word, under four rules read at 0.3 a word: as flat as a rule's dashes
    (a fifth of the text's height) or, when not `flat`, as tall as the text (a smeared row of text)."""
    page = lines_page(INVOICE + "\n".join([RULE] * 4), source="ocr", conf=0.96)
    words: list[Word] = []
    for word in page.words:
        if word.text in RULE.split():
            height = (word.y1 - word.y0) / 5 if flat else word.y1 - word.y0
            word = replace(word, conf=0.3, y1=word.y0 + height)
        words.append(word)
    return replace(page, words=words, notes=[STRETCHED])


def test_flat_doubted_words_are_a_rules_debris() -> None:
    page = _page(flat=True)
    kept = without_debris(page.words)
    assert not any(w.text in RULE.split() for w in kept)
    assert len(kept) == len(page.words) - 4 * len(RULE.split())
    assert without_debris(_page(flat=False).words) == _page(flat=False).words  # text height: kept


def test_a_page_whose_only_doubted_words_are_rule_debris_is_not_poorly_read() -> None:
    assert not poorly_read(_page(flat=True))
    assert poorly_read(_page(flat=False))


def test_care_date_read_surely_under_rule_debris_passes_on_a_fax_in_normal_resolution() -> None:
    document = one([_page(flat=True)])
    assert value(document, "care_date") == "2025-03-14"
    assert document.fields["care_date"].confidence >= THRESHOLD
    assert not any(reason.startswith("Date des soins") for reason in document.review_reasons)


def test_care_date_under_smeared_rows_of_text_still_goes_to_review() -> None:
    document = one([_page(flat=False)])
    assert value(document, "care_date") == "2025-03-14"
    assert document.fields["care_date"].confidence == LONE_DATE_CAP < THRESHOLD
    assert "Date des soins lue sur une télécopie basse résolution, à vérifier" in document.review_reasons


def test_a_page_of_nothing_but_doubted_flat_words_keeps_them() -> None:
    words = [Word("mme", 0, 0, 30, 2, 0.3, 0), Word("ee", 40, 0, 60, 2, 0.3, 0)]
    assert without_debris(words) == words  # no surely read word to measure the text by
