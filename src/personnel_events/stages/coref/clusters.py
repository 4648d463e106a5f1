"""Clustering mentions into entities: organisations by their text, full names of
people by surname with a compatible given name, then lone surnames and given
names, then pronouns and descriptions (:mod:`.anaphora`)."""

from __future__ import annotations

from collections.abc import Sequence

from ...document import Document
from ...model import Entity, EntityLabel, Mention, OrgKind, Token, make_entity
from ...names import given_name_gender
from . import orgs, tickers, words
from .anaphora import resolve_anaphora
from .enums import NAME, ORG, PERSON
from .matching import MAX_NAME_FORMS, PersonIndex, find_person, fold, name_parts
from .people import people_by_use
from .spellings import LazySpellings

#: The name parts of a mention that is no name.
_NO_NAME = ("", "")


class Clusters:
    """The entities built so far: each one's mentions, name forms, sex and label,
    and which entity each mention went to."""

    def __init__(self, tokens: Sequence[Token], mentions: list[Mention]) -> None:
        self.tokens = tokens
        self.mentions = mentions
        # mention -> (given name, surname) of a name of a person or of what may be
        # one, read once by pass 1 (the token spans of mentions never change while
        # they are clustered; an organisation's name is compared by its whole text)
        self.names: list[tuple[str, str]] = [_NO_NAME] * len(mentions)
        # The name mentions of people and of what may be people, in order: those
        # pass 1 gives to a person, and those it leaves to pass 2 (``lone``: each
        # with its surname folded, the word pass 2 looks up)
        self.people: list[int] = []
        self.lone: dict[int, str] = {}
        self.members: list[list[int]] = []  # entity -> mention indices
        # entity -> (given, surname) of its names (an organisation's, _NO_NAME, unread)
        self.parts: list[list[tuple[str, str]]] = []
        self.genders: list[str | None] = []
        self.labels: list[EntityLabel] = []
        self.assigned: dict[int, int] = {}  # mention -> entity

    def new_entity(self, mi: int, label: EntityLabel) -> int:
        """A new entity with ``mentions[mi]`` its first member."""
        self.members.append([mi])
        self.parts.append([self.names[mi]])
        self.genders.append(self.mentions[mi].gender)
        self.labels.append(label)
        ei = self.assigned[mi] = len(self.members) - 1
        return ei

    def join(self, mi: int, ei: int) -> None:
        """``mentions[mi]`` joins entity ``ei`` (and tells its sex, if it was unknown)."""
        self.members[ei].append(mi)
        self.assigned[mi] = ei
        g = self.mentions[mi].gender
        if g and not self.genders[ei]:
            self.genders[ei] = g


def cluster(doc: Document, mentions: list[Mention]) -> tuple[list[Mention], list[Entity]]:
    """The mentions, each with its entity, and the entities. ``mentions`` is
    updated in place (and returned), and so are the mentions themselves (their
    ``entity``): they must be made for this call, as :func:`.find_mentions` makes them."""
    tokens = doc.tokens
    tickers.exchanges_in_notes(tokens, mentions)
    people_by_use(doc, mentions)
    orgs.organisations_by_use(tokens, mentions, doc.lowers())
    c = Clusters(tokens, mentions)
    index = PersonIndex()
    org_heads = _full_names(c, index)
    _given_name_sexes(c)
    _lone_names(c, index, org_heads)
    orgs.relabel_organisations(tokens, mentions, c.members, c.labels)
    # Pronouns and descriptions, in reading order.
    resolve_anaphora(doc, mentions, c.assigned, c.genders, c.labels)

    # Each mention's entity set in place, no copies: the mentions are this stage's
    # own until it returns them (a copy of each took a twentieth of its time)
    for m in [m for m in mentions if m.entity is not None]:
        m.set_entity(None)  # given with an entity: none unless it gets one below
    for mi, ei in c.assigned.items():
        mentions[mi].set_entity(ei)
    entities = []
    labels, genders = c.labels, c.genders
    for ei, mis in enumerate(c.members):
        if len(mis) == 1:  # named once (most entities): its name, its kind
            m = mentions[mis[0]]
            entities.append(make_entity(ei, m.text, labels[ei], (mis[0],), genders[ei], m.org_kind))
            continue
        ordered = tuple(sorted(mis))
        entities.append(
            make_entity(
                ei,
                canonical(mentions, mis),
                labels[ei],
                ordered,
                genders[ei],
                _first_kind(mentions, ordered),
            )
        )
    return mentions, entities


def _first_kind(mentions: list[Mention], ordered: tuple[int, ...]) -> OrgKind | None:
    """The kind the first of an entity's mentions that tells one tells, else None
    (a loop: a generator costs more for the one or two mentions most entities have)."""
    for mi in ordered:
        kind = mentions[mi].org_kind
        if kind is not None:
            return kind
    return None


def _full_names(c: Clusters, index: PersonIndex) -> set[str]:
    """Pass 1: full names of people; organisations by their text. Returns the
    folded first words of organisations' names ("Harborline" for "Harborline
    Ferries")."""
    tokens, mentions = c.tokens, c.mentions
    names, people, lone = c.names, c.people, c.lone
    org_heads: set[str] = set()
    org_by_key: dict[str, int] = {}
    short = orgs.short_forms(tokens, mentions)
    spellings = LazySpellings(tokens, mentions)  # counted where first asked
    offices = words.office_nouns()
    for mi, m in enumerate(mentions):
        if m.kind is not NAME:
            continue
        if m.label is ORG:
            key = fold(m.text)
            key = short.get(key, key)
            if tokens[m.last_token - 1].lower not in offices:
                # "Harborline" for "Harborline Ferries"; not "German" for "German government"
                org_heads.add(fold(tokens[m.first_token].text))
            if key in org_by_key:
                c.join(mi, org_by_key[key])
            else:
                org_by_key[key] = c.new_entity(mi, ORG)
            continue
        given, surname = names[mi] = name_parts(tokens, m)
        people.append(mi)
        key = fold(surname)
        if not given or m.label is not PERSON:
            lone[mi] = key  # lone words, and what may be a person: pass 2
            continue
        keys = (fold(given), key)
        candidates = index.exact(given, surname, keys)
        match = (
            find_person(
                c.parts,
                c.labels,
                c.genders,
                given,
                surname,
                m.gender,
                candidates,
                spellings.one_person,
            )
            if candidates  # else no one to find (a person named for the first time)
            else None
        )
        if match is None:
            index.add(c.new_entity(mi, PERSON), given, surname, keys)
        else:
            c.join(mi, match)
            if (given, surname) not in c.parts[match] and len(c.parts[match]) < MAX_NAME_FORMS:
                c.parts[match].append((given, surname))
            index.add(match, given, surname, keys)
    return org_heads


def _given_name_sexes(c: Clusters) -> None:
    """Which pronoun or "Ms. X" can stand for whom: the sex a given name tells,
    where nothing else did. Only after full names are clustered, so that a
    translation's "Symphone Sanders, senior spokesman" still joins "Symone Sanders"."""
    tokens, mentions = c.tokens, c.mentions
    labels, genders = c.labels, c.genders
    for ei, mis in enumerate(c.members):
        if labels[ei] is PERSON and genders[ei] is None:
            for mi in mis:
                m = mentions[mi]
                if m.kind is NAME and m.last_token - m.first_token >= 2:
                    g = given_name_gender(tokens[m.first_token].text)
                    if g:
                        genders[ei] = g
                        break


def _lone_names(c: Clusters, index: PersonIndex, org_heads: set[str]) -> None:
    """Pass 2: lone surnames and given names ("Sanders", "Priyanka", "Ms. Achterberg"),
    and the other names pass 1 left (``c.lone``), in order. Only the names of people
    are read (where each person was last named), up to the last name left."""
    mentions, labels, genders = c.mentions, c.labels, c.genders
    assigned, lone = c.assigned, c.lone
    if not lone:
        return
    seen = _Seen(index, set(lone.values()))
    last = next(reversed(lone))  # (in order): the names after it need no reading
    for mi in c.people:
        if mi > last:
            break
        ei = assigned.get(mi)
        if ei is not None:
            seen.mark(ei, mi)
            continue
        m = mentions[mi]
        word = c.names[mi][1]
        key = lone[mi]
        ei = seen.latest(key, labels, genders, m.gender)
        if ei is None:
            ei = _named_by(word, key, m.gender, index, labels, genders, seen.last)
        # (labels set in place: the mentions are this stage's own, and no step
        # holds them apart from the list)
        if ei is not None:
            c.join(mi, ei)
            seen.mark(ei, mi)
            m.set_label(PERSON)
        elif fold(m.text) in org_heads:
            m.set_label(ORG)
        elif m.label is PERSON or m.title or m.appos:
            ei = c.new_entity(mi, PERSON)
            index.add(ei, "", word, ("", key))
            seen.keys.setdefault(ei, []).append(key)
            seen.mark(ei, mi)
            m.set_label(PERSON)


def _named_by(
    word: str,
    key: str,
    gender: str | None,
    index: PersonIndex,
    labels: list[EntityLabel],
    genders: list[str | None],
    last_seen: dict[int, int],
) -> int | None:
    """The person a lone name stands for: of the people the word names as written (a
    near spelling only where none fits), one of the right gender if the honorific
    tells ("Mr. Lee"); then the one mentioned most recently before, else the first
    one after (``key``: the word folded)."""
    exact = index.named(word, key)
    candidates = _fitting(exact, gender, labels, genders) if exact else []
    if not candidates:
        # near spellings are looked for only where no person is named as written
        near = index.near_spellings(word, exact, key)
        candidates = _fitting(near, gender, labels, genders) if near else []
    if not candidates:
        return None
    agreeing = [ei for ei in candidates if gender and genders[ei] == gender]
    candidates = agreeing or candidates
    before = [ei for ei in candidates if ei in last_seen]
    return max(before, key=lambda e: last_seen[e]) if before else candidates[0]


def _fitting(
    pool: set[int], gender: str | None, labels: list[EntityLabel], genders: list[str | None]
) -> list[int]:
    """The people of ``pool``, in order, that a name of ``gender`` may stand for."""
    return [
        ei
        for ei in sorted(pool)
        if labels[ei] is PERSON and not (gender and genders[ei] and gender != genders[ei])
    ]


class _Seen:
    """Where each person was last mentioned in pass 2, and for each word looked up
    (``looked_up``: folded), the people its lone mention may stand for as written
    (those with it as surname, and the latest with it as given name: the exact pool
    of ``PersonIndex.lookup``) in the order they were last mentioned. The most
    recent one that fits is what :func:`_named_by` picks, found without reading
    every person of a common surname ("Lee" in a text naming thousands of Lees)."""

    def __init__(self, index: PersonIndex, looked_up: set[str]) -> None:
        self.last: dict[int, int] = {}
        # person -> the words looked up whose pool holds them (no other word's order
        # is read: most people's names are never looked up alone)
        self.keys: dict[int, list[str]] = {}
        by_surname, by_given = index.by_surname, index.by_given
        for key in looked_up:
            for ei in (*by_surname.get(key, ()), *by_given.get(key, ())):
                self.keys.setdefault(ei, []).append(key)
        self.recent: dict[str, dict[int, None]] = {}  # word -> people, least recent first

    def mark(self, ei: int, mi: int) -> None:
        self.last[ei] = mi
        for key in self.keys.get(ei, ()):
            order = self.recent.get(key)  # (not setdefault: no dict made for each call)
            if order is None:
                order = self.recent[key] = {}
            else:
                order.pop(ei, None)
            order[ei] = None

    def latest(
        self, key: str, labels: list[EntityLabel], genders: list[str | None], gender: str | None
    ) -> int | None:
        """What :func:`_named_by` answers where a person already mentioned settles it:
        without an honorific, the latest person mentioned; with one, the latest of
        that gender. ``None`` where it takes the whole pool to tell."""
        for ei in reversed(self.recent.get(key, {})):
            if labels[ei] is PERSON and (not gender or genders[ei] == gender):
                return ei
        return None


def canonical(mentions: list[Mention], mis: list[int]) -> str:
    """An entity's name: its longest name mention, the most frequent of those, the first."""
    if len(mis) == 1:
        return mentions[mis[0]].text  # (what the steps below give: most entities)
    # One pass for the common case: the longest names all written alike ("Jane
    # Roe" twice, "Roe" and "she" besides), whose text it is whatever their count
    # and order; only names of one length written apart need the count below.
    longest, text, apart = 0, "", False
    for mi in mis:
        m = mentions[mi]
        if m.kind is NAME:
            n = m.last_token - m.first_token
            if n > longest:
                longest, text, apart = n, m.text, False
            elif n == longest and m.text != text:
                apart = True
    if not longest:
        return mentions[mis[0]].text  # no name: its first mention
    if not apart:
        return text
    names = [mentions[mi] for mi in mis if mentions[mi].kind is NAME]
    counts: dict[str, int] = {}
    for m in names:
        counts[m.text] = counts.get(m.text, 0) + 1
    best = min(
        names,
        key=lambda m: (-(m.last_token - m.first_token), -counts[m.text], m.start),
    )
    return best.text
