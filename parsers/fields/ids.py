"""Identifiers (RPPS, ADELI, FINESS, NIR, AMC number) at the start of a text: `find_id`, the validators,
repair of misread digits and of a digit read twice, a practitioner id printed under another's label; and
the label-less runs of digits as long as an RPPS or a NIR."""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable, Iterable

from parsers.fields.base import PRACTITIONER_FIELDS, Found
from parsers.fields.labels import fold
from parsers.identifiers import adeli, amc, finess, idnps, nir, rpps
from parsers.identifiers.exceptions import InvalidComponent
from parsers.identifiers.repair import CONFUSIONS, repair, repair_stutter, valid_or_none

_ID_CHARS = set("0123456789") | set(CONFUSIONS) | {"A", "a"}
# what may stand between a label and its number: marks, "n°", a colon read as a "+" set apart ("RPPS + 1...",
# not the "+33" of a phone number)
_LEAD = re.compile(r"^(?:[\s:;.,\-–=#°/)]|\+(?=\s))*(?:(?:n|no|n°|nº)[\s:;.]+)?")


def _id_groups(text: str, *, marks: bool = False) -> list[tuple[int, int]]:
    """Spans of the leading space-separated groups that could be (part of) an identifier; `marks`: groups
    may also be parted by a colon or a dot ("1:55.11:93: 593", a monospace print's spaces read as marks)."""
    spans: list[tuple[int, int]] = []
    lead = _LEAD.match(text)
    position = lead.end() if lead else 0
    key_word = False
    for m in re.finditer(r"\S+", text[position:]):
        token = m.group(0).rstrip(".,;:)}")  # "(AMC 93805735}": a brace read for the bracket
        bare = _INNER_MARK.sub("", token) if marks else token
        if spans and not key_word and fold(token).strip(".:") in _KEY_WORDS:
            key_word = True  # "186072A145070 clé 33": the key printed apart
            continue
        corsican = token in ("A", "B") and bool(spans) and text[spans[-1][0] : spans[-1][1]] == "2"
        if not bare or not all(c in _ID_CHARS for c in bare) or not (corsican or any(c.isdigit() for c in bare)):
            break  # a letter alone is a word, save the A/B of a Corsican department boxed after its "2"
        if spans and m.start() + position - spans[-1][1] > (12 if key_word else 3):
            break
        spans.append((m.start() + position, m.start() + position + len(token)))
        if key_word:
            break
        # digit-per-box grids ("2 9 4 3 3 0 1 4 7") hold up to 15 one-character groups
        limit = 16 if all(e - b == 1 for b, e in spans) else 8
        if len(spans) >= limit:
            break
    return spans


_KEY_WORDS = {"cle", "cle:", "cie", "cie:", "key"}  # "cié": the l of "clé" read as an i
# a NIR's groups parted by a colon, a dot or a hyphen ("350-029-62": practice software prints it so)
_INNER_MARK = re.compile(r"(?<=[0-9])[:.\-](?=[0-9])")
_MARK = re.compile(r"(?<=[0-9])[:.\-]")


def _validator(name: str) -> Callable[[str], str]:
    if name == "adeli":

        def strict_adeli(number: str) -> str:
            value = adeli.validate(number)
            if not adeli.checksum_ok(value):
                raise InvalidComponent()
            return value

        return strict_adeli
    table: dict[str, Callable[[str], str]] = {
        "rpps": rpps.validate,
        "finess": finess.validate,
        "nir": nir.validate,
        "idnps": idnps.validate,
        "amc_number": amc.validate,
    }
    return table[name]


# A fax reads a 0 as "@", or as a "C" inside a run of digits ("87567275@", "2 92 C4 49 ..."), as it reads it as
# "O": in an identifier whose key checks every digit, the same repair.
_ROUND_ZERO = re.compile(r"@|(?<=\d)C|C(?=\d)")
_KEYED = ("rpps", "adeli", "finess", "nir")


# A speck of the fax line read as a mark inside a run of digits ("ADELI 20825465%6"), or glued to its end
# ("FINESS 574970604% - N° AM ..."): no identifier holds one; read as the space it takes, the key decides
# whether the digits around it are the number.
_SPECK = re.compile(r"(?<=\d)[%*^~¨'\"’](?=\d|\s|$)")


def find_id(name: str, text: str) -> Found | None:
    """The identifier at the start of `text` (after "n°", ":"...), repaired if need be."""
    if name in _KEYED:
        text = _ROUND_ZERO.sub("O", text)  # then repaired as a read "O" is: the key decides
        specks = [m.start() for m in _SPECK.finditer(text)]
        found = find_id(name, _SPECK.sub(" ", text)) if specks else None
        if (
            found is not None
            and any(found.start <= at <= found.end for at in specks)  # among its digits or glued to its end
            and found.name is None
            and (name != "adeli" or adeli.checksum_ok(found.value))  # the key decides, soft as it is elsewhere
        ):
            return dataclasses.replace(found, repaired=True, validity=min(found.validity, REPAIRED_VALIDITY))
    if name == "amc_number" and (pair := _percent_pair(text)) is not None:
        return pair
    spans = _id_groups(text, marks=name == "nir")  # a NIR's key checks all 15 digits, marks or not
    for count in range(len(spans), 0, -1):
        start, end = spans[0][0], spans[count - 1][1]
        raw = re.sub(r"(?i)\b(?:c[li][eé]|key)\b\s*:?", " ", text[start:end])
        raw = _MARK.sub(" ", raw) if name == "nir" else raw
        found = _id_from_raw(name, raw, start, end)
        if found is not None:
            return found
    return (
        _nir_misread(name, text, spans)
        or _lone_bar(name, text)
        or _lettered_nir(name, text)
        or _glyphed_nir(name, text)
        or _stray_lead(name, text, spans)
        or _stuttered(name, text, spans)
        or _split_zero(name, text, spans)
        or _extra_digit(name, text, spans)
        or _after_rule(name, text)
    )


# "N° AMC | 98636654": a spreadsheet's or a table's rule between the label's cell and the value's, read as a bar
_RULE_BAR = re.compile(r"^[\s:.]*\|\s*(?=\S)")


def _after_rule(name: str, text: str) -> Found | None:
    """Last resort, after every reading of the text as it stands (the bar read as a 1 among them): the
    identifier after a cell's rule read as a bar before it.

    >>> _after_rule("amc_number", " | 98636654"), _after_rule("amc_number", " 98636654")
    (Found(value='98636654', start=3, end=11, repaired=False, validity=1.0, name=None), None)
    """
    rule = _RULE_BAR.match(text)
    found = None if rule is None else find_id(name, text[rule.end() :])
    if rule is None or found is None:
        return None
    return dataclasses.replace(found, start=found.start + rule.end(), end=found.end + rule.end())


# "N. AMC : 906255%" for 90625596: the loops of a 9 and a 6 set close read as the two rings of a "%" (set 23,
# a hospital's billing print, read so by a fine fax and a photo; "Fax 02 51 85 % 19" on a pharmacy's fax)
_PERCENT_PAIR = re.compile(r"(\d+)%(\d*)(?![\w%])")
AMC_DIGITS = (8, 9)  # every AMC number of the open sets (277): 8 or 9 digits


def _ghost_dropped(digits: str) -> str | None:
    """An AMC number read one digit too long (10 digits: no AMC number of the open sets has more than 9),
    with exactly one 6, 8 or 9 beside a 0: that digit dropped, the zero's slash or dot read as a digit of
    its own, as `_split_zero` drops it from a keyed identifier; None otherwise. The length stands in for
    the key an AMC number lacks: a mended reading, never enough on its own (`STUTTER_VALIDITY`). Measured
    (session 17, every open set): 13 AMC numbers read with 10 digits, all wrong; 4 have one such digit:
    2 mended right ("1364907110", "9158137083"), 1 still wrong ("7860140423" for 786140423: the 0 was
    the ghost there), 1 garbled read ("0400080010", kept at 0.18 before) no longer kept.

    >>> _ghost_dropped("9158137083"), _ghost_dropped("6541798228"), _ghost_dropped("6068046655")
    ('915813703', None, None)
    """
    return _one_dropped(digits, _ghost_positions(digits))


def _doubled_dropped(digits: str) -> str | None:
    """An AMC number read one digit too long, no zero's ghost in it (`_ghost_dropped`), with exactly one
    digit standing twice side by side: one of the two dropped, a digit read twice (as `_stuttered` mends a
    keyed identifier); None otherwise. The length stands in for the key, as above: a mended reading, never
    enough on its own (`STUTTER_VALIDITY`).

    >>> _doubled_dropped("7118750434"), _doubled_dropped("7118750443"), _doubled_dropped("7128750434")
    ('718750434', None, None)
    """
    return _one_dropped(digits, [i for i in range(1, len(digits)) if digits[i] == digits[i - 1]])


def _one_dropped(digits: str, positions: Iterable[int]) -> str | None:
    """`digits` without the digit at one of `positions`, when every such drop gives the same number."""
    dropped = {digits[:i] + digits[i + 1 :] for i in positions}
    return dropped.pop() if len(dropped) == 1 else None


def _percent_pair(text: str) -> Found | None:
    """An AMC number with a "%" among its digits, read as the "96" it stands for, when that makes 8 or 9
    digits. No key checks an AMC number: a mended reading, never enough on its own (`STUTTER_VALIDITY`).
    Measured (session 17, every open set): two AMC numbers so read, both mended right (set 23 i106's fine
    fax and photo), no other changed.

    >>> _percent_pair(": 906255%")
    Found(value='90625596', start=2, end=9, repaired=True, validity=0.6, name=None)
    >>> _percent_pair("906255% ") is not None, _percent_pair("90625596"), _percent_pair("60 % du tarif")
    (True, None, None)
    """
    lead = _LEAD.match(text)
    start = lead.end() if lead else 0
    match = _PERCENT_PAIR.match(text, start)
    if match is None:
        return None
    digits = match.group(1) + "96" + match.group(2)
    if len(digits) not in AMC_DIGITS:
        return None
    return Found(digits, match.start(), match.end(), True, STUTTER_VALIDITY)


# "2 95 02 06 283 | 46 59": a thin 1 read as a bar (or an l, an I) and set apart from its group by a gap
_LONE_BAR = re.compile(r"(?<=\d )[|lI!](?= \d)")


def _lone_bar(name: str, text: str) -> Found | None:
    """For a NIR whose key fails: a bar standing alone between its digit groups read as the 1 it
    stands for. Taken when the NIR then checks as read (its key, 1 in 97 by chance); a mended reading,
    never in the sure band.

    >>> _lone_bar("nir", "2 95 02 06 283 | 46 59")
    Found(value='295020628314659', start=0, end=22, repaired=True, validity=0.6, name=None)
    >>> _lone_bar("nir", "2 95 02 06 283 | 46 58") is None
    True
    """
    if name != "nir" or not _LONE_BAR.search(text):
        return None
    mended = _LONE_BAR.sub("1", text)  # the same length: the spans stay the text's
    return _mended_nir(name, mended, _id_groups(mended, marks=True))


def _mended_nir(name: str, text: str, spans: list[tuple[int, int]]) -> Found | None:
    """The NIR the longest run of `spans` (from the first) reads when it checks, its key included, as read
    or repaired (`repair`: a letter read for a digit, a Corsican "2A" read "24", put back as the key
    checks them), marked as a mended reading (never in the sure band); None when no run does."""
    for count in range(len(spans), 0, -1):
        start, end = spans[0][0], spans[count - 1][1]
        found = _id_from_raw(name, _MARK.sub(" ", text[start:end]), start, end)
        if found is not None:
            return Found(found.value, start, end, True, NIR_GUESS_VALIDITY)
    return None


def _stray_lead(name: str, text: str, spans: list[tuple[int, int]]) -> Found | None:
    """For a NIR whose key fails: a lone character read ahead of it, the label's colon taken for a digit
    ("No Sécurité sociale 3 2 01 12 2A 671 204 51" for "... : 2 01 12 2A ...", a typewriter font's
    colon). A NIR opens on one lone digit, its sex: two lone characters, the first is the stray. Dropped
    when the NIR after it checks (its 13 digits and its key, 1 in 97 by chance), as read or with a Corsican
    department read as digits put back ("3 2 01 12 24 671 ...": "24" for "2A", set 21's normal fax); a
    mended reading, never in the sure band (`confidence.field_cap`)."""
    if name != "nir" or len(spans) < 3 or any(end - start != 1 for start, end in spans[:2]):
        return None
    return _mended_nir(name, text, spans[1:])


REPAIRED_VALIDITY = 0.8  # a letter read for a digit put back (`_id_from_raw`), a speck dropped
STUTTER_VALIDITY = 0.6  # a digit read twice, dropped: plausible, never enough on its own


def _stuttered(name: str, text: str, spans: list[tuple[int, int]]) -> Found | None:
    """Last resort, after every other reading failed: a digit of the identifier read twice."""
    if name not in ("rpps", "adeli", "finess", "nir"):
        return None
    for count in range(len(spans), 0, -1):
        start, end = spans[0][0], spans[count - 1][1]
        fixed = repair_stutter(text[start:end], _validator(name))
        if fixed is not None and _dropped_values(name, text[start:end]) <= {fixed.value}:
            return Found(fixed.value, start, end, True, STUTTER_VALIDITY)
    return None


def _dropped_values(name: str, raw: str) -> set[str]:
    """The valid numbers left when one digit of `raw` that a fax may well have added is dropped: one of a
    digit read twice, or a 6, 8 or 9 beside a 0 (a zero's slash, `_split_zero`). A number read one digit
    too long is mended only when these all agree: "RPPS 103588076411" is 10358807641 with its 1 read
    twice, or 10358076411 with a zero's ghost dropped (set 28 s105, the second taken before): both pass
    the key, neither is taken.

    >>> sorted(_dropped_values("rpps", "103588076411")), _dropped_values("rpps", "104957370988")
    (['10358076411', '10358807641'], set())
    """
    digits = re.sub(r"\s", "", raw)
    if not digits.isascii() or not digits.isdigit():
        return set()
    doubled = [i for i in range(1, len(digits)) if digits[i] == digits[i - 1]]
    return {
        value
        for i in {*doubled, *_ghost_positions(digits)}
        if (value := valid_or_none(_validator(name), digits[:i] + digits[i + 1 :])) is not None
    }


# a slashed or dotted zero (the monospace fonts of tickets and old practice software) read as two glyphs:
# the 0 and a 6, 8 or 9 beside it ("ADELI 6068046655" for 068046655, "FINESS 5938710860" for 593871080)
ZERO_GHOSTS = frozenset("689")


def _split_zero(name: str, text: str, spans: list[tuple[int, int]]) -> Found | None:
    """Last resort for an identifier whose key checks every digit, read one digit too long: a 6, 8 or 9
    next to a 0 is the zero's slash read as a digit of its own. Dropped only when exactly one such drop
    validates; as plausible as a digit read twice (`STUTTER_VALIDITY`), never enough on its own."""
    if name not in _KEYED:
        return None
    for count in range(len(spans), 0, -1):
        start, end = spans[0][0], spans[count - 1][1]
        digits = re.sub(r"\s", "", text[start:end])
        if not digits.isascii() or not digits.isdigit():
            continue
        valid = _dropped_values(name, digits)  # a ghost's drop, unless a digit read twice reads otherwise
        if len(valid) == 1 and any(digits[:i] + digits[i + 1 :] in valid for i in _ghost_positions(digits)):
            return Found(valid.pop(), start, end, True, STUTTER_VALIDITY)
    return None


def _extra_digit(name: str, text: str, spans: list[tuple[int, int]]) -> Found | None:
    """Last resort for a NIR, an RPPS or an ADELI read one digit too long (a fax's speck or smear read as a
    digit of its own: "2950657109514109" for the NIR 295065710951409, "RPPS 104865549486" for
    10486559486, "N° ADELI 2428654462" for 242865442), after a digit read twice and a zero's slash
    (`_stuttered`, `_split_zero`): any one digit dropped, taken only when exactly one drop passes the
    number's key (`_EXTRA_DIGIT_KEYS`; a key passes 1 in 10 or 97 by chance); as plausible as a digit
    read twice (`STUTTER_VALIDITY`), never enough on its own.

    >>> _extra_digit("nir", "2950657109514109", [(0, 16)]).value
    '295065710951409'
    >>> _extra_digit("nir", "2570749164153358", [(0, 16)]) is None  # two drops check: none taken
    True
    >>> _extra_digit("rpps", "104865549486", [(0, 12)])
    Found(value='10486559486', start=0, end=12, repaired=True, validity=0.6, name=None)
    >>> _extra_digit("rpps", "104340163466", [(0, 12)]) is None  # two drops pass the key: none taken
    True
    >>> _extra_digit("adeli", "2428654462", [(0, 10)]).value, _extra_digit("adeli", "0428654462", [(0, 10)])
    ('242865442', None)
    """
    keyed = _EXTRA_DIGIT_KEYS.get(name)
    if keyed is None:
        return None
    length, passes = keyed
    for count in range(len(spans), 0, -1):
        start, end = spans[0][0], spans[count - 1][1]
        digits = re.sub(r"[\s:.\-]", "", text[start:end])
        if len(digits) != length + 1 or not digits.isascii() or not digits.isdigit():
            continue
        if name == "adeli" and digits.startswith("0"):
            return None  # ten digits opening on 0: a phone number beside the label, not an ADELI
        valid = {value for i in range(len(digits)) if passes(value := digits[:i] + digits[i + 1 :])}
        if len(valid) == 1:
            return Found(valid.pop(), start, end, True, STUTTER_VALIDITY)
    return None




def _ghost_positions(digits: str) -> list[int]:
    """Positions of a 6, 8 or 9 with a 0 just before or after it.

    >>> _ghost_positions("6068046655")
    [0, 2, 3]
    """
    return [
        i
        for i, digit in enumerate(digits)
        if digit in ZERO_GHOSTS and "0" in (digits[i - 1 : i] + digits[i + 1 : i + 2])
    ]


NIR_GUESS_VALIDITY = 0.6  # one character of a NIR supplied or corrected: a clerk checks it

def _nir_misread(name: str, text: str, spans: list[tuple[int, int]]) -> Found | None:
    """For a NIR whose key fails, before a digit read twice (`_stuttered`, which may leave a keyless
    temporary number of 13): its sex digit lost ("NIR 50 08 06 501 009 81", a thin "1"
    next to the label read as a speck), else one digit of its key read as a digit OCR takes for it
    ("... 280 62" for "... 280 02"), or one digit of its birth month ("1 83 88 99 ..." for "1 83 08 99
    ...", "2 66 18 29 ..." for "2 66 10 29 ...", a normal fax's 0 read 8; the month then mended to a real
    one, 01-12, the key checking every digit). Only one way of mending it may validate; held for a clerk.

    >>> _nir_misread("nir", "1 83 88 99 503 782 67", _id_groups("1 83 88 99 503 782 67", marks=True)).value
    '183089950378267'
    >>> _nir_misread("nir", "266182959853869", [(0, 15)]).value
    '266102959853869'
    >>> _nir_misread("nir", "266182959853868", [(0, 15)]) is None  # no one digit mends it
    True
    """
    if name != "nir" or not spans:
        return None
    start, end = spans[0][0], spans[-1][1]
    digits = re.sub(r"[\s:.]", "", text[start:end])
    if not digits.isascii() or not digits.isdigit():
        return None  # letters read for digits: `repair` has tried them
    if len(digits) == NIR_LENGTH - 1:
        mended = {sex + digits for sex in nir.SEXES if nir.is_valid(sex + digits)}
    elif len(digits) == NIR_LENGTH:
        mended = {digits[:-2] + key for key in _confused_keys(digits[-2:]) if nir.is_valid(digits[:-2] + key)}
        mended |= {
            number
            for month in _confused_keys(digits[3:5])
            if 1 <= int(month) <= 12 and nir.is_valid(number := digits[:3] + month + digits[5:])
        }
    else:
        return None
    return Found(mended.pop(), start, end, True, NIR_GUESS_VALIDITY) if len(mended) == 1 else None


NIR_LENGTH = 15

_EXTRA_DIGIT_KEYS: dict[str, tuple[int, Callable[[str], bool]]] = {
    "nir": (NIR_LENGTH, lambda number: nir.is_valid(number) and not nir.is_temporary(number)),
    "rpps": (rpps.LENGTH, lambda number: number.startswith("10") and rpps.is_valid(number)),
    "adeli": (adeli.LENGTH, adeli.checksum_ok),
}

# the digits a letter read inside a NIR may stand for: an "S" is a 5 or an 8 (its curves, closed or not)
_NIR_LOOKALIKES = {
    "O": "0", "o": "0", "D": "0", "Q": "0", "I": "1", "l": "1", "i": "1", "S": "58", "B": "8", "G": "6",
}  # fmt: skip
_LETTERED_GROUP = re.compile(r"[OoDQIliSBG]{1,2}")


def _lettered_nir(name: str, text: str) -> Found | None:
    """A NIR with a whole group read as letters ("NIR 2 99 OS 93 966 765 24": the month's 05): not a
    group of digits (`_id_groups`), so the number seemed to end before it. With at most one such group
    among the digit groups, each letter taken for the digits it looks like ("S": 5 or 8): when exactly one
    reading gives 15 digits whose key checks, that is the NIR, repaired (`REPAIRED_VALIDITY`).

    >>> _lettered_nir("nir", "2 99 OS 93 966 765 24 Prélèvement").value
    '299059396676524'
    >>> _lettered_nir("nir", "1 80 OS 76 634 304 02").value
    '180087663430402'
    >>> _lettered_nir("nir", "2 99 05 93 966 765 24"), _lettered_nir("nir", "2 99 OS 93 966 765 25")
    (None, None)
    """
    if name != "nir":
        return None
    lead = _LEAD.match(text)
    position = lead.end() if lead else 0
    tokens = list(re.finditer(r"\S+", text[position:]))[:8]
    groups: list[str] = []
    lettered = 0
    end = position
    for m in tokens:
        token = m.group(0).rstrip(".,;:)")
        if position + m.start() - end > 3 and groups:
            break
        if token.isascii() and token.isdigit():
            groups.append(token)
        elif groups and _LETTERED_GROUP.fullmatch(token) and lettered == 0:
            groups.append(token)
            lettered += 1
        else:
            break
        end = position + m.start() + len(token)
        if sum(len(g) for g in groups) >= NIR_LENGTH:
            break
    raw = "".join(groups)
    if lettered != 1 or len(raw) != NIR_LENGTH:
        return None
    options = [_NIR_LOOKALIKES.get(c, c) for c in raw]
    valid = {
        number
        for number in map("".join, itertools.product(*options))
        if nir.is_valid(number) and not nir.is_temporary(number)
    }
    if len(valid) != 1:
        return None
    start = position + tokens[0].start()
    return Found(valid.pop(), start, end, True, REPAIRED_VALIDITY)


MAX_UNSURE_GLYPHS = 2  # each a digit of ten (the sex: of two); more, and the key settles too little


def _glyphed_nir(name: str, text: str) -> Found | None:
    """Last resort for a NIR that none of the readings above checks: its groups read with a glyph or two
    that are no digit and look like none ("] 45 02 34 ...", "1511097 11$ 427 62": a fax blurs a 1 into a
    bracket, a "j", a "$"), a lone glyph where the sex digit is, or inside a group of digits. Each such
    glyph stands for any digit (the sex: 1 or 2), each letter that looks like a digit for that digit
    (`_NIR_LOOKALIKES`); when exactly one completion of the 15 characters checks under its key, that is the
    NIR, a guess a clerk checks (`NIR_GUESS_VALIDITY`). The key checks every digit, and the birth date
    read elsewhere confirms the year and month only when one glyph was guessed (`extract.check_nir_birth`).

    >>> _glyphed_nir("nir", ": ] 45 02 34 104 814 06").value, _glyphed_nir("nir", "1511097 11$ 427 62").value
    ('145023410481406', '151109711142762')
    >>> _glyphed_nir("nir", "] 45 02 34 104 814 07"), _glyphed_nir("nir", "1 45 02 34 104 le")
    (None, None)
    """
    if name != "nir":
        return None
    lead = _LEAD.match(text)
    position = lead.end() if lead else 0
    options: list[str] = []
    unsure = 0
    start = end = None
    for m in re.finditer(r"\S+", text[position:]):
        token = m.group(0).rstrip(".,;:)")
        if end is not None and position + m.start() - end > 3:
            break
        lone_sex = not options and len(token) == 1
        if not token or len(token) > 7 or not (lone_sex or any(c.isdigit() for c in token)):
            break
        for c in token:
            if c.isascii() and c.isdigit():
                options.append(c)
            elif c in "AB" and len(options) == 6 and options[5] == "2":
                options.append(c)  # a Corsican department
            elif c in _NIR_LOOKALIKES:
                options.append(_NIR_LOOKALIKES[c])
            else:
                options.append("12" if not options else "0123456789")
                unsure += 1
        start = position + m.start() if start is None else start
        end = position + m.start() + len(token)
        if len(options) >= NIR_LENGTH:
            break
    if start is None or end is None or len(options) != NIR_LENGTH or not 0 < unsure <= MAX_UNSURE_GLYPHS:
        return None
    valid = {
        number
        for number in map("".join, itertools.product(*options))
        if nir.is_valid(number) and not nir.is_temporary(number)
    }
    return Found(valid.pop(), start, end, True, NIR_GUESS_VALIDITY) if len(valid) == 1 else None


# digits a fax or a scan reads for one another ("8,00 €" for "0,00 €", "62" for "02")
CONFUSED_DIGITS = frozenset(frozenset(pair) for pair in ("08", "06", "09", "17", "38", "56", "58", "68"))


def _confused_keys(key: str) -> list[str]:
    """The keys one confusable digit away from `key`."""
    return [
        key[:i] + other + key[i + 1 :]
        for i in range(len(key))
        for other in "0123456789"
        if frozenset((key[i], other)) in CONFUSED_DIGITS
    ]


def _id_from_raw(name: str, raw: str, start: int, end: int) -> Found | None:
    if name in PRACTITIONER_FIELDS:
        return _practitioner_id(name, raw, start, end)
    if name == "amc_number":
        compact = re.sub(r"\s", "", raw)
        if not amc.is_valid(compact):
            return None
        long = len(compact) > max(AMC_DIGITS)
        ghostless = (_ghost_dropped(compact) or _doubled_dropped(compact)) if long else None
        return Found(compact, start, end) if ghostless is None else Found(ghostless, start, end, True, STUTTER_VALIDITY)
    fixed = repair(raw, _validator(name))
    if fixed is None:
        return None
    validity = 0.8 if fixed.repaired else 1.0
    if name == "nir" and nir.is_temporary(fixed.value):
        validity *= 0.85
    return Found(fixed.value, start, end, fixed.repaired, validity)


def _practitioner_id(name: str, raw: str, start: int, end: int) -> Found | None:
    order = {"rpps": ("rpps", "idnps", "adeli"), "adeli": ("adeli", "idnps", "rpps"), "finess": ("finess",)}[
        name
    ]
    for kind in order:
        fixed = repair(raw, _validator(kind))
        if fixed is None:
            if kind == "adeli" and name == "adeli" and adeli.is_valid(raw):
                return Found(adeli.compact(raw), start, end, False, 0.75)  # key fails: soft signal
            continue
        value, actual = fixed.value, kind
        if kind == "idnps":
            actual, value = idnps.split(value)
        validity = (0.8 if fixed.repaired else 1.0) * (1.0 if actual == name else 0.85)
        if actual == "rpps" and not value.startswith("1"):
            validity *= 0.8
        return Found(value, start, end, fixed.repaired, validity, None if actual == name else actual)
    return None


_GROUPS_RE = re.compile(r"(?<![\w])(?:[0-9A-Z]{1,6}[ \u00a0\u202f.]?){2,8}[0-9]|(?<!\w)\d{9,15}(?!\w)")
# a NIR born in Corsica holds its department "2A" / "2B" among the digits ("1 85 11 2A 367 226 23")
_NUMBER_RUN = re.compile(r"[0-9](?:[0-9 \u00a0\u202f.]|(?<=2)[AB]){8,24}[0-9AB](?![\w@])")


def number_runs(text: str) -> list[re.Match[str]]:
    """Runs of digit groups as long as an RPPS (11) or a NIR (15), tried from every group start:
    "KIN-2025-031 1 90 08 67 482 312 39" holds a NIR after the last group of the invoice number. A run
    too long may end early, at a group's end: "10712190361 29431591" is an RPPS, then the AM number
    printed in the next column.

    >>> [m.group(0) for m in number_runs("10712190361 29431591")]
    ['10712190361']
    >>> [m.group(0) for m in number_runs("22/11/1985 1 85 11 2A 367 226 23")]
    ['1 85 11 2A 367 226 23']
    """
    runs: list[re.Match[str]] = []
    covered = -1
    for start in (m.start() for m in re.finditer(r"(?<![\w@])[0-9]|(?<=[-/])[0-9]", text)):
        if start < covered:
            continue
        m = _NUMBER_RUN.match(text, start)
        if m is None:
            continue
        ends = [m.end()] + [k.start() for k in reversed(list(_GROUP_END.finditer(text, start, m.end())))]
        for end in ends:
            shorter = _NUMBER_RUN.match(text[:end], start)
            if shorter is not None and len(re.sub(r"[ \u00a0\u202f.]", "", shorter.group(0))) in (11, 15):
                runs.append(shorter)
                if end == m.end():
                    covered = end  # a run cut short leaves its later groups to the runs starting there
                break
    return runs


_GROUP_END = re.compile(r"(?<=[0-9])[ \u00a0\u202f.]")
