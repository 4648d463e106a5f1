"""The name-matching module of coreference alone: near spellings, name parts,
the index of people."""

from __future__ import annotations

import difflib
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from personnel_events.stages.coref.matching import (
    NEAR_SPELLING_REACH,
    SAME_GIVEN_NAME_REACH,
    SAME_SURNAME_REACH,
    PersonIndex,
    _similar,
    fold,
    surnames_compatible,
)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Sanders", "Sanders", True),
        ("Sanders", "Sandres", True),  # a transposition in a long surname
        ("Achterberg", "Achterburg", True),
        ("Lee", "Lea", False),  # short surnames must be spelt alike
        ("Sanders", "Saunders", True),
        ("Wills", "Mills", False),
        ("Müller", "Muller", True),
        # one common subsequence of 7 letters, but difflib matches only 6: apart
        ("Obutusos", "Obutuors", False),
    ],
)
def test_matching_surnames_compatible(a: str, b: str, same: bool) -> None:
    assert surnames_compatible(a, b) is same


def test_matching_index_finds_a_surname_its_near_spelling_and_a_given_name() -> None:
    index = PersonIndex()
    index.add(0, "Symone", "Sanders")
    index.add(1, "Tom", "Ash")
    assert index.near("Sanders") == {0}
    assert index.near("Sandres") == {0}
    assert index.near("Symone") == {0}
    assert index.near("Ashe") == set()  # four letters: no near spelling
    assert index.exact("Tom", "Webb") == {1}  # the same given name


_SYLLABLES = st.lists(
    st.sampled_from(["a", "e", "o", "b", "d", "r", "n", "s", "an", "er"]), max_size=8
)
_NAMES = _SYLLABLES.map("".join)


@st.composite
def _near_pairs(draw: st.DrawFn) -> tuple[str, str]:
    """A name and the same name with a few letters changed, dropped or added."""
    a = draw(_NAMES)
    b = a
    for _ in range(draw(st.integers(1, 3))):
        k = draw(st.integers(0, len(b)))
        letter = draw(st.sampled_from("aeobdrns"))
        b = draw(
            st.sampled_from(
                [b[:k] + letter + b[k + 1 :], b[:k] + b[k + 1 :], b[:k] + letter + b[k:]]
            )
        )
    return a, b


@settings(max_examples=1000, deadline=None)
@given(st.one_of(st.tuples(_NAMES, _NAMES), _near_pairs()), st.sampled_from([0.8, 0.85]))
def test_matching_near_spelling_is_difflibs_ratio(pair: tuple[str, str], threshold: float) -> None:
    a, b = pair
    # the cheap bounds tried first never change the answer
    assert _similar(a, b, threshold) is (difflib.SequenceMatcher(None, a, b).ratio() >= threshold)


@settings(max_examples=100, deadline=None)
@given(st.lists(_NAMES.map(lambda s: "K" + s), min_size=1, max_size=80), _NAMES)
def test_matching_index_near_tries_every_recent_surname(surnames: list[str], tail: str) -> None:
    index = PersonIndex()
    for ei, surname in enumerate(surnames):
        index.add(ei, "", surname)
    word = "K" + tail
    recent = list(enumerate(surnames))[-NEAR_SPELLING_REACH:]
    expected = {ei for ei, s in enumerate(surnames) if s.lower() == word.lower()}
    expected |= {ei for ei, s in recent if surnames_compatible(word, s)}
    assert index.near(word) == expected


@given(st.text(max_size=12))
def test_matching_fold_drops_accents_case_and_final_dots(text: str) -> None:
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    assert fold(text) == bare.lower().rstrip(".")


def test_matching_index_keeps_each_person_once_and_the_latest_of_a_given_name() -> None:
    index = PersonIndex()
    people = SAME_GIVEN_NAME_REACH + 4
    for ei in range(people):
        index.add(ei, "John", f"Roe{ei}")
        index.add(ei, "J.", f"Roe{ei}")  # another form of the same person
    index.add(0, "John", "Webb")  # an old John named again is a recent one again
    index.add(people, "Ann", "Roe3")
    assert index.by_surname["roe3"] == [3, people]
    recent = {0, *range(people - SAME_GIVEN_NAME_REACH + 1, people)}
    assert index.exact("John", "Nobody") == recent
    assert index.exact("Ann", "Roe3") == {3, people}


def test_matching_index_tries_the_latest_people_of_a_surname_and_every_namesake() -> None:
    index = PersonIndex()
    index.add(0, "John", "Lee")
    others = SAME_SURNAME_REACH + 6
    for ei in range(1, others + 1):
        index.add(ei, f"Given{ei}", "Lee")
    latest = set(range(others + 1 - SAME_SURNAME_REACH, others + 1))
    assert index.exact("Mary", "Lee") == latest  # a text naming hundreds of Lees stays linear
    assert index.exact("John", "Lee") == latest | {0}  # the same full name is always found
    assert index.near("Lee") == set(range(others + 1))  # a lone surname: every Lee
