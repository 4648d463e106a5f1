"""The personnel-events command line."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest

from personnel_events import Event, EventType, Status
from personnel_events.cli import _whole_writes, main
from personnel_events.outputs import EventWriter

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
    assert code == 0 and lines[0].split()[:2] == ["source", "type"] and "Jane Roe" in lines[1]


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
    assert "1 document, 1 event, 1 error" in err


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
    assert f"{feed}:3 (id a2): InvalidDateError: published='next week'" in err
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
        bufsize=0,  # communicate() reads the pipe itself: a buffer would lose what
        # readline() read ahead, and the next line would start in the middle
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
    assert b"1 document, 0 events, 0 errors" in proc.stderr


def test_cli_exit_code_is_1_when_an_input_is_not_a_file(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    proc = cli(str(fifo), str(tmp_path / "a.txt" / "below-a-file"))
    assert proc.returncode == 1
    assert b"pipe: not a regular file" in proc.stderr
    assert b"below-a-file: No such file or directory" in proc.stderr


# -- reliability (issue 20): the installed command, run as a user runs it ----------------

SRC = Path(__file__).resolve().parent.parent / "src"


def console(
    *args: str, stdin: bytes = b"", cwd: Path | None = None, stdout: int | None = None
) -> subprocess.CompletedProcess[bytes]:
    """The installed ``personnel-events`` script, importing this checkout's code."""
    exe = shutil.which("personnel-events")
    cmd = [exe] if exe else [sys.executable, "-m", "personnel_events.cli"]
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")]),
    }
    return subprocess.run(
        [*cmd, *args],
        input=stdin,
        stdout=subprocess.PIPE if stdout is None else stdout,
        stderr=subprocess.PIPE,
        cwd=cwd,
        env=env,
        check=False,
        timeout=120,
    )


SURROGATE_FEED = (
    '{"id":"s1","text":"Acme Corp. said CFO Jane Roe \\ud800 resigned on Monday.",'
    '"published":"2024-03-06"}\n'
    '{"id":"s2","text":"Beta Inc. named Tom Ash as CEO on Friday.","published":"2024-03-06"}\n'
)


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "table"])
def test_cli_a_lone_surrogate_is_replaced_and_every_record_is_written(
    tmp_path: Path, fmt: str
) -> None:
    feed = tmp_path / "surr.jsonl"
    feed.write_text(SURROGATE_FEED, encoding="utf-8")
    proc = console(str(feed), "--format", fmt, "-q")
    text = proc.stdout.decode("utf-8")  # strict: the output is valid UTF-8
    assert proc.returncode == 0, proc.stderr
    assert b"Traceback" not in proc.stderr
    assert (
        f"{feed}:1: 1 lone surrogate(s) in 'text' (no UTF-8 for them); replaced".encode()
        in proc.stderr
    )
    assert "Jane Roe" in text and "Tom Ash" in text
    if fmt == "jsonl":
        rows = [json.loads(line) for line in text.splitlines()]
        assert [r["source"] for r in rows] == ["s1", "s2"]
        assert "\ufffd" in rows[0]["evidence"]


def test_cli_file_names_that_are_not_utf8_are_written_as_valid_utf8(tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9.txt")  # a Latin-1 name: a surrogate escape in Python
    (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    proc = console(str(tmp_path), "-q")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout.decode("utf-8"))["file"].endswith("caf\ufffd.txt")


def test_cli_json_lines_escape_the_line_separators_that_readers_split_on(tmp_path: Path) -> None:
    feed = tmp_path / "seps.jsonl"
    rid = "wire\u2028item\u2029\x85 7"  # an id the row gives, carried into every event
    text = "Acme Corp. said CFO Jane Roe resigned on Monday in a filing."
    feed.write_text(json.dumps({"id": rid, "text": text, "published": "2024-03-06"}) + "\n")
    proc = console(str(feed), "-q")
    out = proc.stdout.decode("utf-8")
    assert proc.returncode == 0
    assert not {"\u2028", "\u2029", "\x85"} & set(out)  # escaped, never raw
    (line,) = out.splitlines()  # str.splitlines splits on U+2028: one line all the same
    assert json.loads(line)["source"] == rid


def test_cli_an_impossible_date_in_the_text_keeps_the_documents_events(tmp_path: Path) -> None:
    typo = tmp_path / "typo.txt"
    typo.write_text(
        "Jane Roe will resign as CFO of Acme Corp., effective 2024-02-30.\n"
        "Tom Ash was named CEO of Beta Inc. on Monday.\n",
        encoding="utf-8",
    )
    proc = console(str(typo), "--published", "2024-03-06")
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert proc.returncode == 0, proc.stderr
    assert [(r["person"], r["date"]) for r in rows] == [
        ("Jane Roe", None),
        ("Tom Ash", "2024-03-04"),
    ]
    assert b"1 document, 2 events, 0 errors" in proc.stderr


@pytest.mark.parametrize(
    ("published", "reason"),
    [
        ("2024-02-30", "published='2024-02-30' is not a real date (day is out of range"),
        ("9999-12-31", "published='9999-12-31' is out of range"),
        ("0001-01-01", "published='0001-01-01' is out of range"),
    ],
)
def test_cli_a_row_with_an_impossible_published_date_is_reported_with_its_id(
    tmp_path: Path, published: str, reason: str
) -> None:
    feed = tmp_path / "feed.jsonl"
    rows = [
        {"id": "bad", "text": ARTICLE, "published": published},
        {"id": "good", "text": OTHER, "published": "2024-03-06"},
    ]
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    proc = console(str(feed))
    assert proc.returncode == 1
    assert [json.loads(line)["source"] for line in proc.stdout.splitlines()] == ["good"]
    err = proc.stderr.decode()
    assert f"{feed}:1 (id bad): InvalidDateError: {reason}" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("published", "reason"),
    [
        ("2024-02-30", "not a real date"),
        ("9999-12-31", "out of range"),
        ("0001-01-01", "out of range"),
    ],
)
def test_cli_rejects_an_impossible_published_argument_in_one_line(
    published: str, reason: str
) -> None:
    proc = console("--published", published, os.devnull)
    assert proc.returncode == 2
    assert proc.stderr.decode().count("\n") == 1 and b"InvalidDateError" not in proc.stderr
    assert f"published={published!r} is {reason}".encode() in proc.stderr


@pytest.mark.parametrize(
    ("inputs", "output", "reason"),
    [
        (["same.txt"], "same.txt", "it is the input same.txt"),
        (["same.txt"], "./link.txt", "it is the input same.txt"),
        (["."], "new.jsonl", "it is in the input directory ."),
        (["*.txt"], "new.txt", "the input pattern *.txt matches it"),
    ],
)
def test_cli_refuses_an_output_that_is_one_of_its_inputs(
    tmp_path: Path, inputs: list[str], output: str, reason: str
) -> None:
    (tmp_path / "same.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(tmp_path / "same.txt")
    proc = console(*inputs, "-o", output, cwd=tmp_path)
    assert proc.returncode == 2
    assert f"--output {output}: {reason}".encode() in proc.stderr
    assert (tmp_path / "same.txt").read_text(encoding="utf-8") == ARTICLE
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.txt", "same.txt"]


def test_cli_writes_an_output_beside_its_inputs_when_it_is_not_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    proc = console(".", "-o", "events.csv", "--format", "csv", cwd=tmp_path)
    assert proc.returncode == 0 and "Jane Roe" in (tmp_path / "events.csv").read_text()


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full here")
@pytest.mark.parametrize("fmt", ["jsonl", "table"])
@pytest.mark.parametrize("merge", [[], ["--merge"]])
@pytest.mark.parametrize("where", ["-o", "stdout"])
def test_cli_a_failed_write_is_one_line_and_exit_1(
    article: Path, fmt: str, merge: list[str], where: str
) -> None:
    args = [str(article), "--format", fmt, "-q", *merge]
    if where == "-o":
        proc = console(*args, "-o", "/dev/full")
        name = "/dev/full"
    else:
        with open("/dev/full", "wb") as full:
            proc = console(*args, stdout=full.fileno())
        name = "<stdout>"
    assert proc.returncode == 1
    assert proc.stderr.decode() == (
        f"personnel-events: cannot write {name}: No space left on device\n"
    )


def test_cli_table_is_aligned_and_shows_each_records_id(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    rows = [
        {"id": "a1", "text": ARTICLE, "published": "2024-03-06"},
        {"id": "a-much-longer-record-identifier-9", "text": OTHER, "published": "2024-03-06"},
        {
            "id": "a3",
            "text": "Orbis Bank named Tom Ash as its senior executive vice president for "
            "international operations on Monday.",
            "published": "2024-03-06",
        },
    ]
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    proc = console(str(feed), "--format", "table")
    lines = proc.stdout.decode("utf-8").splitlines()
    assert proc.returncode == 0
    assert lines[0].split() == ["source", "type", "person", "role", "org", "date", "status"]
    assert [line.split()[0] for line in lines[1:]] == ["a1", "\u2026ger-record-identifier-9", "a3"]
    assert all(column_starts(line) == COLUMN_STARTS for line in lines)
    assert "\u2026" in lines[3]  # the long role is cut, not spilled into the next column
    assert b"personnel-events: 3 documents, 3 events, 0 errors" in proc.stderr


#: Where each table column starts, in terminal cells (widths 24 8 22 28 28 10, gap 2).
COLUMN_STARTS = [0, 26, 36, 60, 90, 120, 132]


def column_starts(line: str) -> list[int]:
    """The terminal cells at which the words after two spaces (or the line) start."""
    starts, col, gap = [], 0, 2
    for ch in line:
        if ch != " " and gap >= 2:
            starts.append(col)
        gap = gap + 1 if ch == " " else 0
        col += (
            2 if unicodedata.east_asian_width(ch) in "WF" else 0 if unicodedata.combining(ch) else 1
        )
    return starts


def test_table_writer_aligns_wide_and_combining_characters() -> None:
    event = Event(
        type=EventType.START,
        person="\u5c71\u7530\u592a\u90ce",  # four wide characters: eight cells
        role="Jose\u0301 chief\nexecutive",  # a combining accent: no cell; a line break
        org="\u6771\u4eac" * 20,  # cut with an ellipsis in 28 cells
        date=None,
        status=Status.PAST,
        evidence="x",
        span=(0, 1),
        source="a1",
    )
    buf = io.StringIO()
    EventWriter(buf, "table").write("a.txt", [event])
    header, row = buf.getvalue().splitlines()
    assert column_starts(header) == column_starts(row) == COLUMN_STARTS
    assert "Jose\u0301 chief executive" in row and row.count("\u2026") == 1


@pytest.mark.parametrize(
    ("stdin", "summary"),
    [
        (ARTICLE.encode(), b"1 document, 1 event, 0 errors"),
        (b"", b"1 document, 0 events, 0 errors"),
    ],
)
def test_cli_summary_agrees_in_number(stdin: bytes, summary: bytes) -> None:
    assert summary in console(stdin=stdin).stderr


def test_stanza_pipeline_without_stanza_gives_the_install_command(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from personnel_events import stanza_pipeline
    from personnel_events.errors import BackendNotInstalled

    monkeypatch.setitem(sys.modules, "stanza", None)  # import stanza -> ImportError
    with pytest.raises(BackendNotInstalled) as info:
        stanza_pipeline(tmp_path / "no-models-here")
    message = str(info.value)
    assert isinstance(info.value, ImportError)
    assert message.index("torch==2.13.0") < message.index('"personnel-events[stanza]"')


def test_cli_download_models_without_stanza_gives_the_install_command(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "stanza", None)
    code, _, err = run(["download-models"], capsys)
    assert code == 2
    assert 'pip install torch==2.13.0 && pip install "personnel-events[stanza]"' in err


@pytest.mark.parametrize("quiet", [["-q"], []])
def test_cli_ctrl_c_with_workers_leaves_no_worker_tracebacks(
    tmp_path: Path, quiet: list[str]
) -> None:
    feed = tmp_path / "many.jsonl"
    row = json.dumps({"text": ARTICLE, "published": "2024-03-06"})
    feed.write_text("\n".join([row] * 50_000) + "\n", encoding="utf-8")
    exe = shutil.which("personnel-events")
    cmd = [exe] if exe else [sys.executable, "-m", "personnel_events.cli"]
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    proc = subprocess.Popen(
        [*cmd, str(feed), "--workers", "2", *quiet],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        start_new_session=True,  # its own process group, as a terminal's job is
    )
    assert proc.stdout is not None
    proc.stdout.readline()  # the workers are running
    time.sleep(0.3)
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C does: the whole group
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert b"Traceback" not in err and b"ForkPoolWorker" not in err, err[-2000:]
    assert err == b"" if quiet else err.endswith(b", interrupted\n")
    time.sleep(0.2)
    with pytest.raises(ProcessLookupError):  # no worker is left behind
        os.killpg(proc.pid, 0)


def test_cli_help_names_every_input_kind_and_the_model_command(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from personnel_events.inputs import HTML_SUFFIXES, JSONL_SUFFIXES, TEXT_SUFFIXES

    with pytest.raises(SystemExit):
        main(["--help"])
    out = " ".join(capsys.readouterr().out.split())
    for suffix in TEXT_SUFFIXES + JSONL_SUFFIXES + HTML_SUFFIXES:
        assert suffix in out, suffix
    assert "download-models" in out


def test_cli_download_models_help_names_the_environment_variable(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        main(["download-models", "--help"])
    assert "STANZA_RESOURCES_DIR" in capsys.readouterr().out
