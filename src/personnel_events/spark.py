"""Personnel events from a Spark DataFrame of articles (the ``[spark]`` extra).

    from personnel_events.spark import events_dataframe
    events = events_dataframe(articles)          # articles: id, text, published
    events.write.parquet("events.parquet")

The articles go through ``mapPartitions``: each partition builds (or reuses) one
pipeline in its Python worker and parses its rows one after another, so the
cost of loading lexicons is paid once per worker, not per row. Each event is a
row of :data:`EVENT_SCHEMA`; an article that fails gives one row with ``error``
set and the event columns null, so nothing is dropped silently. pyspark is
imported only when these functions run.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from .model import Event
from .pipeline import Pipeline, default_pipeline

if TYPE_CHECKING:  # pragma: no cover
    from pyspark.sql import DataFrame

_TYPES = {"confidence": "double"}
#: The columns of the events DataFrame, as a Spark DDL string: the article's id,
#: the event's columns (``Event.COLUMNS``) and ``error``.
EVENT_SCHEMA = ", ".join(
    f"{name} {_TYPES.get(name, 'string')}" for name in ("id", *Event.COLUMNS, "error")
)

_pipelines: dict[int, Pipeline] = {}


def _pipeline(custom: Pipeline | None) -> Pipeline:
    """One pipeline per Python worker process (reused across partitions and tasks)."""
    if custom is not None:
        return custom
    if 0 not in _pipelines:
        _pipelines[0] = default_pipeline()
    return _pipelines[0]


def parse_rows(
    rows: Iterable[Any],
    *,
    id_col: str = "id",
    text_col: str = "text",
    published_col: str | None = "published",
    pipeline: Pipeline | None = None,
) -> Iterator[tuple[Any, ...]]:
    """Event tuples in :data:`EVENT_SCHEMA` order for rows that have ``id_col``,
    ``text_col`` and (optionally) ``published_col`` (Spark ``Row`` objects or dicts)."""
    pipe = _pipeline(pipeline)
    empty = (None,) * len(Event.COLUMNS)
    for row in rows:
        record = row.asDict() if hasattr(row, "asDict") else dict(row)
        rid = record.get(id_col)
        rid = None if rid is None else str(rid)
        published = record.get(published_col) if published_col else None
        try:
            text: Any = record.get(text_col)  # checked by parse: a str or InvalidInputError
            events = pipe.parse(text, published=published, source=rid)
        except Exception as exc:  # one bad article must not fail the job
            yield (rid, *empty, f"{type(exc).__name__}: {exc}")
            continue
        for ev in events:
            d = ev.to_dict()
            yield (rid, *(d[f] for f in Event.COLUMNS), None)


def events_dataframe(
    articles: DataFrame,
    *,
    id_col: str = "id",
    text_col: str = "text",
    published_col: str | None = "published",
    pipeline: Pipeline | None = None,
) -> DataFrame:
    """A DataFrame of events (:data:`EVENT_SCHEMA`) from a DataFrame of articles.

    ``published_col`` may be absent from ``articles`` (then None is used: dates
    come from the text only); it may hold ISO strings or dates. ``pipeline``, if
    given, must be picklable; it is shipped to the executors with the task.
    """
    columns = [id_col, text_col]
    if published_col and published_col in articles.columns:
        columns.append(published_col)
    else:
        published_col = None
    missing = [c for c in columns if c not in articles.columns]
    if missing:
        raise ValueError(f"articles has no column {missing[0]!r}; it has {articles.columns}")

    def run(rows: Iterable[Any]) -> Iterable[tuple[Any, ...]]:
        return parse_rows(
            rows,
            id_col=id_col,
            text_col=text_col,
            published_col=published_col,
            pipeline=pipeline,
        )

    spark = articles.sparkSession
    return spark.createDataFrame(articles.select(*columns).rdd.mapPartitions(run), EVENT_SCHEMA)
