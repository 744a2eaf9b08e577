"""Two set-17 documents held or missed for small reasons: a consultant's opinion on an MRI dated apart
(the exam the act is about is no second act billed), and a patient's name on a hospital label stuck askew
whose border reads as bars and brackets (no part of the name, nor of its line's height). Wordings and
values are made up."""

from __future__ import annotations

from dataclasses import replace

from parsers.fields.doubts import act_dates
from parsers.fields.names import find_name
from tests.test_fields import lines_page, one, page_of, value

# ---------------------------------------------------------------- an exam the act is about

_OPINION = """
Dr Paul VIDAL - Neurochirurgie - RPPS 10003879623
NOTE D'HONORAIRES N° NH-2025-0412 du 14/10/2025
Patient(e) : M. LE GALL Yann
N° SS 1 85 05 78 006 084 91
Adressée par le Dr MARTIN, courrier du 20/09/2025.
{sentence}
Date Code Acte Montant
14/10/2025 APC Avis ponctuel de consultant 60,00 €
Total des honoraires 60,00 €
"""


def test_an_exams_date_the_act_gives_an_opinion_on_is_no_second_act() -> None:
    assert act_dates("Avis sur IRM du rachis lombaire réalisée le 02/09/2025.") == []
    assert act_dates("Au vu de l'échographie réalisée le 02/09/2025") == []
    assert act_dates("Avis sur [RM du rachis réalisée le 02/09/2025") == []  # the I read as a bracket on a fax
    document = one([lines_page(_OPINION.format(sentence="Avis sur IRM du rachis lombaire réalisée le 02/09/2025."))])
    assert value(document, "care_date") == "2025-10-14"
    assert not any("plusieurs actes" in r for r in document.review_reasons)
    assert not document.needs_review


def test_an_exam_billed_or_an_act_named_after_the_exam_is_still_an_act() -> None:
    assert act_dates("IRM du rachis lombaire réalisée le 02/09/2025") == ["2025-09-02"]  # the exam billed
    assert act_dates("Avis sur IRM, consultation réalisée le 02/09/2025") == ["2025-09-02"]
    assert act_dates("Résultats du bilan sanguin ; séance réalisée le 02/09/2025") == ["2025-09-02"]


# ---------------------------------------------------------------- a name on a label stuck askew


def test_a_labels_edges_read_as_bars_or_brackets_are_no_part_of_the_name() -> None:
    for text in ("[DUFOUR Grégoire]", "|DUFOUR Grégoire|", "[ DUFOUR Grégoire ]", "DUFOUR Grégoire |"):
        found = find_name(text)
        assert found is not None and found.value == "DUFOUR Grégoire", text
    found = find_name("[e] DUPONT Marie")  # a bracketed qualifier still ends the label
    assert found is not None and found.value == "DUPONT Marie"


def test_a_name_over_its_birth_date_whose_labels_border_reads_as_tall_bars() -> None:
    page = page_of([
        (20.0, [(40.0, "CENTRE HOSPITALIER DE NICE"), (320.0, "| DUFOUR Grégoire |")]),
        (32.0, [(40.0, "Service des urgences"), (330.0, "Né(e) le 13/11/1982")]),
        (60.0, [(40.0, "FACTURE N° 2025553840 du 11/09/2025")]),
        (80.0, [(40.0, "N° SS 1 85 05 78 006 084 91")]),
        (100.0, [(40.0, "28/08/2025 FU Forfait d'activité urgences 96,71 €")]),
        (120.0, [(40.0, "Total des prestations 96,71 €")]),
    ], source="ocr", conf=0.96)
    # the label stuck askew: its border's bars run from above the name down into the next line
    words = [replace(w, y0=14.0, y1=36.0) if w.text == "|" else w for w in page.words]
    document = one([replace(page, words=words)])
    assert value(document, "patient_name") == "DUFOUR Grégoire"
