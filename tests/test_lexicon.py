"""Word lists and tables: how data files are read and checked."""

from __future__ import annotations

import types

import pytest

from personnel_events import lexicon
from personnel_events.errors import DataFileError

TABLE = "# a comment\nanna\tf\n\n  ben\tm   # a comment after a row\ncleo \t f\n"


@pytest.fixture
def table(monkeypatch: pytest.MonkeyPatch) -> None:
    class Text:
        def joinpath(self, _name: str) -> Text:
            return self

        def read_text(self, _encoding: str) -> str:
            return TABLE

    monkeypatch.setattr(lexicon, "resources", types.SimpleNamespace(files=lambda _pkg: Text()))


@pytest.mark.usefixtures("table")
def test_lexicon_reads_rows_without_comments_and_blank_lines() -> None:
    assert lexicon._numbered("x.tsv") == [(2, "anna\tf"), (4, "  ben\tm"), (5, "cleo \t f")]
    assert lexicon.checked("x.tsv", 2, {1: frozenset({"m", "f"})}) == (
        ("anna", "f"), ("ben", "m"), ("cleo", "f"),
    )  # fmt: skip


@pytest.mark.usefixtures("table")
@pytest.mark.parametrize(
    ("columns", "allowed", "message"),
    [
        (3, None, r"data/x.tsv, line 2: expected 3 tab-separated columns, got 2"),
        (2, {1: frozenset({"m"})}, r"data/x.tsv, line 2: column 2 is 'f'; expected one of \['m'\]"),
    ],
)
def test_lexicon_checked_names_the_file_and_line_of_a_bad_row(
    columns: int, allowed: dict[int, frozenset[str]] | None, message: str
) -> None:
    with pytest.raises(DataFileError, match=message):
        lexicon.checked("x.tsv", columns, allowed)


@pytest.mark.parametrize(
    "raw",
    ["plain", "  indented", "with # comment", "\ttabbed\trow", "trailing   ", "# only", "   "],
)
def test_lexicon_numbered_reads_a_line_as_it_always_did(
    raw: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Text:
        def joinpath(self, _name: str) -> Text:
            return self

        def read_text(self, _encoding: str) -> str:
            return raw

    monkeypatch.setattr(lexicon, "resources", types.SimpleNamespace(files=lambda _pkg: Text()))
    line = raw.split("#", 1)[0].rstrip()
    expected = [(1, line.strip() if "\t" not in line else line)] if line.strip() else []
    assert lexicon._numbered("x.txt") == expected
