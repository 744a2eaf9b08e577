"""Whose identifier, number or date a candidate is: a prescriber's, an employee's or performer's, a
stand-in's, a doctor named by title, a destination establishment's, the replaced paper's, the insured's
birth date beside the patient's; `extract.py` weighs candidates with these checks."""

from __future__ import annotations

import re

from intake.domain.model import Word
from parsers.fields.base import NAME_FIELDS, PRACTITIONER_FIELDS, Candidate, PageScan, line_of, middle, on_line
from parsers.fields.geometry import cell_start, is_table_header, line_cells, overlap_of
from parsers.fields.labels import fold
from parsers.fields.layout import Line


def is_prescriber(scan_: PageScan, candidate: Candidate) -> bool:
    """True when an RPPS/ADELI candidate sits in a prescriber's block or next to "prescripteur"."""
    for index, line in enumerate(scan_.lines):
        if line.page != candidate.page or candidate.box is None:
            continue
        if not (line.y0 - 1 <= middle(candidate) <= line.y1 + 1):
            continue
        if (
            _prescriber_on_line(scan_, index, candidate)
            or _prescriber_above(scan_, index, candidate)
            or _prescription_below(scan_, index, candidate)
            or _prescribers_establishment(scan_, index, candidate)
            or _over_prescription_title(scan_, index)
        ):
            return True
    return False


def _prescribers_establishment(scan_: PageScan, index: int, candidate: Candidate) -> bool:
    """ "Prescription du 02/05 — Dr X, RPPS 1..." then "Hôpital Y — FINESS 3..." on the next line of
    the block: the establishment where the prescriber works, not the one who invoices. Only a FINESS
    (a second practitioner's RPPS under the prescriber's may well be the invoicer's own)."""
    if candidate.name != "finess":
        return False
    line = scan_.lines[index]
    for j in range(index - 1, max(-1, index - 3), -1):
        above = scan_.lines[j]
        if above.page != line.page or line.y0 - above.y1 > 1.6 * line.height:
            return False
        if above.y0 >= line.y0 - 0.5 * line.height:
            continue  # the same row
        ids = [h for h in scan_.hits[j] if h.kind in ("rpps", "adeli")]
        referral = [h for h in scan_.hits[j] if h.kind == "distractor:prescriber"]
        return bool(ids and referral and min(h.first_word for h in referral) < min(h.first_word for h in ids))
    return False


# "PRESCRIPTION MÉDICALE DE SOINS INFIRMIERS À DOMICILE", "ORDONNANCE": a prescription form's title, a
# line of its own (no date, number or label: "Prescription du 07/08/2025" is a heading of a date)
_PRESCRIPTION_TITLE = re.compile(r"^(?:prescriptions?|ordonnances?)(?: medicales?)?(?: [a-z' ]+)?$")


TITLE_GAP = 2.5  # text heights: a title is set apart from the letterhead by more than a line's spacing


def _over_prescription_title(scan_: PageScan, index: int) -> bool:
    """An identifier on one of the two lines right above a prescription form's title: the letterhead of
    the one who prescribes (a hospital's service, with its FINESS, prescribing home care), printed
    over the prescription, above the invoice of the one who gives the care."""
    line = scan_.lines[index]
    for other in scan_.lines[index + 1 : index + 3]:
        if other.page != line.page or other.y0 - line.y1 > TITLE_GAP * line.height:
            return False
        if other.y0 < line.y0 + 0.5 * line.height:
            continue  # the same row
        if _PRESCRIPTION_TITLE.match(re.sub(r"\s+", " ", fold(other.text)).strip(" .-—*")):
            return True
    return False


_DOCTOR = re.compile(r"\b(?:dr|docteur|medecin)\b")
_PRESCRIPTION_START = re.compile(r"^(?:\(?ordonnance|prescription|prescrit)")


def _prescription_below(scan_: PageScan, index: int, candidate: Candidate) -> bool:
    """ "Médecin   Dr X — RPPS 1..." with "ordonnance du 03/06/2025" wrapped under the doctor's name,
    in the same value cell: the doctor whose prescription it is, not the one who invoices."""
    line = scan_.lines[index]
    assert candidate.box is not None
    before = [w for w in line.words if w.x1 <= candidate.box[0] + 0.5]
    if not before or not _DOCTOR.search(fold(" ".join(w.text for w in before))):
        return False
    starts = [w.x0 for w in before]
    for other in scan_.lines[index + 1 : index + 4]:
        if other.page != line.page or other.y0 - line.y1 > line.height:
            break
        if other.y0 < line.y0 + 0.5 * line.height:
            continue  # the same row (a photo's lines may overlap a little)
        for cell in line_cells(other):
            aligned = any(abs(cell[0].x0 - x) <= line.height for x in starts)
            joined = re.sub(r"\s", "", fold(" ".join(w.text for w in cell[:3])))  # "ordonna nce": split by OCR
            if aligned and _PRESCRIPTION_START.match(joined):
                return True
    return False


_EMPLOYEE = re.compile(r"\b(?:executant|salarie|intervenant|vacataire)e?s?\b")


# "Pharmacien titulaire : X — RPPS 1... — Inscrit à l'Ordre des pharmaciens": the pharmacist who owns or
# runs the pharmacy, or works in it ("titulaire" alone when a fax misread "Pharmacien"); "Biologiste
# responsable : Dr X — RPPS 1...": a laboratory's biologist, who signs its results while the laboratory
# invoices under its FINESS
# "contrôlée par X, pharmacien (RPPS 1...)": a pharmacist named as such where an establishment invoices
# under its FINESS (is_employee is asked only then) works for it
_PHARMACIST = re.compile(r"\btitulaires?\b|\bpharmacien(?:ne)?s?\b|\bbiologistes?\b")
_PHARMACISTS_ORDER = re.compile(r"\bordre des pharmaciens\b")


# "Pharmacien responsable : X — RPPS 1...": a prestataire de santé à domicile, a pharmacy or a laboratory
# names the pharmacist or biologist it must employ; they sign, the company invoices under its own number
_PHARMACIST_BY_NAME = re.compile(
    r"\bpharmacien(?:ne)?s? (?:responsable|titulaire|gerant|adjoint|assistant)e?s?\b|\bbiologistes?\b"
)


def is_company_pharmacist(scan_: PageScan, candidate: Candidate) -> bool:
    """An RPPS printed after "Pharmacien responsable", "Pharmacien titulaire" or "Biologiste": the
    pharmacist or biologist a company must employ, never who invoices, even when the company's own
    number is no FINESS (a PSAD's "code prestataire"): with it unread the practitioner is absent, for a
    clerk to see, never the pharmacist's."""
    return candidate.name == "rpps" and (
        _before_on_line(scan_, candidate, _PHARMACIST_BY_NAME) or _headed_above(scan_, candidate, _PHARMACIST_BY_NAME)
    )


def is_employee(scan_: PageScan, candidate: Candidate) -> bool:
    """An RPPS/ADELI printed after "Médecin exécutant", "praticien salarié", "Pharmacien titulaire", or
    under "X responsable :": someone who works for the establishment whose FINESS invoices (a pharmacy
    invoices under its own FINESS, not under its pharmacist's RPPS), not the one who invoices; or
    printed in an acts table's "Réalisé par" / "Intervenant" column (a centre de santé names who
    performed each act)."""
    return (
        _before_on_line(scan_, candidate, _EMPLOYEE)
        or _before_on_line(scan_, candidate, _PHARMACIST)
        or _after_on_line(scan_, candidate, _PHARMACISTS_ORDER)
        or _titled_above(scan_, candidate, _PHARMACIST)
        or _titled_above(scan_, candidate, _EMPLOYEE)
        or _headed_above(scan_, candidate, _RESPONSIBLE)
        or _performer_column(scan_, candidate)
    )


# "Biologiste responsable :" (its first word misread on a fax), "Médecin responsable :" heading the name and
# number below it, where an establishment invoices under its FINESS: the person who answers for it
_RESPONSIBLE = re.compile(r"\bresponsables?\b")


_ID_LABEL_ONLY = re.compile(r"^\W*(?:n\W{0,2}o?\W*)?(?:rpps|adeli)\W*$")  # "RPPS", "N° RPPS :"
TITLE_ABOVE_GAP = 1.6  # text heights between the number's line and the name's line just above it


def _titled_above(scan_: PageScan, candidate: Candidate, pattern: re.Pattern[str]) -> bool:
    """ "Josiane X, pharmacien titulaire" over "RPPS 1..." alone in its cell: a letterhead's column
    stacks the person's name and title over the number, which is that person's (the pharmacist's, the
    salaried doctor's), as `_before_on_line` reads them when printed on one line."""
    label, rows = _cells_above(scan_, candidate)
    if not label or not _ID_LABEL_ONLY.match(fold(" ".join(label))):
        return False
    cells = next((c for c in rows if c), [])
    return any(pattern.search(fold(" ".join(w.text for w in c))) for c in cells)


def _headed_above(scan_: PageScan, candidate: Candidate, pattern: re.Pattern[str]) -> bool:
    """ "Biologiste responsable :" alone over "Ophélie X (RPPS 1...)": a label ending in a colon with
    nothing after it heads the cell below it, the name and number of the person it names, as
    `_before_on_line` reads them when printed on one line."""
    _, rows = _cells_above(scan_, candidate)
    if not rows or not rows[0]:
        return False
    text = fold(" ".join(w.text for c in rows[0] for w in c))
    return text.endswith(":") and bool(pattern.search(text))


def _cells_above(scan_: PageScan, candidate: Candidate) -> tuple[list[str], list[list[list[Word]]]]:
    """The words before the candidate in its own cell, and, for each line above it on its page (nearest
    first, another row, each within TITLE_ABOVE_GAP of the candidate's line), that line's cells overlapping
    the candidate's cell."""
    if candidate.box is None:
        return [], []
    index = line_of(scan_, candidate)
    if index is None:
        return [], []
    line = scan_.lines[index]
    start = cell_start(line, candidate.box[0])
    label = [w.text for w in line.words if w.x0 >= start - 0.5 and w.x1 <= candidate.box[0] + 0.5]
    rows: list[list[list[Word]]] = []
    for above in reversed(scan_.lines[:index]):
        if above.page != line.page or line.y0 - above.y1 > TITLE_ABOVE_GAP * line.height:
            break
        if above.y0 >= line.y0 - 0.5 * line.height:
            continue  # the same row
        rows.append([c for c in line_cells(above) if overlap_of(c[0].x0, c[-1].x1, start, candidate.box[2]) > 0])
    return label, rows


_PERFORMER_HEADING = re.compile(r"\b(?:realise|effectue|execute)e?s? par\b|\bexecutant|\bintervenant|\bpraticien\b")
HEADING_REACH = 8  # table rows between an acts table's header and a row it still heads


def _performer_column(scan_: PageScan, candidate: Candidate) -> bool:
    """The candidate's cell sits under a column heading of an acts table that names who performed it."""
    if candidate.box is None:
        return False
    rows = [i for i, line in enumerate(scan_.lines) if line.page == candidate.page and (
        line.y0 - 1 <= middle(candidate) <= line.y1 + 1
    )]
    if not rows:
        return False
    index = rows[0]
    line = scan_.lines[index]
    start = cell_start(line, candidate.box[0])
    for j in range(index - 1, max(-1, index - 1 - HEADING_REACH), -1):
        above = scan_.lines[j]
        if above.page != line.page:
            return False
        if not is_table_header(scan_.hits[j], above):
            continue
        heading = [w.text for w in above.words if overlap_of(w.x0, w.x1, start, candidate.box[2]) > 0]
        return bool(_PERFORMER_HEADING.search(fold(" ".join(heading))))
    return False


_DESTINATION = re.compile(r"\bdestination\b|\bvers\b|\bconduit (?:a|au|vers)\b|\bd'origine\b|\bprovenance\b")


def is_destination(scan_: PageScan, candidate: Candidate) -> bool:
    """A FINESS printed after "Destination :", "transport vers", "établissement de destination" on its
    line, or after "Établissement d'origine", "en provenance de": the establishment a patient was
    taken to or from, not the one who invoices."""
    return _before_on_line(scan_, candidate, _DESTINATION) or _under_place_heading(scan_, candidate)


# "Départ | Arrivée" heading a transport's columns: the places the patient was taken from and to
_PLACE_HEADINGS = {"depart", "arrivee", "destination", "provenance", "lieu de depart", "lieu d'arrivee"}
PLACE_HEADING_REACH = 3  # lines up from the FINESS to its column's heading


def _under_place_heading(scan_: PageScan, candidate: Candidate) -> bool:
    """A FINESS in a cell under a "Départ" / "Arrivée" column heading (left-aligned with it, a few
    lines down): the establishment the patient was taken from or to, not the one who invoices."""
    if candidate.box is None:
        return False
    index = next((i for i, line in enumerate(scan_.lines) if on_line(line, candidate)), None)
    if index is None:
        return False
    line, left = scan_.lines[index], candidate.box[0] + 0.5
    cell = next((c for c in line_cells(line) if c[0].x0 <= left <= c[-1].x1 + 0.5), None)
    if cell is None:
        return False
    for above in reversed(scan_.lines[max(0, index - PLACE_HEADING_REACH) : index]):
        if above.page != line.page:
            return False
        aligned = [c for c in line_cells(above) if abs(c[0].x0 - cell[0].x0) <= line.height]
        if any(fold(" ".join(w.text for w in c)).strip(" :") in _PLACE_HEADINGS for c in aligned):
            return True
    return False


_PRACTICE = re.compile(
    r"\bconsultations? ?(?::|a |au |aux |en )|\blieu d'exercice\b|\bexer(?:ce|cant) (?:a|au|aux|en)\b"
    r"|\b(?:realise|effectue|pratique)e?s? (?:a|au|aux|en)\b"
)


# "Clinique X — FINESS ... — plateau technique mis à disposition du praticien": the establishment lends
# its rooms or equipment to a practitioner, who bills his own fees
_LENT = re.compile(r"\bmise?s? a (?:la )?disposition\b|\bplateau technique\b")


def is_place_of_practice(scan_: PageScan, candidate: Candidate) -> bool:
    """A FINESS printed after "Consultations à la Clinique X", "Lieu d'exercice", "Actes réalisés à", or
    followed by "plateau technique mis à disposition du praticien": the establishment where a
    practitioner sees his patients, not the one who invoices his fees."""
    return _before_on_line(scan_, candidate, _PRACTICE) or _after_on_line(scan_, candidate, _LENT)


# "Extrait délivré par la pharmacie / FINESS 634691422": the establishment that supplied a product used in
# the care (a pharmacy, a laboratory), not the one who invoices the care
_SUPPLIED = re.compile(r"\b(?:delivre|fourni|dispense)e?s? par\b")


def is_supplier(scan_: PageScan, candidate: Candidate) -> bool:
    """A FINESS printed after "délivré par", "fourni par", "dispensé par", on its own line or at the end
    of the line right above it in its column: the supplier of a product, not the one who invoices."""
    if _before_on_line(scan_, candidate, _SUPPLIED):
        return True
    index = line_of(scan_, candidate)
    if index is None or index == 0 or candidate.box is None:
        return False
    line, above = scan_.lines[index], scan_.lines[index - 1]
    if above.page != line.page or line.y0 - above.y1 > 1.5 * max(line.height, above.height):
        return False
    start = cell_start(line, candidate.box[0])
    words = [w.text for w in above.words if start - line.height <= w.x0 <= candidate.box[2]]
    return bool(_SUPPLIED.search(fold(" ".join(words))))


_REPLACED = re.compile(r"\bannule\b|\bremplace\b|\binitiale\b|\bprecedente\b|\bd'origine\b")


def is_replaced_paper(scan_: PageScan, candidate: Candidate) -> bool:
    """An invoice number after "Annule et remplace la facture n°", "facture initiale n°": the number of
    the paper this one replaces, never this one's own (a corrective invoice prints both)."""
    return _before_on_line(scan_, candidate, _REPLACED)


def _after_on_line(scan_: PageScan, candidate: Candidate, pattern: re.Pattern[str]) -> bool:
    """`pattern` in the folded words right of the candidate on its own line."""
    for line in scan_.lines:
        if candidate.box is not None and on_line(line, candidate):
            after = [w.text for w in line.words if w.x0 >= candidate.box[2] - 0.5]
            if pattern.search(fold(" ".join(after))):
                return True
    return False


def _before_on_line(scan_: PageScan, candidate: Candidate, pattern: re.Pattern[str]) -> bool:
    """`pattern` in the folded words left of the candidate on its own line."""
    for line in scan_.lines:
        if line.page != candidate.page or candidate.box is None:
            continue
        if line.y0 - 1 <= middle(candidate) <= line.y1 + 1:
            before = [w.text for w in line.words if w.x1 <= candidate.box[0] + 0.5]
            if pattern.search(fold(" ".join(before))):
                return True
    return False


_ISSUER = re.compile(r"\betablissement\b|\bemetteur\b|\bfactur(?:e|ant|ee)s? par\b|\bfacturant\b|\bstructure\b")


def is_issuer_named(scan_: PageScan, candidate: Candidate) -> bool:
    """A FINESS printed after "Établissement :", "Émetteur", "Facturé par", "Structure": the words say
    it is the one who invoices, wherever on the page it sits."""
    return _before_on_line(scan_, candidate, _ISSUER)


_STAND_IN = re.compile(r"\brempla[cç]ante?s?\b|\bremplacement\b")


def is_stand_in(scan_: PageScan, candidate: Candidate) -> bool:
    """An RPPS/ADELI printed after "Dr X, remplaçant", "en remplacement du Dr Y": the doctor standing
    in, who invoices on the paper of the one he replaces."""
    return _before_on_line(scan_, candidate, _STAND_IN)


# "Acte effectué par", "Soins réalisés par", "Réalisé par :": the acts billed, or a label; not "Coloscopie
# réalisée par le Dr X" in an anaesthetist's note, a procedure named apart from the acts billed (another
# doctor's, which the note speaks of)
_PERFORMER = re.compile(
    r"\bayant (?:realise|effectue|pratique)|\bexecutant"
    r"|(?:^|[:|]\s*|\b(?:actes?|soins?|seances?|prestations?)\s+)(?:realise|effectue)e?s? par\b"
)


def is_performer(scan_: PageScan, candidate: Candidate) -> bool:
    """An RPPS/ADELI printed after "Praticien ayant réalisé les actes", "Acte effectué par": the one
    who gave the care, among the several a group practice prints in its letterhead. A procedure the
    body names as done by a doctor ("Coloscopie totale réalisée par le Dr X", on the anaesthetist's
    note of fees) is another act than those billed: he is a colleague, not the one who invoices.

    >>> bool(_PERFORMER.search("acte effectue par dr b. girard (rpps"))
    True
    >>> bool(_PERFORMER.search("coloscopie totale realisee par le dr stephane boulanger (rpps"))
    False
    """
    return _before_on_line(scan_, candidate, _PERFORMER) or _under_practitioner_heading(scan_, candidate)


PRACTITIONER_HEADING_REACH = 2  # lines: a scan may read a row of the column beside between the heading and the number
_PRACTITIONER_HEAD = re.compile(r"^praticien(?:ne|\(ne\)|\(e\))?\s*:")


def _under_practitioner_heading(scan_: PageScan, candidate: Candidate) -> bool:
    """ "Praticien : Dr Sylvie LE GALL" opening a cell, then under it in that column "N° RPPS 1...": the
    number of the practitioner the invoice names as its own, apart from a group practice's list of
    members beside it. Its cell on its own line, or the cell right above it in its column, opens on
"Praticien :".

    >>> bool(_PRACTITIONER_HEAD.match("praticien : dr sylvie le gall")), bool(_PRACTITIONER_HEAD.match("praticiens"))
    (True, False)
    """
    if candidate.box is None:
        return False
    index = line_of(scan_, candidate)
    if index is None:
        return False
    line = scan_.lines[index]
    own = next((c for c in line_cells(line) if c[0].x0 <= candidate.box[0] + 0.5 <= c[-1].x1 + 0.5), None)
    if own is None:
        return False
    if _PRACTITIONER_HEAD.match(fold(" ".join(w.text for w in own))):
        return True
    for above in reversed(scan_.lines[max(0, index - PRACTITIONER_HEADING_REACH) : index]):
        if above.page != line.page:
            return False
        cell = next((c for c in line_cells(above) if abs(c[0].x0 - own[0].x0) <= 2 * line.height), None)
        if cell is not None:  # the cell right above in that column (another column's row may come between)
            return bool(_PRACTITIONER_HEAD.match(fold(" ".join(w.text for w in cell))))
    return False


def _prescriber_on_line(scan_: PageScan, index: int, candidate: Candidate) -> bool:
    """ "Dr X (prescripteur) RPPS 1..." or "RPPS 1... (prescripteur)" on the candidate's own line."""
    line = scan_.lines[index]
    assert candidate.box is not None
    before: list[str] = []
    for word in reversed([w for w in line.words if w.x1 <= candidate.box[0] + 0.5]):
        if sum(c.isdigit() for c in word.text) >= 9:
            break
        before.append(word.text)
    if _REFERRAL.search(fold(" ".join(reversed(before)))):
        return True
    opening = len([w for w in line.words if w.x1 <= candidate.box[0] + 0.5]) - len(before)
    if any(  # "Pcescripteur Dr X — RPPS 1...": the heading misread, found as a label all the same
        h.kind == "distractor:prescriber" and " ".join(h.label.tokens) in _PRESCRIBER_HEADINGS
        and "prescr" in " ".join(h.label.tokens) and h.first_word >= opening and h.x1 <= candidate.box[0] + 0.5
        for h in scan_.hits.get(index, [])
    ):
        return True
    after = [w.text for w in line.words if w.x0 >= candidate.box[2] - 0.5][:3]
    joined = fold(" ".join(after))
    if candidate.name != "finess" and _DATED_PAPER.match(joined) and _dated_right_after(scan_, index, candidate):
        return True  # "Dr X (RPPS 1...) du 08/05/2025 : pansement ...": his prescription, dated
    return joined.startswith("(") and bool(_REFERRAL.search(joined.split(")")[0]))


def _dated_right_after(scan_: PageScan, index: int, candidate: Candidate) -> bool:
    """The date's words follow the number closely on the number's own line (not a date of a column
    beside, on a line of its own at the same height)."""
    assert candidate.box is not None
    line = scan_.lines[index]
    after = [w for w in line.words if w.x0 >= candidate.box[2] - 0.5]
    return line_of(scan_, candidate) == index and bool(after) and after[0].x0 - candidate.box[2] <= 2 * line.height


# A doctor's number followed by a date ("(RPPS 10908215022) du 08/05/2025 : pansements"): the paper he
# wrote that day, a prescription or a letter, the words before it maybe lost; the invoicer's own number
# dates nothing.
_DATED_PAPER = re.compile(r"^\)?\s*du \d{1,2}\s?[/.\-]\s?\d{1,2}\s?[/.\-,]\s?(?:\d{2}|\d{4})\b")


# Words that make the doctor named next to an RPPS someone other than the invoicing practitioner.
_REFERRAL = re.compile(
    r"\bprescr|ordonnance|adressee? par|medecin traitant|(?:medecin|docteur|dr) demandeur|adresseur|correspondant"
    r"|\b(?:courrier|lettre) d(?:u|e l'?) ?(?:dr|docteur|medecin)\b"  # "Indication : courrier du Dr X, RPPS 1..."
)


_IDENTIFIER_DIGITS = 9  # an RPPS, ADELI or FINESS has 9 digits or more; a date 8 at most

_PRESCRIBER_HEADINGS = {
    "prescripteur",
    "medecin prescripteur",
    "prescrit par",
    "prescrite par",
    "ordonnance",
    "rpps prescripteur",
    "no rpps prescripteur",
    "medecin demandeur",
    "adresse par",
    "adressee par",
    "medecin adresseur",
    "medecin traitant",
}


def _prescriber_above(scan_: PageScan, index: int, candidate: Candidate) -> bool:
    line = scan_.lines[index]
    assert candidate.box is not None
    bottom = line.y0
    for j in range(index - 1, max(-1, index - 6), -1):
        other = scan_.lines[j]
        if other.page != line.page or bottom - other.y1 > 1.6 * line.height:
            break
        reach = 20 * line.height  # page units differ (points, pixels): measure in text heights
        near = [w for w in other.words if overlap_of(w.x0, w.x1, candidate.box[0] - reach, candidate.box[2]) > 0]
        if not near:
            continue
        window = (candidate.box[0] - reach, candidate.box[2])
        hits = [h for h in scan_.hits[j] if overlap_of(h.x0, h.x1, *window) > 0]
        headings = [
            h for h in hits if h.kind == "distractor:prescriber" and " ".join(h.label.tokens) in _PRESCRIBER_HEADINGS
        ]
        if headings:
            # "Prescripteur Dr X — RPPS 1..." holds the prescriber's own number: an identifier a few lines
            # below it ("ADELI 2...") is someone else's, the invoicer's
            return not _numbered_after(scan_, j, min(h.first_word for h in headings))
        if any(h.kind in PRACTITIONER_FIELDS or h.kind == "distractor:practitioner" for h in hits):
            return False
        if (
            _REFERRAL.search(fold(" ".join(w.text for w in near)))
            and candidate.box[0] > near[0].x0
            and not any(sum(c.isdigit() for c in w.text) >= 9 for w in other.words)
        ):
            return True  # "Médecin demandeur : Dr X" then "(RPPS ...)" under it
        bottom = other.y0
    return False


def _numbered_after(scan_: PageScan, index: int, start: int) -> bool:
    """True when line `index` has an RPPS/ADELI label after word `start` followed by a number of
    identifier length ("Prescripteur Dr X — RPPS 10304209900")."""
    words = scan_.lines[index].words
    for hit in scan_.hits[index]:
        if hit.kind not in ("rpps", "adeli") or hit.first_word <= start:
            continue
        after = words[hit.last_word + 1 : hit.last_word + 3]
        if any(sum(c.isdigit() for c in w.text) >= _IDENTIFIER_DIGITS for w in after):
            return True
    return False


# A doctor named by title ("Dr X"), or by his speciality as a third party ("courrier du diabétologue",
# "avis de l'endocrinologue", "adressé par le psychiatre"): the article says he is someone the paper speaks
# of; the issuer's own speciality heads his letterhead bare ("Dr X, cardiologue").
_NAMED_DOCTOR = re.compile(r"\b(?:dr|docteur|pr|professeur)\b|\b(?:du|le|la|au|l|d)\W{0,2}[a-z]+(?:logue|iatre)\b")


def is_named_doctor(scan_: PageScan, candidate: Candidate) -> bool:
    """An RPPS/ADELI attached to a doctor named by title: "Dr X (RPPS 1...)" on its line, or
    "Prescription : Dr X" on the line just above, in the candidate's own column."""
    if candidate.box is None:
        return False
    if _before_on_line(scan_, candidate, _NAMED_DOCTOR):
        return True
    for index, line in enumerate(scan_.lines):
        if line.page != candidate.page or not (line.y0 - 1 <= middle(candidate) <= line.y1 + 1):
            continue
        for other in reversed(scan_.lines[max(0, index - 2) : index]):
            if other.page != line.page or line.y0 - other.y1 > 1.6 * line.height:
                break
            if other.y0 >= line.y0 - 0.5 * line.height:
                continue  # the same row
            start = cell_start(line, candidate.box[0])
            column = [w.text for w in other.words if w.x0 >= start - line.height]
            return bool(_NAMED_DOCTOR.search(fold(" ".join(column))))
    return False


BLOCK_REACH = 4  # lines up from a birth date to the name heading its block


def insured_births(scan_: PageScan, candidates: list[Candidate]) -> list[Candidate]:
    """Two blocks, the insured's ("ASSURÉ(E)": the spouse or parent who holds the insurance) and the
    beneficiary's ("BÉNÉFICIAIRE DES SOINS", "Patient (ayant droit)"), each with a name and a birth
    date: the birth date in the insured's block is the insured's. When another birth date sits in the
    patient's block, it is none of the patient's: these go."""
    births = [c for c in candidates if c.name == "patient_birth_date" and c.box is not None]
    holders = [(c, _block_holder(scan_, c, candidates)) for c in births]
    insured = [c for c, holder in holders if holder == "insured_name"]
    patient = {c.value for c, holder in holders if holder == "patient_name"}
    return [c for c in insured if patient - {c.value}] + _beside_patient(scan_, births, patient, candidates)


def births_of_the_insured(scan_: PageScan, candidates: list[Candidate]) -> list[Candidate]:
    """Birth dates in the insured's block (the name read under "ASSURÉ(E)" nearest above them) on a paper
    that names the patient, under a label of his own, as another person: a child's invoice printing the
    parent who holds the insurance, her birth date and her NIR. The date is the insured's, not the
    patient's, even when no birth date of the patient's was read (his block's label misread) and the
    NIR agrees with it (the NIR is the insured's too). A birth date on the patient's own line, after his
    name ("enfant X, né(e) le ..."), is his."""
    names = [c for c in candidates if c.name in NAME_FIELDS and c.how != "pattern" and c.box is not None]
    patients = [c for c in names if c.name == "patient_name"]
    found = []
    for birth in candidates:
        if birth.name != "patient_birth_date" or birth.box is None or _named_before(scan_, birth, patients):
            continue
        holder = _block_name(scan_, birth, names)
        if holder is not None and holder.name == "insured_name" and {p.value for p in patients} - {holder.value}:
            found.append(birth)
    return found


def _birth_line(scan_: PageScan, birth: Candidate) -> tuple[Line, float] | None:
    """The birth date's line and the left edge of its words, or None when it has no line."""
    index = line_of(scan_, birth)
    if index is None or birth.box is None:
        return None
    return scan_.lines[index], birth.box[0]


def _named_before(scan_: PageScan, birth: Candidate, names: list[Candidate]) -> bool:
    """A name of `names` printed on the birth date's line, left of it in its cell (`_name_before`)."""
    found = _birth_line(scan_, birth)
    if found is None:
        return False
    line, left = found
    return _name_before(line, birth, names, cell_start(line, left)) is not None


def _beside_patient(
    scan_: PageScan, births: list[Candidate], patient: set[str], candidates: list[Candidate]
) -> list[Candidate]:
    """A birth date in a block of its own beside the patient's, under a name that is not the patient's
    ("Patiente | Conjoint", "VERDIER Mireille | GAUTHIER Mathis", "née le 17.10.1991 | né le
    19.01.1990"): the other person's, when the patient's block holds a birth date of its own. The other
    block's heading need not be a label we know; its name, found by its shape, is enough."""
    named = {c.value for c in candidates if c.name == "patient_name" and c.how != "pattern"}
    if not patient or not named:
        return []
    others = []
    for birth in births:
        holder = _block_name(scan_, birth, [c for c in candidates if c.name in NAME_FIELDS and c.box is not None])
        if holder is not None and holder.value not in named and patient - {birth.value}:
            others.append(birth)
    return others


def _block_holder(scan_: PageScan, birth: Candidate, candidates: list[Candidate]) -> str | None:
    """Whose block a birth date sits in: the name read under its label ("below" or "right", not found
    by its shape alone) nearest above it, in the same column (its cell starting where the birth date's
    does); None when no such name."""
    names = [c for c in candidates if c.name in NAME_FIELDS and c.how != "pattern" and c.box is not None]
    holder = _block_name(scan_, birth, names)
    return holder.name if holder is not None else None


def _name_before(line: Line, birth: Candidate, names: list[Candidate], start: float) -> Candidate | None:
    """The name of `names` nearest before a birth date on its line, in the birth date's cell (its cell
    starting at `start`); None when no such name."""
    assert birth.box is not None
    before = [
        n for n in names
        if n.box is not None and on_line(line, n) and n.box[2] <= birth.box[0]
        and abs(cell_start(line, n.box[0]) - start) <= 1
    ]
    return max(before, key=lambda n: n.box[2] if n.box is not None else 0.0, default=None)


def _block_name(scan_: PageScan, birth: Candidate, names: list[Candidate]) -> Candidate | None:
    """The name of `names` nearest above a birth date, in the same column (its cell starting where the
    birth date's does), within BLOCK_REACH lines; None when no such name. A name before the birth date
    in its own cell comes first ("Bénéficiaire des soins : enfant LE GALL Raphaël, né(e) le 06/04/2025")."""
    index = line_of(scan_, birth)
    if index is None:
        return None
    line = scan_.lines[index]
    assert birth.box is not None
    start = cell_start(line, birth.box[0])
    before = _name_before(line, birth, names, start)
    if before is not None:
        return before
    for j in range(index - 1, max(-1, index - 1 - BLOCK_REACH), -1):
        above = scan_.lines[j]
        if above.page != line.page:
            return None
        for name in names:
            assert name.box is not None
            if on_line(above, name) and abs(cell_start(above, name.box[0]) - start) <= 2 * line.height:
                return name
    return None


def insured_births_elsewhere(scans: list[tuple[PageScan, list[Candidate]]]) -> list[Candidate]:
    """A child's invoice names the patient and the insured (the parent) apart, each under a label of
    his own, on one page; a page joined to it (the attestation de droits) prints the insured's block
    ("Assuré(e)" over "M. TESSIER Stéphane", "Né(e) le 18/04/1980") and its table of the beneficiaries
    ("TESSIER Stéphane 13/04/1980 Assuré"), naming no patient apart from the insured on that page. A
    birth date under the insured's name there (`_block_name`), or on the line that prints his name, is
    the insured's, not the patient's, though the NIR (the insured's too) agrees with it. Per page,
    `births_of_the_insured` cannot see it: the patient is named on another page. `scans`: each page's
    scan and candidates."""
    apart: set[str] = set()
    for _scan, candidates in scans:
        labelled = [c for c in candidates if c.how != "pattern"]
        patients = {fold(c.value) for c in labelled if c.name == "patient_name"}
        if patients:
            apart |= {fold(c.value) for c in labelled if c.name == "insured_name"} - patients
    found: list[Candidate] = []
    if not apart:
        return found
    for scan_, candidates in scans:
        names = [c for c in candidates if c.name in NAME_FIELDS and c.how != "pattern" and c.box is not None]
        for birth in candidates:
            if birth.name != "patient_birth_date" or birth.box is None:
                continue
            holder = _block_name(scan_, birth, names)
            if (holder is not None and holder.name == "insured_name" and fold(holder.value) in apart) or (
                _on_named_line(scan_, birth, apart)
            ):
                found.append(birth)
    return found


def _on_named_line(scan_: PageScan, birth: Candidate, folded_names: set[str]) -> bool:
    """The birth date's line prints, before it, every word of one of `folded_names` (a table row)."""
    found = _birth_line(scan_, birth)
    if found is None:
        return False
    line, left = found
    before = {fold(w.text) for w in line.words if w.x1 <= left}
    return any(set(name.split()) <= before for name in folded_names)
