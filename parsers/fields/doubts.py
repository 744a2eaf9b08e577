"""Doubts that hold a chosen field back for a clerk, and the facts of reading they rest on.

- the page: read poorly (`poorly_read`, many words Tesseract doubts), or a fax in normal resolution
  (`low_resolution`);
- the document: a value printed again away from its own words (`printed_elsewhere`,
  `date_printed_elsewhere`), or read with one character different (`_read_otherwise`);
- the holds: an invoice number read once on a poor page, with a look-alike glyph where letters meet
  digits, or read otherwise elsewhere (`doubt_unchecked_reads`); a required date read once on a poor
  page (`doubt_lone_dates`, which returns the reasons a clerk reads), unless its own label names it and
  every digit of it reads surely (`labelled_sure_date`).

Nothing here raises a field; confidence.py lifts, using the same reading facts.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from intake.domain.model import Page, Word
from parsers.fields import values
from parsers.fields.base import AMOUNT_FIELDS, Candidate
from parsers.fields.choice import Choice, PageResult, located
from parsers.fields.dates import PROSE_NOTE, is_acts_header, names_previous
from parsers.fields.geometry import word_in_box
from parsers.fields.ids import ZERO_GHOSTS
from parsers.fields.labels import EXACT_LABEL, date_concept_of, fold, tokens
from parsers.fields.review import HUMAN_NAMES
from parsers.identifiers import rpps
from parsers.recheck import RECHECK_SPLIT_CONF

POOR_READ_CONF = 0.6
POOR_PAGE_SHARE = 0.15  # of a page's words read under POOR_READ_CONF: a fax in low resolution, a small font
UNCHECKED_CAP = 0.8


def poorly_read(page: Page) -> bool:
    """An OCR page where Tesseract doubts many words: its confident words are less sure too. The
    debris of table rules and leaders (`without_debris`) is no word of the page's text and does not count."""
    if page.source != "ocr" or not page.words:
        return False
    words = without_debris(page.words)
    return sum(w.conf < POOR_READ_CONF for w in words) >= POOR_PAGE_SHARE * len(words)


DEBRIS_HEIGHT = 0.4  # of the height of the page's surely read words: a doubted word this flat is a rule's debris


def without_debris(words: list[Word]) -> list[Word]:
    """The words less those a table rule or a row of dots left: doubted words ("mme", "ee", "Éamnamemmmne")
    whose box is much flatter than the page's text (`DEBRIS_HEIGHT` of the median height of the words read
    surely). A fax in normal resolution breaks a 1-line rule into dashes stepping between scan lines, and
    Tesseract reads them as rows of low letters.

    Why (2026-11-28, fax normal): set 10 v109's acts table read every date and amount surely, but its row
    rules came back as ~80 such words (4-8 px high against 31 for the text), a third of the page's words
    doubted: the page counted as poorly read and its care date was held. Over the samples and sets 1-7,
    9-14, 15 OCR pages stop counting as poorly read (9 fax normal, 2 fax fine, 4 scans); one document
    changes (v109, now straight-through, its fields right)."""
    heights = sorted(w.y1 - w.y0 for w in words if w.conf >= SURE_WORD and any(ch.isalnum() for ch in w.text))
    if not heights:
        return words
    flat = DEBRIS_HEIGHT * heights[len(heights) // 2]
    read_rows = {w.line for w in words if w.conf >= SURE_WORD and any(ch.isdigit() for ch in w.text)}
    return [
        w for w in words
        if not (
            w.conf < POOR_READ_CONF
            and (w.y1 - w.y0 < flat or (w.line in read_rows and _RULE_LETTERS.fullmatch(w.text)))
        )
    ]


# A rule's dashes read as a short word of low round letters ("mme", "ee", "ms", "sum", "om"), doubted, in a
# row whose figures (a date, an amount) read surely: on a fax in normal resolution a rule run through a
# table's row comes back so at the row's full height, not flat. Letters with no ascender, descender, accent
# or capital, at most 4. A row of such words alone is a smeared row of text and still counts. Set 30 o104
# (fax normal): 21 such words in the rows of a kiné's acts table, the page counted as poorly read and its
# first act's date, every digit read at 0.92 or above, held.
_RULE_LETTERS = re.compile(r"[—–_\-=.]*[acemnorsuvwxz]{1,4}[—–_\-=.]*")

_WORD_EDGES = ".,;:()[]«»\"'"


def printed_elsewhere(value: str, candidate: Candidate, group: list[PageResult]) -> bool:
    """`value` printed again as a word of its own, away from the candidate's own words."""
    return _elsewhere(candidate, group, lambda text: text == value)


def _read_otherwise(value: str, candidate: Candidate, group: list[PageResult]) -> bool:
    """The same reference read with one character different elsewhere in the document ("12025-004871"
    on page 1, "T2025-004871" on page 2): the reads disagree, so one of them is a misread."""
    def one_off(text: str) -> bool:
        return len(text) == len(value) and sum(a != b for a, b in zip(text, value, strict=True)) == 1

    return _elsewhere(candidate, group, one_off)


def _elsewhere(candidate: Candidate, group: list[PageResult], same: Callable[[str], bool]) -> bool:
    """A word of the document for which `same(text)` holds, away from the candidate's own words."""
    for result in group:
        for line in result.scan.lines:
            for word in line.words:
                if not same(word.text.strip(_WORD_EDGES)):
                    continue
                box = candidate.box
                if line.page == candidate.page and box is not None and word_in_box(word, box):
                    continue  # the candidate's own word
                return True
    return False

def doubt_unchecked_reads(candidates: list[Candidate], chosen: dict[str, Choice], group: list[PageResult]) -> None:
    """An invoice number has no checksum and no arithmetic: on a poorly read page, one read of it from
    words Tesseract doubted is not enough to pass review ("3613-5059" for "3613-5050"); two agreeing
    reads are, and so is a read whose every word is sure (`surely_read`). A look-alike glyph where its
    letters meet its digits is never enough, nor a read another read of the document contradicts by
    one character; unless the glyph, read as a digit, opens the month and year the invoice is dated
    (`dated_seams`)."""
    choice = chosen.get("invoice_number")
    if choice is None or not choice.candidate.ocr:
        return
    issued = chosen.get("invoice_date")
    if _ambiguous_glyph(choice.candidate.value) and not dated_seams(choice.candidate.value, issued):
        chosen["invoice_number"] = Choice(
            choice.candidate, min(choice.confidence, UNCHECKED_CAP), [*choice.notes, "O/0 or I/1 ambiguous"]
        )
        return
    if glued_number_sign(choice.candidate):
        signless = choice.candidate.value[1:]
        if printed_elsewhere(signless, choice.candidate, group):  # a sending sheet's list, a footer: without the N
            choice = Choice(replace(choice.candidate, value=signless, repaired=True), choice.confidence, choice.notes)
        chosen["invoice_number"] = choice.held(UNCHECKED_CAP, "number sign glued")
        return
    if choice.candidate.repaired:  # read past a glyph glued after it ("P25-00491]"): not as printed
        chosen["invoice_number"] = choice.held(UNCHECKED_CAP, "read past debris")
        return
    if _read_otherwise(choice.candidate.value, choice.candidate, group):
        chosen["invoice_number"] = Choice(
            choice.candidate, min(choice.confidence, UNCHECKED_CAP), [*choice.notes, "read otherwise elsewhere"]
        )
        return
    pages = {r.page.number: r.page for r in group}
    page = pages.get(choice.candidate.page)
    if misread_beside(choice.candidate, group) and "printed twice" not in choice.notes:
        chosen["invoice_number"] = choice.held(UNCHECKED_CAP, MISREAD_DIGITS_NOTE)
        return
    if page is None or not poorly_read(page) or surely_read(choice.candidate, page):
        return
    reads = [c for c in candidates if c.name == "invoice_number" and c.value == choice.candidate.value]
    if len({(c.page, c.box) for c in reads}) >= 2 or "printed twice" in choice.notes:
        return
    chosen["invoice_number"] = Choice(
        choice.candidate, min(choice.confidence, UNCHECKED_CAP), [*choice.notes, "poorly read page"]
    )


# a word Tesseract reads at this or above is taken as printed (`surely_read`, `confidence.sure_reference`)
SURE_WORD = 0.9

# A date as printed ("04/07/2025"), its year kept whatever it reads
_DATE_SHAPE = re.compile(r"(?<![\d/.\-])(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})(?![\d/\-])")
MISREAD_DIGITS_NOTE = "digits misread beside it"


def misread_dates(words: list[Word]) -> list[str]:
    """The words shaped like a date that no date can be: a year outside 1900-2099 ("04/07/1025",
    "15/05/2825"), a month over 12, a day over 31: an OCR misread of their digits.

    >>> from intake.domain.model import Word
    >>> def words(*texts):
    ...     return [Word(t, 0, 0, 10, 10, 0.9, i) for i, t in enumerate(texts)]
    >>> misread_dates(words("Date", "04/07/1025")), misread_dates(words("04/07/2025", "31.12.1942"))
    (['04/07/1025'], [])
    >>> misread_dates(words("64.09.2025", "2025-0337", "18/07/2024.", "02.94.11.07.60"))
    ['64.09.2025']
    """
    found = []
    for word in words:
        match = _DATE_SHAPE.search(word.text)
        if match is None:
            continue
        day, month, year = (int(part) for part in match.groups())
        if not (1900 <= year <= 2099 and 1 <= month <= 12 and 1 <= day <= 31):
            found.append(word.text)
    return found


def misread_beside(candidate: Candidate, group: list[PageResult]) -> bool:
    """An OCR value whose block neighbour, on the line right above or below it, is a date misread into an
    impossible one (`misread_dates`; "N° de la note 2025/1671" over "Date 04/07/1025"): the OCR misread
    the digits of that block, same font, same size, and a word of it read surely, or re-read alike (the
    re-read crops the same glyphs), may be misread too. An invoice number has no checksum to tell: a
    clerk reads it (`doubt_unchecked_reads`). Set 23 i110 (scan, old-style figures): "2025/1671" for
    2025/1571, read at 0.92 and auto-accepted. A date misread further down the page (an ordonnance's
    "81/03/2025" two lines under "FACTURE N° 3613-5050") says nothing of the number's own block."""
    place = located(candidate, group) if candidate.ocr else None
    if place is None:
        return False
    lines, index = place[0].lines, place[1]
    beside = [lines[i] for i in (index - 1, index + 1) if 0 <= i < len(lines)]
    return any(misread_dates(line.words) for line in beside if line.page == candidate.page)


def surely_read(candidate: Candidate, page: Page) -> bool:
    """Every word of the value read at SURE_WORD or above: by the page's OCR, or by the reader's second
    reading of its crop (parsers.reread raises the words whose readings agree to 0.92). A misread
    reference on a poorly read page comes from words Tesseract doubted (the reader re-reads those and
    corrects or confirms them): census of session 7, the 420 references chosen on OCR pages whose every
    word read at 0.9 or above were all right, the 6 wrong ones all had a word under 0.73."""
    confs = [w.conf for w in own_words(candidate, page)]
    return bool(confs) and min(confs) >= SURE_WORD


# A date has no checksum and no arithmetic. On a fax in normal resolution (204×98 dpi, stretched before
# OCR) a digit misread is common (3/8, 0/6/8, 1/4/7, 5/6), and a table row can be lost whole (the first
# act's date unread, the second taken as the care date). Such a required date, read by OCR on a
# low-resolution page that read poorly or from words Tesseract doubts, passes review only when a second
# reading agrees: the same date printed again on the document (the issue date, the period line, a row of
# the acts table, page 2). On any OCR page, a date whose own words Tesseract doubts is held back alike:
# under POOR_READ_CONF, or under SURE_WORD for the first date of an acts table's column, which no label of
# its own names (the reader re-reads every date word under its bar and raises those its crops confirm to
# 0.92; one left under SURE_WORD was not confirmed, or not re-read). Set 23 i109 (scan): "03/05/2025" at 0.80 for
# 09/05/2025, the rows under it at 0.91-0.93, agreed with the issue date and auto-accepted.
LONE_DATE_CAP = 0.8
_NUMERIC_WORD = re.compile(r"^\W*\d[\d/.,\-]*\W*$")  # "10/03/2025", "26.08,25", "2025"; not "1er" (superscript)
LOW_RESOLUTION_DATE_CONF = 0.9  # on a low-resolution page a numeric word of the date under this is doubted
# (elsewhere, under POOR_READ_CONF): sure-looking misreads are common there
_LOW_RESOLUTION_NOTE = re.compile(r"^étiré ×\d+ en (?:hauteur|largeur)$")  # parsers.image.square_factors
_CHECKED_DATES = ("care_date",)  # the required dates (see review._required)
LOW_RESOLUTION_REASON = "{label} lue sur une télécopie basse résolution, à vérifier"
DOUBTED_READ_REASON = "{label} mal lue à l'OCR, à vérifier"


def low_resolution(page: Page) -> bool:
    """A page the reader had to stretch to square pixels: a fax in normal resolution (204×98 dpi).

    A PDF carrying such a fax as an image is rendered at a fixed resolution and says nothing of it:
    only the word confidences then tell a poor reading."""
    return page.source == "ocr" and any(_LOW_RESOLUTION_NOTE.match(note) for note in page.notes)


def own_words(candidate: Candidate, page: Page) -> list[Word]:
    box = candidate.box
    if box is None:
        return []
    return [w for w in page.words if word_in_box(w, box)]


def date_printed_elsewhere(candidate: Candidate, group: list[PageResult]) -> bool:
    """The candidate's date found again in the document, in any writing ("10/03/2025", "10.03.25",
    "10 mars 2025"), besides its own reading (one match on its own line, or any one when it has no box)."""
    box = candidate.box
    found = own = 0
    for result in group:
        for line in result.scan.lines:
            matches = sum(match.value == candidate.value for match in values.find_dates(line.text))
            found += matches
            if box is not None and line.page == candidate.page and any(word_in_box(w, box) for w in line.words):
                own = max(own, min(matches, 1))
    return found - (1 if box is None else own) >= 1


# Census of session 9 (samples and sets 1-14, every OCR rendering, 778 documents): of the care dates named
# by their own exact label, every digit read surely and in order with the invoice's date, 363 of 365 were
# right (74 of 74 on faxes in normal resolution); the 2 wrong were a step before the act ("Consultation
# pré-opératoire du"), which `doubt_rival_acts` holds back. A misread digit or a lost row comes with a
# doubted word or a bare "Date" column, not with a date its label names and every digit of which is sure.
DATES_AGREE = "dates agree"  # confidence._check_dates: care date on or before the invoice's, within the year


def labelled_sure_date(choice: Choice, digits: list[float]) -> bool:
    """A date its own label names ("Consultation du", "Date du transport", not a bare "Date"), whose
    digits OCR read surely (`digits`, the confidences of its numeric words, all >= SURE_WORD), and that
    agrees with the invoice's date: the evidence a clerk accepts on a poorly read fax page."""
    candidate = choice.candidate
    return (
        candidate.how != "pattern"
        and candidate.label_weight >= EXACT_LABEL
        and bool(digits)
        and min(digits) >= SURE_WORD
        and DATES_AGREE in choice.notes
    )


def _ocr_choices(
    chosen: dict[str, Choice], group: list[PageResult], names: tuple[str, ...], cap: float
) -> Iterator[tuple[str, Choice, Page]]:
    """The fields of `names` chosen from an OCR reading above `cap`, each with the page it was read on."""
    pages = {r.page.number: r.page for r in group}
    for name in names:
        choice = chosen.get(name)
        if choice is None or not choice.candidate.ocr or choice.confidence <= cap:
            continue
        page = pages.get(choice.candidate.page)
        if page is not None:
            yield name, choice, page


def doubt_lone_dates(chosen: dict[str, Choice], group: list[PageResult]) -> dict[str, str]:
    """A required date read by OCR on a poorly read fax in normal resolution, or from words Tesseract
    doubts (an acts column's first date: any under SURE_WORD), stays under the review threshold unless it
    is printed again on the document (see LONE_DATE_CAP) or named by its own label with every digit read
    surely (`labelled_sure_date`).
    Returns, per field held back, the reason a clerk reads."""
    doubts: dict[str, str] = {}
    for name, choice, page in _ocr_choices(chosen, group, _CHECKED_DATES, LONE_DATE_CAP):
        candidate = choice.candidate
        digits = [w.conf for w in own_words(candidate, page) if _NUMERIC_WORD.match(w.text)]
        least = min(digits, default=1.0)
        if low_resolution(page) and (poorly_read(page) or least < LOW_RESOLUTION_DATE_CONF):
            reason = LOW_RESOLUTION_REASON
        elif least < POOR_READ_CONF or (candidate.how == "column" and least < SURE_WORD):
            reason = DOUBTED_READ_REASON
        else:
            continue
        if date_printed_elsewhere(candidate, group) or labelled_sure_date(choice, digits):
            continue
        chosen[name] = Choice(candidate, LONE_DATE_CAP, [*choice.notes, "date read once on a poor page"])
        doubts[name] = reason.format(label=HUMAN_NAMES[name])
    return doubts


# Look-alike glyphs OCR swaps: where letters meet digits ("K0625", "FI234"), nothing tells the letter
# from the digit (between two digits, or inside a word of letters, the neighbours do). A reference that
# opens on a digit-like stroke or ring before its letters ("1PA25-0326" for "IPA25-0326", "0DF-2025") is
# one such seam too: prefixes are letters, so the glyph read as a digit is doubted. So is an opening J
# ("JPA25-0326" for "IPA25-0326"): OCR reads a serif I's foot as a J's hook, and the first glyph has no
# neighbour on its left to tell.
_LOOKALIKE_AT_SEAM = re.compile(
    r"(?<=[^\W\d_])[O0oIl1|](?=\d)|(?<=\d)[O0oIl1|](?=[^\W\d_])|^[0l1|J](?=[^\W\d_])"
)


def _ambiguous_glyph(value: str) -> bool:
    """An OCR-read reference with an O/0 or I/l/1 where letters meet digits: no checksum says which; or
    with a stray lower-case letter there (`_STRAY_LOWER`).

    >>> _ambiguous_glyph("KO625/41"), _ambiguous_glyph("K0625/41"), _ambiguous_glyph("FA2534922")
    (True, True, False)
    >>> _ambiguous_glyph("2025-0142"), _ambiguous_glyph("F-10425")
    (False, False)
    >>> _ambiguous_glyph("1PA25-0326"), _ambiguous_glyph("IPA25-0326"), _ambiguous_glyph("10-2025")
    (True, False, False)
    >>> _ambiguous_glyph("JPA25-0326"), _ambiguous_glyph("J2025-14")
    (True, False)
    >>> _ambiguous_glyph("MMGe25-4223"), _ambiguous_glyph("MMG25-4223"), _ambiguous_glyph("Fact2025-01")
    (True, False, False)
    """
    return bool(_LOOKALIKE_AT_SEAM.search(value)) or bool(_STRAY_LOWER.search(value))


def dated_seams(reference: str, issued: Choice | None) -> bool:
    """Every look-alike glyph where the reference's letters meet its digits is read as a digit that
    opens the invoice's own month and year ("K0625/41" on an invoice of 03/06/2025: MMYY; "F2506-12",
    "FA202506-3": YYMM, YYYYMM): practitioners number their invoices by month, and the issue date, read
    apart, says the glyph is that digit. Not a glyph read as a letter ("KO625/41"), nor a stray
    lower-case letter.

    >>> from parsers.fields.base import Candidate
    >>> issued = Choice(Candidate("invoice_date", "2025-06-03", 0.88, 1, None, "03/06/2025", "right"), 0.88, [])
    >>> dated_seams("K0625/41", issued), dated_seams("KO625/41", issued), dated_seams("K0725/41", issued)
    (True, False, False)
    >>> dated_seams("K0625/41", None), dated_seams("FA2025-1", issued)
    (False, False)
    """
    if issued is None or _STRAY_LOWER.search(reference):
        return False
    year, month = issued.candidate.value[:4], issued.candidate.value[5:7]
    months = (month + year[2:], year[2:] + month, year + month, month + year)
    seams = list(_LOOKALIKE_AT_SEAM.finditer(reference))
    return bool(seams) and all(reference[seam.start() :].startswith(months) for seam in seams)


# "FACTURE" / "N° P25-00490" read "NP25-00490": OCR lost the number sign's ring and glued its N to the
# number. Many references open on an N of their own ("NH25-2954" for a note d'honoraires), printed after
# a label that says "N°"; one read under a label without it ("Facture", above it) may have the label's N.
_OPENING_N = re.compile(r"^N(?=[A-Z]*\d)")


def glued_number_sign(candidate: Candidate) -> bool:
    """An OCR-read invoice number opening on N under a label without a number sign: the N may be the
    sign's ("N° P25-00490" read "NP25-00490"); nothing tells whether the invoice's number has it.

    >>> from parsers.fields.base import Candidate
    >>> def read(value, label):
    ...     return Candidate("invoice_number", value, 0.7, 1, None, value, "below", ocr=True, label=label)
    >>> glued_number_sign(read("NP25-00490", "Facture")), glued_number_sign(read("NH25-2954", "N° facture"))
    (True, False)
    >>> glued_number_sign(read("P25-00490", "Facture")), glued_number_sign(read("NICE-25", "Facture"))
    (False, False)
    >>> from dataclasses import replace
    >>> glued_number_sign(replace(read("NH25-9695", "NOTE D'HONORAIRES"), how="title"))
    False
    """
    if not candidate.ocr or candidate.how == "title":  # "N° NH25-9695" under its title: the sign read apart
        return False
    return bool(_OPENING_N.match(candidate.value)) and "no" not in tokens(candidate.label)


# A prefix is printed in capitals: one lower-case letter between capitals and the digits ("MMGe25-4223"
# for "MMG25-4223") is a speck or a figure's stroke read as a letter, or a letter misread; either way
# the reference was not read as printed.
_STRAY_LOWER = re.compile(r"(?<=[A-Z]{2})[a-z](?=\d)")


# A page that dates two acts in its words ("Intervention du 11/04/2025 [...]. Consultation du 08/03/2025"):
# which one the invoice bills is a clerk's call. The care date chosen passes review only when no other act
# is dated otherwise on the document, by the invoice's date and within a year before it. Not an act of
# its own: a step before the act billed ("Consultation pré-opératoire du ..."), a stay's admission or
# period (the stay is billed), a visit to come ("Prochaine séance le ...", a date after the invoice's).
ACT_LEAD_WORDS = 5  # the words before a date that may name its act ("Consultation pré-opératoire du")
RIVAL_ACTS_REASON = "{label} : plusieurs actes datés différemment sur la facture, à vérifier"
_CLAUSE_END = re.compile(r"[.;:!?](?:\s|$)")
_STAY_WORDS = {"entree", "admission", "admis", "sejour", "hospitalisation", "hospitalise", "arrivee", "periode"}
# a pharmacy's magistral preparation ("Préparation réalisée le 04/03/2025"), made the day before it is handed
# over ("Date de délivrance"): the delivery is the care. A device the act puts in, bought beforehand from a
# pharmacy ("Implant délivré en pharmacie le 06/03/2025" on a midwife's note): the pharmacy's sale, not the act.
# A hearing aid's trial ("Période d'essai du 27/02/2025 au 01/04/2025. Date de délivrance : 02/04/2025"): the
# patient tries the aids on loan before buying them, and the invoice bills their delivery at its end (set 31
# ab105, every rendering: held as "ambiguous" between the two dates, the delivery right).
PREPARATORY = re.compile(
    r"\bpre[- ]?(?:operatoire|anesthesique|anesthesie|interventionnel)|\bprealable\b"
    r"|\bpreparation (?:realisee|effectuee|faite)\b|\bdate de (?:la )?preparation\b|\bpreparee? le\b"
    r"|\b(?:delivree?s?|achetee?s?) en pharmacie\b|\bperiode d.? ?essai\b"
)
ACT_YEAR_DAYS = 400
# An exam the act reads or gives an opinion on ("Avis sur IRM du rachis réalisée le 18/09/2025", "Au vu de
# l'échographie réalisée le ...", "Résultats du bilan sanguin effectué le ..."): its date is the exam's, done
# before and billed apart, not a second act of this invoice. An exam named without such words ("IRM
# lombaire réalisée le ...") is the act billed, and so is an act named after the exam ("Avis sur IRM,
# consultation réalisée le ..."). The I of "IRM" may read "[", "|", "l" or "1" on a fax.
_READS = r"\b(?:avis sur|au vu d|vu l|lecture d|relecture d|interpretation d|resultats? d|compte[- ]rendu d)"
_EXAM = (
    r"(?:[il1|\[]rm|scanner|tdm|tomodensitometrie|radiographies?|radios?|echographies?|echo-?doppler|doppler"
    r"|mammographies?|scintigraphies?|imagerie|cliches|bilan|biologie|biologique|prise de sang|analyses?"
    r"|emg|electromyogramme|eeg|ecg|electrocardiogramme|osteodensitometrie|tep|pet-?scan)"
)
_OWN_ACT = r"(?:consultation|seance|visite|intervention|acte|soin)"  # named after the exam: the act's own date
_ABOUT_EXAM = re.compile(rf"{_READS}.*(?<![a-z]){_EXAM}(?![a-z])(?:(?!\b{_OWN_ACT})[^,])*$")
# An act the invoice says was not performed ("séance du 14/07/2025 facturée mais non réalisée", "RDV du
# 03/02/2025 annulé"): no care was given that day, so its date is no rival care date (a credit note
# cancels its billing).
_NOT_DONE = re.compile(
    r"\b(?:non|pas)\s+(?:realisee?s?|effectuee?s?|honoree?s?|faite?s?|venue?s?)\b"
    r"|\bannulee?s?\b(?!\s+et\s+rempla)|\bn'a pas eu lieu\b"
)


def _not_done(after: str) -> bool:
    """Whether the clause following a date says its act was not performed ("... facturée mais non réalisée").

    >>> _not_done(" facturée mais non réalisée)"), _not_done(" annulée par la patiente")
    (True, True)
    >>> _not_done(" sous AL. Non réalisée la suite"), _not_done(" annule et remplace la facture")
    (False, False)
    """
    return bool(_NOT_DONE.search(_CLAUSE_END.split(fold(after))[0]))


def act_dates(text: str) -> list[str]:
    """The dates of a line printed right after words naming an act of care ("intervention du",
    "Séance le", "Date des soins :"), whatever their case (an OCR'd capital "I" reads "i"); not a step
    before the act (`PREPARATORY`), a stay's dates, another paper's ("Prescription ... du"), an exam's
    the act is about (`_ABOUT_EXAM`), an act said not performed (`_not_done`) or a previous one recalled
    ("séance précédente le", `dates.names_previous`: set 20's f104 held for it, text and scan).

    >>> act_dates("intervention du 11/04/2025 sous AL. Consultation pré-opératoire du 08/03/2025")
    ['2025-04-11']
    >>> act_dates("Prescription médicale de transport du 03/10/2025 ; né le 01/02/1950 ; Date d'admission : 14/01/2025")
    []
    >>> act_dates("Avis sur IRM du rachis réalisée le 18/09/2025"), act_dates("IRM du rachis réalisée le 18/09/2025")
    ([], ['2025-09-18'])
    """
    found = []
    start = 0
    for match in values.find_dates(text):
        lead = text[start : match.start].rstrip()
        start = match.end
        colon = lead.endswith(":")
        lead = _CLAUSE_END.split(lead.rstrip(":"))[-1]
        words = tokens(lead)
        for size in range(min(ACT_LEAD_WORDS, len(words)), 0, -1):
            concept = date_concept_of(words[-size:], colon=colon)
            if concept is None:
                continue
            stay = set(words[-size:]) & _STAY_WORDS
            own = not stay and not PREPARATORY.search(" ".join(words[-size:])) and not _ABOUT_EXAM.search(fold(lead))
            own = own and not _not_done(text[match.end :]) and not names_previous(" ".join(words[-size:]))
            if concept == "care_date" and own:
                found.append(match.value)
            break  # the longest run naming a date names it ("Prescription ... de transport du")
    return found


def doubt_rival_acts(
    chosen: dict[str, Choice], group: list[PageResult], recalled: frozenset[str] = frozenset()
) -> dict[str, str]:
    """The care date held back (LONE_DATE_CAP) when the document dates another act otherwise in its words
    (`act_dates`), by the invoice's date and within a year before it, and not on a row of the acts table
    the care date was read from, nor a consultation `recalled` before the acts row that bills the total
    (`extract._acts_row_of_the_total`): returns the reason a clerk reads."""
    choice, issued = chosen.get("care_date"), chosen.get("invoice_date")
    if choice is None or choice.confidence <= LONE_DATE_CAP:
        return {}
    birth = chosen.get("patient_birth_date")
    # the rows of the acts table the care date opens are the series' own acts, no rivals of it
    others = {choice.candidate.value, birth.candidate.value if birth else "", *choice.candidate.rows, *recalled}
    rivals = {d for r in group for line in r.scan.lines for d in act_dates(line.text)} - others
    if issued is not None:
        last = dt.date.fromisoformat(issued.candidate.value)
        rivals = {d for d in rivals if 0 <= (last - dt.date.fromisoformat(d)).days <= ACT_YEAR_DAYS}
    if not rivals:
        return {}
    chosen["care_date"] = Choice(choice.candidate, LONE_DATE_CAP, [*choice.notes, "another act dated otherwise"])
    return {"care_date": RIVAL_ACTS_REASON.format(label=HUMAN_NAMES["care_date"])}


STEP_BESIDE_ACTS_REASON = "{label} : date d'une étape préalable, la date de l'acte facturé n'a pas été lue, à vérifier"


def doubt_step_beside_unread_acts(
    candidates: list[Candidate], chosen: dict[str, Choice], group: list[PageResult]
) -> dict[str, str]:
    """A care date read only under the label of a step before the act ("Consultation pré-opératoire du
    17/09/25", `PREPARATORY`) on a document whose acts table dates its rows in a "Date" column, none of
    them read as that day: the table bills its rows' acts (an operation after the step), and their dates
    went unread (a fax's row read "17102" for "17/10/25"). The step alone may be what is billed (an
    anaesthetist's "consultation pré-anesthésique"): then a row names it again (`_step_named_again`), and
    the date stays. Otherwise which act is billed is a clerk's call: held back (LONE_DATE_CAP); returns
    the reason a clerk reads.

    Why (set 32 ac101, fax in normal resolution): a tonsillectomy's note auto-accepted with the date of
    the pre-operative consultation recalled above its acts table."""
    choice = chosen.get("care_date")
    if choice is None or choice.confidence <= LONE_DATE_CAP:
        return {}
    candidate = choice.candidate
    if candidate.how == "column" or not PREPARATORY.search(" ".join(tokens(candidate.label))):
        return {}
    if any(c.name == "care_date" and c.how == "column" and candidate.value in (c.value, *c.rows) for c in candidates):
        return {}  # the table's own row dates the step: it bills it
    if not any(_dated_acts_table(result, index) for result in group for index in range(len(result.scan.lines))):
        return {}
    if _step_named_again(candidate, group):
        return {}  # a row names the step itself ("Consultation pré-anesthésique  30,00 €"): it is billed
    chosen["care_date"] = Choice(candidate, LONE_DATE_CAP, [*choice.notes, "a step before acts dated apart"])
    return {"care_date": STEP_BESIDE_ACTS_REASON.format(label=HUMAN_NAMES["care_date"])}


def _step_named_again(candidate: Candidate, group: list[PageResult]) -> bool:
    """A line other than the step's own date names a step before the act (`PREPARATORY`)."""
    box = candidate.box
    for result in group:
        for line in result.scan.lines:
            if box is not None and line.page == candidate.page and any(word_in_box(w, box) for w in line.words):
                continue
            if PREPARATORY.search(" ".join(tokens(line.text))):
                return True
    return False


def _dated_acts_table(result: PageResult, index: int) -> bool:
    """The line heads an acts table whose first column is the acts' "Date"."""
    hits = result.scan.hits.get(index, [])
    line = result.scan.lines[index]
    return any(h.kind == "generic_date" and h.first_word == 0 for h in hits) and is_acts_header(line, hits)


PROSE_DATE_REASON = "{label} lue dans une phrase de la lettre, à vérifier"


def doubt_prose_date(candidates: list[Candidate], chosen: dict[str, Choice]) -> dict[str, str]:
    """A care date read only in a letter's sentence (`dates.act_in_sentence`): which act the letter
    bills, and so which of its dates, is the clerk's reading; held under the review threshold unless a
    label dates the same care too."""
    choice = chosen.get("care_date")
    if choice is None or PROSE_NOTE not in choice.candidate.notes or choice.confidence <= LONE_DATE_CAP:
        return {}
    value = choice.candidate.value
    if any(c.name == "care_date" and c.value == value and PROSE_NOTE not in c.notes for c in candidates):
        return {}
    chosen["care_date"] = Choice(choice.candidate, LONE_DATE_CAP, [*choice.notes, "dated in a sentence only"])
    return {"care_date": PROSE_DATE_REASON.format(label=HUMAN_NAMES["care_date"])}


# "[1 2.07.25" for "12.07.25": a speck or a rule glued to a day's first digit, read as a word of its own,
# leaves the date a day of one digit, another day of the month. The date checks as a date: only the
# word left of it, doubted and ending on a digit, close enough to be the same word, says so.
SPLIT_DAY_REASON = "{label} : premier chiffre du jour peut-être lu à part, à vérifier"
_ONE_DIGIT_DAY = re.compile(r"^\d[./\-]")


def doubt_split_day(chosen: dict[str, Choice], group: list[PageResult]) -> dict[str, str]:
    """An OCR-read date with a day of one digit, right after a doubted word that ends on a digit (less
    than a line's height away on the same line): that digit may be the day's first, read apart. Held
    under the review threshold, for the care and the issue dates."""
    reasons: dict[str, str] = {}
    pages = {r.page.number: r.page for r in group}
    for name in ("care_date", "invoice_date"):
        choice = chosen.get(name)
        if choice is None or not choice.candidate.ocr or not _ONE_DIGIT_DAY.match(choice.candidate.raw.strip()):
            continue
        page = pages.get(choice.candidate.page)
        words = sorted(own_words(choice.candidate, page), key=lambda w: w.x0) if page else []
        if not words or page is None:
            continue
        first = words[0]
        reach = first.y1 - first.y0
        apart = [
            w for w in page.words
            if w.line == first.line and first.x0 - reach <= w.x1 <= first.x0 and w.conf < POOR_READ_CONF
            and w.text[-1:].isdigit()
        ]
        if apart:
            chosen[name] = choice.held(UNCHECKED_CAP, "day's first digit read apart?")
            reasons[name] = SPLIT_DAY_REASON.format(label=HUMAN_NAMES[name])
            _join_split_day(chosen, name, apart[-1].text[-1])
    return reasons


SPLIT_DAY_CAP = 0.6  # the day joined again: another date of the document agrees, a clerk checks it
SPLIT_DAY_NOTE = "day's first digit read apart, joined: the other date agrees"


def _join_split_day(chosen: dict[str, Choice], name: str, digit: str) -> None:
    """The date with the digit read apart put back before its day ("[1 2.07.25" read 2.07.25 for 12.07.25),
    when so it is the document's other date (the issue date for the care date, the care date for the
    issue date): the care was given the day it was billed, read whole once. A mended reading all the
    same, held for a clerk (`SPLIT_DAY_CAP`).

    >>> def joined(care, issued, digit):
    ...     def choice(name, value):
    ...         return Choice(Candidate(name, value, 0.7, 1, None, value, "column", ocr=True), 0.8)
    ...     found = {"care_date": choice("care_date", care), "invoice_date": choice("invoice_date", issued)}
    ...     _join_split_day(found, "care_date", digit)
    ...     return found["care_date"].candidate.value, found["care_date"].confidence
    >>> joined("2025-07-02", "2025-07-12", "1"), joined("2025-07-02", "2025-07-22", "1")
    (('2025-07-12', 0.6), ('2025-07-02', 0.8))
    """
    choice = chosen[name]
    value = choice.candidate.value
    if value[8:9] != "0":
        return
    day = value[:8] + digit + value[9:]
    other = chosen.get("invoice_date" if name == "care_date" else "care_date")
    if other is None or other.candidate.value != day:
        return
    mended = replace(choice.candidate, value=day, repaired=True)
    chosen[name] = Choice(mended, min(choice.confidence, SPLIT_DAY_CAP), [*choice.notes, SPLIT_DAY_NOTE])


# A typeface whose zero carries a slash or a dot inside (the monospace fonts of practice software) is
# often read with a 6, 8 or 9 for each 0 ("FACTURE n° 2625/617", "séance précédente le 28 mai 2625").
# The page shows it when one of its dates only makes sense with its year's 6, 8 or 9 read back as a 0.
# There, a birth date read with a 6, 8 or 9 that a 0 would also make a date is not sure: "26 mars 1971"
# may be the 20th. Nothing checks a birth date's day (a NIR carries the year and the month only); the
# care and issue dates are checked against each other and held when read once on a poor page
# (`doubt_lone_dates`), and holding them here too cost right documents their straight-through.
_GHOST_YEAR = re.compile(r"(?<!\d)2[689](\d\d)(?!\d)")
_GHOSTED_DATES = ("patient_birth_date",)
ZERO_GHOST_REASON = "{label} : un 0 lu 6, 8 ou 9 ailleurs sur la page, à vérifier"


def zeros_misread(group: list[PageResult]) -> bool:
    """A date of the document whose year reads "2625", "2825" or "2925": a date once "20" is put back."""
    for result in group:
        for line in result.scan.lines:
            fixed = _GHOST_YEAR.sub(lambda m: "20" + m.group(1), line.text)
            if fixed != line.text and len(values.find_dates(fixed)) > len(values.find_dates(line.text)):
                return True
    return False


def zero_alternative(raw: str) -> bool:
    """The printed date still reads as a date with one of its 6s, 8s or 9s taken for a 0.

    >>> zero_alternative("26 mars 1971"), zero_alternative("11 juin 2025"), zero_alternative("13/03/1971")
    (True, False, False)
    """
    return any(
        raw[i] in ZERO_GHOSTS and values.parse_date(raw[:i] + "0" + raw[i + 1 :]) is not None
        for i in range(len(raw))
    )


def doubt_zero_ghosts(chosen: dict[str, Choice], group: list[PageResult]) -> dict[str, str]:
    """A birth date read by OCR with a 6, 8 or 9 a 0 would also make a date, on a document whose zeros
    are seen read so (`zeros_misread`): held at LONE_DATE_CAP. Returns the reason a clerk reads, per field."""
    doubts: dict[str, str] = {}
    ghosts: bool | None = None
    for name in _GHOSTED_DATES:
        choice = chosen.get(name)
        if choice is None or not choice.candidate.ocr or choice.confidence <= LONE_DATE_CAP:
            continue
        if not zero_alternative(choice.candidate.raw):
            continue
        ghosts = zeros_misread(group) if ghosts is None else ghosts
        if not ghosts:
            return doubts
        chosen[name] = Choice(choice.candidate, LONE_DATE_CAP, [*choice.notes, "a 0 read as a 6, 8 or 9 nearby"])
        doubts[name] = ZERO_GHOST_REASON.format(label=HUMAN_NAMES[name])
    return doubts


# An invoice number often carries the year it was issued in ("MMG25-4223", "F2025-118", "2025/617"). On
# an OCR page, a year in the number one digit off the invoice's own year ("MMG35-4223" on an invoice of
# 28.09.25) says a digit of it was misread (an old-style 2 read as a 3), or the date was: nothing checks
# which. Held for a clerk; a text layer's number is taken as printed.
_REFERENCE_YEAR = re.compile(r"^[A-Za-z]*[-/ ]?(20\d\d|\d\d)(?=[^0-9]|$)")  # its first digits, after the letters
YEAR_OFF_REASON = "{label} : l'année qu'il porte diffère d'un chiffre de celle de la facture, à vérifier"


def doubt_reference_year(chosen: dict[str, Choice]) -> dict[str, str]:
    """The invoice number held under the review threshold when the year it carries is one digit off the
    issue date's year (`_REFERENCE_YEAR`).

    >>> from parsers.fields.base import Candidate
    >>> def chosen(number, date):
    ...     read = [Candidate(n, v, 0.9, 1, None, v, "right", ocr=True) for n, v in (
    ...         ("invoice_number", number), ("invoice_date", date))]
    ...     return {c.name: Choice(c, 0.86, []) for c in read}
    >>> list(doubt_reference_year(chosen("MMG35-4223", "2025-09-28")))
    ['invoice_number']
    >>> list(doubt_reference_year(chosen("F2024-17", "2025-01-03")))
    ['invoice_number']
    >>> numbers = ("MMG25-4223", "F-1234-5678", "AB12-3456", "2025/2065", "INF-535-25", "H2508-036")
    >>> [doubt_reference_year(chosen(n, "2025-09-28")) for n in numbers]
    [{}, {}, {}, {}, {}, {}]
    """
    number, issued = chosen.get("invoice_number"), chosen.get("invoice_date")
    if number is None or issued is None or not number.candidate.ocr or number.confidence <= UNCHECKED_CAP:
        return {}
    year = issued.candidate.value[:4]
    found = _REFERENCE_YEAR.match(number.candidate.value)
    if found is not None:
        printed = found.group(1) if len(found.group(1)) == 4 else f"20{found.group(1)}"
        if sum(a != b for a, b in zip(printed, year, strict=True)) == 1:
            chosen["invoice_number"] = number.held(UNCHECKED_CAP, "year one digit off")
            return {"invoice_number": YEAR_OFF_REASON.format(label=HUMAN_NAMES["invoice_number"])}
    return {}


# A reference (an invoice number, an insurer's number) has no key and no arithmetic. Read with a symbol
# glued to its digits ("#49143730" for "849143736"), a digit was taken for that symbol, or lost beside it:
# a clerk checks it.
_REFERENCES = ("invoice_number", "amc_number")
_GLUED_SYMBOL = re.compile(r"[#@$§%&*+£]\d|\d[#@$§%&*+£]")
GLUED_SYMBOL_REASON = "{label} : un signe collé à ses chiffres, un chiffre mal lu, à vérifier"


def doubt_misread_references(chosen: dict[str, Choice], group: list[PageResult]) -> dict[str, str]:
    """The references above held at UNCHECKED_CAP, with the reason a clerk reads, per field."""
    doubts: dict[str, str] = {}
    pages = {r.page.number: r.page for r in group}
    for name in _REFERENCES:
        choice = chosen.get(name)
        if choice is None or not choice.candidate.ocr or choice.confidence <= UNCHECKED_CAP:
            continue
        page = pages.get(choice.candidate.page)
        words = own_words(choice.candidate, page) if page is not None else []
        if any(_GLUED_SYMBOL.search(w.text) for w in words):
            chosen[name] = choice.held(UNCHECKED_CAP, "a symbol glued to its digits")
            doubts[name] = GLUED_SYMBOL_REASON.format(label=HUMAN_NAMES[name])
        elif roman_with_ones(choice.candidate.value):
            chosen[name] = choice.held(UNCHECKED_CAP, "a Roman numeral's I read as a 1")
            doubts[name] = ROMAN_ONE_REASON.format(label=HUMAN_NAMES[name])
    return doubts


# "2025/VI/3626", a Roman numeral in a reference, read "2025/V1/3626": an OCR reads an I as a 1 as
# readily as the right way, and nothing checks a reference. A part of Roman-numeral letters with a 1
# among them was, or may have been, that numeral: a clerk checks it.
_ROMAN_WITH_ONE = re.compile(r"(?<![A-Za-z0-9])(?=[IVXL1]*[VXL])(?=[IVXL]*1)[IVXL1]{2,5}(?![A-Za-z0-9])")
ROMAN_ONE_REASON = "{label} : un chiffre romain lu avec un 1, à vérifier"


def roman_with_ones(reference: str) -> bool:
    """A part of the reference made of Roman-numeral letters and the digit 1 ("V1", "X11", "1V").

    >>> [roman_with_ones(r) for r in ("2025/V1/3626", "XI1-204", "2025-0237-R1", "2025/VI/3626", "V12-30")]
    [True, True, False, False, False]
    """
    return _ROMAN_WITH_ONE.search(reference) is not None


# "Reste à charge 9,00 €" read off "0,00 €": a fax or a scan reads a lone 0 as a 6, 8 or 9. A share of a
# few whole euros with such a digit, that no sum checks, may be nothing at all.
_GHOST_ZERO_AMOUNT = re.compile(r"[689]\.00")
GHOST_AMOUNT_REASON = "{label} : {value} € non vérifié par les sommes, peut-être 0,00 €, à vérifier"


def doubt_ghost_zero_amounts(chosen: dict[str, Choice]) -> dict[str, str]:
    """The amounts above held at UNCHECKED_CAP, with the reason a clerk reads, per field."""
    doubts: dict[str, str] = {}
    for name in AMOUNT_FIELDS:
        choice = chosen.get(name)
        if choice is None or not choice.candidate.ocr or choice.confidence <= UNCHECKED_CAP:
            continue
        if "sums agree" in choice.notes or not _GHOST_ZERO_AMOUNT.fullmatch(choice.candidate.value):
            continue
        chosen[name] = choice.held(UNCHECKED_CAP, "a lone 0 may read as a 6, 8 or 9")
        read = choice.candidate.value.replace(".", ",")
        doubts[name] = GHOST_AMOUNT_REASON.format(label=HUMAN_NAMES[name], value=read)
    return doubts


# No invoice bills care, nor is issued, in a year still to come: a date read in one ("22/08/2085", a 2
# read as an 8 in every date of a typeface) is misread, however often it is printed the same way.
FUTURE_DATE_CAP = 0.5
FUTURE_YEAR_REASON = "{label} : année à venir, mal lue, à vérifier"
_DATED_FIELDS = ("care_date", "invoice_date")


def doubt_future_years(chosen: dict[str, Choice], today: dt.date | None = None) -> dict[str, str]:
    """The care and issue dates in a year after `today`'s (the day the invoice is read): held under
    review's threshold (FUTURE_DATE_CAP). Returns the reason a clerk reads, per field.

    >>> from parsers.fields.base import Candidate
    >>> def held(value):
    ...     found = {"care_date": Choice(Candidate("care_date", value, 0.9, 1, None, value, "column"), 0.88)}
    ...     return list(doubt_future_years(found, dt.date(2025, 9, 1))), found["care_date"].confidence
    >>> held("2085-08-22"), held("2025-08-22"), held("2026-01-05")
    ((['care_date'], 0.5), ([], 0.88), (['care_date'], 0.5))
    """
    year = (today or dt.date.today()).year
    doubts: dict[str, str] = {}
    for name in _DATED_FIELDS:
        choice = chosen.get(name)
        if choice is None or int(choice.candidate.value[:4]) <= year:
            continue
        chosen[name] = choice.held(FUTURE_DATE_CAP, "a year still to come")
        doubts[name] = FUTURE_YEAR_REASON.format(label=HUMAN_NAMES[name])
    return doubts


# On a fax in normal resolution the reader re-reads an identifier that failed its check, and marks its word
# RECHECK_SPLIT_CONF when the second reading reads one of the first reading's digits otherwise (not only a
# digit dropped or added): one of the two readings misread it, and a key passes one wrong reading in ten
# (parsers.recheck). The checksum and "no rival" then lifted it to 0.88, past review: set 10 v106
# "18435371168" for 10435371108. Census of the fax-normal renderings of the samples and sets 1-32: 7
# identifiers chosen from such a word, 1 wrong; the number stays a clerk's to check.
SPLIT_REREAD_REASON = "{label} relu deux fois différemment sur une télécopie basse résolution, à vérifier"
_CHECKED_IDS = ("rpps", "adeli", "finess")  # not the NIR: 8 of 8 right (its key and the birth date check it)


def doubt_split_rereads(chosen: dict[str, Choice], group: list[PageResult]) -> dict[str, str]:
    """An identifier whose own word is a split re-read (RECHECK_SPLIT_CONF) on a low-resolution page,
    held at UNCHECKED_CAP. Returns the reason a clerk reads, per field held."""
    doubts: dict[str, str] = {}
    for name, choice, page in _ocr_choices(chosen, group, _CHECKED_IDS, UNCHECKED_CAP):
        if not low_resolution(page):
            continue
        if not any(w.conf == RECHECK_SPLIT_CONF for w in own_words(choice.candidate, page)):
            continue
        chosen[name] = choice.held(UNCHECKED_CAP, "re-read otherwise on a low-resolution page")
        doubts[name] = SPLIT_REREAD_REASON.format(label=HUMAN_NAMES[name])
    return doubts


# Every RPPS issued starts with a 1 (`rpps.is_typical`); one read with another first digit that still
# passes its key ("38886859669" off a fax's "10880850069") had two digits misread, so may the others.
UNTYPICAL_RPPS_REASON = "{label} : ne commence pas par 1, mal lu, à vérifier"


def doubt_untypical_rpps(chosen: dict[str, Choice]) -> dict[str, str]:
    """The RPPS held at UNCHECKED_CAP when it does not start as every issued RPPS does.

    >>> from parsers.fields.base import Candidate
    >>> def held(value):
    ...     found = {"rpps": Choice(Candidate("rpps", value, 0.9, 1, None, value, "right"), 0.88)}
    ...     return list(doubt_untypical_rpps(found)), found["rpps"].confidence
    >>> held("38886859669"), held("10880850069")
    ((['rpps'], 0.8), ([], 0.88))
    """
    choice = chosen.get("rpps")
    if choice is None or choice.confidence <= UNCHECKED_CAP or rpps.is_typical(choice.candidate.value):
        return {}
    chosen["rpps"] = choice.held(UNCHECKED_CAP, "an RPPS not starting with 1")
    return {"rpps": UNTYPICAL_RPPS_REASON.format(label=HUMAN_NAMES["rpps"])}
