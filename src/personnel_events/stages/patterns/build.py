"""Building a candidate from what a frame found: the role, the organisation
evidence in order (the role phrase's, the clause's, an END's own title), and the
status the words told."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence

from ... import lexicon
from ...candidates import (
    Candidate,
    Form,
    OrgEvidence,
    RoleSource,
    Rule,
    TriggerMatch,
    new_candidate,
    new_org_evidence,
)
from ...members import (
    END,
    FRAME_SUBJ,
    FUTURE,
    NOMINATE,
    ORG_FROM_OBJECT,
    ORG_FROM_PASSIVE_AGENT,
    ORG_FROM_PERSON,
    ORG_FROM_ROLE,
    ROLE_FROM_CLAUSE,
    ROLE_FROM_PERSON,
    ROLE_FROM_SUCCESSION,
    START,
)
from ...model import EventType, Mention, Status
from ...names import title_words
from ...roles import Role, split_posts
from .context import MatchContext
from .words import POST_WORDS


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
    role_source: RoleSource = ROLE_FROM_CLAUSE,
) -> Candidate:
    """A candidate with its organisation evidence in order: the role phrase's, the
    clause's, then (for an END) the person's own title or apposition, then
    ``later_orgs``. An END with no post named in the clause takes the person's own
    title or apposition ("Finance Minister X resigned")."""
    evidence: list[OrgEvidence] = []
    if isinstance(role, Role):
        role_text = role.text
        if role.org:
            evidence.append(new_org_evidence(name=role.org, source=ORG_FROM_ROLE))
    else:
        role_text = role
    for e in clause_orgs:  # (a loop: there are one or two)
        if e is not None:
            evidence.append(e)
    source: RoleSource | None = role_source if role_text else None
    if own_post and kind is END:
        own: tuple[str | None, ...]
        if role_text is None and person.title:
            role_text, source, own = person.title, ROLE_FROM_PERSON, (person.title_org,)
        elif role_text is None and person.appos:
            role_text, source, own = person.appos, ROLE_FROM_PERSON, (person.appos_org,)
        else:
            own = (person.title_org, person.appos_org)
        for o in own:  # (a loop, not a generator: there are one or two)
            if o:
                evidence.append(new_org_evidence(name=o, source=ORG_FROM_PERSON))
    if later_orgs:
        evidence += [e for e in later_orgs if e is not None]
    sent = ctx.sentences[si]
    if (
        match.trigger.in_effect
        and status is FUTURE
        and ctx.tokens[match.first - 1].lower in {"will", "'ll", "\u2019ll"}
    ):
        # "will no longer serve as": made as told; its time, if any, decides ("is
        # expected to no longer serve" is still to come)
        status = None
    return new_candidate(
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
        # the entity's name, as settling gives it (then it need not copy the candidate)
        person_name=ctx.doc.entities[person.entity].name if person.entity is not None else "",
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
    kind = match.trigger.type
    if len(people) == 1 and len(posts) == 1:
        # (most matches: one person, one post or none)
        return [
            make_candidate(ctx, match, si, kind, people[0], rule, posts[0], orgs, status,
                           later_orgs=later_orgs)
        ]  # fmt: skip
    found = [
        make_candidate(ctx, match, si, kind, m, rule, post, orgs, status, later_orgs=later_orgs)
        for m in people[:1]
        for post in posts
    ]
    if len(people) < 2:
        return found
    shared = _plural_title(people) if role is None and kind is END else None
    for m in people[1:]:
        if shared is not None and m.title is None and m.appos is None:
            # "Two ministers, X and Y, resigned": each listed person ends the post
            # the plural title before the list names (settling puts it in the singular)
            title, title_org = shared
            own = [new_org_evidence(name=title_org, source=ORG_FROM_PERSON)] if title_org else []
            found.append(
                make_candidate(
                    ctx,
                    match,
                    si,
                    END,
                    m,
                    rule,
                    title,
                    [*orgs, *own],
                    status,
                    later_orgs=later_orgs,
                    own_post=False,
                    role_source=ROLE_FROM_PERSON,
                )
            )
            continue
        found.extend(
            make_candidate(ctx, match, si, kind, m, rule, post, orgs, status, later_orgs=later_orgs)
            for post in posts
        )
    return found


def _plural_title(people: Sequence[Mention]) -> tuple[str, str | None] | None:
    """The title (and its body) written before a list of several people in the
    plural ("deputy secretaries X and Y", "two ministers, X and Y,"), which each of
    them holds; None where the first person's title is singular or there is none."""
    if len(people) < 2:
        return None
    title = people[0].title
    if not title or singular_post(title) == title:
        return None
    return title, people[0].title_org


def singular_post(role: str | None) -> str | None:
    """A post named in the plural for the several people who take it, in the
    singular each takes ("joined the board as independent directors": "independent
    director"); ``role`` itself where its last word is no plural of a title."""
    if not role or not role.endswith("s") or " of " in role:
        return role
    prefix, _, head = role.rpartition(" ")
    low = head.lower()
    titles = title_words()
    if low in titles:
        return role  # "boss", "chief of staff"'s own words
    if low.endswith("ies") and low[:-3] + "y" in titles:
        one = head[:-3] + "y"
    elif low[:-1] in titles:
        one = head[:-1]
    else:
        return role
    return f"{prefix} {one}" if prefix else one


#: How many sentences back a post told earlier is still the one "the job" means.
TOLD_POST_REACH = 3
#: Post nouns that refer back to a post told before ("take on the job").
_ANAPHORIC_POSTS = POST_WORDS | {"vacancy"}


def fill_told_posts(ctx: MatchContext, found: list[Candidate]) -> list[Candidate]:
    """Candidates whose clause names no post, given the post the text told just
    before: "Royal Mail has appointed a new chairman ... X will take on the job"
    (a definite post noun after the trigger); and "after the resignation of Y" in a
    story of a post being filled, where Y is given no title anywhere ("named X as
    acting managing director ... after the resignation of Y": Y's post, without
    the stand-in's qualifier). Before that, a START with no post takes the title
    the person is given elsewhere (:func:`_held_post_start`); after it, "X took
    over when Y left" gives Y the post X took (:func:`_left_when_taken`)."""
    # (``c.person.entity``: the entity property, read without a call)
    by_entity: dict[int | None, list[Candidate]] = {}
    for c in found:
        by_entity.setdefault(c.person.entity, []).append(c)
    # each candidate is compared only with the same person's (linear in the text)
    # (only a START with no post is looked at: _held_post_start's first test)
    found = [
        _held_post_start(ctx, c, by_entity[c.person.entity])
        if c.type is START and c.role is None
        else c
        for c in found
    ]
    # the posts told are gathered only for a change that refers back to one (most
    # texts have none: gathering reads the text for "new" and "next")
    asking = [
        i
        for i, c in enumerate(found)
        if c.role is None and (_names_post_back(ctx, c) or _vacated(ctx, c))
    ]
    told = _told_posts(ctx, found) if asking else []
    for i in asking if told else ():
        c = found[i]
        post = _nearest_post(ctx, told, c)
        if post is not None and not (post[2] == c.entity and post[3] is c.type):
            # (a post the same person's change told is that change, told again:
            # "appointed X as director ... X will take up the post in September")
            role, orgs = post[0], post[1]
            if c.type is END:
                role = _without_stand_in(role)
            found[i] = c.but(role=role, role_source=ROLE_FROM_SUCCESSION, orgs=(*c.orgs, *orgs))
    by_sentence: dict[int, list[Candidate]] = {}
    for c in found:
        by_sentence.setdefault(c.sentence, []).append(c)
    # (only an END with no post is looked at: _left_when_taken's first test; it takes
    # the post of a START, which is among the posts told)
    return [
        _left_when_taken(ctx, c, by_sentence[c.sentence]) if c.type is END and c.role is None else c
        for c in found
    ]


_Told = tuple[int, str, tuple[OrgEvidence, ...], int | None, EventType | None]


def _told_posts(ctx: MatchContext, found: list[Candidate]) -> list[_Told]:
    """The posts the text tells as being filled, by token: the roles of START
    candidates, and a role after "new" or "next" with no one in it ("appointed a
    new chairman", "searching for a new managing director")."""
    posts: list[_Told] = [
        (c.trigger.first, c.role, c.orgs, c.entity, c.type)
        for c in found
        if c.role and c.type is not END
    ]
    # (a word the text lacks is not looked for)
    wanted = tuple(w for w in ("new", "next") if w in ctx.words)
    for k in _positions(ctx.lowers, ctx.joined, wanted) if wanted else ():
        si = ctx.sentence_at(k)
        if si is None:
            continue
        sent = ctx.sentences[si]
        if k >= sent.last_token - 1:
            continue
        role = ctx.role_after(k + 1, sent.last_token)
        if role is None or not role.text:
            continue
        if any(role.first <= m.first_token < role.last + 1 for m in ctx.persons(si)):
            continue  # "new CEO X": a person's title, told by its own candidate
        orgs = (new_org_evidence(name=role.org, source=ORG_FROM_ROLE),) if role.org else ()
        posts.append((k, role.text, orgs, None, None))
    return sorted(posts, key=lambda p: p[0])


def _positions(words: list[str], joined: str, wanted: tuple[str, ...]) -> list[int]:
    """Where any of ``wanted`` stands in ``words``, in order; ``joined`` is ``words``
    joined by spaces. Where no word holds a space, the words are found in
    ``joined`` and counted by the spaces before them (a search of a string, many
    times faster than comparing each word)."""
    out: list[int] = []
    if joined.count(" ") == len(words) - 1:  # (no word holds a space)
        padded = f" {joined} "
        for word in wanted:
            needle = f" {word} "
            at = padded.find(needle)
            counted, spaces = 0, 0  # the spaces before ``counted``, counted on from there
            while at >= 0:
                spaces += padded.count(" ", counted, at + 1)
                counted = at + 1
                out.append(spaces - 1)
                at = padded.find(needle, at + len(word) + 1)
        return sorted(out)
    for word in wanted:
        k = -1
        try:
            while True:
                k = words.index(word, k + 1)
                out.append(k)
        except ValueError:
            pass
    return sorted(out)


def _nearest_post(
    ctx: MatchContext, told: list[_Told], c: Candidate
) -> tuple[str, tuple[OrgEvidence, ...], int | None, EventType | None] | None:
    first_sentence = ctx.sentences[max(0, c.sentence - TOLD_POST_REACH)].first_token
    # the last post told before the trigger (``told`` is in token order)
    i = bisect.bisect_left(told, c.trigger.first, key=lambda p: p[0]) - 1
    if i < 0 or told[i][0] < first_sentence:
        return None
    _, role, orgs, entity, kind = told[i]
    return role, orgs, entity, kind


def _names_post_back(ctx: MatchContext, c: Candidate) -> bool:
    """'take on the job', 'stepped into the position', 'assumed the post': a
    definite post noun right after the trigger."""
    limit = ctx.sentences[c.sentence].last_token
    k = c.trigger.last
    tokens = ctx.tokens
    return (
        k + 1 < limit
        and tokens[k].lower in {"the", "this", "that"}
        and tokens[k + 1].lower in _ANAPHORIC_POSTS
    )


def _vacated(ctx: MatchContext, c: Candidate) -> bool:
    """'(after) the resignation of Y' for a Y the text gives no title: the post
    being filled is the one Y left."""
    return (
        c.type is END
        and c.rule.noun
        and ctx.tokens[c.trigger.last].lower == "of"
        and ctx.held_post(c.person, current=False) is None
    )


def _without_stand_in(role: str) -> str:
    """'acting managing director' -> 'managing director': the post the stand-in
    holds for the one who left it."""
    words = role.split()
    while len(words) > 1 and words[0].lower() in lexicon.words("stand_in_words.txt"):
        words = words[1:]
    return " ".join(words)


#: Evidence that a START's own clause names its body ("joined Beta", "was hired
#: by Zeta Bank"): maybe another post than the title told elsewhere.
_OWN_BODY = frozenset({ORG_FROM_OBJECT, ORG_FROM_PASSIVE_AGENT, ORG_FROM_ROLE})


def _held_post_start(ctx: MatchContext, c: Candidate, found: list[Candidate]) -> Candidate:
    """A START that names no post takes the post the text gives the person with a
    title (``found`` holds at least the candidates of the same person), unless as
    a post of the past: "Commissioner X ... the governor appointed X in 2005",
    "SCARBOROUGH manager X ... X, who took over when Y left". Not a
    side of a succession (the other side tells the post), not where the person's
    start is told again (settling and dedupe join the tellings), not where the
    clause names a body of its own, not a trigger that needs a post of its own
    ("X returned"), not a post the person left before the start."""
    trig = c.trigger.trigger
    entity = c.person.entity  # (the entity property, read without a call)
    if (
        c.type is not START
        or c.role is not None
        or c.rule.succession
        or trig.needs_role
        or any(o.type is c.type and o is not c and o.person.entity == entity for o in found)
        or any(e.name and e.source in _OWN_BODY for e in c.orgs)
    ):
        return c  # ("X was hired by Zeta Bank": a body of its own, maybe another post)
    # ("assumed office on Monday": the words after the verb are those of its row)
    own = _own_title_taken(ctx, c, found)
    if own is not None:
        return own
    if trig.needs_post and not _bare_start(ctx, c):
        return c
    held = ctx.held_post(c.person, current=True, own=False)
    if held is None:
        return c
    title, org = held
    start_year = _year_told(ctx, c.sentence)
    for o in found:
        if o.person.entity != entity or o.type is not END or o.role != title:
            continue
        end_year = _year_told(ctx, o.sentence)
        if start_year is not None and end_year is not None and start_year > end_year:
            return c  # "fired as CEO in May 2022 ... hired in June 2023": another post
    orgs = (new_org_evidence(name=org, source=ORG_FROM_PERSON),) if org else ()
    return c.but(role=title, role_source=ROLE_FROM_PERSON, orgs=(*c.orgs, *orgs))


@functools.cache
def _own_title_starts() -> tuple[tuple[tuple[str, ...], str], ...]:
    """(the words of a trigger phrase, where a start takes the subject's own title:
    "any" or "relative") from ``data/own_title_starts.tsv``; a phrase may go on
    past its trigger's lemma ("assume office": "assume" followed by "office")."""
    return tuple(
        (tuple(row[0].lower().split()), row[1]) for row in lexicon.table("own_title_starts.tsv")
    )


@functools.cache
def _own_title_rows(lemma: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    """The rows of :func:`_own_title_starts` that open with the words of ``lemma``:
    the words after them, and where the title is."""
    words = tuple(lemma.split())
    n = len(words)
    return tuple((row[n:], where) for row, where in _own_title_starts() if row[:n] == words)


def _own_title_where(ctx: MatchContext, c: Candidate) -> str | None:
    """Where the trigger of ``c`` takes the subject's own title: the row of
    :func:`_own_title_starts` that opens with its lemma and whose other words
    follow it; None where no row does."""
    last = c.trigger.last
    for after, where in _own_title_rows(c.trigger.trigger.lemma):
        if tuple(ctx.lowers[last : last + len(after)]) == after:
            return where
    return None


#: Suffixes of a title not yet held: the post without them is the one taken.
_TO_COME = ("-elect", "-designate")


def _own_title_taken(ctx: MatchContext, c: Candidate, found: list[Candidate]) -> Candidate | None:
    """``c`` with the post the subject's own title names, where the verb means
    taking that post (``data/own_title_starts.tsv``): "Health Minister X took
    office on Monday", "Orbis CEO X, who took over in January," (a relative clause
    right after the name), "Governor-elect X takes office in January" ("Governor";
    a post still to come: a start not told in the past is future). Not a title
    marked past ("former"), not a person the text nominates (a nominee takes
    office once confirmed)."""
    where = _own_title_where(ctx, c)
    person = c.person
    if where is None or not person.title:
        return None
    if where == "relative" and not _relative_after(ctx, person, c.trigger.first):
        return None
    if ctx.held_post(person, current=True) != (person.title, person.title_org):
        return None  # "former CEO X", "outgoing CEO X": a title marked past
    if any(o.entity == c.entity and o.type is NOMINATE for o in found):
        return None
    title = person.title
    org = person.title_org
    orgs = (new_org_evidence(name=org, source=ORG_FROM_PERSON),) if org else ()
    c = c.but(role=title, role_source=ROLE_FROM_PERSON, orgs=(*c.orgs, *orgs))
    for suffix in _TO_COME:
        if title.lower().endswith(suffix):
            c = c.but(role=title[: -len(suffix)])
            if c.trigger.form is not Form.PAST:
                c = c.but(status=FUTURE, tense_settled=True)
    return c


#: The most words between a titled name's comma and the verb of its relative
#: clause ("X, who only took over").
_RELATIVE_REACH = 4


def _relative_after(ctx: MatchContext, person: Mention, first: int) -> bool:
    """'Orbis CEO X, who took over in January,': the trigger at ``first`` is in a
    relative clause right after the person's name."""
    k = person.np_last
    tokens = ctx.tokens
    return (
        k + 1 < first <= k + _RELATIVE_REACH
        and tokens[k].text == ","
        and tokens[k + 1].lower == "who"
    )


#: Words right after a bare start ("X, who took charge in August", "since joining
#: in 2016", "took office last year"): the time, not an object.
_BARE_NEXT = frozenset({",", ".", ";", "last", "earlier", "this", "when", "after", "until"})


def _bare_start(ctx: MatchContext, c: Candidate) -> bool:
    """A subject's START told with no object, only a time ("who took charge in
    August 2008", "since joining in 2016"): the post is the one the text gives the
    person (a post-needing verb with an object names its own: "joined the call")."""
    if c.trigger.trigger.frame is not FRAME_SUBJ:
        return False
    tokens = ctx.tokens
    k = c.trigger.last
    limit = ctx.sentences[c.sentence].last_token
    if k >= limit:
        return True
    low = tokens[k].lower
    if low in _BARE_NEXT:
        return True
    return (
        low in {"in", "on"}
        and k + 1 < limit
        and (tokens[k + 1].text.isdigit() or tokens[k + 1].lower in lexicon.words("time_words.txt"))
    )


def _year_told(ctx: MatchContext, si: int) -> int | None:
    """The latest year written in a sentence ("in October 2005"), if any."""
    sent = ctx.sentences[si]
    years = [
        int(t.text)
        for t in ctx.tokens[sent.first_token : sent.last_token]
        if len(t.text) == 4 and t.text.isdigit() and 1800 < int(t.text) < 2200
    ]
    return max(years) if years else None


#: Words that open the clause of the one who left: "X took over when Y left".
_LEAVING_CLAUSE = frozenset({"when", "after", "following", "once"})


def _left_when_taken(ctx: MatchContext, c: Candidate, found: list[Candidate]) -> Candidate:
    """'X, who took over (as manager) when Y left': Y leaves the post X takes, told
    by a START earlier in the sentence, with "when" or "after" between (``found``
    holds at least the candidates of the same sentence)."""
    if c.type is not END or c.role is not None:
        return c
    for o in found:
        if (
            o.sentence != c.sentence
            or o.type is not START
            or not o.role
            or o.entity == c.entity
            or not o.trigger.last <= c.person.np_first
        ):
            continue
        between = ctx.lowers[o.trigger.last : c.person.np_first]
        if len(between) <= 8 and not _LEAVING_CLAUSE.isdisjoint(between):
            return c.but(role=o.role, role_source=ROLE_FROM_SUCCESSION, orgs=(*c.orgs, *o.orgs))
    return c
