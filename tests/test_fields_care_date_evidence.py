"""Care dates held although the document itself says which date the care was given (sets 26, 29, 31, every
rendering): a hearing aid's trial period before its delivery, a note of two dated sessions, an act dated in
the words on the day of an invoice that prints no care date under a label. Wordings and values are made up.
"""

from __future__ import annotations

from tests.factories import nir
from tests.test_fields import lines_page, one, value

THRESHOLD = 0.85


def _care(text: str) -> tuple[str | None, float, bool]:
    document = one([lines_page(text)])
    found = document.fields.get("care_date")
    return value(document, "care_date"), found.confidence if found else 0.0, document.needs_review


def test_a_trial_period_before_the_delivery_is_no_rival_of_it() -> None:
    text = f"""
Audition Bleue FACTURE
Marc PETIT, audioprothésiste D.E. - N° ADELI 512685710 N° FA2025-2201
Date de facture : 14/05/2025
Patient : M. LEROY Paul, né(e) le 06/03/1948
N° de sécurité sociale : {nir()}
Période d'essai du 10/04/2025 au 13/05/2025. Date de délivrance : 14/05/2025.
2355084 Aide auditive classe I, oreille droite 950,00 €
Montant TTC 950,00 €
Part Sécurité sociale 240,00 €
Part complémentaire 710,00 €
Reste à charge 0,00 €
"""
    day, confidence, _ = _care(text)
    assert day == "2025-05-14"
    assert confidence >= THRESHOLD
    # the trial alone is what the paper dates: still taken, the step being all there is
    alone, _, _ = _care(text.replace(" Date de délivrance : 14/05/2025.", ""))
    assert alone == "2025-04-10"


def test_two_dated_sessions_bill_a_series_from_the_first() -> None:
    text = f"""
Docteur Anne MOREAU RPPS 10003879623
Note d'honoraires Lyon, le 27 mars 2025
N° 2025-412
Patient : M. BLANC Louis
N° de sécurité sociale : {nir()}
Séance du 13 mars 2025
C Consultation 23,00 €
Séance du 20 mars 2025
HBFD035 Traitement endodontique d'une molaire 81,94 €
Total des honoraires 104,94 €
Part Assurance Maladie 62,96 €
Part complémentaire 41,98 €
Reste à charge 0,00 €
"""
    day, confidence, _ = _care(text)
    assert day == "2025-03-13"
    assert confidence >= THRESHOLD


def test_an_act_dated_in_the_words_on_the_invoice_s_day_confirms_it() -> None:
    text = f"""
Pharmacie du Centre FACTURE
N° F202560110
Date : 12/06/2025
Patient : MARTIN Julie, né(e) le 22/04/1977
NIR {nir()}
Mon bilan prévention — tranche d'âge 45-50 ans, réalisé le 12/06/2025 à l'officine.
Bilan prévention (entretien) 30,00 €
Montant total 30,00 €
Part Assurance Maladie 30,00 €
Part complémentaire 0,00 €
Reste à payer 0,00 €
"""
    day, confidence, _ = _care(text)
    assert day == "2025-06-12"
    assert confidence >= THRESHOLD
    # the invoice's only date, no act dated in the words: still a guess a clerk checks
    guessed, confidence, _ = _care(text.replace(", réalisé le 12/06/2025 à l'officine", ""))
    assert guessed == "2025-06-12"
    assert confidence < THRESHOLD
