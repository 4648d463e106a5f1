"""Merge the events of several articles and print one line per change.

Usage: python examples/merge_feed.py [ARTICLE.txt ...] [--person NAME]

Each file is one article (UTF-8 text); its path is the event's source. Without
files, the example articles beside this script are read. With --person, only
that person's changes are printed, in date order (a timeline).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

import personnel_events

HERE = Path(__file__).resolve().parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path, help="articles (default: examples/*.txt)")
    ap.add_argument("--person", help="print the timeline of this person only")
    args = ap.parse_args()

    files = args.files or [Path(os.path.relpath(p)) for p in sorted(HERE.glob("*.txt"))]
    events = []
    for path in files:
        events += personnel_events.parse(path.read_text(encoding="utf-8"), source=str(path))
    records = personnel_events.merge_events(events)
    if args.person:
        records = personnel_events.timeline(records, person=args.person)
    for r in records:
        sources = ", ".join(str(s) for s in r.sources)
        conflicts = f"  (sources disagree on {', '.join(r.conflicts)})" if r.conflicts else ""
        when = r.date.iso if r.date else "undated"
        post = f"{r.role or '-'}, {r.org or '-'}"
        print(f"{when:10}  {r.type.value:8} {r.person}, {post}  [{sources}]{conflicts}")


if __name__ == "__main__":
    main()
