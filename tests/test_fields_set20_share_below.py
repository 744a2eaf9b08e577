"""Set 20 (a fax): a share's amount that OCR could not read ("Part Assurance Maladie .... ©4%,70 €") took
the first amount found below its label, which was the bracketed detail of the next share ("Part mutuelle
(dont participation forfaitaire 24,00 €) 674,00 €"). A line that opens with another amount's label holds
that amount and its detail: going down from a label, it ends the search. Wordings and values are made up."""

from __future__ import annotations

from tests.test_fields import one, page_of, value


def _unread_share(second: str) -> list[tuple[float, list[tuple[float, str]]]]:
    return [
        (20.0, [(40.0, "Docteur Paul BOUVIER — Ophtalmologie"), (400.0, "NOTE D'HONORAIRES")]),
        (34.0, [(40.0, "RPPS 10003879623"), (400.0, "N° NH-2025-0311")]),
        (48.0, [(400.0, "Date : 09/02/2025")]),
        (80.0, [(40.0, "Patient : M. LEROY Jean")]),
        (94.0, [(40.0, "N° de sécurité sociale : 1 85 05 78 006 084 91")]),
        (108.0, [(40.0, "Intervention réalisée le 09/02/2025")]),
        (140.0, [(40.0, "Total des honoraires"), (400.0, "1071,70 €")]),
        (154.0, [(40.0, "Part Assurance Maladie .... ©4%,70"), (400.0, "€")]),
        (168.0, [(40.0, second), (400.0, "674,00 €")]),
        (182.0, [(40.0, "Reste à régler par le patient"), (400.0, "150,00 €")]),
        (220.0, [(40.0, "Participation forfaitaire de 24 € (actes d'un tarif > 120 €)")]),
    ]


def test_an_unread_share_takes_no_amount_from_the_next_shares_line() -> None:
    document = one([page_of(_unread_share("Part mutuelle (dont participation forfaitaire 24,00 €)"))])
    assert value(document, "amo_amount") is None
    assert value(document, "amc_amount") == "674.00"
    assert value(document, "total_amount") == "1071.70"
    assert value(document, "patient_amount") == "150.00"


def test_the_next_shares_line_without_a_detail_gives_none_either() -> None:
    document = one([page_of(_unread_share("Part mutuelle"))])
    assert value(document, "amo_amount") is None
    assert value(document, "amc_amount") == "674.00"
