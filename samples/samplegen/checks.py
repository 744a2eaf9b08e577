"""Self checks on generated samples (used by generate.py and tests/test_samples.py)."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

from stdnum import luhn

from .ids import is_valid_nir

SPACES = re.compile(r"[\s\u00a0\u202f]+")


def squash(text: str) -> str:
    return SPACES.sub(" ", text).strip()


def pdf_text(path: Path) -> str:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def missing_printed(text: str, printed: dict[str, str]) -> list[str]:
    """The ground-truth values whose printed form is not in the text layer."""
    flat = squash(text)
    return [name for name, value in printed.items() if squash(value) not in flat]


def field_problems(fields: dict[str, str]) -> list[str]:
    """Checks identifiers, formats and total = AMO + AMC + patient share."""
    problems = []
    for name in ("rpps",):
        if name in fields and not (
            len(fields[name]) == 11 and fields[name][0] == "1" and luhn.is_valid(fields[name])
        ):
            problems.append(f"bad {name} {fields[name]}")
    for name in ("adeli", "finess"):
        if name in fields and not (len(fields[name]) == 9 and luhn.is_valid(fields[name])):
            problems.append(f"bad {name} {fields[name]}")
    if "nir" in fields and not is_valid_nir(fields["nir"]):
        problems.append(f"bad nir {fields['nir']}")
    for name in ("patient_birth_date", "invoice_date", "care_date"):
        if name in fields and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", fields[name]):
            problems.append(f"bad date {name}")
    amounts = ("total_amount", "amo_amount", "amc_amount", "patient_amount")
    for name in amounts:
        if name in fields and not re.fullmatch(r"\d+\.\d{2}", fields[name]):
            problems.append(f"bad amount {name}")
    if all(name in fields for name in amounts):
        total, amo, amc, rac = (Decimal(fields[name]) for name in amounts)
        if total != amo + amc + rac:
            problems.append("total != amo + amc + patient")
    return problems
