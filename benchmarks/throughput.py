"""How fast the default pipeline runs: words per second, stage shares, scaling, memory.

    python benchmarks/throughput.py                      # single core, the example articles
    python benchmarks/throughput.py --words 500000 FILE... # articles of your own (.txt or .jsonl)
    python benchmarks/throughput.py --mode workers       # parse_many with 1, 2 and N workers
    python benchmarks/throughput.py --mode stream --mb 10 # the CLI over a JSON Lines feed
    python benchmarks/throughput.py --mode all

The corpus is built by repeating the given articles (default: ``examples/*.txt``)
until it holds ``--words`` words. ``single`` times ``parse()`` document by document
on one core, reports the share of time per stage, the ratio to a plain regex
tokenizer pass over the same text (the practical ceiling), and how time grows from
a 100 KB to a 1 MB document. ``workers`` times ``parse_many``. ``stream`` writes a
JSON Lines feed of ``--mb`` megabytes and runs the command line over it in a child
process, reporting the child's peak memory. Peak memory is the process's maximum
resident set size (``resource.getrusage``).
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from personnel_events import Document, Pipeline, default_pipeline, parse_many

ROOT = Path(__file__).resolve().parent.parent
PUBLISHED = "2025-04-09"
#: Timed passes over the corpus (shared machines vary from pass to pass).
PASSES = 3
_WORD_RE = re.compile(r"\w+|[^\w\s]")


def load_articles(paths: Sequence[str]) -> list[str]:
    files = list(paths) or sorted(glob.glob(str(ROOT / "examples" / "*.txt")))
    texts: list[str] = []
    for path in files:
        with open(path, encoding="utf-8") as fh:
            if path.endswith((".jsonl", ".ndjson")):
                texts.extend(json.loads(line)["text"] for line in fh if line.strip())
            else:
                texts.append(fh.read())
    if not texts:
        sys.exit("no articles to build a corpus from")
    return texts


def build_corpus(articles: list[str], words: int) -> list[str]:
    corpus: list[str] = []
    total = 0
    while total < words:
        for text in articles:
            corpus.append(text)
            total += len(text.split())
            if total >= words:
                break
    return corpus


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux: kilobytes


class _Timed:
    """A stage that times the stage it wraps."""

    def __init__(self, stage: object, clock: dict[str, float]) -> None:
        self.stage = stage
        self.name: str = stage.name  # type: ignore[attr-defined]
        self.requires: tuple[str, ...] = stage.requires  # type: ignore[attr-defined]
        self.provides: tuple[str, ...] = stage.provides  # type: ignore[attr-defined]
        self.clock = clock

    def __call__(self, doc: Document) -> Document:
        t = time.perf_counter()
        out: Document = self.stage(doc)  # type: ignore[operator]
        self.clock[self.name] = self.clock.get(self.name, 0.0) + time.perf_counter() - t
        return out


def timed_pipeline(clock: dict[str, float]) -> Pipeline:
    pipe = default_pipeline()
    for stage in pipe.stages:
        pipe = pipe.replace(stage.name, _Timed(stage, clock))
    return pipe


def single(corpus: list[str]) -> None:
    words = sum(len(t.split()) for t in corpus)
    pipe = default_pipeline()
    pipe.parse(corpus[0], published=PUBLISHED)  # load lexicons once
    passes = []
    for _ in range(PASSES):
        t = time.perf_counter()
        events = sum(len(pipe.parse(text, published=PUBLISHED)) for text in corpus)
        passes.append(time.perf_counter() - t)
    seconds = min(passes)
    median = statistics.median(passes)
    print(f"corpus: {len(corpus)} documents, {words} words, {events} events")
    print(
        f"parse(), one core, best of {PASSES} passes: {words / seconds:,.0f} words/s, "
        f"{len(corpus) / seconds:,.0f} docs/s (median pass {words / median:,.0f} words/s)"
    )

    t = time.perf_counter()
    for text in corpus:
        _WORD_RE.findall(text)
    regex = time.perf_counter() - t
    print(
        f"plain regex tokenizer pass: {words / regex:,.0f} words/s; "
        f"parse() runs at {regex / seconds:.1%} of it"
    )

    clock: dict[str, float] = {}
    timed = timed_pipeline(clock)
    for text in corpus:
        timed.parse(text, published=PUBLISHED)
    total = sum(clock.values())
    shares = ", ".join(f"{name} {secs / total:.0%}" for name, secs in clock.items())
    print(f"share of time per stage: {shares}")

    joined = "\n\n".join(corpus)
    small = joined[:100_000]
    big = joined[:1_000_000]
    if len(big) < 1_000_000:
        big = (joined * (1_000_000 // len(joined) + 1))[:1_000_000]
    t_small = _best(lambda: pipe.parse(small, published=PUBLISHED), repeat=5)
    t_big = _best(lambda: pipe.parse(big, published=PUBLISHED), repeat=5)
    print(
        f"one 100 KB document {t_small:.3f} s, one 1 MB document {t_big:.3f} s: "
        f"ratio {t_big / t_small:.1f} (linear is 10)"
    )
    print(f"peak memory: {peak_rss_mb():.0f} MB")


def _best(run: object, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        run()  # type: ignore[operator]
        best = min(best, time.perf_counter() - t)
    return best


def workers(corpus: list[str], counts: Sequence[int]) -> None:
    words = sum(len(t.split()) for t in corpus)
    base = None
    for n in counts:
        t = time.perf_counter()
        done = sum(1 for _ in parse_many(corpus, workers=n, published=PUBLISHED, chunksize=16))
        seconds = time.perf_counter() - t
        base = base or seconds
        print(
            f"parse_many, {n} worker(s): {words / seconds:,.0f} words/s, "
            f"{done / seconds:,.0f} docs/s, speed-up {base / seconds:.2f}"
        )


def stream(articles: list[str], megabytes: float) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "feed.jsonl"
        size = 0
        n = 0
        with open(feed, "w", encoding="utf-8") as fh:
            while size < megabytes * 1_000_000:
                text = articles[n % len(articles)]
                line = json.dumps({"id": f"doc{n}", "text": text, "published": PUBLISHED}) + "\n"
                fh.write(line)
                size += len(line.encode())
                n += 1
        out = Path(tmp) / "events.jsonl"
        rss = Path(tmp) / "rss"
        # The CLI in a child of its own, which writes its own peak memory when done
        # (RUSAGE_CHILDREN would also count the worker processes of other modes).
        code = (
            "import resource, sys\n"
            "from personnel_events.cli import main\n"
            f"code = main([{str(feed)!r}, '-o', {str(out)!r}, '--quiet'])\n"
            "peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
            f"open({str(rss)!r}, 'w').write(str(peak))\n"
            "sys.exit(code)\n"
        )
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        seconds = time.perf_counter() - t
        with open(out, encoding="utf-8") as fh:
            events = sum(1 for _ in fh)
        child = int(rss.read_text()) / 1024
        print(
            f"CLI over a {size / 1e6:.1f} MB JSON Lines feed ({n} documents): {seconds:.1f} s, "
            f"{events} events, peak memory of the CLI process {child:.0f} MB"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("files", nargs="*", help="articles (.txt, or .jsonl with a 'text' field)")
    ap.add_argument("--mode", choices=("single", "workers", "stream", "all"), default="single")
    ap.add_argument("--words", type=int, default=200_000, help="corpus size in words")
    ap.add_argument("--mb", type=float, default=10.0, help="feed size for --mode stream")
    ap.add_argument("--max-workers", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args()
    articles = load_articles(args.files)
    corpus = build_corpus(articles, args.words)
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    # The stream child first: a child forked from a grown parent reports the
    # parent's peak memory as its own.
    if args.mode in ("stream", "all"):
        stream(articles, args.mb)
    if args.mode in ("single", "all"):
        single(corpus)
    if args.mode in ("workers", "all"):
        counts = sorted({1, 2, args.max_workers})
        workers(corpus, counts)


if __name__ == "__main__":
    main()
