"""Many documents at once: ``parse_many`` over texts or records, on every core.

Each input is a ``str``, a :class:`Record`, or a mapping with ``text`` and,
optionally, ``id`` and ``published``. Results come back lazily and in input
order, one :class:`Result` per input: its id, its events (each carrying the id as
``Event.source``) or the error that stopped it. One bad record never stops the
others. Inputs are read a window at a time, so an endless stream is fine.
"""

from __future__ import annotations

import datetime as dt
import itertools
import multiprocessing
import os
import signal
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import attrs

from .errors import InvalidInputError
from .model import Event
from .pipeline import Pipeline, default_pipeline

Published = dt.date | dt.datetime | str | None

#: How many inputs each worker is handed at a time, by default.
DEFAULT_CHUNKSIZE = 8
#: How many chunks per worker are read ahead of the results.
_WINDOW_CHUNKS = 4


@attrs.frozen(slots=True)
class Record:
    """One document to parse: its text, an id that comes back on its events, and its
    publication date (None: the ``published`` given to ``parse_many``, else the one
    found in the text)."""

    text: str
    id: str | None = None
    published: Published = None


@attrs.frozen(slots=True)
class Result:
    """What came of one input: ``events``, or ``error`` (a one-line reason)."""

    index: int
    id: str | None
    events: tuple[Event, ...] = ()
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def to_record(item: object, index: int) -> Record:
    """A :class:`Record` from a ``str``, a ``Record`` or a mapping; ``TypeError`` or
    ``ValueError`` naming what is wrong otherwise."""
    if isinstance(item, Record):
        return item
    if isinstance(item, str):
        return Record(item)
    if isinstance(item, Mapping):
        if "text" not in item:
            raise ValueError(f"record {index} has no 'text' field")
        rid = item.get("id")
        return Record(
            text=item["text"],
            id=None if rid is None else str(rid),
            published=item.get("published"),
        )
    raise InvalidInputError(
        f"input {index} has type {type(item).__name__}; expected a str, a Record or a mapping"
    )


_worker_pipeline: Pipeline | None = None


def _init_worker(pipeline: Pipeline | None) -> None:
    global _worker_pipeline
    # Ctrl-C reaches every process of the terminal's group: the parent stops the
    # pool (``terminate`` on leaving the ``with``); a worker that raised
    # KeyboardInterrupt itself would print a traceback each.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_pipeline = pipeline if pipeline is not None else default_pipeline()


def _run_one(job: tuple[int, Any, Published, Pipeline | None]) -> Result:
    index, item, default_published, pipeline = job
    pipe = pipeline or _worker_pipeline or default_pipeline()
    rid: str | None = None
    try:
        record = to_record(item, index)
        rid = record.id
        published = record.published if record.published is not None else default_published
        events = pipe.parse(record.text, published=published, source=record.id)
    except Exception as exc:  # one bad record must not stop the feed
        return Result(index, rid, error=f"{type(exc).__name__}: {exc}")
    return Result(index, rid, tuple(events))


def parse_many(
    items: Iterable[object],
    *,
    workers: int | None = None,
    published: Published = None,
    chunksize: int = DEFAULT_CHUNKSIZE,
    pipeline: Pipeline | None = None,
) -> Iterator[Result]:
    """Parse every input and yield one :class:`Result` each, in input order.

    ``workers``: processes to use (None: every core; 1: this process, no pool).
    ``published``: the publication date of inputs that carry none. ``pipeline``:
    a custom pipeline (it must be picklable to go to worker processes; the default
    one is). Errors in one input are reported on its result; the others go on.
    """
    if workers is None:
        workers = os.cpu_count() or 1
    if workers < 1:
        raise ValueError(f"workers={workers!r}; expected 1 or more")
    if chunksize < 1:
        raise ValueError(f"chunksize={chunksize!r}; expected 1 or more")
    numbered = enumerate(items)
    if workers == 1:
        pipe = pipeline or default_pipeline()
        for index, item in numbered:
            yield _run_one((index, item, published, pipe))
        return
    window = workers * chunksize * _WINDOW_CHUNKS
    with multiprocessing.get_context().Pool(
        workers, initializer=_init_worker, initargs=(pipeline,)
    ) as pool:
        while True:
            batch = [(i, item, published, None) for i, item in itertools.islice(numbered, window)]
            if not batch:
                break
            yield from pool.imap(_run_one, batch, chunksize=chunksize)
