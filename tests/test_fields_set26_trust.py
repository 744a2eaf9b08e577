"""Misses first met in held-out set 26 (opened for tuning after its blind score), the ones a clerk would
never have seen: values auto-accepted wrong, or trusted at 0.9 and more. A table set on its side (one
column per session, a TOTAL column last) gives each share's total in its last cell, not its first; a
body's RPPS given to a doctor named by his speciality ("courrier du diabétologue") is not the invoicer's;
a Roman numeral read with a 1 and an RPPS not starting with 1 are misread. Then whose identifier a page
prints where: a band set on its side up the margin, a value typed half a line below its form label.
Wordings and values are made up."""

from __future__ import annotations

from dataclasses import replace

from intake.domain.model import ExtractedDocument, Page, Word
from tests.test_fields import one, page_of, value

# ---------------------------------------------------------------- a table set on its side


def _sessions_table(header: str) -> ExtractedDocument:
    sessions = 4
    rows = [
        ("Honoraires", "20,00", "80,00"),
        ("Part AMO", "12,00", "48,00"),
        ("Part AMC", "8,00", "32,00"),
        ("Reste dû", "0,00", "0,00"),
    ]
    lines: list[tuple[float, list[tuple[float, str]]]] = [
        (20.0, [(40.0, "Paul VIDAL — Masseur-kinésithérapeute"), (400.0, "Facture K2025-17")]),
        (32.0, [(40.0, "12 rue de la Paix, 51100 REIMS · RPPS 10003879623"), (400.0, "établie le 31/03/2025")]),
        (56.0, [(40.0, "Patient : LE GALL Yann Né le : 12/03/1964 NIR : 1 64 03 12 345 678 60")]),
        (90.0, [(40.0, header), *((120.0 + 50 * i, str(i + 1)) for i in range(sessions)), (340.0, "TOTAL")]),
        (102.0, [(40.0, "Date"), *((120.0 + 50 * i, f"0{i + 3}/03/25") for i in range(sessions))]),
    ]
    y = 114.0
    for label, cell, total in rows:
        lines.append((y, [(40.0, label), *((120.0 + 50 * i, cell) for i in range(sessions)), (340.0, total)]))
        y += 12.0
    return one([page_of(lines)])


def test_a_share_on_a_row_of_sessions_is_the_rows_total_cell() -> None:
    document = _sessions_table("Séance")
    assert value(document, "amo_amount") == "48.00"  # not one session's 12,00
    assert value(document, "amc_amount") == "32.00"
    assert value(document, "patient_amount") == "0.00"
    assert value(document, "total_amount") == "80.00"


# ---------------------------------------------------------------- whose RPPS: a doctor named by his speciality


def _diabetic_patient(letterhead_rpps: str) -> ExtractedDocument:
    page = page_of([
        (20.0, [(40.0, "Dr Claire HAMON"), (400.0, "NOTE D'HONORAIRES")]),
        (32.0, [(40.0, "Chirurgien-dentiste"), (400.0, "N° 5208")]),
        (44.0, [(40.0, "10 rue de la Paix, 49100 ANGERS"), (400.0, "Date : 02.09.2025")]),
        (56.0, [(40.0, f"RPPS {letterhead_rpps} — N° AM 49436985")]),
        (90.0, [(40.0, "Patient : ARNAUD Ophélie")]),
        (102.0, [(40.0, "Né(e) le 07.11.1959 N° d'immatriculation 2 59 11 93 955 115 53")]),
        (130.0, [(40.0, "HbA1c 7,4 % du 31.07.2025 (courrier du diabétologue, RPPS 10925309121)")]),
        (150.0, [(40.0, "Date"), (120.0, "Acte"), (460.0, "Honoraires")]),
        (162.0, [(40.0, "01.09.2025"), (120.0, "Bilan parodontal"), (460.0, "50,00 €")]),
        (186.0, [(300.0, "Total des honoraires"), (460.0, "50,00 €")]),
        (198.0, [(300.0, "Part Assurance Maladie"), (460.0, "30,00 €")]),
        (210.0, [(300.0, "Part complémentaire"), (460.0, "20,00 €")]),
        (222.0, [(300.0, "Reste dû"), (460.0, "0,00 €")]),
    ])
    return one([page])


def test_the_rpps_of_a_doctor_the_body_names_by_his_speciality_is_not_the_invoicers() -> None:
    assert value(_diabetic_patient("10003879623"), "rpps") == "10003879623"


def test_with_the_letterhead_rpps_unread_the_specialists_is_held_for_a_clerk() -> None:
    document = _diabetic_patient("1000387962")  # a digit lost: no key checks
    found = document.fields.get("rpps")
    assert found is None or found.confidence < 0.85
    assert document.needs_review


# ---------------------------------------------------------------- misread references and identifiers


def _faxed(number: str, rpps: str) -> ExtractedDocument:
    page = page_of([
        (20.0, [(40.0, "Centre de vaccinations internationales"), (400.0, f"Facture N° {number}")]),
        (32.0, [(40.0, f"Dr Paul VIDAL — RPPS {rpps}"), (400.0, "Émise le 22.05.2025")]),
        (60.0, [(40.0, "Patient : M. LE GALL Yann, né le 12/03/1964")]),
        (72.0, [(40.0, "N° de sécurité sociale : 1 64 03 12 345 678 60")]),
        (96.0, [(40.0, "Date"), (160.0, "Prestation"), (460.0, "Montant")]),
        (108.0, [(40.0, "22.05.2025"), (160.0, "Consultation de conseil aux voyageurs"), (460.0, "30,00 €")]),
        (132.0, [(300.0, "Total"), (460.0, "30,00 €")]),
        (144.0, [(300.0, "Part obligatoire"), (460.0, "21,00 €")]),
        (156.0, [(300.0, "Part mutuelle"), (460.0, "9,00 €")]),
        (168.0, [(300.0, "Reste à charge"), (460.0, "0,00 €")]),
    ], source="ocr", conf=0.96)
    return one([page])


def test_a_roman_numeral_read_with_a_1_in_a_reference_is_held() -> None:
    document = _faxed("2025/V1/3626", "10003879623")
    assert document.fields["invoice_number"].confidence <= 0.8
    assert document.needs_review
    assert _faxed("2025/R1/3626", "10003879623").fields["invoice_number"].confidence > 0.8


def test_an_rpps_not_starting_with_1_is_misread() -> None:
    document = _faxed("2025-3626", "38886859669")  # its key checks, its first digit does not
    assert document.fields["rpps"].confidence <= 0.8
    assert document.needs_review


# ---------------------------------------------------------------- a band set on its side up the margin


def _upwards(page: list[Word], x: float, text: str, bottom: float) -> float:
    """`text` set on its side up the margin at `x` from `bottom`, as a text layer lists it: each word's
    letters top down (backwards), its box standing on end. Returns the top it reached."""
    for chunk in text.split(" "):
        top = bottom - 5.0 * len(chunk)
        page.append(Word(chunk[::-1], x, top, x + 8.0, bottom, 1.0, 50 + len(page)))
        bottom = top - 4.0
    return bottom


def test_a_band_set_on_its_side_up_the_margin_reads_as_the_letterhead() -> None:
    body = page_of([
        (20.0, [(80.0, "Note d'honoraires")]),
        (32.0, [(80.0, "N° SF25-573 — 10 mars 2025")]),
        (60.0, [(80.0, "Patiente : DA SILVA Clémence, née le 08/02/1999")]),
        (72.0, [(80.0, "N° de sécurité sociale 2 99 02 06 778 574 08")]),
        (96.0, [(80.0, "Date"), (160.0, "Acte"), (460.0, "Honoraires")]),
        (108.0, [(80.0, "10/03/2025"), (160.0, "Consultation de contraception"), (460.0, "30,00 €")]),
        (132.0, [(300.0, "Total"), (460.0, "30,00 €")]),
    ])
    words = list(body.words)
    _upwards(words, 20.0, "Sylvie COUSIN — Sage-femme libérale", 800.0)
    _upwards(words, 34.0, "24 avenue de la Libération, 29200 BREST · RPPS 10003879623", 800.0)
    document = one([Page(number=1, width=600, height=850, words=words, source="text")])
    assert value(document, "rpps") == "10003879623"
    assert document.fields["rpps"].confidence >= 0.9


# ---------------------------------------------------------------- a value typed half a line below its label


def test_a_value_typed_half_a_line_below_its_form_label_is_the_labels() -> None:
    page = page_of([
        (20.0, [(40.0, "FEUILLE DE SOINS — ACTES MÉDICAUX")]),
        (40.0, [(40.0, "PERSONNE RECEVANT LES SOINS")]),
        (52.0, [(40.0, "nom et prénom")]),
        (57.0, [(170.0, "VASSEUR Grégoire")]),
        (70.0, [(40.0, "numéro d'immatriculation")]),
        (75.0, [(170.0, "1 85 10 12 196 363 53")]),
        (100.0, [(40.0, "IDENTIFICATION DU MÉDECIN")]),
        (112.0, [(40.0, "Paul VIDAL, ophtalmologiste, 55 boulevard Carnot 29200 BREST")]),
        (126.0, [(40.0, "identifiant (RPPS)")]),
        (131.0, [(170.0, "10003879623")]),
        (160.0, [(40.0, "FACTURE")]),
        (172.0, [(40.0, "08/05/2025"), (160.0, "CS"), (460.0, "30,00 €")]),
        (190.0, [(40.0, "montant total"), (460.0, "30,00 €")]),
    ])
    found = one([page]).fields.get("rpps")
    assert found is not None
    assert found.value == "10003879623"
    assert found.confidence >= 0.9


# ---------------------------------------------------------------- a number the key alone vouches for


def test_a_number_tesseract_doubted_wholly_that_one_repair_makes_pass_its_key_is_offered() -> None:
    page = page_of([
        (20.0, [(40.0, "Pharmacie Centrale"), (400.0, "FACTURE")]),
        (32.0, [(40.0, "FINESS 5729583200 : N° AM 57201958"), (400.0, "Date : 02/05/2025")]),
        (60.0, [(40.0, "Patient : DA SILVA Jérémy, né(e) le 22/04/1977")]),
        (72.0, [(40.0, "NIR 1 77 04 38 008 438 66")]),
        (96.0, [(300.0, "Montant total"), (460.0, "30,00 €")]),
    ], source="ocr", conf=0.95)
    page.words[:] = [replace(w, conf=0.0) if w.text == "5729583200" else w for w in page.words]
    document = one([page])
    found = document.fields.get("finess")
    assert found is not None
    assert found.value == "572958320"  # a digit read twice, dropped: the key checks
    assert found.confidence < 0.85
    assert document.needs_review
