"""Everyday layouts first met in held-out set 10: abbreviated upper-case labels ("N° FACT.", "TOT. HON.",
"DT EXAM."), a patient block with the name alone above its birth date, a pharmacy invoice dated by its
dispensing date, a table header whose headings are close together. One test per general rule; the
wordings and values are made up for the tests."""

from __future__ import annotations

from intake.domain.model import Word
from parsers.fields import extract_documents, values
from parsers.fields.extract import analyse_page
from parsers.fields.labels import tokens
from tests.test_fields import lines_page, one, page_of, value

THRESHOLD = 0.85


def confidence(document: object, name: str) -> float:
    return document.fields[name].confidence  # type: ignore[attr-defined,no-any-return]


# ---------------------------------------------------------------- abbreviated labels


def test_dotted_abbreviations_read_as_their_words() -> None:
    assert tokens("N° FACT.") == ["no", "facture"]
    assert tokens("TOT. HON.") == ["total", "honoraires"]
    assert tokens("DT EXAM.") == ["date", "examen"]
    assert tokens("MÉD. PRESCR.") == ["medecin", "prescripteur"]
    assert tokens("Rbt AMO") == ["remboursement", "amo"]
    assert tokens("Part compl.") == ["part", "complementaire"]
    assert tokens("Facture") == ["facture"]
    assert tokens("factures") == ["factures"]  # a whole word is never cut short


def test_upper_case_abbreviated_labels() -> None:
    document = one([page_of([
        (0.0, [(40.0, "CABINET D'ÉCHOGRAPHIE"), (400.0, "RPPS 10003879623")]),
        (40.0, [(40.0, "FACTURE")]),
        (60.0, [(40.0, "N° FACT."), (120.0, "482913"), (300.0, "MÉD. PRESCR."), (380.0, "DR LEROY")]),
        (80.0, [(40.0, "DATE FACT."), (120.0, "12.05.25"), (300.0, "DT PRESCR."), (380.0, "02.05.25")]),
        (120.0, [(40.0, "PATIENT : MOREAU Lucie")]),
        (140.0, [(40.0, "DDN 14/02/1971"), (160.0, "N° IMMAT. 2 71 02 75 123 456 61")]),
        (180.0, [(40.0, "DT EXAM."), (120.0, "CODE"), (180.0, "LIBELLÉ"), (450.0, "MONTANT")]),
        (200.0, [(40.0, "12.05.25"), (120.0, "ZCQM004"), (180.0, "ÉCHOGRAPHIE ABDOMEN"), (450.0, "€ 56,70")]),
        (240.0, [(300.0, "TOT. HON."), (450.0, "€ 56,70")]),
        (260.0, [(300.0, "PART AMO"), (450.0, "€ 39,69")]),
        (280.0, [(300.0, "PART AMC"), (450.0, "€ 17,01")]),
        (300.0, [(300.0, "RAC"), (450.0, "€ 0,00")]),
    ])])
    assert value(document, "invoice_number") == "482913"
    assert value(document, "invoice_date") == "2025-05-12"
    assert value(document, "care_date") == "2025-05-12"
    assert value(document, "total_amount") == "56.70"
    assert confidence(document, "total_amount") >= THRESHOLD
    assert confidence(document, "invoice_number") >= THRESHOLD


# ---------------------------------------------------------------- a name alone above its birth date


def _patient_block(name: str) -> list[tuple[float, list[tuple[float, str]]]]:
    return [
        (0.0, [(40.0, "LABORATOIRE CENTRAL"), (400.0, "FINESS 750000001")]),
        (40.0, [(40.0, "FACTURE"), (400.0, "N° 77001234")]),
        (80.0, [(40.0, "Date de facture"), (150.0, "20/03/2025"), (350.0, name)]),
        (100.0, [(40.0, "N° de dossier"), (150.0, "1903335"), (350.0, "Né(e) le 03/12/1994")]),
        (120.0, [(40.0, "Prélevé le"), (150.0, "19/03/2025"), (350.0, "NIR : 1 94 12 76 144 053 72")]),
        (160.0, [(300.0, "Montant total"), (450.0, "37,08 €")]),
    ]


def test_name_alone_above_the_birth_date_is_the_patient() -> None:
    document = one([page_of(_patient_block("AUBRY Yannick"))])
    assert value(document, "patient_name") == "AUBRY Yannick"
    boxed = one([page_of(_patient_block("| AUBRY Yannick |"), source="ocr", conf=0.95)])  # the box's rules read
    assert value(boxed, "patient_name") == "AUBRY Yannick"


def test_a_heading_above_the_birth_date_is_no_name() -> None:
    assert value(one([page_of(_patient_block("Mutuelle des Motards"))]), "patient_name") is None
    assert value(one([page_of(_patient_block("CLINIQUE DU PARC"))]), "patient_name") is None


# ---------------------------------------------------------------- a pharmacy's dispensing date


def _pharmacy(extra: list[tuple[float, list[tuple[float, str]]]]) -> list[tuple[float, list[tuple[float, str]]]]:
    return [
        (0.0, [(40.0, "PHARMACIE DU MARCHÉ"), (400.0, "M. HÉBERT François")]),
        (20.0, [(40.0, "N° FINESS : 067357145"), (400.0, "Né(e) le 02/08/1962")]),
        (40.0, [(400.0, "NIR 1 62 08 99 516 220 07")]),
        (80.0, [(40.0, "FACTURE"), (160.0, "Date de délivrance"), (320.0, "Prescripteur")]),
        (100.0, [(40.0, "N° 25165954"), (160.0, "14/08/2025"), (320.0, "Dr B. BARBIER")]),
        (120.0, [(320.0, "Ordonnance du 08/08/2025")]),
        (200.0, [(300.0, "Montant total"), (450.0, "30,53 €")]),
        *extra,
    ]


def test_pharmacy_invoice_dated_by_its_dispensing_date() -> None:
    document = one([page_of(_pharmacy([]))])
    assert value(document, "care_date") == "2025-08-14"
    assert value(document, "invoice_date") == "2025-08-14"


def test_a_delivery_told_in_a_sentence_dates_no_invoice() -> None:
    rows = [r for r in _pharmacy([]) if r[0] not in (80.0, 100.0)]
    rows += [(80.0, [(40.0, "FACTURE N° 25165954")]), (100.0, [(40.0, "Délivré le 14/08/25 10:42")])]
    document = one([page_of(rows)])
    assert value(document, "care_date") == "2025-08-14"
    assert value(document, "invoice_date") is None


def test_a_printed_issue_date_still_dates_the_invoice() -> None:
    document = one([page_of(_pharmacy([(240.0, [(40.0, "Facture éditée le 16/08/2025")])]))])
    assert value(document, "invoice_date") == "2025-08-16"


# ---------------------------------------------------------------- headings close together


def test_table_headings_close_together_keep_their_own_columns() -> None:
    document = one([page_of([
        (0.0, [(40.0, "Optique du Port — FINESS 763212511")]),
        (20.0, [(40.0, "N° de la demande : DPC25068621")]),
        (40.0, [(40.0, "Patient : MARTIN Paul")]),
        (60.0, [(40.0, "N° de sécurité sociale : 1 81 07 99 056 763 95")]),
        (100.0, [(40.0, "LPP"), (100.0, "Désignation"), (290.0, "Prix TTC"), (335.0, "|"), (345.0, "AMO"),
                 (365.0, "|"), (375.0, "Demandé AMC"), (440.0, "RAC")]),
        (120.0, [(40.0, "2223342"), (100.0, "Monture"), (290.0, "189,00"), (345.0, "0,03"), (385.0, "97,00"),
                 (440.0, "91,97")]),
        (140.0, [(40.0, "2227038"), (100.0, "Verre"), (290.0, "89,00"), (345.0, "0,03"), (385.0, "79,00"),
                 (440.0, "9,97")]),
        (160.0, [(100.0, "TOTAL"), (290.0, "278,00"), (345.0, "0,06"), (385.0, "176,00"), (440.0, "101,94")]),
    ])])
    assert value(document, "total_amount") == "278.00"
    assert value(document, "amo_amount") == "0.06"
    assert value(document, "amc_amount") == "176.00"
    assert value(document, "patient_amount") == "101.94"


# ---------------------------------------------------------------- a totals block under a share column


def test_a_labelled_total_under_a_share_column_is_not_the_column_total() -> None:
    document = one([page_of([
        (0.0, [(40.0, "PHARMACIE DU PORT — N° FINESS : 067357145")]),
        (20.0, [(40.0, "Patient : M. HÉBERT François — NIR 1 62 08 99 516 220 07")]),
        (40.0, [(40.0, "Facture n° 25165954 du 14/08/2025")]),
        (80.0, [(40.0, "Code"), (100.0, "Désignation"), (330.0, "Taux"), (380.0, "Montant"), (450.0, "Part AMO")]),
        (100.0, [(40.0, "3400934514241"), (100.0, "AMOXICILLINE"), (330.0, "65 %"), (380.0, "8,24"), (450.0, "5,36")]),
        (120.0, [(40.0, "3400973618535"), (100.0, "PARACETAMOL"), (330.0, "65 %"), (380.0, "3,92"), (450.0, "2,55")]),
        (140.0, [(40.0, "3400938985504"), (100.0, "SERUM PHYSIO"), (330.0, "NR"), (380.0, "4,59"), (450.0, "0,00")]),
        (160.0, [(380.0, "Montant total"), (450.0, "16,75 €")]),
        (180.0, [(380.0, "Part Sécu"), (450.0, "7,91 €")]),
    ], source="ocr", conf=0.9)])
    assert value(document, "total_amount") == "16.75"
    assert value(document, "amo_amount") == "7.91"
    assert confidence(document, "amo_amount") >= 0.8  # no rival read from the "Part AMO" column


# ---------------------------------------------------------------- "N°SS" printed without a space


def test_number_sign_glued_to_its_word() -> None:
    assert tokens("N°SS") == ["no", "ss"]
    assert tokens("N°AMC :") == ["no", "amc"]
    document = one([page_of([
        (0.0, [(40.0, "Dr GIRAUD Mathilde"), (316.0, "Mme BLANCHARD Océane")]),
        (20.0, [(40.0, "N° RPPS : 10322937201"), (316.0, "Né(e) le 12.04.55")]),
        (40.0, [(40.0, "N° AM : 29438831"), (316.0, "N°SS : 2 55 04 76 660 816 15")]),
        (80.0, [(300.0, "Total des honoraires"), (450.0, "140,18 €")]),
    ])])
    assert value(document, "nir") == "255047666081615"


# ---------------------------------------------------------------- a photo of two sheets, the second number unread

_SHEET = """
Docteur Paul DURAND — Médecine générale
FACTURE
RPPS 10003879623
Patient : {patient}
N° de sécurité sociale : 2 85 05 78 006 084 41
Date des soins : 06/10/2025
Montant total : {total} €
"""
_SHEETS_NOTE = "À vérifier : photo de 2 feuilles lue comme une seule page, une facture peut manquer"


def _two_sheets(second_number: str, notes: list[str]) -> list[object]:
    first = _SHEET.format(patient="Mme ROUX Céline", total="30,00").replace("FACTURE", "FACTURE N° K-311")
    second = _SHEET.format(patient="ROUX Léa", total="35,00").replace("FACTURE", f"FACTURE{second_number}")
    page = lines_page(first + "\n" + second, source="ocr", conf=0.95)
    page.notes = list(notes)
    return extract_documents([page])  # type: ignore[return-value]


def test_photo_of_two_sheets_is_cut_even_when_the_second_number_is_unread() -> None:
    documents = _two_sheets("", [_SHEETS_NOTE])
    assert len(documents) == 2
    assert value(documents[0], "total_amount") == "30.00"  # type: ignore[arg-type]
    assert value(documents[1], "total_amount") == "35.00"  # type: ignore[arg-type]
    assert value(documents[1], "patient_name") == "ROUX Léa"  # type: ignore[arg-type]


def test_without_the_readers_note_or_with_the_number_repeated_one_sheet_stays_whole() -> None:
    assert len(_two_sheets("", [])) == 1
    assert len(_two_sheets(" N° K-311", [_SHEETS_NOTE])) == 1  # a continued page repeats its number


# ---------------------------------------------------------------- a capitals word cut by OCR


def test_capitals_word_cut_before_its_last_letter_is_one_label() -> None:
    page = page_of([
        (0.0, [(40.0, "Docteur Sylvie ARNAUD — RPPS 10003879623")]),
        (20.0, [(40.0, "Facture n° 2025/8505 du 25/08/2025")]),
        (40.0, [(40.0, "Patient : DA SILVA Grégoire — NIR 1 85 07 38 169 508 60")]),
        (60.0, [(40.0, "Complémentaire Mutuelle Générale — N° AM")]),
        (100.0, [(300.0, "Total"), (450.0, "35,00 €")]),
    ], source="ocr", conf=0.95)
    last = max((w for w in page.words if w.line == 3), key=lambda w: w.x1)
    gap = 1.0  # a kerning gap, far narrower than a space
    page.words.append(Word("C", last.x1 + gap, last.y0, last.x1 + gap + 5, last.y1, 0.9, 3))
    page.words.append(Word("57412057", last.x1 + gap + 10, last.y0, last.x1 + gap + 50, last.y1, 0.95, 3))
    assert value(one([page]), "amc_number") == "57412057"


# ---------------------------------------------------------------- a date is never an amount


def test_a_dotted_date_is_no_amount() -> None:
    assert values.find_amounts("Prochain rendez-vous : 12.03.25 à 14 h 00") == []
    assert values.find_amounts("le 12.03.2025") == []
    assert [m.value for m in values.find_amounts("Total 12,03 € le 12.03.25")] == ["12.03"]


def test_abbreviated_share_labels_are_exact_labels() -> None:
    page = page_of([
        (0.0, [(40.0, "Optique du Port — FINESS 763212511")]),
        (80.0, [(300.0, "Rbt AMO"), (450.0, "0,09 €")]),
        (100.0, [(300.0, "Part compl."), (450.0, "255,00 €")]),
    ])
    weights = {c.name: c.label_weight for c in analyse_page(page).candidates if c.name.endswith("_amount")}
    assert weights == {"amo_amount": 1.0, "amc_amount": 1.0}  # "Remboursement AMO", "Part complémentaire"


# ---------------------------------------------------------------- a box's rule read as "|"


def test_letter_date_after_a_box_rule() -> None:
    document = one([lines_page(
        "Docteur Élise MOREAU — RPPS 10003879623\n| Lyon, le 7 octobre 2025\n"
        "Je certifie avoir donné mes soins le 3 octobre 2025 à M. Paul ROUX.\nTotal : 30,00 €",
        source="ocr", conf=0.95,
    )])
    assert value(document, "invoice_date") == "2025-10-07"
