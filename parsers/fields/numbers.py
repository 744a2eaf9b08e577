"""Invoice and insurer numbers, and numbers that are not amounts: the number after a paper's name
("Facture tiers payant n° ..."), an insurer's number after its name, a reference inside a row of amounts,
an act code with its coefficient under an amount-like label."""

from __future__ import annotations

import re

from parsers.fields import values
from parsers.fields.base import Found
from parsers.fields.geometry import CELL_GAP
from parsers.fields.ids import find_id
from parsers.fields.layout import LabelHit, Line
from parsers.fields.reading import find_value

# words that make an insurer's label name its share of the amount, not its number
AMOUNT_ROLE_WORDS = {
    "part", "remb", "rembt", "remboursement", "rembourse", "montant", "pc", "prise", "pris", "charge",
    "demande", "demandee", "regle", "paye", "du", "estime", "estimee", "total",
}


INSURER_NUMBER_WEIGHT = 0.85  # an insurer's label with an identifier (no amount) right of it


def inside_table_row(hit: LabelHit) -> bool:
    """ "Monture ACETATE réf. LK-2241 ... 145,00 0,03 100,00": a reference inside a row of amounts is an
    article's, not the document's."""
    line, first = hit.line, hit.first_word
    if first == 0 or line.words[first].x0 - line.words[first - 1].x1 > CELL_GAP * line.height:
        return False
    return len(values.find_amounts(line.text)) >= 2


_WORDS_THEN_NUMBER = re.compile(
    r"^[\s:]*(?:[^\W\d_][\w'’]*\s+){1,3}(?:n°|nº|numero|numéro|no|n)(?![^\W\d_])\s*[.:°]?\s*(?=[^\W_])", re.IGNORECASE
)
NAMED_NUMBER_WEIGHT = 0.9  # "Facture tiers payant n°": the paper's kind, a few words, then its number


def number_after_words(text: str) -> Found | None:
    """ "Facture TIERS PAYANT N. 000330", "Facture de location n° L-88": a few words complete the
    paper's name before its number word; the number follows that word."""
    match = _WORDS_THEN_NUMBER.match(text)
    if match is None:
        return None
    found = find_value("invoice_number", text[match.end() :])
    if found is None or found.start > 0:
        return None
    return Found(found.value, found.start + match.end(), found.end + match.end())


_INSURER_NUMBER = re.compile(
    r"^[\s:]*[^\W\d_][^\d]{0,50}?[\s—–\-,(]+(?:n|no|n°|nº|numéro|num)[\s.:°]*(?=\d)", re.IGNORECASE
)
# OCR: "--" for "—"; "Uniprévoyance (88208759)": the number alone in brackets after the name, unspaced (no phone)
_INSURER_THEN_NUMBER = re.compile(r"^[\s:]*[^\W\d_][^\d]{0,50}?\s(?:[·•—–\-|,:/]|--|\((?=\d+\)))\s*(?=\d)")


def insurer_number(text: str, *, named: bool = False) -> Found | None:
    """The number printed after the insurer's name behind a complementary-insurer label ("Apivia —
    n° 722782956"); when the label itself names the number ("Organisme complémentaire (n°)",
    `named`), a separator is enough ("Apivia · 722782956", "Apivia / 722782956" under "Organisme / N° AMC"),
    or brackets around the number alone ("Uniprévoyance (88208759)").

    >>> insurer_number(": Uniprévoyance (88208759)", named=True).value
    '88208759'
    >>> insurer_number(": Uniprévoyance (88208759)"), insurer_number(": MGEN (01 23 45 67 89)", named=True)
    (None, None)
    """
    match, alone = _INSURER_NUMBER.match(text), False
    if match is None and named:
        match, alone = _INSURER_THEN_NUMBER.match(text), True
    if match is None:
        return None
    found = find_id("amc_number", text[match.end() :])
    if found is None or (alone and text[match.end() + found.end :].strip(" .,;)")):
        return None
    return Found(found.value, found.start + match.end(), found.end + match.end(), validity=0.95)


_COEFFICIENT = re.compile(r"^[\s:]*\d{1,3}(?:[.,]\d)?(?![\d,.]*\s*(?:€|eur))(?:\s|$)", re.IGNORECASE)


def act_code(hit: LabelHit, text: str, line: Line) -> bool:
    """A short code-like label ("AMO", "RO") that is an act code with its coefficient ("AMO 12.1"),
    or that sits inside a dated table row, is not an amount label."""
    if len(hit.label.tokens) != 1 or len(hit.label.tokens[0]) > 3:
        return False
    if _COEFFICIENT.match(text):
        return True
    dates = values.find_dates(line.text)
    if not dates or dates[0].start != 0 or hit.first_word == 0:
        return False
    gap = line.words[hit.first_word].x0 - line.words[hit.first_word - 1].x1
    return gap <= CELL_GAP * line.height  # inside a dated table row, not a box printed beside it


# "Arrêtée la présente note d'honoraires à la somme de soixante-sept euros (67,00 €)": the formula that
# closes a French invoice states what it totals, in words, the figures often after them in brackets.
_CLOSING_FORMULA = re.compile(r"\barret(?:e|ee|es|ees|ons)\b.{0,80}?\b(?:a|pour) la somme (?:totale )?de\b\s*:?\s*")
_BRACKETED = re.compile(r"^[\s,]*[(\[]?\s*")
CLOSING_SUM_WEIGHT = 0.85  # the sum the formula states, read once (in words or in figures)
CLOSING_SUM_AGREE = 0.95  # in words and in figures, both read the same: two readings agree
CLOSING_SUM_RIVAL = 0.5  # in words and in figures, read differently: one of them is misread


def closing_formula(folded: str) -> int | None:
    """Where the sum starts after the closing formula ("Arrêté(e) ... à la somme de") in a folded line,
    or None when the line holds no such formula."""
    match = _CLOSING_FORMULA.search(folded)
    return match.end() if match else None


def stated_sums(folded: str, text: str) -> list[tuple[Found, float]]:
    """The sum stated at the start of `text` (`folded` its folded form, the same length), in words, in
    figures, or both ("soixante-sept euros (67,00 €)"), each with its weight: the figures' place when they
    agree with the words, both places, weaker, when they differ."""
    words = values.words_amount(folded)
    rest = words.end if words else 0
    bracket = _BRACKETED.match(text[rest:])
    shift = rest + (bracket.end() if bracket else 0)
    amounts = values.find_amounts(text[shift:])
    figures = amounts[0] if amounts and amounts[0].start == 0 else None
    if figures is None and words is None:
        return []
    if figures is None:
        assert words is not None
        return [(Found(words.value, words.start, words.end), CLOSING_SUM_WEIGHT)]
    place = Found(figures.value, figures.start + shift, figures.end + shift)
    if words is None:
        return [(place, CLOSING_SUM_WEIGHT)]
    if words.value == figures.value:
        return [(place, CLOSING_SUM_AGREE)]
    return [(place, CLOSING_SUM_RIVAL), (Found(words.value, words.start, words.end), CLOSING_SUM_RIVAL)]
