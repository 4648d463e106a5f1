"""Finding mentions: names of people and organisations (with the title or
apposition written next to them), third-person pronouns, role descriptions
("the spokeswoman") and organisations named by their head ("Harris' office")."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from ...document import Document
from ...model import EntityLabel, Mention, MentionKind, OrgKind, Token
from ...names import (
    GOVERNMENT_NOUNS,
    NameSpan,
    find_lowercase_names,
    find_lowercase_surnames,
    find_names,
    given_name_gender,
    honorifics,
    is_capitalised,
    lowercase_surnames,
    mostly_lowercase,
    possessive_after,
)
from ...roles import Role, apposition_after, apposition_before, looks_like_domain, title_before
from . import kinds, words


def find_mentions(doc: Document) -> list[Mention]:
    """Every mention of the document, in reading order."""
    tokens = doc.tokens
    pronouns = words.pronouns()
    openers = words.mention_openers()
    heads = words.titles()
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
        by_first = {s.first: s for s in spans} if spans else {}
        # Where a mention can start: a name, a pronoun, "the"; read in order, each
        # from where the mention before it ends.
        starts = [k for k in range(sent.first_token, sent.last_token) if tokens[k].lower in openers]
        if by_first:
            # a start twice (a name at "The") is read once: the first reading
            # moves past it
            starts += by_first
            starts.sort()
        i = sent.first_token
        for at in starts:
            if at < i:
                continue  # inside the mention before
            i = at
            span = by_first.get(i)
            if span is not None:
                _settle_label(doc, span, sent.first_token, out)
                named = name_mention(doc, si, span.first, span.last, span.label, span.gender)
                out.append(named)
                # an office is named only by a possessor ("Harris' office") or before a
                # government noun ("the Biden administration"), both possessors
                office = _office_org(doc, si, span.first, span.last) if named.possessor else None
                if office is not None:
                    out.append(with_kind(doc, office))
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
                desc = _description(doc, si, i, heads)
                if desc is not None:
                    out.append(desc)
                    i = desc.last_token
                    continue
            i += 1
    return out


def _settle_label(doc: Document, span: NameSpan, sent_first: int, found: list[Mention]) -> None:
    """The label of a name span from where it stands and what a backend's NER says;
    NER may also widen a person's name to the left."""
    tokens = doc.tokens
    if span.label is EntityLabel.PERSON and _not_a_name(tokens, span.first, sent_first):
        span.label = EntityLabel.OTHER
    if _field_of_post(tokens, span.first, span.last, sent_first):
        span.label = EntityLabel.OTHER  # "Minister of Mines and Energy": the field, no body
    span.label = entity_label(tokens, span.first, span.last, span.label)
    if span.label is not EntityLabel.ORG and span.first > sent_first:
        relation = tokens[span.first - 1].lower
        if relation in words.relation_nouns():
            # "his daughter Ellen will take over": a kin named by a given name alone
            span.label = EntityLabel.PERSON
            span.gender = span.gender or words.gendered().get(relation)
    # NER's name may start with a word the rules took for a title ("Dean")
    while (
        span.label is EntityLabel.PERSON
        and span.first > sent_first
        and tokens[span.first - 1].ner == "PERSON"
        and _out_end(found) <= span.first - 1
    ):
        span.first -= 1
    if _in_dateline(doc, span.first):
        span.label = EntityLabel.OTHER  # "TOKYO (Reuters) -": a place


def relabelled(m: Mention, label: EntityLabel) -> Mention:
    """The mention with ``label``: ``attrs.evolve(m, label=label)`` written out (a
    third of the time), or ``m`` itself where it has that label already."""
    if m.label is label:
        return m
    return Mention(
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
    return attrs.evolve(m, label=_label_of_kind(kind, m.label, m.title or m.appos), org_kind=kind)


def name_kind(doc: Document, first: int, last: int) -> OrgKind | None:
    """The kind the name ``tokens[first:last]`` is, where its words tell it
    (:mod:`.kinds`); a name in the dateline, or followed by a state ("Brentwood,
    Tenn."), is a place; the name in brackets in a dateline's head is news."""
    tokens = doc.tokens
    line = doc.dateline
    if line is not None and line.place_span is not None:  # else neither can hold
        if _dateline_credit(doc, first, last):
            return OrgKind.NEWS  # "NORMAN (KFSM) —": the station that files
        if _in_dateline(doc, first):
            return OrgKind.PLACE
    if kinds.state_after(tokens, last):
        return OrgKind.PLACE
    if last - first == 1:
        return kinds.words_kind((tokens[first].lower,))
    return kinds.words_kind(tuple([tokens[k].lower for k in range(first, last)]))


def _label_of_kind(kind: OrgKind, label: EntityLabel, role: str | None) -> EntityLabel:
    """The label of a name of a kind: a news organisation is an organisation, never
    a person; a place is no person unless a title or an apposition (``role``) says so."""
    if kind is OrgKind.NEWS and label is not EntityLabel.ORG:
        return EntityLabel.ORG
    if kind is OrgKind.PLACE and label is EntityLabel.PERSON and not role:
        return EntityLabel.OTHER
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
        return EntityLabel.PERSON
    if types <= {"ORG", "PERSON"} and "ORG" in types:
        return EntityLabel.ORG
    if types & words.NOT_NAMES:
        return EntityLabel.OTHER
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


def _field_of_post(tokens: Sequence[Token], first: int, last: int, sent_first: int) -> bool:
    """'Minister of Energy', 'Secretary of State for Foreign Affairs', "Minister of
    Mines and Energy": words of a field of work after "of" or "for" that follows a
    title (or such a field and "and") name no organisation."""
    k = first - 1
    if k <= sent_first:
        return False
    prev = tokens[k].lower
    mods = words.title_modifiers()
    if (
        prev not in ("and", "of", "for", "&")
        and prev not in mods
        and not (prev.endswith("s") and prev[:-1] in mods)
    ):
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


def name_mention(
    doc: Document,
    si: int,
    first: int,
    last: int,
    label: EntityLabel,
    gender: str | None,
) -> Mention:
    """The mention of the name ``tokens[first:last]``, with the title before it, the
    apposition after it, the sex they tell, whether it owns what follows, and the
    kind its words tell (:func:`name_kind`, which may change its label)."""
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
                head = role.text.split()[-1].lower()
                gender = words.gendered().get(head)
                if gender is not None and last - first >= 2 and head in words.shared_titles():
                    # "Virginia Tarrant, the bank's chairman": the given name's sex wins
                    gender = given_name_gender(tokens[first].text) or gender
    title_text = title.text if title else None
    appos_text = appos.text if appos else None
    kind = name_kind(doc, first, last)
    if kind is not None:
        label = _label_of_kind(kind, label, title_text or appos_text)
    start, end = tokens[first].start, tokens[last - 1].end
    return Mention(
        MentionKind.NAME,
        text[start:end],
        start,
        end,
        first,
        last,
        si,
        label,
        gender,
        title=title_text,
        title_org=title.org if title else None,
        appos=appos_text,
        appos_org=appos.org if appos else None,
        np_first=np_first,
        np_last=np_last,
        # "a Johnson cabinet" names him as its owner, like "Johnson's cabinet"
        possessor=possessive_after(tokens, last, sent.last_token)
        or (last < sent.last_token and tokens[last].lower in GOVERNMENT_NOUNS),
        org_kind=kind,
    )


def _office_org(doc: Document, si: int, first: int, last: int) -> Mention | None:
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
    if k < sent.last_token and tokens[k].lower in words.office_nouns():
        return Mention(
            MentionKind.NAME,
            doc.text[tokens[first].start : tokens[k].end],
            tokens[first].start,
            tokens[k].end,
            first,
            k + 1,
            si,
            EntityLabel.ORG,
        )
    return None


def _description(doc: Document, si: int, i: int, heads: frozenset[str]) -> Mention | None:
    """'the spokeswoman', 'the incoming chief executive', "the vice president's office"."""
    tokens = doc.tokens
    sent = doc.sentences[si]
    mods = words.title_modifiers()
    j = i + 1
    if j < sent.last_token and tokens[j].lower in words.tenure_modifiers():
        j += 1
    k = j
    while k < sent.last_token and (tokens[k].lower in mods or tokens[k].lower in heads):
        k += 1
    if k == j or tokens[k - 1].lower not in heads:
        return None
    if k < sent.last_token and possessive_after(tokens, k, sent.last_token):
        # "the vice president's office": an organisation named by a title.
        m = k + 1
        if m < sent.last_token and tokens[m].lower in words.office_nouns():
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
    gender = words.gendered().get(tokens[k - 1].lower)
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
