"""One event per change: merge the events that tell the same change twice.

Two events are the same change when they have the same type and person, and
either compatible roles (one has none, or they share a word once abbreviations
are spelled out) or the same status and compatible dates (one has none, or one
contains the other): "senior assistant" and "senior adviser" told of one
departure are one change, "manager" in 2021 and "manager" in 2023 are two.
Tellings dated a few days apart (:data:`NEAR_DAYS`) with compatible roles are one
change too: announced on Monday, taking effect on Wednesday. The first telling is
kept; its missing role, organisation and date are filled from the later ones; the
most precise date wins, and of two days the later (when the change takes effect).
A START told without its post and dated before the same person's END of a post
at the same body took that post (:func:`held_posts`).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable

import attrs

from .. import lexicon
from ..candidates import Rule
from ..document import Document
from ..members import DAY, END, MONTH, PAST, RULE_NOUN_TOLD, START, YEAR
from ..model import Event, EventType, make_event
from .coref import fold

#: Two dated tellings of one change in one document may differ by this many days.
NEAR_DAYS = 31


@functools.cache
def _role_shared() -> frozenset[str]:
    """Words two different posts may share (``data/role_shared_words.txt``)."""
    return lexicon.words("role_shared_words.txt")


@functools.cache
def _org_shared() -> frozenset[str]:
    """Words two different organisations may share: ``data/org_shared_words.txt``
    and the legal forms of ``data/legal_forms.txt`` that are one word."""
    legal = (w.rstrip(".") for w in lexicon.words("legal_forms.txt"))
    return lexicon.words("org_shared_words.txt") | {w for w in legal if w.isalnum()}


def _stem(word: str) -> str:
    """Singular of a plain plural ("communications" -> "communication")."""
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word


def role_words(role: str) -> set[str]:
    """The folded words of a role, abbreviations and variants spelled out
    (``data/title_variants.tsv``)."""
    return set(_role_words(role))


@functools.lru_cache(maxsize=4096)
def _role_words(role: str) -> frozenset[str]:
    """:func:`role_words`, kept for the roles last compared: a document compares
    each of its roles with several others, and the same posts recur."""
    variants = lexicon.title_variants()
    out: set[str] = set()
    for word in fold(role).replace("-", " ").split():
        out.update(_stem(w) for w in variants.get(word, word).split())
    return frozenset(out)


def roles_compatible(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    wa, wb = _role_words(a), _role_words(b)
    if wa <= wb or wb <= wa:
        return True
    return bool((wa & wb) - _role_shared())


def _two_posts(a: str | None, b: str | None) -> bool:
    """Two roles neither of which holds the other's words."""
    if not a or not b:
        return False
    wa, wb = _role_words(a), _role_words(b)
    return not (wa <= wb or wb <= wa)


_YEAR_RANK, _MONTH_RANK, _DAY_RANK = 1, 2, 3
_PRECISION_RANK = {
    YEAR: _YEAR_RANK,
    MONTH: _MONTH_RANK,
    DAY: _DAY_RANK,
}


def dates_compatible(a: Event, b: Event) -> bool:
    """One date holds the other: their ISO forms, one a beginning of the other
    ("2024" and "2024-03"), which is the fields of the less precise equal (read
    from the dates, without making the ISO strings)."""
    if a.date is None or b.date is None:
        return True
    x, y = a.date.value, b.date.value
    shared = min(_PRECISION_RANK[a.date.precision], _PRECISION_RANK[b.date.precision])
    return (
        x.year == y.year
        and (shared < _MONTH_RANK or x.month == y.month)
        and (shared < _DAY_RANK or x.day == y.day)
    )


def dates_near(a: Event, b: Event) -> bool:
    """Both dated, at most :data:`NEAR_DAYS` apart: announced Monday, taking effect
    Wednesday."""
    if a.date is None or b.date is None:
        return False
    return abs((a.date.value - b.date.value).days) <= NEAR_DAYS


def continues(a: Event, b: Event) -> bool:
    """One telling names the post, the other only tells when it begins or ends, and
    not before: "appointed X as director on Monday ... she takes up the post in
    September"."""
    if (a.role is None) == (b.role is None):
        return False
    bare, named = (a, b) if a.role is None else (b, a)
    if bare.date is None or named.date is None:
        return True
    return bare.date.value >= named.date.value


def background(ev: Event, published: dt.date | None = None) -> bool:
    """A START dated by a year alone, in the past, before the year of publication
    (when known): "X, who joined the firm in 2009, ..." tells where a career began,
    not the change the text reports."""
    return (
        ev.type is START
        and ev.date is not None
        and ev.date.precision is YEAR
        and ev.status is PAST
        and (published is None or ev.date.value.year < published.year)
    )


def _career_and_change(a: Event, b: Event, published: dt.date | None) -> bool:
    """One START a background year dates (:func:`background`) with no post or
    another post than the other, which is undated: "X will succeed her as group
    CEO ... X, who joined the firm in 2009 (as an analyst)": two STARTs."""
    if a.date is not None and b.date is not None:
        return False  # (neither is undated)
    for old, new in ((a, b), (b, a)):
        if (
            new.date is None
            and background(old, published)
            and (old.role is None or not roles_compatible(old.role, new.role))
        ):
            return True
    return False


def same_change(a: Event, b: Event, published: dt.date | None = None) -> bool:
    """``a`` and ``b`` tell one change (``published``: the document's date, which
    tells a background year from the year of the change)."""
    if a.type is not b.type or fold(a.person) != fold(b.person):
        return False
    return _same_change_of_kin(a, b, published)


def _same_change_of_kin(a: Event, b: Event, published: dt.date | None = None) -> bool:
    """:func:`same_change` of two events of one type and one person (the events
    :func:`_collapse` compares)."""
    if a.trigger == b.trigger and _two_posts(a.role, b.role):
        return False  # one telling of two posts: "named CEO and member of its board"
    if _career_and_change(a, b, published):
        return False
    if dates_compatible(a, b):
        return roles_compatible(a.role, b.role) or a.status is b.status
    if _assumes(a) is not _assumes(b):
        # "elected X president on Wednesday ... She will take office on July 1": one
        # change, when the post is taken up (not before it was given)
        took, given = (a, b) if _assumes(a) else (b, a)
        return (
            roles_compatible(a.role, b.role)
            and orgs_compatible(a.org, b.org)
            and (took.date is None or given.date is None or took.date.value >= given.date.value)
        )
    if _told_departure(a) is not _told_departure(b):
        # "X will step down in March ... X revealed the details of his departure on
        # Wednesday": the day it was told, not a second departure
        return roles_compatible(a.role, b.role) and orgs_compatible(a.org, b.org)
    if _replaced_side(a) or _replaced_side(b):
        # "she succeeds Y, who said he would step down at the end of the year": the
        # succession's time is the successor's, no second departure
        return roles_compatible(a.role, b.role)
    return dates_near(a, b) and roles_compatible(a.role, b.role)


_SUCCESSION_RULES = frozenset(r.value for r in Rule if r.succession)
_NOUN_TOLD: str = RULE_NOUN_TOLD.value


def _precision_rank(ev: Event) -> int:
    return 0 if ev.date is None else _PRECISION_RANK[ev.date.precision]


def _replaced_side(ev: Event) -> bool:
    """The END a succession implies ("named to succeed Y"): its time is the
    successor's, weak evidence of when Y went."""
    return ev.type is END and ev.rule in _SUCCESSION_RULES


#: The reason of a post taken up ("took office", "was sworn in"; ``triggers.tsv``).
ASSUMPTION = "assumption"


def _assumes(ev: Event) -> bool:
    """A START that tells a post taken up ("will take office on July 1")."""
    return ev.type is START and ev.reason == ASSUMPTION


def _told_departure(ev: Event) -> bool:
    """A departure told by a verb of telling ("announced his resignation on
    Monday"): dated, where dated, by when it was told."""
    return ev.rule == _NOUN_TOLD


def merge(kept: Event, other: Event) -> Event:
    """``kept`` with what ``other`` adds."""
    role = other.role if kept.role is None else kept.role
    org = other.org if kept.org is None else kept.org
    date, status, dated = kept.date, kept.status, False
    rank, other_rank = _precision_rank(kept), _precision_rank(other)
    later_effect = (
        kept.date is not None
        and other.date is not None
        and not dates_compatible(kept, other)
        and continues(kept, other)
    )
    if _told_departure(other) and not _told_departure(kept) and not dates_compatible(kept, other):
        # the day a departure was told does not date the departure the text tells
        pass
    elif later_effect:
        # "appointed on Monday ... takes up the post in September": the change
        # happens when it takes effect, however precisely the announcement is dated.
        if other.date is not None and kept.date is not None and other.date.value > kept.date.value:
            date, status, dated = other.date, other.status, True
    elif other_rank > rank or (
        other_rank == rank
        and kept.date is not None
        and other.date is not None
        and other.date.value > kept.date.value
        and not _replaced_side(other)
    ):
        # The telling that dates the change also knows best whether it is past;
        # of two days, the later is when it takes effect ("appointed on Monday ...
        # will take charge on Wednesday").
        date, status, dated = other.date, other.status, True
    if (
        not dated
        and other.status is not kept.status
        and _replaced_side(kept)
        and not _replaced_side(other)
        and other_rank >= rank
    ):
        # "succeeding Y, who will retire after 20 years": Y's own verb tells whether
        # Y has gone, not the successor's
        status = other.status
    # (every field given, in order: many times cheaper than attrs.evolve)
    return make_event(
        kept.type, kept.person, role, org, date, status, kept.evidence, kept.span,
        kept.trigger, kept.reason, max(kept.confidence, other.confidence), kept.rule,
        kept.source,
    )  # fmt: skip


class DedupeStage:
    """Builds the events from the dated candidates and collapses repeated tellings
    of one change: the last step, which fills ``events``."""

    name = "dedupe"
    requires: tuple[str, ...] = ("candidates", "dates")
    provides: tuple[str, ...] = ("events", "unique_events")

    def __call__(self, doc: Document) -> Document:
        events = [c.to_event(doc.text, doc.source) for c in doc.candidates]
        doc.events = collapse_tellings(events, doc.published)
        return doc


def held_posts(events: list[Event], people: list[str] | None = None) -> list[Event]:
    """A START told without its post, dated before the same person's END of a post
    at the same body, took that post: "fired head coach X on Thursday ... X was
    hired in January 2021" gives the hire the head coach's post. ``people``: each
    event's person folded, where the caller has them."""
    if people is None:
        people = [fold(ev.person) for ev in events]
    ends: dict[str, list[Event]] = {}
    for ev, person in zip(events, people, strict=True):
        if ev.type is END and ev.role is not None and ev.date is not None:
            ends.setdefault(person, []).append(ev)
    if not ends:
        return events
    out = []
    for ev, person in zip(events, people, strict=True):
        if ev.type is START and ev.role is None and ev.date is not None:
            start = ev.date.value
            for end in ends.get(person, ()):
                assert end.date is not None
                if start < end.date.value and orgs_compatible(ev.org, end.org):
                    ev = attrs.evolve(ev, role=end.role, org=ev.org or end.org)
                    break
        out.append(ev)
    return out


def orgs_compatible(a: str | None, b: str | None) -> bool:
    """Two names can name one organisation: one missing, a shared word (legal forms
    and "the", "office", "company" aside), or one the initials of the other ("RBI",
    "Reserve Bank of India")."""
    if not a or not b:
        return True
    wa, wb = org_name_words(a), org_name_words(b)
    if not wa or not wb or wa & wb:
        return True
    short, long = sorted((a, b), key=len)
    initials = "".join(w[0] for w in long.split() if w[:1].isupper())
    return short.replace(".", "").upper() == initials.upper() and len(initials) >= 2


def org_name_words(org: str) -> set[str]:
    """The folded words of an organisation's name that tell it apart."""
    return {w for w in re.findall(r"\w+", fold(org)) if w not in _org_shared()}


def _continues_of_kin(a: Event, b: Event, published: dt.date | None = None) -> bool:
    """Of two events of one type and one person, one continues the other (the
    second pass of :func:`collapse_tellings`)."""
    return continues(a, b) and not _career_and_change(a, b, published)


#: What :func:`_collapse` groups events by: the type and the person's folded name.
_Kin = tuple[EventType, str]


def _collapse(
    events: list[Event],
    kins: list[_Kin],
    same: Callable[[Event, Event, dt.date | None], bool],
    published: dt.date | None,
) -> tuple[list[Event], list[_Kin]]:
    """Each event merged into the first kept one of its kin (``kins``, one an event)
    that ``same`` (given ``published``) says tells its change, else kept; the kept
    events and their kins (a merge keeps the person and the type)."""
    out: list[Event] = []
    out_kins: list[_Kin] = []
    by_kin: dict[_Kin, list[int]] = {}
    for ev, kin in zip(events, kins, strict=True):
        slots = by_kin.get(kin)
        if slots is None:
            # (the first of its kin: nothing to compare it with)
            by_kin[kin] = [len(out)]
            out.append(ev)
            out_kins.append(kin)
            continue
        for i in slots:
            if same(out[i], ev, published):
                out[i] = merge(out[i], ev)
                break
        else:
            slots.append(len(out))
            out.append(ev)
            out_kins.append(kin)
    return out, out_kins


def collapse_tellings(events: list[Event], published: dt.date | None) -> list[Event]:
    """One event per change among ``events`` told in one text published on
    ``published``: tellings of one change first; then a post-less telling dated
    later joins the change whose post another telling named. The stage does this to
    the events of its candidates, :meth:`personnel_events.Pipeline.parse` to the
    events of the pieces of one long text."""
    # The type and the folded person of each event, once: both passes group by them,
    # and what they compare is then of one kin.
    kins = [(ev.type, fold(ev.person)) for ev in events]
    events, kins = _collapse(events, kins, _same_change_of_kin, published)
    events, kins = _collapse(events, kins, _continues_of_kin, published)
    return held_posts(events, [person for _, person in kins])
