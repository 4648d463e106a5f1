"""How ``merge_events`` grows with the number of events: near-linear, not quadratic.

    python benchmarks/merge_scale.py                  # 2,000 and 20,000 distinct events
    python benchmarks/merge_scale.py --small 1000 --big 10000 --repeat 1
    python benchmarks/merge_scale.py --dense          # many near spellings: the worst case
    python benchmarks/merge_scale.py --surnames dist.all.last   # real surnames, by frequency
    python benchmarks/merge_scale.py --count          # and instructions, cache misses (valgrind)

Events are made up, seeded, and distinct: different people (given names from a
list, surnames built from syllables, so that some surnames repeat, a few are near
spellings of others and most are new, as in a real feed), each with a role, an
organisation and a date. Every tenth change is told again by a second source with
a shorter name ("Ms. Roe" for "Jane Roe") and a month-precision date, so that
groups of two are formed too. The script prints the time of each size (the best
of ``--repeat`` runs, in CPU time of this process, which other processes on a
shared machine disturb less than wall time) and the number of records, then the
ratio of the two times (linear is 10 for the default sizes; a quadratic merge
gives about 100), with Python's cyclic garbage collector on and off around the
call (``merge_events`` pauses it itself while it builds records), each beside
the ratio of a pass over the same events that is linear by construction (one
merge per event): how much a linear pass grows on this machine. ``--count`` also
runs one merge of each size under valgrind's cachegrind and prints the
instructions it executes and the misses of a simulated 1 MiB second-level cache:
counts that do not move with the load of the machine, and that tell the work
the merge does from the time the memory takes to give it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import gc
import random
import statistics
import time
from collections.abc import Callable

from personnel_events import Event, EventDate, EventType, Precision, Status, merge_events

GIVEN = [
    "Ana",
    "Ben",
    "Carla",
    "Dana",
    "Eli",
    "Farah",
    "Gus",
    "Hana",
    "Ivo",
    "Jane",
    "Kofi",
    "Lena",
    "Mario",
    "Nia",
    "Omar",
    "Priya",
    "Quinn",
    "Rosa",
    "Sam",
    "Tariq",
    "Uma",
    "Vera",
    "Wen",
    "Xavier",
    "Yara",
    "Zane",
    "Aiko",
    "Bruno",
    "Chen",
    "Dmitri",
    "Esra",
    "Femi",
    "Gita",
    "Hugo",
    "Ines",
    "Jonas",
    "Kira",
    "Luis",
    "Maya",
    "Nils",
    "Olga",
    "Pavel",
    "Rui",
    "Sofia",
    "Theo",
    "Ulla",
    "Vik",
    "Wanda",
]
#: Surnames are one to three syllables, each an onset, a vowel and sometimes a coda
#: (about 2,000 syllables; 2 to 16 letters, 6.8 on average as in the US census
#: list of surnames), most of them distinct.
#: ``--dense`` draws from 50 syllables instead, where near spellings abound.
ONSETS = [
    "b",
    "br",
    "c",
    "ch",
    "d",
    "dr",
    "f",
    "g",
    "gr",
    "h",
    "j",
    "k",
    "kl",
    "l",
    "m",
    "n",
    "p",
    "pr",
    "r",
    "s",
    "sh",
    "st",
    "t",
    "tr",
    "v",
    "w",
    "z",
]
VOWELS = ["a", "e", "i", "o", "u", "a", "e", "o", "ai", "ea"]
CODAS = ["", "", "", "", "", "n", "r", "s", "l", "m", "t", "nd", "rk", "st"]
DENSE = [
    "ba",
    "be",
    "bi",
    "bo",
    "bu",
    "da",
    "de",
    "di",
    "do",
    "ka",
    "ke",
    "ki",
    "ko",
    "la",
    "le",
    "li",
    "lo",
    "ma",
    "me",
    "mi",
    "mo",
    "na",
    "ne",
    "ni",
    "no",
    "ra",
    "re",
    "ri",
    "ro",
    "sa",
    "se",
    "si",
    "so",
    "ta",
    "te",
    "ti",
    "to",
    "va",
    "ve",
    "vi",
    "vo",
    "za",
    "ze",
    "zi",
    "zo",
    "an",
    "el",
    "in",
    "or",
    "us",
    "er",
]
#: Surnames read with ``--surnames FILE`` (a name a line, optionally followed by its
#: frequency, as in the US census list of surnames), drawn by frequency.
LISTED: list[str] = []
WEIGHTS: list[float] = []


def read_surnames(path: str) -> None:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            fields = line.split()
            if fields:
                LISTED.append(fields[0].capitalize())
                WEIGHTS.append(float(fields[1]) if len(fields) > 1 else 1.0)


ROLES = (
    "chief executive",
    "chief financial officer",
    "chair",
    "general counsel",
    "head of retail",
    "chief technology officer",
    "finance minister",
    "president",
    "director",
    "spokesperson",
)
ORG_WORDS = ("Holdings", "Bank", "Mining", "Group", "Partners", "Freight", "Energy", "Trust")


def surname(rng: random.Random, dense: bool) -> str:
    if LISTED:
        return rng.choices(LISTED, weights=WEIGHTS)[0]
    if dense:
        syllables = rng.choice((2, 3, 3, 4))
        return "".join(rng.choice(DENSE) for _ in range(syllables)).capitalize()
    syllables = rng.choice((1, 2, 2, 2, 3))
    return "".join(
        rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS) for _ in range(syllables)
    ).capitalize()


def make_events(n: int, seed: int = 20, dense: bool = False) -> list[Event]:
    """``n`` events telling distinct changes (about n / 1.1 of them), seeded."""
    rng = random.Random(seed)
    events: list[Event] = []
    people: set[str] = set()
    base = dt.date(2015, 1, 1)
    while len(events) < n:
        person = f"{rng.choice(GIVEN)} {surname(rng, dense)}"
        if person in people:
            continue
        people.add(person)
        day = base + dt.timedelta(days=rng.randrange(3650))
        org = f"{surname(rng, dense)} {rng.choice(ORG_WORDS)}"
        kind = rng.choice((EventType.START, EventType.END, EventType.NOMINATE))
        role = rng.choice(ROLES)
        source = f"doc{len(events)}"
        events.append(_event(kind, person, role, org, EventDate(day, Precision.DAY, "x"), source))
        if len(events) % 10 == 0 and len(events) < n:
            month = EventDate(day.replace(day=1), Precision.MONTH, "in that month")
            short = person.split()[-1]
            events.append(_event(kind, short, None, org, month, f"{source}b"))
    return events


def _event(
    kind: EventType, person: str, role: str | None, org: str, date: EventDate, source: str
) -> Event:
    return Event(
        type=kind,
        person=person,
        role=role,
        org=org,
        date=date,
        status=Status.PAST,
        evidence=f"{person} ...",
        span=(0, 10),
        source=source,
    )


def best_of(run: Callable[[], object], repeat: int, collect: bool = True) -> float:
    """The best CPU time of ``repeat`` runs, with Python's cyclic garbage collector
    on (``collect``) or off."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()  # no garbage of an earlier run is collected on this one's time
        if not collect:
            gc.disable()
        try:
            start = time.process_time()
            run()
            best = min(best, time.process_time() - start)
        finally:
            gc.enable()
    return best


def linear_pass(events: list[Event]) -> None:
    """A yardstick: work that is linear by construction (one record per event)."""
    for ev in events:
        merge_events([ev])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--small", type=int, default=2_000)
    ap.add_argument("--big", type=int, default=20_000)
    ap.add_argument("--repeat", type=int, default=5, help="runs per size; the best is kept")
    ap.add_argument("--dense", action="store_true", help="surnames from 50 syllables only")
    ap.add_argument("--surnames", metavar="FILE", help="real surnames, a name (and weight) a line")
    ap.add_argument(
        "--count",
        action="store_true",
        help="also count instructions and second-level cache misses under valgrind "
        "(steady under load; a few minutes)",
    )
    ap.add_argument("--merges", type=int, default=0, help=argparse.SUPPRESS)  # the counted child
    args = ap.parse_args()
    if args.surnames:
        read_surnames(args.surnames)
    if args.merges:
        return _child(args)
    sizes = (args.small, args.big)
    events = {n: make_events(n, dense=args.dense) for n in sizes}
    counts = {n: len(merge_events(events[n])) for n in sizes}  # and the word lists warmed
    rows = []
    for collect in (True, False):
        # The sizes are timed in turn, round after round, so that a change in the
        # machine's speed (other processes) falls on both alike: each round's
        # ratio is printed, and the ratio of the best times.
        times: dict[int, list[float]] = {n: [] for n in sizes}
        for _ in range(args.repeat):
            for n in sizes:
                times[n].append(best_of(functools.partial(merge_events, events[n]), 1, collect))
        yard = {n: best_of(functools.partial(linear_pass, events[n]), 1, collect) for n in sizes}
        best = {n: min(times[n]) for n in sizes}
        rounds = sorted(big / small for small, big in zip(*times.values(), strict=True))
        if collect:
            for n in sizes:
                print(f"{n:>7,} events -> {counts[n]:>7,} records: {best[n]:8.3f} s")
        ratio = best[args.big] / best[args.small]
        rows.append((collect, ratio, rounds, yard[args.big] / yard[args.small]))
    linear = args.big / args.small
    for collect, ratio, rounds, yardstick in rows:
        gc_state = "garbage collector on " if collect else "garbage collector off"
        each = ", ".join(f"{r:.1f}" for r in rounds)
        print(
            f"{gc_state}: ratio {ratio:5.1f} for {linear:.0f}x the events, best times "
            f"(rounds, sorted: {each}; median {statistics.median(rounds):.1f}; "
            f"a linear pass over the same events: {yardstick:5.1f})"
        )
    if args.count:
        counted(args)


#: The caches valgrind simulates: this machine's first level and its 1 MiB
#: second level per core (the last level cachegrind models).
_CACHES = ("--I1=32768,8,64", "--D1=32768,8,64", "--LL=1048576,16,64")


def _child(args: argparse.Namespace) -> None:
    """Make the events, merge them once to warm up, then ``--merges`` more times
    (-1: none): what ``counted`` runs under valgrind."""
    events = make_events(args.small, dense=args.dense)
    merge_events(events)
    for _ in range(max(args.merges, 0)):
        merge_events(events)


def counted(args: argparse.Namespace) -> None:
    """Instructions and simulated second-level cache misses of one merge of each
    size (a run with the merge less one without): how the work grows, apart from
    the time the machine takes for it."""
    import re
    import shutil
    import subprocess
    import sys

    if shutil.which("valgrind") is None:
        print("--count: valgrind is not installed")
        return
    found = {}
    for n in (args.small, args.big):
        runs = []
        for merges in (-1, 1):
            cmd = [
                "valgrind", "--tool=cachegrind", "--cache-sim=yes", *_CACHES,
                "--cachegrind-out-file=/dev/null", sys.executable, __file__,
                "--small", str(n), "--big", "0", "--merges", str(merges),
            ]  # fmt: skip
            if args.dense:
                cmd.append("--dense")
            if args.surnames:
                cmd += ["--surnames", args.surnames]
            err = subprocess.run(cmd, capture_output=True, text=True, check=True).stderr
            refs = int(re.search(r"I\s+refs:\s+([\d,]+)", err).group(1).replace(",", ""))  # type: ignore[union-attr]
            misses = int(re.search(r"LL misses:\s+([\d,]+)", err).group(1).replace(",", ""))  # type: ignore[union-attr]
            runs.append((refs, misses))
        found[n] = (runs[1][0] - runs[0][0], runs[1][1] - runs[0][1])
        print(
            f"{n:>7,} events: {found[n][0] / 1e6:,.0f} M instructions, "
            f"{found[n][1] / 1e6:.2f} M misses of a 1 MiB second-level cache (valgrind)"
        )
    small, big = found[args.small], found[args.big]
    print(
        f"instructions ratio {big[0] / small[0]:.1f}, cache-miss ratio {big[1] / small[1]:.1f} "
        f"for {args.big / args.small:.0f}x the events"
    )


if __name__ == "__main__":
    main()
