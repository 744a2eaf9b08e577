"""A photo's page read twice (Tesseract's global Otsu threshold, then Sauvola's local one) and merged
line region by line region (`parsers.image.merge_readings`)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

import parsers.image as image_module
from intake.domain.model import Word
from parsers.image import SPARSE_PSM, Prepared, merge_readings, ocr_page, poorly_read, prepare
from parsers.limits import Limits
from parsers.ocr import SAUVOLA

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def line(texts: list[str], y: float, conf: float, number: int, x: float = 100.0) -> list[Word]:
    words = []
    for text in texts:
        width = 20.0 * len(text)
        words.append(Word(text, x, y, x + width, y + 30, conf, number))
        x += width + 15
    return words


def texts(words: list[Word]) -> list[str]:
    rows: dict[int, list[Word]] = {}
    for word in words:
        rows.setdefault(word.line, []).append(word)
    return [" ".join(w.text for w in sorted(rows[n], key=lambda w: w.x0)) for n in sorted(rows)]


def test_each_region_comes_from_the_confident_reading() -> None:
    first = [
        *line(["Facture", "0235"], 100, 0.95, 0),
        *line(["RER", "2", "PRO", "SE"], 200, 0.35, 1),  # "Total 67,00 €" read as garbage
        *line(["Reste", "dû", "0,00"], 400, 0.93, 2),
    ]
    second = [
        *line(["Facture", "0Z35"], 101, 0.80, 0),  # worse here: the first reading's line stays
        *line(["Total", "67,00"], 199, 0.94, 1),
        *line(["Part", "AMO", "40,20"], 300, 0.92, 2),  # only the second reading found this line
        *line(["|"], 600, 0.20, 3),  # nor this speck, read unsure: left out
        *line(["Reste", "dû", "0,00"], 402, 0.93, 4),  # a tie: the first reading's
    ]
    merged = merge_readings(first, second)
    assert texts(merged) == ["Facture 0235", "Total 67,00", "Part AMO 40,20", "Reste dû 0,00"]
    assert [w.y0 for w in merged if w.text == "Reste"] == [400]
    assert merge_readings(first, []) == first


def test_a_line_is_never_mixed_from_both_readings() -> None:
    """The second reading wins the region of a NIR's line: the whole line is its own, not its words
    spliced among the first reading's (a pixel's offset then split the line in two)."""
    first = line(["Tél.", "01", "59", "2", "68", "03", "75", "056"], 500, 0.90, 0)
    second = line(["Tél.", "01", "59", "2", "68", "03", "75", "056"], 502, 0.96, 0)
    merged = merge_readings(first, second)
    assert texts(merged) == ["Tél. 01 59 2 68 03 75 056"]
    assert {w.y0 for w in merged} == {502}


def shaded_page() -> Image.Image:
    """A page whose lower half lies in a deep shadow the flattening did not even out: its paper darker
    than a single global threshold can keep apart from the ink of the lit half."""
    dpi = 300
    image = Image.new("L", (int(8.27 * dpi), int(5 * dpi)), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, dpi * 12 // 72)
    draw.text((dpi, dpi // 2), "Facture numéro 0235 du 3 avril 2025", font=font, fill=0)
    draw.text((dpi, dpi), "Patient LE GALL Josiane", font=font, fill=0)
    draw.text((dpi, 3 * dpi), "Part complémentaire 26,80", font=font, fill=0)
    draw.text((dpi, int(3.5 * dpi)), "Reste dû 0,00", font=font, fill=0)
    array = np.asarray(image, dtype=np.float32)
    shade = np.ones_like(array)
    shade[int(2.5 * dpi) :] = 0.32  # paper 82, ink 0: under Otsu's level between 82 and 255
    return Image.fromarray((array * shade).astype(np.uint8))


def test_a_shaded_photo_is_read_with_the_second_reading() -> None:
    image = shaded_page()
    once = " ".join(texts(ocr_page(Prepared(image, 300, sideways=False), Limits())[1]))
    twice = " ".join(texts(ocr_page(Prepared(image, 300, sideways=False, second_reading=SAUVOLA), Limits())[1]))
    assert "Josiane" in once and "Josiane" in twice
    assert "26,80" not in once  # the global threshold blackens the shaded half
    assert "26,80" in twice and "Reste" in twice


def test_only_photos_are_read_twice() -> None:
    page = Image.new("L", (800, 1000), 255)
    ImageDraw.Draw(page).text((100, 100), "Facture 0235", fill=0)
    assert prepare(page, Limits(), dpi=None, photo=True).second_reading == SAUVOLA
    assert prepare(page, Limits(), dpi=(300.0, 300.0)).second_reading is None


def test_a_second_reading_wins_a_region_only_by_the_margin_asked() -> None:
    first = line(["Total", "67,00"], 200, 0.80, 0)
    second = line(["Total", "67,00"], 201, 0.90, 0)  # 12.5 % more confident letters
    assert {w.y0 for w in merge_readings(first, second)} == {201}
    assert {w.y0 for w in merge_readings(first, second, margin=0.25)} == {200}
    assert {w.y0 for w in merge_readings(first, line(["Total", "67,00"], 201, 0.99, 0), margin=0.1)} == {201}


def test_a_fax_page_is_poorly_read_by_its_mean_confidence() -> None:
    assert poorly_read(line(["Facture", "0235", "Total", "67,00"], 100, 0.70, 0))
    assert not poorly_read(line(["Facture", "0235", "Total", "67,00"], 100, 0.92, 0))
    # rule fragments read as dashes weigh nothing either way; no words at all is nothing to mend
    assert not poorly_read([*line(["Facture", "0235"], 100, 0.92, 0), *line(["——", "…"], 200, 0.1, 1)])
    assert not poorly_read([])


def scripted_ocr(monkeypatch: pytest.MonkeyPatch, first: list[Word], second: list[Word]) -> list[dict[str, Any]]:
    """`ocr_words` answering `first` to Tesseract's default segmentation, `second` to any other; calls kept."""
    calls: list[dict[str, Any]] = []

    def fake(image: Image.Image, limits: Limits, **options: Any) -> list[Word]:
        calls.append(options)
        return list(second if options.get("psm") is not None or options.get("config") else first)

    monkeypatch.setattr(image_module, "ocr_words", fake)
    monkeypatch.setattr(image_module, "_rechecked", lambda image, words, notes, limits, dpi, fax=False: (words, notes))
    return calls


def test_a_poorly_read_fax_page_is_read_a_second_time(monkeypatch: pytest.MonkeyPatch) -> None:
    first = [*line(["Facture", "0235"], 100, 0.90, 0), *line(["RER", "2", "PRO", "SE"], 300, 0.40, 1)]
    second = [*line(["Facture", "0Z35"], 101, 0.60, 0), *line(["Total", "67,00", "€"], 301, 0.93, 1)]
    calls = scripted_ocr(monkeypatch, first, second)
    page = Image.new("L", (1000, 1000), 255)
    words = ocr_page(Prepared(page, 300, sideways=False, fax=True), Limits())[1]
    assert texts(words) == ["Facture 0235", "Total 67,00 €"]
    assert [c.get("psm") for c in calls] == [None, SPARSE_PSM]


def test_a_well_read_fax_page_and_a_scan_are_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    good = [*line(["Facture", "0235"], 100, 0.93, 0), *line(["Total", "67,00", "€"], 300, 0.90, 1)]
    calls = scripted_ocr(monkeypatch, good, [])
    page = Image.new("L", (1000, 1000), 255)
    words = ocr_page(Prepared(page, 300, sideways=False, fax=True), Limits())[1]
    assert texts(words) == ["Facture 0235", "Total 67,00 €"]
    poor = [*line(["Facture", "0235"], 100, 0.90, 0), *line(["RER", "2", "PRO", "SE"], 300, 0.40, 1)]
    assert len(calls) == 1
    calls = scripted_ocr(monkeypatch, poor, [])
    ocr_page(Prepared(page, 300, sideways=False), Limits())  # a scan: the photo's and fax's rules only
    assert len(calls) == 1


def test_only_a_bilevel_page_is_prepared_as_a_fax() -> None:
    page = Image.new("L", (1728, 2200), 255)
    ImageDraw.Draw(page).text((100, 100), "Facture 0235", fill=0)
    assert prepare(page.convert("1"), Limits(), dpi=(204.0, 196.0)).fax
    assert not prepare(page, Limits(), dpi=(204.0, 196.0)).fax
