"""FINESS number (health establishment).

Nine characters: two for the department (digits, or 2A/2B for Corsica), then digits, the last one a
Luhn key over the nine digits (Luhn holds on public examples; *unconfirmed*). For Corsican numbers the
key cannot be computed the same way and is not checked (`checksum_ok()` returns None).

>>> validate('750712184')
'750712184'
>>> validate('75 071 218 4')
'750712184'
>>> validate('750712185')
Traceback (most recent call last):
    ...
parsers.identifiers.exceptions.InvalidChecksum: La clé de contrôle du numéro est fausse.
>>> validate('2a0000028')
'2A0000028'
>>> checksum_ok('2A0000028') is None
True
>>> validate('2C0000028')
Traceback (most recent call last):
    ...
parsers.identifiers.exceptions.InvalidFormat: Le numéro contient des caractères inattendus.
>>> validate('75071218')
Traceback (most recent call last):
    ...
parsers.identifiers.exceptions.InvalidLength: Le numéro n'a pas la bonne longueur.
>>> format('750712184')
'75 071 218 4'
"""

from __future__ import annotations

from parsers.identifiers._util import clean, is_ascii_digits, luhn_ok
from parsers.identifiers.exceptions import InvalidChecksum, InvalidFormat, InvalidLength, ValidationError

LENGTH = 9


def compact(number: str) -> str:
    """Strip spaces, dots and dashes; upper-case the Corsican letter."""
    return clean(number).upper()


def _is_corsican(number: str) -> bool:
    return number[:2] in ("2A", "2B")


def validate(number: str) -> str:
    """Return the compact FINESS or raise a ValidationError subclass."""
    number = compact(number)
    rest = number[2:] if _is_corsican(number) else number
    if not is_ascii_digits(rest):
        raise InvalidFormat()
    if len(number) != LENGTH:
        raise InvalidLength()
    if not _is_corsican(number) and not luhn_ok(number):
        raise InvalidChecksum()
    return number


def checksum_ok(number: str) -> bool | None:
    """True/False for the Luhn key; None when it does not apply (Corsica) or the form is wrong."""
    try:
        number = validate(number)
    except InvalidChecksum:
        return False
    except ValidationError:
        return None
    return None if _is_corsican(number) else True


def is_valid(number: str) -> bool:
    """True when `validate` accepts the number."""
    try:
        return bool(validate(number))
    except ValidationError:
        return False


def format(number: str) -> str:
    """Group 2 3 3 1."""
    number = compact(number)
    return " ".join((number[:2], number[2:5], number[5:8], number[8:]))
