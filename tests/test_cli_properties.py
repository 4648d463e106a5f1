"""A property of the installed command over any JSON Lines feed: every row is
accounted for.

Each generated feed mixes good rows (some with lone surrogates, control
characters, line separators or impossible dates in their text), malformed rows
and rows with a bad ``published``. The command runs once per feed, in a
subprocess, as a user runs it. Every good row gives events carrying its id and
no error line; every failed row gives exactly one error line naming its line (and
its id when it has one) and no events; the output is valid UTF-8 JSON Lines that
no line reader splits; the summary counts agree; the exit code is 1 exactly when
a row failed. Each example starts a process, so the default profile runs few.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

SRC = Path(__file__).resolve().parent.parent / "src"

#: A sentence that tells a change, so that every good row has events.
CHANGE = "Beta Inc. named Tom Ash as CEO on Friday."
NOISE = st.one_of(
    st.sampled_from(
        [
            "",
            "Acme Corp. said CFO Jane Roe \ud800 resigned on Monday.",  # a lone surrogate
            "\udfff\ud83d",
            "Jane Roe will resign as CFO of Acme Corp., effective 2024-02-30.",
            "Jane Roe resigned as CFO of Acme Corp. on 2024-13-45.",
            "Jane Roe resigned as CFO of Acme Corp. on Dec. 31, 9999. Four days later she left.",
            "x\u2028y\u2029z\x85",
            "\x00\x01\x1b[31m\x7f",
            "\U0001f469\u200d\U0001f4bc \u202e",
        ]
    ),
    st.text(alphabet=st.characters(codec=None, categories=["Cc", "Cs", "Zl", "Zp"]), max_size=6),
)
GOOD_PUBLISHED = st.sampled_from([None, "2024-03-06", "2024-03-06T09:30:00Z", "0002-01-01"])
BAD_PUBLISHED = st.sampled_from(
    ["2024-02-30", "0001-01-01", "9999-12-31", "soon", 42, "03/06/2024"]
)
MALFORMED = st.sampled_from(
    [
        "{not json",
        '{"id": "m", "text": "Jane Roe quit."',
        "[1, 2]",
        '"just a string"',
        '{"id": "m", "published": "2024-03-06"}',
        '{"id": "m", "text": 5}',
        "\ud800".encode("utf-8", "surrogatepass").decode("latin-1"),  # bytes of no UTF-8
    ]
)


@attrs.frozen
class Row:
    line: str
    kind: str  # "good", "bad date" or "malformed"
    id: str | None


@st.composite
def rows(draw: st.DrawFn) -> list[Row]:
    out: list[Row] = []
    for i in range(draw(st.integers(1, 8))):
        kind = draw(st.sampled_from(["good", "good", "good", "bad date", "malformed"]))
        rid = f"r{i}"
        if kind == "malformed":
            out.append(Row(draw(MALFORMED), kind, None))
            continue
        record: dict[str, object] = {
            "id": rid,
            "text": CHANGE + "\n\n" + draw(NOISE),
            "published": draw(GOOD_PUBLISHED if kind == "good" else BAD_PUBLISHED),
        }
        out.append(Row(json.dumps(record), kind, rid))  # ASCII: surrogates as \ud800
    return out


def run_cli(feed: Path) -> subprocess.CompletedProcess[bytes]:
    exe = shutil.which("personnel-events")
    cmd = [exe] if exe else [sys.executable, "-m", "personnel_events.cli"]
    return subprocess.run(
        [*cmd, str(feed)],
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(SRC)},
        check=False,
        timeout=120,
    )


@settings(max_examples=max(25, settings().max_examples // 6))
@given(rows())
def test_cli_accounts_for_every_json_lines_row(feed_rows: list[Row]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "feed.jsonl"
        feed.write_bytes(
            b"".join(row.line.encode("utf-8", "surrogatepass") + b"\n" for row in feed_rows)
        )
        proc = run_cli(feed)

    text = proc.stdout.decode("utf-8")  # strict: valid UTF-8
    lines = text.split("\n")
    assert lines[-1] == "" and text.splitlines() == lines[:-1]  # no reader splits a record
    events = [json.loads(line) for line in lines[:-1]]
    err = proc.stderr.decode("utf-8", "replace").splitlines()
    assert not any("Traceback" in line for line in err), err

    sources = [e["source"] for e in events]
    for number, row in enumerate(feed_rows, start=1):
        where = f"personnel-events: {feed}:{number}"
        named = [
            line
            for line in err
            if re.match(rf"{re.escape(where)}[: ]", line) and not line.endswith("; replaced")
        ]
        if row.kind == "good":
            assert row.id in sources, (row, err)
            assert named == [], named
        else:
            assert len(named) == 1, (row, err)
            assert row.id not in sources
            if row.kind == "bad date":
                assert named[0].startswith(f"{where} (id {row.id}): InvalidDateError: ")

    failed = sum(row.kind != "good" for row in feed_rows)
    documents = sum(row.kind != "malformed" for row in feed_rows)
    assert proc.returncode == (1 if failed else 0), err
    summary = (
        f"personnel-events: {documents} document{'s' * (documents != 1)}, "
        f"{len(events)} event{'s' * (len(events) != 1)}, {failed} error{'s' * (failed != 1)}, "
    )
    assert err[-1].startswith(summary), (summary, err[-1])
