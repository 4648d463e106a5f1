"""Finding mentions: names of people and organisations (with the title or
apposition written next to them), third-person pronouns, role descriptions
("the spokeswoman") and organisations named by their head ("Harris' office")."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from itertools import compress

from ... import lexicon
from ...document import Document
from ...model import EntityLabel, Mention, Token, make_mention
from ...names import (
    GOVERNMENT_NOUNS,
    POSSESSIVE_MARKS,
    NameSpan,
    find_lowercase_names,
    find_lowercase_surnames,
    find_names,
    given_name_gender,
    honorific_length,
    honorific_start,
    honorific_words,
    lowercase_surnames,
    mostly_lowercase,
    possessive_after,
)
from ...roles import (
    APPOSITION_OPENERS,
    Role,
    apposition_after,
    apposition_before,
    demonym_starts,
    is_demonym,
    new_role,
    title_before,
    title_end_words,
)
from . import words
from .enums import DESCRIPTION, NAME, ORG, PERSON, PRONOUN
from .labels import label_of_kind, name_kind, settle_label, settle_words, with_kind


def find_mentions(doc: Document) -> list[Mention]:
    """Every mention of the document, in reading order."""
    tokens = doc.tokens
    pronouns = words.pronouns()
    openers = words.mention_openers()
    heads = words.titles()
    mods = words.title_modifiers()
    tenure = words.tenure_modifiers()
    demonyms = demonym_starts()
    # what each name's reading below looks up, fetched once for the text
    labelling, honorific = settle_words(), honorific_words()
    title_ends = _title_or_honorific_ends()
    out: list[Mention] = []
    lowercase = mostly_lowercase(doc.text)
    lower_spans: dict[int, list[NameSpan]] = {}
    surnames: frozenset[str] = frozenset()
    if lowercase:
        for si, sent in enumerate(doc.sentences):
            lower_spans[si] = find_lowercase_names(tokens, sent.first_token, sent.last_token)
        surnames = lowercase_surnames(tokens, [s for ss in lower_spans.values() for s in ss])
    lowers, capitalised = doc.lowers(), doc.capitalised()
    is_opener = openers.__contains__
    describing = words.DESCRIPTION_OPENERS
    for si, sent in enumerate(doc.sentences):
        sent_first, sent_last = sent.first_token, sent.last_token
        spans = find_names(tokens, sent_first, sent_last, capitalised, lowers)
        if lowercase:
            for extra in (
                lower_spans[si],
                find_lowercase_surnames(tokens, sent_first, sent_last, surnames),
            ):
                taken = {k for s in spans for k in range(s.first, s.last)}
                spans += [s for s in extra if not taken & set(range(s.first, s.last))]
        # (a loop, not a comprehension: that would be a call of its own for each sentence)
        by_first: dict[int, NameSpan] = {}
        for found in spans:
            by_first[found.first] = found
        # Where a mention can start: a name, a pronoun, "the"; read in order, each
        # from where the mention before it ends.
        # (the words tested in C: map and compress)
        starts = list(
            compress(
                range(sent_first, sent_last),
                map(is_opener, lowers[sent_first:sent_last]),
            )
        )
        if by_first:
            # a start twice (a name at "The") is read once: the first reading
            # moves past it
            starts += by_first
            starts.sort()
        i = sent_first
        for at in starts:
            if at < i:
                continue  # inside the mention before
            i = at
            span = by_first.get(i)
            if span is not None:
                settle_label(doc, span, sent_first, out, labelling)
                named = name_mention(
                    doc, si, span.first, span.last, span.label, span.gender, honorific, title_ends
                )
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
                    make_mention(
                        PRONOUN,
                        tok.text,
                        tok.start,
                        tok.end,
                        i,
                        i + 1,
                        si,
                        PERSON,
                        gender,
                    )
                )
            elif (
                low in describing
                and i + 1 < sent_last
                # what _description reads first: a title word, a word of tenure,
                # an age or a demonym right after "the", or a modifier followed by
                # a title word or another modifier (most "the"s have none of them:
                # "the company has", "the board of")
                and (
                    (nxt := tokens[i + 1].lower) in heads
                    or nxt in tenure
                    # "the 42-year-old coach", "the South African coach"
                    or nxt[:1].isdigit()
                    or tokens[i + 1].text in demonyms
                    or (
                        nxt in mods
                        and i + 2 < sent_last
                        and ((then := tokens[i + 2].lower) in heads or then in mods)
                    )
                )
            ):
                desc = _description(doc, si, i, heads, mods, tenure)
                if desc is not None:
                    out.append(desc)
                    i = desc.last_token
                    continue
            if i == sent_first and tok.text == "The":
                epithet = _epithet(doc, si, i, heads, mods)
                if epithet is not None:
                    out.append(epithet)
                    i = epithet.last_token
                    continue
            i += 1
    return out


#: Prepositions that open a sentence with a place ("In Arizona, Secretary X ...").
_FRONTED_PREPOSITIONS = frozenset({"in", "at", "from", "across", "outside", "inside"})


def _fronted_phrase(tokens: Sequence[Token], first: int, sent_first: int) -> bool:
    """The name follows a preposition that opens its sentence ("In Arizona, X
    ..."): what comes after its comma is the clause, no apposition of it."""
    return first - 1 == sent_first and tokens[sent_first].lower in _FRONTED_PREPOSITIONS


def name_mention(
    doc: Document,
    si: int,
    first: int,
    last: int,
    label: EntityLabel,
    gender: str | None,
    hon_words: tuple[dict[str, str | None], frozenset[str]] | None = None,
    title_ends: frozenset[str] | None = None,
) -> Mention:
    """The mention of the name ``tokens[first:last]``, with the title before it, the
    apposition after it, the sex they tell, whether it owns what follows, and the
    kind its words tell (:func:`name_kind`, which may change its label).
    ``hon_words``: :func:`~personnel_events.names.honorific_words`, where the caller
    fetched it once for all the names of a text; ``title_ends``:
    :func:`_title_or_honorific_ends`, likewise."""
    text, tokens = doc.text, doc.tokens
    sent = doc.sentences[si]
    sent_first, sent_last = sent.first_token, sent.last_token
    np_first, np_last = first, last
    title: Role | None = None
    appos: Role | None = None
    if label is not ORG:
        if title_ends is None:
            title_ends = _title_or_honorific_ends()
        # Each reader is asked only where what it reads first is there: a word
        # before the name that may be a title's or an honorific's (a sentence opens
        # with many names; "said John Smith"), a comma before it, a comma or a dash
        # after it (most names are followed by a word).
        lead = first
        # (where none may end, a capitalised word or an abbreviation ("Gen.") aside,
        # honorific_start gives ``first`` and title_before None at their first test)
        if first > sent_first and (
            (low := tokens[first - 1].lower) in title_ends
            or tokens[first - 1].text[:1].isupper()
            or low.endswith(".")
        ):
            # "appointed Dr. Jane Roe as ...": the honorifics open the noun phrase
            lead = honorific_start(tokens, first, sent_first, hon_words)
            title = _title_before_honorifics(text, tokens, first, lead, sent_first)
        if (
            title is None
            and lead - 1 > sent_first
            and tokens[lead - 1].text == ","
            and not _portfolio_listed(tokens, first, last)
        ):
            # "The president of Harrowgate College, Dr. Philip Greer,": past the honorific
            title = apposition_before(text, tokens, lead, sent_first)
        if (
            last < sent_last
            and tokens[last].text in APPOSITION_OPENERS
            and not _fronted_phrase(tokens, first, sent_first)
        ):
            appos = apposition_after(text, tokens, last, sent_last)
        if title is not None:
            title = _without_article(title)
            np_first = title.first
        else:
            np_first = lead
        if appos is not None and appos.org is not None:
            appos = _without_article(appos)
        if appos is not None:
            np_last = appos.last + (
                1 if appos.last < sent_last and tokens[appos.last].text == "," else 0
            )
        for role in (title, appos) if gender is None and (title or appos) else ():
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
        label = label_of_kind(kind, label, title_text or appos_text)
    start, end = tokens[first].start, tokens[last - 1].end
    # "a Johnson cabinet" names him as its owner, like "Johnson's cabinet" (a
    # possessive mark first: what possessive_after reads)
    after = tokens[last] if last < sent_last else None
    possessor = after is not None and (
        (after.text in POSSESSIVE_MARKS and possessive_after(tokens, last, sent_last))
        or after.lower in GOVERNMENT_NOUNS
    )
    return make_mention(  # every field by position: a sixth less time than by keyword
        NAME,
        text[start:end],
        start,
        end,
        first,
        last,
        si,
        label,
        gender,
        title_text,  # title
        title.org if title else None,  # title_org
        appos_text,  # appos
        appos.org if appos else None,  # appos_org
        np_first,
        np_last,
        possessor,
        None,  # entity: given by clustering
        kind,  # org_kind
    )


@functools.cache
def _title_or_honorific_ends() -> frozenset[str]:
    """The words in lower case right before a name at which an honorific
    (:func:`honorific_start`) or a title (:func:`title_before`) may end: the
    honorifics, the second words of those of two words, and the words
    :func:`title_before` reads past or ends a title at."""
    hon, seconds = honorific_words()
    return frozenset(hon) | seconds | title_end_words()


def _portfolio_listed(tokens: Sequence[Token], first: int, last: int) -> bool:
    """'Minister of Commerce, Trade and Industry': a one-word name after a comma
    that follows another portfolio (``portfolios.txt``) is the next field of the
    list, not a person the post before the comma describes."""
    if last - first != 1 or first < 2:
        return False
    portfolios = lexicon.words("portfolios.txt")
    return tokens[first].lower in portfolios and tokens[first - 2].lower in portfolios


def _title_before_honorifics(
    text: str, tokens: Sequence[Token], first: int, lead: int, sent_first: int
) -> Role | None:
    """The title before a name and the honorifics written between them, from
    ``lead`` to ``first`` ("Minister of Trade Mr. Kenji Sato", "army chief Gen.
    Ibrahim Musa"); honorifics before the title name no body of it ("Lady Justice
    Amina Yusuf", "Hon. Minister X")."""
    title = title_before(text, tokens, lead, sent_first)
    if title is None or title.org is None:
        return title
    words = title.org.lower().split()
    k = 0
    while k < len(words) and (n := honorific_length(words, k, len(words))):
        k += n
    return new_role(title.text, None, title.first, title.last) if k == len(words) else title


def _without_article(role: Role) -> Role:
    """The role with its body named without "The" before it, as names are written
    ("The Red Cross Society's secretary general": "Red Cross Society")."""
    org = role.org
    if org is not None and org[:4] in ("The ", "the ") and org[4:5].isupper():
        return new_role(role.text, org[4:], role.first, role.last)
    return role


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
        return make_mention(
            NAME,
            doc.text[tokens[first].start : tokens[k].end],
            tokens[first].start,
            tokens[k].end,
            first,
            k + 1,
            si,
            ORG,
        )
    return None


def _description(
    doc: Document,
    si: int,
    i: int,
    heads: frozenset[str],
    mods: frozenset[str],
    tenure: frozenset[str],
) -> Mention | None:
    """'the spokeswoman', 'the incoming chief executive', "the vice president's office".
    ``heads``, ``mods`` and ``tenure``: the title words, title modifiers and words of
    tenure, as :func:`find_mentions` fetched them."""
    tokens = doc.tokens
    sent = doc.sentences[si]
    j = i + 1
    if j < sent.last_token and tokens[j].lower in tenure:
        j += 1
    described = _past_age_and_demonym(tokens, j, sent.last_token)
    aged_or_from = described > j  # "the 42-year-old", "the South African"
    k = j = described
    while k < sent.last_token and (tokens[k].lower in mods or tokens[k].lower in heads):
        k += 1
    if k == j or tokens[k - 1].lower not in heads:
        return None
    if aged_or_from and tokens[k - 1].lower in words.occupation_nouns():
        return None  # "The American executive": a trade (an epithet), no title held
    if k < sent.last_token and possessive_after(tokens, k, sent.last_token):
        # "the vice president's office": an organisation named by a title.
        m = k + 1
        if m < sent.last_token and tokens[m].lower in words.office_nouns():
            return make_mention(
                NAME,
                doc.text[tokens[j].start : tokens[m].end],
                tokens[j].start,
                tokens[m].end,
                j,
                m + 1,
                si,
                ORG,
            )
        return None
    if k < sent.last_token and (tokens[k].text[:1].isupper() or tokens[k].lower == "of"):
        return None  # a title before a name, or "the head of X"
    return _person_description(doc, si, i, k, doc.text[tokens[j].start : tokens[k - 1].end])


#: The most words an epithet runs over ("The 57-year-old former Goldman Sachs banker").
EPITHET_MAX = 8


def _age_at(tokens: Sequence[Token], k: int, end: int) -> int:
    """The token after an age written "57-year-old" at ``k`` (tokens "57", "-",
    "year-old"), or ``k`` where there is none."""
    if (
        k + 2 < end
        and tokens[k].text.isdigit()
        and tokens[k + 1].text == "-"
        and tokens[k + 2].lower == "year-old"
    ):
        return k + 3
    return k


def _epithet(
    doc: Document, si: int, i: int, heads: frozenset[str], mods: frozenset[str]
) -> Mention | None:
    """'The 57-year-old', 'The former banker', 'The former Cincinnati interim
    president', 'The veteran diplomat' opening a sentence: a person the text has
    named before, told by age, trade or a post once held, as the subject of the
    sentence. A description with no title: :mod:`.anaphora` gives it the subject of
    the sentence before (a post named here was held before, or is a trade).
    ``heads`` and ``mods``: the title words and modifiers, as :func:`find_mentions`
    fetched them."""
    tokens = doc.tokens
    end = doc.sentences[si].last_token
    if i + 1 >= end:
        return None
    formers, trades = words.former_words(), words.occupation_nouns()
    opener = tokens[i + 1]
    if opener.text[:1].islower() and not (
        opener.lower in formers
        or opener.lower in trades
        or opener.lower in heads
        or opener.lower in mods
    ):
        return None  # "The company said": no epithet (most sentences that open with "The")
    limit = min(end, i + 1 + EPITHET_MAX)
    k = _age_at(tokens, i + 1, limit)
    aged = k > i + 1
    former = k < limit and tokens[k].lower in formers
    if former:
        k += 1
    head = -1
    while k < limit:
        tok = tokens[k]
        low = tok.lower
        if low in trades or low in heads:
            head = k
        elif not (low in mods or (tok.text[:1].isupper() and tok.text.isalpha())):
            break
        k += 1
    if head >= 0:
        k = head + 1
        told = former or aged or tokens[head].lower in trades
    else:
        told = aged  # "The 57-year-old replaced ..."
    if not told or k >= end:
        return None
    nxt = tokens[k].text
    if not (nxt.isalpha() and nxt.islower()) or nxt == "of":
        return None  # "The former CEO, X, said", "The former head of X"
    return _person_description(doc, si, i, k, None)


def _past_age_and_demonym(tokens: Sequence[Token], j: int, end: int) -> int:
    """The token after an age ("42-year-old") and a demonym of one or two words
    ("South African", "Kenyan") at ``j``, in that order, either or both absent."""
    if j >= end or tokens[j].text[:1].islower():
        return j  # (an age or a demonym opens with a digit or a capital: most words do not)
    j = _age_at(tokens, j, end)
    if j < end and is_demonym(tokens[j].text):
        return j + 1
    if j + 1 < end and is_demonym(f"{tokens[j].text} {tokens[j + 1].text}"):
        return j + 2
    return j


def _person_description(doc: Document, si: int, i: int, k: int, title: str | None) -> Mention:
    """The description ``tokens[i:k]`` of a person, of the sex its last word tells
    ("the spokeswoman"); ``title``: the post it names, None for an epithet."""
    tokens = doc.tokens
    return make_mention(
        DESCRIPTION,
        doc.text[tokens[i].start : tokens[k - 1].end],
        tokens[i].start,
        tokens[k - 1].end,
        i,
        k,
        si,
        PERSON,
        words.gendered().get(tokens[k - 1].lower),
        title=title,
    )
