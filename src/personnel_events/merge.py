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

The cost is near-linear in the number of events: an event is compared only with
the groups whose first event has its type and its surname or a near spelling of
it (every member of a group it joins must match it, the first one too). Near
spellings are found through an index of the surnames with letters deleted (two
spellings close enough to match share a string reached by deleting at most a few
letters from each), never by comparing every surname with every other.
"""

from __future__ import annotations

import bisect
import calendar
import contextlib
import datetime as dt
import difflib
import functools
import gc
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import attrs

from . import lexicon
from .model import Event, EventDate, EventType, Precision, Status
from .names import honorifics
from .stages.dedupe import org_name_words, orgs_compatible, roles_compatible

#: Two reports of one change may disagree on the day by this much.
DATE_SLACK_DAYS = 45

#: Surnames this long or longer match near spellings at least this similar
#: (difflib's ratio); shorter ones must be equal.
_LONG_SURNAME = 6
_NEAR_SURNAME = 0.85
#: Surnames up to this long are indexed by their deletion variants (a surname of
#: 20 letters looks up some 4,000); longer ones (rare: names are split at spaces
#: and hyphens) are compared with every surname of their initial and a length
#: that can match.
_MAX_INDEXED = 20
#: Words saying a day-precision date stands for a stretch around it.
_FUZZY_DAY = re.compile(r"\b(?:end|late|early|mid|by|around|before|close)\b", re.IGNORECASE)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


#: The names whose parts were asked for, with their parts: a plain dict, emptied
#: when it holds :data:`_NAMES_KEPT`, not a least-recently-used cache, whose every
#: hit moves an entry of a linked list that lies all over memory (in a merge of
#: 20,000 events that made reading the names grow 37 times for 10 times the
#: events).
_names_seen: dict[str, tuple[str, ...]] = {}
_NAMES_KEPT = 1 << 16


def name_parts(person: str) -> tuple[str, ...]:
    """The folded words of a name without honorifics, suffixes and dots."""
    parts = _names_seen.get(person)
    if parts is None:
        if len(_names_seen) >= _NAMES_KEPT:
            _names_seen.clear()
        parts = _names_seen[person] = _name_parts(person)
    return parts


def _name_parts(person: str) -> tuple[str, ...]:
    words = [w for w in re.split(r"[\s\-]+", _fold(person).replace(".", " ")) if w]
    hon = honorifics()
    while words and (words[0] in hon or f"{words[0]}." in hon):
        words.pop(0)
    while len(words) > 1 and words[-1].strip(",") in lexicon.words("name_suffixes.txt"):
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
    long_surname = min(len(pa[-1]), len(pb[-1])) >= _LONG_SURNAME
    if not _near(pa[-1], pb[-1], _NEAR_SURNAME if long_surname else 1.01):
        return False
    if len(pa) == 1 or len(pb) == 1:
        return True
    ga, gb = pa[0], pb[0]
    if len(ga) == 1 or len(gb) == 1:
        return ga[0] == gb[0]
    return _near(ga, gb, 0.8)


@functools.cache
def _least_matches(length: int, other: int) -> int | None:
    """The fewest matching letters two surnames of these lengths (both long) need
    to be near spellings (difflib's ratio as difflib computes it), or None when
    their lengths alone keep them apart."""
    for m in range(min(length, other) + 1):
        if 2.0 * m / (length + other) >= _NEAR_SURNAME:
            return m
    return None


@functools.cache
def _deletions_needed(length: int) -> tuple[int, int]:
    """How many letters a surname of ``length`` letters loses, at most, on the way
    to the longest common subsequence it shares with a near spelling it matches:
    (when it is the longer of the two, when it is the shorter). The common
    subsequence is at least as long as difflib's matching letters."""
    as_longer = as_shorter = 0
    for other in range(_LONG_SURNAME, 2 * length + 1):
        least = _least_matches(length, other)
        if least is None:
            continue
        if other <= length:
            as_longer = max(as_longer, length - least)
        if other >= length:
            as_shorter = max(as_shorter, length - least)
    return as_longer, as_shorter


def _deletion_layers(word: str, most: int) -> list[set[str]]:
    """``word``, then the strings made by deleting 1, 2, ... ``most`` of its letters
    after the first, a set for each count (near spellings share their first
    letter, and a longest common subsequence of two words that share it can keep
    it). Each set of deleted positions is tried once (in increasing order), not
    once per order of deletion."""
    layers = [{word}]
    frontier = [(word, 1)]  # (string, first position a further deletion may take)
    for _ in range(most):
        frontier = [(w[:i] + w[i + 1 :], i) for w, start in frontier for i in range(start, len(w))]
        layers.append({w for w, _ in frontier})
    return layers


def near_surnames(surnames: Iterable[str]) -> dict[str, set[str]]:
    """For each folded surname, the surnames ``same_person`` takes for its spelling
    (``_near(s, t)`` holds; ``s`` itself included), without comparing every pair.

    Two near spellings share a longest common subsequence that each reaches by
    deleting a few letters: the shorter at most ``_deletions_needed(n)[1]`` (one
    up to 13 letters), the longer at most ``_deletions_needed(n)[0]`` (two up to
    11 letters, four up to 19). Each surname is indexed under its variants as the
    shorter, and each looks up its variants as the longer; the rare surnames
    longer than ``_MAX_INDEXED`` letters are compared with every one of their
    initial that is long enough. Near spellings share their first letter, so the
    work is done one initial at a time: the index in memory is never larger than
    one initial's, which keeps the cost per surname flat as a feed grows."""
    # the candidates of the merge's lookup, each ordered pair confirmed once
    # (difflib's ratio can differ with the order of its arguments)
    return {
        a: {b for b in maybe if b == a or _near(a, b, _NEAR_SURNAME)}
        for a, maybe in _may_be_near(surnames).items()
    }


def _may_be_near(surnames: Iterable[str]) -> dict[str, set[str]]:
    """For each surname, itself and the surnames that may be near spellings of it
    (every one ``near_surnames`` gives, and a few it rules out): what a lookup
    needs when each match is confirmed anyway. No pair is compared here, so the
    cost stays linear however many near spellings a feed holds."""
    given = set(surnames)
    partners = _near_partners(given)
    return {s: {s, *partners.get(s, ())} for s in given}


def _near_partners(surnames: Iterable[str]) -> dict[str, list[str]]:
    """For each surname that has any, the other surnames that may be near
    spellings of it (``_may_be_near`` without itself, and without an entry, a
    set each, for the many surnames that have none)."""
    partners: dict[str, list[str]] = {}
    for a, b in _near_pairs_of(surnames):
        partners.setdefault(a, []).append(b)
        partners.setdefault(b, []).append(a)
    return partners


def _near_pairs_of(surnames: Iterable[str]) -> Iterator[tuple[str, str]]:
    """The pairs (a < b) of ``surnames`` that may be near spellings, one initial
    at a time: the index in memory is never larger than one initial's."""
    by_initial: dict[str, list[str]] = defaultdict(list)
    for s in sorted(s for s in surnames if len(s) >= _LONG_SURNAME):
        by_initial[s[0]].append(s)
    for group in by_initial.values():
        yield from _near_pairs(group)


def _near_pairs(group: list[str]) -> set[tuple[str, str]]:
    """The pairs (a < b) of ``group`` (long surnames of one initial) that share a
    string near enough to be near spellings: the pairs to confirm.

    The index is keyed by the variant and the length of the surname it came from,
    and a lookup asks only for the lengths a shared string of its length can
    match (a shared string shorter than the matches a pair of these lengths needs
    is not their common subsequence; that one is found too): no entry is read
    that cannot give a pair, however many surnames share a short variant."""
    # One dict per length of the surnames indexed (no key tuple is made per
    # entry). Shorter surnames come first, and each surname looks up those indexed
    # before it, then is indexed itself: a pair is found when its longer surname
    # (deleting as the longer may) meets the shorter's entries (made deleting as
    # the shorter may), and no surname's lookup strings are kept.
    index: list[dict[str, list[str]]] = [{} for _ in range(_MAX_INDEXED + 1)]
    pairs: set[tuple[str, str]] = set()
    for s in sorted(group, key=len):
        n = len(s)
        if n > _MAX_INDEXED:
            pairs.update(
                (s, b) if s < b else (b, s)
                for b in group
                if b != s and _least_matches(n, len(b)) is not None
            )
            continue
        as_longer, as_shorter = _deletions_needed(n)
        layers = _deletion_layers(s, max(as_longer, as_shorter))
        for variant in set().union(*layers[: as_longer + 1]):
            for length in _partner_lengths(n, len(variant)):
                if length > n:
                    break  # none of these lengths is indexed yet
                for b in index[length].get(variant, ()):
                    pairs.add((b, s) if b < s else (s, b))
        of_length = index[n]
        for layer in layers[: as_shorter + 1]:
            for variant in layer:
                of_length.setdefault(variant, []).append(s)
    return pairs


@functools.cache
def _partner_lengths(length: int, shared: int) -> tuple[int, ...]:
    """The lengths of the indexed surnames a surname of ``length`` letters can be
    a near spelling of through a shared string of ``shared`` letters."""
    return tuple(
        other
        for other in range(_LONG_SURNAME, _MAX_INDEXED + 1)
        if (least := _least_matches(length, other)) is not None and shared >= least
    )


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


def _sort_key(ev: Event, parts: tuple[str, ...] | None = None) -> tuple[Any, ...]:
    """The order events are merged in (``parts``: ``name_parts(ev.person)``, where
    known): type, surname, the date's day number (undated last), then the rest."""
    if parts is None:
        parts = name_parts(ev.person)
    return (
        ev.type.value,
        parts[-1] if parts else "",
        _UNDATED if ev.date is None else ev.date.value.toordinal(),
        ev.source or "",
        ev.span,
        ev.person,
        ev.role or "",
        ev.org or "",
    )


def _ranked_record(group: Sequence[Event]) -> MergedEvent:
    """The record of a change: the best value of each field, and every value."""
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


def _single_record(ev: Event) -> MergedEvent:
    """The record of a change one report tells (what ``_record`` gives for it)."""
    role = (ev.role,) if ev.role else ()
    org = (ev.org,) if ev.org else ()
    return MergedEvent(
        type=ev.type,
        person=ev.person,
        role=ev.role or None,
        org=ev.org or None,
        date=ev.date,
        status=ev.status,
        reports=(Report(ev.source, ev.evidence, ev.span, ev),),
        persons=(ev.person,),
        roles=role,
        orgs=org,
        dates=(ev.date,) if ev.date is not None else (),
    )


def _record_key(rec: MergedEvent) -> tuple[Any, ...]:
    first = date_range(rec.date)[0] if rec.date else dt.date.max
    return (first, name_parts(rec.person)[-1:], rec.person, rec.type.value)


def merge_events(events: Iterable[Event]) -> list[MergedEvent]:
    """Group events that tell the same change into one record each.

    Records come in date order (undated last), then by surname. The result is the
    same for any order of ``events``.
    """
    with _collector_paused():
        return _merge(events)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while the records are built: the
    merge makes no reference cycles, but its many lasting objects would start
    full collections, each walking every object of the process (a third of the
    time of a large merge). It is turned back on after, if it was on before."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _merge(events: Iterable[Event]) -> list[MergedEvent]:
    given = list(events)
    # Each event is read once, in the order given, for its name and sort key (a
    # pass in sorted order reaches the events all over memory: on a large input
    # that costs more per event than on a small one); the grouping below reads
    # these, and an event itself only to confirm a match.
    parts = [name_parts(ev.person) for ev in given]
    sort_keys = [_sort_key(ev, p) for ev, p in zip(given, parts, strict=True)]
    order = sorted(range(len(given)), key=sort_keys.__getitem__)
    # Each match is confirmed by same_change: the surnames that may be near
    # spellings are enough to find the groups to look at.
    near = _near_partners({p[-1] for p in parts if p})
    # A group is its first event (``firsts``) and, for the few told more than
    # once, the others (``more``): most changes are told once, and a list for
    # each would be memory for nothing.
    firsts: list[Event] = []
    more: dict[int, list[Event]] = {}
    # The groups by the type, surname and given-name initial of their first
    # event, each ordered by that event's day: an event joins the first group (in
    # the order they were made) whose every event, the first one included, tells
    # its change, so only groups whose first event could name its person (a near
    # surname; the same initial, or none on either side) at a date that could
    # agree need a look. ``initials`` holds the initials seen of each type and
    # surname, "" standing for none.
    shelves: dict[tuple[str, str, str], _Shelf] = {}
    initials: dict[tuple[str, str], tuple[str, ...]] = {}
    for i in order:
        ev = given[i]
        name = parts[i]
        if not name:  # no name to match: a change of its own
            firsts.append(ev)
            continue
        key = sort_keys[i]
        kind, surname, day = key[0], key[1], key[2]
        initial = name[0][0] if len(name) > 1 else ""
        candidates: list[int] = []
        for s in (surname, *near[surname]) if surname in near else (surname,):
            for i0 in (initial, "") if initial else initials.get((kind, s), ()):
                shelf = shelves.get((kind, s, i0))
                if shelf is not None:
                    candidates.extend(shelf.within_reach(day))
        if candidates and _join(ev, firsts, more, sorted(candidates)):
            continue
        shelf = shelves.get((kind, surname, initial))
        if shelf is None:
            shelf = shelves[kind, surname, initial] = _Shelf()
            initials[kind, surname] = (*initials.get((kind, surname), ()), initial)
        shelf.add(day, len(firsts))
        firsts.append(ev)
    records = [
        _ranked_record([first, *more[g]]) if g in more else _single_record(first)
        for g, first in enumerate(firsts)
    ]
    return sorted(records, key=_record_key)


def _join(
    ev: Event, firsts: list[Event], more: dict[int, list[Event]], candidates: list[int]
) -> bool:
    """Add ``ev`` to the first of ``candidates`` whose every event tells its change."""
    for g in candidates:
        if same_change(ev, firsts[g]) and all(same_change(ev, e) for e in more.get(g, ())):
            more.setdefault(g, []).append(ev)
            return True
    return False


#: The ordinal that stands for no date (after every date).
_UNDATED = dt.date.max.toordinal() + 1
#: How far apart (in days) the values of two dates that agree within
#: DATE_SLACK_DAYS can be: a date stands for at most a year after its value (a
#: year) or a month around it (the end of a month), plus the slack.
_REACH_DAYS = 366 + 31 + DATE_SLACK_DAYS


class _Shelf:
    """The groups whose first events share a type, a surname and an initial:
    their first events' days (date ordinals, :data:`_UNDATED` for none) in
    order, and the groups, in the same order (two lists: no pair is made for
    each)."""

    __slots__ = ("days", "groups")

    def __init__(self) -> None:
        self.days: list[int] = []
        self.groups: list[int] = []

    def add(self, day: int, group: int) -> None:
        at = bisect.bisect_right(self.days, day)
        self.days.insert(at, day)
        self.groups.insert(at, group)

    def within_reach(self, day: int) -> list[int]:
        """The groups whose first event's date can agree with ``day``: all of them
        for an undated event; the undated ones and those within reach for a
        dated one."""
        days, groups = self.days, self.groups
        if day == _UNDATED:
            return groups
        lo = bisect.bisect_left(days, day - _REACH_DAYS)
        hi = bisect.bisect_right(days, day + _REACH_DAYS)
        undated = bisect.bisect_left(days, _UNDATED)
        return groups[lo:hi] + groups[max(undated, hi) :]


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
