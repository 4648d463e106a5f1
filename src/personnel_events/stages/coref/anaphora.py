"""Pronouns and descriptions: a pronoun goes to the most salient person before it
that its gender allows (any person when none does, since translated text often
gets the gender wrong); a description ("the spokeswoman") goes to the last person
who held that title."""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable, Sequence

from ... import lexicon
from ...document import Document
from ...model import EntityLabel, Mention, Token
from ...names import appointing_verbs, succeeding_verbs, taking_verbs
from . import words
from .enums import DESCRIPTION, NAME, PERSON, PRONOUN

#: How many sentences back a pronoun may look for its antecedent.
PRONOUN_WINDOW = 3


def clause_between(tokens: Sequence[Token], start: int, end: int) -> bool:
    """A clause boundary among ``tokens[start:end]``: a conjunction, a reporting
    verb, or a comma that does not just close an apposition before its verb
    ("X, the COO, will succeed him")."""
    boundaries = words.clause_boundaries()
    auxiliaries = words.auxiliaries()
    for k in range(start, end):
        low = tokens[k].lower
        if low == ",":
            if k + 1 < end and tokens[k + 1].lower in auxiliaries:
                continue
            return True
        if low in boundaries:
            return True
    return False


#: Words after "her" that make it an object, not a possessive ("succeed her as").
_AFTER_OBJECT_HER = frozenset(
    {"as", "to", "in", "on", "at", "from", "for", "with", "after", "before", "when", "and", "who"}
)


def _object_her(tokens: Sequence[Token], k: int) -> bool:
    """'her' as an object: at the end of a clause or before a preposition."""
    if tokens[k].lower != "her":
        return False
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return nxt is None or not nxt.text[:1].isalnum() or nxt.lower in _AFTER_OBJECT_HER


#: A mention's kind, read in C.
_KIND = operator.attrgetter("kind")


def resolve_anaphora(
    doc: Document,
    mentions: list[Mention],
    assigned: dict[int, int],
    genders: list[str | None],
    labels: list[EntityLabel],
) -> None:
    """Assign pronouns and descriptions to entities, in reading order (``assigned``
    and ``genders`` are filled in place)."""
    by_sentence: dict[int, list[int]] = {}
    holders: dict[str, int] = {}
    kinds = list(map(_KIND, mentions))  # (read in C: a generator costs more)
    # who holds which title is read only by descriptions (most texts have none)
    descriptions = DESCRIPTION in kinds
    # The names after the last pronoun or description only record who was
    # mentioned where, which nothing reads after it: a quarter of the mentions.
    end = len(kinds)
    while end and kinds[end - 1] is NAME:
        end -= 1
    cases = _pronoun_cases()  # (once here, not for each pronoun)
    for mi, m in enumerate(mentions[:end]):
        kind = kinds[mi]
        if kind is PRONOUN:
            ei = antecedent(doc, mentions, assigned, genders, by_sentence, mi, cases)
            if ei is not None:
                assigned[mi] = ei
                if m.gender and not genders[ei]:
                    genders[ei] = m.gender
        elif kind is DESCRIPTION:
            if m.title is None:  # an epithet: "The 57-year-old", "The former banker"
                ei = epithet_antecedent(mentions, assigned, genders, by_sentence, mi)
            else:
                ei = description_antecedent(mentions, assigned, holders, mi)
            if ei is not None:
                assigned[mi] = ei
        ei = assigned.get(mi)
        if ei is not None:
            if labels[ei] is PERSON:
                people = by_sentence.get(m.sentence)  # (not setdefault: no list each time)
                if people is None:
                    by_sentence[m.sentence] = [mi]
                else:
                    people.append(mi)
            if descriptions and m.label is PERSON and (m.title or m.appos):
                for word in _role_words(m.title, m.appos):
                    holders[word] = mi


def antecedent(
    doc: Document,
    mentions: list[Mention],
    assigned: dict[int, int],
    genders: list[str | None],
    by_sentence: dict[int, list[int]],
    mi: int,
    cases: tuple[frozenset[str], frozenset[str], frozenset[str]],
) -> int | None:
    """The entity the pronoun ``mentions[mi]`` stands for; ``by_sentence`` holds the
    person mentions resolved so far, by sentence; ``cases`` is :func:`_pronoun_cases`."""
    m = mentions[mi]

    def ok(ci: int) -> bool:
        g = genders[assigned[ci]]
        return not (m.gender and g and g != m.gender)

    # Same sentence: the nearest person before the pronoun that is not only a
    # possessor ("Harris'") inside another person's apposition.
    same = [ci for ci in by_sentence.get(m.sentence, ()) if mentions[ci].end <= m.start]
    tokens = doc.tokens
    low = tokens[m.first_token].lower
    object_her = _object_her(tokens, m.first_token)
    subjects, objects, possessives = cases
    subject_case = low in subjects
    if object_her or low in objects:
        # "nominate X to replace him": not X, the subject of its own clause
        # (from the end of its apposition: "X, 53, chief of Y, will succeed her")
        same = [
            ci
            for ci in same
            if clause_between(
                tokens, max(mentions[ci].last_token, mentions[ci].np_last), m.first_token
            )
        ]
    if same and subject_case:
        same = _outside_quote(doc, mentions, same, m)
    if same and (subject_case or (low in possessives and not object_her)):
        # "X succeeded Y and revealed the details of his departure": a verb phrase
        # joined by "and" has the sentence's subject, and so has its pronoun
        subject = _coordinated_subject(doc, mentions, same, mi)
        if subject is not None and ok(subject):
            return assigned[subject]
    # the nearest that is not only a possessor, else the nearest at all (no list
    # made of the first: most pronouns have no one before them in their sentence)
    for ci in reversed(same):
        if not mentions[ci].possessor and ok(ci):
            return assigned[ci]
    for ci in reversed(same):
        if ok(ci):
            return assigned[ci]
    # Earlier sentences: the first person of the nearest sentence (the subject);
    # but the one appointed there, where the pronoun takes a post ("X has
    # appointed Y as deputy governor. She replaces Z": Y)
    if subject_case and not same and _takes_post_after(tokens, m.last_token):
        appointee = _appointee(doc, mentions, by_sentence, m.sentence, ok)
        if appointee is not None:
            return assigned[appointee]
    for back in range(1, PRONOUN_WINDOW + 1):
        cand = by_sentence.get(m.sentence - back, ())
        for ci in cand:
            if ok(ci) and not mentions[ci].possessor:
                return assigned[ci]
    # Nothing agrees in gender: take the nearest person at all.
    if same:
        return assigned[same[-1]]
    for back in range(1, PRONOUN_WINDOW + 1):
        cand = by_sentence.get(m.sentence - back, ())
        if cand:
            return assigned[cand[0]]
    return None


@functools.cache
def _pronoun_cases() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The subject, object and possessive pronouns: what :func:`antecedent` reads for
    every pronoun, fetched once for a text (not three lists for each pronoun)."""
    return (
        words.pronouns_of_case("subject"),
        words.pronouns_of_case("object"),
        words.pronouns_of_case("possessive"),
    )


#: Words between a pronoun and the verb it is the subject of ("she will replace").
_BEFORE_VERB = frozenset({"will", "would", "'ll", "\u2019ll", "is", "was", "also", "to", "then"})


def _takes_post_after(tokens: Sequence[Token], k: int) -> bool:
    """A verb of taking a post or of succeeding someone right after the pronoun
    ("She replaces Z", "He will take over", "She succeeds Z")."""
    while k < len(tokens) and tokens[k].lower in _BEFORE_VERB:
        k += 1
    return k < len(tokens) and tokens[k].lower in _taking_or_succeeding()


@functools.cache
def _taking_or_succeeding() -> frozenset[str]:
    """The forms of the verbs whose subject takes a post (``triggers.tsv``)."""
    return taking_verbs() | succeeding_verbs()


def _appointee(
    doc: Document,
    mentions: list[Mention],
    by_sentence: dict[int, list[int]],
    sentence: int,
    ok: Callable[[int], bool],
) -> int | None:
    """The person the nearest earlier sentence with people appoints: a person
    right after an appointing verb ("has appointed Dr. Y as"), not its first."""
    verbs = appointing_verbs()
    tokens = doc.tokens
    for back in range(1, PRONOUN_WINDOW + 1):
        cand = by_sentence.get(sentence - back, ())
        if not cand:
            continue
        for ci in cand[1:]:
            c = mentions[ci]
            if c.np_first > 0 and tokens[c.np_first - 1].lower in verbs and ok(ci):
                return ci
        return None
    return None


#: How many tokens before a pronoun the "and" of its verb phrase may stand.
_COORDINATION_REACH = 10


def _coordinated_subject(
    doc: Document, mentions: list[Mention], same: list[int], mi: int
) -> int | None:
    """The person mention that is the subject of the sentence, where the pronoun
    ``mentions[mi]`` stands in a verb phrase joined to it by "and" with no subject
    of its own ("X took over from Y in 2008 and said on Wednesday he would
    retire"): the first person of the sentence, no name or organisation before
    it, and no person, clause boundary or object pronoun between the "and" and
    the pronoun ("X replaced Y and praised him for his work" is not X's work)."""
    m = mentions[mi]
    tokens = doc.tokens
    first = doc.sentences[m.sentence].first_token
    stops = _coordination_stops()
    joined = None
    for k in range(m.first_token - 1, max(first, m.first_token - _COORDINATION_REACH) - 1, -1):
        low = tokens[k].lower
        if low == "and":
            joined = k
            break
        if low in stops:
            return None
    if joined is None or joined + 1 >= m.first_token:
        return None
    verb = tokens[joined + 1].lower
    if not (verb.endswith("ed") or verb in words.past_verbs()):
        return None
    subjects = [ci for ci in same if not mentions[ci].possessor]
    if not subjects:
        return None
    subject = subjects[0]
    if any(mentions[ci].start > tokens[joined].start for ci in same):
        return None  # a person between: "... and thanked Y for his work"
    opening = mentions[subject].start
    for k in range(mi - 1, -1, -1):
        other = mentions[k]
        if other.sentence != m.sentence:
            break
        if other.start < opening:
            return None  # "Acme fired X and said his ...": the subject is no person
    return subject


#: Quotation marks, straight and curly.
QUOTES = frozenset({'"', "\u201c", "\u201d"})


@functools.cache
def _coordination_stops() -> frozenset[str]:
    """What stops :func:`_coordinated_subject`'s walk back to "and": a comma, a
    semicolon, a colon, a quotation mark or an object pronoun (one set: one test)."""
    return frozenset({",", ";", ":"}) | QUOTES | words.pronouns_of_case("object")


#: Verbs after a quotation and its speaker's pronoun ("...," she said).
_SPEECH_VERBS = words.SAYING | {"added", "adds", "told", "continued"}


def _outside_quote(
    doc: Document, mentions: list[Mention], same: list[int], m: Mention
) -> list[int]:
    """The mentions of ``same`` that stand before the quotation the pronoun
    ``m`` closes as its speaker ('"Tarun is the right leader," she said': not
    Tarun); all of ``same`` where the pronoun speaks no quotation."""
    tokens = doc.tokens
    k = m.first_token
    if not (
        0 < k < len(tokens) - 1
        and tokens[k - 1].text in QUOTES
        and tokens[k + 1].lower in _SPEECH_VERBS
    ):
        return same
    first = doc.sentences[m.sentence].first_token
    opening = next((j for j in range(k - 2, first - 1, -1) if tokens[j].text in QUOTES), first)
    return [ci for ci in same if mentions[ci].last_token <= opening]


def description_antecedent(
    mentions: list[Mention], assigned: dict[int, int], holders: dict[str, int], mi: int
) -> int | None:
    """The last person before ``mentions[mi]`` ("the spokeswoman") whose title or
    apposition has its head word, or a title it stands for. ``holders`` gives, for
    each word of a title or an apposition, the last person mention before
    ``mentions[mi]`` that has it (so that a text full of descriptions nobody holds
    is not read back to its start for each)."""
    m = mentions[mi]
    head = (m.title or "").split()[-1].lower() if m.title else ""
    if not head:
        return None
    synonyms = words.title_synonyms().get(head, frozenset())
    latest = max((holders[w] for w in (head, *synonyms) if w in holders), default=None)
    return None if latest is None else assigned[latest]


#: How many (title, apposition) pairs' words are remembered (titles repeat).
ROLE_WORDS_CACHE_SIZE = 4096


@functools.lru_cache(maxsize=ROLE_WORDS_CACHE_SIZE)
def _role_words(title: str | None, appos: str | None) -> tuple[str, ...]:
    """The words of a mention's title and apposition, in lower case, and those of the
    title a short form stands for ("ceo": "chief executive officer"), which a
    description may use ("Orbis CEO Jane Roe ... the chief executive").
    Remembered: the same titles come again and again."""
    found = " ".join(r for r in (title, appos) if r).lower().split()
    variants = lexicon.title_variants()
    for word in found[:]:
        spelled = variants.get(word)
        if spelled is not None:
            found += spelled.split()
    return tuple(found)


#: How many sentences back an epithet may look for the person it tells of.
EPITHET_WINDOW = 2


def epithet_antecedent(
    mentions: list[Mention],
    assigned: dict[int, int],
    genders: list[str | None],
    by_sentence: dict[int, list[int]],
    mi: int,
) -> int | None:
    """The person an epithet opening a sentence tells of ("Tom Ash took over on
    Wednesday. The 57-year-old replaced Jane Roe."): the subject (first person, not
    a possessor) of the nearest sentence before that names one, within
    :data:`EPITHET_WINDOW`, whose gender does not contradict it."""
    m = mentions[mi]
    for back in range(1, EPITHET_WINDOW + 1):
        for ci in by_sentence.get(m.sentence - back, ()):
            if mentions[ci].possessor:
                continue
            g = genders[assigned[ci]]
            if m.gender and g and g != m.gender:
                continue
            return assigned[ci]
    return None
