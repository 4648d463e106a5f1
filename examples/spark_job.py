"""Personnel events from a feed of articles with Spark (local mode here).

    pip install "personnel-events[spark]"        # pyspark; Spark needs Java 17
    python examples/spark_job.py                  # the example articles
    python examples/spark_job.py feed.jsonl out/  # a JSON Lines feed: id, text, published

On a cluster, submit the same script with spark-submit and drop ``.master(...)``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from pyspark.sql import SparkSession

from personnel_events.spark import events_dataframe

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> None:
    spark = (
        SparkSession.builder.master("local[2]")
        .appName("personnel-events")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    try:
        if argv:
            articles = spark.read.json(argv[0])
        else:
            rows = [
                (path.name, path.read_text(encoding="utf-8"), None)
                for path in sorted(HERE.glob("*.txt"))
            ]
            articles = spark.createDataFrame(rows, "id string, text string, published string")
        events = events_dataframe(articles)
        if len(argv) > 1:
            events.write.mode("overwrite").json(argv[1])
        else:
            events.select("id", "type", "person", "role", "date", "status").show(truncate=40)
    finally:
        spark.stop()


if __name__ == "__main__":
    main(sys.argv[1:])
