"""IDNPS (identifiant national de professionnel de santé).

`8` followed by the RPPS (12 digits), or `0` followed by the ADELI (10 digits). The prefix is outside
the key. `split()` says which identifier is inside.

>>> validate('810003879623')
'810003879623'
>>> split('8 10003879623')
('rpps', '10003879623')
>>> split('0751012345')
('adeli', '751012345')
>>> validate('810003879624')
Traceback (most recent call last):
    ...
parsers.identifiers.exceptions.InvalidChecksum: La clé de contrôle du numéro est fausse.
>>> validate('910003879623')
Traceback (most recent call last):
    ...
parsers.identifiers.exceptions.InvalidComponent: Une partie du numéro est impossible.
>>> format('810003879623')
'8 100 038 796 23'
"""

from __future__ import annotations

from parsers.identifiers import adeli, rpps
from parsers.identifiers._util import clean, is_ascii_digits
from parsers.identifiers.exceptions import InvalidComponent, InvalidFormat, InvalidLength, ValidationError


def compact(number: str) -> str:
    """Strip spaces, dots and dashes."""
    return clean(number)


def split(number: str) -> tuple[str, str]:
    """Return ("rpps", RPPS) or ("adeli", ADELI), validating the inner number."""
    number = compact(number)
    if not is_ascii_digits(number):
        raise InvalidFormat()
    if len(number) not in (10, 12):
        raise InvalidLength()
    if len(number) == 12:
        if number[0] != "8":
            raise InvalidComponent()
        return "rpps", rpps.validate(number[1:])
    if number[0] != "0":
        raise InvalidComponent()
    return "adeli", adeli.validate(number[1:])


def validate(number: str) -> str:
    """Return the compact IDNPS or raise a ValidationError subclass."""
    split(number)
    return compact(number)


def is_valid(number: str) -> bool:
    """True when `validate` accepts the number."""
    try:
        return bool(validate(number))
    except ValidationError:
        return False


def format(number: str) -> str:
    """Prefix, then the inner number's own format."""
    number = compact(number)
    inner = rpps.format(number[1:]) if len(number) == 12 else adeli.format(number[1:])
    return f"{number[:1]} {inner}"
