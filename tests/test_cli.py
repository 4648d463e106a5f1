"""The personnel-events command line."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from personnel_events.cli import main

ARTICLE = "Acme Corp. said on Tuesday that CFO Jane Roe resigned.\n"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def article(tmp_path: Path) -> Path:
    """A text file holding ARTICLE."""
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    return f


def test_cli_writes_one_json_line_per_event_with_the_file(
    article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run([str(article), "--published", "2024-03-06"], capsys)
    (line,) = out.splitlines()
    rec = json.loads(line)
    assert code == 0
    assert (rec["file"], rec["person"], rec["date"]) == (str(article), "Jane Roe", "2024-03-05")


def test_cli_table_format_has_a_header_and_rows(
    article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run([str(article), "--format", "table"], capsys)
    lines = out.splitlines()
    assert code == 0 and lines[0].startswith("file | type") and "Jane Roe" in lines[1]


def test_cli_reports_a_missing_file_and_goes_on(
    article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run([str(article.parent / "missing.txt"), str(article)], capsys)
    assert code == 1
    assert len(err.strip().splitlines()) == 1 and "missing.txt" in err
    assert "Jane Roe" in out


def test_cli_reports_undecodable_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\xfa not utf-8")
    code, _, err = run([str(bad)], capsys)
    assert code == 1 and "not UTF-8" in err and "bad.txt" in err


def test_cli_rejects_a_bad_published_date(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["--published", "soon", "x.txt"], capsys)
    assert code == 2 and "'soon'" in err


def test_cli_reads_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode())))
    code, out, _ = run([], capsys)
    assert code == 0 and json.loads(out)["file"] == "<stdin>"
