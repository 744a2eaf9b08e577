"""A photo of several sheets: each sheet is cut out and read as a page of its own."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from parsers.image import SEVERAL_SHEETS_NOTE, prepare, split_sheets
from parsers.limits import Limits
from parsers.read import read_document
from tests.test_ocr_prepare import FONT, _sheets_on_a_table, invoice_sheet, photograph

SEVERAL = SEVERAL_SHEETS_NOTE.split("{")[0]


def numbered_sheet(number: str, dpi: int = 110) -> Image.Image:
    """A plain A4 sheet with a large invoice number and a few lines (a different text on each sheet)."""
    sheet = Image.new("L", (int(8.27 * dpi), int(11.69 * dpi)), 255)
    draw = ImageDraw.Draw(sheet)
    font = ImageFont.truetype(FONT, dpi * 14 // 72)
    for index, line in enumerate([f"FACTURE {number}", "Consultation", f"Total {number[-2:]},00 EUR"]):
        draw.text((dpi, dpi * (1 + index)), line, font=font, fill=0)
    return sheet


def _paper_rows(image: Image.Image) -> np.ndarray:
    """Rows holding paper (much brighter than the table) in the picture."""
    return np.nonzero((np.asarray(image) > 150).mean(axis=1) > 0.3)[0]


def test_two_sheets_one_above_the_other_are_cut_between_them() -> None:
    sheet = invoice_sheet(60)
    photo = _sheets_on_a_table([sheet, sheet], across=False)
    parts = split_sheets(photo)
    assert len(parts) == 2
    for part in parts:
        rows = _paper_rows(part)
        # each part holds one whole sheet and some table around it, nothing of the other sheet
        assert rows[-1] - rows[0] + 1 >= sheet.size[1] - 4
        assert rows[-1] - rows[0] + 1 <= sheet.size[1] + 4
        assert rows[0] > 5 and rows[-1] < part.size[1] - 5
    assert sum(part.size[1] for part in parts) == photo.size[1]


def test_sheets_side_by_side_and_a_grid_are_cut() -> None:
    sheet = invoice_sheet(50)
    assert len(split_sheets(_sheets_on_a_table([sheet, sheet], across=True))) == 2
    w, h = sheet.size
    grid = Image.new("L", (2 * w + 200, 2 * h + 200), 70)  # four sheets, two rows of two
    for x, y in ((60, 60), (w + 140, 60), (60, h + 140), (w + 140, h + 140)):
        grid.paste(sheet, (x, y))
    parts = split_sheets(grid)
    assert len(parts) == 4
    assert all(part.size[0] < w + 140 and part.size[1] < h + 140 for part in parts)


def test_a_photo_of_one_sheet_is_left_whole() -> None:
    photo = photograph(invoice_sheet(), [(160, 160)] * 4, shade=0.45)
    assert split_sheets(photo) == [photo]
    scan = Image.new("L", (800, 1100), 255)
    assert split_sheets(scan) == [scan]


def test_sheets_joined_by_paper_are_not_cut_and_go_to_a_clerk() -> None:
    """A strip of paper (a card, a receipt) lying across the gap: no cut crosses bare table, so the
    photo is read as one page with the note that sends it to a clerk."""
    sheet = invoice_sheet(100)
    photo = _sheets_on_a_table([sheet, sheet], across=False)
    array = np.array(photo)
    middle = 60 + sheet.size[1]  # the gap between the sheets runs from here down 80 px
    array[middle - 20 : middle + 100, 300:324] = 235  # narrow: no third sheet, but paper in every row
    bridged = Image.fromarray(array)
    assert split_sheets(bridged) == [bridged]
    prepared = prepare(bridged, Limits(), dpi=None, photo=True)
    assert any(note.startswith(SEVERAL) for note in prepared.notes), prepared.notes


def _jpeg(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.convert("RGB").save(out, format="JPEG", quality=90)
    return out.getvalue()


def test_a_photo_of_two_invoices_reads_as_two_pages() -> None:
    """Each sheet is a page of its own, in order, with its own text and no review note; a photo of
    one sheet stays one page."""
    photo = _sheets_on_a_table([numbered_sheet("2025-0311"), numbered_sheet("2025-0422")], across=False)
    result = read_document(_jpeg(photo))
    assert result.error is None
    assert [page.number for page in result.pages] == [1, 2]
    assert "2025-0311" in result.pages[0].text and "2025-0422" not in result.pages[0].text
    assert "2025-0422" in result.pages[1].text and "2025-0311" not in result.pages[1].text
    assert not any(note.startswith(SEVERAL) for page in result.pages for note in page.notes)
    single = read_document(_jpeg(_sheets_on_a_table([numbered_sheet("2025-0311")], across=False)))
    assert len(single.pages) == 1 and "2025-0311" in single.pages[0].text


def test_sheets_of_a_photo_stored_sideways_are_turned_once() -> None:
    """A phone stores the picture sideways with an EXIF orientation: the sheets are cut from the
    upright picture, in reading order, and each part is not turned again."""
    photo = _sheets_on_a_table([numbered_sheet("2025-0311"), numbered_sheet("2025-0422")], across=False)
    exif = Image.Exif()
    exif[0x0112] = 6  # turn 90° clockwise to display
    out = io.BytesIO()
    photo.convert("RGB").rotate(90, expand=True).save(out, format="JPEG", quality=90, exif=exif.tobytes())
    result = read_document(out.getvalue())
    assert len(result.pages) == 2
    assert result.pages[0].text.startswith("FACTURE 2025-0311")
    assert result.pages[1].text.startswith("FACTURE 2025-0422")
