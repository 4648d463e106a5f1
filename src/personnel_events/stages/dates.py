"""Date normalization: the time of each event, read against the publication date.

The stage finds time expressions in the event's sentence with its own grammar
(:data:`EXPRESSION_RE`), ties the one nearest the trigger to the event (after
it first, then before it), and normalises it to an :class:`EventDate` with
dateparser against ``Document.published``. The direction of year-less
expressions comes from the status the verb group settled (``modality.status_of``):
"will leave in December" read in December 2021 is 2021-12, "In September, Harris
brought in" is the September before. The clause the time stands in can point it
back whatever the change's form: a past verb of telling beside it ("said on
Monday"), a past verb governing it ("voted on Monday to replace X"), a past
sentence it opens ("On Friday, Acme appointed X to succeed Y"). Nouns and the
present are read to the nearer side. Relative expressions without a publication
date give no date.

Across sentences, a change with no time of its own takes the time of the
occasion told before it (:meth:`DateStage._timeline`), never a background's.

Status is settled here where the words left it open: an event dated after the
publication date is FUTURE, else PAST; "effective <later date>" is FUTURE.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Protocol, TypeAlias

import attrs

from .. import lexicon
from ..candidates import Candidate, Form, Rule
from ..document import Document
from ..model import EventDate, EventType, Precision, Status

if TYPE_CHECKING:  # pragma: no cover
    from dateparser.date import DateDataParser

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)(?!\w)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUM = r"(?:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_PERIOD = r"(?:year|month|week|quarter)"
_SEASON = r"(?:spring|summer|fall|autumn|winter)"

#: Time expressions, most specific first. Group names tell the normaliser the kind.
EXPRESSION_RE = re.compile(
    rf"""
    (?P<immediate>\beffective\s+immediately\b|\bwith\s+immediate\s+effect\b|\bimmediately\s+effective\b)
  | (?P<iso>\b\d{{4}}-\d{{2}}-\d{{2}}\b)
  | (?P<end_month>\b(?:the\s+)?end\s+of\s+{_MONTH}(?:,?\s+\d{{4}})?)
  | (?P<end_season>\b(?:the\s+)?end\s+of\s+(?:the\s+|this\s+|next\s+)?(?:(?P<season_years>\d{{4}}(?:[-/]\d{{2,4}})?)\s+)?(?:academic\s+|fiscal\s+|current\s+)?season\b)
  | (?P<end_school>\b(?:the\s+)?end\s+of\s+(?:the\s+|this\s+|next\s+)?(?:(?P<school_years>\d{{4}}[-/]\d{{2,4}})\s+)?(?:academic|school)\s+year\b)
  | (?P<end_period>\b(?:the\s+)?end\s+of\s+(?:the\s+|this\s+|next\s+|its\s+)?(?:(?P<end_year>\d{{4}})\s+|fiscal\s+|calendar\s+)?{_PERIOD}\b)
  | (?P<month_day>\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}}\b)?)
  | (?P<day_month>\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+\d{{4}}\b)?)
  | (?P<part_month>\b(?:early|mid|late|mid-)\s*-?\s*{_MONTH}(?:,?\s+\d{{4}}\b)?)
  | (?P<month>\b(?:in|by|since|until|from|during|last|next|this|of|through|before|after|early|late|effective|starting|beginning|(?:the\s+)?(?:start|beginning)\s+of)\s+{_MONTH}(?!\.?\s+\d{{1,2}}\b)(?:(?:,?|\s+of)\s+\d{{4}}\b)?)
  | (?P<month_year>\b{_MONTH},?(?:\s+of)?\s+\d{{4}}\b)
  | (?P<weekday>\b(?:(?:late|early)\s+(?:on\s+)?)?{_WEEKDAY}\b)
  | (?P<deictic>\b(?:today|yesterday|tomorrow|tonight)\b)
  | (?P<relative>\b(?:last|next|this|earlier\s+this|later\s+this)\s+(?:{_PERIOD}|{_SEASON})\b|\b(?:earlier|later)\s+in\s+the\s+(?:year|month)\b)
  | (?P<ago>\b{_NUM}\s+(?:day|week|month|year)s?\s+ago\b)
  | (?P<later>\b{_NUM}\s+(?:day|week)s?\s+later\b|\b(?:the\s+)?(?:next|following)\s+day\b)
  | (?P<that_day>\b(?:on\s+)?that\s+(?:date|day)\b)
  | (?P<season>\b(?:in|by|during)\s+the\s+{_SEASON}(?:\s+of\s+\d{{4}})?\b|\b{_SEASON}\s+\d{{4}}\b)
  | (?P<quarter>\b(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+(?:of\s+)?\d{{4}}\b)
  | (?P<season_year>\bthe\s+\d{{4}}(?:[-/]\d{{2,4}})?\s+season\b)
  | (?P<year>\b(?:(?:in|by|until|from|during|early|late|since)\s+|mid-?\s*)\d{{4}}\b)
    """,
    re.VERBOSE | re.IGNORECASE,
)
#: Expressions after these words describe something else (tenure, a range's start).
_EXCLUDING_PREFIX = re.compile(r"\b(?:since|from|through|until|for|as\s+of|before)\s*$", re.I)
#: A capitalised word (not a time word) right after a month: the month is a given name.
_NAMED_AFTER_RE = re.compile(
    r"[ ]+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
    r"[a-z]*\b)[A-Z][a-z]+\b(?![.,;:]?\s+\d)"
)
#: Expressions after these words tell when a change takes effect: "effective March 31",
#: "with effect from 1 April" (and its common misspelling "with affect from").
#: Words that open a time the change takes effect at: "effective April", "starting June".
_EFFECTIVE_LEADS = frozenset({"effective", "starting", "beginning"})
_EFFECTIVE_PREFIX = re.compile(
    r"\b(?:effective\s*(?:as\s+of\s+|on\s+|from\s+)?|with\s+[ae]ffect\s+from\s+)"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$",
    re.I,
)
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
_SEASON_MONTH = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
#: Characters a case-blind pattern takes for an ASCII letter other than their lower
#: case ("\u017f" for "s", "\u0131" for "i", the Kelvin sign "\u212a" for "k"), or
#: whose lower case is two characters ("\u0130"): a text with one is read as written.
_UNFOLDABLE_RE = re.compile("[\u0130\u0131\u017f\u212a]")


def _lower_case(pattern: str, flags: int) -> re.Pattern[str]:
    """A case-blind ``pattern`` (its ``flags`` hold IGNORECASE) of ASCII words for a
    text in lower case, matched case by case: its letters in lower case, without
    IGNORECASE (40 to 60% less time).
    Over a text without :data:`_UNFOLDABLE_RE` characters it matches, at the same
    places, what ``pattern`` matches in the text as written: a character matches a
    letter of the pattern case-blind exactly when its lower case is that letter,
    and lower case keeps every character a word character, digit or space as it
    was, and one character long (checked over every code point)."""
    if re.search(r"\\[A-Z]", pattern):
        raise ValueError(f"{pattern!r}: an escape in upper case changes meaning")
    return re.compile(pattern.lower().replace("(?p<", "(?P<"), flags & ~re.IGNORECASE)


class _CaseBlind:
    """A case-blind pattern, searched in the lower case of a text where that finds
    the same (:func:`_lower_case`); the matches are then of the text in lower case."""

    def __init__(self, pattern: str) -> None:
        self.pattern = re.compile(pattern, re.IGNORECASE)
        self.lower = _lower_case(pattern, re.IGNORECASE)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if _UNFOLDABLE_RE.search(text) is None:
            return self.lower.finditer(text.lower())
        return self.pattern.finditer(text)

    def search(self, text: str) -> re.Match[str] | None:
        if _UNFOLDABLE_RE.search(text) is None:
            return self.lower.search(text.lower())
        return self.pattern.search(text)


#: A sentence that says when the changes the text tells take effect.
_TAKES_EFFECT_RE = _CaseBlind(
    r"\b(?:take|takes|took|taking)\s+effect\b|\b(?:become|becomes|are|is)\s+effective\b"
    r"|\bsworn\s+in\b|\b(?:assume|take\s+up|start)\s+(?:their|the(?:ir)?\s+new)\s+"
    r"(?:roles|posts|positions|jobs|duties)\b"
)


def _may_take_effect(text: str) -> bool:
    """Whether :data:`_TAKES_EFFECT_RE` may match somewhere in ``text``: a few plain
    lookups in its lower case ("effect", "worn", "r|new <noun>") that every match
    holds, the case-blind regex being many times slower. None of their letters
    matches a character under IGNORECASE whose lower case is not that letter (checked
    over every code point; "i", "s" and "k" do and are left out)."""
    low = text.lower()
    return "effect" in low or "worn" in low or _TAKES_UP_HINT_RE.search(low) is not None


#: What every match of the last branch of :data:`_TAKES_EFFECT_RE` holds in lower case.
_TAKES_UP_HINT_RE = re.compile(r"(?:r|new)\s+(?:role|po|job|dut)")
#: A past verb of telling: a time right beside it ("said on Monday", "On Tuesday, the
#: club confirmed") is the day of the telling, and points back.
_REPORTING = (
    r"(?:said|announced|confirmed|told|revealed|stated|disclosed|declared|unveiled"
    r"|reported|wrote|added|made\s+public)"
)
_REPORTED_BEFORE_RE = re.compile(rf"\b{_REPORTING}\s+(?:(?:on|late|early)\s+)*$", re.I)
_REPORTED_AFTER_RE = re.compile(rf"^,?\s+(?:[\w.'\u2019-]+\s+){{0,5}}?{_REPORTING}\b", re.I)
#: The tense of a sentence that says when the changes take effect.
_FUTURE_CLAUSE_RE = _CaseBlind(
    r"\b(?:will|shall|would|is\s+to|are\s+to|to\s+be|set\s+to|due\s+to|scheduled)\b"
)
_PAST_CLAUSE_RE = _CaseBlind(r"\b(?:was|were|took|had|became|been)\b")
#: Words that make a clause a plan or an expectation, not a thing done: "is
#: expected to make changes", "plans to announce promotions".
_PLANNED_CLAUSE_RE = re.compile(
    r"\b(?:expected|plans?|planning|intends?|intending|aims?|hopes?|likely)\s+to\b", re.I
)
#: Where one clause of a sentence ends and the next begins: "The reshuffle began on
#: Tuesday, and Kessa is expected to make changes later this week".
_CLAUSE_BREAK_RE = re.compile(r";|,\s+(?:and|but|while|whereas)\s", re.I)


def _sentence_clauses(sentence: str) -> list[tuple[int, int]]:
    """The spans of the clauses of ``sentence`` (offsets into it)."""
    out, start = [], 0
    for m in _CLAUSE_BREAK_RE.finditer(sentence):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(sentence)))
    return out


#: Words that tell a personnel occasion: a sentence with one of them and one recent
#: day dates the changes the following sentences tell without a time of their own.
_OCCASION_RE = _CaseBlind(
    r"\b(?:appoint\w*|nam(?:ed|ing)|nominat\w*|reshuffl\w*|shuffl\w*|sworn|promot\w*"
    r"|replac\w*|resign\w*|dismiss\w*|fired|sack\w*|remov\w*|elected|took\s+over"
    r"|takes?\s+over|took\s+office|step(?:ped|s)?\s+down)\b"
)
#: The opening of a sentence that tells where and when its news was told: "In a
#: statement issued on", "In a press release dated". A time in it dates the
#: sentence, however long the phrase runs before the verb.
_STATEMENT_OPENING_RE = re.compile(
    r"\s*(?:in|through)\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+)?"
    r"(?:statement|release|announcement|letter|notice|memo|circular|communiqu\w*|post)"
    r"(?:\s+(?:issued|released|published|sent|signed|posted|dated|made))?(?:\s+(?:on|late|early))?\s*",
    re.I,
)
#: A when-clause right after a time: "until March 31, when he retires".
_WHEN_AFTER_RE = re.compile(r",?\s+when\b", re.I)
#: Words that tell an act is done again, on the same occasion: "He also appointed Y".
_ADDITIVE_RE = re.compile(
    r"\b(?:also|likewise|further|furthermore|additionally|similarly|in\s+addition|as\s+well)\b",
    re.I,
)
#: How many days before publication an occasion may be and still be the news.
OCCASION_DAYS = 31
#: How many sentences back a present-tense change looks for the dated change it continues.
NARRATIVE_SENTENCES = 2
#: How far from the trigger (in characters) an expression may stand and still be its time.
MAX_DISTANCE = 160


@functools.cache
def _parser() -> DateDataParser:
    from dateparser.date import DateDataParser  # here: most texts never need it

    return DateDataParser(languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first"})


@functools.lru_cache(maxsize=64)
def _relative_parser(base: dt.date) -> DateDataParser:
    """One dateparser per reference date (building one costs more than parsing)."""
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day),
            "PREFER_DAY_OF_MONTH": "first",
        },
    )


def _dateparser(expr: str, base: dt.date) -> tuple[dt.date, str] | None:
    data = _relative_parser(base).get_date_data(expr)
    if data.date_obj is None:
        return None
    return data.date_obj.date(), data.period or "day"


#: The month each written form of :data:`_MONTH` names, in lower case: what
#: dateparser reads from a month name alone, without its cost.
_MONTH_NUMBERS = {
    form: number
    for number, name in enumerate(calendar.month_name[1:], 1)
    for form in {name.lower(), name[:3].lower(), name[:3].lower() + "."}
    if name != "May" or form == "may"
} | {"sept": 9, "sept.": 9}
#: A day and a month without a year, as :data:`EXPRESSION_RE` finds them.
_DAY_OF_MONTH_RE = re.compile(
    rf"(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH})",
    re.IGNORECASE,
)


def _month_number(name: str) -> int | None:
    """The month a month name names ("March", "Sept.", "DEC"), as dateparser reads it."""
    number = _MONTH_NUMBERS.get(name.lower())
    if number is None:
        parsed = _parser().get_date_data(name)
        return None if parsed.date_obj is None else parsed.date_obj.month
    return number


def _day_of_month(expr: str, base: dt.date) -> dt.date | None:
    """A year-less "March 5" or "5th of March": that day in ``base``'s year, which is
    what dateparser gives for every day the month has (checked over every form,
    day and suffix); anything else is left to dateparser."""
    m = _DAY_OF_MONTH_RE.fullmatch(expr)
    if m is None:
        return None
    day, name = (m["d1"], m["m1"]) if m["m1"] is not None else (m["d2"], m["m2"])
    month = _MONTH_NUMBERS.get(name.lower())
    if month is None or not day.isascii():
        return None
    number = int(day)
    if not 1 <= number <= calendar.monthrange(base.year, month)[1]:
        return None
    return dt.date(base.year, month, number)


def _shift_year(value: dt.date, years: int) -> dt.date:
    try:
        return value.replace(year=value.year + years)
    except ValueError:  # 29 February
        return value.replace(year=value.year + years, day=28)


def _orient(value: dt.date, published: dt.date, direction: str, month_only: bool) -> dt.date:
    """Choose the year of a year-less date by the direction the tense points."""

    def key(d: dt.date) -> tuple[int, ...]:
        return (d.year, d.month) if month_only else (d.year, d.month, d.day)

    pub = key(published)
    if direction == "future" and key(value) < pub:
        return _shift_year(value, 1)
    if direction == "past" and key(value) > pub:
        return _shift_year(value, -1)
    if direction == "nearest":
        options = [_shift_year(value, k) for k in (-1, 0, 1)]
        return min(options, key=lambda d: abs((d - published).days))
    return value


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


@functools.lru_cache(maxsize=4096)
def normalize(kind: str, expr: str, published: dt.date | None, direction: str) -> EventDate | None:
    """Normalise one matched expression; ``direction`` is past, future or nearest.
    A day that does not exist ("2024-02-30") or lies beyond the calendar (before
    year 1, after 9999) gives None, never an exception."""
    try:
        return _normalize(kind, expr, published, direction)
    except (ValueError, OverflowError):
        return None


def _normalize(kind: str, expr: str, published: dt.date | None, direction: str) -> EventDate | None:
    text = expr.strip()
    low = text.lower()
    has_year = re.search(r"\b\d{4}\b", text) is not None
    if kind == "iso":
        return EventDate(dt.date.fromisoformat(text), Precision.DAY, text)
    if kind == "end_school" and has_year:
        years = [int(y) for y in re.findall(r"\d{2,4}", text)]
        year = years[-1] if years[-1] >= 100 else years[-1] + (years[0] // 100) * 100
        return EventDate(dt.date(year, 6, 30), Precision.DAY, text)
    if kind == "season_year" or (kind == "end_season" and has_year):
        years = [int(y) for y in re.findall(r"\d{2,4}", text)]
        year = years[-1]
        if year < 100:
            year += (years[0] // 100) * 100
        return EventDate(dt.date(year, 1, 1), Precision.YEAR, text)
    if (
        kind
        in (
            "month_day",
            "day_month",
            "month_year",
            "part_month",
            "month",
            "end_month",
            "quarter",
            "year",
            "season",
        )
        and has_year
    ):
        return _absolute(kind, text)
    if published is None:
        return None
    pub = published
    if kind == "immediate" or kind == "deictic":
        offset = {"yesterday": -1, "tomorrow": 1}.get(low, 0)
        return EventDate(pub + dt.timedelta(days=offset), Precision.DAY, text)
    if kind == "weekday":
        wd = next(i for i, name in enumerate(_WEEKDAYS) if name in low)
        if direction == "future":
            delta = (wd - pub.weekday()) % 7
        elif direction == "past":
            delta = -((pub.weekday() - wd) % 7)
        else:
            fwd = (wd - pub.weekday()) % 7
            delta = fwd if fwd <= 3 else fwd - 7
        return EventDate(pub + dt.timedelta(days=delta), Precision.DAY, text)
    if kind in ("month_day", "day_month"):
        bare = _strip_preposition(text)
        day = _day_of_month(bare, pub)
        if day is None:
            parsed = _dateparser(bare, pub)
            if parsed is None:
                return None
            day = parsed[0]
        return EventDate(_orient(day, pub, direction, False), Precision.DAY, text)
    if kind in ("month", "part_month", "end_month"):
        name = re.search(_MONTH, text, re.IGNORECASE)
        if name is None:
            return None
        month = _month_number(name.group())
        if month is None:
            return None
        lead = low.split()[0]
        d = dt.date(pub.year, month, 1)
        month_dir = {"last": "past", "next": "future", "since": "past"}.get(lead, direction)
        d = _orient(d, pub, month_dir, True)
        if kind == "end_month":
            return EventDate(_last_day(d.year, d.month), Precision.DAY, text)
        return EventDate(d, Precision.MONTH, text)
    if kind == "end_period":
        period = re.search(_PERIOD, low)
        assert period is not None
        year = pub.year + (1 if "next" in low else 0)
        if period.group() == "year":
            return EventDate(dt.date(year, 12, 31), Precision.DAY, text)
        if period.group() == "month":
            y, m = pub.year, pub.month + (1 if "next" in low else 0)
            if m > 12:
                y, m = y + 1, 1
            return EventDate(_last_day(y, m), Precision.DAY, text)
        if period.group() == "quarter":
            q_end = ((pub.month - 1) // 3 + 1) * 3
            return EventDate(_last_day(pub.year, q_end), Precision.DAY, text)
        end = pub + dt.timedelta(days=6 - pub.weekday())
        return EventDate(end, Precision.DAY, text)
    if kind == "end_school":
        # The academic year ends with June: the one under way, or the next one from July.
        year = pub.year if pub.month < 7 else pub.year + 1
        if "next" in low:
            year += 1
        return EventDate(dt.date(year, 6, 30), Precision.DAY, text)
    if kind == "end_season":
        year = pub.year if pub.month < 7 else pub.year + 1
        return EventDate(dt.date(year, 1, 1), Precision.YEAR, text)
    if kind == "relative":
        return _relative(low, text, pub)
    if kind == "ago":
        n_word, unit = low.split()[0], low.split()[1].rstrip("s")
        n = int(n_word) if n_word.isdigit() else _NUMBERS.get(n_word, 1)
        if unit == "day":
            return EventDate(pub - dt.timedelta(days=n), Precision.DAY, text)
        if unit == "week":
            d = pub - dt.timedelta(weeks=n)
            return EventDate(d.replace(day=1), Precision.MONTH, text)
        if unit == "month":
            y, m = divmod(pub.year * 12 + pub.month - 1 - n, 12)
            return EventDate(dt.date(y, m + 1, 1), Precision.MONTH, text)
        return EventDate(dt.date(pub.year - n, 1, 1), Precision.YEAR, text)
    if kind == "season":
        season = re.search(_SEASON, low)
        assert season is not None
        start = _SEASON_MONTH[season.group()]
        year = pub.year
        if direction != "past" and pub.month > start + 2:
            year += 1
        if direction == "past" and pub.month < start:
            year -= 1
        return EventDate(dt.date(year, 1, 1), Precision.YEAR, text)
    return None


def _strip_preposition(text: str) -> str:
    return re.sub(
        r"^(?:in|by|since|until|from|during|of|on|through|before|after)\s+",
        "",
        text,
        flags=re.IGNORECASE,
    )


def _absolute(kind: str, text: str) -> EventDate | None:
    year = int(re.findall(r"\b\d{4}\b", text)[-1])
    if kind == "year":
        return EventDate(dt.date(year, 1, 1), Precision.YEAR, text)
    if kind in ("quarter", "season"):
        return EventDate(dt.date(year, 1, 1), Precision.YEAR, text)
    name = re.search(_MONTH, text, re.IGNORECASE)
    if name is None:
        return None
    month = _month_number(name.group())
    if month is None:
        return None
    if kind in ("month_day", "day_month"):
        day = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b(?!\d)", text.replace(str(year), ""))
        if day is None:
            return None
        try:
            return EventDate(dt.date(year, month, int(day.group(1))), Precision.DAY, text)
        except ValueError:
            return None
    if kind == "end_month":
        return EventDate(_last_day(year, month), Precision.DAY, text)
    return EventDate(dt.date(year, month, 1), Precision.MONTH, text)


def _relative(low: str, text: str, pub: dt.date) -> EventDate | None:
    words = low.split()
    unit = words[-1]
    step = {"last": -1, "next": 1}.get(words[0], 0)
    if unit == "year":
        return EventDate(dt.date(pub.year + step, 1, 1), Precision.YEAR, text)
    if unit == "month":
        y, m = divmod(pub.year * 12 + pub.month - 1 + step, 12)
        return EventDate(dt.date(y, m + 1, 1), Precision.MONTH, text)
    if unit == "week":
        d = pub + dt.timedelta(weeks=step)
        return EventDate(d.replace(day=1), Precision.MONTH, text)
    if unit == "quarter":
        return EventDate(dt.date(pub.year, 1, 1), Precision.YEAR, text)
    if unit in _SEASON_MONTH:
        start = _SEASON_MONTH[unit]
        year = pub.year + step
        if step == 1 and pub.month < start:
            year = pub.year
        if step == -1 and pub.month > start + 2:
            year = pub.year
        return EventDate(dt.date(year, 1, 1), Precision.YEAR, text)
    return None


def _after(a: EventDate, pub: dt.date) -> bool:
    if a.precision is Precision.YEAR:
        return a.value.year > pub.year
    if a.precision is Precision.MONTH:
        return (a.value.year, a.value.month) > (pub.year, pub.month)
    return a.value > pub


def _trie(words: list[str]) -> str:
    """An alternation of ``words`` with shared beginnings factored out, so that the
    regular expression engine tries each letter once rather than each word."""
    heads: dict[str, list[str]] = {}
    ends = False
    for word in words:
        if word:
            heads.setdefault(word[0], []).append(word[1:])
        else:
            ends = True
    if not heads:
        return ""
    parts = [re.escape(head) + _trie(rest) for head, rest in sorted(heads.items())]
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    return f"(?:{body})?" if ends else body


@functools.cache
def _scan_pattern() -> str:
    """:data:`EXPRESSION_RE` tried only where a word begins that is a number (its
    first character a decimal digit) or one of ``data/date_starters.txt`` (in any
    case, ASCII letters only: a word whose lower case is in the list)."""
    starters = sorted(lexicon.words("date_starters.txt"))
    if not all(w.isascii() and w.isalpha() for w in starters):
        raise ValueError("date_starters.txt: a starter is a word of ASCII letters")
    return rf"(?<!\w)(?=(?a:{_trie(starters)})(?!\w)|\d)(?:{EXPRESSION_RE.pattern})"


@functools.cache
def _scan_re() -> re.Pattern[str]:
    """:func:`_scan_pattern` compiled as written (for a span :func:`_scan` cannot
    read in lower case)."""
    return re.compile(_scan_pattern(), EXPRESSION_RE.flags)


#: Groups of :data:`EXPRESSION_RE` inside the group that names the kind.
_INNER_GROUPS = frozenset({"season_years", "end_year", "school_years"})


@functools.cache
def _folded_scan_re() -> re.Pattern[str]:
    """:func:`_scan_re` for a text in lower case (see :func:`_lower_case`)."""
    return _lower_case(_scan_pattern(), EXPRESSION_RE.flags)


def _scan(text: str, start: int, end: int) -> Iterator[tuple[str, int, int]]:
    """The kind, start and end of EXPRESSION_RE's matches in ``text[start:end]``, as
    ``finditer`` would give them, tried only at words that can begin one
    (``data/date_starters.txt``, numbers): many times faster on plain prose than
    trying at every character. The span (and the character before it, which decides
    whether a word begins) is matched in lower case (:func:`_folded_scan_re`)."""
    base = max(0, start - 1)
    if _UNFOLDABLE_RE.search(text, base, end) is None:
        matches = _folded_scan_re().finditer(text[base:end].lower(), start - base)
    else:
        base = 0
        matches = _scan_re().finditer(text, start, end)
    for m in matches:
        kind = m.lastgroup
        if kind is None or kind in _INNER_GROUPS:
            kind = next(k for k, v in m.groupdict().items() if v is not None)
        yield kind, m.start() + base, m.end() + base


@attrs.frozen
class _Expression:
    kind: str
    text: str
    start: int
    end: int
    effective: bool
    leading: bool = False  # opens the sentence and is set off by a comma
    #: "next year's election", "Monday's meeting": it dates the noun after it
    possessive: bool = False


def find_expressions(text: str, start: int, end: int) -> list[_Expression]:
    """Time expressions in ``text[start:end]`` (character offsets in the document)."""
    out = []
    for kind, m_start, m_end in _scan(text, start, end):
        words = text[m_start:m_end]
        prefix = text[max(start, m_start - 12) : m_start]
        effective = (
            kind == "immediate"
            or words.split()[0].lower() in _EFFECTIVE_LEADS
            or bool(_EFFECTIVE_PREFIX.search(text, max(start, m_start - 40), m_start))
        )
        # "serve through the end of the year, when she will retire": the time a
        # when-clause after it tells of is no tenure's end but the change's
        when_after = _WHEN_AFTER_RE.match(text, m_end, end) is not None
        if (
            kind not in ("month", "year", "season_year")
            and not effective
            and not when_after
            and _EXCLUDING_PREFIX.search(prefix)
        ):
            continue
        lead = words.split()[0].lower()
        if lead in ("since", "from", "through", "until", "of", "before", "after") and not (
            when_after and lead in ("through", "until")
        ):
            continue
        if kind == "month" and _NAMED_AFTER_RE.match(text, m_end, end):
            continue  # "replaced by June Park": a given name, not a month
        before = text[start:m_start]
        leading = (
            before.strip().lower() in ("", "on", "late on", "early on")
            and text[m_end : m_end + 1] == ","
        ) or _STATEMENT_OPENING_RE.fullmatch(before) is not None
        possessive = text[m_end : m_end + 2] in ("'s", "\u2019s")
        out.append(_Expression(kind, words, m_start, m_end, effective, leading, possessive))
    # "Monday, April 6": the weekday names the day of the date after it
    return [
        e
        for i, e in enumerate(out)
        if not (
            e.kind == "weekday"
            and i + 1 < len(out)
            and out[i + 1].kind == "month_day"
            and text[e.end : out[i + 1].start].strip() in ("", ",")
        )
    ]


#: A relative clause set off by commas: its times belong to it, not to the main verb.
_RELATIVE_CLAUSE_RE = re.compile(r",\s*(?P<rel>who|which|whose)\b[^,;()]{0,200}(?:,|$)", re.I)


#: A subordinate clause with a subject of its own, named or a pronoun: "after
#: communications director Lena Hoff announced in December she would go", "two
#: years after he was dismissed in January 2021". Its times are its own.
_SUBORDINATE_CLAUSE_RE = re.compile(
    r"\b(?:after|before|when|while|because|although)\s+(?:(?:he|she|they)|(?:[a-z]+\s+){0,3}"
    r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})\s+"
    r"(?:\w+ed|said|says|left|quit|took|went|was|were|had|has|is)\b[^.;]{0,200}"
)


#: Words one of which opens every subordinate clause (:data:`_SUBORDINATE_CLAUSE_RE`):
#: a span without any of them has none, and is not searched.
_SUBORDINATORS = ("after", "before", "when", "while", "because", "although")
#: A background clause: its span, and for a whose-clause the word before it (else None).
_Clause: TypeAlias = tuple[int, int, str | None]


def _clauses(text: str, start: int, end: int) -> list[_Clause]:
    """The relative and subordinate clauses in ``text[start:end]`` (see
    :func:`background_clauses`), each whose-clause with the word before it."""
    out: list[_Clause] = []
    for m in _RELATIVE_CLAUSE_RE.finditer(text, start, end):
        owner = None
        if m.group("rel").lower() == "whose":
            before = text[max(start, m.start() - 40) : m.start()].split()
            owner = before[-1].lower() if before else ""
        out.append((m.start(), m.end(), owner))
    if any(text.find(word, start, end) >= 0 for word in _SUBORDINATORS):
        for m in _SUBORDINATE_CLAUSE_RE.finditer(text, start, end):
            out.append((m.start(), m.end(), None))
    return out


def _kept(clauses: list[_Clause], person: str) -> list[tuple[int, int]]:
    surname = person.split()[-1].lower() if person.split() else ""
    return [(b0, b1) for b0, b1, owner in clauses if owner is None or owner != surname]


def background_clauses(text: str, start: int, end: int, person: str = "") -> list[tuple[int, int]]:
    """Spans of ", who joined in 2015," clauses and of subordinate clauses with their
    own named subject ("after Y announced in December") in ``text[start:end]``. A whose-clause
    right after the person's own name ("Y, whose term ends on Tuesday") tells of them
    and is kept."""
    return _kept(_clauses(text, start, end), person)


@attrs.define
class _Seen:
    """What was found in the spans of one document so far: the time expressions
    and the background clauses of each span are looked for once (the lists are
    shared: callers do not change them)."""

    text: str
    expressions: dict[tuple[int, int], list[_Expression]] = attrs.field(factory=dict)
    clauses: dict[tuple[int, int], list[_Clause]] = attrs.field(factory=dict)

    def expressions_in(self, start: int, end: int) -> list[_Expression]:
        """:func:`find_expressions` in ``text[start:end]``."""
        found = self.expressions.get((start, end))
        if found is None:
            found = self.expressions[(start, end)] = find_expressions(self.text, start, end)
        return found

    def background(self, start: int, end: int, person: str = "") -> list[tuple[int, int]]:
        """:func:`background_clauses` in ``text[start:end]``."""
        found = self.clauses.get((start, end))
        if found is None:
            found = self.clauses[(start, end)] = _clauses(self.text, start, end)
        return _kept(found, person)


class Normalizer(Protocol):
    """Turns one time expression into an :class:`EventDate`.

    ``kind`` is the name of the :data:`EXPRESSION_RE` group that matched ("month_day",
    "weekday", "relative", ...), ``expr`` the words, ``published`` the reference
    date (None when unknown) and ``direction`` "past", "future" or "nearest"
    (where the tense points). Return None when the expression gives no date.
    """

    def __call__(
        self, kind: str, expr: str, published: dt.date | None, direction: str
    ) -> EventDate | None: ...


class DateStage:
    """Adds a date to each candidate and settles the status the words left open.

    Reads ``candidates`` (their trigger, its form, whether the tense settled the
    status) and writes them back dated. ``normalizer`` replaces :func:`normalize`
    (the grammar that finds expressions and ties them to candidates stays)."""

    name = "dates"
    requires: tuple[str, ...] = ("candidates", "sentences")
    provides: tuple[str, ...] = ("dates",)

    def __init__(self, normalizer: Normalizer | None = None) -> None:
        self.normalize: Normalizer = normalizer if normalizer is not None else normalize

    def __call__(self, doc: Document) -> Document:
        # Dates in the head of the document ("WASHINGTON, Dec. 3 -") date the document.
        skip_before = doc.dateline.end if doc.dateline is not None else 0
        seen = _Seen(doc.text)  # what each span holds, looked for once
        by_span: dict[tuple[int, int], list[Candidate]] = {}
        for c in doc.candidates:
            by_span.setdefault(c.span, []).append(c)
        out: list[Candidate] = []
        for c in doc.candidates:
            exprs = seen.expressions_in(max(c.span[0], skip_before), c.span[1])
            # Other changes told in the sentence own the times nearest them; a
            # participle ("will become president on April 1, replacing Y") shares
            # the time of its main verb.
            others = [
                o.trigger.span
                for o in by_span[c.span]
                if o.trigger.span != c.trigger.span
                and o.person_name != c.person_name
                and not o.trigger.participle
            ]
            out.append(
                self._date_candidate(
                    doc, c, exprs, others, skip_before, seen, _main_verb(c, by_span)
                )
            )
        out = self._coordinated(out, seen)
        out = self._succession_sides(doc, out, seen)
        out = self._predecessor_time(out)
        out = self._narrative_present(doc, out, seen)
        out = self._effective_for_all(doc, out, skip_before, seen)
        doc.candidates = self._timeline(doc, out, skip_before, seen)
        return doc

    def _timeline(
        self, doc: Document, cands: list[Candidate], skip_before: int, seen: _Seen
    ) -> list[Candidate]:
        """'The State Council appointed several officials on Wednesday. X was named
        deputy head. Y became inspector.': a change told without a time of its own
        happened on the occasion the text last told before it, on one day at most
        :data:`OCCASION_DAYS` before publication. An occasion is a sentence that tells
        changes at large ("appointed several officials", "received new appointments",
        words no candidate of the sentence was found from): it dates every later
        change. A dated change is an occasion only for its own people and the changes
        told with them ("X took over on Wednesday. X has replaced Y."), and for the
        same act told again of another with "also", "likewise", "further" ("The
        president appointed X on Tuesday. He also appointed Y."). Changes to
        come, sentences with a time of their own, and times in another person's
        background (relative clauses, years, months) are never dated this way."""
        pub = doc.published
        if pub is None:
            return cands
        # The changes an occasion may date: only the sentences before the last of
        # them are looked at for one.
        undated = [
            c.sentence
            for c in cands
            if c.date is None
            and c.status is not Status.FUTURE
            and not seen.expressions_in(max(c.span[0], skip_before), c.span[1])
        ]
        if not undated:
            return cands
        # sentence -> (day, the people it is the occasion of; None for everyone)
        occasions: dict[int, tuple[EventDate, list[Candidate] | None]] = {}
        # Candidates by sentence, and triggers by where they start: a long text has
        # thousands of each, and each sentence looks only at its own.
        by_sentence: dict[int, list[Candidate]] = {}
        for c in cands:
            by_sentence.setdefault(c.sentence, []).append(c)
        for c in cands:
            if c.date is not None and _recent(c.date, pub) and _status(c) is Status.PAST:
                occasions.setdefault(c.sentence, (c.date, by_sentence[c.sentence]))
        triggers = sorted({c.trigger.span for c in cands})
        trigger_starts = [t0 for t0, _ in triggers]
        reach = max(0, *(t1 - t0 for t0, t1 in triggers))

        def on_trigger(first: int, end: int) -> bool:
            """A trigger holds ``first`` or starts in ``[first, end)`` (only
            triggers starting within ``reach`` before ``first`` can hold it)."""
            lo = bisect.bisect_left(trigger_starts, first - reach)
            hi = bisect.bisect_left(trigger_starts, end)
            return any(t0 <= first < t1 or first <= t0 < end for t0, t1 in triggers[lo:hi])

        for si, sent in enumerate(doc.sentences[: max(undated)]):
            if sent.end <= skip_before:
                continue
            sentence = doc.text[sent.start : sent.end]
            words = [
                m
                for m in _OCCASION_RE.finditer(sentence)
                if not on_trigger(sent.start + m.start(), sent.start + m.end())
            ]
            if not words:
                continue
            # The clauses that tell an occasion done: one with an occasion word and
            # neither a future nor a plan ("and Kessa is expected to make changes
            # later this week" is no occasion, the clause before it may be).
            done = [
                (sent.start + c0, sent.start + c1)
                for c0, c1 in _sentence_clauses(sentence)
                if any(c0 <= m.start() < c1 for m in words)
                and not _FUTURE_CLAUSE_RE.search(sentence[c0:c1])
                and not _PLANNED_CLAUSE_RE.search(sentence, c0, c1)
            ]
            if not done:
                continue
            start = max(sent.start, skip_before)
            background = seen.background(start, sent.end)
            days = set()
            for e in seen.expressions_in(start, sent.end):
                if e.kind in ANAPHORIC or any(b0 <= e.start < b1 for b0, b1 in background):
                    continue
                if not any(c0 <= e.start < c1 for c0, c1 in done):
                    continue
                d = self.normalize(e.kind, e.text, pub, "past")
                if d is not None and _recent(d, pub):
                    days.add(d)
            if len(days) == 1:
                occasions[si] = (days.pop(), None)
        out = list(cands)
        order = sorted(occasions)
        for idx, c in enumerate(cands):
            if c.date is not None or c.status is Status.FUTURE:
                continue
            if seen.expressions_in(max(c.span[0], skip_before), c.span[1]):
                # The sentence has a time of its own that is not this change's: another
                # change's, or a background ("a day after Y resigned in December 2018").
                continue
            told_with = by_sentence[c.sentence]
            # "He also appointed Y": the same act again, on the same occasion
            again = _ADDITIVE_RE.search(doc.text, c.span[0], c.span[1]) is not None
            for si in reversed(order[: bisect.bisect_left(order, c.sentence)]):
                date, of_people = occasions[si]
                if (
                    of_people is None
                    or any(_same(a, b) for a in told_with for b in of_people)
                    or (again and any(_same_act(c, b) for b in of_people))
                ):
                    out[idx] = c.but(date=date, status=Status.PAST)
                    break
        return out

    @staticmethod
    def _coordinated(cands: list[Candidate], seen: _Seen) -> list[Candidate]:
        """'X resigned as chancellor and Y quit as health secretary on Tuesday': changes
        of one kind told together in one sentence share its one time. A change told
        in a background clause is that person's alone: in "Y takes over from X,
        who became CEO in May" May is X's, not Y's, and "Y replaces X, who retired
        in February" dates X's departure; but "X, who joined in 1993, was named CEO"
        is two changes, the naming undated."""
        out = list(cands)
        by_span: dict[tuple[int, int], list[Candidate]] = {}
        for c in cands:
            by_span.setdefault(c.span, []).append(c)

        def clause_of(c: Candidate) -> tuple[int, int] | None:
            start = c.trigger.start
            return next(((b0, b1) for b0, b1 in seen.background(*c.span) if b0 <= start < b1), None)

        for idx, c in enumerate(cands):
            if c.date is not None:
                continue
            alike = [
                o
                for o in by_span[c.span]
                if o.date is not None and o.type is c.type and _status(o) is _status(c)
            ]
            if not alike:
                continue  # nothing to share: the clauses are not looked for
            mine = clause_of(c)
            dates = {
                o.date
                for o in alike
                if clause_of(o) in (None, mine) or (_same(o, c) and c.rule.succession)
            }
            if len(dates) == 1:
                out[idx] = c.but(date=dates.pop())
        return out

    @staticmethod
    def _succession_sides(doc: Document, cands: list[Candidate], seen: _Seen) -> list[Candidate]:
        """'X stepped down in 2019 and was succeeded by Y': the two sides of one
        succession happen at one time; an undated side takes the other's, unless
        that time was told in a background clause ("Y replaces X, who retired in
        February": February is X's departure, not Y's start)."""

        dated = {
            c.trigger.span: c.date
            for c in cands
            if c.rule.succession and c.date is not None and _own_time(doc, c, c.date, seen)
        }
        return [
            c.but(date=dated[c.trigger.span])
            if c.date is None and c.rule.succession and c.trigger.span in dated
            else c
            for c in cands
        ]

    @staticmethod
    def _predecessor_time(cands: list[Candidate]) -> list[Candidate]:
        """'X will retire on Jan. 1. Y will succeed her.': a succession told with no
        time takes the one the text gives the predecessor's departure, told of the
        same person with the same status at most :data:`NARRATIVE_SENTENCES`
        before or after; both sides of it, since one goes as the other comes."""
        leaving = [
            c
            for c in cands
            if c.type is EventType.END and c.date is not None and not c.rule.succession
        ]
        if not leaving:
            return cands
        sides: dict[tuple[int, int], list[Candidate]] = {}
        for c in cands:
            if c.rule.succession:
                sides.setdefault(c.trigger.span, []).append(c)
        dated: dict[tuple[int, int], EventDate] = {}
        for span, told in sides.items():
            gone = [c for c in told if c.type is EventType.END]
            if not gone or any(c.date is not None for c in told):
                continue
            days = {
                e.date
                for e in leaving
                for g in gone
                if e.date is not None
                and abs(e.sentence - g.sentence) <= NARRATIVE_SENTENCES
                and _same(e, g)
                and _status(e) is _status(g)
            }
            if len(days) == 1:
                dated[span] = days.pop()
        return [
            c.but(date=dated[c.trigger.span])
            if c.trigger.span in dated and c.rule.succession
            else c
            for c in cands
        ]

    @staticmethod
    def _narrative_present(doc: Document, cands: list[Candidate], seen: _Seen) -> list[Candidate]:
        """'Kishida reshuffled his cabinet on Wednesday, appointing Kamikawa. Kamikawa
        replaces Hayashi.': a change told in the present tense with no time of its own
        happens when the dated change told just before it does, unless that change
        was told in a background clause ("Y, who said on Monday he was leaving")."""
        out = list(cands)
        for idx, c in enumerate(cands):
            if c.tense_settled or out[idx].date is not None:
                continue
            here = doc.sentence_at(c.span[0])
            for back_idx in range(idx - 1, -1, -1):
                prev = out[back_idx]
                back = here - doc.sentence_at(prev.span[0])
                if back > NARRATIVE_SENTENCES:
                    break
                if (
                    back > 0
                    and prev.date is not None
                    and prev.date.precision is Precision.DAY
                    and _own_time(doc, prev, prev.date, seen)
                ):
                    out[idx] = out[idx].but(date=prev.date, status=_status(prev))
                    break
        return out

    def _effective_for_all(
        self, doc: Document, cands: list[Candidate], skip_before: int, seen: _Seen
    ) -> list[Candidate]:
        """'The changes take effect Oct. 17.', 'The new ministers will be sworn in on
        Friday.': a sentence that tells no change of its own but when the changes
        take effect dates every change the text left undated."""
        if not cands or all(c.date is not None for c in cands):
            return cands
        if not _may_take_effect(doc.text):
            return cands
        told = {c.span for c in cands}
        for sent in doc.sentences:
            if (sent.start, sent.end) in told or sent.end <= skip_before:
                continue
            sentence = doc.text[sent.start : sent.end]
            if not _may_take_effect(sentence) or _TAKES_EFFECT_RE.search(sentence) is None:
                continue
            exprs = seen.expressions_in(max(sent.start, skip_before), sent.end)
            if len(exprs) != 1:
                continue
            date = self.normalize(
                exprs[0].kind, exprs[0].text, doc.published, _clause_tense(sentence)
            )
            if date is None:
                continue
            status = None
            if doc.published is not None:
                status = Status.FUTURE if _after(date, doc.published) else Status.PAST
            return [
                c if c.date is not None else c.but(date=date, status=status or _status(c))
                for c in cands
            ]
        return cands

    def _date_candidate(
        self,
        doc: Document,
        c: Candidate,
        exprs: list[_Expression],
        others: list[tuple[int, int]],
        skip_before: int,
        seen: _Seen,
        main: Candidate | None = None,
    ) -> Candidate:
        # A noun ("announced his resignation", "confirmed the sacking of X") tells no
        # tense of its own: its time decides whether it has happened.
        undetermined = not c.tense_settled or c.trigger.form is Form.NOUN
        # "X is retiring as CEO; his daughter will take over in January": a time
        # past a semicolon is the other clause's
        exprs = [
            e
            for e in exprs
            if ";" not in _between(doc.text, e, c.trigger.span)
            and (not e.possessive or _modifies(doc.text, e, c))
        ]
        # (with no expression there is nothing to choose: the clauses are not looked for)
        background = seen.background(*c.span, c.person_name) if exprs else []
        chosen = _nearest(exprs, c.trigger.span, others, background)
        if main is not None and (chosen is None or chosen.end <= c.trigger.start):
            # "elected X on Sunday, replacing Y": the participle has its main verb's
            # tense; a time after it ("replacing Y, whose term ends Friday") decides
            c = c.but(status=main.status, tense_settled=True)
            undetermined = False
        if chosen is None:
            return c
        if chosen.kind == "immediate":
            # "announced last week his resignation, effective immediately": when it was told.
            told = _nearest([e for e in exprs if e.kind != "immediate"], c.trigger.span, others, [])
            if told is not None and (undetermined or c.status is not Status.FUTURE):
                chosen = attrs.evolve(told, effective=True)
        reported = _time_of_telling(doc.text, chosen, c)
        if (
            reported
            and not undetermined
            and c.status is Status.FUTURE
            and c.type is not EventType.NOMINATE
            and not _infinitive(doc.text, c)
        ):
            # "announced Tuesday she will resign": Tuesday is when it was told, and
            # the change is still ahead; only a time of its own dates it
            rest = [e for e in exprs if e is not chosen]
            chosen = _nearest(rest, c.trigger.span, others, background)
            if chosen is None or _time_of_telling(doc.text, chosen, c):
                return c
            reported = False
        effect = _effect_tense(doc.text, c)
        if reported:
            direction = "past"
        elif effect is not None:
            # "Her resignation takes effect on January 5": the next January 5
            direction = effect
        elif chosen.effective and not undetermined and c.status is Status.FUTURE:
            # "would be promoted to president, effective Jan. 1": the next Jan. 1
            direction = "future"
        elif undetermined or chosen.effective:
            # "resigned, effective March 31": the resignation is past, its effect may not be.
            direction = "nearest"
        else:
            direction = "future" if c.status is Status.FUTURE else "past"
        if chosen.kind in ANAPHORIC:
            date = _anaphor(doc, chosen, skip_before, self.normalize)
        else:
            date = self.normalize(chosen.kind, chosen.text, doc.published, direction)
        if date is None:
            return c
        status = _status(c)
        if doc.published is not None and (undetermined or chosen.effective):
            status = Status.FUTURE if _after(date, doc.published) else Status.PAST
        elif reported and c.type is EventType.NOMINATE:
            # "Biden said on Monday that he would nominate X": saying it is nominating.
            status = Status.PAST
        elif reported and c.status is Status.FUTURE and _infinitive(doc.text, c):
            # "On Friday, Acme appointed X to succeed Y": the infinitive is the
            # appointment's purpose, done on the day the past clause tells.
            status = Status.PAST
        return c.but(date=date, status=status)


#: A verb of taking effect after a noun trigger ("her resignation takes effect
#: Monday", "his retirement became effective in May"), in the noun's clause.
_EFFECT_AFTER_RE = re.compile(
    r"[^,;:]{0,60}?\b(?:(takes|will\s+take|becomes|will\s+become|is\s+to\s+take)"
    r"|(took|became|had\s+taken))\s+(?:effect|effective)\b",
    re.IGNORECASE,
)


#: A preposition that times a change by an occasion ("at next month's meeting").
_OCCASION_BEFORE_RE = re.compile(
    r"\b(?:at|after|following|during|before|until|by)\s+$", re.IGNORECASE
)
#: How many words may stand between a possessive time and the noun trigger it
#: dates ("Tuesday's surprise resignation").
_POSSESSIVE_REACH = 2


def _modifies(text: str, e: _Expression, c: Candidate) -> bool:
    """A possessive time ("next year's", "Monday's") dates the noun after it: the
    change's when that noun is its trigger ("Monday's resignation of X") or an
    occasion the change is timed by ("after next month's meeting"), not in "will
    resign to run in next year's election"."""
    if _OCCASION_BEFORE_RE.search(text, max(0, e.start - 12), e.start):
        return True
    between = text[e.end + 2 : c.trigger.start]
    return (
        e.end <= c.trigger.start
        and len(between.split()) <= _POSSESSIVE_REACH
        and (not between.strip() or between[:1].isspace())
    )


def _effect_tense(text: str, c: Candidate) -> str | None:
    """Where a noun trigger's time points when a verb of taking effect follows it
    in its clause: "future" ("takes effect", "will become effective"), "past"
    ("took effect"), else None."""
    if c.trigger.form is not Form.NOUN:
        return None
    m = _EFFECT_AFTER_RE.match(text, c.trigger.end, c.span[1])
    if m is None:
        return None
    return "future" if m.group(1) else "past"


def _main_verb(c: Candidate, by_span: dict[tuple[int, int], list[Candidate]]) -> Candidate | None:
    """For a participle with no tense of its own ("replacing Y"), the change told by
    the finite verb before it in the sentence, if that verb settled its tense."""
    if not c.trigger.participle or c.tense_settled or c.trigger.form is Form.NOUN:
        return None
    before = [
        o
        for o in by_span[c.span]
        if o.trigger.end <= c.trigger.start
        and o.tense_settled
        and o.status is not None
        and not o.trigger.participle
    ]
    return max(before, key=lambda o: o.trigger.start) if before else None


def _own_time(doc: Document, c: Candidate, date: EventDate, seen: _Seen) -> bool:
    """The time a change was dated with stands in its sentence outside a background
    clause (a relative or subordinate clause of someone else's)."""
    at = doc.text.find(date.text, c.span[0], c.span[1])
    return at >= 0 and not any(b0 <= at < b1 for b0, b1 in seen.background(*c.span))


def _time_of_telling(text: str, e: _Expression, c: Candidate) -> bool:
    """The expression dates the telling of ``c``'s change rather than the change: a
    past verb of telling or another past verb governs it ("said on Monday", "On
    Friday, Acme appointed", "voted on Monday night to replace"). A time said to
    be when the change takes effect never is."""
    return not e.effective and (
        _reported(text, e, c.span)
        or _leading_past(text, e, c.span)
        or _past_verb_before(text, e, c)
    )


def _reported(text: str, e: _Expression, sentence: tuple[int, int]) -> bool:
    """The expression stands beside a past verb of telling: "said on Monday",
    "announced Tuesday", "On Friday, the club confirmed"."""
    if _REPORTED_BEFORE_RE.search(text, max(sentence[0], e.start - 30), e.start):
        return True
    # Only a time that opens the sentence governs the verb after it: in "X will join
    # in 2026, the orchestra announced on Tuesday" 2026 is the joining's.
    return (
        e.leading
        and _REPORTED_AFTER_RE.search(text[e.end : min(sentence[1], e.end + 60)]) is not None
    )


_PAST_VERB_BEFORE_RE = re.compile(
    r"(?<![\w.-])([a-z]+ed)\s+(?:(?:[\w-]*\d[\w-]*|[a-z]+ly)\s+)?(?:(?:on|late|early)\s+)?$"
)
_NOT_FINITE = frozenset({"be", "been", "being", "will", "to", "would", "shall", "is", "are"})


def _past_verb_before(text: str, e: _Expression, c: Candidate) -> bool:
    """A past verb other than the trigger governs the time: "the caucus voted
    54-to-44 on Monday night to replace X"."""
    start = max(c.span[0], e.start - 40)
    m = _PAST_VERB_BEFORE_RE.search(text, start, e.start)
    if m is None or c.trigger.start <= m.start(1) < c.trigger.end:
        return False
    before = text[max(c.span[0], m.start(1) - 12) : m.start(1)].split()
    return not (before and before[-1].lower() in _NOT_FINITE)


def _infinitive(text: str, c: Candidate) -> bool:
    """The trigger is a to-infinitive ("to succeed", "to replace"): the text before it,
    white space stripped, ends in " to" (only those last characters are looked at,
    not the whole text before the trigger, which a long text made quadratic)."""
    if c.trigger.form is not Form.BASE:
        return False
    end = c.trigger.start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return text[max(0, end - 3) : end].lower() == " to"


#: Words after a time that opens the sentence: a past verb ("On Friday, Acme
#: appointed ..."), or a word that makes the clause one to come.
_PAST_VERB = re.compile(r"[a-z]+ed|was|were|had|took|made|gave|became|caught|chose|left|quit")
_FUTURE_WORDS = frozenset({"will", "shall", "would", "'ll", "set", "due", "expected", "to"})
#: Words before an -ed word that make it an adjective ("the newly appointed chairwoman").
_ADJECTIVE_BEFORE = frozenset(
    {"the", "a", "an", "its", "his", "her", "their", "newly", "recently", "just", "freshly"}
)


def _leading_past(text: str, e: _Expression, sentence: tuple[int, int]) -> bool:
    """A time that opens the sentence ("On Friday, Acme appointed X to succeed Y")
    has the tense of the sentence's first verb, whatever the change's own form;
    "On Monday, the newly appointed chairwoman will take over" is not past."""
    if not e.leading:
        return False
    words = re.findall(r"[\w'\u2019-]+", text[e.end : min(sentence[1], e.end + 80)])[:8]
    for k, word in enumerate(words):
        low = word.lower()
        if low in _FUTURE_WORDS:
            return False
        if _PAST_VERB.fullmatch(word) and not (k and words[k - 1].lower() in _ADJECTIVE_BEFORE):
            return True
    return False


def _clause_tense(sentence: str) -> str:
    """Where a sentence that says when changes take effect points: "will be sworn in
    on Friday" ahead, "were sworn in on Friday" back, else to the nearer."""
    if _FUTURE_CLAUSE_RE.search(sentence):
        return "future"
    if _PAST_CLAUSE_RE.search(sentence):
        return "past"
    return "nearest"


def _same(a: Candidate, b: Candidate) -> bool:
    """One person: one entity, or a name whose last word the other name holds ("Gen
    Muhoozi" and "Gen Muhoozi Kainerugaba" where coreference kept them apart)."""
    if a.entity is not None and a.entity == b.entity:
        return True
    wa, wb = a.person_name.lower().split(), b.person_name.lower().split()
    if not wa or not wb:
        return False
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return short[-1] in long


def _same_act(a: Candidate, b: Candidate) -> bool:
    """One act told again of another person: the same verb with its person as the
    object ("appointed X ... also appointed Y", "hired X ... Y was hired")."""
    done_to = (Rule.OBJECT, Rule.OBJECT_LIST, Rule.PASSIVE)
    return (
        a.rule in done_to
        and b.rule in done_to
        and a.trigger.trigger.lemma == b.trigger.trigger.lemma
        and a.type is b.type
    )


def _recent(d: EventDate, pub: dt.date) -> bool:
    """A day at most :data:`OCCASION_DAYS` before publication (or on it)."""
    return d.precision is Precision.DAY and 0 <= (pub - d.value).days <= OCCASION_DAYS


def _status(c: Candidate) -> Status:
    """The status as an event reports it: past unless something said otherwise."""
    return c.status or Status.PAST


#: Expressions that count from a day the text named before them.
ANAPHORIC = frozenset({"later", "that_day"})
#: How far back (in characters) the day an anaphor counts from may stand.
ANAPHOR_REACH = 600


def _anaphor(
    doc: Document, expr: _Expression, skip_before: int, normalizer: Normalizer
) -> EventDate | None:
    """'four days later', 'on that date': the last day named before, moved on."""
    start = max(skip_before, expr.start - ANAPHOR_REACH)
    for prev in reversed(find_expressions(doc.text, start, expr.start)):
        if prev.kind in ANAPHORIC:
            continue
        base = normalizer(prev.kind, prev.text, doc.published, "nearest")
        if base is None or base.precision is not Precision.DAY:
            continue
        low = expr.text.lower()
        if expr.kind == "that_day":
            return EventDate(base.value, Precision.DAY, expr.text)
        if "next" in low or "following" in low:
            days = 1
        else:
            n_word, unit = low.split()[0], low.split()[1].rstrip("s")
            n = int(n_word) if n_word.isdigit() else _NUMBERS.get(n_word, 1)
            days = n * 7 if unit == "week" else n
        try:
            return EventDate(base.value + dt.timedelta(days=days), Precision.DAY, expr.text)
        except OverflowError:  # past 9999-12-31
            return None
    return None


def _between(text: str, e: _Expression, trigger: tuple[int, int]) -> str:
    """The text between an expression and a trigger."""
    return text[e.end : trigger[0]] if e.end <= trigger[0] else text[trigger[1] : e.start]


def _nearest(
    exprs: list[_Expression],
    trigger: tuple[int, int],
    others: list[tuple[int, int]],
    background: list[tuple[int, int]],
) -> _Expression | None:
    """The expression nearest the trigger, not one that another event's trigger
    stands between ("X will step down at the end of June, and the board appointed Y")."""
    effective = [e for e in exprs if e.effective and _distance(e, trigger) <= MAX_DISTANCE]
    if effective:
        # "announced today the appointment of X, effective April 1": when it takes effect
        exprs = effective
    best: tuple[int, _Expression] | None = None
    for e in exprs:
        if any(
            c_start <= e.start and e.end <= c_end and not c_start <= trigger[0] < c_end
            for c_start, c_end in background
        ):
            continue  # "Roe, who joined in 2015, resigned": the clause's own time
        mine = _distance(e, trigger)
        if any(_distance(e, o) < mine for o in others):
            continue  # another event's trigger is nearer: its time, not ours
        dist = mine
        if e.leading and dist > MAX_DISTANCE:
            dist = MAX_DISTANCE  # "On Thursday, X and Y also resigned": the whole sentence
        if dist > MAX_DISTANCE:
            continue
        if best is None or dist < best[0]:
            best = (dist, e)
    return best[1] if best else None


def _distance(e: _Expression, trigger: tuple[int, int]) -> int:
    """Characters between an expression and a trigger; before the trigger counts
    double, since a time after the verb is likelier its own."""
    if e.start >= trigger[1]:
        return e.start - trigger[1]
    if e.end <= trigger[0]:
        return (trigger[0] - e.end) * 2
    return 0
