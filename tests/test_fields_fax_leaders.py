"""A dot leader a fax in normal resolution spelled out as letters between a label and its amount
("Montant total des honoraires ss... ss. ss... 720,00 €"): the words are a few pixels high and wide as
many letters, the "ss" of a Sécurité sociale label to the field logic. They are dots, not words (a dash is
as flat, and stays). Wordings and values made up."""

from __future__ import annotations

import dataclasses

from intake.domain.model import ExtractedDocument, Word
from parsers.fields.layout import _ocr_noise
from tests.test_fields import one, page_of, value

_ROWS = [
    (20.0, [(40.0, "Dr Paul VIDAL - RPPS 10003879623")]),
    (32.0, [(40.0, "FACTURE N° F-2025-0142 du 09/07/2025")]),
    (44.0, [(40.0, "Patient : M. LE GALL Yann")]),
    (56.0, [(40.0, "N° de sécurité sociale : 1 85 05 78 006 084 91")]),
    (80.0, [(40.0, "Montant total"), (150.0, "ss..."), (220.0, "ss."), (300.0, "ss..."), (400.0, "84,00 €")]),
    (92.0, [(40.0, "Remboursement"), (400.0, "58,80 €")]),
    (104.0, [(40.0, "Part mutuelle"), (400.0, "25,20 €")]),
    (116.0, [(40.0, "À régler par le patient"), (400.0, "0,00 €")]),
]


def _flattened(word: Word) -> Word:
    if word.text.startswith("ss"):  # a dot leader: 1 unit high, as wide as its letters
        return dataclasses.replace(word, y0=word.y1 - 1.0, conf=0.31)
    return word


def _invoice() -> ExtractedDocument:
    page = page_of(_ROWS, source="ocr", conf=0.95)
    return one([dataclasses.replace(page, words=[_flattened(w) for w in page.words])])


def test_a_dot_leader_read_as_letters_is_no_label() -> None:
    document = _invoice()
    assert value(document, "total_amount") == "84.00"
    assert value(document, "amo_amount") == "58.80"


def test_letters_as_high_as_the_pages_words_are_words() -> None:
    word = Word("de", 100.0, 50.0, 112.0, 62.0, 0.5, 3)
    assert not _ocr_noise(word, "ocr", 12.0)
    assert _ocr_noise(dataclasses.replace(word, y0=60.0, x1=160.0), "ocr", 12.0)  # 2 high, 60 wide: dots
    assert not _ocr_noise(Word("total...", 100.0, 50.0, 200.0, 62.0, 0.3, 3), "ocr", 12.0)  # its leader glued
    assert not _ocr_noise(Word("—", 100.0, 60.0, 112.0, 61.0, 0.9, 3), "ocr", 12.0)  # a dash: no letter
