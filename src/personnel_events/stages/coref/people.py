"""Telling a person named by one word ("Roe", "Adeyemi") by how the text uses it: a
headline or a lead often names someone by surname alone, where no honorific, title
or given name says it is a person.

- the object of a verb that appoints, before the post given ("Orbis names Roe CEO",
  "Ikeja Cement elevates Adeyemi to MD");
- the subject, opening its sentence, of a verb that ends a post, with the post ("Roe
  stepped down as chief executive"), the body left ("Royce exits Ardent after ...")
  or, for a verb only people take ("resigns", "retires"), nothing after it; of a
  verb that takes a post, with the post after "as" ("Kessler took over as chief
  executive") or "his" or "her" ("Roe takes up her new role"); also with a relative
  clause between ("Eriksen, who stepped down as CEO in 2021, ...", "Ash, who led
  Orbis for a decade, retires in May");
- a word with an age after it ("Vasquez, 52, will join ...");
- the one a successor replaces ("succeeds Ash", "replacing Ash", "took over from
  Ash") where a post follows after "as" (not one a firm is hired for: "replaced
  Lazard as auditor") or a relative "who" ("replacing Ash, who retired");
- a word with a relative clause of a verb that ends or takes a post after it,
  wherever it stands ("She succeeds Ash, who retires in May").

A post a firm is hired for as well as a person ("names Lazard as adviser",
``firm_posts.txt``) and a place say nothing.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from ... import lexicon, names
from ...document import Document
from ...model import Mention, Token
from ...names import (
    appointing_verbs,
    leaving_verbs,
    succeeding_participles,
    succeeding_verbs,
    taking_verbs,
)
from . import words
from .enums import NAME, ORG, OTHER, PERSON, PLACE
from .labels import relabelled

#: Words between a verb of appointing and the post: "as", "to", and the words that
#: may open the post ("to the new role of", "as its group").
_TO_POST = frozenset({"as", "to"})
_POST_OPENERS = frozenset({"the", "its", "their", "new", "a", "an", "role", "post", "of"})
#: The most words :func:`_post_at` skips before the post's first word.
POST_OPENER_REACH = 4
#: Forms of "be" before a participle: "X was named Korvel head coach" names the
#: post's body after the verb, not the person.
_PASSIVE = frozenset({"is", "was", "were", "are", "be", "been", "being"})
#: Words that may stand between a subject and its verb ("Roe will step down",
#: "Roe has resigned", "Roe is to retire", "Roe set to leave").
_BEFORE_VERB = frozenset({"will", "has", "had", "is", "was", "to", "set", "would", "also"})
#: Marks after which a subject opens a clause ("LAGOS — Roe resigns").
_CLAUSE_OPENERS = frozenset({"\u2014", "\u2013", "-", "--", ":"})
#: Words after the body a person leaves that end its name ("Royce exits Ardent after
#: a row", "leave Nordvik Shipping by the end of the year"): no noun it modifies
#: ("Orbis quits Ardent venture" is a company's move).
_AFTER_BODY = frozenset(
    {"after", "amid", "by", "in", "on", "at", "as", "over", "following", "to", "for", "with",
     "from", "effective", "this", "next", "last", "today", "and", "but", "later", "early"}
)  # fmt: skip


@functools.cache
def firm_posts() -> frozenset[str]:
    """Posts a firm is named to as well as a person ("adviser", "auditor"):
    ``firm_posts.txt``."""
    return lexicon.words("firm_posts.txt")


def _post_at(tokens: Sequence[Token], k: int, end: int) -> bool:
    """A post starts at ``tokens[k]``, after "as" or "to" and the words that open a
    post ("as its new chief executive", "to MD", "as Orbis chief executive", "CEO"):
    title words and modifiers, at least one a title word, with no name after them
    ("names Singtel CEO Lee" names Lee), and no post a firm is hired for."""
    titles, mods, abbrevs = words.titles(), words.title_modifiers(), names.title_abbreviations()
    if k < end and tokens[k].lower in _TO_POST:
        k += 1
        reach = min(end, k + POST_OPENER_REACH)
        while k < reach and tokens[k].lower in _POST_OPENERS:
            k += 1
        reach = min(end, k + POST_OPENER_REACH)
        while (
            k < reach
            and names.is_capitalised(tokens[k])
            and tokens[k].lower not in titles
            and tokens[k].lower not in mods
        ):
            k += 1  # "as Orbis chief executive": the body before the post
    j = k
    head = -1
    while j < end and (tokens[j].lower in titles or tokens[j].lower in mods):
        if tokens[j].lower in titles or tokens[j].lower in abbrevs:
            head = j
        j += 1
    if head < 0 or tokens[head].lower in firm_posts():
        return False
    # no name after the title: "names Singtel CEO Lee" names Lee
    return not (j < end and names.is_capitalised(tokens[j]) and tokens[j].text.isalpha())


def _opens_clause(doc: Document, m: Mention) -> bool:
    """The mention opens its sentence, or a clause after a dash or a colon."""
    first = doc.sentences[m.sentence].first_token
    k = m.first_token
    return k == first or doc.tokens[k - 1].text in _CLAUSE_OPENERS


def _relative_who(tokens: Sequence[Token], k: int, end: int) -> bool:
    """A relative clause of a person opens at ``k``: ", who"."""
    return k + 1 < end and tokens[k].text == "," and tokens[k + 1].lower == "who"


def _subject_of_change(doc: Document, m: Mention, mentions: Sequence[Mention]) -> bool:
    """The one-word subject of a verb that ends or takes a post, told a person by
    what follows (see :func:`_leaves` and :func:`_takes`), also with a relative
    clause between ("Eriksen, who stepped down as CEO in 2021, ...") or before the
    verb ("Ash, who led Orbis for a decade, retires in May")."""
    tokens = doc.tokens
    end = doc.sentences[m.sentence].last_token
    k = m.last_token
    if _relative_who(tokens, k, end):
        if _changes_at(tokens, k + 2, end, mentions):
            return True
        # "Ash, who led Orbis for a decade, retires in May": the verb after the
        # relative clause's closing comma
        close = next((j for j in range(k + 2, end) if tokens[j].text == ","), end)
        return _changes_at(tokens, close + 1, end, mentions)
    return _changes_at(tokens, k, end, mentions)


def _changes_at(tokens: Sequence[Token], k: int, end: int, mentions: Sequence[Mention]) -> bool:
    """A verb that ends or takes a post stands at ``k``, past the words that may
    come before a verb ("will", "has"), told a person's by what follows it."""
    while k < end and tokens[k].lower in _BEFORE_VERB:
        k += 1
    if k >= end:
        return False
    return _leaves(tokens, k, end, mentions) or _takes(tokens, k, end)


def _leaves(tokens: Sequence[Token], k: int, end: int, mentions: Sequence[Mention]) -> bool:
    """'stepped down as CEO', "exits Ardent after ...", "resigns.": a verb at ``k``
    that ends a post, with the post or the body after it; a verb only people take
    with nothing after it."""
    only_people = leaving_verbs().get(tokens[k].lower)
    if only_people is None:
        return False
    k += 1
    if k < end and tokens[k].lower in ("down", "aside", "back", "out", "up"):
        k += 1  # "stepped down", "stood aside"
    if k < end and tokens[k].lower == "as":
        return _post_at(tokens, k, end)
    if k < end and tokens[k].lower in ("from", "at"):
        k += 1
    # (the name after the verb looked up here: few one-word subjects get this far)
    body = next((x for x in mentions if x.first_token == k and x.kind is NAME), None)
    if body is not None and body.label in (ORG, OTHER):
        after = tokens[body.last_token] if body.last_token < end else None
        return body.org_kind is not PLACE and (
            after is None or not after.text[:1].isalpha() or after.lower in _AFTER_BODY
        )
    return only_people and (
        k >= end or not tokens[k].text[:1].isalpha() or tokens[k].lower in _AFTER_BODY
    )


#: What a person's verb of taking a post is followed by, not a company's ("takes
#: up her new role"), and how far after the verb it or "as" is looked for.
_PERSONAL = frozenset({"his", "her"})
TAKES_REACH = 6


def _takes(tokens: Sequence[Token], k: int, end: int) -> bool:
    """'took over as chief executive', "takes up her new role as ...", "joined
    Orbis as CFO": a verb at ``k`` that takes a post, with "his" or "her" after it
    or "as" and a post."""
    if tokens[k].lower not in taking_verbs():
        return False
    reach = min(end, k + 1 + TAKES_REACH)
    for j in range(k + 1, reach):
        low = tokens[j].lower
        if low in _PERSONAL:
            return True
        if low == "as":
            return _post_at(tokens, j, end)
        if not tokens[j].text[:1].isalnum():
            return False
    return False


#: Forms of "take" before "over from" ("took over from Ash").
_TAKE_FORMS = frozenset({"take", "takes", "took", "taken", "taking"})


def _predecessor(
    tokens: Sequence[Token],
    k: int,
    end: int,
    verbs: frozenset[str],
    participles: frozenset[str],
) -> bool:
    """The one word at ``k`` is the object of a verb of succession ("succeeds Ash",
    "replacing Ash", "took over from Ash") and no post a firm is hired for follows it
    ("replaced Lazard as auditor"). ``verbs`` and ``participles`` are
    :func:`succeeding_verbs` and :func:`succeeding_participles`, fetched once by the
    caller (asked for each lone name)."""
    prev = tokens[k - 1].lower if k > 0 else ""
    if not (
        prev in verbs
        or prev in participles
        or (
            prev == "from"
            and k >= 3
            and tokens[k - 2].lower == "over"
            and tokens[k - 3].lower in _TAKE_FORMS
        )
    ):
        return False
    if k + 1 < end and tokens[k + 1].lower == "as":
        return _post_at(tokens, k + 1, end)  # (no post a firm is hired for)
    # "succeeds Ash, who retires": a relative "who" (a club or a product replaced
    # is followed by anything else: "replaced Westbury in the league")
    return _relative_who(tokens, k + 1, end)


def _aged(tokens: Sequence[Token], k: int) -> bool:
    """'Vasquez, 52,': an age in commas after the name ending before ``k``."""
    return (
        k + 2 < len(tokens)
        and tokens[k].text == ","
        and tokens[k + 1].text.isdigit()
        and len(tokens[k + 1].text) == 2
        and tokens[k + 2].text == ","
    )


def people_by_use(doc: Document, mentions: list[Mention]) -> None:
    """One-word names no word tells the kind of, that the text uses as a person's
    (see the module): relabelled PERSON in ``mentions``, in place."""
    tokens = doc.tokens
    n_tokens = len(tokens)
    appointing = appointing_verbs()
    leaving, taking = leaving_verbs(), taking_verbs()
    succeeding, participles = succeeding_verbs(), succeeding_participles()
    openers = _BEFORE_VERB | {","}  # what may stand between a subject and its verb
    for mi, m in enumerate(mentions):
        if (
            m.label is not OTHER  # (most mentions: people, organisations, pronouns)
            or m.kind is not NAME
            or m.last_token - m.first_token != 1
            or m.org_kind is not None
            or m.possessor
            or tokens[m.first_token].text.isupper()  # a headline in capitals, an acronym
        ):
            continue
        k = m.first_token
        prev = tokens[k - 1].lower if k > 0 else ""
        nxt = tokens[m.last_token].lower if m.last_token < n_tokens else ""
        # what each reading below reads first, asked here (most lone words are
        # followed by no verb of change, no age and no post, and follow no verb of
        # appointing or succession)
        end = doc.sentences[m.sentence].last_token
        person = (
            (
                k > 0
                and prev in appointing
                and not (k > 1 and tokens[k - 2].lower in _PASSIVE)
                and _post_at(tokens, k + 1, end)
            )
            or (nxt == "," and _aged(tokens, m.last_token))
            or (
                (prev in succeeding or prev in participles or prev == "from")
                and _predecessor(tokens, k, end, succeeding, participles)
            )
        )
        if (
            not person
            and (nxt in openers or nxt in leaving or nxt in taking)
            and (
                _opens_clause(doc, m)
                # "succeeds Ash, who retires in May": a relative clause anywhere
                or (nxt == "," and _relative_who(tokens, m.last_token, end))
            )
        ):
            person = _subject_of_change(doc, m, mentions)
        if person:
            mentions[mi] = relabelled(m, PERSON)
