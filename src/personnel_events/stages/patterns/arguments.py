"""A trigger's people: the people before and after it, coordinated people and
lists (the role a clause names is in :mod:`.posts`, titles told beside a name in
:mod:`.appositions`)."""

from __future__ import annotations

import functools

from ... import lexicon
from ...members import MENTION_NAME, MENTION_PRONOUN
from ...model import Mention
from ...roles import is_demonym, is_role_word
from ..coref.words import pronouns_of_case
from .appositions import titled_apposition
from .context import MatchContext
from .words import (
    ASIDE_MAX,
    CLAUSE_VERBS,
    DESCRIBING_WORDS,
    FINITE_AUX,
    NOT_NOUNS,
    OBJECT_LEAD,
    OBJECT_STOPS,
    RAISING,
    RELATIVES_THAT,
    SUBJECT_AUX,
)

#: The gaps that join coordinated people: "X and Y", "X, Y and Z".
_COORDINATION = (["and"], [",", "and"], [","], ["&"])


def dep_people(
    ctx: MatchContext, si: int, head: int, relations: tuple[str, ...]
) -> list[Mention] | None:
    """People a backend's dependency parse attaches to ``head`` by one of
    ``relations`` (with their conjuncts); None when the text has no parse or the
    relation is not there, so the caller falls back to word order."""
    if not ctx.children:
        return None
    persons = ctx.persons(si)
    found: list[Mention] = []
    for k in ctx.children.get(head, ()):
        if ctx.tokens[k].deprel not in relations:
            continue
        for j in (k, *(c for c in ctx.children.get(k, ()) if ctx.tokens[c].deprel == "conj")):
            for m in persons:
                if m.first_token <= j < m.last_token and m not in found:
                    found.append(m)
    return found or None


#: Nouns of an offer whose maker is named after "from" ("an offer from X to
#: serve as"): the infinitive's subject is the one who takes the offer.
OFFER_NOUNS = frozenset({"offer", "invitation", "request", "approach", "call"})


#: Words of refusing an offer ("turned down", "declined", "rejected").
REFUSING = frozenset({"down", "declined", "rejected", "refused", "spurned", "rebuffed"})


def _offer_before(ctx: MatchContext, si: int, head: Mention) -> int | None:
    """'accepted an offer from X', 'an invitation by X': the position of the verb
    that takes the offer, when ``head`` is the offer's maker."""
    if OFFER_NOUNS.isdisjoint(ctx.words):
        return None  # no noun of an offer in the text (most texts)
    tokens = ctx.tokens
    sent_first = ctx.sentences[si].first_token
    k = head.np_first - 1
    # (is_capitalised read without a call: this runs for every subject)
    while k > sent_first and tokens[k].text[:1].isupper() and head.np_first - k < 5:
        k -= 1  # "from New York City Mayor X": the place before the title
    if k <= sent_first or tokens[k].lower not in {"from", "by"}:
        return None
    noun = k - 1
    if tokens[noun].lower not in OFFER_NOUNS:
        return None
    verb = noun - 1
    while verb > sent_first and tokens[verb].lower in {"a", "an", "the", "his", "her", "their"}:
        verb -= 1
    return verb if verb > sent_first else None


def subject_people(ctx: MatchContext, si: int, first: int) -> list[Mention]:
    """The person (or coordinated people) before the trigger."""
    if ctx.children:  # a backend's parse
        dep = dep_people(ctx, si, first, ("nsubj", "nsubj:pass"))
        if dep is not None:
            return dep
    # (a plain loop: a comprehension that reads ``first`` makes it a cell, paid on
    # every call, and is a call of its own; sentences hold a person or two)
    cands: list[Mention] = []
    for m in ctx.persons(si):
        if m.np_last <= first and (not m.possessor or m.kind is MENTION_PRONOUN):
            cands.append(m)
    if not cands:
        return []
    # (the aside's reading picks one of ``cands``: where there is one, it is the head)
    alone = len(cands) == 1
    head = cands[-1] if alone else appositive_subject(ctx, si, first, cands) or cands[-1]
    shared = shared_subject_verb(ctx, si, head.np_last, first)
    if shared is not None:
        return subject_people(ctx, si, shared)
    if crosses_verb(ctx, head.np_last, first):
        return []
    if (
        head.np_first > 0
        and ctx.tokens[head.np_first - 1].lower == "by"
        and not _relative_subject(ctx, head, first)
    ):
        return []  # "a defeat by X left them 11th": X acts in a phrase, not the clause
    offer = _offer_before(ctx, si, head)
    if offer is not None:
        # "accepted an offer from X to serve as": the one who accepts takes the post;
        # "turned down an offer from X to join": nobody does
        refused = {t.lower for t in ctx.tokens[max(0, offer - 1) : offer + 1]}
        if refused & REFUSING:
            return []
        return subject_people(ctx, si, offer)
    if alone:
        return [head]  # (no one before the head for it to be listed with: most subjects)
    out = [head]
    # Coordination: "X, the A, and Y, the B, will both be leaving"; a bare comma
    # joins only a list that an "and" closes ("X, Y and Z").
    idx = _index_of(cands, head)
    closed = False
    while idx > 0:
        prev = cands[idx - 1]
        gap = _without_brackets(ctx.lowers[prev.np_last : out[0].np_first])
        if gap in _COORDINATION:
            closed = closed or gap != [","]
            out.insert(0, prev)
            idx -= 1
            continue
        break
    return out if closed else [head]


#: The most words a bracket after a listed name holds ("X (finance), Y (interior)").
BRACKET_WORDS_MAX = 5


def _without_brackets(gap: list[str]) -> list[str]:
    """The words between two listed names without a short bracket that opens them
    ("(finance) ," of "X (finance), Y (interior) and Z"): a note on the one before."""
    if gap[:1] != ["("] or ")" not in gap:
        return gap  # (most gaps: no bracket)
    close = gap.index(")")
    return gap[close + 1 :] if close <= BRACKET_WORDS_MAX + 1 else gap


def _relative_subject(ctx: MatchContext, head: Mention, first: int) -> bool:
    """'was led by X, who was named CFO in January': the trigger at ``first`` is in
    a who-clause right after ``head``, which is its subject wherever ``head`` stands."""
    k = head.np_last
    tokens = ctx.tokens
    return k + 1 < first and tokens[k].text == "," and tokens[k + 1].lower == "who"


def _index_of(cands: list[Mention], head: Mention) -> int:
    """Where ``head`` stands in ``cands`` (the last place if it is not there), found
    by identity: ``list.index`` would compare the mentions before it field by field."""
    if head is cands[-1]:
        return len(cands) - 1
    for i, m in enumerate(cands):
        if m is head:
            return i
    return len(cands) - 1


def shared_subject_verb(ctx: MatchContext, si: int, start: int, first: int) -> int | None:
    """'X was named to succeed Y and was due to be sworn in': the second verb's
    subject is the first one's. Returns the first verb's auxiliary, where the words
    before the trigger join it with "and" and an auxiliary."""
    tokens = ctx.tokens
    lowers = ctx.lowers
    joint: int | None = None
    for k in range(start, first - 1):
        if lowers[k] == "and" and lowers[k + 1] in FINITE_AUX:
            joint = k
            break
    sent_first = ctx.sentences[si].first_token
    if joint is None:
        if first - 1 > start and tokens[first - 1].lower == "and":
            # "X was promoted to major general and named commander": the participle
            # after "and" shares the passive's subject, X, the one right before it
            aux = start
            if aux < first and tokens[aux].lower in FINITE_AUX:
                return aux
        return None
    for k in range(sent_first + 1, min(joint, start)):
        if tokens[k].lower in FINITE_AUX and tokens[k - 1].lower not in RELATIVES_THAT:
            return k  # not "who has been" inside an aside
    return None


#: What encloses an aside: "X, a former banker, was named", "X — the brother of
#: Y — is the new minister".
_ASIDE_MARKS = frozenset({",", "—", "–", "--"})


#: Auxiliaries and raising words between a subject and its verb ("is expected to").
_AUX_OR_RAISING = SUBJECT_AUX | RAISING


def appositive_subject(
    ctx: MatchContext, si: int, first: int, cands: list[Mention]
) -> Mention | None:
    """'X, a former Acme banker who has advised Y, was named ...': the person before
    a comma-enclosed aside, not a name inside it; but in 'A friend of Y, X,
    resigned' the name between the commas is the subject."""
    # (marks are their own lower case: ``lowers`` is read, not the tokens' text)
    lowers = ctx.lowers
    sent_first = ctx.sentences[si].first_token
    k = first - 1
    while k > sent_first and lowers[k] in _AUX_OR_RAISING:
        k -= 1
    if k <= sent_first or lowers[k] not in _ASIDE_MARKS:
        return None
    mark = lowers[k]
    opening = k - 1
    while opening > sent_first and lowers[opening] not in (mark, ";", ":"):
        opening -= 1
    if lowers[opening] != mark or k - opening > ASIDE_MAX:
        return None
    for m in cands:
        if m.first_token == opening + 1 and m.last_token >= k - 1:
            return m  # a name between the commas
    for m in reversed(cands):
        if m.last_token == opening or m.np_last in (opening, opening + 1):
            return m  # the name before the aside
    # "X, a former adviser, replaces Y as minister, taking over ...": the participle's
    # subject is the clause's, the first name followed by a comma
    for m in reversed(cands):
        if m.np_last >= k:
            continue
        if k - m.np_last > ASIDE_MAX:
            return None
        gap = lowers[m.np_last : k]
        if ";" in gap or ":" in gap:
            return None
        if len(gap) > 1 and gap[0] == ",":
            return m
    return None


def crosses_verb(ctx: MatchContext, start: int, end: int) -> bool:
    """A finite clause between the subject and the trigger ("X said Y ...")."""
    return not CLAUSE_VERBS.isdisjoint(ctx.lowers[start:end])


def object_people(ctx: MatchContext, si: int, last: int) -> list[Mention]:
    """The person (or coordinated people) right after the trigger."""
    # "to fire his advisers": "his" is no object; "released his head trainer X" is X
    # (a plain loop, as in subject_people)
    persons: list[Mention] = []
    for m in ctx.persons(si):
        if (
            m.np_first >= last
            and not (m.kind is MENTION_PRONOUN and is_determiner(ctx, m))
            and not (m.possessor and m.kind is MENTION_NAME)  # "named Gordon's wife X"
        ):
            persons.append(m)
    if not persons:
        return []
    head = persons[0]
    if head.kind is MENTION_PRONOUN and ctx.tokens[head.first_token].lower in (
        pronouns_of_case("subject")
    ):
        # "announced he would not seek re-election as party leader": a subject
        # pronoun opens a clause of its own, it is no object
        return []
    k = last
    while k < head.np_first and ctx.tokens[k].lower in OBJECT_LEAD:
        k += 1
    titled = titled_apposition(ctx, si, last, persons)
    if titled is not None:
        # "appointed a former deputy governor of the state, Senator X, as ..."
        return [titled[0]]
    if k != head.np_first and not (
        _described_object(ctx, k, head)
        or _related_object(ctx, k, head)
        or _listed_after_lead(ctx, k, head)
    ):
        return []
    out = [head]
    for nxt in persons[1:]:
        gap = ctx.lowers[out[-1].np_last : nxt.np_first]
        if gap in _COORDINATION:
            out.append(nxt)
            continue
        break
    return out


#: How many words may announce a list of people after a colon ("appointed two new
#: independent non-executive directors: X and Y").
LIST_LEAD_WORDS = 6


def list_lead(ctx: MatchContext, last: int, people: list[Mention]) -> int | None:
    """Where the words that announce a list of ``people`` after a trigger end (the
    colon or the comma: "dropped three ministers, X, Y and Z,"), or None where
    the people follow the trigger otherwise."""
    if not people:
        return None
    head = people[0]
    k = last
    while k < head.np_first and ctx.tokens[k].lower in OBJECT_LEAD:
        k += 1
    if k == head.first_token or not _listed_after_lead(ctx, k, head):
        return None
    return head.first_token - 1


def _listed_after_lead(ctx: MatchContext, k: int, head: Mention) -> bool:
    """'appointed two new directors: X and Y', 'dropped three ministers, X, Y and
    Z, from the cabinet': the people follow a colon after a few lower-case words or
    numbers that end in a post (a title or a post noun, in the plural too), or a
    comma after such words that end in a plural post."""
    tokens = ctx.tokens
    mark = head.first_token - 1  # (the name's phrase may hold the post before the comma)
    if mark <= k or tokens[mark].text not in (":", ",") or mark - k > LIST_LEAD_WORDS:
        return False
    words = tokens[k:mark]
    if not all(t.text[:1].islower() or t.text.isdigit() for t in words):
        return False
    if tokens[mark].text == "," and not words[-1].lower.endswith("s"):
        return False  # "named a new chief, X": an apposition, read as one elsewhere
    return is_role_word(words[-1])  # the titles' heads hold their plurals


def _described_object(ctx: MatchContext, k: int, head: Mention) -> bool:
    """Between the trigger's words and the name there is a title the name rules
    split off ("fired Secretary of State Walter Brooks"), maybe after a few
    describing words ("replaced by theatre producer X", "ex-rugby manager X")."""
    for skip in range(DESCRIBING_WORDS + 1):
        if skip:
            word = ctx.tokens[k + skip - 1].text
            if not (word[:1].islower() and word.replace("-", "").isalpha()):
                return False
            if word.lower() in OBJECT_STOPS:
                return False
        start = k + skip
        if start >= head.first_token:
            return False
        title = ctx.role_after(start, head.first_token)
        if title is not None and title.last == head.first_token:
            return True
    return False


@functools.cache
def _relation_or_occupation_nouns() -> frozenset[str]:
    """``relation_nouns.txt`` and ``occupation_nouns.txt``: who the name before is."""
    return lexicon.words("relation_nouns.txt") | lexicon.words("occupation_nouns.txt")


def _related_object(ctx: MatchContext, k: int, head: Mention) -> bool:
    """'promoted his younger brother X', 'named her longtime ally X', 'names ex-Delta
    exec X': a few lower-case words ending in a word of kinship or association
    (``relation_nouns.txt``) or of a trade (``occupation_nouns.txt``) right before
    the name."""
    gap = ctx.tokens[k : head.np_first]
    # "Gordon's wife X": a possessor's name first
    for p in range(min(len(gap), 4)):
        if gap[p].text in {"'s", "\u2019s"} and all(t.text[:1].isupper() for t in gap[:p]):
            gap = gap[p + 1 :]
            break
    # "British arts 'heavyweight' X": quotes around the describing word
    gap = [t for t in gap if t.text not in _QUOTES]
    if not gap or len(gap) > DESCRIBING_WORDS + 1:
        return False
    if gap[-1].lower not in _relation_or_occupation_nouns():
        return False
    # "ex-Delta exec X": a lower-case word may hold a capital after its hyphen; a
    # demonym opens the description ("British banker X")
    return all(
        t.text.replace("-", "").isalpha()
        and (t.text[:1].islower() or (i == 0 and is_demonym(t.text)))
        for i, t in enumerate(gap)
    )


#: Quote marks a describing word may stand in.
_QUOTES = frozenset({"'", '"', "\u2018", "\u2019", "\u201c", "\u201d", "``", "''"})


def is_determiner(ctx: MatchContext, pronoun: Mention) -> bool:
    """'his', 'their', and 'her' before a noun: a possessive, not a person object."""
    low = ctx.tokens[pronoun.first_token].lower
    if low in {"his", "their", "its"}:
        return True
    k = pronoun.last_token
    if low != "her" or k >= len(ctx.tokens):
        return False
    nxt = ctx.tokens[k]
    return nxt.text.isalpha() and nxt.text.islower() and nxt.lower not in NOT_NOUNS


def listed_person(ctx: MatchContext, si: int, k: int) -> Mention | None:
    """The person that continues a list after a role ending at token ``k``."""
    limit = ctx.sentences[si].last_token
    gap = 0
    while k < limit and ctx.tokens[k].lower in {",", "and", ";"} and gap < 2:
        k += 1
        gap += 1
    if gap == 0:
        return None
    for m in ctx.persons(si):
        if k in (m.np_first, m.first_token) and m.kind is MENTION_NAME:
            return m
    return None


#: Words that open a fronted participle clause: "After joining the ministry in
#: 1990, X ...", "Since joining in 2016 X has ...".
_FRONTED_OPENERS = frozenset({"after", "since", "before", "upon", "on", "following"})


def participle_subject(ctx: MatchContext, si: int, first: int) -> list[Mention]:
    """The subject an -ing participle borrows from its clause: fronted ("After
    joining the ministry in 1990, X held posts") the name that opens the main
    clause; trailing ("X joined the board in 2019, becoming senior director in
    2020") the name that opens the sentence."""
    tokens = ctx.tokens
    sent = ctx.sentences[si]
    names = [m for m in ctx.persons(si) if m.kind is MENTION_NAME and not m.possessor]
    k = first - 1
    if k >= sent.first_token and tokens[k].lower in _FRONTED_OPENERS:
        k -= 1
    if k < sent.first_token:
        # fronted: the name right after the comma (or the year) that closes the clause
        for j in range(first + 1, sent.last_token - 1):
            text = tokens[j].text
            if text == "," or (text.isdigit() and len(text) == 4):
                # (or its name there: "Succeeding Y as coach, X said" reads the post
                # before the comma as X's title, and X's phrase opens before it)
                found = next(
                    (m for m in names if m.np_first == j + 1 or m.first_token == j + 1), None
                )
                if found is not None or text == ",":
                    return [found] if found is not None else []
        return []
    if tokens[first - 1].text == ",":
        opener = next((m for m in names if m.np_first == sent.first_token), None)
        if opener is not None and opener.np_last < first:
            return [opener]
    return []


#: How far into its sentence the verb "be" of an inverted clause may stand ("Joining
#: Orbis as head of credit in London is X").
INVERTED_REACH = 16


def inverted_subject(ctx: MatchContext, si: int, first: int) -> tuple[list[Mention], int]:
    """The people an inverted sentence names after "be", where a trigger's
    participle opens it ("Joining Orbis as head of credit is X", "Promoted to
    partner are X and Y", "Taking over as CEO will be X"), and where that "be"
    stands (-1 where the sentence is not so made). A comma before "be" closes a
    fronted clause instead ("Joining Orbis in 2019, X ..."), read elsewhere."""
    sent = ctx.sentences[si]
    if not opens_inverted(ctx, si, first):
        return [], -1
    for j in range(first + 1, min(sent.last_token - 1, first + INVERTED_REACH)):
        low = ctx.lowers[j]
        if low in {",", ";", ":"} or low in RELATIVES_THAT:
            break
        if low not in _INVERTED_BE:
            continue
        k = j + 1 if low != "will" else j + 2
        if low == "will" and ctx.lowers[j + 1] != "be":
            break
        people = object_people(ctx, si, k)
        if people and people[0].np_first <= k + 1:
            return people, j
        break
    return [], -1


#: Words that may open an inverted sentence before its participle ("Also leaving
#: the board is X", "Among those appointed were X and Y").
_INVERTED_OPENERS = frozenset({"also", "among", "those", "likewise", "similarly"})


def opens_inverted(ctx: MatchContext, si: int, first: int) -> bool:
    """The participle at ``first`` may open an inverted sentence: it stands first,
    or only words of :data:`_INVERTED_OPENERS` stand before it ("Also leaving is
    X", "Among those named were X")."""
    sent_first = ctx.sentences[si].first_token
    if first == sent_first:
        return True
    lowers = ctx.lowers
    if lowers[sent_first] not in _INVERTED_OPENERS:
        return False  # (most sentences: their first word tells)
    return all(low in _INVERTED_OPENERS for low in lowers[sent_first + 1 : first])


#: The forms of "be" an inverted clause puts before its subject ("is", "will be").
_INVERTED_BE = frozenset({"is", "are", "was", "were", "will"})


#: How many words the agent of a "whom" clause may take ("whom the governor").
WHOM_AGENT_MAX = 4


def whom_object(ctx: MatchContext, si: int, first: int) -> list[Mention]:
    """'Y, whom the governor appointed in January': the name before "whom" is the
    object of the verb after it."""
    tokens = ctx.tokens
    sent_first = ctx.sentences[si].first_token
    for k in range(first - 2, max(sent_first, first - 2 - WHOM_AGENT_MAX) - 1, -1):
        if tokens[k].lower != "whom":
            continue
        end = k - 1 if k - 1 >= sent_first and tokens[k - 1].text == "," else k
        return [m for m in ctx.persons(si) if m.kind is MENTION_NAME and m.last_token == end][:1]
    return []
