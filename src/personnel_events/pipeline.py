"""Stage protocol and Pipeline: an ordered list of named stages over one Document."""

from __future__ import annotations

import datetime as dt
import gc
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, Protocol, runtime_checkable

import attrs

from .document import Document
from .errors import InvalidDateError, InvalidInputError, PipelineError
from .model import Event
from .repair import Repaired, repair

#: Over a text this long or longer, :meth:`Pipeline.run` pauses the cyclic garbage
#: collector while the stages run (and enables it again if it was enabled):
#: hundreds of thousands of tokens, mentions and candidates set off collections of
#: the oldest generation, each of which walks everything the process holds, so that
#: the cost grew faster than the text (a fifth of the time for 1 MB).
PAUSE_GC_CHARS = 100_000
#: :meth:`Pipeline.parse` reads a text this long or longer (a feed or an archive
#: run together, not an article) in pieces of about :data:`PIECE_CHARS`, cut at
#: paragraph breaks, so that what it holds at once is bounded whatever the length:
#: a 4 MB text otherwise holds some 700,000 tokens and their mentions together.
LONG_TEXT_CHARS = 500_000
PIECE_CHARS = 250_000


@runtime_checkable
class Stage(Protocol):
    """One step of a pipeline.

    ``requires`` names the document layers the stage reads, ``provides`` the ones it
    fills. A stage is any object with these three attributes and ``__call__``; it
    must not keep per-document state between calls (pipelines are shared across
    threads).
    """

    name: str
    requires: tuple[str, ...]
    provides: tuple[str, ...]

    def __call__(self, doc: Document) -> Document: ...


@runtime_checkable
class QuietCheck(Protocol):
    """What a stage may add to :class:`Stage`: a cheap test that a document holds
    nothing it can match (``quiet``), reading only the layers ``quiet_requires``
    names.

    When the first stage of a pipeline that provides ``candidates`` has it,
    :meth:`Pipeline.parse` asks it as soon as those layers are filled. When the
    document is quiet, the candidates are none, and the stages from there up to
    that one (in the default pipeline: coreference and matching) are not run;
    the stages after it (dates, dedupe, a user's own) still are. Many articles of
    a news feed tell no change. This is done only when no stage after it requires
    a layer the skipped stages provide; :meth:`Pipeline.run` always runs every
    stage."""

    quiet_requires: tuple[str, ...]

    def quiet(self, doc: Document) -> bool: ...


#: The publication dates accepted: relative dates ("next year", "last month") are
#: read against them, so a year either side must still be on the calendar. Year 1
#: and year 9999 are most often placeholders for an unknown date (0001-01-01,
#: 9999-12-31), and are refused with the rest.
EARLIEST_PUBLISHED = dt.date(2, 1, 1)
LATEST_PUBLISHED = dt.date(9998, 12, 31)

_ISO_DAY_RE = re.compile(r"[+-]?\d{4}-\d{2}-\d{2}")


def coerce_published(published: dt.date | dt.datetime | str | None) -> dt.date | None:
    """Turn a ``published`` argument into a date, or raise ``InvalidDateError``
    naming the value and what is wrong with it: not a date, a day that does not
    exist ("2024-02-30"), or a year outside 2..9998 (see :data:`EARLIEST_PUBLISHED`)."""
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        day = published.date()
    elif isinstance(published, dt.date):
        day = published
    elif isinstance(published, str):
        value = published.strip()
        try:
            if len(value) > 10 and value[10] in "T ":
                day = dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date()
            else:
                day = dt.date.fromisoformat(value)
        except ValueError as exc:
            if _ISO_DAY_RE.match(value):
                # The shape is right; the day, month or year is not ("2024-02-30").
                raise InvalidDateError(
                    f"published={published!r} is not a real date ({exc})"
                ) from None
            raise InvalidDateError(
                f"published={published!r} is not an ISO date (expected YYYY-MM-DD)"
            ) from None
    else:
        raise InvalidDateError(
            f"published={published!r} has type {type(published).__name__}; "
            "expected a date, a datetime, an ISO date string or None"
        )
    if not EARLIEST_PUBLISHED <= day <= LATEST_PUBLISHED:
        raise InvalidDateError(
            f"published={published!r} is out of range: relative dates are read against it, "
            f"so it must lie between {EARLIEST_PUBLISHED} and {LATEST_PUBLISHED}"
        )
    return day


class Pipeline:
    """An ordered list of named stages.

    Pipelines are immutable: ``replace``, ``insert`` and ``remove`` return a new one.
    Building checks that names are unique and that every stage's ``requires`` is
    provided by a stage before it.
    """

    __slots__ = ("_gate", "_stages")

    def __init__(self, stages: Iterable[Stage]) -> None:
        self._stages: tuple[Stage, ...] = tuple(stages)
        self._check()
        self._gate = _gate_of(self._stages)

    def _check(self) -> None:
        seen: set[str] = set()
        provided: set[str] = set()
        for stage in self._stages:
            for attr in ("name", "requires", "provides"):
                if not hasattr(stage, attr):
                    raise PipelineError(f"{stage!r} is not a Stage: it has no {attr!r}")
            if not callable(stage):
                raise PipelineError(f"stage {stage.name!r} is not callable")
            if stage.name in seen:
                raise PipelineError(f"duplicate stage name {stage.name!r}; stages are {self.names}")
            missing = [layer for layer in stage.requires if layer not in provided]
            if missing:
                raise PipelineError(
                    f"stage {stage.name!r} requires {missing} but no stage before it "
                    f"provides them; stages are {self.names}"
                )
            seen.add(stage.name)
            provided.update(stage.provides)

    @property
    def names(self) -> list[str]:
        return [stage.name for stage in self._stages]

    @property
    def stages(self) -> tuple[Stage, ...]:
        return self._stages

    def __iter__(self) -> Iterator[Stage]:
        return iter(self._stages)

    def __len__(self) -> int:
        return len(self._stages)

    def __getitem__(self, name: str) -> Stage:
        return self._stages[self._index(name)]

    def __repr__(self) -> str:
        return f"Pipeline({self.names})"

    def _index(self, name: str) -> int:
        for i, stage in enumerate(self._stages):
            if stage.name == name:
                return i
        raise PipelineError(f"no stage named {name!r}; stages are {self.names}")

    def replace(self, name: str, stage: Stage) -> Pipeline:
        """A new pipeline with the stage called ``name`` replaced by ``stage``."""
        i = self._index(name)
        return Pipeline((*self._stages[:i], stage, *self._stages[i + 1 :]))

    def insert(
        self, stage: Stage, *, before: str | None = None, after: str | None = None
    ) -> Pipeline:
        """A new pipeline with ``stage`` added before or after a named stage (or last)."""
        if before is not None and after is not None:
            raise PipelineError("give before= or after=, not both")
        if before is not None:
            i = self._index(before)
        elif after is not None:
            i = self._index(after) + 1
        else:
            i = len(self._stages)
        return Pipeline((*self._stages[:i], stage, *self._stages[i:]))

    def remove(self, name: str) -> Pipeline:
        """A new pipeline without the stage called ``name``."""
        i = self._index(name)
        return Pipeline(self._stages[:i] + self._stages[i + 1 :])

    def run(
        self,
        text: str,
        *,
        published: dt.date | dt.datetime | str | None = None,
        source: str | None = None,
        extras: Mapping[str, Any] | None = None,
    ) -> Document:
        """Run every stage over ``text`` and return the finished Document.

        ``extras`` seeds ``Document.extras`` (for a stage that takes input made
        elsewhere, such as a stanza annotation made in a batch, which must be made
        on ``repair(text).text``).

        The text is repaired first (:func:`personnel_events.repair.repair`:
        mojibake, HTML character references, odd spaces, control characters) and
        the stages read the repaired text, which is ``doc.text``; every finished
        event's ``span``, ``trigger`` and ``evidence`` are then mapped back into
        ``text`` as given. When ``text`` needs no repair, ``doc.text is text``."""
        return self._run(text, published=published, source=source, extras=extras)

    def _run(
        self,
        text: str,
        *,
        published: dt.date | dt.datetime | str | None = None,
        source: str | None = None,
        extras: Mapping[str, Any] | None = None,
        events_only: bool = False,
    ) -> Document:
        """:meth:`run`; with ``events_only``, only what the events need (see
        :class:`QuietCheck`)."""
        if not isinstance(text, str):
            raise InvalidInputError(f"text must be str, not {type(text).__name__}")
        repaired = repair(text)
        doc = Document(text=repaired.text, published=coerce_published(published), source=source)
        if extras:
            doc.extras.update(extras)
        gate = self._gate if events_only else None
        if len(doc.text) < PAUSE_GC_CHARS or not gc.isenabled():
            doc = self._run_stages(doc, gate)
        else:
            # Tokens, mentions and candidates hold no cycles worth collecting while
            # the stages run; collections of the oldest generation would walk all
            # of them again and again (see PAUSE_GC_CHARS).
            gc.disable()
            try:
                doc = self._run_stages(doc, gate)
            finally:
                gc.enable()
        if repaired.changed:
            doc.events = [_to_original(event, repaired) for event in doc.events]
        return doc

    def _run_stages(self, doc: Document, gate: _Gate | None = None) -> Document:
        stages = self._stages
        i = 0
        while i < len(stages):
            if gate is not None and i == gate.ask_at:
                if gate.stage.quiet(doc):
                    doc.candidates = []  # nothing to match: skip to the stage after it
                    for skipped in stages[i : gate.index + 1]:
                        doc.layers.update(skipped.provides)
                    i = gate.index + 1
                    continue
                gate = None
            stage = stages[i]
            doc = stage(doc)
            doc.layers.update(stage.provides)
            i += 1
        return doc

    def parse(
        self,
        text: str,
        *,
        published: dt.date | dt.datetime | str | None = None,
        source: str | None = None,
        extras: Mapping[str, Any] | None = None,
    ) -> list[Event]:
        """The events found in ``text`` (``[]`` when there are none).

        A text of :data:`LONG_TEXT_CHARS` or more (and no ``extras``) is read in
        pieces cut at paragraph breaks (:func:`pieces`); the publication date the
        first piece finds (its dateline) holds for all, the events' spans point
        into ``text``, and where the pipeline has the "dedupe" stage the tellings
        of one change in different pieces are one event. A person named in full
        in one piece and only by surname in another is then two names: :meth:`run`
        reads any text whole."""
        if extras or not isinstance(text, str) or len(text) < LONG_TEXT_CHARS:
            doc = self._run(
                text, published=published, source=source, extras=extras, events_only=True
            )
            return list(doc.events)
        events: list[Event] = []
        found = coerce_published(published)
        was_on = gc.isenabled()
        # The collector stays paused from one piece to the next (see
        # PAUSE_GC_CHARS): turned on between them, it would walk each piece's
        # tokens and mentions once more before they are freed.
        gc.disable()
        try:
            for start, end in pieces(text):
                doc = self._run(text[start:end], published=found, source=source, events_only=True)
                found = found or doc.published
                events.extend(_shifted(event, start) for event in doc.events)
                del doc  # (freed now, not when the next piece is done)
        finally:
            if was_on:
                gc.enable()
        if "dedupe" in self.names:
            from .stages.dedupe import collapse_tellings

            events = collapse_tellings(events, found)
        return events


@attrs.frozen
class _Gate:
    """The stage whose quiet check may shorten a parse (see :class:`QuietCheck`):
    it is asked before the stage at ``ask_at`` (its ``quiet_requires`` are
    filled from there on), and a quiet document skips to the stage after
    ``index``, its own."""

    stage: QuietCheck
    index: int
    ask_at: int


def _gate_of(stages: Sequence[Stage]) -> _Gate | None:
    """The gate of a pipeline: its first stage that provides ``candidates``, when
    that stage has a quiet check and no stage after it requires a layer that the
    stages skipped would provide (other than the candidates). Later stages that
    provide candidates (a filter, a matcher of one's own) still run."""
    makers = [i for i, stage in enumerate(stages) if "candidates" in stage.provides]
    if not makers or not isinstance(stages[makers[0]], QuietCheck):
        return None
    index = makers[0]
    gate = stages[index]
    assert isinstance(gate, QuietCheck)
    filled: set[str] = set()
    ask_at = 0
    while not filled.issuperset(gate.quiet_requires):
        if ask_at == index:
            return None  # its quiet check reads a layer it makes itself
        filled.update(stages[ask_at].provides)
        ask_at += 1
    skipped = {layer for stage in stages[ask_at : index + 1] for layer in stage.provides}
    skipped.discard("candidates")
    if any(skipped.intersection(stage.requires) for stage in stages[index + 1 :]):
        return None
    return _Gate(stage=gate, index=index, ask_at=ask_at)


def pieces(text: str, size: int = PIECE_CHARS) -> list[tuple[int, int]]:
    """``text`` cut into spans of about ``size`` characters: each ends at the last
    paragraph break (a blank line, else a line break) of its stretch, else after the
    last sentence's full stop, else at the last space, else where the stretch ends."""
    out: list[tuple[int, int]] = []
    start, n = 0, len(text)
    while n - start > size:
        stop = start + size
        cut = -1
        for mark in ("\n\n", "\n", ". ", " "):
            at = text.rfind(mark, start + size // 2, stop)
            if at >= 0:
                cut = at + len(mark)
                break
        if cut <= start:
            cut = stop
        out.append((start, cut))
        start = cut
    out.append((start, n))
    return out


def _shifted(event: Event, offset: int) -> Event:
    """``event`` found in a piece of a text starting at ``offset``, in the text's terms."""
    return attrs.evolve(
        event,
        span=(event.span[0] + offset, event.span[1] + offset),
        trigger=(event.trigger[0] + offset, event.trigger[1] + offset),
    )


def _to_original(event: Event, repaired: Repaired) -> Event:
    """``event`` with its spans and evidence in the original text."""
    start, end = repaired.original_span(*event.span)
    return attrs.evolve(
        event,
        span=(start, end),
        evidence=repaired.original[start:end],
        trigger=repaired.original_span(*event.trigger),
    )


def default_stages() -> Sequence[Stage]:
    """Fresh instances of the embedded default stages, in order."""
    from .stages.coref import CorefStage
    from .stages.dateline import DatelineStage
    from .stages.dates import DateStage
    from .stages.dedupe import DedupeStage
    from .stages.patterns import PatternStage
    from .stages.tokenize import TokenizeStage

    return [
        DatelineStage(),
        TokenizeStage(),
        CorefStage(),
        PatternStage(),
        DateStage(),
        DedupeStage(),
    ]


def default_pipeline() -> Pipeline:
    """A new pipeline of the embedded default stages (no models, no network)."""
    return Pipeline(default_stages())
