"""Work a fax page skips during preparation and before its OCR, each with the same result as before."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from intake.domain.model import Word
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


def text_block_page(width: int, height: int, seed: int) -> Image.Image:
    """A grey page with blocks of text-like ink (dark and grey pixels) and blank space between them."""
    rng = np.random.default_rng(seed)
    array = np.full((height, width), 255, dtype=np.uint8)
    for _ in range(12):
        top, left = int(rng.integers(0, height - 20)), int(rng.integers(0, width - 40))
        bottom, right = top + int(rng.integers(8, 20)), left + int(rng.integers(20, width // 2))
        block = rng.integers(0, 256, (bottom - top, min(right, width) - left))
        array[top:bottom, left : min(right, width)] = np.where(block < 90, block, 255)
    array[0, 0] = array[-1, -1] = 0  # ink in the corners: the turned page's edges are worked out too
    return Image.fromarray(array)


@pytest.mark.parametrize("angle", [0.3, -0.3, 0.05, 1.7, -2.9, 9.9, -10.0])
@pytest.mark.parametrize("size", [(401, 611), (640, 97), (97, 640)])
def test_a_page_turned_only_near_its_ink_has_pillows_bytes(angle: float, size: tuple[int, int]) -> None:
    page = text_block_page(*size, seed=size[0])
    expected = page.rotate(angle, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=255)
    turned = image_module.turned_page(page, angle)
    assert turned.size == expected.size
    assert turned.tobytes() == expected.tobytes()


def test_a_blank_page_and_an_all_grey_page_are_turned_as_pillow_does() -> None:
    for page in (Image.new("L", (300, 200), 255), text_block_page(300, 200, 1).point(lambda v: min(v, 254))):
        expected = page.rotate(0.4, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=255)
        assert image_module.turned_page(page, 0.4).tobytes() == expected.tobytes()


def _counted_transforms(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """The sizes of the parts Pillow's `transform` works out from now on (the turn's bands)."""
    worked: list[tuple[int, int]] = []
    transform = Image.Image.transform

    def counted(self: Image.Image, size: tuple[int, int], *args: object, **kwargs: object) -> Image.Image:
        worked.append(size)
        return transform(self, size, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Image.Image, "transform", counted)
    return worked


def test_the_turn_works_out_only_the_bands_near_ink(monkeypatch: pytest.MonkeyPatch) -> None:
    page = Image.new("L", (800, 1200), 255)
    ImageDraw.Draw(page).rectangle((100, 100, 300, 140), fill=0)  # one line of ink near the top left
    worked = _counted_transforms(monkeypatch)
    turned = image_module.turned_page(page, 0.5)
    assert 0 < sum(w * h for w, h in worked) < 0.05 * turned.size[0] * turned.size[1]
    monkeypatch.undo()
    expected = page.rotate(0.5, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=255)
    assert turned.tobytes() == expected.tobytes()


@pytest.mark.parametrize("length", [2, 6, 8, 13, 40])
@pytest.mark.parametrize("axis", [0, 1])
def test_runs_of_ink_are_the_pixels_of_a_run_at_least_that_long(length: int, axis: int) -> None:
    ink = np.random.default_rng(length).random((61, 83)) < 0.8
    expected = np.zeros_like(ink)
    lines = ink if axis == 1 else ink.T
    marked = expected if axis == 1 else expected.T
    for row, line in enumerate(lines):
        start = None
        for position, dark in enumerate([*line.tolist(), False]):
            if dark and start is None:
                start = position
            elif not dark and start is not None:
                if position - start >= length:
                    marked[row, start:position] = True
                start = None
    assert np.array_equal(image_module._runs(ink, length, axis), expected)


def test_the_centre_of_a_turned_page_is_worked_out_as_pillow_does() -> None:
    # at the turn's centre Pillow samples a source pixel's centre exactly; a band's moved matrix lands a
    # hair beside it, and without its own step the pixel came out a grey level off (a 401×613 page at 0.3°)
    rng = np.random.default_rng(401 * 613)
    array = np.where(rng.random((613, 401)) < 0.5, rng.integers(0, 255, (613, 401)), 255).astype(np.uint8)
    page = Image.fromarray(array)
    expected = page.rotate(0.3, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=255)
    assert image_module.turned_page(page, 0.3).tobytes() == expected.tobytes()


@pytest.mark.parametrize("angle", [0.3, -4.4])
def test_a_pixel_of_pillows_turn_worked_out_alone(angle: float) -> None:
    page = text_block_page(300, 200, seed=7)
    expected = np.asarray(page.rotate(angle, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=255))
    matrix, size = image_module.turn_matrix(300, 200, angle)
    assert size == expected.shape[::-1]
    array = np.asarray(page)
    for y in range(0, size[1], 3):
        for x in range(0, size[0], 3):
            assert image_module.bilinear_pixel(array, matrix, x, y) == expected[y, x]


def test_a_prepared_page_is_read_from_the_pixels_prepare_has_at_hand(monkeypatch: pytest.MonkeyPatch) -> None:
    prepared = prepare(fax_page(specks=300), Limits(), dpi=(204.0, 196.0))
    assert prepared.pixels is not None
    assert prepared.pixels.tobytes() == prepared.image.tobytes()
    read_from: list[object] = []
    strokes_from: list[object] = []
    letter_strokes = image_module.letter_strokes

    def read(image: Image.Image, limits: Limits, **kwargs: object) -> list[Word]:
        read_from.append(kwargs.get("pixels"))
        return [Word(f"Mot{n}", 100, 100 + 60 * n, 400, 140 + 60 * n, 0.96, n) for n in range(30)]

    def strokes(image: Image.Image, pixels: np.ndarray | None = None) -> np.ndarray:
        strokes_from.append(pixels)
        return letter_strokes(image, pixels)

    monkeypatch.setattr(image_module, "ocr_words", read)
    monkeypatch.setattr(image_module, "letter_strokes", strokes)
    image_module.ocr_page(prepared, Limits())
    assert read_from[0] is prepared.pixels  # the page OCR: the pixels as they are, not Pillow's copy
    assert len(strokes_from) == 1 and strokes_from[0] is prepared.pixels  # the letter strokes too


def test_a_page_grey_all_over_is_turned_whole_in_one_go(monkeypatch: pytest.MonkeyPatch) -> None:
    noisy = Image.fromarray(np.random.default_rng(2).integers(200, 255, (400, 300)).astype(np.uint8))
    worked = _counted_transforms(monkeypatch)
    turned = image_module.turned_page(noisy, 1.5)
    assert worked == [turned.size]  # a scan's noise leaves nothing white to skip: Pillow's one call
