"""Role phrases: titles from data (hundreds of them, with their qualifiers and
ordinals), the "of" phrase of a post kept whole, stray words cut."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from conftest import events_of
from personnel_events import Pipeline, lexicon, roles
from personnel_events.model import Token
from personnel_events.names import POSSESSIVE_MARKS, possessive_after, title_modifiers, title_words
from personnel_events.roles import (
    _ORDINAL_SUFFIXES,
    _WHO_LED,
    _WHO_LED_FIRST,
    _WHO_WAS,
    Role,
    _before_portfolio,
    _before_rank,
    _bracketing_opening,
    _bracketing_titles,
    _field_words,
    _heads,
    _no_role_openers,
    _opens_no_role,
    _rank_from,
    _rank_last_words,
    _ranks_by_last_word,
    _read_role,
    _read_role_words,
    _skip_determiners,
    _skipped_words,
    _text,
    _title_before_words,
    _who_led,
    _who_was,
    _words_at,
    apposition_after,
    apposition_before,
    looks_like_domain,
    role_after,
    split_posts,
    title_before,
)
from personnel_events.stages.coref import CorefStage
from personnel_events.stages.tokenize import TokenizeStage

_TOKENIZE = Pipeline([TokenizeStage()])
_COREF = Pipeline([TokenizeStage(), CorefStage()])


def read_role(phrase: str) -> tuple[str | None, str | None] | None:
    """The (role, organisation) ``role_after`` reads from the start of ``phrase``."""
    doc = _TOKENIZE.run(phrase)
    role = role_after(doc.text, doc.tokens, 0, len(doc.tokens))
    return None if role is None else (role.text, role.org)


def role_and_org(text: str) -> tuple[object, object]:
    """The role and organisation of the one event of ``text``."""
    events = events_of(text)
    assert len(events) == 1, events
    return events[0]["role"], events[0]["org"]


@pytest.mark.parametrize(
    ("text", "role", "org"),
    [
        # titles real news uses, missing from a short lexicon
        (
            "Ola Fenn was appointed chief whip of the Progressive Party.",
            "chief whip",
            "Progressive Party",
        ),
        ("Sam Odu was named lieutenant governor.", "lieutenant governor", None),
        ("Sam Odu was named the district's new superintendent.", "superintendent", None),
        (
            "Ana Ruiz was named music director of the Halvern Symphony.",
            "music director",
            "Halvern Symphony",
        ),
        (
            "Ana Ruiz was named assistant manager of Brisk Rovers.",
            "assistant manager",
            "Brisk Rovers",
        ),
        ("Ana Ruiz was named general counsel of Orbis Bank.", "general counsel", "Orbis Bank"),
        (
            "Ana Ruiz was named vice-chancellor of the University of Marlow.",
            "vice-chancellor",
            "University of Marlow",
        ),
        (
            "Ana Ruiz was named inspector general of the Department of Ports.",
            "inspector general",
            "Department of Ports",
        ),
        (
            "Dean Ross became the athletic director at Halvern State University.",
            "athletic director",
            "Halvern State University",
        ),
        ("Prime Minister Lena Hart resigned on Monday.", "Prime Minister", None),
        ("Norland PM Tony Abbe was ousted on Monday.", "PM", "Norland"),
        # a demonym before a government title names the country
        ("Mexican foreign minister Marta Ebro will resign in June.", "foreign minister", "Mexico"),
        ("Australian PM Tony Abbe was ousted on Monday.", "PM", "Australia"),
        # a capitalised word before a lower-case title is the name of the body
        ("Former Norwich City manager Nigel Worth resigned on Monday.", "manager", "Norwich City"),
        ("Finance minister Ada Lin resigned on Monday.", "Finance minister", None),
        (
            "White House Press Secretary Jen Sak resigned on Monday.",
            "Press Secretary",
            "White House",
        ),
        # a body with "of" before a title
        (
            "The University of Marlow President Ana Ruiz will retire.",
            "President",
            "University of Marlow",
        ),
        (
            "Republican Senate Majority Floor Leader Mike Keel resigned.",
            "Majority Floor Leader",
            "Republican Senate",
        ),
        # "-bound" says where the person goes, not the body of the post
        ("Carlton-bound CEO Stephen Trigg resigned on Monday.", "CEO", None),
        # a rank written before a name is no part of the name and no post
        ("Brig Gen David Mugo retired as chief of staff.", "chief of staff", None),
        # "former" before the post
        (
            "Gary Cole, former chief executive officer of Tallis Hospital, resigned.",
            "chief executive officer",
            "Tallis Hospital",
        ),
        # an apposition after a dash or after an age; a word of tenure before the post
        (
            "Acme Corp. accepted the resignation of Manoj Vyas -- MD and CEO, who leaves in May.",
            "MD and CEO",
            "Acme Corp.",
        ),
        (
            "Ana Ruiz, 54, chief executive of Orbis Bank, resigned on Monday.",
            "chief executive",
            "Orbis Bank",
        ),
        (
            "He replaces Sean Frey, the previous housing minister, who resigned on Monday.",
            "previous housing minister",
            None,
        ),
        # a description with a who-clause that gives the post
        (
            "Gus Dudo, the conductor who was music director of the Tall Symphony, will retire.",
            "music director",
            "Tall Symphony",
        ),
        # a whole title with "of" before the body it belongs to
        (
            "Ola named Mo Kain as Chief of Defence Forces of the Norland People's Defence Forces.",
            "Chief of Defence Forces",
            "Norland People's Defence Forces",
        ),
        # a title with its acronym in brackets
        (
            "In charge of Kessa, group chief executive officer (CEO) Lin Mei Hua will retire.",
            "group chief executive officer",
            None,
        ),
        # qualifiers kept
        (
            "Ana Ruiz was named acting commissioner of the Harbour Authority.",
            "acting commissioner",
            "Harbour Authority",
        ),
        (
            "Jon Hale was appointed interim chief executive of Zentra.",
            "interim chief executive",
            "Zentra",
        ),
        (
            "Ana Ruiz was appointed non-executive director of Orbis Bank.",
            "non-executive director",
            "Orbis Bank",
        ),
        ("Ana Ruiz was named co-head coach of Brisk Rovers.", "co-head coach", "Brisk Rovers"),
        ("Ana Ruiz was named CEO-designate of Orbis Bank.", "CEO-designate", "Orbis Bank"),
        (
            "Ana Ruiz, the bank's deputy chief executive, will retire in June.",
            "deputy chief executive",
            None,
        ),
        # an ordinal does not break the title (the post is the same whoever is counted)
        (
            "Carl Nye was sworn in as the 54th Speaker of the House.",
            "Speaker of the House",
            "House",
        ),
        (
            "Orbis College elected Ana Ruiz as its ninth president.",
            "president",
            "Orbis College",
        ),
        # a post spread over an "of" phrase stays whole
        (
            "Rita Fenn was named Secretary of State for Culture.",
            "Secretary of State for Culture",
            None,
        ),
        (
            "President Ola Fenn named Femi Adeyemi as Chief of Staff on Friday.",
            "Chief of Staff",
            None,
        ),
        ("Deputy Chief of Staff Ibrahim Bello resigned on Monday.", "Deputy Chief of Staff", None),
        # stray words cut: times, places, the rest of a clause
        (
            "Marta Reyes was named president of baseball operations last year.",
            "president of baseball operations",
            None,
        ),
        (
            "Ana Ruiz was named head of retail banking at Orbis Bank last year.",
            "head of retail banking",
            "Orbis Bank",
        ),
        (
            "Irene Dale will step down as chair of the board at the close of the annual meeting.",
            "chair of the board",
            None,
        ),
        (
            "Ana Ruiz will step down as chief executive of the company in June.",
            "chief executive",
            None,
        ),
        ("Ana Ruiz was named provost last week.", "provost", None),
        # words about the holder are not the post
        ("Borealis Bank named Ana Ruiz its first female chief executive.", "chief executive",
         "Borealis Bank"),
        ("Ana Ruiz was sworn in as the country's first black president.", "president", None),
        ("Ana Ruiz became the youngest mayor of Dunmore in 2019.", "mayor", "Dunmore"),
        # a whole title that opens with a word otherwise dropped before a role
        ("Ana Ruiz was named Permanent Secretary in May.", "Permanent Secretary", None),
        ("Acme named Ana Ruiz its permanent chief executive in May.", "chief executive", "Acme"),
        # the verb of the clause ends the "of" phrase after a name
        ("The exit of Ana Ruiz as chief executive of Orbis Holdings ended a decade at the top.",
         "chief executive", "Orbis Holdings"),
        ("The appointment of Ana Ruiz as head of Acme Bank surprised analysts.", "head",
         "Acme Bank"),
        ("The resignation of Ana Ruiz as CFO of Acme took effect on Monday.", "CFO", "Acme"),
        ("The departure of Ana Ruiz as chair of Orbis comes after a long dispute.", "chair",
         "Orbis"),
        # but not a word of the post after a capitalised one
        ("Ana Ruiz was named head of Asia operations at Orbis.", "head of Asia operations",
         "Orbis"),
        ("Ana Ruiz was named chief of Army staff in May.", "chief of Army staff", None),
        # the body's name before the post is the organisation, not a word of the post
        ("Ana Ruiz resigned as Orbis chairman.", "chairman", "Orbis"),
        ("Ana Ruiz resigned as Orbis Bank chairman on Monday.", "chairman", "Orbis Bank"),
        ("Harbor FC sacked Harbor FC manager Ana Ruiz.", "manager", "Harbor FC"),
        # "New" that opens a place's name is no word of tenure
        ("New York Governor Ana Ruiz resigned on Monday.", "Governor", "New York"),
        ("Ana Ruiz, New Zealand's finance minister, resigned on Monday.", "finance minister",
         "New Zealand"),
        ("Ana Ruiz will step down as the New York Philharmonic's music director.",
         "music director", "New York Philharmonic"),
        # a post named in the plural for several people is each one's in the singular
        ("Ana Ruiz has joined the board of Orbis as an independent director.",
         "independent director", "Orbis"),
        # a time after the body of the post, not a word of the post before it
        ("Ana Ruiz was appointed chief executive of Orbis late last year.", "chief executive",
         "Orbis"),
        ("Ana Ruiz was named head of early childhood education at Orbis.",
         "head of early childhood education", "Orbis"),
        # a title-case headline's "As" opens no body
        ("Ana Ruiz Steps Down As Chair", "Chair", None),
        # "chief" or "head" before a trade that a post leads
        ("Mary Poole has been named chief nurse at Halden Hospital.", "chief nurse",
         "Halden Hospital"),
        ("Tom Ash will join the Velt Hotel as head chef in June.", "head chef", "Velt Hotel"),
        ("Orbis College appointed Ana Ruiz as its head librarian.", "head librarian",
         "Orbis College"),
        ("Carl Webb quit as chief negotiator of Halden Rail on Monday.", "chief negotiator",
         "Halden Rail"),
        ("Velt TV hired Nadia Kerr as chief meteorologist.", "chief meteorologist", "Velt TV"),
        # a name that ends in a word that modifies titles elsewhere ("city manager")
        ("Tom Ash was elected mayor of Kansas City.", "mayor", "Kansas City"),
        ("Ana Ruiz was named manager of Bristol City on Monday.", "manager", "Bristol City"),
        ("Carl Webb was sworn in as governor of Lagos State.", "governor", "Lagos State"),
        ("Mia Tan was named head of Security at Orbis Bank.", "head of Security", "Orbis Bank"),
        # a field's word and a country's name: the body that runs the field there
        ("Ana Ruiz was elected president of Athletics Norway on Saturday.", "president",
         "Athletics Norway"),
        ("Tom Ash was named head of Athletics Canada in May.", "head", "Athletics Canada"),
        # a departure's post told as the tenure it ends
        ("Tom Ash is stepping down after 12 years as chief executive of Orbis Bank.",
         "chief executive", "Orbis Bank"),
        ("Ana Ruiz resigned after more than a decade as chairman of Velt Rovers.", "chairman",
         "Velt Rovers"),
        # a title before a comma whose field after "of" is in lower case
        ("The minister of finance, Ana Ruiz, resigned on Monday.", "minister of finance", None),
        ("The head of retail banking, Tom Ash, will leave in June.", "head of retail banking",
         None),
    ],
)  # fmt: skip
def test_roles_role_and_org_of_an_event(text: str, role: str, org: str | None) -> None:
    assert role_and_org(text) == (role, org)


def _posts_of(text: str) -> list[tuple[object, ...]]:
    """(type, person, role, organisation) of each event of ``text``."""
    return [
        (e["type"], e["person"], e["role"], e["org"])
        for e in events_of(text, published="2024-03-06")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "for" inside a body's name, after "of": the whole name is the body
        ("Ana Ruiz was named head of the Centre for Health Policy.",
         [("START", "Ana Ruiz", "head", "Centre for Health Policy")]),
        ("Ana Ruiz was named director of the Society for the Protection of Birds.",
         [("START", "Ana Ruiz", "director", "Society for the Protection of Birds")]),
        # "for" and a term after the body's name: no word of the post
        ("Ana Ruiz was elected president of the Velt Law Society for a second term.",
         [("START", "Ana Ruiz", "president", "Velt Law Society")]),
        ("Ana Ruiz was re-elected chair of Orbis Bank for another three years.",
         [("START", "Ana Ruiz", "chair", "Orbis Bank")]),
        # the body after "at", and a region before "for", as before
        ("Ana Ruiz was named head of corporate banking at Acme Bank.",
         [("START", "Ana Ruiz", "head of corporate banking", "Acme Bank")]),
    ],
)  # fmt: skip
def test_roles_for_inside_a_body_name_and_for_a_term_after_it(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert _posts_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title word inside an organisation's name is no post
        ("Ana Ruiz was appointed to Velt General Hospital on Monday.",
         [("START", "Ana Ruiz", None, "Velt General Hospital")]),
        ("Ana Ruiz was transferred to Velt General Hospital on Monday.", []),
        ("Ana Ruiz joined the Korra Attorney General Office as counsel on Monday.",
         [("START", "Ana Ruiz", "counsel", "Korra Attorney General Office")]),
        # the title itself, and a body before it, are read as before
        ("Ana Ruiz was named Attorney General on Monday.",
         [("START", "Ana Ruiz", "Attorney General", None)]),
        ("Ana Ruiz joined Orbis as chief executive.",
         [("START", "Ana Ruiz", "chief executive", "Orbis")]),
    ],
)  # fmt: skip
def test_roles_a_title_word_inside_an_organisation_name_is_no_post(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert _posts_of(text) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("the company's chief executive", ("chief executive", None)),
        ("its 12th president", ("president", None)),
        ("the first of many", None),
        ("head of sales in Europe", ("head of sales", None)),
        ("chief of staff to the president", ("chief of staff", None)),
        ("interim head of the agency", ("interim head", None)),
        ("president-elect", ("president-elect", None)),
        # capitalised words after the head end the phrase unless a head follows
        ("head coach Brisk Rovers said", ("head coach", None)),
        ("Chief Operating Officer", ("Chief Operating Officer", None)),
    ],
)
def test_roles_role_after_reads_the_phrase(
    phrase: str, expected: tuple[str | None, str | None] | None
) -> None:
    assert read_role(phrase) == expected


def _whole_titles() -> list[str]:
    return [" ".join(ws) for ws in lexicon.phrases("titles.txt") if len(ws) > 1]


def test_roles_titles_file_holds_hundreds_of_titles() -> None:
    assert len(lexicon.words("titles.txt")) >= 300


@pytest.mark.parametrize("title", _whole_titles())
def test_roles_every_whole_title_is_built_from_heads_and_modifiers(title: str) -> None:
    words = title.split()
    for prep in ("of", "to", "for"):
        if prep in words[1:]:
            words = words[: words.index(prep)]
    heads, mods = title_words(), title_modifiers()
    assert words[-1] in heads, f"{words[-1]!r} is no head in titles.txt"
    assert all(w in heads or w in mods or w == "and" for w in words[:-1])


@pytest.mark.parametrize("title", _whole_titles())
def test_roles_every_whole_title_is_read_whole(title: str) -> None:
    got = read_role(f"the {title}, said the statement")
    assert got is not None and got[0] is not None
    assert got[0].lower() == title, got


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a rank written out is no post
        ("General Bo Rawat retired on Monday.", None),
        ("Major General Bo Rawat retired on Monday.", None),
        ("Attorney General Bo Rawat retired on Monday.", "Attorney General"),
    ],
)
def test_roles_rank_before_a_name_is_no_title(text: str, title: str | None) -> None:
    doc = _COREF.run(text)
    (person,) = [m for m in doc.mentions if m.text == "Bo Rawat"]
    assert person.title == title


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # unlisted words of a portfolio right before the head
        ("the public safety minister", ("public safety minister", None)),
        ("the new seniors minister", ("seniors minister", None)),
        ("official languages minister", ("official languages minister", None)),
        # no description: an adverb, a participle, an adjective of praise
        ("recently retired chairman", None),
        ("the inventive arts executive", None),
        # a portfolio after "of" stays in the title, a name is the body
        ("Minister of Mines and Energy", ("Minister of Mines and Energy", None)),
        ("Chief Executive of Vantor Energy", ("Chief Executive", "Vantor Energy")),
        # a name after "and" in a portfolio ends it: the next item of a list
        (
            "Secretary for Foreign Affairs and Kithe Kendi, former speaker, as",
            ("Secretary for Foreign Affairs", None),
        ),
        (
            "Secretary for Foreign Affairs and Trade",
            ("Secretary for Foreign Affairs and Trade", None),
        ),
        # "and" before the next person's title ends the phrase
        ("Treasury Secretary and Minority Leader Ana Ruiz", ("Treasury Secretary", None)),
        (
            "Treasury Secretary and Minority Leader",
            ("Treasury Secretary and Minority Leader", None),
        ),
    ],
)
def test_roles_role_after_reads_descriptions_portfolios_and_coordination(
    phrase: str, expected: tuple[str | None, str | None] | None
) -> None:
    assert read_role(phrase) == expected


def _posts(phrase: str) -> list[str | None]:
    doc = _TOKENIZE.run(phrase)
    role = role_after(doc.text, doc.tokens, 0, len(doc.tokens))
    assert role is not None
    return [p.text for p in split_posts(doc.text, doc.tokens, role)]


@pytest.mark.parametrize(
    ("phrase", "posts"),
    [
        # two posts: a determiner after "and", an "of" phrase on either side
        (
            "minister of veterans affairs and the associate minister of defence",
            ["minister of veterans affairs", "associate minister of defence"],
        ),
        ("CEO and member of its board", ["CEO", "member of its board"]),
        (
            "trade minister and associate minister of public safety",
            ["trade minister", "associate minister of public safety"],
        ),
        # one post held twice over
        ("president and chief executive officer", ["president and chief executive officer"]),
        ("chairman and chief executive of Vantor Energy", ["chairman and chief executive"]),
        (
            "Executive Vice President and Chief Financial Officer of the Company",
            ["Executive Vice President and Chief Financial Officer"],
        ),
    ],
)
def test_roles_split_posts_names_each_post_of_a_coordination(phrase: str, posts: list[str]) -> None:
    assert _posts(phrase) == posts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lena Holm is the new minister of transport and the associate minister of defence.",
            {("START", "minister of transport"), ("START", "associate minister of defence")},
        ),
        (
            "Tom Ash was sworn in as the official languages minister and associate minister "
            "of public safety.",
            {
                ("START", "official languages minister"),
                ("START", "associate minister of public safety"),
            },
        ),
        (
            "Orbis Bank named Ana Ruiz chief executive and member of its board.",
            {("START", "chief executive"), ("START", "member of its board")},
        ),
        (
            "Ana Ruiz was named president and chief executive officer of Larkspur Media.",
            {("START", "president and chief executive officer")},
        ),
    ],
)
def test_roles_each_coordinated_post_is_an_event(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(e["type"], e["role"]) for e in events_of(text)} == expected


def _roles(text: str) -> set[tuple[object, object, object]]:
    return {(e["type"], e["person"], e["role"]) for e in events_of(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the post right before the succession: after "as", or "a ... to replace"
        (
            "Orbis Bank is looking for a chief risk officer to replace Dave Hart.",
            {("END", "Dave Hart", "chief risk officer")},
        ),
        (
            "Ana Ruiz was picked as deputy governor of the central bank, replacing Tom Ash.",
            {
                ("START", "Ana Ruiz", "deputy governor"),
                ("END", "Tom Ash", "deputy governor"),
            },
        ),
        # the successor's title told in another sentence is the post
        (
            "The league's Director General Ian Duff will step down in March. Duff "
            "succeeded Liam Mull in the role in 2008.",
            {
                ("END", "Ian Duff", "Director General"),
                ("START", "Ian Duff", "Director General"),
                ("END", "Liam Mull", "Director General"),
            },
        ),
        (
            "Chancellor Ana Ruiz spoke on Monday. Ruiz replaced Tom Ash last year.",
            {("START", "Ana Ruiz", "Chancellor"), ("END", "Tom Ash", "Chancellor")},
        ),
        # not a post of the past, nor the successor's own apposition
        (
            "Former chancellor Ana Ruiz spoke on Monday. Ruiz replaced Tom Ash last year.",
            {("START", "Ana Ruiz", None), ("END", "Tom Ash", None)},
        ),
        (
            "Tom Ash, the chief of staff, replaced Ana Ruiz at the Health Ministry.",
            {("START", "Tom Ash", None), ("END", "Ana Ruiz", None)},
        ),
        # a purpose after a title is no "to" phrase of it
        (
            "Lumen Bank named a new chief executive to succeed Tom Ash.",
            {("END", "Tom Ash", "chief executive")},
        ),
    ],
)
def test_roles_a_succession_takes_the_post_told_before_or_elsewhere(
    text: str, expected: set[tuple[object, object, object]]
) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the job" after the trigger is the post told just before
        (
            "Orbis Mail has appointed a new chairman. Orbis veteran Tom Ash will take on the "
            "job in May. He takes over from Lena Holm.",
            {("START", "Tom Ash", "chairman"), ("END", "Lena Holm", "chairman")},
        ),
        (
            "Halvern Ports has named Ana Ruiz as acting managing director. Ruiz was "
            "appointed by the board after the resignation of Tom Ash.",
            {
                ("START", "Ana Ruiz", "acting managing director"),
                ("END", "Tom Ash", "managing director"),
            },
        ),
        (
            "Orbis Post is searching for a new managing director after the resignation of Tom Ash.",
            {("END", "Tom Ash", "managing director")},
        ),
        # "stepped into the position when Y stepped down": the post told before,
        # then Y's
        (
            "Orbis Mail has appointed a new chairman. Ana Ruiz stepped into the position "
            "in 2023 when Lena Holm stepped down.",
            {("START", "Ana Ruiz", "chairman"), ("END", "Lena Holm", "chairman")},
        ),
        # a person's own post is not someone else's, nor is a change told again
        (
            "Orbis named Ana Ruiz as its director. Ruiz will take up the post in September.",
            {("START", "Ana Ruiz", "director")},
        ),
        (
            "Orbis named Ana Ruiz as CFO after the resignation of finance chief Tom Ash.",
            {("START", "Ana Ruiz", "CFO"), ("END", "Tom Ash", "finance chief")},
        ),
    ],
)
def test_roles_a_post_told_before_fills_the_job_and_the_vacancy(
    text: str, expected: set[tuple[object, object, object]]
) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a START with no post of its own takes the title told of the person elsewhere
        (
            "Governor Lee said Tom Ash, commissioner of the state prisons, will leave his "
            "post. Lee appointed Ash in October 2005.",
            {
                ("END", "Tom Ash", "commissioner of the state prisons"),
                ("START", "Tom Ash", "commissioner of the state prisons"),
            },
        ),
        (
            "Orbis manager Neil Fenn has left the club. Fenn, who took over two years ago, "
            "thanked the fans.",
            {("END", "Neil Fenn", "manager"), ("START", "Neil Fenn", "manager")},
        ),
        # not the title on the change's own mention (the post held before it), nor a
        # post of the past, nor one left before the start ("fired in 2022 ... hired in
        # 2023"), nor where the clause names a body of its own
        ("Assistant manager Kev Dale took over on Monday.", {("START", "Kev Dale", None)}),
        # a start told again: the succession names the post, not the old title
        (
            "Orbis said its chief executive, Ana Ruiz, will step down, and that the board "
            "has appointed Tom Ash, the company's chief operating officer, as her "
            "successor. He will take over on July 1.",
            {("END", "Ana Ruiz", "chief executive"), ("START", "Tom Ash", "chief executive")},
        ),
        (
            "Orbis fired chief executive Tom Ash in May 2022. Ash was hired in June 2023.",
            {("END", "Tom Ash", "chief executive"), ("START", "Tom Ash", None)},
        ),
        (
            "Orbis fired chief executive Tom Ash on Monday. Ash was hired by Zeta Bank in 2019.",
            {("END", "Tom Ash", "chief executive"), ("START", "Tom Ash", None)},
        ),
        (
            "Former chairman Tom Ash spoke on Monday. Ash was hired in 1990.",
            {("START", "Tom Ash", None)},
        ),
    ],
)
def test_roles_a_start_without_post_takes_the_title_told_elsewhere(
    text: str, expected: set[tuple[object, object, object]]
) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # no preposition: the phrase is the post (issue 19: read without the cut)
        ("chief financial officer", ("chief financial officer", None)),
        (
            "Director of the Office of Public Engagement",
            ("Director", "Office of Public Engagement"),
        ),
        ("head of corporate banking at Orvell Bank", ("head of corporate banking", "Orvell Bank")),
        ("Secretary of State for Culture", ("Secretary of State for Culture", None)),
        ("president of Darnley University", ("president", "Darnley University")),
        ("chief of staff at Marlow Group", ("chief of staff", "Marlow Group")),
        ("director of press operations", ("director of press operations", None)),
        ("head of the Kessa Fund", ("head", "Kessa Fund")),
        ("chair of state-run oil company Vestra", ("chair", "Vestra")),
        ("Speaker of the House", ("Speaker of the House", None)),
        ("vice president with Tarrow Labs", ("vice president", "Tarrow Labs")),
    ],
)
def test_roles_role_after_cuts_the_body_at_its_preposition(
    phrase: str, expected: tuple[str | None, str | None]
) -> None:
    assert read_role(phrase) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # a name before a post written in lower case: the post's body
        ("Velt chief executive", ("chief executive", "Velt")),
        ("Korra Mining managing director", ("managing director", "Korra Mining")),
        ("Velt head coach", ("head coach", "Velt")),
        ("Nordvik Shipping CEO", ("CEO", "Nordvik Shipping")),
        # a place names the body whatever the case of the post; a people only
        # before a country's title
        ("Texas governor", ("governor", "Texas")),
        ("New York attorney general", ("attorney general", "New York")),
        ("Kenyan finance minister", ("finance minister", "Kenya")),
        ("Mexican Foreign Minister", ("Foreign Minister", "Mexico")),
        ("Kenyan coach", ("Kenyan coach", None)),
        # capitalised title words and portfolios are the post
        ("Finance Minister", ("Finance Minister", None)),
        ("Deputy Governor", ("Deputy Governor", None)),
        ("Culture Secretary", ("Culture Secretary", None)),
        # a name before a capitalised title may be one title; a body after the post
        # leaves the words before it to the post
        ("Velt Chief Executive", ("Velt Chief Executive", None)),
        ("Asia chief executive of Velt Bank", ("Asia chief executive", "Velt Bank")),
    ],
)
def test_roles_role_after_takes_the_body_named_before_the_post(
    phrase: str, expected: tuple[str | None, str | None]
) -> None:
    assert read_role(phrase) == expected


@pytest.mark.parametrize(
    ("text", "role", "org"),
    [
        ("Ama Boateng resigned as Velt chief executive on Monday.", "chief executive", "Velt"),
        ("Tom Bale was named Zentrix finance director.", "finance director", "Zentrix"),
        ("Ama Boateng quit as Velt boss after two seasons.", "boss", "Velt"),
        ("Ama Boateng, the Velt chief executive, retired on Friday.", "chief executive", "Velt"),
        ("Ama Boateng was sworn in as Ohio governor on Monday.", "governor", "Ohio"),
        ("Ama Boateng was sworn in as Kenyan finance minister.", "finance minister", "Kenya"),
    ],
)
def test_roles_an_event_takes_the_body_named_before_its_post(
    text: str, role: str, org: str
) -> None:
    assert role_and_org(text) == (role, org)


@pytest.mark.parametrize(
    ("text", "role", "org"),
    [
        ("Velt's new chief executive Ann Lee took over on Monday.", "chief executive", "Velt"),
        ("Velt's new chief executive, Ann Lee, took over on Monday.", "chief executive", "Velt"),
        ("Velt's incoming finance director Tom Bale took over.", "finance director", "Velt"),
        (
            "Korra Bank's first female chief executive, Ama Owusu, resigned.",
            "chief executive",
            "Korra Bank",
        ),
    ],
)
def test_roles_a_possessor_names_the_body_past_words_about_the_holder(
    text: str, role: str, org: str
) -> None:
    assert role_and_org(text) == (role, org)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # no title before the name: the first tests end the reading (issue 19)
        ("Jane Roe resigned.", "Jane", None),
        ("On Monday, said Jane Roe.", "Jane", None),
        ("Dr. Jane Roe resigned.", "Jane", None),
        ("Ambassador Dr. Jane Roe resigned.", "Jane", ("Ambassador", None)),
        ("Secretary of State Walter Brooks left.", "Walter", ("Secretary of State", None)),
        ("Orvell Bank finance chief Tom Lee left.", "Tom", ("finance chief", "Orvell Bank")),
        ("Outgoing CEO Tom Lee left.", "Tom", ("CEO", None)),
        (
            "Group chief executive officer (CEO) Tom Lee left.",
            "Tom",
            ("Group chief executive officer", None),
        ),
    ],
)
def test_roles_title_before_reads_the_title_right_before_a_name(
    text: str, name: str, expected: tuple[str | None, str | None] | None
) -> None:
    doc = _TOKENIZE.run(text)
    at = next(k for k, t in enumerate(doc.tokens) if t.text == name)
    role = title_before(doc.text, doc.tokens, at, 0)
    assert (None if role is None else (role.text, role.org)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Acme Corp. named Tom Ash its chief executive, replacing Jane Roe as CEO.",
        "The vice president's chief of staff, Lin Wu, quit; Ash, 54, joined as CFO.",
        "Ash was named head of retail banking at Orbis Bank and member of its board.",
        "She will take on a new, educational role as head of conducting in May.",
        "Roe resigned as chair. The board met on Monday and thanked her for it.",
        "Former Treasury Secretary and Minority Leader Ana Ruiz left the Senate.",
    ],
)
def test_roles_role_after_without_a_head_is_none_as_when_read_word_by_word(text: str) -> None:
    from personnel_events.roles import _read_role
    from personnel_events.stages.patterns.context import MatchContext

    doc = _COREF.run(text)
    ctx = MatchContext.build(doc)
    found = 0
    for sent in doc.sentences:
        for k in range(sent.first_token, sent.last_token + 1):
            for limit in range(k, sent.last_token + 1):
                expected = _read_role(doc.text, doc.tokens, k, limit)
                assert role_after(doc.text, doc.tokens, k, limit) == expected, (k, limit)
                assert ctx.role_after(k, limit) == expected, (k, limit)
                found += expected is not None
    assert found  # (each text names a post somewhere)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ama Owusu was named chief executive of Orbis in 2019. On Monday she resigned.",
            {
                ("START", "Ama Owusu", "chief executive"),
                ("END", "Ama Owusu", "chief executive"),
            },
        ),
        (
            "Ama Owusu, who became chief executive of Orbis in 2019, resigned on Monday.",
            {
                ("START", "Ama Owusu", "chief executive"),
                ("END", "Ama Owusu", "chief executive"),
            },
        ),
        (
            "Ama Owusu, who joined Orbis as finance director in 2019, will retire in June.",
            {
                ("START", "Ama Owusu", "finance director"),
                ("END", "Ama Owusu", "finance director"),
            },
        ),
        # a verb that needs a post ("leave") takes the one the same sentence told taken
        (
            "Ama Owusu, who became chief executive of Orbis in 2019, will leave in June.",
            {
                ("START", "Ama Owusu", "chief executive"),
                ("END", "Ama Owusu", "chief executive"),
            },
        ),
        (
            "Ama Owusu, who joined Orbis as finance director in 2019, is leaving at the end "
            "of the year.",
            {
                ("START", "Ama Owusu", "finance director"),
                ("END", "Ama Owusu", "finance director"),
            },
        ),
        # ... not a trip, nor a post still to be taken
        (
            "Ama Owusu, who joined Orbis as finance director in 2019, will leave for Asia "
            "next week.",
            {("START", "Ama Owusu", "finance director")},
        ),
        (
            "Ama Owusu, who will become chief executive of Orbis in June, left on Monday.",
            {("START", "Ama Owusu", "chief executive")},
        ),
        # a post at another body, or one still to be taken, is not the one left
        (
            "Ama Owusu, who joined Orbis as finance director in 2015, left Velt Bank in 2010.",
            {("START", "Ama Owusu", "finance director"), ("END", "Ama Owusu", None)},
        ),
        (
            "Ama Owusu, who will become chief executive of Orbis in June, resigned on Monday.",
            {("START", "Ama Owusu", "chief executive"), ("END", "Ama Owusu", None)},
        ),
    ],
)
def test_roles_a_departure_without_post_ends_the_one_taken_before(
    text: str, expected: set[tuple[object, object, object]]
) -> None:
    assert _roles(text) == expected


@pytest.mark.parametrize(
    ("text", "role", "org"),
    [
        # "chief ... officer" is a title whatever the one or two words of its field
        (
            "Helen Marsh joined Stratus Insurance as chief underwriting officer.",
            "chief underwriting officer",
            "Stratus Insurance",
        ),
        (
            "Orvell Bank named Tom Ash its chief lending officer on Monday.",
            "chief lending officer",
            "Orvell Bank",
        ),
        (
            "Vera Lind resigned as chief digital transformation officer of Calder Stores.",
            "chief digital transformation officer",
            "Calder Stores",
        ),
        (
            "Calder Stores chief merchandising officer Vera Lind resigned on Monday.",
            "chief merchandising officer",
            "Calder Stores",
        ),
    ],
)
def test_roles_chief_and_officer_bracket_the_field_of_a_title(
    text: str, role: str, org: str
) -> None:
    assert role_and_org(text) == (role, org)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # a rank between the title and the name leaves the title to the name
        ("The president fired army chief General Ibrahim Musa on Saturday.", "army chief"),
        ("The president fired navy chief Vice Admiral Luis Mora on Friday.", "navy chief"),
        # a rank alone, in two words or led by a capitalised word, is no post
        ("Wing Commander Ali Musa retired on Monday.", None),
    ],
)
def test_roles_a_rank_before_a_name_is_neither_title_nor_body(text: str, role: str | None) -> None:
    assert role_and_org(text) == (role, None)


@pytest.mark.parametrize(
    ("text", "role", "org"),
    [
        # a possessive or an ordinal inside the name of the body after "of"
        (
            "Maj. Gen. Joseph Kato was appointed commander of the army's 4th Division.",
            "commander",
            "army's 4th Division",
        ),
        (
            "Ida Holm was named commander of the 3rd Infantry Brigade.",
            "commander",
            "3rd Infantry Brigade",
        ),
        (
            "Emma Schulz was elected general secretary of the Workers' Party.",
            "general secretary",
            "Workers' Party",
        ),
        # a party named by its members is the body
        (
            "Lars Eriksen stepped down as leader of the Social Democrats.",
            "leader",
            "Social Democrats",
        ),
    ],
)
def test_roles_the_body_after_of_reads_possessives_ordinals_and_parties(
    text: str, role: str, org: str
) -> None:
    assert role_and_org(text) == (role, org)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name of the body after "of" ends before a clause or another holder
        (
            "Anna Holt was named co-CEO of Fenwick Partners alongside Marc Duval.",
            {("START", "co-CEO", "Fenwick Partners")},
        ),
        (
            "Jo Park has resigned as finance director of Boxley Group and will leave in June.",
            {("END", "finance director", "Boxley Group")},
        ),
        (
            "Jo Park resigned as finance director of Boxley Group and joined Orbis.",
            {("END", "finance director", "Boxley Group"), ("START", None, "Orbis")},
        ),
        (
            "Jo Park resigned as finance director of Boxley Group and then joined Orbis as CFO.",
            {("END", "finance director", "Boxley Group"), ("START", "CFO", "Orbis")},
        ),
    ],
)
def test_roles_the_body_after_of_ends_at_its_name(
    text: str, expected: set[tuple[object, object, object]]
) -> None:
    assert {(e["type"], e["role"], e["org"]) for e in events_of(text)} == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # a portfolio after "of" or "for" stays in the post: no body
        ("Minister of Works", ("Minister of Works", None)),
        ("Minister of Water and Sanitation", ("Minister of Water and Sanitation", None)),
        ("Commissioner for Education", ("Commissioner for Education", None)),
        ("Cabinet Secretary for Interior", ("Cabinet Secretary for Interior", None)),
        ("Minister for Youth and Sports", ("Minister for Youth and Sports", None)),
        # a country a post covers, after "for"; the body after it
        (
            "country director for Mozambique at Save the Rivers Foundation",
            ("country director for Mozambique", "Save the Rivers Foundation"),
        ),
        # a body after the portfolio still is the body
        ("Minister of Works of Ghana", ("Minister of Works", "Ghana")),
        # a region of several countries is what the post covers
        ("head of Asia", ("head of Asia", None)),
        ("head of Latin America at Orvell Bank", ("head of Latin America", "Orvell Bank")),
        ("Minister for Europe", ("Minister for Europe", None)),
    ],
)
def test_roles_a_portfolio_after_of_or_for_is_part_of_the_post(
    phrase: str, expected: tuple[str | None, str | None]
) -> None:
    assert read_role(phrase) == expected


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Mr. Obi was sacked as Minister of Works on Monday.", "Minister of Works"),
        ("Minister for Finance Mr. Tanaka resigned on Monday.", "Minister for Finance"),
        ("The president sacked the Minister of Youth, Peter Lado, on Monday.", "Minister of Youth"),
        (
            "Esther Muli was sworn in as Cabinet Secretary for Energy.",
            "Cabinet Secretary for Energy",
        ),
    ],
)
def test_roles_an_event_keeps_the_portfolio_in_its_post(text: str, role: str) -> None:
    assert role_and_org(text) == (role, None)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        # a body written in lower case after "of the" is the body as the text names it
        ("governor of the central bank", ("governor", "central bank")),
        ("dean of the law school", ("dean", "law school")),
        ("head coach of the national sevens team", ("head coach", "national sevens team")),
        ("commander of the armoured division", ("commander", "armoured division")),
        # also in rough English with no article, before a time word
        ("Speaker of county assembly today", ("Speaker", "county assembly")),
        # a lone noun after "the" is a body named elsewhere
        ("technical director of the federation", ("technical director", None)),
        ("Head of Service of the state", ("Head of Service", None)),
    ],
)
def test_roles_a_body_in_lower_case_after_of_is_the_body(
    phrase: str, expected: tuple[str | None, str | None]
) -> None:
    assert read_role(phrase) == expected


def test_roles_a_body_in_lower_case_belongs_to_the_last_of_two_posts() -> None:
    doc = _TOKENIZE.run("minister of transport and the head of the roads agency")
    role = role_after(doc.text, doc.tokens, 0, len(doc.tokens))
    assert role is not None and role.org is None
    posts = [(p.text, p.org) for p in split_posts(doc.text, doc.tokens, role)]
    assert posts == [("minister of transport", None), ("head", "roads agency")]


@pytest.mark.parametrize(
    ("text", "role", "org"),
    [
        # a tenure word before a portfolio and a title: the portfolio is the title's
        ("Outgoing Energy Minister Rafael Soto resigned on Tuesday.", "Energy Minister", None),
    ],
)
def test_roles_a_title_before_a_name_starts_past_tenure_words(
    text: str, role: str, org: str | None
) -> None:
    assert role_and_org(text) == (role, org)


@pytest.mark.parametrize(
    ("text", "role", "org"),
    [
        (
            "The president of Korra College, Dr. Tom Bale, resigned on Monday.",
            "president",
            "Korra College",
        ),
        (
            "The group chief executive of Velt Capital, Mr. Ann Lee, resigned on Monday.",
            "group chief executive",
            "Velt Capital",
        ),
        # a word of tenure before it is no part of the post, nor hides its owner
        ("The previous director, Dr. Ama Owusu, left in March.", "director", None),
        ("Velt's outgoing chairman, Tom Bale, will retire in May.", "chairman", "Velt"),
    ],
)
def test_roles_a_title_before_a_comma_reaches_past_an_honorific(
    text: str, role: str, org: str
) -> None:
    assert role_and_org(text) == (role, org)


@pytest.mark.parametrize(
    "tail",
    ["the chief executive of Orbis", "chief executive", "Chief Executive Officer", "'s chairman"],
)
def test_a_word_that_opens_no_role_ends_the_reading_whatever_follows(tail: str) -> None:
    """``_opens_no_role`` (the test that spares an apposition its reading) holds
    only where the reader finds no role from that word, at any limit."""
    for word in sorted(_no_role_openers()):
        doc = _TOKENIZE.run(f"Ann Lee, {word} {tail}, said")
        tokens, i = doc.tokens, 3
        if not _opens_no_role(tokens, i, len(tokens)):
            assert tail.startswith("'s") or tokens[i].lower != word or not word.islower()
            continue
        for limit in range(i, len(tokens) + 1):
            assert _read_role(doc.text, tokens, i, limit) is None, (word, limit)


def test_roles_a_portfolio_before_a_country_is_no_body_of_a_field() -> None:
    # "Athletics Kenya" is a body; "Finance Kenya" after "Minister of" is the
    # portfolio and the country it is held in, never one body's name
    assert role_and_org("Ana Ruiz was named Minister of Finance Kenya.")[1] != "Finance Kenya"


# The readers' shortcuts (a word's first test made before a call, a clause looked up
# by its first word): each pinned against the reading it spares, or by the roles
# the general reading gave before it.


@pytest.mark.parametrize(
    ("phrase", "read"),
    [
        # a bracketing title (the opening word tested before _bracketed_field_end)
        ("chief underwriting officer of Orbis", ("chief underwriting officer", "Orbis", 0, 5)),
        (
            "Chief Digital Transformation Officer at Velt Bank",
            ("Chief Digital Transformation Officer", "Velt Bank", 0, 7),
        ),
        ("chief executive officer", ("chief executive officer", None, 0, 3)),
        # "as well as" (its "as" tested before _as_well_as)
        (
            "vice minister as well as head of the agency",
            ("vice minister as well as head", None, 0, 6),
        ),
        (
            "minister of agriculture as well as head of the board",
            ("minister of agriculture as well as head of the board", None, 0, 10),
        ),
        # a possessive after the phrase and after a lower-case word (the mark tested
        # before possessive_after)
        ("the vice president's chief of staff", ("chief of staff", "vice president", 0, 7)),
        (
            "the vice president's office as an adviser",
            ("adviser", "vice president's office", 0, 8),
        ),
        ("the vice president's office", (None, "vice president's office", 0, 5)),
        ("the company's chief executive", ("chief executive", None, 0, 5)),
        ("the school's ninth president", ("president", None, 0, 5)),
        ("Harris' communication director", ("communication director", "Harris", 0, 4)),
        ("Orbis's new chief financial officer", ("chief financial officer", "Orbis", 0, 6)),
        ("the partners' chief executive", ("chief executive", "partners", 0, 5)),
        ("the partners\u2019 chief executive", ("chief executive", "partners", 0, 5)),
        ("the company\u2019s chief executive", ("chief executive", None, 0, 5)),
        ("the vice presidents' office", (None, "vice presidents' office", 0, 5)),
        ("the vice president\u2019s chief of staff", ("chief of staff", "vice president", 0, 7)),
        # an ordinal in digits (its ending tested before its digits)
        ("the 54th president of Velt College", ("president", "Velt College", 0, 6)),
        ("the 21st president of Velt College", ("president", "Velt College", 0, 6)),
        ("its 2nd chairman", ("chairman", None, 0, 3)),
        ("54th president of Velt College", ("president", "Velt College", 0, 5)),
        ("21st chairman", ("chairman", None, 0, 2)),
        ("first female CEO of Orbis", ("CEO", "Orbis", 0, 5)),
        ("the 3rd secretary", ("secretary", None, 0, 3)),
        (
            "chairman and chief executive of Kessa Group",
            ("chairman and chief executive", "Kessa Group", 0, 7),
        ),
        ("a chief executive to succeed her", ("chief executive", None, 0, 3)),
    ],
)
def test_roles_the_readers_shortcuts_read_what_the_general_reading_read(
    phrase: str, read: tuple[str | None, str | None, int, int]
) -> None:
    doc = _TOKENIZE.run(phrase)
    role = role_after(doc.text, doc.tokens, 0, len(doc.tokens))
    assert role is not None
    assert (role.text, role.org, role.first, role.last) == read


def test_roles_the_shortcuts_first_tests_are_the_calls_first_tests() -> None:
    # the opening words _read_role tests are those of _bracketed_field_end
    assert _read_role_words()[5] == frozenset(_bracketing_titles())
    # the first words _who_was tests before _who_led are _who_led's
    assert frozenset(ws[0] for ws in _WHO_LED) == _WHO_LED_FIRST
    # a possessive mark is one of POSSESSIVE_MARKS, whatever stands before it
    for before in ["Harris", "Velt", "boss", "Marx", "Ruiz", "Orbis", "2019", "x"]:
        for mark in ["'s", "\u2019s", "'", "\u2019", "s", "'d", '"', "`"]:
            for sep in ["", " "]:
                doc = _TOKENIZE.run(f"{before}{sep}{mark} office")
                for k in range(len(doc.tokens)):
                    if possessive_after(doc.tokens, k, len(doc.tokens)):
                        assert doc.tokens[k].text in POSSESSIVE_MARKS


def _who_was_general(text: str, tokens: Sequence[Token], i: int, sent_last: int) -> Role | None:
    """``_who_was`` as it read every clause of ``_WHO_WAS`` in turn, then asked
    ``_who_led``."""
    for words in _WHO_WAS:
        n = len(words)
        if i + n <= sent_last and _words_at(tokens, i, words):
            end = i + n
            while end < sent_last and tokens[end].text not in {",", ";", "(", ")", "--"}:
                end += 1
            role = role_after(text, tokens, i + n, end)
            if role is None:
                return None
            return Role(role.text, role.org, role.first, end)
    return _who_led(text, tokens, i, sent_last)


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        ("Ann Lee, who has been chairman since 2015, left.", ("chairman", None, 6, 9)),
        (
            "Ann Lee, who had served as chief executive of Orbis, left.",
            ("chief executive", "Orbis", 7, 11),
        ),
        ("Ann Lee, who was CEO, left.", ("CEO", None, 5, 6)),
        ("Ann Lee, who is the company's treasurer, left.", ("treasurer", None, 5, 9)),
        ("Ann Lee, who has led Orbis since 2012, left.", (None, "Orbis", 4, 7)),
        ("Ann Lee, who heads Velt Bank, left.", (None, "Velt Bank", 4, 7)),
        ("Ann Lee, who runs the Kessa Group, left.", (None, "Kessa Group", 4, 8)),
        ("Ann Lee, who had run Orbis, left.", None),
        ("Ann Lee, who said she would go, left.", None),
        ("Ann Lee, who served as president", ("president", None, 6, 7)),
        ("Ann Lee, who", None),
        ("Ann Lee, who has", None),
        ("Ann Lee, 54, chief executive of Orbis, left.", ("chief executive", "Orbis", 5, 9)),
        ("Ann Lee -- MD and CEO, who left.", ("MD and CEO", None, 3, 6)),
        ("Ann Lee, until now the minister for trade, left.", None),
        # a word that opens no role, but for the possessive mark after it
        ("Ann Lee, today's chief executive, left.", ("chief executive", None, 3, 7)),
        ("Ann Lee, yesterday\u2019s chairman, left.", ("chairman", None, 3, 6)),
        ("Ann Lee, joined", None),
        ("Ann Lee, today's", None),
        (
            "Ann Lee, the company's chief operating officer, left.",
            ("chief operating officer", None, 3, 9),
        ),
    ],
)
def test_roles_an_apposition_after_a_name_reads_as_the_general_reading(
    sentence: str, read: tuple[str | None, str | None, int, int] | None
) -> None:
    doc = _TOKENIZE.run(sentence)
    tokens, n = doc.tokens, len(doc.tokens)
    role = apposition_after(doc.text, tokens, 2, n)
    assert (None if role is None else (role.text, role.org, role.first, role.last)) == read
    # _who_was (its clauses by their first word) against the clause-by-clause
    # reading, from every word and to every end
    for i in range(n + 1):
        for sent_last in range(i, n + 1):
            assert _who_was(doc.text, tokens, i, sent_last) == _who_was_general(
                doc.text, tokens, i, sent_last
            ), (i, sent_last)


@pytest.mark.parametrize(
    ("sentence", "k", "read"),
    [
        ("Army chief General Ibrahim Musa spoke.", 3, ("Army chief", None, 0, 3)),
        ("General Bipin Rawat spoke.", 1, None),
        ("Air Marshal Sani Bala spoke.", 2, None),
        ("Maj. Gen. Joseph Kato spoke.", 3, None),
        ("FBI Director James Comey spoke.", 2, ("Director", "FBI", 0, 2)),
    ],
)
def test_roles_a_rank_before_a_name_reads_as_the_general_reading(
    sentence: str, k: int, read: tuple[str | None, str | None, int, int] | None
) -> None:
    doc = _TOKENIZE.run(sentence)
    tokens = doc.tokens
    role = title_before(doc.text, tokens, k, 0)
    assert (None if role is None else (role.text, role.org, role.first, role.last)) == read
    # _rank_from's loop against any() of the texts it reads
    ranks = lexicon.words("rank_titles.txt")
    for first in range(k):
        for last in range(first, k):
            for of_last in range(last, k):
                general = any(
                    _text(doc.text, tokens, x, of_last + 1).lower() in ranks
                    for x in range(first, last + 1)
                )
                assert _rank_from(doc.text, tokens, first, last, of_last) == general


#: Titles before names (k: a name at ``tokens[k]``; -k: an apposition before a name
#: at ``tokens[k]``), as the readers read them before their shortcuts.
_TITLES_BEFORE = [
    (
        "Chief underwriting officer Helen Marsh left.",
        [(1, ("Chief", None, 0, 1)), (3, ("Chief underwriting officer", None, 0, 3))],
    ),
    (
        "Minister for Foreign Affairs Ada Lin left.",
        [
            (1, ("Minister", None, 0, 1)),
            (3, ("Minister for Foreign", None, 0, 3)),
            (4, ("Minister for Foreign Affairs", None, 0, 4)),
        ],
    ),
    (
        "Secretary of State Walter Brooks left.",
        [(1, ("Secretary", None, 0, 1)), (3, ("Secretary of State", None, 0, 3))],
    ),
    (
        "The army chief Gen. Ibrahim Musa left.",
        [(3, ("army chief", None, 1, 3)), (4, ("army chief", None, 1, 4))],
    ),
    (
        "The army chief Major General Ibrahim Musa left.",
        [
            (3, ("army chief", None, 1, 3)),
            (4, ("army chief", None, 1, 4)),
            (5, ("army chief", None, 1, 5)),
        ],
    ),
    (
        "Attorney General Ana Ruiz left.",
        [(1, ("Attorney", None, 0, 1)), (2, ("Attorney General", None, 0, 2))],
    ),
    ("Outgoing CEO Ann Lee left.", [(2, ("CEO", None, 1, 2))]),
    ("Coral Bank finance chief Ann Lee left.", [(4, ("finance chief", "Coral Bank", 0, 4))]),
    (
        "President Sacks Energy Minister Ann Lee",
        [(1, ("President", None, 0, 1)), (4, ("Energy Minister", None, 2, 4))],
    ),
    (
        "University of Oklahoma President Ann Lee left.",
        [(4, ("President", "University of Oklahoma", 0, 4))],
    ),
    ("Carlton-bound CEO Ann Lee left.", [(2, ("CEO", None, 1, 2))]),
    ("Harris' senior assistant Ann Lee left.", [(4, ("senior assistant", "Harris", 0, 4))]),
    (
        "Orbis's new chief executive Ann Lee left.",
        [(4, ("chief", "Orbis", 0, 4)), (5, ("chief executive", "Orbis", 0, 5))],
    ),
    ("New York Governor Ann Lee left.", [(3, ("Governor", "New York", 0, 3))]),
    (
        "group chief executive officer (CEO) Chua Sock Koong left.",
        [
            (2, ("group chief", None, 0, 2)),
            (3, ("group chief executive", None, 0, 3)),
            (4, ("group chief executive officer", None, 0, 4)),
            (6, ("CEO", None, 5, 6)),
            (7, ("group chief executive officer", None, 0, 7)),
        ],
    ),
    (
        "Ambassador Dr. Jane Roe left.",
        [(1, ("Ambassador", None, 0, 1)), (2, ("Ambassador", None, 0, 2))],
    ),
    ("Mexican foreign minister Ann Lee left.", [(3, ("foreign minister", "Mexico", 0, 3))]),
    ("Norwich City manager Ann Lee left.", [(3, ("manager", "Norwich City", 0, 3))]),
    (
        "The previous director, Dr. Ama Owusu, left.",
        [(3, ("previous director", None, 1, 3)), (-4, ("director", None, 1, 4))],
    ),
    (
        "Velt's outgoing chairman, Tom Bale, left.",
        [(4, ("chairman", None, 3, 4)), (-5, ("chairman", "Velt", 3, 5))],
    ),
    (
        "Michigan's budget director, Ann Lee, left.",
        [(4, ("director", None, 3, 4)), (-5, ("budget director", "Michigan", 2, 5))],
    ),
    (
        "The chairman of Fenwick Holdings, Arthur Quayle, left.",
        [(2, ("chairman", None, 1, 2)), (-6, ("chairman", "Fenwick Holdings", 1, 6))],
    ),
]


@pytest.mark.parametrize(("sentence", "reads"), _TITLES_BEFORE)
def test_roles_titles_before_names_read_as_the_general_reading(
    sentence: str, reads: list[tuple[int, tuple[str | None, str | None, int, int]]]
) -> None:
    doc = _TOKENIZE.run(sentence)
    tokens, n = doc.tokens, len(doc.tokens)
    found = []
    for k in range(1, n):
        for sign, reader in ((1, title_before), (-1, apposition_before)):
            role = reader(doc.text, tokens, k, 0)
            if role is not None:
                found.append((sign * k, (role.text, role.org, role.first, role.last)))
    assert found == reads


@pytest.mark.parametrize("sentence", [row[0] for row in _TITLES_BEFORE])
def test_roles_the_steps_spared_leave_their_word_where_it_is(sentence: str) -> None:
    """Where a reader's first test (made before the call) fails, the step it spares
    would have left its index where it is."""
    doc = _TOKENIZE.run(f"{sentence} The 21st chief, its first female CEO, the Gen. Lt. Gen.")
    tokens, n = doc.tokens, len(doc.tokens)
    heads = _heads()
    closings = _title_before_words()[6]
    skipped = _read_role_words()[6]
    assert skipped == _skipped_words()
    assert _rank_last_words() == lexicon.words("military_ranks.txt") | frozenset(
        _ranks_by_last_word()
    )
    for j in range(n):
        low = tokens[j].lower
        for first in range(j + 1):
            if low not in _rank_last_words():
                assert _before_rank(tokens, j, first) == j
            if not tokens[j].text[:1].isupper() or low in heads:
                assert _before_portfolio(tokens, j, first) == j
            if low not in closings:
                assert _bracketing_opening(tokens, j, first) is None
        if low not in skipped and not low.endswith(_ORDINAL_SUFFIXES):
            for limit in range(j, n + 1):
                assert _skip_determiners(tokens, j, limit) == j


def test_roles_the_lists_held_in_globals_are_their_getters_lists() -> None:
    parse_some = _TOKENIZE.run("Ann Lee, the chief executive, said Press Operations.")
    role_after(parse_some.text, parse_some.tokens, 3, len(parse_some.tokens))
    loaded = {
        "_HEADS": roles._load_heads,
        "_ROLE_WORDS": roles._load_role_words,
        "_FIELDS": roles._load_fields,
        "_SKIPPED": roles._load_skipped,
        "_READ_ROLE_WORDS": roles._load_read_role_words,
        "_NO_ROLE_OPENERS": roles._load_no_role_openers,
        "_TITLE_END_WORDS": roles._load_title_end_words,
    }
    getters = {
        "_HEADS": roles._heads,
        "_ROLE_WORDS": roles._role_words,
        "_FIELDS": roles._field_words,
        "_SKIPPED": roles._skipped_words,
        "_READ_ROLE_WORDS": roles._read_role_words,
        "_NO_ROLE_OPENERS": roles._no_role_openers,
        "_TITLE_END_WORDS": roles.title_end_words,
    }
    for name, load in loaded.items():
        held = load()
        assert held, name  # (never empty: the readers ask "held or load()")
        assert held == getters[name](), name
        assert getattr(roles, name) is held, name


@pytest.mark.parametrize(
    "name",
    [
        "Press Operations",
        "Communications",
        "Works",
        "Mines and Energy",
        "Mines & Energy",
        "Foreign Affairs",
        "Harvard University",
        "Acme",
        "and",
        "",
        "Operation",
        "Securities",
        "Finance Kenya",
        "the Treasury",
        "Energies and Mines",
        "Audits",
        "Budgets and Campaigns",
        "Chiefs",
    ],
)
def test_roles_a_domain_reads_as_all_of_its_words(name: str) -> None:
    """``looks_like_domain`` (a loop) against all() over its words."""
    tokens = _TOKENIZE.run(name).tokens if name else []
    fields = _field_words()
    general = bool(tokens) and all(
        t.lower in fields
        or t.lower in {"and", "&"}
        or (t.lower.endswith("s") and t.lower[:-1] in fields)
        for t in tokens
    )
    assert looks_like_domain(tokens) == general
    for k in range(len(tokens)):
        assert looks_like_domain(tokens[k:]) == (
            all(
                t.lower in fields
                or t.lower in {"and", "&"}
                or (t.lower.endswith("s") and t.lower[:-1] in fields)
                for t in tokens[k:]
            )
        )
