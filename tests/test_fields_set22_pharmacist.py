"""Whose identifier (set 22, tuned on): a prestataire de santé à domicile (PSAD) invoices under its own
"code prestataire", no RPPS, ADELI or FINESS; the responsible pharmacist it must employ is printed with
his RPPS in its footer. He never invoices: with no invoicer's number read, the practitioner is absent
and a clerk looks, the pharmacist's RPPS is not reported as the invoicer's. Wordings and values are made up."""

from __future__ import annotations

from tests.test_fields import one, page_of, value


def _psad(footer: str) -> list[tuple[float, list[tuple[float, str]]]]:
    return [
        (20.0, [(40.0, "OXY DOMICILE"), (400.0, "RELEVÉ DE PRESTATIONS")]),
        (32.0, [(40.0, "Prestataire de santé à domicile — assistance respiratoire")]),
        (60.0, [(120.0, "Relevé n°"), (220.0, "RP250400123")]),
        (72.0, [(120.0, "Date d'émission"), (220.0, "30/04/2025")]),
        (84.0, [(120.0, "Bénéficiaire"), (220.0, "M. LE GALL Anne")]),
        (96.0, [(120.0, "Date de naissance"), (220.0, "05/05/1985")]),
        (108.0, [(120.0, "N° d'immatriculation"), (220.0, "2 85 05 78 006 084 91")]),
        (120.0, [(120.0, "Prescripteur"), (220.0, "Dr Paul VIDAL, pneumologue — RPPS 10101010105")]),
        (150.0, [(40.0, "Du"), (120.0, "Au"), (200.0, "Code LPP"), (280.0, "Prestation"), (480.0, "Montant")]),
        (162.0, [(40.0, "01/04/2025"), (120.0, "07/04/2025"), (200.0, "1188541"), (280.0, "Forfait PPC"),
                 (480.0, "14,36 €")]),
        (174.0, [(40.0, "08/04/2025"), (120.0, "14/04/2025"), (200.0, "1188541"), (280.0, "Forfait PPC"),
                 (480.0, "14,36 €")]),
        (200.0, [(380.0, "Montant total"), (480.0, "28,72 €")]),
        (260.0, [(140.0, footer)]),
        (272.0, [(140.0, "Code prestataire (N° AM) 87391662 — SIRET 472 874 726 38053")]),
    ]


def test_a_psads_responsible_pharmacist_does_not_invoice() -> None:
    document = one([page_of(_psad("Pharmacien responsable : Claire MARTIN — RPPS 10003879623"))])
    assert value(document, "invoice_number") == "RP250400123"
    assert not {"rpps", "adeli", "finess"} & set(document.fields)
    assert document.needs_review


def test_an_rpps_printed_without_a_role_is_still_read() -> None:
    document = one([page_of(_psad("Claire MARTIN — RPPS 10003879623"))])
    assert value(document, "rpps") == "10003879623"
