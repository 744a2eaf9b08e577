"""`find_value`: the value of a field read at the start of a text, by family (identifiers in `ids.py`,
amounts, dates in `dates.py`, names in `names.py`, invoice numbers)."""

from __future__ import annotations

import re

from parsers.fields import values
from parsers.fields.base import AMOUNT_FIELDS, DATE_FIELDS, ID_FIELDS, NAME_FIELDS, Found
from parsers.fields.dates import PERIOD_END, SPAN_VALIDITY, boxed_date, interleaved, opens_span
from parsers.fields.ids import find_id
from parsers.fields.labels import fold
from parsers.fields.names import find_name


def find_value(name: str, text: str, *, bare_zero: bool = False) -> Found | None:
    """The value of field `name` at the start of `text`; `bare_zero`: a share may be a plain "0"."""
    if name in ID_FIELDS:
        return find_id(name, text)
    if name in AMOUNT_FIELDS:
        amounts = values.find_amounts(text)
        zero = _BARE_ZERO.match(text) if bare_zero else None
        if not amounts and zero is not None and name != "total_amount":
            return Found("0.00", zero.start(1), zero.end(1), validity=BARE_ZERO_VALIDITY)  # "reste 0 — tiers payant"
        if not amounts or amounts[0].start > 80:
            return None
        far = amounts[0].start > 40
        return Found(amounts[0].value, amounts[0].start, amounts[0].end, validity=0.9 if far else 1.0)
    if name in DATE_FIELDS or name == "generic_date":
        dates = values.find_dates(text) or boxed_date(text)
        if name == "care_date" and dates and dates[0].start > 30 and opens_span(text, dates):
            return Found(dates[0].value, dates[0].start, dates[0].end, validity=SPAN_VALIDITY)
        if not dates or dates[0].start > 30 or interleaved(text, dates[0].start):
            return None
        if name == "care_date" and PERIOD_END.search(fold(text[: dates[0].start])):
            return None  # "du 1er (unread) au 30 septembre": the period's end, not its first day
        return Found(dates[0].value, dates[0].start, dates[0].end)
    if name in NAME_FIELDS:
        return find_name(text)
    if name == "invoice_number":
        rule = _RULE_LEAD.match(text)
        lead = rule.end() if rule else 0
        match = values.parse_invoice_number(text[lead:])
        if match is None or match.start + lead > 12:
            return None
        return Found(match.value, match.start + lead, match.end + lead, match.repaired)
    return None


_RULE_LEAD = re.compile(r"[\s:.]*(?:\|[\s:.]*)?")  # "N° de facture. | 98-12450": a table's rule read as "|"


_BARE_ZERO = re.compile(r"^[\s:=]*(0)(?![\d,.]|\s*%)")
BARE_ZERO_VALIDITY = 0.8  # nothing to pay, written without decimals or a currency sign
