"""ADELI number (older identifier of health professionals).

Nine digits: department (2), profession code, serial, key. The exact layout is *unconfirmed*: public
examples pass a Luhn check, so the key is only a soft signal. `validate()` checks the form only;
`checksum_ok()` says whether the Luhn key holds (a caller lowers its confidence when it does not).

>>> validate('751012345')
'751012345'
>>> validate('75 101 2345')
'751012345'
>>> checksum_ok('751012345'), checksum_ok('751012346')
(True, False)
>>> validate('751012346')  # a failing key is not a rejection
'751012346'
>>> validate('7510123')
Traceback (most recent call last):
    ...
parsers.identifiers.exceptions.InvalidLength: Le numéro n'a pas la bonne longueur.
>>> validate('75101234X')
Traceback (most recent call last):
    ...
parsers.identifiers.exceptions.InvalidFormat: Le numéro contient des caractères inattendus.
>>> validate('001012345')
Traceback (most recent call last):
    ...
parsers.identifiers.exceptions.InvalidComponent: Une partie du numéro est impossible.
>>> format('751012345')
'75 1 01234 5'
"""

from __future__ import annotations

from parsers.identifiers._util import clean, is_ascii_digits, luhn_ok
from parsers.identifiers.exceptions import InvalidComponent, InvalidFormat, InvalidLength, ValidationError

LENGTH = 9


def compact(number: str) -> str:
    """Strip spaces, dots and dashes."""
    return clean(number)


def validate(number: str) -> str:
    """Return the compact ADELI or raise a ValidationError subclass (the key is not checked)."""
    number = compact(number)
    if not is_ascii_digits(number):
        raise InvalidFormat()
    if len(number) != LENGTH:
        raise InvalidLength()
    if number[:2] == "00":
        raise InvalidComponent()
    return number


def checksum_ok(number: str) -> bool:
    """True when the Luhn key over the nine digits holds (a soft signal)."""
    try:
        return luhn_ok(validate(number))
    except ValidationError:
        return False


def is_valid(number: str) -> bool:
    """True when the form is right (see `checksum_ok` for the key)."""
    try:
        return bool(validate(number))
    except ValidationError:
        return False


def format(number: str) -> str:
    """Department, profession, serial, key."""
    number = compact(number)
    return " ".join((number[:2], number[2:3], number[3:8], number[8:]))
