"""When a near spelling is one person: a translation writes "Symphone Sanders" for
"Symone Sanders", but "John Zabeson" and "John Zabison", each written out once, are
two people. A near spelling is evidence of one person only where nothing in the
text says otherwise, and where the text shows which spelling is the slip.

Two full names a near spelling apart are **two people** when one sentence writes
both (a list, "X succeeds Y"). Otherwise they are **one person** when

- they differ in the given name, and exactly one of the two is a known given name
  (``data/given_names.txt``): the other is a misspelling of it ("Symphone"); or
- the word that differs is written once in one spelling and more than once in the
  other (in full names or alone): the rare one is the slip ("Chambriard" once in a
  headline, "Chambriad" in the article, "Chambriad said").

Else they are two people: two spellings each written as often as the other, with
nothing to tell a slip, name two people more often than one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import attrs

from ...model import Mention, Token
from ...names import is_given_name
from .enums import NAME, ORG
from .matching import fold, name_parts


@attrs.frozen
class Spellings:
    """How often a document writes each name word, and where it writes each full name."""

    #: folded name word -> how many name mentions write it (in a full name or alone)
    words: Counter[str]
    #: folded (given name, surname) -> the sentences that write that full name
    sentences: dict[tuple[str, str], frozenset[int]]

    @classmethod
    def of(
        cls,
        tokens: Sequence[Token],
        mentions: Sequence[Mention],
        keys: Sequence[tuple[str, str]] | None = None,
    ) -> Spellings:
        """Count the names of people (and of what may be people) in ``mentions``
        (``keys``: the :func:`~.matching.name_parts` of each mention, folded, where
        known)."""
        counts: dict[str, int] = {}  # a Counter calls __missing__ for each new word
        sentences: dict[tuple[str, str], set[int]] = {}
        for mi, m in enumerate(mentions):
            if m.kind is not NAME or m.label is ORG:
                continue
            if keys is None:
                given, surname = name_parts(tokens, m)
                folded_given, folded = fold(given), fold(surname)
            else:
                folded_given, folded = keys[mi]
            counts[folded] = counts.get(folded, 0) + 1
            if folded_given:  # a given name folds to no empty key
                counts[folded_given] = counts.get(folded_given, 0) + 1
                sentences.setdefault((folded_given, folded), set()).add(m.sentence)
        return cls(Counter(counts), {k: frozenset(v) for k, v in sentences.items()})

    def one_person(self, known: tuple[str, str], new: tuple[str, str]) -> bool:
        """Whether two full names (given, surname) that are a near spelling apart in
        one of their words name one person."""
        a = (fold(known[0]), fold(known[1]))
        b = (fold(new[0]), fold(new[1]))
        if self.sentences.get(a, frozenset()) & self.sentences.get(b, frozenset()):
            return False  # written side by side: two people
        differ = 0 if a[0] != b[0] else 1
        x, y = a[differ], b[differ]
        if differ == 0 and is_given_name(x) != is_given_name(y):
            return True  # a known given name and a slip of it
        counts = sorted((self.words[x], self.words[y]))
        return counts[0] == 1 and counts[1] >= 2


class LazySpellings:
    """:meth:`Spellings.one_person` of a document's mentions, with the counts made
    at the first call: most texts write no two names a near spelling apart, and
    then never ask. The mentions' kinds, labels and ``keys`` must not change before
    that call (they do not while full names are clustered)."""

    def __init__(
        self,
        tokens: Sequence[Token],
        mentions: Sequence[Mention],
        keys: Sequence[tuple[str, str]] | None = None,
    ) -> None:
        self._of = (tokens, mentions, keys)
        self._spellings: Spellings | None = None

    def one_person(self, known: tuple[str, str], new: tuple[str, str]) -> bool:
        if self._spellings is None:
            self._spellings = Spellings.of(*self._of)
        return self._spellings.one_person(known, new)
