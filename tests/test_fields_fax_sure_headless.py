"""A care date taken from the first row of an acts table whose "Date" heading the fax lost (`_headless_acts`),
every word of it read surely on a well-read fax in normal resolution and in order with the invoice's date: as
sure as the first row under a "Date" heading, so it passes review (set 31 ab101). On a poorly read page, from
a doubted word, or with no issue date to agree with, it is still held. Wordings and values are made up."""

from __future__ import annotations

from tests.test_fields import one, value
from tests.test_fields_fax_dates import INVOICE, STRETCHED, THRESHOLD, _page

# the acts table with its heading lost: two rows, each a date, an act and an amount
HEADLESS = INVOICE.replace(
    "Date des soins : 14/03/2025\nMontant total : 309,60 €\n",
    "14/03/2025 AMK 8 154,80 €\n21/03/2025 AMK 8 154,80 €\nMontant total : 309,60 €\n",
)


def _care(text: str, **kwargs: object) -> float:
    document = one([_page(text, notes=[STRETCHED], **kwargs)])  # type: ignore[arg-type]
    assert value(document, "care_date") == "2025-03-14"
    return document.fields["care_date"].confidence


def test_a_headless_first_row_read_surely_on_a_well_read_normal_fax_passes_review() -> None:
    assert THRESHOLD <= _care(HEADLESS, noise=False) < 0.9


def test_it_stays_held_on_a_poorly_read_page() -> None:
    assert _care(HEADLESS) < THRESHOLD


def test_it_stays_held_when_a_digit_is_doubted() -> None:
    assert _care(HEADLESS, noise=False, date_conf=0.85) < THRESHOLD


def test_it_stays_held_with_no_issue_date_to_agree_with() -> None:
    assert _care(HEADLESS.replace("Date de facture : 23/04/2025\n", ""), noise=False) < THRESHOLD
