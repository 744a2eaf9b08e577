"""Text no word covers, on any OCR page (`parsers.image.with_uncovered_text`): the bands of letters the
first reading left out are read once more as sparse text, the words already read whitened, and the
confident words found added. Pages are drawn here; no bench file is read."""

from __future__ import annotations

from PIL import Image, ImageDraw, ImageFont

import parsers.image as image_module
from intake.domain.model import Word
from parsers.image import letter_strokes, uncovered, uncovered_runs, with_uncovered_text
from parsers.limits import Limits

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
ROWS = [("Date", "Trajet", "Km x 1,12", "Total"), ("18/02/2025", "Aller", "23,52", "36,52")]


def _page() -> tuple[Image.Image, list[list[Word]]]:
    """A 300 dpi table: a header and a row, a ruled frame, a dotted leader; each row's words (boxes
    from the drawing, one Word per cell)."""
    page = Image.new("L", (2480, 900), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(FONT, 40)
    rows: list[list[Word]] = []
    for index, cells in enumerate(ROWS):
        y = 250 + index * 150
        row = []
        for x, text in zip((200, 700, 1300, 2000), cells, strict=True):
            draw.text((x, y), text, font=font, fill=0)
            x0, y0, x1, y1 = draw.textbbox((x, y), text, font=font)
            row.append(Word(text, x0, y0, x1, y1, 0.95, index))
        rows.append(row)
    draw.rectangle((150, 200, 2300, 550), outline=0, width=4)  # a table's frame: never text
    draw.line((150, 350, 2300, 350), fill=0, width=3)
    for x in range(200, 1800, 24):  # a dotted leader: never text
        draw.ellipse((x, 700, x + 5, 705), fill=0)
    return page, rows


def test_text_no_word_covers_is_found_in_bands_a_line_tall() -> None:
    page, rows = _page()
    strokes = letter_strokes(page)
    words = [w for row in rows for w in row]
    assert uncovered_runs(uncovered(strokes, words)) == []  # every word read: frame, rules, leader are no text
    runs = uncovered_runs(uncovered(strokes, [w for w in words if w.text != "Km x 1,12"]))
    assert runs  # the heading left out
    tops = {row for row, *_ in runs}
    assert all(250 // 32 - 1 <= row <= 300 // 32 + 1 for row in tops)  # ... on its own line only
    assert all(first >= 1300 // 32 - 2 and last <= 1700 // 32 + 2 for _, first, last, _ in runs)


def test_the_text_left_out_is_read_once_and_added(monkeypatch) -> None:
    page, rows = _page()
    words = [w for row in rows for w in row if w.text != "Km x 1,12"]
    calls: list[tuple[int | None, tuple[int, int]]] = []

    def sparse(image, limits, *, dpi=300, psm=None, config=()):
        calls.append((psm, image.size))
        # the leftover is the page cut to the band, the words already read whitened: only the heading
        assert image.getbbox() is not None
        return [Word("Km", 40, 20, 110, 60, 0.91), Word("x", 130, 30, 150, 60, 0.88),
                Word("1,12", 170, 20, 260, 66, 0.93), Word("~", 300, 20, 320, 60, 0.95),
                Word("Kn", 400, 20, 460, 60, 0.41)]

    monkeypatch.setattr(image_module, "ocr_words", sparse)
    merged = with_uncovered_text(page, words, letter_strokes(page), Limits(), 300)
    assert len(calls) == 1 and calls[0][0] == image_module.SPARSE_PSM
    added = [w for w in merged if w.text in ("Km", "x", "1,12")]
    assert len(added) == 3  # the confident words with a letter or digit; not the '~' nor the unsure 'Kn'
    assert not any(w.text in ("~", "Kn") for w in merged)
    header = {w.line for w in merged if w.text in ("Date", "Trajet", "Total")}
    assert len(header) == 1 and {w.line for w in added} == header  # on the heading's line, placed on the page
    assert all(1200 < w.x0 < 1800 and 200 < w.y0 < 350 for w in added)


def test_a_page_read_whole_is_read_once(monkeypatch) -> None:
    page, rows = _page()
    words = [w for row in rows for w in row]

    def never(*args, **kwargs):
        raise AssertionError("no second reading")

    monkeypatch.setattr(image_module, "ocr_words", never)
    assert with_uncovered_text(page, words, letter_strokes(page), Limits(), 300) == words
