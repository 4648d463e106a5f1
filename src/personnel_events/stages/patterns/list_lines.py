"""Verbless lines of an announcement list: "X to acting CEO of Y", "X as deputy
governor, replacing Y" (no trigger word; "to" or "as" stands for the
appointment)."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from ... import lexicon
from ...candidates import (
    Candidate,
    OrgEvidence,
    Trigger,
    TriggerMatch,
)
from ...document import Document
from ...members import FORM_BASE, FRAME_TITLE, MENTION_NAME, ORG_FROM_ROLE, RULE_OBJECT_LIST, START
from ...model import Mention, Token
from ..coref.words import title_modifiers, titles
from .build import make_candidate
from .context import MatchContext
from .orgs import object_org
from .posts import after_aside, post_named

#: A verbless line of an announcement list: "X to acting CEO of Y", "X to the
#: Halvern Symphony, commencing July 1". "to" stands for the appointment.
LIST_LINE = Trigger(
    lemma="to",
    type=START,
    frame=FRAME_TITLE,
    reason="appointment",
    nominates_if_pending=True,
)
#: How far past a name's comma a verbless line's "as" may stand.
LINE_ASIDE_REACH = 15
#: What may follow the post of a verbless "X as <post>" line after a comma:
#: "X as deputy governor, replacing Y", "..., effective Monday".
_AFTER_LINE_POST = frozenset({"replacing", "succeeding", "taking", "effective", "with"})
#: What may open a list item before its name: bullets, dashes, numbers.
_BULLETS = frozenset({"\u2022", "-", "*", "\u2013", "\u2014", "\u00b7", "\u25aa", "\u25cf"})


def may_hold_list_lines(doc: Document) -> bool:
    """Cheaply: some sentence opens (past bullets) with a capitalised word and has
    "to" among its next few words, with a title word within three words after it
    ("X to acting CEO of Y"), so :func:`list_lines` may find a line (it keeps
    lines only in a list where one names a post)."""
    tokens = doc.tokens
    title_words = _title_words()
    for sent in doc.sentences:
        k = sent.first_token
        while k < sent.last_token and _bullet(tokens[k].text):
            k += 1
        if k >= sent.last_token or not tokens[k].text[:1].isupper():
            continue
        for j in range(k + 1, min(sent.last_token, k + 6)):
            if tokens[j].lower == "to" and any(
                t.lower in title_words for t in tokens[j + 1 : min(sent.last_token, j + 4)]
            ):
                return True
    return False


@functools.cache
def _title_words() -> frozenset[str]:
    """Titles and their modifiers: the words a list line's post may begin with
    (the union made once, not for every document)."""
    return frozenset(titles() | title_modifiers())


def _bullet(text: str) -> bool:
    return text in _BULLETS or text.rstrip(".").isdigit()


def _generic_end(tokens: Sequence[Token], k: int, limit: int) -> int | None:
    """Past a generic body ("bank", "company"), where it ends."""
    if k < limit and tokens[k].lower in lexicon.words("generic_bodies.txt"):
        return k + 1
    return None


def list_lines(ctx: MatchContext) -> list[Candidate]:
    """The verbless lines of an announcement list, one a sentence: a name opens the
    line, then "to" and the post ("Ana Ruiz to acting CEO of the Halvern
    Symphony") or the body ("Tom Ash to the Orbis Festival, commencing in May").
    A line with a body and no post counts only in a list where another line names
    a post: "Jones to Chelsea" alone may be a player's transfer."""
    lines: list[tuple[Candidate, bool]] = []
    tokens, sentences = ctx.tokens, ctx.sentences
    for si in range(len(sentences)):
        persons = ctx.persons_by_sentence.get(si)
        if persons is None:
            continue  # no name to open a line
        # (this runs for every sentence with a name: the opening name is looked
        # for here, past any bullets)
        sent = sentences[si]
        k = sent.first_token
        while k < sent.last_token and (
            tokens[k].text in _BULLETS or tokens[k].text.rstrip(".").isdigit()
        ):
            k += 1  # (_bullet, without a call)
        for person in persons:
            if person.first_token == k and person.kind is MENTION_NAME:
                break
        else:
            continue  # no name opens the sentence
        found = _list_line(ctx, si, person)
        if found is not None:
            lines.append(found)
    if not any(has_post for _, has_post in lines):
        return []
    return [c for c, _ in lines]


def _as_past_aside(ctx: MatchContext, comma: int, limit: int) -> int:
    """The "as" within :data:`LINE_ASIDE_REACH` words after the ``comma`` that
    opens an aside whose closing comma is missing ("X, the present director at Y
    as deputy governor"), or ``limit`` where none follows before another comma."""
    lowers = ctx.lowers
    for j in range(comma + 1, min(limit, comma + LINE_ASIDE_REACH)):
        low = lowers[j]
        if low == ",":
            return limit  # (a comma is its own lower case) another clause: no line
        if low == "as":
            return j
    return limit


def _list_line(ctx: MatchContext, si: int, person: Mention) -> tuple[Candidate, bool] | None:
    """The line sentence ``si`` tells, if it is one: ``person``'s name opens it
    (past bullets)."""
    tokens = ctx.tokens
    sent = ctx.sentences[si]
    to = person.last_token
    limit = sent.last_token
    if to < limit and tokens[to].text == ",":
        # "X, the present director at Y, as deputy governor, replacing Z" (the
        # aside's closing comma may be missing)
        comma = to
        to = after_aside(ctx, comma, limit)
        if to == comma:
            to = _as_past_aside(ctx, comma, limit)
        if to >= limit or tokens[to].lower != "as":
            return None
    if to + 1 >= limit or tokens[to].lower not in {"to", "as"}:
        return None
    role = post_named(ctx, to + 1, limit) or ctx.role_after(to + 1, limit)
    org: OrgEvidence | None = None
    end: int
    if tokens[to].lower == "as" and (role is None or not role.text):
        return None  # "X as Y" names a post or nothing
    if role is not None and role.text:
        end = role.last
    else:
        role = None
        obj = object_org(ctx, si, to + 1)
        if obj is None or obj.name is None:
            return None
        # the body the line sends the person to is the post's, as in "CEO of X"
        org = OrgEvidence(name=obj.name, source=ORG_FROM_ROLE)
        end = to + 2 if tokens[to + 1].lower == "the" else to + 1
        while end < limit and (
            tokens[end].text[:1].isupper()
            or (
                tokens[end].lower in {"of", "&", "and"}
                and end + 1 < limit
                and tokens[end + 1].text[:1].isupper()
            )
        ):
            end += 1
        if end < limit and tokens[end].lower == "as":
            role = ctx.role_after(end + 1, limit)
            end = role.last if role is not None else end
    if end + 1 < limit and tokens[end].lower in {"of", "at"} and tokens[end + 1].lower == "the":
        # "deputy governor of the bank": the body named elsewhere
        body = _generic_end(tokens, end + 2, limit)
        end = body if body is not None else end
    if end < limit and tokens[end].text not in {",", "(", ";", ".", ":"}:
        return None  # "X to Chelsea after talks": a clause goes on, no list line
    if tokens[to].lower == "as":
        nxt = tokens[end + 1].lower if end + 1 < limit else ""
        if not (end < limit and tokens[end].text == "," and nxt in _AFTER_LINE_POST):
            return None  # "X as Captain Miller, in a scene from ...": a caption
    match = TriggerMatch(
        trigger=LIST_LINE,
        form=FORM_BASE,
        first=to,
        last=to + 1,
        start=tokens[to].start,
        end=tokens[to].end,
    )
    c = make_candidate(
        ctx,
        match,
        si,
        START,
        person,
        RULE_OBJECT_LIST,
        role,
        [org],
        None,
        own_post=False,
    )
    return c, role is not None
