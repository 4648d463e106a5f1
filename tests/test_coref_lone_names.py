"""A person named by one word in a headline or a lead ("Orbis names Roe CEO"), told
by how the text uses the word, and organisations that such a use does not make
people."""

from __future__ import annotations

import pytest

from personnel_events import parse
from personnel_events.members import FORM_ING, START
from personnel_events.names import succeeding_participles
from personnel_events.stages.patterns.triggers import default_forms


def _events(text: str) -> list[tuple[str, str, str | None]]:
    """(type, person, role) of each event of ``text``."""
    return [(e.type, e.person, e.role) for e in parse(text, published="2024-03-06")]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Orbis names Roe CEO", ("START", "Roe", "CEO")),
        ("Ikeja Cement elevates Adeyemi to MD", ("START", "Adeyemi", "MD")),
        ("Brightwell appoints Okafor as its new chief executive",
         ("START", "Okafor", "chief executive")),
        ("Royce exits Ardent after board clash", ("END", "Royce", None)),
        ("Mendes resigns after clash with board", ("END", "Mendes", None)),
        ("Eriksen stepped down as chief executive of Nordvik Shipping in 2021.",
         ("END", "Eriksen", "chief executive")),
        ("Vasquez, 52, will also join the Corvid board.", ("START", "Vasquez", None)),
        ("Kessler took over as chief executive in May.",
         ("START", "Kessler", "chief executive")),
        ("Roe takes up her new role as Orbis chief executive next month.",
         ("START", "Roe", "chief executive")),
    ],
)  # fmt: skip
def test_a_lone_word_used_as_a_person_is_one(text: str, event: tuple[str, str, str | None]) -> None:
    assert [e[:2] for e in _events(text)] == [event[:2]]
    if event[2] is not None:
        assert _events(text)[0][2] == event[2]


@pytest.mark.parametrize(
    "text",
    [
        "Orbis names Lazard as adviser on the sale",
        "Orbis exits Russia after sanctions",
        "Orbis quits Ardent venture",
        "Orbis takes over Ardent in a cash deal",
    ],
)
def test_a_lone_word_a_firm_or_place_may_be_stays_no_person(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause of no change between the word and its verb of change
        ("Ash, who led Orbis Bank for a decade, retires in May.",
         [("END", "Ash", None)]),
        ("Ash, who founded the firm in 1990, will step down as chairman.",
         [("END", "Ash", "chairman")]),
        # "which": a thing's clause, no person
        ("Orbis, which was founded in 1990, named Jane Roe chief executive.",
         [("START", "Jane Roe", "chief executive")]),
    ],
)  # fmt: skip
def test_a_lone_word_is_a_person_by_the_verb_after_its_relative_clause(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert sorted(_events(text)) == expected


def test_a_lone_word_with_a_relative_clause_of_change_is_a_person() -> None:
    text = (
        "Eriksen, who stepped down as Nordvik Shipping CEO in 2021, has been named "
        "chairman of Baltic Ferries."
    )
    assert sorted(_events(text)) == [("END", "Eriksen", "CEO"), ("START", "Eriksen", "chairman")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one a successor replaces, where a post or a relative "who" follows
        ("Jane Roe will take over from Ash as chief executive in May.",
         [("END", "Ash", "chief executive"), ("START", "Jane Roe", "chief executive")]),
        ("Jane Roe succeeded Ash as head coach of Westbury Rovers.",
         [("END", "Ash", "head coach"), ("START", "Jane Roe", "head coach")]),
        ("Orbis Bank named Jane Roe chief executive, replacing Ash, who retired.",
         [("END", "Ash", "chief executive"), ("START", "Jane Roe", "chief executive")]),
        # a relative clause of change after the word, not at the sentence's start: the
        # word is the one who leaves, not the sentence's subject
        ("Orbis Bank named Jane Roe chief executive. She succeeds Ash, who retires in May.",
         [("END", "Ash", "chief executive"), ("START", "Jane Roe", "chief executive")]),
        # a firm hired for a post, a club or a product replaced: no person
        ("Orbis Bank replaced Lazard as auditor.", []),
        ("Velt Energy took over from Orbis as sponsor of the league.", []),
        ("The club, which replaced Westbury in the league, named Jane Roe coach.",
         [("START", "Jane Roe", "coach")]),
    ],
)  # fmt: skip
def test_a_lone_word_replaced_by_a_successor_is_a_person(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert sorted(_events(text)) == expected


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # a one-word team takes the plural past a who-clause, as right after its name
        ("Westbury, who finished third last season, have appointed Jane Roe as manager.",
         "Westbury"),
        ("Korvel, who were relegated in May, have sacked manager Jane Roe.", "Korvel"),
        ("Korvel have appointed Jane Roe as manager.", "Korvel"),
        # a person takes the singular
        ("Roe, who led the club for a decade, has resigned as manager.", None),
    ],
)  # fmt: skip
def test_a_lone_word_taking_the_plural_past_a_who_clause_is_a_team(
    text: str, org: str | None
) -> None:
    assert [e.org for e in parse(text, published="2024-03-06")] == [org]


def test_the_participles_of_succession_are_those_the_pattern_stage_matches() -> None:
    # the coreference stage derives them from triggers.tsv as the pattern stage does
    matched = {
        s.words[0]
        for surfaces in default_forms().values()
        for s in surfaces
        if s.form is FORM_ING
        and len(s.words) == 1
        and s.trigger.frame.value == "succ"
        and s.trigger.type is START
    }
    assert succeeding_participles() == matched
