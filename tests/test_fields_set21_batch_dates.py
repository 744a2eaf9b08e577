"""Set 21 (tuned on): a laboratory's fax batch, one invoice a page, whose invoice numbers the scan lost:
a page naming another patient, with its own amounts, is the next invoice, not a page of the same one;
a care word followed by the weekday dates the act ("Consultation dimanche 28 septembre 2025"); a
typewriter's colon read as a digit ahead of a NIR ("3 2 01 12 2A ..."); a body doctor's RPPS kept while
the letterhead's own "N° RPPS" was unread is held for a clerk. Wordings and values are made up."""

from __future__ import annotations

from intake.domain.model import Page
from parsers.fields import extract_documents
from parsers.fields.ids import find_id
from tests.test_fields import one, page_of, value


def _lab_page(number: int, name: str, nir: str, total: str) -> Page:
    return page_of(
        [
            (20.0, [(40.0, "LABORATOIRE DE BIOLOGIE MÉDICALE")]),
            (32.0, [(40.0, "SELAS BIO LYON — 3 rue des Lilas, 69003 LYON")]),
            (44.0, [(40.0, "FINESS 690781232 — Tél. 04 78 00 00 00")]),
            (80.0, [(40.0, "PATIENT"), (300.0, "PRESCRIPTION")]),
            (92.0, [(40.0, name), (300.0, "Dr Paul VIDAL — RPPS 10101010105")]),
            (104.0, [(40.0, f"NIR {nir}"), (300.0, "Prélèvement du 10.06.2025 à 08:40")]),
            (140.0, [(40.0, "Code NABM"), (120.0, "Analyse"), (400.0, "Montant")]),
            (152.0, [(40.0, "1208"), (120.0, "TSH"), (400.0, f"{total} €")]),
            (188.0, [(300.0, "Total"), (400.0, f"{total} €")]),
            (200.0, [(300.0, "Part AMO 60 %"), (400.0, "3,30 €")]),
        ],
        number=number, source="ocr", conf=0.95,
    )


def test_a_page_naming_another_patient_with_its_own_amounts_is_another_invoice() -> None:
    pages = [
        _lab_page(1, "LE GALL Anne", "1 85 05 78 006 084 91", "5,50"),
        _lab_page(2, "MOREAU Julien", "1 79 07 06 021 403 40", "5,50"),
    ]
    documents = extract_documents(pages)
    assert [value(d, "nir") for d in documents] == ["185057800608491", "179070602140340"]


def test_the_same_patient_on_the_next_page_stays_one_invoice() -> None:
    pages = [
        _lab_page(1, "LE GALL Anne", "1 85 05 78 006 084 91", "5,50"),
        _lab_page(2, "LE GALL Anne", "1 85 05 78 006 084 91", "5,50"),
    ]
    assert len(extract_documents(pages)) == 1


def test_a_care_word_then_the_weekday_dates_the_act() -> None:
    document = one([page_of([
        (20.0, [(40.0, "MAISON MÉDICALE DE GARDE")]),
        (32.0, [(40.0, "Facture n° MMG25-4223"), (300.0, "Éditée le 28.09.25")]),
        (44.0, [(40.0, "Dr Anne ROCHE — RPPS 10003879623")]),
        (70.0, [(40.0, "Patient"), (120.0, "MOREAU Julien")]),
        (82.0, [(40.0, "NIR 1 79 07 06 021 403 40")]),
        (94.0, [(40.0, "Consultation dimanche 28 septembre 2025 à 12 h 46")]),
        (130.0, [(40.0, "G Consultation de médecine générale"), (400.0, "30,00 €")]),
        (160.0, [(300.0, "Montant total"), (400.0, "30,00 €")]),
    ])])
    assert value(document, "care_date") == "2025-09-28"


def test_a_colon_read_as_a_digit_before_the_nir_is_dropped() -> None:
    found = find_id("nir", "3 2 01 12 2A 671 204 51")
    assert found is not None
    assert (found.value, found.repaired) == ("201122A67120451", True)
    one_lone_digit = find_id("nir", "1 64 901 93 655 619 46")  # the sex digit stands alone: kept
    assert one_lone_digit is None or one_lone_digit.value != "649019365561946"


def test_a_body_doctor_kept_while_the_letterheads_number_was_unread_is_held() -> None:
    document = one([page_of([
        (20.0, [(40.0, "CABINET DE SAGE-FEMME")]),
        (32.0, [(40.0, "N° RPPS 104340163466")]),  # one digit too many, two drops pass the key: unread
        (50.0, [(40.0, "NOTE D'HONORAIRES — N° 0001116")]),
        (70.0, [(40.0, "Patiente"), (120.0, "BLANCHARD Sylvie")]),
        (82.0, [(40.0, "N° d'immatriculation 2 90 04 99 561 452 43")]),
        (94.0, [(40.0, "Date des soins : 21/07/2025")]),
        (106.0, [(40.0, "Suivi conjoint : Dr GERMAIN, gynécologue — RPPS 10209273712")]),
        (160.0, [(300.0, "Total"), (400.0, "49,66 €")]),
    ], source="ocr", conf=0.95)])
    assert value(document, "rpps") == "10209273712"
    assert document.fields["rpps"].confidence < 0.85
    assert document.needs_review
