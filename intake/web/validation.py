"""Check a clerk's edit of an extracted field at once, and say what is wrong in plain French.

`check_field(name, raw, others)` returns a `Check`: the normalised value to store (or None when the
input cannot be accepted), an error (refuses the edit) and warnings (shown, the edit is kept).

>>> check_field("nir", "1 85 05 78 006 084 91").value
'185057800608491'
>>> check_field("nir", "185057800608492").error
'NIR : la clé de contrôle est fausse (attendue 91 pour ces 13 chiffres, lue 92). Vérifiez le numéro.'
>>> check_field("rpps", "10003879624").error
'RPPS : la clé de contrôle (Luhn) est fausse. Vérifiez les 11 chiffres.'
>>> check_field("total_amount", "1 234,56 €").value
'1234.56'
>>> parts = {"amo_amount": "60.00", "amc_amount": "30.00", "patient_amount": "5.00"}
>>> print(check_field("total_amount", "100,00", parts).warnings[0])  # doctest: +NORMALIZE_WHITESPACE
Les montants ne s’additionnent pas : total 100,00 € ≠ part AMO 60,00 € + part AMC 30,00 €
+ reste à charge 5,00 € (95,00 €).
>>> check_field("care_date", "31/02/2025").error
'Date de soins : date illisible ou impossible. Écrivez-la sous la forme JJ/MM/AAAA.'
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from parsers.identifiers import adeli, finess, nir, rpps
from parsers.identifiers.exceptions import InvalidChecksum, InvalidComponent, InvalidLength, ValidationError

LABELS: dict[str, str] = {
    "rpps": "RPPS",
    "adeli": "ADELI",
    "finess": "FINESS",
    "nir": "NIR",
    "patient_name": "Nom du patient",
    "patient_birth_date": "Date de naissance",
    "invoice_number": "N° de facture",
    "invoice_date": "Date de facture",
    "care_date": "Date de soins",
    "total_amount": "Montant total",
    "amo_amount": "Part AMO",
    "amc_amount": "Part AMC",
    "patient_amount": "Reste à charge",
    "amc_number": "N° AMC",
}
AMOUNTS = ("total_amount", "amo_amount", "amc_amount", "patient_amount")
DATES = ("invoice_date", "care_date", "patient_birth_date")
MAX_LENGTH = 200


@dataclass
class Check:
    value: str | None
    error: str | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.error is None


def label(name: str) -> str:
    return LABELS.get(name, name)


def euros(value: str) -> str:
    """'1234.5' -> '1 234,50 €' (French display of a normalised amount)."""
    try:
        amount = Decimal(value)
    except (InvalidOperation, ValueError):
        return value
    text = f"{amount:,.2f}".replace(",", "\u202f").replace(".", ",")
    return f"{text} €"


def check_field(name: str, raw: str, others: Mapping[str, str] | None = None) -> Check:
    """Validate one field; `others` holds the current values of the document's other fields."""
    text = (raw or "").strip()
    if not text:
        return Check(None, f"{label(name)} : le champ est vide.")
    if len(text) > MAX_LENGTH:
        return Check(None, f"{label(name)} : la valeur est trop longue ({MAX_LENGTH} caractères au plus).")
    if name == "nir":
        return _check_nir(text)
    if name in ("rpps", "adeli", "finess"):
        return _check_practitioner(name, text)
    if name in AMOUNTS:
        return _check_amount(name, text, others or {})
    if name in DATES:
        return _check_date(name, text)
    return Check(" ".join(text.split()))


def _check_nir(text: str) -> Check:
    compact = nir.compact(text)
    try:
        value = nir.validate(text)
    except InvalidChecksum:
        expected = nir.calc_check_digits(compact[:13])
        return Check(
            None,
            f"NIR : la clé de contrôle est fausse (attendue {expected} pour ces 13 chiffres, "
            f"lue {compact[13:]}). Vérifiez le numéro.",
        )
    except InvalidLength:
        return Check(
            None,
            f"NIR : le numéro doit compter 15 caractères (13 + la clé de 2 chiffres) ; {len(compact)} lus.",
        )
    except InvalidComponent:
        return Check(None, "NIR : le sexe (1er chiffre) ou le mois (4e et 5e chiffres) est impossible.")
    except ValidationError:
        return Check(None, "NIR : seuls des chiffres sont attendus (et 2A ou 2B pour la Corse).")
    warnings = ["NIR provisoire (NIA, NNP ou MIG) : à signaler."] if nir.is_temporary(value) else []
    return Check(value, warnings=warnings)


def _check_practitioner(name: str, text: str) -> Check:
    module = {"rpps": rpps, "adeli": adeli, "finess": finess}[name]
    size = {"rpps": 11, "adeli": 9, "finess": 9}[name]
    try:
        value = str(module.validate(text))
    except InvalidChecksum:
        return Check(
            None, f"{label(name)} : la clé de contrôle (Luhn) est fausse. Vérifiez les {size} chiffres."
        )
    except InvalidLength:
        return Check(None, f"{label(name)} : le numéro doit compter {size} chiffres.")
    except ValidationError:
        return Check(None, f"{label(name)} : seuls des chiffres sont attendus.")
    warnings = []
    if name == "rpps" and not value.startswith("1"):
        warnings.append("RPPS inhabituel : les numéros RPPS commencent par 1.")
    return Check(value, warnings=warnings)


def parse_amount(text: str) -> str | None:
    from parsers.fields.values import parse_amount as parse

    value = parse(text)
    if value is None:
        return None
    try:
        return f"{Decimal(value):.2f}"
    except InvalidOperation:
        return None


def _check_amount(name: str, text: str, others: Mapping[str, str]) -> Check:
    value = parse_amount(text)
    if value is None:
        return Check(None, f"{label(name)} : montant illisible. Écrivez par exemple 1 234,56.")
    if Decimal(value) < 0:
        return Check(None, f"{label(name)} : un montant ne peut pas être négatif.")
    current = {n: v for n in AMOUNTS if (v := (value if n == name else others.get(n)))}
    warning = amounts_mismatch(current)
    return Check(value, warnings=[warning] if warning else [])


def amounts_mismatch(values: Mapping[str, str]) -> str | None:
    """A French sentence when total ≠ AMO + AMC + reste à charge (only when all four are known)."""
    try:
        parts = {n: Decimal(str(values[n])) for n in AMOUNTS}
    except (KeyError, InvalidOperation):
        return None
    total = parts["total_amount"]
    added = parts["amo_amount"] + parts["amc_amount"] + parts["patient_amount"]
    if abs(total - added) <= Decimal("0.01"):
        return None
    return (
        f"Les montants ne s’additionnent pas : total {euros(str(total))} ≠ part AMO "
        f"{euros(str(parts['amo_amount']))} + part AMC {euros(str(parts['amc_amount']))} + reste à charge "
        f"{euros(str(parts['patient_amount']))} ({euros(str(added))})."
    )


def _check_date(name: str, text: str) -> Check:
    from parsers.fields.values import parse_date

    value = parse_date(text)
    if value is None:
        return Check(
            None, f"{label(name)} : date illisible ou impossible. Écrivez-la sous la forme JJ/MM/AAAA."
        )
    from datetime import date

    if date.fromisoformat(value) > date.today():
        return Check(None, f"{label(name)} : la date est dans le futur.")
    return Check(value)
