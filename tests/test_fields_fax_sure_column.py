"""A care date in the acts table's date column, under a bare "Date" heading, every word of it read surely on a
well-read fax in normal resolution and in order with the invoice's date months later: as sure as on a fine
fax, so it passes review (set 21 g110). On a poorly read page, with no issue date to agree with, or from a
doubted word, it is still held. Wordings and values are made up."""

from __future__ import annotations

from tests.test_fields import one, value
from tests.test_fields_fax_dates import ACTS_TABLE, STRETCHED, THRESHOLD, _page

# the invoice issued four months after the act: the dates agree, but too far apart for the close lift
LATE_ISSUE = ACTS_TABLE.replace("Date de facture : 23/04/2025", "Date de facture : 23/07/2025")


def _care(text: str, **kwargs: object) -> float:
    document = one([_page(text, notes=[STRETCHED], **kwargs)])  # type: ignore[arg-type]
    assert value(document, "care_date") == "2025-03-14"
    return document.fields["care_date"].confidence


def test_a_column_date_read_surely_on_a_well_read_normal_fax_passes_review() -> None:
    assert THRESHOLD <= _care(LATE_ISSUE, noise=False) < 0.9


def test_it_stays_held_on_a_poorly_read_page() -> None:
    assert _care(LATE_ISSUE) < THRESHOLD


def test_it_stays_held_with_no_issue_date_to_agree_with() -> None:
    assert _care(LATE_ISSUE.replace("Date de facture : 23/07/2025\n", ""), noise=False) < THRESHOLD


def test_it_stays_held_when_a_digit_is_doubted() -> None:
    assert _care(LATE_ISSUE, noise=False, date_conf=0.85) < THRESHOLD
