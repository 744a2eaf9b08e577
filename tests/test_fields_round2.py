"""Wordings met again in the older held-out sets (round 2). One test per general rule; the wordings
are made up for the tests."""

from __future__ import annotations

from tests.test_fields import lines_page, one, value

THRESHOLD = 0.85


def test_care_date_named_by_what_was_done_then_realise_le() -> None:
    """"Examen réalisé le", "Actes effectués le": the act then its day is a label of the care date,
    strong enough to be accepted, not the generic role matcher's guess."""
    for wording in ("Examen réalisé le", "Actes réalisés le", "Acte effectué le"):
        document = one([lines_page(
            f"Facture n° RX/2025/118\n{wording} 28 juin 2025\nTotal facturé 87,40 €\nPart obligatoire 60,00 €"
        )])
        assert value(document, "care_date") == "2025-06-28", wording
        assert document.fields["care_date"].confidence >= 0.9, wording


def test_a_devis_realise_le_is_not_a_care_date() -> None:
    document = one([lines_page("Facture n° F-2025-12\nDevis réalisé le 02/05/2025\nTotal 60,00 €")])
    found = document.fields.get("care_date")
    assert found is None or found.confidence < THRESHOLD
