"""A thin top-down drawing helper over a reportlab canvas."""

from __future__ import annotations

from collections.abc import Sequence
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

W, H = A4
DEJAVU = "/usr/share/fonts/truetype/dejavu/"

FONTS: dict[str, tuple[str, str, str]] = {
    # family -> (regular, bold, italic)
    "helv": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "times": ("Times-Roman", "Times-Bold", "Times-Italic"),
    "dejavu": ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"),
    "cond": ("DejaVuSansCondensed", "DejaVuSansCondensed-Bold", "DejaVuSansCondensed-Oblique"),
    "serif": ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"),
    "mono": ("DejaVuSansMono", "DejaVuSansMono-Bold", "DejaVuSansMono-Oblique"),
}

_registered = False


def register_fonts() -> None:
    global _registered
    if _registered:
        return
    for regular, bold, italic in FONTS.values():
        for name in (regular, bold, italic):
            if name.startswith("DejaVu"):
                pdfmetrics.registerFont(TTFont(name, DEJAVU + name + ".ttf"))
    _registered = True


def new_canvas(path: str | BinaryIO, title: str = "") -> Canvas:
    register_fonts()
    canvas = Canvas(path, pagesize=A4, invariant=1, pageCompression=1)
    canvas.setTitle(title)
    canvas.setAuthor("")
    canvas.setCreator("")
    canvas.setProducer("")
    return canvas


Color = tuple[float, float, float]
BLACK: Color = (0, 0, 0)
GREY: Color = (0.35, 0.35, 0.35)


class Pen:
    """Draws with y measured from the top of the page, in points."""

    def __init__(self, canvas: Canvas, family: str = "dejavu") -> None:
        self.c = canvas
        self.family = family
        self.regular, self.bold, self.italic = FONTS[family]

    def font(self, bold: bool = False, italic: bool = False) -> str:
        return self.bold if bold else self.italic if italic else self.regular

    def width(self, text: str, size: float, bold: bool = False) -> float:
        return float(pdfmetrics.stringWidth(text, self.font(bold), size))

    def _set(self, size: float, bold: bool, italic: bool, color: Color) -> None:
        self.c.setFont(self.font(bold, italic), size)
        self.c.setFillColorRGB(*color)

    def text(
        self,
        x: float,
        top: float,
        text: str,
        size: float = 9,
        *,
        bold: bool = False,
        italic: bool = False,
        color: Color = BLACK,
    ) -> float:
        """Draws text whose baseline sits `size` below `top`; returns the x after it."""
        self._set(size, bold, italic, color)
        self.c.drawString(x, H - top - size, text)
        return x + self.width(text, size, bold)

    def right(
        self, x: float, top: float, text: str, size: float = 9, *, bold: bool = False, color: Color = BLACK
    ) -> None:
        self._set(size, bold, False, color)
        self.c.drawRightString(x, H - top - size, text)

    def center(
        self, x: float, top: float, text: str, size: float = 9, *, bold: bool = False, color: Color = BLACK
    ) -> None:
        self._set(size, bold, False, color)
        self.c.drawCentredString(x, H - top - size, text)

    def lines(
        self,
        x: float,
        top: float,
        texts: Sequence[str],
        size: float = 9,
        leading: float | None = None,
        *,
        bold_first: bool = False,
        color: Color = BLACK,
    ) -> float:
        """Draws lines one under the other; returns the top of the next line."""
        leading = leading or size * 1.35
        for i, line in enumerate(texts):
            self.text(x, top, line, size, bold=bold_first and i == 0, color=color)
            top += leading
        return top

    def para(
        self, x: float, top: float, text: str, width: float, size: float = 10, leading: float | None = None
    ) -> float:
        leading = leading or size * 1.4
        for line in simpleSplit(text, self.font(), size, width):
            self.text(x, top, line, size)
            top += leading
        return top

    def hline(
        self,
        x0: float,
        x1: float,
        top: float,
        width: float = 0.6,
        color: Color = BLACK,
        dash: Sequence[float] | None = None,
    ) -> None:
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(width)
        self.c.setDash(list(dash) if dash else [])
        self.c.line(x0, H - top, x1, H - top)
        self.c.setDash([])

    def vline(self, x: float, top0: float, top1: float, width: float = 0.6, color: Color = BLACK) -> None:
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(width)
        self.c.line(x, H - top0, x, H - top1)

    def box(
        self,
        x: float,
        top: float,
        w: float,
        h: float,
        *,
        fill: Color | None = None,
        stroke: Color | None = BLACK,
        width: float = 0.6,
        radius: float = 0,
    ) -> None:
        if fill:
            self.c.setFillColorRGB(*fill)
        if stroke:
            self.c.setStrokeColorRGB(*stroke)
        self.c.setLineWidth(width)
        if radius:
            self.c.roundRect(x, H - top - h, w, h, radius, stroke=1 if stroke else 0, fill=1 if fill else 0)
        else:
            self.c.rect(x, H - top - h, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)
        self.c.setFillColorRGB(0, 0, 0)

    def leader(
        self,
        x0: float,
        x1: float,
        top: float,
        label: str,
        value: str,
        size: float = 9.5,
        *,
        bold: bool = False,
    ) -> None:
        """label ........ value (value right-aligned at x1)."""
        end = self.text(x0, top, label, size, bold=bold)
        vw = self.width(value, size, bold)
        dot_w = self.width(".", size)
        room = x1 - vw - end - 6
        if room > dot_w * 3:
            self.text(end + 3, top, "." * int(room / dot_w), size, color=GREY)
        self.right(x1, top, value, size, bold=bold)

    def table(
        self,
        x: float,
        top: float,
        widths: Sequence[float],
        header: Sequence[str] | None,
        rows: Sequence[Sequence[str]],
        *,
        aligns: str = "",
        size: float = 8.5,
        row_h: float = 15,
        grid: bool = True,
        header_fill: Color | None = (0.88, 0.88, 0.88),
        zebra: Color | None = None,
        header_bold: bool = True,
        header_color: Color = BLACK,
        bold_rows: Sequence[int] = (),
    ) -> float:
        """Draws a table; aligns is one letter per column (l, r, c). Returns the top below it."""
        aligns = aligns or "l" * len(widths)
        total_w = sum(widths)
        y = top
        all_rows: list[tuple[Sequence[str], bool, int]] = []
        if header:
            all_rows.append((header, True, -1))
        all_rows.extend((row, False, i) for i, row in enumerate(rows))
        for row, is_header, index in all_rows:
            if is_header and header_fill:
                self.box(x, y, total_w, row_h, fill=header_fill, stroke=None)
            elif zebra and index % 2 == 1:
                self.box(x, y, total_w, row_h, fill=zebra, stroke=None)
            cx = x
            bold = (is_header and header_bold) or index in bold_rows
            color = header_color if is_header else BLACK
            for cell, w, align in zip(row, widths, aligns, strict=False):
                pad = 3
                text_top = y + (row_h - size) / 2 - 0.5
                if align == "r":
                    self.right(cx + w - pad, text_top, cell, size, bold=bold, color=color)
                elif align == "c":
                    self.center(cx + w / 2, text_top, cell, size, bold=bold, color=color)
                else:
                    self.text(cx + pad, text_top, cell, size, bold=bold, color=color)
                cx += w
            if grid:
                self.box(x, y, total_w, row_h, stroke=BLACK, width=0.4)
                cx = x
                for w in widths[:-1]:
                    cx += w
                    self.vline(cx, y, y + row_h, 0.4)
            y += row_h
        return y
