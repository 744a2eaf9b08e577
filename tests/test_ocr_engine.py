"""The long-lived Tesseract child (parsers.tesseract_engine): same words as the plain command, and a
child that dies or hangs is replaced without taking the worker down."""

from __future__ import annotations

import os
import signal

import pytest
from PIL import Image, ImageDraw, ImageFont

from parsers import tesseract_engine as engine
from parsers.base import ReadError
from parsers.limits import Limits
from parsers.ocr import ocr_words

pytestmark = pytest.mark.skipif(not engine.server_available(), reason="tesserocr not installed")

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def page(lines: list[str]) -> Image.Image:
    image = Image.new("L", (1400, 120 + 70 * len(lines)), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 40)
    for number, line in enumerate(lines):
        draw.text((60, 60 + 70 * number), line, fill=0, font=font)
    return image


LINES = ["Facture n° FA-2025-0912", "N° RPPS : 10003456789", "Total : 45,00 €"]


def test_the_child_reads_exactly_what_the_plain_command_reads() -> None:
    image, limits = page(LINES), Limits()
    through_child = engine.tesseract_columns([image], limits, dpi=300, psm=3)
    through_command = engine._command([image], limits, dpi=300, psm=3, config=(), lang="fra")
    assert through_child == through_command
    assert "10003456789" in through_child["text"]


def test_several_images_in_one_request_keep_their_own_page_numbers() -> None:
    first, second = page(["Premier 111"]), page(["Second 222"])
    data = engine.tesseract_columns([first, second], Limits(), dpi=300, psm=3)
    pages = {text: number for text, number in zip(data["text"], data["page_num"], strict=True)}
    assert pages["111"] == "1" and pages["222"] == "2"


def test_a_bilevel_page_is_sent_as_one_bit_and_read_as_the_command_reads_it() -> None:
    grey = page(LINES).point(lambda v: 255 if v > 128 else 0)  # black and white in an 8-bit image
    one_bit = grey.convert("1", dither=Image.Dither.NONE)
    assert engine.raw(one_bit)[1:] == (0, (one_bit.size[0] + 7) // 8)
    limits = Limits()
    through_child = engine.tesseract_columns([one_bit], limits, dpi=300, psm=3)
    assert through_child == engine._command([grey], limits, dpi=300, psm=3, config=(), lang="fra")
    assert [w.text for w in ocr_words(grey, limits)][:3] == ["Facture", "n°", "FA-2025-0912"]


def test_a_child_that_died_is_replaced_on_the_next_call() -> None:
    limits = Limits()
    engine.tesseract_columns([page(["Avant 123"])], limits, dpi=300, psm=3)
    child = engine._child()
    assert child.process is not None
    os.kill(child.process.pid, signal.SIGKILL)
    child.process.wait()
    data = engine.tesseract_columns([page(["Après 456"])], limits, dpi=300, psm=3)
    assert "456" in data["text"]


def test_a_hung_child_is_killed_with_a_clear_reason_and_the_next_call_works() -> None:
    limits = Limits(ocr_timeout=0.2)
    engine.tesseract_columns([page(["Avant 123"])], Limits(), dpi=300, psm=3)
    child = engine._child()
    assert child.process is not None
    hung = child.process
    os.kill(hung.pid, signal.SIGSTOP)  # alive but never answers
    try:
        with pytest.raises(ReadError, match="OCR trop long"):
            engine.tesseract_columns([page(LINES)], limits, dpi=300, psm=3)
    finally:
        if hung.poll() is None:
            os.kill(hung.pid, signal.SIGCONT)
    assert hung.poll() is not None  # the hung child was killed, not left behind
    assert "456" in engine.tesseract_columns([page(["Après 456"])], Limits(), dpi=300, psm=3)["text"]


def test_settings_of_one_request_do_not_leak_into_the_next() -> None:
    limits = Limits()
    digits_only = engine.tesseract_columns([page(["Total 45"])], limits, dpi=300, psm=7,
                                           config=["tessedit_char_whitelist=0123456789"], lang="eng")
    assert "Total" not in " ".join(digits_only["text"])
    assert "Total" in engine.tesseract_columns([page(["Total 45"])], limits, dpi=300, psm=7, lang="eng")["text"]


def test_a_page_larger_than_the_pipe_arrives_whole() -> None:
    """A 300 dpi page (~9 MB of grey) goes in several writes of the 1 MB pipe, its header and pixels
    one after the other: the child reads what the plain command reads."""
    image = Image.new("L", (2480, 3508), 255)
    image.paste(page(LINES), (200, 3000))
    image.putpixel((5, 1754), 128)  # grey: sent as 8 bits, not 1
    limits = Limits()
    through_child = engine.tesseract_columns([image], limits, dpi=300, psm=3)
    assert through_child == engine._command([image], limits, dpi=300, psm=3, config=(), lang="fra")
    assert "10003456789" in through_child["text"]


def test_word_rows_column_by_column_are_the_rows_appended_one_by_one() -> None:
    def by_row(data: dict[str, list[str]], text: str, page: str | None) -> None:  # as first written
        columns = [data[name] for name in engine.COLUMNS]
        for row in text.splitlines():
            cells = row.split("\t", 11)
            if len(cells) < 12 or not cells[11].strip() or not cells[0].isdigit():
                continue
            if page is not None:
                cells[1] = page
            for column, cell in zip(columns, cells, strict=True):
                column.append(cell)

    tsv = "\n".join([
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
        "1\t1\t0\t0\t0\t0\t0\t0\t1400\t330\t-1\t",
        "5\t1\t1\t1\t1\t1\t60\t60\t180\t40\t96.1\tFacture",
        "5\t1\t1\t1\t1\t2\t250\t60\t40\t40\t91\t ",
        "5\t1\t1\t1\t1\t3\t300\t60\t90\t40\t88.5\ta\tb",
        "5\t1\t1\t1\t1\t4\t300\t60\t90\t40",
    ])
    for page_number in (None, "3"):
        for text in (tsv, "", "level\tpage_num"):
            quick: dict[str, list[str]] = {name: ["x"] for name in engine.COLUMNS}
            slow: dict[str, list[str]] = {name: ["x"] for name in engine.COLUMNS}
            engine.add_word_rows(quick, text, page=page_number)
            by_row(slow, text, page_number)
            assert quick == slow


def test_a_pages_pixels_at_hand_are_sent_as_they_are_and_read_as_the_image() -> None:
    import numpy as np

    image, limits = page(LINES).point(lambda v: min(v, 250)), Limits()  # grey: not sent as one bit
    pixels = np.asarray(image)
    data, depth, stride = engine.raw(pixels)
    assert isinstance(data, memoryview) and data.obj is pixels  # no copy of the page
    assert (bytes(data), depth, stride) == (image.tobytes(), 1, image.size[0])
    assert engine.tesseract_columns([pixels], limits, dpi=300, psm=3) == engine.tesseract_columns(
        [image], limits, dpi=300, psm=3)
    assert ocr_words(image, limits, pixels=pixels) == ocr_words(image, limits)
