"""The head of a document: publication-date lines and datelines."""

from __future__ import annotations

import datetime as dt

import pytest

from personnel_events import default_pipeline, parse
from personnel_events.dateline import find_dateline


@pytest.mark.parametrize(
    ("text", "date", "place"),
    [
        ("date 2021-12-03\nJane Roe resigned.", "2021-12-03", None),
        ("Published: March 3, 2024\nJane Roe resigned.", "2024-03-03", None),
        ("Posted on Tuesday, March 5, 2024\nJane Roe resigned.", "2024-03-05", None),
        ("Updated 3 March 2024\nJane Roe resigned.", "2024-03-03", None),
        ("Acme names a chief\nPublished: 12 Feb. 2023\nJane Roe resigned.", "2023-02-12", None),
        ("WASHINGTON, Dec. 3, 2021 - Jane Roe resigned.", "2021-12-03", "WASHINGTON"),
        ("NEW YORK, March 3, 2024 /PRNewswire/ -- Acme Corp. today named Jane Roe CFO.",
         "2024-03-03", "NEW YORK"),
        ("AUSTIN, Texas--(BUSINESS WIRE)--Acme Corp. named Jane Roe CFO.", None, "AUSTIN"),
        ("TOKYO (Reuters) - Jane Roe resigned.", None, "TOKYO"),
        ("SAO PAULO, May 14 (Reuters) - Jane Roe resigned.", None, "SAO PAULO"),
        ("Headline here\nLAGOS, 4 June 2024 - Jane Roe resigned.", "2024-06-04", "LAGOS"),
        # header forms with a clock time, a bar, or figures (issue 18)
        ("Published: June 13, 2017\nJane Roe resigned.", "2017-06-13", None),
        ("Updated 10:31 a.m. ET Dec. 2, 2021\nJane Roe resigned.", "2021-12-02", None),
        ("Dec 02, 2021 | 10:31 IST\nJane Roe resigned.", "2021-12-02", None),
        ("Acme names a chief\n2 December 2021, 10:31\nJane Roe resigned.", "2021-12-02", None),
        ("Posted on 12/02/2021\nJane Roe resigned.", "2021-12-02", None),
        ("Posted on 25/02/2021\nJane Roe resigned.", "2021-02-25", None),
        # a wire dateline that runs straight into the story
        ("COPENHAGEN, March 14 Danish utility Acme said it fired Jane Roe.", None, "COPENHAGEN"),
    ],
)  # fmt: skip
def test_find_dateline_reads_the_date_and_place_at_the_head(
    text: str, date: str | None, place: str | None
) -> None:
    found = find_dateline(text)
    assert found is not None
    assert (found.date.isoformat() if found.date else None, found.place) == (date, place)
    if found.place_span is not None:
        assert text[found.place_span[0] : found.place_span[1]] == place


@pytest.mark.parametrize(
    "text",
    [
        "IBM said on Monday that its CFO resigned.",
        "The CEO - Jane Roe - resigned.",
        "Jane Roe resigned on March 3, 2024.",
        "US: Jane Roe resigned.",
        "Published: soon.\nJane Roe resigned.",
        "Published: February 30, 2024\nJane Roe resigned.",
        "Posted on 13/13/2021\nJane Roe resigned.",
        "Jane Roe resigned on Dec 02, 2021, 10:31 local time.",
    ],
)
def test_find_dateline_finds_nothing_in_ordinary_or_impossible_heads(text: str) -> None:
    found = find_dateline(text)
    assert found is None or found.date is None


def test_a_date_in_the_text_becomes_the_publication_date() -> None:
    doc = default_pipeline().run("WASHINGTON, Dec. 3, 2021 - Jane Roe will leave Acme on Friday.")
    assert doc.published == dt.date(2021, 12, 3)
    (ev,) = doc.events
    assert ev.date is not None and ev.date.iso == "2021-12-03"


def test_an_explicit_published_date_wins_over_the_text() -> None:
    text = "WASHINGTON, Dec. 3, 2021 - Jane Roe will leave Acme Corp. on Friday."
    (ev,) = parse(text, published="2021-12-06")
    assert ev.date is not None and ev.date.iso == "2021-12-10"


def test_the_dateline_date_is_not_an_event_date() -> None:
    (ev,) = parse("NEW YORK, March 3, 2024 /PRNewswire/ -- Acme Corp. said Jane Roe resigned.")
    assert ev.date is None


@pytest.mark.parametrize(
    "text",
    [
        "TOKYO (Reuters) - Ozaki Motors said Jane Roe will step down as president.",
        "AUSTIN, Texas--(BUSINESS WIRE)--Halvorsen Labs named Jane Roe chief executive.",
    ],
)
def test_the_dateline_place_is_neither_person_nor_organisation(text: str) -> None:
    (ev,) = parse(text)
    assert ev.person == "Jane Roe"
    assert ev.org not in ("TOKYO", "AUSTIN")


def test_the_dateline_day_is_not_an_event_date_when_the_story_follows_it() -> None:
    (ev,) = parse(
        "COPENHAGEN, March 14 Danish utility Acme Corp. said it fired its CEO Jane Roe.",
        published="2012-03-14",
    )
    assert ev.date is None


def test_the_patterns_tried_at_line_breaks_find_what_finditer_finds() -> None:
    """The head's patterns are tried on the first line and after line breaks (each
    opens with ``^``, and no match holds a line break): the same matches, and the
    same groups, as ``finditer``."""
    import random

    from personnel_events import dateline

    pieces = [
        "WASHINGTON", ", ", "Dec. 3, 2021", " - ", "\n", "\n\n", "Published: ", "March 3, 2024",
        "TOKYO (Reuters) -", "AUSTIN, Texas--(BUSINESS WIRE)--", " ", "\t", "date 2021-12-03",
        "Dec 02, 2021 | 10:31 IST", "The board", "COPENHAGEN, March 14 Danish", "x", "\r\n",
    ]  # fmt: skip
    patterns = [
        (dateline._HEADER_RE, dateline._HEADER_AFTER_BREAK),
        (dateline._DATELINE_RE, dateline._DATELINE_AFTER_BREAK),
    ]
    rng = random.Random(11)
    for _ in range(3000):
        head = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        for pattern, after_break in patterns:
            found = dateline._line_matches(pattern, after_break, head)
            expected = pattern.finditer(head)
            assert [(m.regs[1:], m.end()) for m in found] == [
                (m.regs[1:], m.end()) for m in expected
            ], head
