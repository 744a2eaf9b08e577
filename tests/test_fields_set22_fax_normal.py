"""Fax-normal misses whose right characters are in the words read (session 15): a month name whose "m"
was read "rn", a care date read after the issue date one look-alike digit off it, the nil share the sums
call for printed beside the three others under an unread label. Wordings and values are made up."""

from __future__ import annotations

from intake.domain.model import Page, Word
from parsers.fields import values
from parsers.fields.dates import misread_date
from parsers.fields.ids import find_id
from parsers.fields.layout import build_lines
from tests.test_fields import one, page_of, value


def test_a_month_read_with_rn_for_m() -> None:
    assert values.month_number("septernbre") == 9
    assert values.parse_date("réalisée le 8 septernbre 2025 au cabinet") == "2025-09-08"
    assert values.month_number("marche") is None


def _invoice(acts_date: str) -> list[tuple[float, list[tuple[float, str]]]]:
    return [
        (20.0, [(40.0, "CABINET DE RADIOLOGIE"), (400.0, "RPPS 10003879623")]),
        (40.0, [(40.0, "FACTURE")]),
        (60.0, [(40.0, "N° FACT. 153461")]),
        (72.0, [(40.0, "DATE FACT. 10.07.25")]),
        (100.0, [(40.0, "PATIENT : GAILLARD Jérémy")]),
        (112.0, [(40.0, "N° IMMAT. 1 85 05 78 006 084 91")]),
        (140.0, [(40.0, "DT EXAM."), (120.0, "CODE"), (200.0, "LIBELLÉ"), (400.0, "MONTANT")]),
        (152.0, [(40.0, acts_date), (120.0, "ZCQM004"), (200.0, "ÉCHOGRAPHIE ABDOMEN"), (400.0, "56,70 €")]),
        (180.0, [(40.0, "TOT. HON. € 56,70")]),
    ]


def test_a_care_date_after_the_issue_one_fax_digit_off_is_the_issue_day() -> None:
    document = one([page_of(_invoice("19.07.25"), source="ocr", conf=0.9)])
    assert value(document, "invoice_date") == "2025-07-10"
    assert value(document, "care_date") == "2025-07-10"
    assert document.fields["care_date"].confidence < 0.9
    assert document.needs_review


def test_a_later_care_date_two_digits_off_is_not_mended() -> None:
    document = one([page_of(_invoice("27.07.25"), source="ocr", conf=0.9)])
    assert value(document, "care_date") != "2025-07-10"


def _shares(last_label: str, last_amount: str = "0,00 €") -> list[tuple[float, list[tuple[float, str]]]]:
    return [
        (20.0, [(40.0, "Dr Paul VIDAL — Psychiatre"), (400.0, "RPPS 10101010105")]),
        (40.0, [(40.0, "FACTURE N° 2025/0441")]),
        (52.0, [(40.0, "Patient : M. LE GALL Bruno")]),
        (64.0, [(40.0, "N°SS : 1 85 05 78 006 084 91")]),
        (80.0, [(40.0, "Date"), (120.0, "Acte"), (300.0, "Montant")]),
        (92.0, [(40.0, "08/09/2025"), (120.0, "Consultation de psychiatrie"), (300.0, "55,00 €")]),
        (104.0, [(40.0, "15/09/2025"), (120.0, "Consultation de psychiatrie"), (300.0, "55,00 €")]),
        (116.0, [(40.0, "22/09/2025"), (120.0, "Consultation de psychiatrie"), (300.0, "55,00 €")]),
        (140.0, [(40.0, "Total 165,00 €")]),
        (152.0, [(40.0, "Part Sécurité sociale 115,50 €")]),
        (164.0, [(40.0, "Part complémentaire 49,50 €")]),
        (176.0, [(40.0, f"{last_label} {last_amount}")]),
        (200.0, [(40.0, "Fait à Angers, le 30/09/2025")]),
    ]


def test_the_nil_share_under_an_unread_label_beside_the_others() -> None:
    document = one([page_of(_shares("Resic à charge"), source="ocr", conf=0.9)])
    assert value(document, "total_amount") == "165.00"
    assert value(document, "patient_amount") == "0.00"
    assert document.fields["patient_amount"].confidence < 0.9


def test_a_zero_away_from_the_shares_is_no_share() -> None:
    rows = _shares("Merci de votre confiance.", "")
    rows.append((260.0, [(40.0, "Dépassement 0,00 €")]))
    document = one([page_of(rows, source="ocr", conf=0.9)])
    assert "patient_amount" not in document.fields


def test_the_nil_share_in_the_row_of_the_three() -> None:
    rows = [
        *_shares("Merci de votre confiance.", "")[:8],
        (140.0, [(40.0, "lotal honoraires"), (160.0, "Part AMO"), (280.0, "Part AMC"), (400.0, "kHeste à charge")]),
        (152.0, [(40.0, "165,00 €"), (160.0, "115,50 €"), (280.0, "49,50 €"), (400.0, "0,00 €")]),
    ]
    document = one([page_of(rows, source="ocr", conf=0.9)])
    assert value(document, "amc_amount") == "49.50"
    assert value(document, "patient_amount") == "0.00"


def test_misread_dates_a_clerk_reads_back() -> None:
    assert misread_date("04.09.2925 18:29 OP:3").value == "2025-09-04"  # type: ignore[union-attr]
    assert misread_date("2025-0814 Retour 18 km").value == "2025-08-14"  # type: ignore[union-attr]
    assert misread_date("08 08-2025").value == "2025-08-08"  # type: ignore[union-attr]
    assert misread_date("08-08 2025").value == "2025-08-08"  # type: ignore[union-attr]
    assert misread_date("2 12/9/2025 PSY") is None  # a row's number, then its date
    assert misread_date("04.09.1925").value == "1925-09-04"  # type: ignore[union-attr]  # a year that may be: kept


def _split_day(gap: float) -> Page:
    """A row of dates "1" + "1/07/2025", the gap between them `gap` times the text height."""
    height = 10.0
    lone = Word("1", 40.0, 152.0, 46.0, 152.0 + height, 0.9, 0)
    date = Word("1/07/2025", 46.0 + gap * height, 152.0, 96.0 + gap * height, 152.0 + height, 0.9, 0)
    return Page(number=1, width=600, height=850, words=[lone, date], source="ocr")


def test_a_day_cut_after_its_first_digit_is_one_day() -> None:
    lines = build_lines([_split_day(0.1)])
    assert any(w.text == "11/07/2025" for line in lines for w in line.words)
    lines = build_lines([_split_day(2.0)])  # a column apart: a row's number
    assert not any(w.text == "11/07/2025" for line in lines for w in line.words)


def test_a_speck_inside_a_keyed_number_is_dropped_and_held() -> None:
    found = find_id("adeli", "20825465%6 — SIRET 24274631")
    assert found is not None and found.value == "208254656" and found.repaired
    assert find_id("adeli", "20825465%7 — SIRET") is None  # the key fails without the speck: nothing


def test_a_number_sign_lost_before_an_acronym() -> None:
    document = one([page_of([
        (20.0, [(40.0, "Dr Paul VIDAL — RPPS 10101010105")]),
        (40.0, [(40.0, "FACTURE N° 2025/0441 du 12/06/2025")]),
        (52.0, [(40.0, "Patient : M. LE GALL Bruno")]),
        (64.0, [(40.0, "Complémentaire : MNT — NAMC 917636931")]),
        (80.0, [(40.0, "Consultation 30,00 €")]),
    ], source="ocr", conf=0.9)])
    assert value(document, "amc_number") == "917636931"


def test_a_care_date_in_a_year_to_come_one_digit_off_the_issue() -> None:
    rows = [
        (20.0, [(40.0, "NOTE D'HONORAIRES N° 404745")]),
        (40.0, [(40.0, "Reçu de M. / Mme AUBRY YANNICK")]),
        (52.0, [(40.0, "Date des soins 21/01/2075")]),
        (64.0, [(40.0, "Montant des honoraires 60,00 €")]),
        (80.0, [(40.0, "Date et signature : LE 21/01/2025")]),
    ]
    document = one([page_of(rows, source="ocr", conf=0.9)])
    assert value(document, "care_date") == "2025-01-21"
    assert document.fields["care_date"].confidence < 0.9
    rows[2] = (52.0, [(40.0, "Date des soins 24/01/2025")])  # a later day, no fax look-alike: not mended
    assert value(one([page_of(rows, source="ocr", conf=0.9)]), "care_date") != "2025-01-21"


def test_a_zero_read_as_nine_and_the_share_the_sums_then_call_for() -> None:
    rows = [
        (20.0, [(40.0, "Sage-femme Claire MARTIN — RPPS 10101010105")]),
        (40.0, [(40.0, "NOTE D'HONORAIRES N° 2025-118 du 21/07/2025")]),
        (52.0, [(40.0, "Patiente : Mme LE GALL Anne")]),
        (80.0, [(40.0, "Total 49,66")]),
        (92.0, [(40.0, "Part assurance maladie (maternité 100 %%) ,6 6")]),
        (104.0, [(40.0, "Part mutuelle 0,00")]),
        (116.0, [(40.0, "Reste à payer par la patiente 9,00")]),
    ]
    document = one([page_of(rows, source="ocr", conf=0.9)])
    assert value(document, "patient_amount") == "0.00"
    assert value(document, "amo_amount") == "49.66"
    assert document.fields["patient_amount"].confidence < 0.9
    assert document.fields["amo_amount"].confidence < 0.9
    rows[-1] = (116.0, [(40.0, "Reste à payer par la patiente 4,00")])  # no zero's ghost: nothing inferred
    assert "amo_amount" not in one([page_of(rows, source="ocr", conf=0.9)]).fields


def test_the_number_under_a_fees_note_title_read_one_letter_off() -> None:
    rows = [
        (20.0, [(40.0, "Docteur Gaël BOUVIER — RPPS 10101010105")]),
        (60.0, [(40.0, "NOTE D'HONORATRES — ACTE CHIRURGICAL")]),
        (72.0, [(40.0, "N° CH25-244")]),
        (96.0, [(40.0, "Patient(e) M. DUMONT Hervé")]),
        (108.0, [(40.0, "Date de l'intervention 09/02/2025")]),
        (120.0, [(40.0, "Total 420,00 €")]),
    ]
    assert value(one([page_of(rows, source="ocr", conf=0.9)]), "invoice_number") == "CH25-244"


def _acts(heading: list[tuple[float, str]]) -> list[tuple[float, list[tuple[float, str]]]]:
    return [
        (20.0, [(40.0, "Docteur Grégoire CHARPENTIER"), (300.0, "Nice, le 10 mars 2025")]),
        (40.0, [(40.0, "NOTE D'HONORAIRES")]),
        (52.0, [(40.0, "Patient(e) SAÏDI Ophélie")]),
        (80.0, heading),
        (92.0, [(40.0, "10/03/2025"), (120.0, "CS Consultation de nutrition"), (400.0, "30,00 €")]),
        (104.0, [(40.0, "10/03/2025"), (120.0, "MCS Majoration de coordination"), (400.0, "3,00 €")]),
        (130.0, [(40.0, "Total 33,00 €")]),
    ]


def test_acts_rows_under_a_lost_date_heading_date_the_care_held() -> None:
    document = one([page_of(_acts([(120.0, "Code"), (400.0, "Montant")]), source="ocr", conf=0.9)])
    assert value(document, "care_date") == "2025-03-10"
    assert document.fields["care_date"].confidence <= 0.8
    assert document.needs_review


def test_one_dated_row_is_no_table() -> None:
    rows = _acts([(120.0, "Code"), (400.0, "Montant")])
    del rows[5]
    assert "care_date" not in one([page_of(rows, source="ocr", conf=0.9)]).fields
