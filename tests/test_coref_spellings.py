"""Near spellings of a name: one person where the text shows a slip, two people
where nothing does (issue 20, item 7)."""

from __future__ import annotations

import random

import pytest

import personnel_events
from personnel_events import EntityLabel, Pipeline
from personnel_events.stages.coref import CorefStage
from personnel_events.stages.coref.spellings import LazySpellings, Spellings
from personnel_events.stages.tokenize import TokenizeStage
from test_coref_clusters import hand_built

_PIPE = Pipeline([TokenizeStage(), CorefStage()])


def people(text: str) -> dict[str, str]:
    """Each person's name mention -> the name of the person it was clustered into."""
    doc = _PIPE.run(text)
    return {
        m.text: doc.entities[m.entity].name
        for m in doc.mentions
        if m.kind.value == "name"
        and m.entity is not None
        and doc.entities[m.entity].label is EntityLabel.PERSON
    }


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        # separate sentences, each spelling written once: nothing tells a slip
        (
            "Carla Venditto was named treasurer of the club. "
            "Carla Venditti was named secretary of the club.",
            "Carla Venditto",
            "Carla Venditti",
        ),
        # two known given names, each written once
        (
            "Jon Brook was named finance chief. John Brook was named operations chief.",
            "Jon Brook",
            "John Brook",
        ),
        # one list writes both: two people, however often one is repeated
        (
            "The board elected Anna Kowalsky and Anna Kowalski. Kowalsky will chair it.",
            "Anna Kowalsky",
            "Anna Kowalski",
        ),
        (
            "Omar Brandt succeeds Omar Brant as chief executive. Brandt starts in May.",
            "Omar Brandt",
            "Omar Brant",
        ),
    ],
)
def test_coref_near_spellings_with_nothing_to_join_them_are_two_people(
    text: str, a: str, b: str
) -> None:
    names = people(text)
    assert names[a] == a
    assert names[b] == b


@pytest.mark.parametrize(
    ("text", "slip", "person"),
    [
        # a translation's slip of a known given name
        (
            "Margaret Hale will step down in June. Margaert Hale, the spokeswoman, "
            "confirmed it on Monday.",
            "Margaert Hale",
            "Margaret Hale",
        ),
        # the surname written once one way and twice the other
        (
            "Priyanka Desai was named finance chief. Priyanka Dessai joined the firm "
            "in 2019. Desai said she was proud.",
            "Priyanka Dessai",
            "Priyanka Desai",
        ),
        # a headline's slip, the article's spelling repeated
        (
            "Tomas Ferreira named chief executive\n\nThe board named Tomas Ferriera chief "
            "executive on Monday. Ferriera joined in 2010.",
            "Tomas Ferreira",
            "Tomas Ferriera",
        ),
    ],
)
def test_coref_near_spelling_the_text_shows_as_a_slip_is_one_person(
    text: str, slip: str, person: str
) -> None:
    names = people(text)
    assert names[slip] == names[person]


def test_coref_lone_surname_goes_to_its_own_spelling_before_a_near_one() -> None:
    names = people(
        "John Zabeson was named director. John Zabison was named treasurer. "
        "Zabison thanked the board. Zabeson said he was proud."
    )
    assert names["Zabeson"] == "John Zabeson"
    assert names["Zabison"] == "John Zabison"


@pytest.mark.xfail(strict=True, reason="coref cannot see that each name has its own change")
def test_coref_names_with_their_own_changes_are_two_people_even_when_one_recurs() -> None:
    names = people(
        "John Zabeson was named director. John Zabison was named treasurer. "
        "Zabeson said he was proud."
    )
    assert names["John Zabison"] == "John Zabison"


@pytest.mark.xfail(strict=True, reason="a given name that starts another is read as its short form")
def test_coref_two_given_names_one_the_others_prefix_are_two_people() -> None:
    names = people("Daniel Brook was named finance chief. Danielle Brook was named COO.")
    assert names["Danielle Brook"] == "Danielle Brook"


_SYMONE, _SYMPHONE = ("Symone", "Sanders"), ("Symphone", "Sanders")
_ZABESON, _ZABISON = ("John", "Zabeson"), ("John", "Zabison")


@pytest.mark.parametrize(
    ("known", "new", "sentences", "one"),
    [
        (_SYMONE, _SYMPHONE, ["[Symone Sanders] .", "[Symphone Sanders] ."], True),
        (_SYMONE, _SYMPHONE, ["[Symone Sanders] and [Symphone Sanders] ."], False),
        (_ZABESON, _ZABISON, ["[John Zabeson] .", "[John Zabison] ."], False),
        (_ZABESON, _ZABISON, ["[John Zabeson] .", "[John Zabison] .", "[Zabeson] ."], True),
        (
            _ZABESON,
            _ZABISON,
            ["[John Zabeson] .", "[John Zabison] .", "[Zabeson] [Zabison] ."],
            False,
        ),
    ],
)
def test_spellings_one_person(
    known: tuple[str, str], new: tuple[str, str], sentences: list[str], one: bool
) -> None:
    doc, mentions = hand_built(*sentences)
    assert Spellings.of(doc.tokens, mentions).one_person(known, new) is one
    assert LazySpellings(doc.tokens, mentions).one_person(known, new) is one


def test_issue_20_three_hundred_surnames_one_letter_apart_are_three_hundred_people() -> None:
    rng = random.Random(1)
    names: set[str] = set()
    while len(names) < 300:
        syllables = (rng.choice("aeiou") + rng.choice("bdklmnprst") for _ in range(2))
        names.add("Z" + "".join(syllables) + "son")
    text = " ".join(f"John {n} was named director of the agency." for n in sorted(names))
    assert len(personnel_events.parse(text)) == 300
