"""NIR (n° de sécurité sociale, n° d'immatriculation) of the insured person.

Wraps `stdnum.fr.nir` (length, 2A/2B, the 2-digit key = 97 - (first 13 mod 97), 2A→19, 2B→18) and
adds what it lacks: the sex digit (1/2; 7/8 = NNP and 5/6 = MIG temporary numbers), and the month
(01-12, or 20-99 when the month is unknown). Temporary numbers may be printed with 13 characters and
no key; they are accepted and `is_temporary()` flags them.

>>> validate('1 85 05 78 006 084 91')
'185057800608491'
>>> validate('185057800608492')
Traceback (most recent call last):
    ...
parsers.identifiers.exceptions.InvalidChecksum: La clé de contrôle du numéro est fausse.
>>> validate('253072B07300470')
'253072B07300470'
>>> validate('253072A07300443')
'253072A07300443'
>>> validate('385057800608488')  # sex 3 does not exist
Traceback (most recent call last):
    ...
parsers.identifiers.exceptions.InvalidComponent: Une partie du numéro est impossible.
>>> validate('185157800608457')  # month 15
Traceback (most recent call last):
    ...
parsers.identifiers.exceptions.InvalidComponent: Une partie du numéro est impossible.
>>> validate('1 85 99 78 006 084')  # 13 characters without key: only for temporary numbers
Traceback (most recent call last):
    ...
parsers.identifiers.exceptions.InvalidLength: Le numéro n'a pas la bonne longueur.
>>> validate('7850578006084'), is_temporary('7850578006084')
('7850578006084', True)
>>> is_temporary('185057800608491')
False
>>> format('185057800608491')
'1 85 05 78 006 084 91'
"""

from __future__ import annotations

import stdnum.exceptions
from stdnum.fr import nir as _nir

from parsers.identifiers._util import clean, is_ascii_digits
from parsers.identifiers.exceptions import (
    InvalidChecksum,
    InvalidComponent,
    InvalidFormat,
    InvalidLength,
    ValidationError,
    translate,
)

SEXES = frozenset("12")
TEMPORARY_SEXES = frozenset("5678")  # 5/6 MIG, 7/8 NNP


def compact(number: str) -> str:
    """Strip spaces, dots and dashes; upper-case 2a/2b."""
    return clean(number).upper()


def _check_shape(number: str) -> None:
    if len(number) not in (13, 15):
        if not is_ascii_digits(number.replace("2A", "").replace("2B", "")):
            raise InvalidFormat()
        raise InvalidLength()
    if not is_ascii_digits(number[:5]) or not is_ascii_digits(number[7:]):
        raise InvalidFormat()
    if not is_ascii_digits(number[5:7]) and number[5:7] not in ("2A", "2B"):
        raise InvalidFormat()


def _check_components(number: str) -> None:
    sex = number[0]
    if sex not in SEXES and sex not in TEMPORARY_SEXES:
        raise InvalidComponent()
    month = int(number[3:5])
    if sex in SEXES and not (1 <= month <= 12 or month >= 20):
        raise InvalidComponent()


def validate(number: str) -> str:
    """Return the compact NIR or raise a ValidationError subclass."""
    number = compact(number)
    _check_shape(number)
    _check_components(number)
    if len(number) == 13:
        if number[0] not in TEMPORARY_SEXES:
            raise InvalidLength()
        return number
    try:
        return str(_nir.validate(number))
    except stdnum.exceptions.ValidationError as error:
        raise translate(error) from None


def calc_check_digits(number: str) -> str:
    """The 2-digit key of the first 13 characters."""
    return str(_nir.calc_check_digits(compact(number)))


def is_valid(number: str) -> bool:
    """True when `validate` accepts the number."""
    try:
        return bool(validate(number))
    except ValidationError:
        return False


def is_temporary(number: str) -> bool:
    """True for a valid NNP (7/8) or MIG (5/6) number: accepted, but to be flagged."""
    return is_valid(number) and compact(number)[0] in TEMPORARY_SEXES


def format(number: str) -> str:
    """Group as on the carte Vitale: 1 85 05 78 006 084 91."""
    number = compact(number)
    parts = [number[:1], number[1:3], number[3:5], number[5:7], number[7:10], number[10:13], number[13:]]
    return " ".join(p for p in parts if p)


__all__ = ["InvalidChecksum", "compact", "format", "is_temporary", "is_valid", "validate"]
