"""Whether two names may be one person's: folding, given names (initials,
prefixes, near spellings), surnames (near spellings), and an index of the people
found so far that answers in the same time however many people the text names."""

from __future__ import annotations

import collections
import difflib
import functools
import unicodedata
from collections.abc import Callable, Sequence

from rapidfuzz import process
from rapidfuzz.distance import Indel

from ...model import EntityLabel, Mention, Token
from ...names import is_initial
from .enums import PERSON

#: How many people sharing a given name are tried for a near spelling of the surname.
SAME_GIVEN_NAME_REACH = 16
#: How many people sharing a surname are tried for a full name (the latest named
#: with it), besides those named with exactly the same given name and surname: a
#: text naming hundreds of Lees stays linear.
SAME_SURNAME_REACH = 64
#: How many forms of one person's name are kept to match later mentions against
#: ("Symone Sanders", "Symphone Sanders", "S. Sanders"); a real person has a few.
MAX_NAME_FORMS = 8
#: How many people with a surname of the same initial are tried for a near spelling.
NEAR_SPELLING_REACH = 64
#: How alike two given names must be (difflib's ratio) to be near spellings.
GIVEN_NAME_SIMILARITY = 0.8
#: How alike two surnames must be, and how long, to be near spellings.
SURNAME_SIMILARITY = 0.85
SURNAME_MIN_NEAR = 5


def fold(text: str) -> str:
    """Lower case without accents: the key names are compared by."""
    if text.isascii():  # nothing to decompose: cheaper than a cache
        return text.lower().rstrip(".")
    return _fold_accented(text)


@functools.lru_cache(maxsize=8192)
def _fold_accented(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower().rstrip(".")


@functools.lru_cache(maxsize=65536)
def given_names_compatible(a: str, b: str) -> bool:
    """Two given names that may be the same person's: equal, initial, prefix or near spelling."""
    return given_names_alike(a, b) or given_names_near(a, b)


def given_names_alike(a: str, b: str) -> bool:
    """Two given names written alike: equal, an initial of the other, or a prefix."""
    a, b = fold(a), fold(b)
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return a.startswith(b) or b.startswith(a)


def given_names_near(a: str, b: str) -> bool:
    """Two given names a near spelling apart ("Symone", "Symphone"), not alike."""
    a, b = fold(a), fold(b)
    if len(a) == 1 or len(b) == 1 or given_names_alike(a, b):
        return False
    return _similar(a, b, GIVEN_NAME_SIMILARITY)


@functools.lru_cache(maxsize=65536)
def surnames_compatible(a: str, b: str) -> bool:
    """Two surnames that may be the same person's: equal, or a near spelling of a
    surname longer than four letters."""
    a, b = fold(a), fold(b)
    return a == b or (len(a) >= SURNAME_MIN_NEAR and _similar(a, b, SURNAME_SIMILARITY))


def _similar(a: str, b: str, threshold: float) -> bool:
    """difflib's ratio (2 x matched characters / both lengths) at least ``threshold``.

    Two upper bounds of that ratio come first, so that most pairs cost no
    ``SequenceMatcher``: the length bound 2 x shorter / both lengths, then
    rapidfuzz's Indel similarity, 2 x longest common subsequence / both lengths
    (difflib's matching blocks are one common subsequence, so never longer).
    """
    la, lb = len(a), len(b)
    if 2 * min(la, lb) < threshold * (la + lb):
        return False
    if Indel.normalized_similarity(a, b) < threshold - _ROUNDING:
        return False
    return _difflib_ratio(a, b) >= threshold


#: Slack for the bounds, so that rounding never rejects a pair difflib accepts.
_ROUNDING = 1e-9
#: Up to how many surnames of one initial are scored one by one rather than in one
#: call of ``rapidfuzz.process.extract`` (the same scores either way).
_FEW_SURNAMES = 8


def _difflib_ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b).ratio()


def name_parts(tokens: Sequence[Token], m: Mention) -> tuple[str, str]:
    """(given name, surname) of a name mention; given is '' for a lone word."""
    first, last = m.first_token, m.last_token
    if last - first == 1:
        return "", tokens[first].text
    if not is_initial(tokens[first]) and not is_initial(tokens[last - 1]):
        return tokens[first].text, tokens[last - 1].text  # what the steps below give
    words = [t.text for t in tokens[m.first_token : m.last_token] if not is_initial(t)]
    if not words:
        words = [tokens[m.first_token].text]
    if len(words) == 1:
        return "", words[0]
    return words[0], words[-1]


class PersonIndex:
    """People's names by folded surname and given name, so that finding a person
    costs the same however many people the document names."""

    # Short lists rather than sets and deques: most names belong to one person, and
    # an empty set or deque costs 200 to 600 bytes (a long text names thousands).

    def __init__(self) -> None:
        # folded surname -> the people with it, each once
        self.by_surname: dict[str, list[int]] = {}
        # The people most recently given a name (the latest SAME_GIVEN_NAME_REACH):
        # near spellings of a surname are only tried against them, so a text naming
        # thousands of Johns stays linear.
        self.by_given: dict[str, list[int]] = {}
        # (folded given name, folded surname) -> the people so named, each once
        self.by_full: dict[tuple[str, str], list[int]] = {}
        self._seen: set[tuple[int, str, str]] = set()
        # folded surnames by initial, the latest few
        self.by_initial: dict[str, collections.deque[tuple[str, int]]] = {}

    def add(self, ei: int, given: str, surname: str, keys: tuple[str, str] | None = None) -> None:
        """Person ``ei`` is named (given, surname) (``keys``: both folded, where known)."""
        if (ei, given, surname) in self._seen:
            return
        self._seen.add((ei, given, surname))
        folded, key = (fold(given), fold(surname)) if keys is None else keys
        people = self.by_surname.get(key)
        if people is None:
            self.by_surname[key] = [ei]
        elif ei not in people:
            people.append(ei)
        if given:
            full = self.by_full.setdefault((folded, key), [])
            if ei not in full:
                full.append(ei)
            recent = self.by_given.setdefault(folded, [])
            if ei not in recent:
                recent.append(ei)
                if len(recent) > SAME_GIVEN_NAME_REACH:
                    del recent[0]
        bucket = self.by_initial.get(key[:1])
        if bucket is None:  # not setdefault: a deque made for every name costs
            bucket = self.by_initial[key[:1]] = collections.deque(maxlen=NEAR_SPELLING_REACH)
        bucket.append((key, ei))

    def exact(self, given: str, surname: str, keys: tuple[str, str] | None = None) -> set[int]:
        """People sharing the surname (the latest :data:`SAME_SURNAME_REACH` named
        with it, and any named with the same given name too) or the given name (the
        latest :data:`SAME_GIVEN_NAME_REACH`); ``keys``: both names folded, where known."""
        folded, key = (fold(given), fold(surname)) if keys is None else keys
        out = set(self.by_surname.get(key, ())[-SAME_SURNAME_REACH:])
        if given:
            out.update(self.by_full.get((folded, key), ()))
            out.update(self.by_given.get(folded, ()))
        return out

    def near(self, word: str) -> set[int]:
        """People whose surname is the word, a near spelling of it, or whose given
        name is the word."""
        exact, near = self.lookup(word)
        return exact | near

    def lookup(self, word: str) -> tuple[set[int], set[int]]:
        """People whose surname or given name is the word, and the other people whose
        surname is a near spelling of it."""
        exact = self.named(word)
        return exact, self.near_spellings(word, exact)

    def named(self, word: str, key: str | None = None) -> set[int]:
        """People whose surname or given name is the word (``key``: the word folded,
        where known)."""
        if key is None:
            key = fold(word)
        exact = set(self.by_surname.get(key, ()))
        exact.update(self.by_given.get(key, ()))
        return exact

    def near_spellings(self, word: str, exact: set[int], key: str | None = None) -> set[int]:
        """People not in ``exact`` whose surname is a near spelling of the word
        (``key``: the word folded, where known)."""
        if key is None:
            key = fold(word)
        near: set[int] = set()
        bucket = self.by_initial.get(key[:1])
        if bucket and len(key) >= SURNAME_MIN_NEAR:  # as in surnames_compatible
            cutoff = SURNAME_SIMILARITY - _ROUNDING
            if len(bucket) <= _FEW_SURNAMES:
                # a few surnames: scored one by one, cheaper than setting up the call below
                for s, ei in bucket:
                    if (
                        Indel.normalized_similarity(key, s, score_cutoff=cutoff) >= cutoff
                        and ei not in exact
                        and _difflib_ratio(key, s) >= SURNAME_SIMILARITY
                    ):
                        near.add(ei)
                return near
            # One call scores the whole bucket (with rapidfuzz's own length bound);
            # the few that pass are confirmed with difflib, as in _similar.
            found = process.extract(
                key,
                [s for s, _ in bucket],
                scorer=Indel.normalized_similarity,
                processor=None,
                score_cutoff=cutoff,
                limit=None,
            )
            for s, _score, k in found:
                ei = bucket[k][1]
                if ei not in exact and _difflib_ratio(key, s) >= SURNAME_SIMILARITY:
                    near.add(ei)
        return near


#: Whether two full names (given, surname) a near spelling apart may be one
#: person's: the name known so far, then the new one.
OnePerson = Callable[[tuple[str, str], tuple[str, str]], bool]


def _always(_known: tuple[str, str], _new: tuple[str, str]) -> bool:
    return True


def find_person(
    parts: list[list[tuple[str, str]]],
    labels: list[EntityLabel],
    genders: list[str | None],
    given: str,
    surname: str,
    gender: str | None,
    candidates: set[int],
    one_person: OnePerson = _always,
) -> int | None:
    """The latest of ``candidates`` that a full name (given, surname) may name: one
    of its names has the surname and a given name written alike; or, where
    ``one_person`` allows, the surname and a near spelling of the given name, or the
    given name and a near spelling of the surname. Never a person of the other sex."""
    new = (given, surname)
    folded_surname = fold(surname)
    for ei in sorted(candidates, reverse=True):
        if labels[ei] is not PERSON:
            continue
        if gender and genders[ei] and gender != genders[ei]:
            continue
        for g, s in parts[ei]:
            if fold(s) == folded_surname:
                if not g or given_names_alike(g, given):
                    return ei
                if given_names_near(g, given) and one_person((g, s), new):
                    return ei
            elif (
                g
                and fold(g) == fold(given)
                and surnames_compatible(s, surname)
                and one_person((g, s), new)
            ):
                return ei
    return None
