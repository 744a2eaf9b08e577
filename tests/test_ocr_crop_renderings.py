"""The re-read crops' renderings (parsers/recheck.py, `Renderings`): made only when read, the same images."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

import parsers.recheck
import parsers.reread
from intake.domain.model import Word
from parsers.limits import Limits
from parsers.recheck import Renderings, crops, find_suspects, min_filter
from parsers.reread import REREAD_CONF, reread_values

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


@pytest.mark.parametrize("shape", [(1, 1), (1, 7), (2, 9), (3, 2), (5, 5), (90, 300), (121, 777)])
def test_min_filter_gives_pillows_min_filter(shape: tuple[int, int]) -> None:
    rng = np.random.default_rng(sum(shape))
    for array in (rng.integers(0, 256, shape, dtype=np.uint8), (rng.random(shape) < 0.5).astype(np.uint8) * 255):
        expected = np.asarray(Image.fromarray(array).filter(ImageFilter.MinFilter(5)))
        assert np.array_equal(min_filter(array, 5), expected)


def page() -> tuple[Image.Image, list[Word]]:
    image = Image.new("L", (900, 120), 255)
    ImageDraw.Draw(image).text((20, 30), "ADELI 769351479", font=ImageFont.truetype(FONT, 50), fill=60)
    return image, [Word("ADELI", 20, 30, 180, 80, 0.9, 0), Word("7693514279", 200, 30, 600, 80, 0.5, 0)]


def test_the_renderings_are_the_crops_listed() -> None:
    image, words = page()
    [suspect] = find_suspects(words)
    made = Renderings(image, suspect, words)
    listed = crops(image, suspect, words, low_resolution=True)
    assert [np.asarray(r).tolist() for r in (made.grey, made.binary, made.darker, *made.fax)] == [
        np.asarray(r).tolist() for r in listed
    ]
    thickened = np.asarray(made.grey.filter(ImageFilter.MinFilter(parsers.recheck.FAX_THICKEN)))
    assert np.array_equal(np.asarray(made.fax[1]), thickened)


def test_a_fax_value_the_first_two_crops_confirm_makes_no_other_rendering(monkeypatch: pytest.MonkeyPatch) -> None:
    """The darker and the fax renderings (a ×3 crop filtered: ~20 ms with Pillow's MinFilter) were made for
    every doubted value of a fax page, though read only for those the grey and Otsu crops leave in doubt."""
    image = Image.new("L", (600, 100), 255)
    words = [Word("Facture", 0, 10, 80, 40, 0.95, 0), Word("n°", 100, 10, 180, 40, 0.95, 0),
             Word("CH25-244", 200, 10, 400, 40, 0.7, 0)]
    made: list[int] = []
    real = parsers.recheck.fax_renderings

    def counted(crop: Image.Image, array: np.ndarray, threshold: float) -> list[Image.Image]:
        made.append(1)
        return real(crop, array, threshold)

    def reading(images: Sequence[Image.Image], limits: Limits, *, dpi: int) -> list[str]:
        return ["CH25-244"] * len(images)

    monkeypatch.setattr(parsers.recheck, "fax_renderings", counted)
    monkeypatch.setattr(parsers.reread, "read_crops", reading)
    out, _ = reread_values(image, words, Limits(), dpi=300, fax=True)
    assert (out[2].text, out[2].conf) == ("CH25-244", REREAD_CONF)
    assert made == []
