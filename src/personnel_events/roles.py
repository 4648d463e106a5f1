"""Reading role phrases and the organisations they belong to.

A role phrase is a run of title words ending in a title head word ("deputy
press secretary", "Chief Financial Officer"), optionally followed by "of", "at"
or "for" and an organisation ("Deputy Director of the Office of Public
Engagement"). Helpers here read such phrases after "as", in appositions
("X, the company's finance chief,"), and before names ("FBI Director James Comey").
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import attrs

from . import lexicon
from .model import Token
from .names import (
    APOSTROPHES,
    NOT_THE_BODY,
    POSSESSIVE_MARKS,
    given_names,
    headline_verbs,
    is_acronym,
    is_capitalised,
    possessive_after,
    title_modifiers,
    title_words,
)

_ORG_PREPS = frozenset({"of", "at", "for", "with"})
_ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")


@attrs.frozen(weakref_slot=False)
class Role:
    """A role found in the text, with the organisation it names (if any)."""

    text: str | None
    org: str | None
    first: int  # token span of the whole phrase, role and organisation
    last: int


class _RoleSlots:
    """The slots of :class:`Role` with no frozen ``__setattr__``, as
    ``candidates._CandidateSlots`` for a candidate (hence no weakref slot)."""

    __slots__ = tuple(a.name for a in attrs.fields(Role))

    def __init__(self, text: str | None, org: str | None, first: int, last: int) -> None:
        bare: Any = self
        bare.text = text
        bare.org = org
        bare.first = first
        bare.last = last
        bare.__class__ = Role


if TYPE_CHECKING:
    new_role = Role
else:
    #: ``Role(...)`` for the readers below, which make one for each role phrase
    #: read, as ``candidates.new_candidate`` makes a candidate.
    new_role = _RoleSlots


@functools.cache
def _heads() -> frozenset[str]:
    """Title heads and their plurals ("co-directors", "vice presidents"): a role
    phrase may name two holders at once."""
    heads = title_words()
    plurals = {h[:-1] + "ies" if h.endswith("y") else h + "s" for h in heads if " " not in h}
    return heads | frozenset(plurals)


@functools.cache
def _mods() -> frozenset[str]:
    return title_modifiers()


# The word lists that the readers called most often read on every call, held in
# globals from their first call on (once per process; the lists never change): a
# cached getter's call costs about 300 instructions on this build, a global's read
# about 20. Each is empty until its loader fills it (no list is empty), so that a
# reader asks ``_HEADS or _load_heads()``.
_HEADS: frozenset[str] = frozenset()
_ROLE_WORDS: frozenset[str] = frozenset()
_FIELDS: frozenset[str] = frozenset()
_SKIPPED: frozenset[str] = frozenset()
_READ_ROLE_WORDS: tuple[frozenset[str], ...] = ()
_NO_ROLE_OPENERS: frozenset[str] = frozenset()
_TITLE_END_WORDS: frozenset[str] = frozenset()


def _load_heads() -> frozenset[str]:
    global _HEADS
    _HEADS = _heads()
    return _HEADS


def _load_role_words() -> frozenset[str]:
    global _ROLE_WORDS
    _ROLE_WORDS = _role_words()
    return _ROLE_WORDS


def _load_fields() -> frozenset[str]:
    global _FIELDS
    _FIELDS = _field_words()
    return _FIELDS


def _load_skipped() -> frozenset[str]:
    global _SKIPPED
    _SKIPPED = _skipped_words()
    return _SKIPPED


def _load_read_role_words() -> tuple[frozenset[str], ...]:
    global _READ_ROLE_WORDS
    _READ_ROLE_WORDS = _read_role_words()
    return _READ_ROLE_WORDS


def _load_no_role_openers() -> frozenset[str]:
    global _NO_ROLE_OPENERS
    _NO_ROLE_OPENERS = _no_role_openers()
    return _NO_ROLE_OPENERS


def _load_title_end_words() -> frozenset[str]:
    global _TITLE_END_WORDS
    _TITLE_END_WORDS = title_end_words()
    return _TITLE_END_WORDS


def is_role_word(tok: Token) -> bool:
    """A title head or a title modifier ("chief", "executive", "minister")."""
    return tok.lower in (_ROLE_WORDS or _load_role_words())


#: (the same test, called within this module)
_is_role_word = is_role_word


@functools.cache
def _role_words() -> frozenset[str]:
    """The title heads and the title modifiers: :func:`is_role_word` in one cached
    call and one lookup."""
    return _heads() | _mods()


#: Ordinals written as words: "the school's ninth president".
_ORDINAL_WORDS = frozenset(
    {
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "twentieth",
    }
)


def _is_ordinal(tok: Token) -> bool:
    t = tok.lower
    return (t[:-2].isdigit() and t.endswith(_ORDINAL_SUFFIXES)) or t in _ORDINAL_WORDS


def _text(text: str, tokens: Sequence[Token], first: int, last: int) -> str:
    return text[tokens[first].start : tokens[last - 1].end]


@functools.cache
def _skipped_words() -> frozenset[str]:
    """What :func:`_skip_determiners` passes by its word: the determiners, the
    words about the holder and the ordinals written as words."""
    return lexicon.words("determiners.txt") | lexicon.words("holder_words.txt") | _ORDINAL_WORDS


def _skip_determiners(tokens: Sequence[Token], i: int, limit: int) -> int:
    """Past the determiners, ordinals and words about the holder at ``i`` ("the",
    "its", "the 54th", "its first female"): the post is the same whichever holder
    is counted or described (``data/holder_words.txt``)."""
    skipped = _SKIPPED or _load_skipped()
    while i < limit:
        low = tokens[i].lower
        # a word of the lists or an ordinal in digits ("54th"; :func:`_is_ordinal`;
        # the ending asked first: most words have none, and need no slice)
        if not (low in skipped or (low.endswith(_ORDINAL_SUFFIXES) and low[:-2].isdigit())):
            break
        if _whole_title_at(tokens, i, limit):
            break  # "first minister", "permanent secretary": a whole title that opens with one
        if tokens[i].text[:1].isupper() and opens_place(tokens, i):
            break  # "New Zealand's finance minister": a place's name
        i += 1
    return i


def _words_at(tokens: Sequence[Token], i: int, words: tuple[str, ...]) -> bool:
    """The tokens from ``tokens[i]`` on are ``words`` (in lower case; the caller
    knows that there are as many). A loop that stops at the first other word, as
    most words asked do: a tuple of the slice's words would cost a generator."""
    for w in words:
        if tokens[i].lower != w:
            return False
        i += 1
    return True


@functools.cache
def _whole_titles() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The multi-word titles of ``titles.txt`` by their first word."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for ws in lexicon.phrases("titles.txt"):
        if len(ws) > 1:
            out.setdefault(ws[0], []).append(ws)
    return {k: tuple(v) for k, v in out.items()}


def _whole_title_at(tokens: Sequence[Token], i: int, limit: int) -> bool:
    """A multi-word title of ``titles.txt`` starts at ``tokens[i]`` ("first
    minister", "first team manager"): its ordinal is part of the title."""
    for ws in _whole_titles().get(tokens[i].lower, ()):
        n = len(ws)
        if i + n <= limit and _words_at(tokens, i, ws):
            return True
    return False


@functools.cache
def _demonyms() -> dict[str, str]:
    """Demonym -> country, from ``demonyms.tsv`` ("Mexican" -> "Mexico")."""
    return {row[0]: row[1] for row in lexicon.checked("demonyms.tsv", 2)}


def country_titled(tokens: Sequence[Token], k: int) -> str | None:
    """The country a demonym at ``tokens[k]`` names where a title of a country's
    government (``country_titles.txt``) follows it, at most two title words on
    ("Mexican foreign minister", "German Chancellor": Germany), as
    :func:`title_before` reads one before a name; else None."""
    country = _demonyms().get(tokens[k].text)
    if country is None:
        return None
    heads = lexicon.words("country_titles.txt")
    for j in range(k + 1, min(len(tokens), k + 4)):
        if tokens[j].lower in heads:
            return country
        if not _is_role_word(tokens[j]):
            return None
    return None


def is_demonym(word: str) -> bool:
    """'British', 'Mexican', 'South African': an entry of ``demonyms.tsv``."""
    return word in _demonyms()


@functools.cache
def demonym_starts() -> frozenset[str]:
    """The first words of the demonyms ("South" of "South African")."""
    return frozenset(d.split()[0] for d in _demonyms())


def _head_ahead(tokens: Sequence[Token], j: int, limit: int) -> bool:
    """A title head among the capitalised words from ``tokens[j]`` on."""
    while j < limit and is_capitalised(tokens[j]):
        if tokens[j].lower in _heads():
            return True
        j += 1
    return False


@functools.cache
def _of_phrase_stops() -> frozenset[str]:
    """Words that end the "of" phrase of a title ("chair of the board at the close
    of ...", "president of baseball operations last year"): ``role_stops.txt``
    and ``role_phrase_stops.txt``."""
    return lexicon.words("role_stops.txt") | lexicon.words("role_phrase_stops.txt")


#: Lower-case words that, after the capitalised name ending an "of" phrase, open
#: a time or a new phrase ("CEO of Orbis two years ago", "of Orbis a week earlier",
#: "of Orbis late last year").
_AFTER_NAME_STOPS = frozenset(
    {"a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
     "ten", "eleven", "twelve", "several", "few", "some", "many", "late", "early", "mid"}
)  # fmt: skip


#: Words that join the words of a name and never end one: an "of" phrase that
#: stops after one has stopped short of a clause ("of Boxley Group and then").
_DANGLING = frozenset({"and", "&", "of", "the", "for", "-"})


def _ends_name_phrase(tokens: Sequence[Token], m: int, k: int) -> bool:
    """Whether the lower-case word at ``m``, right after the capitalised name that
    ends an "of" phrase begun at ``k``, is no word of the post: a past-tense verb of
    the clause ("the resignation of X as CFO of Acme Corp. surprised analysts"), or
    a number or an article that opens a time ("CEO of Orbis two years ago"), or
    "and" before a clause ("of Boxley Group and will leave"); not "head of Asia
    operations"."""
    word = tokens[m].text
    if m <= k or not word.islower() or not is_capitalised(tokens[m - 1]):
        return False
    return (
        (len(word) > 3 and word.endswith("ed"))
        or word in _AFTER_NAME_STOPS
        or (word == "and" and _clause_after_and(tokens, m + 1))
        # "president of the Velt Law Society for a second term", "for three years"
        # (not "the Society for the Protection of ...": a name goes on)
        or (
            word == "for"
            and m + 1 < len(tokens)
            and (tokens[m + 1].lower in _TERM_OPENERS or tokens[m + 1].text.isdigit())
        )
    )


#: Words after "for" that open a term or a time, not more of a name ("for a second
#: term", "for another three years", "for life").
_TERM_OPENERS = _AFTER_NAME_STOPS | {"another", "life"}


def _clause_after_and(tokens: Sequence[Token], k: int) -> bool:
    """The lower-case word after "and" opens a clause, not more of a name or of a
    post: a verb or an adverb ("of Boxley Group and will leave", "and joined
    Orbis", "and then"), not "and energy", "and the", "and chief executive"."""
    if k >= len(tokens):
        return False
    tok = tokens[k]
    return (
        tok.text.isalpha()
        and tok.text.islower()
        and not _is_role_word(tok)
        and tok.lower not in _skipped_words()
        and tok.lower not in {"his", "her", "their", "its"}
    )


def _possessive_in_name(tokens: Sequence[Token], m: int, k: int, limit: int) -> bool:
    """A possessive mark inside the name of an "of" phrase begun at ``k``: "head
    coach of India's national team", "secretary of the Workers' Party", "commander
    of the army's 4th Division"."""
    mark = tokens[m].text
    if m <= k or m + 1 >= limit or mark not in POSSESSIVE_MARKS:
        return False
    if mark in APOSTROPHES and not tokens[m - 1].lower.endswith("s"):
        return False  # (a bare apostrophe only after a plural: "Workers'")
    nxt = tokens[m + 1]
    return nxt.text[:1].isalpha() or _ordinal_in_name(tokens, m + 1, limit)


def _ordinal_in_name(tokens: Sequence[Token], m: int, limit: int) -> bool:
    """An ordinal in digits before a capitalised word: "of the 4th Division"."""
    low = tokens[m].lower
    return (
        low[:-2].isdigit()
        and low.endswith(_ORDINAL_SUFFIXES)
        and m + 1 < limit
        and is_capitalised(tokens[m + 1])
    )


def _generic_body(tokens: Sequence[Token], k: int, limit: int) -> int | None:
    """'of the company', 'of the agency': where a generic body after "of" ends,
    when the "of" phrase names only that (``generic_bodies.txt``)."""
    if k < limit and tokens[k].lower in {"the", "its", "their"}:
        k += 1
    if k < limit and tokens[k].lower in lexicon.words("generic_bodies.txt"):
        return k + 1
    return None


def _possessor_org(
    text: str, tokens: Sequence[Token], i: int, limit: int
) -> tuple[str, int] | None:
    """'Harris' communication director': the possessor name and where the title starts."""
    j = i
    while j < limit and tokens[j].text[:1].isupper():  # (is_capitalised, without a call)
        j += 1
    if (
        j > i
        and j < limit
        and tokens[j].text in POSSESSIVE_MARKS  # (possessive_after's marks, no call)
        and possessive_after(tokens, j, limit)
    ):
        return text[tokens[i].start : tokens[j - 1].end], j + 1  # (_text, without a call)
    return None


def role_after(
    text: str,
    tokens: Sequence[Token],
    i: int,
    limit: int,
    lowers: Sequence[str] | None = None,
) -> Role | None:
    """Read a role phrase starting at token ``i`` (right after "as", "to be", ...).

    Returns None unless the phrase holds a title head word. ``lowers``: the
    tokens' lower case (``lowers[k] == tokens[k].lower``), where the caller has it.
    """
    # (a span of no title head holds no phrase: most spans asked after a trigger or
    # in an apposition hold none, and the test reads their words in C, stopping at
    # the first head)
    if i >= 0 and (_HEADS or _load_heads()).isdisjoint(
        map(_LOWER, tokens[i:limit]) if lowers is None else lowers[i:limit]
    ):
        return None
    return _read_role(text, tokens, i, limit)


_LOWER = operator.attrgetter("lower")


@functools.cache
def _read_role_words() -> tuple[frozenset[str], ...]:
    """The word lists :func:`_read_role` reads on every call: tenure modifiers,
    role stops, title heads, title modifiers and the words that never describe a
    head, the opening words of bracketing titles (:func:`_bracketing_titles`) and
    the words :func:`_skip_determiners` passes.
    One cached call instead of six: each call of a cached getter costs about as
    much as reading a few words."""
    return (
        lexicon.words("tenure_modifiers.txt"),
        lexicon.words("role_stops.txt"),
        _heads(),
        _mods(),
        _not_describing(),
        frozenset(_bracketing_titles()),
        _skipped_words(),
    )


def _read_role(text: str, tokens: Sequence[Token], i: int, limit: int) -> Role | None:
    """:func:`role_after`, read word by word."""
    tenure, stops, heads, mods, not_describing, bracketing, skipped = (
        _READ_ROLE_WORDS or _load_read_role_words()
    )
    start = i
    if i < limit and (tokens[i].lower in skipped or tokens[i].lower.endswith(_ORDINAL_SUFFIXES)):
        # (_skip_determiners's first test, without a call: most phrases open with
        # another word)
        i = _skip_determiners(tokens, i, limit)
    if (
        i < limit
        and tokens[i].lower in tenure
        and not (tokens[i].text[:1].isupper() and opens_place(tokens, i))
    ):
        # "X, former chief executive officer of Y,": the post, whoever holds it now
        # (not "New" of "X, New Zealand's finance minister")
        i = _skip_determiners(tokens, i + 1, limit)
    org: str | None = None
    if i < limit:
        word = tokens[i].text
        # (only a capitalised word opens a name: is_capitalised, read without a call;
        # a capitalised word is never islower(), so that the second branch is the
        # first's "else" as well)
        pos = _possessor_org(text, tokens, i, limit) if word[:1].isupper() else None
        if pos is not None:
            org, i = pos
            i = _skip_determiners(tokens, i, limit)
        elif (
            i + 2 < limit
            and word.isalpha()
            and word.islower()
            and tokens[i].lower not in heads
            and tokens[i + 1].text in POSSESSIVE_MARKS  # (possessive_after's marks, no call)
            and possessive_after(tokens, i + 1, limit)
        ):
            # "the company's chief executive", "the school's ninth president": the body
            # is the one the text is about, named elsewhere
            i = _skip_determiners(tokens, i + 2, limit)
    first = i
    last_head = -1
    j = i
    while j < limit:
        tok = tokens[j]
        low = tok.lower
        if low in heads:
            last_head = j
            j += 1
            continue
        if low in mods or (
            tok.text[:1].isupper()  # (is_capitalised: this loop reads every word of a phrase)
            and low not in stops
            and (last_head < 0 or _head_ahead(tokens, j, limit))
        ):
            # capitalised words before the head ("Orbis CFO"), or a run that goes on
            # to one ("Chief Operating Officer"); not "Premier League club ..."
            j += 1
            continue
        if (
            last_head >= 0
            and j - last_head <= BRACKETED_MAX
            # (_bracketed_field_end's first test, without a call)
            and tokens[last_head].lower in bracketing
        ):
            closing = _bracketed_field_end(tokens, last_head, limit)
            if closing is not None and closing > j:
                j = closing  # "chief underwriting officer": the field between its words
                continue
        if (
            low in {"and", "&"}
            and j + 1 < limit
            and _is_role_word(tokens[j + 1])
            and not _titles_next_name(tokens, j + 1, limit)
        ):
            j += 1
            continue
        if last_head >= 0 and low == "as" and _as_well_as(tokens, j, limit):
            nxt = _skip_determiners(tokens, j + 3, limit)
            if nxt < limit and _is_role_word(tokens[nxt]):
                j += 3  # "vice minister as well as head of the agency"
                continue
        if (
            last_head < 0
            # (what _describes_head asks of this word first: most words here fail it)
            and tok.text.islower()
            and low not in not_describing
            and _describes_head(tokens, j, limit)
        ):
            # "the official languages minister", "the seniors minister": words of
            # the portfolio the lexicon does not list, right before a head
            j += 1
            continue
        if (
            (
                low in {"of", "to"}
                or (
                    low == "for"
                    and (
                        tokens[j - 1].lower in _for_titles() or _area_follows(tokens, j + 1, limit)
                    )
                )
            )
            and last_head == j - 1
            and j + 1 < limit
        ):
            # "head of retail banking", "ambassador to Japan", "minister of mines and energy"
            if _generic_body(tokens, j + 1, limit) is not None:
                break  # "chief executive of the company": the body, named elsewhere
            if low == "to" and _infinitive_at(tokens, j + 1):
                break  # "a chief executive to succeed Y": a purpose, no "to" phrase
            if low == "to" and tokens[j + 1].lower in {"a", "an"}:
                break  # "bring her tenure as CEO to a close": no body of the post
            k = j + 1
            if tokens[k].lower == "the":
                k += 1
            m = k
            of_stops = _of_phrase_stops()
            while m < limit and (
                (
                    tokens[m].text[:1].isalpha()
                    and tokens[m].lower not in stops
                    and (tokens[m].lower not in of_stops or is_capitalised(tokens[m]))
                    and not _ends_name_phrase(tokens, m, k)
                )
                or tokens[m].text in {"&", "-"}
                or _possessive_in_name(tokens, m, k, limit)
                or _ordinal_in_name(tokens, m, limit)
            ):
                if tokens[m].lower == "and" and not (
                    m + 1 < limit and tokens[m + 1].text[:1].isalpha()
                ):
                    break
                if tokens[m].lower == "and" and _next_listed_name(tokens, m + 1, limit):
                    break  # "Secretary for Foreign Affairs and Kithure Kindiki, ... as"
                if _as_well_as(tokens, m, limit):
                    break  # "minister of agriculture as well as head of ..."
                m += 1
            while m > k and tokens[m - 1].lower in _DANGLING:
                m -= 1  # "of Boxley Group and then joined": no "and" at the end
            if m > k:
                j = m
                continue
        break
    if last_head < 0:
        return None
    # (possessive_after's marks first: most phrases end at another word)
    if j < limit and tokens[j].text in POSSESSIVE_MARKS and possessive_after(tokens, j, limit):
        k = j + 1
        owned = role_after(text, tokens, k, limit) if org is None else None
        if owned is not None and owned.text and owned.org is None:
            # "the vice president's chief of staff": the post of a post's holder
            return new_role(owned.text, _text(text, tokens, first, j), start, owned.last)
        # "the vice president's office": the phrase names a body, not the post;
        # "... office as an adviser" names the post after it.
        if k < limit and tokens[k].text[:1].isalpha():
            body = _text(text, tokens, first, k + 1)
            if k + 1 < limit and tokens[k + 1].lower == "as":
                post = role_after(text, tokens, k + 2, limit)
                if post is not None and post.text:
                    return new_role(post.text, body, start, post.last)
            return new_role(None, body, start, k + 1)
        return None
    role_last = j
    # Split "Director of the Office of X" into role and organisation.
    role_text, org_in = _split_org(text, tokens, first, role_last)
    if org_in is not None:
        org = org_in
    elif org is None and tokens[first].text[:1].isupper():  # (is_capitalised, without a call)
        # "as Velt chief executive" (not "Asia chief executive of Velt Bank": the
        # body is after the post there)
        named_before = _body_before_post(text, tokens, first, last_head)
        if named_before is not None:
            org, post_first = named_before
            role_text = _text(text, tokens, post_first, role_last)
    # "as CTO at Lattice": an organisation after the phrase.
    if org is None and j < limit and tokens[j].lower in {"at", "of", "for", "with"}:
        k = _skip_determiners(tokens, j + 1, limit)
        m = _name_end(tokens, k, limit)
        if m > k:
            org = _text(text, tokens, k, m)
            j = m
    role_text = role_text.strip(_TRIM)
    if not role_text:
        return None
    return new_role(role_text, org, start, max(j, role_last))


def _body_before_post(
    text: str, tokens: Sequence[Token], first: int, last_head: int
) -> tuple[str, int] | None:
    """The body named before the post of a role phrase, and where the post starts:
    a place, or a people before a country's title ("as Texas governor", "as
    Mexican Foreign Minister": Mexico), or another name before a post written in
    lower case or in capital initials ("as Velt chief executive", "as Nordvik
    Shipping CEO"); the role reader's counterpart of the body that
    :func:`title_before` reads before a title before a name. None where the capitalised words before
    the post are title words ("Foreign Secretary") or common words other than an
    organisation's ("Culture Secretary": a portfolio; not "Korra Mining"), or
    where a name runs on into a capitalised title ("Velt Chief Executive" may be
    one title)."""
    heads, mods = _heads(), _mods()
    common = lexicon.words("common_words.txt")
    org_words = lexicon.words("org_words.txt")
    k = first
    while k < last_head:
        tok = tokens[k]
        low = tok.lower
        if not is_capitalised(tok):
            break
        if k > first and low in org_words:
            k += 1  # "Korra Mining managing director" (not "Mining minister")
            continue
        if low in heads or low in mods:
            break
        if low in common and not opens_place(tokens, k):
            return None
        k += 1
    if k == first or k > last_head:
        return None
    name = _text(text, tokens, first, k)
    if _is_place_name(tokens, first, k):
        if name not in _demonyms():
            return name, k
        if tokens[last_head].lower in lexicon.words("country_titles.txt"):
            return _demonyms()[name], k  # "Mexican foreign minister": Mexico's
        return None  # "as Kenyan coach": the holder's nation, not the body
    post = tokens[k].text
    if (post.islower() or (post.isupper() and post.isalpha())) and not _is_place_name(
        tokens, first, first + 1
    ):
        return name, k  # "Velt chief executive", "Nordvik Shipping CEO"
    return None


def _is_place_name(tokens: Sequence[Token], first: int, last: int) -> bool:
    """``tokens[first:last]`` name a place of ``places.txt`` or a people of
    ``demonyms.tsv`` ("Kenya", "New York", "British")."""
    words = " ".join(tokens[x].lower for x in range(first, last))
    return words in lexicon.words("places.txt") or words in lower_demonyms()


@functools.cache
def lower_demonyms() -> frozenset[str]:
    return frozenset(d.lower() for d in _demonyms())


#: How many unlisted lower-case words may describe a title before its head ("public
#: safety minister", "official languages minister").
DESCRIBING_MAX = 2


def _next_listed_name(tokens: Sequence[Token], k: int, limit: int) -> bool:
    """A person's name opens at ``tokens[k]``, the next item of a list: a known
    given name, or two or more capitalised words that a comma, "as" or "to"
    follows."""
    if k >= limit or not is_capitalised(tokens[k]):
        return False
    if tokens[k].lower in given_names():
        return True
    j = k
    while j < limit and is_capitalised(tokens[j]) and not _is_role_word(tokens[j]):
        j += 1
    return j - k >= 2 and j < limit and tokens[j].lower in {",", "as", "to"}


def _as_well_as(tokens: Sequence[Token], j: int, limit: int) -> bool:
    return (
        j + 2 < limit
        and tokens[j].lower == "as"
        and tokens[j + 1].lower == "well"
        and tokens[j + 2].lower == "as"
    )


def _for_titles() -> frozenset[str]:
    """Heads whose portfolio may follow "for" (``for_titles.txt``)."""
    return lexicon.words("for_titles.txt")


@functools.cache
def post_noun_titles() -> dict[str, str]:
    """Post noun -> title of its holder ("presidency" -> "president"),
    ``post_noun_titles.tsv``."""
    return {row[0].lower(): row[1] for row in lexicon.checked("post_noun_titles.tsv", 2)}


#: Endings of words that describe a person, not a portfolio: adverbs,
#: participles and adjectives of praise ("inventive", "famous", "successful").
_NOT_PORTFOLIO_ENDINGS = ("ly", "ing", "ed", "ive", "ous", "ful", "less")


@functools.cache
def _not_describing() -> frozenset[str]:
    """Words that never describe a post before its head: stops, common words,
    determiners, tenure words."""
    return (
        lexicon.words("role_stops.txt")
        | _of_phrase_stops()
        | lexicon.words("common_words.txt")
        | lexicon.words("determiners.txt")
        | lexicon.words("tenure_modifiers.txt")
    )


def _describes_head(tokens: Sequence[Token], j: int, limit: int) -> bool:
    """``tokens[j]`` opens up to :data:`DESCRIBING_MAX` lower-case words, none a
    stop word, a common word or a determiner, that a title head follows ("public
    safety minister")."""
    skip = _not_describing()
    heads = _heads()
    mods = _mods()
    for k in range(j, min(limit, j + DESCRIBING_MAX + 1)):
        tok = tokens[k]
        low = tok.lower
        if low in heads:
            return k > j
        if low in mods:
            continue
        word = tok.text.replace("-", "")
        if not (word.isalpha() and word.islower()) or low in skip:
            return False
        if low.endswith(_NOT_PORTFOLIO_ENDINGS):
            return False  # "recently", "retiring", "named", "inventive": no post's name
    return False


@functools.cache
def _bracketing_titles() -> dict[str, frozenset[str]]:
    """Opening word -> its closing heads and their plurals (``bracketing_titles.tsv``:
    "chief" ... "officer")."""
    out: dict[str, set[str]] = {}
    for opening, closing in lexicon.checked("bracketing_titles.tsv", 2):
        out.setdefault(opening.lower(), set()).update({closing.lower(), closing.lower() + "s"})
    return {k: frozenset(v) for k, v in out.items()}


#: How many words of a field a bracketing title holds ("chief digital
#: transformation officer").
BRACKETED_MAX = 2


def _bracketed_field_end(tokens: Sequence[Token], opening: int, limit: int) -> int | None:
    """Past the closing head of a bracketing title whose opening word is
    ``tokens[opening]`` ("chief underwriting officer"): up to
    :data:`BRACKETED_MAX` lower-case words, none a stop word or a determiner,
    then the closing head. None if there is no such title."""
    closings = _bracketing_titles().get(tokens[opening].lower)
    if closings is None:
        return None
    skip = _not_describing()
    j = opening + 1
    for k in range(j, min(limit, j + BRACKETED_MAX + 1)):
        low = tokens[k].lower
        if low in closings:
            return k + 1 if k > j else None
        word = tokens[k].text.replace("-", "")
        if not (word.isalpha() and word.islower()) or low in skip:
            return None
    return None


def _bracketing_opening(tokens: Sequence[Token], closing: int, sent_first: int) -> int | None:
    """Where the bracketing title that ``tokens[closing]`` closes opens ("chief" of
    "chief underwriting officer", read backwards from "officer"), or None."""
    for opening in range(closing - 2, max(sent_first, closing - BRACKETED_MAX - 1) - 1, -1):
        if _bracketed_field_end(tokens, opening, closing + 1) == closing + 1:
            return opening
    return None


def _titles_next_name(tokens: Sequence[Token], j: int, limit: int) -> bool:
    """The title words from ``tokens[j]`` on stand before a capitalised name:
    "Treasury Secretary and Minority Leader Ana Ruiz" is the next person's title."""
    while j < limit and _is_role_word(tokens[j]):
        j += 1
    if j >= limit:
        return False
    tok = tokens[j]
    return (
        is_capitalised(tok)
        and tok.text[:1].isupper()
        and tok.lower not in lexicon.words("role_stops.txt")
        and tok.lower not in lexicon.words("common_words.txt")
        and tok.lower not in _ORG_PREPS
    )


def split_posts(text: str, tokens: Sequence[Token], role: Role) -> tuple[Role, ...]:
    """The posts a coordinated role phrase names one by one, where it names two:
    "minister of veterans affairs and the associate minister of defence", "CEO and
    member of its board", "official languages minister and associate minister of
    public safety". "president and chief executive officer (of Acme)" is one post
    held twice over and stays whole: a split needs a determiner after "and", an
    "of" phrase on the left, or a lower-case "of" phrase on the right."""
    if role.text is None:
        return (role,)
    for k in range(role.first + 1, role.last - 1):
        if tokens[k].lower not in {"and", "as"}:
            continue  # (the common case, tested first)
        width = 3 if _as_well_as(tokens, k, role.last) else 1
        if tokens[k].lower != "and" and width == 1:
            continue
        left = role_after(text, tokens, role.first, k)
        right = role_after(text, tokens, k + width, role.last)
        if left is None or right is None or left.text is None or right.text is None:
            continue
        if right.last != role.last or left.last != k:
            continue
        dets = lexicon.words("determiners.txt")
        left_of = any(t.lower in {"of", "for", "to"} for t in tokens[left.first : k])
        right_of = any(
            tokens[m].lower in {"of", "for"} and _field_after(tokens, m + 1, role.last)
            for m in range(k + width, role.last)
        )
        if width == 3 or tokens[k + 1].lower in dets or left_of or right_of:
            return (left, *split_posts(text, tokens, right))
    return (role,)


def _field_after(tokens: Sequence[Token], k: int, limit: int) -> bool:
    """A lower-case field or body after "of" ("of public safety", "of its board"),
    not a name ("of the Company", "of Acme")."""
    k = _skip_determiners(tokens, k, limit)
    return k < limit and tokens[k].text[:1].islower() and tokens[k].text[:1].isalpha()


def _infinitive_at(tokens: Sequence[Token], k: int) -> bool:
    """A lower-case word after "to" that is neither a determiner nor a title word:
    a verb ("to succeed", "to lead"), not "to the president", "to Japan", "to
    prime minister X"."""
    tok = tokens[k]
    return (
        tok.text.isalpha()
        and tok.text.islower()
        and tok.lower not in lexicon.words("determiners.txt")
        and not _is_role_word(tok)
        and tok.lower not in {"his", "her", "their", "its"}
    )


@functools.cache
def _org_name_words() -> frozenset[str]:
    """The words that make a name after a post's preposition a body's
    (``org_words.txt`` and ``party_words.txt``)."""
    return lexicon.words("org_words.txt") | lexicon.words("party_words.txt")


def _split_org(text: str, tokens: Sequence[Token], first: int, last: int) -> tuple[str, str | None]:
    """Cut a role phrase at the preposition that introduces its organisation.

    The organisation is the capitalised name after "of", "at" or "for", when it is
    a name and not more title ("Director of Press Operations" stays whole unless
    "Press Operations" holds an organisation word).
    """
    # (most role phrases hold no preposition: they leave here, before the reading
    # below makes its lists and the cells its generators share)
    for k in range(first + 1, last):
        if tokens[k].lower in _ORG_PREPS:
            return _split_org_at(text, tokens, first, last)
    return text[tokens[first].start : tokens[last - 1].end], None  # (_text, without a call)


def _split_org_at(
    text: str, tokens: Sequence[Token], first: int, last: int
) -> tuple[str, str | None]:
    """:func:`_split_org` of a phrase that holds a preposition."""
    # where a preposition may cut the phrase
    cuts = [k for k in range(first + 1, last) if tokens[k].lower in _ORG_PREPS]
    orgs = _org_name_words()
    whole = _whole_title_end(tokens, first, last)
    for k in cuts:
        low = tokens[k].lower
        if k < whole:
            continue  # not inside "Speaker of the House", "chief of staff"
        m = k + 1
        if m < last and tokens[m].lower == "the":
            m += 1
        name = [t for t in tokens[m:last]]
        if (
            low == "of"
            and _lower_case_body(name, after_the=m == k + 2)
            and not _joins_posts(tokens, first, k)
        ):
            # "governor of the central bank": the body as the text names it;
            # "technical director of the federation": a body named elsewhere
            body = _text(text, tokens, m, last) if len(name) > 1 else None
            return _text(text, tokens, first, k), body
        caps = [t for t in name if is_capitalised(t)]
        if not caps:
            continue
        if low == "of" and any(t.lower in {"at", "for", "with"} for t in name):
            inner = next(i for i, t in enumerate(name) if t.lower in {"at", "for", "with"})
            if (
                name[inner].lower != "for"
                or not all(is_capitalised(t) or t.lower in _NAME_JOINERS for t in name[:inner])
                or _is_region(name[:inner])  # "head of Asia for Orbis Bank"
            ):
                continue  # "head of corporate banking at Acme Bank": the "at" tells the body
            # "head of the Centre for Health Policy": "for" inside the body's name
        if low == "for" and any(tokens[x].lower == "of" for x in range(first, k)):
            continue  # "Secretary of State for Culture": one post
        if low in {"of", "for"} and _is_region(name):
            continue  # "head of Asia", "Minister for Europe": what the post covers
        if low == "of" and _portfolio_first(name):
            # "Minister of Mines and Energy": a portfolio, not a body ("Minister
            # of Works of Ghana": the body follows the portfolio)
            continue
        if low == "for" and _covers_area(name):
            continue  # "Commissioner for Education", "director for Mozambique"
        has_org_word = any(t.lower in orgs for t in name)
        all_caps_name = all(
            is_capitalised(t)
            or t.lower in {"of", "and", "&", "the", "for"}
            or t.text in POSSESSIVE_MARKS  # "Uganda People's Defence Forces"
            for t in name
        )
        # A lower-case description ending in a name: "of state-run oil company Petrobras".
        tail_start = last
        while tail_start > m and (
            is_capitalised(tokens[tail_start - 1])
            or tokens[tail_start - 1].text == "&"
            or _ordinal_in_name(tokens, tail_start - 1, last)
        ):
            tail_start -= 1
        if (
            not all_caps_name
            and m < tail_start < last
            and not any(t.lower in _ORG_PREPS for t in tokens[m:tail_start])
            and tokens[tail_start - 1].text not in POSSESSIVE_MARKS
        ):
            # "of state-run oil company Petrobras": the name, not its description
            return _text(text, tokens, first, k), _text(text, tokens, tail_start, last)
        if (
            has_org_word
            or low in {"at", "for", "with"}
            or (all_caps_name and len(caps) == 1 and is_acronym(caps[0].text))
        ):
            return _text(text, tokens, first, k), _text(text, tokens, m, last)
        if not all_caps_name and tail_start < last:
            return _text(text, tokens, first, k), _text(text, tokens, tail_start, last)
        # "president of Harvard University", "of Petrobras": a proper name; a body
        # noun that ends a name of two words or more names the body, though it
        # modifies titles elsewhere ("mayor of Kansas City", "manager of Bristol
        # City"; not "head of Security", "Director of Field Operations")
        ends_body = len(name) > 1 and name[-1].lower in _body_nouns()
        if (
            all_caps_name
            and not any(t.lower in _heads() for t in name)
            and (
                not any(t.lower in _mods() for t in (name[:-1] if ends_body else name))
                or _sport_of_country(name)
            )
            and not looks_like_domain(name)
        ):
            return _text(text, tokens, first, k), _text(text, tokens, m, last)
    return _text(text, tokens, first, last), None


@functools.cache
def _prepositional_titles() -> tuple[tuple[str, ...], ...]:
    """Whole titles of ``titles.txt`` that hold a preposition ("chief of staff",
    "speaker of the house", "secretary to the cabinet"), as word tuples."""
    return tuple(
        ws
        for ws in lexicon.phrases("titles.txt")
        if len(ws) > 2 and any(w in {"of", "to", "for"} for w in ws[1:-1])
    )


def _whole_title_end(tokens: Sequence[Token], first: int, last: int) -> int:
    """Where the last whole prepositional title among ``tokens[first:last]`` ends
    (``first`` if none): such a title is never cut into a role and a body."""
    end = first
    by_first = _prepositional_titles_by_first()
    for k in range(first, last):
        for ws in by_first.get(tokens[k].lower, ()):
            n = len(ws)
            if (
                k + n <= last
                and _words_at(tokens, k, ws)
                and not (k + n < last and tokens[k + n].text in POSSESSIVE_MARKS)
            ):
                # (not "commander of the army's 4th Division": the army owns the body)
                end = max(end, k + n)
    return end


@functools.cache
def _prepositional_titles_by_first() -> dict[str, tuple[tuple[str, ...], ...]]:
    """:func:`_prepositional_titles` by their first word."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for ws in _prepositional_titles():
        out.setdefault(ws[0], []).append(ws)
    return {w: tuple(wss) for w, wss in out.items()}


@functools.cache
def _field_words() -> frozenset[str]:
    """The words of a field of work after "of" or "for": title modifiers and
    portfolios (``portfolios.txt``: "works", "water", "youth")."""
    return _mods() | lexicon.words("portfolios.txt")


def looks_like_domain(name: Sequence[Token]) -> bool:
    """'Press Operations', 'Communications', 'Works', 'Mines and Energy': a field
    of work or a government's portfolio, not a body."""
    if not name:
        return False
    fields = _FIELDS or _load_fields()
    for t in name:  # (a loop, not all() over a generator: a generator is a call of its own)
        low = t.lower
        if not (low in fields or low in {"and", "&"} or (low.endswith("s") and low[:-1] in fields)):
            return False
    return True


def _area_follows(tokens: Sequence[Token], k: int, limit: int) -> bool:
    """The capitalised words from ``tokens[k]`` on (past "the") name an area a
    post covers (:func:`_covers_area`): "director for Mozambique"."""
    if k < limit and tokens[k].lower == "the":
        k += 1
    m = k
    while m < limit and is_capitalised(tokens[m]):
        m += 1
    return m > k and _covers_area(tokens[k:m])


#: Lower-case words inside an organisation's name, between capitalised words
#: ("Save the Rivers Foundation", "Bank of Norland").
_NAME_JOINERS = frozenset({"the", "of", "for", "&"})


def _name_end(tokens: Sequence[Token], k: int, limit: int) -> int:
    """Where the capitalised name from ``tokens[k]`` ends, with the lower-case
    joiners inside it ("at Save the Rivers Foundation")."""
    m = k
    while m < limit and (
        is_capitalised(tokens[m])
        or tokens[m].text == "&"
        or (
            m > k
            and tokens[m].lower in _NAME_JOINERS
            and m + 1 < limit
            and is_capitalised(tokens[m + 1])
        )
    ):
        m += 1
    return m


@functools.cache
def _body_nouns() -> frozenset[str]:
    """Nouns that end a body's name (``org_words.txt``, ``party_words.txt``,
    ``body_nouns.txt``)."""
    return (
        lexicon.words("org_words.txt")
        | lexicon.words("party_words.txt")
        | lexicon.words("body_nouns.txt")
    )


def _lower_case_body(name: Sequence[Token], after_the: bool) -> bool:
    """The lower-case words after a post's "of" (and "the" if ``after_the``)
    name a body, not a field: they end in a body noun (:func:`_body_nouns`:
    "the central bank", "the federation", "county assembly"), hold no title head
    and no determiner ("of its board") and are not all portfolios ("of the
    central bank", not "of mines and energy"). Without "the" a lone noun is a
    field ("head of retail"); a lone seat of ``seat_nouns.txt`` is part of the
    post ("chair of the board")."""
    if not name or (not after_the and len(name) < 2):
        return False
    if len(name) < 2 and name[0].lower in lexicon.words("seat_nouns.txt"):
        return False  # "chair of the board": the seat is part of the post
    if name[-1].lower not in _body_nouns() or _all_portfolio(name):
        return False
    return all(
        t.text.replace("-", "").isalpha()
        and t.text.islower()
        and t.lower not in _heads()
        and t.lower not in _skipped_words()
        for t in name
    )


def _joins_posts(tokens: Sequence[Token], first: int, k: int) -> bool:
    """``tokens[first:k]`` join two posts ("vice minister of transport as well
    as head", "president and chief executive"): a body after them may be the last
    post's alone, which :func:`split_posts` reads."""
    return any(
        tokens[x].lower in {"and", "&"} or _as_well_as(tokens, x, k) for x in range(first, k)
    )


def _sport_of_country(name: Sequence[Token]) -> bool:
    """'Athletics Kenya', 'Cricket Australia', 'Swimming Canada': a field's word and
    a country's name, the body that runs the field there (its first word modifies
    titles elsewhere: "athletics director")."""
    return (
        len(name) == 2
        and name[1].lower in _lower_countries()
        and name[0].text.isalpha()
        and name[0].lower not in _heads()
        # ("Minister of Finance Kenya": a portfolio and the country it is held in)
        and name[0].lower not in lexicon.words("portfolios.txt")
    )


def _all_portfolio(name: Sequence[Token]) -> bool:
    """Every word of ``name`` is a portfolio (``portfolios.txt``) or "and"."""
    portfolios = lexicon.words("portfolios.txt")
    return all(t.lower in portfolios or t.lower in {"and", "&"} for t in name)


def _portfolio_first(name: Sequence[Token]) -> bool:
    """The words after a post's "of" are a field ("Mines and Energy"), or open
    with a portfolio that a preposition and a body follow ("Works of Ghana"; not
    "Central Bank of Nigeria", "School of Journalism": a body's own name)."""
    for x, t in enumerate(name):
        if t.lower in _ORG_PREPS:
            return x > 0 and _all_portfolio(name[:x])
    return looks_like_domain(name)


def _covers_area(name: Sequence[Token]) -> bool:
    """The words after "for" name what a post covers, not its body: a field
    ("Commissioner for Education") or a country or place ("country director for
    Mozambique")."""
    if looks_like_domain(name) or _is_region(name):
        return True
    words = " ".join(t.lower for t in name)
    return words in lexicon.words("places.txt") or words in _lower_countries()


def _is_region(name: Sequence[Token]) -> bool:
    """``name`` is a continent or a region of several countries
    (``regions.txt``: "Asia", "East Africa")."""
    return " ".join(t.lower for t in name) in lexicon.words("regions.txt")


@functools.cache
def _lower_countries() -> frozenset[str]:
    """The countries of ``demonyms.tsv``, lower case."""
    return frozenset(c.lower() for c in _demonyms().values())


#: What a role's text is stripped of at both ends (blanks, marks and dashes).
_TRIM = " ,;:-\u2013\u2014"


def _past_holder_words(tokens: Sequence[Token], first: int, sent_first: int) -> int:
    """Where the determiners, ordinals and words about the holder right before
    ``tokens[first]`` start ("new", "first female", "longtime": what
    :func:`_skip_determiners` passes after a title); ``first`` if none."""
    skipped = _SKIPPED or _load_skipped()
    while first - 1 > sent_first and tokens[first - 1].lower in skipped:
        first -= 1
    return first


def title_before(
    text: str, tokens: Sequence[Token], name_first: int, sent_first: int
) -> Role | None:
    """The title written right before a name: "FBI Director", "chief executive",
    "Harris' senior assistant", "White House press secretary".
    """
    j = name_first - 1
    if j < sent_first:
        return None
    before = tokens[j]
    if (
        before.lower not in (_TITLE_END_WORDS or _load_title_end_words())
        and not before.text[:1].isupper()
        and not before.lower.endswith(".")
    ):
        # the common case ("said John Smith", "by Jane Roe"): a word in lower case
        # that is no title head, rank, honorific or ")" leaves j where it is in
        # every step below (the portfolio and "of" steps need a capital), and is
        # no head, so that no title ends there
        return None
    heads, mods, common, org_words, verbs, no_body, closings = _title_before_words()
    if (
        j - 2 > sent_first
        and tokens[j].text == ")"
        and tokens[j - 2].text == "("
        and is_acronym(tokens[j - 1].text)
    ):
        j -= 3  # "group chief executive officer (CEO) Chua Sock Koong"
    # Honorifics sit between title and name: "Ambassador Dr. Jane Roe".
    if tokens[j].lower.rstrip(".") in _BARE_HONORIFICS:
        j -= 1
    if tokens[j].lower in _rank_last_words():
        # (_before_rank leaves j where it is where no rank ends at it)
        j = _before_rank(tokens, j, sent_first)
    of_last = j
    if (
        j - 2 >= sent_first
        and tokens[j].lower not in heads
        and is_capitalised(tokens[j])
        and tokens[j - 1].lower == "of"
        and tokens[j - 2].lower in heads
        and is_capitalised(tokens[j - 2])
    ):
        j -= 2  # "Secretary of State Walter Brooks", "Minister of Finance Ada Lin"
    elif j >= sent_first and tokens[j].text[:1].isupper() and tokens[j].lower not in heads:
        # (_before_portfolio leaves j where it is at a word in lower case, at a
        # head and before the sentence)
        j = _before_portfolio(tokens, j, sent_first)
    if j < sent_first or tokens[j].lower not in heads:
        return None  # most names have no title before them
    first = j
    while first - 1 >= sent_first:
        prev = tokens[first - 1]
        low = prev.lower
        if (
            low in org_words
            and is_capitalised(prev)
            and first - 2 >= sent_first
            and is_capitalised(tokens[first - 2])
            and tokens[first - 2].lower not in verbs  # "Sacks Energy Minister"
            and not _opens_title_phrase(tokens[first - 2])
        ):
            break  # "Coral Bank finance chief": the bank's name, not "Bank finance chief"
        if (
            is_capitalised(prev)
            and not is_capitalised(tokens[j])
            and first - 1 > sent_first
            and low not in heads
        ):
            break  # "Norwich City manager": a lower-case title after a name
        if low in heads or low in mods:
            first -= 1
            continue
        # (only a closing head may close a bracketing title: most words end here)
        opening = (
            _bracketing_opening(tokens, first, sent_first)
            if tokens[first].lower in closings
            else None
        )
        if opening is not None:
            first = opening  # "chief underwriting officer Helen Marsh"
            continue
        break
    role_first = first
    # Capitalised words before the title that are not title words: an organisation.
    org_first = first
    while org_first - 1 >= sent_first:
        prev = tokens[org_first - 1]
        if prev.lower.endswith(NOT_THE_BODY):
            break  # "Carlton-bound CEO X": where X goes, not the body X heads
        if prev.lower in verbs and prev.text[:1].isupper():
            break  # "President Sacks Energy Minister X": a title-case headline's verb
        if prev.lower in no_body and not opens_place(tokens, org_first - 1):
            break  # "Current cabinet spokesman X", "Outgoing CEO X": no body
        if (is_capitalised(prev) or prev.text == "&") and (
            prev.lower not in common or opens_place(tokens, org_first - 1)
        ):
            org_first -= 1  # (a common word only where it opens a place: "New York")
            continue
        if (
            prev.lower == "of"
            and org_first < first
            and org_first - 2 >= sent_first
            and is_capitalised(tokens[org_first - 2])
            and tokens[org_first - 2].lower in org_words
        ):
            org_first -= 2  # "University of Oklahoma President X", "Bank of Norland Governor X"
            continue
        break
    org: str | None = None
    start = role_first
    if org_first < role_first:
        org = _text(text, tokens, org_first, role_first)
        start = org_first
    else:
        # "Harris' senior assistant", "the company's chief executive", "Orbis's new
        # chief executive" (determiners and words about the holder between)
        k = _past_holder_words(tokens, role_first, sent_first) - 1
        if k > sent_first and tokens[k].text in POSSESSIVE_MARKS:
            m = k
            while m - 1 >= sent_first and is_capitalised(tokens[m - 1]):
                m -= 1
            if m < k:
                org = _text(text, tokens, m, k)
                start = m
    role_text = text[tokens[role_first].start : tokens[of_last].end]  # (_text, without a call)
    if _rank_from(text, tokens, org_first, role_first, of_last):
        return None  # "General Bipin Rawat", "Air Marshal Sani Bala": a rank, no post
    if org is not None and tokens[of_last].lower in lexicon.words("country_titles.txt"):
        org = _demonyms().get(org, org)  # "Mexican foreign minister": Mexico's
    return new_role(role_text, org, start, name_first)


@functools.cache
def _title_before_words() -> tuple[frozenset[str], ...]:
    """The word lists :func:`title_before` reads once it finds a head: title
    heads, title modifiers, common words, organisation words, headline verbs, the
    determiners and tenure words (which open a title, no body) and the closing
    heads of bracketing titles; one cached call."""
    closings: frozenset[str] = frozenset().union(*_bracketing_titles().values())
    return (
        _heads(),
        _mods(),
        lexicon.words("common_words.txt"),
        lexicon.words("org_words.txt"),
        headline_verbs(),
        lexicon.words("determiners.txt") | lexicon.words("tenure_modifiers.txt"),
        closings,
    )


def _rank_from(text: str, tokens: Sequence[Token], first: int, last: int, of_last: int) -> bool:
    """Whether the words from one of ``tokens[first:last + 1]`` to ``tokens[of_last]``
    are a rank of ``rank_titles.txt``. (Not a generator in :func:`title_before`,
    which would then keep the names it reads in cells on every call, though most
    calls return before they get here.)"""
    ranks = lexicon.words("rank_titles.txt")
    end = tokens[of_last].end
    for k in range(first, last + 1):  # noqa: SIM110 - not any(): a generator is a call of its own
        if text[tokens[k].start : end].lower() in ranks:
            return True
    return False


#: Honorifics that :func:`title_before` passes between a title and a name, written
#: without their full stop.
_BARE_HONORIFICS = frozenset({"mr", "ms", "mrs", "dr", "prof", "miss"})


@functools.cache
def title_end_words() -> frozenset[str]:
    """The words in lower case that :func:`title_before` reads past or ends a title
    at, right before a name: the title heads, the ranks' last words and
    abbreviations, the honorifics it passes and the ")" of "(CEO)"."""
    ranks = lexicon.words("military_ranks.txt") | frozenset(_ranks_by_last_word())
    return _heads() | ranks | _BARE_HONORIFICS | {")"}


@functools.cache
def _rank_phrases() -> tuple[tuple[str, ...], ...]:
    """The ranks of ``rank_titles.txt`` as word tuples, the longest first."""
    return tuple(sorted(lexicon.phrases("rank_titles.txt"), key=len, reverse=True))


@functools.cache
def _ranks_by_last_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The ranks of :func:`_rank_phrases` by their last word (where a rank can
    end), the longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for words in _rank_phrases():
        out.setdefault(words[-1], []).append(words)
    return {last: tuple(ranks) for last, ranks in out.items()}


def _rank_start(tokens: Sequence[Token], j: int, sent_first: int) -> tuple[int, bool] | None:
    """Where a rank that ends at ``tokens[j]`` starts, and whether it is written
    so that it cannot end a title before it: abbreviated ("Gen.", "Lt. Gen.";
    ``military_ranks.txt``) or in more than one word ("Major General")."""
    low = tokens[j].lower
    abbreviations = lexicon.words("military_ranks.txt")
    if low in abbreviations:
        k = j
        while k >= sent_first and tokens[k].lower in abbreviations:
            k -= 1
        return k + 1, True
    # only a rank whose last word this is can end here (most words end none)
    for words in _ranks_by_last_word().get(low, ()):
        n = len(words)
        first = j - n + 1
        if first >= sent_first and all(
            tokens[first + x].lower == w and tokens[first + x].text[:1].isupper()
            for x, w in enumerate(words)
        ):
            return first, n > 1
    return None


@functools.cache
def _rank_last_words() -> frozenset[str]:
    """The words at which :func:`_rank_start` may find a rank ending: the
    abbreviations of ``military_ranks.txt`` and the ranks' last words."""
    return lexicon.words("military_ranks.txt") | frozenset(_ranks_by_last_word())


def _before_rank(tokens: Sequence[Token], j: int, sent_first: int) -> int:
    """Past a rank between a title and a name, back to the title ("army chief Gen.
    Ibrahim Musa", "army chief General Ibrahim Musa"): ``j`` itself where no rank
    ends there, where no title head stands before it, or where a one-word
    rank after a capitalised head may end that title ("Attorney General",
    "Secretary General")."""
    found = _rank_start(tokens, j, sent_first)
    if found is None:
        return j
    first, plain = found
    before = first - 1
    if before < sent_first or tokens[before].lower not in _heads():
        return j  # "Maj. Gen. Joseph Kato": the rank alone
    if not plain and is_capitalised(tokens[before]):
        return j  # "Secretary General Ana Ruiz": maybe one title
    return before


#: How many words of a portfolio a title before a name may end in ("Minister
#: for Foreign Affairs Ada Lin").
PORTFOLIO_MAX = 3


def _before_portfolio(tokens: Sequence[Token], j: int, sent_first: int) -> int:
    """Back from a portfolio that ends at ``tokens[j]`` to the capitalised head
    before its "of" or "for" ("Minister for Finance Mr. Tanaka", "Minister of
    Foreign Affairs Ada Lin"), or ``j`` where there is none."""
    heads = _heads()
    k = j
    while k > sent_first and j - k < PORTFOLIO_MAX and is_capitalised(tokens[k]):
        if tokens[k].lower in heads:
            return j
        k -= 1
    if (
        k < j
        and k - 1 >= sent_first
        and tokens[k].lower in {"of", "for"}
        and tokens[k - 1].lower in heads
        and is_capitalised(tokens[k - 1])
        and looks_like_domain(tokens[k + 1 : j + 1])
    ):
        return k - 1
    return j


def _opens_title_phrase(tok: Token) -> bool:
    """A capitalised word that opens a title phrase and names no body: a
    determiner or a tenure word ("Outgoing Energy Minister", "The Energy
    Minister"), not "Coral" of "Coral Bank finance chief"."""
    low = tok.lower
    return low in lexicon.words("determiners.txt") or low in lexicon.words("tenure_modifiers.txt")


def opens_place(tokens: Sequence[Token], k: int) -> bool:
    """Whether the capitalised common word at ``k`` opens the name of a place with
    the words after it ("New York", "New South Wales"; ``places.txt``)."""
    places = lexicon.words("places.txt")
    words = [tokens[k].lower]
    for j in range(k + 1, min(len(tokens), k + 3)):
        words.append(tokens[j].lower)
        if " ".join(words) in places:
            return True
    return False


#: What opens an apposition after a name: a comma or a dash.
APPOSITION_OPENERS = frozenset({",", "--", "\u2014", "\u2013"})


def apposition_after(
    text: str, tokens: Sequence[Token], name_last: int, sent_last: int
) -> Role | None:
    """'X, the Director of Press Operations,': the role in a comma apposition;
    also after a dash ("X -- MD and CEO, who") and after an age ("X, 54, chief
    executive of Y,")."""
    i = name_last
    if i >= sent_last:
        return None
    # (each word read once: this runs after every name that a comma follows)
    word = tokens[i].text
    if word not in APPOSITION_OPENERS:
        return None
    dash = word != ","
    i += 1
    if i >= sent_last:
        return None  # the text ends at the comma
    word = tokens[i].text
    if (
        not dash
        and word.isdigit()
        and len(word) <= 3
        and i + 2 < sent_last
        and tokens[i + 1].text == ","
    ):
        i += 2  # "X, 54, chief executive of Y": past the age
        word = tokens[i].text
    low = tokens[i].lower
    if low == "who" and not dash:
        return _who_was(text, tokens, i + 1, sent_last)
    if word.isdigit() or low in {
        "which",
        "whose",
        "whom",
        "said",
        "says",
        "according",
        # "a former prosecutor": a description, not the post at stake
        "a",
        "an",
        "one",
    }:
        return None
    if (
        word.islower()
        and low in (_NO_ROLE_OPENERS or _load_no_role_openers())
        and not possessive_after(tokens, i + 1, sent_last)
    ):
        # (:func:`_opens_no_role`, without a call)
        return None  # "X, until now the minister for trade,": no role, nor its end sought
    # The apposition ends at the next comma, semicolon or dash.
    end = i
    while end < sent_last and tokens[end].text not in {
        ",",
        ";",
        "(",
        ")",
        "\u2014",
        "\u2013",
        "--",
        '"',
    }:
        end += 1
    role = role_after(text, tokens, i, end)
    if role is None:
        return None
    if role.last < end and tokens[role.last].lower == "who":
        # "X, the Venezuelan conductor who has been music director of Y,": the post
        held = _who_was(text, tokens, role.last + 1, sent_last)
        if held is not None:
            return held
    k = role.last
    if (
        k + 2 < sent_last
        and tokens[k].text == "("
        and tokens[k + 2].text == ")"
        and is_acronym(tokens[k + 1].text)
    ):
        k += 3  # "(CEO)"
    if (
        k < sent_last
        and is_capitalised(tokens[k])
        and tokens[k].lower not in (_HEADS or _load_heads())
    ):
        return None  # "in charge of Kessa, group CEO Lin Mei": the title of the next name
    return role


@functools.cache
def _no_role_openers() -> frozenset[str]:
    """Lower-case words at which :func:`_read_role` stops at once and finds no role:
    the words that never describe a head (:func:`_not_describing`), less those it
    reads past or into a title (determiners, words about the holder, ordinals,
    tenure modifiers, heads, modifiers, "and", "&")."""
    tenure, _, heads, mods, not_describing, _, _ = _read_role_words()
    passed = _skipped_words() | tenure | heads | mods | {"and", "&"}
    return frozenset(
        w
        for w in not_describing - passed
        if not (w[:-2].isdigit() and w.endswith(_ORDINAL_SUFFIXES))
    )


def _opens_no_role(tokens: Sequence[Token], i: int, sent_last: int) -> bool:
    """No role phrase starts at ``tokens[i]`` (``i > 0``), whatever follows: a
    lower-case word of :func:`_no_role_openers` that no possessive mark follows
    ("the company's" may open one). Most appositions that open with a verb
    ("X, until now the minister", "X, joined the Company") end here."""
    tok = tokens[i]
    return (
        tok.text.islower()
        and tok.lower in _no_role_openers()
        and not possessive_after(tokens, i + 1, sent_last)
    )


#: "who has been", "who served as": a relative clause that gives the post held.
_WHO_WAS = (
    ("has", "been"),
    ("had", "been"),
    ("has", "served", "as"),
    ("had", "served", "as"),
    ("served", "as"),
    ("was",),
    ("is",),
)


#: :data:`_WHO_WAS` and :data:`_WHO_LED` by their first words, in their order: a
#: clause is matched only against those that open with its first word.
_WHO_WAS_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {
    w: tuple(ws for ws in _WHO_WAS if ws[0] == w) for w in {ws[0] for ws in _WHO_WAS}
}


def _who_was(text: str, tokens: Sequence[Token], i: int, sent_last: int) -> Role | None:
    """', who has been chairman since 2015,': the post the person holds or held."""
    if i >= sent_last:
        return None  # (no clause to read: neither the loops here nor _who_led's find one)
    first = tokens[i].lower
    for words in _WHO_WAS_BY_FIRST.get(first, ()):
        n = len(words)
        if i + n <= sent_last and _words_at(tokens, i, words):
            end = i + n
            while end < sent_last and tokens[end].text not in {",", ";", "(", ")", "--"}:
                end += 1
            role = role_after(text, tokens, i + n, end)
            if role is None:
                return None
            return new_role(role.text, role.org, role.first, end)
    if first not in _WHO_LED_FIRST:
        return None  # (_who_led's first test, without a call)
    return _who_led(text, tokens, i, sent_last)


#: "who has led", "who heads": a relative clause that gives the body the person
#: heads now (not "who led", "who had run": a body once headed, which a death does
#: not leave).
_WHO_LED = (("has", "led"), ("has", "headed"), ("has", "run"), ("heads",), ("leads",), ("runs",))

#: The first words of :data:`_WHO_LED`.
_WHO_LED_FIRST = frozenset(ws[0] for ws in _WHO_LED)


def _who_led(text: str, tokens: Sequence[Token], i: int, sent_last: int) -> Role | None:
    """', who has led Orbis since 2012,': the body the person heads, with no post
    named (its capitalised name right after the verb)."""
    for words in _WHO_LED:
        n = len(words)
        if i + n < sent_last and _words_at(tokens, i, words):
            k = i + n
            if tokens[k].lower == "the":
                k += 1
            end = k
            while end < sent_last and is_capitalised(tokens[end]):
                end += 1
            if end == k or (end < sent_last and possessive_after(tokens, end, sent_last)):
                return None  # "who led the review", "who led Orbis's team": no body headed
            return new_role(None, _text(text, tokens, k, end), i, end)
    return None


def apposition_before(
    text: str, tokens: Sequence[Token], name_first: int, sent_first: int
) -> Role | None:
    """'her senior advisor and top spokesperson, Symone Sanders,': a role before a comma."""
    j = name_first - 1
    if j <= sent_first or tokens[j].text != ",":
        return None
    end = j
    org_of: str | None = None
    if tokens[end - 1].lower not in (_HEADS or _load_heads()):
        # "The chairman of Fenwick Holdings, Arthur Quayle,": title, "of", organisation;
        # "the minister of finance, X,": a field in lower case
        fields = _field_words()
        m = end - 1
        while m > sent_first and (
            is_capitalised(tokens[m]) or tokens[m].lower in fields or tokens[m].lower == "and"
        ):
            m -= 1
        if not (
            m < end - 1
            and m - 1 >= sent_first
            and tokens[m].lower in {"of", "at", "for"}
            and tokens[m - 1].lower in _heads()
        ):
            return None
        if tokens[m].lower != "at" and looks_like_domain(tokens[m + 1 : end]):
            # "the Minister of Youth, Peter Lado,": a portfolio, part of the post
            return _apposed_title(text, tokens, m - 1, end, sent_first, name_first, None)
        if tokens[m].lower == "for":
            return None
        org_of = _text(text, tokens, m + 1, end)
        end = m
    return _apposed_title(text, tokens, end - 1, end, sent_first, name_first, org_of)


@functools.cache
def _tenure_or_former() -> frozenset[str]:
    """The words that :func:`_apposed_title` passes before a post ("outgoing",
    "previous"): ``tenure_modifiers.txt`` and ``former_words.txt``."""
    return lexicon.words("tenure_modifiers.txt") | lexicon.words("former_words.txt")


def _apposed_title(
    text: str,
    tokens: Sequence[Token],
    head: int,
    end: int,
    sent_first: int,
    name_first: int,
    org_of: str | None,
) -> Role:
    """The title of :func:`apposition_before` whose last head is ``tokens[head]``
    and which ends before ``tokens[end]``, with the body before it (a possessor)
    or ``org_of``."""
    first = head
    role_words = _role_words()  # (is_role_word, without a call for each word)
    while first - 1 >= sent_first and (
        tokens[first - 1].lower in role_words
        or (
            tokens[first - 1].lower in {"and", "&", "top"}
            and first - 2 >= sent_first
            and tokens[first - 2].lower in role_words
        )
    ):
        first -= 1
    # "Michigan's budget director, X,": lower-case words of the portfolio before it
    for words in range(DESCRIBING_MAX, 0, -1):
        j = first - words
        if (
            j > sent_first
            and tokens[j - 1].text in POSSESSIVE_MARKS
            and _skipped_words().isdisjoint(t.lower for t in tokens[j:first])
            and _describes_head(tokens, j, first + 1)
        ):
            first = j
            break
    tenure = _tenure_or_former()
    post_first = first
    while post_first < head and tokens[post_first].lower in tenure:
        post_first += 1  # "The previous director, X,": the post, whoever holds it now
    owner_end = first
    while owner_end - 1 > sent_first and tokens[owner_end - 1].lower in tenure:
        owner_end -= 1  # "Velt's outgoing chairman, X,"
    org: str | None = None
    k = _past_holder_words(tokens, owner_end, sent_first) - 1  # "Orbis's new chief, X,"
    if k >= sent_first and tokens[k].text in POSSESSIVE_MARKS:
        m = k
        while m - 1 >= sent_first and is_capitalised(tokens[m - 1]):
            m -= 1
        if m < k:
            org = _text(text, tokens, m, k)
    post = text[tokens[post_first].start : tokens[end - 1].end]  # (_text, without a call)
    return new_role(post, org or org_of, first, name_first)
