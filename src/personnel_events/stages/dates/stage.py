"""The dates stage: adds a date to each candidate and settles the status the
words left open; the document timeline across sentences."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from typing import TYPE_CHECKING

import attrs

from ...candidates import Candidate
from ...document import Document
from ...members import DAY, END, FORM_NOUN, FUTURE, NOMINATE, PAST, RULE_TITLE
from ...model import EventDate
from .binding import (
    _FUTURE_CLAUSE_RE,
    _TAKES_EFFECT_RE,
    ANAPHORIC,
    NARRATIVE_SENTENCES,
    _ahead,
    _anaphor,
    _clause_tense,
    _counted,
    _counted_base,
    _day_direction,
    _effect_tense,
    _effect_time,
    _infinitive,
    _kin_time,
    _later_kin,
    _main_verb,
    _may_take_effect,
    _may_take_effect_in,
    _modifies,
    _named_day,
    _nearest,
    _offset_of,
    _own_time,
    _recent,
    _same,
    _same_act,
    _semicolon_between,
    _status,
    _term_end_tense,
    _time_of_telling,
    _under_way,
)
from .clauses import _Seen, _sentence_clauses, planned_clause_re
from .expressions import _CaseBlind, _Expression
from .normalizer import Normalizer, _after, normalize

if TYPE_CHECKING:  # pragma: no cover
    pass


#: Words that tell a personnel occasion: a sentence with one of them and one recent
#: day dates the changes the following sentences tell without a time of their own.
_OCCASION_RE = _CaseBlind(
    r"\b(?:appoint\w*|nam(?:ed|ing)|nominat\w*|reshuffl\w*|shuffl\w*|sworn|promot\w*"
    r"|replac\w*|resign\w*|dismiss\w*|fired|sack\w*|remov\w*|elected|took\s+over"
    r"|takes?\s+over|took\s+office|step(?:ped|s)?\s+down)\b"
)
#: A part of each word of :data:`_OCCASION_RE`, as it stands in lower case (the
#: commonest first): a sentence without any of them outside its own changes'
#: triggers (:func:`_outside_triggers`) is not searched, the case-blind regex being
#: tried at each of its characters.
_OCCASION_STEMS = (
    *("nam", "appoint", "replac", "resign", "promot", "elected", "step", "took", "take"),
    *("remov", "fired", "sack", "dismiss", "nominat", "shuffl", "sworn"),
)


def _outside_triggers(lower: str, start: int, end: int, told: list[Candidate]) -> str:
    """``lower[start:end]`` without the triggers of ``told`` (the pieces left joined by
    blanks): an occasion word that no trigger holds (:meth:`_Triggers.hold`) stands
    whole in one piece, and most sentences that tell a change hold no other."""
    pieces = []
    at = start
    for t0, t1 in sorted(c.trigger.span for c in told):
        if t0 > at:
            pieces.append(lower[at : min(t0, end)])
        at = max(at, t1)
    pieces.append(lower[at:end])
    return " ".join(pieces)


class _Triggers:
    """The triggers of a text's changes, asked whether a word stands on one (sorted
    at the first question: most texts ask none)."""

    def __init__(self, cands: list[Candidate]) -> None:
        self._cands = cands
        self._spans: list[tuple[int, int]] = []
        self._starts: list[int] | None = None
        self._reach = 0

    def hold(self, first: int, end: int) -> bool:
        """A trigger holds ``first`` or starts in ``[first, end)`` (only triggers
        starting within the longest one's length before ``first`` can hold it)."""
        if self._starts is None:
            self._spans = sorted({c.trigger.span for c in self._cands})
            self._starts = [t0 for t0, _ in self._spans]
            self._reach = max(0, *(t1 - t0 for t0, t1 in self._spans))
        lo = bisect.bisect_left(self._starts, first - self._reach)
        hi = bisect.bisect_left(self._starts, end)
        # (a loop: a generator costs more than the one or two tests)
        for t0, t1 in self._spans[lo:hi]:  # noqa: SIM110 - not any(): see above
            if t0 <= first < t1 or first <= t0 < end:
                return True
        return False


def _may_tell_occasion(lower: str) -> bool:
    """Whether a sentence in lower case (:func:`~.expressions.folded`) may hold a
    word of :data:`_OCCASION_RE`: one of :data:`_OCCASION_STEMS`."""
    # (a loop: a generator for a few lookups costs more than they do)
    for stem in _OCCASION_STEMS:  # noqa: SIM110 - not any(): see above
        if stem in lower:
            return True
    return False


#: Words that tell an act is done again, on the same occasion: "He also appointed Y".
_ADDITIVE_RE = re.compile(
    r"\b(?:also|likewise|further|furthermore|additionally|similarly|in\s+addition|as\s+well)\b",
    re.I,
)


def _has_offset(exprs: list[_Expression]) -> bool:
    """A count ("a day after") is among ``exprs`` (a loop: a generator for the one or
    two expressions of a sentence costs more than their tests)."""
    for e in exprs:  # noqa: SIM110 - not any(): see above
        if e.kind == "offset":
            return True
    return False


def _direction(
    text: str, c: Candidate, chosen: _Expression, kin: list[Candidate], undetermined: bool
) -> str:
    """Where ``chosen``, the time of ``c``, points when it is not the day the change
    was told: "past", "future" or "nearest" (``undetermined``: the words left the
    change's tense open; ``kin``: the same person's other changes in the sentence)."""
    effect = _effect_tense(text, c)
    if effect is not None:
        # "Her resignation takes effect on January 5": the next January 5
        return effect
    later = _later_kin(chosen, c, kin)
    if later is not None:
        # "has resigned, and she will return to the faculty on May 11": the time
        # points as the clause of the later change it stands in
        return later
    if chosen.effective and not undetermined and c.status is FUTURE:
        # "would be promoted to president, effective Jan. 1": the next Jan. 1
        return "future"
    if c.reason == "expiry" and c.status is FUTURE:
        # "when his appointment ends on September 26": the term's end, still ahead
        return "future"
    term = _term_end_tense(text, c, chosen)
    if term is not None:
        # "succeeding Y, whose term ends in December": the clause's own tense
        return term
    if undetermined and chosen.kind == "weekday":
        day_points = _day_direction(text, c)
        if day_points is not None:
            return day_points
    if undetermined or chosen.effective:
        # "resigned, effective March 31": the resignation is past, its effect may not be.
        return "nearest"
    return "future" if c.status is FUTURE else "past"


def _recent_day(normalize: Normalizer, e: _Expression, pub: dt.date) -> EventDate | None:
    """The day ``e`` names where it may date an occasion: one at most
    :data:`~.binding.OCCASION_DAYS` before ``pub``, not counted from another day
    (None otherwise)."""
    if e.kind in ANAPHORIC:
        return None
    d = normalize(e.kind, e.text, pub, "past")
    return d if d is not None and _recent(d, pub) else None


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
        # Other changes told in the sentence own the times nearest them; a
        # participle ("will become president on April 1, replacing Y") shares the
        # time of its main verb: the triggers that may own a time, by sentence
        # (listed where the sentence has a time: with no expression there is no
        # time to own).
        owners: dict[tuple[int, int], list[tuple[tuple[int, int], str]]] = {}
        out: list[Candidate] = []
        for c in doc.candidates:
            exprs = seen.expressions_in(max(c.span[0], skip_before), c.span[1])
            if exprs and c.rule is RULE_TITLE:
                # "Incoming CEO X spoke on Monday": a title word tells a change with
                # no time of its own; the sentence's time is its verb's, unless it
                # says when something takes effect
                exprs = [e for e in exprs if e.effective]
            if exprs and _has_offset(exprs):
                # "a day after Tom Ash resigned": counted from the sentence's time
                counted = self._counted(doc, c, exprs)
                if counted is not None:
                    out.append(counted)
                    continue
                exprs = [e for e in exprs if e.kind != "offset"]
            others: list[tuple[int, int]] = []
            kin: list[Candidate] = []
            earlier: list[Candidate] = []
            if exprs:
                told = owners.get(c.span)
                if told is None:
                    told = owners[c.span] = [
                        (o.trigger.span, o.person_name)
                        for o in by_span[c.span]
                        if not o.trigger.participle
                    ]
                mine = c.trigger.span
                others = [t for t, name in told if t != mine and name != c.person_name]
                if not c.trigger.participle:
                    kin = [
                        o
                        for o in by_span[c.span]
                        if o.trigger.span != mine
                        and o.person_name == c.person_name
                        and o.type is not c.type
                        and not o.trigger.participle
                    ]
                if c.role is not None:  # (what _kin_time asks of them first)
                    earlier = [
                        o
                        for o in by_span[c.span]
                        if o.trigger.end <= mine[0]
                        and o.person_name == c.person_name
                        and not o.trigger.participle
                    ]
            out.append(
                self._date_candidate(
                    doc,
                    c,
                    exprs,
                    others,
                    skip_before,
                    seen,
                    _main_verb(c, by_span),
                    kin,
                    earlier,
                )
            )
        out = self._coordinated(out, seen)
        out = self._succession_sides(doc, out, seen)
        out = self._predecessor_time(out)
        out = self._narrative_present(doc, out, seen)
        out = self._effective_for_all(doc, out, skip_before, seen)
        doc.candidates = self._timeline(doc, out, skip_before, seen)
        return doc

    def _counted(self, doc: Document, c: Candidate, exprs: list[_Expression]) -> Candidate | None:
        """'on March 1, a day after Tom Ash resigned': a change told in a clause a
        count opens happened that far from the sentence's time (None where the
        trigger stands in no such clause or the count has no time to go from)."""
        offset = _offset_of(doc.text, c, exprs)
        if offset is None:
            return None
        rest = [e for e in exprs if e.kind != "offset"]
        base = _counted_base(doc, c, offset, rest, self.normalize)
        if base is None:
            return None
        date = _counted(base, offset)
        status = _status(c)
        if doc.published is not None:
            status = FUTURE if _after(date, doc.published) else PAST
        return c.but(date=date, status=status)

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
            and c.status is not FUTURE
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
            if c.date is not None and _recent(c.date, pub) and _status(c) is PAST:
                occasions.setdefault(c.sentence, (c.date, by_sentence[c.sentence]))
        triggers = _Triggers(cands)
        whole = seen.lower
        for si, sent in enumerate(doc.sentences[: max(undated)]):
            if sent.end <= skip_before:
                continue
            told = by_sentence.get(si)
            if whole is not None and not _may_tell_occasion(
                whole[sent.start : sent.end]
                if told is None
                else _outside_triggers(whole, sent.start, sent.end, told)
            ):
                continue  # (no occasion word but its changes' own)
            start = max(sent.start, skip_before)
            known = seen.expressions_found(start, sent.end)
            if known is not None and all(
                _recent_day(self.normalize, e, pub) is None for e in known
            ):
                # A sentence read for its times already (one that tells a change)
                # names no recent day: no occasion, its words are not looked for.
                continue
            lower = seen.folded_span(sent.start, sent.end)
            sentence = doc.text[sent.start : sent.end]
            words = [
                m
                for m in _OCCASION_RE.finditer(sentence, lower)
                if not triggers.hold(sent.start + m.start(), sent.start + m.end())
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
                and not _FUTURE_CLAUSE_RE.search(
                    sentence[c0:c1], None if lower is None else lower[c0:c1]
                )
                and not planned_clause_re().search(sentence, c0, c1)
            ]
            if not done:
                continue
            background = seen.background(start, sent.end)
            days = set()
            for e in seen.expressions_in(start, sent.end):
                if any(b0 <= e.start < b1 for b0, b1 in background):
                    continue
                if not any(c0 <= e.start < c1 for c0, c1 in done):
                    continue
                d = _recent_day(self.normalize, e, pub)
                if d is not None:
                    days.add(d)
            if len(days) == 1:
                occasions[si] = (days.pop(), None)
        if not occasions:
            return cands
        out = list(cands)
        order = sorted(occasions)
        for idx, c in enumerate(cands):
            if c.date is not None or c.status is FUTURE:
                continue
            if seen.expressions_in(max(c.span[0], skip_before), c.span[1]):
                # The sentence has a time of its own that is not this change's: another
                # change's, or a background ("a day after Y resigned in December 2018").
                continue
            told_with = by_sentence[c.sentence]
            # "He also appointed Y": the same act again, on the same occasion (looked
            # for once an occasion of other people asks: the regex is tried at each
            # character of the sentence, and most changes have no occasion before them)
            again: bool | None = None
            for si in reversed(order[: bisect.bisect_left(order, c.sentence)]):
                date, of_people = occasions[si]
                if of_people is not None and not any(
                    _same(a, b) for a in told_with for b in of_people
                ):
                    if again is None:
                        again = _ADDITIVE_RE.search(doc.text, c.span[0], c.span[1]) is not None
                    if not (again and any(_same_act(c, b) for b in of_people)):
                        continue
                out[idx] = c.but(date=date, status=PAST)
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
        if not dated:
            return cands  # no side has a time of its own to give (most texts)
        # (every change of the trigger: "Y will take over from X when he retires at
        # the end of March" tells Y's start by the verb and X's end by its "from")
        return [
            c.but(date=dated[c.trigger.span]) if c.date is None and c.trigger.span in dated else c
            for c in cands
        ]

    @staticmethod
    def _predecessor_time(cands: list[Candidate]) -> list[Candidate]:
        """'X will retire on Jan. 1. Y will succeed her.': a succession told with no
        time takes the one the text gives the predecessor's departure, told of the
        same person with the same status at most :data:`NARRATIVE_SENTENCES`
        before or after; both sides of it, since one goes as the other comes."""
        # the dated departures by sentence: a long text has thousands, and each
        # succession looks only at the sentences around its own
        leaving: dict[int, list[Candidate]] = {}
        for c in cands:
            if c.type is END and c.date is not None and not c.rule.succession:
                leaving.setdefault(c.sentence, []).append(c)
        if not leaving:
            return cands
        sides: dict[tuple[int, int], list[Candidate]] = {}
        for c in cands:
            if c.rule.succession:
                sides.setdefault(c.trigger.span, []).append(c)
        dated: dict[tuple[int, int], EventDate] = {}
        for span, told in sides.items():
            gone = [c for c in told if c.type is END]
            if not gone or any(c.date is not None for c in told):
                continue
            days = {
                e.date
                for g in gone
                for near in range(-NARRATIVE_SENTENCES, NARRATIVE_SENTENCES + 1)
                for e in leaving.get(g.sentence + near, ())
                if e.date is not None and _same(e, g) and _status(e) is _status(g)
            }
            if len(days) == 1:
                dated[span] = days.pop()
        if not dated:
            return cands  # no succession takes a departure's time
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
        # the sentence each span starts in, looked up once (a binary search)
        sentence_at: dict[int, int] = {}

        def sentence_of(c: Candidate) -> int:
            start = c.span[0]
            si = sentence_at.get(start)
            if si is None:
                si = sentence_at[start] = doc.sentence_at(start)
            return si

        for idx, c in enumerate(cands):
            if c.tense_settled or out[idx].date is not None:
                continue
            here = sentence_of(c)
            for back_idx in range(idx - 1, -1, -1):
                prev = out[back_idx]
                back = here - sentence_of(prev)
                if back > NARRATIVE_SENTENCES:
                    break
                if (
                    back > 0
                    and prev.date is not None
                    and prev.date.precision is DAY
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
        if not _may_take_effect(doc.text, seen.lower):
            return cands
        told = {c.span for c in cands}
        whole = seen.lower
        for sent in doc.sentences:
            if (sent.start, sent.end) in told or sent.end <= skip_before:
                continue
            # (the words looked for in place, before the sentence is cut out)
            if whole is not None and not _may_take_effect_in(whole, sent.start, sent.end):
                continue
            sentence = doc.text[sent.start : sent.end]
            lower = seen.folded_span(sent.start, sent.end)
            if whole is None and not _may_take_effect(sentence, lower):
                continue
            if _TAKES_EFFECT_RE.search(sentence, lower) is None:
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
                status = FUTURE if _after(date, doc.published) else PAST
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
        kin: list[Candidate] | None = None,
        earlier: list[Candidate] | None = None,
    ) -> Candidate:
        if not exprs:
            # No time to choose (a third of the changes): only a participle's main
            # verb tells anything, as below where nothing is chosen.
            return c if main is None else c.but(status=main.status, tense_settled=True)
        # A noun ("announced his resignation", "confirmed the sacking of X") tells no
        # tense of its own: its time decides whether it has happened.
        undetermined = not c.tense_settled or c.trigger.form is FORM_NOUN
        span = c.trigger.span  # (a property: made once)
        # "X is retiring as CEO; his daughter will take over in January": a time
        # past a semicolon is the other clause's
        exprs = [
            e
            for e in exprs
            if not _semicolon_between(doc.text, e, span)
            and (not e.possessive or _modifies(doc.text, e, c))
        ]
        # (with no expression there is nothing to choose: the clauses are not looked for)
        background = seen.background(*c.span, c.person_name) if exprs else []
        chosen = _nearest(exprs, span, others, background) if exprs else None
        if chosen is not None and (kin or earlier):
            chosen = _kin_time(chosen, exprs, c, kin or [], earlier or [], others, background)
        chosen = _effect_time(doc.text, c, exprs) or chosen
        if chosen is not None:
            chosen = _named_day(doc.text, chosen, exprs)
        if main is not None and (chosen is None or chosen.end <= c.trigger.start):
            # "elected X on Sunday, replacing Y": the participle has its main verb's
            # tense; a time after it ("replacing Y, whose term ends Friday") decides
            c = c.but(status=main.status, tense_settled=True)
            undetermined = False
        if chosen is None:
            return c
        if chosen.kind == "immediate":
            # "announced last week his resignation, effective immediately": when it was told.
            told = _nearest([e for e in exprs if e.kind != "immediate"], span, others, [])
            if told is not None and (undetermined or c.status is not FUTURE):
                chosen = attrs.evolve(told, effective=True)
        # Whether the time is the day the change was told ("said on Monday": a few
        # patterns around it) points the time back, and settles the status of a
        # change to come, a nomination or a change whose words left the tense open.
        # A change told done points back anyway, mostly: for it, the question is
        # asked only where its time would point elsewhere.
        asked = undetermined or c.status is FUTURE or c.type is NOMINATE
        reported = asked and _time_of_telling(doc.text, chosen, c, seen.lower)
        if (
            reported
            and not undetermined
            and c.status is FUTURE
            and c.type is not NOMINATE
            and not _infinitive(doc.text, c)
        ):
            # "announced Tuesday she will resign": Tuesday is when it was told, and
            # the change is still ahead; only a time of its own dates it
            rest = [e for e in exprs if e is not chosen]
            chosen = _nearest(rest, span, others, background)
            if chosen is None or _time_of_telling(doc.text, chosen, c, seen.lower):
                return c
            reported = False
        if reported:
            direction = "past"
        else:
            direction = _direction(doc.text, c, chosen, kin or [], undetermined)
            if direction != "past" and not asked:
                reported = _time_of_telling(doc.text, chosen, c, seen.lower)
                if reported:
                    direction = "past"
        if chosen.kind in ANAPHORIC:
            date = _anaphor(doc, chosen, skip_before, self.normalize)
        else:
            date = self.normalize(chosen.kind, chosen.text, doc.published, direction)
        if date is None:
            return c
        status = _status(c)
        if doc.published is not None and (undetermined or chosen.effective):
            status = FUTURE if _after(date, doc.published) else PAST
            if (
                status is PAST
                and _under_way(date, doc.published)
                and _ahead(doc.text, chosen, c, direction, doc.published)
            ):
                # "will end her tenure in March", told in March: still to come
                status = FUTURE
        elif reported and c.type is NOMINATE:
            # "Biden said on Monday that he would nominate X": saying it is nominating.
            status = PAST
        elif reported and c.status is FUTURE and _infinitive(doc.text, c):
            # "On Friday, Acme appointed X to succeed Y": the infinitive is the
            # appointment's purpose, done on the day the past clause tells.
            status = PAST
        return c.but(date=date, status=status)
