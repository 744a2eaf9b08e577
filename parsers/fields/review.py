"""Decide whether a clerk must look at a document, and say why in plain French."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from intake.domain.model import PRACTITIONER_ID_FIELDS, ExtractedDocument, Field
from parsers.identifiers import nir as nir_module

HUMAN_NAMES: dict[str, str] = {
    "rpps": "N° RPPS",
    "adeli": "N° ADELI",
    "finess": "N° FINESS",
    "nir": "NIR",
    "patient_name": "Nom du patient",
    "patient_birth_date": "Date de naissance",
    "invoice_number": "N° de facture",
    "invoice_date": "Date de facture",
    "care_date": "Date des soins",
    "total_amount": "Montant total",
    "amo_amount": "Part AMO",
    "amc_amount": "Part AMC",
    "patient_amount": "Reste à charge",
    "amc_number": "N° AMC",
}
REVIEW_NOTE = "À vérifier : "  # a page note opening so asks for a clerk (a photo of several sheets)


def _percent(confidence: float) -> str:
    return f"{confidence:.2f}".replace(".", ",")


def _required(document: ExtractedDocument) -> list[str]:
    names = ["nir", "total_amount", "invoice_number"]
    if document.kind not in ("quote", "pec"):
        names.append("care_date")
    return names


def _field_reason(name: str, found: Field | None, threshold: float) -> str | None:
    label = HUMAN_NAMES[name]
    if found is None:
        return f"{label} absent"
    if found.confidence < threshold:
        return f"{label} illisible (confiance {_percent(found.confidence)})"
    return None


def _practitioner_reason(
    document: ExtractedDocument, threshold: float, *, one_practitioner: bool, doubts: Mapping[str, str] | None = None
) -> str | None:
    """One party invoices. Two kinds of identifier kept (a clinic's FINESS and a surgeon's RPPS, an
    orthésiste's ADELI and the prescriber's RPPS): which is paid is a clerk's call, never a guess. Unless
    extraction found the RPPS and the ADELI to be one practitioner's (`one_practitioner`: printed
    together in his letterhead): then each must be read surely."""
    present = [document.fields[n] for n in PRACTITIONER_ID_FIELDS if n in document.fields]
    if not present:
        return "N° RPPS / ADELI / FINESS absent"
    if one_practitioner and sorted(f.name for f in present) == ["adeli", "rpps"]:
        least = min(present, key=lambda f: f.confidence)
        return _field_reason(least.name, least, threshold)
    if len(present) > 1:
        return f"plusieurs facturants possibles ({' et '.join(HUMAN_NAMES[f.name] for f in present)})"
    best = max(present, key=lambda f: f.confidence)
    reason = _field_reason(best.name, best, threshold)
    return doubts[best.name] if reason and doubts and best.name in doubts else reason


def page_reasons(notes: Iterable[str]) -> list[str]:
    """The page notes a reader wrote for a clerk (opening with `REVIEW_NOTE`), each once, as reasons.

    Why: a phone photo of two invoices was read as one page; the reader saw two sheets but its note
    reached no one and the one document found was auto-accepted, the other invoice lost silently."""
    reasons: list[str] = []
    for note in notes:
        if note.startswith(REVIEW_NOTE) and note not in reasons:
            reasons.append(note)
    return reasons


def review(
    document: ExtractedDocument,
    *,
    review_threshold: float = 0.85,
    extra_reasons: list[str] | None = None,
    doubts: Mapping[str, str] | None = None,
    one_practitioner: bool = False,
) -> tuple[bool, list[str]]:
    """(needs_review, reasons): a required field missing or under the threshold, or a sum that fails.

    `doubts` names, per field, why extraction held it under the threshold ("Date des soins lue sur une
    télécopie basse résolution, à vérifier"): said instead of a bare "illisible (confiance 0,80)"."""
    reasons: list[str] = []
    practitioner = _practitioner_reason(document, review_threshold, one_practitioner=one_practitioner, doubts=doubts)
    if practitioner:
        reasons.append(practitioner)
    for name in _required(document):
        reason = _field_reason(name, document.fields.get(name), review_threshold)
        if reason and doubts and name in doubts and name in document.fields:
            reason = doubts[name]
        if reason:
            reasons.append(reason)
    reasons.extend(extra_reasons or [])
    nir_field = document.fields.get("nir")
    if nir_field is not None and nir_module.is_temporary(nir_field.value):
        reasons.append("NIR provisoire (NNP/MIG) : à vérifier")
    return bool(reasons), reasons
