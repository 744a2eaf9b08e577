"""Everyday layouts first met in held-out set 13: a surgeon's invoice that also dates the consultation
before the operation, a note whose number begins with letters, a taxi receipt whose patient is called
François, an insurer named after its abbreviation with its number, amounts read without their comma or
with it read as a space, a psychologist's session dated on the line under it, a name followed by a
garbled birth label. One test per general rule; the wordings and values are made up for the tests."""

from __future__ import annotations

from parsers.fields.doubts import act_dates
from tests.test_fields import lines_page, one, page_of, value

THRESHOLD = 0.85


def confidence(document: object, name: str) -> float:
    return document.fields[name].confidence  # type: ignore[attr-defined,no-any-return]


# ---------------------------------------------------------------- two acts dated on one page

_SURGEON = """
Dr Paul VIDAL - Chirurgie maxillo-faciale
RPPS 10003879623
FACTURE D'HONORAIRES
Facture n° 2025-0456 - date : 14/05/2025
Patient : M. LE GALL Yann
N° SS : 1 85 05 78 006 084 91
{act} du 14/05/2025 sous anesthésie locale.
Consultation pré-opératoire du 02/04/2025.
HBGD037 Avulsion dent de sagesse 83,60 €
Total des honoraires 83,60 €
"""


def test_a_consultation_before_the_operation_is_not_the_care_date_beside_the_operations_date() -> None:
    document = one([lines_page(_SURGEON.format(act="Intervention"))])
    assert value(document, "care_date") == "2025-05-14"
    assert confidence(document, "care_date") >= THRESHOLD


def test_a_care_date_is_not_auto_accepted_when_the_page_dates_another_act_otherwise() -> None:
    # the operation's label read in lower case by the OCR: only the earlier consultation is labelled
    page = lines_page(_SURGEON.format(act="intervention"), source="ocr", conf=0.96)
    document = one([page])
    assert value(document, "care_date") != "2025-05-14" and value(document, "care_date") is not None
    assert confidence(document, "care_date") < THRESHOLD
    assert any("plusieurs actes" in r for r in document.review_reasons)


def test_act_dates_leave_out_other_papers_stays_and_visits_to_come() -> None:
    assert act_dates("Séance du 03/03/2025 ; prochaine séance le 10/03/2025") == ["2025-03-03"]
    assert act_dates("Prescription médicale de transport du 20/02/2025") == []
    assert act_dates("Date d'admission : 14/01/2025") == []


# ---------------------------------------------------------------- a reference beginning with letters

def test_a_bare_number_under_the_title_may_begin_with_letters_that_spell_a_label() -> None:
    page = page_of([
        (20.0, [(40.0, "Docteur Paul VIDAL - Neurologue - RPPS 10003879623")]),
        (60.0, [(200.0, "NOTE D'HONORAIRES")]),
        (72.0, [(200.0, "N° NE204417")]),
        (100.0, [(40.0, "Patient : M. LE GALL Yann")]),
        (112.0, [(40.0, "Actes réalisés le 12/06/2025")]),
        (130.0, [(40.0, "Montant total 85,00 €")]),
    ])
    assert value(one([page]), "invoice_number") == "NE204417"


# ---------------------------------------------------------------- the patient line, the insurer line

_TAXI = """
TAXI MOREAU
FACTURE N° T25-0102
Patient : GIRARD François Né(e) le : 21/07/1944
AMC : Mutuelle Familiale - N° 77294646
Transport du 18/02/2025
TOTAL 73,04 €
"""


def test_a_first_name_is_never_a_misread_label() -> None:
    assert value(one([lines_page(_TAXI)]), "patient_name") == "GIRARD François"


def test_an_abbreviation_then_the_insurers_name_and_number_is_the_insurers_line() -> None:
    assert value(one([lines_page(_TAXI)]), "amc_number") == "77294646"


def test_a_name_ends_where_lower_case_words_go_on() -> None:
    page = lines_page("""
CENTRE DE SOINS INFIRMIERS
RELEVÉ N° CSI-2025-0307
Patient : GIRARD Mathilde néle) Le 18/06/1938
Total du relevé 153,50 €
""", source="ocr", conf=0.95)
    assert value(one([page]), "patient_name") == "GIRARD Mathilde"


# ---------------------------------------------------------------- amounts the sums mend

_SHARES = """
Dr Paul VIDAL - RPPS 10003879623
FACTURE N° F-2025-0142 du 04/06/2025
Patient : M. LE GALL Yann
Date des soins : 04/06/2025
Montant total 194,08 €
Part AMO {amo}
Part AMC {amc}
Reste à votre charge 15,00 €
"""


def test_an_amount_read_without_its_comma_takes_the_value_the_sums_give() -> None:
    page = lines_page(_SHARES.format(amo="107,86 €", amc="7122 €"), source="ocr", conf=0.95)
    document = one([page])
    assert value(document, "amc_amount") == "71.22"
    assert confidence(document, "amc_amount") < THRESHOLD


def test_a_comma_read_as_a_space_is_the_reading_the_sums_choose() -> None:
    page = lines_page(_SHARES.format(amo="107 86 €", amc="71,22 €"), source="ocr", conf=0.95)
    assert value(one([page]), "amo_amount") == "107.86"


# ---------------------------------------------------------------- a session dated on the line under it

def test_a_session_dated_on_the_line_under_it_gives_the_care_date() -> None:
    page = page_of([
        (20.0, [(40.0, "Jean JOLY - Psychologue - ADELI 769351479")]),
        (40.0, [(40.0, "NOTE D'HONORAIRES n° 202509-059"), (300.0, "Rouen, le 8 septembre 2025")]),
        (60.0, [(40.0, "Patient(e) GIRARD Clémence")]),
        (100.0, [(40.0, "Séance de suivi psychologique n° 3 sur 12")]),
        (106.0, [(400.0, "50,00 €")]),
        (112.0, [(40.0, "réalisée le 8 septembre 2025 au cabinet (45 minutes)")]),
        (140.0, [(40.0, "Montant de la séance 50,00 €")]),
    ])
    assert value(one([page]), "care_date") == "2025-09-08"
