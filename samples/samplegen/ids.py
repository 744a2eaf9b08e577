"""Valid fictional identifiers: RPPS, ADELI, FINESS, NIR, SIRET, IBAN, AMC numbers, CIP13."""

from __future__ import annotations

import random
from datetime import date

from stdnum import ean, iban, luhn
from stdnum.fr import nir as nir_mod
from stdnum.fr import siret as siret_mod


def _digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


def with_luhn(body: str) -> str:
    """`body` followed by its Luhn check digit."""
    return body + luhn.calc_check_digit(body)


def rpps(rng: random.Random) -> str:
    """11 digits, starting with 10 (as issued), Luhn-valid over the 11 digits."""
    return with_luhn("100" + _digits(rng, 7))


def adeli(rng: random.Random, department: str, profession_code: str) -> str:
    """9 digits: department (2) + profession code (1) + serial (5) + Luhn key."""
    return with_luhn(department + profession_code + _digits(rng, 5))


def finess(rng: random.Random, department: str) -> str:
    """9 digits: department (2) + 6 digits + Luhn key."""
    return with_luhn(department + _digits(rng, 6))


def nir(rng: random.Random, sex: int, birth: date, place: str) -> str:
    """15 characters: sex, year, month, place (department + commune, 5 chars), order, key."""
    body = f"{sex}{birth.year % 100:02d}{birth.month:02d}{place}{rng.randint(1, 999):03d}"
    assert len(body) == 13, body
    number = body + nir_mod.calc_check_digits(body + "00")
    assert nir_mod.is_valid(number), number
    return number


def siret(rng: random.Random) -> str:
    """14 digits, Luhn-valid SIREN (9) and SIRET (14)."""
    while True:
        siren = with_luhn(_digits(rng, 8))
        if siren[0] == "0":
            continue
        number = with_luhn(siren + _digits(rng, 4))
        if siret_mod.is_valid(number):
            return number


def rib_key(bank: str, branch: str, account: str) -> str:
    """The French RIB key (letters of the account mapped to digits)."""
    table = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "12345678912345678923456789")
    acc = int(account.translate(table))
    return f"{97 - ((89 * int(bank) + 15 * int(branch) + 3 * acc) % 97):02d}"


def french_iban(rng: random.Random) -> str:
    """A valid French IBAN, compact (27 characters)."""
    bank, branch, account = _digits(rng, 5), _digits(rng, 5), _digits(rng, 11)
    bban = bank + branch + account + rib_key(bank, branch, account)
    number = "FR" + iban.calc_check_digits("FR00" + bban) + bban
    assert iban.is_valid(number), number
    return number


def group_iban(number: str) -> str:
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))


def amc_number(rng: random.Random) -> str:
    """An insurer number as printed on a tiers-payant card (8 or 9 digits)."""
    return rng.choice("1234789") + _digits(rng, rng.choice((7, 8)))


def cip13(rng: random.Random) -> str:
    body = "34009" + _digits(rng, 7)
    return body + ean.calc_check_digit(body)


def phone(rng: random.Random, prefix: str = "01") -> str:
    return prefix + " " + " ".join(_digits(rng, 2) for _ in range(4))


def am_number(rng: random.Random, department: str, category: str) -> str:
    """Numéro AM (practice site): department + category + 5 digits; no key."""
    return department + category + _digits(rng, 5)


def is_valid_nir(number: str) -> bool:
    if not nir_mod.is_valid(number):
        return False
    month = int(number[3:5])
    return number[0] in "12" and (1 <= month <= 12 or 20 <= month <= 99)
