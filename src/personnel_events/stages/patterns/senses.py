"""What a trigger is about, read from the words after it: a change of post takes
over a post or a body of people ("took over the team", "appointed to lead the
agency"), not a thing or a task ("took over the kitchen", "appointed to review
the case", "named in the lawsuit", "named as a witness").

The object is read as a noun phrase and judged by its head: a post word, a
title, a body of people (``data/charge_nouns.txt`` with the generic bodies,
units and company words), an organisation the text names, or a capitalised name
keep the event; any other noun head drops it. Where no noun phrase follows
("took over from Y", "took over as coach", "took over in March") nothing is
decided here. The frames ask it of a subject's object (:func:`object_not_charge`),
of a succession with nobody after it and of "departure from" (:func:`names_charge`),
and of what a naming is for (:func:`named_for_other`).
"""

from __future__ import annotations

import functools

from ... import lexicon
from ...candidates import TriggerMatch
from ...members import END
from ...model import Mention
from ...names import is_capitalised, title_words
from ...roles import Role
from .context import MatchContext
from .words import BE_FORMS, GENERIC_ORGS, OBJECT_STOPS, POST_NOUNS

#: Words that open a noun phrase without being its head.
_OPENERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "this", "that"})
#: Words that end the object's noun phrase besides ``OBJECT_STOPS``.
_PHRASE_STOPS = OBJECT_STOPS | frozenset(
    {"as", "on", "over", "into", "after", "before", "when", "until", "since", "last", "during",
     "up", "out", "off", "down", "about", "against", "under", "through", "within", "without",
     "amid", "following", "while", "once", "because", "but", "then", "earlier", "later", "ago",
     "soon", "now", "today", "tonight", "yesterday", "tomorrow", "early", "again", "too", "also",
     "effective", "next", "instead", "here", "there", "home", "abroad", "already", "just",
     "even", "still", "both", "all", "either", "together", "overnight", "altogether",
     "he", "she", "they", "it", "we", "i", "you", "who", "which", "what", "where"}
)  # fmt: skip
#: Reasons (``triggers.tsv``) of verbs that employ the person: a hire for a task
#: is still a job.
EMPLOYMENT_REASONS = frozenset({"hire"})
#: The marks of a possessor: "Acme's", "the clubs'".
_POSSESSIVE_MARKS = frozenset({"'s", "\u2019s", "'", "\u2019"})
#: Words that count part of a group: "named as one of the suspects".
_PARTS = frozenset({"one", "two", "three", "some", "several", "among", "each", "all"})
#: How many words an object's noun phrase may run to.
PHRASE_MAX = 6
#: Nouns of a stretch of time: "took over two years ago", "took over this season".
_TIME_NOUNS = frozenset(
    {"year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades",
     "season", "seasons", "spring", "summer", "autumn", "fall", "winter", "morning",
     "afternoon", "evening", "night", "weekend", "time", "times", "hours", "moment"}
)  # fmt: skip


@functools.cache
def charge_nouns() -> frozenset[str]:
    """Nouns of a body of people or of its running, which a post is over:
    ``data/charge_nouns.txt``, the generic bodies, the units of an organisation,
    the descriptors of a company ("carmaker", "lender"), regulators,
    legislatures and the nouns of a leader's office ("campaign", "staff")."""
    return (
        lexicon.words("charge_nouns.txt")
        | lexicon.words("generic_bodies.txt")
        | lexicon.words("unit_words.txt")
        | lexicon.words("org_descriptors.txt")
        | lexicon.words("maker_nouns.txt")
        | lexicon.words("regulator_words.txt")
        | lexicon.words("legislatures.txt")
        | lexicon.words("office_nouns.txt")
        | GENERIC_ORGS
    )


def object_head(ctx: MatchContext, si: int, k: int) -> int | None:
    """The head of the noun phrase that starts at token ``k`` (the last word
    before a preposition, a clause word or a punctuation mark), or None where no
    noun phrase starts there ("from Y", "as coach", "in March", a time)."""
    tokens = ctx.tokens
    limit = ctx.sentences[si].last_token
    if limit > k + PHRASE_MAX:
        limit = k + PHRASE_MAX  # (a test, not min(): a builtin's call costs more)
    ends, times = _head_words()
    j = k
    while j < limit and tokens[j].lower in _OPENERS:
        j += 1
    head: int | None = None
    while j < limit:
        tok = tokens[j]
        low = tok.lower
        if low in _POSSESSIVE_MARKS:
            j += 1  # "Acme's", "the club's": a possessor inside the phrase
            continue
        if (
            low in {",", "and", "or", "&"}
            and head is not None
            and not _is_charge(tokens[head].lower)
            and j + 1 < limit
            and tokens[j + 1].text.isalpha()
            and tokens[j + 1].text.islower()
            and tokens[j + 1].lower not in _PHRASE_STOPS | _OPENERS
        ):
            j += 1  # "a new, educational role", "music and artistic director"
            continue
        if low in ends or not tok.text[:1].isalpha():
            break  # (an opener after the head starts another phrase; a verb ends it)
        if head is not None and low.endswith("ed") and tok.text.islower():
            break  # "the team founded by X", "an indictment unsealed on Monday"
        if low.endswith("ly") and tok.text.islower():
            j += 1  # "the newly merged company": an adverb is no head
            continue
        if low in times or low.isdigit():
            return None  # "took over Tuesday", "took over two years ago"
        head = j
        j += 1
    return head


@functools.cache
def _head_words() -> tuple[frozenset[str], frozenset[str]]:
    """What :func:`object_head` reads for every word, as two sets fetched by one
    cached call: the words that end a noun phrase before its head (the phrase
    stops, openers, forms of "be" and auxiliaries) and the words of a time
    (``time_words.txt`` and the nouns of a stretch of time)."""
    ends = _PHRASE_STOPS | _OPENERS | BE_FORMS | lexicon.words("auxiliaries.txt")
    return ends, lexicon.words("time_words.txt") | _TIME_NOUNS


def names_charge(ctx: MatchContext, si: int, k: int) -> bool | None:
    """Whether the noun phrase at ``k`` names a post or a body of people ("the
    team", "the top job", "Acme's retail arm", "the reins"); None where there is
    no noun phrase. A capitalised head counts as a body: it may name one the
    text does not know; an organisation as a possessor does not ("joined Acme's
    lawsuit", "left his Boston flat")."""
    head = object_head(ctx, si, k)
    if head is None:
        return None
    return _head_names_charge(ctx, si, head)


def _head_names_charge(ctx: MatchContext, si: int, head: int) -> bool:
    """:func:`names_charge` of the noun phrase whose head is at ``head``."""
    tokens = ctx.tokens
    if is_capitalised(tokens[head]) or any(
        m.first_token <= head < m.last_token for m in ctx.orgs(si)
    ):
        return True  # "took over Mirabel", "the Acme Corp. board"
    if _is_charge(tokens[head].lower):
        return True
    # "the reins of MCX", "the day-to-day running of the club": a part of a body
    j = head + 1
    if j + 1 < ctx.sentences[si].last_token and tokens[j].lower == "of":
        return bool(names_charge(ctx, si, j + 1))
    return False


def object_not_charge(ctx: MatchContext, si: int, k: int, role: Role | None) -> bool:
    """The object at ``k`` is a thing, not a post or a body ("took over the
    kitchen", "quit the race for governor"), and no post is named "as" after it
    ("took over the kitchen as head chef" is a post)."""
    head = object_head(ctx, si, k)
    if head is None or _head_names_charge(ctx, si, head):
        return False
    return role is None or (role.first > head and ctx.tokens[role.first - 1].lower != "as")


def _is_charge(low: str) -> bool:
    """A post word, a title or a body noun, or the plural of one."""
    words = _charge_words()
    return low in words or (low.endswith("s") and low[:-1] in words)


@functools.cache
def _charge_words() -> frozenset[str]:
    """What :func:`_is_charge` accepts in the singular: post words, titles, body nouns."""
    return POST_NOUNS | title_words() | charge_nouns()


@functools.cache
def post_verbs() -> dict[str, bool]:
    """``data/post_verbs.tsv``: verbs whose infinitive after a naming tells a post,
    each with whether it needs a post or a body after it ("to lead the agency")."""
    rows = lexicon.checked("post_verbs.tsv", 2, {1: frozenset({"post", "body"})})
    return {verb.lower(): kind == "body" for verb, kind in rows}


def named_for_other(
    ctx: MatchContext, si: int, match: TriggerMatch, k: int, role: Role | None
) -> bool:
    """A naming whose words from token ``k`` (right after the verb, or after the
    person in the active) give it another sense than a post: mentioned in a
    document ("named in the lawsuit"), made a party to a proceeding or given an
    honour ("named as a defendant", "named a suspect", "named player of the
    year"; ``data/non_post_nouns.txt``), or chosen for a task ("appointed to
    review the case", "to chair the review"; ``data/post_verbs.tsv`` lists the
    infinitives that tell a post), or a candidate ("named the party's candidate
    for mayor"). ``role`` is the post found after the verb: it only counts where
    it comes before the other sense's noun, and of infinitives only one read from
    the infinitive itself ("to chair") may be a task. Only for a START or a
    NOMINATE that is no hire (a hire for a task is still a job: "hired X to fix
    the defence"). A role that is only a military rank is none ("promoted to
    Major General")."""
    if match.trigger.type is END or match.trigger.reason in EMPLOYMENT_REASONS:
        return False
    if role is not None and role.org is None and role.text and is_rank(role.text):
        return True  # "was promoted to Major General": a rank, no post
    tokens = ctx.tokens
    limit = ctx.sentences[si].last_token
    if k >= limit:
        return False
    k = _past_adjuncts(ctx, si, k)
    if k >= limit:
        return False
    low = tokens[k].lower
    if low == "to":
        if (
            k + 1 < limit
            and (role is None or role.first == k + 1)
            and _task_infinitive(ctx, si, k + 1)
        ):
            return True
        k += 1  # "elected to the Hall of Fame"
    elif low in {"in", "as"}:
        k += 1
    head = object_head(ctx, si, k)
    if (
        head is not None
        and tokens[head].lower in _PARTS
        and head + 1 < limit
        and tokens[head + 1].lower == "of"
    ):
        k = head + 2  # "named as one of the suspects"
        head = object_head(ctx, si, k)
    if head is None or (role is not None and role.first <= head):
        return False  # (the post is named first: "named CEO in the lawsuit's wake")
    # "named the party's candidate for mayor": the post is what the candidacy is for
    return not lexicon.words("non_post_nouns.txt").isdisjoint(t.lower for t in tokens[k : head + 1])


def is_rank(role: str) -> bool:
    """A role that is only a military rank (``data/rank_titles.txt``), maybe with
    its stars: "Major General", "four-star general"."""
    words = role.lower().split()
    while len(words) > 1 and (words[0].endswith("-star") or words[0] == "full"):
        words = words[1:]
    return " ".join(words) in lexicon.words("rank_titles.txt")


#: Words that open a time adverbial after a verb: "last week", "earlier this year".
_TIME_OPENERS = frozenset({"last", "this", "next", "earlier", "later", "late", "early"})


def _past_adjuncts(ctx: MatchContext, si: int, k: int) -> int:
    """The first token at or after ``k`` past times and an agent ("was appointed
    on Monday by the court to ..."): where what the naming is for is told."""
    tokens = ctx.tokens
    limit = ctx.sentences[si].last_token
    times = lexicon.words("time_words.txt")
    for _ in range(4):
        if k >= limit:
            break
        low = tokens[k].lower
        nxt = tokens[k + 1].lower if k + 1 < limit else ""
        if low in times or low in {"yesterday", "today"}:
            k += 1  # "Monday"
        elif low in {"on", "in"} and (nxt in times or nxt.isdigit()):
            k += 2  # "on Monday", "in March", "in 2024"
            while k < limit and (tokens[k].text.isdigit() or tokens[k].text == ","):
                k += 1
        elif low in _TIME_OPENERS and (nxt in _TIME_NOUNS or nxt in _TIME_OPENERS):
            k += 2  # "last week", "earlier this year"
            while k < limit and tokens[k].lower in _TIME_NOUNS:
                k += 1
        elif low == "by":
            head = object_head(ctx, si, k + 1)  # "by the court", "by the governor"
            if head is None:
                break
            k = head + 1
        else:
            break
    return k


def _task_infinitive(ctx: MatchContext, si: int, k: int) -> bool:
    """'to review the case', 'to lead the inquiry': an infinitive at ``k`` that
    tells a task; not 'to succeed X', 'to lead the agency', nor a post or a body
    ("to the board", "to senior roles", "to a U.S. panel")."""
    tokens = ctx.tokens
    limit = ctx.sentences[si].last_token
    verb = tokens[k]
    if not (verb.text.isalpha() and verb.text.islower()) or verb.lower in _OPENERS:
        return False
    needs_body = post_verbs().get(verb.lower)
    if needs_body is not None:
        # "to succeed", "to become"; "to lead the agency", not "to lead the review"
        return needs_body and names_charge(ctx, si, k + 1) is False
    if names_charge(ctx, si, k):
        return False  # "appointed to key posts"
    nxt = tokens[k + 1] if k + 1 < limit else None
    # a verb: its object, a preposition or the clause's end right after it ("to
    # review the case", "to testify before", "to investigate."); "to help run" is
    # left alone
    return (
        nxt is None
        or nxt.lower in _OPENERS
        or nxt.lower in _PHRASE_STOPS
        or not nxt.text[:1].isalpha()
    )


#: Possessives inside a trigger that name whose place is taken ("take his place").
_PLACE_OWNERS = frozenset({"his", "her", "their"})


#: Words after "take her place" that put it somewhere ("at the table").
_LOCATIVES = frozenset({"at", "on", "in", "beside", "among", "alongside", "behind"})


def takes_own_place(ctx: MatchContext, si: int, match: TriggerMatch, people: list[Mention]) -> bool:
    """'Jane Roe took her place at the table': a seat somewhere ("at the ...",
    "on the ...") that the trigger's possessive gives the subject itself
    (coreference made them one), not a post left by another ("Tom Ash resigned.
    Jane Roe will take his place"; "Ivo Lind takes his place on an interim
    basis")."""
    tokens = ctx.tokens
    k = match.last
    if k + 1 >= ctx.sentences[si].last_token:
        return False
    if tokens[k].lower not in _LOCATIVES or tokens[k + 1].lower != "the":
        return False  # (tested first: the rarest)
    owners = [k for k in range(match.first, match.last) if ctx.tokens[k].lower in _PLACE_OWNERS]
    if not owners:
        return False
    subjects = {p.entity for p in people if p.entity is not None}
    return any(
        m.first_token in owners and m.entity is not None and m.entity in subjects
        for m in ctx.persons(si)
    )
