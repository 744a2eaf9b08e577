"""A care date read in the date column of the acts table (the first of a series of sessions), every digit of it
read surely on a well-read OCR page: as sure as the same column on a PDF, its agreement with the issue date
included, so no clerk is asked for it when the sessions span more than a quarter. A doubted digit still holds
it back. Wordings and values are made up."""

from __future__ import annotations

import dataclasses

from intake.domain.model import Page
from tests.test_fields import one, page_of, value


def _podiatrist(source: str, first_conf: float) -> Page:
    rows = [
        (20.0, [(40.0, "Claire MARTIN — Pédicure-podologue — RPPS 10003879623")]),
        (40.0, [(40.0, "FACTURE N° 2025-0412")]),
        (52.0, [(40.0, "Date de la facture : 22/10/2025")]),
        (64.0, [(40.0, "Patient : LE GALL Yann")]),
        (76.0, [(40.0, "N° SS : 1 85 05 78 006 084 91")]),
        (100.0, [(40.0, "Date"), (100.0, "Code"), (140.0, "Acte"), (300.0, "Montant")]),
        (112.0, [(40.0, "12/06/2025"), (100.0, "POD"), (140.0, "Bilan podologique"), (300.0, "40,00 €")]),
        (124.0, [(40.0, "25/07/2025"), (100.0, "POD"), (140.0, "Séance de soins"), (300.0, "30,00 €")]),
        (136.0, [(40.0, "22/10/2025"), (100.0, "POD"), (140.0, "Séance de soins"), (300.0, "30,00 €")]),
        (160.0, [(200.0, "Total"), (300.0, "100,00 €")]),
    ]
    page = page_of(rows, source=source)
    if source == "text":
        return page
    words = [dataclasses.replace(w, conf=first_conf if w.text == "12/06/2025" else 0.95) for w in page.words]
    return dataclasses.replace(page, words=words)


def test_a_surely_read_first_session_date_passes_as_on_a_pdf() -> None:
    on_pdf = one([_podiatrist("text", 1.0)]).fields["care_date"]
    document = one([_podiatrist("ocr", 0.95)])
    assert value(document, "care_date") == "2025-06-12"
    care = document.fields["care_date"].confidence
    assert 0.85 <= care < 0.9  # enough to pass review, never into the sure band
    assert care >= on_pdf.confidence - 0.01
    assert not any("Date des soins" in r for r in document.review_reasons)


def test_a_doubted_first_session_date_is_still_held() -> None:
    document = one([_podiatrist("ocr", 0.8)])
    assert value(document, "care_date") == "2025-06-12"
    assert document.fields["care_date"].confidence < 0.85
