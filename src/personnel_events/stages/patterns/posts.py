"""The post a trigger's clause names: the role after the trigger ("as chief
executive", "to lead its cloud division", "the post of composer chair") or
before it ("as the new Deputy Governor, replacing Y")."""

from __future__ import annotations

import functools

from ... import lexicon
from ...members import FORM_NOUN
from ...names import possessive_after
from ...roles import Role, is_role_word, post_noun_titles
from .context import MatchContext
from .words import (
    ASIDE_REACH,
    NOT_NOUNS,
    POSSESSIVES,
    POST_NOUNS,
    POST_WORDS,
    ROLE_STOPS,
)

#: Verbs of leading a part of an organisation ("tapped X to lead its cloud division").
LEAD_VERBS = frozenset({"lead", "head", "run", "oversee", "manage"})


def _unit_led(ctx: MatchContext, k: int, limit: int) -> Role | None:
    """'its cloud division', 'the firm's European business': a part of an
    organisation (``unit_words.txt``) after a determiner, as the post "head of" it."""
    tokens = ctx.tokens
    if k >= limit or tokens[k].lower not in {"its", "the", "their", "his", "her", "a", "an"}:
        return None
    j, stop = k + 1, min(limit, k + 6)
    units = lexicon.words("unit_words.txt")
    while j < stop and tokens[j].text.replace("-", "").isalpha():
        if tokens[j].lower in units:
            return Role(text="head of " + ctx.span_text(k + 1, j), org=None, first=k, last=j + 1)
        j += 1
    return None


#: The words :func:`role_after_trigger` acts on past its first word: "as", "of",
#: "for", "to", articles and possessives, and the stops (``ROLE_STOPS``).
_READ_AFTER_TRIGGER = (
    frozenset({"as", "of", "for", "to", "a", "an", "the"}) | POSSESSIVES | ROLE_STOPS
)


#: Words after "to" that do not make it an infinitive of another clause.
_NOT_AN_INFINITIVE = POSSESSIVES | {"a", "an", "replace", "succeed"}


@functools.cache
def _change_verbs() -> frozenset[str]:
    """The first words of the packaged verb triggers in every form ("resign",
    "resigned", "quit", "step"): a verb that tells a change of its own."""
    from .triggers import default_forms

    return frozenset(
        word
        for word, surfaces in default_forms().items()
        if any(s.form is not FORM_NOUN for s in surfaces)
    )


#: Words of a count of years before "as" in a tenure phrase ("after 12 years as").
_TENURE_UNITS = frozenset({"year", "years", "month", "months", "decade", "decades"})
#: How far after a trigger the "after" of a tenure phrase may stand.
TENURE_REACH = 6


def tenure_post(ctx: MatchContext, si: int, start: int) -> Role | None:
    """'stepped down after 12 years as chief executive of Orbis': the post of a
    tenure told after a departure, which is the post left; None where no "after
    <count> years as" follows within a few words."""
    lowers = ctx.lowers
    limit = ctx.sentences[si].last_token
    for k in range(start, min(limit - 3, start + TENURE_REACH)):
        if lowers[k] != "after":
            continue
        j = k + 1
        if lowers[j] in {"nearly", "almost", "more", "over", "some", "about"}:
            j += 2 if lowers[j] == "more" else 1  # "after more than a decade as"
        if j + 2 < limit and lowers[j + 1] in _TENURE_UNITS and lowers[j + 2] == "as":
            return ctx.role_after(j + 3, limit)
        if j + 1 < limit and lowers[j] in _TENURE_UNITS and lowers[j + 1] == "as":
            return ctx.role_after(j + 2, limit)  # "after years as"
        return None
    return None


def role_after_trigger(ctx: MatchContext, si: int, start: int) -> Role | None:
    """A role named after the trigger or its object: 'as X', 'to X', 'to be X', 'X'."""
    tokens = ctx.tokens
    limit = ctx.sentences[si].last_token
    # (an aside opens with a comma: after_aside's own first test)
    k = after_aside(ctx, start, limit) if start < limit and tokens[start].text == "," else start
    lowers = ctx.lowers
    if k == start and k < limit:
        if lowers[k] in ROLE_STOPS:
            return None  # (as the loop below would: most calls end at a stop here)
        if lowers[k] in _change_verbs() and not is_role_word(tokens[k]):
            return None  # "made X resign as CEO": the post is the next verb's, not the naming's
    # Skip a few filler words: "down", "to a second term", adverbs.
    for _ in range(10):
        if k >= limit:
            return None
        low = lowers[k]
        if low not in _READ_AFTER_TRIGGER:
            # none of the tests below holds for this word but the last: a role
            # right after the trigger ("named CEO"); post_named, which opens with
            # an article or a possessive (read words), finds none here
            r = ctx.role_after(k, limit) if k == start else None
            if r is not None:
                return _or_later_post(ctx, r, limit)
            k += 1  # a filler word
            continue
        if low in ROLE_STOPS:
            return None  # (none of the tests below holds for a stop: most calls end here)
        if low == "as" and k + 1 < limit:
            # "as his nominee for attorney general", "as its pick to be CFO"
            chosen = _selection_for(ctx, k + 1, limit)
            if chosen is not None:
                return chosen
        if low == "as" or (low == "of" and k > 0 and tokens[k - 1].lower in POST_NOUNS):
            return ctx.role_after(k + 1, limit)
        if low == "for" and k + 1 < limit:
            # "tapped X for the post of finance minister", "picked X for attorney general"
            r = post_named(ctx, k + 1, limit) or ctx.role_after(k + 1, limit)
            if r is not None and r.text:
                return r
            k += 1  # "nominated X for election as a director": the post comes later
            continue
        if low == "to":
            nxt = tokens[k + 1].lower if k + 1 < limit else ""
            named = post_named(ctx, k + 1, limit)
            if named is not None:
                return named
            if nxt in {"be", "become", "serve"}:
                j = k + 2
                if j < limit and tokens[j].lower == "as":
                    j += 1
                return ctx.role_after(j, limit)
            if (
                nxt in {"the", "a"}
                and k + 2 < limit
                and tokens[k + 2].lower in {"post", "position", "role", "job"}
            ):
                k += 3
                continue
            led = _unit_led(ctx, k + 2, limit) if nxt in LEAD_VERBS else None
            if led is not None:
                return led  # "to lead its cloud division": head of the division
            r = ctx.role_after(k + 1, limit)
            if r is not None:
                return r
            after = tokens[k + 1].text if k + 1 < limit else ""
            if after.isalpha() and after.islower() and nxt not in _NOT_AN_INFINITIVE:
                # "resigned to join a rival as CEO": the post is the infinitive's
                return None
            k += 1
            continue
        if low in {"a", "an", "the"} or low in POSSESSIVES:
            # "take on a new, educational role as head of conducting"
            j, stop = k + 1, min(limit, k + 6)
            while j < stop and (
                tokens[j].text == "," or (tokens[j].text.isalpha() and tokens[j].text.islower())
            ):
                if tokens[j].lower in POST_NOUNS:
                    break
                j += 1
            if j + 1 < limit and tokens[j].lower in POST_WORDS and tokens[j + 1].lower == "as":
                return ctx.role_after(j + 2, limit)
        if low in POSSESSIVES and k + 1 < limit and tokens[k + 1].lower in POST_NOUNS:
            named = post_named(ctx, k, limit)
            if named is not None and named.text:
                return named  # "assumed the presidency of X", "took over the chairmanship"
            k += 2
            continue
        r = (post_named(ctx, k, limit) or ctx.role_after(k, limit)) if k == start else None
        if r is not None:
            return _or_later_post(ctx, r, limit)
        k += 1
    return None


def _or_later_post(ctx: MatchContext, r: Role, limit: int) -> Role:
    """The role ``r`` read right after a trigger, or the post after "as" past it
    where ``r`` is a name read as a post: in "joined Fenwick Partners as general
    counsel" the name is the body."""
    named_like_post = r.org is None and bool(r.text) and str(r.text)[:1].isupper()
    later = _as_role(ctx, r.last, limit) if named_like_post else None
    return later or r


def _as_role(ctx: MatchContext, k: int, limit: int) -> Role | None:
    """The role after an "as" at token ``k`` ("... as general counsel"), if any."""
    if k + 1 < limit and ctx.tokens[k].lower == "as":
        r = ctx.role_after(k + 1, limit)
        if r is not None and r.text:
            return r
    return None


#: How many describing words may stand between a determiner and a post noun ("to a
#: newly created post of composer chair").
POST_ADJECTIVES_MAX = 3


def _selection_for(ctx: MatchContext, k: int, limit: int) -> Role | None:
    """'(as) his nominee for attorney general', '(as) the party's pick to be
    treasurer': the post a selection noun (``selection_nouns.txt``) is for."""
    tokens = ctx.tokens
    j = k
    while (
        j < limit
        and j - k < 3
        and (
            tokens[j].lower in POSSESSIVES
            or tokens[j].lower in {"a", "an"}
            or possessive_after(tokens, j, limit)
            or (j + 1 < limit and possessive_after(tokens, j + 1, limit))
        )
    ):
        j += 1
    if j >= limit or tokens[j].lower not in lexicon.words("selection_nouns.txt"):
        return None
    j += 1
    if j < limit and tokens[j].lower == "for":
        return post_named(ctx, j + 1, limit) or ctx.role_after(j + 1, limit)
    if j + 1 < limit and tokens[j].lower == "to" and tokens[j + 1].lower in {"be", "become"}:
        return ctx.role_after(j + 2, limit)
    return None


#: Post nouns that, after a title's possessive, name the title itself ("the
#: Lieutenant Governor's seat"); "the governor's office" names a body.
_HELD_POSTS = POST_WORDS


def post_named(ctx: MatchContext, k: int, limit: int) -> Role | None:
    """A post noun that names its title: "(to) a chairman post", "the newly created
    post of composer chair", "the Lieutenant Governor's seat", "the position of
    finance director". None unless a post noun (``POST_NOUNS``) is there."""
    tokens = ctx.tokens
    if k >= limit or tokens[k].lower not in {"a", "an", "the", "his", "her", "its", "their"}:
        return None
    held_by = post_noun_titles().get(tokens[k + 1].lower) if k + 1 < limit else None
    if held_by is None and tokens[k].lower not in {"a", "an", "the"}:
        return None
    if held_by is not None:
        # "the presidency of Orbis Power": its president
        org: str | None = None
        m = k + 2
        if m < limit and tokens[m].lower == "of":
            j = m + 1 + (1 if m + 1 < limit and tokens[m + 1].lower == "the" else 0)
            e = j
            while e < limit and (tokens[e].text[:1].isupper() or tokens[e].text == "&"):
                e += 1
            if e > j:
                org, m = ctx.span_text(j, e - 1), e
        return Role(held_by, org, k, m)
    j = k + 1
    skipped = 0
    while (
        j < limit
        and skipped < POST_ADJECTIVES_MAX
        and tokens[j].text.isalpha()
        and tokens[j].text.islower()
        and tokens[j].lower not in POST_NOUNS
        and tokens[j].lower not in NOT_NOUNS
    ):
        j += 1
        skipped += 1
    if j < limit and tokens[j].lower in POST_NOUNS:
        # "the post of composer chair", "the position of finance director"
        if j + 1 < limit and tokens[j + 1].lower == "of":
            return ctx.role_after(j + 2, limit)
        return None
    # "a chairman post", "the Lieutenant Governor's seat": the title before the noun
    role = ctx.role_after(k, limit)
    if role is not None and role.text and role.last < limit:
        if tokens[role.last].lower in POST_NOUNS:
            return role
        return None
    # "the Lieutenant Governor's seat": a title's possessive before the noun
    for p in range(k + 1, min(limit - 1, k + 6)):
        if possessive_after(tokens, p, limit) and tokens[p + 1].lower in _HELD_POSTS:
            title = ctx.role_after(k, p)
            if title is not None and title.text and title.last == p:
                return Role(title.text, None, k, p + 2)
            break
    return None


#: How far before a trigger a role phrase may start ("as the new Deputy Governor
#: of the Central Bank, replacing Y").
ROLE_BEFORE_REACH = 10


def role_before(ctx: MatchContext, si: int, first: int) -> Role | None:
    """The role that ends right before a trigger (a comma between): "as Deputy
    Governor, replacing Y", "an athletic director to replace Y", "a new chief
    executive to succeed Y". It opens after "as", or before "to" with "a"."""
    tokens = ctx.tokens
    sent_first = ctx.sentences[si].first_token
    end = first
    infinitive = end - 1 > sent_first and tokens[end - 1].lower == "to"
    if infinitive or (end - 1 > sent_first and tokens[end - 1].text == ","):
        end -= 1
    found: Role | None = None
    for s in range(end - 1, max(sent_first, end - ROLE_BEFORE_REACH) - 1, -1):
        # "X, the chief of staff, replaced Y" is X's apposition: only "as" opens
        # a post before a comma
        opens = (infinitive and tokens[s].lower in {"a", "an"}) or (
            s > sent_first and tokens[s - 1].lower == "as"
        )
        if not opens:
            continue
        role = ctx.role_after(s, end)
        if role is not None and role.text and role.last == end:
            found = role
    return found


def after_aside(ctx: MatchContext, start: int, limit: int) -> int:
    """Past an aside between the person and the post: "named X, a former regulator
    who has sat on the board since 2019, as its chair" continues at "as". Without
    such a continuation, ``start`` itself."""
    tokens = ctx.tokens
    if start >= limit or tokens[start].text != ",":
        return start
    if start + 1 < limit and tokens[start + 1].lower in {"as", "for"}:
        return start + 1  # "appointed a former governor, X, as chief of staff"
    for k in range(start + 1, min(limit - 1, start + ASIDE_REACH)):
        low = tokens[k].lower
        if low in {";", ":", "(", ")"}:
            break
        if low != ",":
            continue
        nxt = tokens[k + 1].lower
        if nxt in {"as", "for"} or (
            nxt == "to"
            and k + 2 < limit
            and (
                tokens[k + 2].lower in {"be", "become", "serve", "succeed", "replace"}
                or post_named(ctx, k + 2, limit) is not None
            )
        ):
            return k + 1
    return start
