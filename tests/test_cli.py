"""The personnel-events command line."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from personnel_events.cli import _whole_writes, main

ARTICLE = "Acme Corp. said on Tuesday that CFO Jane Roe resigned.\n"
OTHER = "Orbis Bank named Sam Cole as chief executive on Monday.\n"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def cli(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "personnel_events.cli", *args],
        input=stdin,
        capture_output=True,
        check=False,
        timeout=120,
    )


@pytest.fixture
def article(tmp_path: Path) -> Path:
    """A text file holding ARTICLE."""
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    return f


@pytest.fixture
def feed(tmp_path: Path) -> Path:
    """A JSON Lines feed: two good records around a malformed row and a bad date."""
    f = tmp_path / "feed.jsonl"
    rows = [
        json.dumps({"id": "a1", "text": ARTICLE, "published": "2024-03-06"}),
        "{not json",
        json.dumps({"id": "a2", "text": OTHER, "published": "next week"}),
        json.dumps({"id": "a3", "text": OTHER}),
        json.dumps(["no", "object"]),
    ]
    f.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return f


def test_cli_writes_one_json_line_per_event_with_the_file(
    article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run([str(article), "--published", "2024-03-06"], capsys)
    (line,) = out.splitlines()
    rec = json.loads(line)
    assert code == 0
    assert (rec["file"], rec["source"], rec["person"], rec["date"]) == (
        str(article),
        str(article),
        "Jane Roe",
        "2024-03-05",
    )


def test_cli_table_format_has_a_header_and_rows(
    article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run([str(article), "--format", "table"], capsys)
    lines = out.splitlines()
    assert code == 0 and lines[0].startswith("file | type") and "Jane Roe" in lines[1]


def test_cli_csv_format_has_a_header_and_quoted_rows(
    article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run([str(article), "--format", "csv", "--published", "2024-03-06"], capsys)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0
    assert [(r["person"], r["date"], r["evidence"]) for r in rows] == [
        ("Jane Roe", "2024-03-05", ARTICLE.strip())
    ]


def test_cli_reports_a_missing_file_and_goes_on(
    article: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run([str(article.parent / "missing.txt"), str(article)], capsys)
    assert code == 1
    assert "missing.txt: No such file or directory" in err
    assert "Jane Roe" in out
    assert "1 documents, 1 events, 1 errors" in err


def test_cli_replaces_and_reports_bytes_that_are_not_utf8(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\xfa " + ARTICLE.encode())
    code, out, err = run([str(bad)], capsys)
    assert code == 0
    assert "bad.txt: not valid UTF-8 from byte 0" in err
    assert json.loads(out)["person"] == "Jane Roe"


def test_cli_rejects_a_bad_published_date(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["--published", "soon", "x.txt"], capsys)
    assert code == 2 and "'soon'" in err


def test_cli_reads_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode())))
    code, out, _ = run([], capsys)
    assert code == 0 and json.loads(out)["file"] == "<stdin>"


def test_cli_reads_json_lines_with_ids_and_dates_and_reports_bad_rows(
    feed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run([str(feed), "--published", "2024-03-13"], capsys)
    got = [(r["source"], r["person"], r["date"]) for r in map(json.loads, out.splitlines())]
    # a1 has its own date; a3 takes --published; a2's date is bad
    assert got == [("a1", "Jane Roe", "2024-03-05"), ("a3", "Sam Cole", "2024-03-11")]
    assert code == 1
    assert f"{feed}:2: not JSON" in err
    assert f"{feed}:3: InvalidDateError: published='next week'" in err
    assert f"{feed}:5: a JSON list, not an object" in err
    assert "3 documents, 2 events, 3 errors" in err


def test_cli_reads_json_lines_from_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    row = json.dumps({"id": 7, "text": ARTICLE, "published": "2024-03-06"}) + "\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(row.encode())))
    code, out, _ = run(["--jsonl"], capsys)
    assert code == 0 and json.loads(out)["source"] == "7"


def test_cli_walks_directories_and_expands_globs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "notes.bin").write_bytes(b"\x00")
    code, out, _ = run([str(tmp_path)], capsys)
    assert code == 0 and len(out.splitlines()) == 2
    code, out, _ = run([str(tmp_path / "**" / "*.txt")], capsys)
    assert code == 0 and len(out.splitlines()) == 2


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: p, "directory holds no .txt, .md, .html, .htm, .jsonl or .ndjson files"),
        (lambda p: p / "*.txt", "no file matches this pattern"),
    ],
)
def test_cli_reports_inputs_that_name_no_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], make: object, reason: str
) -> None:
    target = make(tmp_path)  # type: ignore[operator]
    code, out, err = run([str(target)], capsys)
    assert code == 1 and out == "" and reason in err


def test_cli_writes_to_an_output_file(
    article: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out.csv"
    code, out, _ = run([str(article), "--format", "csv", "-o", str(target)], capsys)
    assert code == 0 and out == ""
    assert "Jane Roe" in target.read_text(encoding="utf-8")


def test_cli_quiet_prints_no_summary(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run([str(article), "--quiet"], capsys)
    assert code == 0 and err == ""


def test_cli_gives_the_same_output_with_two_workers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for i in range(12):
        (tmp_path / f"{i:02}.txt").write_text(ARTICLE if i % 2 else OTHER, encoding="utf-8")
    _, one, _ = run([str(tmp_path), "--published", "2024-03-06"], capsys)
    code, two, _ = run([str(tmp_path), "--published", "2024-03-06", "--workers", "2"], capsys)
    assert code == 0 and one == two and len(one.splitlines()) == 12


def test_cli_stops_quietly_when_the_reader_goes_away(tmp_path: Path) -> None:
    feed = tmp_path / "many.jsonl"
    row = json.dumps({"text": ARTICLE, "published": "2024-03-06"})
    feed.write_text("\n".join([row] * 3000) + "\n", encoding="utf-8")
    cmd = f"{sys.executable} -m personnel_events.cli {feed} --quiet | head -n 1"
    proc = subprocess.run(
        ["bash", "-o", "pipefail", "-c", cmd], capture_output=True, check=False, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["person"] == "Jane Roe"
    assert b"Traceback" not in proc.stderr


def test_cli_interrupted_keeps_complete_output_and_exits_130(tmp_path: Path) -> None:
    feed = tmp_path / "many.jsonl"
    row = json.dumps({"text": ARTICLE, "published": "2024-03-06"})
    feed.write_text("\n".join([row] * 200_000) + "\n", encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "personnel_events.cli", str(feed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()  # it is running
    time.sleep(0.2)
    proc.send_signal(signal.SIGINT)
    rest, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    lines = (first + rest).decode().splitlines()
    assert all(json.loads(line)["person"] == "Jane Roe" for line in lines)
    assert b"interrupted" in err and b"Traceback" not in err


def test_ctrl_c_during_a_write_is_raised_after_the_write_is_whole() -> None:
    written: list[str] = []
    with pytest.raises(KeyboardInterrupt), _whole_writes():
        written.append("first half")
        os.kill(os.getpid(), signal.SIGINT)
        written.append("second half")
    assert written == ["first half", "second half"]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_cli_runs_as_a_module_on_stdin() -> None:
    proc = cli("--format", "table", stdin=ARTICLE.encode())
    assert proc.returncode == 0 and b"Jane Roe" in proc.stdout


def test_cli_exit_code_is_2_for_a_bad_worker_count() -> None:
    assert cli("--workers", "-1", os.devnull).returncode == 2


def test_cli_empty_input_gives_no_events_and_exit_0() -> None:
    proc = cli(stdin=b"")
    assert proc.returncode == 0 and proc.stdout == b""
    assert b"1 documents, 0 events, 0 errors" in proc.stderr


def test_cli_exit_code_is_1_when_an_input_is_not_a_file(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    proc = cli(str(fifo), str(tmp_path / "a.txt" / "below-a-file"))
    assert proc.returncode == 1
    assert b"pipe: not a regular file" in proc.stderr
    assert b"below-a-file: No such file or directory" in proc.stderr
