"""Patients' names a normal-resolution fax prints but the field logic missed: the name block of a right
column read with a line of the left column between the name and its birth date; a first name read in
lower case or cut by a space; "Reçu de" read "Reeu de"; a first name's accent spread to the letter
beside it or read twice. Wordings and values are made up."""

from __future__ import annotations

import dataclasses

from intake.domain.model import ExtractedDocument
from parsers.fields.first_names import correct_word
from parsers.fields.names import mend_first_names
from tests.test_fields import one, page_of, value


def _invoice(name_rows: list[tuple[float, list[tuple[float, str]]]]) -> ExtractedDocument:
    page = page_of([
        (20.0, [(40.0, "Docteur Paul MARTIN — RPPS 10003879623")]),
        (40.0, [(40.0, "Rhumatologue — 12 rue de la Paix, 75002 PARIS")]),
        *name_rows,
        (200.0, [(40.0, "Code"), (120.0, "Acte"), (460.0, "Montant")]),
        (212.0, [(40.0, "CS"), (120.0, "Consultation"), (460.0, "30,00 €")]),
        (236.0, [(300.0, "Total"), (460.0, "30,00 €")]),
    ])
    return one([page])


def test_a_left_column_line_read_between_a_name_and_its_birth_date_does_not_hide_the_name() -> None:
    document = _invoice([
        (80.0, [(40.0, "FACTURE"), (300.0, "Pat1ent(e)")]),  # the label unread on the fax
        (100.0, [(300.0, "ARNAUD Jérémy")]),
        (108.0, [(40.0, "Facture n° R202507-715")]),  # a little lower: read between the name and its date
        (116.0, [(300.0, "Né(e) le 10.02.1945")]),
        (132.0, [(300.0, "N°SS : 1 45 02 34 104 814 06")]),
    ])
    assert value(document, "patient_name") == "ARNAUD Jérémy"
    assert document.fields["patient_name"].confidence < 0.9


def test_a_line_under_the_name_that_is_not_its_birth_date_gives_no_name() -> None:
    document = _invoice([
        (80.0, [(40.0, "FACTURE"), (300.0, "Pat1ent(e)")]),
        (100.0, [(300.0, "ARNAUD Jérémy")]),
        (108.0, [(40.0, "Facture n° R202507-715")]),
        (116.0, [(300.0, "Mutuelle Bleue")]),
        (132.0, [(300.0, "Né(e) le 10.02.1945")]),
    ])
    assert value(document, "patient_name") is None


def test_a_first_name_read_in_lower_case_is_the_lists_name() -> None:
    document = _invoice([
        (80.0, [(40.0, "PATIENT")]),
        (96.0, [(40.0, "Mme CARPENTIER josiane")]),
        (112.0, [(40.0, "N° de sécurité sociale : 2 53 07 49 400 798 75")]),
    ])
    assert value(document, "patient_name") == "CARPENTIER Josiane"
    assert document.fields["patient_name"].confidence < 0.9


def test_a_first_name_cut_by_a_space_is_joined() -> None:
    document = _invoice([(80.0, [(40.0, "PATIENT...........: CARPENTIER Syl vie")])])
    assert value(document, "patient_name") == "CARPENTIER Sylvie"


def test_only_a_listed_first_name_is_mended() -> None:
    assert mend_first_names("CARPENTIER josiane") == "CARPENTIER Josiane"
    assert mend_first_names("CARPENTIER Syl vie") == "CARPENTIER  Sylvie"  # as long as read
    assert mend_first_names("ROCHE Sylvie née le") == "ROCHE Sylvie née le"
    assert mend_first_names("Carpentier josiane") == "Carpentier josiane"  # no surname in capitals
    assert mend_first_names("DUPONT rose") == "DUPONT rose"  # too short to be sure


def test_a_receipt_from_whom_with_its_cedilla_misread() -> None:
    document = _invoice([
        (80.0, [(40.0, "Reeu de"), (200.0, "Mme ROCHE Sylvie")]),
        (96.0, [(40.0, "Gate de naissance"), (200.0, "27/09/1968")]),
    ])
    assert value(document, "patient_name") == "ROCHE Sylvie"


def test_a_first_names_accent_spread_or_read_twice() -> None:
    assert correct_word("Mäéva") == "Maëva"  # the diaeresis smudged over the "a"
    assert correct_word("Maëéva") == "Maëva"  # the "ë" read twice
    assert correct_word("Mäeva") == "Mäeva"  # no accent where the list has one: as read
    assert correct_word("Noëlle") == "Noëlle"


# ---------------------------------------------------------------- the invoice number by the title


def _titled(title: list[tuple[float, str]], *under: tuple[float, list[tuple[float, str]]]) -> ExtractedDocument:
    page = page_of([
        (20.0, [(40.0, "Docteur Paul MARTIN — RPPS 10003879623")]),
        (50.0, title),
        *under,
        (100.0, [(40.0, "Patient : M. LE GALL Yann")]),
        (120.0, [(40.0, "Total 30,00 €")]),
    ])
    return one([page])


def test_a_number_ending_the_title_line_after_a_subtitle() -> None:
    glued = _titled([(40.0, "NOTE D'HONORAIRES — VISITE À DOMICILE"), (450.0, "N°0001116")])
    apart = _titled([(40.0, "NOTE D'HONORAIRES — VISITE À DOMICILE"), (450.0, "N° 0001116")])
    assert value(glued, "invoice_number") == value(apart, "invoice_number") == "0001116"


def test_a_labelled_or_bare_number_ending_the_title_line_is_not_the_papers() -> None:
    labelled = _titled([(40.0, "NOTE D'HONORAIRES — VISITE À DOMICILE"), (450.0, "N° FINESS 0001116")])
    bare = _titled([(40.0, "NOTE D'HONORAIRES — VISITE À DOMICILE"), (450.0, "0001116")])
    assert value(labelled, "invoice_number") is None
    assert value(bare, "invoice_number") is None


def test_a_receipt_of_fees_is_a_title_with_its_number_under_it() -> None:
    # the number sign's ring read apart, a little higher, as a line of its own
    ring, number = (63.0, [(206.0, "o")]), (64.0, [(200.0, "n R25-0139 du 02/10/2025")])
    document = _titled([(200.0, "REÇU D'HONORAIRES")], ring, number)
    assert value(document, "invoice_number") == "R25-0139"
    assert value(document, "invoice_date") == "2025-10-02"


# ---------------------------------------------------------------- a name before its birth date, label unread


def test_a_name_whose_label_is_unread_before_the_birth_date_is_the_patients() -> None:
    document = _invoice([
        (80.0, [(40.0, "Assurèée) ARNAUD Sylvie née) le 13/05/69"), (300.0, "Prescripteur Dr GERMAIN")]),
        (96.0, [(40.0, "NIR : 2 69 05 38 656 590 38")]),
    ])
    assert value(document, "patient_name") == "ARNAUD Sylvie"
    assert document.fields["patient_name"].confidence < 0.9


def test_words_of_a_sentence_before_the_birth_date_are_no_name() -> None:
    document = _invoice([
        (80.0, [(40.0, "Soins pour Sylvie née le 13/05/69")]),
        (96.0, [(40.0, "NIR : 2 69 05 38 656 590 38")]),
    ])
    assert value(document, "patient_name") is None


# ---------------------------------------------------------------- a civility's name over its address


def _civility_block(between: list[str]) -> ExtractedDocument:
    rows: list[tuple[float, list[tuple[float, str]]]] = [
        (80.0, [(40.0, "NOTE D'HONORAIRES"), (330.0, "M. AUBRY Séverin")]),
    ]
    y = 96.0
    for text in between:
        rows.append((y, [(330.0, text)]))
        y += 16.0
    rows.append((y, [(330.0, "né le 16/11/1948")]))
    return _invoice(rows)


def test_a_civilitys_name_over_its_address_and_birth_date_in_its_column_is_the_patients() -> None:
    document = _civility_block(["15 allée des Tilleuls", "57000 METZ"])
    assert value(document, "patient_name") == "AUBRY Séverin"
    assert document.fields["patient_name"].confidence < 0.9


def test_a_civilitys_name_far_above_a_birth_date_gives_no_name() -> None:
    document = _civility_block(["15 allée des Tilleuls", "Bâtiment B", "57000 METZ", "Mutuelle Bleue"])
    assert value(document, "patient_name") is None


# ---------------------------------------------------------------- a label's "m" read as "rn"


def _named_under(label: str) -> ExtractedDocument:
    page = page_of(
        [
            (20.0, [(40.0, "Docteur Paul MARTIN — RPPS 10003879623")]),
            (60.0, [(40.0, "PATIENT")]),
            (80.0, [(40.0, f"{label} LEFÈVRE Loïc")]),
            (200.0, [(40.0, "Code"), (120.0, "Acte"), (460.0, "Montant")]),
            (212.0, [(40.0, "CS"), (120.0, "Consultation"), (460.0, "30,00 €")]),
        ],
        source="ocr",
        conf=0.95,
    )
    # Tesseract doubts the misread word: 0.2, as it does a speck's
    words = [dataclasses.replace(w, conf=0.2) if w.text.startswith("Norn") else w for w in page.words]
    return one([dataclasses.replace(page, words=words)])


def test_a_label_word_whose_m_a_fax_read_as_rn_still_names_the_patient() -> None:
    document = _named_under("Norn, prénom :")
    assert value(document, "patient_name") == "LEFÈVRE Loïc"
    assert document.fields["patient_name"].confidence < 0.9


# ---------------------------------------------------------------- a heading's first word lost


def _table_of_patients(heading: str) -> ExtractedDocument:
    return _invoice([
        (80.0, [(40.0, heading), (300.0, "Date de naissance")]),
        (96.0, [(40.0, "VASSEUR Sylvie"), (300.0, "19 mars 1981")]),
    ])


def test_a_full_name_heading_whose_first_word_a_fax_lost_still_names_the_patient() -> None:
    document = _table_of_patients("et prénom du patient")  # "Nom" read as a speck
    assert value(document, "patient_name") == "VASSEUR Sylvie"
    assert document.fields["patient_name"].confidence < 0.9


def test_a_full_name_heading_read_whole_names_the_patient() -> None:
    assert value(_table_of_patients("Nom et prénom du patient"), "patient_name") == "VASSEUR Sylvie"
