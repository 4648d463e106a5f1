"""The frames of words that are no verb: a noun ("her resignation", "the
appointment of X as CFO") and a word before a title before a name ("incoming CEO
X", "The new treasurer is Y")."""

from __future__ import annotations

import attrs

from ...candidates import (
    Candidate,
    OrgEvidence,
    OrgSource,
    RoleSource,
    Rule,
    TriggerMatch,
)
from ...modality import Effect
from ...model import EventType, Mention, MentionKind, Status
from ...names import possessive_after
from ...roles import Role, role_after
from .arguments import (
    object_people,
    role_after_trigger,
)
from .build import make_candidate
from .context import MatchContext
from .facts import DocumentFacts
from .frames import passive_frame
from .gates import blocked, effects_before
from .words import (
    ANNOUNCE,
    ANNOUNCED_AHEAD,
    BE_FORMS,
    NOUN_ADJECTIVES_MAX,
    TITLE_REACH,
)


def noun_frame(
    ctx: MatchContext, facts: DocumentFacts, si: int, match: TriggerMatch
) -> list[Candidate]:
    """'her resignation', 'Sanders' abrupt departure', 'the appointment of X as CFO'."""
    first, last = match.first, match.last
    tokens = ctx.tokens
    sent = ctx.sentence(si)
    if first > sent.first_token and tokens[first - 1].lower in BE_FORMS:
        # "Wrobel was dismissal by the Prime Minister": a garbled passive
        return passive_frame(ctx, facts, si, match)
    trig = match.trigger
    person: Mention | None = None
    role: Role | None = None
    # Possessor: "her resignation", "Sanders' abrupt departure".
    k = first - 1
    skipped = 0
    while (
        k >= sent.first_token
        and skipped < NOUN_ADJECTIVES_MAX
        and tokens[k].text[:1].islower()
        and tokens[k].lower not in ("his", "her", "the", "a", "an", "of", "and")
        and not possessive_after(tokens, k, sent.last_token)
    ):
        k -= 1
        skipped += 1
    persons = ctx.persons(si)
    if k >= sent.first_token:
        for m in persons:
            if (
                m.kind is MentionKind.PRONOUN
                and m.first_token == k
                and m.gender
                and tokens[k].lower in ("his", "her")
            ):
                person = m
            if (
                m.kind is MentionKind.NAME
                and m.last_token == k
                and tokens[k].text in ("'s", "\u2019s", "'", "\u2019")
            ):
                person = m
    if person is None and last < sent.last_token and tokens[last].lower == "of":
        # "the resignation of X", "of former Republican governor X"
        after = object_people(ctx, si, last + 1)
        if after and after[0].kind is not MentionKind.PRONOUN:
            person = after[0]
            role = role_after_trigger(ctx, si, person.np_last)
            # "the appointment of X" is a personnel change, post or not; only "her
            # appointment" may be a doctor's
            match = attrs.evolve(match, trigger=attrs.evolve(trig, needs_post=False))
    if person is None:
        return []
    effects = effects_before(ctx, si, max(sent.first_token, first - 6), first)
    if blocked(effects):
        return []
    window = {t.lower for t in tokens[max(sent.first_token, first - 6) : first]}
    status: Status | None = None
    if Effect.FUTURE in effects or (
        # "announced her resignation": announced ahead; "announced the firing of X"
        # tells what has happened
        trig.type is EventType.END and trig.reason in ANNOUNCED_AHEAD and window & ANNOUNCE
    ):
        status = Status.FUTURE
    if role is None:
        role = role_after_trigger(ctx, si, last)
    return [make_candidate(ctx, match, si, trig.type, person, Rule.NOUN, role, [], status)]


def title_frame(
    ctx: MatchContext, facts: DocumentFacts, si: int, match: TriggerMatch
) -> list[Candidate]:
    """'incoming chief executive Jane Roe', 'outgoing chair Tom Ash', 'the newly
    appointed CFO Ana Ruiz': a word before a title that stands right before a name.
    The change is the title's; its status is the word's."""
    last = match.last
    # the name's noun phrase takes in its title (and, opening a sentence, the word
    # itself: "Incoming chief executive X")
    person = next(
        (
            m
            for m in ctx.persons(si)
            if m.kind is MentionKind.NAME
            and m.title
            and m.np_first <= last < m.first_token <= last + TITLE_REACH
        ),
        None,
    )
    role: Role | str | None = person.title if person is not None else None
    orgs = (
        [OrgEvidence(name=person.title_org, source=OrgSource.PERSON)]
        if person and person.title_org
        else []
    )
    if person is None:
        # "The new seniors minister is Joanne Thompson": the name after the copula
        found = _copula_name(ctx, si, last)
        if found is None:
            return []
        person, role = found
        orgs = []
    effects = effects_before(
        ctx, si, max(ctx.sentence(si).first_token, match.first - 6), match.first
    )
    if blocked(effects):
        return []
    trig = match.trigger
    return [
        make_candidate(
            ctx,
            match,
            si,
            trig.type,
            person,
            Rule.TITLE,
            role,
            orgs,
            trig.status,
            own_post=False,
            role_source=RoleSource.PERSON,
        )
    ]


def _copula_name(ctx: MatchContext, si: int, start: int) -> tuple[Mention, Role] | None:
    """A title read from ``start``, then "is", "will be" or "was", then a name."""
    limit = ctx.sentence(si).last_token
    role = role_after(ctx.text, ctx.tokens, start, limit)
    if role is None or role.last >= limit:
        return None
    k = role.last
    if ctx.tokens[k].lower == "will" and k + 1 < limit and ctx.tokens[k + 1].lower == "be":
        k += 2
    elif ctx.tokens[k].lower in ("is", "was"):
        k += 1
    else:
        return None
    person = next(
        (m for m in ctx.persons(si) if m.np_first == k and m.kind is MentionKind.NAME), None
    )
    return (person, role) if person is not None else None
