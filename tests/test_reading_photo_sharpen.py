"""A phone photo enlarged to ~300 dpi and read poorly is read again sharpened: its soft small print reads."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from parsers.image import SHARPENED_NOTE, ocr_page, prepare, sharpen_enlarged
from parsers.limits import Limits
from tests.test_ocr_prepare import FONT, photograph

NUMBERS = ["10244680376", "10266315935", "10931056203", "10598557303", "10003879623", "10101010108"]


def soft_small_print(dpi: int = 110, points: float = 7.0) -> Image.Image:
    """An A4 sheet as a phone holds it, at `dpi`: 24 lines of dark-grey 7 pt print, a little blurred."""
    sheet = Image.new("L", (int(8.27 * dpi), int(11.69 * dpi)), 255)
    draw = ImageDraw.Draw(sheet)
    size = round(points * dpi / 72)
    font = ImageFont.truetype(FONT, size)
    for index in range(24):
        line = f"RPPS {NUMBERS[index % 6]} Total {index + 10},{index * 7 % 100:02d} € Dr AUBRY"
        draw.text((dpi // 2, dpi // 2 + index * round(size * 1.9)), line, font=font, fill=90)
    return sheet.filter(ImageFilter.GaussianBlur(0.8))


def test_soft_small_print_of_an_enlarged_photo_reads() -> None:
    """7 pt print photographed at 110 dpi, enlarged ×2.6, read poorly: read again sharpened (unsharpened,
    16 of the 24 numbers read)."""
    limits = Limits()
    prepared = prepare(photograph(soft_small_print(), [(60, 60)] * 4, margin=60), limits, dpi=None, photo=True)
    assert prepared.enlarged > 2.0
    _, words, notes = ocr_page(prepared, limits)
    assert SHARPENED_NOTE.format(enlarged=prepared.enlarged) in notes, notes
    text = " ".join(word.text for word in words)
    assert sum(text.count(number) for number in NUMBERS) >= 22


def test_a_photo_read_well_is_not_read_again() -> None:
    """Large print of the same photo reads well: no third and fourth reading (their time is spent only on
    poor pages)."""
    limits = Limits()
    photo = photograph(soft_small_print(points=12.0), [(60, 60)] * 4, margin=60)
    _, _, notes = ocr_page(prepare(photo, limits, dpi=None, photo=True), limits)
    assert not any(note.startswith(SHARPENED_NOTE.split("×")[0]) for note in notes), notes


def test_sharpening_steepens_an_edge_and_leaves_flat_paper() -> None:
    ramp = np.tile(np.concatenate([np.full(20, 230.0), np.linspace(230, 40, 6), np.full(20, 40.0)]), (8, 1))
    soft = Image.fromarray(ramp.astype(np.uint8))
    sharp = sharpen_enlarged(soft, 2.5)
    before, after = np.asarray(soft, dtype=int)[4], np.asarray(sharp, dtype=int)[4]
    assert np.abs(np.diff(after)).max() > np.abs(np.diff(before)).max()  # a steeper edge
    assert after[:10].tolist() == before[:10].tolist() and after[-10:].tolist() == before[-10:].tolist()  # flat paper
