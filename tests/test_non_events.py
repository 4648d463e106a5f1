"""Constructions that look like a change of post but are none (issue: precision),
each beside the real changes told the same way that must stay events. Sentences
written for the project."""

from __future__ import annotations

import pytest

from conftest import events_of

Told = tuple[str, str, str | None, str | None]

# "take over" a thing, not a post or a body of people
TAKE_OVER_A_THING = [
    "Chef Ines Moreau took over the kitchen at Vellano in the spring.",
    "Rosa Quint will take over the wheel for the last leg of the rally.",
    "Pavel Dorn has taken over the microphone at the Blue Anchor on Friday nights.",
    "Detective Lucy Marr took over the investigation after the arrest.",
    "Omar Bell is taking over the talks with the landlord for the Cobalt Club.",
    "Grace Ohlin took over the family farm from her uncle in 1998.",
]
# "take over" a post, a body, or with no object at all
TAKE_OVER_A_POST: list[tuple[str, list[Told]]] = [
    (
        "Sami Okafor took over from Lena Brandt at Telmar Group in March.",
        [
            ("START", "Sami Okafor", None, "Telmar Group"),
            ("END", "Lena Brandt", None, "Telmar Group"),
        ],
    ),
    (
        "Sami Okafor took over as head coach of the Harbor Gulls.",
        [("START", "Sami Okafor", "head coach", "Harbor Gulls")],
    ),
    (
        "Iris Vane will take over the finance ministry next month.",
        [("START", "Iris Vane", None, "finance ministry")],
    ),
    (
        "Iris Vane took over Telmar Group's retail arm in 2019.",
        [("START", "Iris Vane", None, "Telmar Group")],
    ),
    ("Sami Okafor takes over the squad in January.", [("START", "Sami Okafor", None, None)]),
    (
        "Iris Vane took over the reins of Ostrava Steel last year.",
        [("START", "Iris Vane", None, None)],
    ),
    (
        "Sami Okafor took over responsibility for the cloud unit in May.",
        [("START", "Sami Okafor", None, None)],
    ),
    (
        "Iris Vane took over the baton from Lena Brandt at the Corvel Symphony.",
        [
            ("START", "Iris Vane", None, "Corvel Symphony"),
            ("END", "Lena Brandt", None, "Corvel Symphony"),
        ],
    ),
    (
        "Marco Lind took over the newly merged company two years ago.",
        [("START", "Marco Lind", None, None)],
    ),
]

# any subject's change whose object is a thing or a task: "joined the protest",
# "quit the race", "left his flat", "will chair the meeting"
OBJECT_A_THING = [
    "Mayor Nadia Kerr joined the protest outside the Halden Energy plant.",
    "Dev Rao joined Corvel Bank's lawsuit against the city.",
    "Senator Ruth Abara quit the race for governor on Monday.",
    "Finance chief Leo Hart left his Boston flat in a hurry as Telmar Group's shares fell.",
    "Ivo Stam, the chairman of Corvel Bank, will chair the meeting of creditors.",
    "Kestrel Labs chief Omar Bell will head the search for a new supplier.",
    "Coach Sam Reed retired the number 10 shirt at the Harbor Gulls.",
]
OBJECT_A_POST: list[tuple[str, list[Told]]] = [
    (
        "Dev Rao joined the board of Halden Energy in May.",
        [("START", "Dev Rao", None, "Halden Energy")],
    ),
    ("Ruth Abara quit the cabinet on Monday.", [("END", "Ruth Abara", None, None)]),
    (
        "Leo Hart left his post at Telmar Group last week.",
        [("END", "Leo Hart", None, "Telmar Group")],
    ),
    (
        "Ines Moreau will become music and artistic director of the Corvel Symphony in 2026.",
        [("START", "Ines Moreau", "music and artistic director", "Corvel Symphony")],
    ),
    (
        "Omar Bell will take on a new, senior role as head of research at Kestrel Labs.",
        [("START", "Omar Bell", "head of research", "Kestrel Labs")],
    ),
    (
        "The director general of Halden Energy, Ivo Stam, will quit his functions at the end "
        "of June.",
        [("END", "Ivo Stam", "director general", "Halden Energy")],
    ),
    ("Leo Hart left Telmar Group in 2019.", [("END", "Leo Hart", None, "Telmar Group")]),
    (
        "Ivo Stam will chair Corvel Bank's audit committee.",
        [("START", "Ivo Stam", "chair", "Corvel Bank")],
    ),
    (
        "Sam Reed quit the Harbor Gulls after two seasons.",
        [("END", "Sam Reed", None, "Harbor Gulls")],
    ),
]

# a succession verb acting on a thing or meaning achieving; leaving a place or
# a contest
REPLACED_A_THING = [
    "Rita Moss replaced the battery in her car.",
    "Owen Pike succeeded in passing the bar exam.",
    "Carl Webb will replace the carpets at the Harbor Lounge.",
    "Mia Tan's exit from the tournament stunned fans of the Harbor Gulls.",
    "Ana Holt delayed her departure from the summit after the storm.",
]
REPLACED_A_HOLDER: list[tuple[str, list[Told]]] = [
    (
        "Rita Moss replaced Owen Pike as chief executive of Corvel Bank.",
        [
            ("START", "Rita Moss", "chief executive", "Corvel Bank"),
            ("END", "Owen Pike", "chief executive", "Corvel Bank"),
        ],
    ),
    (
        "Owen Pike will replace the outgoing coach at the Harbor Gulls.",
        [("START", "Owen Pike", "coach", "Harbor Gulls")],
    ),
    (
        "Mia Tan's exit from Kestrel Labs comes after a long dispute.",
        [("END", "Mia Tan", None, "Kestrel Labs")],
    ),
    (
        "Ana Holt announced her departure from the company on Monday.",
        [("END", "Ana Holt", None, None)],
    ),
]

# a promotion in military rank is no post
PROMOTED_IN_RANK = [
    "Brig Gen Hana Sato was promoted to Major General on Monday.",
    "Col Felix Wendt was promoted to the rank of brigadier general.",
    "The president promoted Nils Berg to four-star general in October.",
    "Tara Quinn was promoted to lieutenant colonel.",
]
PROMOTED_TO_A_POST: list[tuple[str, list[Told]]] = [
    (
        "Hana Sato was promoted to major general and named commander of the northern division.",
        [("START", "Hana Sato", "commander", "northern division")],
    ),
    (
        "Felix Wendt was promoted to general manager of Corvel Bank.",
        [("START", "Felix Wendt", "general manager", "Corvel Bank")],
    ),
    # the participle after "and" goes on with the passive: Owen Pike starts
    (
        "Rita Moss was fired in May and replaced by Owen Pike.",
        [("END", "Rita Moss", None, None), ("START", "Owen Pike", None, None)],
    ),
]

# "named" in a document, as a party to a proceeding, for an honour or a
# candidacy, or after a relative
NAMED_NOT_TO_A_POST = [
    "Felix Wendt was named in the lawsuit as a defendant.",
    "Felix Wendt was named as a witness in the bribery trial.",
    "Prosecutors named Hana Sato as a suspect in the theft.",
    "Nils Berg was named in a federal indictment unsealed on Thursday.",
    "The complaint names Tara Quinn as a co-defendant.",
    "Yusuf Adeyemi was named player of the year on Sunday.",
    "Leah Morgan, named in the complaint, declined to comment.",
    "Leah Morgan was named after her grandmother.",
    "Leah Morgan was named as one of the suspects.",
    # an honour, a family charge, a candidacy
    "Greta Lund was elected to the Hall of Fame on Monday.",
    "Aris Polo was appointed CBE in the New Year honours.",
    "Aris Polo was appointed guardian of the two children.",
    "Greta Lund was named as the party's candidate for mayor.",
    "The Greens named Aris Polo their candidate for governor of Norland.",
]
NAMED_TO_A_POST: list[tuple[str, list[Told]]] = [
    (
        "Felix Wendt was named as chief executive of Corvel Bank.",
        [("START", "Felix Wendt", "chief executive", "Corvel Bank")],
    ),
    (
        "Hana Sato was named finance minister in March.",
        [("START", "Hana Sato", "finance minister", None)],
    ),
    ("The board named Tara Quinn as its new chair.", [("START", "Tara Quinn", "chair", None)]),
    ("Nils Berg was named in his place.", [("START", "Nils Berg", None, None)]),
    (
        "Greta Lund was named to the board of Corvel Bank on Monday.",
        [("START", "Greta Lund", None, "Corvel Bank")],
    ),
    (
        "Aris Polo was named chief executive of Halden Energy in the wake of the lawsuit.",
        [("START", "Aris Polo", "chief executive", "Halden Energy")],
    ),
]

# appointed to do a task, with no post and no body
APPOINTED_FOR_A_TASK = [
    "Judge Paula Estrada was appointed to review the case.",
    "The governor appointed Owen Pike to investigate the leak.",
    "Mira Holt was tapped to testify before the committee.",
    "The minister appointed Jonas Feld to chair the review of school funding.",
    "Carla Voss was chosen to lead the inquiry into the crash.",
    # past a time or an agent
    "Paula Estrada was appointed by the court to oversee the sale of the farm.",
    "Owen Pike was appointed last week to review the case.",
    "The judge appointed lawyer Mira Holt on Monday to review the accounts.",
    "Nils Berg was named on Friday in a lawsuit filed by investors.",
]
APPOINTED_TO_A_POST: list[tuple[str, list[Told]]] = [
    (
        "Paula Estrada was appointed to the board of Halden Energy.",
        [("START", "Paula Estrada", None, "Halden Energy")],
    ),
    (
        "Owen Pike was appointed to succeed Rita Moss as chief executive of Corvel Bank.",
        [
            ("START", "Owen Pike", "chief executive", "Corvel Bank"),
            ("END", "Rita Moss", "chief executive", "Corvel Bank"),
        ],
    ),
    (
        "The governor appointed Owen Pike to lead the transport agency.",
        [("START", "Owen Pike", None, None)],
    ),
    (
        "Telmar Group named Jonas Feld to head its cloud division.",
        [("START", "Jonas Feld", "head of cloud division", "Telmar Group")],
    ),
    (
        "The minister appointed Jonas Feld to chair the commission.",
        [("START", "Jonas Feld", "chair", None)],
    ),
    (
        "Owen Pike was appointed by the governor to lead the state police.",
        [("START", "Owen Pike", None, None)],
    ),
    (
        "Carla Voss was named by the board to succeed Ivo Stam.",
        [("START", "Carla Voss", None, None), ("END", "Ivo Stam", None, None)],
    ),
    (
        "Paula Estrada was appointed by Halden Energy in March.",
        [("START", "Paula Estrada", None, "Halden Energy")],
    ),
    # a hire for a task is still a job
    ("The club brought in Marta Ruiz to fix the defence.", [("START", "Marta Ruiz", None, None)]),
]


# the words of a title-case headline read as a name that the text never names again
HEADLINE_WORDS = [
    "Orbis Bank Hires Investment Banker\n\nThe bank said on Monday it had hired staff.",
    "Velt Motors Confirms Management Shake-Up\n\nThe carmaker gave no details.",
    "Kestrel Labs Names Research Fellow\n\nThe lab named a fellow on Friday.",
]

# a person of the headline: named again below it, or by a given name
HEADLINE_PEOPLE: list[tuple[str, list[Told]]] = [
    (
        "Orbis Bank Hires Kowalski As Chief Executive\n\nAnna Kowalski, 52, was delighted.",
        [("START", "Anna Kowalski", "Chief Executive", "Orbis Bank")],
    ),
    (
        "Orbis Bank Names Anna Kowalski Chief Executive\n\nThe bank gave no details.",
        [("START", "Anna Kowalski", "Chief Executive", "Orbis Bank")],
    ),
]


def _told(text: str) -> list[Told]:
    return [
        (str(e["type"]), str(e["person"]), e["role"], e["org"])  # type: ignore[misc]
        for e in events_of(text, published="2024-12-20")
    ]


@pytest.mark.parametrize(
    "text",
    TAKE_OVER_A_THING
    + OBJECT_A_THING
    + REPLACED_A_THING
    + PROMOTED_IN_RANK
    + NAMED_NOT_TO_A_POST
    + APPOINTED_FOR_A_TASK
    + HEADLINE_WORDS,
)
def test_non_events_give_no_event(text: str) -> None:
    assert events_of(text, published="2024-12-20") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    TAKE_OVER_A_POST
    + OBJECT_A_POST
    + REPLACED_A_HOLDER
    + PROMOTED_TO_A_POST
    + NAMED_TO_A_POST
    + APPOINTED_TO_A_POST
    + HEADLINE_PEOPLE,
)
def test_non_events_nearby_changes_stay_events(text: str, expected: list[Told]) -> None:
    assert _told(text) == expected


# a post named "as" after the object, or a word for a firm as the object, keeps
# the change (the organisation is another matter)
POST_AFTER_THE_OBJECT: list[tuple[str, tuple[str, str, str]]] = [
    (
        "Lena Fox joined the Harris campaign as a senior adviser.",
        ("START", "Lena Fox", "senior adviser"),
    ),
    (
        "Sam Reed will join the regulator as its deputy chair.",
        ("START", "Sam Reed", "deputy chair"),
    ),
    (
        "Dev Rao left Corvel Bank in May to join a rival carmaker as chief financial officer.",
        ("START", "Dev Rao", "chief financial officer"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), POST_AFTER_THE_OBJECT)
def test_non_events_post_after_the_object_keeps_the_change(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in [(e[0], e[1], e[2]) for e in _told(text)]


# "joined the cabinet", "left the administration": a body the text does not name is
# the object of the change (a body of data/charge_nouns.txt), like "the company"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nadia Brook joined the cabinet in May.", [("START", "Nadia Brook")]),
        ("Felix Dunmore left the administration on Friday.", [("END", "Felix Dunmore")]),
        ("Nadia Brook joined the faculty in 2015.", [("START", "Nadia Brook")]),
        ("Felix Dunmore quit the government over the budget.", [("END", "Felix Dunmore")]),
        ("Nadia Brook joined the newsroom last year.", [("START", "Nadia Brook")]),
        ("Felix Dunmore left the band in 2012.", [("END", "Felix Dunmore")]),
        ("Nadia Brook joined the staff of the senator in 2016.", [("START", "Nadia Brook")]),
        # a place one leaves as a visitor, or a thing of the body, is none
        ("Felix Dunmore left the hospital on Friday.", []),
        ("Nadia Brook left the council chamber after the vote.", []),
        ("Felix Dunmore left the campaign trail to rest.", []),
        pytest.param(
            "Nadia Brook joined the band on stage for one song.", [],
            marks=pytest.mark.xfail(strict=True, reason="a guest spot reads as joining"),
        ),
    ],
)  # fmt: skip
def test_non_events_an_unnamed_body_joined_or_left_is_a_change(
    text: str, expected: list[tuple[str, str]]
) -> None:
    got = [(e["type"], e["person"]) for e in events_of(text, published="2024-12-20")]
    assert got == expected


# what a denial denies, a negated intention reaches, or a later "but" takes back
DENIED_OR_TAKEN_BACK = [
    "Ana Ruiz denied that she would resign as chief executive of Orbis.",
    "Ana Ruiz denied she would quit as chair of Orbis.",
    "Orbis rejected suggestions that Ana Ruiz would step down.",
    "Ana Ruiz said she had no intention of bowing to pressure by handing in her resignation.",
    "Coach Tom Ash had absolutely no intention of giving in to the fans by resigning.",
    "Ana Ruiz had signalled her intention to retire this year but has agreed to stay on.",
    "Ana Ruiz was due to step down as chair of Orbis in May but changed her mind.",
    "Tom Ash had planned to retire as governor but agreed to remain for another year.",
]

# ... and what they do not reach
NOT_DENIED: list[tuple[str, list[Told]]] = [
    # a denial of how a change already made was made
    ("Orbis denied that Ana Ruiz was forced out as chief executive.",
     [("END", "Ana Ruiz", "chief executive", None)]),
    # a negated intention in an aside, or before "but"
    ("Ana Ruiz, who had no plans to retire, was fired as chief executive of Orbis.",
     [("END", "Ana Ruiz", "chief executive", "Orbis")]),
    ("Ana Ruiz had no intention of leaving, but she resigned as chief executive of Orbis.",
     [("END", "Ana Ruiz", "chief executive", "Orbis")]),
    # a change made, not planned; a taking back that is itself only possible
    ("Ana Ruiz resigned as chief executive of Orbis but agreed to stay on as an adviser.",
     [("END", "Ana Ruiz", "chief executive", "Orbis")]),
    ("Ana Ruiz is expected to retire as governor next year but could stay on if asked.",
     [("END", "Ana Ruiz", "governor", None)]),
]  # fmt: skip


@pytest.mark.parametrize("text", DENIED_OR_TAKEN_BACK)
def test_non_events_a_denied_or_taken_back_change_gives_no_event(text: str) -> None:
    assert events_of(text, published="2024-12-20") == []


@pytest.mark.parametrize(("text", "expected"), NOT_DENIED)
def test_non_events_a_denial_or_retraction_reaches_only_its_own_clause(
    text: str, expected: list[Told]
) -> None:
    assert _told(text) == expected


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Velt named Lena Fox as new Minister of Commerce, Trade and Industry.", ["Lena Fox"]),
        ("Sam Reed, the new Minister of Health, Sport and Culture, took office.", ["Sam Reed"]),
    ],
)
def test_non_events_a_portfolio_after_a_comma_is_no_person(text: str, people: list[str]) -> None:
    # "Minister of Commerce, Trade": the next field of the list, not a person it describes
    assert [e["person"] for e in events_of(text, published="2024-12-20")] == people


def test_non_events_a_start_takes_no_post_from_the_tenure_before_it() -> None:
    # "after ten years as a banker": the tenure before a start is no post it takes
    text = "Tom Ash joined Orbis Bank after ten years as a banker at Velt Capital."
    assert [(e["type"], e["role"]) for e in events_of(text)] == [("START", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Tom Ash withdrew his resignation on Monday.",
        "Mia Tan has rescinded her resignation as chair of Kestrel Labs.",
        "The White House withdrew the nomination of Carl Webb as ambassador to Velt.",
        "Ana Ruiz retracted her resignation a day later.",
    ],
)
def test_non_events_a_change_taken_back_by_its_noun_is_none(text: str) -> None:
    # "withdrew his resignation": a word of undoing governs the noun of the change
    assert events_of(text, published="2024-12-20") == []
