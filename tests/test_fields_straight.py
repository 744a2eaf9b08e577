"""Evidence that lets a right value pass review on its own (straight through), and the cases where the
same cue must not: one test per rule."""

from __future__ import annotations

from intake.domain import PRACTITIONER_ID_FIELDS as PRACTITIONER_IDS
from tests.test_fields import lines_page, one, page_of, value

THRESHOLD = 0.85


def confidence(document: object, name: str) -> float:
    return document.fields[name].confidence  # type: ignore[attr-defined,no-any-return]


# ---------------------------------------------------------------- a receipt's total


RECEIPT = """
REÇU D'HONORAIRES n° R98-654
Honoraires perçus 75,00 €
dont part obligatoire 36,50 €
dont part complémentaire 15,00 €
Reste à charge 23,50 €
"""


def test_fees_received_on_a_receipt_is_its_total_confirmed_by_the_sums() -> None:
    document = one([lines_page(RECEIPT)])
    assert value(document, "total_amount") == "75.00"
    assert confidence(document, "total_amount") >= 0.9  # the four amounts add up


def test_fees_received_that_do_not_add_up_stay_under_review() -> None:
    document = one([lines_page(RECEIPT.replace("23,50", "13,50"))])
    assert confidence(document, "total_amount") < THRESHOLD


# ---------------------------------------------------------------- a label printed over its value


def test_text_layer_label_letters_mixed_with_its_date_are_untangled() -> None:
    page = lines_page("Facture n° FA422117\nDate facture 14/04/2025\nDate de délivranc1e4/04/2025")
    document = one([page])
    assert value(document, "care_date") == "2025-04-14"
    assert confidence(document, "care_date") >= THRESHOLD


def test_mixed_letters_that_do_not_spell_the_label_are_not_untangled() -> None:
    document = one([lines_page("Facture n° FA422117\nDate de délivranx1e4/04/2025")])
    assert value(document, "care_date") != "2025-04-14"


def test_ocr_word_mixing_letters_and_digits_is_a_misread_not_an_overlap() -> None:
    page = lines_page("Facture n° FA422117\nDate de délivranc1e4/04/2025", source="ocr", conf=0.95)
    assert value(one([page]), "care_date") != "2025-04-14"


# ---------------------------------------------------------------- a section heading qualifies a label


def _practitioner(document: object) -> tuple[str, float]:
    fields = document.fields  # type: ignore[attr-defined]
    found = [fields[n] for n in PRACTITIONER_IDS if n in fields]
    best = max(found, key=lambda f: f.confidence)
    return best.value, best.confidence


def test_generic_identifier_under_a_practitioner_heading_is_the_practitioners() -> None:
    page = lines_page(
        "Feuille de soins n° OR-25-0093\nPROFESSIONNEL DE SANTÉ\nNolwenn PICHAVANT, orthophoniste\n"
        "Identifiant 4 4 9 5 4 9 0 2 1"
    )
    found, sure = _practitioner(one([page]))
    assert found == "449549021" and sure >= THRESHOLD


def test_generic_identifier_without_heading_stays_under_review() -> None:
    page = lines_page("Feuille de soins n° OR-25-0093\nNolwenn PICHAVANT, orthophoniste\nIdentifiant 4 4 9 5 4 9 0 2 1")
    assert _practitioner(one([page]))[1] < THRESHOLD


def test_heading_of_another_block_in_between_breaks_the_section() -> None:
    page = lines_page(
        "Feuille de soins n° OR-25-0093\nPROFESSIONNEL DE SANTÉ\nPrescription du Dr TANGUY\n"
        "Identifiant 4 4 9 5 4 9 0 2 1"
    )
    fields = one([page]).fields
    assert all(fields[n].confidence < THRESHOLD for n in PRACTITIONER_IDS if n in fields)


# ---------------------------------------------------------------- the number under the title


def _titled(*extra: tuple[float, list[tuple[float, str]]]) -> object:
    rows = [
        (20.0, [(40.0, "BIOLAB AQUITAINE"), (400.0, "FACTURE D'ANALYSES")]),
        (35.0, [(400.0, "Dossier n° 251014-0392")]),
        (60.0, [(40.0, "Immatriculation 2 72 04 33 977 237 45")]),
        *extra,
    ]
    return one([page_of(rows)])


def test_labelled_reference_right_under_the_title_is_the_documents_number() -> None:
    document = _titled()
    assert value(document, "invoice_number") == "251014-0392"
    assert THRESHOLD <= confidence(document, "invoice_number") < 0.9


def test_file_reference_away_from_the_title_stays_under_review() -> None:
    page = page_of([
        (20.0, [(40.0, "BIOLAB AQUITAINE"), (400.0, "FACTURE D'ANALYSES")]),
        (120.0, [(40.0, "Dossier n° 251014-0392")]),
    ])
    assert confidence(one([page]), "invoice_number") < THRESHOLD


def test_reference_under_the_title_gives_way_to_the_invoice_number() -> None:
    document = _titled((80.0, [(40.0, "Facture n° F-2025-0142")]))
    assert value(document, "invoice_number") == "F-2025-0142"


# ---------------------------------------------------------------- a reference printed twice

_REFERENCE = "Cabinet infirmier\nRéf. : CSI-0925-117\nNIR : 2 72 04 33 977 237 45\n"


def _ocr(text: str) -> object:
    return one([lines_page(text, source="ocr", conf=0.7)])


def test_reference_printed_twice_is_read_twice() -> None:
    once = _ocr(_REFERENCE)
    twice = _ocr(_REFERENCE + "Merci de rappeler la référence CSI-0925-117 lors du règlement.")
    assert value(twice, "invoice_number") == "CSI-0925-117"
    assert confidence(once, "invoice_number") < THRESHOLD <= confidence(twice, "invoice_number") < 0.9


def test_another_number_printed_elsewhere_is_no_second_read() -> None:
    other = _ocr(_REFERENCE + "Merci de rappeler la référence CSI-0925-118 lors du règlement.")
    assert confidence(other, "invoice_number") < THRESHOLD


def test_title_block_number_is_not_taken_from_an_ocr_page() -> None:
    page = page_of(
        [(20.0, [(400.0, "FACTURE D'ANALYSES")]), (35.0, [(400.0, "Dossier n° 251014-0392")])],
        source="ocr", conf=0.95,
    )
    assert confidence(one([page]), "invoice_number") < THRESHOLD


# ---------------------------------------------------------------- the only NIR printed


def test_the_only_key_valid_nir_printed_passes_without_its_label() -> None:
    document = _ocr("Facture n° 2025-77\nM. DUPONT Jean\n2 88 06 97 411 924 84")
    assert value(document, "nir") == "288069741192484"
    assert THRESHOLD <= confidence(document, "nir") < 0.9


def test_two_unlabelled_nirs_leave_each_a_guess() -> None:
    document = _ocr("Facture n° 2025-77\nM. DUPONT Jean\n2 88 06 97 411 924 84\n1 85 05 78 006 084 91")
    assert confidence(document, "nir") < THRESHOLD


# ---------------------------------------------------------------- a total lost, its shares and acts agreeing


def _right(edge: float, text: str) -> tuple[float, str]:
    """A cell of `text` whose right edge is `edge` (page_of gives words 5 points a character)."""
    return (edge - 5.0 * len(text), text)


def _lost_total_page(acts: list[str]) -> object:
    rows = [
        (0.0, [(40.0, "Laboratoire — FINESS 571978063")]),
        (20.0, [(40.0, "Facture FL59559184 du 18/03/2025")]),
        (40.0, [(40.0, "Assuré : M. ARNAUD Jérémy — NIR 1 85 05 78 006 084 91")]),
        (60.0, [(40.0, "Date des soins : 14/03/2025")]),
        (80.0, [(40.0, "Acte"), _right(300.0, "Montant")]),
    ]
    y = 100.0
    for n, amount in enumerate(acts):
        rows.append((y, [(40.0, f"Acte {n + 1}"), _right(300.0, amount)]))
        y += 20.0
    rows += [
        (y, [(40.0, "Total ...... ss. ss.")]),
        (y + 20, [(40.0, "Part Sécurité sociale"), _right(500.0, "21,44")]),
        (y + 40, [(40.0, "Part complémentaire"), _right(500.0, "14,29")]),
        (y + 60, [(40.0, "Reste à charge"), _right(500.0, "0,00")]),
    ]
    return page_of(rows, source="ocr", conf=0.95)


def test_total_lost_but_shares_and_acts_add_up() -> None:
    """A fax lost the total's line; the three shares, each after its own label, add up to what the acts'
    amounts add up to: two readings of one sum, the total a clerk would write."""
    document = one([_lost_total_page(["7,02", "8,10", "10,26", "6,30", "4,05"])])
    assert value(document, "total_amount") == "35.73"
    assert confidence(document, "total_amount") >= THRESHOLD


def test_total_not_inferred_when_the_acts_do_not_add_up() -> None:
    document = one([_lost_total_page(["7,02", "8,10", "10,26", "6,30", "4,50"])])
    assert "total_amount" not in document.fields or confidence(document, "total_amount") < THRESHOLD
