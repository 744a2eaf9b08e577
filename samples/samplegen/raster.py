"""Raster renderings of a text PDF: scans, phone photos and faxes (TIFF Class F)."""

from __future__ import annotations

import io
import random
from collections.abc import Sequence
from datetime import datetime

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont, TiffImagePlugin
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
MONO_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"
FAX_WIDTH = 1728  # pixels across an A4 fax line at 204 dpi


def render_pages(
    pdf: bytes, xdpi: float, ydpi: float | None = None, *, grey: bool = True
) -> list[Image.Image]:
    """Renders every page of a PDF; ydpi != xdpi squashes the page vertically (fax normal)."""
    document = pdfium.PdfDocument(pdf)
    pages = []
    try:
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(scale=xdpi / 72, grayscale=grey)
            image = bitmap.to_pil().convert("L" if grey else "RGB")
            if ydpi and ydpi != xdpi:
                image = image.resize(
                    (image.width, round(image.height * ydpi / xdpi)), Image.Resampling.LANCZOS
                )
            pages.append(image)
            page.close()
    finally:
        document.close()
    return pages


# -- scans -------------------------------------------------------------------------------------------


def scan_effect(image: Image.Image, rng: random.Random) -> Image.Image:
    """Greyscale flatbed scan: paper tone, slight blur, skew of 1-3 degrees, speckles, an edge shadow."""
    np_rng = np.random.default_rng(rng.randrange(2**32))
    arr = np.asarray(image, dtype=np.float32)
    arr = arr * rng.uniform(0.86, 0.93) + rng.uniform(12, 22)
    out = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    out = out.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 0.9)))
    angle = rng.choice((-1, 1)) * rng.uniform(1.0, 3.0)
    out = out.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=rng.randint(200, 230))
    pixels = np.asarray(out, dtype=np.int16).copy()
    h, w = pixels.shape
    count = int(w * h / 4000)
    ys = np_rng.integers(0, h - 3, count)
    xs = np_rng.integers(0, w - 3, count)
    shade = np_rng.integers(40, 160, count)
    size = np_rng.integers(1, 3, count)
    for y, x, s, z in zip(ys, xs, shade, size, strict=True):
        pixels[y : y + z, x : x + z] = np.minimum(pixels[y : y + z, x : x + z], s)
    band = rng.randint(15, 40)
    ramp = np.linspace(0.55, 1.0, band)
    if rng.random() < 0.5:
        pixels[:, :band] = (pixels[:, :band] * ramp[None, :]).astype(np.int16)
    else:
        pixels[:band, :] = (pixels[:band, :] * ramp[:, None]).astype(np.int16)
    pixels += np_rng.normal(0, 2.0, arr.shape).astype(np.int16)
    return Image.fromarray(pixels.clip(0, 255).astype(np.uint8))


def jpeg_bytes(image: Image.Image, quality: int) -> bytes:
    buf = io.BytesIO()
    image.save(buf, "JPEG", quality=quality, optimize=True, dpi=(200, 200))
    return buf.getvalue()


def draw_image_page(canvas: Canvas, jpeg: bytes) -> None:
    """One full A4 page holding a JPEG image (embedded as is, DCTDecode)."""
    width, height = A4
    canvas.drawImage(ImageReader(io.BytesIO(jpeg)), 0, 0, width=width, height=height)
    canvas.showPage()


def image_pdf(jpegs: Sequence[bytes]) -> bytes:
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=A4, invariant=1)
    canvas.setProducer("")
    canvas.setCreator("Scanner HP LaserJet MFP")
    for jpeg in jpegs:
        draw_image_page(canvas, jpeg)
    canvas.save()
    return buf.getvalue()


def scan_pdf(pdf: bytes, rng: random.Random, dpi: int = 200, quality: int = 62) -> bytes:
    return image_pdf([jpeg_bytes(scan_effect(page, rng), quality) for page in render_pages(pdf, dpi)])


# -- photos ------------------------------------------------------------------------------------------------

_TRANSPOSE_FOR_ORIENTATION = {
    1: None,
    3: Image.Transpose.ROTATE_180,
    6: Image.Transpose.ROTATE_90,  # viewer rotates 90° clockwise to show it upright
    8: Image.Transpose.ROTATE_270,
}


def photo_effect(page: Image.Image, rng: random.Random) -> Image.Image:
    """A phone photo of the page lying on a table: rotation, uneven light, colour cast, noise."""
    np_rng = np.random.default_rng(rng.randrange(2**32))
    margin_x, margin_y = int(page.width * 0.07), int(page.height * 0.05)
    size = (page.width + 2 * margin_x, page.height + 2 * margin_y)
    base = np.array(rng.choice(((120, 92, 70), (95, 95, 100), (150, 140, 125))), dtype=np.float32)
    blotches = np_rng.normal(0, 12, (12, 9, 1)).astype(np.float32)
    texture = Image.fromarray((blotches + 128).clip(0, 255).astype(np.uint8)[:, :, 0]).resize(
        size, Image.Resampling.BICUBIC
    )
    table = np.asarray(texture, dtype=np.float32)[:, :, None] - 128 + base[None, None, :]
    background = Image.fromarray(table.clip(0, 255).astype(np.uint8), "RGB")
    paper = page.convert("RGB")
    angle = rng.choice((-1, 1)) * rng.uniform(1.0, 3.0)
    mask = Image.new("L", paper.size, 255).rotate(angle, expand=True)
    paper = paper.rotate(angle, expand=True, resample=Image.Resampling.BICUBIC)
    background.paste(paper, ((size[0] - paper.width) // 2, (size[1] - paper.height) // 2), mask)
    arr = np.asarray(background, dtype=np.float32)
    h, w = arr.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = rng.uniform(0.1, 0.9) * w, rng.uniform(0.0, 0.4) * h
    dist = np.sqrt(((xx - cx) / w) ** 2 + ((yy - cy) / h) ** 2)
    light = 1.05 - 0.45 * dist
    tint = np.array((1.0, rng.uniform(0.95, 0.99), rng.uniform(0.86, 0.93)), dtype=np.float32)
    arr = arr * light[:, :, None] * tint[None, None, :]
    arr += np_rng.normal(0, 2.5, arr.shape).astype(np.float32)
    out = Image.fromarray(arr.clip(0, 255).astype(np.uint8), "RGB")
    return out.filter(ImageFilter.GaussianBlur(0.6))


def photo_jpeg(page: Image.Image, rng: random.Random, orientation: int, taken: datetime) -> bytes:
    image = photo_effect(page, rng)
    transpose = _TRANSPOSE_FOR_ORIENTATION[orientation]
    if transpose is not None:
        image = image.transpose(transpose)
    exif = Image.Exif()
    exif[0x010F] = rng.choice(("Apple", "samsung", "Google"))
    exif[0x0110] = {"Apple": "iPhone 12", "samsung": "SM-A525F", "Google": "Pixel 6a"}[exif[0x010F]]
    exif[0x0112] = orientation
    exif[0x0132] = taken.strftime("%Y:%m:%d %H:%M:%S")
    buf = io.BytesIO()
    image.save(buf, "JPEG", quality=80, exif=exif.tobytes(), dpi=(72, 72))
    return buf.getvalue()


# -- faxes -----------------------------------------------------------------------------------------------


def fax_header_text(style: int, when: datetime, number: str, name: str, page: int, pages: int) -> str:
    if style == 0:
        return f"{when:%d/%m/%Y %H:%M}  FROM: {number}  {name.upper()}   P.{page:03d}/{pages:03d}"
    if style == 1:
        month = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")[
            when.month - 1
        ]
        return (
            f"{when.day:02d}-{month}-{when.year} {when:%H:%M}  {name.upper()}  {number}  PAGE {page}/{pages}"
        )
    if style == 2:
        return f"De : {number}   À : 04 72 00 00 00   Date : {when:%d/%m/%Y %H:%M}   Page {page} de {pages}"
    if style == 3:
        return f"{when:%Y-%m-%d %H:%M:%S}  {number}  -> TIERS PAYANT   p. {page}/{pages}"
    month = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")[
        when.month - 1
    ]
    hour = when.hour % 12 or 12
    return (
        f"{month}.{when.day:02d}.{when.year}  {hour}:{when:%M}{'AM' if when.hour < 12 else 'PM'}  "
        f"{name.upper()}"
        f"   NO.{when.minute * 7 % 900 + 100}   P.{page}"
    )


def binarise(image: Image.Image, threshold: int) -> Image.Image:
    return image.point(lambda v: 255 if v > threshold else 0, mode="1")


def fax_page(
    page: Image.Image, header: str, rng: random.Random, ydpi: int, *, blur: float = 0.0, skew: float = 0.0
) -> Image.Image:
    """A bilevel fax page at 204 x ydpi: padded to 1728 pixels, header line, noise."""
    np_rng = np.random.default_rng(rng.randrange(2**32))
    canvas = Image.new("L", (FAX_WIDTH, page.height), 255)
    canvas.paste(page, ((FAX_WIDTH - page.width) // 2 + rng.randint(-6, 6), 0))
    if skew:
        canvas = canvas.rotate(skew, resample=Image.Resampling.BICUBIC, fillcolor=255)
    if blur:
        canvas = canvas.filter(ImageFilter.GaussianBlur(blur))
    draw = ImageDraw.Draw(canvas)
    line_h = max(14, round(30 * ydpi / 196))
    draw.rectangle((0, 0, FAX_WIDTH, line_h + 6), fill=255)
    font = ImageFont.truetype(MONO_BOLD if rng.random() < 0.5 else MONO, 24)
    text_img = Image.new("L", (FAX_WIDTH, 30), 255)
    ImageDraw.Draw(text_img).text((24, 2), header, font=font, fill=0)
    if ydpi != 196:
        text_img = text_img.resize((FAX_WIDTH, line_h), Image.Resampling.LANCZOS)
    canvas.paste(text_img, (0, 3))
    arr = np.asarray(canvas, dtype=np.int16).copy()
    h, w = arr.shape
    count = int(w * h / 25000)
    arr[np_rng.integers(0, h, count), np_rng.integers(0, w, count)] = 0
    for _ in range(rng.randint(0, 2)):
        y = rng.randrange(line_h + 10, h - 2)
        x0 = rng.randrange(0, w // 2)
        arr[y, x0 : x0 + rng.randint(50, 600)] = 0
    return binarise(Image.fromarray(arr.clip(0, 255).astype(np.uint8)), rng.randint(150, 175))


def save_fax(pages: Sequence[Image.Image], ydpi: int, description: str, when: datetime) -> bytes:
    """A TIFF Class F: G4 for fine (196 dpi), G3 for normal (98 dpi), with HylaFAX-style tags."""
    info = TiffImagePlugin.ImageFileDirectory_v2()
    info[270] = description
    info[305] = "HylaFAX (tm) Version 6.0.7"
    info[306] = when.strftime("%Y:%m:%d %H:%M:%S")
    buf = io.BytesIO()
    compression = "group4" if ydpi >= 196 else "group3"
    pages[0].save(
        buf,
        "TIFF",
        compression=compression,
        dpi=(204, ydpi),
        save_all=True,
        append_images=list(pages[1:]),
        tiffinfo=info,
    )
    return buf.getvalue()


def fax_tiff(
    pdf: bytes,
    rng: random.Random,
    *,
    ydpi: int,
    header_style: int,
    when: datetime,
    number: str,
    name: str,
    description: str,
    blur: float = 0.0,
    extra_pages: Sequence[Image.Image] = (),
) -> bytes:
    rendered = render_pages(pdf, 204, ydpi)
    rendered.extend(extra_pages)
    total = len(rendered)
    faxed = [
        fax_page(
            page,
            fax_header_text(header_style, when, number, name, i, total),
            rng,
            ydpi,
            blur=blur,
            skew=rng.uniform(-0.4, 0.4),
        )
        for i, page in enumerate(rendered, start=1)
    ]
    return save_fax(faxed, ydpi, description, when)
