"""Page preparation for OCR: the cheap deskew (shears), the shared small copy, the exact fast filters."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from parsers.image import (
    affine,
    despeckle,
    is_sideways,
    isolated_ink,
    max_filter,
    prepare,
    shear_turn,
    skew_angle,
)
from parsers.limits import Limits

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
WORDS = [
    "Facture", "honoraires", "séance", "RPPS", "10003879623", "total", "45,00",
    "€", "patient", "Dupont", "soins", "réalisés", "le", "15/09/2025",
]


def page(dpi: int = 200) -> Image.Image:
    image = Image.new("L", (int(8.27 * dpi), int(11.69 * dpi)), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, dpi * 11 // 72)
    for index in range(24):
        text = " ".join(WORDS[(index * 7 + k * 3) % len(WORDS)] for k in range(3 + index % 5))
        draw.text((dpi, dpi + index * dpi // 3), text, font=font, fill=0)
    return image


def test_max_filter_is_pillows() -> None:
    array = (np.random.default_rng(0).random((97, 61)) * 255).astype(np.uint8)
    expected = np.asarray(Image.fromarray(array).filter(ImageFilter.MaxFilter(9)))
    assert np.array_equal(max_filter(array, 9), expected)


def test_isolated_ink_counts_the_eight_neighbours() -> None:
    mask = np.zeros((7, 7), dtype=bool)
    mask[1, 1] = True  # alone
    mask[4, 4] = mask[5, 5] = True  # diagonal neighbours: not isolated
    assert np.argwhere(isolated_ink(mask)).tolist() == [[1, 1]]


@pytest.mark.parametrize("angle", [-6.0, -2.5, 1.2, 4.0, 9.0])
def test_shears_straighten_a_skewed_page(angle: float) -> None:
    skewed = page().rotate(-angle, expand=True, fillcolor=255)  # lines go down to the right for angle > 0
    measured = skew_angle(skewed)
    assert measured == pytest.approx(angle, abs=0.3)
    straight = affine(skewed, 1.0, 1.0, measured)
    assert abs(skew_angle(straight)) <= 0.2
    assert straight.getpixel((0, 0)) == 255  # corners filled white


def test_shears_straighten_a_fax_in_normal_resolution() -> None:
    """204×98 dpi: the page is half as tall in pixels; the angle is that of the square page."""
    square = page(204).rotate(3, expand=True, fillcolor=255)
    squashed = square.resize((square.size[0], square.size[1] // 2))
    angle = skew_angle(squashed, aspect=2.0)
    assert angle == pytest.approx(-3.0, abs=0.3)
    straight = affine(squashed, 1.0, 2.0, angle)
    assert straight.size[1] == pytest.approx(2 * squashed.size[1], rel=0.1)
    assert abs(skew_angle(straight)) <= 0.2


def test_shear_keeps_every_ink_pixel() -> None:
    array = np.full((50, 80), 255, dtype=np.uint8)
    array[10:40:5, 5:75] = 0
    turned = shear_turn(array, 3.0)
    assert int((turned == 0).sum()) == int((array == 0).sum())


def test_prepare_measures_sideways_on_the_straightened_copy() -> None:
    upright = page()
    skewed = upright.rotate(-2.0, expand=True, fillcolor=255)
    limits = Limits()
    assert prepare(skewed, limits, dpi=(200.0, 200.0)).sideways is False
    sideways = prepare(upright.rotate(90, expand=True), limits, dpi=(200.0, 200.0))
    assert sideways.sideways is True and is_sideways(sideways.image)


def test_despeckle_whitens_specks_only() -> None:
    image = page()
    array = np.array(image)
    rng = np.random.default_rng(1)
    ys, xs = rng.integers(0, array.shape[0], 4000), rng.integers(0, array.shape[1], 4000)
    array[ys, xs] = 0
    cleaned, done = despeckle(Image.fromarray(array))
    assert done
    left = np.asarray(cleaned)
    assert int((left < 128).sum()) < int((array < 128).sum())
    assert int((left < 128).sum()) >= int((np.asarray(image) < 128).sum()) * 0.95  # the text stays
