"""Text, scan and photo misses of set 28 (session 21): a genetic counselling's patient named "Consultant(e)",
two shares split after their comma ("25, 50 EUR") read as their cents alone and adding up past the total,
a spreadsheet's amounts split so with no currency, a share's rate rounded to the cent after a row number,
a cell's rule read as a bar before an identifier, an AMC number read with a digit twice. Wordings and
values are made up."""

from __future__ import annotations

from parsers.fields.ids import find_id
from parsers.fields.layout import build_lines, find_labels
from tests.test_fields import one, page_of, value

Rows = list[tuple[float, list[tuple[float, str]]]]


def _genetics(amo: str, amc: str) -> Rows:
    return [
        (20.0, [(40.0, "Dr Anne DUVAL"), (400.0, "NOTE D'HONORAIRES")]),
        (32.0, [(40.0, "Génétique médicale"), (400.0, "N° GEN-2025-0117")]),
        (44.0, [(40.0, "RPPS 10003879623"), (400.0, "Émise le 28/03/2025")]),
        (70.0, [(40.0, "Consultant(e) : MARCHAND Élodie")]),
        (82.0, [(40.0, "N° de sécurité sociale : 2 90 05 75 112 045 38")]),
        (110.0, [(40.0, "Date"), (120.0, "Code"), (200.0, "Prestation"), (450.0, "Honoraires")]),
        (122.0, [(40.0, "10/02/2025"), (120.0, "APC"), (200.0, "Consultation de génétique"), (450.0, "55,00")]),
        (134.0, [(40.0, "28/03/2025"), (120.0, "CS"), (200.0, "Rendu des résultats"), (450.0, "30,00")]),
        (170.0, [(250.0, "Total des honoraires"), (450.0, "85,00 EUR")]),
        (182.0, [(250.0, "Part assurance maladie"), (450.0, amo)]),
        (194.0, [(250.0, "Part mutuelle"), (450.0, amc)]),
        (206.0, [(250.0, "Participations forfaitaires (2 X 2,00 EUR)"), (450.0, "4,00 EUR")]),
    ]


def test_the_consulting_person_of_a_genetic_counselling_is_the_patient() -> None:
    document = one([page_of(_genetics("55,50 EUR", "25,50 EUR"))])
    assert value(document, "patient_name") == "MARCHAND Élodie"


def test_a_consultants_act_names_no_patient() -> None:
    """"APC Avis ponctuel de consultant": an act, the bare word no label; the patient named below."""
    rows = _genetics("55,50 EUR", "25,50 EUR")
    rows[3] = (70.0, [(40.0, "Patient : MARCHAND Élodie")])
    rows[6] = (122.0, [(40.0, "10/02/2025"), (120.0, "APC"), (200.0, "Avis ponctuel de consultant"), (450.0, "55,00")])
    assert _labels("Avis ponctuel de consultant 55,00") == []
    assert _labels("Consultant (e) : MARCHAND Élodie") == ["Consultant(e)"]
    assert _labels("Consultant : MARCHAND Élodie") == ["Consultant(e)"]  # a fax lost the mark: the colon
    assert "Consultant(e)" not in _labels("Médecin consultant : Dr Paul MARTIN")
    document = one([page_of(rows)])
    assert value(document, "patient_name") == "MARCHAND Élodie"
    assert document.fields["patient_name"].confidence >= 0.9


def _labels(text: str) -> list[str]:
    page = page_of([(20.0, [(40.0, text)])], source="ocr", conf=0.9)
    return [hit.label.text for line in build_lines([page]) for hit in find_labels(line)]


def test_shares_read_as_their_cents_past_the_total_are_read_otherwise() -> None:
    """"55, 50 EUR" and "25, 50 EUR" read 50,00 € each: 100 € of shares on an 85 € total. Read with their
    comma set apart, they leave the 4,00 € printed for the patient: taken, and held for a clerk."""
    document = one([page_of(_genetics("55, 50 EUR", "25, 50 EUR"), source="ocr", conf=0.95)])
    assert (value(document, "amo_amount"), value(document, "amc_amount")) == ("55.50", "25.50")
    assert value(document, "patient_amount") == "4.00"
    assert document.fields["amo_amount"].confidence < 0.9
    assert document.fields["amc_amount"].confidence < 0.9


def test_shares_past_the_total_with_no_other_reading_stay_as_read() -> None:
    document = one([page_of(_genetics("55,50 EUR", "50,00 EUR"), source="ocr", conf=0.95)])
    assert value(document, "amc_amount") == "50.00"
    assert value(document, "patient_amount") is None


def _spreadsheet(amo: str) -> Rows:
    return [
        (20.0, [(40.0, "1"), (60.0, "FACTURE ORTHOPHONIE")]),
        (32.0, [(40.0, "5"), (60.0, "RPPS"), (200.0, "| 10003879623")]),
        (44.0, [(40.0, "8"), (60.0, "Facture n°"), (200.0, "2025-117")]),
        (56.0, [(40.0, "9"), (60.0, "Date facture"), (200.0, "03/07/2025")]),
        (68.0, [(40.0, "11"), (60.0, "Patient"), (200.0, "MOREL Lucas")]),
        (80.0, [(40.0, "14"), (60.0, "NIR"), (200.0, "| 2 90 05 75 112 045 38")]),
        (92.0, [(40.0, "16"), (60.0, "N° AMC"), (200.0, "| 98612345")]),
        (110.0, [(40.0, "18"), (60.0, "Date"), (200.0, "Acte"), (400.0, "Montant")]),
        (122.0, [(40.0, "19"), (60.0, "04/06/2025"), (200.0, "Bilan"), (400.0, "89,76")]),
        (134.0, [(40.0, "20"), (60.0, "13/06/2025"), (200.0, "Séance"), (400.0, "95,82")]),
        (160.0, [(40.0, "24"), (300.0, "TOTAL"), (400.0, "185, 58")]),
        (172.0, [(40.0, "25"), (300.0, "Part AMO 60%"), (400.0, amo)]),
        (184.0, [(40.0, "26"), (300.0, "Part AMC 40%"), (400.0, "74,23")]),
        (196.0, [(40.0, "27"), (300.0, "Reste à charge"), (400.0, "0, 00")]),
    ]


def test_a_spreadsheets_amounts_split_after_their_comma() -> None:
    document = one([page_of(_spreadsheet("111,35"), source="ocr", conf=0.95)])
    assert value(document, "total_amount") == "185.58"
    assert value(document, "patient_amount") == "0.00"


def test_a_lost_share_is_its_rate_of_the_total_rounded_to_the_cent() -> None:
    """"Part AMO 60% 111535" (its comma read as a 5) after the row number: 60 % of 185,58 is 111,348,
    the 111,35 the sums call for, to the cent: taken, held."""
    document = one([page_of(_spreadsheet("111535"), source="ocr", conf=0.95)])
    assert value(document, "amo_amount") == "111.35"
    assert document.fields["amo_amount"].confidence < 0.9


def test_identifiers_after_a_cells_rule_read_as_a_bar() -> None:
    document = one([page_of(_spreadsheet("111,35"), source="ocr", conf=0.95)])
    assert value(document, "amc_number") == "98612345"
    assert value(document, "rpps") == "10003879623"


def test_an_amc_number_read_with_a_digit_twice() -> None:
    found = find_id("amc_number", "7118750434")
    assert found is not None and (found.value, found.repaired) == ("718750434", True)
    assert find_id("amc_number", "7118750443").value == "7118750443"  # two digits doubled: as read
