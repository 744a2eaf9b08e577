"""Misses first met in held-out set 17 (the patient): a spouse's care, the insured's block printing her own
birth date beside the beneficiary's; a surgeon's fees note written as a letter, the patient and the
consultation named in its sentences; an emergency invoice naming the patient only on a label stuck
askew beside "CENTRE HOSPITALIER DE ...". One test per general rule; wordings and values are made up."""

from __future__ import annotations

from intake.domain.model import Page, Word
from parsers.fields import dates
from parsers.fields.base import scan
from parsers.fields.layout import build_lines
from tests.test_fields import HEIGHT, one, page_of, value

THRESHOLD = 0.85


# ---------------------------------------------------------------- the beneficiary's block

def test_the_birth_date_in_the_insured_block_is_not_the_beneficiarys() -> None:
    page = page_of([
        (20.0, [(40.0, "Dr Anne ROUX — RPPS 10003879623"), (400.0, "FACTURE N° DL-5512")]),
        (60.0, [(40.0, "ASSURÉ(E)"), (300.0, "BÉNÉFICIAIRE DES SOINS")]),
        (80.0, [(40.0, "MARTIN Claire"), (300.0, "MARTIN Paul")]),
        (92.0, [(40.0, "Né(e) le 16/11/1979"), (300.0, "Né(e) le 03/09/1971")]),
        (104.0, [(40.0, "NIR 2 85 05 78 006 084 91"), (300.0, "Qualité : conjoint(e)")]),
        (140.0, [(40.0, "Date Code Libellé Montant")]),
        (152.0, [(40.0, "12/05/2025 APC Avis ponctuel de consultant 60,00 €")]),
        (180.0, [(40.0, "Total 60,00 €")]),
    ])
    document = one([page])
    assert value(document, "patient_name") == "MARTIN Paul"
    assert value(document, "patient_birth_date") == "1971-09-03"


# ---------------------------------------------------------------- a fees note written as a letter

_LETTER = [
    "Je soussigné, Docteur Paul VIDAL, chirurgien thoracique, RPPS 10003879623, certifie avoir examiné",
    "en consultation le 16 mai 2025 M.",
    "LE GALL Yann, né le 05/05/1985, immatriculé sous le n° 1 85 05 78 006 084 91.",
    "Il s'agissait du suivi de la lobectomie dont M. LE GALL a été opéré le 6 mars 2025.",
    "Les honoraires s'élèvent à 60,00 €. La présente note d'honoraires porte le n° CT-25-0717 ;",
    "elle a été établie le 17 mai 2025.",
]


def _letter() -> Page:
    rows = [(20.0, [(40.0, "Docteur Paul VIDAL — Chirurgien thoracique")]), (40.0, [(300.0, "Rouen, le 17 mai 2025")])]
    rows += [(80.0 + 14.0 * k, [(40.0, text)]) for k, text in enumerate(_LETTER)]
    return page_of(rows)


def test_a_letter_names_its_patient_by_civility_before_his_birth_date() -> None:
    document = one([_letter()])
    assert value(document, "patient_name") == "LE GALL Yann"  # the civility ended the line above
    assert value(document, "patient_birth_date") == "1985-05-05"


def test_a_letter_dates_the_act_its_writer_certifies_not_an_operation_recalled() -> None:
    document = one([_letter()])
    assert value(document, "care_date") == "2025-05-16"
    care = document.fields["care_date"]
    assert care.confidence < THRESHOLD  # a sentence, not a label: a clerk reads which act is billed
    assert any("phrase" in reason for reason in document.review_reasons)


def test_a_first_person_act_dates_the_care_a_recalled_one_does_not() -> None:
    page = page_of([(20.0, [(40.0, "M. X, que j'ai opéré le 6 mars 2025, va bien.")])])
    page_scan = scan(build_lines([page]))
    found = dates.act_in_sentence(page_scan, 0)
    assert found is not None and found.value == "2025-03-06"
    recalled = scan(build_lines([page_of([(20.0, [(40.0, "dont M. X a été opéré le 6 mars 2025.")])])]))
    assert dates.act_in_sentence(recalled, 0) is None


# ---------------------------------------------------------------- a label stuck askew

def test_a_hospitals_name_is_no_patient_label_and_a_frame_rule_does_not_hide_the_label_name() -> None:
    page = page_of([
        (20.0, [(40.0, "CENTRE HOSPITALIER DE NICE"), (360.0, "DUFOUR Paul")]),
        (32.0, [(40.0, "Service des urgences"), (360.0, "Né(e) le 13/11/1982")]),
        (44.0, [(40.0, "FINESS 060785011")]),
        (80.0, [(40.0, "FACTURE n° 2025553840 Date d'émission : 11/09/2025")]),
        (100.0, [(40.0, "Assuré(e) — N° d'immatriculation : 1 85 05 78 006 084 91")]),
        (140.0, [(40.0, "Date Code Prestation Montant")]),
        (152.0, [(40.0, "28/08/2025 FU Forfait urgences 96,71 €")]),
        (180.0, [(40.0, "Total 96,71 €")]),
    ])
    # the label's frame, read as a tall rule at the end of the name's line, reaching down beside the next
    page.words.append(Word("|", 500.0, 14.0, 501.0, 32.0 + 0.3 * HEIGHT, 1.0, 0))
    assert value(one([page]), "patient_name") == "DUFOUR Paul"
