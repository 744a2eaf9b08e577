"""Misses first met in held-out set 26 (opened for tuning after its blind score): a physiotherapist's table
set on its side (one column per session, a last column of totals), two numbers under two labels joined by a
slash, a care date in a sentence that names where the act was given, a form typed askew in a column of its
own, and a fax's misread total, share and year. Wordings and values are made up."""

from __future__ import annotations

from intake.domain.model import ExtractedDocument, Page
from parsers.fields.extract import analyse_page, build_document
from tests.test_fields import one, page_of, value

# ---------------------------------------------------------------- a table set on its side


def _sessions_across(amo_row: list[str]) -> ExtractedDocument:
    xs = [150.0 + 40.0 * k for k in range(4)]
    page = page_of([
        (20.0, [(40.0, "Julien MOREAU — Masseur-kinésithérapeute"), (420.0, "Facture K-2025-41")]),
        (32.0, [(40.0, "RPPS 10003879623"), (420.0, "établie le 30/04/2025")]),
        (56.0, [(40.0, "Patient : GARNIER Louis"), (240.0, "NIR : 1 50 05 69 123 456 78")]),
        (90.0, [(40.0, "Séance"), *((x, str(k + 1)) for k, x in enumerate(xs)), (330.0, "TOTAL")]),
        (102.0, [(40.0, "Date"), *zip(xs, ["02/04/25", "09/04/25", "16/04/25", "23/04/25"], strict=True)]),
        (114.0, [(40.0, "Honoraires"), *((x, "22,58") for x in xs), (330.0, "90,32")]),
        (126.0, [(40.0, "Part AMO"), *zip(xs, amo_row, strict=True), (330.0, "54,20")]),
        (138.0, [(40.0, "Part AMC"), *((x, "9,03") for x in xs), (330.0, "36,12")]),
        (150.0, [(40.0, "Reste dû"), *((x, "0,00") for x in xs), (330.0, "0,00")]),
    ])
    return one([page])


def test_a_shares_row_across_the_sessions_bills_its_last_amount_their_sum() -> None:
    document = _sessions_across(["13,55", "13,55", "13,55", "13,55"])
    assert value(document, "amo_amount") == "54.20"  # not the first session's 13,55
    assert value(document, "amc_amount") == "36.12"
    assert value(document, "total_amount") == "90.32"
    assert value(document, "care_date") == "2025-04-02"


def test_a_session_misread_in_the_row_leaves_the_amount_under_the_total_heading() -> None:
    document = _sessions_across(["13:55", "13:55", "13,55", "13,55"])  # a scan's colon for the comma
    assert value(document, "amo_amount") == "54.20"


# ---------------------------------------------------------------- two labels, two numbers, one slash


def _insurer_line(label: str) -> ExtractedDocument:
    page = page_of([
        (20.0, [(40.0, "Grégoire GERMAIN, chiropracteur — N° ADELI 340046762")]),
        (40.0, [(40.0, "REÇU D'HONORAIRES n° R25-0139 du 02/10/2025")]),
        (60.0, [(40.0, "Reçu de Mme ROCHE Sylvie")]),
        (72.0, [(40.0, "N° de sécurité sociale"), (160.0, "2 62 09 93 608 270 41")]),
        (84.0, [(40.0, label), (160.0, "972792526 / 2549386301")]),
        (110.0, [(40.0, "18/09/2025"), (120.0, "Bilan et première séance"), (400.0, "65,00 EUR")]),
        (130.0, [(250.0, "Total des honoraires"), (400.0, "65,00 EUR")]),
    ])
    return one([page])


def test_the_first_number_after_two_labels_joined_by_a_slash_is_the_first_labels() -> None:
    assert value(_insurer_line("N° AMC / N° adhérent"), "amc_number") == "972792526"


def test_a_slash_and_number_sign_glued_to_the_first_label_still_pair_the_numbers() -> None:
    assert value(_insurer_line("N° AMC/N° adhérent"), "amc_number") == "972792526"  # as a scan reads it


# ---------------------------------------------------------------- where the act was given, and a device bought


def test_an_act_given_at_the_practice_on_a_day_is_the_care_not_the_devices_sale_at_a_pharmacy() -> None:
    page = page_of([
        (20.0, [(300.0, "Note d'honoraires N° SF25-573 — 10 mars 2025")]),
        (40.0, [(300.0, "DA SILVA Clémence, née le 08/02/1999")]),
        (52.0, [(300.0, "N° de sécurité sociale 2 99 02 06 778 574 08")]),
        (76.0, [(300.0, "Acte réalisé au cabinet le 10 mars 2025.")]),
        (100.0, [(300.0, "Code"), (360.0, "Acte"), (520.0, "Honoraires")]),
        (112.0, [(300.0, "QZLA004"), (360.0, "Pose d'un implant"), (520.0, "27,50 €")]),
        (130.0, [(440.0, "Total"), (520.0, "27,50 €")]),
        (160.0, [(300.0, "Implant délivré en pharmacie le 06/03/2025, lot B810199.")]),
    ])
    assert value(one([page]), "care_date") == "2025-03-10"


# ---------------------------------------------------------------- a form typed askew in a column of its own


def _askew_form(drop: float) -> Page:
    """Captions in a left column, each value typed in a column far right of them, `drop` points lower."""
    rows: list[tuple[float, list[tuple[float, str]]]] = [(20.0, [(150.0, "FEUILLE DE SOINS")])]
    fields = [
        ("date de naissance", "27/10/1985"),
        ("numéro d'immatriculation", "1 85 10 2A 196 363 53"),
        ("N° AMC", "47610943"),
        ("N° de facture", "18413"),
        ("montant total", "78,16 €"),
    ]
    y = 50.0
    for caption, typed in fields:
        rows.append((y, [(40.0, caption)]))
        rows.append((y + drop, [(300.0, typed)]))
        y += 30.0
    return page_of(rows)


def test_a_form_typed_askew_in_its_own_column_gives_each_caption_its_value() -> None:
    document = one([_askew_form(7.5)])  # the value's line overlaps its caption's by a quarter of a line
    assert value(document, "amc_number") == "47610943"
    assert value(document, "invoice_number") == "18413"


def test_a_value_typed_under_its_caption_far_right_in_the_forms_column() -> None:
    document = one([_askew_form(11.0)])  # under the caption's line, 50 text heights to its right
    assert value(document, "amc_number") == "47610943"
    assert value(document, "total_amount") == "78.16"


# ---------------------------------------------------------------- a fax's misreads


def _chiropractor_fax(first_row: str, total: str, amc: str) -> ExtractedDocument:
    page = page_of([
        (20.0, [(40.0, "Grégoire GERMAIN, chiropracteur — N° ADELI 340046762")]),
        (40.0, [(40.0, "REÇU D'HONORAIRES n° R25-0139 du 02/10/2025")]),
        (60.0, [(40.0, "Reçu de Mme ROCHE Sylvie")]),
        (72.0, [(40.0, "N° de sécurité sociale"), (160.0, "2 62 09 93 608 270 41")]),
        (100.0, [(40.0, "Date"), (120.0, "Prestation"), (400.0, "Montant")]),
        (112.0, [(40.0, first_row), (120.0, "Bilan et première séance"), (400.0, "65,00 EUR")]),
        (124.0, [(40.0, "02/10/2025"), (120.0, "Séance de suivi"), (400.0, "55,00 EUR")]),
        (144.0, [(250.0, "Total des honoraires"), (400.0, f"{total} EUR")]),
        (156.0, [(250.0, "Part Assurance Maladie"), (400.0, "0,00 EUR")]),
        (168.0, [(250.0, "Part mutuelle"), (400.0, f"{amc} EUR")]),
        (180.0, [(250.0, "Réglé par le patient"), (400.0, "60,00 EUR")]),
    ], source="ocr", conf=0.9)
    return build_document([analyse_page(page)], 0.85)


def test_a_total_and_a_share_misread_are_mended_to_what_the_acts_add_up_to() -> None:
    document = _chiropractor_fax("18/09/2025", "128,00", "60,90")  # 120,00 and 60,00, an 8 and a 9 for 0s
    assert value(document, "total_amount") == "120.00"
    assert value(document, "amc_amount") == "60.00"
    assert document.needs_review  # mended, held for a clerk


def test_a_rows_year_still_to_come_takes_the_other_rows_year() -> None:
    document = _chiropractor_fax("18/09/2085", "120,00", "60,00")  # a 2 read as an 8
    assert value(document, "care_date") == "2025-09-18"
    assert document.fields["care_date"].confidence < 0.85


def test_acts_rows_under_a_lost_heading_date_the_care_behind_a_rule_or_a_misread_digit() -> None:
    page = page_of([
        (20.0, [(40.0, "Dr Jean PELLETIER, ophtalmologiste — RPPS 10003879623")]),
        (40.0, [(40.0, "Patient : VASSEUR Grégoire")]),
        (80.0, [(30.0, "|"), (60.0, "08/95/2025"), (140.0, "CS"), (300.0, "30,00 €")]),  # a 0 read as a 9
        (94.0, [(30.0, "|"), (60.0, "08/05/2025"), (140.0, "BGQP140"), (300.0, "48,16 €")]),
    ], source="ocr", conf=0.9)
    document = build_document([analyse_page(page)], 0.85)
    assert value(document, "care_date") == "2025-05-08"
    assert document.fields["care_date"].confidence < 0.85  # no heading names the column: held


def _visit(acts: list[str], shares: list[tuple[str, str]]) -> ExtractedDocument:
    rows: list[tuple[float, list[tuple[float, str]]]] = [
        (20.0, [(40.0, "Docteur Bruno SAÏDI — RPPS 10003879623"), (380.0, "FACTURE N° 20250909-88")]),
        (40.0, [(40.0, "Patient : BENOÎT Stéphane"), (380.0, "éditée le 09/09/2025")]),
        (52.0, [(40.0, "N° de sécurité sociale : 1 66 10 57 888 670 37")]),
        (80.0, [(40.0, "Date"), (120.0, "Libellé"), (400.0, "Montant")]),
    ]
    y = 92.0
    for amount in acts:
        rows.append((y, [(40.0, "08/09/2025"), (120.0, "Acte"), (400.0, f"{amount} EUR")]))
        y += 12.0
    for label, amount in shares:
        y += 14.0
        rows.append((y, [(200.0, label), (400.0, f"{amount} EUR")]))
    return build_document([analyse_page(page_of(rows, source="ocr", conf=0.9))], 0.85)


def test_a_total_one_digit_off_what_its_shares_and_its_acts_make_is_mended_and_held() -> None:
    document = _visit(["50,00", "80,00", "80,00"], [
        ("Total des honoraires", "230,00"),  # a 1 read as a 3: no pair OCR is known to confuse
        ("Part Assurance Maladie (60 %)", "126,00"),
        ("Part complémentaire", "84,00"),
        ("Reste dû", "0,00"),
    ])
    assert value(document, "total_amount") == "210.00"
    assert document.fields["total_amount"].confidence < 0.85

