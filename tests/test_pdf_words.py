"""PDF text layers read with pdfium's text API: words as pdfplumber's `extract_words` cuts them, boxes
in points from the displayed page's top-left, font sizes, image cover, and the layers refused."""

from __future__ import annotations

import io
import math
from collections.abc import Callable

import pypdfium2 as pdfium
import pytest
from pdfplumber.utils.text import WordExtractor
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from parsers.pdf import (
    SCAN_COVER,
    Char,
    TextLayer,
    build_units,
    build_words,
    straighten_page,
    text_is_usable,
    text_layer,
)
from parsers.read import read_document

WIDTH, HEIGHT = A4


def pdf_bytes(draw: Callable[[canvas.Canvas], None], **page: object) -> bytes:
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=A4)
    draw(pdf)
    if "rotation" in page:
        pdf.setPageRotation(int(str(page["rotation"])))
    if "cropbox" in page:
        pdf.setCropBox(page["cropbox"])
    pdf.showPage()
    pdf.save()
    return buf.getvalue()


def layer_of(data: bytes) -> TextLayer:
    document = pdfium.PdfDocument(data)
    try:
        return text_layer(document[0])
    finally:
        document.close()


def hand_pdf(font: bytes, content: bytes, *extra: bytes) -> bytes:
    """A one-page A4 PDF written by hand: font object 4, content 5, `extra` objects from 6."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        font,
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        *extra,
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


HAND_TEXT = b"BT /F1 12 Tf 72 700 Td (ABCDEFGHIJ KLMNOPQRST) Tj 0 -20 Td (UVWXYZABCD EFGHIJKLMN) Tj ET"


# --------------------------------------------------------------------------- words and boxes


def test_words_and_boxes_of_a_text_line() -> None:
    data = pdf_bytes(lambda pdf: (pdf.setFont("Helvetica", 12), pdf.drawString(72, 780, "Facture n° 2025-0915 du")))
    words = layer_of(data).words
    assert [w.text for w in words] == ["Facture", "n°", "2025-0915", "du"]
    first = words[0]
    assert first.x0 == pytest.approx(72, abs=0.01)
    assert first.x1 == pytest.approx(72 + stringWidth("Facture", "Helvetica", 12), abs=0.05)
    assert first.y1 - first.y0 == pytest.approx(12, abs=0.01)  # the font size, as pdfminer boxes it
    assert HEIGHT - 780 < first.y1 < HEIGHT - 780 + 4  # from the descent below the baseline
    assert words[1].x0 == pytest.approx(first.x1 + stringWidth(" ", "Helvetica", 12), abs=0.05)


def test_euro_sign_keeps_its_width() -> None:
    """pdfminer gave `€` no width in the standard fonts (and shifted what followed): pdfium measures it."""
    data = pdf_bytes(lambda pdf: (pdf.setFont("Helvetica", 12), pdf.drawString(72, 700, "Total 45,00 € payé")))
    words = {w.text: w for w in layer_of(data).words}
    euro, paid = words["€"], words["payé"]
    assert euro.x1 - euro.x0 > 0.4 * 12  # 556 or 667 thousandths of an em, depending on the metrics used
    assert euro.x1 < paid.x0 == pytest.approx(euro.x1 + stringWidth(" ", "Helvetica", 12), abs=0.05)


def char(text: str, x0: float, top: float, width: float = 5.0, upright: bool = True) -> Char:
    return Char(text, x0, top, x0 + width, top + 10.0, upright)


def test_build_words_cuts_like_pdfplumber() -> None:
    chars = [
        char("B", 100, 50),  # a later line first in the stream
        char("A", 10, 20),
        char("b", 15, 20),  # touching: same word
        char("c", 23, 20.5),  # 3 pt gap, 0.5 pt lower: same word
        char("d", 31.1, 20),  # 3.1 pt gap: a new word
        char(" ", 36.1, 20),
        char("e", 37, 22.9),  # after a blank, within the 3 pt band: same line, new word
        char("ﬁ", 42, 20),  # a ligature, spelled out
        char("x", 60, 24),  # chained: 24 is within 3 pt of 22.9, so the same line
        char("y", 58, 24.5),  # drawn after "x" but left of it: the line reads "yx"
        char("V", 200, 300, upright=False),
        char("W", 200.5, 310, upright=False),
    ]
    words = build_words(chars)
    assert [w.text for w in words] == ["Abc", "d", "efi", "yx", "B", "VW"]
    assert (words[0].x0, words[0].y0, words[0].x1, words[0].y1) == (10, 20, 28, 30.5)
    # the same characters through pdfplumber's own extractor
    dicts = [
        {
            "text": c.text,
            "x0": c.x0,
            "x1": c.x1,
            "top": c.top,
            "bottom": c.bottom,
            "doctop": c.top,
            "upright": c.upright,
        }
        for c in chars
    ]
    reference = WordExtractor().extract_words(dicts)
    assert [(w.text, w.x0, w.y0, w.x1, w.y1) for w in words] == [
        (r["text"], r["x0"], r["top"], r["x1"], r["bottom"]) for r in reference
    ]


def test_hyphen_ending_a_line_stays_a_hyphen() -> None:
    """pdfium marks a hyphen that ends a line before a word goes on with a control code: read as "-"."""

    def draw(pdf: canvas.Canvas) -> None:
        pdf.setFont("Helvetica", 12)
        pdf.drawString(72, 700, "Consultation de médecine géné-")
        pdf.drawString(72, 686, "rale au cabinet")

    words = [w.text for w in layer_of(pdf_bytes(draw)).words]
    assert words == ["Consultation", "de", "médecine", "géné-", "rale", "au", "cabinet"]


def test_doubled_text_reads_once() -> None:
    """Text drawn twice a hair apart (fake bold) is one word, not letters interleaved."""

    def draw(pdf: canvas.Canvas) -> None:
        pdf.setFont("Helvetica", 12)
        pdf.drawString(72, 700, "Ordonnance")
        pdf.drawString(72.3, 700, "Ordonnance")

    assert [w.text for w in layer_of(pdf_bytes(draw)).words] == ["Ordonnance"]


def test_turned_page_reads_in_its_displayed_orientation() -> None:
    """A portrait page shown as landscape by /Rotate 90, its text drawn turned so that it reads
    upright once shown: upright words, boxes on the displayed page (842 pt wide)."""

    def draw(pdf: canvas.Canvas) -> None:
        pdf.translate(100, 100)
        pdf.rotate(90)
        pdf.setFont("Helvetica", 12)
        pdf.drawString(0, 0, "Facture n° 2025-0915 du 15/09/2025")

    document = pdfium.PdfDocument(pdf_bytes(draw))
    document[0].set_rotation(90)
    buf = io.BytesIO()
    document.save(buf)
    document.close()
    page = read_document(buf.getvalue()).pages[0]
    assert (page.source, page.width, page.height) == ("text", pytest.approx(HEIGHT), pytest.approx(WIDTH))
    words = page.words
    assert [w.text for w in words] == ["Facture", "n°", "2025-0915", "du", "15/09/2025"]
    assert all(w.line == 0 for w in words) and words[0].x1 < words[1].x0
    assert words[0].y1 - words[0].y0 == pytest.approx(12, abs=0.01)
    assert words[0].x0 == pytest.approx(100, abs=0.01)  # page y 100 shows 100 pt from the left
    assert 100 < words[0].y1 < 104  # page x 100 shows 100 pt from the top: the baseline


@pytest.mark.parametrize("angle, turn", [(90, 90), (-90, 270)])
def test_text_set_sideways_on_a_portrait_page_reads_turned_upright(angle: int, turn: int) -> None:
    """A landscape table drawn turned on a portrait page (no /Rotate): its words read left to right, in
    their lines, on the page turned by `turn` degrees (landscape boxes), as `pdftotext` reads it; a short
    stamp running the other way does not turn the page back."""

    def draw(pdf: canvas.Canvas) -> None:
        pdf.saveState()
        if angle == 90:
            pdf.translate(500, 100)
        else:
            pdf.translate(100, 742)
        pdf.rotate(angle)
        pdf.setFont("Helvetica", 12)
        pdf.drawString(0, 0, "RELEVÉ N° CSI-2025-08-0307 Édité le 11/08/2025")
        pdf.drawString(0, -20, "Patient : TESSIER Mathilde né(e) le 18/06/1938")
        pdf.restoreState()
        pdf.setFont("Helvetica", 8)
        pdf.drawString(40, 40, "Page 1")

    page = read_document(pdf_bytes(draw)).pages[0]
    assert (page.source, page.width, page.height) == ("text", pytest.approx(HEIGHT), pytest.approx(WIDTH))
    assert page.notes == [f"pivoté de {turn}°"]
    lines = page.text.splitlines()
    assert "RELEVÉ N° CSI-2025-08-0307 Édité le 11/08/2025" in lines
    assert "Patient : TESSIER Mathilde né(e) le 18/06/1938" in lines
    first = next(w for w in page.words if w.text == "RELEVÉ")
    second = next(w for w in page.words if w.text == "Patient")
    assert first.y1 < second.y0 and abs(first.x0 - second.x0) < 1  # the second line under the first
    assert first.y1 - first.y0 == pytest.approx(12, abs=0.01)


def test_a_turned_stamp_does_not_turn_an_upright_page() -> None:
    def draw(pdf: canvas.Canvas) -> None:
        pdf.setFont("Helvetica", 12)
        pdf.drawString(72, 780, "Facture n° 2025-0915 du 15/09/2025 Patient DUPONT Jean")
        pdf.translate(560, 300)
        pdf.rotate(90)
        pdf.drawString(0, 0, "COPIE")

    page = read_document(pdf_bytes(draw)).pages[0]
    assert page.notes == [] and page.width == pytest.approx(WIDTH)
    assert "Facture n° 2025-0915 du 15/09/2025 Patient DUPONT Jean" in page.text.splitlines()


def test_boxes_are_measured_from_the_crop_box() -> None:
    data = pdf_bytes(
        lambda pdf: (pdf.setFont("Helvetica", 12), pdf.drawString(72, 700, "Facture n° 2025-0915 du 15/09/2025")),
        cropbox=(30, 40, 560, 800),
    )
    page = read_document(data).pages[0]
    assert (page.width, page.height) == pytest.approx((530, 760))
    first = page.words[0]
    assert first.x0 == pytest.approx(72 - 30, abs=0.01)
    assert 800 - 700 < first.y1 < 800 - 700 + 4


# --------------------------------------------------------------------------- sizes and images


def test_font_sizes_follow_the_text_matrix() -> None:
    def draw(pdf: canvas.Canvas) -> None:
        pdf.setFont("Helvetica", 6)
        pdf.drawString(72, 700, "petits caractères")
        pdf.scale(2, 2)
        pdf.drawString(36, 300, "grands")  # 6 pt scaled twice: 12 pt on the page

    sizes = layer_of(pdf_bytes(draw)).sizes
    assert sizes[:3] == pytest.approx([6, 6, 6], abs=0.01)
    assert sizes[-1] == pytest.approx(12, abs=0.01)


def test_image_cover_counts_images_in_forms_and_turned() -> None:
    image = ImageReader(Image.new("L", (50, 50), 200))

    def draw(pdf: canvas.Canvas) -> None:
        pdf.beginForm("stamp")
        pdf.drawImage(image, 0, 0, width=200, height=300)
        pdf.endForm()
        pdf.saveState()
        pdf.translate(50, 50)
        pdf.scale(1.5, 1.2)
        pdf.doForm("stamp")  # 300 x 360 on the page
        pdf.restoreState()
        pdf.translate(400, 400)
        pdf.rotate(90)
        pdf.drawImage(image, 0, 0, width=100, height=50)  # turned: 50 x 100

    cover = layer_of(pdf_bytes(draw)).image_cover
    assert cover == pytest.approx((300 * 360 + 50 * 100) / (WIDTH * HEIGHT), rel=1e-3)


def test_scan_with_a_text_stamp_is_refused() -> None:
    """A page-sized image with a thin line of text over it (a copier's stamp) is a scan: OCR it."""
    image = ImageReader(Image.new("L", (100, 140), 230))

    def draw(pdf: canvas.Canvas) -> None:
        pdf.drawImage(image, 0, 0, width=WIDTH, height=HEIGHT)
        pdf.setFont("Helvetica", 8)
        pdf.drawString(20, 20, "Copie certifiée conforme à l'original")

    layer = layer_of(pdf_bytes(draw))
    assert layer.image_cover > SCAN_COVER
    assert text_is_usable(layer.words)  # enough text on its own
    assert not text_is_usable(layer.words, layer.image_cover)


# --------------------------------------------------------------------------- layers refused


def test_glyphs_without_unicode_read_as_cid_codes_and_are_refused() -> None:
    """Glyph names no Unicode can be found for: pdfminer guessed letters from the byte codes, pdfium
    flags them; they read as pdfminer's `(cid:NN)` and the page goes to OCR."""
    names = " ".join(f"/g{index}" for index in range(26))
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Differences [65 %s] >> >>"
    layer = layer_of(hand_pdf(font % names.encode(), HAND_TEXT))
    assert layer.words[0].text.startswith("(cid:65)(cid:66)")
    assert not text_is_usable(layer.words, layer.image_cover)


def test_private_use_garbage_is_refused() -> None:
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /X def\n"
        b"1 begincodespacerange <00> <FF> endcodespacerange\n1 beginbfrange <41> <5A> <E001> endbfrange\n"
        b"endcmap CMapName currentdict /CMap defineresource pop end end"
    )
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>"
    stream = b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream"
    layer = layer_of(hand_pdf(font, HAND_TEXT, stream))
    assert layer.words[0].text == "".join(chr(0xE001 + index) for index in range(10))
    assert not text_is_usable(layer.words, layer.image_cover)


def test_tilted_stamp_reads_along_its_own_lines() -> None:
    """A rubber stamp put on askew (7°) across two lines of a form, and a hand-filled value written at
    a slight slope above its label: pdfplumber chains the tilted characters' tops into one line with
    the form's lines and cuts both into letters. Tilted runs are cut along their own baseline: the
    form's lines stay whole, the stamp's lines read as lines, the value reads on its label's line."""

    def draw(pdf: canvas.Canvas) -> None:
        pdf.setFont("Helvetica", 10)
        pdf.drawString(62, 440, "Reste payé par le patient")
        pdf.drawString(62, 400, "Date et signature :")
        pdf.saveState()
        pdf.translate(212, 405)
        pdf.rotate(1.2)
        pdf.setFont("Helvetica", 14)
        pdf.drawString(0, 0, "le 21/01/2025")
        pdf.restoreState()
        pdf.saveState()
        pdf.translate(400, 450)
        pdf.rotate(-7)
        pdf.setFont("Helvetica", 9)
        pdf.drawString(0, 0, "Docteur Marc HÉBERT")
        pdf.drawString(0, -12, "Médecine interne")
        pdf.drawString(0, -24, "73 rue du Général Leclerc")
        pdf.drawString(0, -36, "RPPS 10719543596")
        pdf.restoreState()

    page = read_document(pdf_bytes(draw)).pages[0]
    lines: dict[int, list[str]] = {}
    for word in page.words:
        lines.setdefault(word.line, []).append(word.text)
    texts = [" ".join(words) for words in lines.values()]
    assert "Reste payé par le patient" in " / ".join(texts)
    assert any(text.startswith("Date et signature : le 21/01/2025") for text in texts)
    assert any("RPPS 10719543596" in text for text in texts)
    assert "73 rue du Général Leclerc" in " / ".join(texts)


def test_build_words_cuts_a_tilted_run_along_its_baseline() -> None:
    """Characters tilted 10° anticlockwise, stepping up as they go right: one word per line of the
    tilted run, boxed on the page around the tilted word, each line one unit for `group_lines`."""
    slope = math.tan(math.radians(10))
    chars = [char(t, 100 + 6 * k, 200 - 6 * k * slope, width=5.0) for k, t in enumerate("RPPS")]
    chars += [char(t, 100 + 6 * k + 10 * slope, 212 - 6 * k * slope, width=5.0) for k, t in enumerate("1071")]
    tilted = [c._replace(slant=10.0) for c in chars]
    units = build_units(tilted)
    assert [[w.text for w in unit] for unit in units] == [["RPPS"], ["1071"]]
    first = units[0][0]
    box = (first.x0, first.y0, first.x1, first.y1)
    assert box == pytest.approx((100, 200 - 18 * slope, 123, 210))  # around the tilted characters' boxes


def _askew_letterhead(pdf: canvas.Canvas) -> None:
    """A kiné's letterhead printed with the whole sheet turned 3.2° clockwise: a long address line, the
    RPPS line under it at left, the invoice's number and date at right a little lower on the sheet."""
    pdf.saveState()
    pdf.translate(70, 780)
    pdf.rotate(-3.2)
    pdf.setFont("Helvetica", 9)
    pdf.drawString(0, 0, "Masseur-kinésithérapeute D.E. — soins à domicile")
    pdf.drawString(0, -14, "104 rue du Docteur Roux, 21000 DIJON · 02 89 56 28 73")
    pdf.drawString(0, -28, "RPPS 10162888035 · N° AM 21799367")
    pdf.drawString(0, -60, "Patient : AUBRY Laëtitia")
    pdf.drawString(420, 0, "n° K2025-3003")
    pdf.drawString(420, -14, "le 05/08/2025")
    pdf.restoreState()


def test_a_sheet_printed_askew_reads_turned_back() -> None:
    """The whole sheet printed askew (every character 3.2° off the page's lines): the bands of its long
    tilted lines overlap, so lines read together word by word ("RPPS 104 rue 10162888035 du ...") and
    the RPPS label loses its number. Read turned back by the slant, as a skewed scan is deskewed, each
    line reads as printed."""
    page = read_document(pdf_bytes(_askew_letterhead)).pages[0]
    lines: dict[int, list[str]] = {}
    for word in page.words:
        lines.setdefault(word.line, []).append(word.text)
    texts = [" ".join(words) for words in lines.values()]
    assert texts == [
        "Masseur-kinésithérapeute D.E. — soins à domicile n° K2025-3003",
        "104 rue du Docteur Roux, 21000 DIJON · 02 89 56 28 73 le 05/08/2025",
        "RPPS 10162888035 · N° AM 21799367",
        "Patient : AUBRY Laëtitia",
    ]
    assert page.notes == ["redressé de +3.2°"]
    assert all(w.x0 > -5 and w.x1 < WIDTH + 5 and w.y0 > -5 and w.y1 < HEIGHT + 5 for w in page.words)


def test_a_stamp_on_a_sheet_printed_askew_keeps_its_own_slant() -> None:
    """A straight stamp over a sheet printed askew: the sheet is turned back, the stamp's characters
    keep what is left of their slant and read along their own baseline."""

    def draw(pdf: canvas.Canvas) -> None:
        _askew_letterhead(pdf)
        pdf.setFont("Helvetica", 10)
        pdf.drawString(300, 500, "ACQUITTÉ le 05/04/2025")

    page = read_document(pdf_bytes(draw)).pages[0]
    lines: dict[int, list[str]] = {}
    for word in page.words:
        lines.setdefault(word.line, []).append(word.text)
    assert "ACQUITTÉ le 05/04/2025" in [" ".join(words) for words in lines.values()]
    assert "RPPS 10162888035 · N° AM 21799367" in [" ".join(words) for words in lines.values()]


def test_a_diagonal_watermark_does_not_turn_the_page() -> None:
    """A page mostly covered by a watermark set at 40° is no sheet printed askew: it stays as it is."""
    chars = [char(t, 100 + 6 * k, 200, width=5.0)._replace(slant=40.0) for k, t in enumerate("DUPLICATA")]
    chars += [char(t, 100 + 6 * k, 400, width=5.0) for k, t in enumerate("Total")]
    assert straighten_page(chars, WIDTH, HEIGHT) == (chars, 0.0)
