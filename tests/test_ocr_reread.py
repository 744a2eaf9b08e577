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


def test_a_reference_numbered_by_a_bare_number_sign_is_suspect() -> None:
    """ "N° 2551743" under "Note d'honoraires": no invoice-number label, but the paper's number all the same."""
    words = line(["Note", "d'honoraires", "Nice,", "le", "08/07/2025"]) + line(["N°", "2551743"], 1, conf=0.58)
    assert [(s.name, s.indices) for s in find_suspects(words)] == [("invoice_number", (6,))]


def test_a_number_sign_and_a_colon_before_the_reference_is_suspect() -> None:
    """ "N° : BL2592081" (set 24 j109 fax): the colon is no word of the value; the number is re-read."""
    words = line(["Bon", "de", "livraison"]) + line(["N°", ":"], 1) + line(["BL2592081"], 1, conf=0.68, x=200)
    assert [(s.name, s.indices) for s in find_suspects(words)] == [("invoice_number", (5,))]


def test_a_numbered_reference_is_suspect_beside_a_labelled_former_invoice() -> None:
    """ "N° FA-2025-8522" heading the page, and "facture FA-2024-2137" quoted in its body (set 21 g107
    fax): both are re-read, the labelled one first."""
    words = line(["Centre", "N°"]) + line(["FA-2025-8522"], 0, conf=0.83, x=200)
    words += line(["Facture", "n°"], 1) + line(["FA-2024-2137,"], 1, conf=0.75, x=200)
    assert [(s.name, s.indices) for s in find_suspects(words)] == [("invoice_number", (5,)), ("invoice_number", (2,))]


def test_a_bare_number_sign_before_a_word_or_a_short_number_is_no_reference() -> None:
    words = line(["N°", "AM", "06136816"], conf=0.5) + line(["N°", "12"], 1, conf=0.5)
    assert find_suspects(words) == []


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

    def fake(
        image: Image.Image, words: list[Word], limits: Limits, *, dpi: int, fax: bool = False
    ) -> tuple[list[Word], list[str]]:
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
    # nor for the total: Otsu's 46,00, another amount, vetoes whatever the darker one reads
    # (`third_decides`, see the next test)
    assert asked == [4]
    assert (out[2].text, out[2].conf) == ("2025-0915", REREAD_CONF)  # confirmed by grey and Otsu
    assert (out[5].text, out[5].conf) == ("45,00", 0.5)  # the renderings disagree: the first reading stands
    assert notes == [f"{REREAD_NOTE} (invoice_number)"]


def test_the_third_rendering_is_read_only_when_it_can_change_the_outcome(monkeypatch: pytest.MonkeyPatch) -> None:
    """Grey and Otsu read two values neither of which is the page's, or agree on one too far from the
    page's to correct it: whatever the darker rendering reads, nothing changes, so it is not read (before:
    read for every value the first two did not confirm)."""
    image = Image.new("L", (600, 250), 255)
    words = [*line(["Facture", "n°"], conf=0.95), Word("2025-0915", 200, 10, 400, 40, 0.5, 0),
             *line(["Total", "honoraires"], 1), Word("45,00", 200, 60, 300, 90, 0.5, 1),
             Word("14/93/2025", 0, 110, 200, 140, 0.5, 2), Word("18/03/2025", 0, 160, 200, 190, 0.5, 3)]
    pairs = ["2025-0916", "2025-0917",  # two other numbers: no value two readings could agree on and keep
             "1234,56", "1234,56",  # agreed, but too far from "45,00" to correct it
             "14/03/2025", "14/03/2025",  # agreed, one character from a date that does not exist: asked
             "18/08/2025", "18/09/2025"]  # two other dates
    asked: list[int] = []

    def fake(images: Sequence[Image.Image], limits: Limits, *, dpi: int) -> list[str]:
        asked.append(len(images))
        return pairs if len(asked) == 1 else ["14/03/2025"]

    monkeypatch.setattr(parsers.reread, "read_crops", fake)
    out, notes = reread_values(image, words, Limits(), dpi=300)
    assert asked == [8, 1]
    assert (out[6].text, out[6].conf) == ("14/03/2025", REREAD_CONF)
    assert notes == [f"{REREAD_NOTE} (date)"]


def test_a_third_reading_not_asked_could_not_have_changed_the_outcome() -> None:
    """`third_decides` against every third reading of a pool: when it says no, none gives a value."""
    from parsers.reread import third_decides

    pool = ["", "2025-0915", "2025-0916", "2025-09151", "45,00", "46,00", "4500", "14/03/2025", "14/93/2025",
            "460045637", "4690045637", "l 14/03/2025", "45, 00"]
    for name in ("invoice_number", "total_amount", "date", "amc_number", "share_amount"):
        for first in pool:
            for grey in pool:
                for otsu in pool:
                    decided = any(agreed(name, first, [grey, otsu, third]) is not None for third in pool)
                    if decided:
                        assert third_decides(name, first, [grey, otsu]), (name, first, grey, otsu)
    assert not third_decides("invoice_number", "2025-0915", ["2025-0916", "2025-0917"])
    assert third_decides("invoice_number", "2025-0915", ["2025-0915", ""])  # a copy of the grey one confirms


# AMC numbers, shares' amounts and dates (parsers.reread.find_more_suspects): re-read on a budget of their own.


def test_a_doubted_amc_number_after_the_words_naming_the_insurer_is_suspect() -> None:
    from parsers.reread import find_more_suspects

    words = [*line(["N°", "AMC", ":"]), Word("4690045637", 300, 10, 420, 40, 0.2, 0)]
    words += [*line(["Mutuelle", "SMI", "(n°"], 1), Word("1469413439)", 300, 60, 420, 90, 0.3, 1)]
    words += line(["Part", "AMC", "11,06"], 2, conf=0.3)  # an amount, not the insurer's number
    found = [(s.name, s.indices) for s in find_more_suspects(words)]
    assert found == [("amc_number", (3,)), ("amc_number", (7,)), ("share_amount", (10,))]
    assert find_more_suspects(line(["N°", "AMC", "460045637"])) == []  # read confidently
    assert find_more_suspects(words, taken={3, 7, 10}) == []  # already re-read as an invoice number or total


def test_doubted_shares_and_dates_are_suspect_but_not_rates() -> None:
    from parsers.reread import find_more_suspects

    words = line(["Part", "Sécu", "(70", "%)", "88,80", "€"], conf=0.5)
    words += line(["Reste", "à", "charge", "65%"], 1, conf=0.5)
    words += line(["3", "|14/03/2025", "AMK", "8"], 2, conf=0.4) + line(["2025-08-18", "Aller"], 3, conf=0.5)
    words += line(["Le", "18/03/2025"], 4)  # read confidently
    found = [(s.name, s.indices) for s in find_more_suspects(words)]
    assert found == [("share_amount", (4,)), ("date", (11,)), ("date", (14,))]


def test_well_formed_amc_numbers_shares_and_dates() -> None:
    assert well_formed("amc_number", "460045637") and not well_formed("amc_number", "46004563712")
    assert not well_formed("amc_number", "4600A5637") and not well_formed("amc_number", "123")
    assert well_formed("share_amount", "58,80") and not well_formed("share_amount", "1591")
    assert well_formed("date", "14/03/2025") and well_formed("date", "10.07.25") and well_formed("date", "2025-08-14")
    assert not well_formed("date", "14/98/2025") and not well_formed("date", "18/032025")


def test_an_amc_number_read_with_a_digit_too_many_is_corrected_by_two_agreeing_crops() -> None:
    from parsers.reread import confirmed, one_too_many

    assert one_too_many("4690045637", "460045637") and not one_too_many("5439667022", "943966702")
    assert confirmed("4690045637", ["460045637", "460045637"], "amc_number")
    assert agreed("amc_number", "4690045637", ["460045637", "460045637"]) == "460045637"
    # not for a number with a check of its own nor an invoice number: three renderings must agree there
    assert not confirmed("2025-09151", ["2025-0915", "2025-0915"], "invoice_number")
    assert agreed("invoice_number", "2025-09151", ["2025-0915", "2025-0915"]) is None
    # two crops agreeing on another number are not enough, nor a crop reading another number
    assert not confirmed("5439667022", ["943966702", "943966702"], "amc_number")
    assert agreed("amc_number", "5439667022", ["943966702", "943966702", "543966702"]) is None
    # a date or an amount: one character, and only on a reading that is not well-formed
    assert agreed("date", "64.09.2025", ["04.09.2025"] * 3) == "04.09.2025"
    assert agreed("date", "65/9/2025", ["9/9/2025"] * 3) is None  # two characters
    assert agreed("share_amount", "80,00", ["30,00"] * 3) is None and agreed("share_amount", "1591", ["15,91"] * 3)


def _doubted(words: list[Word], texts: dict[str, str]) -> list[Word]:
    """The page's words, the ones in `texts` misread as their value there, read at 0.3."""
    return [replace(w, text=texts[w.text], conf=0.3) if w.text in texts else w for w in words]


def test_a_misread_amc_number_share_and_date_are_corrected_on_their_crops() -> None:
    image = _page(["Mutuelle Bleue - N° AMC : 460045637", "14/03/2025 Consultation 30,00",
                   "Part Sécu (70 %) : 58,80 €"])
    words = _words(image)
    assert {"460045637", "14/03/2025", "58,80"} <= {w.text for w in words}
    misread = _doubted(words, {"460045637": "4690045637", "14/03/2025": "14/93/2025", "58,80": "5880"})
    out, notes = reread_values(image, misread, Limits(), dpi=300)
    values = {w.text: w.conf for w in out if w.conf == REREAD_CONF}
    assert values == {"460045637": REREAD_CONF, "14/03/2025": REREAD_CONF, "58,80": REREAD_CONF}
    assert notes == [f"{REREAD_NOTE} (amc_number, share_amount, date)"]
    assert reread_values(image, misread, Limits(ocr_reread_crops=0), dpi=300) == (misread, [])
    # a well-formed date or amount the page read otherwise stays as read (the crops may misread as often)
    misread = _doubted(words, {"14/03/2025": "18/03/2025", "58,80": "88,80"})
    out, notes = reread_values(image, misread, Limits(), dpi=300)
    assert {(w.text, w.conf) for w in out} >= {("18/03/2025", 0.3), ("88,80", 0.3)}


def test_the_new_suspects_have_a_budget_of_their_own(monkeypatch: pytest.MonkeyPatch) -> None:
    """Invoice numbers and totals keep their `ocr_reread_crops` values a page; AMC numbers and shares get
    as many again, after them, and dates `DATE_BUDGET` times as many (an acts table holds many)."""
    image = Image.new("L", (900, 400), 255)
    words = [*line(["Facture", "n°"]), Word("2025-0915", 200, 10, 400, 40, 0.5, 0)]
    for number in range(1, 6):
        words += line([f"0{number}/03/2025"], number, conf=0.3)
    asked: list[int] = []

    def fake(images: Sequence[Image.Image], limits: Limits, *, dpi: int) -> list[str]:
        asked.append(len(images))
        return [""] * len(images)

    monkeypatch.setattr(parsers.reread, "read_crops", fake)
    reread_values(image, words, Limits(ocr_reread_crops=2), dpi=300)
    assert asked[0] == 2 * (1 + 2 * parsers.reread.DATE_BUDGET)  # grey and Otsu of the number and of 4 dates


def test_a_date_read_with_strokes_around_it_or_a_look_alike_glyph_is_confirmed_by_two_crops() -> None:
    """Two crops reading the page's date with a table's rule or underline beside it ("23.06.25 _",
    "28/05/2025 7"), or the page reading it with a look-alike glyph ("O8/09/2025"): three readings agree."""
    from parsers.reread import confirmed, find_more_suspects

    assert confirmed("23.06.25", ["23.06.25 _", "23.06.25 _"], "date")
    assert agreed("date", "23.06.25", ["23.06.25 _", "23.06.25 _"]) == "23.06.25"
    assert agreed("date", "28/05/2025", ["28/05/2025 _", "28/05/2025 7"]) == "28/05/2025"
    assert agreed("date", "11/04/2025),", ["1 1/04/2025,", "11/04/2025,"]) == "11/04/2025"  # one date's digits
    assert confirmed("O8/09/2025", ["08/09/2025", "08/09/2025"], "date")
    assert agreed("date", "O8/09/2025", ["08/09/2025", "08/09/2025"]) == "08/09/2025"
    assert agreed("date", "19.09,202$", ["19.09.2025", "19.09.2025"]) == "19.09.2025"
    assert agreed("date", "06.08.2025", ["06,08,2025", "06.08.2025"]) == "06.08.2025"
    assert [s.indices for s in find_more_suspects(line(["Le", "O8/09/2025", "P.01/01"], conf=0.4))] == [(1,)]
    # still no: another well-formed date on the page, crops reading more than one glyph beside the date,
    # crops that disagree, a look-alike read as another digit than the crops'
    assert agreed("date", "09/04/26", ["09/04/25 _", "09/04/25 _"]) is None
    assert agreed("date", "16/05/2025", ["16/05/2025 12", "16/05/2025 12"]) is None
    assert agreed("date", "28/05/2025", ["28/05/2025 _", "28/06/2025 7"]) is None
    assert agreed("date", "O8/09/2025", ["03/09/2025", "03/09/2025"]) is None
    assert not confirmed("09/04/26", ["09/04/25 _", "09/04/25 _"], "date")


def test_a_fax_invoice_number_the_first_renderings_leave_undecided_is_confirmed_by_the_fax_renderings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Set 20 f109 (fax normal): "CH25-244" read at 0.85 on a poorly read page; the grey and Otsu crops
    read "CH25-244" and "CH25-Y44" (another value: a veto, the darker one is not asked), the lighter and
    thickened ones both "CH25-244": confirmed. On a page that is no fax the two are not read; agreeing on
    another value than the page's, they correct nothing."""
    image = Image.new("L", (600, 100), 255)
    words = [*line(["Facture", "n°"]), Word("CH25-244", 200, 10, 400, 40, 0.85, 0)]
    asked: list[int] = []

    def reading(fax_pair: list[str]) -> object:
        def fake(images: Sequence[Image.Image], limits: Limits, *, dpi: int) -> list[str]:
            asked.append(len(images))
            return [["CH25-244", "CH25-Y44"], fax_pair][len(asked) - 1]
        return fake

    monkeypatch.setattr(parsers.reread, "read_crops", reading(["CH25-244", "CH25-244"]))
    out, notes = reread_values(image, words, Limits(), dpi=300, fax=True)
    assert asked == [2, 2] and (out[2].text, out[2].conf) == ("CH25-244", REREAD_CONF)
    assert notes == [f"{REREAD_NOTE} (invoice_number)"]
    asked.clear()
    assert reread_values(image, words, Limits(), dpi=300) == (words, []) and asked == [2]
    asked.clear()
    monkeypatch.setattr(parsers.reread, "read_crops", reading(["CH25-2441", "CH25-2441"]))
    assert reread_values(image, words, Limits(), dpi=300, fax=True) == (words, [])
