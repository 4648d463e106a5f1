"""How accurate the default pipeline is on a gold file: precision, recall, F1, arguments.

    python benchmarks/accuracy.py GOLD.jsonl [--errors] [--no-published] [--json]
    python benchmarks/accuracy.py GOLD.jsonl --transform lower      # all lower case
    python benchmarks/accuracy.py GOLD.jsonl --transform no-stops   # no sentence-final stops

A gold file has one document a line: ``{"id", "doc_date", "text", "events": [...]}``,
each gold event with ``type``, ``person`` (and ``person_alts``), ``role``
(``role_alts``), ``org`` (``org_alts``), ``date``, ``status``, as in the project's
evaluation guidelines. A predicted event matches a gold one when the type is equal
and the person is the same (a listed form, a spelling at least 85% alike, or the
same surname with a given name one of which begins the other); each gold event
matches at most one prediction, the pairs that agree on most arguments first.
"full" also asks the role and the organisation to agree where the gold names them:
their content words (abbreviations spelled out, :data:`ABBREVIATIONS`; articles,
legal forms and :data:`STOP_WORDS` left out) are one within the other or share at
least half of all. Dates agree when the prediction is the gold date or more
precise inside it. These are the rules of the project's evaluation script, so the
figures are the ones it prints.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import time
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

from personnel_events import Pipeline, default_pipeline

#: Abbreviations and variants spelled out before words are compared.
ABBREVIATIONS: dict[str, str] = {
    "ceo": "chief executive officer", "cfo": "chief financial officer",
    "coo": "chief operating officer", "cto": "chief technology officer",
    "cio": "chief information officer", "cmo": "chief marketing officer",
    "cso": "chief strategy officer", "chro": "chief human resources officer",
    "gm": "general manager", "vp": "vice president", "svp": "senior vice president",
    "evp": "executive vice president", "md": "managing director",
    "pres": "president", "dir": "director", "sec": "secretary", "gov": "governor",
    "adviser": "advisor", "spokesman": "spokesperson", "spokeswoman": "spokesperson",
    "chairman": "chair", "chairwoman": "chair", "chairperson": "chair",
}  # fmt: skip
#: Words no role or organisation is told apart by.
STOP_WORDS = frozenset(
    {"the", "of", "a", "an", "and", "for", "to", "in", "at", "on", "its", "his", "her", "their",
     "s", "as", "new", "former", "top", "inc", "corp", "co", "ltd", "llc", "plc", "company",
     "group"}
)  # fmt: skip
#: How alike two spellings of a name must be to be one person.
NAME_LIKENESS = 0.85

Gold = dict[str, Any]

_FINAL_STOP = re.compile(r"[.!?](?=\s)")
#: How ``--transform`` degrades each text, to see whether recall holds on text
#: written without capitals or without sentence punctuation.
TRANSFORMS: dict[str, Callable[[str], str]] = {
    "none": lambda text: text,
    "lower": str.lower,
    "no-stops": lambda text: _FINAL_STOP.sub("", text),
}


def fold(text: str) -> str:
    """Lower case without accents, possessives or punctuation."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").replace("\u2018", "'").lower()
    text = re.sub(r"'s\b", "", text)
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def _words(text: str) -> set[str]:
    """The content words of a role or an organisation, abbreviations spelled out."""
    return {
        word
        for token in fold(text).split()
        for word in ABBREVIATIONS.get(token, token).split()
        if word not in STOP_WORDS
    }


def loose_match(pred: str | None, golds: Sequence[str]) -> bool:
    """The prediction's content words are within one accepted form's (or hold
    them), or the two share at least half of all their words."""
    if not pred:
        return False
    p = _words(pred)
    if not p:
        return False
    for g in golds:
        w = _words(g)
        if w and (p <= w or w <= p or len(p & w) * 2 >= len(p | w)):
            return True
    return False


def person_match(pred: str, gold: Gold) -> bool:
    """A listed form, a spelling :data:`NAME_LIKENESS` alike, or the gold's surname
    with a given name one of which begins the other ("Tom Ash", "Thomas Ash")."""
    p = fold(pred).split()
    if not p:
        return False
    for name in [gold["person"], *gold.get("person_alts", [])]:
        g = fold(name).split()
        if g and (
            p == g
            or difflib.SequenceMatcher(None, " ".join(p), " ".join(g)).ratio() >= NAME_LIKENESS
        ):
            return True
    g = fold(gold["person"]).split()
    return (
        len(g) >= 2
        and len(p) >= 2
        and p[-1] == g[-1]
        and (p[0].startswith(g[0]) or g[0].startswith(p[0]))
    )


def date_match(pred: str | None, gold: str | None) -> bool:
    return bool(pred and gold and pred.startswith(gold))


def arg_score(pred: Gold, gold: Gold) -> int:
    score = 0
    if gold.get("role"):
        score += loose_match(pred.get("role"), [gold["role"], *gold.get("role_alts", [])])
    if gold.get("org"):
        score += loose_match(pred.get("org"), [gold["org"], *gold.get("org_alts", [])])
    return score + date_match(pred.get("date"), gold.get("date"))


def match(
    golds: list[Gold], preds: list[Gold]
) -> tuple[list[tuple[Gold, Gold]], list[Gold], list[Gold]]:
    pairs = sorted(
        (
            (-arg_score(p, g), gi, pi)
            for gi, g in enumerate(golds)
            for pi, p in enumerate(preds)
            if p["type"] == g["type"] and person_match(p["person"], g)
        ),
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    matched = []
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            matched.append((golds[gi], preds[pi]))
    missed = [g for i, g in enumerate(golds) if i not in used_g]
    false = [p for i, p in enumerate(preds) if i not in used_p]
    return matched, missed, false


def prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = tp / npred if npred else (1.0 if not ngold else 0.0)
    r = tp / ngold if ngold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def full_ok(pred: Gold, gold: Gold) -> bool:
    role_ok = not gold.get("role") or loose_match(
        pred.get("role"), [gold["role"], *gold.get("role_alts", [])]
    )
    org_ok = not gold.get("org") or loose_match(
        pred.get("org"), [gold["org"], *gold.get("org_alts", [])]
    )
    return role_ok and org_ok


def _brief(ev: Gold) -> str:
    keys = ("type", "person", "role", "org", "date", "status")
    return json.dumps({k: ev.get(k) for k in keys}, ensure_ascii=False)


def evaluate(
    docs: list[Gold],
    use_published: bool,
    errors: bool,
    pipeline: Pipeline | None = None,
    transform: Callable[[str], str] = TRANSFORMS["none"],
) -> dict[str, Any]:
    """The figures for ``docs``; ``pipeline`` defaults to the default pipeline, and
    ``transform`` changes each text before it is parsed."""
    pipe = pipeline or default_pipeline()
    totals = {"gold": 0, "pred": 0, "matched": 0, "full": 0}
    args = {"role": [0, 0], "org": [0, 0], "date": [0, 0], "status": [0, 0]}
    per_type: dict[str, list[int]] = {}
    false_alarms = empty_docs = words = 0
    started = time.perf_counter()
    for doc in docs:
        published = doc.get("doc_date") if use_published else None
        preds = [e.to_dict() for e in pipe.parse(transform(doc["text"]), published=published)]
        words += len(doc["text"].split())
        golds = doc.get("events", [])
        matched, missed, false = match(golds, preds)
        totals["gold"] += len(golds)
        totals["pred"] += len(preds)
        totals["matched"] += len(matched)
        if not golds:
            empty_docs += 1
            false_alarms += len(preds)
        for kind in {e["type"] for e in golds + preds}:
            row = per_type.setdefault(kind, [0, 0, 0])
            row[0] += sum(1 for g, _ in matched if g["type"] == kind)
            row[1] += sum(1 for p in preds if p["type"] == kind)
            row[2] += sum(1 for g in golds if g["type"] == kind)
        for g, p in matched:
            totals["full"] += full_ok(p, g)
            for key, ok in (
                (
                    "role",
                    loose_match(p.get("role"), [g.get("role") or "", *g.get("role_alts", [])]),
                ),
                ("org", loose_match(p.get("org"), [g.get("org") or "", *g.get("org_alts", [])])),
                ("date", date_match(p.get("date"), g.get("date"))),
                ("status", p.get("status") == g.get("status")),
            ):
                if key == "status" or g.get(key):
                    args[key][0] += ok
                    args[key][1] += 1
            if errors and arg_score(p, g) < sum(1 for k in ("role", "org", "date") if g.get(k)):
                print(f"{doc['id']}  ARGS  gold={_brief(g)}  pred={_brief(p)}")
        if errors:
            for g in missed:
                print(f"{doc['id']}  MISS  {_brief(g)}")
            for p in false:
                print(f"{doc['id']}  FALSE {_brief(p)}")
    seconds = time.perf_counter() - started
    return {
        "documents": len(docs),
        "totals": totals,
        "event": prf(totals["matched"], totals["pred"], totals["gold"]),
        "full": prf(totals["full"], totals["pred"], totals["gold"]),
        "arguments": args,
        "per_type": {k: (*v, *prf(*v)) for k, v in sorted(per_type.items())},
        "false_alarms": (false_alarms, empty_docs),
        "seconds": seconds,
        "words_per_second": words / seconds if seconds else 0.0,
    }


def report(r: dict[str, Any]) -> None:
    t = r["totals"]
    print(
        f"documents {r['documents']}  gold events {t['gold']}  predicted {t['pred']}  "
        f"matched {t['matched']}"
    )
    for name, label in (
        ("event", "(type + person)"),
        ("full", "(+ role and org where gold has them)"),
    ):
        p, rec, f = r[name]
        print(f"{name:6} P {p:.3f}  R {rec:.3f}  F1 {f:.3f}   {label}")
    parts = []
    for key, (ok, n) in r["arguments"].items():
        parts.append(f"{key} {ok}/{n} ({ok / n:.0%})" if n else f"{key} -")
    print("arguments on matched events: " + "  ".join(parts))
    fa, docs = r["false_alarms"]
    print(f"false alarms on {docs} documents without events: {fa}")
    for kind, (tp, npred, ngold, p, rec, f) in r["per_type"].items():
        print(
            f"  {kind:9} P {p:.3f}  R {rec:.3f}  F1 {f:.3f}  ({tp}/{npred} predicted, {ngold} gold)"
        )
    print(f"time {r['seconds']:.3f} s  ({r['words_per_second']:.0f} words/s)")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("gold", help="gold documents, JSON Lines")
    ap.add_argument(
        "--errors", action="store_true", help="list misses, false alarms, wrong arguments"
    )
    ap.add_argument("--no-published", action="store_true", help="do not pass doc_date to parse")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument(
        "--transform",
        choices=sorted(TRANSFORMS),
        default="none",
        help="parse each text lower-cased or without sentence-final stops",
    )
    a = ap.parse_args(argv)
    with open(a.gold, encoding="utf-8") as fh:
        docs = [json.loads(line) for line in fh if line.strip()]
    result = evaluate(docs, not a.no_published, a.errors, transform=TRANSFORMS[a.transform])
    if a.json:
        print(json.dumps(result))
    else:
        report(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
