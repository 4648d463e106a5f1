"""The succession and mutual frames: "X replaces Y as CEO" (X starts, Y ends),
"Y was replaced by X", "named to succeed Y"; "the club parted ways with coach X"."""

from __future__ import annotations

from ...candidates import (
    Candidate,
    TriggerMatch,
)
from ...members import END, FORM_PAST, FUTURE, RULE_MUTUAL, RULE_SUCCESSION, START
from ...modality import is_passive, is_progressive, status_of
from ...model import Mention
from .arguments import (
    inverted_subject,
    object_people,
    participle_subject,
    subject_people,
)
from .build import make_candidate, make_each
from .context import MatchContext
from .facts import DocumentFacts
from .frames import joined_passive
from .gates import blocked, effects_before, governing_effects
from .orgs import agent_org, object_org, succession_post
from .posts import role_after_trigger, role_before
from .senses import names_charge
from .words import (
    BE_FORMS,
    RAISING,
)


def succession_frame(
    ctx: MatchContext, facts: DocumentFacts, si: int, match: TriggerMatch
) -> list[Candidate]:
    """'X replaces Y as CEO' (X starts, Y ends); 'Y was replaced by X'; 'named to
    succeed Y'."""
    first, last = match.first, match.last
    sent = ctx.sentences[si]
    tokens = ctx.tokens
    passive = match.form is FORM_PAST and (
        is_passive(tokens, sent.first_token, first) or joined_passive(ctx, si, first)
    )
    infinitive = first > sent.first_token and (
        tokens[first - 1].lower == "to"
        or (passive and first - 2 >= sent.first_token and tokens[first - 2].lower == "to")
    )
    starts: list[Mention]
    ends: list[Mention]
    if passive:
        # "Y was replaced (as CEO) by X"
        ends = subject_people(ctx, si, first)
        k = last
        while k < sent.last_token and tokens[k].lower != "by" and k - last < 6:
            k += 1
        starts = object_people(ctx, si, k + 1) if k < sent.last_token else []
        left = ends[-1].np_last if ends else first
    else:
        # "replacing Y" has no subject of its own; "X is replacing Y" has. "named to
        # succeed Y": the naming's person starts; "X is expected to succeed Y": X does
        participle = match.participle and not is_progressive(tokens, sent.first_token, first)
        raised = (
            infinitive
            and first - 2 >= sent.first_token
            and tokens[first - 2].lower in RAISING | BE_FORMS
        )
        starts = (
            []
            if (infinitive and not raised and not _headline_subject(ctx, si, first)) or participle
            else subject_people(ctx, si, first)
        )
        ends = object_people(ctx, si, last)
        if not ends:
            # "filled the position vacated this year by Y", "the seat left by Y"
            ends = _vacated_by(ctx, si, last)
        if ends and match.trigger.lemma == "replace":
            # "decided to replace Y with X", "sacked Y and replaced him with X": X takes
            # the post; the subject, if any, is who replaces ("replaced Y with
            # immediate effect" leaves the subject to start)
            k = ends[-1].np_last
            if k < sent.last_token and tokens[k].lower == "with":
                successors = object_people(ctx, si, k + 1)
                if successors or infinitive or not starts:
                    starts = successors
        left = starts[-1].np_last if starts else max(sent.first_token, first - 6)
        if participle and ends and not starts and first == sent.first_token:
            # "Replacing Y as CEO is X", "Succeeding Y will be X": the successor is
            # named after the "be" of an inverted sentence (its tense is told there);
            # "Replacing Y as CEO, X promised ...": the subject of the clause after
            starts, inverted = inverted_subject(ctx, si, first)
            if starts:
                left = inverted
            else:
                starts = participle_subject(ctx, si, first)
    if not starts and not ends:
        return []
    if not passive and not ends and _replaced_thing(ctx, si, last):
        return []  # "replaced the battery", "succeeded in passing the exam"
    effects = (
        effects_before(ctx, si, left, left + 2)  # "will be X"
        if left > first
        else effects_before(ctx, si, left, first)
    )
    if passive and ends and first - 2 >= sent.first_token and tokens[first - 2].lower == "to":
        # "neither expected X to be replaced": the verb before X governs it
        effects |= governing_effects(ctx, si, ends[0].np_first)
    if blocked(effects):
        return []
    status = status_of(effects, match.form, tokens, sent.first_token, first)
    if infinitive:
        status = FUTURE
    after = starts[-1].np_last if passive and starts else ends[-1].np_last if ends else last
    role = role_after_trigger(ctx, si, after)
    if role is None and passive and after != last:
        # "Y was replaced as coach by X": the post stands between the verb and "by"
        role = role_after_trigger(ctx, si, last)
    if role is None and not passive:
        # "as Deputy Governor, replacing Y", "an athletic director to replace Y"
        role = role_before(ctx, si, first)
    r, r_source, orgs = succession_post(role, ends)

    found = [
        make_candidate(
            ctx,
            match,
            si,
            kind,
            m,
            RULE_SUCCESSION,
            r,
            orgs,
            status,
            own_post=False,
            role_source=r_source,
        )
        for kind, side in ((START, starts), (END, ends))
        for m in side
    ]
    return sorted(found, key=lambda c: c.person.start)


def _headline_subject(ctx: MatchContext, si: int, first: int) -> bool:
    """'X to succeed Y at Orbis': a headline's infinitive whose subject is the
    person who opens the line, right before "to" (not "named X to succeed Y",
    where the naming's person starts)."""
    sent_first = ctx.sentences[si].first_token
    return any(m.np_first == sent_first and m.last_token == first - 1 for m in ctx.persons(si))


def _replaced_thing(ctx: MatchContext, si: int, last: int) -> bool:
    """What a succession verb with nobody after it acts on is a thing, not a
    post or a body ("replaced the battery"), or it means achieving ("succeeded
    in passing the exam")."""
    tokens = ctx.tokens
    if last + 1 < ctx.sentences[si].last_token and tokens[last].lower == "in":
        return tokens[last + 1].lower.endswith("ing")
    return names_charge(ctx, si, last) is False


#: How far after a post the words "vacated ... by" may run.
VACATED_REACH = 6


def _vacated_by(ctx: MatchContext, si: int, last: int) -> list[Mention]:
    """'(the position) vacated this year by Y', '(the seat) left by Y': the one who
    left, after "by"."""
    tokens = ctx.tokens
    limit = ctx.sentences[si].last_token
    if last >= limit or tokens[last].lower not in {"vacated", "left"}:
        return []
    for k in range(last + 1, min(limit - 1, last + VACATED_REACH)):
        if tokens[k].lower == "by":
            return object_people(ctx, si, k + 1)
    return []


def mutual_frame(
    ctx: MatchContext, facts: DocumentFacts, si: int, match: TriggerMatch
) -> list[Candidate]:
    """'The club parted ways with coach X' (the person after "with") and 'X parted
    ways with the club' (the subject): whichever side is a person leaves, the other
    side is the organisation."""
    first, last = match.first, match.last
    sent = ctx.sentences[si]
    tokens = ctx.tokens
    with_at = last if last < sent.last_token and tokens[last].lower == "with" else None
    after = object_people(ctx, si, with_at + 1) if with_at is not None else []
    if after:
        effects = effects_before(ctx, si, first - 6, first)
        if blocked(effects):
            return []
        status = status_of(effects, match.form, tokens, sent.first_token, first)
        role = role_after_trigger(ctx, si, after[-1].np_last)
        agent = agent_org(ctx, si, first)
        return make_each(ctx, match, si, after, RULE_MUTUAL, role, [], status, later_orgs=[agent])
    people = subject_people(ctx, si, first)
    if not people:
        return []
    effects = effects_before(ctx, si, people[-1].np_last, first)
    if blocked(effects):
        return []
    status = status_of(effects, match.form, tokens, sent.first_token, first)
    org = object_org(ctx, si, with_at + 1) if with_at is not None else None
    return make_each(ctx, match, si, people, RULE_MUTUAL, None, [org], status)
