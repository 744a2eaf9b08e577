"""A page fed upside down whose first reading is poor is turned even when Tesseract's orientation detection
is unsure of it: the turned page's reading decides (set 30 o109, page 2 of a fax in normal resolution and of
a photo: OSD said 180° at 1.46 and 0.53, under OSD_MIN_CONF, and the page's four amounts were lost)."""

from __future__ import annotations

from typing import Any

import pytest
from PIL import Image

from intake.domain.model import Word
from parsers import image as image_module
from parsers.image import Prepared, ocr_page
from parsers.limits import Limits


def _page() -> Image.Image:
    """A blank page with one black pixel top left: where it lies tells which way the page was turned."""
    page = Image.new("L", (400, 300), 255)
    page.putpixel((0, 0), 0)
    return page


def _words(texts: list[str], conf: float) -> list[Word]:
    return [Word(text, 20 + 60 * i, 20, 70 + 60 * i, 40, conf, 0) for i, text in enumerate(texts)]


GOOD = ["Total", "165,20", "Part", "AMO", "99,12", "Part", "AMC", "66,08", "Reste", "0,00"]
UPSIDE_DOWN = ["O8'TT", "dit", "T'INV", "Sz0z/80/9T", "3158y", "e61eu>", "80'99", "eteivawefdiuos", "21'66", "slpejew"]


@pytest.fixture
def upside_down(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """OCR reads the page as given poorly (mirror-like garbage), turned by 180° well; OSD says 180° unsurely."""
    osd: list[dict[str, Any]] = [{"rotate": 180, "orientation_conf": 0.53}]

    def fake_ocr(image: Image.Image, limits: Limits, **_: Any) -> list[Word]:
        return _words(UPSIDE_DOWN, 0.45) if image.getpixel((0, 0)) == 0 else _words(GOOD, 0.92)

    monkeypatch.setattr(image_module, "ocr_words", fake_ocr)
    monkeypatch.setattr(image_module.pytesseract, "image_to_osd", lambda *a, **k: osd[0])
    return osd


def test_an_unsure_orientation_is_tried_on_a_poor_page(upside_down: list[dict[str, Any]]) -> None:
    _, words, notes = ocr_page(Prepared(_page(), 300, sideways=False), Limits())
    assert "pivoté de 180°" in notes
    assert [w.text for w in words] == GOOD


def test_the_turned_reading_must_be_better(upside_down: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch) -> None:
    """OSD unsure of a turn that reads no better: the page is kept as it was."""
    monkeypatch.setattr(image_module, "ocr_words", lambda image, limits, **_: _words(UPSIDE_DOWN, 0.45))
    _, words, notes = ocr_page(Prepared(_page(), 300, sideways=False), Limits())
    assert not any(note.startswith("pivoté") for note in notes)
    assert [w.text for w in words] == UPSIDE_DOWN
