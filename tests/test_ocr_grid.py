"""Digit-per-box grids (cerfa-like feuilles de soins): identifiers re-read with the box borders erased
(parsers/recheck.py, `recheck_grids`)."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from PIL import Image, ImageDraw, ImageFont

from intake.domain.model import Word
from parsers.identifiers import adeli, nir
from parsers.limits import Limits
from parsers.recheck import (
    RECHECK_CONF,
    find_grid_suspects,
    grid_crops,
    grid_date,
    grid_reading,
    grid_value,
    recheck_identifiers,
)

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
ADELI = "294330147"  # Luhn key holds
NIR = "244052967313197"  # mod-97 key holds


def line(texts: Sequence[str], number: int = 0) -> list[Word]:
    return [Word(text, 100 * i, 10 + 50 * number, 100 * i + 80, 40 + 50 * number, 0.9, number)
            for i, text in enumerate(texts)]


def test_bracketed_words_after_an_identifier_label_are_a_grid() -> None:
    words = line(["Ident.", "PS", "[2[9]", "[4]", "[3[3[e[114]"], 0) + line(
        ["N°", "d'immatriculation", "|2[8[31110[41416[713/0/113]", "|1{6|", "Tél.", "02", "51"], 1
    )
    ps, insured = find_grid_suspects(words)
    assert ps.kind == "ps" and ps.indices == (2, 3, 4) and ps.left == 180
    assert insured.kind == "nir" and insured.indices == (7, 8)
    assert insured.right == 400  # the band stops before "Tél.": the phone number is not part of it


def test_ordinary_lines_are_not_grids() -> None:
    assert find_grid_suspects(line(["RPPS", ":", "10003879623"])) == []
    assert find_grid_suspects(line(["Injection", "|", "3,15"])) == []  # one pipe, no label
    assert find_grid_suspects(line(["SIRET", "[493]", "[066]"])) == []  # a distractor's label


def test_a_grid_labelled_on_the_line_above_is_a_grid() -> None:
    """Insurers' forms print the label over the boxes ("N° d'immatriculation de l'assuré (NIR + clé)"
    above "2! 8! 3! ..."; borders read as "!" and ","), and a column header over rows of boxed dates."""
    words = line(["N°", "d'immatriculation", "de", "l'assuré", "(NIR", "+", "clé)"], 0) + line(
        ["2!", "8!", "3!", "0!", "3", "2,", "9!", "7.", "|", "3", "7", "Assuré"], 1)
    [insured] = find_grid_suspects(words)
    assert insured.kind == "nir" and insured.indices == tuple(range(7, 18))
    assert insured.left < words[7].x0  # no label word on its line: the band starts a little before the boxes
    names = line(["Nom", "Prénom", "", "", "Date", "de", "naissance", "(JJ", "MM", "AAAA)"], 0)
    names += line(["BARBIER", "Élodie", "", "", "0]", "2,", "0,", "3,|", "1,9", "8,", "3"], 1)
    names = [w for w in names if w.text]
    [born] = find_grid_suspects(names)
    assert born.kind == "date" and [names[i].text for i in born.indices] == ["0]", "2,", "0,", "3,|", "1,9", "8,", "3"]
    header = ["Date", "des", "soins", "(JJ", "MM", "AAAA)", "", "", "", "", "", "Code"]
    table = line(header, 0) + line(["or", "2,", "02/5", "", "", "", "", "", "", "", "", "CS"], 1)
    table += line(["|", "o", "3", "|", "o", "4", "|", "2", "5)", "", "", "CDQP010"], 2)
    table = [w for w in table if w.text]
    [care] = find_grid_suspects(table)
    assert care.kind == "date"
    assert [table[i].text for i in care.indices] == ["|", "o", "3", "|", "o", "4", "|", "2", "5)"]
    assert find_grid_suspects(line(["Désignation"], 0) + line(["|", "3,15", "|", "12", "!"], 1)) == []


def test_a_join_is_kept_only_when_its_key_holds_and_readings_agree() -> None:
    assert grid_value("ps", ["29 4 33014 7", "29 4 33014 7"]) == ("adeli", ADELI)
    assert not adeli.checksum_ok("294330148")
    assert grid_value("ps", ["29 4 33014 8"]) is None  # an ADELI failing its key is never taken
    assert grid_value("nir", ["2 44 05 29 673 131 97", "2 464 05 29 673 131 97"]) == ("nir", NIR)
    assert grid_value("nir", ["2 44 05 29 673 131 98"]) is None
    assert grid_value("ps", ["29 4 33014 7", "10003879623"]) is None  # two valid readings disagree


GRID_X = 3.0  # inches: where the boxes start
ROW = 0.5  # inches between rows


def grid_page(rows: Sequence[tuple[str, str]], dpi: int = 300) -> tuple[Image.Image, list[Word]]:
    """A form with each number printed one digit per box, groups apart; and the words a first OCR pass
    makes of it: the label, then the boxes as bracketed junk ("[2[9] [4] ...", as Tesseract reads them)."""
    image = Image.new("L", (int(8.27 * dpi), int(3 * dpi)), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, dpi * 11 // 72)
    cell, height = dpi * 16 // 72, dpi * 18 // 72
    words: list[Word] = []
    for index, (label, groups) in enumerate(rows):
        y = int(0.5 * dpi) + int(index * ROW * dpi)
        draw.text((dpi // 2, y + height // 5), label, font=font, fill=0)
        x = int(GRID_X * dpi)
        words.append(Word(label, dpi // 2, y, int(GRID_X * dpi) - dpi // 2, y + height, 0.9, index))
        for group in groups.split():
            start = x
            for digit in group:
                draw.rectangle((x, y, x + cell, y + height), outline=0, width=2)
                draw.text((x + cell // 4, y + height // 8), digit, font=font, fill=0)
                x += cell
            words.append(Word("[" + "[".join("e" if d == "0" else d for d in group) + "]", start, y, x, y + height,
                              0.4, index))
            x += cell // 2
    return image, words


@pytest.mark.ocr
def test_grid_identifiers_are_read_with_the_borders_erased() -> None:
    image, first = grid_page([("Ident. PS", "29 4 33014 7"), ("N° d'immatriculation", "2 44 05 29 673 131 97")])
    words, notes = recheck_identifiers(image, first, Limits(), dpi=300)
    texts = [w.text for w in words]
    assert ADELI in texts and NIR in texts, texts
    assert {w.conf for w in words if w.text in (ADELI, NIR)} == {RECHECK_CONF}
    assert notes and "grille" in notes[0]
    assert len(words) == 4  # each grid's junk words became one
    assert nir.is_valid(NIR)


@pytest.mark.ocr
def test_grid_with_a_wrong_key_is_left_as_read() -> None:
    image, first = grid_page([("Ident. PS", "29 4 33014 8")])
    assert [s.kind for s in find_grid_suspects(first)] == ["ps"]
    assert all(crop.mode == "L" for crop in grid_crops(image, find_grid_suspects(first)[0]))
    words, notes = recheck_identifiers(image, first, Limits(), dpi=300)
    assert words == first and not any("grille" in note for note in notes)


def test_a_grid_read_as_one_long_word_under_an_unreadable_label_is_a_grid() -> None:
    # every border read as a 1 or an l: 31 letters and digits in one word; the label is OCR junk
    words = line(["Nurneru", "|2[71610[6[2[A[514191618]13|[413", "(cle)"])
    [suspect] = find_grid_suspects(words)
    assert suspect.kind is None and suspect.indices == (1,)
    assert find_grid_suspects(line(["Voir", "|", "3,15", "|", "total"])) == []  # two table rules: no grid


def test_digits_read_without_their_boxes_belong_to_the_grid() -> None:
    words = line(["Date", "de", "naissance", "1118110141", "[2l0/115]", "Rang"])
    [suspect] = find_grid_suspects(words)
    assert suspect.kind == "date" and suspect.indices == (3, 4) and suspect.left == 280


def test_a_band_running_on_to_the_next_number_keeps_it_as_a_word_of_its_own() -> None:
    assert grid_reading(None, ["10003879623 55512345", "10003879623 55512345"]) == (
        "rpps", "10003879623", "55512345")
    assert grid_reading(None, ["10003879624 55512345"]) is None  # the leading groups fail the key too
    assert grid_reading(None, ["10003879623 55512345", "1 0003879 55512345"]) is None  # one rendering only
    assert grid_reading("ps", ["29 4 33014 7"]) == ("adeli", ADELI, "")  # whole readings first


def test_a_boxed_date_is_taken_only_when_every_reading_agrees() -> None:
    assert grid_date(["03 11 1987", "03 11 1987", "0311 1987"]) == "03/11/1987"
    assert grid_date(["03 11 1987", "08 11 1987"]) is None  # no key to tell which is right
    assert grid_date(["31 02 1987", "31 02 1987"]) is None  # not a date
    assert grid_date(["03 11 87", "03 11 87"]) is None
    assert grid_date(["03 11 1987", ""]) is None  # one reading is not enough
    assert grid_date(["03 11 1987", "", "03 11 1987"]) == "03/11/1987"
    assert grid_date(["08 04 2025", "08 04 2025", "8 04 2025"]) == "08/04/2025"  # a 0 lost at one scale
    assert grid_date(["08 04 2025", "8 04 2025"]) is None


@pytest.mark.ocr
def test_a_boxed_birth_date_is_read_with_the_borders_erased() -> None:
    image, first = grid_page([("Date de naissance", "24 10 1987")])
    assert [s.kind for s in find_grid_suspects(first)] == ["date"]
    words, notes = recheck_identifiers(image, first, Limits(), dpi=300)
    assert "24/10/1987" in [w.text for w in words], [w.text for w in words]
    assert notes and "date" in notes[0]


@pytest.mark.ocr
def test_digits_filling_their_boxes_keep_their_uprights() -> None:
    """Digits nearly as tall as their boxes, the label on the line above, a taller frame further on the
    line: the sides of a 0 or an 8 are not borders (only strokes about as long as the boxes' are), and
    the frame does not set that length."""
    dpi = 300
    image = Image.new("L", (int(8.27 * dpi), dpi), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, dpi * 16 // 72)
    label = ImageFont.truetype(FONT, dpi * 9 // 72)
    draw.text((60, 20), "N° d'immatriculation de l'assuré (NIR + clé)", font=label, fill=0)
    cell, height, top = dpi * 13 // 72, dpi * 19 // 72, 110
    x = 60
    for index, digit in enumerate(NIR):
        draw.rectangle((x, top, x + cell, top + height), outline=0, width=2)
        draw.text((x + 6, top + 4), digit, font=font, fill=0)
        x += cell + (cell // 2 if index in (0, 2, 4, 6, 9, 12) else 0)
    draw.line((x + 200, 0, x + 200, dpi), fill=0, width=3)  # a frame's side, taller than the boxes
    first = [Word("N°", 60, 20, 120, 60, 0.9, 0)]
    _, glyph_top, _, glyph_bottom = font.getbbox("0")  # Tesseract's boxes: the digits, not the borders
    y0, y1 = top + 4 + glyph_top, top + 4 + glyph_bottom
    first += [Word(f"{d}!", 60 + i * cell, y0, 60 + (i + 1) * cell, y1, 0.5, 1) for i, d in enumerate("20860")]
    first.append(Word("immatriculation", 140, 20, 500, 60, 0.9, 0))
    words, _ = recheck_identifiers(image, first, Limits(), dpi=dpi)
    assert NIR in [w.text for w in words], [w.text for w in words]


def test_overlapping_word_boxes_give_no_band_rather_than_an_error() -> None:
    """OCR boxes of one line can overlap: a label word ending past the start of the word after the grid
    makes an empty band, which must read as "no grid", never raise (a crop with right < left)."""
    words = line(["Ident.", "PS", "[2[9]", "[4]", "Tél."])
    label = words[1]
    words[1] = Word(label.text, label.x0, label.y0, 420, label.y1, label.conf, label.line)  # runs over "Tél."
    [suspect] = find_grid_suspects(words)
    assert suspect.right < suspect.left
    image = Image.new("L", (600, 80), 255)
    assert grid_crops(image, suspect) == []
    assert recheck_identifiers(image, words, Limits(), dpi=300) == (words, [])
