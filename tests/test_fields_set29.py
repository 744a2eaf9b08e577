"""Readings of set 29's kind, mended by general rules: an acts table whose amount columns are headed by
numbers alone, "(1) (2) (3) (4)", named by a legend under the table, with a row that leaves one column
blank before the total; an amount split after its comma followed by the next amount of its row; "précédent
examen le ..." (an earlier exam recalled) is no care date; a pharmacist's RPPS printed under the cell that
names him "pharmacien titulaire"; the letter's place and date after the invoice number, the dash between
read by OCR as "-_" or ".". Wordings and values made up."""

from __future__ import annotations

from intake.domain.model import ExtractedDocument
from parsers.fields.around import spaced_cents
from tests.test_fields import one, page_of, value

_HEAD = [
    (20.0, [(40.0, "Docteur Paul VIDAL"), (400.0, "Note d'honoraires")]),
    (34.0, [(40.0, "Médecine générale — Secteur 1"), (400.0, "N° NH-20417")]),
    (48.0, [(40.0, "RPPS 10003879623"), (400.0, "Établie le 12/03/2025")]),
    (80.0, [(40.0, "Patient : LE GALL Yann")]),
]


def _legend_invoice(*, source: str = "text", total: str = "90,00", amc: str = "27,00") -> ExtractedDocument:
    rows = [
        *_HEAD,
        (110.0, [(40.0, "Lettre du Dr Anne MOREL du 02/03/2025 — précédent examen le 14/02/2024")]),
        (140.0, [(40.0, "Date"), (100.0, "Code"), (150.0, "Acte"),
                 (395.0, "(1)"), (445.0, "(2)"), (495.0, "(3)"), (545.0, "(4)")]),
        (158.0, [(40.0, "11/03/2025"), (100.0, "YYYY001"), (150.0, "Premier acte"),
                 (390.0, "60,00"), (440.0, "42,00"), (490.0, "18,00"), (540.0, "0,00")]),
        (176.0, [(40.0, "11/03/2025"), (100.0, "YYYY002"), (150.0, "Second acte"),
                 (390.0, "30,00"), (440.0, "21,00"), (490.0, "9,00"), (540.0, "0,00")]),
        (194.0, [(150.0, "Participation forfaitaire"), (435.0, "- 2,00"), (540.0, "2,00")]),
        (212.0, [(40.0, "TOTAL"), (385.0, total), (440.0, "61,00"), (490.0, amc), (540.0, "2,00")]),
        (240.0, [(40.0, "(1) Honoraires facturés (2) Part AMO (3) Part AMC (4) Reste à charge")]),
    ]
    return one([page_of(rows, source=source, conf=0.95 if source == "ocr" else 1.0)])


def test_numbered_amount_columns_take_the_labels_their_legend_gives_them() -> None:
    document = _legend_invoice()
    assert value(document, "total_amount") == "90.00"
    shares = {"amo_amount": ("61.00", 440.0), "amc_amount": ("27.00", 490.0), "patient_amount": ("2.00", 540.0)}
    for name, (amount, x) in shares.items():  # the AMC's cell blank on the participation's row
        found = document.fields[name]
        assert found.value == amount, name
        assert found.box is not None and found.box[0] == x, name  # read in its column, not derived by the sums
        assert found.confidence >= 0.9, name


def test_an_earlier_exam_recalled_is_not_the_care_date() -> None:
    assert value(_legend_invoice(), "care_date") == "2025-03-11"


def test_amounts_split_after_their_comma_in_a_total_row_are_read_whole() -> None:
    document = _legend_invoice(source="ocr", total="90, 00", amc="27, 00")
    assert value(document, "total_amount") == "90.00"
    assert value(document, "amc_amount") == "27.00"
    assert spaced_cents("12, 50 ans") is None  # cents then words: no amount split apart


def test_a_pharmacists_rpps_under_the_cell_naming_him_is_not_the_invoicers() -> None:
    rows = [
        (20.0, [(40.0, "Pharmacie des Tilleuls"), (380.0, "Marie ROUX, pharmacien titulaire")]),
        (32.0, [(420.0, "RPPS 10003879623")]),
        (38.0, [(40.0, "4 rue des Lilas — 35000 RENNES")]),
        (50.0, [(40.0, "FINESS 212467724")]),
        (80.0, [(40.0, "FACTURE N° PH-5521"), (380.0, "Éditée le 20/02/2025")]),
        (100.0, [(40.0, "Patient : LE GALL Yann")]),
        (120.0, [(40.0, "Date de délivrance : 18/02/2025")]),
        (150.0, [(40.0, "Total TTC 24,40 €")]),
    ]
    document = one([page_of(rows)])
    assert value(document, "finess") == "212467724"
    assert "rpps" not in document.fields


def _numbered_line(separator: str) -> ExtractedDocument:
    rows = [
        (20.0, [(40.0, "Dr Paul VIDAL")]),
        (34.0, [(40.0, "RPPS 10003879623")]),
        (70.0, [(40.0, "Note d'honoraires")]),
        (90.0, [(40.0, f"n° 202503117 {separator} Rennes, le 14.03.2025")]),
        (120.0, [(40.0, "Patient : LE GALL Yann")]),
        (150.0, [(40.0, "Total honoraires 30,00 €")]),
    ]
    return one([page_of(rows, source="ocr", conf=0.95)])


def test_the_place_and_date_after_the_number_date_the_invoice_whatever_ocr_made_of_the_dash() -> None:
    for separator in ("—", "-_", "."):
        assert value(_numbered_line(separator), "invoice_date") == "2025-03-14", separator
