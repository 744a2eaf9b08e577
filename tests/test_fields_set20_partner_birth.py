"""Set 20 (an AMP monitoring note): the patient's block and her partner's side by side ("Patiente |
Conjoint", the names, then "née le 17.10.1991 | né le 19.01.1990"). "Conjoint" is no label we know, so the
partner's birth date, under a name found only by its shape, competed with the patient's: an even rival
that held the right one ("ambiguous") or won (a scan). A birth date in a block of its own under a name that
is not the patient's is that person's, when the patient's own block holds a birth date. Wordings and
values are made up."""

from __future__ import annotations

from tests.test_fields import one, page_of, value


def _note(partner_birth: str) -> list[tuple[float, list[tuple[float, str]]]]:
    return [
        (20.0, [(40.0, "Docteur Agnès MEUNIER — Gynécologie médicale")]),
        (34.0, [(40.0, "RPPS 10003879623")]),
        (60.0, [(40.0, "NOTE D'HONORAIRES"), (400.0, "N° NH-2025-0412")]),
        (74.0, [(400.0, "Établie le 04.03.2025")]),
        (100.0, [(40.0, "Patiente"), (300.0, "Conjoint")]),
        (114.0, [(40.0, "ROCHE Géraldine"), (300.0, "GAUTHIER Mathis")]),
        (128.0, [(40.0, "née le 12.10.1985"), (300.0, f"né le {partner_birth}")]),
        (142.0, [(40.0, "NIR 2 85 10 78 006 084 43")]),
        (180.0, [(40.0, "Échographie du 03.03.2025"), (400.0, "45,00 EUR")]),
        (200.0, [(40.0, "Total"), (400.0, "45,00 EUR")]),
    ]


def test_the_partners_birth_date_beside_the_patients_block_is_not_hers() -> None:
    document = one([page_of(_note("19.01.1990"), source="ocr", conf=0.95)])
    assert value(document, "patient_name") == "ROCHE Géraldine"
    assert value(document, "patient_birth_date") == "1985-10-12"
    assert document.fields["patient_birth_date"].confidence >= 0.9  # no rival left: not "ambiguous"
