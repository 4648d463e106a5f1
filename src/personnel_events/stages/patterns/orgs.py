"""Organisations near a trigger: the evidence frames find (the role phrase, the
trigger's object or agent, the person's own title, another body in the sentence)
and what never counts as an employer by itself (places, time words, ticker notes,
generic nouns, confirming bodies). :mod:`.facts` holds what a document says of its
organisations, :mod:`.policy` the ordered steps that choose a post's one.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from ... import lexicon
from ...candidates import Candidate, OrgEvidence, RoleSource, new_org_evidence
from ...members import (
    END,
    ORG_FROM_ACTING_NAME,
    ORG_FROM_AGENT,
    ORG_FROM_GENERIC,
    ORG_FROM_OBJECT,
    ORG_FROM_PASSIVE_AGENT,
    ORG_FROM_PERSON,
    ORG_FROM_ROLE,
    ORG_KIND_LEAGUE,
    ORG_KIND_NEWS,
    ORG_KIND_PLACE,
    ROLE_FROM_CLAUSE,
    ROLE_FROM_PERSON,
)
from ...model import Mention
from ...names import is_capitalised
from ...roles import Role, is_role_word
from ..coref.words import title_modifiers, titles
from .arguments import crosses_verb
from .context import MatchContext
from .posts import after_aside
from .senses import charge_nouns
from .words import AGENT_SKIP, BOARD_MEMBERS, GENERIC_ORGS, MOVE_ON


def _unnamed_body(word: str) -> bool:
    """A body a text need not name, the object of "join" or "leave" ("joined the
    cabinet", "left the administration"): a body or post noun of
    :func:`.senses.charge_nouns`, not a place visited (``visited_places.txt``)."""
    return word in charge_nouns() and word not in lexicon.words("visited_places.txt")


def org_name(ctx: MatchContext, m: Mention) -> str:
    """How an organisation mention is reported: its entity's name (a ticker or a
    short form stands for the full name coreference joined it to)."""
    return ctx.doc.entities[m.entity].name if m.entity is not None else m.text


# -- evidence near a trigger ---------------------------------------------------------------


#: Words of newness before a generic body ("the new agency").
_NEWNESS = frozenset({"new", "newly-formed", "newly-created", "fledgling"})
#: Words that never open the body a verb acts on, written with a capital in a
#: title-case headline ("X Resigns As Orbis Chairman", "X Named To Board").
_NO_BODY_OPENERS = frozenset({"as", "to", "for", "with", "after", "on", "in", "by"})


#: How many lower-case words may describe a named body after "the" ("the
#: relatively traditional Boston Symphony Orchestra").
DESCRIBED_ORG_REACH = 3


def _described_org_at(ctx: MatchContext, si: int, k: int, limit: int) -> OrgEvidence | None:
    """The organisation named after up to :data:`DESCRIBED_ORG_REACH` lower-case
    words at ``k`` (after "the"): "the storied Boston Symphony Orchestra"."""
    tokens = ctx.tokens
    j, stop = k, min(limit, k + DESCRIBED_ORG_REACH)
    while j < stop and tokens[j].text.isalpha() and tokens[j].text.islower():
        j += 1
    if j == k or j >= limit:
        return None
    for m in ctx.orgs(si):
        if m.first_token == j:
            return new_org_evidence(name=org_name(ctx, m), source=ORG_FROM_OBJECT)
    return None


def object_org(ctx: MatchContext, si: int, last: int) -> OrgEvidence | None:
    """'join Acme', 'leave the bank', 'step down from the board of X'."""
    tokens = ctx.tokens
    limit = ctx.sentences[si].last_token
    k = last
    if k < limit and tokens[k].lower in {"from", "at", "of", "to"}:
        k += 1  # "left from", "started at", "took charge of", "returns to Orbis"
    if k < limit and tokens[k].lower == "the":
        if (
            k + 2 < limit
            and tokens[k + 1].lower in _NEWNESS
            and tokens[k + 2].lower in GENERIC_ORGS
        ):
            k += 1  # "head the new agency", "joined the newly formed team": a body
        ministry = lowercase_ministry(ctx, k + 1, limit)
        if ministry is not None:
            return new_org_evidence(name=ministry, source=ORG_FROM_OBJECT)
        if k + 1 < limit and tokens[k + 1].text[:1].isupper():
            # "to the Ministry of Defence", "joined the Bank of England": a body's
            # name that opens with a generic word is that body, not "the ministry"
            named = _org_at(ctx, si, k + 1)
            if named is not None and not is_generic(name := org_name(ctx, named)):
                return new_org_evidence(name=name, source=ORG_FROM_OBJECT)
        if k + 1 < limit and (
            tokens[k + 1].lower in GENERIC_ORGS or _unnamed_body(tokens[k + 1].lower)
        ):
            owner = _body_after_of(ctx, si, k + 2, limit)
            if owner is not None:
                return owner  # "join the board of the Global Sanitation Fund"
            nxt = tokens[k + 2] if k + 2 < limit else None
            if (
                nxt is not None
                and nxt.text.isalpha()
                and nxt.text.islower()
                and nxt.lower not in lexicon.words("common_words.txt")
                and nxt.lower not in lexicon.words("time_words.txt")
            ):
                return None  # "left the team bus", "joined the board meeting": a thing
            return new_org_evidence(name=None, source=ORG_FROM_GENERIC)
        k += 1
        described = _described_org_at(ctx, si, k, limit)
        if described is not None:
            return described  # "to run the relatively traditional Boston Symphony"
    if k < limit and tokens[k].lower in lexicon.words("time_words.txt"):
        return None  # "died Tuesday", "left in March": a time, never a body
    if k < limit and tokens[k].lower in _NO_BODY_OPENERS:
        return None  # "Resigns As Orbis Chairman": a title-case headline's "as"
    # "left Spanish club Deportivo Sur", "joined oil company Zentra": the name
    descriptors = lexicon.words("org_descriptors.txt")
    for d in range(k, min(limit - 1, k + 3)):
        if tokens[d].lower in descriptors and is_capitalised(tokens[d + 1]):
            k = d + 1
            break
        if tokens[d].lower in _RIVAL_WORDS and _org_at(ctx, si, d + 1) is not None:
            k = d + 1  # "to join rival Stratus Insurance" (not "his rival X": a person)
            break
    named = _org_at(ctx, si, k)
    if named is not None:
        return new_org_evidence(name=org_name(ctx, named), source=ORG_FROM_OBJECT)
    j = k
    while j < limit and tokens[j].text[:1].isupper():  # (is_capitalised, without a call)
        j += 1
    if j > k and not _person_at(ctx, si, k):
        # "the Tourism and Wildlife Ministry": "and" inside a body's name that an
        # organisation word closes
        end = j
        while (
            end + 1 < limit
            and tokens[end].lower in {"and", "&"}
            and is_capitalised(tokens[end + 1])
        ):
            run = end + 1
            while run < limit and is_capitalised(tokens[run]):
                run += 1
            if tokens[run - 1].lower not in lexicon.words("org_words.txt"):
                break
            end = j = run
        if _all_title_words(ctx.lowers[k:j]):
            return None  # "became CEO", "was made Chief Operating Officer": a title
        return new_org_evidence(name=ctx.span_text(k, j - 1), source=ORG_FROM_OBJECT)
    return None


# (plain loops, not generators: these run for each trigger's object, and a
# generator that reads a local makes it a cell on every call of the function)
def _org_at(ctx: MatchContext, si: int, k: int) -> Mention | None:
    """The organisation of sentence ``si`` whose name opens at token ``k``."""
    for m in ctx.orgs(si):
        if m.first_token == k:
            return m
    return None


def _person_at(ctx: MatchContext, si: int, k: int) -> bool:
    """A person of sentence ``si`` whose name opens at token ``k``."""
    for m in ctx.persons(si):  # noqa: SIM110 - not any(): see above
        if m.first_token == k:
            return True
    return False


def _all_title_words(words: list[str]) -> bool:
    """Each of ``words`` is a title's or a title modifier's ("chief operating officer")."""
    names, modifiers = titles(), title_modifiers()
    for w in words:  # noqa: SIM110 - not any(): see above
        if w not in names and w not in modifiers:
            return False
    return True


def joined_org(ctx: MatchContext, si: int, last: int) -> OrgEvidence | None:
    """The body a verb of starting names after it (:func:`object_org`), but for a
    body after "from": that one is left, and the body joined is the one after the
    "to" that follows it ("moved from Acme to Orbis as CFO": Orbis), else none is
    named ("joins from Acme as CFO"). A person after "from" ("takes over from Y")
    is read as before."""
    lowers = ctx.lowers
    limit = ctx.sentences[si].last_token
    if last >= limit or lowers[last] != "from":
        return object_org(ctx, si, last)
    opening = last + 2 if last + 1 < limit and lowers[last + 1] == "the" else last + 1
    left = _org_at(ctx, si, opening)
    if left is None:
        return object_org(ctx, si, last)
    if left.last_token < limit and lowers[left.last_token] == "to":
        return object_org(ctx, si, left.last_token)
    return None


#: Words before the name of a competing organisation ("joined rival Stratus Bank").
_RIVAL_WORDS = frozenset({"rival", "competitor", "archrival", "arch-rival"})


def _body_after_of(ctx: MatchContext, si: int, k: int, limit: int) -> OrgEvidence | None:
    """'the board of (the) Global Sanitation Fund': the organisation named right
    after "of" (and "the"), where a body's part or a generic body is its object."""
    if k >= limit or ctx.lowers[k] != "of":
        return None
    k += 1
    if k < limit and ctx.lowers[k] == "the":
        k += 1
    for m in ctx.orgs(si):
        if m.first_token == k:
            return new_org_evidence(name=org_name(ctx, m), source=ORG_FROM_OBJECT)
    return None


#: Heads of a government body written in lower case ("the health ministry").
DEPARTMENT_HEADS = frozenset({"ministry", "department"})


def lowercase_ministry(ctx: MatchContext, k: int, limit: int) -> str | None:
    """'took over the health ministry', 'moves to the foreign affairs department',
    'the Education ministry': one to three words and a ministry's head written in
    lower case, the body's name."""
    tokens = ctx.tokens
    j, stop = k, min(limit, k + 3)
    while j < stop and tokens[j].text.isalpha():
        if tokens[j].lower in DEPARTMENT_HEADS:
            break
        j += 1
    if j == k or j >= limit or tokens[j].text not in DEPARTMENT_HEADS:
        return None  # (a capitalised head closes a name read as one: "Justice Department")
    if j + 1 < limit and tokens[j + 1].lower == "of":
        return None  # "the department of X": the name goes on
    return ctx.span_text(k, j)


def passive_agent_org(ctx: MatchContext, si: int, last: int) -> OrgEvidence | None:
    """'was hired by Zeta Bank': the organisation that acts."""
    tokens = ctx.tokens
    k = last
    limit = ctx.sentences[si].last_token
    while k < limit and k - last < 4 and tokens[k].lower != "by":
        if tokens[k].text in {",", ";", ":"} or tokens[k].lower == "as":
            return None
        k += 1
    if k >= limit or tokens[k].lower != "by":
        return None
    k += 1
    if k < limit and tokens[k].lower == "the":
        k += 1
    for m in ctx.orgs(si):
        if m.first_token == k:
            return OrgEvidence(name=org_name(ctx, m), source=ORG_FROM_PASSIVE_AGENT)
    # "was let go by Orbis": a name of nobody's (not "by the Prime Minister")
    end = k
    while end < limit and is_capitalised(tokens[end]):
        end += 1
    if end > k and unknown_body(ctx, si, k, end):
        return OrgEvidence(name=ctx.span_text(k, end - 1), source=ORG_FROM_PASSIVE_AGENT)
    return None


def unknown_body(ctx: MatchContext, si: int, first: int, end: int) -> bool:
    """Whether the capitalised words ``tokens[first:end]`` can name a body the text
    does not otherwise know: no person of the sentence stands there, and none of
    them is a word of a time, a title or common speech ("Orbis"; not "Tom Ash",
    "Monday", "the Prime Minister", "He")."""
    times = lexicon.words("time_words.txt")
    common = lexicon.words("common_words.txt")
    tokens = ctx.tokens
    return not any(m.np_first < end and m.last_token > first for m in ctx.persons(si)) and not any(
        tokens[j].lower in times or tokens[j].lower in common or is_role_word(tokens[j])
        for j in range(first, end)
    )


#: Words that open a sentence before an acting name and are none of it.
_OPENING_NO_NAME = frozenset({"the", "on", "in", "at", "by", "since", "after", "before", "late"})
#: Words of a time told between an organisation and its verb, on top of the
#: months and days ("Orbis late last week named X").
_TIME_BEFORE_VERB = frozenset({"yesterday", "last", "late", "early", "earlier", "week", "this"})


def agent_org(ctx: MatchContext, si: int, first: int) -> OrgEvidence | None:
    """The organisation that acts: 'Quillon Therapeutics removed ...'; else a lone
    capitalised name that is nobody we know ("Chelsea have appointed")."""
    head_end = ctx.doc.dateline.end if ctx.doc.dateline is not None else 0
    orgs = [
        m
        for m in ctx.orgs(si)
        if m.last_token <= first
        # a credit line ("(Reuters) -", "(Xinhua) --") or the dateline acts for nobody
        and m.org_kind is not ORG_KIND_NEWS
        and m.start >= head_end
    ]
    aside = _aside_before(ctx, si, first)
    if aside is not None:
        # "Waterline, the charity that works in East Africa, has appointed X": the
        # name before the aside acts, not one inside it
        orgs = [m for m in orgs if m.last_token <= aside]
        if orgs and orgs[-1].last_token != aside:
            orgs = []
    if orgs and not crosses_verb(ctx, orgs[-1].last_token, first):
        return new_org_evidence(name=org_name(ctx, orgs[-1]), source=ORG_FROM_AGENT)
    tokens = ctx.tokens
    sent_first = ctx.sentences[si].first_token
    k = first - 1
    times = lexicon.words("time_words.txt")
    while k > sent_first and (
        tokens[k].lower in AGENT_SKIP
        or tokens[k].lower in times
        or tokens[k].lower in _TIME_BEFORE_VERB
        or tokens[k].text.isdigit()
    ):
        k -= 1  # "Orbis on Wednesday named X", "Orbis late last week appointed X"
    if (
        k >= sent_first
        and is_capitalised(tokens[k])
        and not tokens[k].lower.endswith("ly")  # "Newly appointed ...": an adverb
        and tokens[k].lower not in lexicon.words("time_words.txt")
        and tokens[k].lower not in lexicon.words("titles.txt")
        and not _in_person(ctx, si, k)
    ):
        j = k
        common = lexicon.words("common_words.txt")
        while (
            j - 1 >= sent_first
            and is_capitalised(tokens[j - 1])
            # "On Wednesday Orbis named": a time before the name is none of it
            and tokens[j - 1].lower not in times
        ):
            j -= 1
        while j < k and (tokens[j].lower in _OPENING_NO_NAME or tokens[j].lower in times):
            j += 1  # "The", "On" opening the sentence
        if j <= k and not common.issuperset(ctx.lowers[j : k + 1]):
            # "He appointed", "They also hired": a capitalised common word is nobody
            return OrgEvidence(name=ctx.span_text(j, k), source=ORG_FROM_ACTING_NAME)
    return None


def _in_person(ctx: MatchContext, si: int, k: int) -> bool:
    """Token ``k`` is in the name of a person of sentence ``si``. (A plain loop: a
    generator reading ``k`` would make it a cell of the caller's.)"""
    for m in ctx.persons(si):  # noqa: SIM110 - not any(): see above
        if m.first_token <= k < m.last_token:
            return True
    return False


#: How many words a comma-enclosed aside between an agent and its verb may hold.
AGENT_ASIDE_MAX = 20


def _aside_before(ctx: MatchContext, si: int, first: int) -> int | None:
    """Where the comma that opens an aside right before the verb stands ("X, the
    charity that works in East Africa, has appointed": the comma after X), or None."""
    tokens = ctx.tokens
    sent_first = ctx.sentences[si].first_token
    k = first - 1
    while k > sent_first and tokens[k].lower in AGENT_SKIP:
        k -= 1
    if k <= sent_first or tokens[k].text != ",":
        return None
    for j in range(k - 1, max(sent_first, k - AGENT_ASIDE_MAX) - 1, -1):
        if tokens[j].text == ",":
            return j
        if tokens[j].text in {";", ":"}:
            return None
    return None


def person_orgs(person: Mention) -> tuple[OrgEvidence, ...]:
    """The organisations a person's own title and apposition name."""
    return tuple(
        OrgEvidence(name=name, source=ORG_FROM_PERSON)
        for name in (person.title_org, person.appos_org)
        if name
    )


def succession_post(
    role: Role | None, ends: Sequence[Mention]
) -> tuple[str | None, RoleSource, list[OrgEvidence]]:
    """The post both sides of a succession share: the role the clause names, else
    the title or apposition of the one who leaves; with its organisation evidence
    (the role's, then the leaver's own title's or apposition's)."""
    text = role.text if role else None
    source = ROLE_FROM_CLAUSE if text else ROLE_FROM_PERSON
    orgs = [OrgEvidence(name=role.org, source=ORG_FROM_ROLE)] if role and role.org else []
    for m in ends:
        text = text or m.title or m.appos
    for m in ends:
        orgs.extend(person_orgs(m)[:1])
    return text, source, orgs


def source_or_agent(ctx: MatchContext, org: Mention) -> bool:
    """An organisation quoted as a source or acting on someone else's post: "told
    Reuters", "according to the bank", "confirmed by the Senate"."""
    lowers = ctx.lowers
    before = org.first_token - 1
    if before > 0 and lowers[before] == "the":
        before -= 1
    if before > 0 and lowers[before] == "to":
        before -= 1
    return before >= 0 and lowers[before] in {"told", "according", "by"}


def _in_relative_clause(ctx: MatchContext, person: Mention, org: Mention, c: Candidate) -> bool:
    """``org`` sits in a who-clause about ``person``, before the clause ends and away
    from the candidate's own person and trigger."""
    k = person.np_last
    if k < org.first_token and ctx.tokens[k].text == ",":
        k += 1
    if k >= org.first_token or ctx.tokens[k].lower not in {"who", "whose"}:
        return False
    inside = range(k, org.first_token)
    if c.person.first_token in inside or c.trigger.first in inside:
        return False
    # (marks are their own lower case; a slice's test, not a generator)
    gap = ctx.lowers[k : org.first_token]
    return ";" not in gap and ":" not in gap


def sentence_org(ctx: MatchContext, c: Candidate, skip: frozenset[str] = frozenset()) -> str | None:
    """An organisation in the same sentence: not one only quoted as a source, nor
    one inside another person's title ("Y, the Director of the Office of X"), nor
    one whose name is in ``skip``; not the past employer of a START's person
    ("Orbis veteran X will take the job")."""
    orgs = ctx.orgs(c.sentence)
    if not orgs:
        return None
    person = c.person
    # (plain loops here, no generator nor comprehension: one would make ``c``,
    # ``m`` and ``person`` cells, read at a cost all through this loop)
    others: list[Mention] = []
    for p in ctx.persons(c.sentence):
        if p is not person:
            others.append(p)
    starts = c.type is not END
    aside = range(0)
    if starts:
        # "elected X, a former FDA official, as its chair": X's past, not the post's
        sent_last = ctx.sentences[c.sentence].last_token
        aside = range(person.np_last, after_aside(ctx, person.np_last, sent_last))
    # (a who-clause needs its word: most texts have none)
    relatives = "who" in ctx.words or "whose" in ctx.words
    lowers = ctx.lowers
    for m in orgs:
        # (the cheap tests first: which one passes a body over does not matter)
        if m.org_kind in BYSTANDER_KINDS or m.text in skip or m.first_token in aside:
            # "NEW YORK (Reuters) -", "told Jiji Press", "the AFL": no employer by
            # standing near (coreference gave the kind)
            continue
        if _inside_phrase(m, others):
            continue
        if (
            starts
            and min(person.np_first, c.trigger.last) <= m.first_token
            and m.last_token <= person.first_token
        ):
            continue  # "picked Orbis Bank's managing director X": the post X leaves behind
        if opens_title(ctx, m):
            continue
        if (
            m.first_token > 0
            and is_capitalised(ctx.tokens[m.first_token - 1])
            and is_generic(org_name(ctx, m))
        ):
            continue  # "Bank" of "First Bank": the tail of a name, not "the bank"
        if starts and (_past_affiliation(ctx, m, person) or _former_in_apposition(ctx, m, person)):
            continue
        if not starts and _moves_on_before(ctx, c.trigger.last, m.first_token):
            continue  # "left to join Kestrel Labs": the body of the next post
        if relatives and _in_who_clause(ctx, others, m, c):
            continue  # "replacing Y, who is leaving to teach at X": Y's X
        if source_or_agent(ctx, m) or (m.first_token > 0 and lowers[m.first_token - 1] == "to"):
            continue
        return org_name(ctx, m)
    return None


def _in_who_clause(ctx: MatchContext, persons: list[Mention], org: Mention, c: Candidate) -> bool:
    """``org`` sits in a who-clause about one of ``persons`` (:func:`_in_relative_clause`)."""
    for p in persons:  # noqa: SIM110 - not any(): see sentence_org
        if _in_relative_clause(ctx, p, org, c):
            return True
    return False


def _inside_phrase(org: Mention, persons: list[Mention]) -> bool:
    """``org`` stands inside one of ``persons``' noun phrases ("Y, the Director of
    the Office of X"). (A plain loop: this runs for each organisation a candidate
    reads, where a generator in ``any`` costs more than the test.)"""
    first, last = org.first_token, org.last_token
    for p in persons:  # noqa: SIM110 - not any(): see above
        if p.np_first <= first and last <= p.np_last:
            return True
    return False


def _moves_on_before(ctx: MatchContext, start: int, first: int) -> bool:
    """A "to" and a verb of moving on ("to join", ``MOVE_ON``) between token
    ``start`` and the organisation at ``first``."""
    lowers = ctx.lowers
    for k in range(start, first - 1):  # noqa: SIM110 - not any(): see above
        if lowers[k] == "to" and lowers[k + 1] in MOVE_ON:
            return True
    return False


@functools.cache
def _past_affiliation_words() -> frozenset[str]:
    """``past_affiliations.txt`` and ``former_words.txt`` ("veteran", "former")."""
    return lexicon.words("past_affiliations.txt") | lexicon.words("former_words.txt")


def _past_affiliation(ctx: MatchContext, org: Mention, person: Mention) -> bool:
    """'Orbis veteran X', 'an Orbis alumna, X', 'former Orbis chief X': the
    organisation tells where the person comes from (``past_affiliations.txt`` and
    ``former_words.txt``)."""
    if not org.last_token <= person.first_token <= org.last_token + 4:
        return False
    words = _past_affiliation_words()
    tokens = ctx.tokens
    if not words.isdisjoint(ctx.lowers[org.last_token : person.first_token]):
        return True  # "Orbis veteran X", "Orbis alumnus and banker X"
    before = tokens[org.first_token - 1].lower if org.first_token > 0 else ""
    return before in words  # "former Orbis chief X", "ex-Orbis CFO X"


def _former_in_apposition(ctx: MatchContext, org: Mention, person: Mention) -> bool:
    """'X, the former Orbis finance director who joined Y, will become ...': the
    organisation of a post the person's own apposition says was left."""
    k = org.first_token - 1
    # (the place first: most bodies stand outside the apposition, and the word
    # list is a cached call)
    if not person.last_token <= k < person.np_last:
        return False
    return ctx.lowers[k] in lexicon.words("former_words.txt")


def credit_line(ctx: MatchContext, m: Mention) -> bool:
    """A name in brackets on its own: a news agency's credit line ("TOKYO
    (Wirepost) --") or a ticker note, not a body the text speaks of."""
    tokens = ctx.tokens
    return (
        m.first_token > 0
        and tokens[m.first_token - 1].text == "("
        and m.last_token < len(tokens)
        and tokens[m.last_token].text == ")"
    )


def is_government_title(role: str) -> bool:
    """A post in a government (``government_titles.txt``: "minister", "governor",
    "attorney general", "head of state"), not a party's ("party leader")."""
    words = role.lower().replace("-", " ").split()
    if "party" in words:
        return False
    by_first = _government_titles_by_first()
    for i, word in enumerate(words):
        for phrase in by_first.get(word, ()):
            if tuple(words[i : i + len(phrase)]) == phrase:
                return True
    return False


@functools.cache
def _government_titles_by_first() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases of ``government_titles.txt`` by their first word."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in lexicon.phrases("government_titles.txt"):
        out.setdefault(phrase[0], []).append(phrase)
    return {w: tuple(ps) for w, ps in out.items()}


@functools.cache
def title_abbreviations() -> dict[str, frozenset[str]]:
    """Title initials -> the titles they may stand for ("ad" -> "athletic director",
    "md" -> "managing director"): the titles of ``titles.txt`` of two words or
    more, and the short variants of ``title_variants.tsv``."""
    out: dict[str, set[str]] = {}
    for title in lexicon.words("titles.txt"):
        words = [w for w in title.replace("-", " ").split() if w not in {"of", "and", "the"}]
        if len(words) >= 2 and all(w.isalpha() for w in words):
            out.setdefault("".join(w[0] for w in words), set()).add(title)
    for row in lexicon.checked("title_variants.tsv", 2):
        if row[0].isalpha() and len(row[0]) <= 4:
            out.setdefault(row[0].lower(), set()).add(row[1].lower())
    return {k: frozenset(v) for k, v in out.items()}


def named_as_regulator(ctx: MatchContext, m: Mention) -> bool:
    """'the regulator X', 'market watchdog X' (``regulator_words.txt``)."""
    k = m.first_token - 1
    return k >= 0 and ctx.tokens[k].lower in lexicon.words("regulator_words.txt")


def opens_title(ctx: MatchContext, m: Mention) -> bool:
    """'Athletic director X': a one-word name that is the first word of a title
    written on in lower case (``titles.txt``), read as a name at the head of a
    sentence."""
    k = m.last_token
    if k != m.first_token + 1 or k >= len(ctx.tokens) or not ctx.tokens[k].text.islower():
        return False
    return f"{m.text.lower()} {ctx.tokens[k].lower}" in lexicon.words("titles.txt")


def based_in(ctx: MatchContext, si: int, name: str) -> tuple[bool, str | None]:
    """Whether ``name`` is the town of a "-based" phrase in sentence ``si``
    ("Dover, Del.-based Halcyon Freight", "Tulsa-based Ardent"), and the body
    based there when a name follows (None for "the Akron, Ohio-based firm")."""
    if not ctx.has_based:
        return False, None  # no "-based" in the text
    tokens = ctx.tokens
    sent = ctx.sentences[si]
    first, limit = sent.first_token, sent.last_token
    head = name.split()[0]
    for k in range(first, limit):
        if tokens[k].text != head:
            continue
        end = next(
            (j + 1 for j in range(k, min(limit, k + 8)) if ctx.span_text(k, j) == name), None
        )
        if end is None:
            continue
        after = _after_based(ctx, end, limit)
        if after is None:
            continue
        for m in ctx.orgs(si):
            if m.first_token == after:
                return True, org_name(ctx, m)
        j = after
        while j < limit and is_capitalised(tokens[j]):
            j += 1
        return True, (ctx.span_text(after, j - 1) if j > after else None)
    return False, None


def _after_based(ctx: MatchContext, end: int, limit: int) -> int | None:
    """The token after "-based" when it follows a town at ``end``, itself
    maybe after its state (", Del.-based", ", Ohio-based", "-based")."""
    tokens = ctx.tokens
    k = end
    if k < limit and tokens[k].text == ",":
        k += 1
        stop = min(limit, k + 4)
        while k < stop and is_capitalised(tokens[k]) and not tokens[k].lower.endswith("-based"):
            k += 1
    if k < limit and tokens[k].lower.endswith("-based") and tokens[k].lower != "-based":
        return k + 1  # "Ohio-based"
    if k + 1 < limit and tokens[k].text in {"-", "\u2013"} and tokens[k + 1].lower == "based":
        return k + 2  # "Del." "-" "based"
    return None


def without_base(name: str) -> str:
    """'Tulsa-based Ardent Pipelines': the name without where it is based."""
    if "-based" not in name.lower():
        return name  # (most names)
    words = name.split()
    for i, w in enumerate(words[:-1]):
        if w.lower().endswith("-based"):
            return " ".join(words[i + 1 :])
    return name


# -- what the document says about its organisations -----------------------------------------


#: Kinds of organisation that stand near a post without being its employer: the
#: news agency quoting, the league a club plays in, the place a story is set in.
BYSTANDER_KINDS = frozenset({ORG_KIND_NEWS, ORG_KIND_LEAGUE, ORG_KIND_PLACE})


def is_legislature(org: str) -> bool:
    """'the Senate', 'Parliament', 'the House of Commons' (``legislatures.txt``)."""
    words = org.lower().split()
    if words and words[0] == "the":
        words = words[1:]
    bodies = lexicon.words("legislatures.txt")
    return bool(words) and (" ".join(words) in bodies or words[-1] in bodies)


#: (read for each candidate and each mention of an organisation, so the same few
#: names of a document many times; a bounded cache)
@functools.lru_cache(maxsize=4096)
def is_generic(org: str) -> bool:
    """'the Company', 'Board', 'the Board of Directors': a body no text names."""
    words = org.lower().split()
    if words and words[0] in {"the", "its", "our"}:
        words = words[1:]
    if len(words) == 3 and words[1] == "of" and words[2] in BOARD_MEMBERS:
        words = words[:1]
    return len(words) == 1 and words[0] in GENERIC_ORGS
