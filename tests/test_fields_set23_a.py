"""Set 23 (opened after its blind run): the causes behind its two wrong auto-accepts, its wrong values at
confidence >= 0.9 and some of its misses, each as a general rule. Wordings and values are made up.

- a care date read from an acts table's date column whose digits Tesseract doubted, printed nowhere else:
  a clerk reads it (`doubts.doubt_lone_dates`);
- an invoice number whose block neighbour (the line right under or over it) is a date the OCR misread
  into an impossible one ("04/07/1025"): a clerk reads it, however surely its own word was read or
  re-read (`doubts.misread_beside`);
- a FINESS after "ENTITE JURIDIQUE :" is the legal entity's (`extract._site_finess`);
- two amounts misread in the same digit cancel out in the sums: the acts' columns tell
  (`extract.mend_compensated_misreads`);
- a mail reply's quoted lines ("> ...") and its "Le ..., X a écrit :" line are another message's;
- an ADELI on its own labelled row under the prescriber's line is not the prescriber's
  (`roles._numbered_after`);
- a pharmacist named as such, where a pharmacy invoices under its FINESS, is its employee;
- "N° de la note" names the invoice (a note d'honoraires): the quote's number quoted on it is no rival;
- a name's value cell ends at a column gap measured on the words' own height, not the line's;
- a magistral preparation's date ("Préparation réalisée le") is a step before its delivery, the care.
"""

from __future__ import annotations

import dataclasses

from intake.domain.model import Page
from parsers.fields.doubts import misread_dates
from tests.test_fields import one, page_of, value


def _with_conf(page: Page, confs: dict[str, float], default: float = 0.95) -> Page:
    words = [dataclasses.replace(w, conf=confs.get(w.text, default)) for w in page.words]
    return dataclasses.replace(page, words=words, source="ocr")


def _speech_therapist(first_date: str) -> list[tuple[float, list[tuple[float, str]]]]:
    return [
        (20.0, [(40.0, "Claire MARTIN — Orthophoniste — RPPS 10003879623")]),
        (40.0, [(40.0, "FACTURE N° 2025-0412")]),
        (52.0, [(40.0, "Date de la facture : 16/06/2025")]),
        (64.0, [(40.0, "Patient : LE GALL Yann")]),
        (76.0, [(40.0, "N° SS : 1 85 05 78 006 084 91")]),
        (100.0, [(40.0, "Date"), (120.0, "Acte"), (300.0, "Montant")]),
        (112.0, [(40.0, first_date), (120.0, "AMO 12.1"), (300.0, "31,94 €")]),
        (124.0, [(40.0, "16/05/2025"), (120.0, "AMO 12.1"), (300.0, "31,94 €")]),
        (136.0, [(40.0, "23/05/2025"), (120.0, "AMO 12.1"), (300.0, "31,94 €")]),
        (160.0, [(200.0, "Total"), (300.0, "95,82 €")]),
    ]


def test_a_doubted_date_heading_the_acts_column_is_held() -> None:
    page = _with_conf(page_of(_speech_therapist("03/05/2025")), {"03/05/2025": 0.8})
    document = one([page])
    assert value(document, "care_date") == "2025-05-03"
    assert document.fields["care_date"].confidence < 0.85
    assert document.needs_review


def test_a_surely_read_date_heading_the_acts_column_still_passes() -> None:
    document = one([_with_conf(page_of(_speech_therapist("09/05/2025")), {})])
    assert value(document, "care_date") == "2025-05-09"
    assert document.fields["care_date"].confidence >= 0.85


def _dentist(issue_date: str) -> list[tuple[float, list[tuple[float, str]]]]:
    return [
        (20.0, [(40.0, "Docteur Paul VIDAL — Chirurgien-dentiste — RPPS 10101010105")]),
        (40.0, [(40.0, "Note d'honoraires")]),
        (60.0, [(40.0, "N° de la note"), (160.0, "2025/1671")]),
        (72.0, [(40.0, "Date"), (160.0, issue_date)]),
        (84.0, [(40.0, "Patient"), (160.0, "LE GALL Yann")]),
        (96.0, [(40.0, "N° de sécurité sociale"), (160.0, "1 85 05 78 006 084 91")]),
        (108.0, [(40.0, "Devis n° DV-2025-305 du 10/05/2025")]),
        (130.0, [(40.0, "Date"), (120.0, "Acte"), (300.0, "Honoraires")]),
        (142.0, [(40.0, "04/07/2025"), (120.0, "HBLD031 Prothèse"), (300.0, "1 100,00 €")]),
        (170.0, [(200.0, "Total des honoraires"), (330.0, "1 100,00 €")]),
    ]


def test_a_misread_date_beside_it_holds_the_invoice_number() -> None:
    document = one([_with_conf(page_of(_dentist("04/07/1025")), {"2025/1671": 0.92})])
    assert value(document, "invoice_number") == "2025/1671"
    assert document.fields["invoice_number"].confidence < 0.85


def test_the_invoice_number_of_a_well_read_page_is_not_held() -> None:
    document = one([_with_conf(page_of(_dentist("04/07/2025")), {"2025/1671": 0.92})])
    assert document.fields["invoice_number"].confidence >= 0.85


def test_misread_dates_are_impossible_dates() -> None:
    page = page_of([(20.0, [(40.0, "le 15/05/2828 et le 31/13/2025, non le 31/12/2025")])])
    assert misread_dates(page.words) == ["15/05/2828", "31/13/2025,"]


def test_a_date_misread_further_down_says_nothing_of_the_numbers_block() -> None:
    rows = _dentist("04/07/2025")
    rows.append((200.0, [(40.0, "Ordonnance du 81/03/2025")]))
    document = one([_with_conf(page_of(rows), {"2025/1671": 0.92})])
    assert document.fields["invoice_number"].confidence >= 0.85


def test_the_quote_number_is_no_rival_of_the_notes_own() -> None:
    document = one([_with_conf(page_of(_dentist("04/07/2025")), {"2025/1671": 0.62, "DV-2025-305": 0.92})])
    assert value(document, "invoice_number") == "2025/1671"


def _hospital(footer: str) -> list[tuple[float, list[tuple[float, str]]]]:
    return [
        (20.0, [(40.0, "CENTRE HOSPITALIER DE BREST"), (400.0, "FACTURE")]),
        (32.0, [(40.0, "FINESS ETABLISSEMENT : 290000017")]),
        (60.0, [(40.0, "N. FACTURE"), (160.0, "25403542")]),
        (72.0, [(40.0, "DATE D'EMISSION"), (160.0, "11/07/2025")]),
        (84.0, [(40.0, "PATIENT"), (160.0, "LE GALL Yann")]),
        (96.0, [(40.0, "N. IMMATRICULATION : 1 85 05 78 006 084 91")]),
        (108.0, [(40.0, "ENTREE LE 25/06/2025")]),
        (140.0, [(200.0, "TOTAL SEJOUR"), (330.0, "100,00 €")]),
        (400.0, [(40.0, footer)]),
    ]


def test_a_finess_after_entite_juridique_is_the_legal_entitys() -> None:
    document = one([page_of(_hospital("ENTITE JURIDIQUE : FINESS 290000082 - EDITION PAR LE SERVICE"))])
    assert value(document, "finess") == "290000017"


def _right(edge: float, text: str) -> tuple[float, str]:
    """A right-aligned cell: its text ends at `edge` (page_of's words are 5 points a character)."""
    return edge - 5.0 * len(text), text


def _stay(total: str, amo: str) -> list[tuple[float, list[tuple[float, str]]]]:
    def row(y: float, label: str, *amounts: str) -> tuple[float, list[tuple[float, str]]]:
        edges = (290.0, 370.0, 450.0, 530.0)
        return y, [(40.0, label), *(_right(edge, a) for edge, a in zip(edges, amounts, strict=True))]

    return [
        (20.0, [(40.0, "CENTRE HOSPITALIER — FINESS 290000017"), (400.0, "FACTURE")]),
        (40.0, [(40.0, "N° de facture : 25403542")]),
        (52.0, [(40.0, "Patient : LE GALL Yann")]),
        (64.0, [(40.0, "N° SS : 1 85 05 78 006 084 91")]),
        (90.0, [(40.0, "PRESTATION"), (250.0, "MONTANT"), (330.0, "AMO"), (410.0, "AMC"), (490.0, "FAMILLE")]),
        row(102.0, "FRAIS DE SEJOUR", "4 749,20", "3 799,36", "949,84", "0,00"),
        row(114.0, "FORFAIT JOURNALIER", "100,00", "0,00", "100,00", "0,00"),
        row(126.0, "LIT ACCOMPAGNANT", "100,00", "0,00", "0,00", "100,00"),
        (160.0, [(200.0, "Total"), _right(590.0, f"{total} €")]),
        (172.0, [(200.0, "Part AMO"), _right(590.0, f"{amo} €")]),
        (184.0, [(200.0, "Part AMC"), _right(590.0, "1 049,84 €")]),
        (196.0, [(200.0, "Reste à charge"), _right(590.0, "100,00 €")]),
    ]


def test_amounts_misread_alike_are_mended_from_the_acts_columns() -> None:
    document = one([_with_conf(page_of(_stay("4 944,20", "3 794,36")), {})])
    assert value(document, "total_amount") == "4949.20"
    assert value(document, "amo_amount") == "3799.36"
    assert document.fields["total_amount"].confidence < 0.85
    assert document.needs_review


def test_amounts_read_right_are_left_alone() -> None:
    document = one([_with_conf(page_of(_stay("4 949,20", "3 799,36")), {})])
    assert value(document, "total_amount") == "4949.20"
    assert document.fields["total_amount"].confidence >= 0.9


def test_a_total_that_is_also_the_amo_share_is_not_mended_from_one_column() -> None:
    rows = [
        (20.0, [(40.0, "Mme Claire MARTIN — Sage-femme — N° RPPS 10003879623")]),
        (40.0, [(40.0, "Facture n° SF-2025-680")]),
        (52.0, [(40.0, "Patiente : LE GALL Anne")]),
        (64.0, [(40.0, "NIR : 2 85 05 78 006 084 91")]),
        (90.0, [(40.0, "Date"), (120.0, "Prestation"), (250.0, "Montant")]),
        (102.0, [(40.0, "11/08/2025"), (120.0, "SF 16,5"), _right(290.0, "46,20 €")]),
        (114.0, [(40.0, "11/08/2025"), (120.0, "IFS"), _right(290.0, "à,00 €")]),  # a row's amount unread
        (126.0, [(40.0, "13/08/2025"), (120.0, "SF 12"), _right(290.0, "33,60 €")]),
        (138.0, [(40.0, "13/08/2025"), (120.0, "IFS"), _right(290.0, "4,00 €")]),
        (160.0, [(200.0, "Total de la facture"), _right(590.0, "87,80 €")]),
        (172.0, [(200.0, "Part assurance maladie"), _right(590.0, "87,80 €")]),
        (184.0, [(200.0, "Part complémentaire"), _right(590.0, "0,00 €")]),
        (196.0, [(200.0, "Reste à payer"), _right(590.0, "0,00 €")]),
    ]
    document = one([_with_conf(page_of(rows), {})])
    assert value(document, "total_amount") == "87.80"
    assert value(document, "amo_amount") == "87.80"


def _mail() -> list[tuple[float, list[tuple[float, str]]]]:
    return [
        (20.0, [(40.0, "De : Claire MARTIN <cabinet@example.fr>")]),
        (40.0, [(40.0, "FACTURE N° 2025-0412 Date : 16/06/2025")]),
        (52.0, [(40.0, "Orthophoniste : Claire MARTIN - RPPS 10003879623")]),
        (64.0, [(40.0, "Patient : LE GALL Yann")]),
        (76.0, [(40.0, "N° SS : 1 85 05 78 006 084 91")]),
        (88.0, [(40.0, "Mutuelle : Mutuelle Bleue N° AMC : 915813703")]),
        (100.0, [(40.0, "Séance du 09/05/2025")]),
        (112.0, [(40.0, "Total 31,94 €")]),
        (140.0, [(40.0, "Le 30/06/2025 à 16:05, Service Tiers Payant a écrit :")]),
        (152.0, [(40.0, "> le numéro AMC 915813754 ne correspond à aucun organisme.")]),
    ]


def test_a_quoted_replys_date_and_numbers_are_not_the_invoices() -> None:
    document = one([page_of(_mail())])
    assert value(document, "invoice_date") == "2025-06-16"
    assert value(document, "amc_number") == "915813703"


def test_an_adeli_on_its_own_row_under_the_prescriber_is_the_nurses() -> None:
    rows = [
        (20.0, [(40.0, "Stéphane GIRAUD"), (400.0, "RELEVÉ DE SOINS N° R2506-71")]),
        (32.0, [(40.0, "Infirmier diplômé d'État — soins à domicile")]),
        (60.0, [(40.0, "Patient"), (130.0, "M. COUSIN Marc")]),
        (72.0, [(40.0, "N° SS"), (130.0, "1 85 05 78 006 084 91")]),
        (84.0, [(40.0, "Prescripteur"), (130.0, "Dr Paul VIDAL — RPPS 10101010105 — ordonnance du 24/05/2025")]),
        (96.0, [(40.0, "Période du"), (130.0, "27/05/2025 au 15/06/2025")]),
        (108.0, [(40.0, "ADELI"), (130.0, "296024094")]),
        (140.0, [(200.0, "Total du relevé"), (330.0, "181,00 €")]),
    ]
    document = one([page_of(rows)])
    assert value(document, "adeli") == "296024094"
    assert "rpps" not in document.fields


def test_the_pharmacist_who_checked_a_preparation_does_not_invoice() -> None:
    rows = [
        (20.0, [(40.0, "Pharmacie de l'Abbaye"), (400.0, "FACTURE")]),
        (32.0, [(40.0, "N° FINESS 760000166")]),
        (60.0, [(40.0, "N° de facture : 3633038")]),
        (72.0, [(40.0, "Bénéficiaire : LE GALL Yann")]),
        (84.0, [(40.0, "N° d'immatriculation : 1 85 05 78 006 084 91")]),
        (108.0, [(40.0, "Préparation contrôlée par Claire MARTIN, pharmacien (RPPS 10003879623).")]),
        (140.0, [(200.0, "Total facture"), (330.0, "22,52 €")]),
    ]
    document = one([page_of(rows)])
    assert value(document, "finess") == "760000166"
    assert "rpps" not in document.fields


def test_a_name_stops_at_the_side_blocks_column() -> None:
    rows = [
        (20.0, [(40.0, "Josiane GAILLARD — Orthoptiste — N° ADELI 349242032"), (400.0, "FACTURE")]),
        (40.0, [(40.0, "Facture n° 250885"), (300.0, "Prescription")]),
        (52.0, [(300.0, "Dr Paul VIDAL")]),
        (64.0, [(40.0, "Enfant"), (200.0, "BRETON Sylvie"), (300.0, "Ophtalmologiste")]),
        (76.0, [(300.0, "RPPS 10101010105")]),
    ]
    page = page_of(rows)
    # the label read taller than its line (a scan merging a box's rule into it): 3 text heights apart,
    # the side block's word is another cell, though under 2.5 of the stretched line's height
    words = [dataclasses.replace(w, y0=w.y0 - 8) if w.text == "Enfant" else w for w in page.words]
    document = one([dataclasses.replace(page, words=words)])
    assert value(document, "patient_name") == "BRETON Sylvie"


def test_a_magistral_preparations_date_is_a_step_before_the_delivery() -> None:
    rows = [
        (20.0, [(40.0, "Pharmacie de l'Abbaye"), (400.0, "FACTURE")]),
        (32.0, [(40.0, "N° FINESS 760000166")]),
        (60.0, [(40.0, "N° de facture"), (160.0, "Date de délivrance")]),
        (72.0, [(40.0, "3633038"), (160.0, "05/03/2025")]),
        (84.0, [(40.0, "Bénéficiaire : LE GALL Yann")]),
        (96.0, [(40.0, "N° d'immatriculation : 1 85 05 78 006 084 91")]),
        (108.0, [(40.0, "PMR Préparation magistrale 14,62 €")]),
        (120.0, [(40.0, "Préparation réalisée le 04/03/2025 à l'officine.")]),
        (140.0, [(200.0, "Total facture"), (330.0, "14,62 €")]),
    ]
    document = one([page_of(rows)])
    assert value(document, "care_date") == "2025-03-05"
    assert document.fields["care_date"].confidence >= 0.85
