"""Building a candidate from what a frame found: the role, the organisation
evidence in order (the role phrase's, the clause's, an END's own title), and the
status the words told."""

from __future__ import annotations

from collections.abc import Sequence

from ...candidates import (
    Candidate,
    OrgEvidence,
    OrgSource,
    RoleSource,
    Rule,
    TriggerMatch,
)
from ...model import EventType, Mention, Status
from ...roles import Role, split_posts
from .context import MatchContext


def make_candidate(
    ctx: MatchContext,
    match: TriggerMatch,
    si: int,
    kind: EventType,
    person: Mention,
    rule: Rule,
    role: Role | str | None,
    clause_orgs: Sequence[OrgEvidence | None],
    status: Status | None,
    *,
    later_orgs: Sequence[OrgEvidence | None] = (),
    own_post: bool = True,
    role_source: RoleSource = RoleSource.CLAUSE,
) -> Candidate:
    """A candidate with its organisation evidence in order: the role phrase's, the
    clause's, then (for an END) the person's own title or apposition, then
    ``later_orgs``. An END with no post named in the clause takes the person's own
    title or apposition ("Finance Minister X resigned")."""
    role_text = role.text if isinstance(role, Role) else role
    evidence: list[OrgEvidence] = []
    if isinstance(role, Role) and role.org:
        evidence.append(OrgEvidence(name=role.org, source=OrgSource.ROLE))
    evidence.extend(e for e in clause_orgs if e is not None)
    source: RoleSource | None = role_source if role_text else None
    if own_post and kind is EventType.END:
        own: tuple[str | None, ...]
        if role_text is None and person.title:
            role_text, source, own = person.title, RoleSource.PERSON, (person.title_org,)
        elif role_text is None and person.appos:
            role_text, source, own = person.appos, RoleSource.PERSON, (person.appos_org,)
        else:
            own = (person.title_org, person.appos_org)
        evidence.extend(OrgEvidence(name=o, source=OrgSource.PERSON) for o in own if o)
    evidence.extend(e for e in later_orgs if e is not None)
    sent = ctx.sentence(si)
    return Candidate(
        type=kind,
        person=person,
        trigger=match,
        sentence=si,
        span=(sent.start, sent.end),
        rule=rule,
        role=role_text,
        role_source=source,
        orgs=tuple(evidence),
        status=status,
        tense_settled=status is not None,
        reason=match.trigger.reason,
    )


def make_each(
    ctx: MatchContext,
    match: TriggerMatch,
    si: int,
    people: list[Mention],
    rule: Rule,
    role: Role | None,
    orgs: Sequence[OrgEvidence | None],
    status: Status | None,
    *,
    later_orgs: Sequence[OrgEvidence | None] = (),
) -> list[Candidate]:
    """One candidate for each person and each post a coordinated role names ("was
    named CEO and member of its board")."""
    posts = split_posts(ctx.text, ctx.tokens, role) if role is not None else (None,)
    return [
        make_candidate(
            ctx, match, si, match.trigger.type, m, rule, post, orgs, status, later_orgs=later_orgs
        )
        for m in people
        for post in posts
    ]
