"""Parse printed French values into the normalised forms of the data contract.

>>> parse_amount("1 234,56 €"), parse_amount("1\u00a0234,56 €"), parse_amount("1\u202f234,56")
('1234.56', '1234.56', '1234.56')
>>> parse_amount("1234,56 EUR"), parse_amount("€ 45,00"), parse_amount("45.00"), parse_amount("1.234,56")
('1234.56', '45.00', '45.00', '1234.56')
>>> parse_amount("480.,00€"), parse_amount("1.480,00")
('480.00', '1480.00')
>>> parse_amount("{60 108,60 €"), parse_amount("(1 234,56 €)"), parse_amount("(60 %) 108,60 €")
('108.60', '1234.56', '108.60')
>>> parse_amount("(2 345,00 € dont TVA)"), parse_amount("(60 108,60 €)")
('2345.00', '60108.60')
>>> [m.value for m in find_amounts("Part AMO {60 108,60 € et 20,00 €")]
['108.60', '20.00']
>>> parse_date("15/09/2025"), parse_date("15.09.25"), parse_date("15 septembre 2025")
('2025-09-15', '2025-09-15', '2025-09-15')
>>> parse_date("2025-09-15"), parse_date("15-09-2025"), parse_date("1er sept. 2025"), parse_date("31/02/2025")
('2025-09-15', '2025-09-15', '2025-09-01', None)
>>> parse_date("18.09,25"), parse_date("1.046,71"), parse_date("10.05,25 €")
('2025-09-18', None, None)
>>> parse_date("ler mars 2025"), parse_date("Ier mars 2025"), parse_date("le mars 2025")
('2025-03-01', '2025-03-01', None)
>>> parse_name("M. DUPONT Jean"), parse_name("Mme LE GALL Anne-Marie"), parse_name("Dr Élodie DUPONT-MORETTI")
('DUPONT Jean', 'LE GALL Anne-Marie', 'DUPONT-MORETTI Élodie')
>>> parse_name("Mrne BÉNARD Noémie"), parse_name("BÉNARD Mme Noémie"), parse_name("Mme PERRIN.Chloé")
('BÉNARD Noémie', 'BÉNARD Noémie', 'PERRIN Chloé')
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from parsers.fields.labels import edit_distance, fold

SPACES = " \u00a0\u202f\u2009\u2007"
_SP = f"[{SPACES}]"

# An amount: optional currency before, digits with thousands separators, decimals, optional currency after.
AMOUNT_RE = re.compile(
    rf"(?<![\d,.])(?P<pre>(?:€|EUR){_SP}?)?"
    rf"(?P<num>-?(?!0\d)\d{{1,3}}(?:(?:{_SP}|\.)\d{{3}})+(?:,\d{{2}})?|-?\d{{1,3}}(?:,\d{{3}})+\.\d{{2}}|-?\d+\.,\d{{2}}|-?\d+(?:[,.]\d{{1,2}})?)"
    rf"(?![\d]|[.,]\d|{_SP}?%)(?P<post>{_SP}?(?:€|EUR|euros?)\b|{_SP}?€)?",  # "12.03.25" is a date
    re.IGNORECASE,
)  # "TVA 2,10 %", "taux 65,00 %": a rate, not an amount

MONTHS = {
    "janvier": 1,
    "janv": 1,
    "jan": 1,
    "fevrier": 2,
    "fevr": 2,
    "fev": 2,
    "mars": 3,
    "mar": 3,
    "avril": 4,
    "avr": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "juil": 7,
    "aout": 8,
    "septembre": 9,
    "sept": 9,
    "sep": 9,
    "octobre": 10,
    "oct": 10,
    "novembre": 11,
    "nov": 11,
    "decembre": 12,
    "dec": 12,
}
# a cross-border invoice printed in English: "16 Dec 1979", "Jul 14, 2025"
ENGLISH_MONTHS = {
    "january": 1, "february": 2, "feb": 2, "march": 3, "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6,
    "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
NUMERIC_DATE_RE = re.compile(r"(?<!\d)(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})(?!\d)")
# "18.09,25", "26,08,25": a fax reads a dot of a short date as a comma (no amount has a second 2-digit group);
# "le 18.04,2025.": the sentence's full stop after a 4-digit year is no further group
DOT_COMMA_DATE_RE = re.compile(
    r"(?<![\d,.])(\d{1,2})([.,])(\d{2})([.,])(\d{2}|\d{4})(?!\d|[,.]\d|(?<!\d{3})[,.]|\s*(?:€|eur))", re.IGNORECASE
)
# "22/ 03/° 25": a handwritten date read with a space or a speck after its slashes
SPACED_DATE_RE = re.compile(r"(?<![\d/])(\d{1,2}) ?/ ?[°'’]?(\d{1,2}) ?/ ?[°'’]? ?(\d{4}|\d{2})(?![\d/])")
ISO_DATE_RE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
WORD_DATE_RE = re.compile(
    r"(?<![\w|])(\d{1,2}|[li|](?=er))(?:er)?[\s\u00a0\u202f]+([a-z]{3,10})\.?[\s\u00a0\u202f]+(\d{4})(?!\d)"
)  # OCR reads the "1" of "1er" as l, I or |
def month_number(word: str) -> int | None:
    """The month a folded word names, French or English, or a long French name read with one letter
    wrong ("févricr" on a fax) or its "m" read as "rn" ("septernbre"); None for any other word.

    >>> month_number("fevricr"), month_number("sept"), month_number("jul"), month_number("marche")
    (2, 9, 7, None)
    >>> month_number("septernbre"), month_number("decernbre")
    (9, 12)
    """
    word = word.replace("rn", "m")  # no month name holds "rn": the two glyphs a scan makes of an "m"
    found = MONTHS.get(word) or ENGLISH_MONTHS.get(word)
    if found or len(word) < 6:
        return found
    near = {n for name, n in MONTHS.items() if len(name) >= 6 and edit_distance(word, name, 1) == 1}
    return near.pop() if len(near) == 1 else None


MONTH_FIRST_RE = re.compile(r"(?<![\w|])([a-z]{3,9})\.?[\s\u00a0\u202f]+(\d{1,2}),[\s\u00a0\u202f]*(\d{4})(?!\d)")


# a date written in words: "le quatorze octobre deux mille vingt-cinq" (a certificate, a notary-like letter)
NUMBER_WORDS = {
    "un": 1, "une": 1, "premier": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
    "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "cent": 100, "cents": 100, "mille": 1000, "mil": 1000, "et": 0,
}
_NUMBER_WORD = "(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
_NUMBER_PHRASE = rf"{_NUMBER_WORD}(?:[\s\u00a0-]+{_NUMBER_WORD})*"
SPELLED_DATE_RE = re.compile(
    rf"(?<![\w-])({_NUMBER_PHRASE}|\d{{1,2}}(?:er)?)[\s\u00a0]+([a-z]{{3,9}})\.?[\s\u00a0]+({_NUMBER_PHRASE}|\d{{4}})(?![\w-])"
)


def words_number(text: str) -> int | None:
    """The number French words spell ("deux mille vingt-cinq" -> 2025, "quatre-vingt-dix" -> 90).

    >>> words_number("vingt-cinq"), words_number("soixante et onze"), words_number("mil neuf cent quatre-vingt-dix")
    (25, 71, 1990)
    """
    total, current, previous = 0, 0, ""
    for word in re.split(r"[\s\u00a0-]+", text.strip()):
        if word not in NUMBER_WORDS:
            return None
        if word in ("mille", "mil"):
            total, current = total + (current or 1) * 1000, 0
        elif word in ("cent", "cents"):
            current = (current or 1) * 100
        elif word in ("vingt", "vingts") and previous == "quatre":
            current += 76  # "quatre-vingt": the four already counted becomes eighty
        else:
            current += NUMBER_WORDS[word]
        previous = word
    return total + current


_WORDS_AMOUNT = re.compile(
    rf"^({_NUMBER_PHRASE})[\s\u00a0]+euros?\b(?:[\s\u00a0]+et[\s\u00a0]+({_NUMBER_PHRASE})[\s\u00a0]+centimes?\b)?"
)


def words_amount(folded: str) -> Match | None:
    """The amount French words spell at the start of a folded text ("soixante-sept euros",
    "cent vingt euros et cinquante centimes"), or None.

    >>> words_amount("soixante-sept euros (67,00 €)").value, words_amount("deux cents euros et dix centimes").value
    ('67.00', '200.10')
    >>> words_amount("soixante-sept (67,00 €)"), words_amount("trente centimes")
    (None, None)
    """
    match = _WORDS_AMOUNT.match(folded)
    if match is None:
        return None
    euros = words_number(match.group(1))
    cents = words_number(match.group(2)) if match.group(2) else 0
    if not euros or cents is None or cents >= 100:
        return None
    return Match(f"{euros}.{cents:02d}", match.start(), match.end(), match.group(0))


def _spelled_dates(folded: str, text: str) -> list[Match]:
    found: list[Match] = []
    for m in SPELLED_DATE_RE.finditer(folded):
        day_text, month, year_text = m.groups()
        if day_text[:1].isdigit() and year_text.isdigit():
            continue  # a plain "14 octobre 2025": WORD_DATE_RE's
        day = int(day_text.removesuffix("er")) if day_text[:1].isdigit() else words_number(day_text)
        year = int(year_text) if year_text.isdigit() else words_number(year_text)
        number = month_number(month)
        iso = _iso(year, number, day) if number and day and year else None
        if iso:
            found.append(Match(iso, m.start(), m.end(), text[m.start() : m.end()]))
    return found


@dataclass(frozen=True)
class Match:
    value: str  # normalised
    start: int  # span in the scanned text
    end: int
    raw: str
    repaired: bool = False  # read past a glyph that is no part of it (`parse_invoice_number`)


def _amount_value(num: str) -> str | None:
    compact = "".join(c for c in num if c not in SPACES).replace(".,", ",")  # "480.,00": a speck read before the comma
    if re.fullmatch(r"-?\d{1,3}(?:\.\d{3})+(?:,\d{2})?", compact) and "." in compact:
        compact = compact.replace(".", "")
    elif re.fullmatch(r"-?\d{1,3}(?:,\d{3})+\.\d{2}", compact):
        compact = compact.replace(",", "")
    compact = compact.replace(",", ".")
    try:
        value = float(compact)
    except ValueError:
        return None
    if abs(value) >= 1e7:
        return None
    return f"{value:.2f}"


def find_amounts(text: str, *, need_marker: bool = True) -> list[Match]:
    """Amounts in `text`. Without decimals or a currency sign a number is not an amount (need_marker)."""
    found: list[Match] = []
    for m in AMOUNT_RE.finditer(text):
        num = m.group("num")
        opened = _OPENED_GROUP.match(num) if _bracket_open_before(text, m.start()) else None
        if opened and int(opened.group(1)) <= FULL_RATE and not _CLOSED.match(text, m.end()):
            after = m.start() + opened.end()
            found.extend(_shifted(find_amounts(text[after : m.end()], need_marker=need_marker), after))
            continue
        has_decimals = bool(re.search(r"[,.]\d{2}$", num)) or bool(re.search(r",\d{1,2}$", num))
        has_currency = bool(m.group("pre") or m.group("post"))
        if need_marker and not (has_decimals or has_currency):
            continue
        value = _amount_value(num)
        if value is not None:
            found.append(Match(value, m.start(), m.end(), m.group(0).strip()))
    return found


# "Part AMO {60 *#) 108,60 €": a rate in brackets whose "%)" was misread, then dropped as a speck,
# leaves "{60 108,60 €", read as 60 108,60 with a space between thousands. A bracket opened before a
# grouped amount and not closed after it, its first group a rate, holds the rate: the amount starts after it.
_OPENING = ("(", "{", "[")
_OPENED_GROUP = re.compile(rf"(\d{{2,3}}){_SP}(?=\d)")
FULL_RATE = 100
_CLOSED = re.compile(rf"{_SP}?(?:€|EUR)?{_SP}?[)}}\]]", re.IGNORECASE)


# "Prise en charge Assurance Maladie (ALD 100 %) 250,00 €" read "(ALD 100 250,00 €": the bracket opened on
# one word (the regime's: "ALD", "taux", "soit") before the rate, whose "%)" a fax lost.
_WORD_IN_BRACKET = re.compile(rf"[(\[{{][A-Za-zÀ-ÿ]{{2,5}}{_SP}$")


def _bracket_open_before(text: str, start: int) -> bool:
    """A bracket opened right before `start` ("{60 108,60 €"), or on one short word before it."""
    return text[start - 1 : start] in _OPENING or bool(_WORD_IN_BRACKET.search(text[max(0, start - 8) : start]))


def _shifted(found: list[Match], by: int) -> list[Match]:
    return [Match(m.value, m.start + by, m.end + by, m.raw, m.repaired) for m in found]


def parse_amount(text: str) -> str | None:
    """The first amount in `text` as "1234.56", or None."""
    found = find_amounts(text)
    return found[0].value if found else None


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        pivot = dt.date.today().year % 100 + 1
        year += 2000 if year <= pivot else 1900
    return year


def _iso(year: int, month: int, day: int) -> str | None:
    if not 1900 <= year <= 2100:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def find_dates(text: str) -> list[Match]:
    """Dates in `text` (always day-first), as ISO strings, in order of appearance."""
    found: list[Match] = []
    for m in NUMERIC_DATE_RE.finditer(text):
        iso = _iso(_year(m.group(3)), int(m.group(2)), int(m.group(1)))
        if iso:
            found.append(Match(iso, m.start(), m.end(), m.group(0)))
    for m in DOT_COMMA_DATE_RE.finditer(text):
        iso = _iso(_year(m.group(5)), int(m.group(3)), int(m.group(1)))
        if iso and "," in m.group(2) + m.group(4):
            found.append(Match(iso, m.start(), m.end(), m.group(0)))
    for m in SPACED_DATE_RE.finditer(text):
        iso = _iso(_year(m.group(3)), int(m.group(2)), int(m.group(1)))
        if iso and not NUMERIC_DATE_RE.fullmatch(m.group(0)):
            found.append(Match(iso, m.start(), m.end(), m.group(0)))
    for m in ISO_DATE_RE.finditer(text):
        iso = _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if iso:
            found.append(Match(iso, m.start(), m.end(), m.group(0)))
    folded = fold(text)
    if len(folded) == len(text):
        for m in WORD_DATE_RE.finditer(folded):
            month = month_number(m.group(2))
            day = int(m.group(1)) if m.group(1).isdigit() else 1
            iso = _iso(int(m.group(3)), month, day) if month else None
            if iso:
                found.append(Match(iso, m.start(), m.end(), text[m.start() : m.end()]))
        found.extend(_spelled_dates(folded, text))
        for m in MONTH_FIRST_RE.finditer(folded):
            month = month_number(m.group(1))
            iso = _iso(int(m.group(3)), month, int(m.group(2))) if month else None
            if iso:
                found.append(Match(iso, m.start(), m.end(), text[m.start() : m.end()]))
    found.sort(key=lambda match: match.start)
    return _without_overlaps(found)


def _without_overlaps(found: list[Match]) -> list[Match]:
    kept: list[Match] = []
    for match in found:
        if kept and match.start < kept[-1].end:
            continue
        kept.append(match)
    return kept


def parse_date(text: str) -> str | None:
    """The first date in `text` as "YYYY-MM-DD", or None."""
    found = find_dates(text)
    return found[0].value if found else None


TITLES = {
    "m",
    "mr",
    "mme",
    "mlle",
    "melle",
    "madame",
    "monsieur",
    "mademoiselle",
    "dr",
    "docteur",
    "pr",
    "professeur",
    "me",
    "mmes",
    "mm",
    "enfant",
    "bebe",
}
_MADAME = {"mme", "mmes"}
PARTICLES = {"de", "du", "des", "le", "la", "les", "d", "van", "von", "der", "da", "di", "del", "ben", "el"}
NAME_TOKEN_RE = re.compile(r"^[^\W\d_]+(?:['’-][^\W\d_]+)*\.?$")


# "JoLY" for JOLY on a fax: a capital whose small letter has its shape, only smaller, read small
SMALL_CAPITALS = "cosuvwxz"
_SMALL_CAPITAL_LETTERS = 4  # "JoLY": one small letter among capitals, in a word of four letters at the least


def _is_upper(token: str) -> bool:
    """A word in capitals: a last name as French forms print it.

    >>> _is_upper("JOLY"), _is_upper("JoLY"), _is_upper("Joly"), _is_upper("JoLi"), _is_upper("MaRY")
    (True, True, False, False, False)
    """
    letters = [c for c in token if c.isalpha()]
    if (bool(letters) and all(c.isupper() for c in letters) and len(letters) >= 2) or (
        len(letters) == 1 and letters[0].isupper() and not token.endswith(".")
    ):
        return True
    small = [c for c in letters[1:] if not c.isupper()]
    long_enough = len(letters) >= _SMALL_CAPITAL_LETTERS and letters[0].isupper()
    return long_enough and len(small) == 1 and small[0] in SMALL_CAPITALS


def _capitalise(token: str) -> str:
    if any(c.isupper() for c in token[1:]) and not _is_upper(token):
        return token
    return "-".join(part[:1].upper() + part[1:].lower() for part in token.split("-"))


def name_tokens(text: str) -> list[str]:
    """The leading tokens of `text` that can be part of a person's name (titles dropped)."""
    kept: list[str] = []
    text = re.sub(r"(?<=[^\W\d_]{2})\.(?=[^\W\d_])", ". ", text)  # "PERRIN.Chloé": a space lost by OCR
    for raw in re.split(rf"[{SPACES}]+|(,)", text.strip()):
        if raw == "," and len(kept) >= 2:
            break
        token = (raw or "").strip(":;(),!")  # "Mickaël!": a speck read after the name
        if not token:
            continue
        if not NAME_TOKEN_RE.match(token):
            break
        title = fold(token).rstrip(".").replace("rn", "m")  # OCR reads "m" as "rn": "Mrne"
        if not kept and title.replace("in", "m", 1) in _MADAME:
            title = "mme"  # a fax reads the second "m" of "Mme" as "in": "Patient : Mine JOLY Géraldine"
        if title in TITLES and (not kept or len(title) >= 3 or raw[:1] in "(["):
            continue  # "BÉNARD Mme Noémie", "HAMON Rémi (M.)": a civility is never part of the name
        kept.append(token.rstrip("."))
        if len(kept) >= 6:
            break
    return kept


def parse_name(text: str) -> str | None:
    """A person's name as "LASTNAME Firstname" (upper-case tokens are the last name), or None."""
    found = name_tokens(text)
    if not found:
        return None
    upper = [i for i, t in enumerate(found) if _is_upper(t)]
    if not upper or len(upper) == len(found):
        if len(found) < 2:
            return None
        if upper:  # all upper case: French forms print the last name first
            return f"{found[0].upper()} {' '.join(_capitalise(t) for t in found[1:])}"
        return f"{found[-1].upper()} {' '.join(_capitalise(t) for t in found[:-1])}"
    first, last = upper[0], upper[-1]
    while first > 0 and fold(found[first - 1]).rstrip("'") in PARTICLES:
        first -= 1
    last_name = " ".join(t.upper() for t in found[first : last + 1])
    given = [*found[:first], *found[last + 1 :]]
    if not given:
        return None
    return f"{last_name} {' '.join(_capitalise(t) for t in given)}"


# A stamp's stroke or a rule's end read as dashes glued before the number ("N° FACTURE ——+20255325914"):
# ink, not the number's first characters; a number never starts with two dashes or a dash and a "+".
STAMP_INK = re.compile(r"(?:[\-–—_=~]{2,}[+:.]*|[\-–—_=~]\+[:.]*)(?=[A-Za-z0-9])")


def _ink_before(token: str) -> int:
    """How many characters of stamp ink are glued before the number in `token` (0 when none)."""
    ink = STAMP_INK.match(token)
    return ink.end() if ink else 0


INVOICE_NUMBER_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9/_.\-]*[A-Za-z0-9]$|^[0-9]$")
# "X° P25-00490": the number sign's N misread, its ring read; a ring follows no other letter
NUMBER_SIGN_MISREAD = re.compile(r"^[A-Za-z][°º]$")
# "P25-00491]", "P25-00491!": a bracket, a bar or a bang glued after the number's last character, with no
# opening bracket before it: the edge of a scan, a speck or a rule read as a glyph, not the number's
_TRAILING_DEBRIS = re.compile(r"(?<=[A-Za-z0-9])[\]|!]$")


def parse_invoice_number(text: str) -> Match | None:
    """The first token that looks like an invoice number (has a digit, is not a date or amount)."""
    for m in re.finditer(r"[^\s\u00a0\u202f:;,()]+", text):
        ink = _ink_before(m.group(0))
        token = m.group(0)[ink:].strip(".")
        if not token or token in {"-", "–", "—", "#"}:
            continue
        if fold(token) in {"no", "n", "n°", "numero", "de", "du", "la", "facture", "devis", "ref"}:
            continue
        if NUMBER_SIGN_MISREAD.match(token):
            continue
        if re.fullmatch(r"[A-Z]{2,5}", token):  # "INF 2025/09-12": a letter prefix, then the number
            rest = re.match(r"[ \u00a0]([A-Za-z0-9][A-Za-z0-9/_.\-]*[A-Za-z0-9])", text[m.end() :])
            if rest and any(c.isdigit() for c in rest.group(1)) and not find_dates(rest.group(1)):
                end = m.end() + rest.end()
                extra = 0  # "FS 000 8841": digit groups continue an all-digit number, never "INF 2025/09-13"
                while (
                    rest.group(1).isdigit()
                    and extra < 2
                    and (more := re.match(r"[ \u00a0]([0-9]{3,})(?=\s|$)", text[end:]))
                ):
                    end += more.end()
                    extra += 1
                return Match(text[m.start() : end], m.start(), end, text[m.start() : end])
        debris = _TRAILING_DEBRIS.search(token) if "[" not in token else None
        if debris is not None and INVOICE_NUMBER_RE.match(token[: debris.start()]):
            token = token[: debris.start()]
        if not INVOICE_NUMBER_RE.match(token) or not any(c.isdigit() for c in token):
            return None
        if find_dates(token) and len(find_dates(token)[0].raw) == len(token):
            return None
        if re.match(r"[:;][A-Za-z0-9]", text[m.end() :]):
            return None  # "AMB25:67951": a dash read as a colon; the number read so far is cut short
        start = m.start() + ink
        return Match(token, start, start + len(token), token, repaired=debris is not None)
    return None
