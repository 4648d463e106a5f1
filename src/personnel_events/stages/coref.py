"""Coreference-lite: find mentions of people and organisations and cluster them.

Mentions are names (from :mod:`personnel_events.names`), third-person pronouns
and role descriptions ("the spokeswoman"). Names of one person are clustered by
surname with a compatible given name (initials, prefixes and near spellings
such as "Symphone"/"Symone" agree); a lone surname or given name joins the
person it names; pronouns go to the most salient person before them that their
gender allows (any person when none does, since translated text often gets the
gender wrong); descriptions go to the last person who held that title.
"""

from __future__ import annotations

import collections
import difflib
import functools
import unicodedata
from collections import Counter
from collections.abc import Sequence

import attrs

from .. import lexicon
from ..document import Document
from ..model import Entity, EntityLabel, Mention, MentionKind, Token
from ..names import (
    GOVERNMENT_NOUNS,
    NameSpan,
    find_lowercase_names,
    find_lowercase_surnames,
    find_names,
    given_name_gender,
    honorifics,
    is_given_name,
    is_initial,
    lowercase_surnames,
    mostly_lowercase,
    possessive_after,
)
from ..roles import Role, apposition_after, apposition_before, title_before

#: Nouns that make "<name>'s <noun>" an organisation ("Harris' office").
_OFFICE_NOUNS = frozenset(
    {"office", "team", "administration", "cabinet", "government", "campaign", "staff"}
)
#: Nouns that, in an apposition right after a name, make it a company ("X, the
#: maker of ..."); before a name they may describe a person ("producer X").
_MAKERS = frozenset({"maker", "owner", "operator", "developer", "publisher", "producer"})
#: Pronouns that are a verb's object: never its own clause's subject.
_OBJECT_PRONOUNS = frozenset({"him", "them"})
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they"})
_AUXILIARIES = frozenset(
    {
        "will",
        "would",
        "was",
        "is",
        "has",
        "had",
        "have",
        "can",
        "could",
        "may",
        "might",
        "shall",
        "should",
        "must",
        "did",
        "does",
    }
)
#: Words that end a clause between a name and a later pronoun (commas are judged
#: apart, in :func:`_clause_between`).
_CLAUSE_BOUNDARIES = frozenset(
    {
        ";",
        ":",
        "and",
        "but",
        "that",
        "who",
        "which",
        "said",
        "says",
        "because",
        "after",
        "before",
        "when",
        "while",
        "if",
        "until",
        "told",
        "so",
    }
)
#: How many sentences back a pronoun may look for its antecedent.
PRONOUN_WINDOW = 3


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case without accents: the key names are compared by."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower().rstrip(".")


@functools.cache
def _pronouns() -> dict[str, tuple[str, str]]:
    return {row[0]: (row[1], row[2]) for row in lexicon.table("pronouns.tsv")}


@functools.cache
def _gendered() -> dict[str, str]:
    return {row[0]: row[1] for row in lexicon.table("gendered_words.tsv")}


@functools.lru_cache(maxsize=65536)
def given_names_compatible(a: str, b: str) -> bool:
    """Two given names that may be the same person's: equal, initial, prefix or near spelling."""
    a, b = fold(a), fold(b)
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    if a.startswith(b) or b.startswith(a):
        return True
    return _similar(a, b, 0.8)


@functools.lru_cache(maxsize=65536)
def surnames_compatible(a: str, b: str) -> bool:
    a, b = fold(a), fold(b)
    return a == b or (len(a) > 4 and _similar(a, b, 0.85))


def _similar(a: str, b: str, threshold: float) -> bool:
    """difflib's ratio at least ``threshold``, its cheap upper bounds tried first."""
    sm = difflib.SequenceMatcher(None, a, b)
    return (
        sm.real_quick_ratio() >= threshold
        and sm.quick_ratio() >= threshold
        and sm.ratio() >= threshold
    )


def _name_parts(tokens: Sequence[Token], m: Mention) -> tuple[str, str]:
    """(given name, surname) of a name mention; given is '' for a lone word."""
    words = [t.text for t in tokens[m.first_token : m.last_token] if not is_initial(t)]
    if not words:
        words = [tokens[m.first_token].text]
    if len(words) == 1:
        return "", words[0]
    return words[0], words[-1]


#: How many people sharing a given name are tried for a near spelling of the surname.
SAME_GIVEN_NAME_REACH = 16
#: How many forms of one person's name are kept to match later mentions against
#: ("Symone Sanders", "Symphone Sanders", "S. Sanders"); a real person has a few.
MAX_NAME_FORMS = 8
#: How many people with a surname of the same initial are tried for a near spelling.
NEAR_SPELLING_REACH = 64


class _PersonIndex:
    """People's names by folded surname and given name, so that finding a person
    costs the same however many people the document names."""

    def __init__(self) -> None:
        self.by_surname: dict[str, set[int]] = {}
        # The people most recently given a name: near spellings of a surname are only
        # tried against them, so a text naming thousands of Johns stays linear.
        self.by_given: dict[str, collections.deque[int]] = {}
        self._seen: set[tuple[int, str, str]] = set()
        self.by_initial: dict[str, collections.deque[tuple[str, int]]] = {}

    def add(self, ei: int, given: str, surname: str) -> None:
        if (ei, given, surname) in self._seen:
            return
        self._seen.add((ei, given, surname))
        key = fold(surname)
        self.by_surname.setdefault(key, set()).add(ei)
        if given:
            recent = self.by_given.setdefault(
                fold(given), collections.deque(maxlen=SAME_GIVEN_NAME_REACH)
            )
            if ei not in recent:
                recent.append(ei)
        bucket = self.by_initial.setdefault(key[:1], collections.deque(maxlen=NEAR_SPELLING_REACH))
        bucket.append((surname, ei))

    def exact(self, given: str, surname: str) -> set[int]:
        """People sharing the surname or the given name."""
        out = set(self.by_surname.get(fold(surname), ()))
        if given:
            out.update(self.by_given.get(fold(given), ()))
        return out

    def near(self, word: str) -> set[int]:
        """People whose surname is the word, a near spelling of it, or whose given
        name is the word."""
        out = set(self.by_surname.get(fold(word), ()))
        out.update(self.by_given.get(fold(word), ()))
        for s, ei in self.by_initial.get(fold(word)[:1], ()):
            if ei not in out and surnames_compatible(word, s):
                out.add(ei)
        return out


def _out_end(mentions: list[Mention]) -> int:
    """The token where the last mention found so far ends (0 if none)."""
    return mentions[-1].last_token if mentions else 0


_NOT_NAMES = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "EVENT", "LAW"}
)


def _entity_label(
    tokens: Sequence[Token], first: int, last: int, guess: EntityLabel
) -> EntityLabel:
    """The entity type a backend's NER gave the name's tokens, where it gave one;
    else the label the capitalisation rules guessed."""
    types = {tokens[k].ner for k in range(first, last)} - {None}
    if not types:
        return guess
    if types == {"PERSON"}:
        return EntityLabel.PERSON
    if types <= {"ORG", "PERSON"} and "ORG" in types:
        return EntityLabel.ORG
    if types & _NOT_NAMES:
        return EntityLabel.OTHER
    return guess


def _described_after(tokens: Sequence[Token], k: int, descriptors: frozenset[str]) -> bool:
    """'Fieldnote, the maker of ...', 'Zentra, a lender': a comma apposition that
    says what kind of organisation the name is."""
    if k + 2 >= len(tokens) or tokens[k].text != "," or tokens[k + 1].lower not in ("the", "a"):
        return False
    for j in range(k + 2, min(len(tokens), k + 5)):
        low = tokens[j].lower
        if low in descriptors or low in _MAKERS:
            return True
        if not low.replace("-", "").isalpha():
            return False
    return False


def _clause_between(tokens: Sequence[Token], start: int, end: int) -> bool:
    """A clause boundary among ``tokens[start:end]``: a conjunction, a reporting
    verb, or a comma that does not just close an apposition before its verb
    ("X, the COO, will succeed him")."""
    for k in range(start, end):
        low = tokens[k].lower
        if low == ",":
            if k + 1 < end and tokens[k + 1].lower in _AUXILIARIES:
                continue
            return True
        if low in _CLAUSE_BOUNDARIES:
            return True
    return False


class CorefStage:
    """Fills ``mentions`` and ``entities``."""

    name = "coref"
    requires: tuple[str, ...] = ("tokens", "sentences")
    provides: tuple[str, ...] = ("mentions", "entities")

    def __call__(self, doc: Document) -> Document:
        mentions = self._find_mentions(doc)
        mentions, entities = self._cluster(doc, mentions)
        doc.mentions = mentions
        doc.entities = entities
        return doc

    # -- mentions -------------------------------------------------------------------

    def _find_mentions(self, doc: Document) -> list[Mention]:
        tokens = doc.tokens
        pronouns = _pronouns()
        heads = lexicon.words("titles.txt")
        out: list[Mention] = []
        lowercase = mostly_lowercase(doc.text)
        lower_spans: dict[int, list[NameSpan]] = {}
        surnames: frozenset[str] = frozenset()
        if lowercase:
            for si, sent in enumerate(doc.sentences):
                lower_spans[si] = find_lowercase_names(tokens, sent.first_token, sent.last_token)
            surnames = lowercase_surnames(tokens, [s for ss in lower_spans.values() for s in ss])
        for si, sent in enumerate(doc.sentences):
            spans = find_names(tokens, sent.first_token, sent.last_token)
            if lowercase:
                for extra in (
                    lower_spans[si],
                    find_lowercase_surnames(tokens, sent.first_token, sent.last_token, surnames),
                ):
                    taken = {k for s in spans for k in range(s.first, s.last)}
                    spans += [s for s in extra if not taken & set(range(s.first, s.last))]
            by_first = {s.first: s for s in spans}
            i = sent.first_token
            while i < sent.last_token:
                span = by_first.get(i)
                if (
                    span is not None
                    and span.label is EntityLabel.PERSON
                    and self._not_a_name(tokens, span.first, sent.first_token)
                ):
                    span.label = EntityLabel.OTHER
                if span is not None:
                    span.label = _entity_label(tokens, span.first, span.last, span.label)
                    # NER's name may start with a word the rules took for a title ("Dean")
                    while (
                        span.label is EntityLabel.PERSON
                        and span.first > sent.first_token
                        and tokens[span.first - 1].ner == "PERSON"
                        and _out_end(out) <= span.first - 1
                    ):
                        span.first -= 1
                if span is not None and self._in_dateline(doc, span.first):
                    span.label = EntityLabel.OTHER  # "TOKYO (Reuters) -": a place
                if span is not None:
                    out.append(
                        self._name_mention(doc, si, span.first, span.last, span.label, span.gender)
                    )
                    office = self._office_org(doc, si, span.first, span.last)
                    if office is not None:
                        out.append(office)
                    i = span.last
                    continue
                tok = tokens[i]
                low = tok.lower
                if low in pronouns:
                    gender, _case = pronouns[low]
                    out.append(
                        Mention(
                            MentionKind.PRONOUN,
                            tok.text,
                            tok.start,
                            tok.end,
                            i,
                            i + 1,
                            si,
                            EntityLabel.PERSON,
                            gender,
                        )
                    )
                elif low == "the" and i + 1 < sent.last_token:
                    desc = self._description(doc, si, i, heads)
                    if desc is not None:
                        out.append(desc)
                        i = desc.last_token
                        continue
                i += 1
        return out

    @staticmethod
    def _in_dateline(doc: Document, token: int) -> bool:
        place = doc.dateline.place_span if doc.dateline is not None else None
        return place is not None and place[0] <= doc.tokens[token].start < place[1]

    @staticmethod
    def _not_a_name(tokens: Sequence[Token], first: int, sent_first: int) -> bool:
        """'the Press Operations', 'Director of Press Operations': a capitalised run
        after "the", or after "of" that follows a title, names no person."""
        if first <= sent_first:
            return False
        prev = tokens[first - 1].lower
        if prev == "the":
            return True
        return (
            prev == "of"
            and first - 2 >= sent_first
            and tokens[first - 2].lower in lexicon.words("titles.txt")
        )

    def _name_mention(
        self,
        doc: Document,
        si: int,
        first: int,
        last: int,
        label: EntityLabel,
        gender: str | None,
    ) -> Mention:
        text, tokens = doc.text, doc.tokens
        sent = doc.sentences[si]
        np_first, np_last = first, last
        title: Role | None = None
        appos: Role | None = None
        if label is not EntityLabel.ORG:
            title = title_before(text, tokens, first, sent.first_token)
            if title is None:
                title = apposition_before(text, tokens, first, sent.first_token)
            appos = apposition_after(text, tokens, last, sent.last_token)
            if title is not None:
                np_first = title.first
            else:
                # "appointed Dr. Jane Roe as ...": the honorific opens the noun phrase
                hon = honorifics()
                while np_first > sent.first_token and tokens[np_first - 1].lower in hon:
                    np_first -= 1
            if appos is not None:
                np_last = appos.last + (
                    1 if appos.last < sent.last_token and tokens[appos.last].text == "," else 0
                )
            for role in (title, appos):
                if role is not None and role.text and gender is None:
                    gender = _gendered().get(role.text.split()[-1].lower())
        return Mention(
            MentionKind.NAME,
            text[tokens[first].start : tokens[last - 1].end],
            tokens[first].start,
            tokens[last - 1].end,
            first,
            last,
            si,
            label,
            gender,
            title=title.text if title else None,
            title_org=title.org if title else None,
            appos=appos.text if appos else None,
            appos_org=appos.org if appos else None,
            np_first=np_first,
            np_last=np_last,
            # "a Johnson cabinet" names him as its owner, like "Johnson's cabinet"
            possessor=possessive_after(tokens, last, sent.last_token)
            or (last < sent.last_token and tokens[last].lower in GOVERNMENT_NOUNS),
        )

    def _office_org(self, doc: Document, si: int, first: int, last: int) -> Mention | None:
        """'Harris' office', "the Vice President's team", "the German government": an
        organisation named by its head or its country."""
        tokens = doc.tokens
        sent = doc.sentences[si]
        if last < sent.last_token and tokens[last].lower in GOVERNMENT_NOUNS:
            k = last  # "the German government", "the Biden administration"
        elif possessive_after(tokens, last, sent.last_token):
            k = last + 1
        else:
            return None
        if k < sent.last_token and tokens[k].lower in _OFFICE_NOUNS:
            start = first
            return Mention(
                MentionKind.NAME,
                doc.text[tokens[start].start : tokens[k].end],
                tokens[start].start,
                tokens[k].end,
                start,
                k + 1,
                si,
                EntityLabel.ORG,
            )
        return None

    def _description(self, doc: Document, si: int, i: int, heads: frozenset[str]) -> Mention | None:
        """'the spokeswoman', 'the incoming chief executive', "the vice president's office"."""
        tokens = doc.tokens
        sent = doc.sentences[si]
        mods = lexicon.words("title_modifiers.txt")
        j = i + 1
        if j < sent.last_token and tokens[j].lower in ("incoming", "outgoing", "new", "former"):
            j += 1
        k = j
        while k < sent.last_token and (tokens[k].lower in mods or tokens[k].lower in heads):
            k += 1
        if k == j or tokens[k - 1].lower not in heads:
            return None
        if k < sent.last_token and possessive_after(tokens, k, sent.last_token):
            # "the vice president's office": an organisation named by a title.
            m = k + 1
            if m < sent.last_token and tokens[m].lower in _OFFICE_NOUNS:
                return Mention(
                    MentionKind.NAME,
                    doc.text[tokens[j].start : tokens[m].end],
                    tokens[j].start,
                    tokens[m].end,
                    j,
                    m + 1,
                    si,
                    EntityLabel.ORG,
                )
            return None
        if k < sent.last_token and (tokens[k].text[:1].isupper() or tokens[k].lower == "of"):
            return None  # a title before a name, or "the head of X"
        gender = _gendered().get(tokens[k - 1].lower)
        return Mention(
            MentionKind.DESCRIPTION,
            doc.text[tokens[i].start : tokens[k - 1].end],
            tokens[i].start,
            tokens[k - 1].end,
            i,
            k,
            si,
            EntityLabel.PERSON,
            gender,
            title=doc.text[tokens[j].start : tokens[k - 1].end],
        )

    # -- clustering -----------------------------------------------------------------

    def _cluster(
        self, doc: Document, mentions: list[Mention]
    ) -> tuple[list[Mention], list[Entity]]:
        tokens = doc.tokens
        members: list[list[int]] = []  # entity -> mention indices
        parts: list[list[tuple[str, str]]] = []  # entity -> (given, surname) of its names
        genders: list[str | None] = []
        labels: list[EntityLabel] = []
        assigned: dict[int, int] = {}
        org_heads: set[str] = set()

        def new_entity(mi: int, label: EntityLabel) -> int:
            members.append([mi])
            parts.append([_name_parts(tokens, mentions[mi])])
            genders.append(mentions[mi].gender)
            labels.append(label)
            assigned[mi] = len(members) - 1
            return len(members) - 1

        def join(mi: int, ei: int) -> None:
            members[ei].append(mi)
            assigned[mi] = ei
            g = mentions[mi].gender
            if g and not genders[ei]:
                genders[ei] = g

        self._organisations_by_use(tokens, mentions)
        # Pass 1: full names of people; organisations by their text.
        index = _PersonIndex()
        org_by_key: dict[str, int] = {}
        short_forms = self._short_forms(tokens, mentions)
        for mi, m in enumerate(mentions):
            if m.kind is not MentionKind.NAME:
                continue
            if m.label is EntityLabel.ORG:
                key = fold(m.text)
                key = short_forms.get(key, key)
                if tokens[m.last_token - 1].lower not in _OFFICE_NOUNS:
                    # "Harborline" for "Harborline Ferries"; not "German" for "German government"
                    org_heads.add(fold(tokens[m.first_token].text))
                if key in org_by_key:
                    join(mi, org_by_key[key])
                else:
                    org_by_key[key] = new_entity(mi, EntityLabel.ORG)
                continue
            if m.label is not EntityLabel.PERSON:
                continue
            given, surname = _name_parts(tokens, m)
            if not given:
                continue  # lone words: pass 2
            match = self._find_person(
                parts, labels, genders, given, surname, m.gender, index.exact(given, surname)
            )
            if match is None:
                index.add(new_entity(mi, EntityLabel.PERSON), given, surname)
            else:
                join(mi, match)
                if (given, surname) not in parts[match] and len(parts[match]) < MAX_NAME_FORMS:
                    parts[match].append((given, surname))
                index.add(match, given, surname)

        # Which pronoun or "Ms. X" can stand for whom: the sex a given name tells,
        # where nothing else did. Only after full names are clustered, so that a
        # translation's "Symphone Sanders, senior spokesman" still joins "Symone Sanders".
        for ei, mis in enumerate(members):
            if labels[ei] is EntityLabel.PERSON and genders[ei] is None:
                genders[ei] = next(
                    (
                        g
                        for mi in mis
                        if mentions[mi].kind is MentionKind.NAME
                        and mentions[mi].last_token - mentions[mi].first_token >= 2
                        and (g := given_name_gender(tokens[mentions[mi].first_token].text))
                    ),
                    None,
                )

        # Pass 2: lone surnames and given names ("Sanders", "Priyanka", "Ms. Achterberg").
        last_seen: dict[int, int] = {}
        for mi, m in enumerate(mentions):
            if mi in assigned:
                last_seen[assigned[mi]] = mi
                continue
            if m.kind is not MentionKind.NAME or m.label is EntityLabel.ORG:
                continue
            _, word = _name_parts(tokens, m)
            candidates = [
                ei
                for ei in sorted(index.near(word))
                if labels[ei] is EntityLabel.PERSON
                and not (m.gender and genders[ei] and m.gender != genders[ei])
            ]
            if candidates:
                # One of the right gender if the honorific tells ("Mr. Lee"); then the
                # one mentioned most recently before, else the first one after.
                agreeing = [ei for ei in candidates if m.gender and genders[ei] == m.gender]
                candidates = agreeing or candidates
                before = [ei for ei in candidates if ei in last_seen]
                ei = max(before, key=lambda e: last_seen[e]) if before else candidates[0]
                join(mi, ei)
                last_seen[ei] = mi
                mentions[mi] = attrs.evolve(m, label=EntityLabel.PERSON)
            elif fold(m.text) in org_heads:
                mentions[mi] = attrs.evolve(m, label=EntityLabel.ORG)
            elif m.label is EntityLabel.PERSON or m.title or m.appos:
                ei = new_entity(mi, EntityLabel.PERSON)
                index.add(ei, "", word)
                last_seen[ei] = mi
                mentions[mi] = attrs.evolve(m, label=EntityLabel.PERSON)

        self._relabel_organisations(tokens, mentions, members, labels)

        # Pass 3: pronouns and descriptions, in reading order.
        self._resolve_anaphora(doc, mentions, assigned, genders, labels)

        mentions = [m.with_entity(assigned.get(mi)) for mi, m in enumerate(mentions)]
        entities: list[Entity] = []
        for ei, mis in enumerate(members):
            entities.append(
                Entity(
                    ei,
                    self._canonical(tokens, mentions, mis),
                    labels[ei],
                    tuple(sorted(mis)),
                    genders[ei],
                )
            )
        return mentions, entities

    @staticmethod
    def _organisations_by_use(tokens: Sequence[Token], mentions: list[Mention]) -> None:
        """Names no word marks as an organisation, that the text uses as one: after
        a noun such as "oil company Petrobras", "Spanish club Deportivo Sur", owning
        shares or a board ("Petrobras' board", "Petrobras shares"), said to be one
        ("Fieldnote, the maker of ..."), or one word taking a plural verb
        ("Chelsea have appointed"). Every mention of the name then becomes an
        organisation."""
        descriptors = lexicon.words("org_descriptors.txt")
        possessions = lexicon.words("org_possessions.txt")
        orgs: set[str] = set()
        for m in mentions:
            if m.kind is not MentionKind.NAME or m.label is EntityLabel.ORG:
                continue
            before = tokens[m.first_token - 1].lower if m.first_token > 0 else ""
            after = m.last_token + (1 if m.possessor else 0)
            if (before in descriptors and not m.title) or (
                m.label is EntityLabel.OTHER
                and (
                    (after < len(tokens) and tokens[after].lower in possessions)
                    or _described_after(tokens, m.last_token, descriptors)
                )
            ):
                orgs.add(fold(m.text))
            elif (
                m.last_token - m.first_token == 1
                and not m.possessor
                and m.last_token < len(tokens)
                and tokens[m.last_token].lower in ("have", "are", "were")
                and before not in ("and", "&", ",", "or")
            ):
                orgs.add(fold(m.text))  # "Chelsea have appointed": a team takes the plural
        if not orgs:
            return
        # "Brackwater" for "Brackwater Ferries" is left to the longer name's entity,
        # and a person's surname stays a person's
        orgs -= {
            fold(tokens[k].text)
            for m in mentions
            if m.kind is MentionKind.NAME and m.last_token - m.first_token > 1
            for k in (m.first_token, m.last_token - 1)
        }
        for mi, m in enumerate(mentions):
            if (
                m.kind is MentionKind.NAME
                and m.label is not EntityLabel.ORG
                and fold(m.text) in orgs
            ):
                mentions[mi] = attrs.evolve(m, label=EntityLabel.ORG)

    @staticmethod
    def _short_forms(tokens: Sequence[Token], mentions: list[Mention]) -> dict[str, str]:
        """Abbreviations an organisation's name defines: "the Free Democrats (FDP)"
        makes "FDP" the same organisation (folded short form -> folded name)."""
        out: dict[str, str] = {}
        for m in mentions:
            k = m.last_token
            if (
                m.label is EntityLabel.ORG
                and k + 2 < len(tokens)
                and tokens[k].text == "("
                and tokens[k + 2].text == ")"
                and tokens[k + 1].text.isupper()
                and len(tokens[k + 1].text) >= 2
            ):
                out.setdefault(fold(tokens[k + 1].text), fold(m.text))
        return out

    @staticmethod
    def _relabel_organisations(
        tokens: Sequence[Token],
        mentions: list[Mention],
        members: list[list[int]],
        labels: list[EntityLabel],
    ) -> None:
        """Two capitalised words with no organisation word look like a person; how the
        text goes on to use them tells an organisation apart: it is called by its
        first word ("Harborline" for "Harborline Ferries", where people go by their
        surname), or it owns shares, a board, stores ("Harborline's shares").
        """
        for ei, mis in enumerate(members):
            if labels[ei] is not EntityLabel.PERSON:
                continue
            names = [mentions[mi] for mi in mis if mentions[mi].kind is MentionKind.NAME]
            full = [m for m in names if m.last_token - m.first_token >= 2]
            if not full or any(m.gender for m in names) or any(m.title or m.appos for m in names):
                continue
            first_words = {fold(tokens[m.first_token].text) for m in full}
            last_words = {fold(tokens[m.last_token - 1].text) for m in full}
            lone = [fold(m.text) for m in names if m.last_token - m.first_token == 1]
            # a given name ("Felix" for "Felix Amundsen") is how a person is called too
            by_first = any(
                w in first_words and w not in last_words and not is_given_name(w) for w in lone
            )
            by_last = any(w in last_words for w in lone)
            owns = any(
                m.possessor
                and m.last_token + 1 < len(tokens)
                and tokens[m.last_token + 1].lower in lexicon.words("org_possessions.txt")
                for m in names
            )
            if (by_first and not by_last) or owns:
                labels[ei] = EntityLabel.ORG
                for mi in mis:
                    mentions[mi] = attrs.evolve(mentions[mi], label=EntityLabel.ORG)

    @staticmethod
    def _find_person(
        parts: list[list[tuple[str, str]]],
        labels: list[EntityLabel],
        genders: list[str | None],
        given: str,
        surname: str,
        gender: str | None,
        candidates: set[int],
    ) -> int | None:
        for ei in sorted(candidates, reverse=True):
            if labels[ei] is not EntityLabel.PERSON:
                continue
            if gender and genders[ei] and gender != genders[ei]:
                continue
            for g, s in parts[ei]:
                same_surname = fold(s) == fold(surname)
                if same_surname and (not g or given_names_compatible(g, given)):
                    return ei
                if g and fold(g) == fold(given) and surnames_compatible(s, surname):
                    return ei
        return None

    def _resolve_anaphora(
        self,
        doc: Document,
        mentions: list[Mention],
        assigned: dict[int, int],
        genders: list[str | None],
        labels: list[EntityLabel],
    ) -> None:
        by_sentence: dict[int, list[int]] = {}
        for mi, m in enumerate(mentions):
            if m.kind is MentionKind.PRONOUN:
                ei = self._antecedent(doc, mentions, assigned, genders, by_sentence, mi)
                if ei is not None:
                    assigned[mi] = ei
                    if m.gender and not genders[ei]:
                        genders[ei] = m.gender
            elif m.kind is MentionKind.DESCRIPTION:
                ei = self._description_antecedent(mentions, assigned, mi)
                if ei is not None:
                    assigned[mi] = ei
            if mi in assigned and labels[assigned[mi]] is EntityLabel.PERSON:
                by_sentence.setdefault(m.sentence, []).append(mi)

    @staticmethod
    def _antecedent(
        doc: Document,
        mentions: list[Mention],
        assigned: dict[int, int],
        genders: list[str | None],
        by_sentence: dict[int, list[int]],
        mi: int,
    ) -> int | None:
        m = mentions[mi]

        def ok(ci: int) -> bool:
            g = genders[assigned[ci]]
            return not (m.gender and g and g != m.gender)

        # Same sentence: the nearest person before the pronoun that is not only a
        # possessor ("Harris'") inside another person's apposition.
        same = [ci for ci in by_sentence.get(m.sentence, []) if mentions[ci].end <= m.start]
        tokens = doc.tokens
        low = tokens[m.first_token].lower
        if low in _OBJECT_PRONOUNS:
            # "nominate X to replace him": not X, the subject of its own clause
            same = [
                ci for ci in same if _clause_between(tokens, mentions[ci].last_token, m.first_token)
            ]
        k = m.first_token - 1
        if k > 0 and tokens[k].lower == "that":
            k -= 1
        if (
            low in _SUBJECT_PRONOUNS
            and k > 0
            and tokens[k].lower in ("said", "says")
            and tokens[k - 1].lower == "and"
        ):
            # "X fired Y and said he would ...": the one who said it, the subject
            subjects = [ci for ci in same if not mentions[ci].possessor and ok(ci)]
            if subjects:
                return assigned[subjects[0]]
        for pool in (
            [ci for ci in same if not mentions[ci].possessor],
            same,
        ):
            for ci in reversed(pool):
                if ok(ci):
                    return assigned[ci]
        # Earlier sentences: the first person of the nearest sentence (the subject).
        for back in range(1, PRONOUN_WINDOW + 1):
            cand = by_sentence.get(m.sentence - back, [])
            for ci in cand:
                if ok(ci) and not mentions[ci].possessor:
                    return assigned[ci]
        # Nothing agrees in gender: take the nearest person at all.
        if same:
            return assigned[same[-1]]
        for back in range(1, PRONOUN_WINDOW + 1):
            cand = by_sentence.get(m.sentence - back, [])
            if cand:
                return assigned[cand[0]]
        return None

    @staticmethod
    def _description_antecedent(
        mentions: list[Mention], assigned: dict[int, int], mi: int
    ) -> int | None:
        m = mentions[mi]
        head = (m.title or "").split()[-1].lower() if m.title else ""
        if not head:
            return None
        for ci in range(mi - 1, -1, -1):
            c = mentions[ci]
            if ci not in assigned or c.label is not EntityLabel.PERSON:
                continue
            roles = " ".join(r for r in (c.title, c.appos) if r).lower().split()
            if head in roles or (
                head == "spokesperson" and {"spokesman", "spokeswoman"} & set(roles)
            ):
                return assigned[ci]
        return None

    @staticmethod
    def _canonical(tokens: Sequence[Token], mentions: list[Mention], mis: list[int]) -> str:
        names = [mentions[mi] for mi in mis if mentions[mi].kind is MentionKind.NAME]
        if not names:
            return mentions[mis[0]].text
        counts = Counter(m.text for m in names)
        best = min(
            names,
            key=lambda m: (-(m.last_token - m.first_token), -counts[m.text], m.start),
        )
        return best.text
