"""The verb frames where a trigger verb's person is its subject, its object or
the subject of its passive (both sides of a succession and either side of
"with" are in :mod:`.succession`), with the post named after it and the
evidence of its organisation. Each takes a trigger match and
returns the candidates it tells (or none); :mod:`.registry` maps frames to them."""

from __future__ import annotations

import functools

import attrs

from ... import lexicon
from ...candidates import (
    Candidate,
    OrgEvidence,
    Rule,
    Trigger,
    TriggerMatch,
)
from ...members import (
    END,
    FORM_BASE,
    FORM_ING,
    FORM_PAST,
    FORM_S,
    FUTURE,
    MENTION_NAME,
    MENTION_PRONOUN,
    ORG_FROM_PERSON,
    ORG_KIND_PUBLIC_BODY,
    PAST,
    RULE_OBJECT,
    RULE_OBJECT_LIST,
    RULE_PASSIVE,
    RULE_SUBJECT,
    RULE_SUCCESSION_FROM,
    START,
)
from ...modality import is_passive, status_of
from ...model import Mention, Status
from ...names import appointing_verbs, succeeding_verbs, taking_verbs
from ...roles import Role, is_role_word
from .appositions import titled_apposition
from .arguments import (
    dep_people,
    inverted_subject,
    is_determiner,
    list_lead,
    listed_person,
    object_people,
    opens_inverted,
    participle_subject,
    subject_people,
    whom_object,
)
from .build import make_candidate, make_each
from .context import MatchContext
from .facts import DocumentFacts
from .gates import blocked, effects_before, governing_effects
from .orgs import (
    DEPARTMENT_HEADS,
    agent_org,
    joined_org,
    lowercase_ministry,
    object_org,
    passive_agent_org,
)
from .posts import after_aside, role_after_trigger, tenure_post
from .senses import named_for_other, object_not_charge, takes_own_place
from .words import (
    BE_FORMS,
    COUNT_WORDS,
    MOVE_ON,
    OBJECT_LEAD,
    POST_NOUNS,
    SELECTION_UNITS,
    SUBORDINATORS,
)

#: Verbs of running a body after a departure ("left Acme to run Orbis"): the
#: departure's person takes charge of that body.
_RUN = frozenset({"run", "lead"})


def _left_to_run(
    ctx: MatchContext, si: int, match: TriggerMatch, people: list[Mention], status: Status | None
) -> list[Candidate]:
    """'X left Acme last year to run Orbis', 'quit the bank to lead Y': a START at
    the body run, from the "to" within :data:`FROM_REACH` words of the departure,
    in its clause (not "left to run for office": no body)."""
    last = match.last
    if _RUN.isdisjoint(ctx.lowers[last + 1 : last + FROM_REACH + 1]):
        return []  # no verb of running the loop below could read (most departures)
    limit = ctx.sentences[si].last_token
    for k in range(last, min(limit - 2, last + FROM_REACH)):
        low = ctx.lowers[k]
        if low in _FROM_STOPS:
            return []
        if low == "to" and ctx.lowers[k + 1] in _RUN:
            body = object_org(ctx, si, k + 2)
            if body is None:
                return []
            trig = attrs.evolve(match.trigger, type=START, reason="appointment", needs_post=False)
            started = attrs.evolve(match, trigger=trig)
            return make_each(ctx, started, si, people, RULE_SUBJECT, None, [body], status)
    return []


#: How many words (the body of the post, a time) may stand between a taking over
#: and the "from" of the one it is taken from.
FROM_REACH = 8
#: Words that end the clause of a taking over before its "from".
_FROM_STOPS = frozenset(
    {",", ";", ":", "and", "but", "who", "which", "that", "after", "before", "when", "while"}
)


def _from_ahead(ctx: MatchContext, k: int, limit: int) -> int:
    """The "from" of "took over as CEO of Orbis in January from Y" within
    :data:`FROM_REACH` words of ``k`` in the clause, or ``k``."""
    for j in range(k, min(limit, k + FROM_REACH)):
        low = ctx.lowers[j]
        if low == "from":
            return j
        if low in _FROM_STOPS:
            break
    return k


def subject_frame(
    ctx: MatchContext, facts: DocumentFacts, si: int, match: TriggerMatch
) -> list[Candidate]:
    """'X resigned', 'X will join Acme as CTO', 'X takes over from Y'."""
    first, last = match.first, match.last
    if _attributive(ctx, si, match):
        return []  # "succeeds retired army general X": a description, no change of its own
    if match.trigger.needs_role:
        moved = _moved_to_department(ctx, facts, si, match)
        if moved:
            return moved
    people = subject_people(ctx, si, first)
    inverted = -1
    if not people and match.form is FORM_ING:
        people = participle_subject(ctx, si, first)
        if not people:
            # "Joining Orbis as head of credit is X", "Taking over will be X"
            people, inverted = inverted_subject(ctx, si, first)
    if not people or (match.trigger.headline and people[-1].np_last != first):
        return []  # "Coach X out at Eastfield": the headline's person stands right before
    if takes_own_place(ctx, si, match, people) or _post_participle(ctx, si, match):
        return []  # "took her place at the table"; "the seat being vacated next year"
    effects = (
        effects_before(ctx, si, people[-1].np_last, first)
        if inverted < 0
        else effects_before(ctx, si, inverted, inverted + 2)  # "will be X"
    )
    if match.form is FORM_BASE and ctx.tokens[first - 1].lower == "to":
        # "called on X to resign", "urged X to step down": the verb before the person
        # governs the infinitive.
        effects |= governing_effects(ctx, si, people[0].np_first)
    if blocked(effects):
        return []
    trig = match.trigger
    sent = ctx.sentences[si]
    status = status_of(effects, match.form, ctx.tokens, sent.first_token, first)
    role = role_after_trigger(ctx, si, last)
    if role is None and trig.type is END:
        role = tenure_post(ctx, si, last)  # "stepped down after 12 years as CEO"
    if role is None and trig.needs_role and not _stands_for_post(ctx, si, trig, last):
        return []  # (as below, before the object is read)
    continuing = role is None and trig.continues and _time_next(ctx, si, last)
    if continuing and status is None and match.form in _PRESENT:
        status = FUTURE  # "She starts on Monday": a start told ahead, the next Monday
    if not continuing and object_not_charge(ctx, si, last, role):
        return []  # "took over the kitchen", "joined the protest": not a post or a body
    if role is not None and trig.type is END and _next_post(ctx, last, role.first):
        role = None  # "is leaving to become CEO of Y": the post after "to" is the next one
    if (
        trig.type is END
        and trig.needs_post
        and last + 1 < sent.last_token
        and ctx.tokens[last].lower == "to"
        and ctx.tokens[last + 1].lower in MOVE_ON
    ):
        # "is leaving to become CEO of Y": a departure for a post elsewhere leaves one
        trig = attrs.evolve(trig, needs_post=False)
        match = attrs.evolve(match, trigger=trig)
    if trig.needs_role and role is None and not _stands_for_post(ctx, si, trig, last):
        return []
    obj: OrgEvidence | None = None
    if role is None or role.org is None:
        # ("moved from Acme to Orbis": a start joins the body after "to")
        obj = joined_org(ctx, si, last) if trig.type is START else object_org(ctx, si, last)
        if role is None and obj is not None and obj.name in facts.parties:
            return []  # "would leave the FDP", "joined the Labour Party": membership
    moved_to = (
        _from_department(ctx, si, last)
        if role is None and trig.needs_role and trig.type is START
        else None
    )
    if moved_to is not None:
        obj = object_org(ctx, si, moved_to)  # (a ministry in lower case is no org mention)
    found = make_each(ctx, match, si, people, RULE_SUBJECT, role, [obj], status)
    if moved_to is not None and found:
        # "moves from the finance ministry to the foreign ministry": the one after
        # "from" is left
        found += _left_department(ctx, match, si, people, RULE_SUBJECT, last, status)
    elif found and role is None and trig.needs_role and _to_department(ctx, si, last):
        # "Economy minister X moves to the finance ministry": the post of X's title,
        # a portfolio's, is left for the department (a title of no portfolio may be
        # held in the new one: "Permanent Secretary X was moved to the ministry")
        portfolios = lexicon.words("portfolios.txt")
        found += [
            make_candidate(ctx, match, si, END, m, RULE_SUBJECT, m.title, [], status)
            for m in people
            if m.title and not portfolios.isdisjoint(m.title.lower().split())
        ]
    if trig.type is END and found and "to" in ctx.words and not _RUN.isdisjoint(ctx.words):
        # (no "run" nor "lead" in the text, no body run: most departures)
        found += _left_to_run(ctx, si, match, people, status)
    # "takes over from Y": Y ends the post.
    # (only a "from" after the trigger in its sentence can be the one read below:
    # most sentences have none, and the words up to it are then not read)
    if trig.type is START and found and "from" in ctx.lowers[last : sent.last_token]:
        nxt = last
        while nxt < sent.last_token and (
            ctx.tokens[nxt].lower in {"as", "the", "his", "her", "their", "its"}
            or ctx.tokens[nxt].lower in POST_NOUNS
            or is_role_word(ctx.tokens[nxt])
        ):
            nxt += 1  # "takes over (as chief executive | the position) from Y"
        nxt = _from_ahead(ctx, nxt, sent.last_token)
        if nxt < sent.last_token and ctx.tokens[nxt].lower == "from":
            head = found[0]
            for y in object_people(ctx, si, nxt + 1):
                found.append(
                    make_candidate(
                        ctx,
                        match,
                        si,
                        END,
                        y,
                        RULE_SUCCESSION_FROM,
                        head.role or y.title or y.appos,
                        [
                            *head.orgs,
                            OrgEvidence(name=y.title_org or y.appos_org, source=ORG_FROM_PERSON)
                            if y.title_org or y.appos_org
                            else None,
                        ],
                        status,
                        own_post=False,
                    )
                )
    return found


def _attributive(ctx: MatchContext, si: int, match: TriggerMatch) -> bool:
    """A past participle between another verb of change and a title ("succeeds
    retired army general X", "named former... "): it describes the person after
    it, it tells no change of its own."""
    first = match.first
    if (
        match.form is not FORM_PAST
        or first <= ctx.sentences[si].first_token
        or match.last >= ctx.sentences[si].last_token
        or not is_role_word(ctx.tokens[match.last])
    ):
        return False
    return ctx.lowers[first - 1] in _verbs_of_change()


@functools.cache
def _verbs_of_change() -> frozenset[str]:
    """The one-word forms of the verbs that appoint, take or succeed to a post."""
    return appointing_verbs() | taking_verbs() | succeeding_verbs()


def _stands_for_post(ctx: MatchContext, si: int, trig: Trigger, last: int) -> bool:
    """What stands for the role a verb needs: a department after "to" ("moves to
    the education ministry"), or for a verb that may only date a change told
    before (``Trigger.continues``), a time right after it ("She will start on
    Aug. 1", "starts work in September"; settling keeps it only after such a
    change)."""
    return (
        _to_department(ctx, si, last)
        or _from_department(ctx, si, last) is not None
        or (trig.continues and _time_next(ctx, si, last))
    )


def _from_department(ctx: MatchContext, si: int, last: int) -> int | None:
    """'moves from the finance ministry to the Ministry of Defence': a department
    after "from" and one after the "to" that follows it; where that "to" stands."""
    if last >= ctx.sentences[si].last_token or ctx.lowers[last] != "from":
        return None
    to = _past_from(ctx, si, last)
    if to == last or not _department_at(ctx, si, last + 1, to) or not _to_department(ctx, si, to):
        return None
    return to


#: The present forms of a verb ("start", "starts").
_PRESENT = frozenset({FORM_BASE, FORM_S})
#: Words between a verb of starting and its time ("will start work on Monday").
_WORK_WORDS = frozenset({"work", "duties", "there", "officially", "formally"})
#: Words that open a time after a verb ("on Aug. 1", "next month", "in the spring").
_TIME_OPENERS = frozenset({"on", "in", "from", "next", "this", "early", "later", "the"})
#: Periods a time names besides days and months ("next week", "in the spring").
_PERIODS = frozenset(
    {"week", "month", "year", "weekend", "spring", "summer", "autumn", "fall", "winter",
     "quarter", "today", "tomorrow", "immediately"}
)  # fmt: skip


def _time_next(ctx: MatchContext, si: int, last: int) -> bool:
    """A time right after the verb ("on Aug. 1", "in September", "next month",
    "Monday"), or the clause ends there ("He starts next week." / "when she
    starts,")."""
    limit = ctx.sentences[si].last_token
    lowers = ctx.lowers
    k = last
    while k < limit and lowers[k] in _WORK_WORDS:
        k += 1
    if k >= limit or lowers[k] in {",", ".", ";"}:
        return True
    times = lexicon.words("time_words.txt") | _PERIODS
    while k < limit and lowers[k] in _TIME_OPENERS:
        k += 1
    return k < limit and (lowers[k] in times or ctx.tokens[k].text[:1].isdigit())


def _moved_to_department(
    ctx: MatchContext, facts: DocumentFacts, si: int, match: TriggerMatch
) -> list[Candidate]:
    """'The reshuffle moved X to the commerce ministry', 'moved X from the interior
    ministry to the Ministry of Defence': the one moved by another starts at the
    department after "to" (a verb such as "move" that needs a role otherwise)."""
    last = match.last
    if "to" not in ctx.lowers[last + 1 : ctx.sentences[si].last_token]:
        return []  # (the "to" stands past the people, who stand after the verb)
    people = object_people(ctx, si, last)
    if not people:
        return []
    to = _past_from(ctx, si, people[-1].np_last)
    if not _to_department(ctx, si, to):
        return []
    sent = ctx.sentences[si]
    effects = effects_before(ctx, si, match.first - 6, match.first)
    if blocked(effects):
        return []
    status = status_of(effects, match.form, ctx.tokens, sent.first_token, match.first)
    body = object_org(ctx, si, to)
    found = make_each(ctx, match, si, people, RULE_OBJECT, None, [body], status)
    left = people[-1].np_last
    if to > left and ctx.lowers[left] == "from" and _department_at(ctx, si, left + 1, to):
        # "moved X from the interior ministry to ...": X leaves the one after "from"
        found += _left_department(ctx, match, si, people, RULE_OBJECT, left, status)
    return found


def _left_department(
    ctx: MatchContext,
    match: TriggerMatch,
    si: int,
    people: list[Mention],
    rule: Rule,
    at: int,
    status: Status | None,
) -> list[Candidate]:
    """The END of each person moved away from the department after the "from" at
    ``at`` ("moved X from the interior ministry to ...", "X moves from the Home
    Office to the Foreign Office")."""
    left = object_org(ctx, si, at)
    return [make_candidate(ctx, match, si, END, m, rule, None, [left], status) for m in people]


def _past_from(ctx: MatchContext, si: int, k: int) -> int:
    """Past a "from" phrase of a department at ``k`` ("from the Interior ministry
    to Defence"): where "to" may stand."""
    limit = min(ctx.sentences[si].last_token, k + 8)
    if k < limit and ctx.lowers[k] == "from":
        for j in range(k + 1, limit):
            if ctx.lowers[j] == "to":
                return j
    return k


def _department_at(ctx: MatchContext, si: int, k: int, limit: int) -> bool:
    """A department of government is named at ``tokens[k]`` before ``limit``: "the
    Ministry of Health", or a ministry's name with its head in lower case (:func:`
    .orgs.lowercase_ministry`: "the education ministry"; not "a new department", "the
    ministry's offices")."""
    lowers = ctx.lowers
    if k < limit and lowers[k] == "the":
        k += 1
    elif k < limit and lowers[k] in {"a", "an"}:
        return False  # "moved to a new department": no body named
    if k + 1 < limit and lowers[k] in DEPARTMENT_HEADS and lowers[k + 1] == "of":
        return True
    if any(
        m.first_token == k and m.last_token <= limit and m.org_kind is ORG_KIND_PUBLIC_BODY
        for m in ctx.orgs(si)
    ):
        return True  # "the Home Office", "the Treasury": a body of government by name
    return lowercase_ministry(ctx, k, limit) is not None


def _to_department(ctx: MatchContext, si: int, last: int) -> bool:
    """'moves to the education ministry', 'was moved to the Ministry of Health': a
    department of government right after "to" stands for the post that a verb
    such as "move" needs (its head is the body's)."""
    limit = ctx.sentences[si].last_token
    return (
        last + 1 < limit and ctx.lowers[last] == "to" and _department_at(ctx, si, last + 1, limit)
    )


#: Forms of "be" before a participle ("the seat being vacated").
_BE_OR_BEING = BE_FORMS | {"being"}


def _post_participle(ctx: MatchContext, si: int, match: TriggerMatch) -> bool:
    """The trigger is a participle of a post ("the position vacated this year by
    Y", "the seat being vacated next year", "the post was left vacant"): the post
    is its subject, not a person."""
    if match.form is not FORM_PAST:
        return False
    k = match.first - 1
    first = ctx.sentences[si].first_token
    while k > first and ctx.tokens[k].lower in _BE_OR_BEING:
        k -= 1
    return k >= first and ctx.tokens[k].lower in POST_NOUNS


def _next_post(ctx: MatchContext, last: int, role_first: int) -> bool:
    """An infinitive ("to become", "to join", "to take up") stands between an
    ending verb and the role read after it: the role is the post taken next."""
    tokens = ctx.tokens
    return any(
        tokens[k].lower == "to" and tokens[k + 1].text.isalpha() and tokens[k + 1].text.islower()
        for k in range(last, min(role_first, len(tokens) - 1))
    )


def object_frame(
    ctx: MatchContext, facts: DocumentFacts, si: int, match: TriggerMatch
) -> list[Candidate]:
    """'The board fired X', 'named X chief executive, Y finance chief and Z as
    chairman'; in the passive 'X was fired'."""
    sent = ctx.sentences[si]
    if match.form is FORM_PAST and (
        is_passive(ctx.tokens, sent.first_token, match.first)
        or (
            joined_passive(ctx, si, match.first)
            and role_after_trigger(ctx, si, match.last) is not None
        )
    ):
        # ("X was promoted to major general and named commander of Y": the joined
        # participle read as a passive where it names its post)
        return passive_frame(ctx, facts, si, match)
    return (
        _active_object(ctx, si, match)
        or headline_passive(ctx, facts, si, match)
        or reduced_passive(ctx, facts, si, match)
        or _inverted_passive(ctx, facts, si, match)
    )


def _inverted_passive(
    ctx: MatchContext, facts: DocumentFacts, si: int, match: TriggerMatch
) -> list[Candidate]:
    """'Promoted to partner at Orbis are X and Y': a past participle opens the
    sentence, its people follow "be"."""
    if match.form is not FORM_PAST or not opens_inverted(ctx, si, match.first):
        return []
    return passive_frame(ctx, facts, si, match)


def joined_passive(ctx: MatchContext, si: int, first: int) -> bool:
    """'X was promoted to major general and named commander': a participle after
    "and" that goes on from a passive earlier in the clause."""
    tokens = ctx.tokens
    sent_first = ctx.sentences[si].first_token
    if first - 2 < sent_first or tokens[first - 1].lower != "and":
        return False
    for k in range(first - 2, sent_first, -1):
        if tokens[k].text in {",", ";"} or tokens[k].lower == "and":
            return False
        if tokens[k].lower in BE_FORMS:
            verb = k + 1
            while verb < first and tokens[verb].lower.endswith("ly"):
                verb += 1
            return verb < first - 1 and is_passive(tokens, sent_first, verb)
    return False


def _after_to_be(ctx: MatchContext, sent_first: int, first: int) -> bool:
    """'to be' (and adverbs) right before a participle."""
    k = first - 1
    while k > sent_first and ctx.tokens[k].lower.endswith("ly"):
        k -= 1
    return k - 1 >= sent_first and ctx.tokens[k].lower == "be" and ctx.tokens[k - 1].lower == "to"


def reduced_passive(
    ctx: MatchContext, facts: DocumentFacts, si: int, match: TriggerMatch
) -> list[Candidate]:
    """'X, named CFO of Acme in 2019, declined to comment': a past participle opening
    an aside right after a person (no "was")."""
    if match.form is not FORM_PAST:
        return []
    first = match.first
    sent_first = ctx.sentences[si].first_token
    k = first - 1
    while k > sent_first and ctx.tokens[k].lower.endswith("ly"):
        k -= 1
    if k <= sent_first or ctx.tokens[k].text != ",":
        return []
    person = next((m for m in ctx.persons(si) if m.np_last == k and m.kind is MENTION_NAME), None)
    if person is None:
        return []
    role = role_after_trigger(ctx, si, match.last)
    if (role is None and match.trigger.needs_role) or named_for_other(
        ctx, si, match, match.last, role
    ):
        return []
    agent = passive_agent_org(ctx, si, match.last) if role is None or role.org is None else None
    return [
        make_candidate(
            ctx, match, si, match.trigger.type, person, RULE_PASSIVE, role, [agent], PAST
        )
    ]


def _active_object(ctx: MatchContext, si: int, match: TriggerMatch) -> list[Candidate]:
    first, last = match.first, match.last
    sent = ctx.sentences[si]
    people = dep_people(ctx, si, first, ("obj",)) or object_people(ctx, si, last)
    relative = False
    if not people:
        # "Y, whom the governor appointed in January as commissioner"
        people = whom_object(ctx, si, first)
        relative = bool(people)
    if not people:
        return []
    effects = effects_before(ctx, si, first - 6, first)
    if blocked(effects):
        return []
    status = status_of(effects, match.form, ctx.tokens, sent.first_token, first)
    trig = match.trigger
    role = role_after_trigger(ctx, si, last if relative else people[-1].np_last)
    if role is None and trig.type is END:
        # "fired its chief of staff, X": the post told before the name
        titled = titled_apposition(ctx, si, last)
        if titled is not None and titled[0] is people[0] and titled[1].text:
            role = titled[1]
    after = people[-1].np_last
    lead = list_lead(ctx, last, people) if not relative else None
    if lead is not None:
        # "dropped three ministers, X, Y and Z, from the cabinet": each listed person
        # takes the post the words before the list name, and the body after it
        if role is None:
            start = last
            while start < lead and (
                ctx.lowers[start] in COUNT_WORDS or ctx.lowers[start] in OBJECT_LEAD
            ):
                start += 1
            role = ctx.role_after(start, lead)
        if after < sent.last_token and ctx.tokens[after].text == ",":
            after += 1
    if (role is None and trig.needs_role) or named_for_other(
        ctx, si, match, last if relative else people[-1].np_last, role
    ):
        return []  # "named X as a suspect", "appointed X to review the case"
    agent = agent_org(ctx, si, first)
    # "voted to remove X from the board": the body after the person (not a team
    # picked for a match: "dropped X from the squad")
    body = object_org(ctx, si, after) if role is None and not _selection_unit(ctx, after) else None
    found = make_each(
        ctx, match, si, people, RULE_OBJECT, role, [], status, later_orgs=[agent, body]
    )
    return found + listed_after(ctx, si, match, role, [agent], status)


def _selection_unit(ctx: MatchContext, k: int) -> bool:
    """'from the squad', 'from the starting lineup': a side picked for a match,
    which a player is dropped from or added to without a change of post."""
    words = ctx.lowers[k : k + 4]
    return bool(words) and words[0] in {"from", "to"} and not SELECTION_UNITS.isdisjoint(words[1:])


def listed_after(
    ctx: MatchContext,
    si: int,
    match: TriggerMatch,
    role: Role | None,
    orgs: list[OrgEvidence | None],
    status: Status | None,
) -> list[Candidate]:
    """The people a list goes on with after a role, each with the role right after
    them: "named X chief executive, Y finance chief and Z as chairman"; "X was
    named CFO and Y as COO"."""
    sent = ctx.sentences[si]
    found: list[Candidate] = []
    while role is not None:
        nxt = listed_person(ctx, si, role.last)
        if nxt is None:
            break
        # "and Z, who was the sitting minister, as national security adviser"
        k = after_aside(ctx, nxt.np_last, sent.last_token)
        if k < sent.last_token and ctx.tokens[k].lower == "as":
            k += 1
        # the role right after the person, not "and Y will stay as CFO"
        role = ctx.role_after(k, sent.last_token)
        if role is None:
            break
        found.append(
            make_candidate(
                ctx,
                match,
                si,
                match.trigger.type,
                nxt,
                RULE_OBJECT_LIST,
                role,
                orgs,
                status,
                own_post=False,
            )
        )
    return found


#: Nouns of a post's running that a passive trigger gives ("was given charge of
#: X", "was handed the reins of X"): the body after their "of" is the post's.
_HELD = frozenset({"charge", "reins", "helm", "command", "control"})


def passive_frame(
    ctx: MatchContext, facts: DocumentFacts, si: int, match: TriggerMatch
) -> list[Candidate]:
    """'X was named CEO', 'X was hired by Zeta Bank'; inverted, 'Promoted to partner
    are X and Y'."""
    first, last = match.first, match.last
    people = subject_people(ctx, si, first)
    inverted = -1
    if not people:
        people, inverted = inverted_subject(ctx, si, first)
        if not people:
            return []
    elif people[-1].kind is MENTION_PRONOUN and is_determiner(ctx, people[-1]):
        return []  # "his name was removed from the school": a thing of his, not he
    if any(t.lower in SUBORDINATORS for t in ctx.tokens[people[-1].np_last : first]):
        return []  # "X will lead it until a replacement is named": another subject
    sent = ctx.sentences[si]
    effects = (
        effects_before(ctx, si, people[-1].np_last, first)
        if inverted < 0
        else effects_before(ctx, si, inverted, inverted + 2)
    )
    if blocked(effects):
        return []
    status = status_of(effects, match.form, ctx.tokens, sent.first_token, first)
    if _after_to_be(ctx, sent.first_token, first):
        status = FUTURE  # "X is to be named", "X is due to be replaced"
    role = role_after_trigger(ctx, si, last)
    if role is None and inverted >= 0 and len(people) == 1:
        # "Among those appointed were X, as finance minister, and Y, as ...": the
        # post after the person (the list goes on past it below)
        role = role_after_trigger(ctx, si, people[0].np_last)
    if (role is None and match.trigger.needs_role) or named_for_other(ctx, si, match, last, role):
        return []  # "was named in the lawsuit", "was appointed to review the case"
    agent = passive_agent_org(ctx, si, last) if role is None or role.org is None else None
    if agent is None and role is None:
        agent = _body_after_passive(ctx, si, match.trigger, last)
    found = make_each(ctx, match, si, people, RULE_PASSIVE, role, [agent], status)
    # "X was named CFO and Y as COO": the list goes on past the passive's role
    return found + listed_after(ctx, si, match, role, [agent], status)


def _body_after_passive(ctx: MatchContext, si: int, trig: Trigger, last: int) -> OrgEvidence | None:
    """The body a passive that names no post gives right after its verb: after "to"
    ("was reassigned to the Tourism Ministry", "was moved to Kestrel Labs"), after
    the "of" of a charge given ("was given charge of the finance ministry", "handed
    the reins of Orbis"), and for an END after "from" ("was removed from the board
    of Orbis", "was dropped from the cabinet": the body left; a start's "from" names
    the one left before, "hired from Orbis")."""
    if last >= ctx.sentences[si].last_token:
        return None
    word = ctx.lowers[last]
    if word == "to":
        return object_org(ctx, si, last + 1)
    if word == "of" and ctx.lowers[last - 1] in _HELD:
        return object_org(ctx, si, last)
    if word == "from" and trig.type is END:
        return object_org(ctx, si, last)
    return None


def headline_passive(
    ctx: MatchContext, facts: DocumentFacts, si: int, match: TriggerMatch
) -> list[Candidate]:
    """'Professor Sunita Raghavan appointed new Vice Chancellor': a headline's passive
    without 'was': a name right before the verb and a role right after."""
    if match.form is not FORM_PAST:
        return []
    first, last = match.first, match.last
    people = subject_people(ctx, si, first)
    if not people or people[-1].np_last != first:
        return []
    limit = ctx.sentences[si].last_token
    k = last + (1 if last < limit and ctx.tokens[last].lower == "as" else 0)
    role = ctx.role_after(k, limit)
    if role is None:
        return []
    if any(last <= m.first_token <= role.last for m in ctx.persons(si)):
        return []  # "Lane fired Secretary of State Walter Brooks": an object after all
    return passive_frame(ctx, facts, si, match)
