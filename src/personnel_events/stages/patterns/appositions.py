"""Titles told beside a name as an apposition: "the Head of the Directorate of
Criminal Investigations, X", "its chief of staff, X"."""

from __future__ import annotations

import functools

from ... import lexicon
from ...members import MENTION_NAME
from ...model import Mention
from ...names import possessive_after
from ...roles import Role, is_role_word, title_before
from .context import MatchContext
from .words import (
    DESCRIBING_WORDS,
    OBJECT_STOPS,
)


@functools.cache
def _title_leads() -> frozenset[str]:
    """What may stand before a title before a comma: determiners and tenure words."""
    return lexicon.words("determiners.txt") | lexicon.words("tenure_modifiers.txt")


def titled_apposition(
    ctx: MatchContext, si: int, k: int, persons: list[Mention] | None = None
) -> tuple[Mention, Role] | None:
    """'the Head of the Directorate of Criminal Investigations, X': a title phrase
    right at ``k``, a comma, then the name it describes (any name inside the title
    phrase is part of the post)."""
    tokens = ctx.tokens
    limit = ctx.sentences[si].last_token
    if k >= limit or not (
        tokens[k].lower in {"a", "an", "the", "its", "his", "her", "their"}
        or is_role_word(tokens[k])
        or any(possessive_after(tokens, j, limit) for j in range(k + 1, min(limit, k + 4)))
    ):
        return None
    if persons is not None and not any(m.np_first > k for m in persons):
        return None
    role = ctx.role_after(k, limit)
    if role is None or not role.text or tokens[role.last].text != ",":
        # "the former Central Bank of Norland Governor, X": a body before the title
        role = _title_before_comma(ctx, si, k) or role
    if role is None or not role.text:
        # "replacing the physicist, X": a described person, no post
        described = _described_apposition(ctx, si, k)
        if described is None:
            return None
        role = described
    if role.last + 1 >= limit or tokens[role.last].text != ",":
        return None
    # past abbreviated honorifics the name rules do not know ("Rt. Hon. X")
    j = role.last + 1
    while (
        j + 1 < limit
        and tokens[j + 1].text == "."
        and tokens[j].text.isalpha()
        and tokens[j].text[:1].isupper()
        and len(tokens[j].text) <= 4
    ):
        j += 2
    person = next(
        (
            m
            for m in (ctx.persons(si) if persons is None else persons)
            if m.kind is MENTION_NAME and j in (m.np_first, m.first_token)
        ),
        None,
    )
    return (person, role) if person is not None else None


#: How far a title before a comma may run ("the former Central Bank of Norland
#: Governor,").
TITLE_BEFORE_COMMA_REACH = 10


def _title_before_comma(ctx: MatchContext, si: int, k: int) -> Role | None:
    """A title read backwards from the next comma, when only determiners and
    tenure words stand before it: "the former Central Bank of Norland Governor,"."""
    tokens = ctx.tokens
    limit = ctx.sentences[si].last_token
    comma = next(
        (
            j
            for j in range(k + 1, min(limit, k + TITLE_BEFORE_COMMA_REACH))
            if tokens[j].text == ","
        ),
        None,
    )
    if comma is None:
        return None
    title = title_before(ctx.text, tokens, comma, k)
    if title is None or not title.text:
        return None
    lead = _title_leads()
    if any(t.lower not in lead for t in tokens[k : title.first]):
        return None
    return Role(title.text, title.org, k, comma)


def _described_apposition(ctx: MatchContext, si: int, k: int) -> Role | None:
    """'the physicist,': "the" and one to three lower-case words before a comma,
    as a span with no post (``Role.text`` None)."""
    tokens = ctx.tokens
    limit = ctx.sentences[si].last_token
    if tokens[k].lower != "the":
        return None
    j = k + 1
    while j < limit and j - k <= DESCRIBING_WORDS + 1 and tokens[j].text.isalpha():
        if not tokens[j].text.islower() or tokens[j].lower in OBJECT_STOPS:
            return None
        j += 1
    if j == k + 1 or j >= limit or tokens[j].text != ",":
        return None
    return Role(None, None, k, j)
