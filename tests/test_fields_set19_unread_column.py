"""Fax in normal resolution (set 18 d110, set 19 e102): Tesseract's page layout dropped a whole amounts
column, labels and values, while the fine fax of the same page read them. Text ink no word read covers
is counted (`unread_text`); past `UNREAD_CELLS` the page is read again as one column (psm 4) and the two
readings merged. Pages are drawn here; no bench file is read."""

from __future__ import annotations

from PIL import Image, ImageDraw, ImageFont

import parsers.image as image_module
from intake.domain.model import Word
from parsers.image import UNREAD_CELLS, Prepared, unread_text
from parsers.limits import Limits

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
LINES = [
    "Consultation de médecine générale",
    "Suture de plaie superficielle",
    "Total",
    "Part AMO",
    "Part AMC",
    "Reste à charge",
]
AMOUNTS = ["30,00 €", "33,45 €", "63,45 €", "44,42 €", "19,03 €", "0,00 €"]


def _page() -> tuple[Image.Image, list[Word], list[Word]]:
    """A 300 dpi page: labels on the left, amounts in a column on the right, a table's rules and a rule's
    broken piece; the words of the labels and the words of the amounts (boxes from the drawing)."""
    page = Image.new("L", (2480, 1400), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(FONT, 40)
    labels: list[Word] = []
    amounts: list[Word] = []
    for index, (label, amount) in enumerate(zip(LINES, AMOUNTS, strict=True)):
        y = 200 + index * 150
        for x, text, out in ((200, label, labels), (1900, amount, amounts)):
            draw.text((x, y), text, font=font, fill=0)
            x0, y0, x1, y1 = draw.textbbox((x, y), text, font=font)
            out.append(Word(text, x0, y0, x1, y1, 0.95, index))
    draw.line((150, 150, 2300, 150), fill=0, width=3)  # a table's rules: never text
    draw.line((1850, 150, 1850, 500), fill=0, width=3)
    for x in range(150, 2300, 40):  # a rule's step: dashes
        draw.line((x, 480, x + 20, 480), fill=0, width=4)
    return page, labels, amounts


def test_a_dropped_amounts_column_is_unread_text() -> None:
    page, labels, amounts = _page()
    assert unread_text(page, labels[:2]) >= UNREAD_CELLS  # the sums' labels and the amounts left out
    assert unread_text(page, labels + amounts[:-1]) < UNREAD_CELLS  # one amount: not worth a reading
    assert unread_text(page, labels + amounts) == 0  # every word read: rules and dashes are no text


def test_a_fax_normal_page_that_left_its_amounts_out_is_read_again_as_one_column(monkeypatch) -> None:
    page, labels, amounts = _page()
    calls: list[int | None] = []

    def second(image, words, limits, dpi, *, config=(), psm=None, margin=0.0):
        calls.append(psm)
        return words + amounts

    monkeypatch.setattr(image_module, "_with_second_reading", second)
    prepared = Prepared(page, 300, fax=True, fax_normal=True)
    assert image_module._fax_second_reading(page, labels[:2], prepared, Limits()) == labels[:2] + amounts
    assert calls == [image_module.COLUMN_PSM]
    calls.clear()
    assert image_module._fax_second_reading(page, labels + amounts, prepared, Limits()) == labels + amounts
    assert calls == []  # a page read whole is read once
    fine = Prepared(page, 300, fax=True)
    assert image_module._fax_second_reading(page, labels[:2], fine, Limits()) == labels[:2]
    assert calls == []  # a fine fax reads as before
