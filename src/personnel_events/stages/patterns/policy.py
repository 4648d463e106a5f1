"""The organisation policy: named resolvers tried in order, the first that names
an organisation wins, then named filters may replace it (:class:`OrgPolicy`).
Replace or reorder the steps to change how a post's organisation is chosen."""

from __future__ import annotations

from collections.abc import Callable

import attrs

from ... import lexicon
from ...candidates import Candidate, OrgEvidence, OrgSource
from ...model import EventType
from .context import MatchContext
from .facts import DocumentFacts
from .orgs import is_generic, is_legislature, sentence_org

# -- the policy ----------------------------------------------------------------------------

#: A resolver looks at a candidate and the document and may name its organisation.
Resolve = Callable[[Candidate, DocumentFacts, MatchContext], OrgEvidence | None]
#: A filter may replace the organisation a resolver chose (or drop it: None).
Refine = Callable[[Candidate, str, DocumentFacts], str | None]


@attrs.frozen
class Resolver:
    """A named step of an :class:`OrgPolicy`."""

    name: str
    resolve: Resolve


@attrs.frozen
class Filter:
    """A named check applied to the organisation the resolvers chose."""

    name: str
    refine: Refine


def from_evidence(c: Candidate, facts: DocumentFacts, ctx: MatchContext) -> OrgEvidence | None:
    """The first organisation the frame and the settling found, in their order: the
    role phrase, the trigger's object or agent, the person's own title, the other
    side of a succession, the person's description elsewhere. "the company" stands
    for the document's main organisation."""
    return facts.first_evidence(c.orgs)


def from_sentence(c: Candidate, facts: DocumentFacts, ctx: MatchContext) -> OrgEvidence | None:
    """Another organisation in the trigger's sentence (:func:`sentence_org`)."""
    name = sentence_org(ctx, c)
    return OrgEvidence(name=name, source=OrgSource.SENTENCE) if name else None


def from_main(c: Candidate, facts: DocumentFacts, ctx: MatchContext) -> OrgEvidence | None:
    """The organisation the document is about."""
    return OrgEvidence(name=facts.main, source=OrgSource.MAIN) if facts.main else None


def generic_is_main(c: Candidate, org: str, facts: DocumentFacts) -> str | None:
    """'the Board', 'the Company': the document's main organisation."""
    return facts.main if is_generic(org) else org


def party_gives_way(c: Candidate, org: str, facts: DocumentFacts) -> str | None:
    """A minister's post belongs to the government, not to the party: the party
    gives way to the government the text names, or to none."""
    if c.role is None or org not in facts.parties:
        return org
    words = c.role.lower().split()
    if "party" in words or not lexicon.words("government_titles.txt") & set(words):
        return org
    return facts.government


def legislature_votes(c: Candidate, org: str, facts: DocumentFacts) -> str | None:
    """'The Senate confirmed X as ambassador': the body that votes is not the post's."""
    if (
        (c.type is EventType.NOMINATE or c.trigger.trigger.lemma == "confirm")
        and is_legislature(org)
        and not (c.role and org.lower() in c.role.lower())
    ):
        return None
    return org


@attrs.frozen
class OrgPolicy:
    """How a post's organisation is chosen: the first resolver that names one wins,
    then each filter may replace it. Replace or reorder the steps to change the
    policy (``attrs.evolve(DEFAULT_POLICY, resolvers=...)``)."""

    resolvers: tuple[Resolver, ...]
    filters: tuple[Filter, ...]

    def resolve(
        self, c: Candidate, facts: DocumentFacts, ctx: MatchContext
    ) -> tuple[str | None, OrgSource | None]:
        chosen: OrgEvidence | None = None
        for step in self.resolvers:
            chosen = step.resolve(c, facts, ctx)
            if chosen is not None and chosen.name:
                break
        if chosen is None or not chosen.name:
            return None, None
        org: str | None = chosen.name
        for f in self.filters:
            if org is None:
                break
            org = f.refine(c, org, facts)
        return org, (chosen.source if org is not None else None)


DEFAULT_POLICY = OrgPolicy(
    resolvers=(
        Resolver("evidence", from_evidence),
        Resolver("sentence", from_sentence),
        Resolver("main", from_main),
    ),
    filters=(
        Filter("generic_is_main", generic_is_main),
        Filter("party_gives_way", party_gives_way),
        Filter("legislature_votes", legislature_votes),
    ),
)
