"""Practice-software print-outs, establishments' statements and platform invoices: the wordings and
layouts they share with other senders. One test per general rule, made-up wording."""

from __future__ import annotations

from intake.domain.model import Page, Word
from parsers.fields.layout import split_stacked
from parsers.fields.numbers import number_after_words as _number_after_words
from tests.test_fields import lines_page, one, page_of, value

NIR = "1 85 05 78 006 084 91"


# ---------------------------------------------------------------- print-outs in a monospace font


def test_number_after_words_that_complete_the_papers_name() -> None:
    """ "FACTURE TIERS PAYANT N. 004512": the words between "Facture" and "N." name the paper."""
    document = one([lines_page("RPPS.......: 10003879623\nFACTURE TIERS PAYANT N. 004512\nNIR........: " + NIR)])
    assert value(document, "invoice_number") == "004512"


def test_number_after_words_never_takes_a_date() -> None:
    document = one([lines_page("FACTURE DE LOCATION DU 12/03/2025\nNIR : " + NIR)])
    assert value(document, "invoice_number") is None


def test_dot_leader_read_with_a_comma_before_a_name() -> None:
    page = lines_page("Facture n° 2025-301\nASSURE...,.: LEROUX Anaïs\nNIR : " + NIR, source="ocr", conf=0.95)
    assert value(one([page]), "patient_name") == "LEROUX Anaïs"


def test_dot_leader_read_with_commas_before_an_identifier() -> None:
    """ "RPPS.,...... : 10003879623": a fax reads the leader's points as commas; the number is still the label's."""
    page = lines_page("RPPS.,...... : 10003879623\nFACTURE N. 004512\nNIR,.......: " + NIR, source="ocr", conf=0.95)
    document = one([page])
    assert value(document, "rpps") == "10003879623"
    assert document.fields["rpps"].confidence >= 0.85


def test_short_date_read_with_commas_for_its_dots() -> None:
    """ "26,08,25": a fax reads both dots of a short date as commas; no amount has two 2-digit groups."""
    from parsers.fields.values import find_dates

    assert [m.value for m in find_dates("26,08,25 CS consultation")] == ["2025-08-26"]
    assert [m.value for m in find_dates("26,08.2025")] == ["2025-08-26"]
    assert find_dates("Total 12,50 € 30,00") == [] and find_dates("1,50,00") == []


def test_speck_after_a_name_is_not_part_of_it() -> None:
    document = one([lines_page("Facture n° 2025-301\nBénéficiaire : LEROUX Anaïs!")])
    assert value(document, "patient_name") == "LEROUX Anaïs"


# ---------------------------------------------------------------- identifiers with a bracketed qualifier


def test_bracketed_qualifier_between_label_and_identifier() -> None:
    document = one([lines_page("Facture n° 2025-301\nN° AMC (télétransmission) : 40718823\nFINESS (site) : 514527860")])
    assert value(document, "amc_number") == "40718823"
    assert value(document, "finess") == "514527860"


def test_member_number_at_the_insurer_is_not_its_amc_number() -> None:
    document = one([lines_page("Facture n° 2025-301\nN° adhérent mutuelle : 8800412937")])
    assert value(document, "amc_number") is None


def test_legal_entity_finess_with_more_words_is_no_rival_of_the_sites() -> None:
    page = lines_page("Facture n° 2025-301\nN° FINESS établissement : 514527860 · FINESS entité juridique : 517498499")
    document = one([page])
    assert value(document, "finess") == "514527860" and document.fields["finess"].confidence >= 0.85


# ---------------------------------------------------------------- care dates


def test_billed_rental_period_starts_the_care() -> None:
    page = lines_page(
        "Facture : LOC-2025-118\nPériode facturée : du 03.03.2025 au 30.03.2025\nProchaine visite prévue le 12.05.2025"
    )
    assert value(one([page]), "care_date") == "2025-03-03"


def test_a_visit_to_come_is_no_care_date() -> None:
    document = one([lines_page("Facture : LOC-2025-118\nProchain rendez-vous prévu le 12/05/2025")])
    assert "care_date" not in document.fields


def test_weekday_before_a_care_date() -> None:
    document = one([lines_page("Facture n° TC-2025-77\nConsultation vidéo du mardi 4 mars 2025 à 10 h 15")])
    assert value(document, "care_date") == "2025-03-04"


def test_lower_case_label_after_a_dash() -> None:
    page = lines_page("Facture n° 2025-301\nPassage    Service des urgences — arrivée le 23.08.2025 20:21")
    assert value(one([page]), "care_date") == "2025-08-23"


def test_lower_case_words_without_a_dash_stay_prose() -> None:
    page = lines_page("Facture n° 2025-301\nle patient est arrivée le 23.08.2025 au service")
    assert "care_date" not in one([page]).fields


# ---------------------------------------------------------------- parties and amounts


def test_thermal_cure_patient() -> None:
    document = one([lines_page("Facture n° TH-2025-44\nCuriste : M. DUPUIS Henri\nNé le 02/02/1950")])
    assert value(document, "patient_name") == "DUPUIS Henri"


def test_paid_by_card_is_the_patients_share() -> None:
    page = lines_page(
        "Facture n° TC-2025-77\nMontant total 30,00 €\nPart AMO 21,00 €\nPart AMC 9,00 €\n"
        "Payé par carte bancaire 0,00 €"
    )
    assert value(one([page]), "patient_amount") == "0.00"


def test_ledger_references_beside_an_invoice_number() -> None:
    """A hospital's statement: "Titre n°" and "Bordereau n°" beside the "N° de facture"."""
    both = one([lines_page("Titre n° 88123 — Bordereau n° 412\nN° de facture : 25001234\nNIR : " + NIR)])
    assert value(both, "invoice_number") == "25001234"
    assert both.fields["invoice_number"].confidence >= 0.85
    alone = one([lines_page("AVIS DES SOMMES A PAYER\nTitre n° 88123\nNIR : " + NIR)])
    assert value(alone, "invoice_number") == "88123"


def test_doctor_named_in_the_body_is_not_the_letterheads() -> None:
    page = lines_page(
        "Dr Paul GIRARD — N° RPPS 10003879623\nNote d'honoraires n° AR-2025-12\nPatient : M. LEROUX Jean\n"
        f"NIR {NIR}\nChirurgien : Dr FAURE (RPPS 10101010105)"
    )
    document = one([page])
    assert value(document, "rpps") == "10003879623" and document.fields["rpps"].confidence >= 0.85


def test_stand_in_doctor_in_the_body_stays_a_rival() -> None:
    page = lines_page(
        "Dr Paul GIRARD — N° RPPS 10003879623\nNote d'honoraires n° AR-2025-12\nPatient : M. LEROUX Jean\n"
        f"NIR {NIR}\nDr FAURE, médecin remplaçant (RPPS 10101010105)"
    )
    document = one([page])
    assert document.needs_review


def test_place_and_date_after_a_titled_number() -> None:
    page = page_of([(20, [(40, "Note d'honoraires")]), (32, [(40, "n° 2025/1724 — Lyon, le 3 mars 2025")])])
    assert value(one([page]), "invoice_date") == "2025-03-03"


def test_value_under_the_next_heading_starting_a_little_left_of_it() -> None:
    """A header row ("Patient(e)  Complémentaire"): the neighbour's value, read a little left of its
    heading, is not part of the name."""
    page = page_of(
        [
            (20, [(40, "Facture n° 2025-301")]),
            (60, [(40, "Patient(e)"), (300, "Complémentaire")]),
            (72, [(40, "HÉBERT Yannick"), (298, "Ociane Santé")]),
        ],
        source="ocr",
        conf=0.95,
    )
    assert value(one([page]), "patient_name") == "HÉBERT Yannick"


def test_civility_name_in_the_first_cell_of_a_line() -> None:
    page = page_of(
        [
            (20, [(40, "Facture de séjour")]),
            (60, [(40, "M. DA COSTA Jérémy"), (400, "N° F25001122")]),
            (72, [(40, "Date de naissance : 24/03/1958")]),
        ]
    )
    assert value(one([page]), "patient_name") == "DA COSTA Jérémy"


# ---------------------------------------------------------------- OCR lines


def _word(text: str, x0: float, y0: float, height: float = 7.0) -> Word:
    return Word(text, x0, y0, x0 + 6 * len(text), y0 + height, 0.95, 3)


def test_big_title_beside_two_small_rows_is_split_into_rows() -> None:
    words = [
        _word("Facture", 50, 110, 11),
        _word("d'honoraires", 110, 110, 11),
        _word("Facture", 360, 103),
        _word("n°", 410, 103),
        _word("MV-2025-0142", 470, 103),
        _word("Date", 360, 119),
        _word("d'émission", 390, 119),
        _word("27/03/2025", 510, 119),
    ]
    rows = split_stacked(words)
    assert [" ".join(w.text for w in sorted(row, key=lambda w: w.x0)) for row in rows] == [
        "Facture n° MV-2025-0142",
        "Facture d'honoraires",
        "Date d'émission 27/03/2025",
    ]
    page = Page(number=1, width=600, height=850, words=words, source="ocr")
    document = one([page])
    assert value(document, "invoice_number") == "MV-2025-0142"
    assert value(document, "invoice_date") == "2025-03-27"


def test_skewed_line_is_never_split() -> None:
    """A photo's line drifting down to the right: its pieces sit side by side, never one above another."""
    words = [_word("Total", 40, 100), _word("TTC", 80, 101), _word("30,00", 300, 108), _word("€", 340, 109)]
    assert len(split_stacked(words)) == 1


def test_civility_name_in_a_right_block_over_its_birth_date() -> None:
    page = page_of(
        [
            (20, [(40, "FACTURE"), (360, "Mme VASSAL Inès")]),
            (32, [(40, "Facture n° F40-1188"), (360, "Né(e) le 20.07.1977")]),
        ]
    )
    assert value(one([page]), "patient_name") == "VASSAL Inès"


def test_civility_name_in_a_right_block_needs_its_own_birth_date() -> None:
    page = page_of(
        [
            (20, [(40, "Facture n° F40-1188"), (360, "M. ROUX Pierre")]),
            (32, [(40, "Né(e) le 20.07.1977"), (360, "Opticien conseil")]),
        ]
    )
    assert value(one([page]), "patient_name") != "ROUX Pierre"


def test_a_word_starting_like_a_number_word_is_not_one() -> None:
    assert _number_after_words("de Nora 2025-12") is None
    found = _number_after_words("TIERS PAYANT No 000330")
    assert found is not None and found.value == "000330"


def test_sum_owed_by_the_insurer_is_its_share() -> None:
    page = lines_page(
        "Facture n° 2025-301\nMontant total des frais 40,00 €\nSomme due par l'organisme complémentaire 12,00 €"
    )
    document = one([page])
    assert value(document, "amc_amount") == "12.00" and value(document, "total_amount") == "40.00"


def test_lower_case_label_after_a_double_dash() -> None:
    page = lines_page("Facture n° 2025-301\nPassage    Urgences —- arrivée le 23.08.2025")
    assert value(one([page]), "care_date") == "2025-08-23"


def test_a_cell_opened_by_a_gap_whose_dash_the_fax_lost_labels_its_date() -> None:
    """ "Passage Urgences — arrivée le 23.08.2025": the fax lost the thin dash, its gap is left; the lower-case
    "arrivée le" still opens a cell and names the care date (a sentence's "arrivée le" would not)."""
    rows = [
        (0.0, [(40.0, "Facture n° 2025-301")]),
        (20.0, [(40.0, "NIR : " + NIR)]),
        (40.0, [(40.0, "Passage Service des urgences adultes"), (250.0, "arrivée le 23.08.2025 20:21, sortie")]),
    ]
    assert value(one([page_of(rows, source="ocr", conf=0.95)]), "care_date") == "2025-08-23"
    joined = [(0.0, rows[0][1]), (20.0, rows[1][1]), (40.0, [(40.0, "Il est noté son arrivée le 23.08.2025 20:21")])]
    assert value(one([page_of(joined, source="ocr", conf=0.95)]), "care_date") is None
