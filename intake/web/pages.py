"""Page images of a message's attachments, and where each extracted field sits on them.

Pages are numbered 1..N across the message's readable attachments (in attachment order), so that a
URL names only ids: `/items/<item id>/pages/<n>.png`. Images are rendered from the stored blob (PDF
with pypdfium2, TIFF/JPEG/PNG with Pillow) and never written to disk.
"""

from __future__ import annotations

import io
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from PIL import Image

from intake.storage.models import AttachmentRow, FieldRow, Message

RENDER_WIDTH = 1400  # pixels across for the rendered page (enough for reading small print)
IMAGE_KINDS = {"tiff", "jpeg", "png", "gif", "bmp", "webp"}


@dataclass
class PageRef:
    number: int  # 1-based across the message
    attachment: AttachmentRow
    page: int  # 1-based within the attachment
    width: float  # page units (PDF points, or pixels of the image the reader worked on)
    height: float


class PageError(Exception):
    """The page cannot be shown (missing, unreadable, too large)."""


def is_renderable(attachment: AttachmentRow) -> bool:
    return attachment.sniffed_type == "pdf" or attachment.sniffed_type in IMAGE_KINDS


def page_refs(
    message: Message, attachments: list[AttachmentRow], blob: Any, max_pixels: int
) -> list[PageRef]:
    """Every renderable page; `blob(sha256) -> bytes` is called only when sizes are not recorded."""
    recorded: dict[str, list[list[float]]] = (message.meta or {}).get("page_sizes") or {}
    refs: list[PageRef] = []
    for attachment in sorted(attachments, key=lambda a: a.position):
        if not is_renderable(attachment):
            continue
        sizes = recorded.get(str(attachment.position))
        if not sizes:
            sizes = [list(s) for s in _SIZES.get(attachment.sha256, ())]
        if not sizes:
            try:
                sizes = [
                    list(s)
                    for s in _sizes(
                        attachment.sha256, attachment.sniffed_type, blob(attachment.sha256), max_pixels
                    )
                ]
            except Exception:  # noqa: BLE001 - an unreadable page shows as a blank box, the desk stays up
                sizes = []
        count = attachment.page_count or len(sizes)
        for page in range(1, count + 1):
            width, height = sizes[page - 1] if page - 1 < len(sizes) else (0.0, 0.0)
            refs.append(PageRef(len(refs) + 1, attachment, page, float(width), float(height)))
    return refs


_SIZES: dict[str, tuple[tuple[float, float], ...]] = {}


def _sizes(sha: str, kind: str, data: bytes, max_pixels: int) -> tuple[tuple[float, float], ...]:
    found = _SIZES.get(sha)
    if found is None:
        if len(_SIZES) > 1000:
            _SIZES.clear()
        found = _SIZES[sha] = _read_sizes(kind, data)
    return found


def _read_sizes(kind: str, data: bytes) -> tuple[tuple[float, float], ...]:
    if kind == "pdf":
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(data)
        try:
            return tuple(tuple(pdf[i].get_size()) for i in range(len(pdf)))
        finally:
            pdf.close()
    with Image.open(io.BytesIO(data)) as image:
        out = []
        for index in range(getattr(image, "n_frames", 1)):
            image.seek(index)
            out.append((float(image.size[0]), float(image.size[1])))
        return tuple(out)


_RENDERED: OrderedDict[tuple[str, int], bytes] = OrderedDict()
_RENDERED_MAX = 24
_LOCK = threading.Lock()


def render_png(sha: str, data: bytes, kind: str, page: int, max_pixels: int) -> bytes:
    """The page as PNG (a small in-memory cache keyed on the blob's sha256 and the page)."""
    key = (sha, page)
    with _LOCK:
        if key in _RENDERED:
            _RENDERED.move_to_end(key)
            return _RENDERED[key]
    png = _render(data, kind, page, max_pixels)
    with _LOCK:
        _RENDERED[key] = png
        while len(_RENDERED) > _RENDERED_MAX:
            _RENDERED.popitem(last=False)
    return png


def _render(data: bytes, kind: str, page: int, max_pixels: int) -> bytes:
    image = _render_pdf(data, page) if kind == "pdf" else _render_image(data, page, max_pixels)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=False)
    return out.getvalue()


def _render_pdf(data: bytes, page: int) -> Image.Image:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        if not 1 <= page <= len(pdf):
            raise PageError("page absente")
        handle = pdf[page - 1]
        width, _ = handle.get_size()
        scale = min(3.0, RENDER_WIDTH / max(width, 1.0))
        rendered: Image.Image = handle.render(scale=scale).to_pil().convert("RGB")
        return rendered
    finally:
        pdf.close()


def _render_image(data: bytes, page: int, max_pixels: int) -> Image.Image:
    with Image.open(io.BytesIO(data)) as image:
        frames = getattr(image, "n_frames", 1)
        if not 1 <= page <= frames:
            raise PageError("page absente")
        image.seek(page - 1)
        width, height = image.size
        if width * height > max_pixels:
            raise PageError("image trop grande")
        frame = image.convert("L") if image.mode in ("1", "L", "I;16", "I") else image.convert("RGB")
        dpi = image.info.get("dpi")
    if dpi and dpi[1] and dpi[0] / dpi[1] > 1.5:  # fax "normal": each line stands for two
        frame = frame.resize((width, round(height * dpi[0] / dpi[1])), Image.Resampling.BILINEAR)
    if frame.size[0] > RENDER_WIDTH:
        ratio = RENDER_WIDTH / frame.size[0]
        frame = frame.resize((RENDER_WIDTH, max(1, round(frame.size[1] * ratio))), Image.Resampling.LANCZOS)
    shown: Image.Image = frame
    return shown


def box_percent(field: FieldRow, ref: PageRef) -> dict[str, float] | None:
    """The field's box as percentages of the page (left, top, width, height), clipped to it."""
    box = field.box
    if not box or len(box) != 4 or ref.width <= 0 or ref.height <= 0:
        return None
    try:
        x0, y0, x1, y1 = (float(v) for v in box)
    except (TypeError, ValueError):
        return None
    x0, x1 = sorted((x0, x1))
    y0, y1 = sorted((y0, y1))
    pad = 0.004  # a little air around the words
    left = max(0.0, x0 / ref.width - pad)
    top = max(0.0, y0 / ref.height - pad)
    right = min(1.0, x1 / ref.width + pad)
    bottom = min(1.0, y1 / ref.height + pad)
    if right <= left or bottom <= top:
        return None
    return {
        "left": round(left * 100, 3),
        "top": round(top * 100, 3),
        "width": round((right - left) * 100, 3),
        "height": round((bottom - top) * 100, 3),
    }
