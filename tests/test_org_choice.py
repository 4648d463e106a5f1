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
from personnel_events.stages.patterns.policy import another_portfolio

#: (text, person, event type, expected organisation)
Row = tuple[str, str, str, str | None]


def _org(text: str, person: str, kind: str) -> object:
    found = [e for e in events_of(text) if e["person"] == person and e["type"] == kind]
    assert found, events_of(text)
    return found[0]["org"]


BASED: list[Row] = [
    (
        "After a year at the helm, Dana Pike is leaving as chief executive of Dover, "
        "Del.-based Halcyon Freight.",
        "Dana Pike",
        "END",
        "Halcyon Freight",
    ),
    (
        "Lena Hart, president of Fresno, Calif.-based Corvane Foods, retired on Friday.",
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
        "Orbis Systems Inc. said Carla Voss would retire as chief executive of the Akron, "
        "Ohio-based company next spring.",
        "Carla Voss",
        "END",
        "Orbis Systems Inc.",
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
        "Omar Reyes, the Lumen Textiles chairman, died Tuesday.",
        "Omar Reyes",
        "END",
        "Lumen Textiles",
    ),
    (
        "Ben Cross, chief executive of Harlow Mills Ltd., died Sunday.",
        "Ben Cross",
        "END",
        "Harlow Mills Ltd.",
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
    # the state a governor names, not the party standing nearby
    (
        "Democrats cheered on Friday when Utah Governor Amy Cole appointed Sam Ortiz. Ortiz "
        "succeeds Attorney General Jo Bell, who quit.",
        "Jo Bell",
        "END",
        "Utah",
    ),
    # the party that acts names a minister of the country
    (
        "Kenya's finance minister, Joy Wanjiru, resigned on Friday. The ruling Jubilee Party "
        "named Peter Otieno to replace her.",
        "Peter Otieno",
        "START",
        "Kenya",
    ),
    # "the Cabinet" alone is never the main body: the department the person heads
    (
        "Governor Carl Moss appointed Ann Pike in 2019. Pike heads the Nevada Department of "
        "Taxation. The Cabinet meets weekly, and the Cabinet will miss her.",
        "Ann Pike",
        "START",
        "Nevada Department of Taxation",
    ),
]


PORTFOLIOS: list[Row] = [
    # the only body of the text is a ministry of another field
    (
        "Finance Minister Ana Ruiz resigned on Monday. Her deputy, Carl Webb, takes over "
        "the health ministry.",
        "Ana Ruiz",
        "END",
        None,
    ),
    (
        "Defence Minister Ana Ruiz was sacked on Monday. Carl Webb will run the Ministry of "
        "Education.",
        "Ana Ruiz",
        "END",
        None,
    ),
    # a ministry of the same field, or a post that names no field, keeps it
    (
        "Health Minister Ana Ruiz resigned on Monday. Carl Webb takes over the health ministry.",
        "Ana Ruiz",
        "END",
        "health ministry",
    ),
]


VOTING_BODIES: list[Row] = [
    # the body that votes on another body's post is not its organisation
    ("Parliament approved the appointment of Ana Ruiz as central bank governor.",
     "Ana Ruiz", "START", None),
    ("The Senate confirmed Ana Ruiz as ambassador to France.", "Ana Ruiz", "START", None),
    # but a post of the house itself is the house's
    ("Parliament elected Ana Ruiz as speaker on Monday.", "Ana Ruiz", "START", "Parliament"),
]  # fmt: skip


BOARDS: list[Row] = [
    # a board acts for its body
    ("The Board of Directors of Orbis Inc. today announced the appointment of Ana Ruiz as "
     "chief financial officer.", "Ana Ruiz", "START", "Orbis Inc."),
    ("The board of trustees of Dunmore University named Ana Ruiz its 12th president.",
     "Ana Ruiz", "START", "Dunmore University"),
    # "the Board of Directors" alone names no other body
    ("Ana Ruiz notified the Board of Directors of Orbis Inc. of her decision to resign as "
     "chief financial officer.", "Ana Ruiz", "END", "Orbis Inc."),
]  # fmt: skip


@pytest.mark.parametrize(("text", "person", "kind", "org"), BOARDS)
def test_policy_a_board_of_a_body_gives_that_body(
    text: str, person: str, kind: str, org: str | None
) -> None:
    assert _org(text, person, kind) == org


ROUND_UP = (
    "Job moves round-up\n\n"
    "Acme Bank\nTom Ash was fired in May after a review.\n\n"
    "Harbor Ports Authority\nAna Ruiz has been appointed acting managing director.\n"
)

SECTIONS: list[Row] = [
    # a round-up names each section's body once, on a line above its paragraph
    (ROUND_UP, "Tom Ash", "END", "Acme Bank"),
    (ROUND_UP, "Ana Ruiz", "START", "Harbor Ports Authority"),
    # a byline or a page's label names no body
    ("Orbis names new chief\n\nBy Lena Holt\n\nAna Ruiz has been appointed acting "
     "managing director.\n", "Ana Ruiz", "START", None),
    ("Changes\n\nTop Stories\nAna Ruiz has been appointed acting managing director.\n",
     "Ana Ruiz", "START", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "person", "kind", "org"), SECTIONS)
def test_policy_a_section_heading_names_the_body_of_its_changes(
    text: str, person: str, kind: str, org: str | None
) -> None:
    assert _org(text, person, kind) == org


REPORTERS: list[Row] = [
    # a body reports on its own staff
    ("Orbis said chief executive Ana Ruiz would leave at the end of the year.",
     "Ana Ruiz", "END", "Orbis"),
    ("Orbis said on Monday that chief executive Ana Ruiz would retire in June.",
     "Ana Ruiz", "END", "Orbis"),
    # a person's surname, or a post no staff's, is no such body
    ("President Tom Ash spoke in May. Ash said chief executive Ana Ruiz would leave.",
     "Ana Ruiz", "END", None),
    ("Ruto said Cabinet Secretary Ana Ruiz would leave in May.", "Ana Ruiz", "END", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "person", "kind", "org"), REPORTERS)
def test_policy_a_body_that_reports_on_its_staff_is_their_organisation(
    text: str, person: str, kind: str, org: str | None
) -> None:
    assert _org(text, person, kind) == org


@pytest.mark.parametrize(("text", "person", "kind", "org"), VOTING_BODIES)
def test_policy_a_voting_body_is_the_organisation_of_its_own_posts_only(
    text: str, person: str, kind: str, org: str | None
) -> None:
    assert _org(text, person, kind) == org


@pytest.mark.parametrize(("text", "person", "kind", "org"), PORTFOLIOS)
def test_policy_a_ministry_of_another_field_is_no_main_body_of_a_minister(
    text: str, person: str, kind: str, org: str | None
) -> None:
    assert _org(text, person, kind) == org


@pytest.mark.parametrize(
    ("role", "org", "other"),
    [
        ("Finance Minister", "health ministry", True),
        ("Minister of Finance", "Department of Justice", True),
        ("Health Minister", "the Ministry of Health", False),
        ("minister", "health ministry", False),
        ("Finance Minister", "Acme", False),
        ("chief executive", "Treasury Department", False),
        # rank and tenure name no field
        ("permanent secretary", "Ministry of Trade", False),
        ("acting minister", "Ministry of Trade", False),
        ("Cabinet Secretary for Health", "Ministry of Trade", True),
    ],
)
def test_policy_another_portfolio_compares_the_fields_of_post_and_ministry(
    role: str, org: str, other: bool
) -> None:
    assert another_portfolio(role, org) is other


OTHER_MINISTRY: list[Row] = [
    # a ministry another clause of the sentence names is no body of another field's post
    (
        "Ivo Petrov was named Minister for Health, and Ada Kimani moved to the Ministry of Trade.",
        "Ivo Petrov",
        "START",
        None,
    ),
    (
        "The president appointed Ivo Petrov as the new Cabinet Secretary for Health, replacing "
        "Ada Kimani, who has been redeployed to the Ministry of Trade.",
        "Ada Kimani",
        "END",
        None,
    ),
    # the post's own ministry, and a post of no field, keep it
    (
        "Ada Kimani, the permanent secretary in the Ministry of Trade, retired on Monday.",
        "Ada Kimani",
        "END",
        "Ministry of Trade",
    ),
    (
        "Ada Kimani was named acting minister at the Ministry of Trade.",
        "Ada Kimani",
        "START",
        "Ministry of Trade",
    ),
    (
        "Ivo Petrov was named Minister for Health at the Ministry of Health.",
        "Ivo Petrov",
        "START",
        "Ministry of Health",
    ),
]


@pytest.mark.parametrize(("text", "person", "kind", "org"), OTHER_MINISTRY)
def test_policy_a_ministry_of_another_field_is_no_body_of_the_post(
    text: str, person: str, kind: str, org: str | None
) -> None:
    assert _org(text, person, kind) == org


@pytest.mark.parametrize(("text", "person", "kind", "org"), GOVERNMENT)
def test_policy_government_post_belongs_to_its_state_not_a_party(
    text: str, person: str, kind: str, org: str | None
) -> None:
    assert _org(text, person, kind) == org


NOT_EMPLOYERS: list[Row] = [
    # a news agency's credit line is no document's main body
    (
        "OSLO (Reuters) - Kari Holm will be the Norwegian government's new spokeswoman, "
        "officials said. Spokesman Lars Dahl, who held the job for six years, is stepping "
        "down.",
        "Lars Dahl",
        "END",
        "Norwegian government",
    ),
    # a title's abbreviation, written beside the title, is no organisation
    (
        "Oakmont University needs a new AD\n\nThe AD job opened when athletic director Sam "
        "Reed retired in May. The AD post pays well.",
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
        "Coach Ben Ortiz was sacked by the Harbor City Gulls on Sunday. Mia Lund becomes "
        "chief executive of the Gulls, taking over from Tom Reed.",
        "Ben Ortiz",
        "END",
        "Harbor City Gulls",
    ),
    # the league before a coach's name gives way to the club that acts
    (
        "The Riverton Hawks fired their NFL coach Sam Price on Monday.",
        "Sam Price",
        "END",
        "Riverton Hawks",
    ),
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
        "Corvane Foods Ltd. is changing its leadership. An Orbis Bank alumna, Nina Cole, will "
        "take over in June, the company said.",
        "Nina Cole",
        "START",
        "Corvane Foods Ltd.",
    ),
    # a start "from" one body "to" another joins the second, in either order
    (
        "Jane Roe moved from Acme Corp to Orbis Bank as chief financial officer on Monday.",
        "Jane Roe",
        "START",
        "Orbis Bank",
    ),
    (
        "Striker Tom Ash moved from Eastfield United to Westbury Rovers as captain.",
        "Tom Ash",
        "START",
        "Westbury Rovers",
    ),
    (
        "Mara Lind moved from the Velt Group to the Harbor Trust as its general counsel.",
        "Mara Lind",
        "START",
        "Harbor Trust",
    ),
    (
        "Ken Obi moved to Stratus Insurance from Corvane Foods as head of claims.",
        "Ken Obi",
        "START",
        "Stratus Insurance",
    ),
    (
        "Stratus Insurance said Ken Obi joins from Corvane Foods as head of claims.",
        "Ken Obi",
        "START",
        "Stratus Insurance",
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
        ("deputy prime minister", True),  # a phrase after other words
        ("Prime-Minister", True),
        ("minister-president", True),
        ("state", False),  # the last word of a phrase alone
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
        "Harlow and Finch (NYSE: HWF) said on Monday that its chairman Tom Ash will retire "
        "in 2026.",
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
        "Jon Hale retires next year, the Northfield Symphony said.",
        "Jon Hale",
        "END",
        "Northfield Symphony",
    ),
    # a post still to come ("Senator-elect") is not the one a person leaves
    (
        "Jo Bell, the state's attorney general and a U.S. Senator-elect, resigned on Friday. "
        "Utah Governor Amy Cole will name a successor.",
        "Jo Bell",
        "END",
        "Utah",
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
        "Harbor Police Chief Dan Moe is retiring, the mayor said on Monday.\nLt. Ana Ruiz "
        "was appointed interim police chief.",
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
    # "Bank" of "New Bank" stands for no body of the text (not "the bank")
    (
        "Orbis Bank names Tom Ash\n\nOrbis Bank named Tom Ash its chief executive on Monday. "
        "Ana Ruiz, a trader at New Bank for years, is now treasurer of Kestrel Trust, "
        "succeeding Dan Moe.",
        "Dan Moe",
        "END",
        "Kestrel Trust",
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


# A capitalised common word before the verb ("He", "They") acts for nobody
COMMON_AGENTS: list[Row] = [
    (
        "Lakeland, March 6 The governor has named his cabinet. He appointed Tom Ash as "
        "finance secretary.",
        "Tom Ash",
        "START",
        None,
    ),
    ("They also hired Jane Roe as head coach.", "Jane Roe", "START", None),
    ("Orbis Bank reshuffled. It promoted Nia Park to COO.", "Nia Park", "START", "Orbis Bank"),
]


@pytest.mark.parametrize(("text", "person", "kind", "org"), COMMON_AGENTS)
def test_orgs_capitalised_common_word_is_no_acting_body(
    text: str, person: str, kind: str, org: str | None
) -> None:
    assert _org(text, person, kind) == org


# A news agency in a credit line before the verb acts for nobody
CREDIT_AGENTS: list[Row] = [
    (
        "LAKEVILLE, Ruritania, Feb 3 (Xinhua) -- The president on Saturday appointed Tom Ash "
        "as the new police chief.",
        "Tom Ash",
        "START",
        None,
    ),
    (
        "PORTVILLE (Reuters) - Orbis Bank on Monday appointed Jane Roe as its chief risk officer.",
        "Jane Roe",
        "START",
        "Orbis Bank",
    ),
]


@pytest.mark.parametrize(("text", "person", "kind", "org"), CREDIT_AGENTS)
def test_orgs_credit_line_is_no_acting_body(
    text: str, person: str, kind: str, org: str | None
) -> None:
    assert _org(text, person, kind) == org


LEFT_BEHIND: list[Row] = [
    # a rival named after the verb is the new post's body, not the one left
    (
        "Ama Owusu is leaving Pellmark Insurance to join rival Stratus Insurance as "
        "chief risk officer.",
        "Ama Owusu",
        "START",
        "Stratus Insurance",
    ),
    (
        "Tom Bale quit Korra Bank in May and joined competitor Velt Bank in June.",
        "Tom Bale",
        "START",
        "Velt Bank",
    ),
    # a post the apposition says was left is no body of the next one
    (
        "Kate Nolan, the former Orbis finance director who joined Meridian Airlines as CFO "
        "last year, will become its chief executive in June.",
        "Kate Nolan",
        "START",
        "Meridian Airlines",
    ),
    # the body named before a post in capital initials
    (
        "Lars Eriksen, who stepped down as Nordvik Shipping CEO in 2021, has been named "
        "chairman of Baltic Ferries.",
        "Lars Eriksen",
        "END",
        "Nordvik Shipping",
    ),
]


@pytest.mark.parametrize(("text", "person", "kind", "org"), LEFT_BEHIND)
def test_orgs_the_body_left_behind_is_not_the_new_posts(
    text: str, person: str, kind: str, org: str | None
) -> None:
    assert _org(text, person, kind) == org


VENUES: list[Row] = [
    # where a swearing-in was held is no body of the post, here or elsewhere
    (
        "Ama Owusu and Kofi Boateng were sworn in as cabinet secretaries at State House "
        "on Tuesday.",
        "Kofi Boateng",
        "START",
        None,
    ),
    ("Ann Lee was sworn in as mayor at City Hall on Monday.", "Ann Lee", "START", None),
    (
        "The president named Tom Bale to the cabinet on Friday. He was sworn in at "
        "Harambee House on Monday.",
        "Tom Bale",
        "START",
        None,
    ),
    # an appointment "at" a body keeps it
    ("Velt appointed Ann Lee as CTO at Lattice Labs.", "Ann Lee", "START", "Lattice Labs"),
]


@pytest.mark.parametrize(("text", "person", "kind", "org"), VENUES)
def test_orgs_the_place_of_a_swearing_in_is_no_body(
    text: str, person: str, kind: str, org: str | None
) -> None:
    assert _org(text, person, kind) == org


def test_orgs_a_body_left_is_no_described_body_of_the_next_post() -> None:
    text = (
        "Korra Insurance has hired former Velt Bank executive Ama Owusu as its next chief "
        "executive. The former banker will take up the role on November 1. Korra Insurance "
        "said the board was unanimous. Korra Insurance shares rose."
    )
    doc = default_pipeline().run(text, published="2024-03-06")
    assert {c.org for c in doc.candidates if c.type.value == "START"} == {"Korra Insurance"}


AIDES: list[Row] = [
    # a person's name owning a post names no organisation
    (
        "Korra Rovers and manager Sean Doyle parted company on Tuesday. Doyle's assistant, "
        "Mark Reilly, has also left the club.",
        "Mark Reilly",
        "END",
        "Korra Rovers",
    ),
    (
        "Senator Ann Lee fired her chief of staff. Lee's spokesman, Tom Bale, resigned a "
        "day later.",
        "Tom Bale",
        "END",
        None,
    ),
]


@pytest.mark.parametrize(("text", "person", "kind", "org"), AIDES)
def test_policy_a_persons_name_is_no_body_of_an_aides_post(
    text: str, person: str, kind: str, org: str | None
) -> None:
    assert _org(text, person, kind) == org


STATES_ROUND_UP: list[Row] = [
    # a government post's state named where its sentence opens, in a round-up
    (
        "Around the states. In Ohio, Secretary of State Tom Bale said he will step down "
        "in May. In Texas, Gov. Ann Lee appointed Kofi Owusu as state auditor. Later, "
        "lawmakers confirmed Ama Boateng as director of the Department of Transportation.",
        "Tom Bale",
        "END",
        "Ohio",
    ),
    (
        "Around the states. In Ohio, Secretary of State Tom Bale said he will step down "
        "in May. In Texas, Gov. Ann Lee appointed Kofi Owusu as state auditor. Later, "
        "lawmakers confirmed Ama Boateng as director of the Department of Transportation.",
        "Kofi Owusu",
        "START",
        "Texas",
    ),
    # a possessor's portfolio before the title of an apposition
    (
        "Ohio's budget director, Tom Bale, resigned on Friday. The Department of "
        "Transportation named a new head.",
        "Tom Bale",
        "END",
        "Ohio",
    ),
]


@pytest.mark.parametrize(("text", "person", "kind", "org"), STATES_ROUND_UP)
def test_policy_a_round_up_gives_each_post_its_own_state(
    text: str, person: str, kind: str, org: str | None
) -> None:
    assert _org(text, person, kind) == org


ASIDES: list[Row] = [
    # the name before an aside acts, not a name inside it
    (
        "Korra Water Trust, the charity that digs wells in East Africa, has appointed Ann Lee "
        "as its new chief executive.",
        "Ann Lee",
        "START",
        "Korra Water Trust",
    ),
    (
        "Velt Bank, which has branches in Ohio and Texas, named Tom Bale chief "
        "executive on Monday.",
        "Tom Bale",
        "START",
        "Velt Bank",
    ),
]


@pytest.mark.parametrize(("text", "person", "kind", "org"), ASIDES)
def test_orgs_the_name_before_an_aside_is_the_agent(
    text: str, person: str, kind: str, org: str | None
) -> None:
    assert _org(text, person, kind) == org


GENERIC_NAMED_BEFORE: list[Row] = [
    # "the club" after the verb is the one its sentence named with that noun
    (
        "The Orvik Handball Federation hired Tom Bale. Bale has coached Danish club "
        "Aalborg Vikings since 2019 and will leave the club in June.",
        "Tom Bale",
        "END",
        "Aalborg Vikings",
    ),
    (
        "Velt Holdings named Ann Lee chief executive. Lee ran Korra Bank for a decade "
        "and left the bank last year.",
        "Ann Lee",
        "END",
        "Korra Bank",
    ),
]


@pytest.mark.parametrize(("text", "person", "kind", "org"), GENERIC_NAMED_BEFORE)
def test_policy_a_generic_body_is_the_one_its_sentence_named_with_its_noun(
    text: str, person: str, kind: str, org: str | None
) -> None:
    assert _org(text, person, kind) == org


BOARD_OF_BODY: list[Row] = [
    # a generic body "of" a named one is that one's
    (
        "Velt Holdings named Ann Lee chief executive. Tom Bale will join the board of the "
        "Korra Water Fund as a trustee.",
        "Tom Bale",
        "START",
        "Korra Water Fund",
    ),
    (
        "Velt Holdings named Ann Lee chief executive. Tom Bale left the board of Korra Bank "
        "in May.",
        "Tom Bale",
        "END",
        "Korra Bank",
    ),
]


@pytest.mark.parametrize(("text", "person", "kind", "org"), BOARD_OF_BODY)
def test_orgs_a_generic_body_of_a_named_one_is_that_ones(
    text: str, person: str, kind: str, org: str | None
) -> None:
    assert _org(text, person, kind) == org


# a government post with no body named: the country a demonym before a government
# title names elsewhere in the text ("German Chancellor X")
DEMONYM_PLACE: list[Row] = [
    (
        "Norwegian Prime Minister Kari Holm reshuffled her cabinet. Lars Dahl becomes "
        "trade minister.",
        "Lars Dahl",
        "START",
        "Norway",
    ),
    (
        "The Kenyan interior minister, Ada Kimani, resigned. Ivo Petrov succeeds her.",
        "Ivo Petrov",
        "START",
        "Kenya",
    ),
]


@pytest.mark.parametrize(("text", "person", "kind", "org"), DEMONYM_PLACE)
def test_policy_a_government_post_takes_the_country_a_demonym_names(
    text: str, person: str, kind: str, org: str | None
) -> None:
    assert _org(text, person, kind) == org
