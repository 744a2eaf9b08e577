"""The kind of paper a page names (invoice, quote, prise-en-charge request) from its title, and which
number is its own: a title broken over two lines of a narrow box still names the paper."""

from __future__ import annotations

from intake.domain.model import Page, Word
from parsers.fields.extract import page_kind
from parsers.fields.layout import build_lines
from tests.test_fields import one, value

NIR = "1 85 05 78 006 084 91"


def _row(line: int, y: float, *cells: tuple[float, str], source_conf: float = 1.0) -> list[Word]:
    """Words of one line; each cell (x, text) is split at spaces, 6 points a character."""
    words = []
    for x, text in cells:
        for part in text.split(" "):
            words.append(Word(part, x, y, x + 6 * len(part), y + 9, source_conf, line))
            x += 6 * len(part) + 4
    return words


def _request(title_top: str, title_under: str, source: str = "text") -> Page:
    conf = 0.95 if source == "ocr" else 1.0
    rows = [
        _row(0, 40, (40, "Audition Conseil Lyon"), (470, title_top), source_conf=conf),
        _row(1, 55, (40, "12 rue Pasteur 69007 LYON"), (470, title_under), source_conf=conf),
        _row(2, 110, (40, "N° de la demande"), (180, "DPC25-30112"), source_conf=conf),
        _row(3, 125, (40, "Date de la demande"), (180, "04/08/2025"), source_conf=conf),
        _row(4, 140, (40, "Devis normalisé n°"), (180, "D2508442 du 26/07/2025"), source_conf=conf),
        _row(5, 180, (40, "N° de sécurité sociale : " + NIR), source_conf=conf),
    ]
    return Page(number=1, width=600, height=850, words=[w for row in rows for w in row], source=source)


def test_title_broken_over_two_lines_of_a_box_names_the_paper() -> None:
    page = _request("DEMANDE DE", "PRISE EN CHARGE")
    assert page_kind(page, build_lines([page]))[0] == "pec"


def test_request_number_is_the_requests_own_not_the_quotes() -> None:
    """A prise-en-charge request quotes the number of the quote it asks for: its own number is the
    request's ("N° de la demande"), and its date the request's, once the broken title names it."""
    document = one([_request("DEMANDE DE", "PRISE EN CHARGE")])
    assert value(document, "invoice_number") == "DPC25-30112"
    assert value(document, "invoice_date") == "2025-08-04"


def test_paragraph_lines_are_not_joined_into_a_title() -> None:
    """Only short segments (a title box) are read with the line under them: a sentence ending with
    "une demande de" above "prise en charge ..." does not name the paper."""
    rows = [
        _row(0, 40, (40, "Nous vous remercions de bien vouloir examiner cette demande de")),
        _row(1, 55, (40, "prise en charge pour les soins ci-dessous décrits")),
        _row(2, 80, (40, "Devis n° D25-343")),
    ]
    page = Page(number=1, width=600, height=850, words=[w for row in rows for w in row])
    assert page_kind(page, build_lines([page]))[0] == "quote"


def test_letters_of_a_title_cut_by_ocr_are_joined() -> None:
    """OCR cuts "DEMANDE" after its first letter at a kerning gap ("D EMANDE"): the lone capital glued to
    the capitals after it belongs to them."""
    page = _request("DEMANDE DE", "PRISE EN CHARGE", source="ocr")
    first = next(w for w in page.words if w.text == "DEMANDE")
    page.words.remove(first)
    page.words += [
        Word("D", first.x0, first.y0, first.x0 + 6, first.y1, 0.95, 0),
        Word("EMANDE", first.x0 + 7, first.y0, first.x1, first.y1, 0.95, 0),
    ]
    lines = build_lines([page])
    assert "DEMANDE DE" in lines[0].text
    assert page_kind(page, lines)[0] == "pec"
