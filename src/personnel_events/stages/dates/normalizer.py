"""Normalising a time expression to an :class:`~personnel_events.model.EventDate`
against the publication date, in the direction the clause gives."""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from typing import TYPE_CHECKING, Protocol

from ...members import DAY, MONTH, YEAR
from ...model import EventDate
from .expressions import _MONTH, _NUMBERS, _PERIOD, _SEASON, _SEASON_MONTH, _WEEKDAYS

if TYPE_CHECKING:  # pragma: no cover
    from dateparser.date import DateDataParser


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


# The patterns the normaliser applies to each expression, compiled once (``re.search``
# with a string looks its pattern up in ``re``'s cache on every call).
_YEAR_RE = re.compile(r"\b\d{4}\b")
_YEAR_DIGITS_RE = re.compile(r"\d{2,4}")
_PERIOD_RE = re.compile(_PERIOD)
_SEASON_RE = re.compile(_SEASON)
_MONTH_ANY_CASE_RE = re.compile(_MONTH, re.IGNORECASE)
_DAY_NUMBER_RE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\b(?!\d)")
#: A year told by a word after a year-less day or month (``expressions._YEAR_WORD``).
_YEAR_WORD_RE = re.compile(r",?\s+(?:of\s+)?(next|last|this)\s+year$", re.IGNORECASE)
_PREPOSITION_RE = re.compile(
    r"^(?:in|by|since|until|from|during|of|on|through|before|after)\s+", re.IGNORECASE
)

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
    month_day = _month_and_day(expr)
    if month_day is None:
        return None
    month, number = month_day
    if not 1 <= number <= _days_in(base.year, month):
        return None
    return dt.date(base.year, month, number)


@functools.lru_cache(maxsize=4096)
def _month_and_day(expr: str) -> tuple[int, int] | None:
    """The month and the day a year-less "March 5" or "5th of March" names, None
    for other words; cached by the words, which recur with other publication dates."""
    m = _DAY_OF_MONTH_RE.fullmatch(expr)
    if m is None:
        return None
    day, name = (m["d1"], m["m1"]) if m["m1"] is not None else (m["d2"], m["m2"])
    month = _MONTH_NUMBERS.get(name.lower())
    if month is None or not day.isascii():
        return None
    return month, int(day)


def _shift_year(value: dt.date, years: int) -> dt.date:
    try:
        return value.replace(year=value.year + years)
    except ValueError:  # 29 February
        return value.replace(year=value.year + years, day=28)


def _orient(value: dt.date, published: dt.date, direction: str, month_only: bool) -> dt.date:
    """Choose the year of a year-less date by the direction the tense points."""

    # compared by month only, a date is its month's first day (as is ``value``)
    pub = published.replace(day=1) if month_only else published
    if direction == "future" and value < pub:
        return _shift_year(value, 1)
    if direction == "past" and value > pub:
        return _shift_year(value, -1)
    if direction == "nearest":
        options = [_shift_year(value, k) for k in (-1, 0, 1)]
        return min(options, key=lambda d: abs((d - published).days))
    return value


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, _days_in(year, month))


def _days_in(year: int, month: int) -> int:
    """``calendar.monthrange(year, month)[1]`` without the weekday it also works out
    (and the same ValueError for a month outside 1..12)."""
    if not 1 <= month <= 12:
        raise ValueError(f"bad month number {month}; must be 1-12")
    return _MONTH_DAYS[month] + (month == 2 and calendar.isleap(year))


#: The days of each month (1..12) in a common year.
_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


@functools.lru_cache(maxsize=4096)
def normalize(kind: str, expr: str, published: dt.date | None, direction: str) -> EventDate | None:
    """Normalise one matched expression; ``direction`` is past, future or nearest.
    A day that does not exist ("2024-02-30") or lies beyond the calendar (before
    year 1, after 9999) gives None, never an exception."""
    try:
        return _normalize(kind, expr, published, direction)
    except (ValueError, OverflowError):
        return None


class _Depends:
    """What :func:`_fixed` gives for an expression whose date depends on the
    publication date or the direction."""


_DEPENDS = _Depends()

#: The kinds that name their date whatever the publication date and direction.
_FIXED_KINDS = frozenset({"iso", "figures", "season_year", "fiscal"})
#: The kinds that do so when they hold a year in figures.
_FIXED_WITH_YEAR = frozenset(
    {
        "end_school",
        "end_season",
        "month_day",
        "day_month",
        "month_year",
        "part_month",
        "month",
        "end_month",
        "quarter",
        "year",
        "season",
    }
)


@functools.lru_cache(maxsize=4096)
def _fixed(kind: str, text: str) -> EventDate | _Depends | None:
    """The date of an expression that reads neither the publication date nor the
    direction ("2024", "March 5, 2024"), cached by its words alone: the cache of
    :func:`normalize` also keys on the publication date, which documents seldom
    share. :data:`_DEPENDS` for any other expression."""
    try:
        return _fixed_date(kind, text)
    except (ValueError, OverflowError):
        return None


def _fixed_date(kind: str, text: str) -> EventDate | _Depends | None:
    if kind not in _FIXED_KINDS and (kind not in _FIXED_WITH_YEAR or _YEAR_RE.search(text) is None):
        return _DEPENDS
    if kind == "iso":
        return EventDate(dt.date.fromisoformat(text), DAY, text)
    if kind == "figures":
        return _figures(text)
    if kind == "end_school":
        years = [int(y) for y in _YEAR_DIGITS_RE.findall(text)]
        year = years[-1] if years[-1] >= 100 else years[-1] + (years[0] // 100) * 100
        return EventDate(dt.date(year, 6, 30), DAY, text)
    if kind == "season_year" or kind == "end_season":
        years = [int(y) for y in _YEAR_DIGITS_RE.findall(text)]
        year = years[-1]
        if year < 100:
            year += (years[0] // 100) * 100
        return EventDate(dt.date(year, 1, 1), YEAR, text)
    if kind == "fiscal":
        digits = _YEAR_DIGITS_RE.findall(text)[-1]
        year = int(digits) if len(digits) == 4 else 2000 + int(digits)
        return EventDate(dt.date(year, 1, 1), YEAR, text)
    return _absolute(kind, text)


def _normalize(kind: str, expr: str, published: dt.date | None, direction: str) -> EventDate | None:
    text = expr.strip()
    fixed = _fixed(kind, text)
    if not isinstance(fixed, _Depends):
        return fixed
    low = text.lower()
    if published is None:
        return None
    pub = published
    told = _with_year_word(kind, text, pub)
    if told is not None:
        return told
    if kind == "immediate" or kind == "deictic":
        offset = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(" ".join(low.split()), 0)
        return EventDate(pub + dt.timedelta(days=offset), DAY, text)
    if kind == "weekday":
        wd = next(i for i, name in enumerate(_WEEKDAYS) if name in low)
        if direction == "future":
            delta = (wd - pub.weekday()) % 7
        elif direction == "past":
            delta = -((pub.weekday() - wd) % 7)
        else:
            fwd = (wd - pub.weekday()) % 7
            delta = fwd if fwd <= 3 else fwd - 7
        return EventDate(pub + dt.timedelta(days=delta), DAY, text)
    if kind == "day_of_month":
        # "the 1st of next month": that day of the month named
        words = low.split()
        step = {"next": 1, "last": -1}.get(words[-2], 0)
        y, m = divmod(pub.year * 12 + pub.month - 1 + step, 12)
        return EventDate(dt.date(y, m + 1, int(words[0].rstrip("stndrh"))), DAY, text)
    if kind in {"month_day", "day_month"}:
        bare = _strip_preposition(text)
        day = _day_of_month(bare, pub)
        if day is None:
            parsed = _dateparser(bare, pub)
            if parsed is None:
                return None
            day = parsed[0]
        return EventDate(_orient(day, pub, direction, False), DAY, text)
    if kind in {"month", "part_month", "end_month"}:
        month = _month_in(text)
        if month is None:
            return None
        lead = low.split()[0]
        d = dt.date(pub.year, month, 1)
        month_dir = {"last": "past", "past": "past", "next": "future", "since": "past"}.get(
            lead, direction
        )
        d = _orient(d, pub, month_dir, True)
        if kind == "end_month":
            return EventDate(_last_day(d.year, d.month), DAY, text)
        return EventDate(d, MONTH, text)
    if kind == "end_period":
        return _end_of_period(low, text, pub, direction)
    if kind == "end_school":
        # The academic year ends with June: the one under way, or the next one from July.
        year = pub.year if pub.month < 7 else pub.year + 1
        if "next" in low:
            year += 1
        return EventDate(dt.date(year, 6, 30), DAY, text)
    if kind == "end_season":
        year = pub.year if pub.month < 7 else pub.year + 1
        return EventDate(dt.date(year, 1, 1), YEAR, text)
    if kind == "quarter":
        return _part_of_year(low, text, pub, direction)
    if kind == "relative":
        return _relative(low, text, pub)
    if kind == "new_year":
        return EventDate(dt.date(pub.year + 1, 1, 1), YEAR, text)
    if kind == "start_period":
        # the year or month under way; one to come is the next
        step = 1 if direction == "future" else 0
        if "year" in low:
            return EventDate(dt.date(pub.year + step, 1, 1), YEAR, text)
        y, m = divmod(pub.year * 12 + pub.month - 1 + step, 12)
        return EventDate(dt.date(y, m + 1, 1), MONTH, text)
    if kind == "ahead":
        return _ahead_of(low, text, pub, direction)
    if kind == "ago":
        n_word, unit = low.split()[0], low.split()[1].rstrip("s")
        n = int(n_word) if n_word.isdigit() else _NUMBERS.get(n_word, 1)
        if unit == "day":
            return EventDate(pub - dt.timedelta(days=n), DAY, text)
        if unit == "week":
            d = pub - dt.timedelta(weeks=n)
            return EventDate(d.replace(day=1), MONTH, text)
        if unit == "month":
            y, m = divmod(pub.year * 12 + pub.month - 1 - n, 12)
            return EventDate(dt.date(y, m + 1, 1), MONTH, text)
        return EventDate(dt.date(pub.year - n, 1, 1), YEAR, text)
    if kind == "season":
        season = _SEASON_RE.search(low)
        assert season is not None
        start = _SEASON_MONTH[season.group()]
        year = pub.year
        if direction != "past" and pub.month > start + 2:
            year += 1
        if direction == "past" and pub.month < start:
            year -= 1
        return EventDate(dt.date(year, 1, 1), YEAR, text)
    return None


def _with_year_word(kind: str, text: str, pub: dt.date) -> EventDate | None:
    """A day or month whose year a word after it tells ("March 31 next year", "in
    June of last year"): that year counted from publication, whatever the tense."""
    told = _year_word(text)
    if told is None:
        return None
    before, step = told
    dated = _absolute(kind, f"{before} {pub.year + step}")
    return None if dated is None else EventDate(dated.value, dated.precision, text)


@functools.lru_cache(maxsize=4096)
def _year_word(text: str) -> tuple[str, int] | None:
    """The words before a year word and the years it counts from publication
    ("March 31 next year": "March 31", 1); None without one. Cached by the words,
    which recur with other publication dates."""
    m = _YEAR_WORD_RE.search(text)
    if m is None:
        return None
    return text[: m.start()], {"next": 1, "last": -1}.get(m.group(1).lower(), 0)


#: The number an ordinal names: "the end of the third quarter".
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}
_ORDINALS |= {"fourth": 4, "4th": 4}
#: Months in a quarter, a half and a year.
_PERIOD_MONTHS = {"quarter": 3, "half": 6, "year": 12}
_FISCAL_RE = re.compile(r"\b(?:fiscal|financial|fy)")
_END_PERIOD_RE = re.compile(r"year|month|week|quarter|half")


def _end_of_period(low: str, text: str, pub: dt.date, direction: str) -> EventDate:
    """The last day of the period "the end of ..." names: "of the year", "of 2024",
    "year-end", "of next month", "of the third quarter", "of the first half of
    2025". A period not named by "this", "next", "last" or a year is the one under
    way, or for a change told done the one before it if this one has not ended
    ("retired at the end of the year", told in March, is the last day of the year
    before)."""
    words = low.split()
    step = 1 if "next" in words else -1 if "last" in words else 0
    year_m = _YEAR_RE.search(text)
    period = _END_PERIOD_RE.search(low)
    unit = "year" if period is None else period.group()
    fixed = step != 0 or year_m is not None or "this" in words
    if unit == "week":
        end = pub + dt.timedelta(days=6 - pub.weekday() + 7 * step)
        if not fixed and direction == "past" and end > pub:
            end -= dt.timedelta(days=7)
        return EventDate(end, DAY, text)
    months = 1 if unit == "month" else _PERIOD_MONTHS[unit]
    part = next((_ORDINALS[w] for w in words if w in _ORDINALS), None)
    year = int(year_m.group()) if year_m is not None else pub.year
    if part is not None and months < 12:
        # a named quarter or half: of the year given, else of this one or the next
        end = _last_day(year + step, part * months)
        if not fixed and direction == "past" and end > pub:
            end = _last_day(year - 1, part * months)
        return EventDate(end, DAY, text)
    if year_m is not None and _FISCAL_RE.search(low):
        return EventDate(dt.date(year, 1, 1), YEAR, text)  # (its last day is not known)
    if year_m is not None:
        return EventDate(dt.date(year, 12, 31), DAY, text)
    # the period under way, moved on by "next" or back by "last"
    index = pub.year * 12 + pub.month - 1
    index = index - index % months + months - 1 + step * months
    if not fixed and direction == "past" and index >= pub.year * 12 + pub.month - 1:
        index -= months
    return EventDate(_last_day(index // 12, index % 12 + 1), DAY, text)


_PART_NUMBER_RE = re.compile(r"\b([qh])([1-4])\b")


def _part_of_year(low: str, text: str, pub: dt.date, direction: str) -> EventDate | None:
    """The year of a quarter or half named without one ("in the third quarter", "in
    Q4", "the second half of next year"): of next or last year as told, else the
    year whose such part lies the way the tense points (the one under way counts
    both ways). A bare "the second half" or "the fourth quarter" of a change told
    done is left undated: in a past narrative it is more often a game's."""
    words = low.split()
    step = 1 if "next" in words else -1 if "last" in words else 0
    if step or "this" in words or "the year" in low:
        return EventDate(dt.date(pub.year + step, 1, 1), YEAR, text)
    figure = _PART_NUMBER_RE.search(low)
    if figure is None and direction == "past":
        return None  # "collapsed in the second half": more often a game's than a year's
    if figure is not None:
        number, months = int(figure.group(2)), 6 if figure.group(1) == "h" else 3
    else:
        number = next(_ORDINALS[w] for w in words if w in _ORDINALS)
        months = 6 if "half" in words else 3
    first, last = (number - 1) * months + 1, number * months

    def off(year: int) -> int:
        """Months between publication and the part in ``year`` (0 within it)."""
        at = pub.year * 12 + pub.month
        return max(year * 12 + first - at, at - (year * 12 + last), 0)

    years = [pub.year - 1, pub.year, pub.year + 1]
    if direction == "past":
        years = [y for y in years if y * 12 + first <= pub.year * 12 + pub.month]
    elif direction == "future":
        years = [y for y in years if y * 12 + last >= pub.year * 12 + pub.month]
    return EventDate(dt.date(min(years, key=off), 1, 1), YEAR, text)


def _figures(text: str) -> EventDate:
    """A date in figures: "11/15/2023" month first, as US pages write it, "15.11.2023"
    and "15-11-2023" day first, as they are written where dots and dashes are used;
    either way the other order where the first cannot be a month or the second a day."""
    first, second, year = (int(n) for n in re.split(r"[./-]", text))
    month_first = "/" in text
    if (month_first and first > 12) or (not month_first and second > 12):
        month_first = not month_first
    month, day = (first, second) if month_first else (second, first)
    return EventDate(dt.date(year, month, day), DAY, text)


def _ahead_of(low: str, text: str, pub: dt.date, direction: str) -> EventDate | None:
    """'in two weeks', 'in six months' time': that far after publication, for a
    change to come only ("the third CEO in two years" tells no time)."""
    if direction == "past":
        return None
    words = low.split()
    n = int(words[1]) if words[1].isdigit() else _NUMBERS.get(words[1], 1)
    unit = words[2].rstrip("s'\u2019")
    if unit == "day":
        return EventDate(pub + dt.timedelta(days=n), DAY, text)
    if unit == "week":
        return EventDate((pub + dt.timedelta(weeks=n)).replace(day=1), MONTH, text)
    if unit == "month":
        y, m = divmod(pub.year * 12 + pub.month - 1 + n, 12)
        return EventDate(dt.date(y, m + 1, 1), MONTH, text)
    return EventDate(dt.date(pub.year + n, 1, 1), YEAR, text)


@functools.lru_cache(maxsize=4096)  # the words recur with other publication dates
def _strip_preposition(text: str) -> str:
    return _PREPOSITION_RE.sub("", text)


@functools.lru_cache(maxsize=4096)  # the words recur with other publication dates
def _month_in(text: str) -> int | None:
    """The number of the first month ``text`` names, None without one."""
    name = _MONTH_ANY_CASE_RE.search(text)
    return None if name is None else _month_number(name.group())


def _absolute(kind: str, text: str) -> EventDate | None:
    year = int(_YEAR_RE.findall(text)[-1])
    if kind == "year":
        return EventDate(dt.date(year, 1, 1), YEAR, text)
    if kind in {"quarter", "season"}:
        return EventDate(dt.date(year, 1, 1), YEAR, text)
    month = _month_in(text)
    if month is None:
        return None
    if kind in {"month_day", "day_month"}:
        day = _DAY_NUMBER_RE.search(text.replace(str(year), ""))
        if day is None:
            return None
        try:
            return EventDate(dt.date(year, month, int(day.group(1))), DAY, text)
        except ValueError:
            return None
    if kind == "end_month":
        return EventDate(_last_day(year, month), DAY, text)
    return EventDate(dt.date(year, month, 1), MONTH, text)


def _relative(low: str, text: str, pub: dt.date) -> EventDate | None:
    words = low.split()
    unit = words[-1]
    step = {"last": -1, "next": 1}.get(words[0], 0)
    if unit == "year":
        return EventDate(dt.date(pub.year + step, 1, 1), YEAR, text)
    if unit == "month":
        y, m = divmod(pub.year * 12 + pub.month - 1 + step, 12)
        return EventDate(dt.date(y, m + 1, 1), MONTH, text)
    if unit == "week":
        d = pub + dt.timedelta(weeks=step)
        return EventDate(d.replace(day=1), MONTH, text)
    if unit == "quarter":
        return EventDate(dt.date(pub.year, 1, 1), YEAR, text)
    if unit in _SEASON_MONTH:
        start = _SEASON_MONTH[unit]
        year = pub.year + step
        if step == 1 and pub.month < start:
            year = pub.year
        if step == -1 and pub.month > start + 2:
            year = pub.year
        return EventDate(dt.date(year, 1, 1), YEAR, text)
    return None


def _after(a: EventDate, pub: dt.date) -> bool:
    if a.precision is YEAR:
        return a.value.year > pub.year
    if a.precision is MONTH:
        return (a.value.year, a.value.month) > (pub.year, pub.month)
    return a.value > pub


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
