"""Two versions of the library, timed in turn on the same distinct text.

    python benchmarks/compare.py OLD_SRC NEW_SRC              # 4 rounds
    python benchmarks/compare.py OLD_SRC NEW_SRC --rounds 6 --words 100000
    python benchmarks/compare.py OLD_SRC NEW_SRC --count      # instructions (valgrind)

``OLD_SRC`` and ``NEW_SRC`` are ``src`` folders (``git archive REV src | tar -x -C
DIR`` makes one of any commit). Each round parses one corpus of benchmark
variants (see ``throughput.py``) in a fresh process per version, after a warm-up
on other variants, pinned to one CPU, and prints the words per second of CPU
time of each and their ratio: on a machine whose speed moves with other work,
versions measured minutes apart cannot be compared, versions measured in turn
can. ``--count`` runs each version once under valgrind's cachegrind instead and
prints the instructions per word, which do not move with the load at all.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

from throughput import Variants, _examples, _words

_CHILD = r"""
import json, os, sys, time
if hasattr(os, "sched_setaffinity") and sys.argv[2] != "-":
    os.sched_setaffinity(0, {int(sys.argv[2])})
warm, texts = json.load(open(sys.argv[1]))
import personnel_events
pipe = personnel_events.default_pipeline()
for text in warm:
    pipe.parse(text)
if sys.argv[3] == "1":
    start = time.process_time()
    for text in texts:
        pipe.parse(text)
    print(time.process_time() - start)
"""


def _run(src: str, corpus: str, cpu: str, measure: bool, valgrind: bool = False) -> str:
    env = dict(os.environ, PYTHONPATH=os.path.abspath(src))
    cmd = [sys.executable, "-c", _CHILD, corpus, cpu, "1" if measure else "0"]
    if valgrind:
        tool = ["--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null"]
        cmd = ["valgrind", *tool, *cmd]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
    return done.stderr if valgrind else done.stdout


def _instructions(src: str, corpus: str) -> int:
    """Instructions of the measured pass: a run with it less a run without."""
    found = []
    for measure in (False, True):
        err = _run(src, corpus, "-", measure, valgrind=True)
        refs = re.search(r"I\s+refs:\s+([\d,]+)", err)
        if refs is None:
            sys.exit(f"valgrind gave no instruction count:\n{err[-2000:]}")
        found.append(int(refs.group(1).replace(",", "")))
    return found[1] - found[0]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("old", help="the src folder of the first version")
    ap.add_argument("new", help="the src folder of the second version")
    ap.add_argument("--rounds", type=int, default=4)
    ap.add_argument("--words", type=int, default=150_000, help="words of the measured corpus")
    ap.add_argument("--count", action="store_true", help="instructions per word (valgrind)")
    args = ap.parse_args()
    for src in (args.old, args.new):
        if not os.path.isdir(os.path.join(src, "personnel_events")):
            sys.exit(f"{src}: no personnel_events package in it (give a src folder)")
    variants = Variants(_examples())
    warm, texts = variants.corpus(20_000), variants.corpus(args.words)
    words = _words(texts)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = os.path.join(tmp, "corpus.json")
        with open(corpus, "w", encoding="utf-8") as fh:
            json.dump([warm, texts], fh)
        if args.count:
            if shutil.which("valgrind") is None:
                sys.exit("--count: valgrind is not installed")
            per_word = [_instructions(src, corpus) / words for src in (args.old, args.new)]
            print(
                f"instructions per word over {words:,} words: old {per_word[0]:,.0f}, "
                f"new {per_word[1]:,.0f} (new / old {per_word[1] / per_word[0]:.3f})"
            )
            return
        best = [0.0, 0.0]
        for r in range(args.rounds):
            cpu = str(r % (os.cpu_count() or 1))
            speeds = [words / float(_run(src, corpus, cpu, True)) for src in (args.old, args.new)]
            best = [max(b, s) for b, s in zip(best, speeds, strict=True)]
            print(
                f"round {r + 1}: old {speeds[0]:,.0f} words/s, new {speeds[1]:,.0f} "
                f"(new / old {speeds[1] / speeds[0]:.2f})",
                flush=True,
            )
        print(f"best: old {best[0]:,.0f}, new {best[1]:,.0f} (new / old {best[1] / best[0]:.2f})")


if __name__ == "__main__":
    main()
