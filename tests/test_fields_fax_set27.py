"""Fax misses of blind set 27 whose right characters are in the words read (session 20): a child's invoice
printing the insured parent's block and birth date, an acts table in a column beside another block, the
first act's year one digit off the issue year, a number sign glued to the number, "Le" read "Lc" over the
issue date, a man's NIR opening on a bar. Wordings and values are made up."""

from __future__ import annotations

from parsers.fields.ids import find_id
from parsers.fields.layout import _bracket_as_c, build_lines, find_labels
from tests.test_fields import one, page_of, value

Rows = list[tuple[float, list[tuple[float, str]]]]


def _labels(text: str) -> list[str]:
    page = page_of([(20.0, [(40.0, text)])], source="ocr", conf=0.9)
    return [hit.label.text for line in build_lines([page]) for hit in find_labels(line)]


def test_a_feminine_mark_whose_bracket_a_fax_read_as_a_cedilla() -> None:
    assert _bracket_as_c("néçe)") == "né(e)"
    assert "Né le" in _labels("enfant MOREL Lucas, néçe) le 03/02/2025")


def _child_invoice(child_birth: str) -> Rows:
    return [
        (20.0, [(40.0, "Docteur Claire VIDAL, pédiatre")]),
        (32.0, [(40.0, "RPPS 10003879623")]),
        (60.0, [(300.0, "Note d'honoraires n° PED-20417")]),
        (72.0, [(300.0, "Le 12/03/2025")]),
        (100.0, [(50.0, "ASSURÉE")]),
        (112.0, [(50.0, "Mme MOREL Julie")]),
        (124.0, [(50.0, "née le 14/05/1990 — N° de sécurité sociale : 2 90 05 75 112 045 38")]),
        (150.0, [(40.0, f"Bénéficiaire des soins : enfant MOREL Lucas, {child_birth} — rang 1")]),
        (180.0, [(40.0, "Date"), (120.0, "Code"), (200.0, "Acte"), (400.0, "Montant")]),
        (192.0, [(40.0, "12/03/2025"), (120.0, "COE"), (200.0, "Examen de l'enfant"), (400.0, "46,00 €")]),
        (220.0, [(300.0, "Total"), (400.0, "46,00 €")]),
        (232.0, [(300.0, "Part Assurance Maladie"), (400.0, "46,00 €")]),
        (244.0, [(300.0, "Part complémentaire"), (400.0, "0,00 €")]),
        (256.0, [(300.0, "Reste à payer"), (400.0, "0,00 €")]),
    ]


def test_the_patients_birth_date_on_his_line_over_the_insureds_block() -> None:
    document = one([page_of(_child_invoice("né(e) le 02/03/2025"))])
    assert value(document, "patient_birth_date") == "2025-03-02"


def test_the_insureds_birth_date_alone_is_never_sure() -> None:
    """The child's birth date unread (its label lost): the mother's, agreeing with her NIR, is held."""
    document = one([page_of(_child_invoice("nxxe) lo 02/03/2025"), source="ocr", conf=0.95)])
    birth = document.fields.get("patient_birth_date")
    assert birth is None or birth.confidence < 0.85


def _column_of_acts(first_row: str, issued: str = "06/10/2025") -> Rows:
    return [
        (20.0, [(40.0, "Dr Paul MARTIN"), (300.0, "FACTURE")]),
        (32.0, [(40.0, "Allergologue"), (300.0, "N° AL20251234")]),
        (44.0, [(300.0, f"Date : {issued}")]),
        (70.0, [(40.0, "RPPS : 10003879623"), (300.0, "Séance"), (380.0, "Acte"), (450.0, "Montant")]),
        (82.0, [(40.0, "N° AM : 63138822"), (300.0, first_row), (380.0, "CS"), (450.0, "30,00 €")]),
        (94.0, [(300.0, "29/09/2025"), (380.0, "CS"), (450.0, "30,00 €")]),
        (106.0, [(40.0, "PATIENT"), (300.0, "06/10/2025"), (380.0, "CS"), (450.0, "30,00 €")]),
        (118.0, [(40.0, "DA SILVA Anaïs"), (300.0, "Total"), (450.0, "90,00 €")]),
        (130.0, [(40.0, "N° de sécurité sociale : 2 75 07 57 527 973 34")]),
    ]


def test_acts_rows_in_a_column_beside_another_block() -> None:
    """"Séance" names no date: the rows, each opening its cell with a date, are the dated acts, though
    the left column's words share their lines."""
    document = one([page_of(_column_of_acts("22/09/2025"), source="ocr", conf=0.95)])
    assert value(document, "care_date") == "2025-09-22"


def _acts_under_date(first_row: str) -> Rows:
    return [
        (20.0, [(40.0, "Dr Yann LEROUX, chirurgien-dentiste — RPPS 10003879623")]),
        (40.0, [(40.0, "Facture n° 20662"), (400.0, "Date : 16/09/2025")]),
        (60.0, [(40.0, "Patiente : Mme BARBIER Sylvie")]),
        (72.0, [(40.0, "N° INSEE : 295065710951409")]),
        (100.0, [(40.0, "Date"), (120.0, "Code"), (200.0, "Acte"), (450.0, "Montant")]),
        (112.0, [(40.0, first_row), (120.0, "BDC"), (200.0, "Examen de prévention"), (450.0, "30,00 €")]),
        (124.0, [(40.0, "16/09/2025"), (120.0, "HBJD001"), (200.0, "Détartrage"), (450.0, "28,92 €")]),
        (150.0, [(300.0, "Total honoraires"), (450.0, "58,92 €")]),
    ]


def test_the_first_acts_year_one_digit_off_the_issue_year() -> None:
    document = one([page_of(_acts_under_date("14/09/2023"), source="ocr", conf=0.95)])
    care = document.fields["care_date"]
    assert care.value == "2025-09-14" and care.confidence < 0.85  # its year mended: held for a clerk


def test_acts_a_year_apart_on_a_text_layer_are_left_as_printed() -> None:
    document = one([page_of(_acts_under_date("14/09/2023"))])
    assert value(document, "care_date") == "2023-09-14"


def _titled(number_line: str, date_line: str) -> Rows:
    return [
        (20.0, [(40.0, "PHARMACIE DU CENTRE"), (400.0, "FINESS 214846149")]),
        (60.0, [(40.0, "FACTURE"), (300.0, "Patiente")]),
        (72.0, [(40.0, number_line), (300.0, "Mme MARTIN Claire")]),
        (84.0, [(40.0, date_line)]),
    ]


def test_a_number_sign_glued_to_the_number_under_the_title() -> None:
    document = one([page_of(_titled("N°F25835211 du 06/03/2025", "Délivré le 06/03/2025"), source="ocr")])
    assert value(document, "invoice_number") == "F25835211"
    assert value(document, "invoice_date") == "2025-03-06"


def test_le_read_lc_over_the_titled_papers_date() -> None:
    document = one([page_of(_titled("N° PED-12487", "Lc 14/04/2025"), source="ocr")])
    assert value(document, "invoice_date") == "2025-04-14"


def test_a_mans_nir_opening_on_a_bracket() -> None:
    found = find_id("nir", ": ] 72 12 38 532 970 95")
    assert found is not None and found.value == "172123853297095" and found.repaired
    assert find_id("nir", ": | 72 12 38 532 970 95") is not None
    assert find_id("nir", ": ] 72 12 38 532 970 96") is None  # the key fails: no guess
