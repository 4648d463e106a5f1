"""The ``personnel-events`` command: personnel events from text files or stdin.

    personnel-events article.txt other.txt --published 2024-03-04
    cat article.txt | personnel-events --format table
    personnel-events --merge feed/*.txt

Each event is written as one JSON line with the file it came from, or as a row of
a table. A file that is missing or cannot be decoded gets a one-line error on
stderr; the other files are still read, and the exit code is 1. With ``--merge``
the events of all files are merged into one record per change (see
``personnel_events.merge``), written once every file has been read.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from . import __version__, parse
from .errors import PersonnelEventsError
from .merge import MergedEvent, merge_events
from .model import Event
from .pipeline import coerce_published

EXIT_OK = 0
EXIT_INPUT_ERROR = 1
EXIT_USAGE = 2


def _build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="personnel-events",
        description="Find personnel changes (who starts, ends or is nominated to which post) "
        "in news text.",
    )
    ap.add_argument("files", nargs="*", help="text files (UTF-8); '-' or none reads stdin")
    ap.add_argument(
        "--published",
        metavar="YYYY-MM-DD",
        help="publication date that relative dates ('on Tuesday') are read against",
    )
    ap.add_argument(
        "--format",
        choices=("jsonl", "table"),
        default="jsonl",
        help="JSON Lines, one event a line (default), or a readable table",
    )
    ap.add_argument(
        "--merge",
        action="store_true",
        help="merge the events of all files into one record per change, with every source",
    )
    ap.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return ap


def _read(path: str) -> str:
    if path == "-":
        data = sys.stdin.buffer.read()
        name = "<stdin>"
    else:
        with open(path, "rb") as fh:
            data = fh.read()
        name = path
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"{name}: not UTF-8 text (byte {exc.start}: {exc.reason})") from None


def _table_row(source: str, ev: Event) -> str:
    d = ev.to_dict()
    cells = [
        source,
        d["type"],
        d["person"],
        d["role"] or "-",
        d["org"] or "-",
        d["date"] or "-",
        d["status"],
    ]
    return " | ".join(str(c) for c in cells)


def write_events(out: TextIO, source: str, events: Sequence[Event], fmt: str) -> None:
    for ev in events:
        if fmt == "table":
            out.write(_table_row(source, ev) + "\n")
        else:
            record = {"file": source, **ev.to_dict()}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def _merged_row(rec: MergedEvent) -> str:
    d = rec.to_dict()
    cells = [
        ", ".join(str(s) for s in d["sources"]),
        d["type"],
        d["person"],
        d["role"] or "-",
        d["org"] or "-",
        d["date"] or "-",
        d["status"],
        ", ".join(d["conflicts"]) or "-",
    ]
    return " | ".join(cells)


def write_merged(out: TextIO, records: Sequence[MergedEvent], fmt: str) -> None:
    if fmt == "table":
        out.write("sources | type | person | role | org | date | status | conflicts\n")
    for rec in records:
        if fmt == "table":
            out.write(_merged_row(rec) + "\n")
        else:
            out.write(json.dumps(rec.to_dict(), ensure_ascii=False) + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _run(argv)
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, as Unix tools do.
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps the final flush quiet
        return EXIT_OK


def _run(argv: Sequence[str] | None) -> int:
    args = _build_parser().parse_args(argv)
    try:
        published = coerce_published(args.published)
    except PersonnelEventsError as exc:
        print(f"personnel-events: {exc}", file=sys.stderr)
        return EXIT_USAGE
    files = args.files or ["-"]
    status = EXIT_OK
    out = sys.stdout
    collected: list[Event] = []
    if args.format == "table" and not args.merge:
        out.write("file | type | person | role | org | date | status\n")
    for path in files:
        source = "<stdin>" if path == "-" else path
        try:
            text = _read(path)
        except (OSError, ValueError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            msg = f"{path}: {reason}" if isinstance(exc, OSError) else reason
            print(f"personnel-events: {msg}", file=sys.stderr)
            status = EXIT_INPUT_ERROR
            continue
        events = parse(text, published=published, source=source)
        if args.merge:
            collected.extend(events)
            continue
        write_events(out, source, events, args.format)
        out.flush()
    if args.merge:
        write_merged(out, merge_events(collected), args.format)
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
