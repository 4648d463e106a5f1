"""The frames of words that are no verb: a noun ("her resignation", "the
appointment of X as CFO") and a word before a title before a name ("incoming CEO
X", "The new treasurer is Y")."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ... import lexicon
from ...candidates import (
    Candidate,
    Form,
    Frame,
    OrgEvidence,
    OrgSource,
    RoleSource,
    Rule,
    Trigger,
    TriggerMatch,
)
from ...document import Document
from ...modality import RELATIVES, Effect
from ...model import EventType, Mention, MentionKind, Status, Token
from ...names import possessive_after
from ...roles import Role, role_after
from ..coref.words import title_modifiers, titles
from .arguments import (
    after_aside,
    object_people,
    post_named,
    role_after_trigger,
    titled_apposition,
)
from .build import make_candidate
from .context import MatchContext
from .facts import DocumentFacts
from .frames import passive_frame
from .gates import blocked, effects_before
from .orgs import object_org
from .senses import names_charge
from .words import (
    ANNOUNCE,
    ANNOUNCED_AHEAD,
    BE_FORMS,
    LEAVING_REASONS,
    NOUN_ADJECTIVES_MAX,
    TITLE_REACH,
)

#: Nouns that carry a change told after "of" ("his letter of resignation", "her
#: notice of retirement"): their possessor is the person.
LETTER_NOUNS = frozenset({"letter", "letters", "notice", "announcement"})


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
    # Possessor: "her resignation", "Sanders' abrupt departure", "his letter of
    # resignation" (the possessor of the letter is the one who goes).
    k = first - 1
    if (
        k - 1 >= sent.first_token
        and tokens[k].lower == "of"
        and tokens[k - 1].lower in LETTER_NOUNS
    ):
        k -= 2
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
        # "the resignation of X", "of former Republican governor X", "of the Head
        # of the Directorate, X" (the post told before the name)
        titled = titled_apposition(ctx, si, last + 1)
        if titled is not None and trig.type is EventType.END and titled[1].text:
            role = titled[1]
        after = object_people(ctx, si, last + 1)
        if after and after[0].kind is not MentionKind.PRONOUN:
            person = after[0]
            role = role_after_trigger(ctx, si, person.np_last) or role
            # "the appointment of X" is a personnel change, post or not; only "her
            # appointment" may be a doctor's
            match = attrs.evolve(match, trigger=attrs.evolve(trig, needs_post=False))
    if person is None:
        return []
    if (
        trig.reason in LEAVING_REASONS
        and last + 1 < sent.last_token
        and tokens[last].lower == "from"
        and names_charge(ctx, si, last + 1) is False
        and object_org(ctx, si, last) is None
    ):
        # "his exit from the tournament": no post or body is left (a body named
        # right after "from" is one, whatever verb follows the phrase)
        return []
    if person.kind is MentionKind.PRONOUN:
        # "X replaced Y in 2019 and announced his resignation": the one announcing
        person = _announcer(ctx, si, person) or person
    if (
        trig.type is EventType.END
        and person.kind is MentionKind.PRONOUN
        and _accepter(ctx, si, person, first)
    ):
        # "Pope Leo accepted his resignation": Leo is not the one who goes (one
        # accepts one's own appointment or nomination, not one's own resignation)
        return []
    if trig.reason == "expiry" and not _not_renewed(ctx, si):
        return []  # "before her contract ends in 2027": a term may be renewed
    ends: Status | None = None
    if trig.reason == "tenure":
        ends = _tenure_ends(ctx, si, max(last, person.np_last))
        if ends is None:
            return []  # "during his tenure as CEO": a time, no change
    effects = effects_before(ctx, si, max(sent.first_token, first - 6), first)
    if trig.reason == "expiry":
        effects = effects - {Effect.NEGATION}  # "would not seek another term": the renewal
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
    words = trig.lemma.split()
    if ends is not None:
        status = ends
    if status is None and len(words) > 1 and words[-1].endswith("s"):
        status = Status.FUTURE  # "when his appointment ends on May 1": still ahead
    if role is None:
        role = role_after_trigger(ctx, si, last)
    # "announced her resignation", "revealed the details of his departure": the
    # time of the sentence is when it was told
    told = trig.type is EventType.END and trig.reason in ANNOUNCED_AHEAD and window & _ANNOUNCING
    rule = Rule.NOUN_TOLD if told else Rule.NOUN
    return [make_candidate(ctx, match, si, trig.type, person, rule, role, [], status)]


#: How far after a tenure noun its ending verb may stand ("the reign of Prime
#: Minister X as leader of the party ended").
TENURE_REACH = 12
#: Verbs that end a tenure, with the status they tell.
_TENURE_END = {"ended": Status.PAST, "ends": Status.FUTURE, "end": Status.FUTURE}


def _tenure_ends(ctx: MatchContext, si: int, after: int) -> Status | None:
    """The clause says the tenure ends ("... ended in 2007", "... will end in May",
    "... came to an end"): the status of that ending, else None."""
    tokens = ctx.tokens
    limit = min(ctx.sentence(si).last_token, after + TENURE_REACH)
    for k in range(after, limit):
        low = tokens[k].lower
        if low in (";", ":") or (low == "," and k > after):
            return None
        if low in _TENURE_END and not (low == "end" and tokens[k - 1].lower != "will"):
            return _TENURE_END[low]
        if low in ("came", "comes") and [t.lower for t in tokens[k + 1 : k + 4]] == [
            "to", "an", "end",
        ]:  # fmt: skip
            return Status.PAST if low == "came" else Status.FUTURE
    return None


def _not_renewed(ctx: MatchContext, si: int) -> bool:
    """The sentence says a term is not renewed: a negation and a word of renewal
    (``nonrenewal_words.txt``: "would not seek a second term")."""
    sent = ctx.sentence(si)
    words = {t.lower for t in ctx.tokens[sent.first_token : sent.last_token]}
    return bool(words & {"not", "n't", "never", "no"}) and bool(
        words & lexicon.words("nonrenewal_words.txt")
    )


#: Verbs of telling one's own change before a possessive noun trigger ("announced
#: his resignation", "confirmed her retirement"). "confirmed" is not in ANNOUNCE,
#: which tells a change still ahead: "confirmed the departure of X" is done.
_ANNOUNCING = ANNOUNCE | {"revealed", "disclosed", "confirmed", "confirms", "confirm"}


def _announcer(ctx: MatchContext, si: int, pronoun: Mention) -> Mention | None:
    """The subject the sentence opens with, where a verb of announcing right
    before the possessive pronoun is that subject's after the subject's relative
    clause ("X, who replaced Y in 2015, confirmed her retirement"); the pronoun
    was taken for the nearer person. None where it is not so. (A verb joined by
    "and", "X replaced Y in 2019 and announced his resignation", gives its
    pronoun the subject already in coreference.)"""
    tokens = ctx.tokens
    sent = ctx.sentence(si)
    v = next(
        (k for k in (pronoun.first_token - 1, pronoun.first_token - 2)
         if k > sent.first_token and tokens[k].lower in _ANNOUNCING),
        None,
    )  # fmt: skip
    if v is None:
        return None
    subject = next(
        (m for m in ctx.persons(si)
         if m.kind is MentionKind.NAME and m.np_first == sent.first_token),
        None,
    )  # fmt: skip
    if subject is None or subject.entity is None or subject.entity == pronoun.entity:
        return None
    gender = ctx.doc.entities[subject.entity].gender
    if gender is not None and pronoun.gender is not None and gender != pronoun.gender:
        return None
    after_relative = (
        subject.np_last + 1 < v
        and tokens[subject.np_last].text == ","
        and tokens[subject.np_last + 1].lower in RELATIVES
        and tokens[v - 1].text == ","
    )
    return subject if after_relative else None


def _accepter(ctx: MatchContext, si: int, owner: Mention, first: int) -> bool:
    """The possessive pronoun before a noun trigger stands for the subject of a verb
    of accepting right before it ("Pope Leo accepted his resignation", "Carl Webb
    refused her resignation"): the pronoun was taken for the wrong person."""
    tokens = ctx.tokens
    sent = ctx.sentence(si)
    accepting = lexicon.words("accepting_verbs.txt")
    # the verb right before the pronoun, or before one adverb ("formally accepted")
    verb = next(
        (k for k in (owner.first_token - 1, owner.first_token - 2)
         if k >= sent.first_token and tokens[k].lower in accepting),
        None,
    )  # fmt: skip
    if verb is None or owner.entity is None:
        return False
    return any(
        m.entity == owner.entity and m.first_token < verb and m is not owner
        for m in ctx.persons(si)
    )


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


#: A verbless line of an announcement list: "X to acting CEO of Y", "X to the
#: Halvern Symphony, commencing July 1". "to" stands for the appointment.
LIST_LINE = Trigger(
    lemma="to",
    type=EventType.START,
    frame=Frame.TITLE,
    reason="appointment",
    nominates_if_pending=True,
)
#: How far past a name's comma a verbless line's "as" may stand.
LINE_ASIDE_REACH = 15
#: What may follow the post of a verbless "X as <post>" line after a comma:
#: "X as deputy governor, replacing Y", "..., effective Monday".
_AFTER_LINE_POST = frozenset({"replacing", "succeeding", "taking", "effective", "with"})
#: What may open a list item before its name: bullets, dashes, numbers.
_BULLETS = frozenset({"\u2022", "-", "*", "\u2013", "\u2014", "\u00b7", "\u25aa", "\u25cf"})


def may_hold_list_lines(doc: Document) -> bool:
    """Cheaply: some sentence opens (past bullets) with a capitalised word and has
    "to" among its next few words, with a title word within three words after it
    ("X to acting CEO of Y"), so :func:`list_lines` may find a line (it keeps
    lines only in a list where one names a post)."""
    tokens = doc.tokens
    title_words = titles() | title_modifiers()
    for sent in doc.sentences:
        k = sent.first_token
        while k < sent.last_token and _bullet(tokens[k].text):
            k += 1
        if k >= sent.last_token or not tokens[k].text[:1].isupper():
            continue
        for j in range(k + 1, min(sent.last_token, k + 6)):
            if tokens[j].lower == "to" and any(
                t.lower in title_words for t in tokens[j + 1 : min(sent.last_token, j + 4)]
            ):
                return True
    return False


def _bullet(text: str) -> bool:
    return text in _BULLETS or text.rstrip(".").isdigit()


def _generic_end(tokens: Sequence[Token], k: int, limit: int) -> int | None:
    """Past a generic body ("bank", "company"), where it ends."""
    if k < limit and tokens[k].lower in lexicon.words("generic_bodies.txt"):
        return k + 1
    return None


def list_lines(ctx: MatchContext) -> list[Candidate]:
    """The verbless lines of an announcement list, one a sentence: a name opens the
    line, then "to" and the post ("Ana Ruiz to acting CEO of the Halvern
    Symphony") or the body ("Tom Ash to the Orbis Festival, commencing in May").
    A line with a body and no post counts only in a list where another line names
    a post: "Jones to Chelsea" alone may be a player's transfer."""
    lines: list[tuple[Candidate, bool]] = []
    for si in range(len(ctx.doc.sentences)):
        found = _list_line(ctx, si)
        if found is not None:
            lines.append(found)
    if not any(has_post for _, has_post in lines):
        return []
    return [c for c, _ in lines]


def _list_line(ctx: MatchContext, si: int) -> tuple[Candidate, bool] | None:
    tokens = ctx.tokens
    sent = ctx.sentence(si)
    k = sent.first_token
    while k < sent.last_token and _bullet(tokens[k].text):
        k += 1
    person = next(
        (m for m in ctx.persons(si) if m.first_token == k and m.kind is MentionKind.NAME), None
    )
    if person is None:
        return None
    to = person.last_token
    limit = sent.last_token
    if to < limit and tokens[to].text == ",":
        # "X, the present director at Y, as deputy governor, replacing Z" (the
        # aside's closing comma may be missing)
        comma = to
        to = after_aside(ctx, comma, limit)
        if to == comma:
            to = next(
                (
                    j
                    for j in range(comma + 1, min(limit, comma + LINE_ASIDE_REACH))
                    if tokens[j].lower == "as"
                ),
                limit,
            )
            if any(t.text == "," for t in tokens[comma + 1 : to]):
                return None
        if to >= limit or tokens[to].lower != "as":
            return None
    if to + 1 >= limit or tokens[to].lower not in ("to", "as"):
        return None
    role = post_named(ctx, to + 1, limit) or role_after(ctx.text, tokens, to + 1, limit)
    org: OrgEvidence | None = None
    end: int
    if tokens[to].lower == "as" and (role is None or not role.text):
        return None  # "X as Y" names a post or nothing
    if role is not None and role.text:
        end = role.last
    else:
        role = None
        obj = object_org(ctx, si, to + 1)
        if obj is None or obj.name is None:
            return None
        # the body the line sends the person to is the post's, as in "CEO of X"
        org = OrgEvidence(name=obj.name, source=OrgSource.ROLE)
        end = to + 2 if tokens[to + 1].lower == "the" else to + 1
        while end < limit and (
            tokens[end].text[:1].isupper()
            or (
                tokens[end].lower in ("of", "&", "and")
                and end + 1 < limit
                and tokens[end + 1].text[:1].isupper()
            )
        ):
            end += 1
        if end < limit and tokens[end].lower == "as":
            role = role_after(ctx.text, tokens, end + 1, limit)
            end = role.last if role is not None else end
    if end + 1 < limit and tokens[end].lower in ("of", "at") and tokens[end + 1].lower == "the":
        # "deputy governor of the bank": the body named elsewhere
        body = _generic_end(tokens, end + 2, limit)
        end = body if body is not None else end
    if end < limit and tokens[end].text not in (",", "(", ";", ".", ":"):
        return None  # "X to Chelsea after talks": a clause goes on, no list line
    if tokens[to].lower == "as":
        nxt = tokens[end + 1].lower if end + 1 < limit else ""
        if not (end < limit and tokens[end].text == "," and nxt in _AFTER_LINE_POST):
            return None  # "X as Captain Miller, in a scene from ...": a caption
    match = TriggerMatch(
        trigger=LIST_LINE,
        form=Form.BASE,
        first=to,
        last=to + 1,
        start=tokens[to].start,
        end=tokens[to].end,
    )
    c = make_candidate(
        ctx,
        match,
        si,
        EventType.START,
        person,
        Rule.OBJECT_LIST,
        role,
        [org],
        None,
        own_post=False,
    )
    return c, role is not None
