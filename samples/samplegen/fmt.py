"""French formatting of dates, amounts and identifiers, in the many ways documents print them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

NBSP = "\u00a0"
NNBSP = "\u202f"


def fmt_date(d: date, style: str) -> str:
    """Styles: slash 15/09/2025, slash2 15/09/25, dot2 15.09.25, dot 15.09.2025, dash 15-09-2025,
    iso 2025-09-15, long 15 septembre 2025, longday lundi 15 septembre 2025."""
    if style == "slash":
        return d.strftime("%d/%m/%Y")
    if style == "slash2":
        return d.strftime("%d/%m/%y")
    if style == "dot2":
        return d.strftime("%d.%m.%y")
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    if style == "dash":
        return d.strftime("%d-%m-%Y")
    if style == "iso":
        return d.isoformat()
    day = "1er" if d.day == 1 else str(d.day)
    text = f"{day} {MONTHS[d.month - 1]} {d.year}"
    if style == "long":
        return text
    if style == "longday":
        return f"{DAYS[d.weekday()]} {text}"
    raise ValueError(style)


def _group(units: int, sep: str) -> str:
    text = str(units)
    parts: list[str] = []
    while len(text) > 3:
        parts.insert(0, text[-3:])
        text = text[:-3]
    parts.insert(0, text)
    return sep.join(parts)


def fmt_amount(value: Decimal, style: str) -> str:
    """Styles: sp "1 234,56 €", nbsp (U+00A0), nnbsp (U+202F thousands, U+00A0 before €),
    eur "1234,56 EUR", pre "€ 1 234,56", nospace "1234,56€", bare "1 234,56"."""
    sign = "-" if value < 0 else ""
    value = abs(value).quantize(Decimal("0.01"))
    units, cents = divmod(int(value * 100), 100)
    if style == "sp":
        return f"{sign}{_group(units, ' ')},{cents:02d} €"
    if style == "nbsp":
        return f"{sign}{_group(units, NBSP)},{cents:02d}{NBSP}€"
    if style == "nnbsp":
        return f"{sign}{_group(units, NNBSP)},{cents:02d}{NBSP}€"
    if style == "eur":
        return f"{sign}{units},{cents:02d} EUR"
    if style == "pre":
        return f"€ {sign}{_group(units, ' ')},{cents:02d}"
    if style == "nospace":
        return f"{sign}{units},{cents:02d}€"
    if style == "bare":
        return f"{sign}{_group(units, ' ')},{cents:02d}"
    raise ValueError(style)


def iso_amount(value: Decimal) -> str:
    return f"{value.quantize(Decimal('0.01'))}"


def fmt_nir(number: str, style: str) -> str:
    """Styles: spaced "2 85 09 75 056 123 45", compact, key "2850975056123 45", keyslash "... / 45"."""
    if style == "compact":
        return number
    if style == "key":
        return f"{number[:13]} {number[13:]}"
    if style == "keyslash":
        return f"{number[:13]} / {number[13:]}"
    groups = (number[0], number[1:3], number[3:5], number[5:7], number[7:10], number[10:13], number[13:])
    return " ".join(groups)


def fmt_id(number: str, style: str) -> str:
    """Practitioner ids: compact, or spaced in groups ("1 00038 79623" / "75 6 12345 6")."""
    if style == "compact":
        return number
    if len(number) == 11:
        return f"{number[0]} {number[1:6]} {number[6:]}"
    return f"{number[:2]} {number[2]} {number[3:8]} {number[8:]}"


def fmt_siret(number: str) -> str:
    return f"{number[:3]} {number[3:6]} {number[6:9]} {number[9:]}"
