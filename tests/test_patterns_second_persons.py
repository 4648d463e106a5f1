"""Second persons of a sentence: who "replaced Y with X" names, the people listed
after a plural post noun, and who is moved from one post to another."""

from __future__ import annotations

import pytest

from conftest import events_of


def changes(text: str) -> set[tuple[object, object, object]]:
    """(type, person, role) of every event of ``text``."""
    return {(e["type"], e["person"], e["role"]) for e in events_of(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The president sacked Finance Minister Ida Mensah on Tuesday and replaced her "
            "with her deputy, Kofi Asare.",
            {
                ("END", "Ida Mensah", "Finance Minister"),
                ("START", "Kofi Asare", "Finance Minister"),
            },
        ),
        (
            "The club fired coach Tom Bale and replaced him with Ann Lee on Monday.",
            {("END", "Tom Bale", "coach"), ("START", "Ann Lee", "coach")},
        ),
        (
            "Governor Ruth Amani replaced police chief Tom Bale with Ann Lee.",
            {("END", "Tom Bale", "police chief"), ("START", "Ann Lee", "police chief")},
        ),
        # no person after "with": the subject is the successor
        (
            "Ann Lee replaced Tom Bale as coach with immediate effect.",
            {("START", "Ann Lee", "coach"), ("END", "Tom Bale", "coach")},
        ),
    ],
)
def test_patterns_replace_with_gives_the_post_to_the_person_after_with(
    text: str, expected: set[tuple[object, object, object]]
) -> None:
    assert changes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The president dropped three ministers, Ama Owusu, Kofi Boateng and Efua "
            "Mensah, from the cabinet on Friday.",
            {
                ("END", "Ama Owusu", "minister"),
                ("END", "Kofi Boateng", "minister"),
                ("END", "Efua Mensah", "minister"),
            },
        ),
        (
            "Velt named two new directors, Ann Lee and Tom Bale, on Monday.",
            {("START", "Ann Lee", "director"), ("START", "Tom Bale", "director")},
        ),
        (
            "Velt appointed two independent directors, Ann Lee and Tom Bale.",
            {
                ("START", "Ann Lee", "independent director"),
                ("START", "Tom Bale", "independent director"),
            },
        ),
        (
            "The governor fired both commissioners, Ann Lee and Tom Bale.",
            {("END", "Ann Lee", "commissioner"), ("END", "Tom Bale", "commissioner")},
        ),
        # a singular post before a comma is an apposition of one person
        (
            "Velt named a new chief executive, Ann Lee, on Monday.",
            {("START", "Ann Lee", "chief executive")},
        ),
        (
            "Two ministers, Ann Lee and Tom Bale, resigned on Friday.",
            {("END", "Ann Lee", "minister"), ("END", "Tom Bale", "minister")},
        ),
        (
            "Velt deputy secretaries Ann Lee and Tom Bale quit last week.",
            {("END", "Ann Lee", "deputy secretary"), ("END", "Tom Bale", "deputy secretary")},
        ),
        (
            "Senior judges Ama Owusu, Kofi Boateng and Efua Mensah retired in 2020.",
            {
                ("END", "Ama Owusu", "Senior judge"),
                ("END", "Kofi Boateng", "Senior judge"),
                ("END", "Efua Mensah", "Senior judge"),
            },
        ),
        # (moved from test_roles.py, which reads one event: both holders now end it)
        (
            "Harbour Festival co-directors Rachel Vale and Neil Orme will leave their posts.",
            {("END", "Rachel Vale", "co-director"), ("END", "Neil Orme", "co-director")},
        ),
        # a singular title is the first person's own
        (
            "Velt chairman Ann Lee and Tom Bale resigned on Friday.",
            {("END", "Ann Lee", "chairman"), ("END", "Tom Bale", None)},
        ),
    ],
)
def test_patterns_people_listed_after_a_plural_post_each_take_it(
    text: str, expected: set[tuple[object, object, object]]
) -> None:
    assert changes(text) == expected


def orgs_of(text: str) -> set[tuple[object, object, object]]:
    """(type, person, org) of every event of ``text``."""
    return {(e["type"], e["person"], e["org"]) for e in events_of(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a minister of another portfolio leaves that post (a title of none may be
        # held in the new department: "Permanent Secretary Ann Lee" below)
        (
            "Health Minister Ama Owusu moves to the education ministry.",
            {("START", "Ama Owusu", "education ministry"), ("END", "Ama Owusu", None)},
        ),
        (
            "Economy minister Jonas Vell moves to the finance ministry on Friday.",
            {("START", "Jonas Vell", "finance ministry"), ("END", "Jonas Vell", None)},
        ),
        (
            "Kofi Boateng was on Tuesday moved to the Education ministry.",
            {("START", "Kofi Boateng", "Education ministry")},
        ),
        (
            "Efua Mensah moved to the foreign affairs department in 2021.",
            {("START", "Efua Mensah", "foreign affairs department")},
        ),
        (
            "Permanent Secretary Ann Lee has been moved to the Ministry of Health.",
            {("START", "Ann Lee", "Ministry of Health")},
        ),
        # the one moved by another
        (
            "The reshuffle also moved Deputy Prime Minister Kofi Boateng to the commerce ministry.",
            {("START", "Kofi Boateng", "commerce ministry")},
        ),
        (
            "The president moved Efua Mensah from the interior ministry to the Ministry of "
            "Defence.",
            {
                ("START", "Efua Mensah", "Ministry of Defence"),
                ("END", "Efua Mensah", "interior ministry"),
            },
        ),
        (
            "The president moved Efua Mensah from the Ministry of Finance to the Ministry of "
            "Defence.",
            {
                ("START", "Efua Mensah", "Ministry of Defence"),
                ("END", "Efua Mensah", "Ministry of Finance"),
            },
        ),
        # the one who moves, by a "from" and a "to" of two departments
        (
            "Ama Owusu moves from the Home Office to the Foreign Office.",
            {("START", "Ama Owusu", "Foreign Office"), ("END", "Ama Owusu", "Home Office")},
        ),
        (
            "Kofi Boateng was moved from the finance ministry to the defence ministry on Monday.",
            {
                ("START", "Kofi Boateng", "defence ministry"),
                ("END", "Kofi Boateng", "finance ministry"),
            },
        ),
        (
            "Ann Lee moved from the Ministry of Trade to the Ministry of Health in 2019.",
            {("START", "Ann Lee", "Ministry of Health"), ("END", "Ann Lee", "Ministry of Trade")},
        ),
        ("Ann Lee moved from London to Paris in 2019.", set()),
        ("Ann Lee moved from the ministry to a new department in 2019.", set()),
        ("The club moved Tom Bale to the reserves.", set()),
        # a move to a place or a thing names no post
        ("Ann Lee moved to London in 2019.", set()),
        ("The team moved to a new stadium in 2019.", set()),
        ("Ann Lee moved to the ministry's new offices.", set()),
        ("Ann Lee moved to a new department in 2019.", set()),
    ],
)
def test_patterns_a_move_to_a_department_is_a_start_there(
    text: str, expected: set[tuple[object, object, object]]
) -> None:
    assert orgs_of(text) == expected


def full(text: str) -> set[tuple[object, ...]]:
    """(type, person, role, org, status) of every event of ``text``."""
    return {(e["type"], e["person"], e["role"], e["org"], e["status"]) for e in events_of(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Joining Velt as head of credit is Omar Haddad.",
            {("START", "Omar Haddad", "head of credit", "Velt", "past")},
        ),
        (
            "Taking over as chief executive of Velt will be Ann Lee.",
            {("START", "Ann Lee", "chief executive", "Velt", "future")},
        ),
        (
            "Promoted to partner at Korra Legal are Ann Lee and Tom Bale.",
            {
                ("START", "Ann Lee", "partner", "Korra Legal", "past"),
                ("START", "Tom Bale", "partner", "Korra Legal", "past"),
            },
        ),
        ("Stepping down as chair is Tom Bale.", {("END", "Tom Bale", "chair", None, "past")}),
        # an opening word before the participle ("also", "among those")
        (
            "Also leaving the board of Velt is Tom Bale, its longtime chairman.",
            {("END", "Tom Bale", "chairman", "Velt", "past")},
        ),
        (
            "Among those appointed were Ann Lee, as finance minister, and Tom Bale, as "
            "defence minister.",
            {
                ("START", "Ann Lee", "finance minister", None, "past"),
                ("START", "Tom Bale", "defence minister", None, "past"),
            },
        ),
        (
            "Among those dismissed was Omar Haddad, the interior minister.",
            {("END", "Omar Haddad", "interior minister", None, "past")},
        ),
        ("Also joining him on stage was Ann Lee.", set()),
        # a participle that names no post, and a fronted clause closed by a comma
        ("Joining him on stage was Ann Lee.", set()),
        ("Taking over the kitchen will be Ann Lee.", set()),
        ("Named in the lawsuit is Tom Bale.", set()),
        (
            "Joining Velt in 2019, Ann Lee became chief executive in 2021.",
            {
                ("START", "Ann Lee", None, "Velt", "past"),
                ("START", "Ann Lee", "chief executive", "Velt", "past"),
            },
        ),
    ],
)
def test_patterns_an_inverted_sentence_names_its_people_after_be(
    text: str, expected: set[tuple[object, ...]]
) -> None:
    assert full(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an opening participle of succession: the successor after "be" or after
        # the comma that closes the clause, the one replaced in its object
        (
            "Replacing Tom Bale as chief executive of Velt is Ann Lee.",
            {
                ("START", "Ann Lee", "chief executive", "Velt", "past"),
                ("END", "Tom Bale", "chief executive", "Velt", "past"),
            },
        ),
        (
            "Succeeding Tom Bale as head coach of Korra United will be Omar Haddad.",
            {
                ("START", "Omar Haddad", "head coach", "Korra United", "future"),
                ("END", "Tom Bale", "head coach", "Korra United", "future"),
            },
        ),
        (
            "Replacing Tom Bale as chair of Velt, Ann Lee promised a review.",
            {
                ("START", "Ann Lee", "chair", "Velt", "past"),
                ("END", "Tom Bale", "chair", "Velt", "past"),
            },
        ),
        (
            "Succeeding Tom Bale as head coach, Omar Haddad kept the staff.",
            {
                ("START", "Omar Haddad", "head coach", None, "past"),
                ("END", "Tom Bale", "head coach", None, "past"),
            },
        ),
        # a participle inside the sentence keeps its own subject
        (
            "Ann Lee was named chair of Velt on Monday, replacing Tom Bale.",
            {
                ("START", "Ann Lee", "chair", "Velt", "past"),
                ("END", "Tom Bale", "chair", "Velt", "past"),
            },
        ),
    ],
)
def test_patterns_an_opening_participle_of_succession_names_the_successor(
    text: str, expected: set[tuple[object, ...]]
) -> None:
    assert full(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle between a verb of change and a title describes the person
        (
            "Ann Lee was elected chair of Velt. Lee succeeds retired army general Tom Bale.",
            {("START", "Ann Lee"), ("END", "Tom Bale")},
        ),
        ("Velt named retired judge Tom Bale as its ombudsman.", {("START", "Tom Bale")}),
        # a participle of its own clause is a change
        ("Ann Lee retired as chief executive in May.", {("END", "Ann Lee")}),
    ],
)
def test_patterns_an_attributive_participle_tells_no_change(
    text: str, expected: set[tuple[object, object]]
) -> None:
    assert {(e["type"], e["person"]) for e in events_of(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short bracket after each listed name: a note, the list goes on
        ("Ann Lee (finance), Tom Bale (interior) and Omar Haddad (defence) were sworn in.",
         {("START", "Ann Lee", None, None, "past"), ("START", "Tom Bale", None, None, "past"),
          ("START", "Omar Haddad", None, None, "past")}),
        ("Ann Lee (52), Tom Bale (61) and Omar Haddad (45) resigned on Monday.",
         {("END", "Ann Lee", None, None, "past"), ("END", "Tom Bale", None, None, "past"),
          ("END", "Omar Haddad", None, None, "past")}),
        ("Ann Lee (left) and Tom Bale resigned from the board of Velt.",
         {("END", "Ann Lee", None, "Velt", "past"), ("END", "Tom Bale", None, "Velt", "past")}),
    ],
)  # fmt: skip
def test_patterns_a_list_of_subjects_with_a_bracket_after_each_name(
    text: str, expected: set[tuple[object, ...]]
) -> None:
    assert full(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "include" after people appointed: each listed post is a start
        ("The new appointees include Ann Lee as finance minister and Tom Bale as "
         "interior minister.",
         {("START", "Ann Lee", "finance minister", None, "past"),
          ("START", "Tom Bale", "interior minister", None, "past")}),
        ("The new ministers include Omar Haddad as trade minister.",
         {("START", "Omar Haddad", "trade minister", None, "past")}),
        # guests, members of a body: no change
        ("Guests include Ann Lee as master of ceremonies.", set()),
        ("The board's members include Ann Lee as chair.", set()),
    ],
)  # fmt: skip
def test_patterns_appointees_include_people_who_start_their_posts(
    text: str, expected: set[tuple[object, ...]]
) -> None:
    assert full(text) == expected
