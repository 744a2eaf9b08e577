"""Small helpers shared by the identifier modules."""

from __future__ import annotations

from stdnum import luhn

_SEPARATORS = " .-/\u00a0\u202f\u2009\t"


def clean(number: object, separators: str = _SEPARATORS) -> str:
    """Remove separators and surrounding spaces; anything not a str is an invalid format."""
    from parsers.identifiers.exceptions import InvalidFormat

    if not isinstance(number, str):
        raise InvalidFormat()
    return "".join(c for c in number if c not in separators).strip()


def is_ascii_digits(text: str) -> bool:
    """True for a non-empty string of 0-9 only (str.isdigit accepts '²' and Arabic digits)."""
    return bool(text) and all("0" <= c <= "9" for c in text)


def luhn_ok(number: str) -> bool:
    """Luhn check on ASCII digits; False for anything else."""
    return is_ascii_digits(number) and luhn.checksum(number) == 0
