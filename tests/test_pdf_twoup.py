"""A sheet printed "2 pages par feuille" reads as its two pages (`parsers.twoup`): from a PDF's text layer
(words split at the gutter) and from an image (each half read again); a landscape page with two
panels, a page printed twice side by side and a portrait page stay one page."""

from __future__ import annotations

import io
from collections.abc import Callable

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from intake.domain.model import Word
from parsers.layout import group_lines
from parsers.read import read_document
from parsers.twoup import TWO_UP_NOTE, gutter
from tests.test_ocr_prepare import FONT

SHEET_W, SHEET_H = landscape(A4)
HALF = SHEET_W / 2

# lines of each half: (text, top in points); the patient's name on page 1 shares its height with a
# row of page 2's table, as on a two-page invoice printed two pages per sheet
PAGE_ONE = [
    ("Cabinet de Pathologie du Port", 60), ("Page 1/2", 60), ("FACTURE N° F2500417", 120),
    ("DURAND Alice", 200), ("Née le 03/04/1961", 220), ("Flacon 1 biopsie 56,00", 300),
    ("Flacon 2 biopsie 28,00", 320), ("A reporter : 84,00", 400),
]
PAGE_TWO = [
    ("Cabinet de Pathologie du Port", 60), ("Page 2/2", 60), ("Facture N° F2500417 (suite)", 120),
    ("Immunohistochimie 37,80", 200), ("Total 121,80", 260), ("Part AMO 85,26", 280),
]


def sheet_pdf(draw: Callable[[canvas.Canvas], None]) -> bytes:
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=landscape(A4))
    draw(pdf)
    pdf.showPage()
    pdf.save()
    return buf.getvalue()


def _x(text: str, left: float) -> float:
    return left + (300 if text.startswith("Page ") else 40)


def two_up(pdf: canvas.Canvas, left: list[tuple[str, float]] = PAGE_ONE,
           right: list[tuple[str, float]] = PAGE_TWO) -> None:
    pdf.setFont("Helvetica", 10)
    for lines, origin in ((left, 0.0), (right, HALF)):
        for text, top in lines:
            pdf.drawString(_x(text, origin), SHEET_H - top, text)


def test_a_text_pdf_printed_two_pages_per_sheet_reads_as_two_pages() -> None:
    result = read_document(sheet_pdf(two_up))
    assert result.error is None
    assert [page.number for page in result.pages] == [1, 2]
    one, two = result.pages
    assert "DURAND Alice" in one.text and "Immunohistochimie" not in one.text
    assert "Immunohistochimie" in two.text and "DURAND" not in two.text
    assert one.notes[0] == TWO_UP_NOTE.format(index=1) and two.notes[0] == TWO_UP_NOTE.format(index=2)
    assert two.width < SHEET_W * 0.6 and min(w.x0 for w in two.words) < 100  # the right half from its own edge
    name = next(w for w in one.words if w.text == "DURAND")
    assert [w.text for w in one.words if w.line == name.line] == ["DURAND", "Alice"]


def test_a_landscape_page_with_two_panels_stays_one_page() -> None:
    """A practitioner's panel beside the invoice: a gutter, but no header over both and no page numbers."""
    panel = [("Dr Paul MARTIN Podologue", 60), ("12 rue des Lilas 29200 BREST", 80), ("RPPS 10003879623", 100),
             ("Patient : DURAND Alice", 200), ("NIR 2 61 04 29 123 456 78", 220), ("Mutuelle Bleue", 240)]
    invoice = [("FACTURE N° P2509407 du 16/09/2025", 60), ("Bilan podologique 35,00", 200),
               ("Semelles orthopédiques 110,00", 220), ("Total TTC 145,00", 280), ("Reste dû 50,11", 300)]
    result = read_document(sheet_pdf(lambda pdf: two_up(pdf, panel, invoice)))
    assert len(result.pages) == 1 and not result.pages[0].notes


def test_a_page_printed_twice_side_by_side_stays_one_page() -> None:
    """Two identical halves (an original and its copy) are one document, not two pages."""
    result = read_document(sheet_pdf(lambda pdf: two_up(pdf, PAGE_ONE, PAGE_ONE)))
    assert len(result.pages) == 1


def test_no_gutter_where_words_cross_the_middle_or_on_a_portrait_page() -> None:
    def words(lines: list[tuple[str, float]], left: float) -> list[Word]:
        return group_lines([
            [Word(f"{text[:5]}{i}", _x(text, left) + 30 * i, top, _x(text, left) + 30 * i + 25, top + 10)
             for i in range(4)]
            for text, top in lines
        ])

    sheet = words(PAGE_ONE, 0.0) + words(PAGE_TWO, HALF)
    assert gutter(sheet, SHEET_W, SHEET_H) is not None
    across = [*sheet, Word("—" * 40, HALF - 100, 500, HALF + 100, 510)]
    assert gutter(across, SHEET_W, SHEET_H) is None
    assert gutter(sheet, SHEET_H, SHEET_W) is None


def sheet_image(dpi: int = 150) -> Image.Image:
    """The same two pages as a scanned landscape sheet (each half a portrait page scaled down)."""
    scale = dpi / 72.0
    image = Image.new("L", (round(SHEET_W * scale), round(SHEET_H * scale)), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, round(11 * scale))
    for lines, origin in ((PAGE_ONE, 0.0), (PAGE_TWO, HALF)):
        for text, top in lines:
            draw.text((round(_x(text, origin) * scale), round(top * scale)), text, font=font, fill=0)
    return image


def test_an_image_of_a_sheet_of_two_pages_reads_as_two_pages() -> None:
    out = io.BytesIO()
    sheet_image().save(out, format="PNG", dpi=(150, 150))
    result = read_document(out.getvalue())
    assert result.error is None
    assert [page.number for page in result.pages] == [1, 2]
    one, two = result.pages
    assert "DURAND" in one.text and "Immunohistochimie" not in one.text
    assert "Immunohistochimie" in two.text and "DURAND" not in two.text
    assert two.notes[0] == TWO_UP_NOTE.format(index=2)


def test_a_two_up_fax_frame_counts_its_header_once() -> None:
    from intake.domain.model import Page
    from parsers.tiff import HEADER_NOTE, header_pages

    halves = [Page(n, 100.0, 100.0, notes=[TWO_UP_NOTE.format(index=n), HEADER_NOTE]) for n in (1, 2)]
    plain = Page(3, 100.0, 100.0, notes=[HEADER_NOTE])
    assert header_pages([*halves, plain]) == 2
    assert header_pages([Page(1, 100.0, 100.0, notes=[])]) == 0
