"""What the text-repair step costs, as a share of ``parse()`` time.

    python benchmarks/repair_cost.py                 # examples/*.txt, clean and damaged
    python benchmarks/repair_cost.py FILE... --passes 7
    python benchmarks/repair_cost.py --limit 0.05    # exit 1 if clean text costs more

Every article is timed as it is, all of them joined into one document, and the
joined document repeated ten times (a long page). ``repair()`` and ``parse()``
(which repairs, then runs the stages) are each timed as the best of ``--passes``
passes over the set, since a shared machine slows some passes down. A damaged
copy of the set (mojibake, HTML character references, no-break spaces, control
characters) shows what repair costs when it has work to do.
"""

from __future__ import annotations

import argparse
import glob
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from personnel_events import parse
from personnel_events.repair import repair

ROOT = Path(__file__).resolve().parent.parent
PUBLISHED = "2025-04-09"


def load(paths: Sequence[str]) -> list[str]:
    files = list(paths) or sorted(glob.glob(str(ROOT / "examples" / "*.txt")))
    texts = [Path(p).read_text(encoding="utf-8") for p in files]
    if not texts:
        sys.exit("no articles to time")
    joined = "\n\n".join(texts)
    return [*texts, joined, "\n\n".join([joined] * 10)]


def damage(text: str) -> str:
    """The same article as a careless scraper hands it on."""
    return (
        text.replace("\u2019", "\u00e2\u20ac\u2122")
        .replace("'", "&#39;")
        .replace(", ", ",\u00a0", 3)
        .replace(". ", ".\x00 ", 2)
        .replace("&", "&amp;", 1)
    )


def best(fn: Callable[[str], object], texts: Sequence[str], passes: int) -> float:
    times = []
    for _ in range(passes):
        start = time.perf_counter()
        for text in texts:
            fn(text)
        times.append(time.perf_counter() - start)
    return min(times)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("files", nargs="*", help="articles (.txt); default examples/*.txt")
    ap.add_argument("--passes", type=int, default=5, help="timed passes, best kept (default 5)")
    ap.add_argument(
        "--limit", type=float, help="exit 1 when repair costs more than this share on clean text"
    )
    args = ap.parse_args(argv)
    clean = load(args.files)
    dirty = [damage(t) for t in clean]
    changed = sum(repair(t).changed for t in clean)
    if changed:
        print(f"note: repair changes {changed} of the {len(clean)} given texts")
    parse(clean[0], published=PUBLISHED)  # warm the lexicons
    repair(dirty[0])  # import ftfy
    chars = sum(len(t) for t in clean)
    print(f"{len(clean)} documents, {chars:,} characters; best of {args.passes} passes")
    share = 0.0
    for label, texts in (("clean", clean), ("damaged", dirty)):
        t_repair = best(repair, texts, args.passes)
        t_parse = best(lambda t: parse(t, published=PUBLISHED), texts, args.passes)
        ratio = t_repair / t_parse
        if label == "clean":
            share = ratio
        print(
            f"{label:8} repair {t_repair * 1e3:8.3f} ms   parse {t_parse * 1e3:9.1f} ms   "
            f"repair/parse {ratio:7.3%}"
        )
    if args.limit is not None and share > args.limit:
        print(f"repair costs {share:.2%} of parse on clean text, over {args.limit:.2%}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
