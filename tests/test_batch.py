"""parse_many: many documents, in order, on one or several processes."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest

from personnel_events import Record, Result, default_pipeline, parse_many
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
