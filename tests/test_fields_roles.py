"""Whose value it is: the document's own number and date against another paper's, a look-alike glyph
that must not pass review, a heading that names a value printed under it, a doctor whose prescription
is quoted, the member of a group practice who performed the acts. One test per general rule; the
wordings are made up for the tests."""

from __future__ import annotations

import doctest

from parsers.fields import extract
from parsers.fields.base import scan
from parsers.fields.candidates import label_candidates
from parsers.fields.layout import build_lines
from tests.test_fields import lines_page, one, page_of, value

THRESHOLD = 0.85


def confidence(document: object, name: str) -> float:
    return document.fields[name].confidence  # type: ignore[attr-defined,no-any-return]


def test_extract_doctests() -> None:
    failed, _ = doctest.testmod(extract)
    assert failed == 0


# ---------------------------------------------------------------- labels


def test_a_first_name_inside_a_compound_is_no_misread_label() -> None:
    document = one([lines_page("Facture n° 2025-318\nPatient : DUPUIS Marie-Françoise")])
    assert value(document, "patient_name") == "DUPUIS Marie-Françoise"


def test_delivery_box_of_a_pharmacy_is_the_care_date() -> None:
    document = one([lines_page("Facture n° 2025-318\nDélivrance 07/02/2025")])
    assert value(document, "care_date") == "2025-02-07"


# ---------------------------------------------------------------- another paper's date


def test_date_of_the_quote_an_invoice_follows_is_not_its_issue_date() -> None:
    page = page_of([
        (20.0, [(380.0, "FACTURE")]),
        (32.0, [(380.0, "N° OPT-55120")]),
        (44.0, [(380.0, "Date : 28/08/2025")]),
        (56.0, [(380.0, "Devis n° Q-77310 du 02/07/2025")]),
    ])
    document = one([page])
    assert value(document, "invoice_number") == "OPT-55120"
    assert value(document, "invoice_date") == "2025-08-28"


def test_approval_date_alone_leaves_the_issue_date_absent() -> None:
    document = one([lines_page("Facture n° OPT-55120\nAccord PEC n° 4471 du 09/07/2025")])
    assert "invoice_date" not in document.fields


def test_issue_date_wrapped_under_the_invoice_number() -> None:
    page = page_of([
        (20.0, [(40.0, "Dr MARTIN"), (380.0, "Facture n° 55871")]),
        (32.0, [(40.0, "Pédiatre"), (380.0, "du 03.10.25")]),
        (44.0, [(40.0, "RPPS 10003879623"), (380.0, "Réf. devis 118-22")]),
    ])
    document = one([page])
    assert value(document, "invoice_number") == "55871"
    assert value(document, "invoice_date") == "2025-10-03"


def test_spaced_out_title_names_an_invoice_not_the_quote_it_quotes() -> None:
    page = page_of(
        [
            (20.0, [(40.0, "Ordonnance"), (380.0, "Fac ture")]),
            (32.0, [(380.0, "N° AU-30419")]),
            (44.0, [(380.0, "Devis n° DQ-88120 du 14/05/2025")]),
        ],
        source="ocr", conf=0.95,
    )
    document = one([page])
    assert document.kind == "invoice"
    assert value(document, "invoice_number") == "AU-30419"


def test_a_label_after_the_number_under_the_title_does_not_take_it() -> None:
    page = page_of([
        (20.0, [(200.0, "FACTURE — CONSULTATIONS")]),
        (32.0, [(200.0, "N° CSP-4471 · établie le 9 mars 2025")]),
    ])
    document = one([page])
    assert value(document, "invoice_number") == "CSP-4471"
    assert value(document, "invoice_date") == "2025-03-09"


# ---------------------------------------------------------------- OCR reads that must not pass alone


def test_look_alike_glyph_where_letters_meet_digits_stays_under_review() -> None:
    clean = one([lines_page("Facture n° FR-7731/08", source="ocr", conf=0.96)])
    seam = one([lines_page("Facture n° VZO4415-22", source="ocr", conf=0.96)])
    assert confidence(clean, "invoice_number") >= THRESHOLD
    assert confidence(seam, "invoice_number") < THRESHOLD


def test_a_reference_read_otherwise_on_another_page_stays_under_review() -> None:
    first = lines_page("Avis de paiement\nFacture n° 18024-330517\nTotal 45,00 €", source="ocr", conf=0.96)
    second = lines_page("Suite de la facture\nPage 2/2 J8024-330517", source="ocr", conf=0.96, number=2)
    agreeing = lines_page("Suite de la facture\nPage 2/2 des actes", source="ocr", conf=0.96, number=2)
    assert confidence(one([first, agreeing]), "invoice_number") >= THRESHOLD
    document = one([first, second])
    assert value(document, "invoice_number") == "18024-330517"
    assert confidence(document, "invoice_number") < THRESHOLD


# ---------------------------------------------------------------- insurer numbers


def test_insurer_name_then_its_number_under_a_heading_that_names_the_number() -> None:
    page = page_of([
        (20.0, [(40.0, "Facture n° 2025-318")]),
        (40.0, [(40.0, "N° de sécurité sociale"), (300.0, "Organisme complémentaire (n°)")]),
        (52.0, [(40.0, "1 85 05 78 006 084 91"), (300.0, "Mutuelle Apivia · 722782956")]),
    ])
    assert value(one([page]), "amc_number") == "722782956"


def test_insurer_name_then_its_number_right_of_the_label() -> None:
    document = one([page_of([
        (20.0, [(40.0, "Facture n° 2025-318")]),
        (40.0, [(40.0, "Organisme complémentaire"), (200.0, "UNEO — n° 30955972")]),
    ])])
    assert value(document, "amc_number") == "30955972"


def test_an_insurer_name_with_other_words_after_the_digits_is_no_number() -> None:
    page = page_of([
        (20.0, [(40.0, "Facture n° 2025-318")]),
        (40.0, [(300.0, "Organisme complémentaire (n°)")]),
        (52.0, [(300.0, "Apivia · 722782956 contrat collectif")]),
    ])
    assert value(one([page]), "amc_number") is None


# ---------------------------------------------------------------- a prescription quoted


def test_doctor_whose_prescription_is_wrapped_under_is_the_prescriber() -> None:
    page = page_of([
        (20.0, [(40.0, "PHARMACIE DES HALLES"), (380.0, "FACTURE 55120")]),
        (32.0, [(40.0, "FINESS 876812777")]),
        (60.0, [(40.0, "Médecin"), (110.0, "Dr LEROY — RPPS 10003879623")]),
        (72.0, [(110.0, "ordonnance du 11/02/2025")]),
    ])
    document = one([page])
    assert "rpps" not in document.fields
    assert value(document, "finess") == "876812777"


def test_prescription_word_split_by_ocr_under_the_doctor_still_names_the_prescriber() -> None:
    page = page_of(
        [
            (20.0, [(40.0, "PHARMACIE DES HALLES"), (380.0, "FACTURE 55120")]),
            (32.0, [(40.0, "FINESS 876812777")]),
            (60.0, [(40.0, "Médecin"), (110.0, "Dr LEROY — RPPS 10003879623")]),
            (68.0, [(110.0, "ordonna nce du 11/02/2025")]),
        ],
        source="ocr", conf=0.95,
    )
    assert "rpps" not in one([page]).fields


def test_practitioners_own_id_above_a_line_of_their_block_is_kept() -> None:
    page = page_of([
        (20.0, [(40.0, "Mme Claire NOEL — Infirmière — RPPS 10003879623")]),
        (32.0, [(40.0, "Soins sur prescription médicale"), (380.0, "Facture n° 2025-318")]),
    ])
    assert value(one([page]), "rpps") == "10003879623"


# ---------------------------------------------------------------- a letter's date read by OCR


def test_ocr_comma_read_as_a_period_before_the_letters_date() -> None:
    document = one([lines_page("Facture n° 2025-318\nVannes. le 4 mars 2025", source="ocr", conf=0.95)])
    assert value(document, "invoice_date") == "2025-03-04"


def test_a_sentence_ending_before_a_dated_remark_is_no_letters_date() -> None:
    text = "Facture n° 2025-318\nSoins terminés. Le 4 mars 2025 le patient a repris le travail"
    document = one([lines_page(text, source="ocr", conf=0.95)])
    assert value(document, "invoice_date") != "2025-03-04"


def test_letters_date_under_the_acts_date_column_is_no_act_date() -> None:
    page = page_of([
        (20.0, [(40.0, "Facture n° 2025-318")]),
        (40.0, [(40.0, "Date"), (120.0, "Acte"), (400.0, "Montant")]),
        (52.0, [(40.0, "O3-O2-2O25"), (120.0, "Consultation"), (400.0, "30,00 €")]),
        (80.0, [(40.0, "Fait à Rennes, le 04.02.25")]),
    ])
    assert value(one([page]), "care_date") != "2025-02-04"


def test_title_misread_by_one_letter_still_names_an_invoice() -> None:
    page = lines_page(
        "Audition Plus\nFACTLRE n° AU-30419\nDevis n° DQ-88120 du 14/05/2025\nDate de délivrance : 20/06/2025",
        source="ocr", conf=0.9,
    )
    document = one([page])
    assert document.kind == "invoice"
    assert value(document, "care_date") == "2025-06-20"


def test_a_fracture_is_no_misread_invoice() -> None:
    page = lines_page("Devis n° DQ-88120 du 14/05/2025\nFracture du poignet gauche", source="ocr", conf=0.9)
    assert one([page]).kind == "quote"


# ---------------------------------------------------------------- a group practice


def test_member_who_performed_the_acts_is_the_one_who_invoices() -> None:
    page = page_of([
        (20.0, [(40.0, "Centre de soins des Tilleuls")]),
        (32.0, [(40.0, "Dr A. PETIT — RPPS 10003879623"), (300.0, "Dr B. GIRARD — RPPS 10222333444")]),
        (60.0, [(40.0, "Facture n° CS-2025-0781")]),
        (80.0, [(40.0, "Acte effectué par Dr B. GIRARD (RPPS 10222333444)")]),
    ])
    document = one([page])
    assert value(document, "rpps") == "10222333444"
    assert confidence(document, "rpps") >= THRESHOLD


def test_members_of_a_group_practice_without_a_performer_stay_ambiguous() -> None:
    page = page_of([
        (32.0, [(40.0, "Dr A. PETIT — RPPS 10003879623"), (300.0, "Dr B. GIRARD — RPPS 10222333444")]),
        (60.0, [(40.0, "Facture n° CS-2025-0781")]),
    ])
    assert confidence(one([page]), "rpps") < THRESHOLD


# ---------------------------------------------------------------- the acts' dates


def test_a_year_misread_down_the_acts_column_is_not_the_first_act() -> None:
    page = page_of([
        (20.0, [(40.0, "Facture n° 2025-318")]),
        (40.0, [(40.0, "Date des soins"), (200.0, "Acte"), (400.0, "Montant")]),
        (52.0, [(40.0, "14.10.25"), (200.0, "AMI 1"), (400.0, "3,15")]),
        (64.0, [(40.0, "15.10,25"), (200.0, "AMI 1"), (400.0, "3,15")]),
        (76.0, [(40.0, "16.10.28"), (200.0, "AMI 1"), (400.0, "3,15")]),
    ])
    assert value(one([page]), "care_date") == "2025-10-14"


# ---------------------------------------------------------------- one party invoices


def test_two_kinds_of_invoicer_identifier_send_the_document_to_a_clerk() -> None:
    alone = one([lines_page(
        "CENTRE THERMAL DES SOURCES\nN° FINESS 640780417\nFacture n° CT-5521\nNIR 1 85 05 78 006 084 91\n"
        "Cure du 02/06/2025 au 20/06/2025\nTotal 412,30 €"
    )])
    mentioned = one([lines_page(
        "CENTRE THERMAL DES SOURCES\nN° FINESS 640780417\nFacture n° CT-5521\nNIR 1 85 05 78 006 084 91\n"
        "Cure du 02/06/2025 au 20/06/2025\nTotal 412,30 €\n"
        "Surveillance médicale : Anne ROUX, RPPS 10003456786, honoraires facturés à part"
    )])
    assert not any("plusieurs facturants" in r for r in alone.review_reasons)
    assert {"finess", "rpps"} <= set(mentioned.fields)
    assert mentioned.needs_review
    assert any("plusieurs facturants possibles (N° RPPS et N° FINESS)" in r for r in mentioned.review_reasons)


def test_a_doctor_named_in_the_body_is_not_the_establishment_that_invoices() -> None:
    document = one([lines_page(
        "MAISON DE REPOS LES GENÊTS\nFINESS 330007782\nFacture n° MR-4410\nNIR 1 85 05 78 006 084 91\n"
        "Séjour du 02/06/2025 au 20/06/2025\nMédecin coordonnateur : Dr Paul VIDAL (RPPS 10004561238)\n"
        "Total 912,30 €"
    )])
    assert value(document, "finess") == "330007782"
    assert "rpps" not in document.fields
    assert not any("plusieurs facturants" in r for r in document.review_reasons)


def test_a_doctor_in_the_column_above_an_rpps_is_not_the_supplier_that_invoices() -> None:
    page = page_of([
        (20.0, [(40.0, "PODO-ORTHÈSES DU PORT")]),
        (32.0, [(40.0, "Julie ROCHE, podo-orthésiste — ADELI 691234561")]),
        (52.0, [(40.0, "Facture n° PO-2291")]),
        (72.0, [(40.0, "Assurée : Mme LEGRAND Inès"), (300.0, "Suivi : Pr Marc AUBERT (rhumatologie)")]),
        (84.0, [(40.0, "NIR 2 85 05 78 006 084 91"), (300.0, "RPPS 10004561238")]),
    ])
    document = one([page])
    assert value(document, "adeli") == "691234561"
    assert "rpps" not in document.fields


def test_the_number_a_corrective_invoice_replaces_is_not_its_own() -> None:
    document = one([lines_page(
        "FACTURE RECTIFICATIVE n° 2024-5512-R1\n"
        "Annule et remplace la facture n° 2024-5512 du 02/05/2025\nDate : 20/05/2025"
    )])
    assert value(document, "invoice_number") == "2024-5512-R1"
    assert value(document, "invoice_date") == "2025-05-20"
    replaced_only = one([lines_page("Note d'honoraires\nAnnule et remplace la facture n° 7781 du 02/05/2025")])
    assert value(replaced_only, "invoice_number") != "7781"


def test_establishment_under_the_prescribers_line_is_not_the_invoicer() -> None:
    page = page_of([
        (20.0, [(40.0, "Orthopédie du Port — orthèses sur mesure"), (380.0, "FACTURE n° OR-4471")]),
        (40.0, [(40.0, "Patient : M. DURAND Paul")]),
        (60.0, [(40.0, "Ordonnance du 02/05/2025 — Dr Anne VIDAL, rhumatologue, RPPS 10003879623")]),
        (74.0, [(40.0, "Centre hospitalier du Lac — FINESS 690781232")]),
    ])
    document = one([page])
    assert "finess" not in document.fields
    assert "rpps" not in document.fields
    assert document.needs_review


def test_invoicers_finess_under_a_prescription_line_with_no_id_is_kept() -> None:
    page = page_of([
        (20.0, [(40.0, "Pharmacie du Lac"), (380.0, "FACTURE n° 55120")]),
        (34.0, [(40.0, "FINESS 690781232")]),
        (60.0, [(40.0, "Ordonnance du 02/05/2025")]),
        (74.0, [(40.0, "Officine — FINESS 690781232")]),
    ])
    assert value(one([page]), "finess") == "690781232"


def test_bracketed_role_after_the_patient_label_is_no_name() -> None:
    page = page_of([
        (20.0, [(40.0, "FACTURE n° KP-20931")]),
        (60.0, [(40.0, "PATIENT (PERSONNE À CHARGE)"), (300.0, "DATE DE NAISSANCE")]),
        (72.0, [(40.0, "MOREAU Léon"), (300.0, "03/02/2016")]),
    ])
    document = one([page])
    assert value(document, "patient_name") == "MOREAU Léon"


def test_name_under_an_insured_heading_is_the_insured() -> None:
    page = page_of([
        (20.0, [(40.0, "Cabinet du Dr FAURE"), (300.0, "PARENT — ASSURÉ(E)")]),
        (32.0, [(300.0, "NOM ET PRÉNOM")]),
        (44.0, [(300.0, "M. MOREAU Alain")]),
        (80.0, [(40.0, "FACTURE n° KP-20931")]),
        (100.0, [(40.0, "PATIENT"), (300.0, "DATE DE NAISSANCE")]),
        (112.0, [(40.0, "MOREAU Léon"), (300.0, "03/02/2016")]),
    ])
    document = one([page])
    assert value(document, "patient_name") == "MOREAU Léon"
    found = label_candidates(scan(build_lines([page])))
    assert {c.value for c in found if c.name == "insured_name"} == {"MOREAU Alain"}
    assert {c.value for c in found if c.name == "patient_name"} == {"MOREAU Léon"}


def test_first_day_of_a_billed_period_after_words_naming_it() -> None:
    page = page_of([
        (20.0, [(40.0, "FACTURE n° KP-20931")]),
        (40.0, [(40.0, "PÉRIODE FACTURÉE")]),
        (52.0, [(40.0, "Location trimestrielle du lit médicalisé — du 01/04/25 au 30/06/25")]),
    ])
    assert value(one([page]), "care_date") == "2025-04-01"


def test_rpps_in_the_performed_by_column_of_a_centre_is_an_employee() -> None:
    page = page_of([
        (20.0, [(40.0, "Centre médical des Quais"), (380.0, "FACTURE n° CS-88120")]),
        (32.0, [(40.0, "FINESS 690781232")]),
        (60.0, [(40.0, "Patient : M. DURAND Paul")]),
        (90.0, [(40.0, "Code"), (90.0, "Désignation"), (250.0, "Intervenant"), (420.0, "Montant")]),
        (104.0, [(40.0, "G"), (90.0, "Consultation"), (250.0, "Généraliste RPPS 10003879623"), (420.0, "30,00 €")]),
    ])
    document = one([page])
    assert value(document, "finess") == "690781232"
    assert "rpps" not in document.fields


def test_receipt_book_prints_both_civilities_before_the_name() -> None:
    document = one([lines_page("Quittance n° 0412\nReçu de M. / Mme PERRIN Odile\nTotal 45,00 €")])
    assert value(document, "patient_name") == "PERRIN Odile"


def test_nir_boxed_digit_by_digit_with_its_key_boxed_apart() -> None:
    digits = "1850578006084"
    key = [(221.0, "9"), (234.0, "1")]
    boxes = [(40.0 + 13.0 * i, d) for i, d in enumerate(digits)] + key
    page = page_of([
        (20.0, [(40.0, "FACTURE n° KP-20931")]),
        (60.0, [(40.0, "N° d'immatriculation de l'assuré"), (330.0, "Qualité")]),
        (74.0, [*boxes, (330.0, "Assuré")]),
    ])
    assert value(one([page]), "nir") == "185057800608491"


def test_finess_of_the_establishment_of_origin_is_not_the_invoicers() -> None:
    document = one([lines_page(
        "Facture n° VSL-2207\nÉtablissement d'origine : Hôpital Nord — FINESS 690781232\nPatient : ROUX Henri"
    )])
    assert "finess" not in document.fields
    assert document.needs_review


def test_value_in_a_larger_font_under_a_small_caption() -> None:
    from intake.domain.model import Page, Word

    words = [
        Word("FACTURE", 40, 20, 80, 30, 1.0, 0), Word("n°", 85, 20, 95, 30, 1.0, 0),
        Word("KP-20931", 100, 20, 140, 30, 1.0, 0),
        Word("N°", 40, 100, 46, 106, 1.0, 1), Word("RPPS", 48, 100, 64, 106, 1.0, 1),
        Word("10003879623", 40, 118, 100, 128, 1.0, 2),
    ]
    page = Page(number=1, width=600, height=850, words=words, source="text")
    found = label_candidates(scan(build_lines([page])))
    assert [c.value for c in found if c.name == "rpps"] == ["10003879623"]


def test_bracketed_role_read_without_its_closing_bracket_is_no_name() -> None:
    page = page_of([
        (20.0, [(40.0, "FACTURE n° KP-20931")]),
        (60.0, [(40.0, "PATIENT{E) (PERSONNE ACHARGÉE"), (300.0, "DATE DE NAISSANCE")]),
        (72.0, [(40.0, "MOREAU Léon"), (300.0, "03/02/2016")]),
    ], source="ocr", conf=0.95)
    found = label_candidates(scan(build_lines([page])))
    assert {c.value for c in found if c.name == "patient_name"} == {"MOREAU Léon"}


# ---------------------------------------------------------------- another doctor's procedure, a lab's biologist


def test_a_procedure_done_by_another_doctor_names_a_colleague_not_the_invoicer() -> None:
    """An anaesthetist's note of fees names the colonoscopy "réalisée par le Dr X (RPPS ...)": a
    procedure named apart from the acts billed, another doctor's; the letterhead's RPPS invoices.
    ("Acte effectué par Dr X" in a group practice stays the performer: the test above.)"""
    page = lines_page(
        "Docteur Maëva HÉBERT\nAnesthésiste-réanimateur — RPPS 10535111354\n"
        "NOTE D'HONORAIRES N° AN-25-2786 du 16/10/2025\nPatient : HAMON Rémi (M.)\n"
        "Coloscopie totale réalisée par le Dr Stéphane BOULANGER (RPPS 10841708505).\n"
        "13/10/2025 ZZQP002/4 Anesthésie générale 145,83 EUR\nMontant total 145,83 EUR"
    )
    document = one([page])
    assert value(document, "rpps") == "10535111354"
    assert value(document, "patient_name") == "HAMON Rémi"


def _laboratory(heading: str) -> object:
    return page_of([
        (20.0, [(40.0, "BIOLAB ANGERS"), (400.0, "Facture L202507-57062")]),
        (40.0, [(40.0, "N° FINESS 496180779 · SIRET 095 189 544 18564")]),
        (60.0, [(40.0, "Patient : SAÏDI Élodie")]),
        (80.0, [(40.0, "19/06/2025 Acte PB INR 9,12 €")]),
        (100.0, [(40.0, "Montant total"), (400.0, "9,12 €")]),
        (120.0, [(40.0, heading)]),
        (135.0, [(40.0, "Ophélie ARNAUD (RPPS 10635939662)"), (300.0, "Part AMO (60 %)"), (400.0, "5,47 €")]),
    ])


def test_a_biologist_named_under_her_heading_is_not_the_invoicer() -> None:
    """ "Biologiste responsable :" alone over "Ophélie X (RPPS 1...)": the heading ending in a colon names
    the person below it, as "Biologiste responsable : X — RPPS 1..." does on one line; the laboratory
    invoices under its FINESS. A fax that misreads the heading's first word still reads "responsable :",
    the person who answers for the establishment."""
    for heading in ("Biologiste responsable :", "Pivlagiae responsable :"):
        document = one([_laboratory(heading)])  # type: ignore[list-item]
        assert "rpps" not in document.fields, heading
        assert value(document, "finess") == "496180779"
