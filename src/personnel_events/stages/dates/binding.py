"""Which expression dates which change, and what its clause tells of it: the
nearest time (not another change's, not a background's), a time of telling
("said on Monday"), an effect verb after a noun, an anaphor ("four days later")."""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import TYPE_CHECKING

import attrs

from ... import lexicon
from ...candidates import Candidate
from ...document import Document
from ...members import (
    DAY,
    FORM_BASE,
    FORM_ING,
    FORM_NOUN,
    FUTURE,
    MONTH,
    PAST,
    RULE_OBJECT,
    RULE_OBJECT_LIST,
    RULE_PASSIVE,
    YEAR,
)
from ...model import EventDate, Status
from .clauses import _Seen
from .expressions import (
    _DAYS,
    _NUMBERS,
    _SEASON_MONTH,
    _CaseBlind,
    _Expression,
    find_expressions,
    folded,
)
from .normalizer import _SEASON_RE, Normalizer

if TYPE_CHECKING:  # pragma: no cover
    pass

#: A sentence that says when the changes the text tells take effect.
_TAKES_EFFECT_RE = _CaseBlind(
    r"\b(?:take|takes|took|taking)\s+effect\b|\b(?:become|becomes|are|is)\s+effective\b"
    r"|\bsworn\s+in\b|\b(?:assume|take\s+up|start)\s+(?:their|the(?:ir)?\s+new)\s+"
    r"(?:roles|posts|positions|jobs|duties)\b"
)


def _may_take_effect(text: str, lower: str | None = None) -> bool:
    """Whether :data:`_TAKES_EFFECT_RE` may match somewhere in ``text``: a few plain
    lookups that every match holds, the case-blind regex being many times slower.
    ``lower`` is the lower case where the caller has it (:func:`~.expressions.folded`).
    A text whose lower case the folded patterns cannot read (a long s, a dotless i,
    the Kelvin sign) is looked up for words none of whose letters matches another
    character under IGNORECASE ("i", "s" and "k" do): "effect", "worn", "r|new <noun>"."""
    if lower is None:
        lower = folded(text)
        if lower is None:
            low = text.lower()
            return "effect" in low or "worn" in low or _TAKES_UP_HINT_RE.search(low) is not None
    return _may_take_effect_in(lower, 0, len(lower))


#: Words one of which every match of :data:`_TAKES_EFFECT_RE` holds in lower case:
#: "effect" ("take effect", "becomes effective"), "worn" ("sworn in"), or the noun
#: of "assume their new roles" (looked up one by one: a few plain lookups of a
#: sentence cost a tenth of a search of the regex that once hinted at the noun).
_TAKES_EFFECT_WORDS = ("effect", "worn", "roles", "posts", "positions", "jobs", "duties")


def _may_take_effect_in(lower: str, start: int, end: int) -> bool:
    """:func:`_may_take_effect` of ``text[start:end]``, read in place in the whole
    text's lower case ``lower`` (:func:`~.expressions.folded`)."""
    # (in a slice made once: ``in`` costs a third of a ``find`` with bounds, which
    # parses its arguments each time; a loop: a generator costs more than the tests)
    piece = lower[start:end]
    for word in _TAKES_EFFECT_WORDS:  # noqa: SIM110 - not any(): see above
        if word in piece:
            return True
    return False


#: What every match of the last branch of :data:`_TAKES_EFFECT_RE` holds in lower
#: case, read where a text has no folded lower case (:func:`_may_take_effect`).
_TAKES_UP_HINT_RE = re.compile(r"(?:r|new)\s+(?:role|po|job|dut)")
#: A past verb of telling: a time right beside it ("said on Monday", "On Tuesday, the
#: club confirmed") is the day of the telling, and points back.
_REPORTING = (
    r"(?:said|announced|confirmed|told|revealed|stated|disclosed|declared|unveiled"
    r"|reported|wrote|added|made\s+public)"
)
#: (in lower case where it can: case-blind, the engine enters each of the verbs at
#: every word rather than passing over those whose first letter differs)
_REPORTED_BEFORE_RE = _CaseBlind(rf"\b{_REPORTING}\s+(?:(?:on|late|early)\s+)*$")
_REPORTED_AFTER_RE = re.compile(rf"^,?\s+(?:[\w.'\u2019-]+\s+){{0,5}}?{_REPORTING}\b", re.I)
#: A verb of telling right after a time, inside its sentence: "The ministry on Friday
#: announced", "Acme on Monday confirmed" (the time is the telling's).
_REPORTING_NEXT_RE = re.compile(rf"\s+{_REPORTING}\b", re.I)


@functools.cache
def _told_object_re() -> re.Pattern[str]:
    """A past verb of telling, of receiving or of doing whose object is the noun
    that follows ("announced the sacking of", "confirmed the immediate departure
    of", "announced Tom Ash's resignation", "accepted the resignation of",
    "tendered her resignation"; the past forms of ``data/accepting_verbs.txt`` and
    ``data/done_noun_verbs.txt``): ``$``-anchored on the text before the noun."""
    verbs = {w for w in lexicon.words("accepting_verbs.txt") if w.endswith("ed")}
    verbs |= lexicon.words("done_noun_verbs.txt")
    done = "|".join(r"\s+".join(map(re.escape, v.split())) for v in sorted(verbs))
    return re.compile(
        rf"\b(?:{_REPORTING}|{done})\s+(?:(?:the|his|her|its|their)\s+(?:[a-z-]+\s+)?"
        r"|(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.-]*(?:'s|\u2019s|'|\u2019)\s+)$"
    )


#: The tense of a sentence that says when the changes take effect.
_FUTURE_CLAUSE_RE = _CaseBlind(
    r"\b(?:will|shall|would|is\s+to|are\s+to|to\s+be|set\s+to|due\s+to|scheduled)\b"
)
_PAST_CLAUSE_RE = _CaseBlind(r"\b(?:was|were|took|had|became|been)\b")
#: How many days before publication an occasion may be and still be the news.
OCCASION_DAYS = 31
#: How many sentences back a present-tense change looks for the dated change it continues.
NARRATIVE_SENTENCES = 2
#: How far from the trigger (in characters) an expression may stand and still be its time.
MAX_DISTANCE = 160


#: A verb of taking effect after a noun trigger ("her resignation takes effect
#: Monday", "his retirement became effective in May"), in the noun's clause, past a
#: phrase set off by commas ("her appointment, announced on Monday, takes effect").
_EFFECT_AFTER_RE = re.compile(
    r"(?:[^,;:]|,[^,;:]{0,40}?,){0,100}?"
    r"\b(?:(takes|will\s+take|becomes|will\s+become|is\s+to\s+take)"
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


#: How far after a verb of taking effect (in characters) the time it takes effect at stands.
_EFFECT_TIME_REACH = 12


def _effect_time(text: str, c: Candidate, exprs: list[_Expression]) -> _Expression | None:
    """The time right after the verb of taking effect that follows a noun trigger
    ("her appointment, announced on Monday, takes effect on April 1": April 1)."""
    if c.trigger.form is not FORM_NOUN:
        return None
    m = _EFFECT_AFTER_RE.match(text, c.trigger.end, c.span[1])
    if m is None:
        return None
    return next((e for e in exprs if m.end() <= e.start <= m.end() + _EFFECT_TIME_REACH), None)


def _effect_tense(text: str, c: Candidate) -> str | None:
    """Where a noun trigger's time points when a verb of taking effect follows it
    in its clause: "future" ("takes effect", "will become effective"), "past"
    ("took effect"), else None."""
    if c.trigger.form is not FORM_NOUN:
        return None
    m = _EFFECT_AFTER_RE.match(text, c.trigger.end, c.span[1])
    if m is None:
        return None
    return "future" if m.group(1) else "past"


#: A whose-clause that tells when a term ends, by its verb's tense: "whose term ends
#: in December", "whose mandate will expire", "whose contract ran out in June".
_TERM_END_RE = re.compile(
    r",\s*whose\s+(?:[\w-]+\s+){1,3}?(?:(?P<ahead>ends|expires|runs\s+out|is\s+due\s+to\s+end"
    r"|will\s+(?:end|expire|run\s+out))|ended|expired|ran\s+out)\b",
    re.I,
)


def _term_end_tense(text: str, c: Candidate, chosen: _Expression) -> str | None:
    """Where a time in a whose-clause that tells when a term ends points, by the
    clause's verb: "replacing Y, whose term ends in December" (ahead: the next
    December), "whose term ended in May" (back); None where no such clause stands
    between the trigger and the time."""
    if chosen.start < c.trigger.end or "whose" not in text[c.trigger.end : chosen.start]:
        return None  # (most times: no whose-clause before them)
    found = [*_TERM_END_RE.finditer(text, c.trigger.end, chosen.start)]
    if not found:
        return None
    return "future" if found[-1].group("ahead") else "past"  # (the clause nearest the time)


def _main_verb(c: Candidate, by_span: dict[tuple[int, int], list[Candidate]]) -> Candidate | None:
    """For a participle with no tense of its own ("replacing Y"), the change told by
    the finite verb before it in the sentence, if that verb settled its tense."""
    if not c.trigger.participle or c.tense_settled or c.trigger.form is FORM_NOUN:
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


def _time_of_telling(text: str, e: _Expression, c: Candidate, lower: str | None = None) -> bool:
    """The expression dates the telling of ``c``'s change rather than the change: a
    past verb of telling or another past verb governs it ("said on Monday", "On
    Friday, Acme appointed", "voted on Monday night to replace"). A time said to
    be when the change takes effect never is. ``lower`` is the text in lower case
    (:func:`~.expressions.folded`) where the caller has it."""
    return not e.effective and (
        _reported(text, e, c.span, lower)
        or _leading_past(text, e, c.span)
        or _past_verb_before(text, e, c)
    )


def _reported(
    text: str, e: _Expression, sentence: tuple[int, int], lower: str | None = None
) -> bool:
    """The expression stands beside a past verb of telling: "said on Monday",
    "announced Tuesday", "On Friday, the club confirmed" (``lower`` as for
    :func:`_time_of_telling`)."""
    if _REPORTED_BEFORE_RE.search_in(text, lower, max(sentence[0], e.start - 30), e.start):
        return True
    # Only a time that opens the sentence governs the verb after it: in "X will join
    # in 2026, the orchestra announced on Tuesday" 2026 is the joining's.
    if _REPORTING_NEXT_RE.match(text, e.end, sentence[1]) is not None:
        return True  # "The ministry on Friday announced": the verb right after the time
    return (
        e.leading
        and _REPORTED_AFTER_RE.search(text[e.end : min(sentence[1], e.end + 60)]) is not None
    )


#: A present form of "be" right before a trigger: a progressive ("is stepping down").
_PRESENT_BE_BEFORE_RE = re.compile(r"\b(?:is|are|am)\s+(?:(?:also|now)\s+)?$", re.I)


def _present_progressive(text: str, c: Candidate) -> bool:
    """``c``'s trigger is a present progressive ("is joining Orbis on Monday"): an
    arrangement, whose day named is ahead."""
    start = c.trigger.start
    return _PRESENT_BE_BEFORE_RE.search(text, max(c.span[0], start - 20), start) is not None


def _day_direction(text: str, c: Candidate) -> str | None:
    """Where a day named with ``c``'s trigger points when its words leave the tense
    open: ahead for a present progressive ("is joining Orbis on Monday": an
    arrangement), back for a noun a past verb of telling or receiving takes
    ("announced the sacking of X on Friday", "accepted her resignation on Friday":
    the day the telling names); None otherwise."""
    form = c.trigger.form
    if form is FORM_ING and _present_progressive(text, c):
        return "future"
    if form is FORM_NOUN and _told_object(text, c):
        return "past"
    return None


def _told_object(text: str, c: Candidate) -> bool:
    """``c``'s trigger is a noun that a past verb of telling takes as its object ("the
    ministry announced the sacking of X", "confirmed Tom Ash's departure"): a day
    named in its clause is past, as the telling is."""
    start = c.trigger.start
    return _told_object_re().search(text, max(c.span[0], start - 60), start) is not None


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
    if c.trigger.form is not FORM_BASE:
        return False
    end = c.trigger.start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return text[max(0, end - 3) : end].lower() == " to"


#: A word of the text after a time (read by :func:`_leading_past`).
_WORD_RE = re.compile(r"[\w'\u2019-]+")
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
    words = _WORD_RE.findall(text[e.end : min(sentence[1], e.end + 80)])[:8]
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
    done_to = (RULE_OBJECT, RULE_OBJECT_LIST, RULE_PASSIVE)
    return (
        a.rule in done_to
        and b.rule in done_to
        and a.trigger.trigger.lemma == b.trigger.trigger.lemma
        and a.type is b.type
    )


def _under_way(d: EventDate, pub: dt.date) -> bool:
    """A month or year that holds the publication day: the date cannot tell
    whether the change has happened."""
    if d.precision is DAY:
        return False
    if d.precision is MONTH:
        return (d.value.year, d.value.month) == (pub.year, pub.month)
    return d.value.year == pub.year


#: How far before a trigger (in characters, within its clause) a cue of a change to
#: come is looked for: "will bring her tenure to a close".
_AHEAD_REACH = 40


def _ahead(
    text: str, e: _Expression, c: Candidate, direction: str, pub: dt.date | None = None
) -> bool:
    """The time of a change in the month or year under way is still ahead: it
    points ahead ("takes effect in March"), says so ("later this year"), is a
    season that begins after publication (``pub``: "in the autumn", told in May),
    or a cue of a change to come stands just before the trigger in its clause
    ("will end her tenure this month")."""
    if direction == "future" or e.text.lower().startswith("later"):
        return True
    if pub is not None and e.kind == "season":
        season = _SEASON_RE.search(e.text.lower())
        if season is not None and _SEASON_MONTH[season.group()] > pub.month:
            return True  # "takes up the post in the autumn", told in May
    start = max(c.span[0], c.trigger.start - _AHEAD_REACH)
    clause = re.split(r"[,;:]", text[start : c.trigger.start])[-1]
    return _FUTURE_CLAUSE_RE.search(clause) is not None


def _recent(d: EventDate, pub: dt.date) -> bool:
    """A day at most :data:`OCCASION_DAYS` before publication (or on it)."""
    return d.precision is DAY and 0 <= (pub - d.value).days <= OCCASION_DAYS


def _status(c: Candidate) -> Status:
    """The status as an event reports it: past unless something said otherwise."""
    return c.status or PAST


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
        if base is None or base.precision is not DAY:
            continue
        low = expr.text.lower()
        if expr.kind == "that_day":
            return EventDate(base.value, DAY, expr.text)
        if "next" in low or "following" in low:
            days = 1
        else:
            n_word, unit = low.split()[0], low.split()[1].rstrip("s")
            n = int(n_word) if n_word.isdigit() else _NUMBERS.get(n_word, 1)
            days = n * 7 if unit == "week" else n
        try:
            return EventDate(base.value + dt.timedelta(days=days), DAY, expr.text)
        except OverflowError:  # past 9999-12-31
            return None
    return None


def _semicolon_between(text: str, e: _Expression, trigger: tuple[int, int]) -> bool:
    """A semicolon stands between an expression and a trigger (looked for in place,
    not in a copy of the text between)."""
    if e.end <= trigger[0]:
        return text.find(";", e.end, trigger[0]) >= 0
    return text.find(";", trigger[1], e.start) >= 0


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
        # (most sentences have no background clause and tell one change: no test)
        if background and any(
            c_start <= e.start and e.end <= c_end and not c_start <= trigger[0] < c_end
            for c_start, c_end in background
        ):
            continue  # "Roe, who joined in 2015, resigned": the clause's own time
        mine = _distance(e, trigger)
        if others and any(_distance(e, o) < mine for o in others):
            continue  # another event's trigger is nearer: its time, not ours
        dist = mine
        if e.leading and dist > MAX_DISTANCE:
            dist = MAX_DISTANCE  # "On Thursday, X and Y also resigned": the whole sentence
        if dist > MAX_DISTANCE:
            continue
        if best is None or dist < best[0]:
            best = (dist, e)
    return best[1] if best else None


def _kin_time(
    chosen: _Expression,
    exprs: list[_Expression],
    c: Candidate,
    kin: list[Candidate],
    earlier: list[Candidate],
    others: list[tuple[int, int]],
    background: list[tuple[int, int]],
) -> _Expression | None:
    """A time between another change of the same person and this one's trigger is
    that change's, when this one has a time of its own after its trigger:

    - ``kin``, a change of the other type told by a finite verb: "was named CEO in
      2021 and left in 2023"; with no time after the trigger, the time is shared
      ("left Acme on Monday and joined Y") unless the two are told in other tenses
      ("resigned on Monday and will join Y": the joining has none);
    - ``earlier``, any change told by a finite verb before, where this one names a
      post other than that change's: "joined the board in 2019, becoming chair in
      2021", "joined Orbis in 1998 and became its chief executive in 2010"; else
      they share it ("was named CEO on Monday, succeeding Y", "was named coach on
      Tuesday, taking over a side that won the cup last month")."""
    trigger = c.trigger.span
    if chosen.end > trigger[0] or chosen.leading:
        return chosen
    before = [k for k in kin if k.trigger.end <= chosen.start]
    step = c.role is not None and any(
        k.trigger.end <= chosen.start and k.role != c.role for k in earlier
    )
    if not before and not step:
        return chosen
    after = _nearest([e for e in exprs if e.start >= trigger[1]], trigger, others, background)
    if after is not None or not before:
        return after or chosen
    tenses = {c.status, *(k.status for k in before)}
    return None if {PAST, FUTURE} <= tenses else chosen


#: What may stand between a period and the day that names it: "at the end of the
#: month, on March 29".
_APPOSITION_RE = re.compile(r"\s*,?\s*(?:on\s+)?")


def _named_day(text: str, chosen: _Expression, exprs: list[_Expression]) -> _Expression:
    """'at the end of the academic year on May 11', 'next week, on Tuesday': a day
    right after a period names the day in it the change happens."""
    if chosen.kind in _DAYS:
        return chosen
    for e in exprs:
        if (
            e.start >= chosen.end
            and e.kind in _DAYS
            and _APPOSITION_RE.fullmatch(text, chosen.end, e.start) is not None
        ):
            return attrs.evolve(e, effective=chosen.effective or e.effective)
    return chosen


#: How far after "a day after" (in characters) the trigger of the change it counts to may stand.
OFFSET_REACH = 100
#: What ends the clause "a day after" opens.
_CLAUSE_END_RE = re.compile(r";|\.\s")
#: A change told done now: "Acme has appointed X", "have sacked".
_PRESENT_PERFECT_RE = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?\w+(?:ed|en)\b", re.I)


def _later_kin(chosen: _Expression, c: Candidate, kin: list[Candidate]) -> str | None:
    """Where a time after a later change of the same person points ("has resigned,
    and she will return to the faculty on May 11": ahead, as "will return"), when
    that change's tense is settled; None where no such change stands between."""
    between = [
        k
        for k in kin
        if c.trigger.end <= k.trigger.start
        and k.trigger.end <= chosen.start
        and k.tense_settled
        and k.status is not None
    ]
    if not between:
        return None
    last = max(between, key=lambda k: k.trigger.start)
    return "future" if last.status is FUTURE else "past"


#: Words that make a count approximate: "less than a year after" names no time.
_ROUGHLY_BEFORE_RE = re.compile(
    r"\b(?:(?:less|more|fewer)\s+than|nearly|almost|about|around|some|over|under|roughly"
    r"|barely|approximately)\s*$",
    re.I,
)


def _offset_of(text: str, c: Candidate, exprs: list[_Expression]) -> _Expression | None:
    """The count ("a day after", "two weeks before") that opens the clause ``c``'s
    trigger stands in: "a day after Tom Ash resigned"; not an approximate one
    ("less than a year after")."""
    start = c.trigger.start
    for e in reversed(exprs):
        if (
            e.kind == "offset"
            and e.end <= start
            and start - e.end <= OFFSET_REACH
            and _CLAUSE_END_RE.search(text, e.end, start) is None
        ):
            roughly = _ROUGHLY_BEFORE_RE.search(text, max(0, e.start - 20), e.start)
            return None if roughly else e
    return None


def _counted_base(
    doc: Document,
    c: Candidate,
    offset: _Expression,
    exprs: list[_Expression],
    normalizer: Normalizer,
) -> EventDate | None:
    """The time a count is told from: the last time before it in the sentence ("on
    March 1, a day after ..."), else the publication day for a change told done now
    ("has appointed X, a week after sacking Y")."""
    before = [e for e in exprs if e.end <= offset.start and e.kind not in ANAPHORIC]
    if before:
        e = before[-1]
        return normalizer(e.kind, e.text, doc.published, "nearest")
    if doc.published is not None and _PRESENT_PERFECT_RE.search(doc.text, c.span[0], offset.start):
        return EventDate(doc.published, DAY, "")
    return None


def _counted(base: EventDate, offset: _Expression) -> EventDate:
    """``base`` moved by ``offset`` ("a day after": one day back, "a week before":
    one week on); a count finer than the base's precision leaves the base's period.
    Weeks give their month."""
    words = offset.text.lower().split()
    n = int(words[0]) if words[0].isdigit() else _NUMBERS.get(words[0], 1)
    unit = words[1].rstrip("s")
    sign = -1 if words[-1] == "after" else 1
    value = base.value
    if unit in {"day", "week"}:
        if base.precision is not DAY:
            return EventDate(value, base.precision, offset.text)
        value += dt.timedelta(days=sign * n * (7 if unit == "week" else 1))
        if unit == "day":
            return EventDate(value, DAY, offset.text)
        return EventDate(value.replace(day=1), MONTH, offset.text)
    if unit == "month" and base.precision is not YEAR:
        y, m = divmod(value.year * 12 + value.month - 1 + sign * n, 12)
        return EventDate(dt.date(y, m + 1, 1), MONTH, offset.text)
    if unit == "month":
        return EventDate(value, YEAR, offset.text)
    return EventDate(dt.date(value.year + sign * n, 1, 1), YEAR, offset.text)


def _distance(e: _Expression, trigger: tuple[int, int]) -> int:
    """Characters between an expression and a trigger; before the trigger counts
    double, since a time after the verb is likelier its own."""
    if e.start >= trigger[1]:
        return e.start - trigger[1]
    if e.end <= trigger[0]:
        return (trigger[0] - e.end) * 2
    return 0
