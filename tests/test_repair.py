"""Text repair before parsing: what it fixes, what it leaves, and the map back.

Every sentence here was written for these tests; the damage is made by hand the
way scrapers and converters make it (UTF-8 read as Windows-1252, entities left
in, control characters from old databases).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from personnel_events import parse
from personnel_events.repair import repair

CLEAN = [
    "",
    "Jane Roe resigned as CEO of Acme Corp. on Monday.",
    "AT&T named Tom Ash chief operating officer; R&D stays with him.",
    "Zoë Brûlé, the café’s owner, joined Orbis Bank in Zürich.",
    "He said: “I am leaving.”\tTabs\r\nand line breaks stay.",
    "Łukasz Nowak will chair Ōtani Holdings, Inc. — effective 1 May.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_repair_leaves_clean_text_untouched(text: str) -> None:
    repaired = repair(text)
    assert repaired.text is text
    assert not repaired.changed
    assert repaired.original_span(0, len(text)) == (0, len(text))


DAMAGED = [
    # mojibake: UTF-8 read as Windows-1252, as Latin-1, and twice
    ("Kimâ€™s board", "Kim’s board"),
    ("JosÃ© GarcÃ\xada quit", "José García quit"),
    ("â€œI resign,â€\x9d she said", "“I resign,” she said"),
    ("Kim\x92s board", "Kim’s board"),
    ("Kimâ\x80\x99s board", "Kim’s board"),
    ("Ã¢â‚¬â„¢", "’"),
    ("costs Â£5\xa0million", "costs £5 million"),
    # HTML character references
    ("Smith &amp; Co", "Smith & Co"),
    ("Kim&#8217;s and Lee&#x2019;s", "Kim’s and Lee’s"),
    ("Acme&nbsp;Corp.", "Acme Corp."),
    ("O&#39;Brien", "O'Brien"),
    # spaces, invisible characters, separators
    ("Acme\xa0Corp.", "Acme Corp."),
    ("Acme\u202fCorp.\u3000Ltd", "Acme Corp. Ltd"),
    ("Ja\u200bne Ro\u00ade", "Jane Roe"),
    ("\ufeffJane Roe", "Jane Roe"),
    ("Jane\u2060Roe", "JaneRoe"),
    ("one\u2028two\u2029three\x0cfour", "one\ntwo\nthree\nfour"),
]


@pytest.mark.parametrize(("damaged", "expected"), DAMAGED)
def test_repair_fixes_damage(damaged: str, expected: str) -> None:
    assert repair(damaged).text == expected


# Issue 20, item 10: one row per class of control character.
CONTROL_CLASSES = {
    "NUL": "\x00",
    "bell and other C0 codes": "\x07",
    "backspace": "\x08",
    "vertical tab": "\x0b",
    "shift out": "\x0e",
    "escape": "\x1b",
    "record separator": "\x1e",
    "unit separator": "\x1f",
    "delete": "\x7f",
    "a run of them": "\x00\x1e\x7f",
}


@pytest.mark.parametrize("char", CONTROL_CLASSES.values(), ids=CONTROL_CLASSES.keys())
@pytest.mark.parametrize("template", ["Jane{c}Roe", "Jane{c} Roe", "Jane {c}Roe"])
def test_repair_control_characters_give_one_space(char: str, template: str) -> None:
    text = template.format(c=char) + " resigned as CEO of Acme Corp."
    (event,) = parse(text, published="2024-03-06")
    assert event.person == "Jane Roe"
    assert event.org == "Acme Corp."
    assert event.span == (0, len(text))
    assert event.evidence == text


SENTENCES = [
    "Jane\x00 Roe resigned as CEO of Acme&nbsp;Corp. on Monday.",
    "Acme Corp.â€™s chief executive, Jane Roe, resigned on Monday.",
    "Orbis Bank said on Monday that JosÃ© GarcÃ\xada had resigned as chairman.",
    "\ufeffSmith &amp; Co named Tom\xa0Ash chief financial officer on Monday.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_repair_events_point_into_the_given_text(text: str) -> None:
    events = parse("Nothing here. " + text, published="2024-03-06")
    assert events
    full = "Nothing here. " + text
    for event in events:
        start, end = event.span
        assert full[start:end] == event.evidence
        assert start <= event.trigger[0] < event.trigger[1] <= end
        assert event.date is not None and event.date.iso == "2024-03-04"
        for name in (event.person, event.org):
            assert name is not None
            assert not any(bad in name for bad in ("Ã", "€", "&amp;", "\xa0", "\x00"))


def test_repair_names_come_out_repaired() -> None:
    (event,) = parse("JosÃ© GarcÃ\xada resigned as CEO of Acme Corp.")
    assert event.person == "José García"
    assert event.evidence.startswith("JosÃ©")


_DIRTY_ALPHABET = st.sampled_from(
    [
        "a",
        "B",
        " ",
        "\n",
        ".",
        "&",
        "&amp;",
        "&#39;",
        "â€™",
        "Ã©",
        "Ã",
        "\x92",
        "\x00",
        "\x1e",
        "\xa0",
        "\u200b",
        "\u00ad",
        "\u2028",
        "é",
        "’",
    ]
)


@given(st.lists(_DIRTY_ALPHABET, max_size=40).map("".join))
def test_repair_map_is_monotonic_and_covers_the_original(text: str) -> None:
    repaired = repair(text)
    n = len(repaired.text)
    previous = (0, 0)
    for i in range(n):
        start, end = repaired.original_span(i, i + 1)
        assert 0 <= start < end <= len(text)
        assert previous[0] <= start and previous[1] <= end
        previous = (start, end)
    whole = repaired.original_span(0, n)
    assert whole[0] >= 0 and whole[1] <= len(text)
    assert repaired.original_span(n, n)[0] <= len(text)


_FRAGMENTS = st.sampled_from(
    [
        "JosÃ© GarcÃ\xada",
        "Jane\x00 Roe",
        "Tom\x1eAsh",
        "resigned",
        "was named",
        "as CEO of",
        "Acme&nbsp;Corp.",
        "Orbis\xa0Bank",
        "Kimâ€™s",
        "on Monday.",
        "\u200b",
        "\n\n",
        "&amp;",
        "said",
    ]
)


@given(st.lists(_FRAGMENTS, max_size=14).map(" ".join))
def test_repair_events_keep_their_promises_on_damaged_text(text: str) -> None:
    for event in parse(text, published="2024-03-06"):
        assert text[event.span[0] : event.span[1]] == event.evidence
        assert event.span[0] <= event.trigger[0] <= event.trigger[1] <= event.span[1]
