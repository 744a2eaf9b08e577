"""A paper sent with an invoice is not the invoice: the ordonnance a pharmacy, a nurse, a taxi or a lab
attaches (its own page, titled "Ordonnance" or "Prescription médicale de transport") is written by the
prescriber on another day. It gives the invoice no practitioner, no date, no number and no amount (it may
confirm the patient), and starts no document."""

from __future__ import annotations

import pytest

from intake.domain.model import Page
from parsers.fields import extract_documents
from parsers.fields.extract import analyse_page
from tests.test_fields import one, page_of, value

NIR = "2 50 11 49 921 765 15"
PRESCRIBER = "10003879623"


def _invoice(
    number: int = 1, invoice: str = "25936842", patient: str = "HÉBERT Océane", title: str = "FACTURE",
    heading: str | None = None,
) -> Page:
    extra = [(160.0, [(250.0, heading)])] if heading else []
    return page_of(
        [
            *extra,
            (20, [(40, "Pharmacie des Arcades"), (450, title)]),
            (35, [(40, "24 place de la Mairie 57000 METZ"), (450, f"N° {invoice}")]),
            (50, [(40, "FINESS 576311260 — Matériel médical"), (450, "Éditée le 21/10/2025")]),
            (100, [(40, "Patient"), (150, patient)]),
            (115, [(40, "Né(e) le"), (150, "18/11/1950")]),
            (130, [(40, "NIR"), (150, NIR)]),
            (145, [(40, "Prescripteur"), (150, "Dr Grégoire AUBRY — ordonnance du 19/09/2025 (jointe)")]),
            (190, [(40, "Date"), (120, "Désignation"), (400, "Montant €")]),
            (205, [(40, "22/09/2025"), (120, "Location lit médical électrique — semaine"), (400, "12,96")]),
            (220, [(40, "29/09/2025"), (120, "Location lit médical électrique — semaine"), (400, "12,96")]),
            (260, [(300, "Total TTC"), (400, "25,92 €")]),
            (275, [(300, "Part AMO (60 %)"), (400, "15,55 €")]),
            (290, [(300, "Part AMC (40 %)"), (400, "10,37 €")]),
            (305, [(300, "Reste à payer"), (400, "0,00 €")]),
        ],
        number=number,
    )


def _ordonnance(number: int = 2, title: str = "ORDONNANCE", patient: str = "Mme HÉBERT Océane") -> Page:
    return page_of(
        [
            (20, [(40, "Docteur Grégoire AUBRY"), (420, "Metz, le 19/09/2025")]),
            (35, [(40, "Médecine générale")]),
            (50, [(40, "43 rue Victor Hugo, 57000 METZ")]),
            (65, [(40, f"RPPS {PRESCRIBER} — N° AM 57106577")]),
            (120, [(250, title)]),
            (160, [(60, patient)]),
            (200, [(60, "Location d'un lit médical à hauteur variable électrique avec barrières,")]),
            (215, [(60, "livraison et installation au domicile. Durée : 3 mois.")]),
            (300, [(400, "Dr Aubry")]),
        ],
        number=number,
    )


def test_an_attached_ordonnance_gives_no_practitioner_and_no_date() -> None:
    document = one([_invoice(), _ordonnance()])
    assert document.pages == [1, 2]
    assert "rpps" not in document.fields
    assert value(document, "finess") == "576311260"
    assert value(document, "invoice_date") == "2025-10-21"
    assert value(document, "invoice_number") == "25936842"


def test_an_ordonnance_before_the_invoice_is_attached_to_it() -> None:
    """Printed first, naming the patient under a label: it confirms the patient, nothing else."""
    ordonnance = _ordonnance(number=1, patient="Patient : Mme HÉBERT Océane")
    assert any(c.name == "patient_name" for c in analyse_page(ordonnance).candidates)
    document = one([ordonnance, _invoice(number=2)])
    assert document.pages == [1, 2]
    assert value(document, "patient_name") == "HÉBERT Océane"
    assert "rpps" not in document.fields
    assert value(document, "invoice_date") == "2025-10-21"


def test_a_transport_prescription_form_is_another_paper() -> None:
    document = one([_invoice(), _ordonnance(title="PRESCRIPTION MÉDICALE DE TRANSPORT")])
    assert "rpps" not in document.fields
    assert value(document, "invoice_date") == "2025-10-21"


def test_each_invoice_of_a_batch_keeps_its_own_ordonnance() -> None:
    pages = [
        _invoice(1),
        _ordonnance(2),
        _invoice(3, invoice="25936843", patient="MARTIN Paul"),
        _ordonnance(4, patient="M. MARTIN Paul"),
    ]
    documents = extract_documents(pages)
    assert [d.pages for d in documents] == [[1, 2], [3, 4]]
    assert [value(d, "invoice_number") for d in documents] == ["25936842", "25936843"]
    assert all("rpps" not in d.fields for d in documents)


@pytest.mark.parametrize(
    ("title", "other"),
    [
        ("ORDONNANCE", True),
        ("Ordonnance médicale", True),
        ("PRESCRIPTION MÉDICALE DE TRANSPORT", True),
        ("Prescriptions relatives au traitement de l'affection de longue durée reconnue", True),  # bizone
        ("Ordonnance du 19/09/2025", False),
        ("Prescription : Dr AUBRY", False),
    ],
)
def test_the_titles_of_another_paper(title: str, other: bool) -> None:
    assert analyse_page(_ordonnance(title=title)).other_paper is other


def test_an_ordonnance_recalled_in_the_invoice_body_is_no_title() -> None:
    """"Prescripteur : Dr X — ordonnance du 19/09/2025 (jointe)" on the invoice names no other paper."""
    assert not analyse_page(_invoice()).other_paper


def test_a_prescription_heading_on_an_invoice_with_its_title_unread_keeps_its_fields() -> None:
    """An invoice whose title was lost, printing "PRESCRIPTION" over its prescriber block: its acts table
    and amounts say it is the invoice, whatever its headings."""
    page = _invoice(title="", heading="PRESCRIPTION")
    result = analyse_page(page)
    assert result.kind is None and result.other_paper
    document = one([page])
    assert value(document, "invoice_date") == "2025-10-21"
    assert value(document, "total_amount") == "25.92"


def test_an_ordonnance_alone_in_a_file_is_read_as_it_is() -> None:
    """With no invoice beside it, nothing to attach it to: the page is not emptied of what it prints (a
    clerk sees it)."""
    document = one([_ordonnance(number=1)])
    assert value(document, "rpps") == PRESCRIBER


# ---------------------------------------------------------------- the letterhead of another page


def _stay(number: int, letterhead: bool) -> Page:
    head = [(40.0, [(40.0, "HAD Domicile Santé"), (450.0, "N° FINESS")]), (55.0, [(450.0, "340325810")])]
    return page_of(
        [
            *(head if letterhead else [(40.0, [(40.0, "HAD Domicile Santé")])]),
            (80, [(40, "FACTURE — HOSPITALISATION À DOMICILE")]),
            (100, [(40, "N° de facture"), (150, "HAD25200108"), (350, "Patient")]),
            (115, [(40, "Date de facture"), (150, "01/05/2025"), (350, "Mme GERMAIN Clémence")]),
            (130, [(350, f"NIR {NIR}")]),
            (160, [(40, "Séjour"), (150, "Entrée le 09/04/2025 — Sortie le 20/04/2025")]),
            (175, [(40, "Médecin coord."), (150, f"Dr Séverin BRETON — RPPS {PRESCRIBER}")]),
            (210, [(40, "Date"), (150, "Libellé"), (450, "Montant")]),
            (225, [(40, "09/04/2025"), (150, "Journée d'HAD"), (450, "312,47 €")]),
        ],
        number=number,
    )


def _stay_totals(number: int = 2) -> Page:
    return page_of(
        [
            (40, [(40, "HAD Domicile Santé"), (450, "N° FINESS")]),
            (55, [(450, "340325810")]),
            (90, [(40, "Facture n° HAD25200108 (suite) — GERMAIN Clémence")]),
            (130, [(300, "Total du séjour"), (450, "624,94 €")]),
            (145, [(300, "Part Assurance Maladie"), (450, "499,95 €")]),
            (160, [(300, "Part mutuelle"), (450, "124,99 €")]),
            (175, [(300, "À la charge du patient"), (450, "0,00 €")]),
        ],
        number=number,
    )


def test_a_doctor_named_in_the_body_works_for_the_establishment_of_the_next_pages_letterhead() -> None:
    """The first page's FINESS was lost to the reading; the second page repeats the letterhead with it:
    the coordinating doctor named in the first page's body is not who invoices."""
    document = one([_stay(1, letterhead=False), _stay_totals()])
    assert value(document, "finess") == "340325810"
    assert "rpps" not in document.fields


def test_a_doctor_named_in_the_body_of_the_establishments_page_is_not_the_invoicer() -> None:
    document = one([_stay(1, letterhead=True), _stay_totals()])
    assert "rpps" not in document.fields


# ---------------------------------------------------------------- a letter after the invoice


def _letter(number: int = 2) -> Page:
    return page_of(
        [
            (20, [(40, "Pharmacie des Arcades")]),
            (35, [(40, "FINESS 576311906")]),
            (80, [(350, "Metz, le 02/12/2025")]),
            (110, [(40, "Objet : facture n° 25936842 — patient HÉBERT Océane")]),
            (140, [(40, "Madame, Monsieur,")]),
            (160, [(40, "Nous vous adressons de nouveau notre facture du 21/10/2025, restée impayée,")]),
            (175, [(40, "d'un montant de 10,37 € à la charge de la complémentaire.")]),
            (210, [(40, "Veuillez agréer nos salutations distinguées.")]),
        ],
        number=number,
    )


def test_a_letter_after_the_invoice_gives_no_date_and_no_practitioner() -> None:
    """The invoice sent again with a letter (another FINESS in its letterhead, the day it was written,
    an amount recalled): the letter is no rival for the invoice's fields."""
    document = one([_invoice(), _letter()])
    assert document.pages == [1, 2]
    assert value(document, "finess") == "576311260"
    assert value(document, "invoice_date") == "2025-10-21"
    assert not document.needs_review, document.review_reasons
