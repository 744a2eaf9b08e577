"""Set 33, documents right but held, or a wrong amount lifted into the sure band (wordings and values made up).

- A dental bill's grid: the three shares on one row under their headings, and the fees' amount, the sum of the
  three to the cent, on that same row under a heading that is no total's label ("Honoraires"): that amount is
  the total (`_total_in_shares_row`), no longer the 0.6 of an amount found anywhere on the page.
- A birth date read with a month of one digit ("04/1/1934" for 04/11/1934): the NIR's month, that digit and
  one more, is taken, still held under the sure band (`_month_digit_lost`).
- The sums agreeing only once a share read under its exact label gives way to an amount read under a lesser
  one: the others are not lifted into the sure band (`_label_overruled`), a misread among them may be what
  made them agree."""

from __future__ import annotations

from parsers.fields.base import Candidate
from parsers.fields.choice import Choice
from parsers.fields.extract import check_sums
from tests.test_fields import one, page_of, value

HEAD = [
    (20.0, [(40.0, "Cabinet dentaire du Dr Paul VIDAL - RPPS 10003879623")]),
    (32.0, [(40.0, "Facture n° 58214 Lyon, le 04 septembre 2025")]),
    (44.0, [(40.0, "Patient : M. LE GALL Yann")]),
    (56.0, [(40.0, "N° d'immatriculation : 1 85 05 78 006 084 91")]),
    (80.0, [(40.0, "Date"), (160.0, "Acte"), (420.0, "Honoraires")]),
    (92.0, [(40.0, "04 septembre 2025"), (160.0, "Couronne céramométallique"), (420.0, "400,00 €")]),
]


def _grid(values_row: list[tuple[float, str]]) -> list[tuple[float, list[tuple[float, str]]]]:
    return [
        *HEAD,
        (120.0, [(40.0, "Honoraires"), (120.0, "Base"), (200.0, "Remb. AMO"), (300.0, "Prise en charge AMC"),
                 (440.0, "Reste à charge")]),
        (132.0, values_row),
    ]


def test_the_sum_of_the_shares_printed_on_their_row_is_the_total() -> None:
    row = [(40.0, "400,00 €"), (120.0, "107,50 €"), (200.0, "64,50 €"), (300.0, "250,00 €"), (440.0, "85,50 €")]
    for source in ("text", "ocr"):
        document = one([page_of(_grid(row), source=source, conf=0.95)])
        assert value(document, "total_amount") == "400.00"
        assert document.fields["total_amount"].confidence >= 0.85
        assert not document.needs_review, document.review_reasons


def test_a_row_without_the_sum_leaves_the_total_inferred_and_held() -> None:
    row = [(40.0, "410,00 €"), (120.0, "107,50 €"), (200.0, "64,50 €"), (300.0, "250,00 €"), (440.0, "85,50 €")]
    document = one([page_of(_grid(row), source="ocr", conf=0.95)])
    total = document.fields.get("total_amount")
    assert total is None or total.confidence < 0.85
    assert document.needs_review


def _birth(date: str) -> list[tuple[float, list[tuple[float, str]]]]:
    return [
        (20.0, [(40.0, "Pharmacie du Centre - FINESS 750000010")]),
        (32.0, [(40.0, "Facture n° F82-104452 Mme PETIT Anne")]),
        (44.0, [(40.0, f"Date 26-02-2025 Né(e) le {date}")]),
        (56.0, [(40.0, "N° SS 2 34 11 75 123 456 96")]),
        (80.0, [(40.0, "Montant TTC 60,00 €")]),
    ]


def test_a_birth_month_read_with_one_digit_lost_takes_the_nirs_month_held() -> None:
    document = one([page_of(_birth("04/1/1934"), source="ocr", conf=0.95)])
    assert value(document, "patient_birth_date") == "1934-11-04"
    assert document.fields["patient_birth_date"].confidence < 0.9


def test_a_two_digit_month_one_digit_off_the_nir_is_not_mended() -> None:
    document = one([page_of(_birth("04/01/1934"), source="ocr", conf=0.95)])
    assert value(document, "patient_birth_date") == "1934-01-04"
    assert document.fields["patient_birth_date"].confidence < 0.9


def _read(name: str, amount: str, score: float, label: str, weight: float) -> Candidate:
    return Candidate(name, amount, score, 1, None, amount, "right", ocr=True, label=label, label_weight=weight)


def test_sums_that_overrule_an_exact_labels_share_lift_nothing_into_the_sure_band() -> None:
    total = _read("total_amount", "1000.00", 0.88, "Total facturé", 1.0)
    amo = _read("amo_amount", "400.00", 0.88, "Part Assurance Maladie", 1.0)
    amc = _read("amc_amount", "324.00", 0.92, "Part complémentaire", 1.0)
    loose = _read("amc_amount", "24.00", 0.48, "Mutuelle", 0.55)  # a flat fee named in the label's words
    patient = _read("patient_amount", "576.00", 0.75, "Reste à votre charge", 1.0)  # 276,00 misread
    chosen = {c.name: Choice(c, c.score, []) for c in (total, amo, amc, patient)}
    assert check_sums([total, amo, amc, loose, patient], chosen) is None
    assert chosen["amc_amount"].candidate.value == "24.00"
    assert all(chosen[n].confidence < 0.9 for n in chosen)
    assert chosen["total_amount"].confidence >= 0.85  # the total read still passes review


def test_sums_with_every_share_read_under_its_label_still_lift_them() -> None:
    total = _read("total_amount", "1000.00", 0.88, "Total facturé", 1.0)
    amo = _read("amo_amount", "400.00", 0.88, "Part Assurance Maladie", 1.0)
    amc = _read("amc_amount", "324.00", 0.92, "Part complémentaire", 1.0)
    patient = _read("patient_amount", "276.00", 0.75, "Reste à votre charge", 1.0)
    chosen = {c.name: Choice(c, c.score, []) for c in (total, amo, amc, patient)}
    assert check_sums([total, amo, amc, patient], chosen) is None
    assert all(chosen[n].confidence >= 0.9 for n in chosen)


def test_sums_that_overrule_a_doubtful_read_of_an_exact_label_still_lift_the_others() -> None:
    total = _read("total_amount", "1000.00", 0.88, "Total facturé", 1.0)
    amo = _read("amo_amount", "400.00", 0.88, "Part Assurance Maladie", 1.0)
    amc = _read("amc_amount", "324.08", 0.6, "Part complémentaire", 1.0)  # a fax's 0 read as an 8, doubted
    loose = _read("amc_amount", "324.00", 0.45, "Montant", 0.5)
    patient = _read("patient_amount", "276.00", 0.88, "Reste à votre charge", 1.0)
    chosen = {c.name: Choice(c, c.score, []) for c in (total, amo, amc, patient)}
    assert check_sums([total, amo, amc, loose, patient], chosen) is None
    assert chosen["amc_amount"].candidate.value == "324.00"
    assert all(chosen[n].confidence >= 0.9 for n in ("total_amount", "amo_amount", "patient_amount"))
