"""Reading the command line's inputs lazily: files, directories, globs, JSON Lines.

News pages (``.html``, ``.htm``, and JSON Lines rows with ``html`` instead of
``text``) are read with :func:`personnel_events.read_html` (the ``[html]``
extra): the record's text is the article's, and the page's publication date is
kept on the :class:`Input` for the caller to use.

:func:`iter_inputs` yields :class:`Input` items, one per document, reading each
file only when the previous document has been handed on, and JSON Lines one line
at a time, so a large feed is never held in memory. Problems are yielded too, as
:class:`Problem` items (an input that could not be read, a malformed row), or
noted as warnings (bytes that are not UTF-8, replaced; lone surrogates in a JSON
Lines row, replaced), so that the caller can report them in order and go on.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import glob
import json
import os
import re
import sys
from collections.abc import Iterator, Sequence
from typing import BinaryIO

import attrs

from .batch import Record
from .errors import PersonnelEventsError
from .htmlinput import read_html

#: File names read as plain text, and as JSON Lines (one record a line).
TEXT_SUFFIXES = (".txt", ".text", ".md")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
HTML_SUFFIXES = (".html", ".htm")
_GLOB_CHARS = frozenset("*?[")
#: Half of a UTF-16 pair on its own (``"\\ud83d"`` in JSON: an emoji cut in two),
#: which no UTF-8 output can hold.
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


@attrs.frozen(slots=True)
class Input:
    """One document: where it came from (``file``, and ``line`` for JSON Lines), the
    record to parse, a warning about how it was read, if any, and for a news page
    the publication date found in it (``page_published``)."""

    file: str
    record: Record
    line: int | None = None
    warning: str | None = None
    page_published: dt.date | None = None


@attrs.frozen(slots=True)
class Problem:
    """An input that could not be read or parsed as a record."""

    where: str
    reason: str


Item = Input | Problem


def decode(data: bytes, name: str) -> tuple[str, str | None]:
    """UTF-8 text (a byte-order mark dropped), bad bytes replaced with U+FFFD, and
    a warning naming the first bad byte when there were any."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8-sig", errors="replace")
        return text, f"{name}: not valid UTF-8 from byte {exc.start} ({exc.reason}); replaced"


def expand(paths: Sequence[str]) -> Iterator[tuple[str, str | None]]:
    """(path, problem) for every file the arguments name: directories are walked
    for text and JSON Lines files, globs are expanded, '-' is stdin."""
    for path in paths:
        if path == "-" or os.path.isfile(path):
            yield path, None
        elif os.path.isdir(path):
            found = False
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    if name.lower().endswith(TEXT_SUFFIXES + JSONL_SUFFIXES + HTML_SUFFIXES):
                        found = True
                        yield os.path.join(root, name), None
            if not found:
                yield path, "directory holds no .txt, .md, .html, .htm, .jsonl or .ndjson files"
        elif _GLOB_CHARS & set(path):
            matches = sorted(p for p in glob.glob(path, recursive=True) if os.path.isfile(p))
            if not matches:
                yield path, "no file matches this pattern"
            for m in matches:
                yield m, None
        elif os.path.exists(path):
            yield path, "not a regular file"
        else:
            yield path, "No such file or directory"


def _open(path: str) -> BinaryIO:
    if path == "-":
        return sys.stdin.buffer
    return open(path, "rb")


def iter_inputs(paths: Sequence[str], *, jsonl: bool = False) -> Iterator[Item]:
    """Every document the arguments name, in order. ``jsonl`` reads stdin (and
    files of any name) as JSON Lines."""
    for path, problem in expand(paths or ["-"]):
        name = "<stdin>" if path == "-" else path
        if problem is not None:
            yield Problem(name, problem)
            continue
        as_jsonl = jsonl or path.lower().endswith(JSONL_SUFFIXES)
        try:
            fh = _open(path)
        except OSError as exc:
            yield Problem(name, exc.strerror or str(exc))
            continue
        try:
            if as_jsonl:
                yield from _jsonl(fh, name)
            elif path.lower().endswith(HTML_SUFFIXES):
                yield _page(fh.read(), name)
            else:
                text, warning = decode(fh.read(), name)
                yield Input(name, Record(text, id=name), warning=warning)
        except OSError as exc:
            yield Problem(name, exc.strerror or str(exc))
        finally:
            if fh is not sys.stdin.buffer:
                fh.close()


def _jsonl(fh: BinaryIO, name: str) -> Iterator[Item]:
    for lineno, raw in enumerate(fh, start=1):
        if not raw.strip():
            continue
        where = f"{name}:{lineno}"
        line, warning = decode(raw, where)
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Problem(where, f"not JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(row, dict):
            yield Problem(where, f"a JSON {type(row).__name__}, not an object")
            continue
        text = row.get("text")
        source_field = "text" if isinstance(text, str) else "html"
        body = text if isinstance(text, str) else row.get("html")
        if isinstance(body, str):
            surrogates = len(_SURROGATE_RE.findall(body))
            if surrogates:
                # One code point for one keeps every offset into the text.
                body = _SURROGATE_RE.sub("\ufffd", body)
                if source_field == "text":
                    text = body
                else:
                    row["html"] = body
                note = (
                    f"{where}: {surrogates} lone surrogate(s) in '{source_field}' "
                    "(no UTF-8 for them); replaced"
                )
                warning = note if warning is None else f"{warning}; {note}"
        rid = row.get("id")
        published = row.get("published")
        if not isinstance(text, str) and isinstance(row.get("html"), str):
            url = row.get("url")
            page = _page(row["html"], where, url if isinstance(url, str) else None)
            if isinstance(page, Problem):
                yield page
            else:
                record = Record(
                    page.record.text, id=where if rid is None else str(rid), published=published
                )
                yield attrs.evolve(page, file=name, record=record, line=lineno, warning=warning)
            continue
        if not isinstance(text, str):
            yield Problem(where, "no 'text' or 'html' string field")
            continue
        yield Input(
            name,
            Record(text, id=where if rid is None else str(rid), published=published),
            line=lineno,
            warning=warning,
        )


def _page(html: str | bytes, name: str, url: str | None = None) -> Input | Problem:
    """The article of a news page, or the reason it could not be read."""
    try:
        article = read_html(html, url=url)
    except PersonnelEventsError as exc:
        return Problem(name, str(exc))
    return Input(name, Record(article.text, id=name), page_published=article.published)


def reads(target: str, paths: Sequence[str]) -> str | None:
    """Why ``target`` would be read as one of the inputs ``paths`` name (it is one
    of them, through any link; a directory walk or a pattern reaches it), or None.
    Checked before an output file is opened, which would empty it."""
    real = os.path.realpath(target)
    exists = os.path.exists(target)
    walked = os.path.basename(real).lower().endswith(TEXT_SUFFIXES + JSONL_SUFFIXES + HTML_SUFFIXES)
    for path in paths:
        if path == "-":
            continue
        if os.path.isdir(path):
            root = os.path.join(os.path.realpath(path), "")
            if walked and real.startswith(root):
                return f"it is in the input directory {path}"
        elif os.path.isfile(path):
            if exists and os.path.samefile(path, target):
                return f"it is the input {path}"
        elif _GLOB_CHARS & set(path) and _pattern_reaches(path, target, exists):
            return f"the input pattern {path} matches it"
    return None


def _pattern_reaches(pattern: str, target: str, exists: bool) -> bool:
    # Patterns are expanded only when their turn comes, after the output is
    # created, so a file that does not exist yet counts too.
    if fnmatch.fnmatch(os.path.abspath(target), os.path.abspath(pattern)):
        return True
    return exists and any(
        os.path.isfile(m) and os.path.samefile(m, target)
        for m in glob.iglob(pattern, recursive=True)
    )
