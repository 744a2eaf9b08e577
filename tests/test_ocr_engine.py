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
