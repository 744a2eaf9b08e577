"""An OCR'd care date has no checksum: on a poorly read fax in normal resolution, or read from digits
Tesseract doubts, it passes review only when the document prints it again, or when its own label names
it, every digit reads surely and it agrees with the invoice's date."""

from __future__ import annotations

from dataclasses import replace

from intake.domain.model import ExtractedDocument, Field, Page
from parsers.fields.doubts import LONE_DATE_CAP, low_resolution
from parsers.fields.review import review
from parsers.image import square_factors
from tests.test_fields import lines_page, one, value

THRESHOLD = 0.85
STRETCHED = str(square_factors((204.0, 98.0))[3])  # the note the reader leaves on a fax in normal resolution

INVOICE = """
Cabinet de kinésithérapie - M. Bruno ROCHE
N° RPPS : 10003879623
FACTURE N° K2504106
Date de facture : 23/04/2025
Patient : Mme TESSIER Océane
N° de sécurité sociale : 1 85 05 78 006 084 91
Date des soins : 14/03/2025
Montant total : 309,60 €
"""
# the same invoice, its care date a row of the acts table under a bare "Date" heading
ACTS_TABLE = INVOICE.replace("Date des soins : 14/03/2025\n", "Date Code Montant\n14/03/2025 AMK 8 309,60 €\n")
DELIVERED = INVOICE.replace("Date des soins :", "Date de délivrance :")  # a pharmacy's, an optician's
NOISE = "\n".join(["ROeMGUON POR-CPETMONS EU ONU"] * 4)  # rows of a table the fax smeared


def _page(text: str, *, notes: list[str], noise: bool = True, date_conf: float = 0.96) -> Page:
    """An OCR page read at 0.96 a word, its smeared rows at 0.3, the care date's words at `date_conf`."""
    page = lines_page(text + (NOISE if noise else ""), source="ocr", conf=0.96)
    words = []
    for word in page.words:
        conf = 0.3 if word.text in NOISE.split() else word.conf
        if word.text == "14/03/2025":
            conf = date_conf
        words.append(replace(word, conf=conf))
    return replace(page, words=words, notes=notes)


def _care(document: ExtractedDocument) -> Field:
    return document.fields["care_date"]


def test_the_reader_note_of_a_fax_in_normal_resolution_is_recognised() -> None:
    assert STRETCHED.startswith("étiré")
    assert low_resolution(Page(1, 600, 850, source="ocr", notes=[STRETCHED]))
    assert not low_resolution(Page(1, 600, 850, source="ocr", notes=["redressé de -0.3°"]))


def test_care_date_read_once_on_a_poorly_read_low_resolution_fax_goes_to_review() -> None:
    document = one([_page(ACTS_TABLE, notes=[STRETCHED])])
    assert value(document, "care_date") == "2025-03-14"
    assert _care(document).confidence == LONE_DATE_CAP < THRESHOLD
    assert document.needs_review
    assert "Date des soins lue sur une télécopie basse résolution, à vérifier" in document.review_reasons
    assert not any(reason.startswith("Date des soins illisible") for reason in document.review_reasons)


def test_care_date_printed_again_on_the_fax_passes() -> None:
    text = ACTS_TABLE + "Séances du 14/03/2025 au 18/04/2025\n"
    document = one([_page(text, notes=[STRETCHED])])
    assert value(document, "care_date") == "2025-03-14"
    assert _care(document).confidence >= THRESHOLD


def test_care_date_printed_again_in_other_words_passes() -> None:
    text = ACTS_TABLE + "Première séance le 14 mars 2025\n"
    document = one([_page(text, notes=[STRETCHED])])
    assert _care(document).confidence >= THRESHOLD


def test_another_date_printed_elsewhere_is_no_second_reading() -> None:
    document = one([_page(ACTS_TABLE + "Courrier du 14/03/2024\n", notes=[STRETCHED])])
    assert value(document, "care_date") == "2025-03-14"
    assert _care(document).confidence < THRESHOLD


def test_care_date_named_by_its_label_read_surely_and_in_order_with_the_invoice_date_passes() -> None:
    document = one([_page(INVOICE, notes=[STRETCHED])])
    assert value(document, "care_date") == "2025-03-14"
    assert _care(document).confidence >= THRESHOLD
    assert not any(reason.startswith("Date des soins") for reason in document.review_reasons)


def test_labelled_date_with_no_invoice_date_to_agree_with_goes_to_review() -> None:
    document = one([_page(INVOICE.replace("Date de facture : 23/04/2025\n", ""), notes=[STRETCHED])])
    assert value(document, "care_date") == "2025-03-14"
    assert _care(document).confidence < THRESHOLD


def test_labelled_sure_date_on_a_well_read_fax_with_no_invoice_date_passes() -> None:
    # session 21: a pharmacy's "Date de délivrance" the only date, every digit sure, on a fax in normal
    # resolution the OCR read well: no issue date to agree with, none to contradict it
    text = DELIVERED.replace("Date de facture : 23/04/2025\n", "")
    document = one([_page(text, notes=[STRETCHED], noise=False)])
    assert value(document, "care_date") == "2025-03-14"
    assert _care(document).confidence >= THRESHOLD
    assert not any(reason.startswith("Date des soins") for reason in document.review_reasons)


def test_labelled_sure_date_with_no_invoice_date_stays_held_with_a_doubted_digit() -> None:
    text = DELIVERED.replace("Date de facture : 23/04/2025\n", "")
    document = one([_page(text, notes=[STRETCHED], noise=False, date_conf=0.85)])
    assert _care(document).confidence < THRESHOLD


def test_labelled_date_with_a_doubted_digit_goes_to_review() -> None:
    document = one([_page(INVOICE, notes=[STRETCHED], date_conf=0.85)])
    assert _care(document).confidence < THRESHOLD


def test_acts_row_date_read_from_doubted_words_passes_when_another_row_has_the_same_date() -> None:
    two_rows = ACTS_TABLE.replace("14/03/2025 AMK 8 309,60 €\n", "14/03/2025 AMK 8 292,40 €\n14/03/2025 IFD 17,20 €\n")
    document = one([_page(two_rows, notes=[], noise=False, date_conf=0.3)])
    assert value(document, "care_date") == "2025-03-14"
    assert _care(document).confidence >= THRESHOLD


def test_acts_row_date_read_from_doubted_words_alone_goes_to_review() -> None:
    document = one([_page(ACTS_TABLE, notes=[], noise=False, date_conf=0.3)])
    assert value(document, "care_date") == "2025-03-14"
    assert _care(document).confidence < THRESHOLD


def test_same_page_at_fine_resolution_is_unchanged() -> None:
    document = one([_page(INVOICE, notes=["redressé de -0.3°"])])
    assert _care(document).confidence >= THRESHOLD


def test_well_read_low_resolution_fax_keeps_its_sure_date() -> None:
    document = one([_page(INVOICE, notes=[STRETCHED], noise=False)])
    assert _care(document).confidence >= THRESHOLD


def test_doubted_date_on_a_low_resolution_fax_goes_to_review_even_on_a_well_read_page() -> None:
    document = one([_page(INVOICE, notes=[STRETCHED], noise=False, date_conf=0.85)])
    assert _care(document).confidence < THRESHOLD


def test_date_digits_tesseract_doubts_go_to_review_on_any_ocr_page() -> None:
    document = one([_page(INVOICE, notes=[], noise=False, date_conf=0.5)])
    assert _care(document).confidence < THRESHOLD
    assert "Date des soins mal lue à l'OCR, à vérifier" in document.review_reasons


def test_text_layer_date_is_never_doubted() -> None:
    document = one([lines_page(INVOICE)])
    assert _care(document).confidence >= THRESHOLD


def test_review_says_the_specific_doubt_instead_of_a_bare_confidence() -> None:
    fields = {
        "rpps": Field("rpps", "10003879623", 0.95),
        "nir": Field("nir", "185057800608491", 0.95),
        "invoice_number": Field("invoice_number", "K2504106", 0.88),
        "total_amount": Field("total_amount", "309.60", 0.97),
        "care_date": Field("care_date", "2025-03-14", 0.8),
    }
    document = ExtractedDocument(fields=fields, pages=[1], kind="invoice")
    doubt = "Date des soins lue sur une télécopie basse résolution, à vérifier"
    assert review(document, doubts={"care_date": doubt}) == (True, [doubt])
    assert review(document) == (True, ["Date des soins illisible (confiance 0,80)"])
