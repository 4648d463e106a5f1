"""Writing events as they are found: JSON Lines, CSV or a readable table.

Each writer writes whole lines and flushes after every document, so output cut
short (a crash, Ctrl-C, ``| head``) holds only complete records.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Sequence
from typing import TextIO

from .merge import MergedEvent
from .model import Event

FORMATS = ("jsonl", "csv", "table")
#: CSV columns, in order; ``file`` is the input the event came from, ``published``
#: the publication date its document was read against and ``published_from`` where
#: that date came from ("row", "argument", "page", "text").
CSV_FIELDS = ("file", "source", *Event.COLUMNS, "published", "published_from")
_TABLE_FIELDS = ("file", "type", "person", "role", "org", "date", "status")


class EventWriter:
    """Writes the events of one document after another in ``fmt``."""

    def __init__(self, out: TextIO, fmt: str) -> None:
        if fmt not in FORMATS:
            raise ValueError(f"format={fmt!r}; expected one of {', '.join(FORMATS)}")
        self.out = out
        self.fmt = fmt
        self._csv = csv.writer(out, lineterminator="\n") if fmt == "csv" else None
        self._started = False

    def _header(self) -> None:
        if self._started:
            return
        self._started = True
        if self._csv is not None:
            self._csv.writerow(CSV_FIELDS)
        elif self.fmt == "table":
            self.out.write(" | ".join(_TABLE_FIELDS) + "\n")

    def start(self) -> None:
        """Write the header now (a table or CSV with no events still has one)."""
        self._header()
        self.out.flush()

    def write(
        self,
        file: str,
        events: Sequence[Event],
        published: dt.date | None = None,
        published_from: str | None = None,
    ) -> None:
        self._header()
        when = {
            "published": published.isoformat() if published is not None else None,
            "published_from": published_from,
        }
        for ev in events:
            d = {**ev.to_dict(), **when}
            if self._csv is not None:
                row = {"file": file, **d}
                self._csv.writerow(["" if row[k] is None else row[k] for k in CSV_FIELDS])
            elif self.fmt == "table":
                row = {"file": file, **d}
                self.out.write(" | ".join(str(row[k] or "-") for k in _TABLE_FIELDS) + "\n")
            else:
                self.out.write(json.dumps({"file": file, **d}, ensure_ascii=False) + "\n")
        self.out.flush()


def write_merged(out: TextIO, records: Sequence[MergedEvent], fmt: str) -> None:
    """Merged records: JSON Lines, CSV (alternatives joined by '; ') or a table."""
    if fmt == "jsonl":
        for rec in records:
            out.write(json.dumps(rec.to_dict(), ensure_ascii=False) + "\n")
        return
    fields = ("sources", "type", "person", "role", "org", "date", "status", "conflicts")
    rows = []
    for rec in records:
        d = rec.to_dict()
        rows.append(
            [
                "; ".join(str(s) for s in d["sources"]),
                d["type"],
                d["person"],
                d["role"],
                d["org"],
                d["date"],
                d["status"],
                "; ".join(d["conflicts"]),
            ]
        )
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(fields)
        writer.writerows([["" if c is None else c for c in row] for row in rows])
    else:
        out.write(" | ".join(fields) + "\n")
        for row in rows:
            out.write(" | ".join(str(c or "-") for c in row) + "\n")
    out.flush()
