"""Settling: what the frames found, read together with the rest of the document.

A nomination takes the place of the START it is for; a succession's sides share
one post; an END with no post takes the person's description; a change that needs
a post and names none is dropped unless another telling named one; the person's
name, the organisation (through :class:`~.orgs.OrgPolicy`) and the confidence
are set.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from ... import lexicon
from ...candidates import Candidate, OrgEvidence, Rule
from ...members import (
    END,
    FORM_ING,
    FUTURE,
    MENTION_NAME,
    NOMINATE,
    ORG_FROM_DESCRIBED,
    ORG_FROM_GENERIC,
    ORG_FROM_SUCCESSION,
    PAST,
    PERSON,
    ROLE_FROM_CLAUSE,
    ROLE_FROM_DESCRIBED,
    ROLE_FROM_PERSON,
    ROLE_FROM_SUCCESSION,
    ROLE_FROM_TRIGGER,
    RULE_MUTUAL,
    RULE_NOUN,
    RULE_NOUN_TOLD,
    RULE_OBJECT,
    RULE_OBJECT_LIST,
    RULE_PASSIVE,
    RULE_SUBJECT,
    RULE_SUCCESSION,
    RULE_SUCCESSION_FROM,
    RULE_TITLE,
    START,
)
from ...model import Entity, EventType
from ...names import title_words
from .build import singular_post
from .context import MatchContext
from .facts import DocumentFacts, described_as, post_after_copula
from .policy import OrgPolicy
from .words import POST_NOUNS, SUCCESSION_WORDS

#: Confidence by rule, for a person named and for one referred to otherwise
#: (a pronoun, a description); a role found adds :data:`ROLE_BONUS`.
CONFIDENCE: dict[Rule, tuple[float, float]] = {
    RULE_SUBJECT: (0.8, 0.65),
    RULE_PASSIVE: (0.8, 0.65),
    RULE_OBJECT: (0.8, 0.8),
    RULE_OBJECT_LIST: (0.7, 0.7),
    RULE_SUCCESSION: (0.75, 0.7),
    RULE_SUCCESSION_FROM: (0.7, 0.7),
    RULE_NOUN: (0.6, 0.5),
    RULE_NOUN_TOLD: (0.6, 0.5),
    RULE_MUTUAL: (0.75, 0.6),
    RULE_TITLE: (0.6, 0.5),
}
ROLE_BONUS = 0.1


def confidence(c: Candidate) -> float:
    named, other = CONFIDENCE[c.rule]
    base = named if c.person.kind is MENTION_NAME else other
    score = (base + ROLE_BONUS) if c.role else base
    return score if score < 1.0 else 1.0  # (a test, not min(): no call)


def _tells_succession(ctx: MatchContext, si: int) -> bool:
    """'as her successor', 'to succeed him', 'installed X in his place': one takes
    the other's post."""
    if SUCCESSION_WORDS.isdisjoint(ctx.words) and "place" not in ctx.words:
        return False  # none of these words in the text
    sent = ctx.sentences[si]
    words = ctx.lowers[sent.first_token : sent.last_token]
    if not SUCCESSION_WORDS.isdisjoint(words):
        return True
    return "place" in words and any(
        words[i] == "in" and words[i + 1] in {"his", "her", "their"} and words[i + 2] == "place"
        for i in range(len(words) - 2)
    )


def _names_post(ctx: MatchContext, c: Candidate) -> bool:
    """'leave her post', 'departing his position': a post without a title, after the
    trigger or after its object ("relieved X of his duties")."""
    limit = ctx.sentences[c.sentence].last_token
    last = c.trigger.last
    if any(ctx.tokens[k].lower in POST_NOUNS for k in range(last, min(limit, last + 3))):
        return True
    after = c.person.np_last
    return c.person.first_token >= last and any(
        ctx.tokens[k].lower in POST_NOUNS for k in range(after, min(limit, after + 3))
    )


def _selection_nominates(c: Candidate, facts: DocumentFacts) -> bool:
    """A selection that the text says still waits for a vote: a nomination (never
    in a text that neither speaks of confirmation nor awaits it)."""
    trigger = c.trigger.trigger
    return (
        (trigger.nominates_if_confirmed and facts.speaks_of_confirmation)
        or (trigger.nominates_if_pending and facts.awaits_confirmation)
        # "X is set to head the ministry" among nominees still to be vetted
        or (
            facts.awaits_confirmation
            and c.type is START
            and c.status is FUTURE
            and c.rule is not RULE_TITLE
        )
    )


#: The words a title-case line may write in lower case.
_TITLE_CASE_SMALL = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to"}
)


def _headline_words(ctx: MatchContext, entity: Entity) -> bool:
    """'Orbis Bank Hires Investment Banker': a "person" named only in a title-case
    line, by words that open with no given name, is the line's words, not a name
    (a person of the headline is named again below it, or by a given name)."""
    mentions = ctx.doc.mentions
    si = mentions[entity.mentions[0]].sentence
    for i in entity.mentions:  # (loops, not any(): asked of every person)
        if mentions[i].sentence != si:
            return False  # (most people: named again)
    # (the given name before the sentence's words: one lookup a mention, where the
    # words are many and most people named once are named by a given name)
    given = lexicon.words("given_names.txt")
    lowers = ctx.lowers
    for i in entity.mentions:
        if lowers[mentions[i].first_token] in given:
            return False
    sent = ctx.sentences[si]
    for t in ctx.tokens[sent.first_token : sent.last_token]:
        if not (t.text[:1].isupper() or t.lower in _TITLE_CASE_SMALL or not t.text.isalpha()):
            return False  # (most sentences: a word in lower case)
    return True


def settle(
    ctx: MatchContext, facts: DocumentFacts, found: list[Candidate], policy: OrgPolicy
) -> list[Candidate]:
    """Candidates with their people, posts and organisations settled."""
    doc = ctx.doc
    facts = facts.with_main(found)
    by_sentence: dict[int, list[Candidate]] = {}
    # "put forward X to become chair": the START is what the nomination is for.
    nominated: dict[tuple[int, int | None], int] = {}
    # (a selection is a nomination only in a text that speaks of a vote: most do not,
    # and their candidates are not asked)
    selecting = facts.speaks_of_confirmation or facts.awaits_confirmation
    for c in found:
        by_sentence.setdefault(c.sentence, []).append(c)
        if c.type is NOMINATE or (selecting and _selection_nominates(c, facts)):
            key = (c.sentence, c.entity)
            nominated[key] = min(nominated.get(key, c.trigger.first), c.trigger.first)
    if nominated:
        found = [
            c
            for c in found
            if not (
                c.type is START
                and nominated.get((c.sentence, c.entity), c.trigger.first) < c.trigger.first
            )
        ]
    # "Nwosu will take office on July 1" continues a change the text told with its
    # post (:func:`_told_changes`: gathered when a change that names no post first
    # asks, which most texts' changes never do)
    told: set[tuple[int, EventType]] | None = None
    # The post each person takes or leaves where any telling names it (:func:`_posts_named`:
    # gathered when a side of a succession with no post first asks)
    posts: dict[tuple[int, EventType], Candidate] | None = None
    out: list[Candidate] = []
    tells: dict[int, bool] = {}
    # whether each entity is a person's, not a headline's words (asked once an
    # entity: most people have more than one candidate)
    people: dict[int, bool] = {}
    # the post and body each entity is described with (:func:`described_as`: asked
    # once an entity, as the entity's candidates come)
    descriptions: dict[int, tuple[str | None, str | None]] = {}
    for c in found:
        eid = c.person.entity  # (the entity property, read once: the copies keep the person)
        if eid is None:
            continue
        entity = doc.entities[eid]
        person = people.get(eid)
        if person is None:
            person = people[eid] = entity.label is PERSON and not _headline_words(ctx, entity)
        if not person:
            continue
        # (a tuple, extended where settling adds evidence: most candidates keep theirs)
        role, role_source, orgs = c.role, c.role_source, c.orgs
        if role is None:
            if c.sentence not in tells:
                tells[c.sentence] = _tells_succession(ctx, c.sentence)
            succession = tells[c.sentence]
            for other in by_sentence[c.sentence]:
                other_id = other.person.entity
                if other is c or other.type is c.type or other_id is None or other_id == eid:
                    continue  # the other side, someone else's post
                if not (succession or other.rule.succession or c.rule.succession):
                    continue
                if other.role:
                    post: Candidate | None = other
                else:
                    if posts is None:
                        posts = _posts_named(found)
                    post = posts.get((other_id, other.type))
                if post is not None and post.role:
                    role, role_source = post.role, ROLE_FROM_SUCCESSION
                    shared = _first_of(post.orgs, facts)
                    if shared:
                        orgs = (*orgs, OrgEvidence(name=shared, source=ORG_FROM_SUCCESSION))
                    break
                # "Director General X ... X succeeded Y in the role": the successor's
                # present title, told in another sentence, is the post Y left
                successor = c if c.type is START else other
                held = (
                    ctx.held_post(successor.person, current=True, elsewhere=True)
                    if c.rule.succession and successor.type is START
                    else None
                )
                if held is not None:
                    role, role_source = held[0], ROLE_FROM_SUCCESSION
                    break
            if role is None and (succession or c.rule.succession):
                if posts is None:
                    posts = _posts_named(found)
                left = _predecessor_post(ctx, c, by_sentence[c.sentence], posts, facts)
                if left is not None:
                    role, role_source = left[0], ROLE_FROM_SUCCESSION
                    if left[1]:
                        orgs = (*orgs, OrgEvidence(name=left[1], source=ORG_FROM_SUCCESSION))
        described = descriptions.get(eid)
        if described is None:
            described = descriptions[eid] = described_as(ctx, entity)
        described_role, described_org = described
        if (
            c.reason == "death"
            and c.role_source is not ROLE_FROM_CLAUSE
            and (ctx.left_before(c.person) or eid in facts.described_former)
        ):
            continue  # "X, the former CEO of Y, died": a death out of office ends no post
        if role is None and c.type is END:
            if described_role:
                role, role_source = described_role, ROLE_FROM_DESCRIBED
            if described_org:
                orgs = (*orgs, OrgEvidence(name=described_org, source=ORG_FROM_DESCRIBED))
        elif (
            described_org
            and c.type is not END
            and role is not None
            and described_org not in (c.person.title_org, c.person.appos_org)
            # ("former Caledonia Bank executive X": a body left, not the new post's)
            and eid not in facts.described_former
        ):
            # a START's post at the body the person is described at elsewhere (the
            # title the START's own mention carries is the post left behind)
            orgs = (*orgs, OrgEvidence(name=described_org, source=ORG_FROM_DESCRIBED))
        if (
            c.trigger.trigger.needs_post
            and not (role or _first_of(orgs, facts) or _names_post(ctx, c))
            and not (
                c.trigger.form is not FORM_ING and any(e.source is ORG_FROM_GENERIC for e in orgs)
            )
        ):
            if told is None:
                told = _told_changes(found, facts)
            if (eid, c.type) not in told and not _took_post_before(c, by_sentence[c.sentence]):
                # "died", "left" alone name no post, unless the text told one; "joined
                # the board", "left the club" name a body the text need not name (not
                # in a participle's background: "after leaving the bank, X wrote")
                continue
        if role is None and c.trigger.trigger.lemma in lexicon.words("titles.txt"):
            role, role_source = c.trigger.trigger.lemma, ROLE_FROM_TRIGGER
        kind, reason, status, tense = c.type, c.reason, c.status, c.tense_settled
        if c.trigger.trigger.pending_only and not facts.awaits_confirmation:
            if not _appointees_include(ctx, c):
                continue  # "the nominees include X as ..." is no change in other texts
            # "The new appointees include X as finance minister": appointed
            kind, reason = START, "appointment"
        if selecting and _selection_nominates(c, facts):
            kind, reason = NOMINATE, "nomination"
            if facts.awaits_confirmation:
                # the vote is ahead, the nomination is made: "X is set to head the
                # ministry", "those to be vetted include X"
                status, tense = PAST, True
        if not (
            kind is c.type
            and reason == c.reason
            and status is c.status
            and tense == c.tense_settled
            and role == c.role
            and role_source is c.role_source
            and orgs is c.orgs
            and entity.name == c.person_name
        ):  # (most candidates are settled as the frame made them: no copy)
            c = c.but(
                type=kind,
                reason=reason,
                status=status,
                tense_settled=tense,
                role=role,
                role_source=role_source,
                orgs=orgs,
                person_name=entity.name,  # before the policy: a resolver may read it
            )
        org, org_source = policy.resolve(c, facts, ctx)
        # the post without the organisation's name, in the singular (one copy: the
        # confidence reads only whether there is a post, which either has)
        bare = singular_post(_without_org(c.role, org)) if c.role else c.role
        out.append(c.settled(bare, org, org_source, confidence(c)))
    return _continuations(_ends_take_held_posts(_share_succession_org(out)))


def _posts_named(found: list[Candidate]) -> dict[tuple[int, EventType], Candidate]:
    """The first candidate of ``found`` that names a post, by entity and type: the
    post each person takes or leaves where any telling names it ("She replaces Y"
    after "appointed X as its director" hands Y the director's post)."""
    posts: dict[tuple[int, EventType], Candidate] = {}
    for c in found:
        entity_id = c.person.entity  # (the entity property, read without a call)
        if c.role and entity_id is not None:
            posts.setdefault((entity_id, c.type), c)
    return posts


def _told_changes(found: list[Candidate], facts: DocumentFacts) -> set[tuple[int, EventType]]:
    """The changes (entity, type) of ``found`` told with their post: a role, an
    organisation, or a trigger that needs no post ("Velt named X chief executive":
    "X will take office on July 1" continues it)."""
    return {
        (c.person.entity, c.type)
        for c in found
        if c.person.entity is not None
        and (c.role or not c.trigger.trigger.needs_post or _first_of(c.orgs, facts))
    }


def _without_org(role: str | None, org: str | None) -> str | None:
    """The post without the organisation's name it opens with, where the event
    names that organisation ("resigned as Orbis chairman": "chairman" of
    "Orbis"); ``role`` itself otherwise."""
    if not role or not org or len(role) <= len(org) + 1:
        return role
    if role[len(org)] != " " or role[: len(org)].lower() != org.lower():
        return role
    rest = role[len(org) + 1 :]
    words = rest.lower().split()
    if words[0] in _NOT_A_POST_OPENER or title_words().isdisjoint(words):
        return role  # "Presidential Chief of Staff" is no post "of Staff" of a body
    return rest


#: Words a post never opens with.
_NOT_A_POST_OPENER = frozenset({"of", "for", "to", "and", "&", "the", "at", "in"})


def _predecessor_post(
    ctx: MatchContext,
    c: Candidate,
    same: list[Candidate],
    posts: dict[tuple[int, EventType], Candidate],
    facts: DocumentFacts,
) -> tuple[str, str | None] | None:
    """For a START of a sentence of succession with no post, the post and body the
    other person of the sentence leaves: as an END of that person names it anywhere
    in the text ("X will step down as CFO. The company named Y as her successor":
    "her" is X), else as this sentence describes the person whose END it tells, by
    a title, an apposition or a copula ("X was CEO of Orbis until 2019, when she
    was replaced by Y"). Only a START borrows: the one replaced ends the post the
    successor takes."""
    if c.type is not START:
        return None
    eid = c.person.entity
    ending = {o.person.entity for o in same if o.type is END}
    for m in ctx.persons(c.sentence):
        other = m.entity
        if other is None or other == eid:
            continue
        told = posts.get((other, END))
        if told is not None and told.role:
            return told.role, _first_of(told.orgs, facts)
        if other in ending:
            described = _described_in(ctx, other, c.sentence)
            if described is not None:
                return described
    return None


def _described_in(ctx: MatchContext, entity: int, sentence: int) -> tuple[str, str | None] | None:
    """The post ``sentence`` gives a mention of ``entity``: its title, its
    apposition, or the post after a copula."""
    doc = ctx.doc
    for mi in doc.entities[entity].mentions:
        m = doc.mentions[mi]
        if m.sentence != sentence:
            continue
        if m.title or m.appos:
            return (m.appos or m.title or ""), (m.appos_org or m.title_org)
        post = post_after_copula(ctx, m)
        if post is not None and post[0]:
            return post[0], post[1]
    return None


def _first_of(orgs: Sequence[OrgEvidence], facts: DocumentFacts) -> str | None:
    """The organisation evidence names first (the document's main one for "the
    company")."""
    found = facts.first_evidence(orgs)
    return found.name if found is not None else None


def _continuations(cands: list[Candidate]) -> list[Candidate]:
    """A verb that, without its post, only dates a change told before ("Velt named
    X chief executive on Monday. She will start on Aug. 1"; ``Trigger.continues``)
    is kept where the person's START was told before it (deduplication then
    merges the two, with the time of the start), and dropped elsewhere ("X will
    start on Monday" alone tells no post)."""
    if not any(c.trigger.trigger.continues and c.role is None for c in cands):
        return cands  # (most texts)
    first_start: dict[int, tuple[int, int]] = {}
    for c in cands:
        if c.type is START and c.entity is not None and not c.trigger.trigger.continues:
            at = (c.sentence, c.trigger.first)
            first_start[c.entity] = min(first_start.get(c.entity, at), at)
    return [
        c
        for c in cands
        if not (c.trigger.trigger.continues and c.role is None)
        or (
            c.entity is not None
            and first_start.get(c.entity, (c.sentence + 1, 0)) < (c.sentence, c.trigger.first)
        )
    ]


#: Words of a subject that names people appointed ("the appointees include X as ..."),
#: and the nouns that do after "new" ("the new ministers include X as ...").
_APPOINTEES = frozenset({"appointees", "appointments", "newcomers"})
_NEW_PEOPLE = frozenset({"ministers", "members", "cabinet", "faces", "line-up", "lineup"})


def _appointees_include(ctx: MatchContext, c: Candidate) -> bool:
    """The clause before the trigger ("include") names people appointed: "The new
    appointees include X as ...", "The new ministers include X as ...", "Among the
    appointments: ..."."""
    lowers = ctx.lowers
    start = ctx.sentences[c.sentence].first_token
    before = lowers[start : c.trigger.first]
    return not _APPOINTEES.isdisjoint(before) or any(
        low == "new" and nxt in _NEW_PEOPLE for low, nxt in itertools.pairwise(before)
    )


def _took_post_before(c: Candidate, sentence: list[Candidate]) -> bool:
    """'X, who became chief executive of Orbis in 2019, will leave in June': a
    departure that names no post, after a start with a post, taken already, the same
    sentence tells of the same person: the start :func:`_ends_take_held_posts` then
    gives the departure its post (asked as it asks)."""
    if c.type is not END:
        return False
    eid = c.person.entity
    return any(
        s.type is START
        and s.role
        and s.status is PAST
        and s.person.entity == eid
        and s.trigger.first < c.trigger.first
        for s in sentence
    )


def _ends_take_held_posts(cands: list[Candidate]) -> list[Candidate]:
    """'X, who became chief executive of Orbis in 2019, resigned on Monday': a
    departure that names no post ends the one the text told the person took
    before (a resignation ends the posts the text says the person held): the
    post of the person's latest START told before it, taken already, at the same
    organisation or where the departure names none."""
    # (keyed by entity: a candidate with none finds no list)
    taken: dict[int | None, list[Candidate]] = {}
    for c in cands:
        # (``c.person.entity``: the entity property, read without a call)
        if c.type is START and c.role and c.status is PAST and c.person.entity is not None:
            taken.setdefault(c.person.entity, []).append(c)
    if not taken:
        return cands  # (most texts: no post taken before a departure)
    out = []
    for c in cands:
        held = taken.get(c.person.entity) if c.type is END and c.role is None else None
        if held:
            before = [
                s
                for s in held
                if (s.sentence, s.trigger.first) <= (c.sentence, c.trigger.first)
                and (c.org is None or s.org is None or s.org == c.org)
            ]
            if before:
                post = max(before, key=lambda s: (s.sentence, s.trigger.first))
                c = c.but(role=post.role, role_source=ROLE_FROM_PERSON, org=c.org or post.org)
        out.append(c)
    return out


def _share_succession_org(cands: list[Candidate]) -> list[Candidate]:
    """ "X replaces Y, who is leaving to teach at Z": one post, so one organisation:
    the END of a succession takes its START's."""
    sides: dict[tuple[int, int], list[int]] = {}
    for i, c in enumerate(cands):
        if c.rule.succession:
            sides.setdefault((c.sentence, c.trigger.first), []).append(i)
    if not sides:
        return cands  # no succession told
    by_sentence: dict[int, list[int]] = {}
    for i, c in enumerate(cands):
        by_sentence.setdefault(c.sentence, []).append(i)
    out = list(cands)
    for (si, _trigger), idxs in sides.items():
        for i in idxs:
            end = out[i]
            if end.type is not END:
                continue
            partner = next((out[j] for j in idxs if out[j].type is START), None) or next(
                (
                    out[j]
                    for j in by_sentence.get(si, ())
                    if out[j].type is START and out[j].role == end.role
                ),
                None,
            )
            if partner is not None and partner.org:
                out[i] = end.but(org=partner.org, org_source=ORG_FROM_SUCCESSION)
    return out
