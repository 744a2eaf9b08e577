"""Repair OCR confusions in identifiers, only when the repair makes the number valid.

OCR reads 0 as O/o, 1 as I/l/|, 5 as S, 8 as B, 2 as Z, 6 as G, and splits numbers with spaces.
`repair()` tries the letter→digit substitutions (each confusable position kept or replaced, so the B
of a Corsican 2B NIR can stay) and returns a value only when exactly one repaired form validates.
A repaired value carries `repaired=True`, so the caller lowers its confidence.

>>> from parsers.identifiers import rpps, nir
>>> repair('10003879623', rpps.validate)
Repaired(value='10003879623', repaired=False)
>>> repair('1OOO3 879 6Z3', rpps.validate)
Repaired(value='10003879623', repaired=True)
>>> repair('1OOO3879624', rpps.validate) is None  # no repair makes the key valid
True
>>> repair('253072B07300470', nir.validate)
Repaired(value='253072B07300470', repaired=False)
>>> repair('2S3072B07300470', nir.validate)
Repaired(value='253072B07300470', repaired=True)

A Corsican department read as digits ("2B" as "28", "2A" as "24") is put back only when the key
then validates:

>>> repair('253072807300470', nir.validate)
Repaired(value='253072B07300470', repaired=True)
>>> repair('253072407300443', nir.validate)
Repaired(value='253072A07300443', repaired=True)
>>> repair('253072807300471', nir.validate) is None
True

A low-resolution fax also makes OCR read one digit twice ("2089997783" for "208997783"):
`repair_stutter()` drops one digit of a doubled pair, again only when exactly one result validates.

>>> from parsers.identifiers import finess
>>> repair_stutter('2089997783', finess.validate)
Repaired(value='208997783', repaired=True)
>>> repair_stutter('2089917783', finess.validate) is None  # no doubled digit gives a valid number
True
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass

from parsers.identifiers._util import clean
from parsers.identifiers.exceptions import ValidationError

CONFUSIONS: dict[str, str] = {
    "O": "0",
    "o": "0",
    "D": "0",
    "Q": "0",
    "I": "1",
    "l": "1",
    "|": "1",
    "i": "1",
    "!": "1",
    "S": "5",
    "s": "5",
    "B": "8",
    "Z": "2",
    "z": "2",
    "G": "6",
}
MAX_CONFUSABLE = 8  # 2**8 variants at most
MAX_INPUT = 40


@dataclass(frozen=True)
class Repaired:
    value: str
    repaired: bool


def valid_or_none(validate: Callable[[str], str], number: str) -> str | None:
    """`validate(number)`, or None when the number does not validate."""
    try:
        return validate(number)
    except ValidationError:
        return None


def _variants(number: str) -> list[str]:
    positions = [i for i, c in enumerate(number) if c in CONFUSIONS]
    if not positions or len(positions) > MAX_CONFUSABLE:
        return []
    found: list[str] = []
    for mask in itertools.product((False, True), repeat=len(positions)):
        if not any(mask):
            continue
        chars = list(number)
        for pos, replace in zip(positions, mask, strict=True):
            if replace:
                chars[pos] = CONFUSIONS[chars[pos]]
        found.append("".join(chars))
    return found


def repair(raw: str, validate: Callable[[str], str]) -> Repaired | None:
    """The valid value of `raw` (as is, or after an unambiguous OCR repair), or None."""
    if not isinstance(raw, str) or len(raw) > MAX_INPUT:
        return None
    as_is = valid_or_none(validate, raw)
    if as_is is not None:
        return Repaired(as_is, False)
    try:
        number = clean(raw)
    except ValidationError:
        return None
    variants = _variants(number)
    variants += [c for v in [number, *variants] if (c := _corsican(v)) is not None]
    valid = {v for variant in variants if (v := valid_or_none(validate, variant)) is not None}
    if len(valid) != 1:
        return None
    return Repaired(valid.pop(), True)


NIR_LENGTH = 15
CORSICAN = {"24": "2A", "28": "2B"}  # OCR reads the A of "2A" as 4 and the B of "2B" as 8


def _corsican(number: str) -> str | None:
    """A 15-character NIR whose department "24"/"28" may be a misread "2A"/"2B": that reading, or None.
    Only the checksum decides (a Dordogne or Eure-et-Loir NIR with a valid key is never touched)."""
    if len(number) != NIR_LENGTH or number[5:7] not in CORSICAN:
        return None
    return number[:5] + CORSICAN[number[5:7]] + number[7:]


def repair_stutter(raw: str, validate: Callable[[str], str]) -> Repaired | None:
    """The one valid value left when a doubled digit of `raw` is read once, or None."""
    if not isinstance(raw, str) or len(raw) > MAX_INPUT:
        return None
    try:
        number = clean(raw)
    except ValidationError:
        return None
    if not number.isascii() or not number.isdigit():
        return None
    shorter = {number[:i] + number[i + 1 :] for i in range(1, len(number)) if number[i] == number[i - 1]}
    valid = {v for variant in shorter if (v := valid_or_none(validate, variant)) is not None}
    if len(valid) != 1:
        return None
    return Repaired(valid.pop(), True)
