"""Identifier validators: every rule, plus the doctests of each module."""

from __future__ import annotations

import doctest
import importlib

import pytest

from parsers.identifiers import adeli, amc, finess, idnps, nir, rpps, siret
from parsers.identifiers.exceptions import (
    InvalidChecksum,
    InvalidComponent,
    InvalidFormat,
    InvalidLength,
    ValidationError,
)
from parsers.identifiers.repair import Repaired, repair

MODULES = ["exceptions", "rpps", "adeli", "finess", "nir", "idnps", "siret", "amc", "repair"]


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name: str) -> None:
    module = importlib.import_module(f"parsers.identifiers.{name}")
    failed, tried = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert failed == 0
    assert tried > 0


def test_exceptions_are_value_errors() -> None:
    for cls in (InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength):
        assert issubclass(cls, ValidationError)
        assert issubclass(cls, ValueError)


# ---- RPPS
def test_rpps_valid_and_compact() -> None:
    assert rpps.validate("10003879623") == "10003879623"
    assert rpps.validate(" 100 038.796-23 ") == "10003879623"
    assert rpps.is_typical("10003879623")


@pytest.mark.parametrize(
    ("number", "error"),
    [
        ("10003879624", InvalidChecksum),
        ("1000387962", InvalidLength),
        ("100038796230", InvalidLength),
        ("1000387962O", InvalidFormat),
        ("", InvalidFormat),
        ("١٠٠٠٣٨٧٩٦٢٣", InvalidFormat),
    ],
)
def test_rpps_invalid(number: str, error: type[Exception]) -> None:
    with pytest.raises(error):
        rpps.validate(number)
    assert not rpps.is_valid(number)


# ---- ADELI: the key is a soft signal
def test_adeli_key_is_soft() -> None:
    assert adeli.validate("751012345") == "751012345"
    assert adeli.checksum_ok("751012345")
    assert adeli.validate("751012346") == "751012346"
    assert not adeli.checksum_ok("751012346")
    with pytest.raises(InvalidLength):
        adeli.validate("75101234")
    with pytest.raises(InvalidFormat):
        adeli.validate("7510I2345")


# ---- FINESS
def test_finess() -> None:
    assert finess.validate("750712184") == "750712184"
    assert finess.checksum_ok("750712184") is True
    with pytest.raises(InvalidChecksum):
        finess.validate("750712185")
    assert finess.validate("2B0000028") == "2B0000028"
    assert finess.checksum_ok("2B0000028") is None
    with pytest.raises(InvalidLength):
        finess.validate("7507121")


# ---- NIR
def test_nir_valid_key_and_spaces() -> None:
    assert nir.validate("1 85 05 78 006 084 91") == "185057800608491"
    assert nir.validate("1-85-05-78-006-084-91") == "185057800608491"


def test_nir_bad_key() -> None:
    with pytest.raises(InvalidChecksum):
        nir.validate("185057800608492")


def test_nir_corsica() -> None:
    assert nir.validate("253072B07300470") == "253072B07300470"
    assert nir.validate("253072a07300443") == "253072A07300443"
    with pytest.raises(InvalidFormat):
        nir.validate("253072C07300443")


@pytest.mark.parametrize("sex", "034569")
def test_nir_sex_digit(sex: str) -> None:
    body = sex + "850578006084"
    number = body + nir.calc_check_digits(body)
    if sex in "56":
        assert nir.is_temporary(number)
    else:
        with pytest.raises(InvalidComponent):
            nir.validate(number)


@pytest.mark.parametrize(
    ("month", "ok"),
    [
        ("00", False),
        ("01", True),
        ("12", True),
        ("13", False),
        ("19", False),
        ("20", True),
        ("42", True),
        ("99", True),
    ],
)
def test_nir_month(month: str, ok: bool) -> None:
    body = f"185{month}78006084"
    number = body + nir.calc_check_digits(body)
    assert nir.is_valid(number) is ok
    if not ok:
        with pytest.raises(InvalidComponent):
            nir.validate(number)


def test_nir_temporary_numbers() -> None:
    assert nir.is_temporary("7850578006084")  # NNP, 13 characters
    assert nir.is_temporary("8850578006084")
    assert nir.is_temporary("5850578006084")  # MIG
    assert not nir.is_temporary("185057800608491")
    with pytest.raises(InvalidLength):
        nir.validate("1850578006084")  # a regular NIR needs its key
    body = "7850578006084"
    assert nir.is_temporary(body + nir.calc_check_digits(body))


def test_nir_length() -> None:
    with pytest.raises(InvalidLength):
        nir.validate("18505780060849")


# ---- IDNPS
def test_idnps() -> None:
    assert idnps.split("810003879623") == ("rpps", "10003879623")
    assert idnps.split("0751012345") == ("adeli", "751012345")
    with pytest.raises(InvalidChecksum):
        idnps.validate("810003879624")
    with pytest.raises(InvalidComponent):
        idnps.validate("110003879623")
    with pytest.raises(InvalidLength):
        idnps.validate("81000387962")


# ---- SIRET and AMC
def test_siret() -> None:
    assert siret.is_valid("732 829 320 00074")
    assert not siret.is_valid("73282932000075")
    assert not siret.is_valid("10003879623")


def test_amc_table() -> None:
    assert amc.validate("12345678") == "12345678"
    assert amc.validate("12345678", known=["12345678"]) == "12345678"
    with pytest.raises(InvalidComponent):
        amc.validate("99999999", known=["12345678"])
    with pytest.raises(InvalidFormat):
        amc.validate("1234567X")


# ---- OCR repair
def test_repair_only_when_checksum_becomes_valid() -> None:
    assert repair("10003879623", rpps.validate) == Repaired("10003879623", False)
    assert repair("1OOO3879623", rpps.validate) == Repaired("10003879623", True)
    assert repair("IOOO3 8796Z3", rpps.validate) == Repaired("10003879623", True)
    assert repair("1OOO3879625", rpps.validate) is None  # the key still fails
    assert repair("1000387962S", rpps.validate) is None  # S->5 does not make the key valid
    assert repair("l85O578OO6O849l", nir.validate) == Repaired("185057800608491", True)


def test_repair_keeps_corsica_letters() -> None:
    assert repair("253072B07300470", nir.validate) == Repaired("253072B07300470", False)
    assert repair("253O72B07300470", nir.validate) == Repaired("253072B07300470", True)


def test_repair_ambiguous_or_junk() -> None:
    assert repair("", rpps.validate) is None
    assert repair("OOOOOOOOOOOOOOOOOOOO", rpps.validate) is None
    assert repair("x" * 1000, rpps.validate) is None


def test_repair_puts_back_a_corsican_department_read_as_digits() -> None:
    assert repair("1 86 07 28 073 004 55", nir.validate) == Repaired("186072B07300455", True)
    assert repair("186072407300428", nir.validate) == Repaired("186072A07300428", True)
    assert repair("186072807300456", nir.validate) is None  # the key fails with 2B too


def test_repair_leaves_a_valid_continental_department() -> None:
    number = "186072807300" + "4" + nir.calc_check_digits("1860728073004")
    assert repair(number, nir.validate) == Repaired(number, False)
