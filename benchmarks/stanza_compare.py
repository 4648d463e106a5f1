"""The stanza backend against the embedded default: speed and, given gold, accuracy.

    personnel-events download-models --dir ~/stanza_resources     # once, with network
    python benchmarks/stanza_compare.py --models ~/stanza_resources [--gold GOLD.jsonl] [FILE...]
    python benchmarks/stanza_compare.py --models DIR --gpu

Times both pipelines over the articles (default: ``examples/*.txt``) and, with
``--gold``, prints the accuracy figures of ``benchmarks/accuracy.py`` for each.
``--pretokenized`` runs stanza on whitespace tokens (no neural tokenizer), which
is what a model directory holding only ``resources.json`` and ``en/tokenize``
allows: it measures the adapter, not the models.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import accuracy
from throughput import load_articles

from personnel_events import Pipeline, default_pipeline, stanza_pipeline

PUBLISHED = "2025-04-09"


def words_per_second(pipe: Pipeline, texts: list[str]) -> float:
    pipe.parse(texts[0], published=PUBLISHED)
    words = sum(len(t.split()) for t in texts)
    started = time.perf_counter()
    for text in texts:
        pipe.parse(text, published=PUBLISHED)
    return words / (time.perf_counter() - started)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("files", nargs="*")
    ap.add_argument("--models", required=True, help="stanza model directory")
    ap.add_argument("--gold", help="gold JSON Lines for accuracy")
    ap.add_argument("--gpu", action="store_true")
    ap.add_argument("--pretokenized", action="store_true")
    a = ap.parse_args()
    options = {"tokenize_pretokenized": True} if a.pretokenized else {}
    stanza = stanza_pipeline(model_dir=a.models, use_gpu=a.gpu, **options)
    default = default_pipeline()
    texts = load_articles(a.files)
    if a.pretokenized:
        texts = [" ".join(t.split()) for t in texts]
    for name, pipe in (("embedded", default), ("stanza", stanza)):
        print(f"{name:9} {words_per_second(pipe, texts):,.0f} words/s")
    if a.gold:
        with open(a.gold, encoding="utf-8") as fh:
            docs = [json.loads(line) for line in fh if line.strip()]
        for name, pipe in (("embedded", default), ("stanza", stanza)):
            print(f"-- {name}")
            accuracy.report(accuracy.evaluate(docs, True, False, pipe))


if __name__ == "__main__":
    main()
