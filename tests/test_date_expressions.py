"""Time expressions in event sentences, normalised against the publication date.

Each row: a sentence that tells one change, the publication date, and the date
(ISO at the precision the text gives) the event must carry; None where the text
gives no time of the change.
"""

from __future__ import annotations

import random
import re

import pytest

from conftest import events_of, one
from personnel_events.stages.dates.expressions import _NUMBER_GATE, EXPRESSION_RE, _scan

WED = "2024-03-06"  # a Wednesday
DEC = "2021-12-03"  # a Friday

ROWS = [
    # absolute dates in news forms
    ("Jane Roe will leave Acme Corp. on Jan. 1.", "2023-12-06", "2024-01-01"),
    ("Jane Roe will leave Acme Corp. on January 1, 2024.", "2023-12-06", "2024-01-01"),
    ("Jane Roe will leave Acme Corp. on 1 January 2024.", "2023-12-06", "2024-01-01"),
    ("Jane Roe will leave Acme Corp. on 2024-01-01.", "2023-12-06", "2024-01-01"),
    ("Jane Roe will leave Acme Corp. on Dec. 31.", DEC, "2021-12-31"),
    ("Jane Roe will leave Acme Corp. on Sept. 30.", "2021-06-30", "2021-09-30"),
    ("Jane Roe will leave Acme Corp. on Sept 30.", "2021-06-30", "2021-09-30"),
    ("Jane Roe will leave Acme Corp. on March 29, 2024.", WED, "2024-03-29"),
    ("Jane Roe will leave Acme Corp. on the 1st of April.", WED, "2024-04-01"),
    ("Jane Roe left Acme Corp. on Feb. 2.", WED, "2024-02-02"),
    ("Jane Roe left Acme Corp. on February 2nd.", WED, "2024-02-02"),
    ("Jane Roe resigned from Acme Corp. on 12 December 2023.", WED, "2023-12-12"),
    ("Jane Roe resigned as CFO of Acme Corp. on Friday, March 1, 2024.", WED, "2024-03-01"),
    # months and years alone
    ("Jane Roe will leave Acme Corp. in December.", DEC, "2021-12"),
    ("In September, Acme Corp. hired Jane Roe.", DEC, "2021-09"),
    ("Jane Roe will join Acme Corp. in February.", "2024-10-03", "2025-02"),
    ("Jane Roe joined Acme Corp. in October.", "2024-02-03", "2023-10"),
    ("Jane Roe joined Acme Corp. in January 2021.", "2023-04-06", "2021-01"),
    ("Jane Roe joined Acme Corp. in 2018.", WED, "2018"),
    ("Jane Roe will join Acme Corp. in 2025.", WED, "2025"),
    # the time a when-clause after it tells of is the change's, not a tenure's end
    (
        "Jane Roe will stay on as CFO of Acme Corp. until March 31, when she will retire.",
        WED,
        "2024-03-31",
    ),
    (
        "Jane Roe will lead Acme Corp. through the end of the year, when she will step down.",
        WED,
        "2024-12-31",
    ),
    # a month and year with a comma between
    ("Acme Corp. appointed Jane Roe as CFO in August, 2023.", WED, "2023-08"),
    ("Jane Roe to acting CEO of Acme Corp., August, 2023", WED, "2023-08"),
    # a month that opens when the change takes effect
    ("Acme Corp. named Jane Roe CFO, effective April.", WED, "2024-04"),
    ("Acme Corp. appointed Jane Roe as CFO, starting June.", WED, "2024-06"),
    ("Jane Roe will join Acme Corp. at the start of May.", WED, "2024-05"),
    ("Jane Roe will join Acme Corp. at the beginning of January 2025.", WED, "2025-01"),
    ("Jane Roe joined Acme Corp. in Jan. 2019.", WED, "2019-01"),
    # weekdays
    ("Jane Roe resigned from Acme Corp. on Tuesday.", WED, "2024-03-05"),
    ("Jane Roe resigned from Acme Corp. on Wednesday.", WED, "2024-03-06"),
    ("Jane Roe will leave Acme Corp. on Friday.", WED, "2024-03-08"),
    ("Jane Roe resigned from Acme Corp. late Friday.", WED, "2024-03-01"),
    ("Jane Roe resigned from Acme Corp. on Monday night.", WED, "2024-03-04"),
    ("Jane Roe will join Acme Corp. on Monday.", WED, "2024-03-11"),
    ("Acme Corp. said Thursday that Jane Roe had resigned.", WED, "2024-02-29"),
    # deictic and relative
    ("Jane Roe resigned from Acme Corp. today.", WED, "2024-03-06"),
    ("Jane Roe resigned from Acme Corp. yesterday.", WED, "2024-03-05"),
    ("Jane Roe will join Acme Corp. tomorrow.", WED, "2024-03-07"),
    ("Jane Roe left Acme Corp. last week.", WED, "2024-02"),
    ("Jane Roe will join Acme Corp. next week.", WED, "2024-03"),
    ("Jane Roe left Acme Corp. last month.", WED, "2024-02"),
    ("Jane Roe will join Acme Corp. next month.", WED, "2024-04"),
    ("Jane Roe left Acme Corp. last year.", WED, "2023"),
    ("Jane Roe will join Acme Corp. next year.", WED, "2025"),
    ("Jane Roe left Acme Corp. two weeks ago.", WED, "2024-02"),
    ("Jane Roe left Acme Corp. three months ago.", WED, "2023-12"),
    ("Jane Roe left Acme Corp. 10 days ago.", WED, "2024-02-25"),
    ("Jane Roe joined Acme Corp. earlier this month.", WED, "2024-03"),
    ("Jane Roe will join Acme Corp. this month.", WED, "2024-03"),
    ("Jane Roe will join Acme Corp. later this year.", WED, "2024"),
    # end of a period
    ("Jane Roe will leave Acme Corp. at the end of the month.", WED, "2024-03-31"),
    ("Jane Roe will leave Acme Corp. at the end of the year.", DEC, "2021-12-31"),
    ("Jane Roe will leave Acme Corp. by the end of the year.", DEC, "2021-12-31"),
    ("Jane Roe will leave Acme Corp. at the end of the quarter.", WED, "2024-03-31"),
    ("Jane Roe will leave Acme Corp. at the end of June.", WED, "2024-06-30"),
    ("Jane Roe will leave Acme Corp. at the end of January.", "2023-09-12", "2024-01-31"),
    ("Jane Roe will leave Acme Corp. at the end of the season.", "2024-01-26", "2024"),
    # effective
    ("Jane Roe resigned from Acme Corp., effective immediately.", WED, "2024-03-06"),
    ("Jane Roe will step down from Acme Corp., effective immediately.", WED, "2024-03-06"),
    ("Jane Roe resigned from Acme Corp., effective March 31.", WED, "2024-03-31"),
    ("Jane Roe resigned from Acme Corp., effective April 1, 2024.", WED, "2024-04-01"),
    (
        "Acme Corp. today announced the appointment of Jane Roe, effective April 1.",
        WED,
        "2024-04-01",
    ),
    # a time that opens the sentence covers it
    (
        "On Tuesday, after a long and bitter fight with the board over the company's plans "
        "for its European stores and their staff, Jane Roe also resigned from Acme Corp.",
        WED,
        "2024-03-05",
    ),
    # counted from a day named before
    ("Acme Corp. met on March 1. Jane Roe resigned two days later.", WED, "2024-03-03"),
    ("Acme Corp. met on March 1. Jane Roe resigned the next day.", WED, "2024-03-02"),
    ("Acme Corp. meets on April 2. Jane Roe will join Acme Corp. on that date.", WED, "2024-04-02"),
    ("Jane Roe resigned from Acme Corp. two days later.", WED, None),
    # parts of months, seasons, quarters
    ("Jane Roe will leave Acme Corp. in early May.", WED, "2024-05"),
    ("Jane Roe will leave Acme Corp. in mid-May.", WED, "2024-05"),
    ("Jane Roe will leave Acme Corp. in late May.", WED, "2024-05"),
    ("Jane Roe will leave Acme Corp. in the spring.", "2024-01-10", "2024"),
    ("Jane Roe will leave Acme Corp. in the first quarter of 2025.", WED, "2025"),
    ("Jane Roe will join Acme Corp. for the 2025 season.", WED, "2025"),
    ("Jane Roe will leave Acme Corp. when her contract ends next year.", WED, "2025"),
    # academic years, seasons, parts of years (issue 18)
    (
        "Jane Roe will retire from Acme Corp. at the end of the academic year.",
        "2024-09-20",
        "2025-06-30",
    ),
    (
        "Jane Roe will retire from Acme Corp. at the end of the school year.",
        "2025-02-10",
        "2025-06-30",
    ),
    ("Jane Roe will leave Acme Corp. at the end of the 2024-25 academic year.", WED, "2025-06-30"),
    ("Jane Roe will join Acme Corp. for the 2024-25 season.", WED, "2025"),
    ("Jane Roe joined Acme Corp. in early 2020.", WED, "2020"),
    ("Jane Roe left Acme Corp. in mid-2020.", WED, "2020"),
    ("Jane Roe will join Acme Corp. this summer.", WED, "2024"),
    ("Jane Roe will leave Acme Corp. later in the year.", WED, "2024"),
    ("Jane Roe was promoted to chief of Acme Corp. in August of 2021.", "2023-02-16", "2021-08"),
    ("Jane Roe joined Acme Corp. in March of 2019.", WED, "2019-03"),
    (
        "Acme Corp. accepted the resignation of Jane Roe, with effect from May 10, 2014.",
        "2014-05-09",
        "2014-05-10",
    ),
    (
        "Acme Corp. accepted the resignation of Jane Roe, with affect from 1 June.",
        "2014-05-09",
        "2014-06-01",
    ),
    (
        "Jane Roe announced her resignation from Acme Corp. last week, effective immediately.",
        WED,
        "2024-02",
    ),
    # a participle adjective ("Ill.-based") is no past verb governing the time
    (
        "Jane Roe will step down as CFO of the Springfield, Ill.-based firm in January.",
        WED,
        "2025-01",
    ),
    # no invented dates
    ("Jane Roe resigned from Acme Corp.", WED, None),
    ("Jane Roe, who joined in 2015, resigned from Acme Corp.", WED, None),
    ("Jane Roe resigned from Acme Corp. after a 2020 scandal.", WED, None),
    ("Jane Roe resigned from Acme Corp., its 28th CFO.", WED, None),
    ("Jane Roe resigned from Acme Corp. during her 2020 campaign.", WED, None),
    ("Jane Roe resigned from Acme Corp. on Tuesday.", None, None),
    ("Jane Roe will leave Acme Corp. next month.", None, None),
    ("Jane Roe joined Acme Corp. in 2018.", None, "2018"),
    ("Jane Roe joined Acme Corp. on March 29, 2024.", None, "2024-03-29"),
    # "from" a day that opens no span is when the change takes effect
    ("Jane Roe will become CFO of Acme Corp. from 1 July.", WED, "2024-07-01"),
    ("Jane Roe will join Acme Corp. as CFO from July 1, 2024.", WED, "2024-07-01"),
    ("Jane Roe will take over as CFO of Acme Corp. from Monday.", WED, "2024-03-11"),
    ("Jane Roe will take over as CFO of Acme Corp. from the new year.", WED, "2025"),
    # a span "from ... to ..." and a year "from" tell a tenure
    ("Jane Roe, acting CFO from 1 July to 3 August, joined Acme Corp. in 2019.", WED, "2019"),
    ("Jane Roe, who served from 2010, joined Acme Corp.", WED, None),
]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Tom Ash was replaced by Martin Hale.",
         [("END", "Tom Ash", None), ("START", "Martin Hale", None)]),
        ("Tom Ash will be replaced by Augusto Silva.",
         [("END", "Tom Ash", None), ("START", "Augusto Silva", None)]),
        ("Tom Ash was replaced by June Park.",
         [("END", "Tom Ash", None), ("START", "June Park", None)]),
        ("Theresa May resigned as prime minister.", [("END", "Theresa May", None)]),
        ("Brian May resigned from Acme Corp. in May.", [("END", "Brian May", "2023-05")]),
        ("In May Jane Roe joined Acme Corp. as CFO.", [("START", "Jane Roe", "2023-05")]),
        ("April Ryan will join Acme Corp. as CFO in April.", [("START", "April Ryan", "2024-04")]),
        ("Jane Roe will leave Acme Corp. by June.", [("END", "Jane Roe", "2024-06")]),
        # a title-case headline: "May" is the modal
        ("Acme CFO Tom Smith May Quit", []),
        # "Will" with a capital before a name word is a given name, "will" the modal
        ("The university said Will Norton will retire in May.",
         [("END", "Will Norton", "2024-05")]),
        ("Will Norton, the dean of law, resigned in May.", [("END", "Will Norton", "2023-05")]),
    ],
)  # fmt: skip
def test_date_expressions_month_words_that_are_names_read_by_context(
    sentence: str, expected: list[tuple[str, str, str | None]]
) -> None:
    events = events_of(sentence)
    assert [(e["type"], e["person"], e["date"]) for e in events] == expected


@pytest.mark.parametrize(("sentence", "published", "iso"), ROWS)
def test_event_date_from_expression(sentence: str, published: str | None, iso: str | None) -> None:
    assert one(events_of(sentence, published=published))["date"] == iso


def test_the_table_is_large_enough() -> None:
    assert len(ROWS) >= 60


@pytest.mark.parametrize("sentence", [row[0] for row in ROWS])
def test_the_fast_scan_finds_what_the_grammar_finds(sentence: str) -> None:
    fast = [(start, end) for _, start, end in _scan(sentence, 0, len(sentence))]
    assert fast == [m.span() for m in EXPRESSION_RE.finditer(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "ROE QUIT ON MARCH 5, 2024 AND ASH JOINED IN MAY.",
        "Roe Quit On Tuesday, Effective Immediately; Ash Joins Next Month.",
        "Roe quit on 5th of March. Ash joins at THE END OF THE 2024-25 SEASON.",
        # characters the case-blind grammar reads as other letters: read as written
        "Roe quit in \u017feptember; Ash joins Tue\u017fday, \u0131n May.",
        "R\u0130CHARD Roe quit on March 5; \u212aim joins next week.",
        "Roe left in May 2020,in June\u2019s vote, and on Monday.",
    ],
)
@pytest.mark.parametrize("start", [0, 1, 4, 9])
def test_the_fast_scan_reads_the_case_blind_grammar_in_lower_case(
    sentence: str, start: int
) -> None:
    from personnel_events.stages.dates.expressions import _scan_re

    def kind(m: re.Match[str]) -> str:
        return next(k for k, v in m.groupdict().items() if v is not None)

    end = len(sentence) - 2
    expected = [(kind(m), *m.span()) for m in _scan_re().finditer(sentence, start, end)]
    assert list(_scan(sentence, start, end)) == expected


@pytest.mark.parametrize(
    "words",
    [["a", "an", "after", "april", "at"], ["in", "i"], ["may", "mar", "march", "mid"], ["x"]],
)
def test_dates_trie_matches_its_words_and_no_other(words: list[str]) -> None:
    import re

    from personnel_events.stages.dates.expressions import _trie

    pattern = re.compile(_trie(words))
    probes = {*words, *(w[:-1] for w in words), *(w + "s" for w in words), "zz"}
    for probe in probes:
        assert (pattern.fullmatch(probe) is not None) == (probe in words), probe


#: Expressions that begin with a starter the scan tries only before certain words
#: (``expressions._FOLLOWERS``) or with a number (``_NUMBER_GATE``), and near misses.
GATED_PHRASES = [
    "the end of June", "the end of the 2024-25 season", "the start of May",
    "the beginning of March", "the next day", "the following day", "the 2024 season",
    "the 2019/20 season", "of Sept. 2024", "on that day", "on that date", "in March",
    "in the spring", "in 2024", "by June", "by the fall of 2024", "by 2030",
    "during May", "during the winter", "during 2020", "since Jan. 2019", "since 2019",
    "until Dec. 31", "until 2025", "from April", "from 2021", "after Feb. 1",
    "before November", "through October", "that date", "that day", "a day ago",
    "a week later", "an hour ago", "a month ago", "a year ago", "with immediate effect",
    "end of the year", "end of March", "2024-03-05", "5 March", "5th of March",
    "12 weeks ago", "3 days later", "3rd quarter of 2024", "2024 was a year",
    "the 5th", "in the 90s", "on Monday", "the board met", "that week", "of the year",
    "in Q3", "Q3 2024", "by H2 2025", "in q4 of 2023", "Q5 2024", "HQ 2024", "in the third quarter",
    "by the first half", "year-end", "by year end", "the end of 2024", "end of last year",
    "at year-end", "around the year end", "towards year-end", "by year-end results",
    "fiscal 2025", "FY2025", "FY 24", "fy'23", "financial year 2023", "the end of fiscal 2024",
    "fiscal policy", "FY", "FY2024-25",
    "01.04.2024", "15/11/2023", "05-02-2024", "1.2.3", "12/2023", "3/4/2024/5",
    "in two weeks", "in a month", "in 10 days", "in six months' time", "in a statement",
    "in one year", "in twelve", "the start of the year", "the beginning of the month",
    "a day after", "two weeks before", "3 months after", "an hour after",
    "1st of next month", "the 15th of this month", "31st of next month",
    "this morning", "last night", "in the new year", "the middle of April", "middle of May",
    "this past January", "past June", "the past year",
    "in the job", "by the year-end", "during the summer", "in the first half", "six years in",
    "six weeks ago", "two days after", "twelve days later", "first quarter", "second half",
    "financial officer", "fiscal year 2024", "effective upon", "effective as of", "44, joined",
    "5, 2024", "5.", "5-", "5th", "5 am",
]  # fmt: skip


@pytest.mark.parametrize("phrase", GATED_PHRASES)
@pytest.mark.parametrize("case", [str.lower, str.title, str.upper])
def test_the_scan_gate_admits_every_expression(phrase: str, case: object) -> None:
    from personnel_events.stages.dates.expressions import _scan_re, folded

    assert callable(case)
    sentence = case(f"Jane Roe said {phrase}, and {phrase} she left.")

    def kind(m: re.Match[str]) -> str:
        return next(k for k, v in m.groupdict().items() if v is not None)

    expected = [(kind(m), *m.span()) for m in EXPRESSION_RE.finditer(sentence)]
    assert list(_scan(sentence, 0, len(sentence))) == expected
    assert list(_scan(sentence, 3, len(sentence), folded(sentence))) == expected
    assert [(kind(m), *m.span()) for m in _scan_re().finditer(sentence)] == expected


def test_the_scan_gate_names_only_starters() -> None:
    from personnel_events import lexicon
    from personnel_events.stages.dates.expressions import _FOLLOWERS

    assert set(_FOLLOWERS) <= lexicon.words("date_starters.txt")


#: ASCII white space: Unicode's ``\s`` takes "\x1c" to "\x1f" too, ASCII's does not.
_ASCII_SPACES = [" ", "\t", "\n", "\x0b", "\x0c", "\r", "\x1c", "\x1d", "\x1e", "\x1f", "  "]


@pytest.mark.parametrize("phrase", GATED_PHRASES)
@pytest.mark.parametrize("space", _ASCII_SPACES)
def test_the_ascii_twins_match_what_the_unicode_patterns_match(phrase: str, space: str) -> None:
    from personnel_events.stages.dates.binding import (
        _FUTURE_CLAUSE_RE,
        _PAST_CLAUSE_RE,
        _REPORTED_BEFORE_RE,
        _TAKES_EFFECT_RE,
    )
    from personnel_events.stages.dates.expressions import (
        _EFFECTIVE_PREFIX,
        _EXCLUDING_PREFIX,
        _ascii_scan_re,
        _folded_scan_re,
    )
    from personnel_events.stages.dates.stage import _OCCASION_RE

    words = f"x_{phrase} was named; {phrase}, effective immediately. will take effect {phrase}"
    text = space.join(words.lower().split(" "))
    assert text.isascii()

    def found(pattern: re.Pattern[str]) -> list[tuple[str | None, int, int]]:
        return [(m.lastgroup, *m.span()) for m in pattern.finditer(text)]

    assert found(_ascii_scan_re()) == found(_folded_scan_re())
    for blind in (
        _OCCASION_RE,
        _TAKES_EFFECT_RE,
        _FUTURE_CLAUSE_RE,
        _PAST_CLAUSE_RE,
        _REPORTED_BEFORE_RE,
        _EXCLUDING_PREFIX,
        _EFFECTIVE_PREFIX,
    ):
        assert found(blind.ascii) == found(blind.lower)


def test_the_ascii_twin_refuses_what_it_cannot_write_out() -> None:
    from personnel_events.stages.dates.expressions import _ascii_twin

    for pattern in (r"[\s,]+x", r"a\\s"):
        with pytest.raises(ValueError, match="not written out"):
            _ascii_twin(re.compile(pattern))


def test_every_effective_prefix_ends_as_the_precheck_asks() -> None:
    """_effective_before rejects a window whose end (but for blanks) is none of
    _EFFECT_ENDS without the regex: every match of _EFFECTIVE_PREFIX ends so, and
    holds "effective" where it ends with one of _EFFECTIVE_ONLY_ENDS."""
    import random

    from personnel_events.stages.dates.expressions import (
        _EFFECT_ENDS,
        _EFFECTIVE_ONLY_ENDS,
        _EFFECTIVE_PREFIX,
        _effective_before,
    )

    parts = ["effective", "Effective", "as", "of", "on", "from", "at", "with", "effect",
             "affect", "w", ".", "e", "f", "W.E.F", "wef", "monday", "Tuesday", "day", ",",
             " ", "\t", "\n", "\u00a0", "x", "is", "April"]  # fmt: skip
    rng = random.Random(7)
    found = 0
    for _ in range(20_000):
        text = "".join(rng.choice(parts) + rng.choice(["", " "]) for _ in range(rng.randint(1, 6)))
        if _EFFECTIVE_PREFIX.pattern.search(text) is not None:
            found += 1
            assert text.lower().rstrip().endswith(_EFFECT_ENDS), text
            if text.lower().rstrip().endswith(_EFFECTIVE_ONLY_ENDS):
                assert "effective" in text.lower(), text
    assert found > 500
    for text in ("effective as of ", "with effect from ", "as from ", "w.e.f. ", "on Monday, "):
        effective = not text.startswith("on")
        assert _effective_before(text, 0, len(text), text.lower()) is effective


def test_excluded_before_finds_what_the_excluding_prefix_finds() -> None:
    """_excluded_before rejects a prefix whose end (but for white space) is none of
    _EXCLUDING_ENDS without the regex: it finds what the case-blind regex finds in
    the prefix as written, with or without its lower case."""
    import random

    from personnel_events.stages.dates.expressions import (
        _EXCLUDING_PREFIX,
        _excluded_before,
    )

    parts = ["since", "From", "through", "UNTIL", "for", "as", "of", "before", "as of",
             "xfor", "fore", "sinc", "e", ",", " ", "\t", "\n", "\u00a0", "\x1c", "1",
             "x", "the"]  # fmt: skip
    rng = random.Random(11)
    found = 0
    for _ in range(20_000):
        text = "".join(rng.choice(parts) + rng.choice(["", " "]) for _ in range(rng.randint(1, 4)))
        expected = _EXCLUDING_PREFIX.pattern.search(text) is not None
        found += expected
        assert _excluded_before(text, text.lower()) is expected, text
        assert _excluded_before(text, None) is expected, text
    assert found > 2_000
    for text, excluded in [
        ("worked there since ", True),
        ("as of  ", True),
        ("the CFO from\t", True),
        ("therefor ", False),
        ("on ", False),
        ("", False),
    ]:
        assert _excluded_before(text, text.lower()) is excluded, text


#: The number gate as first written (two repeats), which _NUMBER_GATE must match
#: exactly where: it now opens with one digit, for the engine to pass over fast.
_NUMBER_GATE_AS_WRITTEN = r"\d{4}-|\d{1,2}(?:[/.-]|(?:st|nd|rd|th)?\s)"


def test_the_number_gate_matches_where_it_did_as_first_written() -> None:
    new, old = re.compile(_NUMBER_GATE), re.compile(_NUMBER_GATE_AS_WRITTEN)
    for text, gated in [
        ("2024-03-05", True), ("5/11/2024", True), ("01.04.2024", True), ("5 March", True),
        ("3rd quarter", True), ("12 weeks", True), ("5th\tof", True), ("44, joined", False),
        ("2024 was", False), ("123 days", False), ("5", False), ("12345-", False),
        ("x5 ", False), ("\u0665 May", True),
    ]:  # fmt: skip
        assert (new.match(text) is not None) is gated, text
        assert (old.match(text) is not None) is gated, text
    rng = random.Random(5)
    parts = ["1", "2", "0", "9", "-", "/", ".", " ", "st", "nd", "th", "rd", "s", "x", "\n"]
    for _ in range(20_000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(1, 7)))
        assert (new.match(text) is None) is (old.match(text) is None), text
