"""Person names: one read from a text (`find_name`), the wordings that go on after a name label (a
bracketed qualifier, a heading), the first name printed apart (under its own label or heading, in a box
below), a receipt's "Reçu de M. X". A name found by its civility alone is in `candidates.py`."""

from __future__ import annotations

import re

from intake.domain.model import Word
from parsers.fields import values
from parsers.fields.base import NAME_FIELDS, Candidate, Found, PageScan, Region, make_candidate, make_region
from parsers.fields.first_names import is_first_name
from parsers.fields.geometry import FEMININE_MARK, column_words, labelled, lines_below, right_region, without_rules
from parsers.fields.labels import fold
from parsers.fields.layout import LabelHit, Line

# "ASSURE (E} : ...", "Bénéficiaire (enfant} DUPONT": a qualifier's closing bracket ends the label; a frame's
# edge read as a bar or a bracket, spaced or glued ("[DUFOUR Grégoire]", "|DUFOUR Grégoire |": a hospital
# label stuck on the page), is no part of the name
_NAME_LEAD = re.compile(r"^(?:[(\[{](?:e|s|es)[)\]}](?!\w)|[\s:;.,\-–|¦│_‘’'•·)\]}\[])+", re.IGNORECASE)
_FRAME_EDGE = " |¦│[]"
_NEXT_LABEL = re.compile(r"(?<=\S)\s+[^\W\d_][\w'’.]*\s?:(?!\d)(?=\s*\S)")  # "ROCHE Sylvie Numéro : PC-25"


def find_name(text: str) -> Found | None:
    stripped = _NAME_LEAD.sub("", text)
    offset = len(text) - len(stripped)
    following = _NEXT_LABEL.search(stripped)
    if following is not None:
        stripped = stripped[: following.start()]  # a word ending in a colon labels what follows it
    stripped = stripped.rstrip(_FRAME_EDGE)
    mended = mend_first_names(stripped)
    doubt = MENDED_VALIDITY if mended != stripped else 1.0
    stripped = mended
    tokens = values.name_tokens(stripped)
    if not _plausible_name(stripped, tokens):
        stripped = _before_lower_case(stripped, tokens)
        tokens = values.name_tokens(stripped)
        if not stripped or not _plausible_name(stripped, tokens):
            return None
    value = values.parse_name(stripped)
    if value is None:
        return None
    end = offset + stripped.find(tokens[-1]) + len(tokens[-1]) if tokens else len(text)
    upper = sum(1 for t in tokens if values._is_upper(t))
    validity = 1.0 if 0 < upper < len(tokens) else 0.75  # no case cue: order is a guess
    return Found(value, offset, end, False, validity * doubt)


def _before_lower_case(text: str, tokens: list[str]) -> str:
    """The name a lower-case word ends ("TESSIER Mathilde néle) Le 18/06/1938": an unread "né(e) le"
    after it): a surname in capitals and first names the list knows (first_names.py), then the words
    go on in lower case; "" when the words before are not such a name.

    >>> _before_lower_case("TESSIER Mathilde néle) Le 18/06", ["TESSIER", "Mathilde", "néle", "Le"])
    'TESSIER Mathilde'
    >>> _before_lower_case("Mathilde née le 18/06", ["Mathilde", "née", "le"])
    ''
    >>> _before_lower_case("VASSEUR Grégoire Supplementary health", ["VASSEUR", "Grégoire", "Supplementary", "health"])
    ''
    """
    for k, token in enumerate(tokens):
        if token[:1].isupper() or fold(token).rstrip("'") in values.PARTICLES:
            continue
        head = tokens[:k]
        surname = any(values._is_upper(t) and len(t) > 1 for t in head)
        given = [t for t in head if t[:1].isupper() and not values._is_upper(t)]
        if not (surname and given and all(is_first_name(t) for t in given)):
            return ""
        at = re.search(rf"(?<!\w){re.escape(token)}", text)
        return text[: at.start()].rstrip() if at else ""
    return ""


MENDED_VALIDITY = 0.85  # a first name mended by the list: likely, never certain
MENDED_NAME_LETTERS = 5  # a shorter lower-case word ("rose", "marc") is too often a word of the sentence


def mend_first_names(text: str) -> str:
    """A fax's first name read in lower case ("CARPENTIER josiane") or cut by a space ("CARPENTIER Syl vie"),
    after a surname in capitals: the word the list knows, capitalised or joined, as long as the text (so
    that the name's end stays where it was read); the text as read otherwise.

    >>> mend_first_names("Mme CARPENTIER josiane Dr X"), mend_first_names("CARPENTIER Syl vie")
    ('Mme CARPENTIER Josiane Dr X', 'CARPENTIER  Sylvie')
    >>> mend_first_names("Mme Carpentier josiane"), mend_first_names("ROCHE Sylvie née le")
    ('Mme Carpentier josiane', 'ROCHE Sylvie née le')
    """
    words = text.split(" ")
    surname = next((k for k, w in enumerate(words) if values._is_upper(w) and len(w) > 1), None)
    if surname is None:
        return text
    for k in range(surname + 1, len(words)):
        word, before = words[k], words[k - 1]
        if not word.isalpha() or not word.islower():
            continue
        if before[:1].isupper() and before[1:].islower() and is_first_name(before + word):
            words[k - 1], words[k] = "", before + word  # the space moves ahead: the text keeps its length
        elif len(word) >= MENDED_NAME_LETTERS and is_first_name(word.capitalize()):
            words[k] = word.capitalize()
        break  # the first lower-case word only: what follows is the sentence going on
    return " ".join(words)


_PRACTITIONER_TITLES = {"dr", "dr.", "docteur", "pr", "pr.", "professeur"}


def _plausible_name(text: str, tokens: list[str]) -> bool:
    """A patient's name: no "Dr" in front, and every word capitalised or a particle."""
    first = fold(text.split()[0]) if text.split() else ""
    if first in _PRACTITIONER_TITLES:
        return False
    return all(token[:1].isupper() or fold(token).rstrip("'") in values.PARTICLES for token in tokens)


def lower_case_words(text: str) -> bool:
    """Lower-case words only, the first one of letters: a name label's wording going on ("soigné(e) à
    domicile", read "soignée) 4 domicile" on a fax), never a name.

    >>> lower_case_words("soigné(e) à domicile"), lower_case_words("M. AUBRY Séverin"), lower_case_words(":")
    (True, False, False)
    >>> lower_case_words("soignée) 4 domicile"), lower_case_words("12/03/1950")
    (True, False)
    """
    words = re.findall(r"[^\W\d_]+", text)
    first = text.split()[0] if text.split() else ""
    return bool(words) and first[:1].islower() and all(w.islower() for w in words)


HEADING_WORDS = 2  # "PATIENT TRANSPORTÉ", "PATIENTE CONCERNÉE": a heading's qualifier is a word or two


def heading_goes_on(label: list[Word], words: list[Word]) -> bool:
    """A role label printed in capitals as a block's heading, going on in capitals with a word or two
    and nothing else on its line ("PATIENT TRANSPORTE", the VSL's patient block): the heading's own
    qualifier, not the name, which a heading puts on the line below. A name right of its label carries
    a first name in lower case ("PATIENT DUPONT Marie") and is read as a name before this is asked.

    >>> heading = [Word("PATIENT", 0, 0, 1, 1)]
    >>> heading_goes_on(heading, [Word("TRANSPORTE", 2, 0, 3, 1)])
    True
    >>> heading_goes_on(heading, [Word("transporté", 2, 0, 3, 1)])
    False
    >>> heading_goes_on([Word("Patient", 0, 0, 1, 1)], [Word("TRANSPORTE", 2, 0, 3, 1)])
    False
    >>> heading_goes_on(heading, [Word("DUPONT", 2, 0, 3, 1), Word("M.", 4, 0, 5, 1)])
    False
    """
    texts = [w.text for w in words]
    return (
        0 < len(texts) <= HEADING_WORDS
        and all(w.text.isalpha() and w.text.isupper() and len(w.text) > 1 for w in [*label, *words])
    )


def label_qualifier(words: list[Word]) -> int:
    """How many leading words form a bracketed qualifier of a name label ("Patient (ayant droit)",
    "Bénéficiaire [enfant] :"): a role, never a name, which is not printed in brackets.

    >>> label_qualifier([Word("(ayant", 0, 0, 1, 1), Word("droit)", 2, 0, 3, 1), Word("DUPONT", 4, 0, 5, 1)])
    2
    >>> label_qualifier([Word("DUPONT", 0, 0, 1, 1), Word("(Marie)", 2, 0, 3, 1)])
    0
    >>> label_qualifier([Word("(ayant", 0, 0, 1, 1), Word("droit", 2, 0, 3, 1)])
    2
    """
    if not words or words[0].text[:1] not in "([" or FEMININE_MARK.match(words[0].text):
        return 0
    for count, word in enumerate(words[:4], start=1):
        if any(c.isdigit() for c in word.text):
            return 0
        if word.text.rstrip(" :")[-1:] in ")]":
            return count
    return len(words) if len(words) <= 3 else 0  # the closing bracket lost (OCR), the qualifier alone


PARTICIPLE_WORDS = 2  # "Enfant opéré :", "Patiente suivie :": the label's qualifier, a word or two


def participle_qualifier(words: list[Word]) -> int:
    """How many leading words form a lower-case qualifier of a name label that a colon closes ("Enfant
    opéré : LE GALL Ophélie", "Patiente hospitalisée : …"): the role's wording, never the name, which
    follows the colon.

    >>> ws = lambda text: [Word(t, i, 0, i + 1, 1) for i, t in enumerate(text.split())]
    >>> participle_qualifier(ws("opéré : LE GALL Ophélie")), participle_qualifier(ws("soigné(e): DUPONT Jean"))
    (2, 1)
    >>> participle_qualifier(ws("DUPONT Jean")), participle_qualifier(ws("opéré LE GALL"))
    (0, 0)
    >>> participle_qualifier(ws(": X")), participle_qualifier(ws("opéré :"))
    (0, 0)
    """
    for count, word in enumerate(words[: PARTICIPLE_WORDS + 1], start=1):
        text = word.text
        if text == ":":
            return count if count > 1 and count < len(words) else 0
        letters = re.findall(r"[^\W\d_]+", text)
        if not letters or not all(w.islower() for w in letters) or not re.fullmatch(r"[^\W\d_()]+(?:\(e\))?:?", text):
            return 0
        if text.endswith(":"):
            return count if count < len(words) else 0
    return 0


def with_first_name(
    scan_: PageScan, index: int, hit: LabelHit, hits: list[LabelHit], gap: float | None
) -> Candidate | None:
    """ "Nom : MARCHAND" then "Prénom : Zoé" (same line or one of the next two, e.g. after a
    "Nom de naissance" line): one name."""
    last = right_region(hit, hits, gap_stop=gap)
    if (
        not last.text.strip(" :")
        or fold(last.text.split()[-1] if last.text.split() else "") in _PRACTITIONER_TITLES
    ):
        return None
    for j in range(index, min(len(scan_.lines), index + 3)):
        if j > index and any(h.kind in NAME_FIELDS for h in scan_.hits[j]):
            return None  # another name's label comes first
        for other in scan_.hits[j]:
            if other.kind != "first_name" or (j == index and other.first_word <= hit.last_word):
                continue
            first = right_region(other, scan_.hits[j], gap_stop=gap)
            text = f"{_NAME_LEAD.sub('', last.text)} {_NAME_LEAD.sub('', first.text)}"
            region = make_region(scan_.lines[index], last.words + first.words)
            region = Region(region.words, text, [0] * len(text), region.line)
            found = find_name(text)
            if found is None:
                return None
            return make_candidate("patient_name", found, region, 0.85 * hit.quality, "right")
    return None


def first_name_below(scan_: PageScan, index: int, hit: LabelHit, row: Line, after: float) -> list[Word]:
    """ "Nom du bénéficiaire | Prénom" headings: the words under the "Prénom" heading next to the name."""
    hits = scan_.hits[index]
    line = scan_.lines[index]
    for other in hits:
        if other.kind != "first_name" or other.first_word <= hit.last_word:
            continue
        if any(hit.last_word < h.first_word < other.first_word for h in hits):
            return []  # another heading between the name and the first name
        words = [w for w in column_words(other, row, 0.5 * line.height) if w.x0 >= after]
        if words and all(re.fullmatch(r"[^\W\d_][\w'’\-]*", w.text) for w in words):
            return words
        return []
    return []


def surname_only(text: str) -> bool:
    """ "LE BIHAN": capitals only, no first name."""
    letters = [t for t in text.split() if any(c.isalpha() for c in t)]
    return bool(letters) and all(t.isupper() for t in letters)


def first_name_box(scan_: PageScan, index: int, row: int) -> list[Word]:
    """A "Prénom" box on a later row of boxes (its heading below the name's value): the words under it."""
    for j in range(row + 1, min(len(scan_.lines), row + 3)):
        for other in scan_.hits[j]:
            if other.kind != "first_name":
                continue
            right = right_region(other, scan_.hits[j], gap_stop=2.5 * scan_.lines[j].height)
            if right.text.strip(" :"):
                continue  # "Prénom : Zoé" is handled as a label with its value
            below = lines_below(scan_, j, 1)
            if not below or scan_.lines[below[0]].y0 - scan_.lines[j].y1 > 1.2 * scan_.lines[j].height:
                return []
            # "| Maïwenn": the box's rule read as a word is not part of the name
            words = without_rules(column_words(other, scan_.lines[below[0]], 0.5 * scan_.lines[j].height))
            if (
                words
                and len(words) <= 3
                and all(re.fullmatch(r"[^\W\d_][\w'’\-]*", w.text) for w in words)
                and not all(w.text.isupper() for w in words)
            ):
                return words
            return []
    return []


# a colon standing alone: a middle dot ("LE GALL Yann · né(e) le") as OCR reads it
_SEPARATORS = {"—", "–", "-", "·", "•", "|", ",", ":"}


def before_label(hits: list[LabelHit], words: list[Word]) -> list[Word]:
    """The words of a cell before the first label among them, when a dash, a comma or a gap sets the
    label apart ("Mme ROCHE Géraldine — né(e) le ..."); none when a label opens the cell or follows
    its words closely ("Nate de naissance": a misread label)."""
    for k, word in enumerate(words):
        if not labelled(hits, [word]):
            continue
        if k == 0:
            return []
        previous = words[k - 1]
        if previous.text in _SEPARATORS:
            return words[: k - 1]
        apart = previous.text.endswith(",") or word.x0 - previous.x1 > word.y1 - word.y0
        return words[:k] if apart else []
    return words


_CIVILITY_WORD = r"(?:m|mme|mlle|madame|monsieur|mademoiselle)\.?"
_RECEIVED_FROM = re.compile(
    rf"\bre[ceg]u de (?:la part de )?{_CIVILITY_WORD}(?: ?/ ?{_CIVILITY_WORD})?(?: |$)"
)  # "certifie avoir reçu de Monsieur Théo GARNIER-DUVAL, la somme de ...", a receipt book's "Reçu de M. / Mme";
# a fax reads the cedilla's c as an e or a g ("Reeu de Mme ROCHE Sylvie")
_NAME_END = re.compile(r",| la somme\b| pour\b| le \d")


def received_from(scan_: PageScan, index: int, region: Region) -> Candidate | None:
    """A receipt's sentence names who paid: "Reçu de Mme Inès CHAKROUN la somme de 60 €", the name
    possibly wrapped to the start of the next line."""
    folded = fold(region.text)
    match = _RECEIVED_FROM.search(folded) if len(folded) == len(region.text) else None
    if match is None:
        return None
    line, start = scan_.lines[index], match.end()
    if not region.text[start:].strip() and index + 1 < len(scan_.lines):
        line = scan_.lines[index + 1]
        region, start = make_region(line, line.words), 0
        folded = fold(region.text)
        if len(folded) != len(region.text):
            return None
    end = _NAME_END.search(folded, start)
    text = region.text[start : end.start() if end else len(region.text)]
    found = find_name(text)
    # a receipt book filled in by hand, in capitals ("Reçu de M. / Mme AUBRY YANNICK"): no case cue, the
    # surname-first order is a guess its validity carries
    if found is None or text[found.end :].strip():
        return None
    found = Found(found.value, found.start + start, found.end + start, False, found.validity)
    return make_candidate("patient_name", found, region, 0.75, "pattern")


_CIVILITY_ALONE = re.compile(rf"^{_CIVILITY_WORD}$")
SENTENCE_NAME_WEIGHT = 0.8  # as a civility's name over a birth date: no label, the sentence says whose
_SENTENCE_NAME_WORDS = 5


def named_in_sentence(scan_: PageScan, index: int) -> Candidate | None:
    """A letter names the patient in its sentence: "... certifie avoir examiné M." / "BOULANGER Mickaël,
    né le 19 mars 1960, immatriculé ...": a civility, the name, a comma, and the birth date's words. The
    civility may end the line above (the sentence wrapped there). The person born that day is the one
    cared for; a NIR after the name would not say so (an ayant droit's letter names the insured so). Not
    in a row a name label opens."""
    line = scan_.lines[index]
    for hit in scan_.hits[index]:
        if hit.kind != "patient_birth_date" or hit.first_word == 0:
            continue
        if any(h.kind in NAME_FIELDS and h.first_word < hit.first_word for h in scan_.hits[index]):
            return None  # "Assuré(e) : M. X, né(e) le ...": a labelled row, its label says whose name
        if not line.words[hit.first_word - 1].text.endswith(","):
            continue
        words = _after_civility(scan_, index, line.words[: hit.first_word])
        if not words:
            continue
        region = make_region(line, words)
        text = region.text.rstrip(",")
        found = find_name(text)
        if found is None or found.validity < 1.0 or found.start > 0 or found.end < len(text):
            continue
        return make_candidate("patient_name", found, region, SENTENCE_NAME_WEIGHT, "pattern")
    return None


BORN_NAME_WEIGHT = 0.6  # below a sentence's name: no civility, no comma, only the row's order says whose
_LABEL_END = (")", "}", "]", ":")


def named_before_birth(scan_: PageScan, index: int) -> Candidate | None:
    """ "Assurèée) ARNAUD Sylvie née) le 13/05/69": a row's name label unread, the name in capitals and a
    listed first name (`is_first_name`), then the birth date's label: the person born that day, as in a
    sentence. The words before the name must end a label (a bracket, a colon) or be none."""
    line = scan_.lines[index]
    for hit in scan_.hits[index]:
        if hit.kind != "patient_birth_date" or hit.first_word < 2:
            continue
        if any(h.kind in NAME_FIELDS and h.first_word < hit.first_word for h in scan_.hits[index]):
            return None
        before = line.words[: hit.first_word]
        start = next((k + 1 for k in range(len(before) - 1, -1, -1) if before[k].text.endswith(_LABEL_END)), 0)
        words = before[start:]
        if not 2 <= len(words) <= 4 or not is_first_name(words[-1].text):
            continue
        region = make_region(line, words)
        found = find_name(region.text)
        if found is None or found.validity < 1.0 or found.start > 0 or found.end < len(region.text):
            continue
        return make_candidate("patient_name", found, region, BORN_NAME_WEIGHT, "pattern")
    return None


def _after_civility(scan_: PageScan, index: int, before: list[Word]) -> list[Word]:
    """The words after the last civility among `before` (at most a few), or all of them when the line
    above, in the same paragraph, ends with the civility; [] when no civility leads them."""
    for k in range(len(before) - 1, max(-1, len(before) - 2 - _SENTENCE_NAME_WORDS), -1):
        if _CIVILITY_ALONE.match(fold(before[k].text)):
            return before[k + 1 :] if len(before) - k - 1 >= 2 else []
    if len(before) > _SENTENCE_NAME_WORDS or index == 0:
        return []
    line, above = scan_.lines[index], scan_.lines[index - 1]
    wrapped = above.page == line.page and 0 <= line.y0 - above.y1 <= 1.5 * line.height
    if wrapped and abs(above.words[0].x0 - line.words[0].x0) <= line.height:
        return before if _CIVILITY_ALONE.match(fold(above.words[-1].text)) and len(before) >= 2 else []
    return []
