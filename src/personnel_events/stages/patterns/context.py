"""What matching reads of a document, indexed once before any trigger is tried."""

from __future__ import annotations

import bisect
import functools

import attrs

from ... import lexicon
from ...document import Document
from ...members import MENTION_NAME, PERSON
from ...model import Mention, Sentence, Token
from ...roles import Role, role_after


def _top_level(persons: list[Mention]) -> list[Mention]:
    """Only people at the top of a noun phrase act: "Kamala Harris" inside
    "Sanders, senior adviser for Deputy President Kamala Harris," does not.
    (``persons`` itself where each is: most sentences' people.)"""
    if len(persons) < 2:
        return persons  # nobody else to be held
    # a name whose phrase is its own words holds no other (a plain loop: most
    # sentences have no holder, and a comprehension is a call of its own)
    holders: list[Mention] = []
    for o in persons:
        if o.kind is MENTION_NAME and (o.np_first < o.first_token or o.np_last > o.last_token):
            holders.append(o)
    if not holders:
        return persons
    top: list[Mention] = []
    for m in persons:
        for o in holders:
            if (
                o is not m
                and o.np_first <= m.first_token
                and m.last_token <= o.np_last
                and not (o.first_token <= m.first_token < o.last_token)
            ):
                break  # inside another's phrase
        else:
            top.append(m)
    return top


def _last_token(sent: Sentence) -> int:
    return sent.last_token


@functools.cache
def _past_words() -> frozenset[str]:
    """``data/former_words.txt`` and ``data/past_post_words.txt``."""
    return lexicon.words("former_words.txt") | lexicon.words("past_post_words.txt")


@attrs.frozen
class MatchContext:
    """A document's tokens with its people and organisations by sentence, and the
    dependents of each token where a backend parsed the text. Built once per
    document; nothing in it changes while frames run."""

    doc: Document
    tokens: list[Token]
    persons_by_sentence: dict[int, list[Mention]]
    orgs_by_sentence: dict[int, list[Mention]]
    children: dict[int, list[int]]
    #: Each token's lower case, in token order (``lowers[i] == tokens[i].lower``).
    lowers: list[str]
    #: ``lowers`` joined by spaces: a cheap test that no word holds a string.
    joined: str
    #: The document's sentences and text, read without a call (``sentences[si]``
    #: is :meth:`sentence`; frames read them many times a match).
    sentences: list[Sentence]
    text: str
    #: The words of the text (``lowers`` as a set): a word list none of whose
    #: words is here cannot match, whatever the window a gate looks at.
    words: frozenset[str]
    #: Some word holds "based" ("Tulsa-based"): tested once per document, not
    #: once per name (a test of ``joined`` reads the whole text).
    has_based: bool = False
    #: The role phrases read so far, by where they start and where their sentence
    #: ends (see :meth:`role_after`); one document's, dropped with the context.
    _roles: dict[tuple[int, int], Role | None] = attrs.field(factory=dict, init=False)

    @classmethod
    def build(cls, doc: Document) -> MatchContext:
        """The context of ``doc``."""
        persons: dict[int, list[Mention]] = {}
        orgs: dict[int, list[Mention]] = {}
        for m in doc.mentions:
            if m.entity is None:
                continue
            label = doc.entities[m.entity].label
            target = persons if label is PERSON else orgs
            target.setdefault(m.sentence, []).append(m)
        # (one person holds no other: most sentences keep their list without a call;
        # a value replaced in place, the dict is not made again)
        for si, ms in persons.items():
            if len(ms) > 1:
                persons[si] = _top_level(ms)
        children: dict[int, list[int]] = {}
        # only a backend's tokens carry a parse (the embedded tokenizer's carry none)
        if doc.tokens and doc.tokens[0].annotation is not None:
            for k, tok in enumerate(doc.tokens):
                if tok.head is not None:
                    children.setdefault(tok.head, []).append(k)
        lowers = doc.lowers()
        joined = " ".join(lowers)
        return cls(
            doc,
            doc.tokens,
            persons,
            orgs,
            children,
            lowers,
            joined,
            doc.sentences,
            doc.text,
            frozenset(lowers),
            "based" in joined,
        )

    def role_after(self, k: int, limit: int) -> Role | None:
        """:func:`~personnel_events.roles.role_after` of this document's words from
        ``k`` up to ``limit``, read once: frames, gates and settling ask for the
        same phrase more than once (``post_named`` then ``role_after_trigger``;
        ``split_posts``). None where the words read open an organisation's name
        (:meth:`opens_org_name`)."""
        key = (k, limit)
        roles = self._roles
        if key in roles:
            return roles[key]
        role = role_after(self.text, self.tokens, k, limit, self.lowers)
        if role is not None and self.opens_org_name(role):
            role = None  # "joined Velt General Hospital": no "Velt General"
        roles[key] = role
        return role

    def opens_org_name(self, role: Role) -> bool:
        """The role's words are the first words of an organisation's name that goes on
        past them ("Velt General" of "Velt General Hospital"), and it names no body of
        its own."""
        if role.org is not None or not self.orgs_by_sentence:
            return False  # (most texts' roles: a body of their own, or no body named)
        si = self.sentence_at(role.first)
        if si is None:
            return False
        # (the name holds the role's last word and more: "the Korra Attorney General
        # Office" too, whose role opens with "the"; a plain loop, no generator a role)
        end = role.last
        for m in self.orgs_by_sentence.get(si, ()):  # noqa: SIM110 - not any(): see above
            if m.first_token < end < m.last_token:
                return True
        return False

    def sentence(self, si: int) -> Sentence:
        return self.sentences[si]

    def sentence_at(self, k: int) -> int | None:
        """The index of the sentence that holds token ``k`` (None: none does)."""
        sentences = self.sentences
        si = bisect.bisect_right(sentences, k, key=_last_token)
        if si < len(sentences) and sentences[si].first_token <= k:
            return si
        return None

    def persons(self, si: int) -> list[Mention]:
        return self.persons_by_sentence.get(si, [])

    def orgs(self, si: int) -> list[Mention]:
        return self.orgs_by_sentence.get(si, [])

    def span_text(self, first: int, last: int) -> str:
        """The text of tokens ``first`` to ``last`` inclusive."""
        return self.doc.text[self.tokens[first].start : self.tokens[last].end]

    def held_post(
        self, person: Mention, *, current: bool, elsewhere: bool = False, own: bool = True
    ) -> tuple[str, str | None] | None:
        """The post the text gives ``person`` with a title or an apposition, on this
        mention or another of the same person (this one first, then the nearest
        before it, then after): "SCARBOROUGH manager X has left ... X, who took
        over". With ``current``, a post the text marks as past ("former CFO X",
        "X, the former CFO,") is passed over; with ``elsewhere``, a title in the
        mention's own sentence is too ("X, the chief of staff, replaced Y": the
        post X leaves); without ``own``, this mention's title is ("Assistant
        manager X will take charge": the post X held when taking another)."""
        mentions = [person] if own and not elsewhere else []
        if person.entity is not None:
            others = [self.doc.mentions[i] for i in self.doc.entities[person.entity].mentions]
            before = sorted((m for m in others if m.start < person.start), key=lambda m: -m.start)
            after = sorted((m for m in others if m.start > person.start), key=lambda m: m.start)
            mentions += before + after
        for m in mentions:
            if not (m.title or m.appos) or (elsewhere and m.sentence == person.sentence):
                continue
            if not own and m.start == person.start:
                continue
            if current and self._marked_past(m):
                continue
            if m.title:
                return m.title, m.title_org
            if m.appos:
                return m.appos, m.appos_org
        return None

    def left_before(self, m: Mention) -> bool:
        """The mention's own title or apposition is a post already left ("former
        CEO X", "X, the former CEO,"; ``data/former_words.txt``), not one being
        left ("outgoing CEO X")."""
        return self._marked_past(m, lexicon.words("former_words.txt"))

    def _marked_past(self, m: Mention, past: frozenset[str] | None = None) -> bool:
        """A tenure word (``past``: by default those of ``data/former_words.txt``
        and ``data/past_post_words.txt``, "former", "outgoing") before the
        mention's title or at the head of its apposition."""
        if past is None:
            past = _past_words()
        tokens = self.tokens
        if m.title and m.np_first > 0 and tokens[m.np_first - 1].lower in past:
            return True
        if m.title and tokens[m.np_first].lower in past:
            return True
        if m.appos:
            window = tokens[m.last_token : min(len(tokens), m.last_token + 4)]
            return any(t.lower in past for t in window)
        return False
