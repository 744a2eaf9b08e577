"""Labels a fax misreads by a glyph, and the check that makes the misreading safe to read through.

A practitioner-id acronym OCR misread by one glyph ("RPP5S", "HPPS" for "RPPS", a fax in normal
resolution): four letters, so label matching forgives it no edit, and the RPPS after it was found only as
a label-less number and held. A capitals word Tesseract doubts, one glyph from the acronym, now stands for
it; its label still finds a value only when that value passes the RPPS key.

A feminine mark whose bracket the fax reads as an "l" ("néle) le 08.03.52" for "né(e) le"): the birth
date was lost, and with it the check of a repaired NIR against it (its year and month). Wordings and
values made up."""

from __future__ import annotations

from dataclasses import replace

from intake.domain.model import ExtractedDocument, Page
from tests.test_fields import one, page_of

THRESHOLD = 0.85


def _fax_page(label: str, label_conf: float, number: str) -> Page:
    page = page_of([
        (20.0, [(40.0, "Dr Paul VIDAL, radiologue")]),
        (32.0, [(40.0, f"N° {label} {number}")]),
        (60.0, [(40.0, "Facture n° RX-2025-0142")]),
        (72.0, [(40.0, "Patient : M. LE GALL Yann")]),
        (84.0, [(40.0, "N° de sécurité sociale : 1 85 05 78 006 084 91")]),
        (96.0, [(40.0, "Date de l'examen : 05/09/2025 Émise le 05/09/2025")]),
        (120.0, [(40.0, "Total 32,26 €")]),
    ], source="ocr", conf=0.95)
    page.words = [replace(w, conf=label_conf) if w.text == label else w for w in page.words]
    return page


def _rpps(document: ExtractedDocument) -> tuple[str, float] | None:
    found = document.fields.get("rpps")
    return (found.value, found.confidence) if found else None


def test_misread_acronyms() -> None:
    from parsers.fields.labels import misread_acronym

    assert misread_acronym("RPP5S") == "rpps"  # a stroke read as a 5
    assert misread_acronym("HPPS") == "rpps"
    assert misread_acronym("RPPS") is None  # read right: the label as it is
    assert misread_acronym("Apps") is None  # not capitals
    assert misread_acronym("PARIS") is None


def test_a_doubted_rpps_label_misread_by_one_glyph_names_the_number_that_passes_the_key() -> None:
    for misread in ("RPP5S", "HPPS"):
        found = _rpps(one([_fax_page(misread, 0.25, "10003879623")]))
        assert found is not None and found[0] == "10003879623"
        assert found[1] >= THRESHOLD


def test_a_confidently_read_word_is_not_taken_for_a_misread_label() -> None:
    found = _rpps(one([_fax_page("HPPS", 0.95, "10003879623")]))
    assert found is None or found[1] < THRESHOLD  # a label-less number only, held


def test_a_misread_label_does_not_make_a_number_failing_the_key_an_rpps() -> None:
    assert _rpps(one([_fax_page("HPPS", 0.25, "10003879624")])) is None


def _patient_page(birth_label: str, nir: str) -> Page:
    return page_of([
        (20.0, [(40.0, "Cabinet infirmier - Mme Claire MARTIN - RPPS 10003879623")]),
        (32.0, [(40.0, "Relevé d'actes n° IDE2509-406 Édité le 20.09.25")]),
        (60.0, [(40.0, "Patient : M. LE GALL Yann")]),
        (72.0, [(40.0, f"{birth_label} 05.05.85 N° immatriculation {nir}")]),
        (96.0, [(40.0, "Période de soins : du 03.09.25 au 17.09.25")]),
        (120.0, [(40.0, "Montant total des soins 32,26 EUR")]),
    ], source="ocr", conf=0.95)


def test_a_feminine_mark_read_with_an_l_still_names_the_birth_date() -> None:
    document = one([_patient_page("néle) le", "1 85 05 78 006 084 91")])
    found = document.fields.get("patient_birth_date")
    assert found is not None and found.value == "1985-05-05"


def test_a_nir_repaired_in_its_month_is_confirmed_by_the_birth_date_behind_a_misread_mark() -> None:
    found = one([_patient_page("néle) le", "1 85 O5 78 006 084 91")]).fields.get("nir")
    assert found is not None and found.value == "185057800608491"
    assert found.confidence >= THRESHOLD


def test_a_word_ending_in_le_bracket_after_other_letters_is_left_alone() -> None:
    from parsers.fields.labels import tokens

    assert tokens("individuelle)") == ["individuelle"]  # "(séance individuelle)": no participle, no mark


def test_a_repaired_nir_the_birth_date_contradicts_stays_held() -> None:
    page = _patient_page("néle) le", "1 85 O5 78 006 084 91")
    page.words = [replace(w, text="05.06.85") if w.text == "05.05.85" else w for w in page.words]
    found = one([page]).fields.get("nir")
    assert found is not None and found.confidence < THRESHOLD


def test_an_rpps_label_read_unsurely_with_one_glyph_wrong_names_the_number_that_passes_the_key() -> None:
    # a fine fax reads the label's P as an E or an F, Tesseract a little over its poor reads (0.6)
    for misread in ("REPS", "RPFS"):
        found = _rpps(one([_fax_page(misread, 0.65, "10003879623")]))
        assert found is not None and found[0] == "10003879623"
        assert found[1] >= THRESHOLD
    assert _rpps(one([_fax_page("RPFS", 0.65, "10003879624")])) is None  # the key still decides


def _delivery_page(label: str) -> Page:
    return page_of([
        (20.0, [(40.0, "Maison Lucie, prothésiste capillaire")]),
        (32.0, [(40.0, "FACTURE Nice, le 03/07/2025")]),
        (44.0, [(40.0, "Facture n° PC25-0142")]),
        (56.0, [(40.0, f"{label} 02/07/2025")]),
        (68.0, [(40.0, "Cliente Mme ROUX Élodie")]),
        (120.0, [(40.0, "Total TTC : 574,40 €")]),
    ], source="ocr", conf=0.95)


def test_a_date_role_word_misread_by_a_glyph_after_date_still_names_the_care_date() -> None:
    # "Date de livraison" with its "i" lost: the delivery date is the care date
    for label in ("Date de livraison", "Date de livrason"):
        found = one([_delivery_page(label)]).fields.get("care_date")
        assert found is not None and found.value == "2025-07-02", label
    # without "date" before it, a misread word names nothing
    found = one([_delivery_page("Prothèse livrason")]).fields.get("care_date")
    assert found is None or found.value != "2025-07-02" or found.confidence < THRESHOLD


def test_a_care_sentence_closing_le_read_as_ie_still_names_the_care_date() -> None:
    # a fax reads the "l" of "le" as an "i": the visit's date is still the care date, not a later plan's
    page = page_of([
        (20.0, [(40.0, "Dr Anne ROUX, gériatre")]),
        (32.0, [(40.0, "FACTURE N° G20250208-4 du 08.02.2025")]),
        (44.0, [(40.0, "Patient Mme BENOÎT Lucie")]),
        (56.0, [(40.0, "Visite à domicile ie 06.02.2025 : évaluation gériatrique standardisée.")]),
        (80.0, [(40.0, "Total 74,64 €")]),
        (92.0, [(40.0, "Entrée en EHPAD envisagée à partir du 07.04.2025 (dossier en cours).")]),
    ], source="ocr", conf=0.95)
    found = one([page]).fields.get("care_date")
    assert found is not None and found.value == "2025-02-06"
