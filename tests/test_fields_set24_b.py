"""Set 24 (opened after its blind run), helper b: general causes behind misses of a psychologist's form
with values on underlined lines. Wordings and values are made up.

- a form that heads each person's block ("LE PATIENT", "LA PSYCHOLOGUE") names whose name each bare
  "Nom et prénom" asks for: under another heading it is not the patient's (`candidates._patient_section`);
- a title's number under a subtitle a fax split into two cells is still within the title's two rows
  (`references._first_rows`);
- a bare "Date" in a visit's block followed by the garbled rest of its label ("Date de de scene") has its
  date below it (`candidates._label_goes_on`);
- "le 18.04,2025.": a date with a dot misread as a comma, then the sentence's full stop (`values`).
"""

from __future__ import annotations

from intake.domain.model import Page
from parsers.fields import values
from tests.test_fields import one, page_of, value


def _form(practitioner_heading: str, patient_heading: str) -> Page:
    return page_of([
        (20.0, [(200.0, "NOTE D'HONORAIRES")]),
        (36.0, [(250.0, "N° PSY2504-07")]),
        (70.0, [(40.0, practitioner_heading)]),
        (86.0, [(40.0, "Nom et prénom"), (300.0, "N° ADELI")]),
        (100.0, [(40.0, "Claire BERTIN"), (300.0, "759312345")]),
        (140.0, [(40.0, patient_heading)]),
        (156.0, [(40.0, "Nom et prénom"), (300.0, "Date de naissance")]),
        (170.0, [(40.0, "MARCHAND Lucie"), (300.0, "12.03.1991")]),
        (210.0, [(40.0, "Date de la séance")]),
        (224.0, [(40.0, "11.06.2025")]),
        (260.0, [(40.0, "Montant de la séance"), (300.0, "50,00 €")]),
    ])


def test_a_bare_name_label_under_the_practitioners_heading_is_not_the_patients() -> None:
    document = one([_form("LA PSYCHOLOGUE", "LE PATIENT")])
    assert value(document, "patient_name") == "MARCHAND Lucie"


def test_without_a_patient_heading_both_bare_labels_stay_rivals() -> None:
    document = one([_form("LA PSYCHOLOGUE", "AUTRE")])
    assert document.fields["patient_name"].confidence < 0.85


def test_a_title_number_under_a_subtitle_split_in_two_cells() -> None:
    page = page_of([
        (20.0, [(200.0, "NOTE D'HONORAIRES")]),
        (40.0, [(80.0, "Dispositif « Mon soutien psy »"), (270.0, "séance remboursable")]),
        (56.0, [(250.0, "N° PSY2504-07")]),
        (90.0, [(40.0, "Patient : MARCHAND Lucie")]),
        (110.0, [(40.0, "Montant : 50,00 €")]),
    ])
    assert value(one([page]), "invoice_number") == "PSY2504-07"


def _visit(label: str) -> Page:
    return page_of([
        (20.0, [(200.0, "NOTE D'HONORAIRES N° PSY2504-07")]),
        (60.0, [(40.0, "Patient : MARCHAND Lucie")]),
        (100.0, [(40.0, "LA SÉANCE")]),
        (116.0, [(40.0, label)]),
        (130.0, [(40.0, "11.06.2025")]),
        (170.0, [(40.0, "Montant de la séance"), (300.0, "50,00 €")]),
    ], source="ocr", conf=0.95)


def test_a_visit_date_under_its_garbled_label() -> None:
    assert value(one([_visit("Date de de scene")]), "care_date") == "2025-06-11"


def test_a_visit_date_label_followed_by_a_value_word_keeps_nothing_below() -> None:
    assert value(one([_visit("Date prévue")]), "care_date") is None


def test_a_date_misread_with_a_comma_before_a_full_stop() -> None:
    assert [m.value for m in values.find_dates("Fait à Limoges, le 18.04,2025.")] == ["2025-04-18"]
    assert values.find_dates("Total 12.04,50.") == []


def _patient_block(labels: str) -> Page:
    return page_of([
        (20.0, [(200.0, "NOTE D'HONORAIRES N° PSY2504-07")]),
        (60.0, [(40.0, "LE PATIENT")]),
        (76.0, [(40.0, labels), (300.0, "Date de naissance")]),
        (90.0, [(40.0, "MARCHAND Lucie"), (300.0, "12.03.1991")]),
        (130.0, [(40.0, "Montant de la séance"), (300.0, "50,00 €")]),
    ], source="ocr", conf=0.95)


def test_a_name_under_its_heading_past_a_garbled_row_of_labels() -> None:
    assert value(one([_patient_block("Net Et prenons")]), "patient_name") == "MARCHAND Lucie"


def test_a_title_over_a_row_of_labels_leaves_their_numbers_to_them() -> None:
    page = page_of([
        (20.0, [(40.0, "FACTURE — TRAITEMENT D'ORTHOPÉDIE DENTO-FACIALE")]),
        (40.0, [(40.0, "FACTURE N°"), (120.0, "DATE"), (200.0, "ACCORD PRÉALABLE")]),
        (54.0, [(40.0, "ODF251234"), (120.0, "17/03/25"), (200.0, "n° 9318371832 du 04/03/24")]),
        (90.0, [(40.0, "Patient : MARCHAND Lucie")]),
        (110.0, [(40.0, "Montant : 50,00 €")]),
    ], source="ocr", conf=0.95)
    assert value(one([page]), "invoice_number") == "ODF251234"
