"""Telling organisations from people by how the text uses a name, and the short
forms an organisation's name defines."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

from ... import lexicon
from ...model import EntityLabel, Mention, Token
from ...names import appointing_verbs, honorifics, is_capitalised, is_given_name
from . import kinds, words
from .enums import NAME, ORG, OTHER, PERSON, PRONOUN
from .labels import relabelled
from .matching import fold
from .tickers import ticker_after


def described_after(tokens: Sequence[Token], k: int, descriptors: frozenset[str]) -> bool:
    """'Fieldnote, the maker of ...', 'Zentra, a lender': a comma apposition that
    says what kind of organisation the name is."""
    if (
        k + 2 >= len(tokens)
        or tokens[k].text != ","
        or tokens[k + 1].lower not in words.APPOSITION_ARTICLES
    ):
        return False
    makers = words.maker_nouns()
    for j in range(k + 2, min(len(tokens), k + 5)):
        low = tokens[j].lower
        if low in descriptors or low in makers:
            return True
        if not low.replace("-", "").isalpha():
            return False
    return False


#: The most words of a who-clause between a name and its verb ("Westbury, who
#: finished third last season, have ...").
WHO_CLAUSE_MAX = 12


def _plural_after_who(tokens: Sequence[Token], k: int) -> bool:
    """', who ..., have': a verb in the plural right after the who-clause that opens
    at the comma at ``k`` (a team's, in British writing; a person takes the singular)."""
    n = len(tokens)
    if k + 1 >= n or tokens[k + 1].lower != "who":
        return False
    for j in range(k + 2, min(n - 1, k + 2 + WHO_CLAUSE_MAX)):
        if tokens[j].text == ",":
            return tokens[j + 1].lower in words.PLURAL_VERBS
        if tokens[j].text in {".", ";", ":", "!", "?"}:
            return False
    return False


def organisations_by_use(
    tokens: Sequence[Token], mentions: list[Mention], lowers: Sequence[str] | None = None
) -> None:
    """Names no word marks as an organisation, that the text uses as one: after
    a noun such as "oil company Petrobras", "Spanish club Deportivo Sur", owning
    shares, a board or a chairman ("Petrobras' board", "Royal Mail's chairman",
    "Petrobras shares", "shares of Petrobras"), said to be one ("Fieldnote, the
    maker of ..."), one word taking a plural verb ("Chelsea have appointed"), or
    a company's name written again without its legal form ("Taylor Wimpey" after
    "Taylor Wimpey PLC"). Every mention of the name then becomes an organisation
    (``mentions`` is relabelled in place). ``lowers``: each token's lower case
    (``Document.lowers()``), where the caller has it."""
    if lowers is None:
        lowers = [t.lower for t in tokens]
    descriptors = words.org_descriptors()
    possessions = words.org_possessions()
    officers = words.org_officers()
    walk_marks = _owner_walk_marks()
    titles = words.titles()
    modifiers = words.title_modifiers()
    n_tokens = len(tokens)
    orgs: set[str] = set()
    name_starts, kinded_ends, kinded_starts, title_bodies = _name_layout(mentions)
    holdings, shares_of = words.PERSONAL_HOLDINGS, words.SHARES_OF
    legal = kinds.legal_forms()
    for m in mentions:
        if m.kind is not NAME:
            continue
        if m.label is ORG:
            # (the last word read here first: most names end in no legal form)
            if tokens[m.last_token - 1].lower in legal:
                bare = without_legal_form(tokens, m)
                if bare is not None:
                    orgs.add(bare)
            continue
        # the fields read below, read once (most names are tested many times)
        first, last, possessor = m.first_token, m.last_token, m.possessor
        other = m.label is OTHER
        # a descriptor written as a common noun ("oil company Petrobras"), not the
        # last word of a name before it ("Orbis Bank Carl Webb")
        before_tok = tokens[first - 1] if first > 0 else None
        before = before_tok.lower if before_tok is not None and before_tok.text.islower() else ""
        after = last + (1 if possessor else 0)
        plain = not (m.title or m.appos or m.gender)
        owned = tokens[after].lower if after < n_tokens else ""
        next_tok = tokens[last] if last < n_tokens else None
        # a person's name may own shares too ("Ana Ruiz's shares"), not a board
        owner = other or (
            possessor and not (owned in holdings and is_given_name(tokens[first].text))
        )
        if (
            (before in descriptors and not m.title)
            or (plain and owner and owned in possessions)
            or (plain and owner and possessor and owned in officers)
            or (
                # "Singtel chairman Lee Theng Kiat": a lone word before an officer
                other
                and last - first == 1
                and owned in officers
                and tokens[first].lower not in titles
                and tokens[first].lower not in modifiers
            )
            or (
                plain
                and before in _SHARES_OF_LAST  # no pair of words made for most names
                and (tokens[first - 2].lower if first > 1 else "", before) in shares_of
            )
            or (
                other
                and next_tok is not None
                and next_tok.text == ","  # what described_after reads first
                and described_after(tokens, last, descriptors)
            )
        ):
            orgs.add(fold(m.text))
        elif (
            plain
            and not possessor
            and title_bodies
            and (m.sentence, m.text) in title_bodies
            and not is_given_name(tokens[first].text)
        ):
            orgs.add(fold(m.text))  # "Vell Oster chief executive Ana Ruiz"
        elif (
            plain
            and not possessor
            and next_tok is not None
            and next_tok.lower in _SAYING_VERBS  # what _says_its reads first
            and _says_its(tokens, name_starts, m)
        ):
            orgs.add(fold(m.text))  # "Kelvane said on Monday that its chief ..."
        elif (
            other
            and plain
            and not possessor
            and m.org_kind is None  # a place before a post ("Texas governor") stays a place
            and next_tok is not None
            # what _post_after reads first: a title word or a modifier, in lower case
            and (next_tok.lower in titles or next_tok.lower in modifiers)
            and next_tok.text.islower()
            and _post_after(tokens, last, titles, modifiers)
            and not is_given_name(tokens[first].text)
        ):
            orgs.add(fold(m.text))  # "resigned as Velt chief executive": the post's body
        elif (
            plain
            # an owner word within the reach of _owner_of_post's walk (most names
            # have none: the slice and the set test cost less than the call)
            and not _OWNER_WORDS.isdisjoint(lowers[last : last + OWNER_REACH - 1])
            and _owner_of_post(tokens, name_starts, m, walk_marks)
        ):
            orgs.add(fold(m.text))  # "Mamelodi Sundowns sacked X as their head coach"
        elif (
            last - first == 1
            and not possessor
            and next_tok is not None
            and (
                next_tok.lower in words.PLURAL_VERBS
                # "Westbury, who finished third, have appointed X": past a who-clause
                or (next_tok.text == "," and _plural_after_who(tokens, last))
            )
            and before not in words.LIST_JOINERS
        ):
            orgs.add(fold(m.text))  # "Chelsea have appointed": a team takes the plural
        elif (
            plain
            and not possessor
            and next_tok is not None
            and next_tok.lower == "and"  # what _and_its_officer reads first
            and _and_its_officer(tokens, m, name_starts, titles, modifiers)
        ):
            orgs.add(fold(m.text))  # "Atletico Norte and coach Diego Ferraz parted ways"
        elif (
            before_tok is not None
            and before_tok.lower == "the"
            and _team_name(tokens, m, before_tok)
        ):
            orgs.add(fold(m.text))  # "the Harbor City Gulls", "the Hawks": a team
        elif (
            plain
            and not possessor
            # what _coordinated_with_org reads last: an organisation of a known kind
            # one word away (most names have none)
            and (first - 1 in kinded_ends or last + 1 in kinded_starts)
            and _coordinated_with_org(tokens, m, kinded_ends, kinded_starts)
        ):
            orgs.add(fold(m.text))  # "Harbor Town FC and KT Meteor parted ways with ..."
    if not orgs:
        return
    # "Brackwater" for "Brackwater Ferries" is left to the longer name's entity,
    # and a person's surname stays a person's: the first and last words of longer
    # names, read in the same pass as the names that may become organisations
    # (as written: each word is folded once below, where a name was found, and most
    # words stand in several names)
    ends: set[str] = set()
    found: list[int] = []
    for mi, m in enumerate(mentions):
        if m.kind is NAME:
            if m.last_token - m.first_token > 1:
                ends.add(tokens[m.first_token].text)
                ends.add(tokens[m.last_token - 1].text)
            if m.label is not ORG and fold(m.text) in orgs:
                found.append(mi)
    if not found:
        return  # (no name to relabel: the words kept do not matter)
    orgs.difference_update(map(fold, ends))
    for mi in found:
        if fold(mentions[mi].text) in orgs:
            mentions[mi] = relabelled(mentions[mi], ORG)


def _name_layout(
    mentions: list[Mention],
) -> tuple[list[int], set[int], set[int], set[tuple[int, str | None]]]:
    """What :func:`organisations_by_use` reads of all names, in one pass: where
    names start (in order), where the organisations of a known kind end and start
    ("Harbor Town FC and X"), and the bodies a title before a name names, by
    sentence ("Vell Oster chief executive Ana Ruiz")."""
    starts: list[int] = []
    kinded_ends: set[int] = set()
    kinded_starts: set[int] = set()
    title_bodies: set[tuple[int, str | None]] = set()
    for m in mentions:
        if m.kind is not NAME:
            continue
        starts.append(m.first_token)
        if m.label is ORG and m.org_kind:
            kinded_ends.add(m.last_token)
            kinded_starts.add(m.first_token)
        if m.title_org:
            title_bodies.add((m.sentence, m.title_org))
    starts.sort()  # (in reading order already but for joined names: a sort costs little)
    return starts, kinded_ends, kinded_starts, title_bodies


#: The second words of :data:`words.SHARES_OF` ("of", "in").
_SHARES_OF_LAST = frozenset(pair[1] for pair in words.SHARES_OF)

#: Words that join two names of one kind ("Acme Corp. and Brisk Ventures").
_COORDINATORS = frozenset({"and", "or"})
#: The most words a name coordinated with an organisation may have to be taken
#: for one (longer runs with no given name are more often people: "Chua Sock Koong").
COORDINATED_WORDS = 2


def _coordinated_with_org(
    tokens: Sequence[Token], m: Mention, org_ends: set[int], org_starts: set[int]
) -> bool:
    """'Harbor Town FC and KT Meteor', 'Brisk Ventures or Kelvane': a name of at most
    :data:`COORDINATED_WORDS` words with no given name, joined by "and" or "or" to an
    organisation whose words tell its kind, is of that kind too."""
    first, last = m.first_token, m.last_token
    if last - first > COORDINATED_WORDS or is_given_name(tokens[first].text):
        return False
    if first >= 2 and tokens[first - 1].lower in _COORDINATORS and first - 1 in org_ends:
        return True
    return (
        last + 1 < len(tokens)
        and tokens[last].lower in _COORDINATORS
        and last + 1 in org_starts
        and not _shared_head(tokens, last + 1)
    )


def _shared_head(tokens: Sequence[Token], k: int) -> bool:
    """The name from ``k`` ends with a head the words before "and" share: "Tourism
    and Wildlife Ministry", "Youth Affairs and Sports Department" are one body."""
    j = k
    while j < len(tokens) and tokens[j].text[:1].isupper():
        j += 1
    return j > k and tokens[j - 1].lower in lexicon.words("shared_heads.txt")


#: The most words of a post written in lower case between "and" and the name of
#: its holder ("Orbis and chief executive Jane Roe").
OFFICER_WORDS = 3


def _and_its_officer(
    tokens: Sequence[Token],
    m: Mention,
    name_starts: Sequence[int],
    titles: frozenset[str],
    modifiers: frozenset[str],
) -> bool:
    """'Atletico Norte and coach Diego Ferraz', "Orbis and chief executive Jane Roe":
    a name with no given name joined by "and" to a person given a post written in
    lower case, that has no body of its own: the name is the body."""
    if is_given_name(tokens[m.first_token].text):
        return False
    k, head = _lowercase_post(tokens, m.last_token + 1, titles, modifiers, OFFICER_WORDS)
    if not head or k >= len(tokens):
        return False  # (a name that starts after a lower-case word of no post: none)
    at = bisect.bisect_left(name_starts, k)
    return at < len(name_starts) and name_starts[at] == k


def _team_name(tokens: Sequence[Token], m: Mention, before: Token | None) -> bool:
    """'the Harbor City Gulls', 'The Hawks': a name in the plural after "the", as
    teams are called; a person's name takes no article."""
    last = tokens[m.last_token - 1].text
    return (
        before is not None
        and before.lower == "the"
        and not m.possessor
        and not (m.title or m.appos)
        and len(last) > 3
        and last.endswith("s")
        and not last.endswith(("ss", "'s"))
        and last[:-1].isalpha()
    )


def without_legal_form(tokens: Sequence[Token], m: Mention) -> str | None:
    """The folded name of a company without its legal form ("taylor wimpey" for
    "Taylor Wimpey PLC", "lumen ridge holdings" for "Lumen Ridge Holdings,
    Inc."), if it ends in one and keeps two words or more."""
    k = m.last_token - 1
    if k <= m.first_token or tokens[k].lower not in kinds.legal_forms():
        return None
    if tokens[k - 1].text == ",":
        k -= 1
    if k - m.first_token < 2:
        return None
    return fold(" ".join(tokens[x].text for x in range(m.first_token, k)))


def short_forms(tokens: Sequence[Token], mentions: list[Mention]) -> dict[str, str]:
    """Abbreviations an organisation's name defines: "the Free Democrats (FDP)"
    makes "FDP" the same organisation, so does the ticker of "Larkspur Media
    (NASDAQ: LRKS)"; and a company's name without its legal
    form ("Taylor Wimpey" for "Taylor Wimpey PLC") (folded short form -> folded
    name)."""
    out: dict[str, str] = {}
    legal = kinds.legal_forms()
    n = len(tokens)
    for m in mentions:
        if m.label is not ORG:
            continue
        # (what without_legal_form reads first, read here: most names end in none)
        if tokens[m.last_token - 1].lower in legal:
            bare = without_legal_form(tokens, m)
            if bare is not None:
                out.setdefault(bare, fold(m.text))
        k = m.last_token
        if k >= n or tokens[k].text != "(":
            continue  # no ticker note and no short form in brackets (most names)
        ticker = ticker_after(tokens, k)
        if ticker is not None:
            out.setdefault(fold(tokens[ticker].text), fold(m.text))  # "(NASDAQ: LRKS)"
        if (
            k + 2 < n
            and tokens[k + 2].text == ")"
            and tokens[k + 1].text.isupper()
            and len(tokens[k + 1].text) >= 2
        ):
            out.setdefault(fold(tokens[k + 1].text), fold(m.text))
    return out


def relabel_organisations(
    tokens: Sequence[Token],
    mentions: list[Mention],
    members: list[list[int]],
    labels: list[EntityLabel],
) -> None:
    """Two capitalised words with no organisation word look like a person; how the
    text goes on to use them tells an organisation apart: it is called by its
    first word ("Harborline" for "Harborline Ferries", where people go by their
    surname), or it owns shares, a board, stores ("Harborline's shares"); or,
    with no known given name and never called by a surname, the text puts it
    where a company stands ("worked at Vell Oster", "Vell Oster said in a
    statement"). ``mentions`` and ``labels`` are changed in place."""
    # the mentions by sentence as they stand now, grouped when first needed
    as_given = mentions.copy()
    by_sentence: dict[int, list[Mention]] = {}
    for ei, mis in enumerate(members):
        if labels[ei] is not PERSON or not _plainly_named(mentions, mis):
            continue
        # its names, its full names' first and last words, its one-word names and
        # whether it owns what a company owns, in one loop (a comprehension or an
        # ``any`` each cost more than the loop, for the few names an entity has)
        names: list[Mention] = []
        full: list[Mention] = []
        first_words: set[str] = set()
        last_words: set[str] = set()
        lone: list[str] = []
        owns = False
        for mi in mis:
            m = mentions[mi]
            if m.kind is not NAME:
                continue
            names.append(m)
            if m.last_token - m.first_token >= 2:
                full.append(m)
                first_words.add(fold(tokens[m.first_token].text))
                last_words.add(fold(tokens[m.last_token - 1].text))
            elif m.last_token - m.first_token == 1:
                lone.append(fold(m.text))
            if m.possessor and not owns:
                owns = _owns_as_company(tokens, m)
        # a given name ("Felix" for "Felix Amundsen") is how a person is called too
        by_first = any(
            w in first_words and w not in last_words and not is_given_name(w) for w in lone
        )
        by_last = not last_words.isdisjoint(lone)
        # no given name, never called by a surname, and used as a company: "at X",
        # "X said in a statement"
        unnamed = not by_last and not any(is_given_name(tokens[m.first_token].text) for m in full)
        acts = unnamed and any(_used_as_company(tokens, m) for m in names)
        if unnamed and not acts:
            # "Velmora Drax has appointed Helen Marsh as ...": a company appoints
            acts = any(_appoints_person(tokens, m, as_given) for m in names)
        if (by_first and not by_last) or acts:
            if not by_sentence:
                for x in as_given:
                    by_sentence.setdefault(x.sentence, []).append(x)
            if _person_signs(tokens, by_sentence, names):
                continue
        if (by_first and not by_last) or owns or acts:
            labels[ei] = ORG
            for mi in mis:
                mentions[mi] = relabelled(mentions[mi], ORG)


def _plainly_named(mentions: list[Mention], mis: list[int]) -> bool:
    """Some name of the entity ``mis`` has two words or more, and none tells a sex, a
    title or an apposition: what :func:`relabel_organisations` reads further (one
    loop, no lists: most people fail it)."""
    full = False
    for mi in mis:
        m = mentions[mi]
        if m.kind is NAME:
            if m.gender or m.title or m.appos:
                return False
            if m.last_token - m.first_token >= 2:
                full = True
    return full


def _owns_as_company(tokens: Sequence[Token], m: Mention) -> bool:
    """The possessor ``m`` owns what a company owns ("Harborline's shares"), not what a
    person owns too ("Warren Buff's shares")."""
    return (
        m.last_token + 1 < len(tokens)
        and tokens[m.last_token + 1].lower in words.org_possessions()
        and not (
            tokens[m.last_token + 1].lower in words.PERSONAL_HOLDINGS
            and is_given_name(tokens[m.first_token].text)
        )
    )


def _used_as_company(tokens: Sequence[Token], m: Mention) -> bool:
    """'at X' (no possessive after), 'X said in a statement', 'X announced'."""
    before = tokens[m.first_token - 1].lower if m.first_token > 0 else ""
    if before in words.COMPANY_PLACES and not m.possessor:
        return True
    end = m.last_token
    if end >= len(tokens) or tokens[end].lower not in _STATEMENT_FIRSTS:
        return False
    after = tuple(t.lower for t in tokens[end : end + 4])
    return any(after[: len(p)] == p for p in words.COMPANY_STATEMENTS)


#: The most words between a name and its verb of appointing ("has officially"), and
#: between that verb and the person ("named human rights lawyer X").
APPOINTER_REACH = 3
APPOINTEE_REACH = 5
#: What a person appointing an aide writes before the post ("as his chief of staff").
_PERSONAL_OWNERS = frozenset({"his", "her"})


def _appoints_person(tokens: Sequence[Token], m: Mention, mentions: Sequence[Mention]) -> bool:
    """'Velmora Drax has appointed Helen Marsh as chief risk officer': the subject of a
    verb of appointing (:func:`...names.appointing_verbs`) whose object is a person
    given a post ("as", "to"), not as "his" or "her" own aide."""
    n = len(tokens)
    k = m.last_token
    reach = min(n, k + APPOINTER_REACH)
    while k < reach and (tokens[k].lower in words.auxiliaries() or tokens[k].lower.endswith("ly")):
        k += 1
    if k >= n or tokens[k].lower not in appointing_verbs():
        return False
    k += 1
    reach = min(n, k + APPOINTEE_REACH)
    while k < reach and tokens[k].text.islower():
        k += 1  # "named human rights lawyer Faith Wanjiru"
    # (the person looked up here: few names are followed by a verb of appointing)
    person = next(
        (x for x in mentions if x.first_token == k and x.kind is NAME and x.label is PERSON), None
    )
    if person is None:
        return False
    j = max(person.last_token, person.np_last)  # past an apposition ("X, 45, as")
    return (
        j + 1 < n
        and tokens[j].lower in ("as", "to")
        and tokens[j + 1].lower not in _PERSONAL_OWNERS
    )


#: The first words of :data:`words.COMPANY_STATEMENTS`, a cheap test before the phrases.
_STATEMENT_FIRSTS = frozenset(p[0] for p in words.COMPANY_STATEMENTS)


def _person_signs(
    tokens: Sequence[Token], by_sentence: dict[int, list[Mention]], names: list[Mention]
) -> bool:
    """What tells a person whose given name no list holds: a hyphenated given name
    ("Huh Jin-soo", "Lee Kuan-yew"), an honorific or a rank before the name
    ("Gen Muhoozi"), an age after it ("Chua, 62,"), or "he" or "she" next in
    its sentence with no other name between ("Chua Sock Koong announced that
    she ...")."""
    hon = honorifics()
    for m in names:
        if any(
            _HYPHENATED_GIVEN.fullmatch(tokens[k].text) for k in range(m.first_token, m.last_token)
        ):
            return True
        if m.first_token > 0 and tokens[m.first_token - 1].lower in hon:
            return True  # "Gen Muhoozi", "Mr. Chua"
        k = m.last_token
        if (
            k + 2 < len(tokens)
            and tokens[k].text == ","
            and tokens[k + 1].text.isdigit()
            and len(tokens[k + 1].text) <= 2
            and tokens[k + 2].text == ","
        ):
            return True  # "Chua, 62,": an age
    for m in names:
        for x in by_sentence.get(m.sentence, []):
            if x.first_token < m.last_token:
                continue
            if x.kind is NAME and x.label is PERSON:
                break  # another person comes first
            if x.kind is PRONOUN and x.gender in ("m", "f"):
                return True
    return False


#: A given name written with a hyphen and a lower-case second part ("Jin-soo").
_HYPHENATED_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]{2,}")


#: Verbs of saying after which "its" refers back to the one who says.
_SAYING_VERBS = frozenset({"said", "says", "announced", "announces", "confirmed", "stated"})


def _says_its(tokens: Sequence[Token], name_starts: Sequence[int], m: Mention) -> bool:
    """'Kelvane said its chief ...', "Harbor Mills said on Monday that its board
    ...": a name with no given name that says something about "its" own, with no
    other name between: a person says "his" or "her"."""
    k = m.last_token
    if k >= len(tokens) or tokens[k].lower not in _SAYING_VERBS:
        return False
    if is_given_name(tokens[m.first_token].text):
        return False
    after = bisect.bisect_left(name_starts, m.last_token)
    limit = name_starts[after] if after < len(name_starts) else len(tokens)
    limit = min(limit, len(tokens), k + OWNER_REACH)
    for j in range(k + 1, limit):
        low = tokens[j].lower
        if low == "its":
            return True
        if low in (".", ";", "his", "her", "their"):
            return False
    return False


#: How many tokens after a name "its" or "their" may stand to refer to it.
OWNER_REACH = 12
#: The words that refer back to an owner of a post.
_OWNER_WORDS = frozenset({"its", "their"})


#: The most words of a post written in lower case after a name that
#: :func:`_post_after` reads ("Velt senior vice president").
POST_AFTER_WORDS = 4


def _post_after(
    tokens: Sequence[Token], k: int, titles: frozenset[str], modifiers: frozenset[str]
) -> bool:
    """A post written in lower case starts at ``tokens[k]`` ("chief executive", "head
    coach", "boss"): title words and their modifiers only, at least one a title
    word, up to :data:`POST_AFTER_WORDS` words, not going on into a capitalised
    name ("Velt chief executive Ana Ruiz" is a title before a name, read elsewhere)."""
    k, head = _lowercase_post(tokens, k, titles, modifiers, POST_AFTER_WORDS)
    return head and not (k < len(tokens) and is_capitalised(tokens[k]))


def _lowercase_post(
    tokens: Sequence[Token], k: int, titles: frozenset[str], modifiers: frozenset[str], most: int
) -> tuple[int, bool]:
    """The title words and modifiers written in lower case from ``tokens[k]`` (at
    most ``most``): where they end, and whether a title word is among them."""
    end = min(len(tokens), k + most)
    head = False
    while k < end and tokens[k].text.islower():
        low = tokens[k].lower
        if low in titles:
            head = True
        elif low not in modifiers:
            break
        k += 1
    return k, head


def _owner_of_post(
    tokens: Sequence[Token], name_starts: Sequence[int], m: Mention, marks: frozenset[str]
) -> bool:
    """The name is what "its" or "their" before a title refers to, later in its
    sentence with no other name between ("Kessa named X as its chief executive",
    "Brisk Sundowns sacked X as their head coach"), for a name that starts with
    no given name and does not itself take the post. ``marks`` are
    :func:`_owner_walk_marks`, fetched once by the caller (asked for most names)."""
    last, n = m.last_token, len(tokens)
    if is_given_name(tokens[m.first_token].text) or (last < n and tokens[last].lower == "as"):
        return False  # a person's name, or the one who takes the post ("X as its CEO")
    # the owner may come after one other name (the person: "sacked X as their coach"),
    # not after two; ``name_starts`` are the first tokens of all names, in order (each
    # within the text)
    after = bisect.bisect_left(name_starts, last)
    limit = name_starts[after + 1] if after + 1 < len(name_starts) else n
    limit = min(limit, last + OWNER_REACH)
    # (a loop that stops at the first stop word, one set test a word for both kinds:
    # most clauses end before an owner word, and a token's lower case is read faster
    # here than by ``map``)
    for k in range(last, limit - 1):
        low = tokens[k].lower
        if low in marks:
            if low not in _OWNER_WORDS:
                return False  # the end of the sentence or of the clause
            if _post_named_after(tokens, k + 1):
                return True
    return False


@functools.cache
def _owner_walk_marks() -> frozenset[str]:
    """The words :func:`_owner_of_post`'s walk tests for, in one set: an owner word
    ("its", "their"), and where it stops: a full stop, a semicolon (tested in lower
    case, which changes neither) or a clause boundary."""
    return _OWNER_WORDS | {".", ";"} | words.clause_boundaries()


def _post_named_after(tokens: Sequence[Token], j: int) -> bool:
    """A title word or modifier at ``tokens[j]``, past a word of tenure ("its new
    executive director", "their incoming coach")."""
    if j + 1 < len(tokens) and tokens[j].lower in words.tenure_modifiers():
        j += 1
    return tokens[j].lower in words.titles() or tokens[j].lower in words.title_modifiers()
