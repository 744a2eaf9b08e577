"""Misses first met in held-out set 29 (opened for tuning after its blind score): a child's invoice
names the patient and the insured parent apart and joins the parent's attestation de droits, whose
"Assuré(e)" block prints the parent's birth date and NIR. The NIR agreeing with that date says only
that both are the parent's. One test per general rule; wordings and values are made up."""

from __future__ import annotations

from intake.domain.model import ExtractedDocument
from tests.test_fields import one, page_of

PARENT_NIR = "1 85 05 78 006 084 91"  # born May 1985, key valid
PARENT_BIRTH = "1985-05-12"


def _child_invoice_with_attestation(birth_label: str) -> ExtractedDocument:
    invoice = page_of([
        (20.0, [(40.0, "Paul VIDAL"), (400.0, "FACTURE")]),
        (32.0, [(40.0, "Masseur-kinésithérapeute D.E."), (400.0, "N° K2025-301")]),
        (44.0, [(40.0, "RPPS 10003879623"), (400.0, "Date : 28/05/2025")]),
        (80.0, [(40.0, "Patiente : LEROY Manon"), (330.0, "Mutuelle : Solimut")]),
        (92.0, [(40.0, f"{birth_label} : 13/12/2012"), (330.0, "N° AMC : 29220895")]),
        (104.0, [(40.0, "Assuré(e) : M. Yann LEROY")]),
        (116.0, [(40.0, "N° d'immatriculation : voir attestation de droits jointe")]),
        (150.0, [(40.0, "Date des soins : 05/05/2025")]),
        (200.0, [(300.0, "Montant total"), (460.0, "34,40 €")]),
        (212.0, [(300.0, "Part AMO (60 %)"), (460.0, "20,64 €")]),
        (224.0, [(300.0, "Part AMC (40 %)"), (460.0, "13,76 €")]),
        (236.0, [(300.0, "Reste à régler"), (460.0, "0,00 €")]),
    ])
    attestation = page_of([
        (20.0, [(40.0, "Assurance Maladie"), (350.0, "ATTESTATION DE DROITS")]),
        (32.0, [(40.0, "CPAM Bordeaux"), (350.0, "Éditée le 21/03/2025")]),
        (60.0, [(40.0, "Assuré(e)")]),
        (72.0, [(40.0, "M. LEROY Yann")]),
        (84.0, [(40.0, f"N° de sécurité sociale : {PARENT_NIR}")]),
        (96.0, [(40.0, "Né(e) le 12/05/1985")]),
    ], number=2)
    return one([invoice, attestation])


def test_the_parents_birth_date_on_a_joined_attestation_is_not_the_childs() -> None:
    found = _child_invoice_with_attestation("Née le").fields["patient_birth_date"]
    assert found.value == "2012-12-13"


def test_the_parents_birth_date_is_not_sure_when_the_childs_label_is_misread() -> None:
    found = _child_invoice_with_attestation("Née ie").fields.get("patient_birth_date")
    assert found is None or found.value != PARENT_BIRTH or found.confidence < 0.9
