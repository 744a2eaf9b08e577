"""An unlabelled row of shares: when the labels over the bottom line of amounts are misread, a row of
four amounts, the last of its page, whose first is the sum of the three others is read as total, AMO, AMC
and the patient's share (the order every form prints them in). The sum checks the reading, not the
columns' meaning: such values stay held below the auto-accept threshold."""

from __future__ import annotations

from decimal import Decimal

from parsers.fields import values
from parsers.fields.base import AMOUNT_FIELDS, Candidate
from parsers.fields.choice import Choice, PageResult

SHARE_ROW_CAP = 0.8
SHARE_ROW_NOTE = "unlabelled row of shares adding up"


def share_row(group: list[PageResult]) -> tuple[Candidate, ...] | None:
    """The last line of amounts of a page, when it is four amounts adding up, as four candidates; of
    several pages', the one with the greatest total."""
    best: tuple[Candidate, ...] | None = None
    for result in group:
        row = _bottom_row(result)
        if row is not None and (best is None or Decimal(row[0].value) > Decimal(best[0].value)):
            best = row
    return best


def _bottom_row(result: PageResult) -> tuple[Candidate, ...] | None:
    rows = [(line, found) for line in result.scan.lines if (found := values.find_amounts(line.text))]
    if not rows:
        return None
    line, matches = rows[-1]
    if len(matches) != len(AMOUNT_FIELDS):
        return None
    amounts = [Decimal(m.value) for m in matches]
    if amounts[0] <= 0 or amounts[0] != sum(amounts[1:]) or sum(1 for a in amounts[1:] if a) < 2:
        return None
    return tuple(
        Candidate(name, m.value, SHARE_ROW_CAP, line.page, None, m.raw, "share-row", ocr=line.source == "ocr")
        for name, m in zip(AMOUNT_FIELDS, matches, strict=True)
    )


def fill_from_share_row(chosen: dict[str, Choice], group: list[PageResult]) -> None:
    """Missing amounts taken from the share row, when every amount already chosen agrees with it."""
    if all(name in chosen for name in AMOUNT_FIELDS):
        return
    row = share_row(group)
    if row is None:
        return
    if any(name in chosen and Decimal(chosen[name].candidate.value) != Decimal(c.value)
           for name, c in zip(AMOUNT_FIELDS, row, strict=True)):
        return
    for name, candidate in zip(AMOUNT_FIELDS, row, strict=True):
        if name not in chosen:
            chosen[name] = Choice(candidate, SHARE_ROW_CAP, [SHARE_ROW_NOTE])
