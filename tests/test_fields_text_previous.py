"""Held text PDFs (session 17, helper e): a session recalled as "séance précédente le ..." is an earlier
care, not the care billed, nor an act that rivals it. Wordings and values are made up.

- `candidates.wrapped_act_date` took "(... séance" / "séance précédente le 28 mai 2025)" for the billed
  act's date, a rival of the labelled one: the care date fell to "ambiguous";
- `doubts.act_dates` counted the same words as another act dated otherwise: the care date was held.
Set 20's f104 (acupuncture, text PDF, every field right) was held for both.
"""

from __future__ import annotations

from parsers.fields.dates import names_previous
from parsers.fields.doubts import act_dates
from tests.test_fields import one, page_of, value


def _session(recall: str) -> list[tuple[float, list[tuple[float, str]]]]:
    return [
        (20.0, [(40.0, "Dr Paul MARTIN — Médecine générale — RPPS 10003879623")]),
        (40.0, [(40.0, "FACTURE n° 2025/204"), (300.0, "Lyon, le 11 juin 2025")]),
        (64.0, [(40.0, "Patient : LE GALL Yann")]),
        (76.0, [(40.0, "Immatriculation : 1 85 05 78 006 084 91")]),
        (100.0, [(40.0, "Séance d'acupuncture du 11 juin 2025 (3e séance d'un cycle de 5 ;")]),
        (112.0, [(40.0, recall)]),
        (136.0, [(40.0, "Total honoraires"), (300.0, "50,00 €")]),
    ]


def test_a_previous_session_recalled_does_not_rival_the_billed_one() -> None:
    document = one([page_of(_session("séance précédente le 28 mai 2025)."))])
    assert value(document, "care_date") == "2025-06-11"
    assert document.fields["care_date"].confidence >= 0.85
    assert not any("soins" in reason for reason in document.review_reasons)


def test_a_session_done_on_the_wrapped_line_still_rivals() -> None:
    document = one([page_of(_session("séance réalisée le 28 mai 2025)."))])
    assert document.fields["care_date"].confidence < 0.85


def test_previous_words_name_no_act() -> None:
    assert act_dates("séance précédente le 28/05/2025") == []
    assert act_dates("séance réalisée le 28/05/2025") == ["2025-05-28"]
    assert names_previous("consultation antérieure du")
    assert not names_previous("dernière séance le")
