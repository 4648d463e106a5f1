"""Organisations near a trigger: the evidence frames find (the role phrase, the
trigger's object or agent, the person's own title, another body in the sentence)
and what never counts as an employer by itself (places, time words, ticker notes,
generic nouns, confirming bodies). :mod:`.facts` holds what a document says of its
organisations, :mod:`.policy` the ordered steps that choose a post's one.
"""

from __future__ import annotations

from ... import lexicon
from ...candidates import Candidate, OrgEvidence, OrgSource
from ...model import EventType, Mention, OrgKind
from ...names import is_capitalised
from ..coref.words import title_modifiers, titles
from .arguments import after_aside, crosses_verb
from .context import MatchContext
from .words import AGENT_SKIP, BOARD_MEMBERS, GENERIC_ORGS


def org_name(ctx: MatchContext, m: Mention) -> str:
    """How an organisation mention is reported: its entity's name (a ticker or a
    short form stands for the full name coreference joined it to)."""
    return ctx.doc.entities[m.entity].name if m.entity is not None else m.text


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
            return OrgEvidence(name=org_name(ctx, m), source=OrgSource.OBJECT)
    j = k
    while j < limit and is_capitalised(tokens[j]):
        j += 1
    if j > k and not any(m.first_token == k for m in ctx.persons(si)):
        if all(t.lower in titles() or t.lower in title_modifiers() for t in tokens[k:j]):
            return None  # "became CEO", "was made Chief Operating Officer": a title
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
            return OrgEvidence(name=org_name(ctx, m), source=OrgSource.PASSIVE_AGENT)
    return None


def agent_org(ctx: MatchContext, si: int, first: int) -> OrgEvidence | None:
    """The organisation that acts: 'Quillon Therapeutics removed ...'; else a lone
    capitalised name that is nobody we know ("Chelsea have appointed")."""
    orgs = [m for m in ctx.orgs(si) if m.last_token <= first]
    if orgs and not crosses_verb(ctx, orgs[-1].last_token, first):
        return OrgEvidence(name=org_name(ctx, orgs[-1]), source=OrgSource.AGENT)
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
        if m.org_kind in BYSTANDER_KINDS:
            # "NEW YORK (Reuters) -", "told Jiji Press", "the AFL": no employer by
            # standing near (coreference gave the kind)
            continue
        return org_name(ctx, m)
    return None


# -- what the document says about its organisations -----------------------------------------


#: Kinds of organisation that stand near a post without being its employer: the
#: news agency quoting, the league a club plays in, the place a story is set in.
BYSTANDER_KINDS = frozenset({OrgKind.NEWS, OrgKind.LEAGUE, OrgKind.PLACE})


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
