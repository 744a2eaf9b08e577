"""Whose identifier (set 20, tuned on): a pharmacy invoices under its FINESS, not under its titular
pharmacist's RPPS printed in its footer; a note d'honoraires is its practitioner's own bill, so a clinic's
FINESS in its footer (without the clinic's legal mentions) is where he practises; a fax reading the title
"NOTE D'HONORATRES" still names a note d'honoraires. Wordings and values are made up."""

from __future__ import annotations

from parsers.fields.references import fees_title as _fees_title
from tests.test_fields import one, page_of, value

_PHARMACY_BODY = [
    (60.0, [(40.0, "Mme LE GALL Anne"), (300.0, "Facture N° FA25-118")]),
    (72.0, [(40.0, "N° SS : 2 85 05 78 006 084 91"), (300.0, "Date : 19/06/2025")]),
    (84.0, [(40.0, "Prescription : Dr Paul VIDAL — RPPS 10101010105")]),
    (120.0, [(40.0, "Tire-lait, location hebdomadaire"), (400.0, "30,00")]),
    (150.0, [(300.0, "Total TTC"), (450.0, "30,00 €")]),
]


def _pharmacy(footer: str) -> list[tuple[float, list[tuple[float, str]]]]:
    return [
        (20.0, [(40.0, "PHARMACIE DES LILAS"), (400.0, "FACTURE")]),
        *_PHARMACY_BODY,
        (400.0, [(40.0, "Pharmacie des Lilas — SIRET 123 456 789 00012 — N° FINESS 690781232")]),
        (412.0, [(40.0, footer)]),
    ]


def test_the_titular_pharmacists_rpps_is_not_the_pharmacys() -> None:
    document = one([page_of(_pharmacy("Pharmacien titulaire : Claire MARTIN — RPPS 10003879623"))])
    assert value(document, "finess") == "690781232"
    assert "rpps" not in document.fields


def test_a_pharmacist_named_with_his_order_is_not_the_pharmacy_either() -> None:
    footer = "Phormin in titulaire : Claire MARTIN — RPPS 10003879623 — Inscrit à l'Ordre des pharmaciens"
    document = one([page_of(_pharmacy(footer))])
    assert value(document, "finess") == "690781232"
    assert "rpps" not in document.fields
    order_only = "Claire MARTIN — RPPS 10003879623 — Inscrite à l'Ordre des pharmaciens, section A"
    assert "rpps" not in one([page_of(_pharmacy(order_only))]).fields


_FEES_HEAD = [
    (0.0, [(40.0, "Clinique des Lilas — Centre de chirurgie ambulatoire")]),
    (20.0, [(40.0, "Docteur Paul VIDAL — RPPS 10222333444")]),
    (80.0, [(40.0, "NOTE D'HONORAIRES"), (300.0, "Patient : M. LE GALL Yann")]),
    (92.0, [(40.0, "N° NH-2025-118"), (300.0, "NIR 1 85 05 78 006 084 91")]),
    (104.0, [(40.0, "Date : 19/06/2025")]),
    (160.0, [(40.0, "Date"), (120.0, "Acte"), (400.0, "Honoraires")]),
    (172.0, [(40.0, "19/06/2025"), (120.0, "JZQJ001 Échographie"), (400.0, "57,80 €")]),
    (200.0, [(300.0, "Total des honoraires"), (450.0, "57,80 €")]),
]


def test_a_clinics_finess_in_a_fees_notes_footer_is_where_the_practitioner_works() -> None:
    footer = (400.0, [(40.0, "Clinique des Lilas — Centre autorisé par l'ARS — FINESS 640780417")])
    document = one([page_of([*_FEES_HEAD, footer])])
    assert value(document, "rpps") == "10222333444"
    assert "finess" not in document.fields


def test_a_fax_misreading_honoraires_still_titles_a_fees_note() -> None:
    assert _fees_title("note d'honoratres — acte chirurgical")
    assert _fees_title("note d'honoraires")
    assert not _fees_title("note d'information")
    head = [
        (20.0, [(40.0, "Docteur Paul VIDAL"), (400.0, "Clinique des Lilas")]),
        (32.0, [(40.0, "Ophtalmologiste"), (400.0, "Lieu des interventions")]),
        (44.0, [(40.0, "RPPS 10222333444"), (400.0, "FINESS 640780417")]),
        (80.0, [(40.0, "NOTE D'HONORATRES — ACTE CHIRURGICAL"), (300.0, "Patient : M. LE GALL Yann")]),
        *_FEES_HEAD[3:],
    ]
    document = one([page_of(head)])
    assert value(document, "rpps") == "10222333444"
    assert "finess" not in document.fields
