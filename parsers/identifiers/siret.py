"""SIRET (business establishment number), used only to recognise distractors near identifiers.

Wraps `stdnum.fr.siret` (14 digits, Luhn; La Poste's digit-sum rule).

>>> validate('732 829 320 00074')
'73282932000074'
>>> validate('73282932000075')
Traceback (most recent call last):
    ...
parsers.identifiers.exceptions.InvalidChecksum: La clé de contrôle du numéro est fausse.
>>> is_valid('7328293200007')
False
>>> format('73282932000074')
'732 829 320 00074'
"""

from __future__ import annotations

import stdnum.exceptions
from stdnum.fr import siret as _siret

from parsers.identifiers._util import clean, is_ascii_digits
from parsers.identifiers.exceptions import InvalidFormat, ValidationError, translate


def compact(number: str) -> str:
    """Strip spaces, dots and dashes."""
    return clean(number)


def validate(number: str) -> str:
    """Return the compact SIRET or raise a ValidationError subclass."""
    number = compact(number)
    if not is_ascii_digits(number):
        raise InvalidFormat()
    try:
        return str(_siret.validate(number))
    except stdnum.exceptions.ValidationError as error:
        raise translate(error) from None


def is_valid(number: str) -> bool:
    """True when `validate` accepts the number."""
    try:
        return bool(validate(number))
    except ValidationError:
        return False


def format(number: str) -> str:
    """SIREN groups, then the NIC."""
    number = compact(number)
    return " ".join((number[:3], number[3:6], number[6:9], number[9:]))
