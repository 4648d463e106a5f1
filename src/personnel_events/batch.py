"""Many documents at once: ``parse_many`` over texts or records, on every core.

Each input is a ``str``, a :class:`Record`, or a mapping with ``text`` and,
optionally, ``id`` and ``published``. Results come back lazily and in input
order, one :class:`Result` per input: its id, its events (each carrying the id as
``Event.source``) or the error that stopped it. One bad record never stops the
others. Inputs are read a few chunks ahead of the results, so an endless stream
is fine. Each worker process builds its pipeline and loads the word lists once,
when it starts, and takes its chunks from a pipe of its own
(:class:`~personnel_events.process_pool.OrderedMap`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import os
import signal
import warnings
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, SupportsIndex

import attrs

from .errors import InvalidInputError
from .model import Event
from .pipeline import Pipeline, default_pipeline
from .process_pool import OrderedMap

Published = dt.date | dt.datetime | str | None

#: How much text (in characters) a worker is handed at a time, by default: about
#: 2,500 words, some hundredths of a second of work: enough to make a message
#: to a worker cheap, little enough to share even a small batch between workers.
CHUNK_CHARS = 16_000
#: The most inputs in one chunk, however short they are.
MAX_CHUNK = 256
#: The size of the pieces the last two chunks are cut into (see :func:`_chunks`).
TAIL_CHARS = CHUNK_CHARS // 4
#: How many chunks per worker may be read ahead of the results yielded (each
#: worker holds one at a time; the others wait, in order, for a slower one).
_CHUNKS_AHEAD = 4


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

    def __reduce_ex__(self, protocol: SupportsIndex) -> str | tuple[Any, ...]:
        # Pickled as its fields (a worker sends one back for each input): the class
        # called with them, instead of attrs' state dictionary.
        if type(self) is not Result:  # a subclass: attrs' way, its own fields kept
            return super().__reduce_ex__(protocol)
        return Result, (self.index, self.id, self.events, self.error)


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


def available_cpus() -> int:
    """The CPUs this process may run on (its affinity mask where the system has
    one, else the machine's count)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def _record_id(item: object) -> str | None:
    """The id of an input, read before anything else about it can fail."""
    if isinstance(item, Record):
        return item.id
    if isinstance(item, Mapping):
        rid = item.get("id")
        return None if rid is None else str(rid)
    return None


_Chunk = list[tuple[int, object]]


def _chunks(
    numbered: Iterator[tuple[int, object]], chunksize: int | None, failed: list[Exception]
) -> Iterator[_Chunk]:
    """The numbered inputs in the chunks handed to workers, in order.

    ``chunksize``: lists of that many inputs. None: lists of as many as make
    :data:`CHUNK_CHARS` characters of text (at most :data:`MAX_CHUNK` inputs), one
    held back until the next is read, so that where the inputs end the last
    two are cut into pieces of about :data:`TAIL_CHARS`: the workers then finish
    about together instead of one waiting for another's whole chunk, and a batch
    smaller than a chunk is shared between workers. An input that fails to be read
    ends the chunks; its error is put in ``failed``, to be raised after the rest.
    """
    if chunksize:
        ended = False
        while not ended:
            chunk, ended = _read_chunk(numbered, chunksize, failed)
            if chunk:
                yield chunk
        return
    held: _Chunk = []
    while True:
        chunk, ended = _read_chunk(numbered, None, failed)
        if ended:
            break
        if held:
            yield held
        held = chunk
    piece: _Chunk = []
    chars = 0
    for pair in held + chunk:
        piece.append(pair)
        chars += _size(pair[1])
        if chars >= TAIL_CHARS or len(piece) == MAX_CHUNK:
            yield piece
            piece, chars = [], 0
    if piece:
        yield piece


def _read_chunk(
    numbered: Iterator[tuple[int, object]], chunksize: int | None, failed: list[Exception]
) -> tuple[_Chunk, bool]:
    """The next chunk (see :func:`_chunks`), and whether the inputs ended in it."""
    chunk: _Chunk = []
    chars = 0
    while len(chunk) < (chunksize or MAX_CHUNK) and (chunksize or chars < CHUNK_CHARS):
        try:
            index, item = next(numbered)
        except StopIteration:
            return chunk, True
        except Exception as exc:  # the input itself failed: finish what was read
            failed.append(exc)
            return chunk, True
        chunk.append((index, item))
        if not chunksize:
            chars += _size(item)
    return chunk, False


def _size(item: object) -> int:
    """About how much work an input is: the length of its text."""
    text = item.text if isinstance(item, Record) else item
    if isinstance(text, Mapping):
        text = text.get("text")
    return len(text) if isinstance(text, str) else 1000


#: A text parsed by each worker before it takes work, so that the word lists are
#: loaded once there and not on a worker's first real document.
_WARM_UP = (
    "Acme Corp. said on Monday that its CFO, Jane Roe, resigned on March 3, 2024, and "
    "that Tom Ash will succeed her next month. He joined Acme in 2019."
)

_worker_pipeline: Pipeline | None = None


def _init_worker(pipeline: Pipeline | None, warmed: bool = False) -> None:
    """Set a worker process up once: Ctrl-C is the parent's to handle, the pipeline
    is built and run over a short text (unless ``warmed``: a forked worker's
    pipeline is the parent's own, already run over it)."""
    global _worker_pipeline
    # Ctrl-C reaches every process of the terminal's group: the parent stops the
    # pool (``terminate`` on leaving the ``with``); a worker that raised
    # KeyboardInterrupt itself would print a traceback each.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_pipeline = pipeline if pipeline is not None else default_pipeline()
    if not warmed:
        _warm(_worker_pipeline)


def _warm(pipeline: Pipeline) -> None:
    """Run ``pipeline`` over :data:`_WARM_UP`, loading what it reads once."""
    with contextlib.suppress(Exception):  # a custom pipeline may reject it; no matter
        pipeline.parse(_WARM_UP, published="2024-03-06")


def _run_one(index: int, item: object, default_published: Published, pipe: Pipeline) -> Result:
    rid = _record_id(item)
    try:
        record = to_record(item, index)
        published = record.published if record.published is not None else default_published
        events = pipe.parse(record.text, published=published, source=record.id)
    except Exception as exc:  # one bad record must not stop the feed
        return Result(index, rid, error=f"{type(exc).__name__}: {exc}")
    return Result(index, rid, tuple(events))


def _run_chunk(chunk: list[tuple[int, object]], published: Published) -> list[Result]:
    """A worker's job: parse each input of ``chunk`` (each numbered)."""
    pipe = _worker_pipeline or default_pipeline()
    return [_run_one(index, item, published, pipe) for index, item in chunk]


def parse_many(
    items: Iterable[object],
    *,
    workers: int | None = None,
    published: Published = None,
    chunksize: int | None = None,
    pipeline: Pipeline | None = None,
) -> Iterator[Result]:
    """Parse every input and yield one :class:`Result` each, in input order.

    ``workers``: processes to use (None: every CPU this process may use; 1: this
    process, no pool; more than there are CPUs: as many as there are, with a
    :class:`RuntimeWarning`). ``published``: the publication date of inputs that
    carry none. ``chunksize``: inputs handed to a worker at a time (None: as many
    as make about :data:`CHUNK_CHARS` characters of text, the last two chunks cut
    into pieces of about :data:`TAIL_CHARS`, so that the workers finish together
    and a small batch is shared). ``pipeline``: a custom
    pipeline (it must be picklable to go to worker processes; the default one is).
    Errors in one input are reported on its result; the others go on. A worker
    process that dies on an input is replaced, and that input's result says
    ``WorkerDied: ...``; workers that cannot set themselves up raise
    :class:`~personnel_events.errors.WorkerSetupError`. If ``items`` itself
    raises, every input read before is parsed and yielded, then the error is
    raised.
    """
    cpus = available_cpus()
    if workers is None:
        workers = cpus
    if workers < 1:
        raise ValueError(f"workers={workers!r}; expected 1 or more")
    if chunksize is not None and chunksize < 1:
        raise ValueError(f"chunksize={chunksize!r}; expected 1 or more")
    if workers > cpus:
        warnings.warn(
            f"workers={workers}: only {cpus} CPUs are available; using {cpus}",
            RuntimeWarning,
            stacklevel=2,
        )
        workers = cpus
    numbered = enumerate(items)
    if workers == 1:
        pipe = pipeline or default_pipeline()
        for index, item in numbered:
            yield _run_one(index, item, published, pipe)
        return
    yield from _parse_in_pool(numbered, workers, published, chunksize, pipeline)


def _parse_in_pool(
    numbered: Iterator[tuple[int, object]],
    workers: int,
    published: Published,
    chunksize: int | None,
    pipeline: Pipeline | None,
) -> Iterator[Result]:
    import multiprocessing  # here: most callers never start a pool (import time)

    failed: list[Exception] = []
    context = multiprocessing.get_context()
    setup: tuple[Pipeline | None, bool] = (pipeline, False)
    if context.get_start_method() == "fork":
        # Workers forked from this process inherit what it has loaded: the
        # pipeline is built and run over the warm-up text once, here, and each
        # worker takes it as it is (word lists and dateparser loaded), neither
        # building nor warming one of its own (a tenth of the pool's CPU time over
        # 150,000 words on two workers, then a few milliseconds more per worker).
        shared = pipeline or default_pipeline()
        _warm(shared)
        setup = (shared, True)
    local: Pipeline | None = None
    run = functools.partial(_run_chunk, published=published)
    with OrderedMap(
        _chunks(numbered, chunksize, failed),
        run,
        workers=workers,
        context=context,
        initializer=_init_worker,
        initargs=setup,
        window=workers * _CHUNKS_AHEAD,
    ) as pool:
        for (index, item), outcome in pool:
            if isinstance(outcome, Result):
                yield outcome
            elif outcome.lost:  # the input (or its parse) killed its worker
                yield Result(index, _record_id(item), error=f"WorkerDied: {outcome.reason}")
            else:  # the input or its events cannot be pickled: parse it here
                local = local or setup[0] or default_pipeline()
                yield _run_one(index, item, published, local)
    if failed:
        raise failed[0]
