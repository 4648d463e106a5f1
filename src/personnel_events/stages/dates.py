"""Date normalization: the time of each event, read against the publication date.

The stage finds time expressions in the event's sentence with its own grammar
(:data:`EXPRESSION_RE`), ties the one nearest the trigger to the event (after
it first, then before it), and normalises it to an :class:`EventDate` with
dateparser against ``Document.published``. The direction of year-less
expressions comes from the event's tense: "will leave in December" read in
December 2021 is 2021-12, "In September, Harris brought in" is the September
before. Relative expressions without a publication date give no date.

Status is settled here too: where tense did not tell, an event dated after the
publication date is FUTURE, else PAST; "effective <later date>" is FUTURE.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Iterator
from typing import Protocol

import attrs
from dateparser.date import DateDataParser

from .. import lexicon
from ..document import UNDETERMINED_STATUS, Document
from ..model import Event, EventDate, Precision, Status

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
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
  | (?P<end_period>\b(?:the\s+)?end\s+of\s+(?:the\s+|this\s+|next\s+|its\s+)?(?:(?P<end_year>\d{{4}})\s+|academic\s+|fiscal\s+|calendar\s+)?{_PERIOD}\b)
  | (?P<month_day>\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}}\b)?)
  | (?P<day_month>\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+\d{{4}}\b)?)
  | (?P<part_month>\b(?:early|mid|late|mid-)\s*-?\s*{_MONTH}(?:,?\s+\d{{4}}\b)?)
  | (?P<month>\b(?:in|by|since|until|from|during|last|next|this|of|through|before|after|early|late)\s+{_MONTH}(?!\s+\d{{1,2}}\b)(?:,?\s+\d{{4}}\b)?)
  | (?P<month_year>\b{_MONTH}\s+\d{{4}}\b)
  | (?P<weekday>\b(?:(?:late|early)\s+(?:on\s+)?)?{_WEEKDAY}\b)
  | (?P<deictic>\b(?:today|yesterday|tomorrow|tonight)\b)
  | (?P<relative>\b(?:last|next|this|earlier\s+this|later\s+this)\s+(?:{_PERIOD}|{_SEASON})\b)
  | (?P<ago>\b{_NUM}\s+(?:day|week|month|year)s?\s+ago\b)
  | (?P<later>\b{_NUM}\s+(?:day|week)s?\s+later\b|\b(?:the\s+)?(?:next|following)\s+day\b)
  | (?P<that_day>\b(?:on\s+)?that\s+(?:date|day)\b)
  | (?P<season>\b(?:in|by|during)\s+the\s+{_SEASON}(?:\s+of\s+\d{{4}})?\b|\b{_SEASON}\s+\d{{4}}\b)
  | (?P<quarter>\b(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+(?:of\s+)?\d{{4}}\b)
  | (?P<season_year>\bthe\s+\d{{4}}(?:[-/]\d{{2,4}})?\s+season\b)
  | (?P<year>\b(?:in|by|until|from|during|early|late|since)\s+\d{{4}}\b)
    """,
    re.VERBOSE | re.IGNORECASE,
)
#: Expressions after these words describe something else (tenure, a range's start).
_EXCLUDING_PREFIX = re.compile(r"\b(?:since|from|through|until|for|as\s+of|before)\s*$", re.I)
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
#: A sentence that says when the changes the text tells take effect.
_TAKES_EFFECT_RE = re.compile(
    r"\b(?:take|takes|took|taking)\s+effect\b|\b(?:become|becomes|are|is)\s+effective\b"
    r"|\bsworn\s+in\b|\b(?:assume|take\s+up|start)\s+(?:their|the(?:ir)?\s+new)\s+"
    r"(?:roles|posts|positions|jobs|duties)\b",
    re.IGNORECASE,
)
#: How many sentences back a present-tense change looks for the dated change it continues.
NARRATIVE_SENTENCES = 2
#: How far from the trigger (in characters) an expression may stand and still be its time.
MAX_DISTANCE = 160


@functools.cache
def _parser() -> DateDataParser:
    return DateDataParser(languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first"})


@functools.lru_cache(maxsize=64)
def _relative_parser(base: dt.date) -> DateDataParser:
    """One dateparser per reference date (building one costs more than parsing)."""
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
        parsed = _dateparser(_strip_preposition(text), pub)
        if parsed is None:
            return None
        return EventDate(_orient(parsed[0], pub, direction, False), Precision.DAY, text)
    if kind in ("month", "part_month", "end_month"):
        name = re.search(_MONTH, text, re.IGNORECASE)
        if name is None:
            return None
        parsed = _dateparser(name.group(), pub)
        if parsed is None:
            return None
        lead = low.split()[0]
        d = dt.date(pub.year, parsed[0].month, 1)
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
    month = _parser().get_date_data(name.group())
    if month.date_obj is None:
        return None
    m = month.date_obj.month
    if kind in ("month_day", "day_month"):
        day = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b(?!\d)", text.replace(str(year), ""))
        if day is None:
            return None
        try:
            return EventDate(dt.date(year, m, int(day.group(1))), Precision.DAY, text)
        except ValueError:
            return None
    if kind == "end_month":
        return EventDate(_last_day(year, m), Precision.DAY, text)
    return EventDate(dt.date(year, m, 1), Precision.MONTH, text)


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


_WORD_START_RE = re.compile(r"(?<!\w)(\w+)")


def _scan(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """EXPRESSION_RE's matches in ``text[start:end]``, as ``finditer`` would give them,
    tried only at words that can begin one (``data/date_starters.txt``); many times
    faster on plain prose than trying at every character."""
    starters = lexicon.words("date_starters.txt")
    pos = start
    while pos < end:
        w = _WORD_START_RE.search(text, pos, end)
        if w is None:
            return
        word = w.group(1)
        if word[0].isdigit() or word.lower() in starters:
            m = EXPRESSION_RE.match(text, w.start(), end)
            if m is not None and m.end() > m.start():
                yield m
                pos = m.end()
                continue
        pos = w.end()


@attrs.frozen
class _Expression:
    kind: str
    text: str
    start: int
    end: int
    effective: bool
    leading: bool = False  # opens the sentence and is set off by a comma


def find_expressions(text: str, start: int, end: int) -> list[_Expression]:
    """Time expressions in ``text[start:end]`` (character offsets in the document)."""
    out = []
    for m in _scan(text, start, end):
        kind = m.lastgroup
        if kind in ("season_years", "end_year") or kind is None:
            kind = next(k for k, v in m.groupdict().items() if v is not None)
        prefix = text[max(start, m.start() - 12) : m.start()]
        if kind not in ("month", "year", "season_year") and _EXCLUDING_PREFIX.search(prefix):
            continue
        lead = m.group().split()[0].lower()
        if lead in ("since", "from", "through", "until", "of", "before", "after"):
            continue
        effective = kind == "immediate" or bool(
            re.search(r"\beffective\s*(?:on\s+)?$", prefix, re.I)
        )
        leading = (
            text[start : m.start()].strip().lower() in ("", "on", "late on", "early on")
            and text[m.end() : m.end() + 1] == ","
        )
        out.append(_Expression(kind, m.group(), m.start(), m.end(), effective, leading))
    return out


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


def background_clauses(text: str, start: int, end: int, person: str = "") -> list[tuple[int, int]]:
    """Spans of ", who joined in 2015," clauses and of subordinate clauses with their
    own named subject ("after Y announced in December") in ``text[start:end]``. A whose-clause
    right after the person's own name ("Y, whose term ends on Tuesday") tells of them
    and is kept."""
    surname = person.split()[-1].lower() if person.split() else ""
    out = []
    for m in _RELATIVE_CLAUSE_RE.finditer(text, start, end):
        before = text[max(start, m.start() - 40) : m.start()].split()
        owner = before[-1].lower() if before else ""
        if m.group("rel").lower() == "whose" and owner == surname:
            continue
        out.append((m.start(), m.end()))
    for m in _SUBORDINATE_CLAUSE_RE.finditer(text, start, end):
        out.append((m.start(), m.end()))
    return out


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
    """Adds ``date`` to each event and settles its status.

    ``normalizer`` replaces :func:`normalize` (the grammar that finds expressions
    and ties them to events stays)."""

    name = "dates"
    requires: tuple[str, ...] = ("events",)
    provides: tuple[str, ...] = ("dates",)

    def __init__(self, normalizer: Normalizer | None = None) -> None:
        self.normalize: Normalizer = normalizer if normalizer is not None else normalize

    def __call__(self, doc: Document) -> Document:
        # Dates in the head of the document ("WASHINGTON, Dec. 3 -") date the document.
        skip_before = doc.dateline.end if doc.dateline is not None else 0
        undetermined: set[int] = doc.extras.get(UNDETERMINED_STATUS, set())
        cache: dict[tuple[int, int], list[_Expression]] = {}
        by_span: dict[tuple[int, int], list[Event]] = {}
        for ev in doc.events:
            by_span.setdefault(ev.span, []).append(ev)
        out: list[Event] = []
        for idx, ev in enumerate(doc.events):
            exprs = cache.get(ev.span)
            if exprs is None:
                exprs = cache[ev.span] = find_expressions(
                    doc.text, max(ev.span[0], skip_before), ev.span[1]
                )
            # Other changes told in the sentence own the times nearest them; a
            # participle ("will become president on April 1, replacing Y") shares
            # the time of its main verb.
            others = [
                o.trigger
                for o in by_span[ev.span]
                if o.trigger != ev.trigger
                and o.person != ev.person
                and not doc.text[o.trigger[0] : o.trigger[1]].lower().endswith("ing")
            ]
            out.append(self._date_event(doc, ev, exprs, idx in undetermined, others, skip_before))
        out = self._coordinated(out)
        out = self._narrative_present(doc, out, undetermined)
        doc.events = self._effective_for_all(doc, out, skip_before)
        return doc

    @staticmethod
    def _coordinated(events: list[Event]) -> list[Event]:
        """'X resigned as chancellor and Y quit as health secretary on Tuesday': changes
        of one kind told together in one sentence share its one time."""
        out = list(events)
        by_span: dict[tuple[int, int], list[Event]] = {}
        for ev in events:
            by_span.setdefault(ev.span, []).append(ev)
        for idx, ev in enumerate(events):
            if ev.date is not None:
                continue
            dates = {
                o.date
                for o in by_span[ev.span]
                if o.date is not None and o.type is ev.type and o.status is ev.status
            }
            if len(dates) == 1:
                out[idx] = attrs.evolve(ev, date=dates.pop())
        return out

    @staticmethod
    def _narrative_present(
        doc: Document, events: list[Event], undetermined: set[int]
    ) -> list[Event]:
        """'Kishida reshuffled his cabinet on Wednesday, appointing Kamikawa. Kamikawa
        replaces Hayashi.': a change told in the present tense with no time of its own
        happens when the dated change told just before it does."""
        out = list(events)
        for idx in sorted(undetermined):
            if idx >= len(out) or out[idx].date is not None:
                continue
            here = doc.sentence_at(out[idx].span[0])
            for back_idx in range(idx - 1, -1, -1):
                prev = out[back_idx]
                back = here - doc.sentence_at(prev.span[0])
                if back > NARRATIVE_SENTENCES:
                    break
                if back > 0 and prev.date is not None and prev.date.precision is Precision.DAY:
                    out[idx] = attrs.evolve(out[idx], date=prev.date, status=prev.status)
                    break
        return out

    def _effective_for_all(
        self, doc: Document, events: list[Event], skip_before: int
    ) -> list[Event]:
        """'The changes take effect Oct. 17.', 'The new ministers will be sworn in on
        Friday.': a sentence that tells no change of its own but when the changes
        take effect dates every change the text left undated."""
        if not events or all(ev.date is not None for ev in events):
            return events
        told = {ev.span for ev in events}
        for sent in doc.sentences:
            if (sent.start, sent.end) in told or sent.end <= skip_before:
                continue
            sentence = doc.text[sent.start : sent.end]
            if _TAKES_EFFECT_RE.search(sentence) is None:
                continue
            exprs = find_expressions(doc.text, max(sent.start, skip_before), sent.end)
            if len(exprs) != 1:
                continue
            date = self.normalize(exprs[0].kind, exprs[0].text, doc.published, "future")
            if date is None:
                continue
            status = None
            if doc.published is not None:
                status = Status.FUTURE if _after(date, doc.published) else Status.PAST
            return [
                ev
                if ev.date is not None
                else attrs.evolve(ev, date=date, status=status or ev.status)
                for ev in events
            ]
        return events

    def _date_event(
        self,
        doc: Document,
        ev: Event,
        exprs: list[_Expression],
        undetermined: bool,
        others: list[tuple[int, int]],
        skip_before: int,
    ) -> Event:
        chosen = _nearest(
            exprs, ev.trigger, others, background_clauses(doc.text, *ev.span, ev.person)
        )
        if chosen is None:
            return ev
        if undetermined or chosen.effective:
            # "resigned, effective March 31": the resignation is past, its effect may not be.
            direction = "nearest"
        else:
            direction = "future" if ev.status is Status.FUTURE else "past"
        if chosen.kind in ANAPHORIC:
            date = _anaphor(doc, chosen, skip_before, self.normalize)
        else:
            date = self.normalize(chosen.kind, chosen.text, doc.published, direction)
        if date is None:
            return ev
        status = ev.status
        if doc.published is not None and (undetermined or chosen.effective):
            status = Status.FUTURE if _after(date, doc.published) else Status.PAST
        return attrs.evolve(ev, date=date, status=status)


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
