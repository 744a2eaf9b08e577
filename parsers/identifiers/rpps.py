"""RPPS (Répertoire partagé des professionnels de santé) number.

The RPPS identifies a health professional: 11 digits, the last one a Luhn key over the eleven. In
practice every RPPS starts with 1 (`is_typical()`), but that is not enforced.

>>> validate('10003879623')
'10003879623'
>>> validate('100 038 796 23')
'10003879623'
>>> validate('10003879624')
Traceback (most recent call last):
    ...
parsers.identifiers.exceptions.InvalidChecksum: La clé de contrôle du numéro est fausse.
>>> validate('1000387962')
Traceback (most recent call last):
    ...
parsers.identifiers.exceptions.InvalidLength: Le numéro n'a pas la bonne longueur.
>>> validate('1000387962A')
Traceback (most recent call last):
    ...
parsers.identifiers.exceptions.InvalidFormat: Le numéro contient des caractères inattendus.
>>> is_valid('10003879623'), is_valid('')
(True, False)
>>> format('10003879623')
'100 038 796 23'
"""

from __future__ import annotations

from parsers.identifiers._util import clean, is_ascii_digits, luhn_ok
from parsers.identifiers.exceptions import InvalidChecksum, InvalidFormat, InvalidLength, ValidationError

LENGTH = 11


def compact(number: str) -> str:
    """Strip spaces, dots and dashes."""
    return clean(number)


def validate(number: str) -> str:
    """Return the compact RPPS or raise a ValidationError subclass."""
    number = compact(number)
    if not is_ascii_digits(number):
        raise InvalidFormat()
    if len(number) != LENGTH:
        raise InvalidLength()
    if not luhn_ok(number):
        raise InvalidChecksum()
    return number


def is_valid(number: str) -> bool:
    """True when `validate` accepts the number."""
    try:
        return bool(validate(number))
    except ValidationError:
        return False


def is_typical(number: str) -> bool:
    """True for a valid RPPS that starts with 1, as all issued ones do."""
    return is_valid(number) and compact(number).startswith("1")


def format(number: str) -> str:
    """Group as printed on cards: 3 3 3 2."""
    number = compact(number)
    return " ".join((number[:3], number[3:6], number[6:9], number[9:]))
