"""Print the mentions and events the default pipeline finds in one document.

Usage: python benchmarks/debug_doc.py FILE [--published YYYY-MM-DD] [--mentions]
       python benchmarks/debug_doc.py GOLD.jsonl --id DOC_ID [--mentions]
"""

from __future__ import annotations

import argparse
import json

from personnel_events import default_pipeline


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("path")
    ap.add_argument("--id")
    ap.add_argument("--published")
    ap.add_argument("--mentions", action="store_true")
    a = ap.parse_args()
    published = a.published
    if a.id:
        with open(a.path, encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                if d["id"] == a.id:
                    text, published = d["text"], published or d.get("doc_date")
                    break
            else:
                raise SystemExit(f"no document {a.id}")
    else:
        with open(a.path, encoding="utf-8") as fh:
            text = fh.read()
    doc = default_pipeline().run(text, published=published)
    if a.mentions:
        for m in doc.mentions:
            ent = doc.entities[m.entity].name if m.entity is not None else "-"
            print(
                f"  s{m.sentence:<3} {m.kind.value:11s} {m.label.value:6s} {m.text!r:40s} "
                f"-> {ent!r} title={m.title!r}/{m.title_org!r} appos={m.appos!r}/{m.appos_org!r}"
            )
    for ev in doc.events:
        d = ev.to_dict()
        print(
            f"{d['type']:8s} {d['person']!r:28s} role={d['role']!r} org={d['org']!r} "
            f"date={d['date']} {d['status']} [{d['rule']}]"
        )
        print(f"         {ev.evidence[:150]!r}")


if __name__ == "__main__":
    main()
