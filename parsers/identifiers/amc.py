"""AMC number (the complementary insurer, printed on the tiers-payant card).

Digits only; the length is *unconfirmed*, so it is a keyword option (4 to 10 by default). When the
operator configures its insurer table, a number absent from it is an InvalidComponent.

>>> validate('12345678')
'12345678'
>>> validate('1234 5678', known={'12345678'})
'12345678'
>>> validate('87654321', known={'12345678'})
Traceback (most recent call last):
    ...
parsers.identifiers.exceptions.InvalidComponent: Une partie du numéro est impossible.
>>> validate('12A45678')
Traceback (most recent call last):
    ...
parsers.identifiers.exceptions.InvalidFormat: Le numéro contient des caractères inattendus.
>>> validate('123')
Traceback (most recent call last):
    ...
parsers.identifiers.exceptions.InvalidLength: Le numéro n'a pas la bonne longueur.
>>> format('12345678')
'12345678'
"""

from __future__ import annotations

from collections.abc import Collection

from parsers.identifiers._util import clean, is_ascii_digits
from parsers.identifiers.exceptions import InvalidComponent, InvalidFormat, InvalidLength, ValidationError

MIN_LENGTH = 4
MAX_LENGTH = 10


def compact(number: str) -> str:
    """Strip spaces, dots and dashes."""
    return clean(number)


def validate(
    number: str,
    *,
    known: Collection[str] | None = None,
    min_length: int = MIN_LENGTH,
    max_length: int = MAX_LENGTH,
) -> str:
    """Return the compact number or raise; `known` is the configured insurer table, if any."""
    number = compact(number)
    if not is_ascii_digits(number):
        raise InvalidFormat()
    if not min_length <= len(number) <= max_length:
        raise InvalidLength()
    if known is not None and number not in known:
        raise InvalidComponent()
    return number


def is_valid(number: str, *, known: Collection[str] | None = None) -> bool:
    """True when `validate` accepts the number."""
    try:
        return bool(validate(number, known=known))
    except ValidationError:
        return False


def format(number: str) -> str:
    """Printed as is."""
    return compact(number)
