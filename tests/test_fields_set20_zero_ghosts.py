"""Set 20 (an acupuncturist's note, fax and photo): zeros read as 6s, 8s and 9s ("Remb. Assurance Maladie
12,69 €" for 12,60; "Total honoraires 58,08 €" or "50,08 €" for 50,00). The amounts did not add up, and the
one-glyph mend found several amounts one confusable digit off (the total 50,09 or the AMO 12,60), so it
mended none. A fax or a photo adds strokes to a zero; it does not wipe a 6, 8 or 9 into a clean 0: the
amount read with a zero's ghosts where the sums call for 0s is the misread one. Wordings and values are
made up."""

from __future__ import annotations

from intake.domain.model import ExtractedDocument
from parsers.fields import extract
from tests.test_fields import one, page_of, value


def _note(total: str, amo: str, amc: str = "25,00", patient: str = "12,40") -> ExtractedDocument:
    rows = [
        (20.0, [(40.0, "Dr Louis MARCHAL — Acupuncture — RPPS 10003879623")]),
        (32.0, [(40.0, "NOTE D'HONORAIRES N° AC-2025-0188 du 14/03/2025")]),
        (44.0, [(40.0, "Patient : Mme ROCHE Géraldine")]),
        (56.0, [(40.0, "N° de sécurité sociale : 1 85 05 78 006 084 91")]),
        (80.0, [(40.0, "Séance d'acupuncture du 14/03/2025")]),
        (120.0, [(40.0, "Total honoraires"), (300.0, f"{total} €")]),
        (132.0, [(40.0, "Remb. Assurance Maladie (70 %)"), (300.0, f"{amo} €")]),
        (144.0, [(40.0, "Remb. complémentaire"), (300.0, f"{amc} €")]),
        (156.0, [(40.0, "À votre charge"), (300.0, f"{patient} €")]),
    ]
    return one([page_of(rows, source="ocr", conf=0.95)])


def test_a_share_with_a_zeros_ghost_is_mended_over_a_total_one_glyph_off() -> None:
    document = _note("50,00", "12,69")
    assert value(document, "amo_amount") == "12.60"
    assert value(document, "total_amount") == "50.00"
    assert document.fields["amo_amount"].confidence <= 0.6  # mended, held for a clerk


def test_a_total_with_two_zeros_ghosted_is_mended() -> None:
    document = _note("58,08", "12,60")
    assert value(document, "total_amount") == "50.00"
    assert document.fields["total_amount"].confidence <= 0.6
    assert document.needs_review


def test_a_total_with_one_zero_ghosted_is_mended_over_the_shares() -> None:
    document = _note("50,08", "12,60")
    assert value(document, "total_amount") == "50.00"
    assert value(document, "amo_amount") == "12.60"


def test_a_clean_zero_where_the_sums_want_a_nine_is_no_ghost() -> None:
    assert extract._zeros_ghosted("12.69", "12.60")
    assert not extract._zeros_ghosted("50.00", "50.09")
    assert not extract._zeros_ghosted("12.71", "12.60")
    document = _note("50,09", "12,60")  # the total misread otherwise: nothing says which amount to mend
    assert document.needs_review
