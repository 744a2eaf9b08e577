"""Which printed number is the document's own: its invoice (or quote, or request) number.

An invoice also prints the numbers of other papers: the quote it follows ("Devis n° D25-343 accepté
le ..."), the insurer's approval ("Accord PEC n° ..."), the lab's file ("Dossier n° ..."). A label names
the kind of paper its number belongs to; when the document's own kind is named, the others are
references to other papers: neither its number nor a rival of it.

A title ("FACTURE", "Note d'honoraires") with a bare "N°" printed right under it, and a "du 16/04/2025"
under that, is the same block as "Facture n° ... du ...". On a page titled as an invoice, a bare "N° : X"
over "Date : d" opening the body's lines is that block set apart from a centred title.
"""

from __future__ import annotations

import re

from intake.domain.model import Word
from parsers.fields import values
from parsers.fields.base import Candidate, Found, PageScan, Region, make_region
from parsers.fields.base import make_candidate as _candidate
from parsers.fields.dates import dated_after
from parsers.fields.geometry import line_cells as cells
from parsers.fields.labels import fold, token_distance
from parsers.fields.layout import Line

_REFERENCE_KINDS = (
    ("quote", re.compile(r"\bdevis\b")),
    ("pec", re.compile(r"\bpec\b|prise en charge|\bdemande\b|\baccord\b")),
    ("file", re.compile(r"\bdossier\b|\blot\b|ordonnance|\bcontrat\b")),
    # "N° de la note": a note d'honoraires' own number
    ("invoice", re.compile(
        r"factur|honoraires|\bnote\b|quittance|releve|titre|piece|folio|\brecu\b|feuille de soins|\bfse\b"
    )),
)
OWN_FLOOR = 0.7  # an own-kind label weaker than this ("N° de lot") does not silence the others


def reference_kind(candidate: Candidate) -> str | None:
    """The kind of paper an invoice-number candidate's label names, or None for a generic label."""
    if candidate.how == "title":
        return "own"
    folded = fold(candidate.label)
    for kind, pattern in _REFERENCE_KINDS:
        if pattern.search(folded):
            return kind
    return None


def own_references(candidates: list[Candidate], kind: str | None) -> list[Candidate]:
    """Drop the invoice-number candidates that name another paper, when the document's own is named."""
    def own(c: Candidate) -> bool:
        return reference_kind(c) in ("own", kind)

    def named(c: Candidate) -> bool:  # by its label, however poorly the number itself was read
        return c.name == "invoice_number" and own(c) and (c.how == "title" or c.label_weight >= OWN_FLOOR)

    candidates = _own_dates(candidates, kind)
    candidates = _without_ledger_numbers(candidates)
    if kind is None or not any(named(c) for c in candidates):
        return candidates
    return [c for c in candidates if c.name != "invoice_number" or own(c) or reference_kind(c) is None]


_OTHER_PAPERS = ("quote", "pec")
# an accountant's numbers: a public treasury's "titre" and "bordereau", a ledger's "pièce" or "folio"
_LEDGER = re.compile(r"\btitre\b|\bbordereau\b|\bpiece\b|\bfolio\b")
EXPLICIT_WEIGHT = 0.9


def _without_ledger_numbers(candidates: list[Candidate]) -> list[Candidate]:
    """A hospital's "avis des sommes à payer" prints its "Titre n°" and "Bordereau n°" beside its
    "N° de facture": when a number is labelled as the invoice's in so many words, the ledger's
    references are not rivals of it (alone, they still stand for it)."""
    def explicit(c: Candidate) -> bool:
        return (
            c.name == "invoice_number"
            and c.how not in ("pattern", "title")
            and "factur" in fold(c.label)
            and c.label_weight >= EXPLICIT_WEIGHT
        )

    if not any(explicit(c) for c in candidates):
        return candidates
    return [c for c in candidates if c.name != "invoice_number" or explicit(c) or not _LEDGER.search(fold(c.label))]


def _own_dates(candidates: list[Candidate], kind: str | None) -> list[Candidate]:
    """ "Devis n° D-88 du 02/05/2025", "Accord PEC n° 77 du 09/05/2025" on an invoice: the date a
    quote or an approval bears is that paper's, never the invoice's issue date."""
    if kind not in ("invoice", "quote", "pec"):
        return candidates

    def other_paper(c: Candidate) -> bool:
        return c.name == "invoice_date" and bool(c.label) and reference_kind(c) in _OTHER_PAPERS

    return [c for c in candidates if not other_paper(c) or reference_kind(c) == kind]


# ---------------------------------------------------------------- the title block

TITLE_NUMBER_WEIGHT = 0.9
TITLE_BLOCK_WEIGHT = 0.7  # a labelled number under the title: its place names it, not its label
TITLE_DATE_WEIGHT = 0.75
# "F A C T U R E" spaced out for show, "Factu re" split by OCR: still the title word
SPACED_FACTURE = "f ?a ?c ?t ?u ?r ?e"
_TITLE = re.compile(
    rf"^(?:{SPACED_FACTURE}|note d'honoraires|devis|d e v i s|quittance|releve d'honoraires|recu d'honoraires)\b"
)  # a receipt of fees is numbered as a note of fees is
_FEES_TITLE = re.compile(r"^note d.?\s?([a-z]+)\b")


def fees_title(folded: str) -> bool:
    """A folded title text opening "note d'honoraires", the last word up to two letters off
    (`token_distance`: "NOTE D'HONORATRES" on a fax)."""
    found = _FEES_TITLE.match(folded)
    return found is not None and token_distance(found.group(1), "honoraires") is not None


def _is_title(folded: str) -> bool:
    """A folded cell text opening with a title, "honoraires" read up to two letters off (`fees_title`).

    >>> _is_title("note d'honoratres"), _is_title("facture n° 12"), _is_title("note d'information")
    (True, True, False)
    """
    return bool(_TITLE.match(folded)) or fees_title(folded)


# "X°": N misread; "N°F25835211": a fax of normal resolution reads the sign glued to the number
_BARE_NUMBER = re.compile(r"^(?:(?:n|no|n°|nº|numero|[a-z][°º])\s*[:.]?\s+|n[°º](?=[a-z0-9]))(?=\S)", re.IGNORECASE)
_DATED = re.compile(r"^(?:du|le|lc|date\s*:?)\s+", re.IGNORECASE)  # "Lc 14/04/2025": a fax reads an e as a c
MIN_DIGITS = 3  # "N° 12" is a street number or a page, not a document's number
TITLE_REACH = 2.5  # how far below the title (in line heights) its number may sit


def title_candidates(scan_: PageScan) -> list[Candidate]:
    """ "FACTURE" / "N° F25-856073" / "du 21/08/2025" stacked in one block."""
    found: list[Candidate] = []
    for index, line in enumerate(scan_.lines):
        for cell in cells(line):
            if len(cell) > SUBTITLED_WORDS or not _is_title(fold(" ".join(w.text for w in cell))):
                continue
            subtitled = _subtitled_number(scan_, line, cell)
            if subtitled is not None:
                found.append(subtitled)
                continue
            if len(cell) > 6:
                continue
            stacked = _stacked(scan_, index, cell)
            if stacked and _numbered_title(cell):
                date = _dated(*stacked[0])  # "FACTURE N° 123252" over "du 10/08/25"
                found.extend([date] if date is not None else [])
                continue
            if stacked and not any(c.isdigit() for w in cell for c in w.text):  # "FACTURE D'ANALYSES" alone
                block = _block_number(scan_, *stacked[0])
                if block is not None:
                    found.append(block)
            for position, (row, below) in enumerate(_first_rows(scan_, stacked)):
                number = None if _labelled(scan_, row, below) else _bare_number(row, below)
                if number is None:
                    if _glued_sign(below) and position + 1 < len(stacked):
                        date = _dated(*stacked[position + 1])
                        found.extend([date] if date is not None else [])
                        break
                    continue
                number.label = " ".join(w.text for w in cell)
                found.append(number)
                date = _dated(*stacked[position + 1]) if position + 1 < len(stacked) else None
                found.extend([date] if date is not None else _dated_beside(row, below))
                break
    return found


SUBTITLED_WORDS = 10  # "NOTE D'HONORAIRES — VISITE À DOMICILE": a title and a subtitle of a few words
_SIGN_AT_END = re.compile(r"^n[°º]\s*:?\s*(?=[a-z0-9])", re.IGNORECASE)
_DASHES = ("—", "–", "-")


def _numbered_title(cell: list[Word]) -> bool:
    """ "FACTURE N° 123252": the title with its number after a "N°" in the same cell."""
    words = [w.text for w in cell]
    return any(_SIGN_AT_END.match(f"{word} x") and any(c.isdigit() for c in "".join(words[k:]))
               for k, word in enumerate(words[1:], start=1))


def _subtitled_number(scan_: PageScan, line: Line, cell: list[Word]) -> Candidate | None:
    """ "NOTE D'HONORAIRES — VISITE À DOMICILE  ........  N°0001116": the title and its subtitle after a
    dash, then, in the line's next and last cell, the paper's number after its "N°" (glued to it or
    not), nothing else."""
    row = cells(line)
    at = next((k for k, c in enumerate(row) if c[0] is cell[0]), None)
    if at is None or at + 2 != len(row) or not any(w.text in _DASHES for w in cell[2:-1]):
        return None
    number = row[at + 1]
    if len(number) > 2 or _SIGN_AT_END.match(f"{number[0].text} x") is None or _labelled(scan_, line, number):
        return None
    region = make_region(line, number)
    lead = _SIGN_AT_END.match(region.text)
    match = values.parse_invoice_number(region.text[lead.end() :]) if lead else None
    if lead is None or match is None or match.start > 0 or sum(c.isdigit() for c in match.value) < MIN_DIGITS:
        return None
    if region.text[lead.end() + match.end :].strip():
        return None
    found = Found(match.value, lead.end() + match.start, lead.end() + match.end, match.repaired)
    candidate = _candidate("invoice_number", found, region, TITLE_NUMBER_WEIGHT, "title")
    candidate.label = " ".join(w.text for w in cell)
    return candidate


def _first_rows(scan_: PageScan, stacked: list[tuple[Line, list[Word]]]) -> list[tuple[Line, list[Word]]]:
    """The first two cells stacked under a title; or, when the first row under it is a subtitle a fax split
    into cells (its dash lost: "Dispositif « Mon soutien psy »  séance remboursable", no label on it), the
    cells of that row and of the next, so that the number printed under the subtitle is still within
    reach (set 24: j108's faxes lost it). A row of labels ("FACTURE N° | DATE | ACCORD PRÉALABLE")
    never counts as a subtitle: the numbers under it are its labels' (set 8: r808's prior agreement)."""
    if len(stacked) < 2 or stacked[1][0] is not stacked[0][0]:
        return stacked[:2]
    first = stacked[0][0]
    if scan_.hits[scan_.lines.index(first)]:
        return stacked[:2]
    second = next((row for row, _ in stacked if row is not first), None)
    return [(row, cell) for row, cell in stacked if row is first or row is second]


def _stacked(scan_: PageScan, index: int, cell: list[Word]) -> list[tuple[Line, list[Word]]]:
    """The cells of the next lines that sit under `cell` (overlapping it), top to bottom."""
    line = scan_.lines[index]
    x0, x1 = cell[0].x0 - line.height, cell[-1].x1 + line.height
    out: list[tuple[Line, list[Word]]] = []
    bottom = line.y1
    for other in scan_.lines[index + 1 : index + 6]:
        if other.page != line.page or other.y0 - bottom > TITLE_REACH * line.height:
            break
        for below in cells(other):
            if below[0].x0 < x1 and below[-1].x1 > x0:
                out.append((other, below))
                bottom = other.y1
    return out


def _labelled(scan_: PageScan, line: Line, cell: list[Word]) -> bool:
    """ "N° SIRET ...", "N° FINESS ...": the cell's number has a label of its own (right after the
    "N°"; a label further on, "N° F-88 · établie le ...", names what follows the number)."""
    index = scan_.lines.index(line)
    ids = {id(w) for w in cell[:2]}
    # "N° NE255811": a label's letters glued to digits in one word are the reference's own letters
    return any(id(h.line.words[h.first_word]) in ids and not h.tail[:1].isdigit() for h in scan_.hits[index])


def _block_number(scan_: PageScan, line: Line, cell: list[Word]) -> Candidate | None:
    """ "FACTURE D'ANALYSES" / "Dossier n° 251014-0392": a reference labelled in its own words, printed
    right under the title, is the titled paper's number by its place; the label's own candidate says
    the same by its words. Its kind stays its label's ("dossier": a file), so a number labelled as
    the invoice's elsewhere still silences it (`own_references`)."""
    if line.source == "ocr":
        return None  # an OCR page may have lost the "Facture n°" that would silence a file's number
    index = scan_.lines.index(line)
    ids = {id(w) for w in cell}
    hits = [h for h in scan_.hits[index] if id(h.line.words[h.first_word]) in ids]
    if len(hits) != 1 or hits[0].kind != "invoice_number" or hits[0].line.words[hits[0].first_word] is not cell[0]:
        return None  # the cell is the label and its number, nothing before ("Monture réf. LK-2241": an article)
    hit = hits[0]
    after = [w for w in hit.line.words[hit.last_word + 1 :] if id(w) in ids]
    region = make_region(line, after, hit.tail)
    lead = re.match(r"^[\s:.]*", region.text)
    start = lead.end() if lead else 0
    match = values.parse_invoice_number(region.text[start:])
    if match is None or match.start > 0 or sum(c.isdigit() for c in match.value) < MIN_DIGITS:
        return None
    found = Found(match.value, start + match.start, start + match.end)
    candidate = _candidate("invoice_number", found, region, TITLE_BLOCK_WEIGHT, "title-block")
    candidate.label, candidate.label_weight = hit.label.text, hit.label.weight
    return candidate


def _bare_found(region: Region) -> Found | None:
    """ "N° F25-856073", "N° : CS-202504-8297": a number word, then the number, first in the cell."""
    bare = _BARE_NUMBER.match(region.text)
    if bare is None:
        return None
    match = values.parse_invoice_number(region.text[bare.end() :])
    if match is None or match.start > 0 or sum(c.isdigit() for c in match.value) < MIN_DIGITS:
        return None
    return Found(match.value, bare.end() + match.start, bare.end() + match.end, match.repaired)


_GLUED_SIGN = re.compile(r"^N[A-Z]{0,3}\d[\w/.\-]*$")


def _glued_sign(cell: list[Word]) -> bool:
    """ "NP25-00490" alone under the title: "N° P25-00490" with its sign glued to the number (or a number
    opening on N; nothing tells which), still the block's number: the "du 10.07.25" under it dates it."""
    text = cell[0].text if len(cell) == 1 else ""
    return _GLUED_SIGN.match(text) is not None and sum(c.isdigit() for c in text) >= MIN_DIGITS


def _bare_number(line: Line, cell: list[Word]) -> Candidate | None:
    region = make_region(line, cell)
    found = _bare_found(region)
    return None if found is None else _candidate("invoice_number", found, region, TITLE_NUMBER_WEIGHT, "title")


def _dated_beside(line: Line, cell: list[Word]) -> list[Candidate]:
    """ "n° 2025/1724 — Dijon, le 28 févr. 2025": the titled paper's date after its number, same cell."""
    region = make_region(line, cell)
    found = _bare_found(region)
    return [] if found is None else dated_after(region, found.end, TITLE_DATE_WEIGHT)


def _dated(line: Line, cell: list[Word]) -> Candidate | None:
    """ "du 16/04/2025" alone in the cell under the number: the issue date."""
    region = make_region(line, cell)
    dated = _DATED.match(region.text)
    if dated is None:
        return None
    dates = values.find_dates(region.text[dated.end() :])
    if not dates or dates[0].start > 0 or region.text[dated.end() + dates[0].end :].strip(" ."):
        return None
    found = Found(dates[0].value, dated.end(), dated.end() + dates[0].end)
    return _candidate("invoice_date", found, region, TITLE_DATE_WEIGHT, "title")


NUMBER_BLOCK_WEIGHT = 0.7  # as TITLE_BLOCK_WEIGHT: its place names the number, not a label


def dated_number_block(scan_: PageScan) -> list[Candidate]:
    """ "N° : BL2592081" then "Date : 12.09.2025" under it, each opening its line at the same left edge,
    on a page titled as an invoice ("BON DE LIVRAISON VALANT FACTURE" centred above): the titled paper's
    own number and date, the "Facture n° ... du ..." block with the title set apart. The caller asks
    this of invoice pages only; a bare "N°" alone, or over anything but a date, stays unread (a street
    number, a page, a list's item). A line of the next column may sit between the two (a fax's rows
    drift), and the OCR may set the number apart from its "N° :" as a cell of its own."""
    for index, line in enumerate(scan_.lines):
        row = cells(line)
        if not row or _labelled(scan_, line, row[0]):
            continue
        head = row[0] + row[1] if len(row) > 1 and _sign_only(row[0]) else row[0]
        number = _bare_number(line, head)
        date = _date_under(scan_, index, head[0].x0)
        if number is not None and date is not None:
            number.score, number.label = NUMBER_BLOCK_WEIGHT * number.score / TITLE_NUMBER_WEIGHT, "N°"
            return [number]  # the first such block is the paper's own; one lower down is another's
    return []


def _sign_only(cell: list[Word]) -> bool:
    """ "N° :" alone in its cell, the number read apart in the next one."""
    text = " ".join(w.text for w in cell)
    sign = _BARE_NUMBER.match(f"{text} x")
    return sign is not None and sign.end() == len(text) + 1


def _date_under(scan_: PageScan, index: int, left: float) -> Candidate | None:
    """ "Date : 12.09.2025" opening the first line under line `index` that has a cell starting at `left`."""
    line = scan_.lines[index]
    for below in scan_.lines[index + 1 : index + 3]:
        if below.page != line.page or below.y0 - line.y1 > TITLE_REACH * line.height:
            return None
        under = cells(below)
        if under and abs(under[0][0].x0 - left) <= line.height:
            dated = fold(under[0][0].text).startswith("date")
            return _dated(below, under[0]) if dated else None
    return None
