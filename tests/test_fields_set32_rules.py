"""Rules of extraction of set 32's kind (every rendering misses them alike): a birth that is an event of the
care ("Admission en salle de naissance le …", "Naissance de Paul le …") is no label of the patient's birth
date, so it no longer takes the acts' date away from the care date; a child's label qualified by a
participle ("Enfant opéré : …") names the patient, not the insuring parent; a share's words in a sentence
("sur la part obligatoire") head no amount under them; an insurer's label followed by an amount only
("Organisme complémentaire  30,00 €") is its share; the acts adding up to the shares confirm a total read
poorly when the shares' short labels print their rates; a maison de santé's FINESS and its other members'
numbers give way to the practitioner the invoice names ("Praticien : Dr …" over his RPPS); a doctor's
number followed by a date ("(RPPS 1…) du 08/05/2025 : pansements") is his prescription's. Wordings and
values made up."""

from __future__ import annotations

from intake.domain.model import ExtractedDocument
from tests.test_fields import one, page_of, value


def _delivery(prose: list[str]) -> ExtractedDocument:
    rows = [
        (20.0, [(40.0, "Docteur Paul MARTIN - Gynécologie - RPPS 10003879623")]),
        (32.0, [(40.0, "NOTE D'HONORAIRES"), (400.0, "n° 2025-117")]),
        (44.0, [(400.0, "Lyon, le 20 mars 2025")]),
        (56.0, [(40.0, "Patiente : Mme DURAND Claire")]),
        (68.0, [(40.0, "née le 3 avril 1990")]),
        (80.0, [(40.0, "Immatriculation : 2 90 04 69 123 456 12")]),
        *[(92.0 + 12 * i, [(40.0, text)]) for i, text in enumerate(prose)],
        (140.0, [(40.0, "Date"), (140.0, "CCAM"), (220.0, "Acte"), (470.0, "Total")]),
        (152.0, [(40.0, "11 mars 2025"), (140.0, "JQGD010"), (220.0, "Accouchement"), (470.0, "313,50 €")]),
        (176.0, [(220.0, "Total des honoraires"), (470.0, "313,50 €")]),
        (188.0, [(220.0, "Part Assurance Maladie"), (470.0, "313,50 €")]),
    ]
    return one([page_of(rows)])


def test_a_birth_the_care_dates_is_no_birth_date_of_the_patient() -> None:
    document = _delivery(["Admission en salle de naissance le 11 mars 2025.", "Naissance de Louise le 11 mars 2025."])
    assert value(document, "patient_birth_date") == "1990-04-03"
    assert value(document, "care_date") == "2025-03-11"


def test_a_bare_birth_label_still_labels_the_birth_date() -> None:
    rows = [
        (20.0, [(40.0, "Infirmière Julie PETIT - N° ADELI 386065171")]),
        (32.0, [(40.0, "FACTURE N° 23-0042")]),
        (44.0, [(40.0, "Patient : M. BLANC Henri")]),
        (56.0, [(40.0, "Naissance : 02/08/1941")]),
    ]
    assert value(one([page_of(rows)]), "patient_birth_date") == "1941-08-02"


def test_a_participle_after_the_child_label_is_no_part_of_the_name() -> None:
    rows = [
        (20.0, [(40.0, "Dr Anne ROUX - ORL - RPPS 10003879623"), (400.0, "Facture N° ORL/25/0012")]),
        (44.0, [(40.0, "Enfant opéré : MOREAU Lucas, né(e) le 11/06/18")]),
        (56.0, [(40.0, "Assuré(e) ouvrant droit : Mme MOREAU Julie")]),
    ]
    assert value(one([page_of(rows)]), "patient_name") == "MOREAU Lucas"


def _shares(rows: list[tuple[float, list[tuple[float, str]]]]) -> ExtractedDocument:
    head = [
        (20.0, [(40.0, "Dr Marc LEROY - Neurologue - RPPS 10003879623")]),
        (32.0, [(40.0, "NOTE D'HONORAIRES N° N2025-0042")]),
        (44.0, [(40.0, "Date : 21/07/2025")]),
        (56.0, [(40.0, "Patient(e) : FAURE Anne")]),
    ]
    return one([page_of([*head, *rows])])


def test_an_insurer_label_before_an_amount_only_labels_its_share() -> None:
    document = _shares([
        (140.0, [(200.0, "Total dû"), (470.0, "159,60 €")]),
        (152.0, [(200.0, "Assurance Maladie (ALD 100 %, moins 2,00 €)"), (470.0, "127,60 €")]),
        (164.0, [(200.0, "Organisme complémentaire"), (470.0, "30,00 €")]),
        (176.0, [(200.0, "Votre part"), (470.0, "2,00 €")]),
    ])
    assert value(document, "amc_amount") == "30.00"
    assert value(document, "patient_amount") == "2.00"  # printed, and what the sums call for


def test_share_words_in_a_sentence_head_no_amount_under_them() -> None:
    document = _shares([
        (140.0, [(200.0, "Montant des honoraires"), (470.0, "30,00 €")]),
        (152.0, [(200.0, "Part Assurance Maladie (70 % - 2,00 €)"), (470.0, "19,00 €")]),
        (164.0, [(200.0, "Part complémentaire santé"), (470.0, "9,00 €")]),
        (176.0, [(200.0, "Participation forfaitaire à votre charge"), (470.0, "2,00 €")]),
        (200.0, [(100.0, "Tiers payant sur la part obligatoire et la part complémentaire.")]),
        (212.0, [(100.0, "Participation forfaitaire de 2 € non prise en charge.")]),
    ])
    assert value(document, "amo_amount") == "19.00"
    assert value(document, "amc_amount") == "9.00"
    assert value(document, "patient_amount") == "2.00"


def test_acts_adding_up_to_rated_shares_confirm_a_total_read_poorly() -> None:
    document = _shares([
        (100.0, [(40.0, "Date"), (140.0, "Acte"), (470.0, "Honoraires")]),
        (112.0, [(40.0, "2025-07-21"), (140.0, "Détartrage"), (470.0, "28,92")]),
        (124.0, [(40.0, "2025-07-21"), (140.0, "Restauration 2 faces"), (470.0, "53,01")]),
        (136.0, [(40.0, "2025-07-21"), (140.0, "Restauration 1 face"), (470.0, "31,33")]),
        (160.0, [(300.0, "Honoraires"), (470.0, "13,26 €")]),
        (172.0, [(300.0, "AMO (60 %)"), (470.0, "67,96 €")]),
        (184.0, [(300.0, "AMC (40 %)"), (470.0, "45,30 €")]),
        (196.0, [(300.0, "Reste patient"), (470.0, "0,00 €")]),
    ])
    assert value(document, "total_amount") == "113.26"


def test_a_group_practice_gives_way_to_the_practitioner_it_names() -> None:
    rows = [
        (20.0, [(40.0, "MSP"), (140.0, "Maison de santé pluriprofessionnelle des Tilleuls")]),
        (32.0, [(140.0, "SISA des Tilleuls - FINESS 769000019")]),
        (56.0, [(40.0, "Dr Paul VIDAL"), (200.0, "FACTURE"), (450.0, "N° MSP25-0042")]),
        (68.0, [(40.0, "RPPS 10003879623"), (450.0, "Date : 02/07/2025")]),
        (80.0, [(40.0, "Dr Jeanne LEMAIRE"), (200.0, "Praticien : Dr Jeanne LEMAIRE, médecin généraliste")]),
        (92.0, [(40.0, "RPPS 10100000024"), (200.0, "N° RPPS 10100000024 - conventionné secteur 1")]),
        (104.0, [(40.0, "Claire BOYER, infirmière")]),
        (116.0, [(40.0, "ADELI 766000012"), (200.0, "Patient(e) : Mme HAMON Sylvie")]),
    ]
    document = one([page_of(rows)])
    assert value(document, "rpps") == "10100000024"
    assert value(document, "adeli") is None
    assert value(document, "finess") is None


def test_a_doctors_number_followed_by_a_date_is_his_prescriptions() -> None:
    rows = [
        (20.0, [(40.0, "Julie PETIT - Infirmière - N° ADELI 386065171")]),
        (32.0, [(40.0, "FACTURE N° 23-0042"), (400.0, "le 28/05/2025")]),
        (44.0, [(40.0, "Patient : M. BLANC Henri")]),
        (68.0, [(40.0, "BRY (RPPS 10003879623) du 08/05/2025 : pansement un jour sur deux.")]),
    ]
    document = one([page_of(rows)])
    assert value(document, "adeli") == "386065171"
    assert value(document, "rpps") is None


def test_a_date_beside_the_invoicers_number_on_another_line_dates_no_paper_of_his() -> None:
    rows = [
        (20.0, [(40.0, "Marc ROUX - Podo-orthésiste"), (450.0, "FACTURE n° PO-2025-0042")]),
        (40.0, [(450.0, "du 09/04/2025")]),
        (44.0, [(40.0, "N° ADELI 386065171 - SIRET 91921153278814")]),
        (68.0, [(40.0, "Patient : M. BLANC Henri")]),
    ]
    assert value(one([page_of(rows)]), "adeli") == "386065171"
