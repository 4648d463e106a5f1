"""The handover frame: "X handed over (the reins) to Y" — the one who hands over
leaves the post, the one handed to takes it ("the club handed over to Y": only Y,
a body being nobody's post)."""

from __future__ import annotations

from ...candidates import Candidate, OrgEvidence, TriggerMatch
from ...members import END, MENTION_NAME, RULE_SUCCESSION, START
from ...modality import status_of
from ...model import Mention
from .arguments import object_people, subject_people
from .build import make_candidate
from .context import MatchContext
from .facts import DocumentFacts
from .gates import blocked, effects_before
from .orgs import object_org, succession_post
from .posts import role_after_trigger
from .senses import names_charge

#: How far after "hand over" the "to" of its receiver may stand ("handed over the
#: running of the club to Y").
HANDOVER_REACH = 8


def handover_frame(
    ctx: MatchContext, facts: DocumentFacts, si: int, match: TriggerMatch
) -> list[Candidate]:
    """'X handed over to Y', 'X handed the reins to Y', 'X handed over the presidency
    to Y': X ends and Y starts; what is handed over must be a post or a body ("handed
    over the documents to the police" is none)."""
    first, last = match.first, match.last
    sent = ctx.sentences[si]
    tokens = ctx.tokens
    to = last
    if tokens[last - 1].lower != "to":
        stop = min(sent.last_token, last + HANDOVER_REACH)
        at = next((k for k in range(last, stop) if tokens[k].lower == "to"), None)
        # what is handed over: after the verb, or the verb's own last word ("handed
        # command of the fleet to Y")
        if at is None or not (
            names_charge(ctx, si, last) or (last - first > 1 and names_charge(ctx, si, last - 1))
        ):
            return []
        to = at + 1
    starts = object_people(ctx, si, to) or _described_receiver(ctx, si, to)
    if not starts:
        return []
    ends = subject_people(ctx, si, first)
    left = ends[-1].np_last if ends else max(sent.first_token, first - 6)
    effects = effects_before(ctx, si, left, first)
    if blocked(effects):
        return []
    status = status_of(effects, match.form, tokens, sent.first_token, first)
    # "to Y as CEO"; else the post handed over ("handed over the presidency to Y")
    role = role_after_trigger(ctx, si, starts[-1].np_last)
    if role is None and to != last:
        role = role_after_trigger(ctx, si, last)
        if role is not None and role.last >= to:
            role = None  # "handed over the reins to his deputy": the receiver's old post
    text, source, orgs = succession_post(role, ends)
    body = _body_handed(ctx, si, last, to)
    if body is not None:
        orgs = [*orgs, body]
    found = [
        make_candidate(
            ctx, match, si, kind, m, RULE_SUCCESSION, text, orgs, status,
            own_post=False, role_source=source,
        )
        for kind, side in ((START, starts), (END, ends))
        for m in side
    ]  # fmt: skip
    return sorted(found, key=lambda c: c.person.start)


#: Possessive words that open a receiver's description ("to his successor, X").
_POSSESSIVES = frozenset({"his", "her", "their", "its", "the"})
#: The most words of such a description.
_DESCRIBING_REACH = 3


def _described_receiver(ctx: MatchContext, si: int, to: int) -> list[Mention]:
    """'handed over to his successor, X,', 'to her deputy, X': the receiver named
    in an apposition after a possessive and a few lower-case words."""
    tokens = ctx.tokens
    if to >= len(tokens) or tokens[to].lower not in _POSSESSIVES:
        return []
    for m in ctx.persons(si):
        if m.np_first <= to or m.kind is not MENTION_NAME:
            continue
        words = tokens[to + 1 : m.np_first]
        if (
            2 <= len(words) <= _DESCRIBING_REACH + 1
            and words[-1].text == ","
            and all(t.text.isalpha() and t.text.islower() for t in words[:-1])
        ):
            return [m]
        break
    return []


def _body_handed(ctx: MatchContext, si: int, last: int, to: int) -> OrgEvidence | None:
    """'handed over the reins at Nordvik Shipping to X': the body whose post is
    handed over, named after "at" between the verb and the receiver."""
    for k in range(last, to - 1):
        if ctx.tokens[k].lower == "at":
            return object_org(ctx, si, k)
    return None
