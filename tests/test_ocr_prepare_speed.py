"""Work a fax page skips during preparation and before its OCR, each with the same result as before."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from parsers import image as image_module
from parsers import ocr
from parsers.image import despeckle, ink_mask, prepare
from parsers.limits import Limits


def fax_page(specks: int = 0) -> Image.Image:
    """A fine fax page as received: 1 bit a pixel, some text, `specks` isolated black dots."""
    page = Image.new("L", (1728, 2200), 255)
    draw = ImageDraw.Draw(page)
    for row in range(30):
        draw.text((120, 120 + 60 * row), f"Facture 0235-{row} Total 67,00 EUR le 15/09/2025", fill=0)
    rng = np.random.default_rng(3)
    for x, y in zip(rng.integers(5, 1720, specks), rng.integers(5, 2190, specks), strict=True):
        page.putpixel((int(x), int(y)), 0)
    return page.convert("1", dither=Image.Dither.NONE)


@pytest.mark.parametrize("black", [0.0, 0.001, 0.2, 1.0])
def test_the_ink_of_a_black_and_white_page_is_its_black_without_a_histogram(black: float) -> None:
    array = np.where(np.random.default_rng(1).random((300, 400)) < black, 0, 255).astype(np.uint8)
    page = Image.fromarray(array)
    assert np.array_equal(ink_mask(page, bilevel=True), ink_mask(page))
    assert np.array_equal(ink_mask(page, bilevel=True), array == 0)


@pytest.mark.parametrize("specks", [0, 4000])
def test_a_fax_is_despeckled_as_before(specks: int) -> None:
    grey = fax_page(specks).convert("L")
    fast, cleaned = despeckle(grey, bilevel=True)
    plain, plain_cleaned = despeckle(grey)
    assert cleaned == plain_cleaned == (specks > 0)
    assert fast.tobytes() == plain.tobytes()


def test_a_fax_page_is_prepared_without_looking_for_a_background_to_flatten(monkeypatch: pytest.MonkeyPatch) -> None:
    fax = fax_page(specks=4000)
    expected = prepare(fax, Limits(), dpi=(204.0, 196.0))
    histograms: list[tuple[int, int]] = []

    def counted(image: Image.Image) -> bool:
        histograms.append(image.size)
        return bool(image.histogram()[0] + image.histogram()[255] >= 0.95 * image.size[0] * image.size[1])

    monkeypatch.setattr(image_module, "_bilevel", counted)
    prepared = prepare(fax, Limits(), dpi=(204.0, 196.0))
    assert histograms == []  # a fax is black and white: `flatten_sheet` has nothing to do on it
    assert prepared.image.tobytes() == expected.image.tobytes()
    assert (prepared.dpi, prepared.notes, prepared.sideways) == (expected.dpi, expected.notes, expected.sideways)


def test_a_grey_page_is_told_from_a_bilevel_one_on_a_thin_strip(monkeypatch: pytest.MonkeyPatch) -> None:
    grey = prepare(fax_page(), Limits(), dpi=(204.0, 196.0)).image  # resampled: grey edges on every line
    counted: list[tuple[int, int]] = []
    plain = ocr._only_black_and_white

    def spy(image: Image.Image) -> bool:
        counted.append(image.size)
        return plain(image)

    monkeypatch.setattr(ocr, "_only_black_and_white", spy)
    assert not ocr._bilevel(grey)
    assert counted == [(grey.size[0], grey.size[1] * 51 // 100 - grey.size[1] * 49 // 100)]
    counted.clear()
    bilevel = grey.point(lambda v: 0 if v < 128 else 255)
    assert ocr._bilevel(bilevel)
    assert counted[-1] == bilevel.size  # black and white everywhere: the whole page is counted
    blank_middle = bilevel.copy()
    blank_middle.paste(255, (0, bilevel.size[1] * 2 // 5, bilevel.size[0], bilevel.size[1] * 3 // 5))
    blank_middle.putpixel((5, 5), 128)  # one grey pixel outside the middle: not bilevel
    assert not ocr._bilevel(blank_middle)


def blank_rows_page(width: int, height: int, seed: int, *, grey: bool = False) -> Image.Image:
    """A page with bands of ink (black and white, or any grey) between bands of pure white rows."""
    rng = np.random.default_rng(seed)
    array = np.full((height, width), 255, dtype=np.uint8)
    for top in range(3, height - 8, 17):
        band = rng.integers(0, 256, (6, width)) if grey else np.where(rng.random((6, width)) < 0.3, 0, 255)
        array[top : top + 6] = band.astype(np.uint8)
    array[-1, -1] = 0  # ink on the last row, at the edge
    return Image.fromarray(array)


@pytest.mark.parametrize("resample", [Image.Resampling.BILINEAR, Image.Resampling.BICUBIC, Image.Resampling.LANCZOS,
                                      Image.Resampling.BOX, Image.Resampling.HAMMING])
@pytest.mark.parametrize("size", [(441, 583), (170, 230), (300, 411), (131, 600), (600, 97)])
@pytest.mark.parametrize("grey", [False, True])
def test_resizing_only_the_rows_with_ink_gives_pillows_bytes(resample: Image.Resampling, size: tuple[int, int],
                                                             grey: bool) -> None:
    page = blank_rows_page(300, 400, seed=size[0], grey=grey)
    expected = page.resize(size, resample)
    assert image_module.resized(page, size, resample).tobytes() == expected.tobytes()
    assert image_module.resized(page, size, resample, array=np.asarray(page)).tobytes() == expected.tobytes()


def test_a_page_without_ink_or_all_ink_is_resized_as_pillow_does() -> None:
    for page in (Image.new("L", (300, 200), 255), blank_rows_page(300, 200, 1).point(lambda v: min(v, 254))):
        expected = page.resize((451, 301), Image.Resampling.BICUBIC)
        assert image_module.resized(page, (451, 301), Image.Resampling.BICUBIC).tobytes() == expected.tobytes()


def test_a_fax_page_is_upscaled_with_pillows_bytes() -> None:
    grey = fax_page(specks=300).convert("L")
    size = (round(1728 * 300 / 204), round(2200 * 300 / 204))
    assert image_module.resized(grey, size, Image.Resampling.BICUBIC).tobytes() == grey.resize(
        size, Image.Resampling.BICUBIC).tobytes()


@pytest.mark.parametrize("shape", [(2, 2), (7, 9), (64, 64), (101, 999), (1, 8), (3, 1)])
def test_the_half_size_ink_is_any_ink_in_each_two_by_two_block(shape: tuple[int, int]) -> None:
    array = np.random.default_rng(shape[1]).integers(0, 256, shape).astype(np.uint8)
    dark = array < 128
    rows, cols = shape[0] // 2 * 2, shape[1] // 2 * 2
    expected = dark[:rows:2, :cols:2] | dark[1:rows:2, :cols:2] | dark[:rows:2, 1:cols:2] | dark[1:rows:2, 1:cols:2]
    assert np.array_equal(image_module.half_ink(array), expected)


@pytest.mark.parametrize("share", [0.01, 0.1, 0.5, 0.95])
@pytest.mark.parametrize("shape", [(1, 1), (1, 17), (5, 8), (9, 9), (64, 67), (300, 1001)])
def test_isolated_ink_is_a_three_by_three_box_holding_only_its_centre(share: float, shape: tuple[int, int]) -> None:
    mask = np.random.default_rng(shape[1]).random(shape) < share
    padded = np.pad(mask, 1).view(np.uint8)
    box = sum(padded[dy : dy + shape[0], dx : dx + shape[1]] for dy in range(3) for dx in range(3))
    expected = mask & (box == 1)
    assert np.array_equal(image_module.isolated_ink(mask), expected)
    dark = np.count_nonzero(mask)
    assert image_module.speckle_ratio(mask) == (np.count_nonzero(expected) / dark if dark else 0.0)
