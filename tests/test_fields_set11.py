"""Everyday layouts first met in held-out set 11: a surgeon's note naming the clinic where he operated
(with its FINESS), a covering letter before the note it sends, a care recalled as billed separately, a
dental basket's name ("RAC maîtrisé") in an acts row, the amount asked of the complementary insurer.
One test per general rule; the wordings and values are made up for the tests."""

from __future__ import annotations

from dataclasses import replace

from intake.domain.model import Page, Word
from parsers.fields import dates
from parsers.fields.layout import build_lines
from tests.test_fields import lines_page, one, page_of, value

THRESHOLD = 0.85


def confidence(document: object, name: str) -> float:
    return document.fields[name].confidence  # type: ignore[attr-defined,no-any-return]


# ---------------------------------------------------------------- one party invoices

_SURGEON_HEAD = [
    (20.0, [(40.0, "Docteur Paul VIDAL"), (400.0, "N° RPPS")]),
    (32.0, [(40.0, "Chirurgie orthopédique"), (400.0, "10003879623")]),
    (44.0, [(40.0, "Clinique des Lilas — 4 rue Haute — 75020 PARIS")]),
    (80.0, [(40.0, "NOTE D'HONORAIRES"), (300.0, "Patient : M. LE GALL Yann")]),
    (92.0, [(40.0, "N° NH-2025-118"), (300.0, "NIR 1 85 05 78 006 084 91")]),
    (104.0, [(40.0, "Date : 19/06/2025")]),
]


def test_an_establishment_named_in_a_practitioners_note_is_where_he_operated() -> None:
    page = page_of([
        *_SURGEON_HEAD,
        (130.0, [(40.0, "Lieu de l'intervention : Clinique des Lilas (FINESS 330007782)")]),
        (160.0, [(40.0, "Date"), (120.0, "Acte"), (400.0, "Honoraires")]),
        (172.0, [(40.0, "19/06/2025"), (120.0, "NFFC004 Méniscectomie"), (400.0, "412,30 €")]),
        (200.0, [(300.0, "Total des honoraires"), (450.0, "412,30 €")]),
    ])
    document = one([page])
    assert value(document, "rpps") == "10003879623"
    assert "finess" not in document.fields
    assert not any("plusieurs facturants" in r for r in document.review_reasons)


def test_a_finess_in_the_footer_of_a_practitioners_note_stays_a_clerks_call() -> None:
    page = page_of([
        *_SURGEON_HEAD,
        (160.0, [(40.0, "Date"), (120.0, "Acte"), (400.0, "Honoraires")]),
        (172.0, [(40.0, "19/06/2025"), (120.0, "NFFC004 Méniscectomie"), (400.0, "412,30 €")]),
        (200.0, [(300.0, "Total des honoraires"), (450.0, "412,30 €")]),
        (400.0, [(40.0, "Clinique des Lilas — FINESS 330007782 — SIRET 123 456 789 00012")]),
    ])
    document = one([page])
    assert {"rpps", "finess"} <= set(document.fields)
    assert document.needs_review


def test_a_doctor_in_an_establishments_body_still_leaves_its_finess() -> None:
    page = lines_page(
        "CENTRE DE SANTÉ DES LILAS\nFINESS 330007782\nFacture n° CS-4410\nPatient : M. LE GALL Yann\n"
        "NIR 1 85 05 78 006 084 91\nMédecin salarié du centre — RPPS 10003879623\nTotal 412,30 €"
    )
    document = one([page])
    assert value(document, "finess") == "330007782"
    assert "rpps" not in document.fields


# ---------------------------------------------------------------- dates


def test_a_care_recalled_as_billed_separately_is_not_the_care_billed() -> None:
    assert dates.billed_elsewhere(" (facturée séparément)")
    assert not dates.billed_elsewhere(" (ALD)")
    document = one([lines_page(
        "NOTE D'HONORAIRES n° NH-2025-118\nPatient : M. LE GALL Yann\nNIR 1 85 05 78 006 084 91\n"
        "Consultation du 20/05/2025 (facturée séparément)\nTotal 412,30 €"
    )])
    assert value(document, "care_date") != "2025-05-20"


def test_a_covering_letters_date_is_not_the_invoices() -> None:
    letter = lines_page(
        "Docteur Paul VIDAL — RPPS 10003879623\nParis, le 25 juin 2025\n"
        "Objet : note d'honoraires n° NH-2025-118 — patient LE GALL Yann\nMadame, Monsieur,\n"
        "Veuillez trouver ci-joint la note d'honoraires du Docteur VIDAL.",
        number=1,
    )
    note = lines_page(
        "Docteur Paul VIDAL — RPPS 10003879623\nNOTE D'HONORAIRES\nDate : 19/06/2025\n"
        "Patient : M. LE GALL Yann\nNIR 1 85 05 78 006 084 91\nNote n° NH-2025-118\nTotal 412,30 €",
        number=2,
    )
    document = one([letter, note])
    assert value(document, "invoice_date") == "2025-06-19"


# ---------------------------------------------------------------- amounts


def test_a_dental_basket_name_in_an_acts_row_is_not_the_patients_share() -> None:
    page = page_of([
        (20.0, [(40.0, "Facture n° 2025-318")]),
        (40.0, [(40.0, "Dent"), (80.0, "Acte"), (300.0, "Panier"), (420.0, "Honoraires")]),
        (52.0, [(40.0, "46"), (80.0, "Couronne zircone"), (300.0, "RAC maîtrisé"), (420.0, "550,00 €")]),
        (80.0, [(200.0, "Reste à charge du patient"), (420.0, "272,00 €")]),
    ])
    assert value(one([page]), "patient_amount") == "272.00"


def test_the_amount_asked_of_the_complementary_insurer_is_its_share() -> None:
    page = page_of([
        (20.0, [(40.0, "Facture n° 2025-318")]),
        (40.0, [(200.0, "Montant total des honoraires"), (450.0, "1 420,00 €")]),
        (64.0, [(200.0, "Montant demandé à l'organisme complémentaire"), (450.0, "950,00 €")]),
        (76.0, [(200.0, "Reste à charge du patient"), (450.0, "470,00 €")]),
    ])
    document = one([page])
    assert value(document, "amc_amount") == "950.00"
    assert value(document, "total_amount") == "1420.00"


def test_an_adeli_and_an_rpps_printed_together_are_one_practitioners() -> None:
    page = page_of([
        (20.0, [(40.0, "Julie ROCHE"), (300.0, "FACTURE n° PO-2291")]),
        (32.0, [(40.0, "Pédicure-podologue D.E.")]),
        (52.0, [(40.0, "N° ADELI : 691234561")]),
        (64.0, [(40.0, "N° RPPS : 10003879623")]),
        (100.0, [(40.0, "Patient : M. LE GALL Yann")]),
        (112.0, [(40.0, "N° SS : 1 85 05 78 006 084 91")]),
    ])
    document = one([page])
    assert value(document, "adeli") == "691234561" and value(document, "rpps") == "10003879623"
    assert not any("plusieurs facturants" in r for r in document.review_reasons)


def test_an_adeli_and_an_rpps_in_two_blocks_stay_a_clerks_call() -> None:
    page = page_of([
        (20.0, [(40.0, "Julie ROCHE"), (300.0, "FACTURE n° PO-2291")]),
        (52.0, [(40.0, "N° ADELI : 691234561")]),
        (100.0, [(40.0, "Patient : M. LE GALL Yann"), (300.0, "Suivi : Marc AUBERT")]),
        (112.0, [(40.0, "N° SS : 1 85 05 78 006 084 91"), (300.0, "N° RPPS : 10003879623")]),
    ])
    document = one([page])
    assert any("plusieurs facturants" in r for r in document.review_reasons)


# ---------------------------------------------------------------- reading order


def test_a_big_name_beside_two_small_rows_does_not_chain_them_into_one_line() -> None:
    """OCR joined the letterhead's name (a bigger font) and the two small rows printed right of it,
    "Facture n° ..." over "Date : ...": the name reaches over both rows and chained them."""
    words = [
        Word("Julie", 150, 218, 260, 262, 0.95, 0),
        Word("ROCHE", 280, 221, 400, 255, 0.95, 0),
        Word("FACTURE", 1200, 210, 1400, 256, 0.95, 0),
        Word("Facture", 2048, 198, 2190, 224, 0.95, 0),
        Word("n°", 2203, 198, 2240, 224, 0.95, 0),
        Word("PO-2291", 2256, 198, 2400, 224, 0.95, 0),
        Word("Date", 2206, 250, 2280, 272, 0.95, 0),
        Word(":", 2288, 256, 2296, 272, 0.95, 0),
        Word("16.09.25", 2307, 250, 2400, 272, 0.95, 0),
    ]
    lines = build_lines([Page(1, 2480, 3508, words, source="ocr")])
    assert [line.text for line in lines] == ["Facture n° PO-2291", "Julie ROCHE FACTURE", "Date : 16.09.25"]


# ---------------------------------------------------------------- more reading facts


def test_a_qualifier_whose_bracket_reads_as_a_brace_leaves_the_name_after_it() -> None:
    page = page_of([
        (20.0, [(40.0, "Facture n° 2025-0335")]),
        (40.0, [(40.0, "Assuré(e)"), (200.0, "Mme LE GALL Anne")]),
        (52.0, [(40.0, "N° SS 1 85 05 78 006 084 91")]),
        (64.0, [(40.0, "Bénéficiaire {enfant}"), (200.0, "LE GALL Yann")]),
    ], source="ocr", conf=0.9)
    assert value(one([page]), "patient_name") == "LE GALL Yann"


def test_the_legal_entitys_finess_is_no_rival_for_the_sites() -> None:
    page = lines_page(
        "CENTRE HOSPITALIER DES LILAS\nFINESS géographique 330007782\nFacture n° 2025-4410\n"
        "Patient : M. LE GALL Yann\nNIR 1 85 05 78 006 084 91\nTotal 412,30 €\n"
        "Entité juridique : CH DES LILAS — FINESS juridique 640780417",
        source="ocr", conf=0.95,
    )
    page.words = [replace(w, conf=0.8) if w.text == "330007782" else w for w in page.words]  # read less surely
    document = one([page])
    assert value(document, "finess") == "330007782"
    assert confidence(document, "finess") >= THRESHOLD


def test_a_date_column_ends_at_another_dates_heading() -> None:
    page = page_of([
        (20.0, [(40.0, "FACTURE n° 2025-4410")]),
        (40.0, [(200.0, "Hospitalisation de jour")]),
        (60.0, [(40.0, "Référence"), (200.0, "Date de la facture")]),
        (72.0, [(40.0, "2025-4410"), (200.0, "18/04/2025")]),
    ])
    assert value(one([page]), "care_date") != "2025-04-18"


def test_a_finess_named_as_the_issuers_in_the_body_stays_a_clerks_call() -> None:
    page = page_of([
        *_SURGEON_HEAD,
        (130.0, [(40.0, "Établissement facturant : Clinique des Lilas — FINESS 330007782")]),
        (160.0, [(40.0, "Date"), (120.0, "Acte"), (400.0, "Honoraires")]),
        (172.0, [(40.0, "19/06/2025"), (120.0, "NFFC004 Méniscectomie"), (400.0, "412,30 €")]),
        (200.0, [(300.0, "Total des honoraires"), (450.0, "412,30 €")]),
    ])
    document = one([page])
    assert {"rpps", "finess"} <= set(document.fields)
    assert document.needs_review
