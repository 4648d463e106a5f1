"""What kind of body or place a name is, where its words tell it: a company, a
club, a public body, a university, a party, a legislature, a news organisation,
a league or a place (:class:`~personnel_events.model.OrgKind`).

The words decide, in this order: the whole name as a news organisation
(``news_organisations.txt``) or a place (``places.txt``,
``place_abbreviations.txt``); a legal form anywhere ("Inc.", "plc") makes a
company; a legislature's name or last word (``legislatures.txt``); a party's last
word (``party_words.txt``); then the head word in ``org_kinds.tsv``: the word
before the first "of" ("Department of Health", "University of Leeds"), else the
last word that has a kind ("Halvern State University"). A name none of these
tell gets ``None``.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from ... import lexicon
from ...model import OrgKind, Token
from .enums import NEWS, PLACE

_KINDS = {k.value: k for k in OrgKind}


@functools.cache
def kind_words() -> dict[str, OrgKind]:
    """Word -> the kind it tells, from ``org_kinds.tsv``."""
    out: dict[str, OrgKind] = {}
    for row in lexicon.rows("org_kinds.tsv"):
        if len(row.cells) != 2 or row.cells[1] not in _KINDS:
            raise row.error(f"expected a word and one of {sorted(_KINDS)}")
        out[row.cells[0].lower()] = _KINDS[row.cells[1]]
    return out


def news_organisations() -> frozenset[str]:
    return lexicon.words("news_organisations.txt")


def _bare(words: Sequence[str]) -> str:
    """The lower-case name without a leading "the" and a possessive mark."""
    if words and words[0] != "the" and "'s" not in words and "\u2019s" not in words:
        return " ".join(words)  # the common case: nothing to drop
    ws = [w for w in words if w not in ("'s", "\u2019s")]
    if ws and ws[0] == "the":
        ws = ws[1:]
    return " ".join(ws)


def is_news_name(words: Sequence[str]) -> bool:
    """A news agency, broadcaster or paper by its whole name ("Reuters", "the AP")."""
    return _bare(words) in news_organisations()


def is_place_name(words: Sequence[str]) -> bool:
    """A country, state or city by its whole name or abbreviation ("N.C.", "UK"),
    or a people's name standing for its country ("South African")."""
    return _bare(words) in place_names()


@functools.cache
def place_names() -> frozenset[str]:
    """Lower-case names of places: ``places.txt``, ``place_abbreviations.txt``,
    the written-out state abbreviations of ``state_abbreviations.txt`` ("Tenn.",
    not the postal codes, which are words too: "IN", "OR") and the demonyms of
    ``demonyms.tsv``."""
    states = {a for a in lexicon.words("state_abbreviations.txt") if "." in a or len(a) > 2}
    demonyms = {row[0].lower() for row in lexicon.checked("demonyms.tsv", 2)}
    return frozenset(
        lexicon.words("places.txt") | lexicon.words("place_abbreviations.txt") | states | demonyms
    )


def state_after(tokens: Sequence[Token], k: int) -> bool:
    """A comma and a state at ``tokens[k]``: the name before is a town
    ("Brentwood, Tenn.", "King of Prussia, Pa.", "Tulsa, Oklahoma")."""
    if k + 1 >= len(tokens) or tokens[k].text != ",":
        return False
    nxt = tokens[k + 1]
    if not nxt.text[:1].isupper():
        return False
    if nxt.lower in lexicon.words("state_abbreviations.txt"):
        # postal codes ("TN") only in capitals
        return "." in nxt.text or (len(nxt.text) == 2 and nxt.text.isupper())
    return False


def org_kind(words: Sequence[str]) -> OrgKind | None:
    """The kind the lower-case words of a name tell, else None."""
    return words_kind(tuple(words)) if words else None


#: How many names' kinds are remembered (names repeat within and across texts).
KIND_CACHE_SIZE = 8192


@functools.cache
def _whole_names() -> dict[str, OrgKind]:
    """A whole name -> the kind it tells before its words are read: news
    organisations, then places."""
    out = dict.fromkeys(place_names(), PLACE)
    out.update(dict.fromkeys(news_organisations(), NEWS))
    return out


@functools.lru_cache(maxsize=KIND_CACHE_SIZE)
def words_kind(words: tuple[str, ...]) -> OrgKind | None:
    """:func:`org_kind` of a tuple of one word or more, without the call that makes it."""
    name = _bare(words)
    if _kind_vocabulary().isdisjoint(words):
        # no word the steps below look for (most names): only the whole name can tell
        return _whole_name_kind(name)
    kind = _whole_names().get(name)
    if kind is not None:
        return kind  # a news organisation, or a place
    legislatures = lexicon.words("legislatures.txt")
    if len(words) > 1 and not legal_forms().isdisjoint(words[1:]):
        return OrgKind.COMPANY  # "Harrow & Finch Ltd.", "Lumen Ridge Holdings, Inc."
    if name in legislatures or (len(words) <= 3 and words[-1] in legislatures):
        return OrgKind.LEGISLATURE  # "the Senate", "House of Commons", "State Duma"
    if words[-1] in lexicon.words("party_words.txt"):
        return OrgKind.PARTY
    kinds = kind_words()
    head = words[: words.index("of")] if "of" in words[1:] else words
    for w in reversed(head):
        if w in kinds:
            return kinds[w]
    for w in reversed(words):
        if w in kinds:
            return kinds[w]
    return None


def name_kind_of(words: Sequence[str]) -> OrgKind | None:
    """:func:`words_kind` of one word or more, where most names are told without its
    cache: a name with no word of :func:`_kind_vocabulary` is told by its whole
    name alone, and such names are most of them, many seen once (a miss of the
    cache costs more than that lookup)."""
    vocabulary, whole_name_kinds = _name_kind_of_tables()
    if not vocabulary.isdisjoint(words):
        return words_kind(tuple(words))
    return whole_name_kinds.get(_bare(words))  # _whole_name_kind, without the call


@functools.cache
def _name_kind_of_tables() -> tuple[frozenset[str], dict[str, OrgKind]]:
    """What :func:`name_kind_of` reads on every call (a name without a kind's word,
    most names, is told by these two alone): one cached call instead of two."""
    return _kind_vocabulary(), _whole_name_kinds()


@functools.lru_cache(maxsize=KIND_CACHE_SIZE)
def word_kind(word: str) -> OrgKind | None:
    """:func:`name_kind_of` of a one-word name, remembered: a surname told alone is
    told again and again (four calls fewer for each time after the first)."""
    return name_kind_of((word,))


def _whole_name_kind(name: str) -> OrgKind | None:
    """The kind a whole name tells by itself: a news organisation or a place
    listed by name, or a legislature."""
    return _whole_name_kinds().get(name)


@functools.cache
def _whole_name_kinds() -> dict[str, OrgKind]:
    """A whole name -> the kind it tells by itself (:func:`_whole_name_kind`): those
    of :func:`_whole_names`, and the legislatures that are neither (one lookup for
    the names that have no word of :func:`_kind_vocabulary`, most names)."""
    out = dict.fromkeys(lexicon.words("legislatures.txt"), OrgKind.LEGISLATURE)
    out.update(_whole_names())
    return out


@functools.cache
def _kind_vocabulary() -> frozenset[str]:
    """Every word :func:`words_kind` looks for one by one: legal forms, legislatures,
    party words and the words of ``org_kinds.tsv``."""
    return (
        legal_forms()
        | lexicon.words("legislatures.txt")
        | lexicon.words("party_words.txt")
        | frozenset(kind_words())
    )


def stock_exchanges() -> frozenset[str]:
    """Exchanges of ticker notes ("nasdaq", "lon"; ``stock_exchanges.txt``)."""
    return lexicon.words("stock_exchanges.txt")


def legal_forms() -> frozenset[str]:
    """Legal forms of companies ("inc.", "plc", "n.v."; ``legal_forms.txt``)."""
    return lexicon.words("legal_forms.txt")
