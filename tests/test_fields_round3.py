"""Layouts and wordings behind the extraction misses of held-out sets 1, 5, 8 and 10 (round 3). One test
per general rule; the wordings and values are made up for the tests."""

from __future__ import annotations

from tests.test_fields import HEIGHT, one, page_of, value

# ---------------------------------------------------------------- a share boxed at the page's right edge


def test_share_right_aligned_in_a_wide_box() -> None:
    """A column of boxes at the right of a devis: each share's label in the box's top-left corner, its
    amount right-aligned at the box's far edge on the next line, some fifteen text heights away, while
    the table on the left goes on over the same rows."""
    far = 420.0 + 8 * 5.0 + 15 * HEIGHT  # the label's end, then fifteen text heights
    document = one([page_of([
        (0.0, [(40.0, "Optique des Remparts"), (400.0, "DEVIS NORMALISÉ")]),
        (20.0, [(40.0, "N° ADELI : 136123106"), (400.0, "Devis n° DV-2025-0412")]),
        (40.0, [(40.0, "Bénéficiaire : DURAND Paul"), (400.0, "Date du devis 01/10/2025")]),
        (60.0, [(40.0, "Num. Sécu : 1 84 01 13 077 091 63")]),
        (100.0, [(40.0, "Élément Prix TTC"), (420.0, "Total TTC")]),
        (120.0, [(40.0, "Monture 119,00"), (far, "300,00 €")]),
        (140.0, [(40.0, "Verre OD 90,50"), (420.0, "PC Sécu")]),
        (160.0, [(40.0, "Verre OG 90,50"), (far, "0,12 €")]),
        (180.0, [(40.0, "Traitement 40,00"), (420.0, "PC Mutuelle")]),
        (200.0, [(40.0, "Garantie offerte"), (far, "160,88 €")]),
        (220.0, [(40.0, "Étui et chiffonnette"), (420.0, "Reste à charge")]),
        (240.0, [(40.0, "Contrat responsable"), (far, "139,00 €")]),
    ])])
    assert value(document, "amo_amount") == "0.12"
    assert value(document, "amc_amount") == "160.88"
    assert value(document, "patient_amount") == "139.00"


# ---------------------------------------------------------------- a bracketed note on a form's label


def test_bracketed_note_after_a_label_leaves_the_value_below() -> None:
    """ "N° AMC (figurant sur l'attestation de tiers payant)" heading a form's box: the note tells who
    fills the form where to find the number, which is printed under the label. OCR reads the brackets
    as braces as often as not."""
    for note in ("(figurant sur l'attestation de tiers payant)", "{figurant sur l'attestation de tiers payant}"):
        document = one([page_of([
            (0.0, [(40.0, "BORDEREAU DE FACTURATION — TIERS PAYANT")]),
            (40.0, [(40.0, "1. ORGANISME COMPLÉMENTAIRE")]),
            (70.0, [(40.0, f"N° AMC {note}"), (450.0, "N° d'adhérent")]),
            (90.0, [(45.0, "158589455"), (450.0, "84953021985")]),
            (130.0, [(40.0, "Patient : BARBIER Élodie")]),
            (150.0, [(40.0, "N° RPPS 10003879623")]),
            (170.0, [(40.0, "Total des honoraires 73,03 €")]),
        ])])
        assert value(document, "amc_number") == "158589455", note



# ---------------------------------------------------------------- a label read without its spaces


def test_label_read_without_its_space() -> None:
    """ "Faitle 3/4/25", "PartRC 26,80 €": a fax or a scan loses the space between a label's short
    words; a clerk reads the label all the same. A word that is a label on its own stays one."""
    document = one([page_of([
        (0.0, [(40.0, "NOTE D'HONORAIRES N° 0235")]),
        (20.0, [(40.0, "N° RPPS 10003879623")]),
        (40.0, [(40.0, "Patient : LE GALL Josiane")]),
        (60.0, [(40.0, "Date des soins 10/03/2025")]),
        (80.0, [(40.0, "Total 67,00 €")]),
        (100.0, [(40.0, "Faitle 03/04/2025"), (300.0, "PartRC 26,80 €")]),
    ], source="ocr", conf=0.95)])
    assert value(document, "invoice_date") == "2025-04-03"
    assert value(document, "amc_amount") == "26.80"


# ---------------------------------------------------------------- an RPPS then another column's number


def test_rpps_read_apart_from_the_next_columns_number() -> None:
    """ "10003879623   29431591": an RPPS under a label OCR garbled, then the AM number printed in
    the next column; the line's text runs the two together, yet the RPPS is a number of its own."""
    document = one([page_of([
        (0.0, [(40.0, "Dr Jérémy PELLETIER"), (300.0, "FACTURE N° ODF257049")]),
        (20.0, [(40.0, "N° RPFS"), (200.0, "N° AM")]),
        (40.0, [(40.0, "10003879623"), (200.0, "29431591")]),
        (80.0, [(40.0, "Patient : GERMAIN Yannick")]),
        (100.0, [(40.0, "Total 720,00 €")]),
    ], source="ocr", conf=0.95)])
    assert value(document, "rpps") == "10003879623"


# ---------------------------------------------------------------- "Montant remboursé par le RO"


def test_montant_heading_that_names_a_share() -> None:
    """A form's amounts row: "Montant demandé à l'AMC" heads the insurer's share, not the total, even
    when OCR garbled the total's own heading ("Tata! des honoraires"); the total is then the row's
    other amount, which the shares add up to."""
    document = one([page_of([
        (0.0, [(40.0, "BORDEREAU DE FACTURATION — TIERS PAYANT")]),
        (20.0, [(40.0, "N° RPPS 10003879623"), (300.0, "Patient : BARBIER Élodie")]),
        (60.0, [(40.0, "5. MONTANTS (en euros)")]),
        (80.0, [(40.0, "Tata! des honoraires"), (200.0, "Montant remboursé par le RO"),
                (380.0, "Montant dernandé à l'AMC")]),
        (100.0, [(40.0, "73,03"), (200.0, "51,12"), (380.0, "21,91")]),
    ], source="ocr", conf=0.95)])
    assert value(document, "amc_amount") == "21.91"
    assert value(document, "amo_amount") == "51.12"
    assert value(document, "total_amount") == "73.03"


# ---------------------------------------------------------------- a closing bracket read as a brace


def test_insurer_number_closed_by_a_brace() -> None:
    """ "Mutuelle des Motards (AMC 93805735}": OCR reads the closing bracket as a brace; the number
    ends there all the same."""
    document = one([page_of([
        (0.0, [(40.0, "Dr Léa MARTIN — RPPS 10003879623"), (350.0, "Facture n° 70977")]),
        (20.0, [(40.0, "Patient : LEROUX Mathilde")]),
        (40.0, [(40.0, "Complémentaire : Mutuelle des Motards (AMC 93805735} — tiers payant")]),
        (60.0, [(40.0, "Total 71,80 €")]),
    ], source="ocr", conf=0.95)])
    assert value(document, "amc_number") == "93805735"


# ---------------------------------------------------------------- the last column of an amounts row


def test_amount_right_aligned_under_the_last_heading() -> None:
    """ "Montant total | Remb. AMO | Montant dû": headings printed left-aligned, amounts right-aligned
    in their columns; the last column is as wide as the others, so its amount ends well right of
    the last heading's words."""
    document = one([page_of([
        (0.0, [(20.0, "N° RPPS 10003879623"), (300.0, "Facture n° OR-25-0093")]),
        (20.0, [(20.0, "Patient : MORVAN Éloane")]),
        (60.0, [(20.0, "Montant total"), (220.0, "Remb. AMO"), (420.0, "Montant dû")]),
        (90.0, [(165.0, "188,76€"), (365.0, "113,26€"), (570.0, "75,50€")]),
    ], source="ocr", conf=0.95)])
    assert value(document, "total_amount") == "188.76"
    assert value(document, "amo_amount") == "113.26"
    assert value(document, "patient_amount") == "75.50"


# ---------------------------------------------------------------- one cell of a column misread


def test_column_goes_on_past_an_amount_that_lost_its_comma() -> None:
    """A statement's "Remb. RO" column: one row reads "165" for "1,65" (a fax lost the comma); the
    column still runs down to its TOTAUX row, which gives the share."""
    rows = [
        (0.0, [(40.0, "RELEVÉ DE PRESTATIONS — Réf. CSI-0925-117")]),
        (20.0, [(40.0, "FINESS 698100336"), (300.0, "Patient : FAURE Lucien")]),
        (60.0, [(40.0, "Date"), (120.0, "Acte"), (240.0, "Montant"), (330.0, "Remb. RO"), (420.0, "Remb. RC")]),
        (80.0, [(40.0, "02/09/2025"), (120.0, "AMI 4"), (240.0, "12,60"), (330.0, "7,56"), (420.0, "5,04")]),
        (100.0, [(40.0, "02/09/2025"), (120.0, "IFD"), (240.0, "2,75"), (330.0, "165"), (420.0, "1,10")]),
        (120.0, [(40.0, "05/09/2025"), (120.0, "AMI 4"), (240.0, "12,60"), (330.0, "7,56"), (420.0, "5,04")]),
        (140.0, [(40.0, "TOTAUX"), (240.0, "27,95"), (330.0, "16,77"), (420.0, "11,18")]),
    ]
    document = one([page_of(rows, source="ocr", conf=0.95)])
    assert value(document, "amo_amount") == "16.77"
    assert value(document, "amc_amount") == "11.18"


# ---------------------------------------------------------------- a first name boxed after a rule


def test_first_name_in_its_box_after_a_rule() -> None:
    """ "Nom du patient" over "LE BIHAN", then "Prénom" over "| Maïwenn": the box's left rule read as
    "|" close to the first name is not part of it."""
    document = one([page_of([
        (0.0, [(40.0, "DEVIS POUR TRAITEMENT BUCCO-DENTAIRE — Devis n° D25-0412")]),
        (20.0, [(40.0, "Praticien"), (300.0, "Nom du patient")]),
        (40.0, [(40.0, "Dr Erwan KERGOAT"), (300.0, "LE BIHAN")]),
        (60.0, [(40.0, "RPPS"), (300.0, "Prénom"), (420.0, "Date de naissance")]),
        (80.0, [(40.0, "10003879623"), (292.0, "|"), (300.0, "Maïwenn"), (420.0, "14.03.79")]),
        (100.0, [(40.0, "Total 500,00 €")]),
    ], source="ocr", conf=0.95)])
    assert value(document, "patient_name") == "LE BIHAN Maïwenn"


# ---------------------------------------------------------------- a practitioner block opened by its heading


def test_identifier_under_a_practitioner_heading_opening_its_line() -> None:
    """ "PRATICIEN  LEROUX Séverin — Masseur-kinésithérapeute" then "Identifiant 10003879623": the
    capitals heading opens the practitioner's block on the name's line; the bare "Identifiant" under
    it is the practitioner's, as surely as under a heading alone on its line."""
    document = one([page_of([
        (0.0, [(40.0, "FEUILLE DE SOINS — Facture n° 2025017 — établie le 2 septembre 2025")]),
        (20.0, [(40.0, "Nom et prénom GAILLARD Aurélien")]),
        (40.0, [(40.0, "N° d'immatriculation 1 85 05 78 006 084 91")]),
        (60.0, [(40.0, "PRATICIEN"), (110.0, "LEROUX Séverin — Masseur-kinésithérapeute D.E.")]),
        (80.0, [(40.0, "Identifiant 10003879623")]),
        (100.0, [(40.0, "Date de l'acte 15/08/2025")]),
        (120.0, [(40.0, "Total 96,78 €")]),
    ], source="ocr", conf=0.95)])
    assert value(document, "rpps") == "10003879623"
    assert document.fields["rpps"].confidence >= 0.9  # the heading qualifies the bare label


# ---------------------------------------------------------------- one amount misread by one digit


def test_share_misread_by_one_digit_takes_the_sums_value() -> None:
    """ "A PAYER ASSURE 8,00 €" under TOTAL 25,84 / PART RO 16,01 / PART RC 9,83: the shares already make
    the total, and 8 is a digit OCR reads for 0; the patient's share is 0,00, held for a clerk."""
    document = one([page_of([
        (0.0, [(40.0, "PHARMACIE DES ARCADES — FINESS 384742318")]),
        (20.0, [(40.0, "FACTURE N. 39-354291")]),
        (40.0, [(40.0, "BENEF : MARCHAND Élodie")]),
        (60.0, [(40.0, "TOTAL TTC 25,84 €")]),
        (80.0, [(40.0, "PART RO 16,01 €")]),
        (100.0, [(40.0, "PART RC 9,83 €")]),
        (120.0, [(40.0, "A PAYER ASSURE 8,00 €")]),
    ], source="ocr", conf=0.95)])
    assert value(document, "patient_amount") == "0.00"
    assert document.fields["patient_amount"].confidence < 0.85
    assert document.needs_review


def test_amounts_two_digits_off_are_left_alone() -> None:
    """A share that is wrong by more than one confusable digit is not guessed from the sums."""
    document = one([page_of([
        (0.0, [(40.0, "PHARMACIE DES ARCADES — FINESS 384742318")]),
        (20.0, [(40.0, "FACTURE N. 39-354291")]),
        (60.0, [(40.0, "TOTAL TTC 25,84 €")]),
        (80.0, [(40.0, "PART RO 16,01 €")]),
        (100.0, [(40.0, "PART RC 9,83 €")]),
        (120.0, [(40.0, "A PAYER ASSURE 4,20 €")]),
    ], source="ocr", conf=0.95)])
    assert value(document, "patient_amount") == "4.20"
