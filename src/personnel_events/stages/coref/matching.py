"""Whether two names may be one person's: folding, given names (initials,
prefixes, near spellings), surnames (near spellings), and an index of the people
found so far that answers in the same time however many people the text names."""

from __future__ import annotations

import collections
import difflib
import functools
import unicodedata
from collections.abc import Sequence

from ...model import EntityLabel, Mention, Token
from ...names import is_initial

#: How many people sharing a given name are tried for a near spelling of the surname.
SAME_GIVEN_NAME_REACH = 16
#: How many forms of one person's name are kept to match later mentions against
#: ("Symone Sanders", "Symphone Sanders", "S. Sanders"); a real person has a few.
MAX_NAME_FORMS = 8
#: How many people with a surname of the same initial are tried for a near spelling.
NEAR_SPELLING_REACH = 64


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case without accents: the key names are compared by."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower().rstrip(".")


@functools.lru_cache(maxsize=65536)
def given_names_compatible(a: str, b: str) -> bool:
    """Two given names that may be the same person's: equal, initial, prefix or near spelling."""
    a, b = fold(a), fold(b)
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    if a.startswith(b) or b.startswith(a):
        return True
    return _similar(a, b, 0.8)


@functools.lru_cache(maxsize=65536)
def surnames_compatible(a: str, b: str) -> bool:
    """Two surnames that may be the same person's: equal, or a near spelling of a
    surname longer than four letters."""
    a, b = fold(a), fold(b)
    return a == b or (len(a) > 4 and _similar(a, b, 0.85))


def _similar(a: str, b: str, threshold: float) -> bool:
    """difflib's ratio at least ``threshold``, its cheap upper bounds tried first."""
    sm = difflib.SequenceMatcher(None, a, b)
    return (
        sm.real_quick_ratio() >= threshold
        and sm.quick_ratio() >= threshold
        and sm.ratio() >= threshold
    )


def name_parts(tokens: Sequence[Token], m: Mention) -> tuple[str, str]:
    """(given name, surname) of a name mention; given is '' for a lone word."""
    words = [t.text for t in tokens[m.first_token : m.last_token] if not is_initial(t)]
    if not words:
        words = [tokens[m.first_token].text]
    if len(words) == 1:
        return "", words[0]
    return words[0], words[-1]


class PersonIndex:
    """People's names by folded surname and given name, so that finding a person
    costs the same however many people the document names."""

    def __init__(self) -> None:
        self.by_surname: dict[str, set[int]] = {}
        # The people most recently given a name: near spellings of a surname are only
        # tried against them, so a text naming thousands of Johns stays linear.
        self.by_given: dict[str, collections.deque[int]] = {}
        self._seen: set[tuple[int, str, str]] = set()
        self.by_initial: dict[str, collections.deque[tuple[str, int]]] = {}

    def add(self, ei: int, given: str, surname: str) -> None:
        if (ei, given, surname) in self._seen:
            return
        self._seen.add((ei, given, surname))
        key = fold(surname)
        self.by_surname.setdefault(key, set()).add(ei)
        if given:
            recent = self.by_given.setdefault(
                fold(given), collections.deque(maxlen=SAME_GIVEN_NAME_REACH)
            )
            if ei not in recent:
                recent.append(ei)
        bucket = self.by_initial.setdefault(key[:1], collections.deque(maxlen=NEAR_SPELLING_REACH))
        bucket.append((surname, ei))

    def exact(self, given: str, surname: str) -> set[int]:
        """People sharing the surname or the given name."""
        out = set(self.by_surname.get(fold(surname), ()))
        if given:
            out.update(self.by_given.get(fold(given), ()))
        return out

    def near(self, word: str) -> set[int]:
        """People whose surname is the word, a near spelling of it, or whose given
        name is the word."""
        out = set(self.by_surname.get(fold(word), ()))
        out.update(self.by_given.get(fold(word), ()))
        for s, ei in self.by_initial.get(fold(word)[:1], ()):
            if ei not in out and surnames_compatible(word, s):
                out.add(ei)
        return out


def find_person(
    parts: list[list[tuple[str, str]]],
    labels: list[EntityLabel],
    genders: list[str | None],
    given: str,
    surname: str,
    gender: str | None,
    candidates: set[int],
) -> int | None:
    """The latest of ``candidates`` that a full name (given, surname) may name: one
    of its names has the surname and a compatible given name, or the given name and
    a near spelling of the surname; never a person of the other sex."""
    for ei in sorted(candidates, reverse=True):
        if labels[ei] is not EntityLabel.PERSON:
            continue
        if gender and genders[ei] and gender != genders[ei]:
            continue
        for g, s in parts[ei]:
            same_surname = fold(s) == fold(surname)
            if same_surname and (not g or given_names_compatible(g, given)):
                return ei
            if g and fold(g) == fold(given) and surnames_compatible(s, surname):
                return ei
    return None
