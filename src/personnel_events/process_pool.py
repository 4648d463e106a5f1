"""Worker processes for ``parse_many``: an ordered, lazy map over chunks of inputs.

Each worker has a pipe of its own and holds one chunk at a time; the calling
process hands it the next chunk as soon as the results of the last one have
arrived (before it unpickles them), so a worker waits for work only as long as a
message takes to cross the pipe. Nothing is shared between the workers (no lock
to wait on, no queue to contend for), and the calling process runs no helper
threads: between the caller's reads it only sends chunks and unpickles results.

What ``multiprocessing.Pool`` leaves to the caller is handled here:

- a worker that dies (killed, out of memory, a crash in native code) is replaced;
  the inputs of its chunk are run again one by one, and an input that a worker
  dies on by itself comes back as a :class:`Failed` outcome, not as a hang;
- a chunk that cannot be pickled to a worker, or whose results cannot be pickled
  back, comes back as :class:`Failed` outcomes that say so (the caller may run
  those inputs itself);
- a worker whose set-up fails raises
  :class:`~personnel_events.errors.WorkerSetupError` in the caller,
  once, instead of being restarted for ever.
"""

from __future__ import annotations

import collections
import contextlib
import pickle
from collections.abc import Callable, Iterator
from multiprocessing import connection
from multiprocessing.reduction import ForkingPickler
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs

from .errors import WorkerSetupError

if TYPE_CHECKING:  # pragma: no cover
    from multiprocessing.connection import Connection
    from multiprocessing.context import BaseContext
    from multiprocessing.process import BaseProcess

In = TypeVar("In")
Out = TypeVar("Out")

#: Seconds a worker is given to exit on its own after its last chunk.
_EXIT_WAIT = 5.0
#: Workers that may die one after the other, with no result in between, before
#: the map gives up (per worker asked for).
_DEATHS_IN_A_ROW = 3


@attrs.frozen(slots=True)
class Failed:
    """Why an input got no result from a worker. ``lost``: the worker died on it;
    otherwise it or its results could not cross the pipe, or the worker's
    function raised."""

    reason: str
    lost: bool = False


@attrs.frozen(slots=True)
class _SetupFailed:
    reason: str


def _serve(
    conn: Connection,
    initializer: Callable[..., object],
    initargs: tuple[object, ...],
    run: Callable[[list[Any]], list[Any]],
) -> None:
    """A worker's life: set up, then run each chunk received and send back its
    results (or a :class:`Failed`), until told to stop or the pipe closes."""
    try:
        initializer(*initargs)
    except BaseException as exc:  # reported to the caller, then the worker exits
        with contextlib.suppress(Exception):
            conn.send(_SetupFailed(f"{type(exc).__name__}: {exc}"))
        return
    while True:
        try:
            chunk = conn.recv()
        except (EOFError, OSError):  # the caller has gone
            return
        if chunk is None:
            return
        try:
            reply: object = run(chunk)
        except Exception as exc:
            reply = Failed(f"{type(exc).__name__}: {exc}")
        try:
            data = _dumps(reply)
        except Exception as exc:  # pickle raises many kinds
            data = _dumps(
                Failed(f"its results could not be sent back: {type(exc).__name__}: {exc}")
            )
        try:
            conn.send_bytes(data)
        except OSError:  # the caller has gone
            return


def _dumps(obj: object) -> bytes:
    return bytes(ForkingPickler.dumps(obj))


@attrs.frozen(slots=True)
class _Job(Generic[In]):
    """A chunk of inputs, numbered in reading order; ``part``: its index among the
    one-input jobs that run a chunk again after its worker died (-1: whole)."""

    seq: int
    items: list[In]
    part: int = -1


class _Worker:
    """One worker process, its end of the pipe, and the job it holds."""

    __slots__ = ("conn", "held", "process")

    def __init__(self, process: BaseProcess, conn: Connection) -> None:
        self.process = process
        self.conn = conn
        self.held: _Job[Any] | None = None


class OrderedMap(Generic[In, Out]):
    """``run`` over every chunk of ``chunks`` in ``workers`` processes; iterate to
    get ``(input, result or Failed)`` pairs, in input order.

    ``run`` maps a list of inputs to a list of results of the same length, one for
    one (so that a chunk can be run again input by input). ``initializer(*initargs)``
    runs once in each worker before its first chunk. At most ``window`` chunks are
    read ahead of the pair last yielded. Use it as a context manager, or call
    :meth:`close`, so that no worker outlives it.
    """

    def __init__(
        self,
        chunks: Iterator[list[In]],
        run: Callable[[list[In]], list[Out]],
        *,
        workers: int,
        context: BaseContext,
        initializer: Callable[..., object],
        initargs: tuple[object, ...] = (),
        window: int,
    ) -> None:
        self._chunks = chunks
        self._spec = (initializer, initargs, run)
        self._context = context
        self._window = max(window, workers)
        self._deaths_allowed = _DEATHS_IN_A_ROW * workers
        self._deaths = 0  # workers died since the last result
        self._retry: collections.deque[_Job[In]] = collections.deque()
        self._parts: dict[int, list[list[tuple[In, Out | Failed]] | None]] = {}
        self._done: dict[int, list[tuple[In, Out | Failed]]] = {}
        self._read = 0  # chunks read from ``chunks``
        self._yielded = 0  # chunks yielded in full
        self._exhausted = False
        self._workers: list[_Worker] = []
        for _ in range(workers):
            self._workers.append(self._start())

    def _start(self) -> _Worker:
        ours, theirs = self._context.Pipe()
        process = self._context.Process(  # type: ignore[attr-defined]
            target=_serve, args=(theirs, *self._spec), daemon=True, name="personnel-events-worker"
        )
        process.start()
        theirs.close()
        return _Worker(process, ours)

    # -- handing out work --------------------------------------------------

    def _next_job(self) -> _Job[In] | None:
        """An input of a chunk to run again first, then the next chunk read,
        unless the window is full."""
        if self._retry:
            return self._retry.popleft()
        if self._exhausted or self._read - self._yielded >= self._window:
            return None
        chunk = next(self._chunks, None)
        if not chunk:
            self._exhausted = True
            return None
        self._read += 1
        return _Job(self._read - 1, chunk)

    def _hand_out(self, worker: _Worker) -> None:
        """Give an idle worker its next job (a chunk that cannot be pickled is
        settled as :class:`Failed` at once)."""
        while worker.held is None and (job := self._next_job()) is not None:
            try:
                data = _dumps(job.items)
            except Exception as exc:  # pickle raises many kinds
                why = Failed(f"it could not be sent to a worker: {type(exc).__name__}: {exc}")
                self._settle(job, why)
                continue
            try:
                worker.conn.send_bytes(data)
            except OSError:  # the worker has died
                self._retry.appendleft(job)
                self._lost(worker)
                return
            worker.held = job

    # -- taking results in -------------------------------------------------

    def _settle(self, job: _Job[In], outcomes: list[Out] | Failed) -> None:
        if isinstance(outcomes, Failed):
            pairs: list[tuple[In, Out | Failed]] = [(item, outcomes) for item in job.items]
        else:
            pairs = list(zip(job.items, outcomes, strict=True))
        if job.part < 0:
            self._done[job.seq] = pairs
            return
        parts = self._parts[job.seq]
        parts[job.part] = pairs
        if all(part is not None for part in parts):
            del self._parts[job.seq]
            self._done[job.seq] = [pair for part in parts if part for pair in part]

    def _lost(self, worker: _Worker) -> None:
        """``worker`` died: replace it, and run what it held again input by input
        (an input it held alone is settled as lost)."""
        worker.process.join(timeout=1)
        code = worker.process.exitcode
        worker.conn.close()
        job, worker.held = worker.held, None
        self._deaths += 1
        if self._deaths > self._deaths_allowed:
            raise WorkerSetupError(
                f"{self._deaths} worker processes died in a row without giving back any "
                f"result (the last: exit code {code})"
            )
        if job is not None and len(job.items) == 1:
            self._settle(
                job, Failed(f"the worker process parsing it died (exit code {code})", lost=True)
            )
        elif job is not None:
            self._parts[job.seq] = [None] * len(job.items)
            self._retry.extend(_Job(job.seq, [item], i) for i, item in enumerate(job.items))
        self._workers[self._workers.index(worker)] = replacement = self._start()
        self._hand_out(replacement)

    def _receive(self, worker: _Worker) -> None:
        try:
            raw = worker.conn.recv_bytes()
        except (EOFError, OSError):
            self._lost(worker)
            return
        job, worker.held = worker.held, None
        self._hand_out(worker)  # before unpickling: the worker goes on at once
        reply = pickle.loads(raw)
        if isinstance(reply, _SetupFailed):
            raise WorkerSetupError(f"a worker process could not set itself up: {reply.reason}")
        self._deaths = 0
        if job is not None:
            self._settle(job, reply)

    # -- the caller's side -------------------------------------------------

    def __iter__(self) -> Iterator[tuple[In, Out | Failed]]:
        for worker in list(self._workers):
            self._hand_out(worker)
        while True:
            while self._yielded in self._done:
                pairs = self._done.pop(self._yielded)
                self._yielded += 1
                for worker in list(self._workers):  # the window has moved on
                    self._hand_out(worker)
                yield from pairs
            busy = {w.conn: w for w in self._workers if w.held is not None}
            if not busy:
                if self._retry or self._done or self._parts:  # pragma: no cover - a bug
                    raise AssertionError("work is left that no worker holds")
                return
            for conn in connection.wait(list(busy)):
                self._receive(busy[conn])  # type: ignore[index]

    def close(self, *, wait: bool = True) -> None:
        """Stop every worker: an idle one is told to exit and given
        :data:`_EXIT_WAIT` seconds to, a busy one (or any, unless ``wait``) is
        terminated."""
        for worker in self._workers:
            if wait and worker.held is None:
                with contextlib.suppress(OSError):
                    worker.conn.send(None)
            else:
                worker.process.terminate()
        for worker in self._workers:
            worker.process.join(timeout=_EXIT_WAIT)
            if worker.process.exitcode is None:
                worker.process.kill()
                worker.process.join()
            worker.conn.close()
        self._workers.clear()

    def __enter__(self) -> OrderedMap[In, Out]:
        return self

    def __exit__(self, kind: object, *_: object) -> None:
        self.close(wait=kind is None)
