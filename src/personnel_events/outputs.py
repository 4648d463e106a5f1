"""Writing events as they are found: JSON Lines, CSV or a readable table.

Each writer writes whole lines and flushes after every document, so output cut
short (a crash, Ctrl-C, ``| head``) holds only complete records. Whatever the
text holds, the output is valid UTF-8: a lone surrogate (half of an emoji cut in
two, which UTF-8 cannot encode) is written as U+FFFD, and JSON Lines escape the
line and paragraph separators (U+2028, U+2029, U+0085) that some line readers
split on. The table has fixed column widths, so it is aligned while it streams;
longer values are cut with an ellipsis (CSV and JSON Lines keep them whole).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

from .merge import MergedEvent
from .model import Event

FORMATS = ("jsonl", "csv", "table")
#: CSV columns, in order; ``file`` is the input the event came from, ``published``
#: the publication date its document was read against and ``published_from`` where
#: that date came from ("row", "argument", "page", "text").
CSV_FIELDS = ("file", "source", *Event.COLUMNS, "published", "published_from")
#: Table columns and their widths in terminal cells; ``source`` is the record id
#: (the file name for a text file, the row's id for JSON Lines).
_TABLE_COLUMNS = (
    ("source", 24),
    ("type", 8),
    ("person", 22),
    ("role", 28),
    ("org", 28),
    ("date", 10),
    ("status", 6),
)
#: A merged record's table: its sources in place of one source, and conflicts.
_MERGED_COLUMNS = (("sources", 30), *_TABLE_COLUMNS[1:], ("conflicts", 16))
_GAP = "  "

_UNENCODABLE_RE = re.compile("[\ud800-\udfff]")
_JSON_UNSAFE_RE = re.compile("[\ud800-\udfff\u2028\u2029\x85]")


def clean(text: str) -> str:
    """``text`` with lone surrogates, which UTF-8 cannot encode, replaced by U+FFFD."""
    return _UNENCODABLE_RE.sub("\ufffd", text)


def _json_safe(match: re.Match[str]) -> str:
    ch = match.group()
    return "\ufffd" if "\ud800" <= ch <= "\udfff" else f"\\u{ord(ch):04x}"


def json_line(record: dict[str, Any]) -> str:
    """One JSON Lines line (with its newline) that encodes as UTF-8 and that no line
    reader splits."""
    return _JSON_UNSAFE_RE.sub(_json_safe, json.dumps(record, ensure_ascii=False)) + "\n"


def _cells(ch: str) -> int:
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def _one_line(value: object) -> str:
    """``value`` as one line of text: control characters and line breaks become
    spaces, a missing value is '-'."""
    text = "" if value is None else str(value)
    return " ".join("".join(c if c.isprintable() else " " for c in text).split()) or "-"


def _fit(value: object, width: int, last: bool = False, tail: bool = False) -> str:
    """``value`` on one line in ``width`` terminal cells: cut with an ellipsis when
    longer (keeping its end with ``tail``: a path's file name), padded when shorter
    (except in the last column)."""
    text = _one_line(value)
    used = sum(_cells(c) for c in text)
    if used > width:
        kept, used = [], 0
        for ch in reversed(text) if tail else text:
            if used + _cells(ch) > width - 1:
                break
            kept.append(ch)
            used += _cells(ch)
        cut = "".join(reversed(kept)) if tail else "".join(kept)
        text, used = ("\u2026" + cut) if tail else (cut + "\u2026"), used + 1
    return text if last else text + " " * (width - used)


def _table_line(values: Sequence[object], widths: Sequence[int], tail: bool = False) -> str:
    """One table row; ``tail`` keeps the end of the first value (a file name)."""
    last = len(widths) - 1
    cells = [
        _fit(v, w, last=i == last, tail=tail and i == 0)
        for i, (v, w) in enumerate(zip(values, widths, strict=True))
    ]
    return _GAP.join(cells) + "\n"


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
            self.out.write(_table_line(*_names_and_widths(_TABLE_COLUMNS)))

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
        widths = [w for _, w in _TABLE_COLUMNS]
        for ev in events:
            row = {"file": file, **ev.to_dict(), **when}
            if self._csv is not None:
                self._csv.writerow(_csv_row(row[k] for k in CSV_FIELDS))
            elif self.fmt == "table":
                self.out.write(_table_line([row[k] for k, _ in _TABLE_COLUMNS], widths, tail=True))
            else:
                self.out.write(json_line(row))
        self.out.flush()


def _names_and_widths(columns: Sequence[tuple[str, int]]) -> tuple[list[str], list[int]]:
    return [name for name, _ in columns], [w for _, w in columns]


def _csv_row(values: Iterable[object]) -> list[object]:
    return ["" if v is None else clean(v) if isinstance(v, str) else v for v in values]


def write_merged(out: TextIO, records: Sequence[MergedEvent], fmt: str) -> None:
    """Merged records: JSON Lines, CSV (alternatives joined by '; ') or a table."""
    if fmt == "jsonl":
        for rec in records:
            out.write(json_line(rec.to_dict()))
        out.flush()
        return
    fields = tuple(name for name, _ in _MERGED_COLUMNS)
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
        writer.writerows(_csv_row(row) for row in rows)
    else:
        # All records are at hand: each column is as wide as its widest value, up
        # to its cap.
        widths = [
            min(cap, max([len(name), *(sum(map(_cells, _one_line(row[i]))) for row in rows)]))
            for i, (name, cap) in enumerate(_MERGED_COLUMNS)
        ]
        out.write(_table_line(fields, widths))
        for row in rows:
            out.write(_table_line(row, widths))
    out.flush()
