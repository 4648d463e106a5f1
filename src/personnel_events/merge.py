"""One record per real change: merge the events that many documents tell.

``merge_events`` groups events from any number of documents (each carrying its
``source``) into :class:`MergedEvent` records. Two events are the same change when

* they have the same type;
* they name the same person: equal surnames (or near spellings of a long one),
  and given names that agree, are initials of each other, are missing on one
  side, or are near spellings ("Symphone"/"Symone"); accents and case are folded;
* their roles or their organisations are compatible (one is missing, or they
  share a content word once abbreviations are spelled out): only a different
  role at a different organisation makes two changes;
* their dates are compatible: one is missing, one contains the other (a month
  contains its days; "the end of the year" covers December), or they are at most
  :data:`DATE_SLACK_DAYS` apart (two reports of one change that disagree on the
  day).

A group is formed only of events that are all pairwise the same change, so a
chain of near matches never joins two different people. The result does not
depend on the order of the input.
"""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from .model import Event, EventDate, EventType, Precision, Status
from .names import honorifics
from .stages.dedupe import org_name_words, orgs_compatible, roles_compatible

#: Two reports of one change may disagree on the day by this much.
DATE_SLACK_DAYS = 45

_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
#: Words saying a day-precision date stands for a stretch around it.
_FUZZY_DAY = re.compile(r"\b(?:end|late|early|mid|by|around|before|close)\b", re.IGNORECASE)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def name_parts(person: str) -> tuple[str, ...]:
    """The folded words of a name without honorifics, suffixes and dots."""
    words = [w for w in re.split(r"[\s\-]+", _fold(person).replace(".", " ")) if w]
    hon = honorifics()
    while words and (words[0] in hon or f"{words[0]}." in hon):
        words.pop(0)
    while len(words) > 1 and words[-1].strip(",") in _SUFFIXES:
        words.pop()
    return tuple(w.strip(",'\u2019") for w in words if w.strip(",'\u2019"))


def _near(a: str, b: str, threshold: float) -> bool:
    if a == b:
        return True
    if not a or not b or a[0] != b[0]:
        return False
    return difflib.SequenceMatcher(None, a, b).ratio() >= threshold


def same_person(a: str, b: str) -> bool:
    """Whether two names can name one person (see the module docs)."""
    pa, pb = name_parts(a), name_parts(b)
    if not pa or not pb:
        return False
    long_surname = min(len(pa[-1]), len(pb[-1])) >= 6
    if not _near(pa[-1], pb[-1], 0.85 if long_surname else 1.01):
        return False
    if len(pa) == 1 or len(pb) == 1:
        return True
    ga, gb = pa[0], pb[0]
    if len(ga) == 1 or len(gb) == 1:
        return ga[0] == gb[0]
    return _near(ga, gb, 0.8)


def date_range(date: EventDate) -> tuple[dt.date, dt.date]:
    """The first and last day a date can stand for."""
    v = date.value
    if date.precision is Precision.YEAR:
        return dt.date(v.year, 1, 1), dt.date(v.year, 12, 31)
    if date.precision is Precision.MONTH or _FUZZY_DAY.search(date.text):
        last = calendar.monthrange(v.year, v.month)[1]
        return dt.date(v.year, v.month, 1), dt.date(v.year, v.month, last)
    return v, v


def _gap_days(a: EventDate, b: EventDate) -> int:
    (a0, a1), (b0, b1) = date_range(a), date_range(b)
    return max((b0 - a1).days, (a0 - b1).days, 0)


def dates_agree(a: EventDate | None, b: EventDate | None) -> bool:
    """Whether one date contains or overlaps the other (a missing date agrees)."""
    return a is None or b is None or _gap_days(a, b) == 0


def same_change(a: Event, b: Event) -> bool:
    """Whether two events (from any documents) tell the same change."""
    if a.type is not b.type or not same_person(a.person, b.person):
        return False
    if a.date is not None and b.date is not None and _gap_days(a.date, b.date) > DATE_SLACK_DAYS:
        return False
    return roles_compatible(a.role, b.role) or orgs_compatible(a.org, b.org)


@attrs.frozen
class Report:
    """One source's telling of a merged change."""

    source: str | None
    evidence: str
    span: tuple[int, int]
    event: Event


@attrs.frozen
class MergedEvent:
    """One change with every report of it.

    ``person``, ``role``, ``org`` and ``date`` are the best values: the most
    complete name, the role and organisation most sources give (longest on a tie),
    the most precise date. ``persons``, ``roles``, ``orgs`` and ``dates`` keep every
    distinct value the reports give, best first, so disagreements stay visible;
    ``conflicts`` names the fields whose values do not agree with each other.
    """

    type: EventType
    person: str
    role: str | None
    org: str | None
    date: EventDate | None
    status: Status
    reports: tuple[Report, ...]
    persons: tuple[str, ...]
    roles: tuple[str, ...]
    orgs: tuple[str, ...]
    dates: tuple[EventDate, ...]

    @property
    def sources(self) -> tuple[str | None, ...]:
        """The distinct sources, in report order."""
        return tuple(dict.fromkeys(r.source for r in self.reports))

    @property
    def conflicts(self) -> tuple[str, ...]:
        out = []
        if any(not roles_compatible(a, b) for a in self.roles for b in self.roles):
            out.append("role")
        if any(not orgs_compatible(a, b) for a in self.orgs for b in self.orgs):
            out.append("org")
        if any(not dates_agree(a, b) for a in self.dates for b in self.dates):
            out.append("date")
        return tuple(out)

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type.value,
            "person": self.person,
            "role": self.role,
            "org": self.org,
            "date": self.date.iso if self.date else None,
            "status": self.status.value,
            "sources": list(self.sources),
            "reports": [
                {"source": r.source, "evidence": r.evidence, "span": list(r.span)}
                for r in self.reports
            ],
            "alternatives": {
                "person": list(self.persons),
                "role": list(self.roles),
                "org": list(self.orgs),
                "date": [d.iso for d in self.dates],
            },
            "conflicts": list(self.conflicts),
        }


def _precision_rank(date: EventDate) -> int:
    return (Precision.YEAR, Precision.MONTH, Precision.DAY).index(date.precision)


def _ranked(values: Iterable[str | None]) -> tuple[str, ...]:
    """Distinct values, most frequent first, then longest, then alphabetical."""
    counts = Counter(v for v in values if v)
    return tuple(sorted(counts, key=lambda v: (-counts[v], -len(v), v)))


def _ranked_names(values: Iterable[str]) -> tuple[str, ...]:
    counts = Counter(values)
    return tuple(sorted(counts, key=lambda v: (-len(name_parts(v)), -counts[v], -len(v), v)))


def _ranked_dates(dates: Iterable[EventDate | None]) -> tuple[EventDate, ...]:
    counts = Counter(d for d in dates if d is not None)
    return tuple(sorted(counts, key=lambda d: (-_precision_rank(d), -counts[d], d.value, d.text)))


def _sort_key(ev: Event) -> tuple[Any, ...]:
    parts = name_parts(ev.person)
    return (
        ev.type.value,
        parts[-1] if parts else "",
        ev.date.value if ev.date else dt.date.max,
        ev.source or "",
        ev.span,
        ev.person,
        ev.role or "",
        ev.org or "",
    )


def _record(group: Sequence[Event]) -> MergedEvent:
    persons = _ranked_names(e.person for e in group)
    roles = _ranked(e.role for e in group)
    orgs = _ranked(e.org for e in group)
    dates = _ranked_dates(e.date for e in group)
    # A change that any report tells as done has happened.
    status = Status.PAST if any(e.status is Status.PAST for e in group) else Status.FUTURE
    ordered = sorted(group, key=lambda e: (e.source or "", e.span))
    reports = tuple(Report(e.source, e.evidence, e.span, e) for e in ordered)
    return MergedEvent(
        type=group[0].type,
        person=persons[0],
        role=roles[0] if roles else None,
        org=orgs[0] if orgs else None,
        date=dates[0] if dates else None,
        status=status,
        reports=reports,
        persons=persons,
        roles=roles,
        orgs=orgs,
        dates=dates,
    )


def _record_key(rec: MergedEvent) -> tuple[Any, ...]:
    first = date_range(rec.date)[0] if rec.date else dt.date.max
    return (first, name_parts(rec.person)[-1:], rec.person, rec.type.value)


def merge_events(events: Iterable[Event]) -> list[MergedEvent]:
    """Group events that tell the same change into one record each.

    Records come in date order (undated last), then by surname. The result is the
    same for any order of ``events``.
    """
    groups: list[list[Event]] = []
    for ev in sorted(events, key=_sort_key):
        for group in groups:
            if all(same_change(ev, other) for other in group):
                group.append(ev)
                break
        else:
            groups.append([ev])
    return sorted((_record(g) for g in groups), key=_record_key)


def timeline(
    records: Iterable[MergedEvent], *, person: str | None = None, org: str | None = None
) -> list[MergedEvent]:
    """The merged changes of one person and/or one organisation, in date order.

    ``person`` matches by name like the merge does ("Ms. Roe", "J. Roe" and
    "Jane Roe" are one person); ``org`` matches any organisation a report gives.
    Undated changes come last.
    """
    if person is None and org is None:
        raise ValueError("timeline() needs a person or an org")
    out = []
    for rec in records:
        if person is not None and not any(same_person(person, p) for p in rec.persons):
            continue
        if org is not None:
            wanted = org_name_words(org) or {_fold(org)}
            if not any(wanted <= org_name_words(o) for o in rec.orgs):
                continue
        out.append(rec)
    return sorted(out, key=_record_key)
