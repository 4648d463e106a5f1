"""parse_many: many documents, in order, on one or several processes."""

from __future__ import annotations

import itertools
import multiprocessing
import os
import pickle
import signal
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

from personnel_events import Record, Result, batch, default_pipeline, parse_many
from personnel_events.cli import main
from personnel_events.document import Document
from personnel_events.stages.patterns import PatternStage

RESIGN = "Acme Corp. said CFO Jane Roe resigned on Monday."
NAMED = "Orbis Bank named Sam Cole as chief executive."


def people(results: list[Result]) -> list[list[str]]:
    return [[e.person for e in r.events] for r in results]


@pytest.mark.parametrize("workers", [1, 2])
def test_parse_many_keeps_the_input_order(workers: int) -> None:
    texts = [RESIGN if i % 3 else NAMED for i in range(40)]
    results = list(parse_many(texts, workers=workers, chunksize=3))
    assert [r.index for r in results] == list(range(40))
    assert people(results) == [["Jane Roe"] if i % 3 else ["Sam Cole"] for i in range(40)]


@pytest.mark.parametrize("workers", [1, 2])
def test_parse_many_carries_ids_and_dates_of_records(workers: int) -> None:
    items: list[object] = [
        {"id": "a", "text": RESIGN, "published": "2024-03-06"},
        Record(RESIGN, id="b"),
        RESIGN,
    ]
    results = list(parse_many(items, workers=workers, published="2024-03-13"))
    got = [(r.id, r.events[0].source, r.events[0].date and r.events[0].date.iso) for r in results]
    assert got == [("a", "a", "2024-03-04"), ("b", "b", "2024-03-11"), (None, None, "2024-03-11")]


@pytest.mark.parametrize(
    "result",
    [
        Result(0, None),
        Result(3, "doc-3", tuple(default_pipeline().parse(RESIGN + " " + NAMED))),
        Result(4, "doc-4", error="ValueError: no text"),
    ],
)
def test_result_is_pickled_back_equal_as_its_field_values(result: Result) -> None:
    data = pickle.dumps(result)  # what a worker sends back for each input
    assert pickle.loads(data) == result and b"index" not in data  # (no state dict)


@attrs.frozen
class _TaggedResult(Result):
    tag: str = "x"


def test_result_subclass_is_pickled_with_its_own_fields() -> None:
    back = pickle.loads(pickle.dumps(_TaggedResult(1, "a", tag="t")))
    assert type(back) is _TaggedResult and back.tag == "t"


@pytest.mark.parametrize("workers", [1, 2])
def test_parse_many_reports_a_bad_record_and_goes_on(workers: int) -> None:
    items: list[object] = [
        {"id": "bad-date", "text": RESIGN, "published": "soon"},
        {"id": "no-text"},
        b"bytes",
        RESIGN,
    ]
    results = list(parse_many(items, workers=workers))
    assert [r.ok for r in results] == [False, False, False, True]
    assert results[0].id == "bad-date" and "published='soon'" in (results[0].error or "")
    assert results[1].id == "no-text"
    assert "no 'text' field" in (results[1].error or "")
    assert "bytes" in (results[2].error or "")


def test_parse_many_reads_its_input_lazily() -> None:
    def endless() -> Iterator[str]:
        yield from itertools.repeat(RESIGN)

    first = list(itertools.islice(parse_many(endless(), workers=2, chunksize=2), 5))
    assert people(first) == [["Jane Roe"]] * 5


def test_parse_many_sends_a_custom_pipeline_to_the_workers() -> None:
    rows = [("abdicate", "END", "subj", "resignation", "-", "")]
    custom = default_pipeline().replace("patterns", PatternStage(verbs=rows, nouns=[]))
    results = list(parse_many(["Olaf Berg will abdicate as king."] * 4, workers=2, pipeline=custom))
    assert people(results) == [["Olaf Berg"]] * 4


@pytest.mark.parametrize(
    ("kwargs", "message"), [({"workers": 0}, "workers=0"), ({"chunksize": 0}, "chunksize=0")]
)
def test_parse_many_rejects_bad_settings(kwargs: dict[str, int], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        list(parse_many([RESIGN], **kwargs))  # type: ignore[arg-type]


@pytest.fixture
def four_cpus(monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers as asked, on a machine of any size (pools stay small in these tests)."""
    monkeypatch.setattr(batch, "available_cpus", lambda: 4, raising=False)


class FeedBroke(RuntimeError):
    pass


def breaks_after(n: int) -> Iterator[str]:
    for i in range(n):
        yield RESIGN if i % 2 else NAMED
    raise FeedBroke(f"read {n}")


@pytest.mark.usefixtures("four_cpus")
@pytest.mark.parametrize(
    ("workers", "chunksize", "n"),
    [(1, None, 50), (2, None, 50), (2, 3, 50), (3, 7, 100), (2, 4, 0)],
)
def test_parse_many_gives_back_every_record_read_before_the_input_failed(
    workers: int, chunksize: int | None, n: int
) -> None:
    results: list[Result] = []
    with pytest.raises(FeedBroke, match=f"read {n}"):
        results.extend(parse_many(breaks_after(n), workers=workers, chunksize=chunksize))
    assert [r.index for r in results] == list(range(n))
    assert people(results) == [["Jane Roe"] if i % 2 else ["Sam Cole"] for i in range(n)]


class Pid:
    """A stage that fails, naming the process it runs in."""

    name = "pid"
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ()

    def __call__(self, doc: Document) -> Document:
        raise LookupError(str(os.getpid()))


def pids(results: list[Result]) -> set[str]:
    return {(r.error or "").removeprefix("LookupError: ") for r in results}


def test_parse_many_caps_workers_at_the_cpus_available(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "available_cpus", lambda: 2)
    custom = default_pipeline().insert(Pid(), before="dateline")
    with pytest.warns(RuntimeWarning, match="workers=99: only 2 CPUs are available; using 2"):
        results = list(parse_many([RESIGN] * 8, workers=99, chunksize=1, pipeline=custom))
    assert len(pids(results)) == 2 and str(os.getpid()) not in pids(results)


def test_cli_says_on_stderr_that_it_caps_workers(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setattr("personnel_events.cli.available_cpus", lambda: 1)
    article = tmp_path / "a.txt"
    article.write_text(RESIGN, encoding="utf-8")
    assert main([str(article), "--workers", "99", "--quiet"]) == 0
    out, err = capsys.readouterr()
    assert "--workers 99: 1 CPUs available, using 1" in err
    assert '"Jane Roe"' in out


class SigintHandler:
    """A stage that fails, saying whether the process it runs in ignores SIGINT."""

    name = "sigint"
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ()

    def __call__(self, doc: Document) -> Document:
        ignored = signal.getsignal(signal.SIGINT) == signal.SIG_IGN
        raise LookupError("ignored" if ignored else "handled")


@pytest.mark.usefixtures("four_cpus")
def test_parse_many_workers_leave_ctrl_c_to_the_parent() -> None:
    custom = default_pipeline().insert(SigintHandler(), before="dateline")
    results = list(parse_many([RESIGN] * 3, workers=2, pipeline=custom))
    assert [r.error for r in results] == ["LookupError: ignored"] * 3


@pytest.mark.usefixtures("four_cpus")
def test_parse_many_chunks_long_and_short_texts_in_order() -> None:
    texts = [RESIGN * (1 + (i * 37) % 400) if i % 5 else NAMED for i in range(60)]
    results = list(parse_many(texts, workers=2))
    assert [r.index for r in results] == list(range(60))
    assert [bool(r.events) and r.events[0].person for r in results] == [
        "Jane Roe" if i % 5 else "Sam Cole" for i in range(60)
    ]


@pytest.mark.usefixtures("four_cpus")
def test_parse_many_reports_an_input_that_cannot_go_to_a_worker() -> None:
    items: list[object] = [RESIGN, {"id": "gen", "text": (c for c in "x")}, NAMED]
    results = list(parse_many(items, workers=2, chunksize=1))
    assert [r.ok for r in results] == [True, False, True]
    assert results[1].id == "gen" and "text must be str" in (results[1].error or "")


_PARENT = os.getpid()
_SEEN_HERE: list[str] = []


class SeenHere:
    """A stage that notes the texts it reads in the test's own process."""

    name = "seen"
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ()

    def __call__(self, doc: Document) -> Document:
        if os.getpid() == _PARENT:
            _SEEN_HERE.append(doc.text)
        return doc


@pytest.mark.usefixtures("four_cpus")
@pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork", reason="workers inherit only when forked"
)
def test_parse_many_loads_what_forked_workers_inherit_once() -> None:
    custom = default_pipeline().insert(SeenHere(), before="dateline")
    _SEEN_HERE.clear()
    results = list(parse_many([RESIGN] * 4, workers=2, pipeline=custom))
    assert people(results) == [["Jane Roe"]] * 4
    assert _SEEN_HERE == [batch._WARM_UP]  # the warm-up, here; the texts, in the workers


class Logs:
    """A stage that appends each text it reads, after its process id, to a file."""

    name = "logs"
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ()

    def __init__(self, path: Path) -> None:
        self.path = path

    def __call__(self, doc: Document) -> Document:
        with self.path.open("a", encoding="utf-8") as fh:
            fh.write(f"{os.getpid()} {doc.text}\n")
        return doc


@pytest.mark.usefixtures("four_cpus")
@pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork", reason="workers inherit only when forked"
)
@pytest.mark.parametrize("custom", [False, True])
def test_parse_many_forked_workers_take_the_warmed_pipeline_as_it_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, custom: bool
) -> None:
    log = tmp_path / "read.txt"
    pipe = default_pipeline().insert(Logs(log), before="dateline")
    if not custom:  # the default pipeline: the one parse_many builds
        monkeypatch.setattr(batch, "default_pipeline", lambda: pipe)
    results = list(parse_many([RESIGN, NAMED] * 3, workers=2, pipeline=pipe if custom else None))
    assert people(results) == [["Jane Roe"], ["Sam Cole"]] * 3
    lines = log.read_text(encoding="utf-8").splitlines()
    assert lines[0] == f"{os.getpid()} {batch._WARM_UP}"  # once, here: not again in a worker
    assert len(lines) == 7 and {line.split(" ", 1)[0] for line in lines[1:]} != {str(os.getpid())}


class ExitsOn:
    """A stage that ends its process at once on a text holding ``word``."""

    name = "exits"
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ()

    def __init__(self, word: str) -> None:
        self.word = word

    def __call__(self, doc: Document) -> Document:
        if self.word in doc.text and os.getpid() != _PARENT:
            os._exit(9)
        return doc


@pytest.mark.usefixtures("four_cpus")
@pytest.mark.parametrize("chunksize", [None, 1, 4])
def test_parse_many_reports_an_input_that_kills_its_worker_and_goes_on(
    chunksize: int | None,
) -> None:
    custom = default_pipeline().insert(ExitsOn("Zork"), before="dateline")
    texts = [RESIGN, NAMED, "Zork Ltd. named Ann Bell as chair.", RESIGN, NAMED, RESIGN]
    results = list(parse_many(texts, workers=2, chunksize=chunksize, pipeline=custom))
    assert [r.index for r in results] == list(range(6))
    assert [r.ok for r in results] == [True, True, False, True, True, True]
    assert results[2].error == ("WorkerDied: the worker process parsing it died (exit code 9)")
    assert people(results[3:]) == [["Jane Roe"], ["Sam Cole"], ["Jane Roe"]]


@pytest.mark.usefixtures("four_cpus")
def test_parse_many_runs_on_spawned_workers_too(monkeypatch: pytest.MonkeyPatch) -> None:
    spawn = multiprocessing.get_context("spawn")
    monkeypatch.setattr(multiprocessing, "get_context", lambda method=None: spawn)
    results = list(parse_many([RESIGN, NAMED] * 3, workers=2, published="2024-03-06"))
    assert people(results) == [["Jane Roe"], ["Sam Cole"]] * 3
    assert results[0].events[0].date is not None
    assert results[0].events[0].date.iso == "2024-03-04"


def _text(chars: int) -> str:
    return (RESIGN + " ") * (chars // (len(RESIGN) + 1)) + "x" * (chars % (len(RESIGN) + 1))


@pytest.mark.parametrize(
    ("sizes", "chunksize", "expected"),
    [
        # a batch smaller than a chunk: pieces of TAIL_CHARS (4,000), one per input here
        ([4_000] * 3, None, [1, 1, 1]),
        ([1_000] * 10, None, [4, 4, 2]),
        # whole chunks of CHUNK_CHARS (16,000), the last two cut into pieces
        ([2_000] * 37, None, [8, 8, 8, 2, 2, 2, 2, 2, 2, 1]),
        ([2_000] * 40, None, [8, 8, 8, 8, 2, 2, 2, 2]),  # (the last chunk ends the inputs)
        ([8_000] * 7, None, [2, 2, 1, 1, 1]),
        # one input longer than a chunk is never cut
        ([50_000, 100, 100], None, [1, 2]),
        # the most inputs in a chunk or a piece, however short
        ([10] * 600, None, [256, 256, 88]),
        # a chunk size asked for is kept to the end
        ([2_000] * 10, 4, [4, 4, 2]),
        ([], None, []),
    ],
)
def test_inputs_are_chunked_with_the_last_two_chunks_cut_in_pieces(
    sizes: list[int], chunksize: int | None, expected: list[int]
) -> None:
    failed: list[Exception] = []
    made = list(batch._chunks(enumerate(map(_text, sizes)), chunksize, failed))
    assert [len(c) for c in made] == expected and not failed
    assert [i for c in made for i, _ in c] == list(range(len(sizes)))


@pytest.mark.parametrize("chunksize", [None, 3])
def test_chunking_stops_at_an_input_that_fails_and_keeps_its_error(chunksize: int | None) -> None:
    failed: list[Exception] = []
    made = list(batch._chunks(enumerate(breaks_after(20)), chunksize, failed))
    assert [i for c in made for i, _ in c] == list(range(20))
    assert [str(e) for e in failed] == ["read 20"]


@pytest.mark.usefixtures("four_cpus")
def test_parse_many_shares_a_batch_smaller_than_a_chunk_between_workers() -> None:
    custom = default_pipeline().insert(Pid(), before="dateline")
    results = list(parse_many([_text(3_000)] * 6, workers=2, pipeline=custom))
    assert len(pids(results)) == 2 and str(os.getpid()) not in pids(results)
