"""Whose identifier (set 21, tuned on): a laboratory invoices under its FINESS, and the biologist named
in its letterhead ("Biologiste responsable : Dr X — RPPS 1...") signs its results, he does not invoice;
and when identifiers of two kinds are kept all the same, review asks which one invoices, so neither is
reported as sure. Wordings and values are made up."""

from __future__ import annotations

from tests.test_fields import one, page_of, value


def _laboratory(staff: str) -> list[tuple[float, list[tuple[float, str]]]]:
    return [
        (20.0, [(40.0, "LABORATOIRE DE BIOLOGIE MÉDICALE"), (400.0, "Réf. facture : 25001234")]),
        (32.0, [(40.0, "SELAS BIO LYON — 3 rue des Lilas, 69003 LYON"), (400.0, "Édition : 12.06.2025")]),
        (44.0, [(40.0, "FINESS 690781232 — Tél. 04 78 00 00 00")]),
        (56.0, [(40.0, staff)]),
        (80.0, [(40.0, "PATIENT"), (300.0, "PRESCRIPTION")]),
        (92.0, [(40.0, "LE GALL Anne"), (300.0, "Dr Paul VIDAL — RPPS 10101010105")]),
        (104.0, [(40.0, "Née le 05.05.1985"), (300.0, "Prélèvement du 10.06.2025 à 08:40")]),
        (116.0, [(40.0, "NIR 2 85 05 78 006 084 91")]),
        (140.0, [(40.0, "Code NABM"), (120.0, "Analyse"), (300.0, "Cotation"), (400.0, "Montant")]),
        (152.0, [(40.0, "1208"), (120.0, "TSH"), (300.0, "B 22"), (400.0, "5,50 €")]),
        (164.0, [(40.0, "9105"), (120.0, "Forfait prélèvement"), (300.0, "PB"), (400.0, "2,52 €")]),
        (188.0, [(300.0, "Total"), (400.0, "8,02 €")]),
    ]


def test_a_laboratorys_biologist_does_not_invoice() -> None:
    document = one([page_of(_laboratory("Biologiste responsable : Dr Claire MARTIN — RPPS 10003879623"))])
    assert value(document, "finess") == "690781232"
    assert "rpps" not in document.fields


def test_two_kinds_of_invoicer_kept_are_neither_sure() -> None:
    document = one([page_of(_laboratory("Dr Claire MARTIN — RPPS 10003879623"))])
    assert value(document, "finess") == "690781232"
    assert value(document, "rpps") == "10003879623"
    assert document.needs_review
    assert document.fields["finess"].confidence < 0.9
    assert document.fields["rpps"].confidence < 0.9
