"""What a document says of its organisations, gathered once before matching: the
one named most, its parties, its government, whether posts wait for a vote; and
how each person is described (asked for the people of the candidates only).
Nothing here depends on the order in which frames run; the main organisation is
settled once every match is known."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import attrs

from ... import lexicon
from ...candidates import Candidate, OrgEvidence, new_org_evidence
from ...document import Document
from ...members import (
    MENTION_NAME,
    ORG,
    ORG_FROM_ACTING_NAME,
    ORG_FROM_AGENT,
    ORG_FROM_GENERIC,
    ORG_FROM_OBJECT,
    ORG_FROM_PASSIVE_AGENT,
    ORG_FROM_PERSON,
    ORG_FROM_ROLE,
    ORG_KIND_NEWS,
    ORG_KIND_PLACE,
    PERSON,
)
from ...model import Entity, Mention, OrgKind
from ...names import GOVERNMENT_NOUNS, is_given_name
from ...roles import country_titled, lower_demonyms
from ..coref.kinds import is_place_name
from .context import MatchContext
from .orgs import (
    BYSTANDER_KINDS,
    credit_line,
    is_generic,
    is_government_title,
    named_as_regulator,
    opens_title,
    source_or_agent,
    title_abbreviations,
    without_base,
)
from .words import CEREMONY_FORMS


@attrs.frozen(weakref_slot=False)
class DocumentFacts:
    """What a document says of its organisations, gathered once before matching:
    the one named most often, its parties, its government, whether it speaks of
    confirmation. (The role and organisation each person is described with is read
    for the people of the candidates only: :func:`described_as`.)"""

    named_most: str | None
    parties: frozenset[str]
    government: str | None
    speaks_of_confirmation: bool
    #: The text says a post waits for a vote or a hearing (``pending_confirmation.txt``).
    awaits_confirmation: bool
    #: The entities first described by a post already left ("the former CEO").
    described_former: frozenset[int] = frozenset()
    #: The kind of each organisation name the text gives (a mention's text and its
    #: entity's name), where its words tell one.
    kinds: dict[str, OrgKind] = attrs.field(factory=dict)
    #: Names that stand where an organisation could, and are none: a title's
    #: abbreviation ("AD" for "athletic director"), a news agency's credit line.
    not_employers: frozenset[str] = frozenset()
    #: The organisation each post is given where a person's title or apposition
    #: names one ("Harbor Police Chief X": "police chief" -> "Harbor Police");
    #: keyed by :func:`post_key`, and left out where two bodies share a post.
    posts: dict[str, str] = attrs.field(factory=dict)
    #: The place of the first government title the text gives a person
    #: ("Ostland Governor X", "X, Ruritania's head of state").
    held_in: str | None = None
    #: The organisation the document is about: :attr:`named_most`, else the name
    #: its changes give most often (set once every match is known).
    main: str | None = None
    #: The place whose government the text speaks of: the country or state that
    #: holds a government post ("Ruritania's prime minister", "Ostland Governor X",
    #: "the Ruritanian government"); set once every match is known.
    jurisdiction: str | None = None
    #: The headings of a round-up's sections that name a body ("South Africa
    #: Tourism" on a line of its own, then its paragraph): the sentence of each
    #: heading and its text, in order (:func:`section_headings`).
    sections: tuple[tuple[int, str], ...] = ()

    @classmethod
    def gather(cls, ctx: MatchContext) -> DocumentFacts:
        doc = ctx.doc
        lowers = ctx.words
        # the mentions most facts are read from, picked once in one pass: the
        # organisations' and those with a title or an apposition (in text order)
        org_mentions: list[Mention] = []
        titled: list[Mention] = []
        for m in doc.mentions:
            if m.label is ORG:
                org_mentions.append(m)
            if m.title or m.appos:
                titled.append(m)
        not_employers = _not_employers(ctx, org_mentions)
        return new_facts(
            named_most=_named_most(ctx, not_employers),
            parties=_party_names(ctx),
            government=_government_org(ctx, org_mentions),
            speaks_of_confirmation=_speaks_of_confirmation(lowers),
            awaits_confirmation=_awaits_confirmation(ctx, lowers),
            described_former=_described_former(ctx),
            kinds=_kinds(doc, org_mentions),
            not_employers=not_employers,
            held_in=_held_in(titled) or _demonym_held_in(ctx),
            posts=_posts(titled),
            main=None,  # (settled once every match is known: with_main)
            jurisdiction=None,
            sections=section_headings(ctx),
        )

    def section_of(self, sentence: int) -> str | None:
        """The body the heading of the section that holds ``sentence`` names."""
        found = None
        for at, name in self.sections:
            if at >= sentence:
                break
            found = name
        return found

    def kind(self, name: str) -> OrgKind | None:
        """The kind of the organisation ``name``: as its mentions tell it, else a
        place by its words."""
        found = self.kinds.get(name)
        if found is None and is_place_name(name.lower().split()):
            return ORG_KIND_PLACE
        return found

    def first_evidence(self, orgs: Sequence[OrgEvidence]) -> OrgEvidence | None:
        """The first organisation of ``orgs`` that names one (:meth:`named`)."""
        for e in orgs:
            found = self.named(e)
            if found is not None:
                return found
        return None

    def named(self, e: OrgEvidence) -> OrgEvidence | None:
        """``e`` where it names an organisation: "the company" stands for
        :attr:`main` (None while there is none), and evidence with no name is None."""
        if e.source is ORG_FROM_GENERIC:
            return new_org_evidence(name=self.main, source=ORG_FROM_GENERIC) if self.main else None
        return e if e.name else None

    def with_main(self, candidates: Sequence[Candidate]) -> DocumentFacts:
        """These facts with :attr:`main` settled from all the matches."""
        main = self.named_most
        if main is None:
            main = _given_most(candidates, self.not_employers)
        # (attrs.evolve, written out: see new_facts)
        return new_facts(
            named_most=self.named_most,
            parties=self.parties,
            government=self.government,
            speaks_of_confirmation=self.speaks_of_confirmation,
            awaits_confirmation=self.awaits_confirmation,
            described_former=self.described_former,
            kinds=self.kinds,
            not_employers=self.not_employers,
            posts=self.posts,
            held_in=self.held_in,
            main=main,
            jurisdiction=self._jurisdiction(candidates),
            sections=self.sections,
        )

    def _jurisdiction(self, candidates: Sequence[Candidate]) -> str | None:
        """The first place a government post is held in: a role phrase's ("X was
        sworn in as Ruritania's prime minister"), else a person's title or
        apposition ("Ostland Governor X"), else the government the text names."""
        for c in candidates:
            for e in c.orgs:
                if (
                    e.source is ORG_FROM_ROLE
                    and e.name
                    and c.role
                    and is_government_title(c.role)
                    and _is_jurisdiction(e.name)
                ):
                    return e.name
        return self.held_in or _government_place(self.government)


class _FactsSlots:
    """The slots of :class:`DocumentFacts` with no frozen ``__setattr__``, as
    :class:`~personnel_events.candidates._CandidateSlots` for a candidate: made
    directly (as :data:`new_facts`) it stores its fields by plain stores, then is a
    DocumentFacts (hence no weakref slot: the two layouts must not differ)."""

    __slots__ = tuple(a.name for a in attrs.fields(DocumentFacts))

    def __init__(
        self,
        *,
        named_most: str | None,
        parties: frozenset[str],
        government: str | None,
        speaks_of_confirmation: bool,
        awaits_confirmation: bool,
        described_former: frozenset[int],
        kinds: dict[str, OrgKind],
        not_employers: frozenset[str],
        posts: dict[str, str],
        held_in: str | None,
        main: str | None,
        jurisdiction: str | None,
        sections: tuple[tuple[int, str], ...],
    ) -> None:
        # (no defaults: gather and with_main give every field)
        bare: Any = self
        bare.named_most = named_most
        bare.parties = parties
        bare.government = government
        bare.speaks_of_confirmation = speaks_of_confirmation
        bare.awaits_confirmation = awaits_confirmation
        bare.described_former = described_former
        bare.kinds = kinds
        bare.not_employers = not_employers
        bare.posts = posts
        bare.held_in = held_in
        bare.main = main
        bare.jurisdiction = jurisdiction
        bare.sections = sections
        bare.__class__ = DocumentFacts


if TYPE_CHECKING:
    new_facts = DocumentFacts
else:
    #: ``DocumentFacts(...)`` for :meth:`DocumentFacts.gather` and
    #: :meth:`DocumentFacts.with_main`, which make the facts twice a document: attrs'
    #: frozen ``__init__`` stores each field through ``object.__setattr__``, a call
    #: each (and ``attrs.evolve`` reads every field by name first), many times the
    #: cost of these plain stores.
    new_facts = _FactsSlots


#: Bystanders that are not employers when named most: a newspaper named most is
#: the employer in a story about its newsroom.
_BYSTANDERS_NOT_NEWS = BYSTANDER_KINDS - {ORG_KIND_NEWS}


def _named_most(ctx: MatchContext, not_employers: frozenset[str]) -> str | None:
    """The organisation the text names most often, the first of a tie. (Every
    mention is read, not only those labelled an organisation: the entity's label
    decides, and a coreference stage of a user's may label the two apart.)"""
    doc = ctx.doc
    entities = doc.entities
    counts: dict[int, int] = {}
    first_seen: dict[int, int] = {}
    for m in doc.mentions:
        if m.entity is None:
            continue
        entity = entities[m.entity]
        if entity.label is not ORG:
            continue
        name = entity.name
        if is_generic(name) or name.lower() in GOVERNMENT_NOUNS:
            continue  # "the Company", defined in a filing; "the Cabinet" of a government
        if m.text in not_employers or opens_title(ctx, m):
            continue  # a credit line, "AD" for "athletic director", "Athletic director"
        if m.org_kind in _BYSTANDERS_NOT_NEWS:
            # a dateline's city, the country a story is set in, a league (a newspaper
            # named most is the employer in a story about its newsroom)
            continue
        if source_or_agent(ctx, m):
            continue
        counts[m.entity] = counts.get(m.entity, 0) + 1
        first_seen.setdefault(m.entity, m.start)
    if not counts:
        return None
    best = max(counts, key=lambda e: (counts[e], -first_seen[e]))
    return doc.entities[best].name


def _party_names(ctx: MatchContext) -> frozenset[str]:
    """Every name the text gives a political party, its abbreviations too."""
    words = lexicon.words("party_words.txt")
    if words.isdisjoint(ctx.words):
        return frozenset()  # no party word in the text (most texts)
    doc = ctx.doc
    names: set[str] = set()
    for ent in doc.entities:
        if ent.label is not ORG:
            continue
        ms = [doc.mentions[mi] for mi in ent.mentions]
        if any(doc.tokens[m.last_token - 1].lower in words for m in ms):
            names.update(m.text for m in ms)
    return frozenset(names)


def _government_org(ctx: MatchContext, org_mentions: list[Mention]) -> str | None:
    """The government the text names: "the German government", "Kishida's cabinet"
    (``org_mentions``: the text's organisations' mentions)."""
    if GOVERNMENT_NOUNS.isdisjoint(ctx.words):
        return None  # no such word in the text (most texts)
    for m in org_mentions:
        if ctx.lowers[m.last_token - 1] in GOVERNMENT_NOUNS:
            return m.text
    return None


def _speaks_of_confirmation(lowers: frozenset[str]) -> bool:
    """The text says a post needs confirmation or a vote (``confirmation_words.txt``)."""
    return not lexicon.words("confirmation_words.txt").isdisjoint(lowers)


def _awaits_confirmation(ctx: MatchContext, lowers_set: frozenset[str]) -> bool:
    """A phrase of ``pending_confirmation.txt`` stands in the text, as whole words."""
    by_first = _pending_by_first()
    # the phrases whose first word the text has and whose words it has as a string
    phrases = {
        phrase
        # (the set's intersection reads the few first words, not the text's words)
        for first in lowers_set.intersection(by_first)
        for phrase, written in by_first[first]
        if written in ctx.joined
    }
    if not phrases:
        return False
    lowers = ctx.lowers
    for i in range(len(lowers)):
        for phrase in phrases:
            if tuple(lowers[i : i + len(phrase)]) == phrase:
                return True
    return False


@functools.cache
def _pending_by_first() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """The phrases of ``pending_confirmation.txt`` (and their words joined by
    spaces) by their first word."""
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase in lexicon.phrases("pending_confirmation.txt"):
        out.setdefault(phrase[0], []).append((phrase, " ".join(phrase)))
    return {w: tuple(ps) for w, ps in out.items()}


def _described_former(ctx: MatchContext) -> frozenset[int]:
    """The entities whose first title or apposition is a post already left
    ("X, the former CEO of Y,": :meth:`MatchContext.left_before`)."""
    if lexicon.words("former_words.txt").isdisjoint(ctx.words):
        return frozenset()  # no word of a post left in the text (most texts)
    doc = ctx.doc
    mentions = doc.mentions
    out: set[int] = set()
    for ent in doc.entities:
        for mi in ent.mentions:
            first = mentions[mi]
            if first.title or first.appos:
                if ctx.left_before(first):
                    out.add(ent.id)
                break
    return frozenset(out)


#: What :func:`described_as` gives an entity described by no post.
NOT_DESCRIBED: tuple[None, None] = (None, None)


def described_as(ctx: MatchContext, entity: Entity) -> tuple[str | None, str | None]:
    """The first title or apposition ``entity`` is given, with its organisation;
    for a person given neither, the first post a copula gives the name ("X was
    chief executive of Orbis until 2019, when she was replaced"); else
    :data:`NOT_DESCRIBED`. (Asked by settling for the people of the candidates
    alone: most entities of a text are none of them.)"""
    mentions = ctx.doc.mentions
    copula: tuple[str | None, str | None] | None = None
    for mi in entity.mentions:
        m = mentions[mi]
        if (m.title and not _to_come(m.title)) or (m.appos and not _to_come(m.appos)):
            return (m.appos or m.title), (m.appos_org or m.title_org)
        if copula is None and m.kind is MENTION_NAME and m.label is PERSON:
            copula = post_after_copula(ctx, m)
    return copula if copula is not None else NOT_DESCRIBED


#: Forms of "be" after a name that give the post it holds or held.
_COPULAS = frozenset({"is", "was"})


def post_after_copula(ctx: MatchContext, m: Mention) -> tuple[str | None, str | None] | None:
    """'X was chief executive of Orbis', 'X is the club's coach': the post after
    the copula right after the name (not "was named", "was not", "is to")."""
    k = m.last_token
    limit = ctx.sentences[m.sentence].last_token
    if k + 1 >= limit or ctx.lowers[k] not in _COPULAS:
        return None
    role = ctx.role_after(k + 1, limit)
    if role is None or not role.text or _to_come(role.text):
        return None
    return role.text, role.org


def _kinds(doc: Document, org_mentions: list[Mention]) -> dict[str, OrgKind]:
    out: dict[str, OrgKind] = {}
    for m in org_mentions:
        if m.org_kind is not None:
            out.setdefault(m.text, m.org_kind)
            if m.entity is not None:
                out.setdefault(doc.entities[m.entity].name, m.org_kind)
    return out


def _not_employers(ctx: MatchContext, org_mentions: list[Mention]) -> frozenset[str]:
    """Organisation names that name no employer here: a news agency in a credit
    line ("(Wirepost) --"), a title's abbreviation where the text writes the title
    too ("AD search" beside "athletic director"), every name of a body the text
    calls a regulator ("the regulator X", ``regulator_words.txt``), the place of a
    swearing-in, and the names of people (:func:`_people_names`)."""
    doc = ctx.doc
    abbreviations = title_abbreviations()
    out: set[str] = set()
    text = None
    overseers = (
        set()
        if lexicon.words("regulator_words.txt").isdisjoint(ctx.words)  # (most texts)
        else {m.entity for m in doc.mentions if m.entity is not None and named_as_regulator(ctx, m)}
    )
    ceremony = not CEREMONY_FORMS.isdisjoint(ctx.words)  # (most texts hold none)
    for m in org_mentions:
        if m.entity in overseers:
            out.add(m.text)  # "the regulator X" and every other name of X
            out.add(doc.entities[m.entity].name)
            continue
        if m.org_kind is ORG_KIND_NEWS and credit_line(ctx, m):
            out.add(m.text)
            continue
        titles = abbreviations.get(m.text.lower()) if m.text.isupper() else None
        if titles:
            if text is None:
                text = " " + ctx.joined + " "
            if any(f" {title} " in text for title in titles):
                out.add(m.text)
            continue
        if ceremony and _ceremony_venue(ctx, m):
            out.add(m.text)
    return frozenset(out | _people_names(ctx))


def _people_names(ctx: MatchContext) -> set[str]:
    """The names and surnames of the people the text names by a given name and a
    surname, where no organisation is so named: "Doyle's assistant, X" names no
    employer (a name taken for a person's with no given name may be a body's:
    "Orbis Power")."""
    people: set[str] = set()
    bodies: set[str] = set()
    # (one pass over the entities; partition makes no list, as split would)
    for ent in ctx.doc.entities:
        label, name = ent.label, ent.name
        if label is PERSON:
            given, space, _ = name.partition(" ")
            if space and is_given_name(given):
                people.add(name)
                people.add(name.rpartition(" ")[2])
        elif label is ORG:
            bodies.add(name)
    return people - bodies


#: How many words before "at" the verb of a ceremony may stand ("was sworn in as
#: interior minister at X").
VENUE_REACH = 8


def _ceremony_venue(ctx: MatchContext, m: Mention) -> bool:
    """'sworn in as interior minister at Harambee House': the place a ceremony
    was held (:data:`.words.CEREMONY_FORMS` before "at" in the clause)."""
    at = m.first_token - 1
    if at < 1 or ctx.lowers[at] != "at":
        return False
    for k in range(at - 1, max(-1, at - 1 - VENUE_REACH), -1):
        low = ctx.lowers[k]
        if low in CEREMONY_FORMS:
            return True
        if low in {",", ";", ".", "and"}:
            return False
    return False


def _given_most(candidates: Sequence[Candidate], not_employers: frozenset[str]) -> str | None:
    """The organisation the changes' own evidence names most often (the role
    phrase, the body that acts, the person's title), the first of a tie."""
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for c in candidates:
        for e in c.orgs:
            if not e.name or e.source not in _OWN_SOURCES or e.name in not_employers:
                continue
            name = without_base(e.name)
            if is_generic(name):
                continue  # "the Lyon-based group": a body named elsewhere
            counts[name] = counts.get(name, 0) + 1
            first.setdefault(name, c.trigger.first)
    if not counts:
        return None
    return max(counts, key=lambda n: (counts[n], -first[n]))


#: Evidence that a change gives of its own organisation.
_OWN_SOURCES = frozenset(
    {
        ORG_FROM_ROLE,
        ORG_FROM_OBJECT,
        ORG_FROM_AGENT,
        ORG_FROM_ACTING_NAME,
        ORG_FROM_PASSIVE_AGENT,
        ORG_FROM_PERSON,
    }
)


def _held_in(titled: list[Mention]) -> str | None:
    """The place of the first government title or apposition the text gives a
    person ("Ostland Governor X", "X, Ruritania's head of state"); ``titled``: the
    mentions with a title or an apposition."""
    for m in titled:
        title, org = m.title, m.title_org
        if title and org and is_government_title(title) and _is_jurisdiction(org):
            return org
        appos, org = m.appos, m.appos_org
        if appos and org and is_government_title(appos) and _is_jurisdiction(org):
            return org
    return None


def _demonym_held_in(ctx: MatchContext) -> str | None:
    """The country of the first government title a demonym opens anywhere in the
    text ("German Chancellor Reshuffles Cabinet", "the Kenyan interior minister,
    X,": :func:`~personnel_events.roles.country_titled`), where no title or
    apposition of a person names the place of one."""
    found = lower_demonyms() & ctx.words
    if not found:
        return None  # (most texts: no demonym at all)
    lowers, tokens = ctx.lowers, ctx.tokens
    first: tuple[int, str] | None = None
    for word in found:
        k = -1
        while True:
            try:
                k = lowers.index(word, k + 1)  # (the list searched in C)
            except ValueError:
                break
            if first is not None and k > first[0]:
                break
            country = country_titled(tokens, k)
            if country is not None:
                first = (k, country)
                break
    return first[1] if first is not None else None


def _government_place(government: str | None) -> str | None:
    """A government the text names for its place ("the Dutch government"), as
    written; not one named for a person ("the Kishida cabinet")."""
    if government is None:
        return None
    words = government.lower().split()
    if words and words[0] == "the":
        words = words[1:]
    return government if len(words) > 1 and is_place_name(words[:-1]) else None


def _to_come(title: str) -> bool:
    """'Senator-elect', 'CEO-designate': a post not yet held, that the person
    neither leaves nor is described by."""
    return title.lower().endswith(("-elect", "-designate", " elect", " designate"))


def _is_jurisdiction(name: str) -> bool:
    """A country, state or province by its name ("Ruritania", "Oregon")."""
    words = name.lower().split()
    return is_place_name(words) or " ".join(words) in lexicon.words("jurisdictions.txt")


@functools.lru_cache(maxsize=4096)  # (asked for each candidate's role: a bounded cache)
def post_key(title: str) -> str:
    """A post as :attr:`DocumentFacts.posts` keys it: its last two words, lower
    case, without a word of tenure ("interim police chief" -> "police chief")."""
    skip = _tenure_words()
    words = [w for w in title.lower().replace("-", " ").split() if w not in skip]
    return " ".join(words[-2:])


@functools.cache
def _tenure_words() -> frozenset[str]:
    """``data/tenure_modifiers.txt`` with "interim" and "acting"."""
    return lexicon.words("tenure_modifiers.txt") | {"interim", "acting"}


def _posts(titled: list[Mention]) -> dict[str, str]:
    """The posts the titles and appositions of ``titled`` give one body each."""
    found: dict[str, set[str]] = {}
    for m in titled:
        if m.title and m.title_org and not is_generic(m.title_org):
            found.setdefault(post_key(m.title), set()).add(m.title_org)
            if " " not in m.title.strip():
                # "Harbor Police Chief X": the post is the "police chief"
                key = post_key(f"{m.title_org} {m.title}")
                found.setdefault(key, set()).add(m.title_org)
        if m.appos and m.appos_org and not is_generic(m.appos_org):
            found.setdefault(post_key(m.appos), set()).add(m.appos_org)
    return {key: next(iter(orgs)) for key, orgs in found.items() if len(orgs) == 1 and key}


#: The most words of a section's heading that names a body.
HEADING_MAX = 6
#: First words of a line that is no section's heading ("By X", "Photo: X").
_NO_HEADING = frozenset({"by", "photo", "photos", "source", "related", "read", "image", "video"})
#: Words of the labels of a news page's parts, which name no body.
_NO_HEADING_WORDS = frozenset(
    {"breaking", "news", "latest", "top", "stories", "story", "update", "updates", "more",
     "analysis", "opinion", "business", "sports", "sport", "world", "politics", "markets",
     "in", "brief", "the", "and", "of", "people", "moves", "appointments", "changes"}
)  # fmt: skip
#: Lower-case words a heading that names a body may hold ("Bank of Ruritania").
_HEADING_GLUE = frozenset({"of", "and", "&", "for", "the", "de"})


def section_headings(ctx: MatchContext) -> tuple[tuple[int, str], ...]:
    """The sentences, after the first, that are a line of their own naming a body:
    at most :data:`HEADING_MAX` words, each capitalised or a word that joins a
    name, no person's name alone, no byline, and no closing punctuation ("South Africa
    Tourism", "Necsa"). A round-up names the body once, above its paragraph."""
    doc = ctx.doc
    text = doc.text
    if "\n" not in text:
        return ()
    found: list[tuple[int, str]] = []
    for si, sent in enumerate(doc.sentences):
        n = sent.last_token - sent.first_token
        if si == 0 or not 0 < n <= HEADING_MAX:
            continue
        first, last = doc.tokens[sent.first_token], doc.tokens[sent.last_token - 1]
        if text[last.end : last.end + 1] not in {"\n", ""} or (
            first.start > 0 and text[first.start - 1] != "\n"
        ):
            continue  # not a line of its own
        words = ctx.lowers[sent.first_token : sent.last_token]
        tokens = doc.tokens[sent.first_token : sent.last_token]
        if words[0] in _NO_HEADING or _NO_HEADING_WORDS.issuperset(words):
            continue  # "By X": a byline; "Breaking News", "Top Stories": a page's label
        if all(
            t.text[:1].isupper() or (low in _HEADING_GLUE and i > 0)
            for i, (t, low) in enumerate(zip(tokens, words, strict=True))
        ):
            found.append((si, text[first.start : last.end]))
    if not found:
        return ()
    # (a line that is a person's name alone is a caption, not a body)
    captions = {
        si
        for si, _ in found
        for m in ctx.persons(si)
        if m.first_token == doc.sentences[si].first_token
        and m.last_token == doc.sentences[si].last_token
    }
    return tuple((si, name) for si, name in found if si not in captions)
