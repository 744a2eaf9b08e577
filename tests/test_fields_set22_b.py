"""Set 22 (opened for tuning): labels and values a clerk reads that the extraction missed, and doubts on
unchecked values a fax or a scan may have misread. Wordings, names and numbers are made up.

- "Identifiant RPPS du médecin 1...": the word naming whose number it is is no label of its own;
- "NUMÉRO | ÉMISE LE | DATE DE CONSULTATION" headings over the values: the bare number heading heads the
  invoice's number (never an acts table's row numbers);
- a Corsican NIR ("1 85 11 2A ...") read without its label;
- a birth date read with its separators lost ("28.031974", "05011984");
- a share read with a third digit in its cents ("32,710 €"), the sums choose;
- held: a reference read with a symbol glued to its digits, a share of "9,00 €" that no sum checks.
"""

from __future__ import annotations

from parsers.fields.layout import build_lines, find_labels
from parsers.identifiers import nir
from tests.factories import rpps
from tests.test_fields import lines_page, one, page_of, value

HEAD = """
Cabinet - Dr Claire MARTIN
{rpps_line}
FACTURE N° F-2025-0142
Date de facturation : 20/09/2025
Patient : M. LE GALL Yann
N° de sécurité sociale : 1 85 05 78 006 084 91
Date des soins : 05/09/2025
Montant total : 32,26 €
"""


def test_the_word_naming_whose_identifier_is_no_label() -> None:
    number = rpps()
    text = HEAD.format(rpps_line=f"Identifiant RPPS du médecin {number}")
    document = one([lines_page(text)])
    assert value(document, "rpps") == number
    assert document.fields["rpps"].confidence >= 0.9


def test_a_practitioner_label_of_its_own_still_stops_the_value() -> None:
    line = build_lines([lines_page("N° RPPS : 10003879623 Médecin : Dr MARTIN")])[0]
    assert [hit.kind for hit in find_labels(line)] == ["rpps", "distractor:practitioner"]


def _headed(headings: list[tuple[float, str]], values_: list[tuple[float, str]]) -> str | None:
    page = page_of([
        (20.0, [(40.0, "Cabinet de dermatologie - Dr Claire MARTIN")]),
        (40.0, [(40.0, "FACTURE")]),
        (80.0, headings),
        (100.0, values_),
        (140.0, [(40.0, "Patient : M. LE GALL Yann")]),
        (160.0, [(40.0, "N° de sécurité sociale : 1 85 05 78 006 084 91")]),
        (200.0, [(40.0, "Total : 32,26 €")]),
    ])
    return value(one([page]), "invoice_number")


def test_a_bare_number_heading_beside_the_dates_heads_the_invoice_number() -> None:
    headings = [(40.0, "NUMÉRO"), (160.0, "ÉMISE LE"), (280.0, "DATE DE CONSULTATION")]
    row = [(40.0, "F202503-81280"), (160.0, "22/03/2025"), (280.0, "22/03/2025")]
    assert _headed(headings, row) == "F202503-81280"


def test_an_acts_table_numbers_its_rows() -> None:
    headings = [(40.0, "N°"), (160.0, "Date"), (280.0, "Cotation"), (400.0, "Montant")]
    row = [(40.0, "1"), (160.0, "22/03/2025"), (280.0, "AMK 8.1"), (400.0, "17,42 €")]
    assert _headed(headings, row) is None


def test_a_corsican_nir_is_read_without_its_label() -> None:
    base = "185112A367226"
    number = base + nir.calc_check_digits(base)
    spaced = f"{number[0]} {number[1:3]} {number[3:5]} {number[5:7]} {number[7:10]} {number[10:13]} {number[13:]}"
    text = f"""
Cabinet - Dr Claire MARTIN
N° RPPS : 10003879623
FACTURE N° F-2025-0142
Date de facturation : 20/09/2025
Patient Né(e) le N°5sS
PELLETIER Rémi 22/11/1985 {spaced}
Montant total : 32,26 €
"""
    assert value(one([lines_page(text, source="ocr", conf=0.96)]), "nir") == number


BIRTH = """
Cabinet - Dr Claire MARTIN
N° RPPS : 10003879623
FACTURE N° F-2025-0142
Date de facturation : 20/09/2025
Patient : M. LE GALL Yann
Né le : {birth}
N° de sécurité sociale : 1 74 03 78 006 084 {key}
Date des soins : 05/09/2025
Montant total : 32,26 €
"""


def test_a_birth_date_with_its_separators_lost() -> None:
    key = nir.calc_check_digits("1740378006084")
    for birth in ("28.031974", "28031974"):
        document = one([lines_page(BIRTH.format(birth=birth, key=key), source="ocr", conf=0.96)])
        assert value(document, "patient_birth_date") == "1974-03-28"


def test_eight_digits_that_make_no_date_are_no_birth_date() -> None:
    key = nir.calc_check_digits("1740378006084")
    document = one([lines_page(BIRTH.format(birth="28131974", key=key), source="ocr", conf=0.96)])
    assert value(document, "patient_birth_date") is None


SHARES = """
Cabinet - Dr Claire MARTIN
N° RPPS : 10003879623
FACTURE N° F-2025-0142
Date de facturation : 20/09/2025
Patient : M. LE GALL Yann
N° de sécurité sociale : 1 85 05 78 006 084 91
Date des soins : 05/09/2025
Total des honoraires 84,00 €
Remboursement Assurance Maladie 41,30 €
Part complémentaire {amc} €
Reste à votre charge 10,00 €
"""


def test_a_third_digit_in_the_cents_is_mended_by_the_sums() -> None:
    document = one([lines_page(SHARES.format(amc="32,710"), source="ocr", conf=0.96)])
    assert value(document, "amc_amount") == "32.70"
    assert document.fields["amc_amount"].confidence < 0.85


def test_a_third_digit_the_sums_do_not_choose_spoils_nothing() -> None:
    document = one([lines_page(SHARES.format(amc="42,70").replace("10,00", "2,909"), source="ocr", conf=0.96)])
    assert value(document, "patient_amount") is None
    assert document.fields["total_amount"].confidence > 0.9


def test_a_reference_with_a_symbol_glued_is_held() -> None:
    text = HEAD.format(rpps_line="N° RPPS : 10003879623") + "N° AMC : {amc}\n"
    held = one([lines_page(text.format(amc="#49143730"), source="ocr", conf=0.96)])
    plain = one([lines_page(text.format(amc="49143736"), source="ocr", conf=0.96)])
    assert held.fields["amc_number"].confidence <= 0.8
    assert plain.fields["amc_number"].confidence > 0.8


def test_an_unchecked_share_of_nine_euros_may_be_nothing() -> None:
    text = """
Cabinet - Dr Claire MARTIN
N° RPPS : 10003879623
FACTURE N° F-2025-0142
Date de facturation : 20/09/2025
Patient : M. LE GALL Yann
N° de sécurité sociale : 1 85 05 78 006 084 91
Date des soins : 05/09/2025
Reste à charge {share} €
"""
    held = one([lines_page(text.format(share="9,00"), source="ocr", conf=0.96)])
    plain = one([lines_page(text.format(share="19,00"), source="ocr", conf=0.96)])
    assert held.fields["patient_amount"].confidence <= 0.8
    assert held.needs_review
    assert plain.fields["patient_amount"].confidence > 0.8


def test_a_labels_closing_le_read_ie() -> None:
    key = nir.calc_check_digits("1740378006084")
    text = BIRTH.format(birth="28/03/1974", key=key).replace("Né le :", "Née) ie :")
    document = one([lines_page(text, source="ocr", conf=0.96)])
    assert value(document, "patient_birth_date") == "1974-03-28"
    line = build_lines([lines_page("ie 28/03/1974")])[0]
    assert find_labels(line) == []  # alone, "ie" is no label


def _fax_labels(text: str) -> list[str]:
    page = page_of([(20.0, [(40.0, text)])], source="ocr", conf=0.9)
    return [hit.label.text for line in build_lines([page]) for hit in find_labels(line)]


def test_fax_look_alikes_b_d_p_and_the_degree_read_e() -> None:
    assert "Date des soins" in _fax_labels("pate des soins 05/07/2025")
    assert "Date des soins" in _fax_labels("bate des soins 05/07/2025")
    assert "N° de facture" in _fax_labels("Ne de facture 98-12450")
    assert _fax_labels("pate 05/07/2025") == []  # one short word alone is no label


def test_a_table_rule_read_before_the_invoice_number() -> None:
    text = HEAD.format(rpps_line="N° RPPS : 10003879623").replace("FACTURE N° F-2025-0142", "N° de facture. | 98-12450")
    assert value(one([lines_page(text, source="ocr", conf=0.96)]), "invoice_number") == "98-12450"
