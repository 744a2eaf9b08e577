"""Set 19 (held for review with every field right): a bilingual invoice (a ski resort's practice) prints
each French label, a slash, then its English translation before the value ("Date des soins / Date of care
01/03/2025"). The translation's bare "Date" was read as a label of its own: the care date's label saw only
the slash and the date went to the issue date. Wordings and values are made up."""

from __future__ import annotations

from parsers.fields.base import scan
from parsers.fields.geometry import translation
from parsers.fields.layout import LabelHit, build_lines
from tests.test_fields import one, page_of, value


def _bilingual() -> list[tuple[float, list[tuple[float, str]]]]:
    return [
        (20.0, [(40.0, "CABINET MÉDICAL DU LAC"), (400.0, "FACTURE / INVOICE")]),
        (34.0, [(40.0, "Dr Anne ROCHE — RPPS 10003879623"), (400.0, "N° LC25-4410")]),
        (48.0, [(400.0, "Date : 20/03/2025")]),
        (80.0, [(40.0, "Patient / Patient"), (260.0, "MOREL Louise")]),
        (94.0, [(40.0, "N° sécurité sociale / Social security no."), (260.0, "1 85 05 78 006 084 91")]),
        (108.0, [(40.0, "Date des soins / Date of care"), (260.0, "14/03/2025 (10h05)")]),
        (140.0, [(40.0, "Consultation / Consultation"), (400.0, "30,00 €")]),
        (160.0, [(300.0, "Total / Total"), (400.0, "30,00 €")]),
    ]


def test_a_labels_english_translation_is_skipped_to_its_value() -> None:
    document = one([page_of(_bilingual())])
    assert value(document, "care_date") == "2025-03-14"
    assert value(document, "invoice_date") == "2025-03-20"
    assert document.fields["nir"].confidence >= 0.95  # read under its label, not as a bare number
    assert not document.needs_review


def _hits(text: str) -> list[LabelHit]:
    page_scan = scan(build_lines([page_of([(20.0, [(40.0, text)])])]))
    return page_scan.hits[0]


def test_a_label_of_another_field_after_the_slash_is_no_translation() -> None:
    hits = _hits("Date des soins / Date de naissance 05/08/1973")
    assert translation(hits[0], hits) == 0
    hits = _hits("Date de facture / Échéance 31/03/2025")  # a due date, a distractor's label
    assert translation(hits[0], hits) == 0
    hits = _hits("Date des soins / Date of care 01/03/2025")
    assert translation(hits[0], hits) == 4  # the slash and "Date of care"
