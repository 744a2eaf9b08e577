"""Which pages (or parts of a page) make one document: covers, batches, two invoices on one page."""

from __future__ import annotations

from intake.domain.model import Page, Word
from parsers.fields import extract_documents
from parsers.fields.extract import analyse_page
from parsers.fields.split import STACKED_REASON, cut_page, find_stacked, has_content
from parsers.twoup import TWO_UP_NOTE
from tests.test_fields import lines_page, page_of, value

INVOICE = """
Cabinet de kinésithérapie - M. Paul DURAND
N° RPPS : 10003879623
FACTURE N° K-2025-311
Date de facturation : 14/10/2025
Patient : Mme ROUX Céline
N° de sécurité sociale : 2 85 05 78 006 084 41
Date des soins : 06/10/2025
Montant total : 48,00 €
"""

FAX_COVER = """
TÉLÉCOPIE
Destinataire : Service des remboursements
Expéditeur : Secrétariat du cabinet DURAND
Date : 15/10/2025
Nombre de pages : 2 (y compris celle-ci)
Objet : facture en tiers payant
Merci de bien vouloir traiter la pièce ci-jointe.
"""

COVER_LETTER = """
BORDEREAU D'ENVOI
Cabinet de kinésithérapie - M. Paul DURAND
N° RPPS : 10003879623
Envoi de 2 factures pour règlement de la part complémentaire.
Fait le 16/10/2025
"""


# ---------------------------------------------------------------- covers


def test_fax_cover_sheet_goes_with_the_invoice_it_covers() -> None:
    cover = lines_page(FAX_COVER, number=1, source="ocr", conf=0.95)
    invoice = lines_page(INVOICE, number=2, source="ocr", conf=0.95)
    assert not has_content(analyse_page(cover))
    documents = extract_documents([cover, invoice])
    assert [d.pages for d in documents] == [[1, 2]]
    assert value(documents[0], "invoice_number") == "K-2025-311"
    assert value(documents[0], "total_amount") == "48.00"
    assert value(documents[0], "invoice_date") == "2025-10-14"  # not the day the fax was sent


def test_covering_letter_joins_the_first_invoice_of_a_batch() -> None:
    second = INVOICE.replace("K-2025-311", "K-2025-312").replace("48,00", "36,00")
    pages = [
        lines_page(COVER_LETTER, number=1),
        lines_page(INVOICE, number=2),
        lines_page(second, number=3),
    ]
    documents = extract_documents(pages)
    assert [d.pages for d in documents] == [[1, 2], [3]]
    assert [value(d, "invoice_number") for d in documents] == ["K-2025-311", "K-2025-312"]
    assert value(documents[1], "total_amount") == "36.00"


def test_cover_does_not_name_the_kind_of_the_paper_it_covers() -> None:
    quote = "DEVIS N° D-2025-77\nPatient : Mme ROUX Céline\nMontant total : 480,00 €\nDate : 01/10/2025"
    documents = extract_documents([lines_page(COVER_LETTER, number=1), lines_page(quote, number=2)])
    assert [(d.pages, d.kind) for d in documents] == [([1, 2], "quote")]


def test_page_without_invoice_content_after_the_invoice_stays_with_it() -> None:
    annex = lines_page("CONDITIONS GÉNÉRALES\nN° RPPS : 10003879623\nRèglement à 30 jours.", number=2)
    documents = extract_documents([lines_page(INVOICE, number=1), annex])
    assert [d.pages for d in documents] == [[1, 2]]
    assert value(documents[0], "invoice_number") == "K-2025-311"


def test_garbled_page_without_fields_stays_a_document_for_a_clerk() -> None:
    # an OCR page read too badly to tell a cover from an invoice whose words were lost: not merged away
    garbled = lines_page("FACTURE\nN° RPPS : 10003879623\nxx :: 1l0 ~~\nTo7a1 ..", number=2, source="ocr", conf=0.3)
    second = INVOICE.replace("K-2025-311", "K-2025-313")
    documents = extract_documents([lines_page(INVOICE, number=1), garbled, lines_page(second, number=3)])
    assert [d.pages for d in documents] == [[1], [2], [3]]
    assert documents[1].needs_review


def test_cover_read_with_the_invoice_gives_no_field() -> None:
    # the cover's date of sending is not the invoice's date, even when no title splits the two pages
    cover = lines_page("Envoi par télécopie\nDate : 20/10/2025\nDestinataire : caisse", number=1)
    invoice = lines_page(INVOICE.replace("Date de facturation : 14/10/2025\n", ""), number=2)
    documents = extract_documents([cover, invoice])
    assert [d.pages for d in documents] == [[1, 2]]
    assert value(documents[0], "invoice_date") != "2025-10-20"


def test_a_lone_cover_sheet_stays_a_document_for_a_clerk() -> None:
    documents = extract_documents([lines_page(FAX_COVER, number=1)])
    assert len(documents) == 1
    assert documents[0].needs_review


# ---------------------------------------------------------------- pages of one invoice


def test_page_repeating_a_weakly_read_number_continues_the_invoice() -> None:
    first = lines_page(
        "FACTURE\nCabinet de podologie Mme Léa VIDAL\nN° ADELI : 136012345\nPatient : M. ROCHE Éric\n"
        "N° de sécurité sociale : 1 85 05 78 006 084 91\nPièce n° PD-2025-0917",
        number=1, source="ocr", conf=0.6,
    )
    second = lines_page(
        "Cabinet de podologie Facture n° PD-2025-0917 (suite)\nN° ADELI : 136012345\n"
        "Date des soins : 03/10/2025\nMontant total : 90,00 €",
        number=2, source="ocr", conf=0.95,
    )
    documents = extract_documents([first, second])
    assert [d.pages for d in documents] == [[1, 2]]
    assert value(documents[0], "total_amount") == "90.00"


def test_right_half_of_a_two_up_sheet_going_on_continues_the_invoice_its_number_misread() -> None:
    """The halves of a sheet printed two pages per sheet (`parsers.twoup`): the right half says "(suite)",
    so a number read differently on the left half (a fax) does not start another document; two pages
    that are not halves of one sheet still do."""
    first = lines_page(
        "FACTURE\nCabinet de podologie Mme Léa VIDAL\nN° ADELI : 136012345\nPatient : M. ROCHE Éric\n"
        "N° de sécurité sociale : 1 85 05 78 006 084 91\nFacture n° PD-2025-0817",
        number=1, source="ocr", conf=0.95,
    )
    second = lines_page(
        "Cabinet de podologie Facture n° PD-2025-0917 (suite)\nN° ADELI : 136012345\n"
        "Date des soins : 03/10/2025\nMontant total : 90,00 €",
        number=2, source="ocr", conf=0.95,
    )
    assert [d.pages for d in extract_documents([first, second])] == [[1], [2]]
    first.notes.append(TWO_UP_NOTE.format(index=1))
    second.notes.append(TWO_UP_NOTE.format(index=2))
    documents = extract_documents([first, second])
    assert [d.pages for d in documents] == [[1, 2]]
    assert value(documents[0], "total_amount") == "90.00"


# ---------------------------------------------------------------- two invoices on one page


def _slip(top: float, number: str, patient: str, nir: str, total: str) -> list[tuple[float, list[tuple[float, str]]]]:
    return [
        (top, [(40.0, "Cabinet infirmier Mme Anne LEROY"), (420.0, f"Facture {number}")]),
        (top + 15, [(40.0, "N° RPPS : 10003879623")]),
        (top + 30, [(40.0, f"Patient : {patient}")]),
        (top + 45, [(40.0, f"NIR : {nir}")]),
        (top + 75, [(40.0, "Date Acte Montant")]),
        (top + 90, [(40.0, "02/10/2025 AMI 2 6,30")]),
        (top + 120, [(40.0, f"Total {total} €")]),
        (top + 150, [(40.0, "Dispense d'avance de frais.")]),
    ]


FIRST = ("2025-101", "GARNIER Louis", "1 52 01 49 347 551 72", "44,10")
SECOND = ("2025-102", "PERRIN Odile", "2 58 12 93 852 774 63", "31,50")


def test_two_invoices_on_one_page_with_a_cut_line_become_two_documents() -> None:
    rows = [*_slip(20.0, *FIRST), (400.0, [(40.0, "- - - - - - - - - - ✂ couper ici")]), *_slip(430.0, *SECOND)]
    documents = extract_documents([page_of(rows)])
    assert len(documents) == 2
    assert [d.pages for d in documents] == [[1], [1]]
    assert [value(d, "invoice_number") for d in documents] == ["2025-101", "2025-102"]
    assert [value(d, "patient_name") for d in documents] == ["GARNIER Louis", "PERRIN Odile"]
    assert [value(d, "total_amount") for d in documents] == ["44.10", "31.50"]
    assert [value(d, "rpps") for d in documents] == ["10003879623", "10003879623"]


def test_second_letterhead_above_its_title_goes_with_the_second_invoice() -> None:
    second = _slip(430.0, *SECOND)
    second[0] = (430.0, [(420.0, "Facture 2025-102")])
    letterhead = [(400.0, [(40.0, "Cabinet infirmier Mme Anne LEROY")]), (414.0, [(40.0, "N° RPPS : 10003879623")])]
    rows = [*_slip(20.0, *FIRST), *letterhead, *second[:1], *second[2:]]
    documents = extract_documents([page_of(rows)])
    assert [value(d, "patient_name") for d in documents] == ["GARNIER Louis", "PERRIN Odile"]
    assert value(documents[1], "rpps") == "10003879623"
    assert value(documents[0], "total_amount") == "44.10"


def test_page_that_looks_like_two_invoices_but_cannot_be_cut_goes_to_review() -> None:
    # another number and another patient below the first, but no title heads the second part
    rows = [
        *_slip(20.0, *FIRST),
        (400.0, [(40.0, f"Pièce n° {SECOND[0]}")]),
        (430.0, [(40.0, f"Patient : {SECOND[1]}")]),
        (445.0, [(40.0, f"NIR : {SECOND[2]}")]),
        (470.0, [(40.0, f"Total {SECOND[3]} €")]),
    ]
    page = page_of(rows)
    assert find_stacked(analyse_page(page)) is not None
    documents = extract_documents([page])
    assert len(documents) == 1
    assert documents[0].needs_review
    assert STACKED_REASON in documents[0].review_reasons


def test_one_invoice_naming_another_invoice_is_not_cut() -> None:
    rows = [*_slip(20.0, *FIRST), (400.0, [(40.0, "Facture n° 2025-077 du mois dernier réglée, merci.")])]
    documents = extract_documents([page_of(rows)])
    assert len(documents) == 1
    assert STACKED_REASON not in documents[0].review_reasons


def test_same_invoice_printed_twice_on_a_page_is_one_document() -> None:
    rows = [*_slip(20.0, *FIRST), *_slip(430.0, *FIRST)]  # original and copy for the patient
    documents = extract_documents([page_of(rows)])
    assert len(documents) == 1
    assert STACKED_REASON not in documents[0].review_reasons


def test_cut_page_keeps_each_word_on_the_side_of_its_middle() -> None:
    words = [
        Word("haut", 10, 90, 40, 100),
        Word("milieu", 10, 95, 40, 115, line=1),
        Word("bas", 10, 300, 40, 310, line=2),
    ]
    top, bottom = cut_page(Page(3, 600, 850, words, "ocr", ["rotated 180"]), 104.0)
    assert [w.text for w in top.words] == ["haut"]
    assert [w.text for w in bottom.words] == ["milieu", "bas"]
    assert (top.number, bottom.number, bottom.source, bottom.notes) == (3, 3, "ocr", ["rotated 180"])
