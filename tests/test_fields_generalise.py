"""Field extraction on layouts no list was written for: label concepts, date roles, the document's own
number, title blocks, distractors printed next to a value. One test per general rule."""

from __future__ import annotations

import doctest
from dataclasses import replace

import pytest

from intake.domain.model import Page
from parsers.fields import extract_documents, labels, values
from parsers.fields.extract import analyse_page
from tests.test_fields import lines_page, one, page_of, value


def test_labels_doctests() -> None:
    failed, _ = doctest.testmod(labels)
    assert failed == 0


def test_upper_case_feminine_mark_is_part_of_the_label() -> None:
    document = one([lines_page("Facture n° 719175\nASSURE(E) : GAUTHIER Inès")])
    assert value(document, "patient_name") == "GAUTHIER Inès"


# ---------------------------------------------------------------- date roles


@pytest.mark.parametrize(
    ("line", "name", "expected"),
    [
        ("Date de prélèvement : 19/08/2025 à 08h58", "care_date", "2025-08-19"),
        ("Examen réalisé le 21 juin 2025", "care_date", "2025-06-21"),
        ("Date d'adaptation et de délivrance : 16/04/2025", "care_date", "2025-04-16"),
        ("Date de pose : 02/05/2025", "care_date", "2025-05-02"),
        ("Facture établie le 30/04/2025", "invoice_date", "2025-04-30"),
    ],
)
def test_date_role_named_by_its_words(line: str, name: str, expected: str) -> None:
    document = one([lines_page(f"Facture n° 2025-77\n{line}")])
    assert value(document, name) == expected


@pytest.mark.parametrize("line", ["Date d'envoi : 12/03/2025", "Date de l'accord : 12/03/2025"])
def test_date_of_another_event_is_none_of_ours(line: str) -> None:
    document = one([lines_page(f"Facture n° 2025-77\n{line}")])
    assert "care_date" not in document.fields and "invoice_date" not in document.fields


def test_value_glued_to_digits_of_an_overlapping_label_is_not_read() -> None:
    document = one([lines_page("Facture n° FA422117\nDate de délivranc1e4/04/2025")])  # "14/04/2025" mixed in
    assert value(document, "care_date") != "2025-04-04"


def test_date_under_a_heading_but_right_after_another_label_is_that_labels() -> None:
    page = page_of(
        [
            (20, [(40, "Facture n° FA422117")]),
            (40, [(40, "Date de délivrance")]),
            (60, [(40, "NIR : 2 62 12 2B 316 735 30 Ordonnance du 09/02/2025")]),
        ]
    )
    assert value(one([page]), "care_date") != "2025-02-09"


# ---------------------------------------------------------------- insurer: share or number


def test_amount_role_words_before_an_insurer_label_name_its_share() -> None:
    document = one([lines_page("Facture n° 2025-77\nRemboursement organisme complémentaire 1 400,00 €")])
    assert value(document, "amc_amount") == "1400.00"
    assert "amc_number" not in document.fields


@pytest.mark.parametrize(
    "line", ["Organisme compl. : 722782956", "Complémentaire santé : Apivia (n° 722782956)"]
)
def test_insurer_label_with_an_identifier_is_its_number(line: str) -> None:
    assert value(one([lines_page(f"Facture n° 2025-77\n{line}")]), "amc_number") == "722782956"


def test_short_amount_label_in_a_box_beside_a_dated_row() -> None:
    page = page_of(
        [
            (20, [(40, "Facture n° 2025190")]),
            (40, [(40, "08/07/2025 AMI 1 3,15 8,70"), (400, "RAC 0,00 EUR")]),
        ]
    )
    assert value(one([page]), "patient_amount") == "0.00"


# ---------------------------------------------------------------- practitioner


def test_identification_number_in_a_letterhead_is_the_rpps() -> None:
    document = one([lines_page("Docteur Jérôme ÉTIENNE\nN° d'identification : 12200238785\nFacture n° 2025-0195")])
    assert value(document, "rpps") == "12200238785"


def test_doctor_working_for_an_invoicing_establishment_is_not_the_invoicer() -> None:
    text = "Centre de santé\n{finess}Facture n° CS-8297\nMédecin exécutant : Dr Inès CHEVALIER — RPPS 18800380646"
    centre = one([lines_page(text.format(finess="N° FINESS : 208997783\n"))])
    assert value(centre, "finess") == "208997783" and "rpps" not in centre.fields
    practice = one([lines_page(text.format(finess=""))])
    assert value(practice, "rpps") == "18800380646"


# ---------------------------------------------------------------- the document's own number


def test_number_of_another_paper_is_neither_the_number_nor_its_rival() -> None:
    page = lines_page("""
NOTE D'HONORAIRES
N° Facture : NH25-2954
Total honoraires : 754,65 €
Devis n° D25-343 accepté le 12/02/2025
""")
    document = one([page])
    assert value(document, "invoice_number") == "NH25-2954"
    assert document.fields["invoice_number"].confidence >= 0.85


def test_pages_sharing_the_invoice_number_stay_one_document_despite_a_quote_number() -> None:
    first = lines_page("NOTE D'HONORAIRES\nN° Facture : NH25-2954\nDevis n° D25-343 accepté", number=1)
    second = lines_page("NOTE D'HONORAIRES (suite)\nN° Facture : NH25-2954\nTotal : 754,65 €", number=2)
    assert len(extract_documents([first, second])) == 1


def test_bare_number_and_date_stacked_under_the_title() -> None:
    page = page_of(
        [
            (20, [(40, "BIOLAB RENNES"), (480, "FACTURE")]),
            (35, [(40, "Laboratoire de biologie médicale"), (476, "N° F25-856073")]),
            (50, [(476, "du 21/08/2025")]),
            (65, [(440, "Dossier n° 250819-3331")]),
        ]
    )
    document = one([page])
    assert value(document, "invoice_number") == "F25-856073"
    assert value(document, "invoice_date") == "2025-08-21"
    assert document.fields["invoice_number"].confidence >= 0.85


def test_bare_number_under_a_long_title_line() -> None:
    document = one([lines_page("FACTURE ACQUITTÉE — TIERS PAYANT\nN° : CS-202504-8297")])
    assert value(document, "invoice_number") == "CS-202504-8297"


@pytest.mark.parametrize(
    "line", ["N° PS (RPPS) : 14109466855", "Numéro RPPS du PS exécutant : 14109466855"]
)
def test_label_qualified_before_its_colon(line: str) -> None:
    document = one([lines_page(f"Note d'honoraires n° 2025-77\n{line}")])
    assert value(document, "rpps") == "14109466855"
    assert document.fields["rpps"].confidence >= 0.9


# ---------------------------------------------------------------- calibration: evidence beyond the read


def _amounts(total: str, amo: str, amc: str | None, rac: str, conf: float) -> Page:
    lines = ["Facture n° 2025-0042", f"Montant total : {total} €", f"Part AMO : {amo} €"]
    lines += [f"Part AMC : {amc} €"] if amc is not None else []
    lines += [f"Reste à charge : {rac} €"]
    return lines_page("\n".join(lines), source="ocr", conf=conf)


def test_sums_pin_poorly_read_amounts_of_exact_labels() -> None:
    document = one([_amounts("30,00", "18,00", "12,00", "0,00", conf=0.4)])
    for name in ("total_amount", "amo_amount", "amc_amount", "patient_amount"):
        assert document.fields[name].confidence >= 0.9


def test_three_amounts_adding_up_without_the_unprinted_share_support_each_other() -> None:
    agree = one([_amounts("27,00", "27,00", None, "0,00", conf=0.7)])
    disagree = one([_amounts("29,00", "27,00", None, "0,00", conf=0.7)])
    assert "amc_amount" not in agree.fields  # never invented
    assert agree.fields["amo_amount"].confidence >= 0.85 > disagree.fields["amo_amount"].confidence


def test_care_date_shortly_before_the_issue_date_is_better_supported() -> None:
    def care(issued: str) -> float:
        # under its own label: an acts column's first date read at 0.6 is held whatever the issue date
        # (doubts.doubt_lone_dates, set 23)
        page = lines_page(
            f"Facture n° 2025-0042\nDate de facture : {issued}\nDate des soins : 03/03/2025\nAMK 7,5 16,13 €",
            source="ocr",
            conf=0.6,
        )
        return one([page]).fields["care_date"].confidence

    assert care("30/03/2025") >= 0.85 > care("30/12/2025")


def test_article_reference_inside_a_row_of_amounts_is_no_rival() -> None:
    page = lines_page("Facture N° FA422117\nMonture ACETATE réf. LK-2241 2223342 B 1 145,00 0,03 100,00 44,97")
    document = one([page])
    assert value(document, "invoice_number") == "FA422117"
    assert document.fields["invoice_number"].confidence >= 0.95


def test_nir_repaired_in_one_character_is_supported_by_the_birth_date() -> None:
    def nir(born: str) -> float:
        page = lines_page(
            f"Facture n° 2025-0195\nDate de naissance : {born}\nN° de sécurité sociale : 1 88 07 75 143 974 O4",
            source="ocr",
            conf=0.8,
        )
        found = one([page]).fields["nir"]
        assert found.value == "188077514397404"
        return found.confidence

    assert 0.9 > nir("05/07/1988") >= 0.85 > nir("05/07/1990")


def test_feminine_mark_read_apart_from_its_label() -> None:
    document = one([lines_page("Facture n° 719175\nASSURE (E} : GAUTHIER Inès")])  # "}" misread for ")"
    assert value(document, "patient_name") == "GAUTHIER Inès"


@pytest.mark.parametrize(
    ("line", "name", "expected"),
    [
        ("Payé par l'assuré : 0,00 €", "patient_amount", "0.00"),
        ("Total général TTC : 45,00 €", "total_amount", "45.00"),
        ("N° Finess de l'établissement : 750712184", "finess", "750712184"),
        ("Jour des soins : 03/03/2025", "care_date", "2025-03-03"),
        ("Montant restant dû : 0,00 €", "patient_amount", "0.00"),
    ],
)
def test_wordings_built_from_known_parts(line: str, name: str, expected: str) -> None:
    document = one([lines_page(f"Cabinet médical\n{line}")])
    assert value(document, name) == expected
    if name == "total_amount":
        assert document.fields[name].confidence >= 0.85  # the exact "Total général", finished by "TTC"


def test_date_of_birth_of_the_patient_stays_a_birth_date() -> None:
    document = one([lines_page("Facture n° 2025-77\nDate de naissance du patient : 12/04/1978")])
    assert value(document, "patient_birth_date") == "1978-04-12"
    assert "patient_amount" not in document.fields


def test_date_after_the_invoice_number_is_the_issue_date() -> None:
    document = one([lines_page("Facture n° 2025-22 du 30/03/2025\nActes du 03/03/2025 au 10/03/2025")])
    assert value(document, "invoice_date") == "2025-03-30"
    assert value(document, "care_date") == "2025-03-03"


def test_care_word_alone_before_a_date_names_the_care_date() -> None:
    document = one([lines_page("Facture n° 2025-22\nSoins : 03/03/2025\nConsultation : 30,00 €")])
    assert value(document, "care_date") == "2025-03-03"
    assert "total_amount" not in document.fields or value(document, "total_amount") == "30.00"


def test_one_doubted_read_of_an_invoice_number_on_a_poorly_read_page_goes_to_review() -> None:
    text = "FACTURE N° 3613-5050\nDolipprane ccp bb/8 xx\nAmoxx 1g ccp\nPanto 40mg zz\nHono dispp"

    def number(noisy: bool, own: float) -> float:
        page = lines_page(text, source="ocr", conf=0.95)
        if noisy:  # Tesseract doubts the words of the lines under the number
            page.words = [w if w.line == 0 else replace(w, conf=0.4) for w in page.words]
        page.words = [replace(w, conf=own) if w.text == "3613-5050" else w for w in page.words]
        found = one([page]).fields["invoice_number"]
        assert found.value == "3613-5050"
        return found.confidence

    assert number(noisy=False, own=0.88) >= 0.85 > number(noisy=True, own=0.88)
    # every word of the number read surely (or confirmed by the reader's second reading): one read is enough
    assert number(noisy=True, own=0.95) >= 0.85
    assert number(noisy=True, own=0.92) >= 0.85


def test_care_word_in_an_acts_row_is_not_a_date_label() -> None:
    page = lines_page("""
Facture n° 2025-22
Date Code Libellé Montant
03/03/2025 GS Consultation de médecine générale 30,00
Prochain rendez-vous 17/03/2025
""")
    dates = {c.value for c in analyse_page(page).candidates if c.name == "care_date"}
    assert dates == {"2025-03-03"}


def test_doubtful_label_word_with_a_lost_bracket_is_kept() -> None:
    page = lines_page("Facture n° 2025-22\nNée) le 08/12/1997", source="ocr", conf=0.9)
    page.words = [replace(w, conf=0.2) if w.text == "Née)" else w for w in page.words]
    assert value(one([page]), "patient_birth_date") == "1997-12-08"


def test_feminine_mark_read_apart_does_not_start_the_value() -> None:
    page = page_of([(20, [(40, "Facture n° 719175")]), (40, [(40, "ASSURE (E) :"), (200, "GAUTHIER Inès")])])
    assert value(one([page]), "patient_name") == "GAUTHIER Inès"


def test_billed_period_of_a_longer_stay_starts_the_care() -> None:
    page = lines_page("Relevé N° : 2025-02-55944\nDate d'admission : 14/01/2025\nPériode du 01/02/2025 au 28/02/2025")
    document = one([page])
    assert value(document, "care_date") == "2025-02-01"
    assert document.fields["care_date"].confidence >= 0.85


def test_identifier_with_a_digit_read_twice_is_offered_but_never_accepted() -> None:
    page = lines_page("Centre de santé\nN° FINESS : 2089997783\nFacture n° CS-8297", source="ocr", conf=0.9)
    found = one([page]).fields["finess"]
    assert found.value == "208997783" and found.confidence < 0.85
    page = lines_page("Cabinet\nN° RPPS : 810003879623\nFacture n° 12")  # an IDNPS, not a stutter
    assert value(one([page]), "rpps") == "10003879623"


def test_labelled_number_under_the_title_is_not_the_invoice_number() -> None:
    page = page_of([(20, [(400, "FACTURE")]), (35, [(396, "N° SIRET 78171876242153")])])
    assert "invoice_number" not in one([page]).fields
    page = page_of([(20, [(400, "FACTURE")]), (35, [(396, "N° 12")])])  # a street or page number
    assert not [c for c in analyse_page(page).candidates if c.how == "title"]


def test_paper_named_first_on_the_title_line_is_the_documents_kind() -> None:
    page = lines_page("Facture — suite au devis n° D25-343\nFacture n° F25-0042\nDevis n° D25-343 accepté")
    document = one([page])
    assert document.kind == "invoice" and value(document, "invoice_number") == "F25-0042"


def test_own_number_poorly_read_still_outranks_another_papers_number() -> None:
    page = lines_page("Facture n° F25-856073\nDossier n° 250819-3331", source="ocr", conf=0.95)
    page.words = [replace(w, conf=0.3) if w.text == "F25-856073" else w for w in page.words]
    assert value(one([page]), "invoice_number") == "F25-856073"


@pytest.mark.parametrize(
    ("line", "name", "expected"),
    [
        ("Soins dispensés à : M. Jean DUPONT", "patient_name", "DUPONT Jean"),
        ("Date naiss. : 12/04/1978", "patient_birth_date", "1978-04-12"),
        ("Note n° 2025-0042", "invoice_number", "2025-0042"),
        ("N° de bordereau : 2025-0042", "invoice_number", "2025-0042"),
        ("Part Assurance Maladie Obligatoire : 27,00 €", "amo_amount", "27.00"),
        ("N° d'identification : 10003879623", "rpps", "10003879623"),
    ],
)
def test_more_exact_wordings(line: str, name: str, expected: str) -> None:
    assert value(one([lines_page(f"Cabinet médical\n{line}")]), name) == expected


def test_civility_line_after_an_ocr_speck() -> None:
    page = lines_page("Facture n° 2025-77\n: M. François-Xavier DE LA TOUR\nNé(e) le 9 septembre 1962")
    assert value(one([page]), "patient_name") == "DE LA TOUR François-Xavier"


def test_ocr_specks_between_labels_and_names() -> None:
    page = lines_page("Demande de prise en charge n° PEC-25-00077\nNom : | MARCHAND\nPrénom : . Zoé")
    assert value(one([page]), "patient_name") == "MARCHAND Zoé"


def test_invoice_number_cut_by_a_misread_colon_is_not_taken() -> None:
    assert values.parse_invoice_number("AMB25:67951") is None
    assert values.parse_invoice_number("AMB25-67951 : transport").value == "AMB25-67951"  # type: ignore[union-attr]
