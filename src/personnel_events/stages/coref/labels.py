"""What a name found is: its label from where it stands and what a backend's NER
says, the kind its words or the dateline tell, and a mention relabelled without
``attrs.evolve``."""

from __future__ import annotations

import functools
from collections.abc import Sequence

import attrs

from ...document import Document
from ...model import EntityLabel, Mention, OrgKind, Token, make_mention
from ...names import NameSpan, is_capitalised, title_modifiers
from ...roles import looks_like_domain
from . import kinds, words
from .enums import NEWS, ORG, OTHER, PERSON, PLACE


def settle_label(
    doc: Document,
    span: NameSpan,
    sent_first: int,
    found: list[Mention],
    lists: tuple[frozenset[str], frozenset[str]] | None = None,
) -> None:
    """The label of a name span from where it stands and what a backend's NER says;
    NER may also widen a person's name to the left. ``lists``: :func:`settle_words`,
    where the caller fetched it once for all the names of a text."""
    tokens = doc.tokens
    first = span.first
    prev = tokens[first - 1].lower if first > sent_first else ""  # read once for all below
    field_openers, relation_nouns = lists if lists is not None else settle_words()
    if first > sent_first:  # else no word before the name tells anything
        if (
            span.label is PERSON
            and prev in _NOT_A_NAME_BEFORE
            and _not_a_name(tokens, first, sent_first)
        ):
            span.label = OTHER
        if (
            first - 1 > sent_first
            and prev in field_openers  # what _field_of_post reads first
            and _field_of_post(tokens, first, span.last, sent_first)
        ):
            span.label = OTHER  # "Minister of Mines and Energy": the field, no body
    last = span.last
    if (
        tokens[first].annotation is not None
        or tokens[last - 1].annotation is not None
        or last - first > 2
    ):
        # (a word of the embedded tokenizer has no annotation: NER tells nothing,
        # and entity_label would give the label back; it reads the middle words of
        # a longer name itself, and its first test is whether any has one)
        span.label = entity_label(tokens, first, last, span.label)
    if span.label is not ORG and first > sent_first:
        if prev in relation_nouns:
            # "his daughter Ellen will take over": a kin named by a given name alone
            span.label = PERSON
            span.gender = span.gender or words.gendered().get(prev)
        # NER's name may start with a word the rules took for a title ("Dean")
        while (
            span.label is PERSON
            and span.first > sent_first
            and tokens[span.first - 1].annotation is not None  # what .ner reads first
            and tokens[span.first - 1].ner == "PERSON"
            and _out_end(found) <= span.first - 1
        ):
            span.first -= 1
    if doc.dateline is not None and _in_dateline(doc, span.first):
        span.label = OTHER  # "TOKYO (Reuters) -": a place


@functools.cache
def settle_words() -> tuple[frozenset[str], frozenset[str]]:
    """What :func:`settle_label` reads for every name, fetched by one cached call (a
    call of a cached function costs as much as a dozen set lookups): the words before
    the field of a post (:func:`_field_openers`) and the nouns of kinship."""
    return _field_openers(), words.relation_nouns()


def relabelled(m: Mention, label: EntityLabel) -> Mention:
    """The mention with ``label``: ``attrs.evolve(m, label=label)`` written out (a
    third of the time), or ``m`` itself where it has that label already."""
    if m.label is label:
        return m
    return make_mention(
        m.kind,
        m.text,
        m.start,
        m.end,
        m.first_token,
        m.last_token,
        m.sentence,
        label,
        m.gender,
        m.title,
        m.title_org,
        m.appos,
        m.appos_org,
        m.np_first,
        m.np_last,
        m.possessor,
        m.entity,
        m.org_kind,
    )


def with_kind(doc: Document, m: Mention) -> Mention:
    """The mention with the kind its words tell (:func:`name_kind`)."""
    kind = name_kind(doc, m.first_token, m.last_token)
    if kind is None:
        return m
    return attrs.evolve(m, label=label_of_kind(kind, m.label, m.title or m.appos), org_kind=kind)


def name_kind(doc: Document, first: int, last: int) -> OrgKind | None:
    """The kind the name ``tokens[first:last]`` is, where its words tell it
    (:mod:`.kinds`); a name in the dateline, or followed by a state ("Brentwood,
    Tenn."), is a place; the name in brackets in a dateline's head is news."""
    tokens = doc.tokens
    line = doc.dateline
    if (
        line is not None
        and line.place_span is not None
        and tokens[first].start < max(line.place_span[1], line.end)
    ):  # else neither can hold: the name is past the dateline's head
        if _dateline_credit(doc, first, last):
            return NEWS  # "NORMAN (KFSM) —": the station that files
        if _in_dateline(doc, first):
            return PLACE
    if last < len(tokens) and tokens[last].text == "," and kinds.state_after(tokens, last):
        return PLACE  # (the comma: what state_after reads first)
    if last - first == 1:
        return kinds.word_kind(tokens[first].lower)
    return kinds.name_kind_of(doc.lowers()[first:last])  # (a slice: no loop in Python)


def label_of_kind(kind: OrgKind, label: EntityLabel, role: str | None) -> EntityLabel:
    """The label of a name of a kind: a news organisation is an organisation, never
    a person; a place is no person unless a title or an apposition (``role``) says so."""
    if kind is NEWS and label is not ORG:
        return ORG
    if kind is PLACE and label is PERSON and not role:
        return OTHER
    return label


def _dateline_credit(doc: Document, first: int, last: int) -> bool:
    """The name ``tokens[first:last]`` in brackets in a dateline's head ("NEW YORK
    (Reuters) -", "NORMAN (KFSM) —"): the agency or station that filed the story."""
    line = doc.dateline
    if line is None or line.place_span is None:
        return False
    tokens = doc.tokens
    if tokens[first].start < line.place_span[1]:
        return False
    return (
        tokens[last - 1].end <= line.end
        and first > 0
        and tokens[first - 1].text == "("
        and last < len(tokens)
        and tokens[last].text == ")"
    )


def _out_end(mentions: list[Mention]) -> int:
    """The token where the last mention found so far ends (0 if none)."""
    return mentions[-1].last_token if mentions else 0


def entity_label(tokens: Sequence[Token], first: int, last: int, guess: EntityLabel) -> EntityLabel:
    """The entity type a backend's NER gave the name's tokens, where it gave one;
    else the label the capitalisation rules guessed."""
    for k in range(first, last):
        if tokens[k].annotation is not None:
            break
    else:
        return guess  # the embedded tokenizer's tokens: no NER
    types: set[str] = set()
    for k in range(first, last):
        annotation = tokens[k].annotation  # None for the embedded tokenizer: no NER
        if annotation is not None and annotation.ner is not None:
            types.add(annotation.ner)
    if not types:
        return guess
    if types == {"PERSON"}:
        return PERSON
    if types <= {"ORG", "PERSON"} and "ORG" in types:
        return ORG
    if types & words.NOT_NAMES:
        return OTHER
    return guess


def _in_dateline(doc: Document, token: int) -> bool:
    line = doc.dateline
    if line is None or line.place_span is None:
        return False
    place = line.place_span
    return place[0] <= doc.tokens[token].start < place[1]


def _not_a_name(tokens: Sequence[Token], first: int, sent_first: int) -> bool:
    """'the Press Operations', 'Director of Press Operations': a capitalised run
    after "the", or after "of" that follows a title, names no person."""
    if first <= sent_first:
        return False
    prev = tokens[first - 1].lower
    if prev == "the":
        return True
    return prev == "of" and first - 2 >= sent_first and tokens[first - 2].lower in words.titles()


#: The words before a name that :func:`_not_a_name` reads further.
_NOT_A_NAME_BEFORE = frozenset({"the", "of"})


@functools.cache
def _field_openers() -> frozenset[str]:
    """The words that may stand before the field of a post (what
    :func:`_field_of_post` reads first): "and", "of", "for", "&", a title modifier,
    or a title modifier's plural."""
    mods = title_modifiers()
    return frozenset({"and", "of", "for", "&"}) | mods | frozenset(m + "s" for m in mods)


def _field_of_post(tokens: Sequence[Token], first: int, last: int, sent_first: int) -> bool:
    """'Minister of Energy', 'Secretary of State for Foreign Affairs', "Minister of
    Mines and Energy": words of a field of work after "of" or "for" that follows a
    title (or such a field and "and") name no organisation."""
    k = first - 1
    if k <= sent_first or tokens[k].lower not in _field_openers():
        # the common case: no field word (what looks_like_domain reads) and no
        # "of", "for" or "and" before the name: the walk below would stop at once
        return False
    if not looks_like_domain(tokens[first:last]):
        return False
    while k > sent_first and (tokens[k].lower == "and" or looks_like_domain(tokens[k : k + 1])):
        k -= 1  # back over "Mines and"
    if k <= sent_first or tokens[k].lower not in ("of", "for"):
        return False
    j = k - 1
    while j > sent_first and (
        tokens[j].lower == "of"
        or (is_capitalised(tokens[j]) and tokens[j].lower not in words.titles())
    ):
        j -= 1  # "Secretary of State for": back to the title
    return tokens[j].lower in words.titles()
