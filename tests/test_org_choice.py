"""Which organisation a post belongs to (issue 16): the body based in a town,
not the town; no time word; the state or country of a government post, not a
party or "the Cabinet"; no news agency of a credit line, no title's
abbreviation; a team named in the plural, not the league; the new post's
body, not the one the person comes from. Every sentence is written for the
project; each group shows the construction in several forms."""

from __future__ import annotations

import pytest

from conftest import events_of
from personnel_events import default_pipeline
from personnel_events.stages.patterns.facts import post_key
from personnel_events.stages.patterns.orgs import (
    is_government_title,
    title_abbreviations,
    without_base,
)

#: (text, person, event type, expected organisation)
Row = tuple[str, str, str, str | None]


def _org(text: str, person: str, kind: str) -> object:
    found = [e for e in events_of(text) if e["person"] == person and e["type"] == kind]
    assert found, events_of(text)
    return found[0]["org"]


BASED: list[Row] = [
    (
        "Dana Pike stepped down as CEO of Dover, Del.-based Halcyon Freight after a year.",
        "Dana Pike",
        "END",
        "Halcyon Freight",
    ),
    (
        "Lena Hart left as president of Fresno, Calif.-based Corvane Foods on Friday.",
        "Lena Hart",
        "END",
        "Corvane Foods",
    ),
    (
        "Ravi Menon resigned as chief financial officer of Tulsa-based Ardent Pipelines.",
        "Ravi Menon",
        "END",
        "Ardent Pipelines",
    ),
    # the town before "-based" and a noun: the body the sentence names otherwise
    (
        "Carla Voss, chair of Orbis Systems, will step down as CEO of the Akron, "
        "Ohio-based company in May.",
        "Carla Voss",
        "END",
        "Orbis Systems",
    ),
    (
        "Halvern Tools Inc. named Ivo Petrov chief operating officer of the Lyon-based group.",
        "Ivo Petrov",
        "START",
        "Halvern Tools Inc.",
    ),
]


@pytest.mark.parametrize(("text", "person", "kind", "org"), BASED)
def test_policy_town_before_based_gives_the_body_based_there(
    text: str, person: str, kind: str, org: str | None
) -> None:
    assert _org(text, person, kind) == org


TIME_WORDS: list[Row] = [
    (
        "Lumen Textiles' longtime chairman Omar Reyes died Tuesday at 88.",
        "Omar Reyes",
        "END",
        "Lumen Textiles",
    ),
    (
        "Harlow Mills chief executive Ben Cross died Sunday after a short illness.",
        "Ben Cross",
        "END",
        "Harlow Mills",
    ),
    ("Wirral Trust said its director Nell Ames died Friday.", "Nell Ames", "END", "Wirral Trust"),
    (
        "Orbis Brakes Ltd. named a chief. Axle Parts veteran Ian Roe will take the job from "
        "May, the company said.",
        "Ian Roe",
        "START",
        "Orbis Brakes Ltd.",
    ),
]


@pytest.mark.parametrize(("text", "person", "kind", "org"), TIME_WORDS)
def test_orgs_time_word_after_the_verb_is_no_employer(
    text: str, person: str, kind: str, org: str | None
) -> None:
    assert _org(text, person, kind) == org


GOVERNMENT: list[Row] = [
    # the state a governor names, not the party all of them belong to
    (
        "Oregon Governor Lila Brandt has named Sam Ortiz to replace outgoing Attorney "
        "General Jo Bell. All three are Democrats.",
        "Jo Bell",
        "END",
        "Oregon",
    ),
    (
        "The Republicans cheered as Utah Governor Amy Cole appointed Sam Ortiz. Cole said "
        "Ortiz will replace Attorney General Jo Bell, who resigned.",
        "Jo Bell",
        "END",
        "Utah",
    ),
    # a party's ballot: the country's prime minister
    (
        "Jon Berg was sworn in as Norway's prime minister on Monday after his Conservative "
        "Party colleagues voted to replace Prime Minister Ole Dahl.",
        "Ole Dahl",
        "END",
        "Norway",
    ),
    # the party that acts names a minister of the country
    (
        "Kenya's finance minister, Joy Wanjiru, resigned on Friday. The ruling Jubilee Party "
        "named Peter Otieno to replace her.",
        "Peter Otieno",
        "START",
        "Kenya",
    ),
    # "the Cabinet" alone is no employer: the department the person heads
    (
        "Nevada Governor Carl Moss said Ann Pike, director of the Nevada Department of "
        "Taxation, will leave his Cabinet in June. Moss appointed Pike in 2019. Pike has "
        "been a valued member of the Cabinet.",
        "Ann Pike",
        "START",
        "Nevada Department of Taxation",
    ),
]


@pytest.mark.parametrize(("text", "person", "kind", "org"), GOVERNMENT)
def test_policy_government_post_belongs_to_its_state_not_a_party(
    text: str, person: str, kind: str, org: str | None
) -> None:
    assert _org(text, person, kind) == org


NOT_EMPLOYERS: list[Row] = [
    # a news agency's credit line is no document's main body
    (
        "OSLO, May 2 (Reuters) -- The Norwegian government decided Friday to appoint Kari "
        "Holm as cabinet spokeswoman. Current cabinet spokesman Lars Dahl will resign.",
        "Lars Dahl",
        "END",
        "Norwegian government",
    ),
    # a title's abbreviation in a headline is no organisation
    (
        "AD search drags on at Oakmont University\n\nThe AD search will take weeks, the AD "
        "panel said. Oakmont is looking for an athletic director to replace Sam Reed, who "
        "said in May he was stepping down.",
        "Sam Reed",
        "END",
        "Oakmont University",
    ),
    # nor a word of the title read as a name at the head of a sentence
    ("Athletic director Sam Reed retired last month.", "Sam Reed", "END", None),
]


@pytest.mark.parametrize(("text", "person", "kind", "org"), NOT_EMPLOYERS)
def test_facts_credit_line_and_title_abbreviation_are_no_main_body(
    text: str, person: str, kind: str, org: str | None
) -> None:
    assert _org(text, person, kind) == org


TEAMS: list[Row] = [
    (
        "The Harbor City Gulls have sacked coach Ben Ortiz after a poor season. The Gulls "
        "announced Mia Lund as their new chief executive, replacing CEO Tom Reed.",
        "Ben Ortiz",
        "END",
        "Harbor City Gulls",
    ),
    (
        "The Harbor City Gulls have sacked coach Ben Ortiz after a poor season. The Gulls "
        "announced Mia Lund as their new chief executive, replacing CEO Tom Reed.",
        "Tom Reed",
        "END",
        "Harbor City Gulls",
    ),
    # the league before a coach's name gives way to the club that acts
    ("The Riverton Hawks have sacked NFL coach Sam Price.", "Sam Price", "END", "Riverton Hawks"),
    (
        "The Westbury Lions appointed Premier League coach Dan Hale as manager.",
        "Dan Hale",
        "START",
        "Westbury Lions",
    ),
]


@pytest.mark.parametrize(("text", "person", "kind", "org"), TEAMS)
def test_policy_team_in_the_plural_is_the_employer_not_its_league(
    text: str, person: str, kind: str, org: str | None
) -> None:
    assert _org(text, person, kind) == org


PAST: list[Row] = [
    (
        "Royal Parcel plc has a new chairman. Orbis Air veteran Keith Lamb will take on the "
        "job from next month.",
        "Keith Lamb",
        "START",
        "Royal Parcel plc",
    ),
    (
        "Corvane Foods Ltd. is changing its leadership. An Orbis Bank alumna, Nina Cole, will "
        "take over in June, the company said.",
        "Nina Cole",
        "START",
        "Corvane Foods Ltd.",
    ),
]


@pytest.mark.parametrize(("text", "person", "kind", "org"), PAST)
def test_orgs_body_a_person_comes_from_is_not_the_new_post(
    text: str, person: str, kind: str, org: str | None
) -> None:
    assert _org(text, person, kind) == org


def test_coref_team_in_the_plural_is_an_organisation() -> None:
    doc = default_pipeline().run("The Riverton Hawks have a new coach. Fans of the Hawks cheered.")
    labels = {m.text: m.label.value for m in doc.mentions}
    assert labels["Riverton Hawks"] == "ORG"


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("Attorney General", True),
        ("lieutenant governor", True),
        ("head of state", True),
        ("finance minister", True),
        ("party leader", False),
        ("chief executive", False),
        ("Liberal Party minister", False),
    ],
)
def test_orgs_government_titles_are_read_as_phrases(role: str, expected: bool) -> None:
    assert is_government_title(role) is expected


def test_orgs_title_abbreviations_stand_for_titles() -> None:
    abbreviations = title_abbreviations()
    assert "athletic director" in abbreviations["ad"]
    assert "managing director" in abbreviations["md"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Tulsa-based Ardent Pipelines", "Ardent Pipelines"),
        ("Ardent Pipelines", "Ardent Pipelines"),
        ("the Lyon-based group", "group"),
    ],
)
def test_orgs_without_base_cuts_where_a_body_is_based(name: str, expected: str) -> None:
    assert without_base(name) == expected


NAMES: list[Row] = [
    # two names joined by "and" before a ticker note are one company
    (
        "Harlow and Finch (NYSE: HWF) Chairman Tom Ash has announced he will step down next year.",
        "Tom Ash",
        "END",
        "Harlow and Finch",
    ),
    (
        "Bell and Rowe (LON: BRW) said chief executive Ana Ruiz will retire in May.",
        "Ana Ruiz",
        "END",
        "Bell and Rowe",
    ),
    # performing arts bodies are organisations by their words
    (
        "Northfield Symphony, after Jon Hale retires next year, will look for a new president.",
        "Jon Hale",
        "END",
        "Northfield Symphony",
    ),
    # a post still to come ("Senator-elect") is not the one a person leaves
    (
        "Oregon Governor Lila Brandt has named Sam Ortiz to replace outgoing Attorney General "
        "and U.S. Senator-elect Jo Bell. Bell has handed in his resignation.",
        "Jo Bell",
        "END",
        "Oregon",
    ),
]


@pytest.mark.parametrize(("text", "person", "kind", "org"), NAMES)
def test_org_names_whole_and_posts_to_come(
    text: str, person: str, kind: str, org: str | None
) -> None:
    assert _org(text, person, kind) == org


REGULATORS: list[Row] = [
    # a body the text calls a regulator is not the main one, however often named
    (
        "Korvex Exchange Ltd. said its chief executive Ana Ruiz resigned. The regulator "
        "Market Oversight Board (MOB) had ordered changes. The MOB later fined the exchange. "
        "The MOB said it would review the decision. The exchange named Tom Ash acting chief "
        "executive.",
        "Tom Ash",
        "START",
        "Korvex Exchange Ltd.",
    ),
    (
        "Tom Ash quit as finance chief after the watchdog Capital Markets Authority fined "
        "Brenner Holdings.",
        "Tom Ash",
        "END",
        "Brenner Holdings",
    ),
]


@pytest.mark.parametrize(("text", "person", "kind", "org"), REGULATORS)
def test_facts_regulator_is_no_main_body(
    text: str, person: str, kind: str, org: str | None
) -> None:
    assert _org(text, person, kind) == org


SAME_POST: list[Row] = [
    # a post the text gives a body elsewhere, and no body named by the change
    (
        "Harbor Police Chief Dan Moe will retire next week, the city manager said in a "
        "letter.\nThe letter said Captain Ana Ruiz will step in as interim police chief.",
        "Ana Ruiz",
        "START",
        "Harbor Police",
    ),
    (
        "Lena Ortiz, the finance director of Brisk Mills, resigned on Monday. A spokesman "
        "for the Oakvale Trust said the news came as a surprise. Tom Ash was named acting "
        "finance director.",
        "Tom Ash",
        "START",
        "Brisk Mills",
    ),
]


@pytest.mark.parametrize(("text", "person", "kind", "org"), SAME_POST)
def test_policy_same_post_elsewhere_gives_its_body(
    text: str, person: str, kind: str, org: str | None
) -> None:
    assert _org(text, person, kind) == org


@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("interim police chief", "police chief"),
        ("Acting Finance Director", "finance director"),
        ("new chief financial officer", "financial officer"),
        ("CEO", "ceo"),
    ],
)
def test_facts_post_key_drops_words_of_tenure(title: str, key: str) -> None:
    assert post_key(title) == key


CUT_NAMES: list[Row] = [
    # "Bank" of "First Bank" stands for no body of the text (not "the bank")
    (
        "President Obi picks Orbis Bank MD as new KCB Governor\n\nPresident Obi has picked "
        "the managing director of Orbis Bank Tom Ash to replace Ana Ruiz as governor of the "
        "Kestrel Central Bank. Ben Cole, the present executive director at First Bank as "
        "deputy governor of KCB, replacing Dan Moe.",
        "Dan Moe",
        "END",
        "KCB",
    ),
    (
        "Orbis Bank names Tom Ash\n\nOrbis Bank named Tom Ash its chief executive on Monday. "
        "Ben Cole, who joined from First Bank as deputy head of Kestrel Trust, replaces Dan "
        "Moe.",
        "Dan Moe",
        "END",
        "Kestrel Trust",
    ),
]


@pytest.mark.parametrize(("text", "person", "kind", "org"), CUT_NAMES)
def test_orgs_tail_of_a_name_is_no_body_nearby(
    text: str, person: str, kind: str, org: str | None
) -> None:
    assert _org(text, person, kind) == org
