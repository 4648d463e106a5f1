"""The organisation policy: named resolvers tried in order, the first that names
an organisation wins, then named filters may replace it (:class:`OrgPolicy`).
Replace or reorder the steps to change how a post's organisation is chosen."""

from __future__ import annotations

import re
from collections.abc import Callable

import attrs

from ... import lexicon
from ...candidates import Candidate, OrgEvidence, OrgSource, new_org_evidence
from ...members import (
    END,
    NOMINATE,
    ORG_FROM_ACTING_NAME,
    ORG_FROM_AGENT,
    ORG_FROM_DESCRIBED,
    ORG_FROM_GENERIC,
    ORG_FROM_MAIN,
    ORG_FROM_PERSON,
    ORG_FROM_ROLE,
    ORG_FROM_SENTENCE,
    ORG_KIND_LEAGUE,
    ORG_KIND_PLACE,
    PERSON,
)
from ...names import GOVERNMENT_NOUNS, is_capitalised
from ..coref.kinds import is_place_name
from .context import MatchContext
from .facts import DocumentFacts, post_key
from .orgs import (
    BYSTANDER_KINDS,
    based_in,
    is_generic,
    is_government_title,
    is_legislature,
    org_name,
    sentence_org,
    unknown_body,
    without_base,
)
from .words import GENERIC_ORGS

# -- the policy ----------------------------------------------------------------------------

#: A resolver looks at a candidate and the document and may name its organisation.
Resolve = Callable[[Candidate, DocumentFacts, MatchContext], OrgEvidence | None]
#: A filter may replace the organisation a resolver chose (or drop it: None); it
#: sees the evidence chosen so far (its name and where it came from).
Refine = Callable[[Candidate, OrgEvidence, DocumentFacts, MatchContext], str | None]


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
    for the document's main organisation; a town before "-based" gives the body
    based there ("CEO of Dover, Del.-based Halcyon": Halcyon) or nothing ("of the
    Akron-based firm"); a league gives way to a club the evidence names after it
    ("the Hawks sacked NFL coach X"); a departure from "the club" or "the company"
    is from the body of the person's own title ("Harbor FC coach X left the
    club")."""
    if not c.orgs:
        return None  # (most candidates)
    usable: list[OrgEvidence] = []
    has_based = ctx.has_based  # (no "-based" in most texts: no based_in() call)
    for e in c.orgs:
        found = (
            _described_before(c, ctx) if e.source is ORG_FROM_GENERIC else None
        ) or facts.named(e)
        if found is None or not found.name:
            continue
        if found.source is not ORG_FROM_GENERIC:
            if found.name in facts.not_employers:
                continue  # "Doyle's assistant, X": the post of a person's aide, no body
            town, based = based_in(ctx, c.sentence, found.name) if has_based else (False, None)
            if town:
                if based is None:
                    continue
                found = OrgEvidence(name=based, source=found.source)
        usable.append(found)
    if not usable:
        return None
    if c.type is END and usable[0].source is ORG_FROM_GENERIC:
        # "Harbor FC coach X has decided to leave the club": the club is the one
        # the person's own title names, not the one the text names most
        own = next((e for e in usable if e.source is ORG_FROM_PERSON), None)
        if own is not None:
            return own
    # (the mentions' kinds alone: DocumentFacts.kind tells a league only from them)
    kinds = facts.kinds
    for e in usable:
        if kinds.get(e.name or "") is not ORG_KIND_LEAGUE:
            return e
    return usable[0]


def _described_before(c: Candidate, ctx: MatchContext) -> OrgEvidence | None:
    """'has coached Danish club Aalborg Handbold since 2019 and will leave the club':
    "the club" after the trigger is the one its sentence named with that noun
    before it ("club X") or as its last word ("Korra Bank ... left the bank"), not
    the document's main body."""
    tokens = ctx.tokens
    limit = ctx.sentences[c.sentence].last_token
    k = c.trigger.last
    if k < limit and ctx.lowers[k] in {"from", "at", "of", "to"}:
        k += 1
    if k + 1 >= limit or ctx.lowers[k] != "the" or ctx.lowers[k + 1] not in GENERIC_ORGS:
        return None
    noun = ctx.lowers[k + 1]
    for m in reversed(ctx.orgs(c.sentence)):
        if (
            m.last_token <= c.trigger.first
            and m.first_token > 0
            and noun in (tokens[m.first_token - 1].lower, tokens[m.last_token - 1].lower)
        ):
            return new_org_evidence(name=org_name(ctx, m), source=ORG_FROM_SENTENCE)
    return None


def from_sentence(c: Candidate, facts: DocumentFacts, ctx: MatchContext) -> OrgEvidence | None:
    """Another organisation in the trigger's sentence (:func:`sentence_org`), not
    one that names no employer here (a credit line, a title's abbreviation); the
    body based in a town rather than the town."""
    name = sentence_org(ctx, c, facts.not_employers)
    if name is None:
        return None
    town, based = based_in(ctx, c.sentence, name)
    if town:
        name = based
    return new_org_evidence(name=name, source=ORG_FROM_SENTENCE) if name else None


def from_same_post(c: Candidate, facts: DocumentFacts, ctx: MatchContext) -> OrgEvidence | None:
    """A post the text gives a body elsewhere ("Harbor Police Chief X resigned
    ... Y will step in as interim police chief"): that body, where it is the only
    one the text gives that post. A one-word post ("chief", "director") is too
    common to tell."""
    if c.role is None:
        return None
    key = post_key(c.role)
    if " " not in key:
        return None
    org = facts.posts.get(key)
    # a title given elsewhere in the document, as a person's description is
    return OrgEvidence(name=org, source=ORG_FROM_DESCRIBED) if org else None


def from_jurisdiction(c: Candidate, facts: DocumentFacts, ctx: MatchContext) -> OrgEvidence | None:
    """A government post with no body named by it: the country or state whose
    government the text speaks of ("Ruritania's prime minister" elsewhere)."""
    if c.role and is_government_title(c.role) and facts.jurisdiction:
        # what the whole document tells, as the main organisation is
        return OrgEvidence(name=facts.jurisdiction, source=ORG_FROM_MAIN)
    return None


#: Heads of the posts of a company's or a club's own staff, which it reports on.
_OWN_STAFF_HEADS = frozenset(
    {"executive", "ceo", "cfo", "coo", "cto", "chairman", "chairwoman", "chair", "president",
     "director", "officer", "manager", "coach", "founder"}
)  # fmt: skip
#: Verbs of a body that tells the news of its own people ("Orbis said chief
#: executive X would leave").
_REPORTING = frozenset({"said", "says", "announced", "announces", "confirmed", "confirms"})


def from_reporter(c: Candidate, facts: DocumentFacts, ctx: MatchContext) -> OrgEvidence | None:
    """'Orbis said chief executive X would leave', 'Orbis said X will retire': the
    name that opens the sentence and reports a post of its own staff ("chief
    executive", "coach") or a change that names no post, where the name is
    nobody's (no person's surname), no news agency's, no place's, and no word of
    a time, a title or common speech. Else the body that frames the sentence
    (:func:`from_framing`: "At Orbis, X becomes COO")."""
    if c.role is not None and c.role.rsplit(" ", 1)[-1].lower() not in _OWN_STAFF_HEADS:
        return from_framing(c, facts, ctx)
    sent = ctx.sentences[c.sentence]
    tokens = ctx.tokens
    k = sent.first_token
    end = k
    while end < c.trigger.first and is_capitalised(tokens[end]):
        end += 1
    if end == k or end >= c.trigger.first or ctx.lowers[end] not in _REPORTING:
        return from_framing(c, facts, ctx)
    name = _body_name(c, facts, ctx, k, end)
    return new_org_evidence(name=name, source=ORG_FROM_SENTENCE) if name else None


def _body_name(
    c: Candidate, facts: DocumentFacts, ctx: MatchContext, k: int, end: int
) -> str | None:
    """The capitalised words ``tokens[k:end]`` as the name of a body the text does
    not otherwise know: no person's name or surname, no news agency, no place
    (``places.txt``, ``jurisdictions.txt``), no word of a time, a title or common
    speech."""
    if not unknown_body(ctx, c.sentence, k, end):
        return None
    name = ctx.span_text(k, end - 1)
    if (
        facts.kind(name) in BYSTANDER_KINDS
        or name.lower() in lexicon.words("news_organisations.txt")
        or is_place_name(name.lower().split())
        or name.lower() in lexicon.words("jurisdictions.txt")
        or _a_surname(ctx, name)
    ):
        return None  # "Reuters said ...", "Ruto said ..." of President William Ruto
    return name


#: The most words of a body's name that frames a sentence ("At Orbis, X becomes COO").
_FRAMING_WORDS = 4


def from_framing(c: Candidate, facts: DocumentFacts, ctx: MatchContext) -> OrgEvidence | None:
    """'At Orbis, Jane Roe becomes chief operating officer': the body named after
    "At" that opens the sentence, set off by a comma before the person, where the
    name is a body's (not a place's, a person's, a time's or a news agency's)."""
    sent = ctx.sentences[c.sentence]
    tokens = ctx.tokens
    k = sent.first_token
    if k + 2 >= c.person.np_first or ctx.lowers[k] != "at":
        return None
    end = k + 1
    while end < min(c.person.np_first, k + 1 + _FRAMING_WORDS) and is_capitalised(tokens[end]):
        end += 1
    if end == k + 1 or tokens[end].text != ",":
        return None
    name = _body_name(c, facts, ctx, k + 1, end)
    return new_org_evidence(name=name, source=ORG_FROM_SENTENCE) if name else None


def _a_surname(ctx: MatchContext, name: str) -> bool:
    """Whether ``name`` ends the name of a person the text names."""
    last = name.rsplit(" ", 1)[-1].lower()
    return any(
        ent.label is PERSON and ent.name.rsplit(" ", 1)[-1].lower() == last
        for ent in ctx.doc.entities
    )


def from_section(c: Candidate, facts: DocumentFacts, ctx: MatchContext) -> OrgEvidence | None:
    """The body the heading of the candidate's section names, in a round-up whose
    sections are headed by one ("Necsa" above "X was fired in May")."""
    name = facts.section_of(c.sentence) if facts.sections else None
    return new_org_evidence(name=name, source=ORG_FROM_MAIN) if name else None


def from_place(c: Candidate, facts: DocumentFacts, ctx: MatchContext) -> OrgEvidence | None:
    """A government post's state or country named where its sentence opens ("In
    Arizona, Secretary of State X announced ...": Arizona), in a round-up of
    places."""
    k = ctx.sentences[c.sentence].first_token
    # (the opening word first: most sentences open with no place)
    if ctx.lowers[k] not in _PLACE_OPENERS or not c.role or not is_government_title(c.role):
        return None
    for m in ctx.doc.mentions:
        if m.sentence == c.sentence and m.first_token == k + 1:
            if ctx.lowers[m.last_token] == "," and (
                m.org_kind is ORG_KIND_PLACE or m.text.lower() in lexicon.words("jurisdictions.txt")
            ):
                return new_org_evidence(name=m.text, source=ORG_FROM_SENTENCE)
            return None
    return None


#: Prepositions that open a sentence with the place it is about ("In Arizona, ...").
_PLACE_OPENERS = frozenset({"in", "across"})


def from_main(c: Candidate, facts: DocumentFacts, ctx: MatchContext) -> OrgEvidence | None:
    """The organisation the document is about; not a ministry of another field
    than a government post's ("Finance Minister X resigned" in a text whose only
    body is "the health ministry")."""
    main = facts.main
    if not main or (c.role and another_portfolio(c.role, main)):
        return None
    return new_org_evidence(name=main, source=ORG_FROM_MAIN)


#: Words that make an organisation the ministry of one field of a government.
_MINISTRY_WORDS = frozenset({"ministry", "department"})
#: Words of a post or a ministry that name no field ("Minister of State", "the
#: Department for ...").
_NO_FIELD = frozenset(
    {"ministry", "department", "minister", "secretary", "deputy", "assistant", "junior",
     "state", "cabinet", "federal", "national", "the", "of", "for", "and", "&",
     # rank and tenure: "permanent secretary", "acting minister", "new minister"
     "permanent", "principal", "chief", "senior", "acting", "interim", "caretaker",
     "new", "former", "outgoing", "incoming", "substantive", "designate"}
)  # fmt: skip


def another_portfolio(role: str, org: str) -> bool:
    """Whether ``org`` is a ministry of another field than the government post
    ``role`` names ("Finance Minister" and "the health ministry"; not "Health
    Minister", nor a post that names no field, "minister")."""
    low = org.lower()
    if "ministry" not in low and "department" not in low:
        return False  # (most organisations)
    org_words = set(low.replace("-", " ").split())
    if org_words.isdisjoint(_MINISTRY_WORDS) or not is_government_title(role):
        return False
    fields = set(role.lower().replace("-", " ").split()) - _NO_FIELD
    org_fields = org_words - _NO_FIELD
    return bool(fields) and bool(org_fields) and fields.isdisjoint(org_fields)


def generic_is_main(
    c: Candidate, chosen: OrgEvidence, facts: DocumentFacts, ctx: MatchContext
) -> str | None:
    """'the Board', 'the Company': the document's main organisation."""
    org = chosen.name
    return facts.main if org is None or is_generic(org) else org


def other_ministry(
    c: Candidate, chosen: OrgEvidence, facts: DocumentFacts, ctx: MatchContext
) -> str | None:
    """'X was named Minister for Health, and Y moved to the Ministry of Trade': a
    ministry of another field than the government post's (:func:`another_portfolio`)
    is no body of it, wherever it was found but in the post's own words. (The
    ``main`` resolver passes such a ministry by itself, so that ``jurisdiction``
    may still name the post's country; a filter can only drop it.)"""
    org = chosen.name
    if org is None or chosen.source is ORG_FROM_ROLE or not c.role:
        return org
    return None if another_portfolio(c.role, org) else org


#: "Board of Directors of X", "the board of trustees of X": the body is X.
_BOARD_OF = re.compile(
    r"(?:the\s+)?board(?:\s+of\s+(?:directors|trustees|regents|management))?\s+of\s+"
    r"(?!(?:directors|trustees|regents|management)\b)(?:the\s+)?",
    re.IGNORECASE,
)


def board_of(
    c: Candidate, chosen: OrgEvidence, facts: DocumentFacts, ctx: MatchContext
) -> str | None:
    """'The Board of Directors of Orbis Inc. announced the appointment of X': the
    board acts for its body, which is the post's."""
    org = chosen.name
    if org is None:
        return None
    if org[:1] not in "BbTt" or not org[:9].lower().startswith(("board", "the board")):
        return org  # (most organisations)
    m = _BOARD_OF.match(org)
    return org[m.end() :] if m is not None and m.end() < len(org) else org


def no_base(
    c: Candidate, chosen: OrgEvidence, facts: DocumentFacts, ctx: MatchContext
) -> str | None:
    """'Tulsa-based Ardent Pipelines': the body without where it is based."""
    org = chosen.name
    if not org:
        return None
    return org if "-" not in org else without_base(org)  # (most names: no hyphen, no call)


#: Where an organisation comes from when nothing ties it to the post: another in
#: the sentence, the document's main one.
_NEARBY = frozenset({ORG_FROM_SENTENCE, ORG_FROM_MAIN})


def party_gives_way(
    c: Candidate, chosen: OrgEvidence, facts: DocumentFacts, ctx: MatchContext
) -> str | None:
    """A government post belongs to the state, not to the party nor to "the
    Cabinet" nor to a lone name that names its holder ("Ruto named X as attorney
    general"): they give way to the country or state whose government the text
    speaks of, or to the government it names, or to none. A party or a cabinet
    only near a change with no post named gives way to that country too."""
    org = chosen.name
    if org is None:
        return None
    if chosen.source is ORG_FROM_ACTING_NAME and c.role is not None and is_government_title(c.role):
        # "Ruto named X as attorney general": a lone name that names a minister is
        # a head of government, not the post's body
        return facts.jurisdiction
    bare = org.lower().removeprefix("the ")
    if org not in facts.parties and bare not in GOVERNMENT_NOUNS:
        return org
    government_post = c.role is not None and is_government_title(c.role)
    only_nearby = c.role is None and chosen.source in _NEARBY and facts.jurisdiction
    if not (government_post or only_nearby):
        return org
    government = facts.government
    if government is not None and government.lower().removeprefix("the ") in GOVERNMENT_NOUNS:
        government = None  # "the Cabinet" alone names no government
    return facts.jurisdiction or government


def legislature_votes(
    c: Candidate, chosen: OrgEvidence, facts: DocumentFacts, ctx: MatchContext
) -> str | None:
    """'The Senate confirmed X as ambassador', 'Parliament approved the appointment
    of X as central bank governor': the body that votes is not the post's (unless
    the post is one of its own: "Parliament elected X as speaker")."""
    org = chosen.name
    if org is None:
        return None
    voting = c.type is NOMINATE or c.trigger.trigger.lemma == "confirm"
    if (
        (voting or (chosen.source in _ACTING and c.role is not None))
        and is_legislature(org)
        # (the house's own post asked last: the organisation is seldom a house)
        and (voting or (c.role is not None and not _house_post(c.role)))
        and not (c.role and org.lower() in c.role.lower())
    ):
        return None
    return org


#: Where a voting body stands when it acts on another body's post.
_ACTING = frozenset({ORG_FROM_AGENT, ORG_FROM_SENTENCE, ORG_FROM_ACTING_NAME})
#: Heads of the posts a legislature fills in itself.
_HOUSE_POSTS = frozenset({"speaker", "clerk", "whip", "chair", "chairman", "chairwoman"})


def _house_post(role: str) -> bool:
    """'speaker', 'deputy speaker', 'chief whip': a post of the house itself."""
    return not _HOUSE_POSTS.isdisjoint(role.lower().split())


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
        for step in self.resolvers:
            chosen = step.resolve(c, facts, ctx)
            if chosen is not None and chosen.name:
                break
        else:
            return None, None  # no resolver named one
        org: str | None = chosen.name
        seen = chosen  # (what each filter sees: the name chosen so far, where it came from)
        for f in self.filters:
            org = f.refine(c, seen, facts, ctx)
            if org is None:
                return None, None
            if org != seen.name:
                seen = new_org_evidence(name=org, source=chosen.source)
        return org, chosen.source


DEFAULT_POLICY = OrgPolicy(
    resolvers=(
        Resolver("evidence", from_evidence),
        Resolver("sentence", from_sentence),
        Resolver("reporter", from_reporter),
        Resolver("same_post", from_same_post),
        Resolver("section", from_section),
        Resolver("place", from_place),
        Resolver("main", from_main),
        Resolver("jurisdiction", from_jurisdiction),
    ),
    filters=(
        Filter("no_base", no_base),
        Filter("board_of", board_of),
        Filter("generic_is_main", generic_is_main),
        Filter("other_ministry", other_ministry),
        Filter("party_gives_way", party_gives_way),
        Filter("legislature_votes", legislature_votes),
    ),
)
