"""A text of LONG_TEXT_CHARS or more is read in pieces cut at paragraph breaks."""

from __future__ import annotations

import itertools

import pytest

from personnel_events import default_pipeline, parse
from personnel_events.pipeline import LONG_TEXT_CHARS, PIECE_CHARS, pieces

FILLER = "The weather was mild and the markets were quiet for most of the week.\n\n"


def _padding(chars: int) -> str:
    return FILLER * (chars // len(FILLER) + 1)


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("one\n\ntwo\n\nthree\n\nfour", 8),
        ("one\ntwo\nthree\nfour\nfive", 9),
        ("One. Two. Three. Four. Five.", 10),
        ("one two three four five six", 10),
        ("x" * 95, 10),
        ("", 10),
        ("short", 10),
    ],
)
def test_pieces_cover_the_text_in_order_without_overlap(text: str, size: int) -> None:
    spans = pieces(text, size)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(spans))
    assert all(end - start <= size for start, end in spans)


def test_pieces_end_at_a_paragraph_break_where_there_is_one() -> None:
    text = "aaaa bbbb\n\ncccc dddd\n\neeee"
    assert [text[s:e] for s, e in pieces(text, 12)] == ["aaaa bbbb\n\n", "cccc dddd\n\n", "eeee"]


def _long_text() -> str:
    # Three articles far apart: each tells its own change, the third repeats the first's.
    return (
        "LAKEVILLE, March 4, 2024 - Orbis Bank said on Monday that Jane Roe will step "
        "down as chief financial officer at the end of June.\n\n"
        + _padding(PIECE_CHARS)
        + "Kestrel Motors named Tom Ash as its chief executive on Tuesday.\n\n"
        + _padding(PIECE_CHARS)
        + "Orbis Bank said Jane Roe will step down as chief financial officer at the end "
        "of June.\n\n"
    )


def test_a_long_text_is_read_in_pieces_with_spans_into_the_whole() -> None:
    text = _long_text()
    assert len(text) >= LONG_TEXT_CHARS
    events = parse(text)
    got = [(e.type.value, e.person, e.role, e.org, e.date and e.date.iso) for e in events]
    assert got == [
        ("END", "Jane Roe", "chief financial officer", "Orbis Bank", "2024-06-30"),
        ("START", "Tom Ash", "chief executive", "Kestrel Motors", "2024-02-27"),
    ]
    for e in events:
        assert text[e.span[0] : e.span[1]] == e.evidence
        assert e.span[0] <= e.trigger[0] < e.trigger[1] <= e.span[1]


def test_a_long_text_finds_what_reading_it_whole_finds() -> None:
    text = _long_text()
    whole = default_pipeline().run(text).events
    assert [(e.type, e.person, e.role, e.org, e.date, e.span) for e in parse(text)] == [
        (e.type, e.person, e.role, e.org, e.date, e.span) for e in whole
    ]


def test_a_long_text_reads_its_tellings_with_the_publication_date() -> None:
    # a start this year and an undated appointment, told in different pieces, are
    # one change as in a short text (a year long past would be a career's start)
    text = (
        "Jane Roe joined Orbis Bank in 2024.\n\n"
        + _padding(PIECE_CHARS)
        + "Orbis Bank named Jane Roe as its chief executive.\n\n"
    )
    short = "Jane Roe joined Orbis Bank in 2024. Orbis Bank named Jane Roe as its chief executive."

    def got(t: str) -> list[tuple[str, str | None]]:
        return [
            (e.type.value, e.date.iso if e.date else None) for e in parse(t, published="2024-03-06")
        ]

    assert got(text) == got(short) == [("START", "2024")]
