"""Date normalization: expressions, precision and direction."""

from __future__ import annotations

import datetime as dt
import re
import types
from collections.abc import Iterator

import pytest

from conftest import events_of, one
from personnel_events.stages.dates import find_expressions, normalize

# (expression kind, text, published, direction, expected iso)
NORMALISED = [
    ("iso", "2024-01-15", "2024-03-06", "past", "2024-01-15"),
    ("month_day", "March 29, 2024", "2024-03-06", "future", "2024-03-29"),
    ("month_day", "Jan. 1", "2023-12-06", "future", "2024-01-01"),
    ("month_day", "Sept. 30", "2021-06-30", "future", "2021-09-30"),
    ("day_month", "1 January 2024", "2023-12-06", "future", "2024-01-01"),
    ("month", "in September", "2021-12-03", "past", "2021-09"),
    ("month", "in December", "2021-12-03", "future", "2021-12"),
    ("month", "in February", "2024-10-03", "future", "2025-02"),
    ("month_year", "January 2021", "2023-04-06", "past", "2021-01"),
    ("weekday", "on Tuesday", "2024-03-06", "past", "2024-03-05"),
    ("weekday", "on Wednesday", "2024-03-06", "past", "2024-03-06"),
    ("weekday", "on Friday", "2024-03-06", "future", "2024-03-08"),
    ("deictic", "yesterday", "2024-03-06", "past", "2024-03-05"),
    ("immediate", "effective immediately", "2024-03-06", "past", "2024-03-06"),
    ("end_period", "by the end of the year", "2021-12-03", "future", "2021-12-31"),
    ("end_period", "by the end of the month", "2022-01-10", "future", "2022-01-31"),
    ("end_month", "the end of January", "2023-09-12", "future", "2024-01-31"),
    ("relative", "next month", "2024-02-13", "future", "2024-03"),
    ("relative", "last year", "2024-02-13", "past", "2023"),
    ("ago", "two weeks ago", "2024-02-13", "past", "2024-01"),
    ("year", "in 2018", "2024-02-13", "past", "2018"),
    ("season_year", "the 2025-26 season", "2023-02-07", "future", "2026"),
    ("end_season", "at the end of the season", "2024-01-26", "future", "2024"),
]


@pytest.mark.parametrize(("kind", "text", "published", "direction", "iso"), NORMALISED)
def test_normalize_keeps_precision_and_direction(
    kind: str, text: str, published: str, direction: str, iso: str
) -> None:
    got = normalize(kind, text, dt.date.fromisoformat(published), direction)
    assert got is not None and got.iso == iso


#: Publication dates (None: unknown) and directions an expression may be asked with.
_REFERENCES = [(None, "past")] + [
    (dt.date.fromisoformat(day), direction)
    for day in ("2019-01-02", "2024-03-05", "2024-12-31")
    for direction in ("past", "future", "nearest")
]

# (kind, text, expected iso or None): expressions that name their date whatever the
# publication date and direction, which the normaliser caches by their words alone
FIXED = [
    ("iso", "2024-01-15", "2024-01-15"),
    ("figures", "11/15/2023", "2023-11-15"),
    ("season_year", "the 2025-26 season", "2026"),
    ("fiscal", "fiscal 2024", "2024"),
    ("end_school", "the end of the 2023-24 school year", "2024-06-30"),
    ("end_season", "the end of the 2024 season", "2024"),
    ("month_day", "March 29, 2024", "2024-03-29"),
    ("day_month", "1 January 2024", "2024-01-01"),
    ("month_year", "January 2021", "2021-01"),
    ("month", "in September 2021", "2021-09"),
    ("end_month", "the end of February 2024", "2024-02-29"),
    ("quarter", "the third quarter of 2023", "2023"),
    ("year", "in 2018", "2018"),
    ("season", "summer 2022", "2022"),
    ("month_day", "February 30, 2024", None),  # no such day, whatever the reference
]


@pytest.mark.parametrize(("kind", "text", "iso"), FIXED)
def test_normalize_gives_a_fixed_date_whatever_the_reference(
    kind: str, text: str, iso: str | None
) -> None:
    for published, direction in _REFERENCES:
        got = normalize(kind, text, published, direction)
        assert (None if got is None else got.iso) == iso, (published, direction)
        assert got is None or got.text == text


# (kind, text, published, direction, expected iso): the same words, which the
# normaliser's caches by words keep, give other dates against other references
RELATIVE = [
    ("month_day", "March 5", "2019-01-02", "past", "2018-03-05"),
    ("month_day", "March 5", "2019-01-02", "future", "2019-03-05"),
    ("month_day", "March 5", "2024-12-31", "future", "2025-03-05"),
    ("month_day", "March 5", "2024-12-31", "past", "2024-03-05"),
    ("month_day", "on March 5", "2024-03-05", "nearest", "2024-03-05"),
    ("month_day", "March 31 next year", "2019-01-02", "past", "2020-03-31"),
    ("month_day", "March 31 next year", "2024-12-31", "past", "2025-03-31"),
    ("end_month", "the end of February", "2023-05-01", "past", "2023-02-28"),
    ("end_month", "the end of February", "2023-05-01", "future", "2024-02-29"),
    ("month", "in March", "2024-03-05", "past", "2024-03"),
    ("month", "in March", "2024-02-05", "past", "2023-03"),
    ("relative", "next year", "2024-02-05", "future", "2025"),
    ("relative", "next year", "2019-01-02", "future", "2020"),
]


def test_normalize_caches_by_words_only_what_the_reference_leaves_alone() -> None:
    for kind, text, published, direction, iso in RELATIVE:
        got = normalize(kind, text, dt.date.fromisoformat(published), direction)
        assert (None if got is None else got.iso) == iso, (kind, text, published, direction)


@pytest.mark.parametrize(
    ("kind", "text"), [("weekday", "on Tuesday"), ("month", "in May"), ("relative", "next month")]
)
def test_normalize_gives_no_relative_date_without_publication_date(kind: str, text: str) -> None:
    assert normalize(kind, text, None, "past") is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He has been chief since 2015.", []),
        ("She will leave in December.", ["in December"]),
        ("It happened on March 5, 2024 in Ohio.", ["March 5, 2024"]),
        ("They met late on Friday.", ["late on Friday"]),
        ("A 28 percent rating.", []),
    ],
)
def test_find_expressions_skips_tenure_and_noise(sentence: str, expected: list[str]) -> None:
    assert [e.text for e in find_expressions(sentence, 0, len(sentence))] == expected


@pytest.mark.parametrize(
    ("text", "published", "date", "status"),
    [
        (
            "Jane Roe will step down as CFO of Acme Corp. by the end of the year.",
            "2021-12-03",
            "2021-12-31",
            "future",
        ),
        ("Acme Corp. said CFO Jane Roe resigned on Tuesday.", "2024-03-06", "2024-03-05", "past"),
        (
            "Acme Corp. named Jane Roe chief executive, effective April 1, 2024.",
            "2024-03-06",
            "2024-04-01",
            "future",
        ),
        ("Jane Roe will leave Acme Corp. as CFO soon.", "2024-03-06", None, "future"),
        # "effective as of <weekday>, <date>": one date, when the change takes effect
        (
            "Jane Roe was announced as the new CEO of Acme Corp., effective as of Monday, April 1.",
            "2024-02-06",
            "2024-04-01",
            "future",
        ),
        (
            "Acme Corp. named Tom Ash its CFO, effective on Friday, March 8.",
            "2024-03-06",
            "2024-03-08",
            "future",
        ),
        # announced as to come, but effective at once: it has happened
        (
            "Jane Roe will step down as CFO of Acme Corp., effective immediately.",
            "2024-03-06",
            "2024-03-06",
            "past",
        ),
        ("Acme Corp. said CFO Jane Roe resigned on Tuesday.", None, None, "past"),
        # a subordinate clause with its own named subject keeps its time
        (
            "Jane Roe will leave Acme Corp. as CFO, after its chairman Tom Ash announced in "
            "January that he would go.",
            "2024-03-06",
            None,
            "future",
        ),
        # "to be replaced" is still to come
        (
            "Analysts expect Jane Roe to be replaced as CFO of Acme Corp. next year.",
            "2024-03-06",
            "2025",
            "future",
        ),
    ],
)
def test_dates_tie_the_expression_to_the_event(
    text: str, published: str | None, date: str | None, status: str
) -> None:
    ev = one(events_of(text, published=published))
    assert (ev["date"], ev["status"]) == (date, status)


def test_dates_read_the_publication_date_from_a_header_line() -> None:
    ev = one(
        events_of("date 2021-12-03\nAcme Corp. said CFO Jane Roe quit on Monday.", published=None)
    )
    assert ev["date"] == "2021-11-29"


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "Acme Corp. named Jane Roe chief executive and John Poe finance chief. "
            "The changes take effect on April 1.",
            ["2024-04-01", "2024-04-01"],
        ),
        (
            "Acme Corp. named Jane Roe chief executive. The new board will be sworn in on Friday.",
            ["2024-03-08"],
        ),
        # two expressions: which one is meant is not clear, so nothing is dated
        (
            "Acme Corp. named Jane Roe chief executive. "
            "The change takes effect on April 1 or May 1.",
            [None],
        ),
        # an event's own date is kept
        (
            "Acme Corp. named Jane Roe chief executive on Monday. "
            "The change takes effect on April 1.",
            ["2024-03-04"],
        ),
    ],
)
def test_dates_a_takes_effect_sentence_dates_the_undated_changes(
    text: str, dates: list[str | None]
) -> None:
    assert [ev["date"] for ev in events_of(text)] == dates


def test_dates_a_takes_effect_date_after_publication_makes_the_change_future() -> None:
    ev = one(events_of("Acme Corp. named Jane Roe chief executive. The move takes effect May 1."))
    assert (ev["date"], ev["status"]) == ("2024-05-01", "future")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the present-tense change continues the dated one just before it
        (
            "Acme Corp. reshuffled its board on Monday, naming Jane Roe chairwoman. "
            "Roe replaces John Poe.",
            "2024-03-04",
        ),
        # three sentences on, the occasion still holds (the document timeline)
        (
            "Acme Corp. reshuffled its board on Monday, naming Jane Roe chairwoman. "
            "Shares rose. Analysts were pleased. Investors cheered. "
            "Roe replaces John Poe.",
            "2024-03-04",
        ),
        # an occasion months before publication is background, not the news
        (
            "Acme Corp. reshuffled its board on Jan. 8, naming Jane Roe chairwoman. "
            "Shares rose. Analysts were pleased. Investors cheered. "
            "Roe replaces John Poe.",
            None,
        ),
        # a time told in another person's relative clause is no occasion
        (
            "Acme Corp. named Tom Ash CFO. He replaces Jane Roe, who said on Monday she "
            "was leaving. John Poe is the new COO.",
            None,
        ),
    ],
)
def test_dates_a_present_tense_change_takes_the_time_of_the_change_before_it(
    text: str, date: str | None
) -> None:
    events = events_of(text)
    poe = [ev for ev in events if ev["person"] == "John Poe"]
    assert [ev["date"] for ev in poe] == [date]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # one time at the end of coordinated changes of one kind dates them all
        (
            "Jane Roe resigned as CFO and Tom Ash quit as COO on Tuesday.",
            {("END", "Jane Roe"): "2024-03-05", ("END", "Tom Ash"): "2024-03-05"},
        ),
        # a change of another kind keeps its own time
        (
            "Jane Roe resigned as CFO in 2019, and Tom Ash will leave as CEO on Friday.",
            {("END", "Jane Roe"): "2019", ("END", "Tom Ash"): "2024-03-08"},
        ),
        # a participle shares the time of its main verb
        (
            "Jane Roe will become CEO on April 1, replacing Tom Ash.",
            {("START", "Jane Roe"): "2024-04-01", ("END", "Tom Ash"): "2024-04-01"},
        ),
        # a whose-clause tells when the replaced person goes
        (
            "Acme Corp. named Jane Roe as CEO, replacing Tom Ash, whose term ends on Friday.",
            {("START", "Jane Roe"): None, ("END", "Tom Ash"): "2024-03-08"},
        ),
        # a change in another person's relative clause keeps its time to itself
        (
            "Jane Roe takes over from Tom Ash, who only became CEO in May.",
            {
                ("START", "Jane Roe"): None,
                ("END", "Tom Ash"): None,
                ("START", "Tom Ash"): "2023-05",
            },
        ),
        (
            "Lena Park was named president, succeeding Ian Bell, who became president in 2019.",
            {
                ("START", "Lena Park"): None,
                ("END", "Ian Bell"): None,
                ("START", "Ian Bell"): "2019",
            },
        ),
        # ... and dates the departure of its own person
        (
            "Jane Roe replaces Tom Ash, who retired in February.",
            {("START", "Jane Roe"): None, ("END", "Tom Ash"): "2024-02"},
        ),
        # a time past a semicolon is the other clause's
        (
            "Jane Roe is retiring as CEO of Acme Corp.; Tom Ash will take over in January.",
            {("END", "Jane Roe"): None, ("START", "Tom Ash"): "2025-01"},
        ),
        (
            "Jane Roe is retiring as CEO of Acme Corp.; she will join Orbis Bank in January.",
            {("END", "Jane Roe"): None, ("START", "Jane Roe"): "2025-01"},
        ),
        # the two sides of a succession happen at one time
        (
            "Jane Roe stepped down as mayor in 2019 and was succeeded by Tom Ash.",
            {("END", "Jane Roe"): "2019", ("START", "Tom Ash"): "2019"},
        ),
        (
            "Tom Ash was replaced as coach in May 2021 by his assistant Jane Roe.",
            {("END", "Tom Ash"): "2021-05", ("START", "Jane Roe"): "2021-05"},
        ),
        # a relative clause's change to come shares the main clause's time
        (
            "Jane Roe will become CEO on April 1, replacing Tom Ash, who will take over as chair.",
            {
                ("START", "Jane Roe"): "2024-04-01",
                ("END", "Tom Ash"): "2024-04-01",
                ("START", "Tom Ash"): "2024-04-01",
            },
        ),
    ],
)
def test_dates_of_changes_told_together(text: str, dates: dict[tuple[str, str], str]) -> None:
    assert {(ev["type"], ev["person"]): ev["date"] for ev in events_of(text)} == dates


@pytest.mark.parametrize(
    ("text", "date", "status"),
    [
        # announced on Monday, in office on Wednesday: one change, dated when it takes effect
        (
            "Acme Corp. on Monday appointed Jane Roe as CEO. Roe will take charge on Friday.",
            "2024-03-08",
            "future",
        ),
        # a headline without time and the body that dates it
        (
            "Acme names Roe CEO\n\nAcme Corp. said Jane Roe will become CEO on April 1.",
            "2024-04-01",
            "future",
        ),
    ],
)
def test_dates_repeated_tellings_keep_the_day_the_change_takes_effect(
    text: str, date: str, status: str
) -> None:
    ev = one(events_of(text))
    assert (ev["date"], ev["status"]) == (date, status)


FRI = "2024-12-20"  # a Friday


def when(text: str) -> list[tuple[object, ...]]:
    """(person, date, status) of each event of ``text`` published on :data:`FRI`."""
    return [(e["person"], e["date"], e["status"]) for e in events_of(text, published=FRI)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past change's weekday points back, the publication day included
        ("Dana Kerr resigned on Friday.", [("Dana Kerr", "2024-12-20", "past")]),
        ("Dana Kerr resigned as CFO of Acme Corp. on Wednesday.",
         [("Dana Kerr", "2024-12-18", "past")]),
        # reported speech: the past progressive reports an arrangement told before
        ("Dana Kerr said on Monday she was stepping down as CFO of Acme Corp.",
         [("Dana Kerr", "2024-12-16", "past")]),
        ("Acme Corp. said it fired Dana Kerr. Acme had announced on Monday that Kerr was leaving.",
         [("Dana Kerr", "2024-12-16", "past")]),
        # a noun has no tense: the time decides, read to the nearer side
        ("On Tuesday, Acme Corp. confirmed the sacking of Dana Kerr.",
         [("Dana Kerr", "2024-12-17", "past")]),
        ("Dana Kerr announced her resignation during the board's Dec. 12 meeting.",
         [("Dana Kerr", "2024-12-12", "past")]),
        # a time that opens a past clause, or that a past verb governs, points back
        ("On Thursday, Acme Corp. surprised analysts by appointing Leah Moyo to succeed Dana Kerr.",
         [("Leah Moyo", "2024-12-19", "past"), ("Dana Kerr", "2024-12-19", "past")]),
        ("The board voted 7-2 on Monday night to replace Dana Kerr as chairwoman.",
         [("Dana Kerr", "2024-12-16", "past")]),
        # an -ed adjective is no past verb; "will" makes the opened clause one to come
        # (the title word's change, "newly appointed chairwoman", has no time of its own)
        ("On Monday, the newly appointed chairwoman Dana Kerr will take over as CEO of "
         "Acme Corp.", [("Dana Kerr", None, "past"), ("Dana Kerr", "2024-12-23", "future")]),
        # a to-infinitive after a departure already made happened with it
        ("Dana Kerr resigned to become CFO of Acme Corp.",
         [("Dana Kerr", None, "past"), ("Dana Kerr", None, "past")]),
        ("Dana Kerr left Beta Corp. to join Acme Corp. as CFO.",
         [("Dana Kerr", None, "past"), ("Dana Kerr", None, "past")]),
        # saying one will nominate is nominating
        ("The president said on Monday that he would nominate Leah Moyo as ambassador.",
         [("Leah Moyo", "2024-12-16", "past")]),
        # a time in the opening "In a statement issued on ..." dates the sentence's news
        ("In a statement issued on Tuesday by the press office of the ministry, headed by "
         "its director Abel Musa, the governor appointed Leah Moyo as chief of staff.",
         [("Leah Moyo", "2024-12-17", "past")]),
        ("In a press release dated Dec. 12 and signed by the board secretary, Orbis Bank "
         "confirmed that it had appointed Leah Moyo as its chief risk officer.",
         [("Leah Moyo", "2024-12-12", "past")]),
        # a month of a past change is the one before publication
        ("Dana Kerr joined Acme Corp. in August.", [("Dana Kerr", "2024-08", "past")]),
        ("In August, Acme Corp. hired Dana Kerr.", [("Dana Kerr", "2024-08", "past")]),
        ("Dana Kerr will join Acme Corp. in August.", [("Dana Kerr", "2025-08", "future")]),
        # the day the change takes effect, not the day it was announced
        ("Acme Corp. announced on Monday that Dana Kerr will step down on Jan. 31.",
         [("Dana Kerr", "2025-01-31", "future")]),
        # a time after the change, before a trailing attribution, is the change's
        ("Dana Kerr will leave Acme Corp. in 2026, the company announced on Tuesday.",
         [("Dana Kerr", "2026", "future")]),
        # a participle adjective ("Ill.-based") is no past verb governing the time
        ("Dana Kerr will step down as CFO of the Springfield, Ill.-based firm in January.",
         [("Dana Kerr", "2025-01", "future")]),
        # a removal or a post in effect when told, though the verb is a future
        ("Dana Kerr will no longer serve as deputy director of the agency.",
         [("Dana Kerr", None, "past")]),
        ("Leah Moyo has stepped back and will now serve as an adviser to the board.",
         [("Leah Moyo", None, "past")]),
        # ... unless its time is still to come
        ("Dana Kerr will no longer serve as CFO of Acme Corp. effective Jan. 31.",
         [("Dana Kerr", "2025-01-31", "future")]),
        ("Leah Moyo will now serve as an adviser to the board in January.",
         [("Leah Moyo", "2025-01", "future")]),
        # a participle has its main verb's tense when the time stands before it
        ("The party elected Leah Moyo as its leader on Sunday, replacing Dana Kerr.",
         [("Leah Moyo", "2024-12-15", "past"), ("Dana Kerr", "2024-12-15", "past")]),
        ("The league named Leah Moyo commissioner on Monday, succeeding Dana Kerr.",
         [("Leah Moyo", "2024-12-16", "past"), ("Dana Kerr", "2024-12-16", "past")]),
        # "decision" near a trigger is no future cue ("the decision comes after ...")
        ("The decision comes after the Hawks appointed Leah Moyo as their new coach.",
         [("Leah Moyo", None, "past")]),
        # a change to come that takes effect on a year-less day: the next one
        ("Acme Corp. said Leah Moyo would be promoted to president, effective Jan. 1.",
         [("Leah Moyo", "2025-01-01", "future")]),
        ("Dana Kerr will retire as CFO of Acme Corp., effective Nov. 30.",
         [("Dana Kerr", "2025-11-30", "future")]),
        # a background clause's start does not date the person's change told after it
        ("Leah Moyo, who joined the firm in 1993, has been named CEO of Acme Corp.",
         [("Leah Moyo", "1993", "past"), ("Leah Moyo", None, "past")]),
        # "will" alone still tells a change to come
        ("Dana Kerr will serve as interim CFO of Acme Corp.",
         [("Dana Kerr", None, "future")]),
    ],
)  # fmt: skip
def test_dates_status_settles_the_direction_of_the_time(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert when(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun of change that a past verb of telling takes: its day is past
        ("The ministry announced the sacking of Dana Kerr on Monday.",
         [("Dana Kerr", "2024-12-16", "past")]),
        ("The ministry announced the dismissal of its secretary, Dana Kerr, on Sunday.",
         [("Dana Kerr", "2024-12-15", "past")]),
        ("Acme Corp. confirmed the immediate departure of Dana Kerr as CFO on Monday.",
         [("Dana Kerr", "2024-12-16", "past")]),
        ("The club announced Ivo Petrov's resignation on Monday.",
         [("Ivo Petrov", "2024-12-16", "past")]),
        # and of receiving ("accepted", "approved": data/accepting_verbs.txt)
        ("The board accepted the resignation of chairman Dana Kerr on Monday.",
         [("Dana Kerr", "2024-12-16", "past")]),
        ("The club accepted Ivo Petrov's resignation on Sunday.",
         [("Ivo Petrov", "2024-12-15", "past")]),
        ("Parliament approved the appointment of Dana Kerr as auditor general on Monday.",
         [("Dana Kerr", "2024-12-16", "past")]),
        ("The board is expected to accept the resignation of Dana Kerr on Monday.",
         [("Dana Kerr", "2024-12-23", "future")]),
        # and of doing (data/done_noun_verbs.txt): the noun has happened
        ("Dana Kerr tendered her resignation as health minister on Monday.",
         [("Dana Kerr", "2024-12-16", "past")]),
        ("Ivo Petrov handed in his resignation on Monday.",
         [("Ivo Petrov", "2024-12-16", "past")]),
        ("Dana Kerr will tender her resignation on Monday.",
         [("Dana Kerr", "2024-12-23", "future")]),
        # a verb of telling right after the day: the day is the telling's
        ("The ministry on Monday announced the appointment of Dana Kerr as secretary.",
         [("Dana Kerr", "2024-12-16", "past")]),
        ("Acme Corp. on Sunday named Dana Kerr chief financial officer.",
         [("Dana Kerr", "2024-12-15", "past")]),
        # a noun whose day is when it takes effect, or a telling still to come
        ("Dana Kerr's resignation takes effect on Monday.",
         [("Dana Kerr", "2024-12-23", "future")]),
        ("The board will announce the appointment of Dana Kerr as CFO on Monday.",
         [("Dana Kerr", "2024-12-23", "future")]),
    ],
)  # fmt: skip
def test_dates_a_day_told_with_a_past_verb_of_telling_is_past(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert when(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a term told to run out, still ahead: the next such day (published on a
        # Friday in December: the nearest September 26 is past)
        ("Dana Kerr will not seek a second term when her appointment ends on September 26.",
         [("Dana Kerr", "2025-09-26", "future")]),
        ("Dana Kerr said she would not seek another term when her term expires in October.",
         [("Dana Kerr", "2025-10", "future")]),
        # ... and one told to have run out
        ("Dana Kerr did not seek a second term and her appointment ended on September 26.",
         [("Dana Kerr", "2024-09-26", "past")]),
    ],
)  # fmt: skip
def test_dates_a_term_told_to_run_out_is_dated_ahead(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert when(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a present progressive with a day: an arrangement, the next such day
        # (published on a Friday: the nearest Monday is ahead, the nearest Tuesday past)
        ("Dana Kerr is joining Acme Corp. as chief financial officer on Tuesday.",
         [("Dana Kerr", "2024-12-24", "future")]),
        ("Dana Kerr is stepping down as CFO of Acme Corp. on Wednesday.",
         [("Dana Kerr", "2024-12-25", "future")]),
        # told on that day, or a past progressive: the day before
        ("Dana Kerr is stepping down as CFO of Acme Corp., the bank said on Tuesday.",
         [("Dana Kerr", "2024-12-17", "past")]),
        ("Dana Kerr was stepping down as CFO of Acme Corp. on Tuesday when the deal fell through.",
         [("Dana Kerr", "2024-12-17", "past")]),
    ],
)  # fmt: skip
def test_dates_a_present_progressive_names_a_day_ahead(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert when(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the occasion told first dates the changes told after it
        ("The State Council appointed several officials on Wednesday. Leah Moyo was named "
         "deputy minister of education. Tom Ash became inspector general of the Ministry of "
         "Education.",
         [("Leah Moyo", "2024-12-18", "past"), ("Tom Ash", "2024-12-18", "past")]),
        ("The new cabinet was sworn in on Thursday. Leah Moyo becomes finance minister. "
         "Tom Ash replaces Dana Kerr as defence minister.",
         [("Leah Moyo", "2024-12-19", "past"), ("Tom Ash", "2024-12-19", "past"),
          ("Dana Kerr", "2024-12-19", "past")]),
        ("The new cabinet will be sworn in on Monday. Leah Moyo becomes finance minister.",
         [("Leah Moyo", "2024-12-23", "future")]),
        # the same act told again of another person is the same occasion
        ("The president appointed Leah Moyo as finance minister on Tuesday. He also "
         "appointed Tom Ash as foreign minister.",
         [("Leah Moyo", "2024-12-17", "past"), ("Tom Ash", "2024-12-17", "past")]),
        ("Acme Corp. hired Leah Moyo as CFO on Monday. Tom Ash was likewise hired as COO.",
         [("Leah Moyo", "2024-12-16", "past"), ("Tom Ash", "2024-12-16", "past")]),
        # ... only when told as done again: in any order, an unmarked one is no occasion
        ("Acme Corp. hired Leah Moyo as CFO on Monday. Tom Ash was hired as COO.",
         [("Leah Moyo", "2024-12-16", "past"), ("Tom Ash", None, "past")]),
        # another act is not: a resignation on Monday does not date a hiring
        ("Leah Moyo resigned as CFO of Acme Corp. on Monday. Orbis Bank hired Tom Ash as "
         "its COO.",
         [("Leah Moyo", "2024-12-16", "past"), ("Tom Ash", None, "past")]),
        # never a background's time: the sentence has a time of its own (a day
        # before which Dana Kerr resigned)
        ("Acme Corp. named Leah Moyo governor on Monday. Tom Ash was appointed in December "
         "2018, a day after his predecessor, Dana Kerr, resigned.",
         [("Leah Moyo", "2024-12-16", "past"), ("Tom Ash", "2018-12", "past"),
          ("Dana Kerr", "2018-12", "past")]),
        # a day of something else is no occasion
        ("Voters went to the polls in the election on Sunday. Leah Moyo was named finance "
         "minister.", [("Leah Moyo", None, "past")]),
        # nor a change to come
        ("Acme Corp. reshuffled its board on Wednesday. Leah Moyo will join the board.",
         [("Leah Moyo", None, "future")]),
        # nor an occasion planned or expected, in its own clause
        ("Orbis Bank is expected to announce new appointments on Thursday. Leah Moyo was "
         "named CFO.", [("Leah Moyo", None, "past")]),
        ("Kessa Group intends to reshuffle its board on Thursday. Leah Moyo was named CFO.",
         [("Leah Moyo", None, "past")]),
        ("The reshuffle began at Orbis Bank on Tuesday, and Kessa Group plans to announce "
         "promotions on Thursday. Leah Moyo was named deputy CEO.",
         [("Leah Moyo", "2024-12-17", "past")]),
        ("The reshuffle began at Orbis Bank on Tuesday, and Kessa Group will make changes "
         "later this week. Leah Moyo was named deputy CEO.",
         [("Leah Moyo", "2024-12-17", "past")]),
        # one dated change is the occasion of its own people only
        ("Acme Corp. fired Tom Ash on Monday. Leah Moyo resigned as CFO of Acme Corp.",
         [("Tom Ash", "2024-12-16", "past"), ("Leah Moyo", None, "past")]),
        ("Leah Moyo took over as CFO of Acme Corp. on Wednesday. Shares rose. Analysts "
         "cheered. Moyo has replaced Tom Ash.",
         [("Leah Moyo", "2024-12-18", "past"), ("Tom Ash", "2024-12-18", "past")]),
    ],
)  # fmt: skip
def test_dates_a_change_without_a_time_takes_the_occasion_told_before_it(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert when(text) == expected


# Month names and year-less days are read without dateparser; what they give must
# be what dateparser gives (the reference), for every written form.
_MONTH_FORMS = [
    *("January", "February", "March", "April", "May", "June", "July", "August"),
    *("September", "October", "November", "December", "Sept", "Sept."),
    *(f"{a}{dot}" for a in ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul") for dot in ("", ".")),
    *(f"{a}{dot}" for a in ("Aug", "Sep", "Oct", "Nov", "Dec") for dot in ("", ".")),
]


@pytest.mark.parametrize("form", _MONTH_FORMS)
def test_dates_month_names_read_as_dateparser_reads_them(form: str) -> None:
    from personnel_events.stages.dates.normalizer import _month_number, _parser

    for written in (form, form.lower(), form.upper()):
        reference = _parser().get_date_data(written).date_obj
        assert reference is not None
        assert _month_number(written) == reference.month


@pytest.mark.parametrize(
    ("expr", "published"),
    [
        ("March 5", "2021-05-17"),
        ("Feb. 29", "2024-02-29"),
        ("31st of December", "2020-12-31"),
        ("1 JAN", "2023-01-31"),
        ("Sept 30", "2022-06-30"),
        ("9th  of\nmay", "1999-03-01"),
        ("June 07", "2025-04-09"),
    ],
)
def test_dates_year_less_days_read_as_dateparser_reads_them(expr: str, published: str) -> None:
    from personnel_events.stages.dates.normalizer import _dateparser, _day_of_month

    base = dt.date.fromisoformat(published)
    reference = _dateparser(expr, base)
    assert reference is not None
    assert _day_of_month(expr, base) == reference[0]


@pytest.mark.parametrize("expr", ["Feb. 29", "April 31", "March 0", "June 45", "Sept 99"])
def test_dates_days_a_month_lacks_are_left_to_dateparser(expr: str) -> None:
    from personnel_events.stages.dates.normalizer import _day_of_month

    assert _day_of_month(expr, dt.date(2023, 5, 17)) is None


@pytest.mark.parametrize(
    ("kind", "text"),
    [("month_day", "March 5"), ("day_month", "5th of March"), ("month", "in March"),
     ("month_day", "March 5, 2021"), ("end_month", "the end of Sept.")],
)  # fmt: skip
def test_dates_common_forms_need_no_dateparser(
    kind: str, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from personnel_events.stages.dates import normalizer

    def refuse(*args: object) -> None:
        raise AssertionError("dateparser was called")

    monkeypatch.setattr(normalizer, "_parser", refuse)
    monkeypatch.setattr(normalizer, "_relative_parser", refuse)
    published = dt.date(2021, 5, 17)
    assert normalizer._normalize(kind, text, published, "nearest") is not None


@pytest.mark.parametrize(
    ("function", "text"),
    [
        # the time expressions of a span
        ("find_expressions",
         "The board met on Tuesday. Jane Roe resigned as chief executive of Acme Corp."),
        ("find_expressions",
         "Jane Roe resigned as chair of Acme Corp. The change takes effect on May 3."),
        ("find_expressions",
         "Acme Corp. appointed several officials on Monday. Tom Ash was named treasurer."),
        # the background clauses of a span
        ("_clauses",
         "Jane Roe, who joined in 2015, resigned as chief executive of Acme Corp. on Monday."),
        ("_clauses",
         "Tom Ash replaces Jane Roe, whose term ends on Friday, as chair of Acme Corp."),
        ("_clauses",
         "Acme Corp. named Tom Ash treasurer after Jane Roe resigned in May. He starts today."),
    ],
)  # fmt: skip
def test_dates_look_for_what_a_span_holds_once(
    function: str, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from collections import Counter

    from personnel_events import parse
    from personnel_events.stages.dates import clauses

    seen: Counter[tuple[int, int]] = Counter()
    real = getattr(clauses, function)

    def counting(text: str, start: int, end: int, *rest: str | None) -> object:
        seen[(start, end)] += 1
        return real(text, start, end, *rest)

    # the per-document cache (clauses._Seen) is where both are looked for
    monkeypatch.setattr(clauses, function, counting)
    expected = [e.to_dict() for e in parse(text, published=dt.date(2024, 3, 6))]
    assert seen and max(seen.values()) == 1
    monkeypatch.setattr(clauses, function, real)
    assert [e.to_dict() for e in parse(text, published=dt.date(2024, 3, 6))] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tom Ash, who leads sales, was named chief executive of Acme Corp.",
        "Jane Roe quit as chair of Acme Corp. after Tom Ash joined the board.",
    ],
)
def test_dates_look_for_no_background_clause_where_no_time_stands(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from personnel_events import parse
    from personnel_events.stages.dates import clauses

    real = clauses._clauses
    seen: list[tuple[int, int]] = []

    def counting(text: str, start: int, end: int) -> list[clauses._Clause]:
        seen.append((start, end))
        return real(text, start, end)

    monkeypatch.setattr(clauses, "_clauses", counting)
    assert parse(text, published=dt.date(2024, 3, 6))
    assert seen == []


@pytest.mark.parametrize(
    ("sentence", "person", "expected"),
    [
        ("Tom Ash, who joined in 2015, quit.", "", [", who joined in 2015,"]),
        ("Tom Ash replaces Jane Roe, whose term ends on Friday.", "Jane Roe", []),
        (
            "Tom Ash replaces Jane Roe, whose term ends on Friday.",
            "Tom Ash",
            [", whose term ends on Friday."],
        ),
        ("Ash quit after Jane Roe resigned in May.", "", ["after Jane Roe resigned in May"]),
        ("Ash quit After Jane Roe resigned in May.", "", []),
    ],
)
def test_dates_background_clauses_of_a_span(
    sentence: str, person: str, expected: list[str]
) -> None:
    from personnel_events.stages.dates import background_clauses

    spans = background_clauses(sentence, 0, len(sentence), person)
    assert [sentence[b0:b1] for b0, b1 in spans] == expected


@pytest.mark.parametrize(
    "words",
    [
        "appointed", "named", "naming", "nominates", "reshuffled", "shuffles", "sworn",
        "promoted", "replacing", "resigns", "dismissal", "fired", "sacked", "removed",
        "elected", "took  over", "takes over", "take over", "took office", "stepped down",
        "steps down", "step down",
    ],
)  # fmt: skip
def test_dates_occasion_words_hold_a_stem_the_timeline_looks_for(words: str) -> None:
    from personnel_events.stages.dates import stage

    for sentence in (f"Acme {words} X.", f"ACME {words.upper()} X.", words):
        lower = sentence.lower()
        assert list(stage._OCCASION_RE.finditer(sentence, lower))
        assert stage._may_tell_occasion(lower)
    assert not stage._may_tell_occasion("the board met on monday.")


def test_dates_timeline_reads_only_the_sentences_before_the_last_undated_change(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from personnel_events import parse
    from personnel_events.stages.dates import stage

    real = stage._OCCASION_RE
    read: list[str] = []

    class Counting:
        def finditer(self, text: str, lower: str | None = None) -> Iterator[re.Match[str]]:
            read.append(text)
            return real.finditer(text, lower)

    monkeypatch.setattr(stage, "_OCCASION_RE", Counting())
    text = (
        "Acme Corp. appointed several officials on Monday. Tom Ash was named treasurer. "
        "Jane Roe resigned as chair on Tuesday. Lea Hart was named chair on Tuesday."
    )
    events = parse(text, published=dt.date(2024, 3, 6))
    assert read == ["Acme Corp. appointed several officials on Monday."]
    assert {(e.person, e.date.iso if e.date else None) for e in events} >= {
        ("Tom Ash", "2024-03-04"),
        ("Jane Roe", "2024-03-05"),
    }


@pytest.mark.parametrize(
    ("sentence", "takes_effect"),
    [
        ("The changes TAKE EFFECT on Monday.", True),
        ("Her move becomes effective in May.", True),
        ("The ministers were \u017fworn in on Friday.", True),  # long s: "s" to the regex
        ("They assume THEIR new posts on Friday.", True),
        ("Both will start their roles in June.", True),
        ("The board met on Monday and named a chair.", False),
        ("Ash takes over as chair; Roe is effectively gone.", False),
    ],
)
def test_dates_takes_effect_is_looked_for_only_where_its_words_stand(
    sentence: str, takes_effect: bool
) -> None:
    from personnel_events.stages.dates.binding import _TAKES_EFFECT_RE, _may_take_effect

    assert (_TAKES_EFFECT_RE.search(sentence) is not None) is takes_effect
    assert _may_take_effect(sentence) or not takes_effect
    assert _may_take_effect(sentence) is ("effect" in sentence.lower() or takes_effect)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Board APPOINTED Roe and Named Ash; both Will Take Effect soon.",
        "ROE STEPPED DOWN AND WAS REPLACED; THE CHANGES TOOK EFFECT.",
        "Roe was \u017fworn in and re\u017figned; Ash is to take over.",
        "R\u0130CHARD Roe was named; Ash, d\u0131smissed, took office.",
        "Roe\u2019s appointment_was announced; Ash ha\u212aS been promoted.",
    ],
)
def test_dates_case_blind_patterns_match_in_lower_case_where_that_finds_the_same(
    sentence: str,
) -> None:
    from personnel_events.stages.dates import binding, expressions, stage

    for blind in (
        stage._OCCASION_RE,
        binding._FUTURE_CLAUSE_RE,
        binding._PAST_CLAUSE_RE,
        binding._TAKES_EFFECT_RE,
    ):
        assert isinstance(blind, expressions._CaseBlind)
        expected = [m.span() for m in blind.pattern.finditer(sentence)]
        assert [m.span() for m in blind.finditer(sentence)] == expected
        first = blind.search(sentence)
        assert (first.span() if first else None) == (expected[0] if expected else None)


class _Probe(str):
    """A text that records how long a piece of it was read."""

    longest = 0

    def __getitem__(self, key: object) -> str:
        piece = str.__getitem__(self, key)  # type: ignore[index]
        _Probe.longest = max(_Probe.longest, len(piece))
        return piece


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("The board voted to ", True),
        ("The board voted To\n\n ", True),
        ("The board voted TO\u00a0", True),
        ("It was up to", True),
        ("Ask them to goto ", False),  # no word boundary before "to"
        ("The board voted on ", False),
        ("The board voted into ", False),
        ("", False),
    ],
)
def test_dates_infinitive_reads_only_the_words_before_the_trigger(
    before: str, expected: bool
) -> None:
    from typing import cast

    from personnel_events.candidates import Candidate, Form
    from personnel_events.stages.dates.binding import _infinitive

    text = _Probe("x" * 50_000 + " " + before + "succeed Jane Roe.")
    start = len(text) - len("succeed Jane Roe.")
    trigger = types.SimpleNamespace(form=Form.BASE, start=start)
    candidate = cast(Candidate, types.SimpleNamespace(trigger=trigger))
    _Probe.longest = 0
    assert _infinitive(text, candidate) is expected
    assert _Probe.longest <= 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time of telling does not date a change the verb tells as still ahead
        ("Leah Moyo announced Tuesday she will resign as mayor.",
         [("Leah Moyo", None, "future")]),
        ("Coach Ivo Tamm said on Monday he would step down.",
         [("Ivo Tamm", None, "future")]),
        ("On Wednesday, Dana Kerr said she will leave Acme Corp.",
         [("Dana Kerr", None, "future")]),
        # ... but a time of the change's own, after the telling's, does
        ("Leah Moyo announced Tuesday she will resign as mayor in March.",
         [("Leah Moyo", "2025-03", "future")]),
        # ... and the day it takes effect, told after, is the change's
        ("Leah Moyo announced Tuesday she will resign as mayor. Her resignation takes "
         "effect on Monday.", [("Leah Moyo", "2024-12-23", "future")]),
        # a verb of taking effect after a noun trigger points its time ahead or back
        ("Ivo Tamm's resignation as coach takes effect on January 5.",
         [("Ivo Tamm", "2025-01-05", "future")]),
        ("Dana Kerr's retirement from Acme Corp. will take effect in November.",
         [("Dana Kerr", "2025-11", "future")]),
        ("Dana Kerr's retirement from Acme Corp. took effect in December.",
         [("Dana Kerr", "2024-12", "past")]),
        # a possessive time dates the noun after it, not the change
        ("Leah Moyo will resign as minister to run in next year's election.",
         [("Leah Moyo", None, "future")]),
        ("Ivo Tamm resigned as mayor to contest this year's governorship race.",
         [("Ivo Tamm", None, "past")]),
        # ... unless that noun is the trigger, or times the change
        ("Tuesday's resignation of Ivo Tamm as CEO surprised investors.",
         [("Ivo Tamm", "2024-12-17", "past")]),
        ("Dana Kerr will step down as chairwoman after next month's annual meeting.",
         [("Dana Kerr", "2025-01", "future")]),
    ],
)  # fmt: skip
def test_dates_a_time_of_telling_does_not_date_a_change_to_come(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert when(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dana Kerr will retire as CEO of Acme Corp. on Jan. 31. Leah Moyo will succeed her.",
         {("END", "Dana Kerr"): "2025-01-31", ("START", "Leah Moyo"): "2025-01-31"}),
        ("Dana Kerr retires as CFO of Acme Corp. at the end of March. The board said Leah "
         "Moyo, its treasurer, will replace Kerr.",
         {("END", "Dana Kerr"): "2025-03-31", ("START", "Leah Moyo"): "2025-03-31"}),
        ("Ivo Tamm will step down as chair on Monday. He will be succeeded by Leah Moyo.",
         {("END", "Ivo Tamm"): "2024-12-23", ("START", "Leah Moyo"): "2024-12-23"}),
        # another person's departure does not date the succession
        ("Ivo Tamm left Acme Corp. in 2019. Leah Moyo will succeed Dana Kerr as CEO.",
         {("END", "Ivo Tamm"): "2019", ("START", "Leah Moyo"): None,
          ("END", "Dana Kerr"): None}),
    ],
)  # fmt: skip
def test_dates_a_succession_takes_the_time_of_the_predecessors_departure(
    text: str, expected: dict[tuple[str, str], str | None]
) -> None:
    events = events_of(text, published=FRI)
    assert {(e["type"], e["person"]): e["date"] for e in events} == expected


#: Texts whose take-effect words stand at the edges of sentences, run together with
#: other words, in odd cases and spacing.
_HINTED_TEXTS = [
    "Acme Corp. appointed several officials on Monday. Tom Ash was named treasurer.",
    "The board met.Appointed on Monday, Roe leads. Ash was re-named chair.",
    "Roe_appointed_Ash on Monday. Ash took\n over. Lin STEPPED  DOWN on Tuesday.",
    "Ash was promoted.Roe was sacked on Monday; Lin was sworn in on Friday.",
    "The changes take effect Oct. 17. Ash was named CFO. Roe will become CEO.",
    "Both assume their new roles on Friday.Ash was named CFO of Acme Corp.",
    "Effective today, Ash leads. Roe, who was worn out, quit. The changes took effect.",
    "The ministers were \u017fworn in on Friday. Ash was named minister.",
    "Ash, appointed\u2014on Monday\u2014as chair, replaced Roe. Lin start their new jobs.",
    "Nothing here tells a change. Ash was named chair of Acme Corp. on Tuesday.",
]


# (a text with a long s has no lower case to read in place: its sentences are cut out)
@pytest.mark.parametrize("text", [t for t in _HINTED_TEXTS if "\u017f" not in t])
def test_dates_takes_effect_words_read_in_place_as_in_the_sentence(text: str) -> None:
    from personnel_events.stages.dates.binding import _may_take_effect, _may_take_effect_in
    from personnel_events.stages.dates.expressions import folded

    lower = folded(text)
    assert lower is not None
    for start in range(len(text)):  # (every stretch of the text, as a sentence)
        for end in range(start, len(text) + 1):
            assert _may_take_effect_in(lower, start, end) is _may_take_effect(text[start:end]), (
                start,
                end,
            )


@pytest.mark.parametrize("text", _HINTED_TEXTS)
def test_dates_takes_effect_sentences_read_in_place_to_the_same_end(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from personnel_events import parse
    from personnel_events.stages.dates import binding, stage

    published = dt.date(2024, 3, 6)
    fast = [e.to_dict() for e in parse(text, published=published)]

    # each sentence cut out and read, as before the words were looked for in place
    def in_slice(lower: str, start: int, end: int) -> bool:
        return binding._may_take_effect(lower[start:end], lower[start:end])

    monkeypatch.setattr(stage, "_may_take_effect_in", in_slice)
    assert [e.to_dict() for e in parse(text, published=published)] == fast


@pytest.mark.parametrize(
    ("text", "e_start", "trigger", "semicolon"),
    [
        ("in May; Ash quit", 0, (9, 16), True),
        ("in May, Ash quit", 0, (8, 16), False),
        ("Ash quit; in May", 10, (0, 8), True),
        ("Ash quit, in May", 10, (0, 8), False),
        ("Ash quit in May", 9, (0, 12), False),  # (a trigger over the time)
    ],
)
def test_dates_semicolon_between_a_time_and_a_trigger(
    text: str, e_start: int, trigger: tuple[int, int], semicolon: bool
) -> None:
    from personnel_events.stages.dates.binding import _semicolon_between
    from personnel_events.stages.dates.expressions import _Expression

    e = _Expression("month", "in May", e_start, e_start + 6, False)
    between = text[e.end : trigger[0]] if e.end <= trigger[0] else text[trigger[1] : e.start]
    assert (";" in between) is semicolon
    assert _semicolon_between(text, e, trigger) is semicolon


def dated(text: str) -> list[tuple[object, ...]]:
    """(person, date, status) of each event of ``text`` published on a Wednesday,
    2024-03-06."""
    return [(e["person"], e["date"], e["status"]) for e in events_of(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lena Ortiz will retire as CEO of Brenmark Foods on March 31 next year.",
         [("Lena Ortiz", "2025-03-31", "future")]),
        ("Nadia Frey will step down as mayor of Elmsbury in May next year.",
         [("Nadia Frey", "2025-05", "future")]),
        ("Lena Ortiz joined Brenmark Foods as finance director in February last year.",
         [("Lena Ortiz", "2023-02", "past")]),
        ("Gil Amsel was appointed rector of Varna Polytechnic on 2 March last year.",
         [("Gil Amsel", "2023-03-02", "past")]),
        ("Gil Amsel will step down as rector of Varna Polytechnic at the end of June next year.",
         [("Gil Amsel", "2025-06-30", "future")]),
        ("Gil Amsel resigned as rector of Varna Polytechnic in March of last year.",
         [("Gil Amsel", "2023-03", "past")]),
    ],
)  # fmt: skip
def test_dates_a_year_word_after_a_day_or_month_names_its_year(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert dated(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Marta Kwiek will step down as chair of Ostrava Steel by year-end.",
         [("Marta Kwiek", "2024-12-31", "future")]),
        ("Marta Kwiek will retire as chair of Ostrava Steel by year end.",
         [("Marta Kwiek", "2024-12-31", "future")]),
        ("Marta Kwiek will step down as chair of Ostrava Steel at the end of 2024.",
         [("Marta Kwiek", "2024-12-31", "future")]),
        ("Olaf Brenner resigned as CEO of Kallio Paper at the end of last year.",
         [("Olaf Brenner", "2023-12-31", "past")]),
        # a past change at the end of a period not yet over: the one before
        ("Olaf Brenner retired as CEO of Kallio Paper at the end of the year.",
         [("Olaf Brenner", "2023-12-31", "past")]),
        ("Olaf Brenner stepped down as CEO of Kallio Paper at the end of the month.",
         [("Olaf Brenner", "2024-02-29", "past")]),
        # ... but when it takes effect, the period under way
        ("Olaf Brenner resigned as CEO of Kallio Paper, effective at the end of the year.",
         [("Olaf Brenner", "2024-12-31", "future")]),
        ("Olaf Brenner will retire as CEO of Kallio Paper at the end of the first quarter.",
         [("Olaf Brenner", "2024-03-31", "future")]),
        ("Olaf Brenner will retire as CEO of Kallio Paper at the end of the third quarter.",
         [("Olaf Brenner", "2024-09-30", "future")]),
        ("Olaf Brenner will retire as CEO of Kallio Paper at the end of the first half of 2025.",
         [("Olaf Brenner", "2025-06-30", "future")]),
    ],
)  # fmt: skip
def test_dates_the_end_of_a_period_is_its_last_day(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert dated(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jonas Feld joined Vantor Systems as head of sales in the second half of 2023.",
         [("Jonas Feld", "2023", "past")]),
        ("Jonas Feld will join Vantor Systems as head of sales in the first half of 2025.",
         [("Jonas Feld", "2025", "future")]),
        ("Jonas Feld will become CEO of Vantor Systems in the first half.",
         [("Jonas Feld", "2024", "future")]),
        ("Jonas Feld will become CEO of Vantor Systems in the second half of the year.",
         [("Jonas Feld", "2024", "future")]),
        ("Jonas Feld will become CEO of Vantor Systems in the third quarter.",
         [("Jonas Feld", "2024", "future")]),
        ("Jonas Feld will become CEO of Vantor Systems in Q3 2024.",
         [("Jonas Feld", "2024", "future")]),
        ("Jonas Feld became CEO of Vantor Systems in Q4.",
         [("Jonas Feld", "2023", "past")]),
        ("Jonas Feld will become CEO of Vantor Systems by H2 2025.",
         [("Jonas Feld", "2025", "future")]),
    ],
)  # fmt: skip
def test_dates_a_quarter_or_half_of_a_year_gives_its_year(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert dated(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Owen Clarke will retire as CFO of Marlow Chemicals in fiscal 2025.",
         [("Owen Clarke", "2025", "future")]),
        ("Owen Clarke joined Marlow Chemicals as CFO in fiscal year 2019.",
         [("Owen Clarke", "2019", "past")]),
        ("Owen Clarke will step down as CFO of Marlow Chemicals in FY2025.",
         [("Owen Clarke", "2025", "future")]),
        ("Owen Clarke was named CFO of Marlow Chemicals in FY22.",
         [("Owen Clarke", "2022", "past")]),
        # the last day of a fiscal year is not known: its year
        ("Owen Clarke will retire as CFO of Marlow Chemicals at the end of fiscal 2024.",
         [("Owen Clarke", "2024", "future")]),
    ],
)  # fmt: skip
def test_dates_a_fiscal_year_gives_its_year(text: str, expected: list[tuple[object, ...]]) -> None:
    assert dated(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dirk Vos will take over as director of the Tessel Foundation from next month.",
         [("Dirk Vos", "2024-04", "future")]),
        ("Dirk Vos will take charge as director of the Tessel Foundation from April.",
         [("Dirk Vos", "2024-04", "future")]),
        ("Dirk Vos took over as director of the Tessel Foundation from January.",
         [("Dirk Vos", "2024-01", "past")]),
        ("Dirk Vos will take over as director of the Tessel Foundation from early May.",
         [("Dirk Vos", "2024-05", "future")]),
        ("Dirk Vos will be appointed director of the Tessel Foundation as of April 2.",
         [("Dirk Vos", "2024-04-02", "future")]),
        ("Dirk Vos has been appointed director of the Tessel Foundation w.e.f. April 2.",
         [("Dirk Vos", "2024-04-02", "future")]),
        ("Tessel Foundation named Dirk Vos its director, effective from April.",
         [("Dirk Vos", "2024-04", "future")]),
    ],
)  # fmt: skip
def test_dates_from_a_time_is_when_the_change_takes_effect(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert dated(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Priya Nandal will bring her tenure as president of the Kestrel Institute to a close "
         "in March.", [("Priya Nandal", "2024-03", "future")]),
        ("Priya Nandal will end her tenure as president of the Kestrel Institute this month.",
         [("Priya Nandal", "2024-03", "future")]),
        ("Priya Nandal's retirement as president of the Kestrel Institute takes effect in March.",
         [("Priya Nandal", "2024-03", "future")]),
        ("The institute announced the retirement of Priya Nandal later this year.",
         [("Priya Nandal", "2024", "future")]),
    ],
)  # fmt: skip
def test_dates_a_change_ahead_in_the_month_or_year_under_way_is_future(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert dated(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # figures with slashes: month first, unless the first cannot be a month
        ("Mei Tanaka was appointed president of Sorell University on 11/15/2023.",
         [("Mei Tanaka", "2023-11-15", "past")]),
        ("Mei Tanaka was appointed president of Sorell University on 15/11/2023.",
         [("Mei Tanaka", "2023-11-15", "past")]),
        # with dots or dashes: day first, as written where they are used
        ("Mei Tanaka will take charge as principal of Sorell College w.e.f. 01.04.2024.",
         [("Mei Tanaka", "2024-04-01", "future")]),
        ("Mei Tanaka was appointed principal of Sorell College on 05-02-2024.",
         [("Mei Tanaka", "2024-02-05", "past")]),
    ],
)  # fmt: skip
def test_dates_a_date_in_figures_names_its_day(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert dated(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anya Petrov was named CEO of Corvid Labs in 2021 and left the company in 2023.",
         [("Anya Petrov", "2021", "past"), ("Anya Petrov", "2023", "past")]),
        ("Anya Petrov resigned as CFO of Corvid Labs in January and joined Stanek Bank as "
         "CEO in March.", [("Anya Petrov", "2024-01", "past"), ("Anya Petrov", "2024-03", "past")]),
        # a change told in another tense has no time of the first one's
        ("Anya Petrov resigned as CFO of Corvid Labs on Monday and will join Stanek Bank as "
         "CEO.", [("Anya Petrov", "2024-03-04", "past"), ("Anya Petrov", None, "future")]),
    ],
)  # fmt: skip
def test_dates_a_time_between_two_changes_of_one_person_is_the_first_ones(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert dated(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Haruto Kane will step down as CEO of Sunrise Cements in two weeks.",
         [("Haruto Kane", "2024-03", "future")]),
        ("Haruto Kane will step down as CEO of Sunrise Cements in six months' time.",
         [("Haruto Kane", "2024-09", "future")]),
        ("Haruto Kane will step down as CEO of Sunrise Cements in 10 days.",
         [("Haruto Kane", "2024-03-16", "future")]),
        ("Haruto Kane will step down as CEO of Sunrise Cements in two years.",
         [("Haruto Kane", "2026", "future")]),
    ],
)  # fmt: skip
def test_dates_in_a_count_of_days_or_months_is_that_far_ahead(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert dated(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Haruto Kane was appointed chairman of Sunrise Cements at the start of the year.",
         [("Haruto Kane", "2024", "past")]),
        ("Haruto Kane was appointed chairman of Sunrise Cements at the start of the month.",
         [("Haruto Kane", "2024-03", "past")]),
        # a start to come: the next one
        ("Haruto Kane will join Sunrise Cements as CEO at the beginning of the year.",
         [("Haruto Kane", "2025", "future")]),
        ("Haruto Kane will join Sunrise Cements as CEO at the start of the month.",
         [("Haruto Kane", "2024-04", "future")]),
    ],
)  # fmt: skip
def test_dates_the_start_of_a_year_or_month_is_that_year_or_month(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert dated(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vera Holm will return to the faculty of Quill University at the end of the academic "
         "year on May 11.", [("Vera Holm", "2024-05-11", "future")]),
        ("Vera Holm will step down as CEO of Quill Media at the end of the month, on March 29.",
         [("Vera Holm", "2024-03-29", "future")]),
        ("Vera Holm will step down as CEO of Quill Media early next month, on April 2.",
         [("Vera Holm", "2024-04-02", "future")]),
        ("Vera Holm will step down as CEO of Quill Media next week, on Tuesday.",
         [("Vera Holm", "2024-03-12", "future")]),
    ],
)  # fmt: skip
def test_dates_a_day_right_after_a_period_names_the_day(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert dated(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Leah Moyo was appointed CEO of Acme Corp. on March 1, a day after Tom Ash resigned.",
         [("Leah Moyo", "2024-03-01", "past"), ("Tom Ash", "2024-02-29", "past")]),
        ("Leah Moyo was named CEO of Acme Corp. in January 2022, two days after her "
         "predecessor, Tom Ash, quit.",
         [("Leah Moyo", "2022-01", "past"), ("Tom Ash", "2022-01", "past")]),
        ("Tom Ash resigned as CEO of Acme Corp. on Monday, three weeks after he was named "
         "to the post.", [("Tom Ash", "2024-03-04", "past"), ("Tom Ash", "2024-02", "past")]),
        # a change done now, told in the present perfect: counted from publication
        ("Acme Corp. has appointed Leah Moyo as CEO, a week after sacking Tom Ash.",
         [("Leah Moyo", None, "past"), ("Tom Ash", "2024-02", "past")]),
        ("Leah Moyo will take over as CEO of Acme Corp. on April 1, a week before Tom Ash "
         "retires.", [("Leah Moyo", "2024-04-01", "future"), ("Tom Ash", "2024-04", "future")]),
    ],
)  # fmt: skip
def test_dates_a_change_told_a_count_after_or_before_another_time_is_dated_from_it(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert dated(text) == expected


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Vera Holm has resigned as dean of Quill University, and she will return to the "
         "faculty on May 11.", ["2024-05-11", "2024-05-11"]),
        ("Vera Holm has resigned as dean of Quill University and will return to the faculty "
         "at the end of the academic year on May 11.", ["2024-05-11", "2024-05-11"]),
    ],
)  # fmt: skip
def test_dates_a_time_in_the_clause_of_a_later_change_points_as_that_clause(
    text: str, dates: list[str]
) -> None:
    assert [d for _, d, _ in dated(text)] == dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Haruto Kane will be joining Sunrise Cements as CEO from 1st of next month.",
         [("Haruto Kane", "2024-04-01", "future")]),
        ("Haruto Kane will retire as CEO of Sunrise Cements on the 15th of this month.",
         [("Haruto Kane", "2024-03-15", "future")]),
        ("Haruto Kane resigned as CEO of Sunrise Cements on the 20th of last month.",
         [("Haruto Kane", "2024-02-20", "past")]),
    ],
)  # fmt: skip
def test_dates_a_day_of_next_or_last_month_names_its_day(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert dated(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hal Berg resigned as chief executive of Nord Mining this morning.",
         [("Hal Berg", "2024-03-06", "past")]),
        ("Hal Berg resigned as chief executive of Nord Mining late last night.",
         [("Hal Berg", "2024-03-05", "past")]),
        ("Hal Berg will take over as chief executive of Nord Mining in the middle of April.",
         [("Hal Berg", "2024-04", "future")]),
        ("Hal Berg took over as chief executive of Nord Mining this past January.",
         [("Hal Berg", "2024-01", "past")]),
        ("Hal Berg will take over as chief executive of Nord Mining in the new year.",
         [("Hal Berg", "2025", "future")]),
    ],
)  # fmt: skip
def test_dates_parts_of_a_day_and_spoken_months_and_years(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert dated(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hal Berg will take over as CEO of Nord Mining before the end of the year.",
         [("Hal Berg", "2024-12-31", "future")]),
        ("Hal Berg will step down as CEO of Nord Mining before the end of June.",
         [("Hal Berg", "2024-06-30", "future")]),
    ],
)  # fmt: skip
def test_dates_before_the_end_of_a_period_is_its_last_day(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert dated(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hal Berg's appointment as CEO of Nord Mining was announced in February and takes "
         "effect in April.", [("Hal Berg", "2024-04", "future")]),
        ("Hal Berg's appointment as CEO of Nord Mining, announced on Monday, takes effect on "
         "April 1.", [("Hal Berg", "2024-04-01", "future")]),
    ],
)  # fmt: skip
def test_dates_the_time_a_noun_takes_effect_at_is_its_time(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert dated(text) == expected


def steps(text: str) -> list[tuple[object, ...]]:
    """(type, person, role, date) of each event of ``text`` published on :data:`FRI`."""
    return [(e["type"], e["person"], e["role"], e["date"]) for e in events_of(text, published=FRI)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a later step of the same person with a post and a time of its own: the time
        # between the two verbs is the earlier one's
        ("Hal Berg joined the board of Nord Mining in 2019, becoming chair in May 2021.",
         [("START", "Hal Berg", None, "2019"), ("START", "Hal Berg", "chair", "2021-05")]),
        ("Mia Tan joined the board as a director in May 2019, becoming deputy chair in "
         "April 2021.", [("START", "Mia Tan", "director", "2019-05"),
                         ("START", "Mia Tan", "deputy chair", "2021-04")]),
        ("Hal Berg joined Nord Mining in 1998 and became its chief executive in 2010.",
         [("START", "Hal Berg", None, "1998"),
          ("START", "Hal Berg", "chief executive", "2010")]),
        ("Dana Kerr was hired by Acme Corp. as an analyst in 2005 and was promoted to chief "
         "risk officer in 2019.",
         [("START", "Dana Kerr", "analyst", "2005"),
          ("START", "Dana Kerr", "chief risk officer", "2019")]),
        # no post of its own, or a time in a clause of another's: one time for both
        ("Dana Kerr was named coach on Tuesday, taking over a side that won the cup last "
         "month.", [("START", "Dana Kerr", "coach", "2024-12-17")]),
        ("Dana Kerr was named CEO on Monday, succeeding Hal Berg, who retires in June.",
         [("START", "Dana Kerr", "CEO", "2024-12-16"), ("END", "Hal Berg", "CEO", "2024-12-16")]),
    ],
)  # fmt: skip
def test_dates_a_later_step_of_the_same_person_keeps_its_own_time(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert steps(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a whose-clause that tells when a term ends points by its own verb
        ("Dana Kerr was appointed rector, succeeding Hal Berg, whose term ends in October.",
         [("Dana Kerr", None, "past"), ("Hal Berg", "2025-10", "future")]),
        ("Dana Kerr will replace Hal Berg, whose mandate will expire in November.",
         [("Dana Kerr", None, "future"), ("Hal Berg", "2025-11", "future")]),
        ("Dana Kerr was named CEO, replacing Hal Berg, whose contract expired in February.",
         [("Dana Kerr", None, "past"), ("Hal Berg", "2024-02", "past")]),
    ],
)  # fmt: skip
def test_dates_a_term_ends_when_its_whose_clause_tells(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert when(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a season that begins after publication, in the year under way: ahead
        ("Dana Kerr, 52, takes up the post in the autumn.", [("Dana Kerr", "2024", "future")]),
        ("Dana Kerr took up the post in the spring.", [("Dana Kerr", "2024", "past")]),
    ],
)
def test_dates_a_season_still_to_come_in_the_year_under_way_is_future(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    got = [(e["person"], e["date"], e["status"]) for e in events_of(text, published="2024-05-01")]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one who takes over "from" Y shares the time Y's end is given
        ("Dana Kerr will take over from Hal Berg when he retires at the end of March.",
         [("Dana Kerr", "2025-03-31", "future"), ("Hal Berg", "2025-03-31", "future")]),
        # not a time of Y's background ("who retired in February")
        ("Dana Kerr took over from Hal Berg, who retired in February.",
         [("Dana Kerr", None, "past"), ("Hal Berg", "2024-02", "past")]),
    ],
)  # fmt: skip
def test_dates_taking_over_from_shares_the_time_of_the_end(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert when(text) == expected


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Acme Corp will appoint Jane Roe as chief executive, replacing John Poe.", "future"),
        ("Acme Corp elected Jane Roe as chair, replacing John Poe.", "past"),
        ("Acme Corp has named Jane Roe as chief executive, replacing John Poe.", "past"),
    ],
)
def test_a_participle_with_no_time_takes_its_main_verbs_status(text: str, status: str) -> None:
    """A sentence with no time: the participle ("replacing Y") has no date to choose,
    and takes the tense of the finite verb before it all the same (the date stage's
    shortcut for a change with no expression settles it as the full path did)."""
    from personnel_events import default_pipeline
    from personnel_events.document import Document
    from personnel_events.stages.dates.stage import DateStage

    stages = default_pipeline()._stages
    at = next(i for i, s in enumerate(stages) if isinstance(s, DateStage))
    doc = Document(text=text)
    for stage in stages[:at]:
        doc = stage(doc)
    (replaced,) = [c for c in doc.candidates if c.trigger.participle]
    assert replaced.status is None and not replaced.tense_settled
    assert not find_expressions(text, replaced.span[0], replaced.span[1])
    doc = stages[at](doc)
    (dated,) = [c for c in doc.candidates if c.person_name == "John Poe"]
    assert dated.status is not None and dated.status.value == status
    assert dated.tense_settled and dated.date is None
