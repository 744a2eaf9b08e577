"""Two set-18 papers: a practitioner's note that states its shares in sentences (one wrapping between "la part
de votre" and "organisme complémentaire") and closes with its total in words ("Arrêtée la présente note à la
somme de soixante-dix euros (70,00 €)"), and a hospital's "avis de sommes à payer" whose "NE(E)" a scan read as
"NECE)". One test per general rule; wordings and values are made up."""

from __future__ import annotations

import doctest

from parsers.fields import layout, numbers
from parsers.fields.ids import find_id
from tests.test_fields import lines_page, one, page_of, value

THRESHOLD = 0.85


def test_layout_doctests() -> None:
    failed, _ = doctest.testmod(layout)
    assert failed == 0


# ---------------------------------------------------------------- the closing formula states the total

_CLOSING = """
Docteur Marc LEROY — Médecin nutritionniste — RPPS 10003879623
NOTE D'HONORAIRES N° NH-25-0099
Patient(e) LE GALL Yann
N° de sécurité sociale 1 85 05 78 006 084 91
{closing}
"""


def test_the_closing_formula_states_the_total_in_words_and_figures() -> None:
    closing = "Arrêtée la présente note d'honoraires à la somme de soixante-dix euros (70,00 €)."
    document = one([lines_page(_CLOSING.format(closing=closing))])
    assert value(document, "total_amount") == "70.00"
    assert document.fields["total_amount"].confidence >= 0.9  # words and figures: two readings agree


def test_the_closing_formula_in_words_alone_or_on_the_next_line() -> None:
    closing = "Arrêté la présente facture à la somme de\ncent vingt euros et cinquante centimes."
    document = one([lines_page(_CLOSING.format(closing=closing))])
    assert value(document, "total_amount") == "120.50"
    assert document.fields["total_amount"].confidence < 0.9  # read once


def test_words_and_figures_that_differ_go_to_a_clerk() -> None:
    closing = "Arrêtée la présente note à la somme de soixante-dix euros (76,00 €)."  # one of them misread
    document = one([lines_page(_CLOSING.format(closing=closing))])
    assert document.fields["total_amount"].confidence < THRESHOLD
    assert document.needs_review


def test_a_sum_received_is_no_closing_formula() -> None:
    assert numbers.closing_formula("recu de mme x la somme de 60 euros") is None
    document = one([lines_page(_CLOSING.format(closing="Je certifie avoir reçu la somme de 70,00 €."))])
    assert "total_amount" not in document.fields


# ---------------------------------------------------------------- a share named in a wrapped sentence

_SENTENCES = """
Docteur Marc LEROY — Médecin nutritionniste — RPPS 10003879623
NOTE D'HONORAIRES N° NH-25-0099
Patient(e) LE GALL Yann
N° de sécurité sociale 1 85 05 78 006 084 91
Complémentaire Alptis — N° AMC 692667757
La part prise en charge par l'Assurance Maladie s'élève à 21,00 € et la part de votre
organisme complémentaire à 9,00 €, réglées en tiers payant. Le bilan, non
remboursable, reste à votre charge : 40,00 €.
Arrêtée la présente note d'honoraires à la somme de soixante-dix euros (70,00 €).
"""


def test_the_insurers_share_named_across_a_line_break() -> None:
    document = one([lines_page(_SENTENCES)])
    assert value(document, "amc_amount") == "9.00"
    assert value(document, "amc_number") == "692667757"  # its own label still names the insurer's number
    for name, wanted in (("total_amount", "70.00"), ("amo_amount", "21.00"), ("patient_amount", "40.00")):
        assert value(document, name) == wanted
        assert document.fields[name].confidence >= 0.9  # the sums agree


def test_an_insurer_opening_a_line_under_a_sentence_that_names_no_share() -> None:
    page = lines_page("""
Facture n° F-25-0099
La consultation a été réglée par
Organisme complémentaire : Alptis n° 692667757
""")
    document = one([page])
    assert value(document, "amc_number") == "692667757"
    assert "amc_amount" not in document.fields


# ---------------------------------------------------------------- a hospital's notice, read by OCR

_NOTICE = """
CENTRE HOSPITALIER DE LIMOGES AVIS DE SOMMES A PAYER
FINESS : 514527860
N° FACTURE : 20255325914 PATIENT : LE GALL Yann
NECE) LE : 05/05/1985
NIR : 185057800608491
DATE DE CONSULTATION : 05/09/2025
MONTANT TOTAL 69,96 EUR
PART ASSURANCE MALADIE 48,97 EUR
PART ORGANISME COMPLEMENTAIRE 20,99 EUR
"""


def test_a_feminine_marks_bracket_read_as_a_c() -> None:
    document = one([lines_page(_NOTICE, source="ocr", conf=0.96)])
    assert value(document, "patient_birth_date") == "1985-05-05"


def test_the_notices_name_is_no_label_of_the_patients_share() -> None:
    """ "Avis de sommes à payer" names the paper: the total printed under its "à payer" is no patient's
    share (a fax lost the patient's own line)."""
    rows = [(20.0 * i, [(40.0, text)]) for i, text in enumerate(_NOTICE.strip().splitlines()[:-3])]
    rows += [(160.0, [(190.0, "MONTANT TOTAL 69,96 EUR")]), (180.0, [(140.0, "PART ASSURANCE MALADIE 48,97 EUR")])]
    document = one([page_of(rows, source="ocr", conf=0.96)])
    assert value(document, "total_amount") == "69.96"
    assert "patient_amount" not in document.fields


def test_a_share_read_above_the_total_without_its_comma() -> None:
    """ "Part mutuelle 1110 €" under a total of 67,00 €: its comma lost. With 11,10 €, the share the sums
    then call for (25,90 €, its label lost by the fax) is printed: both taken, for a clerk."""
    document = one([lines_page("""
Facture n° F-25-0099
Patient(e) LE GALL Yann
Montant total : 67,00 €
La prt prse en charge pr la Sécu s'élève à 25,90 €
Part mutuelle : 1110 €
Reste à votre charge : 30,00 €
""", source="ocr", conf=0.96)])
    assert value(document, "amc_amount") == "11.10"
    assert value(document, "amo_amount") == "25.90"
    assert document.fields["amc_amount"].confidence < THRESHOLD
    assert document.needs_review


def test_an_identifiers_zero_read_as_an_at_sign_or_a_c() -> None:
    """A fax reads a 0 as "@", or as a "C" among digits, as it reads it as "O": mended when the key then
    checks, for a clerk; never in a number without a key."""
    assert find_id("finess", " : 51452786@ SERVICE").value == "514527860"  # type: ignore[union-attr]
    assert find_id("nir", " 1 85 C5 78 006 084 91").value == "185057800608491"  # type: ignore[union-attr]
    assert find_id("nir", " 1 85 C5 78 006 084 92") is None  # the key fails either way
    assert find_id("amc_number", " 6926@7757") is None
    document = one([lines_page(_NOTICE.replace("514527860", "51452786@"), source="ocr", conf=0.96)])
    assert value(document, "finess") == "514527860"
    assert document.fields["finess"].confidence < THRESHOLD


def test_a_heading_ending_a_row_is_no_share_of_the_patient_under_it() -> None:
    page = lines_page("""
Facture n° F-25-0099
Date Code Acte Montant
Patient : LE GALL Yann
""")
    assert value(one([page]), "patient_name") == "LE GALL Yann"
