"""The head of a news document: a publication-date line and a dateline.

News copy states where and when it was filed before the story starts:

    date 2021-12-03
    Published: March 3, 2024
    WASHINGTON, Dec. 3, 2021 - ...
    NEW YORK, March 3, 2024 /PRNewswire/ -- ...
    AUSTIN, Texas--(BUSINESS WIRE)-- ...
    TOKYO (Reuters) - ...

:func:`find_dateline` reads them from the first lines of a text. The place is not
an organisation or a person; the date is the publication date when the caller
gives none. Every pattern here is anchored and free of nested repetition, so a
look at a hostile text costs time linear in :data:`HEAD_CHARS`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import attrs

#: How much of the start of a text is searched for a header line or a dateline.
HEAD_CHARS = 600

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ ]+)?"
_DATE = (
    rf"{_WEEKDAY}(?:(?P<m1>{_MONTH})\.?[ ]+(?P<d1>\d{{1,2}}),?[ ]+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})[ ]+(?P<m2>{_MONTH})\.?,?[ ]+(?P<y2>\d{{4}})"
    r"|(?P<iso>\d{4}-\d{2}-\d{2})"
    r"|(?P<num_m>\d{1,2})/(?P<num_d>\d{1,2})/(?P<num_y>\d{4}))"
)
#: A clock time before the date on a header line: "Updated 10:31 a.m. ET Dec. 2, 2021".
_CLOCK = r"(?:\d{1,2}[:.]\d{2}(?:[ ]?[AaPp]\.?[Mm]\.?)?(?:[ ][A-Z]{2,4})?,?[ \t]+)?"
#: Wire datelines often give the day without the year: "LONDON, March 2 (Reuters)".
_DAY_ONLY = rf"(?:{_MONTH})\.?[ ]+\d{{1,2}}"
#: "date 2021-12-03", "Published: March 3, 2024", "Updated on 3 March 2024".
_HEADER_RE = re.compile(
    rf"^[ \t]*(?:date|published|posted|updated|last[ ]updated|first[ ]published)"
    rf"(?:[ \t]+on)?[ \t]*:?[ \t]*{_CLOCK}{_DATE}"
    # "Dec 02, 2021 | 10:31 IST": a date line that a clock time follows.
    rf"|^[ \t]*{_DATE.replace('?P<', '?P<bare_')}"
    r"[ \t]*[|\u00b7,\u2022-][ \t]*\d{1,2}[:.]\d{2}\b",
    re.IGNORECASE | re.MULTILINE,
)
#: "WASHINGTON, Dec. 3, 2021 -", "TOKYO (Reuters) -", "AUSTIN, Texas--(BUSINESS WIRE)--".
_DATELINE_RE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][A-Z'\u2019.\-]+(?:[ ][A-Z][A-Z'\u2019.\-]+){0,3})"
    r"(?:,[ ](?P<region>[A-Z][A-Za-z.]+(?:[ ][A-Z][A-Za-z.]+)?))?"
    rf"(?:,[ ](?:{_DATE.replace('?P<', '?P<dl_')}|{_DAY_ONLY}))?"
    r"[ \t]*(?P<mark>/[A-Za-z ]{2,30}/|\([A-Za-z .]{2,30}\)|[\u2014\u2013]|-{1,2}|:"
    # "COPENHAGEN, March 14 Danish state-owned ...": a day, then the story.
    r"|(?<=\d)(?=[ ]+[A-Z]))",
    re.MULTILINE,
)


def _after_break(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern``, which opens with ``^``, after a line break: a search for it
    skips from one break to the next in C, where a search for ``pattern`` tries
    a match at every character."""
    return re.compile(f"\n(?:{pattern.pattern})", pattern.flags)


_HEADER_AFTER_BREAK = _after_break(_HEADER_RE)
_DATELINE_AFTER_BREAK = _after_break(_DATELINE_RE)


def _line_matches(
    pattern: re.Pattern[str], after_break: re.Pattern[str], head: str
) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(head)`` finds, as cheaply: a match on the first line,
    then the matches of ``after_break`` (:func:`_after_break`), which start at the
    line break before (their groups are where ``pattern`` puts them). The same,
    since no match of the head's patterns holds a line break."""
    first = pattern.match(head)
    if first is not None:
        yield first
    yield from after_break.finditer(head)


@attrs.frozen
class Dateline:
    """What the head of a document says about where and when it was filed.

    Spans are character offsets. ``end`` is where the head stops: date
    expressions before it belong to the document, not to an event.
    """

    date: dt.date | None
    date_text: str | None
    place: str | None
    place_span: tuple[int, int] | None
    end: int


def _date(match: re.Match[str], prefix: str = "") -> dt.date | None:
    g = match.groupdict()
    if not prefix and any(g.get(f"bare_{n}") for n in ("iso", "m1", "d2", "num_m")):
        prefix = "bare_"
    try:
        if g.get(prefix + "iso"):
            return dt.date.fromisoformat(g[prefix + "iso"])
        if g.get(prefix + "num_m"):
            # "12/02/2021": month first, as US pages write it, unless it cannot be.
            first, second = int(g[prefix + "num_m"]), int(g[prefix + "num_d"])
            month, day = (first, second) if first <= 12 else (second, first)
            return dt.date(int(g[prefix + "num_y"]), month, day)
        for m, d, y in (("m1", "d1", "y1"), ("m2", "d2", "y2")):
            if g.get(prefix + m):
                month = _MONTHS[g[prefix + m][:3].lower()]
                return dt.date(int(g[prefix + y]), month, int(g[prefix + d]))
    except ValueError:  # "February 30"
        return None
    return None


def _date_span(match: re.Match[str], prefix: str = "") -> tuple[int, int] | None:
    if not prefix and any(match.start(f"bare_{n}") >= 0 for n in ("iso", "m1", "d2", "num_m")):
        prefix = "bare_"
    names = [f"{prefix}{n}" for n in ("iso", "m1", "y1", "d2", "y2", "num_m", "num_y")]
    starts = [match.start(n) for n in names if match.start(n) >= 0]
    ends = [match.end(n) for n in names if match.end(n) >= 0]
    return (min(starts), max(ends)) if starts else None


def find_dateline(text: str) -> Dateline | None:
    """The publication-date line and the dateline at the head of ``text``, if any."""
    head = text[:HEAD_CHARS]
    date: dt.date | None = None
    date_text: str | None = None
    end = 0
    header = next(_line_matches(_HEADER_RE, _HEADER_AFTER_BREAK, head), None)
    if header is not None:
        date = _date(header)
        span = _date_span(header)
        date_text = head[span[0] : span[1]] if span else None
        end = header.end()
    place: str | None = None
    place_span: tuple[int, int] | None = None
    for line in _line_matches(_DATELINE_RE, _DATELINE_AFTER_BREAK, head):
        words = [w for w in line.group("place").split() if len(w.strip(".'\u2019-")) >= 3]
        if not words:
            continue
        place = line.group("place")
        place_span = (line.start("place"), line.end("place"))
        end = max(end, line.end())
        found = _date(line, "dl_") if date is None else None
        if found is not None:
            date = found
            span = _date_span(line, "dl_")
            date_text = head[span[0] : span[1]] if span else None
        break
    if date is None and place is None:
        return None
    return Dateline(date, date_text, place, place_span, end)
