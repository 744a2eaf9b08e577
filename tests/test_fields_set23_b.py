"""Set 23 (opened for tuning), faxes: labels, values and roles a clerk reads that the extraction missed or
took wrong. Wordings, names and numbers are made up.

- "Prescripteur Dr X — RPPS 1..." holds the prescriber's own number: an "ADELI 2..." lines below is
  the invoicer's, not the prescriber's;
- "Part AMO {60 *#) 108,60 €": the rate's misread "%)" dropped as a speck leaves "{60 108,60": the
  amount starts after the bracketed rate;
- an e-mail printed from a webmail: its quote header's date ("Le 30/06/2025 à 16:05, X a écrit :") and
  its header block's "Date :" are the mails' dates, not the pasted invoice's;
- "FINESS ETABLISSEMENT 29..." with the colon lost; "ENTITE JURIDIQUE : FINESS 29...": the legal entity's;
- a total read with a 0 for its first digit ("074,40 €") that the shares make 574,40;
- a dotted leader a fax spelled as letters ("ressesinseesen...") Tesseract has no confidence in;
- "P rescription": a word's first capital cut off at a kerning gap;
- label words read with look-alike letters ("Part mutuclic", "Datc de la facture", "Dare de la visite");
- a pharmacy: the pharmacist who checked a preparation ("contrôlée par X, pharmacien (RPPS 1...)") is
  not the invoicer, and the preparation's date is no rival of the delivery's;
- held: a FINESS in the body when the letterhead's RPPS label was read without its number.
"""

from __future__ import annotations

from intake.domain.model import Page, Word
from parsers.fields import values
from parsers.fields.layout import build_lines, find_labels, look_alike_distance
from tests.factories import rpps
from tests.test_fields import lines_page, one, page_of, value

ADELI = "296024094"  # Luhn key holds
SITE_FINESS = "292843067"
LEGAL_FINESS = "295917587"


def test_an_adeli_under_a_prescriber_line_holding_its_own_rpps_is_the_invoicers() -> None:
    text = f"""
Stéphane GIRAUD RELEVÉ DE SOINS N° R2506-71
Patient M. COUSIN Mickaël
N° SS 1 39 07 57 773 924 46
Prescripteur Dr LEROUX — RPPS {rpps()} — ordonnance du 24/05/2025
Période du 27/05/2025 au 15/06/2025
ADELI {ADELI}
Total du relevé 181,00 €
"""
    assert value(one([lines_page(text)]), "adeli") == ADELI


def test_an_rpps_under_a_bare_prescriber_heading_stays_the_prescribers() -> None:
    number = rpps()
    text = f"""
Stéphane GIRAUD RELEVÉ DE SOINS N° R2506-71
Patient M. COUSIN Mickaël
N° SS 1 39 07 57 773 924 46
Prescripteur Dr LEROUX
RPPS {number}
Total du relevé 181,00 €
"""
    assert value(one([lines_page(text)]), "rpps") is None


def test_a_bracketed_rate_whose_percent_was_dropped_is_no_part_of_the_amount() -> None:
    assert values.parse_amount("{60 108,60 €") == "108.60"
    assert values.parse_amount("(1 234,56 €)") == "1234.56"
    assert values.parse_amount("(2 345,00 € dont TVA)") == "2345.00"  # a thousands group, no rate


MAIL = """
jeu. 3 juil. 2025 12:25 Messagerie — Imprimer
De : Sylvie AUBRY <cabinet.aubry@example.fr>
À : Service Tiers Payant
Date : jeu. 3 juil. 2025 à 12:25
Objet : Facture 2025-0337
Bonjour, je vous renvoie ma facture.
FACTURE N° 2025-0337 Date : 16/06/2025
Orthophoniste : Sylvie AUBRY - RPPS {rpps}
Patient : HÉBERT Élodie née le 14/12/2016
N° SS assuré : 1 83 08 99 503 782 67
Total 191,64 €
Le 30/06/2025 à 16:05, Service Tiers Payant a écrit :
> Votre facture n° 2025-0337 ne peut être réglée.
"""


def test_the_mails_dates_are_not_the_pasted_invoices_date() -> None:
    document = one([lines_page(MAIL.format(rpps=rpps()))])
    assert value(document, "invoice_date") == "2025-06-16"


def test_a_quote_header_is_no_place_date() -> None:
    text = MAIL.format(rpps=rpps()).replace("FACTURE N° 2025-0337 Date : 16/06/2025", "FACTURE N° 2025-0337")
    text = text.replace("Date : jeu. 3 juil. 2025 à 12:25\n", "")
    assert value(one([lines_page(text)]), "invoice_date") != "2025-06-30"


HOSPITAL = """
CENTRE HOSPITALIER DE BREST FACTURE
{site}
N. FACTURE : 25403542
PATIENT : DUFOUR Maëva
N. IMMATRICULATION : 1 90 07 49 092 405 88
TOTAL SEJOUR 4 949,20 €
ENTITE JURIDIQUE : FINESS {legal} - EDITION PAR LE SERVICE FACTURATION
"""


def test_a_finess_qualified_as_the_establishments_without_its_colon() -> None:
    text = HOSPITAL.format(site=f"FINESS ETABLISSEMENT {SITE_FINESS}", legal="0")
    assert value(one([lines_page(text)]), "finess") == SITE_FINESS


def test_the_legal_entitys_finess_named_before_its_label_is_no_rival() -> None:
    text = HOSPITAL.format(site=f"FINESS ETABLISSEMENT : {SITE_FINESS}", legal=LEGAL_FINESS)
    assert value(one([lines_page(text)]), "finess") == SITE_FINESS


def test_a_total_read_with_a_zero_for_its_first_digit_is_what_the_shares_make() -> None:
    text = f"""
Maison X — Dr Claire MARTIN
N° RPPS : {rpps()}
Facture n° : PC25-0223
Cliente : Mme SAÏDI Élodie
N° de sécurité sociale : 2 64 07 20 772 796 25
Total TTC : 074,40 €
Part Assurance Maladie : 250,00 €
Part mutuelle : 200,00 €
Reste à votre charge : 124,40 €
"""
    document = one([lines_page(text, source="ocr", conf=0.9)])
    assert value(document, "total_amount") == "574.40"
    assert document.fields["total_amount"].confidence < 0.9  # a repair: held for a clerk


def _ocr_page(rows: list[tuple[float, list[tuple[float, str, float]]]]) -> Page:
    words = [
        Word(text, x, y, x + 5.0 * len(text), y + 10.0, conf, line)
        for line, (y, cells) in enumerate(rows)
        for x, text, conf in cells
    ]
    return Page(number=1, width=600, height=850, words=words, source="ocr")


def test_a_leader_spelled_as_letters_is_a_speck() -> None:
    page = _ocr_page([(100.0, [
        (40.0, "Enfant", 0.96), (80.0, "ressesinseesenreseeer", 0.0), (200.0, "BRETON", 0.96), (240.0, "Sylvie", 0.96),
    ])])
    assert [w.text for w in build_lines([page])[0].words] == ["Enfant", "BRETON", "Sylvie"]


def test_a_word_cut_after_its_first_capital_is_one_word() -> None:
    page = _ocr_page([(100.0, [(40.0, "P", 0.9), (45.5, "rescription", 0.9)])])
    assert [w.text for w in build_lines([page])[0].words] == ["Prescription"]


def test_a_one_letter_word_stays_apart_from_the_next() -> None:
    page = _ocr_page([(100.0, [(40.0, "À", 0.9), (45.5, "régler", 0.9)])])
    assert [w.text for w in build_lines([page])[0].words] == ["À", "régler"]


def test_label_words_read_with_look_alike_letters_on_a_fax() -> None:
    assert look_alike_distance("mutuclic", "mutuelle") == 1
    assert look_alike_distance("mutuel", "mutuelle") is None
    for text, kind in (
        ("Part mutuclic (40 %) 31,20 EUR", "amc_amount"),
        ("Datc de la facture 28.08.2025", "invoice_date"),
        ("Dare de la visite", "care_date"),
    ):
        line = build_lines([lines_page(text, source="ocr", conf=0.9)])[0]
        assert kind in [hit.kind for hit in find_labels(line)], text


def test_look_alike_letters_are_not_forgiven_on_a_text_layer() -> None:
    line = build_lines([lines_page("Part mutuclic (40 %) 31,20 EUR")])[0]
    assert "amc_amount" not in [hit.kind for hit in find_labels(line)]


def test_a_body_finess_is_held_when_the_letterheads_rpps_was_not_read() -> None:
    page = page_of([
        (20.0, [(40.0, "Dr Jean ARNAUD"), (300.0, "Identifiant RPPS")]),
        (40.0, [(300.0, "IP EAONEUS")]),
        (80.0, [(40.0, "Facture n° F2025-01045 Date de la visite 02/05/2025")]),
        (120.0, [(40.0, "PATIENT"), (300.0, "LIEU DE LA VISITE")]),
        (140.0, [(40.0, "Nom et prénom DUFOUR Cédric"), (300.0, "EHPAD Les Tilleuls")]),
        (160.0, [(40.0, "N° de sécurité sociale"), (300.0, "FINESS de l'établissement")]),
        (180.0, [(40.0, "1 32 03 20 807 320 35"), (300.0, "348151812")]),
        (220.0, [(40.0, "Total 40,00 €")]),
    ], source="ocr", conf=0.9)
    document = one([page])
    if "finess" in document.fields:
        assert document.fields["finess"].confidence < 0.85
        assert document.needs_review


PHARMACY = """
Pharmacie de l'Abbaye FACTURE
N° FINESS {finess}
N° de facture Date de facture Date de délivrance
3633038 05/03/2025 05/03/2025
Bénéficiaire : AUBRY Mickaël
N° d'immatriculation : 1 45 02 49 582 760 59
Préparation réalisée le 04/03/2025 à l'officine, contrôlée par François DUFOUR, pharmacien (RPPS {rpps}).
Total facture 22,52 €
"""


def test_the_pharmacist_who_checked_a_preparation_is_not_the_invoicer() -> None:
    document = one([lines_page(PHARMACY.format(finess=SITE_FINESS, rpps=rpps()))])
    assert value(document, "finess") == SITE_FINESS
    assert value(document, "rpps") is None


def test_a_preparations_date_is_no_rival_of_the_delivery() -> None:
    document = one([lines_page(PHARMACY.format(finess=SITE_FINESS, rpps=rpps()))])
    assert value(document, "care_date") == "2025-03-05"
    assert document.fields["care_date"].confidence >= 0.85


def test_an_insurer_heading_glued_to_its_number_word_heads_the_insurers_number_below() -> None:
    page = page_of([
        (20.0, [(40.0, "Dr Jean ARNAUD - N° RPPS " + rpps())]),
        (60.0, [(40.0, "Facture n° F2025-01045")]),
        (80.0, [(40.0, "Patient : DUFOUR Cédric")]),
        (100.0, [(40.0, "N° de sécurité sociale : 1 32 03 20 807 320 35")]),
        (140.0, [(40.0, "Organisme complémentaire N'AMC"), (300.0, "Médecin traitant")]),
        (160.0, [(40.0, "Mutuelle Bleue -- 855172429"), (300.0, "Oui")]),
        (200.0, [(40.0, "Total 40,00 €")]),
    ], source="ocr", conf=0.9)
    assert value(one([page]), "amc_number") == "855172429"


def test_a_site_finess_after_the_legal_entitys_on_one_line_stays_the_sites() -> None:
    text = HOSPITAL.format(site=f"FINESS juridique {LEGAL_FINESS} - FINESS établissement {SITE_FINESS}", legal="0")
    assert value(one([lines_page(text)]), "finess") == SITE_FINESS


def test_an_establishment_named_before_a_finess_label_keeps_its_number() -> None:
    text = f"""
FACTURE Pharmacie des Tilleuls
N° FINESS : {SITE_FINESS}
N° facture : 60686706
M. ARNAUD Grégoire
NIR 1 57 04 20 649 295 02
Prescription du Dr LEROUX — CHU — FINESS établissement {LEGAL_FINESS}
Montant total TTC 1023,00 EUR
"""
    document = one([lines_page(text)])
    assert value(document, "finess") == SITE_FINESS
    assert document.fields["finess"].confidence >= 0.9
