"""Misses of held-out set 20 (opened for tuning after its blind score): an acts table headed by the visit
("Séance") rather than "Date", a step of the series dated again under the table, an invoice's date under
its number on a skewed photo, and a birth date's 6 on a page whose zeros OCR reads as 6s. One test per
general rule; wordings and values are made up."""

from __future__ import annotations

from dataclasses import replace

from intake.domain.model import Page, Word
from parsers.fields import extract_documents
from tests.test_fields import one, page_of, value

# ---------------------------------------------------------------- "Séance | Cotation | Acte | Montant"


def _sessions_page(heading: str, rows: list[str]) -> Page:
    lines = [
        (20.0, [(40.0, "Julie ROUX — Masseur-kinésithérapeute"), (400.0, "FACTURE N° 25-0412")]),
        (32.0, [(40.0, "RPPS 10003879623"), (400.0, "du 20.03.2025")]),
        (70.0, [(40.0, "Patient MARTIN Lucas"), (300.0, "né le 04.05.2021")]),
        (82.0, [(40.0, "NIR 1 85 05 78 006 084 91")]),
        (120.0, [(40.0, heading), (160.0, "Cotation"), (240.0, "Acte"), (480.0, "Montant")]),
    ]
    y = 134.0
    for day in rows:
        lines.append((y, [(40.0, day), (160.0, "AMK 8"), (240.0, "Kinésithérapie respiratoire"), (480.0, "17,20 €")]))
        y += 14.0
    lines.append((y + 20.0, [(380.0, "Total"), (480.0, f"{17.2 * len(rows):.2f} €".replace(".", ","))]))
    return page_of(lines)


def test_the_first_row_under_a_session_heading_is_the_care_date() -> None:
    document = one([_sessions_page("Séance", ["samedi 15.03.2025", "dimanche 16.03.2025", "lundi 17.03.2025"])])
    assert value(document, "care_date") == "2025-03-15"
    assert document.fields["care_date"].confidence >= 0.85


def test_a_visit_heading_with_bare_dates_is_the_same_table() -> None:
    document = one([_sessions_page("Visite", ["15/03/2025", "16/03/2025"])])
    assert value(document, "care_date") == "2025-03-15"


def test_a_session_heading_over_no_dates_gives_no_care_date() -> None:
    document = one([_sessions_page("Séance", ["première", "deuxième"])])
    assert value(document, "care_date") is None


# ---------------------------------------------------------------- a later act of the table dated again


def _monitoring_page(note: str) -> Page:
    return page_of([
        (20.0, [(40.0, "Dr Anne LEROY — Gynécologie"), (400.0, "Facture n° GY-2025-118")]),
        (32.0, [(40.0, "RPPS 10003879623"), (400.0, "Établie le 10.03.2025")]),
        (70.0, [(40.0, "Patiente DURAND Léa"), (300.0, "née le 17.10.1991")]),
        (82.0, [(40.0, "NIR 2 91 10 75 369 877 59")]),
        (120.0, [(40.0, "Date"), (120.0, "Acte"), (360.0, "Code"), (480.0, "Montant")]),
        (134.0, [(40.0, "03.03.2025"), (120.0, "Échographie de surveillance"), (360.0, "JZQJ001"), (480.0, "37,80 €")]),
        (148.0, [(40.0, "06.03.2025"), (120.0, "Échographie de surveillance"), (360.0, "JZQJ001"), (480.0, "37,80 €")]),
        (162.0, [(40.0, "09.03.2025"), (120.0, "Échographie de surveillance"), (360.0, "JZQJ001"), (480.0, "37,80 €")]),
        (190.0, [(380.0, "Total"), (480.0, "113,40 €")]),
        (230.0, [(40.0, note)]),
    ])


def test_an_act_of_the_table_dated_again_under_it_does_not_replace_the_first_row() -> None:
    document = one([_monitoring_page("Déclenchement réalisé le 09.03.2025.")])
    assert value(document, "care_date") == "2025-03-03"
    assert document.fields["care_date"].confidence >= 0.85  # the note dates one of the table's rows
    assert not any("plusieurs actes" in reason for reason in document.review_reasons)


def test_an_act_dated_apart_from_the_table_still_rivals_it() -> None:
    document = one([_monitoring_page("Déclenchement réalisé le 08.03.2025.")])
    assert value(document, "care_date") == "2025-03-03"
    assert any("plusieurs actes" in reason for reason in document.review_reasons)  # which act is billed: a clerk's call


def test_a_period_that_starts_on_a_later_row_is_still_the_series_start() -> None:
    document = one([_monitoring_page("Période de soins du 06.03.2025 au 09.03.2025")])
    assert value(document, "care_date") == "2025-03-06"  # the table's earlier row may be a misread


# ---------------------------------------------------------------- the issue date under the number, on a skewed line


def test_the_date_under_the_invoice_number_is_found_when_a_skewed_line_reaches_down() -> None:
    height = 30.0

    def word(text: str, x: float, y: float, line: int) -> Word:
        return Word(text, x, y, x + 14.0 * len(text), y + height, 0.96, line)

    words = [
        word("Julie", 300.0, 340.0, 0), word("ROUX", 390.0, 330.0, 0),  # the letterhead, slanting down-left
        word("FACTURE", 1860.0, 300.0, 0), word("N°", 1990.0, 298.0, 0), word("25-0412", 2040.0, 296.0, 0),
        word("RPPS", 300.0, 400.0, 1), word("10003879623", 380.0, 396.0, 1),
        word("du", 2040.0, 356.0, 1), word("20.03.2025", 2090.0, 352.0, 1),
        word("Patient", 300.0, 480.0, 2), word("MARTIN", 420.0, 478.0, 2), word("Lucas", 540.0, 476.0, 2),
    ]
    page = Page(number=1, width=2700, height=3800, words=words, source="ocr")
    documents = extract_documents([page])
    assert documents and value(documents[0], "invoice_number") == "25-0412"
    assert value(documents[0], "invoice_date") == "2025-03-20"


# ---------------------------------------------------------------- zeros read as 6s


def _acupuncture_page(birth: str, previous: str) -> Page:
    return page_of([
        (20.0, [(40.0, "Dr Marc PETIT — Acupuncture")]),
        (32.0, [(40.0, "RPPS 10003879623")]),
        (60.0, [(40.0, "FACTURE n° 2025/117"), (360.0, "Tours, le 11 juin 2025")]),
        (90.0, [(40.0, "Patient : DURAND Léa")]),
        (102.0, [(40.0, f"Date de naissance : {birth}")]),
        (114.0, [(40.0, "Immatriculation : 2 91 10 75 369 877 59")]),
        (140.0, [(40.0, f"Séance d'acupuncture du 11 juin 2025 (séance précédente le {previous})")]),
        (170.0, [(40.0, "Code"), (160.0, "Acte"), (480.0, "Honoraires")]),
        (184.0, [(40.0, "QZRB001"), (160.0, "Séance d'acupuncture"), (480.0, "50,00 €")]),
        (210.0, [(300.0, "Total honoraires"), (480.0, "50,00 €")]),
    ], source="ocr", conf=0.96)


def test_a_birth_date_six_is_not_sure_where_the_page_reads_zeros_as_sixes() -> None:
    document = one([_acupuncture_page("26 octobre 1991", "28 mai 2625")])
    assert value(document, "patient_birth_date") == "1991-10-26"
    assert document.fields["patient_birth_date"].confidence < 0.9  # "26" may be a 20 read so


def test_a_birth_date_stays_sure_where_the_page_reads_its_zeros_right() -> None:
    document = one([_acupuncture_page("26 octobre 1991", "28 mai 2025")])
    assert document.fields["patient_birth_date"].confidence >= 0.9


# ---------------------------------------------------------------- the title's number beside it


def test_a_bare_number_sign_beside_the_title_gives_the_invoice_number() -> None:
    def word(text: str, x: float, y: float, size: float, line: int) -> Word:
        return Word(text, x, y, x + 0.55 * size * len(text), y + size, 1.0, line)

    words = [
        word("Dr", 56.0, 20.0, 10.0, 0), word("Anne", 70.0, 20.0, 10.0, 0), word("LEROY", 100.0, 20.0, 10.0, 0),
        word("RPPS", 56.0, 34.0, 10.0, 1), word("10003879623", 90.0, 34.0, 10.0, 1),
        word("N°", 466.0, 146.0, 10.0, 2), word("GY-2025-118", 479.0, 146.0, 10.0, 2),
        word("NOTE", 56.0, 150.0, 13.0, 3), word("D'HONORAIRES", 95.0, 150.0, 13.0, 3),
        word("Établie", 461.0, 162.0, 10.0, 4), word("le", 493.0, 162.0, 10.0, 4),
        word("10.03.2025", 503.0, 162.0, 10.0, 4),
    ]
    document = one([Page(number=1, width=595, height=842, words=words, source="text")])
    assert value(document, "invoice_number") == "GY-2025-118"


# ---------------------------------------------------------------- a share's bracketed detail


def test_a_bracketed_detail_with_its_own_amount_does_not_hide_the_share() -> None:
    document = one([page_of([
        (20.0, [(40.0, "Dr Paul VIDAL — Ophtalmologie")]),
        (32.0, [(40.0, "RPPS 10003879623"), (400.0, "Note n° CH25-118")]),
        (70.0, [(40.0, "Patient(e) M. LE GALL Yann")]),
        (82.0, [(40.0, "N° d'immatriculation 1 85 05 78 006 084 91")]),
        (120.0, [(40.0, "Total des honoraires 871,70 €")]),
        (132.0, [(40.0, "Part Assurance Maladie 247,70 €")]),
        (144.0, [(40.0, "Part mutuelle (dont participation forfaitaire 24,00 €) 474,00 €")]),
        (156.0, [(40.0, "Reste à régler par le patient 150,00 €")]),
    ])])
    assert value(document, "amc_amount") == "474.00"
    assert document.fields["amc_amount"].confidence >= 0.9  # the four amounts add up


# ---------------------------------------------------------------- a duplicata's edition date


def _copy_page(mark: str) -> Page:
    return page_of([
        (20.0, [(40.0, "Pharmacie des Halles"), (400.0, mark)]),
        (32.0, [(40.0, "12 rue des Écoles — 64000 PAU"), (400.0, "édité le 03/07/2025 à 14:39")]),
        (44.0, [(40.0, "FINESS 330007782")]),
        (70.0, [(40.0, "FACTURE N° 487-30685")]),
        (82.0, [(40.0, "Facture du 12/05/2025")]),
        (100.0, [(40.0, "Patient : RENAUD Chloé")]),
        (112.0, [(40.0, "N° SS : 1 85 05 78 006 084 91")]),
        (124.0, [(40.0, "Date de délivrance : 12/05/2025")]),
        (150.0, [(40.0, "Montant TTC 85,00 €")]),
    ])


def test_a_duplicatas_edition_date_is_not_the_invoice_date() -> None:
    document = one([_copy_page("DUPLICATA")])
    assert value(document, "invoice_date") == "2025-05-12"


def test_without_a_duplicata_the_edition_date_stays_a_rival() -> None:
    document = one([_copy_page("ORIGINAL")])
    assert value(document, "invoice_date") == "2025-07-03"  # as before: which is the issue date, the labels say


# ---------------------------------------------------------------- an invoice number's year read with a 6 for its 0


def test_an_invoice_numbers_year_read_with_a_six_takes_the_invoice_year_back_held() -> None:
    document = one([_acupuncture_page("13 octobre 1991", "28 mai 2025")])
    assert value(document, "invoice_number") == "2025/117"
    page = _acupuncture_page("13 octobre 1991", "28 mai 2025")
    page.words = [replace(w, text="2625/117") if w.text == "2025/117" else w for w in page.words]
    misread = one([page])
    assert value(misread, "invoice_number") == "2025/117"
    assert misread.fields["invoice_number"].confidence < 0.85  # a repair: a clerk checks it
