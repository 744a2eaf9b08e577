"""A fax in normal resolution whose acts table's rules, run through its rows, came back as short words of
low round letters at the rows' full height ("mme", "ee", "sum"), doubted, beside the rows' dates and
amounts read surely (set 30 o104): those words are the rules' debris, not words of the text, and no longer
make the page poorly read; the first act's date, read surely, passes. Rows of such words alone (a smeared
row of text) still count (tests/test_fields_set20_faxnormal.py). Pages are built here; no bench file is read."""

from __future__ import annotations

from dataclasses import replace

from intake.domain.model import Page, Word
from parsers.fields.doubts import poorly_read, without_debris
from parsers.image import square_factors
from tests.test_fields import lines_page, one, value

THRESHOLD = 0.85
STRETCHED = str(square_factors((204.0, 98.0))[3])

HEAD = """
Cabinet de kinésithérapie - M. Bruno ROCHE
N° RPPS : 10003879623
FACTURE N° K2504106
Date de facture : 28/03/2025
Patient : Mme TESSIER Océane
N° de sécurité sociale : 1 85 05 78 006 084 91
Date Cotation Montant
"""
DAYS = ["20/02/2025", "25/02/2025", "27/02/2025", "04/03/2025", "06/03/2025", "11/03/2025"]
DEBRIS = "mme ee me sum om"  # a rule through the row, read as letters


def _page(*, beside_figures: bool) -> Page:
    """The table's rows read at 0.95, each with five doubted words of low letters at the text's height: in
    the row itself (`beside_figures`) or on a line of their own under it."""
    rows = []
    for day in DAYS:
        if beside_figures:
            rows.append(f"{DEBRIS} {day} AMK 7,5 16,13 €")
        else:
            rows += [f"{day} AMK 7,5 16,13 €", DEBRIS]
    page = lines_page(HEAD + "\n".join(rows) + "\nTotal 96,78 €", source="ocr", conf=0.95)
    words = [replace(w, conf=0.3) if w.text in DEBRIS.split() else w for w in page.words]
    return replace(page, words=words, notes=[STRETCHED])


def _debris(words: list[Word]) -> int:
    return sum(w.text in DEBRIS.split() for w in words)


def test_low_letter_words_in_a_row_of_sure_figures_are_a_rules_debris() -> None:
    assert _debris(without_debris(_page(beside_figures=True).words)) == 0
    assert not poorly_read(_page(beside_figures=True))


def test_low_letter_words_on_lines_of_their_own_still_count() -> None:
    assert _debris(without_debris(_page(beside_figures=False).words)) == 5 * len(DAYS)
    assert poorly_read(_page(beside_figures=False))


def test_the_first_act_s_date_read_surely_among_rule_debris_passes() -> None:
    document = one([_page(beside_figures=True)])
    assert value(document, "care_date") == "2025-02-20"
    assert document.fields["care_date"].confidence >= THRESHOLD
    assert not any(reason.startswith("Date des soins") for reason in document.review_reasons)
