"""Posts and people a clause leaves unnamed but tells otherwise: the subject's own
title where the verb means taking that post, handovers, people who will run a
body together, relative clauses on objects, and the reporting organisation."""

from __future__ import annotations

import pytest

from conftest import events_of

Row = tuple[object, ...]


def full(text: str) -> set[Row]:
    """(type, person, role, org, date, status) of every event of ``text``."""
    return {
        (e["type"], e["person"], e["role"], e["org"], e["date"], e["status"])
        for e in events_of(text)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Health Minister Ann Lee took office on Monday.",
            {("START", "Ann Lee", "Health Minister", None, "2024-03-04", "past")},
        ),
        (
            "Interior Minister Tom Bale assumed office at a ceremony on Monday.",
            {("START", "Tom Bale", "Interior Minister", None, "2024-03-04", "past")},
        ),
        # "assume" with no "office" after it takes no title
        ("CFO Ann Lee assumed responsibility for the audit on Monday.", set()),
        (
            "Mayor-elect Tom Bale takes office in January.",
            {("START", "Tom Bale", "Mayor", None, "2025-01", "future")},
        ),
        (
            "Mayor-elect Ann Lee was sworn in on Monday.",
            {("START", "Ann Lee", "Mayor", None, "2024-03-04", "past")},
        ),
        (
            "Velt CEO Ann Lee, who took over in January, said sales rose.",
            {("START", "Ann Lee", "CEO", "Velt", "2024-01", "past")},
        ),
        # joining a company is not taking the post the title names
        (
            "Velt CEO Ann Lee, who joined the company in 2010, said sales rose.",
            {("START", "Ann Lee", None, "Velt", "2010", "past")},
        ),
        # the title of one who takes charge outside a relative clause is the post held
        (
            "Assistant coach Tom Bale will take charge on Saturday.",
            {("START", "Tom Bale", None, None, "2024-03-09", "future")},
        ),
    ],
)
def test_patterns_a_start_with_no_post_takes_the_title_its_verb_takes(
    text: str, expected: set[Row]
) -> None:
    assert full(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Finance Minister Tom Bale handed over to his successor, Ann Lee, at a "
            "ceremony on Tuesday.",
            {
                ("END", "Tom Bale", "Finance Minister", None, "2024-03-05", "past"),
                ("START", "Ann Lee", "Finance Minister", None, "2024-03-05", "past"),
            },
        ),
        # "his deputy" is the receiver's old post; the body follows "at"
        (
            "Tom Bale will hand over the reins at Velt to his deputy, Ann Lee, in July.",
            {
                ("END", "Tom Bale", None, "Velt", "2024-07", "future"),
                ("START", "Ann Lee", None, "Velt", "2024-07", "future"),
            },
        ),
        (
            "Gen. Tom Bale relinquished command of the northern army to Gen. Ann Lee on Monday.",
            {
                ("END", "Tom Bale", None, None, "2024-03-04", "past"),
                ("START", "Ann Lee", None, None, "2024-03-04", "past"),
            },
        ),
        # "relinquish" with no receiver is an END alone; a thing relinquished is none
        (
            "Tom Bale relinquished his post as chairman of Velt on Monday.",
            {("END", "Tom Bale", "chairman", "Velt", "2024-03-04", "past")},
        ),
        ("Tom Bale relinquished his shares to Ann Lee.", set()),
        # a thing handed to someone described is no change
        ("Velt chairman Tom Bale handed over the files to his lawyer, Ann Lee, on Monday.", set()),
    ],
)
def test_patterns_a_handover_to_a_described_receiver_ends_and_starts_the_post(
    text: str, expected: set[Row]
) -> None:
    assert full(text) == expected


def people_posts(text: str) -> set[Row]:
    """(type, person, role, status) of every event of ``text``."""
    return {(e["type"], e["person"], e["role"], e["status"]) for e in events_of(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velt said Ann Lee and Tom Bale will run the company as co-chief executives.",
            {
                ("START", "Ann Lee", "co-chief executive", "future"),
                ("START", "Tom Bale", "co-chief executive", "future"),
            },
        ),
        (
            "Ann Lee is to lead the bank as chairman from May.",
            {("START", "Ann Lee", "chairman", "future")},
        ),
        # a candidacy, a task, or a tenure told in the past is no change
        ("Ann Lee will run for mayor as an independent.", set()),
        ("Ann Lee will lead the delegation to the talks.", set()),
        ("Ann Lee led the bank as chairman from 2010 to 2015.", set()),
    ],
)
def test_patterns_to_run_or_lead_a_body_as_a_post_is_a_start(text: str, expected: set[Row]) -> None:
    assert people_posts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The talks were led by Ann Lee, who was named chief financial officer of Velt "
            "in January.",
            {("START", "Ann Lee", "chief financial officer", "Velt", "2024-01", "past")},
        ),
        (
            "The study was written by Tom Bale, who will retire as head of research at "
            "Velt in June.",
            {("END", "Tom Bale", "head of research", "Velt", "2024-06", "future")},
        ),
        # a name after "by" outside a who-clause acts in a phrase
        ("A defeat by Ann Lee left them third.", set()),
    ],
)
def test_patterns_a_who_clause_on_a_name_after_by_tells_its_change(
    text: str, expected: set[Row]
) -> None:
    assert full(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ann Lee joined Harlow Partners as general counsel last year.",
            {("START", "Ann Lee", "general counsel", "Harlow Partners", "2023", "past")},
        ),
        (
            "Tom Bale joins Marlow Partners as chief risk officer in May.",
            {("START", "Tom Bale", "chief risk officer", "Marlow Partners", "2024-05", "future")},
        ),
    ],
)
def test_patterns_a_body_named_like_a_post_before_as_is_the_body(
    text: str, expected: set[Row]
) -> None:
    assert full(text) == expected


def orgs_of(text: str) -> set[Row]:
    """(type, person, org) of every event of ``text``."""
    return {(e["type"], e["person"], e["org"]) for e in events_of(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velt said Tom Bale will retire in June and be succeeded by Ann Lee.",
            {("END", "Tom Bale", "Velt"), ("START", "Ann Lee", "Velt")},
        ),
        ("At Velt, Ann Lee becomes chief risk officer.", {("START", "Ann Lee", "Velt")}),
        # a place, a country or a person's surname reports or frames no post
        ("Kenya said Tom Bale will retire in June.", {("END", "Tom Bale", None)}),
        (
            "President Obi Nwosu fired Ann Lee on Monday. Nwosu said Tom Bale will retire in June.",
            {("END", "Ann Lee", None), ("END", "Tom Bale", None)},
        ),
        ("At Christmas, Tom Bale resigned.", {("END", "Tom Bale", None)}),
    ],
)
def test_patterns_the_body_that_reports_or_frames_a_change_is_its_org(
    text: str, expected: set[Row]
) -> None:
    assert orgs_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ann Lee, Velt's incoming chief risk officer, spoke on Monday.",
            {("START", "Ann Lee", "chief risk officer", "Velt", "future")},
        ),
        (
            "Tom Bale, Harlow Bank's outgoing chairman, said profits rose.",
            {("END", "Tom Bale", "chairman", "Harlow Bank", "future")},
        ),
        # a person's possessive names nobody's post
        ("Tom Bale met Ann Lee. Ann Lee, Bale's incoming deputy, said sales rose.", set()),
    ],
)
def test_patterns_a_body_s_incoming_or_outgoing_title_in_an_apposition_is_a_change(
    text: str, expected: set[Row]
) -> None:
    got = {(e["type"], e["person"], e["role"], e["org"], e["status"]) for e in events_of(text)}
    assert got == expected
