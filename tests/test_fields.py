"""Field extraction: value formats, labels, distractors, dates, sums, batches, absent fields."""

from __future__ import annotations

import doctest
from dataclasses import replace
from pathlib import Path

import pytest

from intake.domain.model import ExtractedDocument, Field, Page, Word
from parsers.fields import extract_documents, extract_text_fields, merge_fields, values
from parsers.fields.labels import fold, tokens

CHAR = 5.0
HEIGHT = 10.0


def page_of(
    rows: list[tuple[float, list[tuple[float, str]]]],
    *,
    number: int = 1,
    source: str = "text",
    conf: float = 1.0,
) -> Page:
    """A page from rows of (y, [(x, "text with spaces"), ...]); words get boxes from character counts."""
    words: list[Word] = []
    for line, (y, cells) in enumerate(sorted(rows)):
        for x, text in cells:
            position = x
            for chunk in text.split(" "):
                if chunk:
                    words.append(
                        Word(chunk, position, y, position + CHAR * len(chunk), y + HEIGHT, conf, line)
                    )
                position += CHAR * (len(chunk) + 1)
    return Page(number=number, width=600, height=850, words=words, source=source)


def lines_page(text: str, **kwargs: object) -> Page:
    """Each text line at x=40, one row every 20 points."""
    return page_of([(20.0 * i, [(40.0, line)]) for i, line in enumerate(text.strip().splitlines())], **kwargs)  # type: ignore[arg-type]


def one(pages: list[Page]) -> ExtractedDocument:
    documents = extract_documents(pages)
    assert len(documents) == 1
    return documents[0]


def value(document: ExtractedDocument, name: str) -> str | None:
    found = document.fields.get(name)
    return found.value if found else None


INVOICE = """
Cabinet infirmier - Mme Claire MARTIN
N° RPPS : 10003879623
FACTURE N° F-2025-0142
Date de facturation : 20/09/2025
Patient : M. LE GALL Yann
N° de sécurité sociale : 1 85 05 78 006 084 91
Date des soins : 05/09/2025
Montant total : 32,26 €
"""


# ---------------------------------------------------------------- values


def test_values_doctests() -> None:
    failed, _ = doctest.testmod(values)
    assert failed == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 234,56 €", "1234.56"),
        ("1\u00a0234,56 €", "1234.56"),
        ("1\u202f234,56 €", "1234.56"),
        ("1234,56 EUR", "1234.56"),
        ("€ 45,00", "45.00"),
        ("45.00", "45.00"),
        ("45,5 €", "45.50"),
        ("1.234,56", "1234.56"),
        ("12 €", "12.00"),
        ("0,00", "0.00"),
        ("le 12", None),
        ("abc", None),
    ],
)
def test_amounts(text: str, expected: str | None) -> None:
    assert values.parse_amount(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15/09/2025", "2025-09-15"),
        ("15.09.25", "2025-09-15"),
        ("15 septembre 2025", "2025-09-15"),
        ("2025-09-15", "2025-09-15"),
        ("15-09-2025", "2025-09-15"),
        ("1er août 2025", "2025-08-01"),
        ("03/04/85", "1985-04-03"),
        ("05/09/2025", "2025-09-05"),
        ("32/01/2025", None),
        ("12/13/2025", None),
    ],
)
def test_dates_day_first(text: str, expected: str | None) -> None:
    assert values.parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("M. DUPONT Jean", "DUPONT Jean"),
        ("Mme LE GALL Anne-Marie", "LE GALL Anne-Marie"),
        ("Madame Élodie DUPONT-MORETTI", "DUPONT-MORETTI Élodie"),
        ("Mlle Zoé de LA FONTAINE", "DE LA FONTAINE Zoé"),
        ("Monsieur Jean-Pierre ÉTIENNE", "ÉTIENNE Jean-Pierre"),
        ("Dr MARTIN Paul", "MARTIN Paul"),
        ("DUPONT JEAN", "DUPONT Jean"),
        ("HAMON Rémi (M.)", "HAMON Rémi"),  # a civility in brackets after the name, as "(Mme)" is
        ("12 rue", None),
    ],
)
def test_names(text: str, expected: str | None) -> None:
    assert values.parse_name(text) == expected


def test_fold_and_tokens() -> None:
    assert fold("Émise le") == "emise le"
    assert tokens("N° de sécurité sociale") == tokens("NUMERO DE SECURITE SOCIALE")
    assert tokens("Né(e) le") == ["ne", "le"]


# ---------------------------------------------------------------- labels


def test_simple_invoice() -> None:
    document = one([lines_page(INVOICE)])
    assert value(document, "rpps") == "10003879623"
    assert value(document, "invoice_number") == "F-2025-0142"
    assert value(document, "invoice_date") == "2025-09-20"
    assert value(document, "patient_name") == "LE GALL Yann"
    assert value(document, "nir") == "185057800608491"
    assert value(document, "care_date") == "2025-09-05"
    assert value(document, "total_amount") == "32.26"
    assert document.kind == "invoice"
    assert not document.needs_review, document.review_reasons
    assert all(f.confidence >= 0.9 for f in document.fields.values())


def test_a_reader_note_for_a_clerk_sends_the_document_to_review() -> None:
    """A photo of several sheets read as one page: the reader's note is the reason, the fields alone
    would have been accepted (the other invoice was lost silently)."""
    note = "À vérifier : photo de 2 feuilles lue comme une seule page, une facture peut manquer"
    page = replace(lines_page(INVOICE), notes=["fond autour de la page effacé", note, note])
    document = one([page])
    assert document.needs_review
    assert document.review_reasons == [note]


@pytest.mark.parametrize(
    ("label", "name", "printed", "expected"),
    [
        ("RPPS", "rpps", "10003879623", "10003879623"),
        ("Identifiant RPPS", "rpps", "100 038 796 23", "10003879623"),
        ("N° ADELI", "adeli", "751012345", "751012345"),
        ("N° FINESS", "finess", "750712184", "750712184"),
        ("N° SS", "nir", "185057800608491", "185057800608491"),
        ("N° d'immatriculation", "nir", "1 85 05 78 006 084 91", "185057800608491"),
        ("NIR", "nir", "185057800608491", "185057800608491"),
        ("Réf. facture", "invoice_number", "2025/0142", "2025/0142"),
        ("Date de l'acte", "care_date", "15.09.25", "2025-09-15"),
        ("Soins du", "care_date", "02/09/2025 au 12/09/2025", "2025-09-02"),
        ("Émise le", "invoice_date", "15 septembre 2025", "2025-09-15"),
        ("Total honoraires", "total_amount", "1 234,56 €", "1234.56"),
        ("Part Sécu", "amo_amount", "84,00", "84.00"),
        ("Remboursement Sécurité sociale", "amo_amount", "84,00 €", "84.00"),
        ("PC Mutuelle", "amc_amount", "12,00", "12.00"),
        ("Reste à charge", "patient_amount", "4,00 €", "4.00"),
        ("À régler par le patient", "patient_amount", "4,00 €", "4.00"),
        ("Bénéficiaire", "patient_name", "Mme DUPONT Marie", "DUPONT Marie"),
        ("Date de naissance", "patient_birth_date", "01/02/1980", "1980-02-01"),
        ("N° AMC", "amc_number", "12345678", "12345678"),
    ],
)
def test_label_variants(label: str, name: str, printed: str, expected: str) -> None:
    document = one([lines_page(f"Facture\n{label} : {printed}")])
    assert value(document, name) == expected


def test_labels_are_case_accent_and_ocr_tolerant() -> None:
    document = one(
        [lines_page("FACTURE\nNUMERO DE SECURITE SOCIALE 185057800608491\nDate des solns : 05/09/2025")]
    )
    assert value(document, "nir") == "185057800608491"
    assert value(document, "care_date") == "2025-09-05"


def test_value_below_label() -> None:
    page = page_of(
        [
            (20, [(40, "Facture")]),
            (60, [(40, "N° RPPS"), (300, "N° facture")]),
            (75, [(40, "10003879623"), (300, "F-88")]),
        ]
    )
    document = one([page])
    assert value(document, "rpps") == "10003879623"
    assert value(document, "invoice_number") == "F-88"


# ---------------------------------------------------------------- distractors


def test_phone_siret_iban_postcode_are_not_ids() -> None:
    page = lines_page("""
Facture
Tél : 01 43 55 66 77  Fax 01 43 55 66 78
SIRET : 732 829 320 00074
12 rue des Lilas 75011 Paris
IBAN : FR76 3000 6000 0112 3456 7890 189
""")
    document = one([page])
    for name in ("rpps", "adeli", "finess", "nir", "amc_number"):
        assert name not in document.fields


def test_prescriber_rpps_is_not_the_practitioner() -> None:
    page = lines_page("""
Facture n° 77
Prescripteur : Dr Paul DURAND
RPPS : 10101010105
""")
    assert "rpps" not in one([page]).fields
    page = lines_page("Facture n° 77\nRPPS : 10003879623\nPrescrit par Dr DURAND RPPS 10101010105")
    assert value(one([page]), "rpps") == "10003879623"
    page = lines_page("Facture n° 77\nDr DURAND (prescripteur) RPPS 10101010105\nN° RPPS : 10003879623")
    assert value(one([page]), "rpps") == "10003879623"


def test_rpps_on_the_prescription_line_is_the_prescribers() -> None:
    """An optician invoices under its FINESS; the ophthalmologist named with the ordonnance is not it."""
    page = lines_page("Facture n° F40-77\nN° FINESS 212467724\n"
                      "Ordonnance du 05.04.2025 — Dr PELLETIER, ophtalmologiste, RPPS 10101010105")
    document = one([page])
    assert "rpps" not in document.fields and value(document, "finess") == "212467724"


def test_label_less_rpps_is_weak() -> None:
    document = one([lines_page("Facture n° 12\nMme Claire MARTIN 10003879623")])
    rpps = document.fields.get("rpps")
    assert rpps is not None and rpps.confidence < 0.85
    assert document.needs_review


# ---------------------------------------------------------------- dates


def test_care_date_is_not_birth_prescription_or_issue_date() -> None:
    page = lines_page("""
Facture n° 12
Date de facturation : 20/09/2025
Né(e) le 03/04/1985
Ordonnance du 01/09/2025
Date de prescription : 01/09/2025
Date des soins : 05/09/2025
""")
    document = one([page])
    assert value(document, "care_date") == "2025-09-05"
    assert value(document, "invoice_date") == "2025-09-20"
    assert value(document, "patient_birth_date") == "1985-04-03"


def test_care_date_from_acts_table_is_the_first_day() -> None:
    page = page_of(
        [
            (20, [(40, "Facture n° 5")]),
            (60, [(40, "Date"), (120, "Acte"), (250, "Montant")]),
            (75, [(40, "08/09/2025"), (120, "AMI 1"), (250, "3,15")]),
            (90, [(40, "05/09/2025"), (120, "AMI 1"), (250, "3,15")]),
        ]
    )
    assert value(one([page]), "care_date") == "2025-09-05"


def test_quote_has_no_care_date() -> None:
    document = one([lines_page("DEVIS n° D-12\nDate du devis : 10/09/2025\nDate des soins : 05/09/2025")])
    assert document.kind == "quote"
    assert "care_date" not in document.fields
    assert not any("Date des soins" in r for r in document.review_reasons)


# ---------------------------------------------------------------- sums


def _amounts_page(total: str, amo: str, amc: str, rac: str) -> Page:
    return page_of(
        [
            (20, [(40, "Facture n° 9")]),
            (60, [(40, "Acte"), (200, "Montant"), (280, "Part AMO"), (360, "Part AMC"), (440, "RAC")]),
            (75, [(40, "AMK 7.5"), (200, "16,13"), (280, "9,68"), (360, "6,45"), (440, "0,00")]),
            (90, [(40, "AMK 7.5"), (200, "16,13"), (280, "9,68"), (360, "6,45"), (440, "0,00")]),
            (110, [(40, "Total"), (200, total), (280, amo), (360, amc), (440, rac)]),
        ]
    )


def test_sums_agree_raise_confidence() -> None:
    document = one([_amounts_page("32,26", "19,36", "12,90", "0,00")])
    assert value(document, "total_amount") == "32.26"
    assert value(document, "amo_amount") == "19.36"
    assert value(document, "amc_amount") == "12.90"
    assert value(document, "patient_amount") == "0.00"
    assert document.fields["total_amount"].confidence >= 0.95
    assert "Total ≠ AMO + AMC + reste à charge" not in document.review_reasons


def test_sums_disagree_lower_confidence() -> None:
    document = one([_amounts_page("38,26", "19,36", "12,90", "0,00")])
    assert "Total ≠ AMO + AMC + reste à charge" in document.review_reasons
    assert document.fields["total_amount"].confidence < 0.85
    assert document.needs_review


def test_missing_member_is_not_invented() -> None:
    document = one(
        [lines_page("Facture n° 3\nMontant total : 30,00 €\nPart AMO : 18,00 €\nReste à charge : 0,00 €")]
    )
    assert "amc_amount" not in document.fields


# ---------------------------------------------------------------- batches and absent fields


def test_two_invoice_batch_is_split() -> None:
    first = lines_page(INVOICE, number=1)
    second = lines_page(INVOICE.replace("F-2025-0142", "F-2025-0143").replace("32,26", "50,00"), number=2)
    documents = extract_documents([first, second])
    assert [d.pages for d in documents] == [[1], [2]]
    assert [value(d, "invoice_number") for d in documents] == ["F-2025-0142", "F-2025-0143"]
    assert value(documents[1], "total_amount") == "50.00"


def test_continuation_page_stays_with_its_invoice() -> None:
    first = lines_page(INVOICE, number=1)
    second = lines_page("Page 2/2\nSoins du 05/09/2025 - suite", number=2)
    assert [d.pages for d in extract_documents([first, second])] == [[1, 2]]


def test_absent_fields_stay_absent() -> None:
    document = one([lines_page("Facture n° 41\nMontant total : 30,00 €")])
    assert set(document.fields) == {"invoice_number", "total_amount"}
    assert "NIR absent" in document.review_reasons
    assert "N° RPPS / ADELI / FINESS absent" in document.review_reasons
    assert "Date des soins absent" in document.review_reasons


def test_empty_pages() -> None:
    assert extract_documents([]) == []
    assert extract_documents([Page(1, 100, 100)]) == []


# ---------------------------------------------------------------- OCR pages are held to lower confidence


def test_ocr_page_confidence_is_conservative() -> None:
    document = one([lines_page(INVOICE, source="ocr", conf=0.8)])
    assert value(document, "invoice_number") == "F-2025-0142"
    assert document.fields["invoice_number"].confidence < 0.9
    repaired = one([lines_page(INVOICE.replace("10003879623", "1OOO3879623"), source="ocr", conf=0.95)])
    assert value(repaired, "rpps") == "10003879623"
    assert repaired.fields["rpps"].source == "ocr-repair"
    assert repaired.fields["rpps"].confidence < 0.9


# ---------------------------------------------------------------- text fields and merge


def test_text_fields_from_subject() -> None:
    found = extract_text_fields(
        "RPPS 10003879623 - facture n° F-2025-0142 - NIR 1 85 05 78 006 084 91", source="subject"
    )
    assert found["rpps"].value == "10003879623"
    assert found["invoice_number"].value == "F-2025-0142"
    assert found["nir"].value == "185057800608491"
    assert found["rpps"].source == "subject"
    assert extract_text_fields("Bonjour, rien à signaler", source="body") == {}


def test_merge_agreement_raises_confidence() -> None:
    document = one([lines_page(INVOICE)])
    document.fields["rpps"].confidence = 0.8
    subject = extract_text_fields("RPPS 10003879623", source="subject")
    merged = merge_fields([document], [subject])
    assert merged["rpps"].value == "10003879623"
    assert merged["rpps"].confidence > 0.8
    other = {"rpps": Field("rpps", "10101010105", 0.9, source="body")}
    assert merge_fields([document], [other])["rpps"].confidence < 0.9


# ---------------------------------------------------------------- a real text PDF


def test_text_pdf_with_no_break_spaces(tmp_path: Path) -> None:
    reportlab = pytest.importorskip("reportlab.pdfgen.canvas")
    path = tmp_path / "f.pdf"
    canvas = reportlab.Canvas(str(path))
    canvas.setFont("Helvetica", 10)
    rows = [
        "FACTURE N° 2025-77",
        "N° RPPS : 10003879623",
        "Patient : Mme DUPONT Marie",
        "N° SS : 2 85 07 99 001 001 30",
        "Date des soins : 15 septembre 2025",
        "Montant total : 1\u00a0234,56 €",
    ]
    for i, row in enumerate(rows):
        canvas.drawString(40, 800 - 18 * i, row)
    canvas.save()
    from bench.fields_eval import pages_from_pdf

    document = one(pages_from_pdf(path))
    assert value(document, "nir") == "285079900100130"
    assert value(document, "care_date") == "2025-09-15"
    assert value(document, "total_amount") == "1234.56"
    assert value(document, "patient_name") == "DUPONT Marie"


def test_beneficiary_is_the_patient_not_the_insured_parent() -> None:
    page = lines_page("""
Facture n° 5
Assuré : M. MARTIN Paul    N° SS assuré : 1 85 05 78 006 084 91
Bénéficiaire des soins : MARTIN Léa
Date de naissance : 12/03/2015
""")
    document = one([page])
    assert value(document, "patient_name") == "MARTIN Léa"
    assert value(document, "nir") == "185057800608491"
    assert value(document, "patient_birth_date") == "2015-03-12"
    only_insured = one([lines_page("Facture n° 5\nAssuré(e) : Mme DUPONT Marie")])
    assert value(only_insured, "patient_name") == "DUPONT Marie"


def test_sentence_under_an_amount_column_is_not_a_second_row() -> None:
    """Label-above amounts, then a sentence whose amount falls under the Total column."""
    page = page_of(
        [
            (
                100.0,
                [(40.0, "Total"), (140.0, "Part Sécu"), (240.0, "Part Mutuelle"), (360.0, "Reste à charge")],
            ),
            (114.0, [(40.0, "34,56 €"), (140.0, "20,73 €"), (240.0, "13,83 €"), (360.0, "0,00 €")]),
            (138.0, [(5.0, "Valeur de la lettre clé B : 0,27 €. Tiers payant appliqué sur présentation")]),
        ]
    )
    document = one([page])
    assert value(document, "total_amount") == "34.56"
    assert value(document, "amo_amount") == "20.73"


def test_nir_right_after_an_invoice_number_is_found() -> None:
    page = lines_page("Facture N° : KIN-2025-031 1 90 08 67 482 312 39\nPatient : M. ROUSSEAU Gaëtan")
    assert value(one([page]), "nir") == "190086748231239"


def test_nir_and_birth_date_that_agree_raise_both_on_ocr() -> None:
    text = "N° de sécurité sociale : 1 90 08 67 482 312 39\nNé le : 17/08/1990"
    document = one([lines_page(text, source="ocr", conf=0.8)])
    assert value(document, "nir") == "190086748231239"
    assert document.fields["nir"].confidence >= 0.9
    assert document.fields["patient_birth_date"].confidence >= 0.9
    other = one(
        [
            lines_page(
                "N° de sécurité sociale : 1 90 08 67 482 312 39\nNé le : 17/08/2019", source="ocr", conf=0.8
            )
        ]
    )
    assert other.fields["patient_birth_date"].confidence < 0.9  # a child's birth date proves nothing


def test_ocr_noise_words_do_not_split_a_label() -> None:
    page = page_of(
        [(100.0, [(40.0, "N° d'assuré"), (100.0, "nn"), (115.0, "social : 1 90 08 67 482 312 39")])],
        source="ocr",
        conf=0.9,
    )
    page.words = [
        w if w.text != "nn" else Word("nn", w.x0, w.y0, w.x1, w.y1, 0.05, w.line) for w in page.words
    ]
    assert value(one([page]), "nir") == "190086748231239"


# ---------------------------------------------------------------- generalisation (held-out layouts)


@pytest.mark.parametrize(
    ("label", "name", "printed", "expected"),
    [
        ("Remb. RO", "amo_amount", "480,00 €", "480.00"),
        ("Remb. RC", "amc_amount", "1 420,00 €", "1420.00"),
        ("Prise en charge complémentaire", "amc_amount", "12,60 €", "12.60"),
        ("Part AMC demandée", "amc_amount", "729,00 €", "729.00"),
        ("Montant dû", "patient_amount", "30,00 €", "30.00"),
        ("Net à payer", "patient_amount", "0,00 €", "0.00"),
        ("Reste dû assuré", "patient_amount", "0,00 EUR", "0.00"),
        ("Reste à payer par le patient", "patient_amount", "0,00 €", "0.00"),
        ("Réf. du titre", "invoice_number", "T2025-004871", "T2025-004871"),
        ("Pièce n°", "invoice_number", "000418", "000418"),
        ("Réf.", "invoice_number", "OR-25-0093", "OR-25-0093"),
        ("Facture", "invoice_number", "FS 000 8841", "FS 000 8841"),
        ("Prélevé le", "care_date", "14/10/2025 à 07h42", "2025-10-14"),
        ("Entrée le", "care_date", "06/10/2025", "2025-10-06"),
        ("Édition", "invoice_date", "16/10/2025", "2025-10-16"),
        ("Enfant", "patient_name", "Maël BOUCHÉ", "BOUCHÉ Maël"),
        ("Facturé pour", "patient_name", "M. VANDENBERGHE Jean-Loïc", "VANDENBERGHE Jean-Loïc"),
        ("Ident. PS", "adeli", "2 9 4 3 3 0 1 4 7", "294330147"),
        ("N° d'immatriculation", "nir", "2 4 4 0 5 2 9 6 7 3 0 3 1 0 3", "244052967303103"),
        ("N° SS", "nir", "186072A145070  clé 33", "186072A14507033"),
    ],
)
def test_more_label_wordings(label: str, name: str, printed: str, expected: str) -> None:
    document = one([lines_page(f"Facture\n{label} : {printed}")])
    assert value(document, name) == expected


def test_label_glued_to_its_value() -> None:
    document = one([lines_page("Facture n° 12\nDate de naissance17/05/1944")])
    assert value(document, "patient_birth_date") == "1944-05-17"


def test_header_row_values_below_in_cells() -> None:
    """Headings in a row, each value right-aligned in its cell under it (not under the label words)."""
    page = page_of(
        [
            (20, [(40, "Facture n° 12")]),
            (100, [(40, "Montant total"), (160, "Remb. RO"), (260, "Remb. RC"), (360, "Montant dû")]),
            (115, [(100, "188,76 €"), (210, "113,26 €"), (310, "75,50 €"), (420, "0,00 €")]),
        ]
    )
    document = one([page])
    assert value(document, "total_amount") == "188.76"
    assert value(document, "amo_amount") == "113.26"
    assert value(document, "amc_amount") == "75.50"
    assert value(document, "patient_amount") == "0.00"


def test_header_row_of_boxes_with_other_words() -> None:
    """ "Date des soins  Cotation  Désignation  Montant" is a table header: the care date is below."""
    page = page_of(
        [
            (20, [(40, "Feuille de soins n° 12")]),
            (100, [(40, "Date des soins"), (140, "Cotation"), (220, "Désignation"), (400, "Montant €")]),
            (115, [(40, "23.09.25"), (140, "AMI 1"), (220, "Injection"), (400, "3,15")]),
            (130, [(40, "22.09.25"), (140, "AMI 1"), (220, "Injection"), (400, "3,15")]),
        ]
    )
    assert value(one([page]), "care_date") == "2025-09-22"


def test_totals_row_under_amount_columns() -> None:
    page = page_of(
        [
            (20, [(40, "Relevé n° R-12")]),
            (100, [(40, "Date"), (100, "Montant"), (180, "Remb. RO"), (260, "Remb. RC"), (340, "Reste")]),
            (115, [(40, "02/09/2025"), (100, "12,60"), (180, "7,56"), (260, "5,04"), (340, "0,00")]),
            (130, [(40, "05/09/2025"), (100, "12,60"), (180, "7,56"), (260, "5,04"), (340, "0,00")]),
            (145, [(40, "TOTAUX"), (100, "25,20"), (180, "15,12"), (260, "10,08"), (340, "0,00")]),
        ]
    )
    document = one([page])
    assert value(document, "total_amount") == "25.20"
    assert value(document, "amo_amount") == "15.12"
    assert value(document, "amc_amount") == "10.08"
    assert value(document, "patient_amount") == "0.00"


def test_total_word_of_another_block_does_not_make_a_totals_row() -> None:
    """A "Total TTC" box printed right of a table line does not make that line the totals row."""
    page = page_of(
        [
            (20, [(40, "Devis n° D-1")]),
            (100, [(40, "Élément"), (120, "Prix TTC"), (200, "PC Sécu"), (280, "PC Mutuelle")]),
            (115, [(40, "Monture"), (120, "30,00"), (200, "18,00"), (280, "12,00")]),
            (130, [(40, "Verre"), (120, "32,50"), (200, "19,50"), (280, "13,00"), (420, "Total TTC")]),
        ]
    )
    document = one([page])
    for name in ("amo_amount", "amc_amount"):
        found = document.fields.get(name)
        assert found is None or found.confidence < 0.9


def test_act_code_is_not_an_amount_label() -> None:
    page = lines_page("Facture n° 12\n03/09/2025 AMO 12.1 Rééducation 31,46\nAMO 12.1 séance 31,46")
    assert "amo_amount" not in one([page]).fields


def test_separate_name_and_first_name_boxes() -> None:
    page = page_of(
        [
            (20, [(40, "Demande de prise en charge n° 12")]),
            (100, [(40, "Nom du bénéficiaire"), (200, "Prénom"), (300, "Né(e) le")]),
            (115, [(40, "N'DIAYE"), (200, "Aïssatou"), (300, "02/11/1995")]),
        ]
    )
    document = one([page])
    assert value(document, "patient_name") == "N'DIAYE Aïssatou"
    assert value(document, "patient_birth_date") == "1995-11-02"


def test_labelled_line_under_a_heading_is_not_the_heading_value() -> None:
    page = lines_page("Facture n° 1\nASSURÉ / BÉNÉFICIAIRE\nNom : MARCHAND\nPrénom : Zoé")
    assert value(one([page]), "patient_name") == "MARCHAND Zoé"


def test_value_in_a_box_below_right_of_its_label() -> None:
    page = page_of(
        [
            (20, [(40, "Devis n° D-1")]),
            (100, [(400, "PC Sécu")]),
            (112, [(40, "Offre Classe B — tarifs libres"), (480, "0,12 €")]),
        ]
    )
    assert value(one([page]), "amo_amount") == "0.12"


def test_insured_name_taken_as_patient_is_never_sure() -> None:
    document = one([lines_page("Facture n° 12\nAssuré : M. Thomas BOUCHÉ")])
    found = document.fields["patient_name"]
    assert found.value == "BOUCHÉ Thomas" and found.confidence < 0.9


def test_referring_doctor_rpps_is_not_the_practitioner() -> None:
    page = page_of(
        [
            (20, [(40, "Facture n° 12")]),
            (40, [(40, "No RPPS 17802345888"), (300, "Médecin demandeur : Dr Claire WEBER")]),
            (53, [(300, "(RPPS 18926316623)")]),
        ]
    )
    assert value(one([page]), "rpps") == "17802345888"
    page = lines_page("Facture n° 12\nAdressé par Dr WEBER RPPS 18926316623")
    assert "rpps" not in one([page]).fields


# ---------------------------------------------------------------- generic labels, sums, calibration


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("Remb. Sécurité soc.", "amo_amount"),
        ("Remboursé CPAM", "amo_amount"),
        ("Montant mutuelle", "amc_amount"),
        ("Prise en charge mut.", "amc_amount"),
        ("Reste patient", "patient_amount"),
        ("Somme due", None),  # no concept word for "due" alone: not guessed
        ("Net TTC", "total_amount"),
    ],
)
def test_generic_label_by_concept_words(label: str, name: str | None) -> None:
    document = one([lines_page(f"Facture n° 12345\n{label} : 24,00 €")])
    found = [n for n in ("total_amount", "amo_amount", "amc_amount", "patient_amount") if n in document.fields]
    if name is None:
        assert found in ([], ["total_amount"])
        return
    assert found == [name]
    assert document.fields[name].confidence < 0.85  # a concept is weaker than an exact wording


def test_generic_label_is_weaker_than_exact_and_ignores_prose() -> None:
    exact = one([lines_page("Facture n° 12345\nPart mutuelle : 24,00 €")]).fields["amc_amount"]
    generic = one([lines_page("Facture n° 12345\nMontant mutuelle : 24,00 €")]).fields["amc_amount"]
    assert generic.confidence < exact.confidence
    prose = one([lines_page("Facture n° 12345\nSoins réglés par l'assurance maladie 24,00 €")])
    assert "amo_amount" not in prose.fields
    blocked = one([lines_page("Facture n° 12345\nBase remb. Sécu 24,00 €")])
    assert "amo_amount" not in blocked.fields


def test_generic_practitioner_id_heading() -> None:
    page = page_of(
        [
            (20, [(40, "Facture n° 2025-77"), (300, "Identification du professionnel")]),
            (35, [(300, "10003879623")]),
        ]
    )
    assert value(one([page]), "rpps") == "10003879623"


def test_generic_amounts_auto_accept_when_the_sums_agree() -> None:
    page = lines_page("""
Facture n° 2025-0042
Montant global : 30,00 €
Remb. Sécurité soc. : 18,00 €
Montant mutuelle : 12,00 €
Reste patient : 0,00 €
""")
    document = one([page])
    assert value(document, "amo_amount") == "18.00" and value(document, "amc_amount") == "12.00"
    assert document.fields["amc_amount"].confidence >= 0.85


def test_fourth_amount_printed_without_label_is_taken_when_the_sums_call_for_it() -> None:
    page = page_of(
        [
            (20, [(40, "Facture n° 2025-9")]),
            (40, [(40, "Montant total : 30,00 €")]),
            (60, [(40, "Part AMO : 18,00 €")]),
            (80, [(40, "Reste à charge : 0,00 €")]),
            (100, [(200, "12,00 €")]),
        ]
    )
    document = one([page])
    assert value(document, "amc_amount") == "12.00"
    assert document.fields["amc_amount"].confidence < 0.9
    assert document.fields["total_amount"].confidence >= 0.9


def test_line_amounts_adding_up_confirm_the_total() -> None:
    rows = [(20.0, [(40.0, "Facture n° 2025-9")]), (40.0, [(40.0, "Acte"), (300.0, "Montant")])]
    rows += [(55.0 + 15 * i, [(40.0, "AMK 7.5"), (300.0, "16,13")]) for i in range(3)]
    rows.append((120.0, [(40.0, "Somme à régler"), (300.0, "48,39")]))
    rows.append((140.0, [(40.0, "Montant : 48,39 €")]))
    confirmed = one([page_of(rows)]).fields["total_amount"]
    alone = one([lines_page("Facture n° 2025-9\nMontant : 48,39 €")]).fields["total_amount"]
    assert confirmed.value == "48.39" and confirmed.confidence > alone.confidence


def test_checksum_lifts_an_id_under_a_generic_label() -> None:
    page = page_of([(20, [(40, "Facture n° 2025-77")]), (40, [(40, "Ident. PS")]), (55, [(40, "10003879623")])])
    found = one([page]).fields["rpps"]
    assert found.value == "10003879623" and found.confidence >= 0.85


def test_one_plausible_reference_passes_review_but_is_never_sure() -> None:
    document = one([lines_page(INVOICE.replace("FACTURE N° F-2025-0142", "Réf. CSI-0925-117"))])
    found = document.fields["invoice_number"]
    assert found.value == "CSI-0925-117" and 0.85 <= found.confidence < 0.9
    rivals = one([lines_page(INVOICE.replace("FACTURE N° F-2025-0142", "Réf. CSI-0925-117\nRéf. AB-2025-99"))])
    assert rivals.fields["invoice_number"].confidence < 0.85


def test_care_date_after_issue_date_is_doubted() -> None:
    right = one([lines_page(INVOICE)]).fields["care_date"]
    wrong = one([lines_page(INVOICE.replace("Date des soins : 05/09/2025", "Date des soins : 25/09/2025"))])
    assert wrong.fields["care_date"].confidence < right.confidence
    assert wrong.needs_review


def test_prescriber_heading_in_a_header_row_on_an_ocr_page() -> None:
    """Pixel units (an OCR page at 300 dpi): the heading is far left of the RPPS in pixels."""
    scale = 4.0
    rows = [
        (20, [(40, "Facture n° 2025-77")]),
        (60, [(40, "Prélevé le"), (160, "Édition"), (260, "Prescripteur")]),
        (75, [(40, "14/10/2025"), (160, "16/10/2025"), (260, "Dr Karim BENHAMOU — RPPS 10101010105")]),
    ]
    page = page_of(rows, source="ocr", conf=0.95)
    words = [replace(w, x0=w.x0 * scale, x1=w.x1 * scale, y0=w.y0 * scale, y1=w.y1 * scale) for w in page.words]
    page = replace(page, words=words)
    assert "rpps" not in one([page]).fields


def test_amc_number_after_the_insurer_name() -> None:
    document = one([lines_page("Facture n° 2025-77\nComplémentaire : Malakoff Humanis — n° 30955972")])
    assert value(document, "amc_number") == "30955972"
    assert "amc_amount" not in document.fields


def test_date_printed_a_little_above_its_label_in_the_same_row() -> None:
    page = page_of([(20, [(40, "Facture n° 2025-77")]), (40, [(300, "Date d'émission")])])
    date = Word("17/10/2025", 420, 38, 470, 47, 1.0, 2)  # its own text line, a little higher
    page = replace(page, words=[*page.words, date])
    assert value(one([page]), "invoice_date") == "2025-10-17"


def test_date_above_its_label_in_a_box() -> None:
    page = page_of([(20, [(40, "Facture n° 2025-77")]), (40, [(300, "17/10/2025")]), (52, [(300, "Date d'émission")])])
    assert value(one([page]), "invoice_date") == "2025-10-17"


def test_first_name_box_on_the_row_below() -> None:
    page = page_of(
        [
            (20, [(40, "Facture n° 2025-77")]),
            (40, [(40, "Praticien"), (300, "Nom du patient")]),
            (55, [(40, "Dr Erwan KERGOAT"), (300, "LE BIHAN")]),
            (70, [(40, "Ident. PS"), (300, "Prénom")]),
            (85, [(40, "10003879623"), (300, "Maïwenn")]),
        ]
    )
    assert value(one([page]), "patient_name") == "LE BIHAN Maïwenn"


def test_invoice_number_does_not_swallow_the_next_number() -> None:
    assert values.parse_invoice_number("INF 2025/09-13 151 0263 113 498").value == "INF 2025/09-13"  # type: ignore[union-attr]
    assert values.parse_invoice_number("FS 000 8841").value == "FS 000 8841"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("line", "name", "expected"),
    [
        ("Folio : 2025-04145", "invoice_number", "2025-04145"),
        ("Sécurité sociale n° : 1 91 11 33 346 576 19", "nir", "191113334657619"),
        ("Total du séjour 7 428,40 €", "total_amount", "7428.40"),
        ("Total à payer par le patient 0,00 €", "patient_amount", "0.00"),
        ("DATE DELIVRANCE: 05/03/2025", "care_date", "2025-03-05"),
        ("BENEF.: DURAND Paul", "patient_name", "DURAND Paul"),
        ("Identifiant du praticien : 10003879623", "rpps", "10003879623"),
    ],
)
def test_more_label_wordings_on_one_line(line: str, name: str, expected: str) -> None:
    assert value(one([lines_page(f"Cabinet Dupont\n{line}")]), name) == expected


def test_sécurité_sociale_number_is_not_an_amount_label() -> None:
    document = one([lines_page("Facture n° 2025-77\nSécurité sociale n° : 1 91 11 33 346 576 19")])
    assert "amo_amount" not in document.fields


def test_longer_label_starting_inside_a_shorter_one_wins() -> None:
    document = one([lines_page("FACTURE N° de pièce : 68410004")])
    assert value(document, "invoice_number") == "68410004"


def test_place_and_date_in_a_cell_of_a_wider_line() -> None:
    page = page_of([(20, [(40, "Facture N° 0425"), (400, "Nantes, le 04-03-25")])])
    assert value(one([page]), "invoice_date") == "2025-03-04"


def test_place_and_date_with_a_weekday() -> None:
    document = one([lines_page("Facture n° 2025-77\nAjaccio, le lundi 3 mars 2025")])
    assert value(document, "invoice_date") == "2025-03-03"


def test_le_date_alone_in_its_cell_is_the_issue_date() -> None:
    page = page_of([(20, [(40, "Audition Provence"), (400, "N° devis : DN2503-524")]), (35, [(400, "Le 10/03/2025")])])
    assert value(one([page]), "invoice_date") == "2025-03-10"
    prose = one([lines_page("Facture n° 2025-77\nLe 10/03/2025, le patient a annulé")])
    assert "invoice_date" not in prose.fields


def test_weak_label_gives_way_to_a_concept_wording() -> None:
    document = one([lines_page("Facture n° 2025-77\nMontant remboursé par l'Assurance Maladie 231,00 €")])
    assert value(document, "amo_amount") == "231.00"
    assert "total_amount" not in document.fields


def test_usage_name_with_first_name_two_lines_below() -> None:
    page = lines_page("""
Relevé N° : 2025-02-55944
Nom d'usage : LEMAIRE
Nom de naissance : FAURE
Prénom : Odette
""")
    assert value(one([page]), "patient_name") == "LEMAIRE Odette"


@pytest.mark.parametrize(
    "text",
    [
        "Reçu de Mme Inès CHAKROUN la somme de 60 € pour une séance.",
        "Je soussigné certifie avoir reçu de Madame\nInès CHAKROUN, la somme de soixante euros.",
    ],
)
def test_receipt_sentence_names_the_patient(text: str) -> None:
    document = one([lines_page(f"Note d'honoraires n° 2025-77\n{text}")])
    assert value(document, "patient_name") == "CHAKROUN Inès"
    assert document.fields["patient_name"].confidence < 0.85


def test_addressee_with_civility_after_pour() -> None:
    document = one([lines_page("Devis n° SF-D-2025-018\nPour : Mme Camille ROUQUETTE\nNée le 14/07/1993")])
    assert value(document, "patient_name") == "ROUQUETTE Camille"


def test_care_date_wrapped_to_the_next_line_of_a_sentence() -> None:
    page = lines_page("""
Reçu d'honoraires n° R98-654
certifie avoir reçu la somme de 75,00 € pour une consultation effectuée le
12/02/2025.
Patient né le 23/11/1991
""")
    assert value(one([page]), "care_date") == "2025-02-12"


def test_le_followed_by_a_colon_is_a_label_remnant_not_an_issue_date() -> None:
    document = one([lines_page("Facture n° 2025-77\nle : 17/08/1990")])  # "Né le :" with "Né" lost
    assert "invoice_date" not in document.fields


def test_name_under_addressed_to() -> None:
    page = lines_page("Facture n° P25-78\nAdressée à\nBARBIER Anaïs\nDate de naissance : 10/08/1971")
    assert value(one([page]), "patient_name") == "BARBIER Anaïs"


def test_legal_entity_finess_alone_goes_to_a_clerk() -> None:
    """ "FINESS juridique" names the owner; the site that invoices has its own ("géographique") number."""
    legal = one([lines_page("Facture n° 25-1\nEntité juridique : CH — FINESS juridique 517498499")])
    assert value(legal, "finess") == "517498499" and legal.fields["finess"].confidence < 0.85
    both = one([lines_page("Facture n° 25-1\nFINESS géographique : 514527860\n"
                           "Entité juridique : CH — FINESS juridique 517498499")])
    assert value(both, "finess") == "514527860" and both.fields["finess"].confidence >= 0.85


def test_abbreviated_prescriber_label_on_a_till_receipt() -> None:
    """Pharmacy receipts abbreviate: "PRESCR: RPPS 1..." is the prescriber, the pharmacy invoices."""
    page = lines_page("FACTURE N. 39-354291\nPh. FINESS 384742318\nPRESCR: RPPS 10101010105")
    document = one([page])
    assert "rpps" not in document.fields and value(document, "finess") == "384742318"
