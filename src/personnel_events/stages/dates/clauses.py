"""Clauses a time may belong to: background clauses of someone else (", who
joined in 2015,", "after Y resigned in May"), the clauses of a sentence, and the
per-document cache of both."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, TypeAlias

import attrs

from ...modality import plan_words
from .expressions import _Expression, find_expressions, folded

if TYPE_CHECKING:  # pragma: no cover
    pass


@functools.cache
def planned_clause_re() -> re.Pattern[str]:
    """A cue of a change to come or a hedge before "to" (``modality.plan_words``):
    the clause is a plan or an expectation, not a thing done ("is expected to make
    changes", "plans to announce promotions")."""
    words = "|".join(sorted(map(re.escape, plan_words()), key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\s+to\b", re.I)


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
    span = text[start:end]
    # (a loop of in tests: a generator of str.find calls cost twice as much)
    for word in _SUBORDINATORS:
        if word in span:
            for m in _SUBORDINATE_CLAUSE_RE.finditer(text, start, end):
                out.append((m.start(), m.end(), None))
            break
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
    #: The text in lower case (:func:`folded`), made once for all its spans.
    lower: str | None = attrs.field(init=False)

    @lower.default
    def _lower(self) -> str | None:
        return folded(self.text)

    def folded_span(self, start: int, end: int) -> str | None:
        """``text[start:end]`` in lower case, cut from :attr:`lower` (None without it)."""
        return None if self.lower is None else self.lower[start:end]

    def expressions_in(self, start: int, end: int) -> list[_Expression]:
        """:func:`find_expressions` in ``text[start:end]``."""
        found = self.expressions.get((start, end))
        if found is None:
            found = find_expressions(self.text, start, end, self.lower)
            self.expressions[(start, end)] = found
        return found

    def expressions_found(self, start: int, end: int) -> list[_Expression] | None:
        """The expressions of ``text[start:end]`` where they were looked for already
        (else None: finding them costs more than most questions asked of them)."""
        return self.expressions.get((start, end))

    def background(self, start: int, end: int, person: str = "") -> list[tuple[int, int]]:
        """:func:`background_clauses` in ``text[start:end]``."""
        found = self.clauses.get((start, end))
        if found is None:
            found = self.clauses[(start, end)] = _clauses(self.text, start, end)
        return _kept(found, person) if found else []  # (most spans hold no clause)
