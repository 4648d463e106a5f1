"""The ``personnel-events`` command: personnel events from files, directories or stdin.

    personnel-events article.txt other.txt --published 2024-03-04
    personnel-events feed/ --workers 4 --format csv --output events.csv
    personnel-events feed.jsonl            # {"id": ..., "text": ..., "published": ...} a line
    personnel-events page.html pages/      # news pages (the [html] extra)
    cat article.txt | personnel-events --format table
    personnel-events --merge feed/*.txt
    personnel-events download-models [--dir DIR]   # stanza's models, for stanza_pipeline()

Inputs are read lazily and events written as each document is done (JSON Lines,
CSV or a table), so a crash or Ctrl-C keeps everything written so far. An input
that cannot be read, or a malformed JSON Lines row, gets a one-line report on
stderr with its file and line, and the others are still read. A progress bar
shows on stderr when it is a terminal (not with ``--quiet``), and a summary line
ends the run.

Each JSON Lines and CSV row names the publication date its document was read
against (``published``) and where it came from (``published_from``): ``"row"``
(the JSON Lines row's ``published``), ``"argument"`` (``--published``),
``"page"`` (found in a news page's HTML), ``"text"`` (a date line at the head of
the text), or null when there is none.

Exit codes: 0 every input was processed; 1 some were not (each reported), or the
output could not be written (one line says why); 2 bad arguments, such as an
output file that is also an input; 130 interrupted (output so far is complete and
valid).
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import datetime as dt
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from types import FrameType
from typing import Any, TextIO

import attrs
from tqdm import tqdm

from . import __version__
from .batch import Record, available_cpus, parse_many
from .dateline import find_dateline
from .errors import PersonnelEventsError
from .inputs import Input, Problem, iter_inputs, reads
from .merge import merge_events
from .model import Event
from .outputs import FORMATS, EventWriter, write_merged
from .pipeline import coerce_published

EXIT_OK = 0
EXIT_INPUT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


def _build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="personnel-events",
        description="Find personnel changes (who starts, ends or is nominated to which post) "
        "in news text.",
        epilog="To fetch stanza's models for personnel_events.stanza_pipeline() (the "
        "[stanza] extra): personnel-events download-models [--dir DIR].",
    )
    ap.add_argument(
        "files",
        nargs="*",
        help="text files (UTF-8: .txt, .text, .md), news pages (.html, .htm: the [html] "
        "extra), JSON Lines files (.jsonl, .ndjson: id, text or html, published a line), "
        "directories (walked for these) or glob patterns; '-' or none reads stdin",
    )
    ap.add_argument(
        "--published",
        metavar="YYYY-MM-DD",
        help="publication date that relative dates ('on Tuesday') are read against, "
        "for inputs that carry none (it wins over a date found in a page or a text)",
    )
    ap.add_argument(
        "--format",
        choices=FORMATS,
        default="jsonl",
        help="JSON Lines, one event a line (default), CSV, or a readable table",
    )
    ap.add_argument("--output", "-o", metavar="FILE", help="write here instead of stdout")
    ap.add_argument("--jsonl", action="store_true", help="read stdin and every file as JSON Lines")
    ap.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="processes to parse with (default 1; 0 means one per core)",
    )
    ap.add_argument(
        "--quiet", "-q", action="store_true", help="no progress bar and no summary line"
    )
    ap.add_argument(
        "--merge",
        action="store_true",
        help="merge the events of all inputs into one record per change, with every source",
    )
    ap.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return ap


@attrs.define
class _Run:
    """What a run has done so far, for the summary line and the exit code."""

    quiet: bool
    documents: int = 0
    events: int = 0
    errors: int = 0
    started: float = attrs.field(factory=time.perf_counter)
    bar: tqdm[Any] | None = None

    def report(self, message: str) -> None:
        line = f"personnel-events: {message}"
        if self.bar is not None:
            self.bar.write(line, file=sys.stderr)
        else:
            print(line, file=sys.stderr)

    def summary(self, interrupted: bool = False) -> None:
        if self.quiet:
            return
        seconds = time.perf_counter() - self.started
        note = ", interrupted" if interrupted else ""
        print(
            f"personnel-events: {_count(self.documents, 'document')}, "
            f"{_count(self.events, 'event')}, {_count(self.errors, 'error')}, "
            f"{seconds:.1f} s{note}",
            file=sys.stderr,
        )


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


class _OutputError(Exception):
    """The output could not be written (a full disk, a device error)."""


@contextlib.contextmanager
def _writing(name: str) -> Iterator[None]:
    """Turn a failed write into one :class:`_OutputError` naming the output; a reader
    that went away (``BrokenPipeError``) is left to its own handling."""
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise _OutputError(f"cannot write {name}: {exc.strerror or exc}") from None


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so that what is left in its buffer is not flushed
    into a failed or closed output at exit (a second error, a traceback)."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


@contextlib.contextmanager
def _whole_writes() -> Iterator[None]:
    """Hold back Ctrl-C while a document's events are written, so an interrupt
    lands between rows, never inside one; it is raised as soon as the write is done.
    Outside the main thread (where signals cannot be handled) this does nothing."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []

    def hold(signum: int, frame: FrameType | None) -> None:
        caught.append(signum)

    previous = signal.signal(signal.SIGINT, hold)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if caught:
        raise KeyboardInterrupt


def download_models_main(argv: Sequence[str]) -> int:
    """``personnel-events download-models [--dir DIR]``: the one command that fetches
    stanza's English models (the [stanza] extra); parsing never downloads."""
    ap = argparse.ArgumentParser(
        prog="personnel-events download-models",
        description="Fetch stanza's English models for personnel_events.stanza_pipeline().",
    )
    ap.add_argument(
        "--dir",
        metavar="DIR",
        help="model directory (default $STANZA_RESOURCES_DIR, else ~/stanza_resources)",
    )
    args = ap.parse_args(argv)
    from .backends.stanza_backend import download_models

    try:
        path = download_models(args.dir)
    except ImportError as exc:
        print(f"personnel-events: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:  # network, disk: say what happened
        print(f"personnel-events: download failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_INPUT_ERROR
    print(f"personnel-events: stanza English models are in {path}", file=sys.stderr)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["download-models"]:
        return download_models_main(argv[1:])
    args = _build_parser().parse_args(argv)
    try:
        published = coerce_published(args.published)
    except PersonnelEventsError as exc:
        print(f"personnel-events: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.workers < 0:
        print(f"personnel-events: --workers {args.workers}: expected 0 or more", file=sys.stderr)
        return EXIT_USAGE
    if args.workers > (cpus := available_cpus()):
        capped = f"--workers {args.workers}: {cpus} CPUs available, using {cpus}"
        print(f"personnel-events: {capped}", file=sys.stderr)
        args.workers = cpus
    if args.output:
        clash = reads(args.output, args.files or ["-"])
        if clash is not None:
            print(
                f"personnel-events: --output {args.output}: {clash}; writing there would "
                "change an input before it is read: choose an output file that is not an input",
                file=sys.stderr,
            )
            return EXIT_USAGE
    run = _Run(quiet=args.quiet)
    try:
        out: TextIO = (
            open(args.output, "w", encoding="utf-8", newline="")  # noqa: SIM115
            if args.output
            else sys.stdout
        )
    except OSError as exc:
        print(f"personnel-events: {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    name = args.output or "<stdout>"
    try:
        _process(args, published, out, run, name)
        with _writing(name):
            out.flush()
            if out is not sys.stdout:
                out.close()  # a failed last write shows here, not after the exit code
    except _OutputError as exc:
        run.report(str(exc))
        if out is sys.stdout:
            _silence_stdout()
        run.summary()
        return EXIT_INPUT_ERROR
    except KeyboardInterrupt:
        with contextlib.suppress(OSError, ValueError):
            out.flush()
        run.summary(interrupted=True)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, as Unix tools do.
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps the final flush quiet
        return EXIT_OK if run.errors == 0 else EXIT_INPUT_ERROR
    finally:
        if out is not sys.stdout:
            with contextlib.suppress(OSError):  # reported above; nothing more to say
                out.close()
    run.summary()
    return EXIT_OK if run.errors == 0 else EXIT_INPUT_ERROR


def _publication(
    item: Input, published: dt.date | None
) -> tuple[Input, dt.date | None, str | None]:
    """The item to parse, the publication date it is read against, and where that
    date comes from: the row, the argument, the page, the text, or nowhere."""
    record = item.record
    if record.published is not None:
        try:
            return item, coerce_published(record.published), "row"
        except PersonnelEventsError:
            return item, None, "row"  # parsing reports the bad date
    if published is not None:
        return item, published, "argument"
    if item.page_published is not None:
        record = attrs.evolve(record, published=item.page_published)
        return attrs.evolve(item, record=record), item.page_published, "page"
    found = find_dateline(record.text)
    if found is not None and found.date is not None:
        return item, found.date, "text"
    return item, None, None


def _process(
    args: argparse.Namespace, published: dt.date | None, out: TextIO, run: _Run, name: str
) -> None:
    pending: collections.deque[tuple[Input, dt.date | None, str | None]] = collections.deque()

    def records() -> Iterator[Record]:
        for item in iter_inputs(args.files, jsonl=args.jsonl):
            if isinstance(item, Problem):
                run.errors += 1
                run.report(f"{item.where}: {item.reason}")
                continue
            if item.warning is not None:
                run.report(item.warning)
            item, used, used_from = _publication(item, published)
            pending.append((item, used, used_from))
            yield item.record

    writer = None if args.merge else EventWriter(out, args.format)
    if writer is not None and args.format != "jsonl":
        with _writing(name):
            writer.start()
    collected: list[Event] = []
    show = not args.quiet and sys.stderr.isatty()
    with tqdm(unit="doc", file=sys.stderr, disable=not show, dynamic_ncols=True) as bar:
        run.bar = bar
        results = parse_many(
            records(),
            workers=args.workers or None,
            published=published,
        )
        for result in results:
            item, used, used_from = pending.popleft()
            bar.update(1)
            run.documents += 1
            if not result.ok:
                run.errors += 1
                where = item.file if item.line is None else f"{item.file}:{item.line}"
                if result.id is not None and result.id not in (where, item.file):
                    where = f"{where} (id {result.id})"
                run.report(f"{where}: {result.error}")
                continue
            run.events += len(result.events)
            if writer is None:
                collected.extend(result.events)
            else:
                with _whole_writes(), _writing(name):
                    writer.write(item.file, result.events, used, used_from)
        run.bar = None
    if args.merge:
        merged = merge_events(collected)
        with _writing(name):
            write_merged(out, merged, args.format)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
