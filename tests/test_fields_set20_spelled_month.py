"""A long date whose month name Tesseract read letter for letter but scored 0 ("Émise le 19 septembre[0.00]
2025" on a scanned page): the word's doubt pulled the labelled issue date under a cover letter's dateline
("Marseille, le 20 septembre 2025", a text page sent with the invoice), which then went out as the issue
date at 0.88. A month spelled in full (five letters or more: none is one letter from another) says
nothing doubtful of the date; its day and year keep their own confidences. Wordings and values are made up."""

from __future__ import annotations

import dataclasses

from intake.domain.model import Page
from tests.test_fields import one, page_of, value


def _with_conf(page: Page, text: str, conf: float) -> Page:
    words = [dataclasses.replace(w, conf=conf) if w.text == text else w for w in page.words]
    return dataclasses.replace(page, words=words)


def _letter() -> Page:
    return page_of([
        (20.0, [(40.0, "Dr Karim HADDAD")]),
        (34.0, [(40.0, "3 boulevard Longchamp")]),
        (48.0, [(40.0, "13001 MARSEILLE")]),
        (90.0, [(300.0, "Service Tiers Payant")]),
        (104.0, [(300.0, "TSA 40111")]),
        (118.0, [(300.0, "69301 LYON CEDEX 07")]),
        (160.0, [(300.0, "Marseille, le 20 septembre 2025")]),
        (200.0, [(40.0, "Objet : bordereau d'envoi de factures en tiers payant")]),
        (230.0, [(40.0, "Madame, Monsieur, veuillez trouver ci-joint les factures suivantes pour règlement :")]),
        (250.0, [(60.0, "• facture H-2025-1204")]),
        (280.0, [(40.0, "Veuillez agréer, Madame, Monsieur, mes salutations distinguées.")]),
    ])


def _invoice(month_conf: float) -> Page:
    page = page_of([
        (20.0, [(40.0, "Dr Karim HADDAD — Chirurgien-dentiste"), (300.0, "PATIENT")]),
        (34.0, [(40.0, "RPPS : 10003879623"), (300.0, "Mme ROCHE Géraldine")]),
        (48.0, [(300.0, "N° de sécurité sociale : 1 85 05 78 006 084 91")]),
        (80.0, [(40.0, "FACTURE D'HONORAIRES DENTAIRES")]),
        (94.0, [(40.0, "Réf. facture H-2025-1204")]),
        (130.0, [(40.0, "Émise le 19 septembre 2025")]),
        (144.0, [(40.0, "Soins du 3 septembre 2025")]),
        (160.0, [(40.0, "Total honoraires"), (400.0, "28,92 €")]),
    ], number=2, source="ocr", conf=0.95)
    return _with_conf(page, "septembre", month_conf) if month_conf != 0.95 else page


def test_a_month_read_in_full_keeps_the_labelled_issue_date() -> None:
    document = one([_letter(), _invoice(0.0)])
    assert value(document, "invoice_date") == "2025-09-19"


def test_the_months_own_doubt_leaves_the_dates_confidence_alone() -> None:
    doubted = one([_invoice(0.0)]).fields["invoice_date"]
    read = one([_invoice(0.95)]).fields["invoice_date"]
    assert doubted.value == read.value == "2025-09-19"
    assert abs(doubted.confidence - read.confidence) < 0.05
