"""Fax readings of set 31's kind, mended or held by general rules: an amount's thousands group set left of
its column's heading ("Montant" over "1 900,00 €") is the amount's lead, not a cell of its own, so the sums
no longer confirm a total read without it; a share whose thousands 1 a fax read as a letter set apart
("Part complémentaire L 420,00 €") is read back with it when the sums call for it, held for a clerk; a
birth date whose century a fax misread, a space set before a slash ("02/03 /1345"), is the NIR's; a hearing
aid's trial period before its delivery is no care date rivalling the delivery's. Wordings and values made up."""

from __future__ import annotations

from intake.domain.model import ExtractedDocument
from tests.test_fields import one, page_of, value

_HEAD = [
    (20.0, [(40.0, "Audition Conseil - Jérémy CARPENTIER audioprothésiste - N° ADELI 512685710")]),
    (32.0, [(40.0, "FACTURE N° FA2025-13065")]),
    (44.0, [(40.0, "Date de facture : 02/04/2025")]),
    (56.0, [(40.0, "Patient : M. GERMAIN Rémi")]),
]


def _recap(complementary: str) -> ExtractedDocument:
    rows = [
        *_HEAD,
        (140.0, [(40.0, "Récapitulatif"), (463.0, "Montant")]),
        (152.0, [(40.0, "Montant TTC"), (450.0, "1"), (463.0, "900,00 €")]),
        (164.0, [(40.0, "Part Sécurité sociale (60 %)"), (463.0, "480,00 €")]),
        (176.0, [(40.0, "Part complémentaire"), (450.0, complementary), (463.0, "420,00 €")]),
        (188.0, [(40.0, "Reste à charge"), (473.0, "0,00 €")]),
    ]
    return one([page_of(rows, source="ocr", conf=0.95)])


def test_a_thousands_group_left_of_the_amounts_column_is_no_cell_of_its_own() -> None:
    document = _recap("1")
    assert value(document, "total_amount") == "1900.00"
    assert value(document, "amc_amount") == "1420.00"


def test_a_thousands_one_read_as_a_letter_set_apart_is_read_back_when_the_sums_call_for_it() -> None:
    document = _recap("L")
    assert value(document, "total_amount") == "1900.00"
    share = document.fields["amc_amount"]
    assert share.value == "1420.00"
    assert share.confidence < 0.9  # nothing but the sums reads the 1: a clerk checks it
    assert document.needs_review


def test_a_share_read_without_a_letter_before_it_is_not_lengthened() -> None:
    document = _recap("")
    share = document.fields["amc_amount"]
    assert share.value == "420.00"  # the sums disagree, nothing on the line says a digit was lost
    assert share.confidence < 0.9
    assert document.needs_review


def _birth(line: str) -> ExtractedDocument:
    rows = [
        (20.0, [(40.0, "Rémi ROCHE infirmier - N° ADELI 876045907")]),
        (32.0, [(40.0, "NOTE D'HONORAIRES N° 009688")]),
        (44.0, [(40.0, "Nom, prénom du patient : ARNAUD François")]),
        (56.0, [(40.0, line)]),
        (68.0, [(40.0, "N° de sécurité sociale : 1 45 03 21 572 658 69")]),
        (80.0, [(40.0, "Date des soins : 20/10/2025")]),
        (140.0, [(40.0, "Total 13,46 €")]),
    ]
    return one([page_of(rows, source="ocr", conf=0.95)])


def test_a_birth_date_with_its_century_misread_and_a_space_before_a_slash_is_the_nirs() -> None:
    document = _birth("Né(e) le : 02/03 /1345")
    birth = document.fields["patient_birth_date"]
    assert birth.value == "1945-03-02"
    assert birth.confidence < 0.9


def test_a_date_of_another_month_is_not_taken_for_the_birth() -> None:
    assert value(_birth("Né(e) le : 02/04 /1345"), "patient_birth_date") is None


def _fitting(delivery: str) -> ExtractedDocument:
    rows = [
        *_HEAD,
        (68.0, [(40.0, f"Période d'essai du 27/02/2025 au 01/04/2025. Date de délivrance : {delivery}")]),
        (140.0, [(40.0, "Aide auditive classe I oreille droite"), (463.0, "950,00 €")]),
        (152.0, [(40.0, "Aide auditive classe I oreille gauche"), (463.0, "950,00 €")]),
        (176.0, [(40.0, "Montant TTC"), (463.0, "1 900,00 €")]),
    ]
    return one([page_of(rows, source="ocr", conf=0.95)])


def test_a_hearing_aids_trial_period_is_no_care_date_beside_its_delivery() -> None:
    document = _fitting("02/04/2025")
    care = document.fields["care_date"]
    assert care.value == "2025-04-02"
    assert care.confidence >= 0.85  # the trial's first day no rival of the delivery's


def test_the_trial_alone_still_dates_the_care() -> None:
    document = _fitting("")
    assert value(document, "care_date") == "2025-02-27"
