"""Styles written before a person's name, as news in Africa, Asia, churches and
legislatures writes them: no part of the name and no post."""

from __future__ import annotations

import pytest

from personnel_events import EntityLabel, parse
from personnel_events.pipeline import default_pipeline


def _people(text: str) -> list[tuple[str, str | None]]:
    """(person, role) of each event of ``text``."""
    return [(e.person, e.role) for e in parse(text, published="2024-03-06")]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The governor has sacked the Commissioner for Health, Hon. Peter Lado, on Monday.",
         "Peter Lado"),
        ("The governor approved the appointment of Alhaji Musa Danjuma as Secretary to the "
         "State Government.", "Musa Danjuma"),
        ("The Pope has appointed Father Thomas Ngugi as bishop of Kitui.", "Thomas Ngugi"),
        ("The bishop appointed Fr. Luke Mbithi as rector of the seminary.", "Luke Mbithi"),
        ("The ministry appointed Engr. Musa Bello as Managing Director of the Water Board.",
         "Musa Bello"),
        ("The council has named Barr. Chidi Okafor as its new secretary.", "Chidi Okafor"),
        ("The emir appointed Sheikh Omar Farah as chief imam.", "Omar Farah"),
        ("Tan Sri Lim Kok Wai retired as chairman of Sinar Holdings on Friday.", "Lim Kok Wai"),
        ("The board named Datuk Seri Ahmad Razak as chairman.", "Ahmad Razak"),
        ("The governor appointed state Sen. Lisa Ford as lieutenant governor on Monday.",
         "Lisa Ford"),
        ("The Rt Revd Ann Lee will retire as Bishop of Dunmore in April.", "Ann Lee"),
        ("The Revd Tom Bale was installed as vicar of St Anne's on Sunday.", "Tom Bale"),
    ],
)  # fmt: skip
def test_a_style_before_a_name_is_no_part_of_the_person(text: str, person: str) -> None:
    assert [p for p, _ in _people(text)] == [person]


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        ("Minister of Trade Hon. Kenji Sato resigned on Monday.", "Kenji Sato",
         "Minister of Trade"),
        ("Group chairman Tan Sri Lim Kok Wai retired on Friday.", "Lim Kok Wai",
         "Group chairman"),
        ("The president fired army chief Gen. Ibrahim Musa on Saturday.", "Ibrahim Musa",
         "army chief"),
    ],
)  # fmt: skip
def test_a_title_before_a_style_is_the_persons_post(text: str, person: str, role: str) -> None:
    assert _people(text) == [(person, role)]


def test_a_style_before_a_title_names_no_body_of_it() -> None:
    doc = default_pipeline().run("Lady Justice Amina Yusuf was appointed to the Court of Appeal.")
    (judge,) = [m for m in doc.mentions if m.label is EntityLabel.PERSON and m.title]
    assert (judge.text, judge.title, judge.title_org) == ("Amina Yusuf", "Justice", None)


def test_a_rank_of_two_words_is_no_part_of_the_name_and_names_no_body() -> None:
    text = "Air Marshal Peter Dogo was named Chief of Air Staff, replacing Air Marshal Sani Bala."
    events = parse(text, published="2024-03-06")
    assert sorted((e.person, e.org) for e in events) == [("Peter Dogo", None), ("Sani Bala", None)]
