"""Word lists and tables shipped in ``personnel_events/data``, read once.

Every data file has one entry a line; ``#`` starts a comment; blank lines are
skipped. ``.tsv`` files separate columns with tabs.
"""

from __future__ import annotations

import functools
from importlib import resources

import attrs

from .errors import DataFileError


def _numbered(name: str) -> list[tuple[int, str]]:
    """The entries of a data file with their line numbers (1-based)."""
    text = resources.files("personnel_events").joinpath("data").joinpath(name).read_text("utf-8")
    out = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].rstrip() if "#" in raw else raw.rstrip()
        if line:
            first = line[0]
            if "\t" in line:
                if line.strip():
                    out.append((number, line))
            elif first == " " or first.isspace():
                if line.strip():
                    out.append((number, line.strip()))
            else:
                out.append((number, line))
    return out


def _lines(name: str) -> list[str]:
    return [line for _, line in _numbered(name)]


@functools.cache
def words(name: str) -> frozenset[str]:
    """A lower-cased word list (``name`` is a file in ``data/``)."""
    return frozenset(line.strip().lower() for line in _lines(name))


@functools.cache
def phrases(name: str) -> tuple[tuple[str, ...], ...]:
    """A list of lower-cased phrases, each split into words."""
    return tuple(tuple(line.lower().split()) for line in _lines(name))


@functools.cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated file, cells stripped."""
    return tuple(tuple(cell.strip() for cell in line.split("\t")) for line in _lines(name))


@attrs.frozen
class Row:
    """One row of a tab-separated data file, with where it stands."""

    file: str
    line: int
    cells: tuple[str, ...]

    def error(self, message: str) -> DataFileError:
        """An error naming this row's file and line."""
        return DataFileError(f"data/{self.file}, line {self.line}: {message}")


@functools.cache
def rows(name: str) -> tuple[Row, ...]:
    """Rows of a tab-separated file with their line numbers, cells stripped."""
    return tuple(
        Row(name, number, tuple(cell.strip() for cell in line.split("\t")))
        for number, line in _numbered(name)
    )


@functools.cache
def title_variants() -> dict[str, str]:
    """``title_variants.tsv``: a written form of a title -> the form it stands for
    ("ceo" -> "chief executive officer", "spokeswoman" -> "spokesperson")."""
    out: dict[str, str] = {}
    for row in rows("title_variants.tsv"):
        if len(row.cells) != 2 or not all(row.cells):
            raise row.error("expected 2 tab-separated columns: variant, canonical form")
        out[row.cells[0].lower()] = row.cells[1].lower()
    return out


def checked(
    name: str, columns: int, allowed: dict[int, frozenset[str]] | None = None
) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated file that must each have ``columns`` non-empty cells,
    the cells of each column in ``allowed`` taken from its set; a row that breaks
    this raises :class:`DataFileError` naming the file and the line."""
    out = []
    rules = list((allowed or {}).items())
    # Read from the lines (a Row is made only to tell an error: files of tens of
    # thousands of rows are checked when a process first needs them).
    for number, line in _numbered(name):
        cells = tuple(cell.strip() for cell in line.split("\t"))
        if len(cells) != columns or not all(cells):
            raise Row(name, number, cells).error(
                f"expected {columns} tab-separated columns, got {len(cells)}"
            )
        for col, values in rules:
            if cells[col] not in values:
                raise Row(name, number, cells).error(
                    f"column {col + 1} is {cells[col]!r}; expected one of {sorted(values)}"
                )
        out.append(cells)
    return tuple(out)
