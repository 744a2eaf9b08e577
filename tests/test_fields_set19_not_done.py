"""Text PDFs held with every field right (session 13, task F): a statement of sessions whose credit line recalls
a session "facturée mais non réalisée" held the care date for "another act dated otherwise", though an act not
performed gives no care that day. Wordings and values are made up."""

from __future__ import annotations

from parsers.fields.doubts import act_dates
from tests.test_fields import lines_page, one, value

THRESHOLD = 0.85

_STATEMENT = """
Mme Claire VIDAL - Sage-femme - RPPS 10003879623
RELEVÉ D'HONORAIRES N° SF2025-311
Établi le 20/05/2025
Patiente : Mme LE GALL Anne
N° de sécurité sociale : 2 85 05 78 006 084 52
Date des soins : 05/05/2025
Séance de préparation n° 2 33,60
Avoir sur facture SF2025-12 du 16/04/2025 -33,60
(séance du 14/04/2025 {tail})
Total à payer 33,60 €
"""


def test_a_session_billed_but_not_performed_dates_no_rival_act() -> None:
    document = one([lines_page(_STATEMENT.format(tail="facturée mais non réalisée"))])
    assert value(document, "care_date") == "2025-05-05"
    assert document.fields["care_date"].confidence >= THRESHOLD
    assert not any("plusieurs actes" in r for r in document.review_reasons)


def test_a_session_performed_on_another_day_stays_a_rival_act() -> None:
    document = one([lines_page(_STATEMENT.format(tail="réalisée au cabinet"))])
    assert document.fields["care_date"].confidence < THRESHOLD
    assert any("plusieurs actes" in r for r in document.review_reasons)


def test_act_dates_leave_out_acts_not_performed() -> None:
    assert act_dates("(séance du 14/07/2025 facturée mais non réalisée)") == []
    assert act_dates("Séance du 03/02/2025 annulée par la patiente") == []
    assert act_dates("Séance du 03/02/2025 ; séance du 10/02/2025 non effectuée") == ["2025-02-03"]
    assert act_dates("Séance du 03/02/2025 sous AL. Non réalisée la suite") == ["2025-02-03"]
