"""What a document says of its organisations, gathered once before matching: the
one named most, its parties, its government, whether posts wait for a vote, and
how each person is described. Nothing here depends on the order in which frames
run; the main organisation is settled once every match is known."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ... import lexicon
from ...candidates import Candidate, OrgEvidence, OrgSource
from ...document import Document
from ...model import EntityLabel, OrgKind
from ...names import GOVERNMENT_NOUNS
from .context import MatchContext
from .orgs import BYSTANDER_KINDS, is_generic, source_or_agent


@attrs.frozen
class DocumentFacts:
    """What a document says of its organisations, gathered once before matching:
    the one named most often, its parties, its government, whether it speaks of
    confirmation; and the role and organisation each person is described with."""

    named_most: str | None
    parties: frozenset[str]
    government: str | None
    speaks_of_confirmation: bool
    #: The text says a post waits for a vote or a hearing (``pending_confirmation.txt``).
    awaits_confirmation: bool
    described: dict[int, tuple[str | None, str | None]]
    #: The organisation the document is about: :attr:`named_most`, else the first
    #: name that acted as one (set once every match is known).
    main: str | None = None

    @classmethod
    def gather(cls, ctx: MatchContext) -> DocumentFacts:
        doc = ctx.doc
        lowers = frozenset(t.lower for t in doc.tokens)
        return cls(
            named_most=_named_most(ctx),
            parties=_party_names(doc),
            government=_government_org(doc),
            speaks_of_confirmation=_speaks_of_confirmation(lowers),
            awaits_confirmation=_awaits_confirmation(doc, lowers),
            described=_described(doc),
        )

    def first_evidence(self, orgs: Sequence[OrgEvidence]) -> OrgEvidence | None:
        """The first organisation of ``orgs`` that names one; "the company" stands
        for :attr:`main` (and is passed over while there is none)."""
        for e in orgs:
            if e.source is OrgSource.GENERIC:
                if self.main:
                    return OrgEvidence(name=self.main, source=OrgSource.GENERIC)
                continue
            if e.name:
                return e
        return None

    def with_main(self, candidates: Sequence[Candidate]) -> DocumentFacts:
        """These facts with :attr:`main` settled from all the matches."""
        main = self.named_most
        if main is None:
            acting = [
                (c.trigger.first, e.name)
                for c in candidates
                for e in c.orgs
                if e.source is OrgSource.ACTING_NAME and e.name
            ]
            main = min(acting)[1] if acting else None
        return attrs.evolve(self, main=main)


def _named_most(ctx: MatchContext) -> str | None:
    doc = ctx.doc
    counts: dict[int, int] = {}
    first_seen: dict[int, int] = {}
    for m in doc.mentions:
        if m.entity is None or doc.entities[m.entity].label is not EntityLabel.ORG:
            continue
        if is_generic(doc.entities[m.entity].name):
            continue  # "the Company", defined in a filing for the name it stands for
        if m.org_kind in BYSTANDER_KINDS - {OrgKind.NEWS}:
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


def _party_names(doc: Document) -> frozenset[str]:
    """Every name the text gives a political party, its abbreviations too."""
    words = lexicon.words("party_words.txt")
    names: set[str] = set()
    for ent in doc.entities:
        if ent.label is not EntityLabel.ORG:
            continue
        ms = [doc.mentions[mi] for mi in ent.mentions]
        if any(doc.tokens[m.last_token - 1].lower in words for m in ms):
            names.update(m.text for m in ms)
    return frozenset(names)


def _government_org(doc: Document) -> str | None:
    """The government the text names: "the German government", "Kishida's cabinet"."""
    for m in doc.mentions:
        if m.label is EntityLabel.ORG and doc.tokens[m.last_token - 1].lower in GOVERNMENT_NOUNS:
            return m.text
    return None


def _speaks_of_confirmation(lowers: frozenset[str]) -> bool:
    """The text says a post needs confirmation or a vote (``confirmation_words.txt``)."""
    return not lexicon.words("confirmation_words.txt").isdisjoint(lowers)


def _awaits_confirmation(doc: Document, lowers_set: frozenset[str]) -> bool:
    """A phrase of ``pending_confirmation.txt`` stands in the text, as whole words."""
    phrases = lexicon.phrases("pending_confirmation.txt")
    firsts = {p[0] for p in phrases}
    if firsts.isdisjoint(lowers_set):
        return False
    lowers = [t.lower for t in doc.tokens]
    for i, low in enumerate(lowers):
        if low in firsts:
            for phrase in phrases:
                if tuple(lowers[i : i + len(phrase)]) == phrase:
                    return True
    return False


def _described(doc: Document) -> dict[int, tuple[str | None, str | None]]:
    """The first title or apposition each entity is given, with its organisation."""
    out: dict[int, tuple[str | None, str | None]] = {}
    for ent in doc.entities:
        for mi in ent.mentions:
            m = doc.mentions[mi]
            if m.title or m.appos:
                out[ent.id] = ((m.appos or m.title), (m.appos_org or m.title_org))
                break
    return out
