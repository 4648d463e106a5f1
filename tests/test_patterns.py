"""Role-pattern matching: which sentences give which events (dates aside)."""

from __future__ import annotations

import pytest

from conftest import events_of

# (sentence, expected (type, person, role, org) tuples)
EVENTS = [
    # Subject frames
    (
        "Acme Corp. said CFO Jane Roe resigned on Monday.",
        [("END", "Jane Roe", "CFO", "Acme Corp.")],
    ),
    (
        "Tom Ash, the chief executive of Lumen Bank, will step down next month.",
        [("END", "Tom Ash", "chief executive", "Lumen Bank")],
    ),
    (
        "Ana Ruiz, Harris' press secretary, announced her departure.",
        [("END", "Ana Ruiz", "press secretary", "Harris")],
    ),
    (
        "Kim Ode, the Director of Field Operations, and Lee Vance, the Deputy Director of the "
        "Office of Rural Affairs, will both be leaving soon.",
        [
            # No body of its own: the document's one organisation is the fallback.
            ("END", "Kim Ode", "Director of Field Operations", "Office of Rural Affairs"),
            ("END", "Lee Vance", "Deputy Director", "Office of Rural Affairs"),
        ],
    ),
    (
        "Rosa Diaz joins Pellworth Labs as chief technology officer.",
        [("START", "Rosa Diaz", "chief technology officer", "Pellworth Labs")],
    ),
    (
        "Femi Okafor will become executive chairman of Tidewell Foods.",
        [("START", "Femi Okafor", "executive chairman", "Tidewell Foods")],
    ),
    # Object frames, active and passive
    (
        "The board of Tidewell Foods fired chief executive Ben Pratt.",
        [("END", "Ben Pratt", "chief executive", "Tidewell Foods")],
    ),
    (
        "Corvel Systems has appointed Mia Holt as its chief financial officer.",
        [("START", "Mia Holt", "chief financial officer", "Corvel Systems")],
    ),
    (
        "Mia Holt was named head coach of the Ridgeway Hawks.",
        [("START", "Mia Holt", "head coach", "Ridgeway Hawks")],
    ),
    (
        "The mayor brought in Lara Finch and Joel Amos, two veteran strategists.",
        [("START", "Lara Finch", None, None), ("START", "Joel Amos", None, None)],
    ),
    (
        "The president nominated Carl Webb to be ambassador to Peru.",
        [("NOMINATE", "Carl Webb", "ambassador to Peru", None)],
    ),
    # The subject before an aside, not a name inside it
    (
        "Nia Park, a former Orbis Bank trader who has advised Sam Cole, was named to succeed "
        "Eva Lind.",
        [("START", "Nia Park", None, "Orbis Bank"), ("END", "Eva Lind", None, "Orbis Bank")],
    ),
    # Ordinals stay inside the role; a weekday is no organisation
    (
        "The government on Monday appointed Nia Park as the 26th governor of the central bank.",
        [("START", "Nia Park", "governor", "central bank")],
    ),
    # "take office" alone names no post, but continues a change the text told
    (
        "Orbis Bank named Nia Park as its provost. Park will take office on July 1.",
        [("START", "Nia Park", "provost", "Orbis Bank")],
    ),
    (
        "Nia Park will take up the post in September.",
        [("START", "Nia Park", None, None)],
    ),
    # Filings: the legal form stays with the name; titles and the board are no body
    (
        'Tom Ash notified the Board of Directors (the "Board") of Corvel Systems, Inc. of his '
        "decision to resign as Chief Financial Officer. The Board thanked Mr. Ash.",
        [("END", "Tom Ash", "Chief Financial Officer", "Corvel Systems, Inc.")],
    ),
    # "release" of a person is a dismissal; of a statement it is not
    (
        "The Ridgeway Hawks released their head coach Tim Vale on Sunday.",
        [("END", "Tim Vale", "head coach", "Ridgeway Hawks")],
    ),
    # "will serve as" starts a post; "has served as" is tenure
    (
        "Nia Park, the provost, will serve as interim president of Orbis College.",
        [("START", "Nia Park", "interim president", "Orbis College")],
    ),
    # A selection is a nomination where the text speaks of confirmation
    (
        "The mayor tapped Nia Park as police chief. The council must confirm her.",
        [("NOMINATE", "Nia Park", "police chief", None)],
    ),
    (
        "The Ridgeway Hawks tapped Nia Park as head coach.",
        [("START", "Nia Park", "head coach", "Ridgeway Hawks")],
    ),
    # "put forward X to become chair": one nomination, not a start as well
    (
        "The committee put forward Nia Park to become chair of the Harbour Trust.",
        [("NOMINATE", "Nia Park", "chair", "Harbour Trust")],
    ),
    ("Nia Park is indicated for the post.", [("NOMINATE", "Nia Park", None, None)]),
    # "will chair the board": the verb names the post; "has chaired" is tenure
    (
        "Vice chairman Nia Park will chair the board of Orbis Bank until a successor is elected.",
        [("START", "Nia Park", "chair", "Orbis Bank")],
    ),
    # a passive after "until" has its own subject
    (
        "Deputy chief Nia Park will lead the unit until a replacement is named.",
        [],
    ),
    # lower-case text still names people
    (
        "fairhaven mayor lena okafor fired police chief victor ramos on monday after an audit "
        "of the department found that officers had been overpaid for years by the city.",
        [("END", "victor ramos", "police chief", None)],
    ),
    # "The chairman of X, Y, died": the role and organisation before the name
    (
        "The chairman of Orbis Bank, Sam Cole, died on Sunday at the age of 81.",
        [("END", "Sam Cole", "chairman", "Orbis Bank")],
    ),
    # a name between commas after a description is the subject, not a list
    ("A friend of Sam Cole, Nia Park, resigned.", [("END", "Nia Park", None, None)]),
    # a participle's subject is its clause's
    (
        "Nia Park, a former adviser to the board, replaces Eva Lind as chair, taking over "
        "as the bank expands.",
        [("START", "Nia Park", "chair", None), ("END", "Eva Lind", "chair", None)],
    ),
    # "after sacking X" tells of X; "before joining" is the subject's background
    (
        "Ashford Rovers appointed Luis Moreno as manager, a week after sacking Tim Vale.",
        [
            ("START", "Luis Moreno", "manager", "Ashford Rovers"),
            ("END", "Tim Vale", None, "Ashford Rovers"),
        ],
    ),
    # club and group names are organisations
    (
        "The SV Rheinwald has released his head trainer Tim Vale.",
        [("END", "Tim Vale", "head trainer", "SV Rheinwald")],
    ),
    (
        "Groupe Valmorel: the General Director Tim Vale presents his resignation.",
        [("END", "Tim Vale", "General Director", "Groupe Valmorel")],
    ),
    # headline passives without "was", garbled passives, posts named by a noun
    (
        "Professor Nia Park appointed new Vice Chancellor of Orbis University",
        [("START", "Nia Park", "Vice Chancellor", "Orbis University")],
    ),
    ("Mr. Tim Vale was dismissal by the Prime Minister.", [("END", "Tim Vale", None, None)]),
    (
        "President Lane fired Secretary of State Walter Brooks on Tuesday.",
        [("END", "Walter Brooks", "Secretary of State", None)],
    ),
    (
        # the presidency is its holder's post: the president's
        "The director Nia Park assumes the presidency until June.",
        [("START", "Nia Park", "president", None)],
    ),
    # degrees do not end sentences
    (
        "Nia Park, Ph.D., head of research, has been promoted to Chief Scientific Officer.",
        [("START", "Nia Park", "Chief Scientific Officer", None)],
    ),
    # ", who has been chairman since 2015," gives the post held
    (
        "Tim Vale, who has been chairman since 2015, will retire from the board of Orbis Bank.",
        [("END", "Tim Vale", "chairman", "Orbis Bank")],
    ),
    # a law named in a filing is no organisation
    (
        "Pursuant to the Securities Exchange Act, Corvel Systems reports that its CFO, "
        "Tim Vale, resigned. Under the Securities Exchange Act the Company files this "
        "report. The Securities Exchange Act applies.",
        [("END", "Tim Vale", "CFO", "Corvel Systems")],
    ),
    # Lists of appointments
    (
        "Orbis Bank appointed Nia Park as CEO, Sam Cole as CFO and Eva Lind as COO.",
        [
            ("START", "Nia Park", "CEO", "Orbis Bank"),
            ("START", "Sam Cole", "CFO", "Orbis Bank"),
            ("START", "Eva Lind", "COO", "Orbis Bank"),
        ],
    ),
    (
        "Orbis Bank named Nia Park chief executive and Sam Cole finance chief.",
        [
            ("START", "Nia Park", "chief executive", "Orbis Bank"),
            ("START", "Sam Cole", "finance chief", "Orbis Bank"),
        ],
    ),
    (
        "Orbis Bank hired Nia Park as CEO, and Sam Cole will stay as CFO.",
        [("START", "Nia Park", "CEO", "Orbis Bank")],
    ),
    # Successions
    (
        "Nia Park replaces Sam Cole as chief executive of Orbis Bank.",
        [
            ("START", "Nia Park", "chief executive", "Orbis Bank"),
            ("END", "Sam Cole", "chief executive", "Orbis Bank"),
        ],
    ),
    (
        "Chief executive Sam Cole will be succeeded by Nia Park.",
        [
            ("END", "Sam Cole", "Chief executive", None),
            ("START", "Nia Park", "Chief executive", None),
        ],
    ),
    (
        # the successor's post, named in the sentence before
        "Pellworth Labs hired Nia Park as chief executive. She replaces Sam Cole.",
        [
            ("START", "Nia Park", "chief executive", "Pellworth Labs"),
            ("END", "Sam Cole", "chief executive", "Pellworth Labs"),
        ],
    ),
    (
        # the predecessor's own next employer is not the post's organisation
        "The Harbour Gazette named Ivo Lind editor, replacing Ada Moss, who is leaving "
        "to teach at Corran University.",
        [
            ("START", "Ivo Lind", "editor", "Harbour Gazette"),
            ("END", "Ada Moss", "editor", "Harbour Gazette"),
        ],
    ),
    (
        "Orbis Bank has appointed Dr. Lena Voss as its chief economist.",
        [("START", "Lena Voss", "chief economist", "Orbis Bank")],
    ),
    (
        # an aside between the person and the post, and the aside's past employer
        "Tidewell Foods lost its chair in May. The board elected Ida Nash, a former Treasury "
        "Department official who has been a director since 2019, as its chair.",
        [("START", "Ida Nash", "chair", "Tidewell Foods")],
    ),
    (
        "The president said he would nominate Ida Nash, a central bank governor since 2014, "
        "to be vice chair.",
        [("NOMINATE", "Ida Nash", "vice chair", None)],
    ),
    (
        # the body that confirms is not the post's organisation
        "The Senate confirmed Carl Webb as ambassador to Peru on Friday.",
        [("START", "Carl Webb", "ambassador to Peru", None)],
    ),
    (
        "The President nominated Carl Webb to be ambassador to Peru. If confirmed by the "
        "Senate, Webb would replace Ambassador Ruth Lam, who stepped down in June.",
        [
            ("NOMINATE", "Carl Webb", "ambassador to Peru", None),
            ("END", "Ruth Lam", "Ambassador", None),
        ],
    ),
    (
        # a minister's post is in the government, not in the party
        "The chancellor fired Finance Minister Carl Webb, the leader of the Free Democrats "
        "(FDP). Two other FDP ministers also quit the Dutch government.",
        [("END", "Carl Webb", "Finance Minister", "Dutch government")],
    ),
    (
        "Ida Nash replaces Carl Webb as foreign minister. Webb was once seen as a rival "
        "within the governing Liberal Party.",
        [
            ("START", "Ida Nash", "foreign minister", None),
            ("END", "Carl Webb", "foreign minister", None),
        ],
    ),
    (
        # a party post stays the party's
        "Carl Webb resigned as chairman of the Liberal Party.",
        [("END", "Carl Webb", "chairman", "Liberal Party")],
    ),
    (
        # a described one-word name: the name is the organisation
        "Ada Lin fired Tom Ash as chief executive of state-run oil company Zentra.",
        [("END", "Tom Ash", "chief executive", "Zentra")],
    ),
    (
        "Tom Ash was named head of corporate banking at Orbis Bank.",
        [("START", "Tom Ash", "head of corporate banking", "Orbis Bank")],
    ),
    (
        # a team named by one word; a name after "by" is not the subject
        "Chelsea have appointed Tom Ash as caretaker manager. Carl Webb was fired as head "
        "coach on Sunday, after a defeat by Aston Villa left Chelsea 11th.",
        [
            ("START", "Tom Ash", "caretaker manager", "Chelsea"),
            ("END", "Carl Webb", "head coach", "Chelsea"),
        ],
    ),
    (
        # the second verb's subject is the first one's
        "Ada Lin, who has been an adviser, was named to succeed Carl Webb as finance "
        "minister and was sworn in by President Tom Ash later on Thursday.",
        [
            ("START", "Ada Lin", "finance minister", None),
            ("END", "Carl Webb", "finance minister", None),
        ],
    ),
    (
        # a title with "of" before the name; the successor takes the post
        "President Lane fired Secretary of State Ivo Lind and said he would nominate Ada "
        "Roe to replace him.",
        [
            ("END", "Ivo Lind", "Secretary of State", None),
            ("NOMINATE", "Ada Roe", "Secretary of State", None),
        ],
    ),
    (
        # a translation's "has" + base form is a past change
        "Veltrix has hire Omar Siddiqui as his new chief technology officer.",
        [("START", "Omar Siddiqui", "chief technology officer", "Veltrix")],
    ),
    (
        # a name that only acts like an organisation is the document's one
        "The Harbor City Gulls fired head coach Tom Ash. Defensive coordinator Ada Lin was "
        "named interim head coach.",
        [
            ("END", "Tom Ash", "head coach", "Harbor City Gulls"),
            ("START", "Ada Lin", "interim head coach", "Harbor City Gulls"),
        ],
    ),
    (
        "Fieldnote, the maker of a note-taking app, said Tom Ash stepped down as chief executive.",
        [("END", "Tom Ash", "chief executive", "Fieldnote")],
    ),
    (
        "Tom Ash left Spanish club Deportivo Sur in the summer.",
        [("END", "Tom Ash", None, "Deportivo Sur")],
    ),
    (
        # the person before the aside, not the one inside it, past "is expected to"
        "Tom Ash, senior adviser for Mayor Ada Lin, is expected to leave his post next month.",
        [("END", "Tom Ash", "senior adviser", "Mayor Ada Lin")],
    ),
    (
        "The club has released his head trainer Tom Ash with immediate effect.",
        [("END", "Tom Ash", "head trainer", None)],
    ),
    (
        "Tom Ash, Executive Vice President of Sales, will take on the additional role of "
        "Chief Operating Officer.",
        [("START", "Tom Ash", "Chief Operating Officer", None)],
    ),
    (
        # a succession shares the post with the other side only, not with the same
        # person's other verb ("to return to research" takes no dean's post)
        "Ada Lin was named dean. She succeeds Dean Tom Ash, who is stepping down to return "
        "to full-time research.",
        [("START", "Ada Lin", "dean", None), ("END", "Tom Ash", "Dean", None)],
    ),
    (
        # "continued" elsewhere in the clause does not deny the hire
        "Acme continued to grow after it hired Tom Ash as chief executive.",
        [("START", "Tom Ash", "chief executive", None)],
    ),
    (
        # a participle that describes a named person still tells the change
        "The newly appointed chief executive Tom Ash said sales rose.",
        [("START", "Tom Ash", "chief executive", None)],
    ),
    # Possessives inside and before the post
    (
        "Acme Foods named Ada Lin as the company's chief executive.",
        [("START", "Ada Lin", "chief executive", "Acme Foods")],
    ),
    (
        "Acme Foods said Ada Lin would become the school's ninth president.",
        [("START", "Ada Lin", "president", "Acme Foods")],
    ),
    (
        "Tom Ash was named head coach of India's women's hockey team.",
        [("START", "Tom Ash", "head coach", "India's women's hockey team")],
    ),
    (
        "Ada Lin became the vice president's chief of staff.",
        [("START", "Ada Lin", "chief of staff", "vice president")],
    ),
    (
        "Ada Lin joined the governor's office as an adviser.",
        [("START", "Ada Lin", "adviser", "governor's office")],
    ),
    # Nouns
    (
        "Pellworth Labs announced the appointment of Rosa Diaz as Chief People Officer.",
        [("START", "Rosa Diaz", "Chief People Officer", "Pellworth Labs")],
    ),
    # A title right after the verb is the post, not the organisation
    ("Tom Ash became CEO in May.", [("START", "Tom Ash", "CEO", None)]),
    ("Lee Park became President in 2020.", [("START", "Lee Park", "President", None)]),
    (
        "Nia Cole became Chief Operating Officer last year.",
        [("START", "Nia Cole", "Chief Operating Officer", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), EVENTS)
def test_patterns_find_person_role_and_org(
    text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    got = [(e["type"], e["person"], e["role"], e["org"]) for e in events_of(text)]
    assert got == expected


NOT_EVENTS = [
    # a participle as an adjective, a possessive as no object, a negated expectation
    "Ada Lin, a retired principal, has volunteered as a reading tutor for years.",
    "Carl Webb stayed on after refusing an order to fire his advisers.",
    "Analysts said neither expected Tom Ash to be replaced this year.",
    # an appointment with no post anywhere may be a doctor's
    "Ada Lin, for her part, finally got her appointment.",
    # "take on" without a post is no change; carrying on in a post is none either
    "Tom Ash will continue to serve as chief accounting officer.",
    "Tom Ash took on his rivals in court.",
    # party membership is no post
    "Transport Minister Ada Lin said she would stay in her post and would leave the "
    "Liberal Party instead.",
    "Ada Lin joined the Labour Party in 1990.",
    "Jane Roe has no plans to resign.",
    "Jane Roe said she would not step down.",
    "Lawmakers called on Jane Roe to resign.",
    "If the merger fails, Jane Roe would have to step down.",
    "Should Jane Roe resign?",
    "Jane Roe has served as chief financial officer of Acme Corp. since 2015.",
    "Senator Jane Roe stepped down from the podium to loud cheers.",
    "Coach Jane Roe said the players were fired up.",
    "Jane Roe left the building after the speech.",
    "Jane Roe missed a doctor's appointment.",
    "Coach Jane Roe will go on medical leave.",
    "Acme Corp. will retire its older chip line.",
    "Markets fell on Monday as investors weighed new data.",
    "Nia Park will take office.",
    "Nia Park indicated that the talks had failed.",
    "Nia Park will chair the meeting on Friday.",
    "Nia Park appointed a committee to review the accounts.",
    "Nia Park worked on the campaign before joining the mayor's office.",
    "Nia Park has chaired the board of Orbis Bank since 2010.",
    "Nia Park has served as provost of Orbis College since 2019.",
    "Nia Park, who serves as provost, spoke on Monday.",
    "The Ridgeway Hawks released a statement on Sunday.",
    "Nia Park took up golf last year.",
    # a death out of office ends no post
    "Tom Ash, the former CEO of Orbis Bank, died on Saturday at 84.",
    "Former Orbis Bank chairman Tom Ash died on Saturday.",
    "Ex-mayor Jane Roe has died, her family said.",
]


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_patterns_ignore_denials_hedges_and_other_senses(text: str) -> None:
    assert events_of(text) == []


# A wish is no announcement; a cue in a relative clause or a bracket between the
# person and the verb says nothing of the change after it.
MODALITY = [
    ("Jane Roe had expressed her wish to retire last year.", []),
    ("Tom Ash hopes to become the next mayor of Eastfield.", []),
    ("Tom Ash wants to step down as chairman.", []),
    ("Tom Ash, who never finished his degree, resigned as CFO.", [("END", "Tom Ash", "past")]),
    (
        "Tom Ash, who had been tipped as a future CEO, resigned as CFO.",
        [("END", "Tom Ash", "past")],
    ),
    ("Tom Ash, who hoped to become CEO, resigned as CFO.", [("END", "Tom Ash", "past")]),
    ("Tom Ash (who had wanted the top job) resigned as CFO.", [("END", "Tom Ash", "past")]),
    (
        "Tom Ash, who has no plans to retire, will step down as CFO.",
        [("END", "Tom Ash", "future")],
    ),
]


# A passive with an adverb or a short time between the be-form and the participle
PASSIVE_INSERTS = [
    ("Tom Ash was also hired as COO.", [("START", "Tom Ash", "past")]),
    ("Tom Ash was likewise hired as COO.", [("START", "Tom Ash", "past")]),
    ("Tom Ash was later appointed COO.", [("START", "Tom Ash", "past")]),
    (
        "Jane Roe was on Wednesday appointed the new chief of staff.",
        [("START", "Jane Roe", "past")],
    ),
    pytest.param(
        "Jane Roe was, on Monday, dismissed as coach.",
        [("END", "Jane Roe", "past")],
        marks=pytest.mark.xfail(strict=True, reason="a time set off by commas splits the verb"),
    ),
]


# A death in office ends the post; a former title still names the post a
# resignation ended
DEATHS = [
    (
        "Tom Ash, Orbis Bank's chief executive, died on Saturday.",
        [("END", "Tom Ash", "chief executive")],
    ),
    ("Orbis Bank chairman Tom Ash died on Saturday.", [("END", "Tom Ash", "chairman")]),
    ("Former Orbis Bank CEO Jane Roe resigned in 2019.", [("END", "Jane Roe", "CEO")]),
]


# "his" after a verb of announcing is the announcer's when the verb is the
# sentence subject's: after "and", or after the subject's relative clause
ANNOUNCERS = [
    (
        "Tom Ash replaced Ian Bell as coach in 2019 and announced his resignation on Monday.",
        ("END", "Tom Ash"),
    ),
    (
        "Jane Roe, who replaced Ann Lee in 2015, confirmed her retirement on Friday.",
        ("END", "Jane Roe"),
    ),
    (
        "Tom Ash succeeded Ian Bell in 2008 and revealed his departure on Friday.",
        ("END", "Tom Ash"),
    ),
    # another subject's verb: the pronoun's own reading stands
    ("Tom Ash said Ian Bell announced his resignation on Monday.", ("END", "Ian Bell")),
]


@pytest.mark.parametrize(("text", "change"), ANNOUNCERS)
def test_patterns_a_possessive_after_announcing_is_the_subjects(
    text: str, change: tuple[str, str]
) -> None:
    ends = [(e["type"], e["person"]) for e in events_of(text) if e["reason"] != "appointment"]
    assert ends == [change]


@pytest.mark.parametrize(("text", "expected"), DEATHS)
def test_patterns_a_death_in_office_ends_the_post(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert [(e["type"], e["person"], e["role"]) for e in events_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), PASSIVE_INSERTS)
def test_patterns_passive_with_words_before_the_participle(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(e["type"], e["person"], e["status"]) for e in events_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), MODALITY)
def test_patterns_modality_cues_outside_asides(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(e["type"], e["person"], e["status"]) for e in events_of(text)] == expected


def test_patterns_give_the_full_name_for_a_surname_or_pronoun() -> None:
    text = (
        "Acme Corp. said Dana Wills, its general counsel, has done fine work. "
        "Wills will retire at the end of the year. She joined in 2009."
    )
    got = events_of(text)
    assert next((e["type"], e["person"], e["role"]) for e in got) == (
        "END",
        "Dana Wills",
        "general counsel",
    )


def test_patterns_tell_one_change_once() -> None:
    text = (
        "Tom Ash resigned as chief executive of Lumen Bank on Monday. "
        "Ash's resignation surprised investors. His departure ends a long tenure."
    )
    assert [(e["type"], e["person"]) for e in events_of(text)] == [("END", "Tom Ash")]


def test_patterns_use_custom_trigger_rows() -> None:
    from personnel_events import default_pipeline
    from personnel_events.stages.patterns import PatternStage

    rows = [("abdicate", "END", "subj", "resignation", "-", "")]
    pipe = default_pipeline().replace("patterns", PatternStage(verbs=rows, nouns=[]))
    got = pipe.parse("Olaf Berg will abdicate as monarch of the realm.")
    assert [(e.type.value, e.person, e.reason) for e in got] == [
        ("END", "Olaf Berg", "resignation")
    ]
    assert pipe.parse("Jane Roe resigned as chair of Acme Corp.") == []


def _changes(text: str) -> set[tuple[object, object, object, object]]:
    return {(e["type"], e["person"], e["role"], e["org"]) for e in events_of(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a post noun that names its title
        (
            "Orbis Group promoted Lena Holm to a chairman post.",
            {("START", "Lena Holm", "chairman", "Orbis Group")},
        ),
        (
            "The orchestra appointed Carlos Sim to a newly created post of composer chair.",
            {("START", "Carlos Sim", "composer chair", None)},
        ),
        (
            "The governor appointed Mike Kell to the Lieutenant Governor's seat.",
            {("START", "Mike Kell", "Lieutenant Governor", None)},
        ),
        (
            "Ana Ruiz was appointed to the position of finance director.",
            {("START", "Ana Ruiz", "finance director", None)},
        ),
        # a word of kinship or association before the object's name
        (
            "The president named his longtime ally Ana Ruiz as finance minister.",
            {("START", "Ana Ruiz", "finance minister", None)},
        ),
        (
            "Tom Ash promoted his younger sister Lena Ash to chief operating officer.",
            {("START", "Lena Ash", "chief operating officer", None)},
        ),
    ],
)
def test_patterns_post_nouns_and_related_objects(
    text: str, expected: set[tuple[object, object, object, object]]
) -> None:
    assert _changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Recently appointed:\n"
            "\u2022 Ana Ruiz to the Halvern Symphony, commencing in May\n"
            "\u2022 Tom Ash to acting CEO of the Marlow Orchestra\n"
            "\u2022 Lena Holm to CEO of the Lyric Opera of Dunmore, commencing in the fall",
            {
                ("START", "Ana Ruiz", None, "Halvern Symphony"),
                ("START", "Tom Ash", "acting CEO", "Marlow Orchestra"),
                ("START", "Lena Holm", "CEO", "Lyric Opera of Dunmore"),
            },
        ),
        (
            "New posts:\n1. Ana Ruiz to finance minister\n2. Tom Ash to health minister",
            {
                ("START", "Ana Ruiz", "finance minister", None),
                ("START", "Tom Ash", "health minister", None),
            },
        ),
        ("Tom Hanks as the captain, in a scene from the film.", set()),
        ("Tom Hanks as Captain Miller.", set()),
        # no post in the list: a transfer, not an appointment; a verb after "to"
        ("Transfers:\n\u2022 Ben Cole to Eastfield United\n\u2022 Sam Odu to Brisk Rovers", set()),
        ("Tom Ash to step down as CEO of Orbis Bank", {("END", "Tom Ash", "CEO", "Orbis Bank")}),
    ],
)
def test_patterns_verbless_list_lines_are_appointments(
    text: str, expected: set[tuple[object, object, object, object]]
) -> None:
    assert _changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "for the post of", "for <title>", "as his nominee for": the post of a selection
        (
            "The president tapped Ana Ruiz for the post of finance minister, subject to "
            "Senate confirmation.",
            {("NOMINATE", "Ana Ruiz", "finance minister", None)},
        ),
        (
            "The governor picked Tom Ash as his nominee for attorney general.",
            {("NOMINATE", "Tom Ash", "attorney general", None)},
        ),
        (
            "The board proposed Lena Holm for the post of chairman.",
            {("NOMINATE", "Lena Holm", "chairman", None)},
        ),
        (
            "The committee nominated Ana Ruiz for the position of chief justice.",
            {("NOMINATE", "Ana Ruiz", "chief justice", None)},
        ),
        # a party's candidate runs for office; advice names no post
        ("The party proposed Tom Ash as its candidate for mayor.", set()),
        ("Analysts recommended Tom Ash as a speaker at the conference.", set()),
        (
            "The board will propose Tom Ash as chairman at the annual meeting.",
            {("NOMINATE", "Tom Ash", "chairman", None)},
        ),
        # "made X chief executive": only with a post
        (
            "The board made Tom Ash chief executive in 2019.",
            {("START", "Tom Ash", "chief executive", None)},
        ),
        (
            "Lena Holm was also made a vice president.",
            {("START", "Lena Holm", "vice president", None)},
        ),
        ("The board made Tom Ash an offer.", set()),
        ("Tom Ash made history as the first female director.", set()),
        # "for" that names no post lets the post after it be read
        (
            "The board nominated Lena Holm for election as a director.",
            {("NOMINATE", "Lena Holm", "director", None)},
        ),
        # "replace Y with X": X takes the post
        (
            "The club will replace coach Tom Ash with Ana Ruiz.",
            {("END", "Tom Ash", "coach", None), ("START", "Ana Ruiz", "coach", None)},
        ),
        (
            "The president decided to replace Prime Minister Lee Nak with Chung Sye, "
            "pending a confirmation hearing.",
            {
                ("END", "Lee Nak", "Prime Minister", None),
                ("NOMINATE", "Chung Sye", "Prime Minister", None),
            },
        ),
        # an adverb between a plural subject and its verb
        (
            "The nominees further include Tom Ash as the new trade secretary, pending vetting.",
            {("NOMINATE", "Tom Ash", "trade secretary", None)},
        ),
        # no person chosen, or a report's advice
        ("Analysts recommended Orbis shares for the post of best buy.", set()),
    ],
)
def test_patterns_nominations_and_selections_name_their_post(
    text: str, expected: set[tuple[object, object, object, object]]
) -> None:
    assert _changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title phrase, a comma, then the name it describes
        (
            "The president announced the resignation of the Head of the Directorate of "
            "Border Control, Tom Ash.",
            {("END", "Tom Ash", "Head", "Directorate of Border Control")},
        ),
        (
            "The leader also appointed a former Deputy Governor of Kano State, Senator Tom "
            "Ash, as the Deputy Chief of Staff.",
            {("START", "Tom Ash", "Deputy Chief of Staff", None)},
        ),
        # a possessor's name is no object; a possessive title before the name
        (
            "The board named Gordon's wife Ellen Gordon, currently president, as CEO.",
            {("START", "Ellen Gordon", "CEO", None)},
        ),
        (
            "Acme fired its chief of staff, Tom Ash.",
            {("END", "Tom Ash", "chief of staff", "Acme")},
        ),
        (
            "Orbis fired Lee's deputy, Tom Ash.",
            {("END", "Tom Ash", "deputy", "Lee")},
        ),
        # a body before the title: read back from the comma
        (
            "Orbis fired its former Harbor Unit Director, Tom Ash.",
            {("END", "Tom Ash", "Harbor Unit Director", "Orbis")},
        ),
        # a passive's list goes on past its role
        (
            "Ana Ruiz was named chief financial officer and Tom Ash as chief operating officer.",
            {
                ("START", "Ana Ruiz", "chief financial officer", None),
                ("START", "Tom Ash", "chief operating officer", None),
            },
        ),
        (
            "Ana Ruiz was named CFO and Tom Ash will stay as COO.",
            {("START", "Ana Ruiz", "CFO", None)},
        ),
        # a list item with an aside before its post
        (
            "The president appointed Tom Ash as attorney general, and Ana Ruiz, who was "
            "the energy minister, as national security adviser.",
            {
                ("START", "Tom Ash", "attorney general", None),
                ("START", "Ana Ruiz", "national security adviser", None),
            },
        ),
        # "as well as" joins two posts
        (
            "Tom Ash will no longer serve as vice minister of transport as well as head of "
            "road safety.",
            {
                ("END", "Tom Ash", "vice minister of transport", None),
                ("END", "Tom Ash", "head of road safety", None),
            },
        ),
        # "take over the position from Y"
        (
            "Ana Ruiz is set to take over the position from Tom Ash in December.",
            {("START", "Ana Ruiz", None, None), ("END", "Tom Ash", None, None)},
        ),
    ],
)
def test_patterns_titled_appositions_asides_and_second_posts(
    text: str, expected: set[tuple[object, object, object, object]]
) -> None:
    assert _changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence that opens with a participle clause tells a step of a career
        (
            "After joining Orbis Bank in 1990, Ana Ruiz held posts in three countries.",
            {("START", "Ana Ruiz", None, "Orbis Bank")},
        ),
        (
            "Since joining Halvern Foods in 2016 Tom Ash has steered the firm through a "
            "stormy period.",
            {("START", "Tom Ash", None, "Halvern Foods")},
        ),
        (
            "Before joining Marlow Energy in 2010, Lena Holm worked as a lawyer.",
            {("START", "Lena Holm", None, "Marlow Energy")},
        ),
        # inside a sentence it is the subject's background
        ("Tom Ash worked at a law firm before joining the office.", set()),
        ("After leaving the bank, Tom Ash wrote a book.", set()),
    ],
)
def test_patterns_fronted_participles_tell_career_steps(
    text: str, expected: set[tuple[object, object, object, object]]
) -> None:
    assert _changes(text) == expected


def test_patterns_a_verbless_as_line_without_its_closing_comma() -> None:
    text = (
        "The president has picked Tom Lee as the new central bank governor. The names "
        "have been sent to the Senate for confirmation.\n"
        "Ana Ruiz, the present executive director at Orbis Bank as deputy governor of "
        "the bank, replacing Lena Holm."
    )
    got = {(e["type"], e["person"], e["role"]) for e in events_of(text)}
    assert ("NOMINATE", "Ana Ruiz", "deputy governor") in got
    assert ("END", "Lena Holm", "deputy governor") in got


def test_patterns_a_verbless_as_line_in_a_nomination_story() -> None:
    text = (
        "The president has picked Tom Lee as the new central bank governor. The names "
        "have been sent to the Senate for confirmation.\n"
        "Ana Ruiz, the executive director at Orbis Bank, as deputy governor, replacing "
        "Lena Holm."
    )
    assert {(e["type"], e["person"], e["role"]) for e in events_of(text)} == {
        ("NOMINATE", "Tom Lee", "central bank governor"),
        ("NOMINATE", "Ana Ruiz", "deputy governor"),
        ("END", "Lena Holm", "deputy governor"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a post noun that stands for its holder's title
        (
            "Tom Ash assumed the presidency of Orbis Power in May 2004, replacing the "
            "physicist, Lena Holm.",
            {
                ("START", "Tom Ash", "president", "Orbis Power"),
                ("END", "Lena Holm", "president", "Orbis Power"),
            },
        ),
        (
            "Ana Ruiz took over the chairmanship from Tom Ash.",
            {("START", "Ana Ruiz", "chairman", None), ("END", "Tom Ash", "chairman", None)},
        ),
        # "the governor's office" is a body, not the governor's post
        (
            "Tom Ash will be leaving the governor's office at the end of the year.",
            {("END", "Tom Ash", None, "governor's office")},
        ),
        # a portfolio after "for" for a minister, not for every title
        (
            "Ana Ruiz was named minister for democratic institutions.",
            {("START", "Ana Ruiz", "minister for democratic institutions", None)},
        ),
        ("Tom Ash was named CEO for a second term.", {("START", "Tom Ash", "CEO", None)}),
        # the month May is no hedge
        (
            "Lena Holm took office in May 2004, replacing the novelist, Tom Ash.",
            {("END", "Tom Ash", None, None)},
        ),
        ("Tom Ash may resign in May.", set()),
    ],
)
def test_patterns_post_nouns_portfolios_and_the_month_may(
    text: str, expected: set[tuple[object, object, object, object]]
) -> None:
    assert _changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a new, educational role as X": the post after the post noun's "as"
        (
            "The orchestra said Ana Ruiz would take on a new, educational role as the head "
            "of conducting at its summer school.",
            {("START", "Ana Ruiz", "head of conducting")},
        ),
        (
            "Tom Ash will take up his new post as chief economist in June.",
            {("START", "Tom Ash", "chief economist")},
        ),
        # a body before the title, read back from the comma before the name
        (
            "The president appointed the former Central Bank of Norland Governor, Tom Ash "
            "to be the finance secretary.",
            {("START", "Tom Ash", "finance secretary")},
        ),
        # "fill the position vacated by Y": a succession
        (
            "Ana Ruiz filled the position vacated this year by Tom Ash.",
            {("START", "Ana Ruiz", None), ("END", "Tom Ash", None)},
        ),
        (
            "Ana Ruiz will fill the seat left by Tom Ash.",
            {("START", "Ana Ruiz", None), ("END", "Tom Ash", None)},
        ),
        ("The board will move quickly to fill the vacancy.", set()),
        # "Y, whom the governor appointed as X": Y is the verb's object
        (
            "Lena Holm, whom the governor appointed in January as police commissioner, spoke.",
            {("START", "Lena Holm", "police commissioner")},
        ),
        # "X took over when Y left": Y leaves the post X takes
        (
            "Ana Ruiz took over as chair after Tom Ash resigned in May.",
            {("START", "Ana Ruiz", "chair"), ("END", "Tom Ash", "chair")},
        ),
        (
            "Orbis manager Neil Fenn has left the club. Fenn, who took over when Colin "
            "Ash left last summer, thanked the fans.",
            {
                ("END", "Neil Fenn", "manager"),
                ("START", "Neil Fenn", "manager"),
                ("END", "Colin Ash", "manager"),
            },
        ),
    ],
)
def test_patterns_vacancies_relative_objects_and_leaving_clauses(
    text: str, expected: set[tuple[object, object, object]]
) -> None:
    assert {(e["type"], e["person"], e["role"]) for e in events_of(text)} == expected


@pytest.mark.parametrize(
    ("text", "may"),
    [
        ("Oil prices rose to $90 a barrel on Monday.", False),
        ("Orbis said revenue rose. Investors plan to buy more shares.", False),
        ("• Ana Ruiz to acting CEO of the Harbour Symphony\n• Tom Ash to the Orbis Festival", True),
        ("Tom Ash to finance minister.", True),
    ],
)
def test_patterns_list_lines_are_looked_for_only_where_a_title_follows_to(
    text: str, may: bool
) -> None:
    from personnel_events import default_pipeline
    from personnel_events.stages.patterns.list_lines import may_hold_list_lines

    assert may_hold_list_lines(default_pipeline().run(text)) is may


@pytest.mark.parametrize(
    "words",
    [
        [],
        ["new"],
        ["a", "new", "chair", "and", "a", "new", "ceo"],
        ["new", "new", "next", "newer", "renew", "next"],
        ["the", "next", "day", ",", "new", "york", "next"],
        ["new york", "new", "next week", "next"],  # (words that hold a space)
        ["", "new", "", "next", ""],
    ],
)
def test_patterns_positions_of_words_found_in_the_joined_text_as_in_the_list(
    words: list[str],
) -> None:
    from personnel_events.stages.patterns.build import _positions

    for wanted in (("new",), ("next",), ("new", "next")):
        expected = [i for i, w in enumerate(words) if w in wanted]
        assert _positions(words, " ".join(words), wanted) == expected
