"""Organisations: the evidence frames find near a trigger, the facts a document
gives about its organisations, and the ordered policy that picks a post's one.

Frames record :class:`~personnel_events.candidates.OrgEvidence` in the order of
their evidence (the role phrase, the trigger's object or agent, the person's own
title). Once every match is known, :class:`OrgPolicy` walks its named resolvers
in order and takes the first organisation one gives, then applies its filters.
Nothing here depends on the order in which frames ran: the document's facts are
gathered before matching, and its main organisation after it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

import attrs

from ... import lexicon
from ...candidates import Candidate, OrgEvidence, OrgSource
from ...document import Document
from ...model import EntityLabel, EventType, Mention, OrgKind
from ...names import GOVERNMENT_NOUNS, is_capitalised
from .arguments import after_aside, crosses_verb
from .context import MatchContext
from .words import AGENT_SKIP, BOARD_MEMBERS, GENERIC_ORGS

# -- evidence near a trigger ---------------------------------------------------------------


def object_org(ctx: MatchContext, si: int, last: int) -> OrgEvidence | None:
    """'join Acme', 'leave the bank', 'step down from the board of X'."""
    tokens = ctx.tokens
    limit = ctx.sentence(si).last_token
    k = last
    if k < limit and tokens[k].lower in ("from", "at", "of"):
        k += 1  # "left from", "started at", "took charge of"
    if k < limit and tokens[k].lower == "the":
        if k + 1 < limit and tokens[k + 1].lower in GENERIC_ORGS:
            return OrgEvidence(name=None, source=OrgSource.GENERIC)
        k += 1
    # "left Spanish club Deportivo Sur", "joined oil company Zentra": the name
    descriptors = lexicon.words("org_descriptors.txt")
    for d in range(k, min(limit - 1, k + 3)):
        if tokens[d].lower in descriptors and is_capitalised(tokens[d + 1]):
            k = d + 1
            break
    for m in ctx.orgs(si):
        if m.first_token == k:
            return OrgEvidence(name=m.text, source=OrgSource.OBJECT)
    j = k
    while j < limit and is_capitalised(tokens[j]):
        j += 1
    if j > k and not any(m.first_token == k for m in ctx.persons(si)):
        return OrgEvidence(name=ctx.span_text(k, j - 1), source=OrgSource.OBJECT)
    return None


def passive_agent_org(ctx: MatchContext, si: int, last: int) -> OrgEvidence | None:
    """'was hired by Zeta Bank': the organisation that acts."""
    tokens = ctx.tokens
    k = last
    limit = ctx.sentence(si).last_token
    while k < limit and k - last < 4 and tokens[k].lower != "by":
        if tokens[k].text in (",", ";", ":") or tokens[k].lower == "as":
            return None
        k += 1
    if k >= limit or tokens[k].lower != "by":
        return None
    k += 1
    if k < limit and tokens[k].lower == "the":
        k += 1
    for m in ctx.orgs(si):
        if m.first_token == k:
            return OrgEvidence(name=m.text, source=OrgSource.PASSIVE_AGENT)
    return None


def in_ticker_note(ctx: MatchContext, m: Mention) -> bool:
    """'(NASDAQ: LRKS)': the exchange or the ticker of a ticker note, which stand
    for the company named before the note."""
    exchanges = lexicon.words("stock_exchanges.txt")
    k = m.first_token
    if m.text.lower() in exchanges and m.last_token < len(ctx.tokens):
        return ctx.tokens[m.last_token].text == ":"
    return k >= 2 and ctx.tokens[k - 1].text == ":" and ctx.tokens[k - 2].lower in exchanges


def agent_org(ctx: MatchContext, si: int, first: int) -> OrgEvidence | None:
    """The organisation that acts: 'Quillon Therapeutics removed ...'; else a lone
    capitalised name that is nobody we know ("Chelsea have appointed")."""
    orgs = [m for m in ctx.orgs(si) if m.last_token <= first and not in_ticker_note(ctx, m)]
    if orgs and not crosses_verb(ctx, orgs[-1].last_token, first):
        return OrgEvidence(name=orgs[-1].text, source=OrgSource.AGENT)
    tokens = ctx.tokens
    sent_first = ctx.sentence(si).first_token
    k = first - 1
    while k > sent_first and tokens[k].lower in AGENT_SKIP:
        k -= 1
    if (
        k >= sent_first
        and is_capitalised(tokens[k])
        and not tokens[k].lower.endswith("ly")  # "Newly appointed ...": an adverb
        and tokens[k].lower not in lexicon.words("time_words.txt")
        and tokens[k].lower not in lexicon.words("titles.txt")
        and not any(m.first_token <= k < m.last_token for m in ctx.persons(si))
    ):
        j = k
        while j - 1 >= sent_first and is_capitalised(tokens[j - 1]):
            j -= 1
        if tokens[j].lower == "the":
            j += 1
        if j <= k:
            return OrgEvidence(name=ctx.span_text(j, k), source=OrgSource.ACTING_NAME)
    return None


def person_orgs(person: Mention) -> tuple[OrgEvidence, ...]:
    """The organisations a person's own title and apposition name."""
    return tuple(
        OrgEvidence(name=name, source=OrgSource.PERSON)
        for name in (person.title_org, person.appos_org)
        if name
    )


def source_or_agent(ctx: MatchContext, org: Mention) -> bool:
    """An organisation quoted as a source or acting on someone else's post: "told
    Reuters", "according to the bank", "confirmed by the Senate"."""
    before = org.first_token - 1
    if before > 0 and ctx.tokens[before].lower == "the":
        before -= 1
    if before > 0 and ctx.tokens[before].lower == "to":
        before -= 1
    return before >= 0 and ctx.tokens[before].lower in ("told", "according", "by")


def _in_relative_clause(ctx: MatchContext, person: Mention, org: Mention, c: Candidate) -> bool:
    """``org`` sits in a who-clause about ``person``, before the clause ends and away
    from the candidate's own person and trigger."""
    k = person.np_last
    if k < org.first_token and ctx.tokens[k].text == ",":
        k += 1
    if k >= org.first_token or ctx.tokens[k].lower not in ("who", "whose"):
        return False
    inside = range(k, org.first_token)
    if c.person.first_token in inside or c.trigger.first in inside:
        return False
    return not any(ctx.tokens[j].text in (";", ":") for j in inside)


def sentence_org(ctx: MatchContext, c: Candidate) -> str | None:
    """An organisation in the same sentence: not one only quoted as a source, nor
    one inside another person's title ("Y, the Director of the Office of X")."""
    others = [p for p in ctx.persons(c.sentence) if p is not c.person]
    aside = range(0)
    if c.type is not EventType.END:
        # "elected X, a former FDA official, as its chair": X's past, not the post's
        sent_last = ctx.sentence(c.sentence).last_token
        aside = range(c.person.np_last, after_aside(ctx, c.person.np_last, sent_last))
    for m in ctx.orgs(c.sentence):
        if any(p.np_first <= m.first_token and m.last_token <= p.np_last for p in others):
            continue
        if (
            c.type is not EventType.END
            and min(c.person.np_first, c.trigger.last) <= m.first_token
            and m.last_token <= c.person.first_token
        ):
            continue  # "picked Orbis Bank's managing director X": the post X leaves behind
        if m.first_token in aside:
            continue
        if any(_in_relative_clause(ctx, p, m, c) for p in others):
            continue  # "replacing Y, who is leaving to teach at X": Y's X
        if source_or_agent(ctx, m) or (
            m.first_token > 0 and ctx.tokens[m.first_token - 1].lower == "to"
        ):
            continue
        if is_place_or_time(m.text) or in_ticker_note(ctx, m) or m.org_kind in BYSTANDER_KINDS:
            # "NEW YORK (Reuters) -", "on Tuesday", "(LON: MKS)", "told Jiji Press",
            # "the AFL": no employer by standing near
            continue
        return m.text
    return None


# -- what the document says about its organisations -----------------------------------------


#: Word lists of names that are never an employer by salience alone.
NO_EMPLOYER_LISTS = (
    "places.txt",
    "place_abbreviations.txt",
    "time_words.txt",
    "stock_exchanges.txt",
)


#: Kinds of organisation that stand near a post without being its employer: the
#: news agency quoting, the league a club plays in, the place a story is set in.
BYSTANDER_KINDS = frozenset({OrgKind.NEWS, OrgKind.LEAGUE, OrgKind.PLACE})


def is_place_or_time(name: str) -> bool:
    """A name that is only a place ("United Kingdom", "UK", "New York"; from
    ``places.txt`` and ``place_abbreviations.txt``), a time word ("Tuesday",
    "Sept.") or a stock exchange of a ticker note ("LON"): never a post's
    organisation by salience alone."""
    low = name.lower().strip()
    if low.startswith("the "):
        low = low[4:]
    return low in _no_employer_words()


@functools.cache
def _no_employer_words() -> frozenset[str]:
    return frozenset().union(*(lexicon.words(listed) for listed in NO_EMPLOYER_LISTS))


def is_legislature(org: str) -> bool:
    """'the Senate', 'Parliament', 'the House of Commons' (``legislatures.txt``)."""
    words = org.lower().split()
    if words and words[0] == "the":
        words = words[1:]
    bodies = lexicon.words("legislatures.txt")
    return bool(words) and (" ".join(words) in bodies or words[-1] in bodies)


def is_generic(org: str) -> bool:
    """'the Company', 'Board', 'the Board of Directors': a body no text names."""
    words = org.lower().split()
    if words and words[0] in ("the", "its", "our"):
        words = words[1:]
    if len(words) == 3 and words[1] == "of" and words[2] in BOARD_MEMBERS:
        words = words[:1]
    return len(words) == 1 and words[0] in GENERIC_ORGS


@attrs.frozen
class DocumentFacts:
    """What a document says of its organisations, gathered once before matching:
    the one named most often, its parties, its government, whether it speaks of
    confirmation; and the role and organisation each person is described with."""

    named_most: str | None
    parties: frozenset[str]
    government: str | None
    speaks_of_confirmation: bool
    #: The text says a post waits for a vote or a hearing (``pending_confirmation.txt``).
    awaits_confirmation: bool
    described: dict[int, tuple[str | None, str | None]]
    #: The organisation the document is about: :attr:`named_most`, else the first
    #: name that acted as one (set once every match is known).
    main: str | None = None

    @classmethod
    def gather(cls, ctx: MatchContext) -> DocumentFacts:
        doc = ctx.doc
        lowers = frozenset(t.lower for t in doc.tokens)
        return cls(
            named_most=_named_most(ctx),
            parties=_party_names(doc),
            government=_government_org(doc),
            speaks_of_confirmation=_speaks_of_confirmation(lowers),
            awaits_confirmation=_awaits_confirmation(doc, lowers),
            described=_described(doc),
        )

    def with_main(self, candidates: Sequence[Candidate]) -> DocumentFacts:
        """These facts with :attr:`main` settled from all the matches."""
        main = self.named_most
        if main is None:
            acting = [
                (c.trigger.first, e.name)
                for c in candidates
                for e in c.orgs
                if e.source is OrgSource.ACTING_NAME and e.name
            ]
            main = min(acting)[1] if acting else None
        return attrs.evolve(self, main=main)


def _named_most(ctx: MatchContext) -> str | None:
    doc = ctx.doc
    counts: dict[int, int] = {}
    first_seen: dict[int, int] = {}
    for m in doc.mentions:
        if m.entity is None or doc.entities[m.entity].label is not EntityLabel.ORG:
            continue
        if is_generic(doc.entities[m.entity].name):
            continue  # "the Company", defined in a filing for the name it stands for
        if (
            is_place_or_time(doc.entities[m.entity].name)
            or in_ticker_note(ctx, m)
            # a newspaper named most is the employer in a story about its newsroom
            or m.org_kind in BYSTANDER_KINDS - {OrgKind.NEWS}
        ):
            continue  # a dateline's city, the country a story is set in
        if source_or_agent(ctx, m):
            continue
        counts[m.entity] = counts.get(m.entity, 0) + 1
        first_seen.setdefault(m.entity, m.start)
    if not counts:
        return None
    best = max(counts, key=lambda e: (counts[e], -first_seen[e]))
    return doc.entities[best].name


def _party_names(doc: Document) -> frozenset[str]:
    """Every name the text gives a political party, its abbreviations too."""
    words = lexicon.words("party_words.txt")
    names: set[str] = set()
    for ent in doc.entities:
        if ent.label is not EntityLabel.ORG:
            continue
        ms = [doc.mentions[mi] for mi in ent.mentions]
        if any(doc.tokens[m.last_token - 1].lower in words for m in ms):
            names.update(m.text for m in ms)
    return frozenset(names)


def _government_org(doc: Document) -> str | None:
    """The government the text names: "the German government", "Kishida's cabinet"."""
    for m in doc.mentions:
        if m.label is EntityLabel.ORG and doc.tokens[m.last_token - 1].lower in GOVERNMENT_NOUNS:
            return m.text
    return None


def _speaks_of_confirmation(lowers: frozenset[str]) -> bool:
    """The text says a post needs confirmation or a vote (``confirmation_words.txt``)."""
    return not lexicon.words("confirmation_words.txt").isdisjoint(lowers)


def _awaits_confirmation(doc: Document, lowers_set: frozenset[str]) -> bool:
    """A phrase of ``pending_confirmation.txt`` stands in the text, as whole words."""
    phrases = lexicon.phrases("pending_confirmation.txt")
    firsts = {p[0] for p in phrases}
    if firsts.isdisjoint(lowers_set):
        return False
    lowers = [t.lower for t in doc.tokens]
    for i, low in enumerate(lowers):
        if low in firsts:
            for phrase in phrases:
                if tuple(lowers[i : i + len(phrase)]) == phrase:
                    return True
    return False


def _described(doc: Document) -> dict[int, tuple[str | None, str | None]]:
    """The first title or apposition each entity is given, with its organisation."""
    out: dict[int, tuple[str | None, str | None]] = {}
    for ent in doc.entities:
        for mi in ent.mentions:
            m = doc.mentions[mi]
            if m.title or m.appos:
                out[ent.id] = ((m.appos or m.title), (m.appos_org or m.title_org))
                break
    return out


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
    for e in c.orgs:
        if e.source is OrgSource.GENERIC:
            if facts.main is not None:
                return OrgEvidence(name=facts.main, source=OrgSource.GENERIC)
            continue
        if e.name:
            return e
    return None


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
