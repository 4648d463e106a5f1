"""Word lists and tables shipped in ``personnel_events/data``, read once.

Every data file has one entry a line; ``#`` starts a comment; blank lines are
skipped. ``.tsv`` files separate columns with tabs.
"""

from __future__ import annotations

import functools
from importlib import resources


def _lines(name: str) -> list[str]:
    text = resources.files("personnel_events").joinpath("data").joinpath(name).read_text("utf-8")
    out = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if line.strip():
            out.append(line.strip() if "\t" not in line else line)
    return out


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
