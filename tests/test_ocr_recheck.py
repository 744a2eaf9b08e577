"""The second OCR pass on identifiers whose first reading fails its check (parsers/recheck.py)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import replace

import pytest
from PIL import Image, ImageDraw, ImageFont

import parsers.image
from intake.domain.model import Word
from parsers.identifiers import nir, rpps
from parsers.limits import Limits
from parsers.ocr import ocr_words
from parsers.read import read_document
from parsers.recheck import RECHECK_CONF, RECHECKED_NOTE, find_suspects, number_like, recheck_identifiers

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
RPPS = "10003879623"  # Luhn key holds
NIR = "185057800608491"  # mod-97 key holds
LINES = (
    "FACTURE N° 2025-0915",
    f"RPPS : {RPPS}",
    "N° SS : 1 85 05 78 006 084 91",
    "Tél. 04 12 58 15 35",
    "Total honoraires : 45,00 €",
)


def line(texts: Sequence[str], number: int = 0, conf: float = 0.9) -> list[Word]:
    """Words on one line, 100 px apart."""
    return [Word(text, 100 * i, 10 + 50 * number, 100 * i + 80, 40 + 50 * number, conf, number)
            for i, text in enumerate(texts)]


def page(lines: Sequence[str] = LINES, dpi: int = 300) -> Image.Image:
    image = Image.new("L", (int(8.27 * dpi), int(11.69 * dpi)), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, dpi * 12 // 72)
    for index, text in enumerate(lines):
        draw.text((dpi, int(0.9 * dpi) + index * dpi // 3), text, font=font, fill=0)
    return image


# ------------------------------------------------------------------ finding suspects (no Tesseract)


def test_number_like_words() -> None:
    assert number_like("10003879623") and number_like("1OO03") and number_like("356-029-62")
    assert number_like("A42182630") and number_like("(10003879623),")
    assert not number_like("RPPS") and not number_like("SS") and not number_like("45,00") and not number_like("")


def test_labelled_identifier_failing_its_key_is_suspect() -> None:
    words = line(["RPPS", ":", "10008879623"])
    [suspect] = find_suspects(words)
    assert suspect.kind == "rpps" and suspect.labelled and suspect.indices == (2,)
    # one digit too many, next to its label: still worth a second look
    assert [s.kind for s in find_suspects(line(["RPPS", "n°", "100038796233"]))] == ["rpps"]
    grouped = line(["N°", "SS", ":", "1", "85", "05", "78", "006", "O84", "97"])
    [suspect] = find_suspects(grouped)
    assert suspect.kind == "nir" and suspect.indices == (3, 4, 5, 6, 7, 8, 9)


def test_valid_or_repairable_identifiers_are_left_alone() -> None:
    assert find_suspects(line(["RPPS", ":", RPPS])) == []
    # the repair table fixes it: a practitioner's number is only re-read to confirm the repair
    assert [s.confirm for s in find_suspects(line(["RPPS", ":", "1OOO3879623"]))] == [RPPS]
    assert find_suspects(line(["RPPS", ":", f"{RPPS})"])) == []  # punctuation is not part of it
    assert find_suspects(line(["N°", "SS", ":", "1", "85", "05", "78", "006", "084", "91"])) == []


def test_other_numbers_are_not_suspects() -> None:
    assert find_suspects(line(["Tél.", "04", "12", "58", "15", "35"])) == []
    assert find_suspects(line(["SIRET", "493", "066", "682", "36453"])) == []
    assert find_suspects(line(["Facture", "2025-04145"])) == []
    assert find_suspects(line(["Lot", "588260720"])) == []  # clean digits, no label: some other number
    [suspect] = find_suspects(line(["MARCHAL", "A42182630"]))  # a letter among the digits: worth a look
    assert suspect.kind == "id9" and not suspect.labelled


def test_header_above_the_value_labels_it() -> None:
    """A box or column header names the identifier on the line below ("N° FINESS" over a number read
    with one digit too many): the run is a labelled suspect, its label's length ±1."""
    header = line(["Établissement", "N°", "FINESS", "Réf."], 0)
    [suspect] = find_suspects(header + line(["Pleyel", "9327501144"], 1))
    assert suspect.kind == "finess" and suspect.labelled and suspect.indices == (5,)
    # the same number with no header, under a header that names no identifier, or away from the
    # header across or down the page: another number
    assert find_suspects(line(["Pleyel", "9327501144"], 1)) == []
    assert find_suspects(line(["Téléphone", "Date"], 0) + line(["Pleyel", "9327501144"], 1)) == []
    assert find_suspects(header + line(["Pleyel", "", "", "", "", "", "9327501144"], 1)) == []
    far = [replace(w, y0=w.y0 - 200, y1=w.y1 - 200) for w in header]
    assert find_suspects(far + line(["Pleyel", "9327501144"], 1)) == []


@pytest.mark.ocr
def test_identifier_under_its_header_is_reread() -> None:
    """A FINESS in a box under its header, read first with a digit too many (forced): re-read valid."""
    image = Image.new("L", (2480, 900), 255)
    draw = ImageDraw.Draw(image)
    small, bold = ImageFont.truetype(FONT, 30), ImageFont.truetype(FONT.replace("Sans", "Sans-Bold"), 50)
    draw.rectangle((280, 280, 1400, 480), outline=0, width=3)
    draw.text((300, 300), "Établissement demandeur", font=small, fill=0)
    draw.text((1000, 300), "N° FINESS", font=small, fill=0)
    draw.text((300, 380), "Centre Pleyel", font=bold, fill=0)
    draw.text((1000, 380), "932750144", font=bold, fill=0)
    limits = Limits()
    first = _misread(ocr_words(image, limits, dpi=300), "932750144", "9327501144")
    words, notes = recheck_identifiers(image, first, limits, dpi=300)
    assert "932750144" in {w.text for w in words} and "9327501144" not in {w.text for w in words}
    assert notes == [f"{RECHECKED_NOTE} (finess)"]


def test_labelled_suspects_come_first() -> None:
    words = line(["MARCHAL", "A42182630"], 0) + line(["RPPS", "10008879623"], 1)
    assert [s.kind for s in find_suspects(words)] == ["rpps", "id9"]


def test_nothing_to_recheck_costs_nothing() -> None:
    words = line(["RPPS", ":", RPPS])
    image = Image.new("L", (10, 10), 255)  # never cropped: no Tesseract call
    assert recheck_identifiers(image, words, Limits(), dpi=300) == (words, [])
    bad = line(["RPPS", ":", "10008879623"])
    assert recheck_identifiers(image, bad, Limits(ocr_recheck_crops=0), dpi=300) == (bad, [])


# ------------------------------------------------------------------ the second reading (Tesseract)


def _misread(words: list[Word], good: str, bad: str) -> list[Word]:
    """The page's words with `good` read as `bad` (the first pass's error, made on purpose)."""
    hits = [i for i, w in enumerate(words) if w.text == good]
    assert hits, [w.text for w in words]
    return [replace(w, text=bad) if i == hits[0] else w for i, w in enumerate(words)]


@pytest.mark.ocr
def test_failing_rpps_is_reread_from_its_crop() -> None:
    image, limits = page(), Limits()
    first = _misread(ocr_words(image, limits, dpi=300), RPPS, "10008879623")
    assert not rpps.is_valid("10008879623")
    words, notes = recheck_identifiers(image, first, limits, dpi=300)
    reread = [w for w in words if w.text == RPPS]
    assert len(reread) == 1 and reread[0].conf == RECHECK_CONF
    assert notes == [f"{RECHECKED_NOTE} (rpps)"]
    assert "10008879623" not in {w.text for w in words}
    assert len(words) == len(first)


@pytest.mark.ocr
def test_failing_nir_groups_are_reread_as_one_number() -> None:
    image, limits = page(), Limits()
    first = _misread(ocr_words(image, limits, dpi=300), "006", "008")
    assert not nir.is_valid("185057800808491")
    words, notes = recheck_identifiers(image, first, limits, dpi=300)
    assert NIR in {w.text for w in words} and notes == [f"{RECHECKED_NOTE} (nir)"]


@pytest.mark.ocr
def test_number_that_really_fails_its_key_is_kept_as_printed() -> None:
    printed = "10003879624"  # printed wrong: a second reading cannot make it valid
    image, limits = page([f"RPPS : {printed}", "Total : 45,00 €"]), Limits()
    first = ocr_words(image, limits, dpi=300)
    assert printed in {w.text for w in first}
    words, notes = recheck_identifiers(image, first, limits, dpi=300)
    assert words == first and notes == []


@pytest.mark.ocr
def test_read_document_rereads_what_the_first_pass_got_wrong(monkeypatch: pytest.MonkeyPatch) -> None:
    """The whole reader on a scanned page whose first OCR pass misreads the RPPS (forced: Tesseract's
    own misreads depend on its version): the page comes out with the valid number and a note."""
    real = parsers.image.ocr_words

    def first_pass(image: Image.Image, limits: Limits, **kwargs: object) -> list[Word]:
        words = real(image, limits, **kwargs)  # type: ignore[arg-type]
        return [replace(w, text=w.text.replace(RPPS, "1000387962")) for w in words]  # a digit lost

    monkeypatch.setattr(parsers.image, "ocr_words", first_pass)
    buf = io.BytesIO()
    page(dpi=200).save(buf, "PNG", dpi=(200, 200))
    result = read_document(buf.getvalue())
    assert result.error is None
    [only] = result.pages
    assert RPPS in only.text.split()
    assert any(note.startswith(RECHECKED_NOTE) for note in only.notes)


def test_junk_words_never_raise() -> None:
    junk = ["", " ", "-", "--", ".", "O", "l|!", "2A", "2B", "0" * 60, "١٢٣", "½", "\x00", "1-", "-1", "A" * 9, "BBB"]
    for number in range(len(junk)):
        words = line(junk[number:] + junk[:number])
        for suspect in find_suspects(words):
            assert suspect.indices


def test_a_failing_reread_keeps_the_first_words_and_notes_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """A re-read is an optional improvement: any bug in it keeps the page's first OCR words, with a note
    for the clerk, instead of losing the whole page."""

    def broken(*args: object, **kwargs: object) -> object:
        raise ValueError("Coordinate 'right' is less than 'left'")

    monkeypatch.setattr(parsers.image, "recheck_identifiers", broken)
    words = line(["RPPS", ":", "1000387962"])
    kept, notes = parsers.image._rechecked(page(dpi=100), words, ["déjà"], Limits(), 100)
    assert kept == words
    assert notes[0] == "déjà" and notes[1].startswith(parsers.image.RECHECK_FAILED_NOTE)


@pytest.mark.ocr
def test_read_document_survives_a_failing_reread(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> object:
        raise ValueError("Coordinate 'right' is less than 'left'")

    monkeypatch.setattr(parsers.image, "recheck_identifiers", broken)
    buf = io.BytesIO()
    page(dpi=200).save(buf, "PNG", dpi=(200, 200))
    result = read_document(buf.getvalue())
    assert result.error is None
    [only] = result.pages
    assert "honoraires" in only.text
    assert any(note.startswith(parsers.image.RECHECK_FAILED_NOTE) for note in only.notes)
