"""A taxi's trips table headed "Date | Trajet | Heure | Km | Prise en ch. | Km x 1,12 | Total" (set 13
y105): the rate in a heading is no value on the row, so the row is still the acts' headings and the
trips' dates under it still date the care. Wordings and values are made up."""

from __future__ import annotations

from tests.test_fields import one, page_of, value

HEADINGS = [(40, "Date"), (110, "Trajet"), (170, "Heure"), (220, "Km"), (260, "Prise en ch."), (360, "{rate}"),
            (450, "Total")]


def _trips(rate: str) -> list[tuple[float, list[tuple[float, str]]]]:
    return [
        (20, [(40, "TAXI DU LAC - Transport assis")]),
        (40, [(40, "Facture n° T25-0317")]),
        (80, [(x, text.format(rate=rate)) for x, text in HEADINGS]),
        (95, [(40, "11/03/2025"), (110, "Aller"), (170, "08:10"), (220, "18"), (260, "13,00"), (360, "20,16"),
              (450, "33,16")]),
        (110, [(40, "11/03/2025"), (110, "Retour"), (170, "12:40"), (220, "18"), (260, "13,00"), (360, "20,16"),
               (450, "33,16")]),
        (140, [(300, "TOTAL"), (450, "66,32 €")]),
    ]


def test_a_rate_in_the_headings_keeps_the_trips_dates_as_the_care_date() -> None:
    plain = one([page_of(_trips("Km"))])
    for rate in ("Km x 1,12", "Km × 1,12", "Km x 1,22"):
        document = one([page_of(_trips(rate))])
        assert value(document, "care_date") == "2025-03-11", rate
        assert document.fields["care_date"].confidence == plain.fields["care_date"].confidence, rate
        assert "invoice_date" not in document.fields, rate  # the trips' date is not taken for the issue date
