"""Page preparation for OCR: the cheap deskew (shears), the shared small copy, the exact fast filters."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from intake.domain.model import Word
from parsers.image import (
    FAX_NORMAL_STROKES_SHARE,
    affine,
    despeckle,
    is_sideways,
    isolated_ink,
    join_broken_rules,
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


def _bilevel_page_with_specks(count: int) -> Image.Image:
    """A black-and-white page (a fax's mode "1") with `count` isolated dark pixels strewn on it."""
    array = np.array(page())
    rng = np.random.default_rng(2)
    ys, xs = rng.integers(0, array.shape[0], count), rng.integers(0, array.shape[1], count)
    array[ys, xs] = 0
    return Image.fromarray(np.where(array < 128, 0, 255).astype(np.uint8)).convert("1")


def test_a_normal_fax_whose_specks_are_many_keeps_them_as_broken_strokes() -> None:
    noisy = _bilevel_page_with_specks(4000)
    mask = np.asarray(noisy.convert("L")) < 128
    assert isolated_ink(mask).sum() / mask.sum() > FAX_NORMAL_STROKES_SHARE  # a thin font's strokes at 98 dpi
    normal = prepare(noisy, Limits(), dpi=(204.0, 98.0))
    fine = prepare(noisy, Limits(), dpi=(204.0, 196.0))
    assert "points parasites filtrés" not in normal.notes
    assert "points parasites filtrés" in fine.notes


# ---------------------------------------------------------------- photographed sheets

AMOUNTS = [("Total facturé", "1066,87 €"), ("Part obligatoire", "693,89 €"), ("Part mutuelle", "372,98 €")]


def invoice_sheet(dpi: int = 160) -> Image.Image:
    """An A4 sheet: text lines on the left, a column of amounts near the right edge."""
    sheet = page(dpi).crop((0, 0, int(8.27 * dpi), int(11.69 * dpi)))
    draw = ImageDraw.Draw(sheet)
    font = ImageFont.truetype(FONT, dpi * 12 // 72)
    for index, (label, amount) in enumerate(AMOUNTS):
        y = int(dpi * (9.3 + 0.4 * index))
        draw.text((int(dpi * 3.5), y), label, font=font, fill=0)
        draw.text((int(dpi * 6.2), y), amount, font=font, fill=0)
    return sheet


def _perspective(targets: list[tuple[float, float]], sources: list[tuple[float, float]]) -> tuple[float, ...]:
    matrix, vector = [], []
    for (x, y), (u, v) in zip(targets, sources, strict=True):
        matrix += [[x, y, 1, 0, 0, 0, -u * x, -u * y], [0, 0, 0, x, y, 1, -v * x, -v * y]]
        vector += [u, v]
    return tuple(float(c) for c in np.linalg.solve(np.asarray(matrix, float), np.asarray(vector, float)))


def photograph(sheet: Image.Image, corners: list[tuple[float, float]], *, margin: int = 160,
               table: int = 70, shade: float = 1.0) -> Image.Image:
    """The sheet laid on a dark table, its corners at `corners` (offsets from the photo's own corners:
    top-left, top-right, bottom-right, bottom-left), the right 40 % of the picture darkened down to
    `shade` × its light (a hand's or phone's shadow), slightly blurred."""
    w, h = sheet.size[0] + 2 * margin, sheet.size[1] + 2 * margin
    (a, b), (c, d), (e, f), (g, k) = corners
    targets = [(a, b), (w - c, d), (w - e, h - f), (g, h - k)]
    sources = [(0.0, 0.0), (float(sheet.size[0]), 0.0), (float(sheet.size[0]), float(sheet.size[1])),
               (0.0, float(sheet.size[1]))]
    photo = sheet.transform((w, h), Image.Transform.PERSPECTIVE, _perspective(targets, sources),
                            resample=Image.Resampling.BICUBIC, fillcolor=table)
    light = np.ones(w, dtype=np.float32)
    start = int(w * 0.6)
    light[start:] = np.linspace(1.0, shade, w - start)
    array = np.asarray(photo, dtype=np.float32) * light[None, :]
    return Image.fromarray(array.astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.8))


def _lines(words: list[Word]) -> list[str]:
    lines: dict[int, list[Word]] = {}
    for word in words:
        lines.setdefault(word.line, []).append(word)
    return [" ".join(w.text for w in sorted(ws, key=lambda w: w.x0)) for _, ws in sorted(lines.items())]


def test_shaded_side_of_a_photographed_sheet_is_kept() -> None:
    """A shadow darkening the paper as much as the table: only what lies beyond the sheet's edge is
    whitened (the shaded amounts column was whitened away with the table)."""
    from parsers.image import flatten_background, ocr_page

    sheet = invoice_sheet()
    photo = photograph(sheet, [(160, 160)] * 4, shade=0.45)
    flat, box = flatten_background(photo)
    assert box is not None and flat.getpixel((10, 10)) == 255  # the table is gone
    assert box[2] >= 160 + sheet.size[0] - 40  # the sheet's right edge is the box's
    limits = Limits()
    _, words, _ = ocr_page(prepare(photo, limits, dpi=None, photo=True), limits)
    text = " ".join(_lines(words))
    for _, amount in AMOUNTS:
        assert amount.split()[0] in text


def test_shaded_band_inside_the_sheet_edge_is_not_surroundings() -> None:
    """A shaded band of paper along the sheet's right edge, joined to the table by a soft shadow across
    a gap in the edge: the rows where paper lies on both sides of it keep it (r802-like photos lost
    their amounts column); the table stays outside."""
    from parsers.image import photo_surroundings, surroundings

    small = np.full((100, 90), 70, dtype=np.uint8)  # the table
    small[10:90, 10:74] = 245  # the sheet
    small[10:90, 56:70] = 150  # a shaded band just inside its right edge
    small[40:46, 70:90] = np.linspace(150, 70, 20).astype(np.uint8)  # a shadow through the edge: no step
    assert surroundings(small, 245.0)[20:30, 60:66].all()  # a scan: no table around, left as it was
    outside = photo_surroundings(surroundings(small, 245.0))
    assert outside[5, 5] and outside[50, 85]
    assert not outside[20:30, 56:70].any() and not outside[60:80, 56:70].any()
    assert not outside[20:80, 12:54].any()


def test_sheet_photographed_at_an_angle_is_unwarped() -> None:
    """A sheet seen at an angle (its top edge shorter and tilted): mapped back onto a rectangle, its
    lines run level and each label meets its amount on one line."""
    from parsers.image import ocr_page

    sheet = invoice_sheet()
    photo = photograph(sheet, [(260, 210), (200, 120), (120, 150), (140, 110)])
    limits = Limits()
    prepared = prepare(photo, limits, dpi=None, photo=True)
    assert "perspective corrigée" in prepared.notes
    assert abs(skew_angle(prepared.image)) <= 0.3
    _, words, _ = ocr_page(prepared, limits)
    lines = _lines(words)
    for label, amount in AMOUNTS:
        assert any(label.split()[-1] in line and amount.split()[0] in line for line in lines), (label, lines)


def test_a_sheet_seen_square_on_is_not_resampled_for_perspective() -> None:
    prepared = prepare(photograph(invoice_sheet(), [(160, 160)] * 4), Limits(), dpi=None, photo=True)
    assert "perspective corrigée" not in prepared.notes


def _sheets_on_a_table(sheets: list[Image.Image], *, across: bool, margin: int = 60, gap: int = 80) -> Image.Image:
    """Sheets laid on a dark table one above the other (or side by side when `across`), a band of
    table between them, lit a little unevenly."""
    w = max(s.size[0] for s in sheets) if not across else sum(s.size[0] for s in sheets) + gap * (len(sheets) - 1)
    h = sum(s.size[1] for s in sheets) + gap * (len(sheets) - 1) if not across else max(s.size[1] for s in sheets)
    photo = Image.new("L", (w + 2 * margin, h + 2 * margin), 70)
    x = y = margin
    for sheet in sheets:
        photo.paste(sheet, (x, y))
        x, y = (x + sheet.size[0] + gap, y) if across else (x, y + sheet.size[1] + gap)
    light = np.linspace(1.0, 0.8, photo.size[0], dtype=np.float32)
    array = np.asarray(photo, dtype=np.float32) * light[None, :]
    return Image.fromarray(array.astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.8))


def test_a_photo_of_two_sheets_is_noted_for_a_clerk() -> None:
    """Two invoices photographed one above the other (or side by side) are read as one page: a note
    opening with "À vérifier : " (a review reason) says so; one sheet alone gets none."""
    sheet = invoice_sheet(60)
    for across in (False, True):
        prepared = prepare(_sheets_on_a_table([sheet, sheet], across=across), Limits(), dpi=None, photo=True)
        assert any(n.startswith("À vérifier : photo de 2 feuilles") for n in prepared.notes), prepared.notes
    single = prepare(photograph(invoice_sheet(), [(160, 160)] * 4, shade=0.45), Limits(), dpi=None, photo=True)
    assert "fond autour de la page effacé" in single.notes
    assert not any(n.startswith("À vérifier") for n in single.notes)


def test_paper_bands_of_a_small_copy() -> None:
    """A stray bright speck between two sheets joins nothing; a small card beside a sheet is no sheet;
    a half-lit sheet is one sheet."""
    from parsers.image import paper_sheets

    outside = np.ones((100, 60), dtype=bool)
    outside[5:45, 10:50] = outside[55:95, 10:50] = False  # two sheets
    outside[50, 30] = False  # a speck of glare between them
    assert paper_sheets(outside) == 2
    outside[55:95, 10:50] = True
    outside[60:70, 20:30] = False  # a card under the sheet
    assert paper_sheets(outside) == 1
    assert paper_sheets(np.zeros((10, 10), dtype=bool)) == 1


def test_resolution_of_two_pages_in_one_picture() -> None:
    """Two sheets photographed one above the other: the width is one page's, not the height."""
    from parsers.image import guess_dpi

    assert guess_dpi(Image.new("L", (1361, 3788), 255)) == pytest.approx(1361 / 8.27, rel=0.01)
    assert guess_dpi(Image.new("L", (1361, 1894), 255)) == pytest.approx(1894 / 11.69, rel=0.01)


# ---------------------------------------------------------------- faxes in normal resolution

NUMBERS = ["10244680376", "10266315935", "10931056203", "10598557303", "10003879623", "10101010108"]


def test_small_print_of_a_fax_in_normal_resolution_is_read() -> None:
    """7 pt print sent at 204×98 dpi: every other scan line is missing, thin strokes break into dots.
    Smoothed before the stretch, most numbers read right (unsmoothed: 13 of 30 here)."""
    from parsers.ocr import ocr_words

    fine = Image.new("L", (1728, 2200), 255)
    draw = ImageDraw.Draw(fine)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf", round(7 * 204 / 72))
    for index in range(30):
        line = f"RPPS {NUMBERS[index % 6]} Montant {index + 10},{index * 7 % 100:02d} € Dr Océane AUBRY"
        draw.text((100, 100 + index * 70), line, font=font, fill=0)
    normal = Image.fromarray(np.asarray(fine)[::2] >= 128).convert("1")  # one scan line in two
    limits = Limits()
    prepared = prepare(normal, limits, dpi=(204.0, 98.0))
    text = " ".join(word.text for word in ocr_words(prepared.image, limits, dpi=prepared.dpi))
    assert sum(text.count(number) for number in NUMBERS) >= 24


def test_broken_rules_of_a_fax_in_normal_resolution_are_joined() -> None:
    """A table rule sent at 98 dpi arrives as dashes, stepping between two scan lines: its gaps are
    closed. Text, a dotted leader and a short dash are left as they are."""
    page = Image.new("L", (1728, 400), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(FONT, 20)
    draw.text((100, 20), "Hémogramme NFS plaquettes 7,02 Total 35,73", font=font, fill=0)
    for x in range(100, 1600, 9):  # dashes of 7 px, gaps of 2; the right half one line lower
        y = 60 if x < 850 else 61
        draw.line((x, y, x + 6, y), fill=0)
    draw.text((100, 70), "Ferritine ........................................ 8,10", font=font, fill=0)
    for x in range(100, 160, 9):  # a short dashed stroke: not a rule
        draw.line((x, 150, x + 6, 150), fill=0)
    before = np.asarray(page) < 128
    joined, count = join_broken_rules(page, 204.0)
    after = np.asarray(joined) < 128
    assert count == 1
    assert (after[60:62, 100:1601].any(axis=0)).all()  # no gap left along the rule
    changed = np.nonzero(after != before)
    assert set(changed[0].tolist()) <= {60, 61}
    assert not (before & ~after).any()  # ink only added
    assert join_broken_rules(Image.new("L", (200, 100), 255), 204.0)[1] == 0


def test_resolution_of_a_turned_sheet_is_its_own() -> None:
    """A sheet turned by 3° in the picture: its box is ~4 % taller than the sheet; the resolution is
    guessed from the sheet's edges (160 dpi here), so the page is upscaled to ~300 dpi, not ~290."""
    from parsers.image import a4_dpi, flatten_sheet, guess_dpi, sheet_size

    sheet = invoice_sheet(160)
    w, h = sheet.size
    turn = np.radians(3.0)
    centre = np.array([w / 2 + 160, h / 2 + 160])
    corners = []
    for x, y in ((0, 0), (w, 0), (w, h), (0, h)):
        dx, dy = x - w / 2, y - h / 2
        turned = np.array([dx * np.cos(turn) - dy * np.sin(turn), dx * np.sin(turn) + dy * np.cos(turn)])
        corners.append(centre + turned)
    canvas = (w + 320, h + 320)
    offsets = [(corners[0][0], corners[0][1]), (canvas[0] - corners[1][0], corners[1][1]),
               (canvas[0] - corners[2][0], canvas[1] - corners[2][1]), (corners[3][0], canvas[1] - corners[3][1])]
    photo = photograph(sheet, offsets)
    flat, box, found, _ = flatten_sheet(photo)
    assert box is not None and found is not None
    assert a4_dpi(*sheet_size(found)) == pytest.approx(160, rel=0.015)
    assert guess_dpi(flat.crop(box)) > 160 * 1.03  # what the box alone says


def _skew_slow(mask: np.ndarray, limit: float = 10.0) -> float:
    """`_skew_of_mask` as first written (new arrays at every step): the reference for the in-place one."""
    mask = mask & (mask.mean(axis=1) < 0.5)[:, None] & (mask.mean(axis=0) < 0.5)[None, :]
    ys, xs = np.nonzero(mask)
    if len(ys) < 200 or len(ys) > 0.5 * mask.size:
        return 0.0
    if len(ys) > 150_000:
        pick = np.random.default_rng(0).choice(len(ys), 150_000, replace=False)
        ys, xs = ys[pick], xs[pick]
    xs_f = xs.astype(np.float64) - mask.shape[1] / 2
    ys_f = ys.astype(np.float64)

    def score(angle: float) -> float:
        shifted = ys_f - xs_f * np.tan(np.radians(angle))
        bins = np.bincount(np.round(shifted - shifted.min()).astype(np.int64))
        return float(np.sum(bins.astype(np.float64) ** 2))

    coarse = max((float(a) for a in np.arange(-limit, limit + 0.01, 1.0)), key=score)
    fine = max((float(a) for a in np.arange(coarse - 1.0, coarse + 1.01, 0.1)), key=score)
    return float(round(fine, 1))


@pytest.mark.parametrize("angle", [-4.3, -0.7, 0.0, 1.2, 6.1])
def test_skew_measure_in_place_is_the_plain_one(angle: float) -> None:
    from parsers.image import _row_counts, _skew_of_mask

    image = Image.new("L", (1000, 1300), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 22)
    for row in range(40):
        draw.text((60, 40 + 30 * row), f"Ligne {row} : consultation 25,00 € patient DUPONT", fill=0, font=font)
    draw.rectangle((0, 0, 1000, 30), fill=0)  # a dark band along the edge (left out of the measure)
    mask = np.asarray(image.rotate(angle, expand=True, fillcolor=255)) < 128
    assert _skew_of_mask(mask) == _skew_slow(mask)
    assert (_row_counts(mask) == np.count_nonzero(mask, axis=1)).all()
    assert (_row_counts(mask.T) == np.count_nonzero(mask, axis=0)).all()
