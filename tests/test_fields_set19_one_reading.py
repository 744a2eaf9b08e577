"""One reading of one date never agrees with itself (census of session 13, set 5 h5-07): a till receipt's
"LE 04.09.2025 18:29" gave both the issue date and the care date, and the two fields then got the
"dates agree" lift as if two readings had agreed, letting the text PDF through with no date named by a
label. Wordings and values are made up."""

from __future__ import annotations

from parsers.fields.base import Candidate
from parsers.fields.choice import Choice
from parsers.fields.confidence import one_reading, weigh_evidence
from parsers.fields.dates import SAME_READING
from parsers.fields.doubts import DATES_AGREE
from tests.test_fields import one, page_of, value

BOX = (190.0, 160.0, 240.0, 170.0)


def _date(name: str, box: tuple[float, float, float, float] | None, page: int = 1) -> Candidate:
    return Candidate(name, "2025-09-04", 0.6, page, box, "04.09.2025", "pattern")


def test_the_same_words_on_the_same_page_are_one_reading() -> None:
    assert one_reading(_date("care_date", BOX), _date("invoice_date", BOX))


def test_two_places_or_two_pages_are_two_readings() -> None:
    assert not one_reading(_date("care_date", (40.0, 300.0, 90.0, 310.0)), _date("invoice_date", BOX))
    assert not one_reading(_date("care_date", BOX, page=2), _date("invoice_date", BOX))
    assert not one_reading(_date("care_date", None), _date("invoice_date", None))


def test_a_date_marked_as_a_copy_is_one_reading() -> None:
    copy = _date("care_date", None)
    copy.notes.append(SAME_READING)
    assert one_reading(copy, _date("invoice_date", None))


def test_one_reading_taken_for_both_dates_gets_no_agreement() -> None:
    care, issued = _date("care_date", BOX), _date("invoice_date", BOX)
    chosen = {"care_date": Choice(care, 0.6), "invoice_date": Choice(issued, 0.7)}
    weigh_evidence([care, issued], chosen)
    assert DATES_AGREE not in chosen["care_date"].notes
    assert chosen["care_date"].confidence <= 0.6


def test_two_readings_of_close_dates_still_agree() -> None:
    care = _date("care_date", (40.0, 300.0, 90.0, 310.0))
    issued = _date("invoice_date", BOX)
    chosen = {"care_date": Choice(care, 0.6), "invoice_date": Choice(issued, 0.7)}
    weigh_evidence([care, issued], chosen)
    assert DATES_AGREE in chosen["care_date"].notes


def _till_receipt() -> list[tuple[float, list[tuple[float, str]]]]:
    return [
        (20.0, [(40.0, "PHARMACIE DU MARCHÉ")]),
        (34.0, [(40.0, "N° FINESS : 384742318")]),
        (60.0, [(40.0, "LE 04.09.2025 18:29")]),
        (80.0, [(40.0, "Ticket n° 39-354291")]),
        (100.0, [(40.0, "Patient : MARCHAND Élodie")]),
        (140.0, [(40.0, "TOTAL"), (300.0, "25,84")]),
    ]


def test_a_till_timestamp_alone_does_not_pass_review_as_the_care_date() -> None:
    document = one([page_of(_till_receipt())])
    assert value(document, "care_date") == "2025-09-04"
    assert document.fields["care_date"].confidence < 0.85
    assert document.needs_review
