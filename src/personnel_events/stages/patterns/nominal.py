"""The frames of words that are no verb: a noun ("her resignation", "the
appointment of X as CFO") and a word before a title before a name ("incoming CEO
X", "The new treasurer is Y")."""

from __future__ import annotations

import functools

import attrs

from ... import lexicon
from ...candidates import (
    Candidate,
    OrgEvidence,
    TriggerMatch,
    new_org_evidence,
)
from ...members import (
    EFFECT_FUTURE,
    EFFECT_NEGATION,
    END,
    FUTURE,
    MENTION_NAME,
    MENTION_PRONOUN,
    ORG_FROM_PERSON,
    ORG_FROM_ROLE,
    PAST,
    PERSON,
    ROLE_FROM_PERSON,
    RULE_NOUN,
    RULE_NOUN_TOLD,
    RULE_TITLE,
    START,
)
from ...modality import RELATIVES
from ...model import Mention, Status
from ...names import is_capitalised, possessive_after
from ...roles import Role, opens_place
from .appositions import titled_apposition
from .arguments import listed_person, object_people
from .build import make_candidate
from .context import MatchContext
from .facts import DocumentFacts
from .frames import passive_frame
from .gates import blocked, effects_before
from .orgs import object_org, unknown_body
from .posts import role_after_trigger
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
    sent = ctx.sentences[si]
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
        and tokens[k].lower not in {"his", "her", "the", "a", "an", "of", "and"}
        and not possessive_after(tokens, k, sent.last_token)
    ):
        if k - 2 >= sent.first_token and tokens[k - 1].text == "-" and tokens[k - 2].text.isdigit():
            k -= 2  # "her 10-year tenure": a count of years is one word
        k -= 1
        skipped += 1
    persons = ctx.persons(si)
    selection = trig.lemma in _selection_nouns()
    if selection:
        # "X, the president's pick for attorney general", "X is the board's choice
        # to succeed Y": the one the noun describes, not its possessor (who chose)
        person = _selected(ctx, si, first) or _selected_after(ctx, si, last)
        if person is None or _candidacy(ctx, si, first):
            return []  # ("the Republican nominee for governor": running for it)
    elif k >= sent.first_token:
        for m in persons:
            if (
                m.kind is MENTION_PRONOUN
                and m.first_token == k
                and m.gender
                and tokens[k].lower in {"his", "her"}
            ):
                person = m
            if (
                m.kind is MENTION_NAME
                and m.last_token == k
                and tokens[k].text in {"'s", "\u2019s", "'", "\u2019"}
            ):
                person = m
    if person is None and last < sent.last_token and tokens[last].lower == "of":
        # "the resignation of X", "of former Republican governor X", "of the Head
        # of the Directorate, X" (the post told before the name)
        titled = titled_apposition(ctx, si, last + 1)
        if titled is not None and trig.type is END and titled[1].text:
            role = titled[1]
        after = object_people(ctx, si, last + 1)
        if after and after[0].kind is not MENTION_PRONOUN:
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
    if person.kind is MENTION_PRONOUN:
        # "X replaced Y in 2019 and announced his resignation": the one announcing
        person = _announcer(ctx, si, person) or person
    if trig.type is END and person.kind is MENTION_PRONOUN and _accepter(ctx, si, person, first):
        # "Pope Leo accepted his resignation": Leo is not the one who goes (one
        # accepts one's own appointment or nomination, not one's own resignation)
        return []
    if trig.reason == "expiry" and not _not_renewed(ctx, si):
        return []  # "before her contract ends in 2027": a term may be renewed
    ends: Status | None = None
    if trig.reason == "tenure":
        ends = _tenure_ends(ctx, si, max(last, person.np_last)) or _tenure_ended_before(
            ctx, si, person, last
        )
        if ends is None:
            return []  # "during his tenure as CEO": a time, no change
    effects = effects_before(ctx, si, first - 6, first)
    if trig.reason == "expiry":
        effects = effects - {EFFECT_NEGATION}  # "would not seek another term": the renewal
    if blocked(effects):
        return []
    window = {t.lower for t in tokens[max(sent.first_token, first - 6) : first]}
    status: Status | None = None
    if EFFECT_FUTURE in effects or (
        # "announced her resignation": announced ahead; "announced the firing of X"
        # tells what has happened
        trig.type is END and trig.reason in ANNOUNCED_AHEAD and window & ANNOUNCE
    ):
        status = FUTURE
    words = trig.lemma.split()
    if ends is not None:
        status = ends
    if status is None and len(words) > 1 and words[-1].endswith("s"):
        status = FUTURE  # "when his appointment ends on May 1": still ahead
    if role is None:
        role = role_after_trigger(ctx, si, last)
    if selection and trig.type is START and last < sent.last_token and tokens[last].lower == "to":
        status = FUTURE  # "X is the board's choice to succeed Y": the start is to come
    # "announced her resignation", "revealed the details of his departure": the
    # time of the sentence is when it was told
    told = trig.type is END and trig.reason in ANNOUNCED_AHEAD and window & _ANNOUNCING
    rule = RULE_NOUN_TOLD if told else RULE_NOUN
    # "her departure from Orbis", "his appointment at Orbis": the body after the noun
    body = (
        object_org(ctx, si, last)
        if last < sent.last_token and tokens[last].lower in {"from", "at"}
        else None
    )
    found = [make_candidate(ctx, match, si, trig.type, person, rule, role, [body], status)]
    if trig.lemma.endswith("s") and person.kind is MENTION_NAME:
        # "the departures of X, its CFO, and Y, its COO", "the appointments of X as
        # CFO and Y as COO": each person of the list after a plural noun
        for other in _listed_after(ctx, si, person, role):
            post = role_after_trigger(ctx, si, other.np_last)
            found.append(make_candidate(ctx, match, si, trig.type, other, rule, post, [], status))
    return found


#: The most people a plural noun's list is read for.
LIST_MAX = 8


@functools.cache
def _selection_nouns() -> frozenset[str]:
    """``data/selection_nouns.txt``: "nominee", "pick", "choice"."""
    return lexicon.words("selection_nouns.txt")


#: How many words the noun phrase of a selection noun may hold before the noun
#: ("the Republican president's surprise pick").
SELECTION_REACH = 6
#: Forms of "be" that join a person to the selection noun that describes them.
_JOINING_BE = frozenset({"is", "was", "be", "been", "remains", "became", "becomes"})


def _selected(ctx: MatchContext, si: int, first: int) -> Mention | None:
    """The person a selection noun at ``first`` describes: named right before the
    comma or the "be" that opens the noun's phrase ("X, the president's pick",
    "X is the board's choice", "X will be his nominee"), None where no such
    person stands there."""
    tokens = ctx.tokens
    sent_first = ctx.sentences[si].first_token
    k = first - 1
    stop = first - SELECTION_REACH if first - SELECTION_REACH > sent_first else sent_first
    while k > stop and tokens[k].text != "," and tokens[k].lower not in _JOINING_BE:
        k -= 1
    if k <= sent_first or not (tokens[k].text == "," or tokens[k].lower in _JOINING_BE):
        return None
    end = k
    while end - 1 > sent_first and tokens[end - 1].lower in {"will", "has", "had", "would"}:
        end -= 1  # "X will be", "X has been"
    for m in ctx.persons(si):
        if m.kind is MENTION_NAME and end in (m.last_token, m.np_last):
            return m
    return None


def _candidacy(ctx: MatchContext, si: int, first: int) -> bool:
    """A word of a candidacy (``data/candidacy_words.txt``) in the phrase of the
    selection noun at ``first``: "the Republican nominee", "the voters' choice"."""
    start = first - SELECTION_REACH
    if start < ctx.sentences[si].first_token:
        start = ctx.sentences[si].first_token
    return not lexicon.words("candidacy_words.txt").isdisjoint(ctx.lowers[start:first])


def _selected_after(ctx: MatchContext, si: int, last: int) -> Mention | None:
    """'The president's nominee for attorney general, X, faces a hearing': the
    person named after the comma that closes a selection noun's phrase (and its
    post), None where no name stands right there."""
    tokens = ctx.tokens
    limit = ctx.sentences[si].last_token
    role = role_after_trigger(ctx, si, last)
    k = role.last if role is not None and role.last > last else last
    if k >= limit or tokens[k].text != ",":
        return None
    for m in ctx.persons(si):
        if m.kind is MENTION_NAME and m.first_token == k + 1:
            return m
    return None


def _listed_after(ctx: MatchContext, si: int, person: Mention, role: Role | None) -> list[Mention]:
    """The people that continue a list after ``person`` (and its post or
    apposition): "X, its CFO, and Y", "X as CFO and Y as COO"."""
    out: list[Mention] = []
    current, post = person, role
    while len(out) < LIST_MAX:
        k = max(current.np_last, post.last if post is not None else 0)
        nxt = listed_person(ctx, si, k)
        if nxt is None:
            break
        out.append(nxt)
        current, post = nxt, role_after_trigger(ctx, si, nxt.np_last)
    return out


#: How far after a tenure noun its ending verb may stand ("the reign of Prime
#: Minister X as leader of the party ended").
TENURE_REACH = 12
#: Verbs that end a tenure, with the status they tell.
_TENURE_END = {"ended": PAST, "ends": FUTURE, "end": FUTURE}


def _tenure_ends(ctx: MatchContext, si: int, after: int) -> Status | None:
    """The clause says the tenure ends ("... ended in 2007", "... will end in May",
    "... came to an end"): the status of that ending, else None."""
    tokens = ctx.tokens
    limit = min(ctx.sentences[si].last_token, after + TENURE_REACH)
    for k in range(after, limit):
        low = tokens[k].lower
        if low in {";", ":"} or (low == "," and k > after):
            return None
        if low in _TENURE_END and not (low == "end" and tokens[k - 1].lower != "will"):
            return _TENURE_END[low]
        if low in {"came", "comes", "come"} and tuple(t.lower for t in tokens[k + 1 : k + 4]) in (
            _TO_AN_END
        ):
            # "came to an end"; "has come to an end" is past, "will come to a close" ahead
            if low == "come":
                return PAST if tokens[k - 1].lower in {"has", "have", "had"} else FUTURE
            return PAST if low == "came" else FUTURE
    return None


#: The words after "come" or "bring ... " that end a tenure.
_TO_AN_END = frozenset({("to", "an", "end"), ("to", "a", "close")})
#: Verbs before a person's tenure that end it ("X ends her tenure as CEO"), with the
#: status they tell.
_ENDING_VERBS = {"ended": PAST, "ends": FUTURE, "end": FUTURE, "concluded": PAST,
                 "concludes": FUTURE, "conclude": FUTURE}  # fmt: skip
#: Verbs before a person's tenure that bring it "to an end" or "to a close".
_BRINGING = {"brought": PAST, "brings": FUTURE, "bring": FUTURE}


def _tenure_ended_before(ctx: MatchContext, si: int, person: Mention, last: int) -> Status | None:
    """'X ends her ten-year tenure as CEO', 'will bring her tenure to a close in
    March': a verb before the possessor that ends the tenure, and its status."""
    k = person.first_token - 1
    if k < ctx.sentences[si].first_token or person.kind is not MENTION_PRONOUN:
        return None
    low = ctx.lowers[k]
    if low in _ENDING_VERBS:
        return _ENDING_VERBS[low]
    if low in _BRINGING:
        limit = min(ctx.sentences[si].last_token, last + TENURE_REACH)
        for j in range(last, limit - 2):
            if tuple(ctx.lowers[j : j + 3]) in _TO_AN_END:
                return _BRINGING[low]
    return None


def _not_renewed(ctx: MatchContext, si: int) -> bool:
    """The sentence says a term is not renewed: a negation and a word of renewal
    (``nonrenewal_words.txt``: "would not seek a second term")."""
    sent = ctx.sentences[si]
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
    sent = ctx.sentences[si]
    v = next(
        (k for k in (pronoun.first_token - 1, pronoun.first_token - 2)
         if k > sent.first_token and tokens[k].lower in _ANNOUNCING),
        None,
    )  # fmt: skip
    if v is None:
        return None
    subject = next(
        (m for m in ctx.persons(si)
         if m.kind is MENTION_NAME and m.np_first == sent.first_token),
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
    sent = ctx.sentences[si]
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
    if not ctx.tokens[match.first].text.islower() and opens_place(ctx.tokens, match.first):
        return []  # "New York City Mayor X", "New Zealand's minister": a name's word
    # the name's noun phrase takes in its title (and, opening a sentence, the word
    # itself: "Incoming chief executive X")
    person = next(
        (
            m
            for m in ctx.persons(si)
            if m.kind is MENTION_NAME
            and m.title
            and m.np_first <= last < m.first_token <= last + TITLE_REACH
        ),
        None,
    )
    role: Role | str | None = person.title if person is not None else None
    orgs = (
        [OrgEvidence(name=person.title_org, source=ORG_FROM_PERSON)]
        if person and person.title_org
        else []
    )
    if person is None:
        if not _names_someone(ctx, si):
            return []  # (both readings below take a name: no role is read where none is)
        # "The new seniors minister is Joanne Thompson": the name after the copula;
        # "X is the incoming CEO of Y", "X, the incoming CEO of Y,": before it
        found = _copula_name(ctx, si, last) or _named_before(ctx, si, match.first, last)
        if found is None:
            return []
        person, role, owner = found
        orgs = [new_org_evidence(name=owner, source=ORG_FROM_ROLE)] if owner else []
    effects = effects_before(ctx, si, match.first - 6, match.first)
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
            RULE_TITLE,
            role,
            orgs,
            trig.status,
            own_post=False,
            role_source=ROLE_FROM_PERSON,
        )
    ]


def _names_someone(ctx: MatchContext, si: int) -> bool:
    """Sentence ``si`` holds a person's name (not only a pronoun or a description)."""
    for m in ctx.persons(si):  # noqa: SIM110 - a plain loop, as in .arguments
        if m.kind is MENTION_NAME:
            return True
    return False


#: Words between a name and the word before its title: a copula or the comma
#: of an apposition ("X is the incoming CEO", "X, the incoming CEO,").
_BEFORE_TITLE_WORD = frozenset({"is", "was", ","})


def _named_before(
    ctx: MatchContext, si: int, first: int, last: int
) -> tuple[Mention, Role, str | None] | None:
    """'X is the incoming CEO of Y', 'X, the incoming CEO of Y,', 'X, Kestrel
    Bank's incoming CEO,': the name before "is", "was" or an apposition's comma,
    then "the" (or a body's possessive, which is the post's body) and the word
    before the title at ``first``; the title read from ``last``."""
    sent_first = ctx.sentences[si].first_token
    k = first - 1
    if not ctx.tokens[first].text.islower() or k <= sent_first:  # "X, New Zealand's minister"
        return None
    owner = None
    if ctx.lowers[k] in {"'s", "\u2019s"}:
        j = k
        while j - 1 > sent_first and k - j < _OWNER_WORDS and is_capitalised(ctx.tokens[j - 1]):
            j -= 1
        if j == k or not _body_owner(ctx, si, j, k):
            return None  # "X, Tom Ash's incoming deputy,": a person's
        owner = ctx.span_text(j, k - 1)
        k = j
    elif ctx.lowers[k] not in {"the", "its", "their"}:
        return None
    k -= 1
    if k <= sent_first or ctx.lowers[k] not in _BEFORE_TITLE_WORD:
        return None
    person = next(
        (m for m in ctx.persons(si) if m.kind is MENTION_NAME and m.last_token == k), None
    )
    if person is None:
        return None
    role = ctx.role_after(last, ctx.sentences[si].last_token)
    return (person, role, owner) if role is not None and role.text else None


#: The most words of a body's name before its possessive ("Kestrel Bank's").
_OWNER_WORDS = 4


def _body_owner(ctx: MatchContext, si: int, j: int, k: int) -> bool:
    """Whether the capitalised words ``tokens[j:k]`` before a possessive name a
    body: an organisation's name by its label ("Kestrel Bank's"), or words that
    can name a body no person's name stands in (a possessor's too) and that end
    no person's name the text gives ("Bale's incoming deputy")."""
    if any(m.first_token <= j and m.last_token >= k for m in ctx.orgs(si)):
        return True
    if not unknown_body(ctx, si, j, k):
        return False
    if any(
        m.sentence == si and m.label is PERSON and m.first_token < k and m.last_token > j
        for m in ctx.doc.mentions
    ):
        return False
    last = ctx.lowers[k - 1]
    return not any(
        ent.label is PERSON and ent.name.rsplit(" ", 1)[-1].lower() == last
        for ent in ctx.doc.entities
    )


def _copula_name(ctx: MatchContext, si: int, start: int) -> tuple[Mention, Role, None] | None:
    """A title read from ``start``, then "is", "will be" or "was", then a name."""
    limit = ctx.sentences[si].last_token
    role = ctx.role_after(start, limit)
    if role is None or role.last >= limit:
        return None
    k = role.last
    if ctx.tokens[k].lower == "will" and k + 1 < limit and ctx.tokens[k + 1].lower == "be":
        k += 2
    elif ctx.tokens[k].lower in {"is", "was"}:
        k += 1
    else:
        return None
    person = next((m for m in ctx.persons(si) if m.np_first == k and m.kind is MENTION_NAME), None)
    return (person, role, None) if person is not None else None
