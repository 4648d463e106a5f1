"""The Spark helper, in local mode (needs the [spark] extra and Java)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from typing import Any

import pytest

from personnel_events.spark import EVENT_SCHEMA, parse_rows

RESIGN = "Acme Corp. said CFO Jane Roe resigned on Monday."
NAMED = "Orbis Bank named Sam Cole as chief executive on Tuesday."


def test_parse_rows_gives_event_tuples_and_error_rows_without_spark() -> None:
    rows = [
        {"id": 1, "text": RESIGN, "published": "2024-03-06"},
        {"id": 2, "text": None, "published": None},
        {"id": 3, "text": RESIGN, "published": "soon"},
    ]
    out = list(parse_rows(rows))
    assert len(EVENT_SCHEMA.split(",")) == len(out[0])
    assert out[0][:3] == ("1", "END", "Jane Roe") and out[0][5] == "2024-03-04"
    assert out[1][0] == "2" and "InvalidInputError" in out[1][-1]
    assert out[2][0] == "3" and "published='soon'" in out[2][-1]


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    """A local[2] session; skips (saying why) only where pyspark or Java is absent."""
    pytest.importorskip("pyspark", reason="pyspark is not installed (the [spark] extra)")
    if shutil.which("java") is None:
        pytest.skip("Java is not on this machine; Spark cannot start")
    from pyspark.sql import SparkSession

    session = (
        SparkSession.builder.master("local[2]")
        .appName("personnel-events-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    yield session
    session.stop()


def test_events_dataframe_in_local_mode(spark: Any) -> None:
    from personnel_events.spark import events_dataframe

    rows = [
        ("a", RESIGN, "2024-03-06"),
        ("b", NAMED, "2024-03-06"),
        ("c", "Markets fell on Monday.", "2024-03-06"),
        ("d", RESIGN, "not a date"),
    ] * 5
    articles = spark.createDataFrame(rows, "id string, text string, published string")
    articles = articles.repartition(3)
    got = events_dataframe(articles).collect()
    events = sorted((r.id, r.type, r.person, r.date) for r in got if r.error is None)
    assert events == sorted(
        [("a", "END", "Jane Roe", "2024-03-04"), ("b", "START", "Sam Cole", "2024-03-05")] * 5
    )
    errors = [r for r in got if r.error is not None]
    assert len(errors) == 5 and all(r.id == "d" for r in errors)


def test_events_dataframe_without_a_published_column(spark: Any) -> None:
    from personnel_events.spark import events_dataframe

    articles = spark.createDataFrame([("a", RESIGN)], "id string, text string")
    (row,) = events_dataframe(articles).collect()
    assert (row.person, row.date) == ("Jane Roe", None)


def test_events_dataframe_names_a_missing_column(spark: Any) -> None:
    from personnel_events.spark import events_dataframe

    articles = spark.createDataFrame([("a", RESIGN)], "key string, body string")
    with pytest.raises(ValueError, match="no column 'id'"):
        events_dataframe(articles)
