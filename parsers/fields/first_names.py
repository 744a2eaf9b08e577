"""First names read by OCR, checked against a reference list of first names with their frequency in
France (Jörg Michael's nam_dict.txt, as shipped by the gender-guesser package). A fax or a scan loses a
diaeresis ("Anais" for "Anaïs", "Jean-Loic") or misreads one letter ("Syivie", "Maëlile"): a clerk puts
back the usual French spelling. Only the first-name words of an OCR reading are touched, never a surname
(no list of surnames) and never what a PDF's text layer says.

The rule, word by word (each part of a hyphenated first name apart):

- a word that is a French first name of the list stays; the list writes capitals without accents
  ("Elodie"), so "Élodie" is one too;
- else the most frequent French name with the same letters, accents aside, when it only adds or changes
  accents ("Anais" → "Anaïs"), never takes one away: "Maëva" (not listed, "Maeva" is) stays as read;
- else, for a word no country's list knows, of four letters or more, the one French name one edit away,
  when exactly one French name more than rare is that close ("Syivie" → "Sylvie", "Maëlile" → "Maëlle")."""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources

from parsers.fields.labels import edit_distance, fold

# nam_dict.txt's layout (its header): the kind in columns 0-1, the name from column 3 to 28, a sorting
# mark in column 29 ("+": a line repeated for expanded umlauts, to skip), then one hexadecimal frequency
# per country from column 30 (1 = rare ... D = extremely common; blank: not used), France being the 8th.
_NAME_START, _NAME_END = 3, 29
_SORT_MARK = 29
_FRANCE = 30 + 7
FREQUENT = 2  # more than rare in France: a name one edit away is taken only at this frequency or more
SHORTEST_GUESS = 4  # letters: a shorter word is one edit away from too many names


@dataclass(frozen=True)
class FirstNames:
    french: dict[str, int]  # spelling -> frequency in France (1-13)
    by_letters: dict[str, list[str]]  # folded spelling -> French spellings, most frequent first
    known: frozenset[str]  # every name of the list, any country, folded


def _lines() -> Iterator[str]:
    with resources.files("gender_guesser").joinpath("data/nam_dict.txt").open(encoding="utf-8") as source:
        yield from source


@functools.cache
def first_names() -> FirstNames:
    """The list, read once on first use: French names with their frequency, and every name folded."""
    french: dict[str, int] = {}
    known: set[str] = set()
    for line in _lines():
        if line[:1] in ("#", "=", "") or len(line) <= _FRANCE or line[_SORT_MARK] == "+":
            continue
        name = line[_NAME_START:_NAME_END].strip()
        if not name or "+" in name:  # "Jun+Wei": an Asian name's joined forms
            continue
        known.add(fold(name))
        frequency = line[_FRANCE].strip()
        if frequency:
            french[name] = max(french.get(name, 0), int(frequency, 16))
    by_letters: dict[str, list[str]] = {}
    for name in sorted(french, key=lambda n: (-french[n], n)):
        by_letters.setdefault(fold(name), []).append(name)
    return FirstNames(french, by_letters, frozenset(known))


def _plain(char: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))


def _listed(word: str, names: FirstNames) -> bool:
    """A French name of the list, the accent of a capital aside ("Élodie" for the list's "Elodie")."""
    return word in names.french or _plain(word[:1]) + word[1:] in names.french


def is_first_name(word: str) -> bool:
    """A capitalised word that is a French first name of the list, as printed ("François", "Élodie")."""
    return word[:1].isupper() and word[1:].islower() and _listed(word, first_names())


def _keeps_accents(read: str, listed: str) -> bool:
    """The listed spelling keeps every accent read after the first letter (OCR loses accents, a name
    list may lack a spelling): "Anais" → "Anaïs" and "Anaîs" → "Anaïs" do, "Maëva" → "Maeva" does not."""
    if len(read) != len(listed):
        return False
    return all(r == _plain(r) or s != _plain(s) for r, s in zip(read[1:], listed[1:], strict=True))


def correct_word(word: str, names: FirstNames | None = None) -> str:
    """One first-name word (no hyphen) as the list spells it, or as read.

    >>> correct_word("Anais"), correct_word("Loic"), correct_word("Syivie"), correct_word("Maëlile")
    ('Anaïs', 'Loïc', 'Sylvie', 'Maëlle')
    >>> correct_word("Élodie"), correct_word("Maëva"), correct_word("Maeva"), correct_word("Mathis")
    ('Élodie', 'Maëva', 'Maeva', 'Mathis')
    """
    names = names or first_names()
    if not (word[:1].isupper() and word[1:].islower() and word.isalpha()) or _listed(word, names):
        return word
    folded = fold(word)
    same = names.by_letters.get(folded)
    if same:
        return next((name for name in same if _keeps_accents(word, name)), word)
    if len(folded) < SHORTEST_GUESS or folded in names.known:
        return word  # a name of another country, read right
    near = [
        name
        for spelling, group in names.by_letters.items()
        if abs(len(spelling) - len(folded)) <= 1 and edit_distance(spelling, folded, 1) == 1
        for name in group
        if names.french[name] >= FREQUENT
    ]
    if len(near) != 1 or not _look_alike_edit(folded, fold(near[0])):
        return word
    return near[0]


# Letters a fax or a scan takes for one another: thin strokes, round ones, arches ("Syivie" for "Sylvie",
# "Micbel"); a thin stroke is also read where there was none, or lost ("Maëlile" for "Maëlle").
_LOOK_ALIKE = ("iljtfr", "ceo", "nmu", "hb")
_THIN = set(_LOOK_ALIKE[0])


def _look_alike_edit(read: str, name: str) -> bool:
    """One edit apart, by a look-alike letter, or a thin one more or less.

    >>> _look_alike_edit("syivie", "sylvie"), _look_alike_edit("maelile", "maelle")
    (True, True)
    >>> _look_alike_edit("eloane", "eliane"), _look_alike_edit("mathis", "mathias")
    (False, False)
    """
    if len(read) == len(name):
        pairs = [(a, b) for a, b in zip(read, name, strict=True) if a != b]
        return len(pairs) == 1 and any(set(pairs[0]) <= set(group) for group in _LOOK_ALIKE)
    longer, shorter = (read, name) if len(read) > len(name) else (name, read)
    extra = next((i for i, (a, b) in enumerate(zip(longer, shorter, strict=False)) if a != b), len(shorter))
    return longer[:extra] + longer[extra + 1 :] == shorter and longer[extra] in _THIN


def correct_first_names(value: str) -> str:
    """A "LASTNAME Firstname" value with each first-name word (upper-case words are the surname) and
    each part of a hyphenated one spelt as the French list has it.

    >>> correct_first_names("VANDENBERGHE Jean-Loic"), correct_first_names("LE GALL Anais Marie")
    ('VANDENBERGHE Jean-Loïc', 'LE GALL Anaïs Marie')
    """
    words = value.split(" ")
    for i, word in enumerate(words):
        if word.isupper():
            continue
        words[i] = "-".join(correct_word(part) for part in word.split("-"))
    return " ".join(words)
