"""Reading attachments: sniffing, PDF text layers, OCR, faxes, archives and hostile input."""

from __future__ import annotations

import io
import struct
import subprocess
import time
import zipfile
import zlib
from collections.abc import Sequence

import pytest
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader as RLImage
from reportlab.pdfgen import canvas

from intake.domain.model import Word
from intake.settings import Settings
from parsers.base import Reader
from parsers.image import skew_angle
from parsers.layout import group_lines
from parsers.limits import Limits
from parsers.pdf import text_is_usable
from parsers.read import read_document
from parsers.registry import REGISTRY
from parsers.sniff import sniff
from parsers.tiff import header_score, strip_fax_header

LINES = (
    "FACTURE N° 2025-0915",
    "Cabinet de kinésithérapie Dupont",
    "RPPS : 10003456789",
    "Date des soins : 15/09/2025",
    "AMK 7.5 séance de rééducation",
    "Total honoraires : 45,00 €",
)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FAX_HEADER = "15/09/2025 10:32  +33 1 23 45 67 89  CABINET DUPONT   P.001/002"


# --------------------------------------------------------------------------- fixtures


def text_pdf(pages: int = 1, lines: Sequence[str] = LINES) -> bytes:
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=A4)
    for _ in range(pages):
        pdf.setFont("Helvetica", 12)
        for index, line in enumerate(lines):
            pdf.drawString(72, 780 - 24 * index, line)
        pdf.showPage()
    pdf.save()
    return buf.getvalue()


def page_image(
    dpi: tuple[int, int] = (200, 200), *, header: str | None = None, bilevel: bool = False
) -> Image.Image:
    """An A4 page of invoice lines drawn at square resolution, then resampled to `dpi`."""
    base = max(dpi)
    image = Image.new("L", (int(8.27 * base), int(11.69 * base)), 255)
    draw = ImageDraw.Draw(image)
    if header:
        draw.text(
            (int(0.3 * base), int(0.12 * base)), header, font=ImageFont.truetype(FONT, base * 9 // 72), fill=0
        )
    font = ImageFont.truetype(FONT, base * 12 // 72)
    for index, line in enumerate(LINES):
        draw.text((base, int(0.9 * base) + index * base // 3), line, font=font, fill=0)
    image = image.resize((int(8.27 * dpi[0]), int(11.69 * dpi[1])))
    return image.point(lambda v: 255 if v > 140 else 0).convert("1") if bilevel else image


def fax_tiff(
    dpi: tuple[int, int], pages: int = 1, description: str | None = "CABINET DUPONT\n0123456789"
) -> bytes:
    frames = [page_image(dpi, header=FAX_HEADER, bilevel=True) for _ in range(pages)]
    buf = io.BytesIO()
    extra = {"description": description} if description else {}
    frames[0].save(
        buf, "TIFF", compression="group4", dpi=dpi, save_all=True, append_images=frames[1:], **extra
    )
    return buf.getvalue()


def image_pdf_page(pdf: canvas.Canvas, image: Image.Image) -> None:
    pdf.drawImage(RLImage(image), 0, 0, width=A4[0], height=A4[1])
    pdf.showPage()


def png_bomb(side: int = 30_000) -> bytes:
    """A 1-bit greyscale PNG of side×side white pixels, compressed to a few hundred kB."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    row = b"\x00" + b"\xff" * (side // 8)
    packer = zlib.compressobj(9)
    body = b"".join(packer.compress(row * 1000) for _ in range(side // 1000)) + packer.flush()
    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")


def zipped(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buf.getvalue()


def words_of(text: str) -> set[str]:
    return set(text.replace("\n", " ").split())


# --------------------------------------------------------------------------- sniffing


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"", "empty"),
        (b"  \r\n", "empty"),
        (b"%PDF-1.7\n", "pdf"),
        (b"\r\n%PDF-1.4\n", "pdf"),
        (b"II*\x00\x08\x00\x00\x00", "tiff"),
        (b"MM\x00*\x00\x00\x00\x08", "tiff"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "jpeg"),
        (b"\x89PNG\r\n\x1a\n\x00", "png"),
        (b"GIF89a\x01\x00", "gif"),
        (b"BM" + bytes(12) + b"\x28\x00\x00\x00" + bytes(20), "bmp"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "webp"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(8), "ole"),
        (b"MZ\x90\x00" + bytes(60), "exe"),
        (b"\x7fELF\x02\x01", "exe"),
        (b"Rar!\x1a\x07\x01\x00", "rar"),
        (b"7z\xbc\xaf\x27\x1c\x00", "7z"),
        (b"\x1f\x8b\x08\x00", "gzip"),
        (b"<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
        ("Bonjour, ci-joint la facture n° 12.\n".encode(), "text"),
        ("Bonjour, facture réglée\n".encode("cp1252"), "text"),
        (bytes(range(256)) * 4, "unknown"),
    ],
)
def test_sniff_magic(data: bytes, kind: str) -> None:
    assert sniff(data) == kind


def test_sniff_zip_office_and_macros() -> None:
    assert sniff(zipped({"a.pdf": b"%PDF-1.4"})) == "zip"
    assert sniff(zipped({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w/>"})) == "office"
    docm = {"[Content_Types].xml": b"<Types/>", "word/vbaProject.bin": b"\x00" * 10}
    assert sniff(zipped(docm)) == "docm"


def test_sniff_ignores_filename() -> None:
    pdf = text_pdf()
    assert read_document(pdf, filename="photo.jpg").kind == "pdf"
    assert read_document(b"MZ" + bytes(100), filename="facture.pdf").error == "exécutable refusé"


def test_readers_follow_the_protocol() -> None:
    assert all(isinstance(reader, Reader) for reader in REGISTRY.readers)


def test_limits_from_settings() -> None:
    limits = Limits.from_settings(Settings(max_pages=7, ocr_lang="fra+eng"))
    assert (limits.max_pages, limits.ocr_lang) == (7, "fra+eng")


# --------------------------------------------------------------------------- text PDFs


def test_text_pdf_words_boxes_and_lines() -> None:
    result = read_document(text_pdf(2))
    assert result.error is None
    assert [p.source for p in result.pages] == ["text", "text"]
    page = result.pages[0]
    assert page.text.splitlines() == list(LINES)
    first = page.words[0]
    assert first.text == "FACTURE" and first.conf == 1.0 and first.line == 0
    assert first.x0 == pytest.approx(72, abs=1) and 45 < first.y0 < 70 < first.x1
    assert page.width == pytest.approx(A4[0]) and page.height == pytest.approx(A4[1])


def test_group_lines_joins_blocks_on_one_row() -> None:
    label = [Word("Total", 10, 100, 50, 112)]
    value = [Word("45,00", 400, 101, 450, 113)]
    above = [Word("Patient", 10, 80, 60, 92)]
    words = group_lines([value, label, above])
    assert [(w.text, w.line) for w in words] == [("Patient", 0), ("Total", 1), ("45,00", 1)]


def test_text_layer_judgement() -> None:
    def words(text: str) -> list[Word]:
        return [Word(t, 0, 0, 1, 1) for t in text.split()]

    assert text_is_usable(words("Facture n° 2025-0915 total 45,00 €"))
    assert not text_is_usable(words("Page 1"))
    assert not text_is_usable(words("(cid:12)(cid:34)(cid:56) (cid:7)(cid:8)(cid:9)(cid:10)(cid:11) n°"))
    assert not text_is_usable(words("\ue001\ue002\ue003\ue004\ue005\ue006\ue007\ue008\ue009\ue00a\ue00b ab"))
    assert not text_is_usable(words("Facture scannée par le copieur"), image_cover=0.95)


@pytest.mark.ocr
def test_mixed_pdf_ocrs_only_the_scanned_page() -> None:
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=A4)
    pdf.setFont("Helvetica", 12)
    for index, line in enumerate(LINES):
        pdf.drawString(72, 780 - 24 * index, line)
    pdf.showPage()
    image_pdf_page(pdf, page_image((200, 200)))
    pdf.save()
    result = read_document(buf.getvalue())
    assert result.error is None
    assert [p.source for p in result.pages] == ["text", "ocr"]
    scanned = result.pages[1]
    assert {"FACTURE", "10003456789", "15/09/2025", "45,00"} <= words_of(scanned.text)
    assert scanned.width == pytest.approx(A4[0], rel=0.05)  # OCR boxes scaled back to points
    assert all(0 <= w.conf <= 1 for w in scanned.words)


@pytest.mark.ocr
def test_pdf_with_text_as_outlines_is_ocrd(tmp_path: object) -> None:
    """A text layer with no text at all (glyphs drawn as paths): the page is rendered and OCRed."""
    import pathlib

    folder = pathlib.Path(str(tmp_path))
    (folder / "in.pdf").write_bytes(text_pdf())
    subprocess.run(
        [
            "gs",
            "-q",
            "-dBATCH",
            "-dNOPAUSE",
            "-dSAFER",
            "-sDEVICE=pdfwrite",
            "-dNoOutputFonts",
            f"-sOutputFile={folder / 'out.pdf'}",
            str(folder / "in.pdf"),
        ],
        check=True,
        timeout=60,
    )
    result = read_document((folder / "out.pdf").read_bytes())
    assert result.error is None and result.pages[0].source == "ocr"
    assert {"FACTURE", "10003456789"} <= words_of(result.pages[0].text)


# --------------------------------------------------------------------------- hostile or broken input


def assert_refused(
    data: bytes, expected: str, *, seconds: float = 10.0, limits: Limits | None = None
) -> None:
    started = time.monotonic()
    result = read_document(data, limits=limits)
    assert result.error is not None and expected in result.error, result.error
    assert "\n" not in result.error
    assert time.monotonic() - started < seconds


def test_empty_file() -> None:
    assert_refused(b"", "fichier vide")


def test_executable_and_macros_refused() -> None:
    assert_refused(b"\x7fELF\x02\x01\x01" + bytes(100), "exécutable refusé")
    docm = zipped({"[Content_Types].xml": b"<Types/>", "word/vbaProject.bin": b"\x00" * 10})
    assert_refused(docm, "macros refusé")


def test_encrypted_pdf() -> None:
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, encrypt="secret")
    pdf.drawString(72, 700, "Facture confidentielle")
    pdf.showPage()
    pdf.save()
    assert_refused(buf.getvalue(), "PDF chiffré (mot de passe)")


def test_corrupt_and_truncated_pdf() -> None:
    data = text_pdf()
    assert_refused(data[: len(data) // 2], "PDF corrompu ou tronqué")
    assert_refused(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\nnonsense\n%%EOF\n", "PDF corrompu")
    assert_refused(b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\n%%EOF", "PDF corrompu")


def test_too_many_pages_is_refused_quickly() -> None:
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=A4)
    for number in range(500):
        pdf.drawString(72, 700, f"page {number}")
        pdf.showPage()
    pdf.save()
    assert_refused(buf.getvalue(), "trop de pages (500 > 50)", seconds=3)


def test_too_big_file() -> None:
    assert_refused(b"%PDF-1.4\n" + b"0" * 2000, "fichier trop gros", limits=Limits(max_bytes=1000))


def test_decompression_bomb_png() -> None:
    bomb = png_bomb()
    assert len(bomb) < 1_000_000
    assert_refused(bomb, "image trop grande (30000×30000 px)", seconds=3)


def test_truncated_image() -> None:
    buf = io.BytesIO()
    page_image((100, 100)).save(buf, "PNG")
    assert_refused(buf.getvalue()[:3000], "image", seconds=5)


def test_zip_bomb_by_ratio() -> None:
    assert_refused(zipped({"facture.pdf": b"\x00" * 5_000_000}), "bombe de décompression", seconds=3)


def test_zip_limits() -> None:
    assert_refused(zipped({f"f{i}.txt": b"facture" for i in range(30)}), "trop de fichiers")
    assert_refused(zipped({"../../etc/passwd": b"root facture"}), "chemin de fichier dangereux")
    assert_refused(zipped({"a.txt": b"facture", "run.exe": b"MZ" + bytes(200)}), "exécutable")
    nested = zipped({"inner.zip": zipped({"a.txt": b"Facture 12 total 45,00"})})
    assert_refused(nested, "archive imbriquée refusée")


def test_zip_members_are_read_in_order() -> None:
    result = read_document(zipped({"b.pdf": text_pdf(2), "a.txt": "Facture n° 12, total 45,00 €".encode()}))
    assert result.error is None and result.kind == "zip"
    assert [p.number for p in result.pages] == [1, 2, 3]
    assert [m["name"] for m in result.meta["members"]] == ["a.txt", "b.pdf"]


def test_junk_never_raises() -> None:
    junk = [
        bytes(range(256)),
        b"%PDF-",
        b"II*\x00" + bytes(50),
        b"\xff\xd8\xff" + bytes(50),
        b"\x89PNG\r\n\x1a\n" + bytes(50),
        b"PK\x03\x04" + bytes(50),
        b"GIF89a" + bytes(20),
        b"BM" + bytes(12) + b"\x28\x00\x00\x00" + bytes(40),
        b"RIFF\x00\x00\x00\x00WEBPVP8 " + bytes(20),
    ]
    for data in junk:
        result = read_document(data)
        assert result.error, data[:10]


# --------------------------------------------------------------------------- images and faxes


@pytest.mark.ocr
def test_fax_normal_resolution_is_stretched_tsi_read_and_header_removed() -> None:
    result = read_document(fax_tiff((204, 98), pages=2))
    assert result.error is None and result.kind == "tiff" and result.fax
    assert result.meta["tsi"] == "CABINET DUPONT" and result.meta["caller_ids"] == ["0123456789"]
    assert len(result.pages) == 2
    page = result.pages[0]
    assert "étiré ×2 en hauteur" in page.notes and "en-tête fax ignoré" in page.notes
    assert page.height > 1.3 * page.width  # square pixels again: an A4 page is taller than wide
    text = page.text
    assert "P.001/002" not in text and "10:32" not in text
    assert {"FACTURE", "10003456789", "15/09/2025", "45,00"} <= words_of(text)


@pytest.mark.ocr
def test_fax_fine_resolution_without_description() -> None:
    result = read_document(fax_tiff((204, 196), description=None))
    assert result.error is None and result.fax and "tsi" not in result.meta
    assert not any(note.startswith("étiré") for note in result.pages[0].notes)
    assert "10003456789" in result.pages[0].text


def test_fax_header_line_recognised() -> None:
    assert header_score(FAX_HEADER) >= 3
    assert header_score("Page 1/2  15.09.25 14h05  FAX 01 23 45 67 89") >= 3
    assert header_score("FACTURE N° 2025-0915") < 2
    header = [Word(t, 10 * i, 5, 10 * i + 8, 15, 0.9, 0) for i, t in enumerate(FAX_HEADER.split())]
    body = [Word("Total", 10, 400, 50, 420, 0.9, 1)]
    kept, removed = strip_fax_header(header + body, 2000)
    assert removed and [(w.text, w.line) for w in kept] == [("Total", 0)]
    kept, removed = strip_fax_header([*header, *body], 100)  # not at the top of the page
    assert removed is None and len(kept) == len(header) + 1


@pytest.mark.ocr
def test_exif_rotated_photo_reads_upright() -> None:
    upright = page_image((150, 150)).convert("RGB")
    stored = upright.rotate(90, expand=True)  # the camera stored it sideways
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90° clockwise to display"
    buf = io.BytesIO()
    stored.save(buf, "JPEG", quality=90, exif=exif)
    result = read_document(buf.getvalue())
    assert result.error is None and result.kind == "jpeg"
    page = result.pages[0]
    assert page.height > page.width
    assert {"FACTURE", "10003456789", "45,00"} <= words_of(page.text)


@pytest.mark.ocr
def test_skewed_scan_is_straightened() -> None:
    image = page_image((200, 200)).rotate(-4, expand=True, fillcolor=255)
    assert skew_angle(image) == pytest.approx(4.0, abs=0.5)
    buf = io.BytesIO()
    image.save(buf, "PNG", dpi=(200, 200))
    result = read_document(buf.getvalue())
    assert any(note.startswith("redressé") for note in result.pages[0].notes)
    assert "Total honoraires : 45,00 €" in result.pages[0].text


@pytest.mark.ocr
def test_upside_down_scan_is_turned() -> None:
    buf = io.BytesIO()
    page_image((200, 200)).rotate(180).save(buf, "PNG", dpi=(200, 200))
    result = read_document(buf.getvalue())
    assert "pivoté de 180°" in result.pages[0].notes
    assert "10003456789" in result.pages[0].text


def test_blank_image_has_no_text() -> None:
    buf = io.BytesIO()
    Image.new("L", (600, 800), 255).save(buf, "PNG")
    assert read_document(buf.getvalue()).error == "aucun texte lisible"


def test_skew_is_measured_under_a_scanner_shadow() -> None:
    """A dark band along the image's top edge (lid shadow) used to pin the measured angle at 0."""
    from PIL import ImageDraw

    image = page_image((200, 200)).rotate(-2.5, expand=True, fillcolor=255)
    ImageDraw.Draw(image).rectangle((0, 0, image.size[0], 40), fill=90)
    assert skew_angle(image) == pytest.approx(2.5, abs=0.5)


def test_dark_surroundings_of_a_photographed_sheet_are_whitened() -> None:
    from parsers.image import flatten_background

    sheet = page_image((200, 200))
    photo = Image.new("L", (sheet.size[0] + 300, sheet.size[1] + 300), 70)
    photo.paste(sheet, (150, 150))
    flat, box = flatten_background(photo)
    assert box is not None
    assert flat.getpixel((10, 10)) == 255 and flat.getpixel((photo.size[0] - 10, photo.size[1] - 10)) == 255
    assert box[0] <= 160 and box[2] >= 150 + sheet.size[0] - 10
    # the sheet's ink is kept
    assert min(flat.crop((150, 150, 150 + sheet.size[0], 150 + sheet.size[1])).getdata()) < 100


def test_evenly_lit_page_is_left_alone() -> None:
    from parsers.image import flatten_background

    sheet = page_image((200, 200))
    flat, box = flatten_background(sheet)
    assert flat is sheet and box is None
