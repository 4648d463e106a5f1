"""Recall on real news (issue 17): constructions the lead listed as missed, each
shown in several forms with sentences written for the project."""

from __future__ import annotations

import pytest

from conftest import events_of


def told(text: str, *fields: str) -> list[tuple[object, ...]]:
    """The type, person and ``fields`` of each event of ``text`` (published on a
    Friday, 2024-12-20)."""
    keys = ("type", "person", *fields)
    return [tuple(e[k] for k in keys) for e in events_of(text, published="2024-12-20")]


Row = tuple[str, list[tuple[str, str, str | None, str | None, str]]]

# (sentence, expected (type, person, role, org, status))
EVENTS: list[Row] = [
    # "is out as <post>" / "was out at <org>" in body text
    (
        "Tom Ash is out as CEO of Orbis Bank after 18 months.",
        [("END", "Tom Ash", "CEO", "Orbis Bank", "past")],
    ),
    (
        "Nadia Kerr was out as coach of Eastfield United by the weekend.",
        [("END", "Nadia Kerr", "coach", "Eastfield United", "past")],
    ),
    (
        "Carl Webb will be out at Kestrel Labs by June.",
        [("END", "Carl Webb", None, "Kestrel Labs", "future")],
    ),
    # "voted out as", "voted in as"
    (
        "Ivo Stam was voted out as party leader.",
        [("END", "Ivo Stam", "party leader", None, "past")],
    ),
    (
        "Lena Holt was voted in as mayor of Brookfield.",
        [("START", "Lena Holt", "mayor", "Brookfield", "past")],
    ),
    (
        "The Orbis Bank board voted out chairman Ivo Stam.",
        [("END", "Ivo Stam", "chairman", "Orbis Bank", "past")],
    ),
    # passive succession with the post between the verb and "by"
    (
        "Ben Ortiz is set to be replaced as coach by Sam Reed.",
        [
            ("END", "Ben Ortiz", "coach", None, "future"),
            ("START", "Sam Reed", "coach", None, "future"),
        ],
    ),
    (
        "Ana Ruiz was replaced as finance minister by Carl Webb.",
        [
            ("END", "Ana Ruiz", "finance minister", None, "past"),
            ("START", "Carl Webb", "finance minister", None, "past"),
        ],
    ),
    (
        "Tom Ash will be succeeded as chief executive of Orbis Bank by Mia Tan.",
        [
            ("END", "Tom Ash", "chief executive", "Orbis Bank", "future"),
            ("START", "Mia Tan", "chief executive", "Orbis Bank", "future"),
        ],
    ),
    # "confirmed the departure of X" reports a change made; "announced" may be ahead
    (
        "The club has confirmed the departure of head coach Ben Ortiz.",
        [("END", "Ben Ortiz", "head coach", None, "past")],
    ),
    (
        "Orbis Bank confirmed the exit of its finance chief, Tom Ash.",
        [("END", "Tom Ash", "finance chief", "Orbis Bank", "past")],
    ),
    (
        "Mia Tan announced her departure from Orbis Bank.",
        [("END", "Mia Tan", None, "Orbis Bank", "future")],
    ),
    # the subject of "accepted his resignation" is not the one who goes
    (
        "The premier accepted the resignation of finance minister Carl Webb.",
        [("END", "Carl Webb", "finance minister", None, "past")],
    ),
    (
        "Orbis Bank named Tom Ash its CEO. Ash accepted his appointment on Monday.",
        [("START", "Tom Ash", "CEO", "Orbis Bank", "past")],
    ),
    # not renewing a contract ends the post
    (
        "Orbis Hospital did not renew the contract of chief executive Tom Ash.",
        [("END", "Tom Ash", "chief executive", "Orbis Hospital", "past")],
    ),
    (
        "Eastfield United chose not to renew the contract of coach Ben Ortiz.",
        [("END", "Ben Ortiz", "coach", "Eastfield United", "past")],
    ),
    (
        "The Kestrel Labs board will not renew the contract of Mia Tan.",
        [("END", "Mia Tan", None, "Kestrel Labs", "future")],
    ),
    # a past expectation in a relative clause tells no change; the clause's verb does
    (
        "Mia Tan, who had been widely expected to replace Carl Webb, joined Kestrel Labs instead.",
        [("START", "Mia Tan", None, "Kestrel Labs", "past")],
    ),
    (
        "Tom Ash was expected to succeed Jane Roe as CEO of Orbis Bank.",
        [
            ("START", "Tom Ash", "CEO", "Orbis Bank", "future"),
            ("END", "Jane Roe", "CEO", "Orbis Bank", "future"),
        ],
    ),
    # "installed Y in his place": Y takes the post the other side leaves
    (
        "The board ousted chairman Ivo Stam and installed Lena Holt in his place.",
        [
            ("END", "Ivo Stam", "chairman", None, "past"),
            ("START", "Lena Holt", "chairman", None, "past"),
        ],
    ),
    (
        "The club sacked coach Nadia Kerr and installed her assistant, Sam Reed, in her place.",
        [
            ("END", "Nadia Kerr", "coach", None, "past"),
            ("START", "Sam Reed", "coach", None, "past"),
        ],
    ),
    # an object described by its trade before the name ("ex-Delta exec X")
    (
        "Stellar Airlines names ex-Delta exec Rob Kim as CFO",
        [("START", "Rob Kim", "CFO", "Stellar Airlines", "past")],
    ),
    (
        "Stellar Airlines named veteran banker Rob Kim as CFO.",
        [("START", "Rob Kim", "CFO", "Stellar Airlines", "past")],
    ),
    (
        "Orbis Bank hired longtime rival Mia Tan as COO.",
        [("START", "Mia Tan", "COO", "Orbis Bank", "past")],
    ),
    # "joined the board", "left the club": a body the text need not name is a post
    (
        "Mia Tan joined the company in 2009.",
        [("START", "Mia Tan", None, None, "past")],
    ),
    (
        "Lena Holt has decided to leave the club.",
        [("END", "Lena Holt", None, None, "future")],
    ),
    # a nationality and quotes around the describing word
    (
        "Tom Ash will leave Orbis Bank, to be replaced by British banking 'heavyweight' Mia Tan.",
        [
            ("END", "Tom Ash", None, "Orbis Bank", "future"),
            ("START", "Mia Tan", None, "Orbis Bank", "future"),
        ],
    ),
    (
        'Kestrel Labs hired Scottish "veteran" Ana Ruiz as its chief strategist.',
        [("START", "Ana Ruiz", "chief strategist", "Kestrel Labs", "past")],
    ),
    # "named an interim replacement": a succession noun after the article
    (
        "The hospital's CFO, Mia Tan, has been named an interim replacement.",
        [("START", "Mia Tan", None, None, "past")],
    ),
    (
        "Carl Webb was named a permanent successor on Friday.",
        [("START", "Carl Webb", None, None, "past")],
    ),
    # the reins handed or given: the one who gets them starts
    (
        "Tom Ash has been handed the reins at Orbis Bank.",
        [("START", "Tom Ash", None, "Orbis Bank", "past")],
    ),
    (
        "Mia Tan was given the reins of Kestrel Labs in June.",
        [("START", "Mia Tan", None, "Kestrel Labs", "past")],
    ),
    (
        "Ana Ruiz gave the reins to her deputy, Carl Webb, on Monday.",
        [("END", "Ana Ruiz", None, None, "past"), ("START", "Carl Webb", None, None, "past")],
    ),
    # a person described by a noun of selection, in apposition or after "be"
    (
        "Tom Ash is the president's nominee for attorney general.",
        [("NOMINATE", "Tom Ash", "attorney general", None, "past")],
    ),
    (
        "Mia Tan, the governor's pick for state treasurer, will face a confirmation vote.",
        [("NOMINATE", "Mia Tan", "state treasurer", None, "past")],
    ),
    (
        "The president's nominee for attorney general, Tom Ash, faces the Senate.",
        [("NOMINATE", "Tom Ash", "attorney general", None, "past")],
    ),
    (
        "Ana Ruiz is the board's choice to succeed Carl Webb as chief executive.",
        [
            ("START", "Ana Ruiz", "chief executive", None, "future"),
            ("END", "Carl Webb", "chief executive", None, "future"),
        ],
    ),
    # a last day with a post or a body
    (
        "Tom Ash's last day at Orbis Bank will be June 30.",
        [("END", "Tom Ash", None, "Orbis Bank", "future")],
    ),
    # a job lost or landed
    (
        "Tom Ash lost his job as manager of Velt Rovers on Sunday.",
        [("END", "Tom Ash", "manager", "Velt Rovers", "past")],
    ),
    (
        "Mia Tan has landed the top job at Kestrel Labs.",
        [("START", "Mia Tan", None, "Kestrel Labs", "past")],
    ),
    (
        "Ana Ruiz landed the role of chief financial officer at Orbis Bank.",
        [("START", "Ana Ruiz", "chief financial officer", "Orbis Bank", "past")],
    ),
    # charge given: the one given it starts, at the body after "of"
    (
        "Ana Ruiz was given additional charge of the Ministry of Health.",
        [("START", "Ana Ruiz", None, "Ministry of Health", "past")],
    ),
    (
        "Tom Ash has been given charge of the finance ministry.",
        [("START", "Tom Ash", None, "finance ministry", "past")],
    ),
    # a removal in the passive whose "from" names the body left
    (
        "Tom Ash was removed from the board of Orbis Bank.",
        [("END", "Tom Ash", None, "Orbis Bank", "past")],
    ),
    (
        "Mia Tan was removed from Kestrel Labs' board last week.",
        [("END", "Mia Tan", None, "Kestrel Labs", "past")],
    ),
    (
        "Carl Webb was dropped from the cabinet in a reshuffle.",
        [("END", "Carl Webb", None, None, "past")],
    ),
    (
        "Ana Ruiz has been removed from the board.",
        [("END", "Ana Ruiz", None, None, "past")],
    ),
    (
        "Ana Ruiz and Carl Webb were dropped from the cabinet.",
        [("END", "Ana Ruiz", None, None, "past"), ("END", "Carl Webb", None, None, "past")],
    ),
]

NOT_EVENTS = [
    "The old mill was named a heritage site.",
    "Orbis Bank named a successor on Monday.",
    "Tom Ash left the team bus and waved to the fans.",
    "Mia Tan left the board meeting early.",
    "Orbis Bank said veteran banker Tom Ash would speak at the meeting.",
    "Tom Ash, who was expected to succeed Jane Roe, spoke to reporters on Monday.",
    "Carl Webb, who was set to retire in June, will now stay on.",
    "Orbis Bank renewed the contract of Tom Ash for two years.",
    "Orbis Bank may decide not to renew the contract of Tom Ash.",
    "Bishop Karl Dorn led the diocese for years. Pope Leo accepted his resignation.",
    "Mara Lind chaired Orbis Bank. Governor Ana Ruiz formally accepted her resignation.",
    "Tom Ash is out as long as the board wants him.",
    "Voters in Brookfield voted in large numbers.",
    "Nadia Kerr was out at the shops when the board met.",
    # removed from a place or a list: no body left
    "Tom Ash was removed from the building on Monday.",
    "Mia Tan was removed from the stage by security.",
    "Carl Webb was dropped from the shortlist.",
    "Tom Ash was given charge of the investigation.",
    "Tom Ash lost his job last year.",
    "Mia Tan landed the job of her dreams.",
    "Tom Ash, the coach's first pick for the team, scored twice.",
    "The choice was difficult, said Carl Webb.",
    "The coach's first pick, Mia Tan, scored twice.",
    "It was Carl Webb's last day of school.",
    # a party's or the voters' pick runs for the post: a candidacy
    "Tom Ash, the Republican nominee for governor, held a rally.",
    "Mia Tan, the voters' choice for mayor in the poll, leads by ten points.",
    "Carl Webb was the Democrats' choice for governor in 2018.",
    # a thing of the person's removed: the person is its owner, not the subject
    "Tom Ash gave money to Orbis College. His name was removed from the college in 2018.",
    "Mia Tan chaired Kestrel Labs. Her portrait was removed from Kestrel Labs last year.",
    "Ana Ruiz spoke at Orbis Bank. The row led to her name being dropped from the board.",
]


@pytest.mark.parametrize(("text", "expected"), EVENTS)
def test_patterns_recall_constructions(
    text: str, expected: list[tuple[str, str, str | None, str | None, str]]
) -> None:
    got = [(e["type"], e["person"], e["role"], e["org"], e["status"]) for e in events_of(text)]
    assert got == expected


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_patterns_recall_false_alarms_stay_out(text: str) -> None:
    assert events_of(text) == []


# A departure "to become" another post: the END keeps none of the next post's
# title, and a departure for a post elsewhere needs no post of its own.
NEXT_POST: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    (
        "Nora Fitch, who has led the charity since 2015, is leaving to become CEO of "
        "Redwood Foundation.",
        [("END", "Nora Fitch", None), ("START", "Nora Fitch", "CEO")],
    ),
    (
        "Paul Grey is leaving Orbis Bank to become chief executive of Kestrel Labs.",
        [("END", "Paul Grey", None), ("START", "Paul Grey", "chief executive")],
    ),
    (
        "Ana Ruiz resigned to become finance minister.",
        [("END", "Ana Ruiz", None), ("START", "Ana Ruiz", "finance minister")],
    ),
    (
        "Tom Ash resigned as CFO of Orbis Bank to join Kestrel Labs.",
        [("END", "Tom Ash", "CFO"), ("START", "Tom Ash", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEXT_POST)
def test_patterns_recall_departure_leaves_the_next_post_alone(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert [(e["type"], e["person"], e["role"]) for e in events_of(text)] == expected


@pytest.mark.xfail(strict=True, reason="the END still takes the next post's body (issue 17)")
def test_patterns_recall_departure_leaves_the_next_body_alone() -> None:
    got = [(e["type"], e["org"]) for e in events_of("Tom Ash left to join Kestrel Labs as CFO.")]
    assert got == [("END", None), ("START", "Kestrel Labs")]


# A term that runs out ends the post where the sentence says it is not renewed.
TERM_ENDS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Carl Webb, the bank's governor, said he would not seek a second term when his "
        "current appointment ends on September 26.",
        [("END", "Carl Webb")],
    ),
    (
        "Mia Tan will not stand again when her mandate expires in May.",
        [("END", "Mia Tan")],
    ),
    ("She would not say whether she would retire before her contract ends in 2030.", []),
    ("Tom Ash chairs the panel until his term expires in 2029.", []),
]


@pytest.mark.parametrize(("text", "expected"), TERM_ENDS)
def test_patterns_recall_term_ends_when_not_renewed(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(e["type"], e["person"]) for e in events_of(text)] == expected


# "the reign of X ended", "X's tenure as CEO will end": an END only where it ends
TENURES: list[tuple[str, list[tuple[str, str, str | None, str]]]] = [
    (
        "The reign of Prime Minister Ivo Stam ended in 2007.",
        [("END", "Ivo Stam", "Prime Minister", "past")],
    ),
    (
        "The eleven-year reign of coach Ben Ortiz ended on Sunday.",
        [("END", "Ben Ortiz", "coach", "past")],
    ),
    (
        "Mia Tan's tenure as chair will end in June.",
        [("END", "Mia Tan", "chair", "future")],
    ),
    ("During his tenure as CEO, Tom Ash doubled profits.", []),
    ("The reign of Ivo Stam, who ran Orbis Bank, is remembered fondly.", []),
    (
        "Orbis Bank announced the selection of Mia Tan as its next chief executive.",
        [("START", "Mia Tan", "chief executive", "past")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TENURES)
def test_patterns_recall_tenure_ends_only_where_told(
    text: str, expected: list[tuple[str, str, str | None, str]]
) -> None:
    got = [(e["type"], e["person"], e["role"], e["status"]) for e in events_of(text)]
    assert got == expected


# A start told with only a time ("who took charge in August 2019", "since joining
# in 2016") takes the post the text gives the person; with an object it names its own.
BARE_STARTS: list[tuple[str, list[tuple[str, str, str | None, str | None]]]] = [
    (
        "Eastfield manager Tom Ash has left the club. Ash, who took charge in August "
        "2019, left by mutual agreement.",
        [("END", "Tom Ash", "manager", "Eastfield"), ("START", "Tom Ash", "manager", "Eastfield")],
    ),
    (
        "Mia Tan, chief executive of Orbis Bank, will step down in June. Since joining "
        "in 2016 Tan has cut costs.",
        [
            ("END", "Mia Tan", "chief executive", "Orbis Bank"),
            ("START", "Mia Tan", "chief executive", "Orbis Bank"),
        ],
    ),
    ("CEO Tom Ash joined the call.", []),
    ("Orbis Bank CFO Mia Tan joined in the criticism.", []),
]


@pytest.mark.parametrize(("text", "expected"), BARE_STARTS)
def test_patterns_recall_bare_start_takes_the_told_post(
    text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    got = [(e["type"], e["person"], e["role"], e["org"]) for e in events_of(text)]
    assert got == expected


# A present verb after "before", "until", "once", "when" tells a time ahead.
AHEAD: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "Mia Tan will chair Orbis Bank until Tom Ash takes over.",
        [("START", "Mia Tan", "future"), ("START", "Tom Ash", "future")],
    ),
    (
        "Carl Webb will step down as CEO once Ana Ruiz takes over.",
        [("END", "Carl Webb", "future"), ("START", "Ana Ruiz", "future")],
    ),
    ("Ana Ruiz becomes CEO of Orbis Bank.", [("START", "Ana Ruiz", "past")]),
]


@pytest.mark.parametrize(("text", "expected"), AHEAD)
def test_patterns_recall_present_after_time_subordinator_is_ahead(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(e["type"], e["person"], e["status"]) for e in events_of(text)] == expected


# A ministry written in lower case is the body of the post ("the health ministry").
MINISTRIES: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    ("Lena Holt takes over the health ministry.", [("START", "Lena Holt", "health ministry")]),
    (
        "Ana Ruiz left the finance ministry in 2019.",
        [("END", "Ana Ruiz", "finance ministry")],
    ),
    (
        "Tom Ash joined the foreign affairs department in 2015.",
        [("START", "Tom Ash", "foreign affairs department")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MINISTRIES)
def test_patterns_recall_lowercase_ministry_is_the_body(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert [(e["type"], e["person"], e["org"]) for e in events_of(text)] == expected


# Chosen "to lead/run/head" a part of an organisation: the post is head of it.
LED_UNITS: list[tuple[str, list[tuple[str, str, str | None, str | None]]]] = [
    (
        "Orbis Bank tapped Mia Tan to lead its cloud division.",
        [("START", "Mia Tan", "head of cloud division", "Orbis Bank")],
    ),
    (
        "Kestrel Labs picked Owen Pike to run its European business.",
        [("START", "Owen Pike", "head of European business", "Kestrel Labs")],
    ),
    (
        "Orbis Bank hired Mia Tan to head its asset management arm.",
        [("START", "Mia Tan", "head of asset management arm", "Orbis Bank")],
    ),
    (
        "Orbis Bank hired Mia Tan to lead the turnaround.",
        [("START", "Mia Tan", None, "Orbis Bank")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LED_UNITS)
def test_patterns_recall_chosen_to_lead_a_unit(
    text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    got = [(e["type"], e["person"], e["role"], e["org"]) for e in events_of(text)]
    assert got == expected


# "accepted an offer from Y to serve as": the one who accepts takes the post
OFFERS: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    (
        "Tom Ash said he had accepted an offer from Brookfield Mayor Carl Webb to serve as "
        "deputy fire commissioner.",
        [("START", "Tom Ash", "deputy fire commissioner")],
    ),
    (
        "Mia Tan accepted an invitation from Ana Ruiz to join Orbis Bank as CFO.",
        [("START", "Mia Tan", "CFO")],
    ),
    ("Mia Tan turned down an offer from Ana Ruiz to join Orbis Bank.", []),
    ("Mia Tan declined an invitation from Ana Ruiz to serve as CFO.", []),
]


@pytest.mark.parametrize(("text", "expected"), OFFERS)
def test_patterns_recall_offer_taker_takes_the_post(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert [(e["type"], e["person"], e["role"]) for e in events_of(text)] == expected


# The body after a passive "to": "was reassigned to the Tourism and Wildlife Ministry"
PASSIVE_TO: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    (
        "Carl Webb has been reassigned to the Tourism and Wildlife Ministry.",
        [("START", "Carl Webb", "Tourism and Wildlife Ministry")],
    ),
    ("Tom Ash was recruited to Kestrel Labs last year.", [("START", "Tom Ash", "Kestrel Labs")]),
    ("Tom Ash joined Orbis Bank and Kestrel Labs.", [("START", "Tom Ash", "Orbis Bank")]),
]


@pytest.mark.parametrize(("text", "expected"), PASSIVE_TO)
def test_patterns_recall_body_after_passive_to(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert [(e["type"], e["person"], e["org"]) for e in events_of(text)] == expected


# Constructions of issue 17 not read yet.
RECALL_MISSES: list[tuple[str, list[tuple[str, str]]]] = [
    # a reshuffle line whose subject is the portfolio
    (
        "Trade goes to Carl Webb, while defence goes to Ana Ruiz.",
        [("START", "Carl Webb"), ("START", "Ana Ruiz")],
    ),
    # a move to a bare portfolio
    ("Ana Ruiz moves to education.", [("START", "Ana Ruiz")]),
    # "put Y in his place": "put" is no trigger
    (
        "The board removed Ivo Stam and put Lena Holt in his place.",
        [("END", "Ivo Stam"), ("START", "Lena Holt")],
    ),
]


@pytest.mark.xfail(strict=True, reason="constructions not read yet (issue 17)")
@pytest.mark.parametrize(("text", "expected"), RECALL_MISSES)
def test_patterns_recall_known_misses(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e["type"], e["person"]) for e in events_of(text)] == expected


# "his letter of resignation": the letter's possessor is the one who goes
LETTERS: list[tuple[str, list[tuple[str, str, str | None, str | None]]]] = [
    (
        "Orbis Bank CFO Mia Tan submitted her letter of resignation to the board.",
        [("END", "Mia Tan", "CFO", "Orbis Bank")],
    ),
    (
        "The governor received Carl Webb's letter of resignation.",
        [("END", "Carl Webb", None, None)],
    ),
    ("Tom Ash handed in his letter of resignation on Monday.", [("END", "Tom Ash", None, None)]),
    (
        "Bishop Karl Dorn led the diocese for years. Pope Leo accepted his letter of resignation.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LETTERS)
def test_patterns_recall_letter_of_resignation(
    text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    got = [(e["type"], e["person"], e["role"], e["org"]) for e in events_of(text)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tom Ash handed over the reins to Dana Kerr on Thursday.",
         [("END", "Tom Ash", None), ("START", "Dana Kerr", None)]),
        ("Tom Ash handed the reins to Dana Kerr on Thursday.",
         [("END", "Tom Ash", None), ("START", "Dana Kerr", None)]),
        ("Tom Ash will hand over to Dana Kerr as CEO on Jan. 1.",
         [("END", "Tom Ash", "CEO"), ("START", "Dana Kerr", "CEO")]),
        ("Tom Ash handed over the presidency to Dana Kerr in May.",
         [("END", "Tom Ash", "president"), ("START", "Dana Kerr", "president")]),
        ("Tom Ash passed the baton to Dana Kerr last month.",
         [("END", "Tom Ash", None), ("START", "Dana Kerr", None)]),
        ("Tom Ash handed over power to Dana Kerr on Monday.",
         [("END", "Tom Ash", None), ("START", "Dana Kerr", None)]),
        # a body hands over: only the one handed to
        ("The club handed over to Dana Kerr on Thursday.", [("START", "Dana Kerr", None)]),
        # a thing handed over is no post
        ("Tom Ash handed over the documents to Dana Kerr.", []),
        ("Tom Ash handed over the keys to Dana Kerr.", []),
    ],
)  # fmt: skip
def test_recall_a_handover_ends_the_giver_and_starts_the_receiver(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert told(text, "role") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Former CFO Ana Ruiz has rejoined Borealis Bank as chief operating officer.",
         [("START", "Ana Ruiz", "chief operating officer")]),
        ("Ana Ruiz rejoined the club in May.", [("START", "Ana Ruiz", None)]),
        ("Ana Ruiz will rejoin Borealis Bank next month.", [("START", "Ana Ruiz", None)]),
    ],
)  # fmt: skip
def test_recall_a_return_to_a_former_employer_is_a_start(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert told(text, "role") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the people after a colon that follows the posts named
        ("Borealis Bank has appointed two new directors: Ana Ruiz and Ivo Lind.",
         [("START", "Ana Ruiz"), ("START", "Ivo Lind")]),
        ("The president named three new ministers: Ana Ruiz, Ivo Lind and Omar Bell.",
         [("START", "Ana Ruiz"), ("START", "Ivo Lind"), ("START", "Omar Bell")]),
        ("Kessa Group hired two analysts: Ana Ruiz and Ivo Lind.",
         [("START", "Ana Ruiz"), ("START", "Ivo Lind")]),
        # "take his place": a succession where the place is another's
        ("Ivo Lind resigned as chairman on Monday. Ana Ruiz will take his place.",
         [("END", "Ivo Lind"), ("START", "Ana Ruiz")]),
        ("Ivo Lind stepped down as coach; his assistant Omar Bell takes his place on an "
         "interim basis.", [("END", "Ivo Lind"), ("START", "Omar Bell")]),
        # ... not a seat of one's own
        ("Ana Ruiz took her place at the table.", []),
        ("Omar Bell took his place on the podium.", []),
    ],
)  # fmt: skip
def test_recall_people_listed_after_a_colon_and_one_taking_anothers_place(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert told(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ivo Lind vacated the position of chief justice upon reaching retirement age.",
         [("END", "Ivo Lind", "chief justice")]),
        ("Ana Ruiz will vacate her seat on the board in June.", [("END", "Ana Ruiz", None)]),
        ("Coach Ivo Lind was shown the door after a string of defeats.",
         [("END", "Ivo Lind", "Coach")]),
        # a place vacated is no post
        ("Ivo Lind vacated the building after the alarm.", []),
        # a post is the subject of a participle, not the person before it
        ("Ana Ruiz is running for the seat being vacated next year.", []),
        ("Omar Bell won the seat vacated in May by the senator.", []),
        ("Omar Bell, the mayor, took the post vacated last year.", []),
    ],
)  # fmt: skip
def test_recall_a_post_vacated_or_a_coach_shown_the_door_ends(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert told(text, "role") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ana Ruiz was inaugurated as president on Monday.", [("START", "Ana Ruiz", "president")]),
        ("Ana Ruiz was yesterday sworn-in as the new governor.",
         [("START", "Ana Ruiz", "governor")]),
        ("Ivo Lind has been redeployed to the finance ministry.", [("START", "Ivo Lind", None)]),
        ("Ivo Lind has been drafted in as interim manager.",
         [("START", "Ivo Lind", "interim manager")]),
        ("Harbor Gulls unveiled Ana Ruiz as their new head coach.",
         [("START", "Ana Ruiz", "head coach")]),
        # a thing inaugurated, redeployed or unveiled is none
        ("The bridge was inaugurated on Monday.", []),
        ("Troops were redeployed to the border.", []),
        ("Borealis Bank unveiled a new logo on Friday.", []),
        # a vote to remove from a body the text does not name
        ("Shareholders voted to remove Ivo Lind from the board on Friday.",
         [("END", "Ivo Lind", None)]),
        ("The prime minister dropped Ivo Lind from the cabinet on Tuesday.",
         [("END", "Ivo Lind", None)]),
        # ... not a side picked for a match
        ("The coach dropped Ivo Lind from the squad for the final.", []),
    ],
)  # fmt: skip
def test_recall_inaugurated_redeployed_drafted_in_unveiled_and_removed_by_a_vote(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert told(text, "role") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ivo Lind is stepping back from his role as chief executive.",
         [("END", "Ivo Lind", "chief executive")]),
        ("Ana Ruiz stepped back from the role of chairwoman.",
         [("END", "Ana Ruiz", "chairwoman")]),
        ("Ivo Lind has handed in his notice.", [("END", "Ivo Lind", None)]),
        # a step back from no post is none
        ("Ivo Lind stepped back from the edge.", []),
        ("Ana Ruiz stepped back in surprise.", []),
        # a subject pronoun after a verb of announcing opens a clause: no object
        ("Ivo Lind announced he would not seek re-election as party leader.", []),
        ("Borealis Bank confirmed she will stay as chief executive.", []),
    ],
)  # fmt: skip
def test_recall_stepping_back_from_a_post_and_a_notice_handed_in(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert told(text, "role") == expected
