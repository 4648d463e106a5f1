"""Rebuild ``personnel_events/data/given_names.txt`` and ``given_name_genders.tsv``
from Faker's name lists.

Usage: python -m pip install faker && python scripts/build_given_names.py

Faker (MIT licence, https://github.com/joke2k/faker) ships first names for many
locales. This script takes every given name written in Latin letters, folds it
to lower-case ASCII (the key the name finder compares), drops words the
library's own lexicons already give another meaning (common words, titles,
organisation and time words) and writes one name a line. Faker is needed only
to rebuild the file, never at run time.
"""

from __future__ import annotations

import importlib
import pkgutil
import unicodedata
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "src" / "personnel_events" / "data"
HEADER = """\
# Given names, lower case without accents, one a line. A capitalised run that
# starts with one of these is taken for a person's name even when nothing else
# in the text says so. Built by scripts/build_given_names.py from the first-name
# lists of Faker (MIT licence, https://github.com/joke2k/faker), all locales,
# Latin script only; words the other lexicons give another meaning are left out.
"""


def fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def _latin(name: str) -> bool:
    letters = name.replace("-", "").replace("'", "").replace(" ", "")
    return bool(letters) and all(
        unicodedata.category(c).startswith("L") and ord(c) < 0x250 for c in letters
    )


def _lexicon(name: str) -> set[str]:
    out = set()
    for raw in (DATA / name).read_text("utf-8").splitlines():
        line = raw.split("#", 1)[0].strip().lower()
        if line:
            out.add(line.split("\t")[0])
    return out


def faker_given_names() -> set[str]:
    # Faker is needed only here, to rebuild the file.
    import faker.providers.person as person  # type: ignore[import-not-found]

    names: set[str] = set()
    for info in pkgutil.iter_modules(person.__path__):
        module = importlib.import_module(f"{person.__name__}.{info.name}")
        provider = getattr(module, "Provider", None)
        for attr in dir(provider):
            if not attr.startswith(("first_name", "first_romanized")):
                continue
            value = getattr(provider, attr, None)
            if isinstance(value, dict):
                value = list(value)
            if not isinstance(value, (list, tuple)):
                continue
            names.update(fold(n) for n in value if isinstance(n, str) and _latin(n))
    return names


GENDER_HEADER = """\
# Given names that Faker lists for one sex only, across all its locales, with
# that sex (m or f); names it lists for both are left out. Used to tell which
# person "he" or "she" can be, never to decide that a name is a name. Built by
# scripts/build_given_names.py (Faker, MIT licence). Columns: name <TAB> m|f
"""


def faker_given_name_genders() -> dict[str, str]:
    """Folded given name -> "m" or "f", for names Faker gives one sex only."""
    import faker.providers.person as person

    seen: dict[str, set[str]] = {}
    for info in pkgutil.iter_modules(person.__path__):
        module = importlib.import_module(f"{person.__name__}.{info.name}")
        provider = getattr(module, "Provider", None)
        for attr, sex in (("first_names_male", "m"), ("first_names_female", "f")):
            value = getattr(provider, attr, None)
            if isinstance(value, dict):
                value = list(value)
            if not isinstance(value, (list, tuple)):
                continue
            for n in value:
                if isinstance(n, str) and _latin(n):
                    seen.setdefault(fold(n), set()).add(sex)
    return {name: next(iter(sexes)) for name, sexes in seen.items() if len(sexes) == 1}


def main() -> None:
    taken = set()
    for name in ("common_words.txt", "org_words.txt", "titles.txt", "time_words.txt"):
        taken |= _lexicon(name)
    names = sorted(n for n in faker_given_names() if n not in taken and " " not in n)
    (DATA / "given_names.txt").write_text(HEADER + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} given names written to {DATA / 'given_names.txt'}")
    kept = set(names)
    genders = sorted((n, g) for n, g in faker_given_name_genders().items() if n in kept)
    rows = "\n".join(f"{n}\t{g}" for n, g in genders)
    (DATA / "given_name_genders.tsv").write_text(GENDER_HEADER + rows + "\n", encoding="utf-8")
    print(f"{len(genders)} given names with a sex written to given_name_genders.tsv")


if __name__ == "__main__":
    main()
