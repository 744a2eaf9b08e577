"""The second reading of doubted invoice numbers and totals (parsers/reread.py)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import pytest
from PIL import Image, ImageDraw, ImageFont

import parsers.image
import parsers.reread
from intake.domain.model import Word
from parsers.limits import Limits
from parsers.reread import REREAD_CONF, REREAD_NOTE, agreed, find_suspects, reread_values, well_formed

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def line(texts: Sequence[str], number: int = 0, conf: float = 0.95, x: int = 0) -> list[Word]:
    """Words on one line, 100 px apart."""
    return [Word(text, x + 100 * i, 10 + 50 * number, x + 100 * i + 80, 40 + 50 * number, conf, number)
            for i, text in enumerate(texts)]


def test_doubted_invoice_number_right_of_its_label_is_suspect() -> None:
    words = [*line(["Facture", "n°", ":"]), Word("2025-0915", 300, 10, 420, 40, 0.55, 0), Word("du", 440, 10, 470, 40)]
    [suspect] = find_suspects(words)
    assert suspect.name == "invoice_number" and suspect.indices == (3,)


def test_confidently_read_values_are_left_alone() -> None:
    words = line(["Facture", "n°", "2025-0915"]) + line(["Total", "honoraires", "45,00", "€"], 1)
    assert find_suspects(words) == []


def test_doubted_total_of_two_words_and_a_value_under_its_header() -> None:
    words = [*line(["Montant", "total", ":"]), Word("1", 300, 10, 320, 40, 0.4, 0)]
    words.append(Word("234,50", 330, 10, 420, 40, 0.6, 0))
    words += line(["N°", "de", "facture"], 1) + line(["A20258663"], 2, conf=0.3)
    found = {s.name: s.indices for s in find_suspects(words)}
    assert found == {"total_amount": (3, 4), "invoice_number": (8,)}


def test_a_label_followed_by_other_words_has_no_value() -> None:
    words = line(["Total", "des", "actes", "réalisés", "3"], conf=0.5)
    assert [s.name for s in find_suspects(words)] == []  # "des actes" is read as the label; "réalisés" stops


def test_well_formed_values() -> None:
    assert well_formed("total_amount", "1 234,50") and well_formed("total_amount", "45.00")
    assert not well_formed("total_amount", "45") and not well_formed("total_amount", "4S,00")
    assert well_formed("invoice_number", "CDS/2025/10/0458") and not well_formed("invoice_number", "AB")
    assert not well_formed("invoice_number", "23/07/2025") and well_formed("invoice_number", "2025-07-231")


def test_agreement_rules() -> None:
    # the page's reading and two crop readings agree: confirmed
    assert agreed("invoice_number", "2025-0915", ["2025-0915", "2025-0915", ""]) == "2025-0915"
    # the page read otherwise: two crop readings are not enough, three are (within two characters)
    assert agreed("invoice_number", "2O25-0915", ["2025-0915", "2025-0915", "2025-0916"]) is None
    assert agreed("invoice_number", "2O25-0915", ["2025-0915", "2025-0915", "2025-0915"]) == "2025-0915"
    assert agreed("invoice_number", "1111", ["2025-0915"] * 3) is None  # too far from the page's reading
    # a crop reading of another well-formed value vetoes
    assert agreed("total_amount", "45,00", ["45,00", "45,00", "46,00"]) is None
    assert agreed("total_amount", "45,00", ["45,00", "45,00", "4S"]) == "45,00"
    assert agreed("total_amount", "45,00", ["", "", ""]) is None


def _page(lines: Sequence[str], dpi: int = 300) -> Image.Image:
    image = Image.new("L", (int(8.27 * dpi), int(4 * dpi)), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, dpi * 12 // 72)
    for index, text in enumerate(lines):
        draw.text((dpi, int(0.5 * dpi) + index * dpi // 3), text, font=font, fill=0)
    return image


def _words(image: Image.Image) -> list[Word]:
    from parsers.ocr import ocr_words

    return ocr_words(image, Limits(), dpi=300)


def test_a_doubted_value_read_alike_on_its_crop_gets_the_agreed_confidence() -> None:
    image = _page(["FACTURE N° 2025-0915", "Total honoraires : 45,00 €"])
    words = [w if not any(c.isdigit() for c in w.text) else Word(w.text, w.x0, w.y0, w.x1, w.y1, 0.5, w.line)
             for w in _words(image)]
    out, notes = reread_values(image, words, Limits(), dpi=300)
    values = {w.text: w.conf for w in out if any(c.isdigit() for c in w.text)}
    assert values == {"2025-0915": REREAD_CONF, "45,00": REREAD_CONF}
    assert notes == [f"{REREAD_NOTE} (invoice_number, total_amount)"]
    assert reread_values(image, words, Limits(ocr_reread_crops=0), dpi=300) == (words, [])


def test_disagreeing_reads_keep_the_first_reading() -> None:
    image = _page(["FACTURE N° 2025-0915"])
    words = [w if not any(c.isdigit() for c in w.text) else Word("7777-1111", w.x0, w.y0, w.x1, w.y1, 0.5, w.line)
             for w in _words(image)]
    assert reread_values(image, words, Limits(), dpi=300) == (words, [])


def test_page_reading_runs_the_reread(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []

    def fake(image: Image.Image, words: list[Word], limits: Limits, *, dpi: int) -> tuple[list[Word], list[str]]:
        calls.append(len(words))
        return words, ["relu"]

    monkeypatch.setattr(parsers.image, "reread_values", fake)
    image = _page(["FACTURE N° 2025-0915"])
    _, notes = parsers.image._rechecked(image, [], [], Limits(), 300)
    assert calls == [0] and notes == ["relu"]


def test_a_title_followed_by_words_does_not_take_the_line_below() -> None:
    # "DEVIS POUR TRAITEMENT" over "N° INSEE : 1 79 01 99 350-029-62": the NIR is not the quote's number
    words = line(["DEVIS", "POUR", "TRAITEMENT"]) + line(["99", "350-029-62"], 1, conf=0.3)
    assert find_suspects(words) == []
    # a header alone on its line, its value starting under it: taken
    words = line(["Facture", "n°"], x=200) + line(["Patient", "2025-0915"], 1, conf=0.3, x=100)
    assert [(s.name, s.indices) for s in find_suspects(words)] == [("invoice_number", (3,))]


def test_a_confirmed_value_keeps_its_words_and_a_corrected_one_word_value_stays_one_word(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    image = Image.new("L", (600, 100), 255)
    words = [*line(["Facture", "n°"]), Word("DV-2025-0331", 200, 10, 400, 40, 0.5, 0)]
    monkeypatch.setattr(parsers.reread, "read_crops", lambda images, limits, *, dpi: ["DV -2025-0331"] * len(images))
    out, _ = reread_values(image, words, Limits(), dpi=300)
    assert (out[2].text, out[2].conf) == ("DV-2025-0331", REREAD_CONF)
    words[2] = replace(words[2], text="DV-2O25-0331")
    out, _ = reread_values(image, words, Limits(), dpi=300)
    assert (out[2].text, out[2].conf) == ("DV-2025-0331", REREAD_CONF)


def test_label_search_by_first_token_finds_what_trying_every_label_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    """`find_suspects` tries only the labels whose first token a word's token matches (`_starting`);
    trying every label at every token (the slow way) finds the same suspects, garbled labels included."""
    pages = [
        [*line(["Facture", "n°", ":"]), Word("2025-0915", 300, 10, 420, 40, 0.55, 0)],
        [*line(["Factnre", "no", "F-12"], conf=0.5), *line(["Montant", "tota1", "TTC", "45,00"], 1, conf=0.4)],
        [*line(["N°", "de", "facturc"]), *line(["A20258663"], 1, conf=0.3), *line(["Total", "des", "soins"], 2)],
        [*line(["Note", "d'honoraires", "n°", "77"], conf=0.6), *line(["TOTAL", "A", "PAYER", "1", "234,50"], 1, 0.5)],
        [*line(["Reference", "facture", "RF-2025/7"], conf=0.6), *line(["Tota1", "30,00"], 1, conf=0.6)],
        [*line(["Relevé", "de", "soins", "n°", "88-1"], conf=0.5), *line(["Montant", "des", "actes", "12,00"], 1, 0.5)],
    ]
    fast = [find_suspects(words) for words in pages]
    every = tuple(range(len(parsers.reread.LABELS)))
    monkeypatch.setattr(parsers.reread, "_starting", lambda token: every)
    slow = [find_suspects(words) for words in pages]
    assert fast == slow
    assert sum(len(found) for found in fast) >= 8  # the pages do hold suspects to find


def test_quick_token_test_agrees_with_the_token_distance() -> None:
    from parsers.fields.labels import token_distance

    firsts = sorted(parsers.reread.BY_FIRST)
    seen = [*firsts, "factnre", "facturc", "tota1", "t0tal", "montnat", "honoraire", "referenc", "quittanse",
            "n", "nn", "de", "45", "2025", "totaux", "devls", "folio1", "invoce", "bordereaux", "xyz", ""]
    for token in seen:
        for first in firsts:
            assert parsers.reread._near(token, set(token), first) == (token_distance(token, first) is not None)


def test_the_third_rendering_is_read_only_when_the_first_two_do_not_confirm_the_page(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Grey and Otsu crops both read the page's own value: three readings agree and the darker rendering
    is not read (before: read too, and a different amount on it vetoed the confirmation)."""
    image = Image.new("L", (600, 200), 255)
    words = [*line(["Facture", "n°"], conf=0.95), Word("2025-0915", 200, 10, 400, 40, 0.5, 0),
             *line(["Total", "honoraires"], 1), Word("45,00", 200, 60, 300, 90, 0.5, 1)]
    renderings = {(2, "invoice_number"): ["2025-0915", "2025-0915", "2025-0916"],
                  (2, "total_amount"): ["45,00", "46,00", "45,00"]}
    asked: list[int] = []

    def fake(images: Sequence[Image.Image], limits: Limits, *, dpi: int) -> list[str]:
        asked.append(len(images))
        if len(asked) == 1:  # grey and Otsu of each suspect, in order
            return [*renderings[(2, "invoice_number")][:2], *renderings[(2, "total_amount")][:2]]
        return [renderings[(2, "total_amount")][2]]  # the darker rendering of the total only

    monkeypatch.setattr(parsers.reread, "read_crops", fake)
    out, notes = reread_values(image, words, Limits(), dpi=300)
    assert asked == [4, 1]
    assert (out[2].text, out[2].conf) == ("2025-0915", REREAD_CONF)  # confirmed by grey and Otsu
    assert (out[5].text, out[5].conf) == ("45,00", 0.5)  # the renderings disagree: the first reading stands
    assert notes == [f"{REREAD_NOTE} (invoice_number)"]
