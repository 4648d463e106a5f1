"""Finding names in a tokenized sentence: people, organisations, and the titles
written before them.

This is vocabulary and shape, no model: a name is a run of capitalised words;
an honorific or a title before it, or two or more words with no organisation
word, make it a person; an organisation word ("Bank", "Inc.", "Office") or an
acronym make it an organisation. Titles are peeled off the front of a run
("Vice President Kamala Harris" is the person "Kamala Harris" with the title
"Vice President").
"""

from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Sequence

from . import lexicon
from .members import ORG, OTHER, PERSON
from .model import EntityLabel, Token

#: Plural nouns whose possessive stays inside an organisation's name ("People's
#: Bank", "Children's Hospital", "Workers' Party").
COLLECTIVE_NOUNS = frozenset(
    {"people", "women", "children", "men", "workers", "veterans", "farmers", "citizens"}
)
PARTICLES = frozenset(
    {
        "van",
        "von",
        "de",
        "da",
        "di",
        "del",
        "der",
        "den",
        "du",
        "la",
        "le",
        "bin",
        "al",
        "dos",
        "das",
    }
)
APOSTROPHES = frozenset({"'", "\u2019"})
POSSESSIVE_MARKS = frozenset({"'s", "\u2019s", "'", "\u2019"})
#: The words over which a capitalised run goes on (in lower case): particles, "&"
#: and possessive marks (:func:`find_names`).
_RUN_BRIDGES = PARTICLES | POSSESSIVE_MARKS | {"&"}


@functools.cache
def honorifics() -> dict[str, str | None]:
    """Honorific -> the sex it tells (``honorifics.tsv``), and military ranks
    (``military_ranks.txt``), which tell none."""
    out: dict[str, str | None] = {
        row[0].lower(): (row[1] if row[1] in ("m", "f") else None)
        for row in lexicon.checked("honorifics.tsv", 2, {1: frozenset({"m", "f", "-"})})
    }
    for rank in lexicon.words("military_ranks.txt"):
        out.setdefault(rank, None)
    return out


@functools.cache
def _two_word_honorifics() -> tuple[frozenset[str], frozenset[str]]:
    """The first and the second words of the honorifics of two words ("tan", "sri"
    of "Tan Sri")."""
    pairs = [h.split() for h in honorifics() if " " in h]
    return frozenset(p[0] for p in pairs), frozenset(p[1] for p in pairs)


def honorific_length(lowers: Sequence[str], k: int, end: int) -> int:
    """How many words the honorific at ``lowers[k]`` has (``lowers[k:end]``): 2 for
    one of two words ("Tan Sri", "Datuk Seri"), 1 for one of one ("Dr.", "Hon."), 0
    where none starts there."""
    low = lowers[k]
    hon = honorifics()
    if k + 1 < end and low in _two_word_honorifics()[0] and f"{low} {lowers[k + 1]}" in hon:
        return 2
    return 1 if low in hon else 0


@functools.cache
def honorific_words() -> tuple[dict[str, str | None], frozenset[str]]:
    """What :func:`honorific_start` reads (once for each name): the honorifics and
    the second words of those of two words."""
    return honorifics(), _two_word_honorifics()[1]


def honorific_start(
    tokens: Sequence[Token],
    k: int,
    first: int,
    hon_words: tuple[dict[str, str | None], frozenset[str]] | None = None,
) -> int:
    """Where the honorifics written right before ``tokens[k]`` start ("Rt. Rev. Dr."
    before "James Oloo", "Tan Sri" before "Lim Kok Wai"), not before ``first``;
    ``k`` where there are none. ``hon_words``: :func:`honorific_words`, where the
    caller fetched it once for all the names of a text (a cached call costs more
    than the loop below mostly does)."""
    hon, seconds = hon_words if hon_words is not None else honorific_words()
    while k > first:
        low = tokens[k - 1].lower
        if low in seconds and k - 2 >= first and f"{tokens[k - 2].lower} {low}" in hon:
            k -= 2
        elif low in hon:
            k -= 1
        else:
            break
    return k


#: Prefixes and suffixes that make a head or modifier the same title word
#: ("co-head", "vice-chair", "CEO-designate", "president-elect", "co-artistic").
TITLE_PREFIXES = ("co-", "vice-", "deputy-", "pro-")
TITLE_SUFFIXES = ("-elect", "-designate")


def _with_affixes(words: frozenset[str]) -> frozenset[str]:
    out = set(words)
    for w in words:
        if " " in w:
            continue
        out.update(p + w for p in TITLE_PREFIXES)
        out.update(w + x for x in TITLE_SUFFIXES)
    return frozenset(out)


@functools.cache
def title_words() -> frozenset[str]:
    """Head words of titles (``titles.txt``), with their affixed forms
    (:data:`TITLE_PREFIXES`, :data:`TITLE_SUFFIXES`)."""
    return _with_affixes(lexicon.words("titles.txt"))


@functools.cache
def title_modifiers() -> frozenset[str]:
    """Words that modify a title before its head (``title_modifiers.txt``),
    with "co-" and the other prefixes ("co-artistic")."""
    mods = lexicon.words("title_modifiers.txt")
    return mods | frozenset(p + w for w in mods for p in TITLE_PREFIXES)


@functools.cache
def given_names() -> frozenset[str]:
    """Known given names, folded to lower-case ASCII (``data/given_names.txt``)."""
    return lexicon.words("given_names.txt")


@functools.cache
def _given_name_genders() -> dict[str, str]:
    rows = lexicon.checked("given_name_genders.tsv", 2, {1: frozenset({"m", "f"})})
    return {row[0]: row[1] for row in rows}


def _name_key(word: str) -> str:
    """The word in lower case without accents, as the given-name lists hold it."""
    if word.isascii():  # nothing to decompose
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def given_name_gender(word: str) -> str | None:
    """ "m" or "f" for a given name listed for one sex only (``given_name_genders.tsv``)."""
    # (_name_key of an ASCII word written out: most words, one call fewer)
    return _given_name_genders().get(word.lower() if word.isascii() else _name_key(word))


def is_given_name(word: str) -> bool:
    # (_name_key of an ASCII word written out: most words, one call fewer)
    return (word.lower() if word.isascii() else _name_key(word)) in given_names()


def is_capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper()


def is_initial(tok: Token) -> bool:
    t = tok.text
    return len(t) == 2 and t[1] == "." and t[0].isupper()


def is_acronym(text: str) -> bool:
    """Two to six letters, all capitals ("FBI", "S&P", "AT&T")."""
    if len(text) > 6:
        return False
    if text.isascii() and not text.isupper():
        # (an ASCII word with a small letter or with no letter at all: the loop
        # below rejects it too, in Python; most capitalised words are such)
        return False
    letters = 0
    for c in text:
        if c.isalpha():
            if not c.isupper():
                return False
            letters += 1
    return letters >= 2


def _all_caps(text: str) -> bool:
    """Letters, all capitals."""
    if text.isascii():
        # the cased characters of ASCII are its letters: str.isupper() is this test,
        # in C (at least one capital, no small letter)
        return text.isupper()
    letters = False
    for c in text:
        if c.isalpha():
            if not c.isupper():
                return False
            letters = True
    return letters


@functools.cache
def _time_words() -> frozenset[str]:
    return lexicon.words("time_words.txt")


@functools.cache
def _non_names() -> frozenset[str]:
    """Degrees and things written in capitals, never a name ("PhD", "COVID")."""
    return lexicon.words("non_names.txt")


_LAWS = frozenset({"act", "law", "code", "treaty", "accord", "regulation"})
_DEGREE_RE = re.compile(r"[A-Z][a-z]?\.[A-Z][a-z]?\.")


@functools.cache
def _not_name_words() -> frozenset[str]:
    """Time words and the words of ``non_names.txt``: capitalised, yet no name."""
    return _time_words() | _non_names()


def _name_token(tok: Token) -> bool:
    """A word that can be part of a name: capitalised, no time word, no degree
    ("Ph.D.", "M.Sc.", "PhD") or other word of ``non_names.txt``."""
    text = tok.text
    return (
        text[:1].isupper()
        and tok.lower not in _not_name_words()
        and not (
            "." in text[1:-1] and not text.isupper() and _DEGREE_RE.fullmatch(text) is not None
        )
    )


#: Words before a month that keep it a month even before a capitalised word
#: ("in May Jane Roe joined").
_TIME_PREPOSITIONS = frozenset(
    {"in", "since", "until", "till", "during", "from", "through", "early", "late", "mid",
     "last", "next", "this", "of", "on"}
)  # fmt: skip


def _name_at(tokens: Sequence[Token], k: int, first: int, last: int) -> bool:
    """``tokens[k]`` can be part of a name here. A month that is also a name ("May",
    "June", "April", "August") is one after a name word ("Theresa May") or before
    one, where no time preposition stands before it ("by June Park", not "in May
    Jane Roe joined")."""
    tok = tokens[k]
    text = tok.text
    if not text[:1].isupper():
        return False
    low = tok.lower
    if low not in _not_name_words():  # what _name_token tells, without a second call
        return not ("." in text[1:-1] and not text.isupper() and _DEGREE_RE.fullmatch(text))
    nxt = tokens[k + 1] if k + 1 < last else None
    if low in _NAME_MODALS:
        # "said Will Norton will retire": a modal with a capital before a name word
        return nxt is not None and _name_token(nxt) and nxt.lower not in _NAME_MODALS
    if low not in _NAME_MONTHS or low not in _time_words():
        return False
    if nxt is not None and nxt.text[:1].isdigit():
        return False  # "May 5"
    if (
        k > first
        and _name_token(tokens[k - 1])
        and is_given_name(tokens[k - 1].text)
        and not (nxt is not None and nxt.text[:1].isupper())
    ):
        return True  # "Theresa May resigned"; not "Tom Smith May Quit", a headline
    return (
        nxt is not None
        and _name_token(nxt)
        and (k == first or tokens[k - 1].lower not in _TIME_PREPOSITIONS)
    )


def _surname_month(tokens: Sequence[Token], k: int, start: int) -> bool:
    """A "May" after a given name that ends a run is a surname ("Theresa May"), not
    the modal ("Tom Smith May Quit")."""
    return (
        k > start
        and not (k + 1 < len(tokens) and tokens[k + 1].text[:1].isupper())
        and tokens[k].lower in _NAME_MONTHS
        and tokens[k].text[:1].isupper()
        and is_given_name(tokens[k - 1].text)
    )


#: Months that are given names or surnames too.
_NAME_MONTHS = frozenset({"april", "may", "june", "august"})
#: Modal verbs that are given names too ("Will Norton").
_NAME_MODALS = frozenset({"will"})


class NameSpan:
    """A run of name tokens found in a sentence, before it becomes a Mention."""

    __slots__ = ("first", "gender", "label", "last")

    def __init__(self, first: int, last: int, label: EntityLabel) -> None:
        self.first = first
        self.last = last  # exclusive
        self.label = label
        self.gender: str | None = None

    def __repr__(self) -> str:
        return f"NameSpan({self.first}, {self.last}, {self.label.value})"


#: Nouns a name before them makes an organisation, with or without a possessive:
#: "the German government", "Kishida's cabinet", "the Biden administration".
GOVERNMENT_NOUNS = frozenset({"administration", "cabinet", "government"})


@functools.cache
def org_words() -> frozenset[str]:
    """Words that make a name an organisation: ``org_words.txt``, the
    parties' ``party_words.txt`` and companies' ``legal_forms.txt``."""
    return (
        lexicon.words("org_words.txt")
        | lexicon.words("party_words.txt")
        | lexicon.words("legal_forms.txt")
    )


@functools.cache
def _split_words() -> frozenset[str]:
    """Words that split a capitalised run and are no name: ``common_words.txt``,
    determiners and words of tenure ("Current", "Outgoing" opening a sentence)."""
    return (
        lexicon.words("common_words.txt")
        | lexicon.words("determiners.txt")
        | lexicon.words("tenure_modifiers.txt")
    )


def _verb_forms(word: str) -> tuple[str, str]:
    """The third-person and regular past forms of a verb ("swear" -> "swears",
    "sweared"; "name" -> "names", "named"; "push" -> "pushes", "pushed")."""
    if word.endswith(("s", "sh", "ch", "x", "z")):
        third = word + "es"
    elif word.endswith("y") and word[-2:-1] not in "aeiou":
        third = word[:-1] + "ies"
    else:
        third = word + "s"
    return third, word + ("d" if word.endswith("e") else "ed")


@functools.cache
def headline_verbs() -> frozenset[str]:
    """The first words of the trigger verbs of ``triggers.tsv`` in their third-person
    and past forms ("swears", "swore", "appoints"), and the other verbs of headlines
    (``headline_verbs.txt``: "reshuffles", "unveils"): in a title-case headline
    ("Kessler Swears In New Ministers") such a word ends the name before it."""
    out: set[str] = set(lexicon.words("headline_verbs.txt"))
    for row in lexicon.table("triggers.tsv"):
        first = row[0].split()[0].lower()
        out.update(_verb_forms(first))
        if len(row) > 5:
            out.update(form.split()[0].lower() for form in row[5].split(",") if form.strip())
    return frozenset(out)


# The verbs of triggers.tsv by what their subject or object does, for the readers
# that work before the patterns stage reads the triggers (coreference) or beside it.


def _trigger_forms(lemma: str, extra: str) -> set[str]:
    """A one-word verb's base, third-person and past forms, and its irregular ones."""
    out = {lemma, *_verb_forms(lemma)}
    out.update(f.strip() for f in extra.split(",") if f.strip() and " " not in f.strip())
    return out


@functools.cache
def appointing_verbs() -> frozenset[str]:
    """The forms of the one-word verbs of ``triggers.tsv`` whose object takes a post
    ("names", "appointed", "elevates", "tapped")."""
    out: set[str] = set()
    for row in lexicon.table("triggers.tsv"):
        if row[1] in ("START", "NOMINATE") and row[2] == "obj" and " " not in row[0]:
            out |= _trigger_forms(row[0], row[5] if len(row) > 5 else "")
    return frozenset(out)


@functools.cache
def leaving_verbs() -> dict[str, bool]:
    """The forms of the verbs of ``triggers.tsv`` whose subject leaves a post, by
    their first word ("stepped" of "stepped down"), -> whether only a person takes
    them ("resigns", "retires": needs nothing more; "exits", "leaves" do)."""
    out: dict[str, bool] = {}
    for row in lexicon.table("triggers.tsv"):
        if row[1] != "END" or row[2] != "subj" or row[4] == "headline":
            continue
        lemma = row[0].split()
        forms = {lemma[0], *_verb_forms(lemma[0])}
        forms.update(f.split()[0] for f in (row[5] if len(row) > 5 else "").split(",") if f)
        only_people = row[4] == "-" and row[0] != "quit"  # "Orbis quits Russia"
        for f in forms:
            out[f] = out.get(f, False) or only_people
    return out


@functools.cache
def taking_verbs() -> frozenset[str]:
    """The forms of the first words of the verbs of ``triggers.tsv`` whose subject
    takes a post ("joins", "became", "took" of "took over")."""
    out: set[str] = set()
    for row in lexicon.table("triggers.tsv"):
        if row[1] == "START" and row[2] == "subj" and row[4] != "headline":
            first = row[0].split()[0]
            out |= {first, *_verb_forms(first)}
            out.update(f.split()[0] for f in (row[5] if len(row) > 5 else "").split(",") if f)
    return frozenset(out)


@functools.cache
def succeeding_verbs() -> frozenset[str]:
    """The forms of the one-word verbs of ``triggers.tsv`` whose subject takes the
    post of their object ("replaces", "succeeded")."""
    out: set[str] = set()
    for row in lexicon.table("triggers.tsv"):
        if row[1] == "START" and row[2] == "succ" and " " not in row[0]:
            out |= _trigger_forms(row[0], row[5] if len(row) > 5 else "")
    return frozenset(out)


@functools.cache
def succeeding_participles() -> frozenset[str]:
    """The -ing forms of the verbs of :func:`succeeding_verbs` ("replacing",
    "succeeding"), by the rule the pattern stage inflects its triggers with."""
    out: set[str] = set()
    for row in lexicon.table("triggers.tsv"):
        if row[1] == "START" and row[2] == "succ" and " " not in row[0]:
            lemma = row[0]
            ends_in_e = lemma.endswith("e") and not lemma.endswith("ee")
            out.add((lemma[:-1] if ends_in_e else lemma) + "ing")
    return frozenset(out)


@functools.cache
def org_name_openers() -> frozenset[str]:
    """Common words that open an organisation's name before an organisation word
    ("First Bank", ``org_name_openers.txt``)."""
    return lexicon.words("org_name_openers.txt")


@functools.cache
def title_abbreviations() -> frozenset[str]:
    """Titles written in capitals after a name ("Ruiz COS", "Park DCOS"): the
    one-word titles of ``titles.txt``, the variants of ``title_variants.tsv`` and
    ``title_abbreviations.txt``."""
    singles = {w for w in title_words() if " " not in w and "-" not in w}
    return frozenset(
        singles | set(lexicon.title_variants()) | lexicon.words("title_abbreviations.txt")
    )


#: The word lists a function reads on every call, fetched by one cached call (a call
#: of a cached function costs as much as a dozen set lookups, and these functions
#: run for every sentence or every name): :func:`_find_names_words`,
#: :func:`_classify_run_words`, :func:`honorific_words`, :func:`_widen_words`.


@functools.cache
def _find_names_words() -> tuple[
    frozenset[str],
    frozenset[str],
    dict[str, str | None],
    frozenset[str],
    frozenset[str],
    frozenset[str],
    frozenset[str],
    frozenset[str],
    frozenset[str],
]:
    """What :func:`find_names` reads or hands on: the split words, the organisation
    words, the honorifics, the capitalised words that are no names, the title words
    (for :func:`_classify_word`), the headline verbs (for :func:`_split_run`), the
    words a run's steps look up (:func:`_run_step_words`), the words that end a
    place's name (for :func:`_untitled_run`) and the words that split a run
    (:func:`_run_split_words`)."""
    return (
        _split_words(),
        org_words(),
        honorifics(),
        _not_name_words(),
        title_words(),
        headline_verbs(),
        _run_step_words(),
        _classify_run_words()[4],
        _run_split_words(),
    )


@functools.cache
def _run_split_words() -> frozenset[str]:
    """The words at which :func:`_split_run` splits a run: the split words, the
    honorifics and the headline verbs. A run that holds none of them is one piece,
    classified whole."""
    return _split_words() | frozenset(honorifics()) | headline_verbs()


@functools.cache
def _run_step_words() -> frozenset[str]:
    """Every word that :func:`_split_run` and :func:`_classify_run` look a run's
    words up for before :func:`_untitled_run`: the split words, honorifics and
    headline verbs that split a run; the title words, their plurals and
    abbreviations, the organisation words, :func:`org_tails`, the first words of
    the honorifics of two words and the words that end a place's name. A run of two
    words or more that holds none of them is split nowhere and reaches
    :func:`_untitled_run` whole: most names ("Jane Roe") are read at once."""
    titles, _, firsts, tails, places = _classify_run_words()
    plurals = {t + "s" for t in titles} | {t[:-1] + "ies" for t in titles if t.endswith("y")}
    return frozenset().union(
        _run_split_words(),
        titles,
        plurals,  # what _plural_title tells
        title_abbreviations(),
        org_words(),
        tails,
        firsts,
        places,
    )


def find_names(
    tokens: Sequence[Token],
    first: int,
    last: int,
    capitalised: Sequence[int] | None = None,
    lowers: list[str] | None = None,
) -> list[NameSpan]:
    """Name spans among ``tokens[first:last]`` (one sentence), left to right.
    ``capitalised``: the indexes of all the tokens whose first character is upper
    case, in order (:meth:`~personnel_events.document.Document.capitalised`),
    where the caller has them; else they are read here. ``lowers``: all the
    tokens' lower case (``lowers[k] == tokens[k].lower``,
    :meth:`~personnel_events.document.Document.lowers`), where the caller has
    them: a run's words are then a slice of them, not a list made for each run."""
    common, orgs, hon, not_names, titles, verbs, steps, places, splits = _find_names_words()
    out: list[NameSpan] = []
    # whether a span of out may be an organisation's: the shortcuts below make none
    bodies = False
    i = first  # where the next run may open
    # only a capitalised word opens a run
    if capitalised is not None:
        opening = capitalised[bisect_left(capitalised, first) : bisect_left(capitalised, last)]
    else:
        opening = [k for k in range(first, last) if tokens[k].text[:1].isupper()]
    # the same, looked up for each word a run goes on to (a set lookup costs less
    # than reading the word's first character again)
    opens = set(opening)
    for at in opening:
        if at < i:
            continue  # inside the run before
        i = at
        tok = tokens[i]
        # a capitalised word that is no time word or the like, with no inner full
        # stop, is a name word (what _name_at tells first, without the call)
        if (
            (
                tok.lower not in not_names
                # no full stop inside (most words have none at all: no slice made)
                and ("." not in tok.text or "." not in tok.text[1:-1])
            )
            or _name_at(tokens, i, first, last)
        ):
            j = i + 1  # tokens[i] opens the run
        elif tok.lower in hon and i + 1 < last:
            j = i
        else:
            continue
        # Collect the run of capitalised words, initials, particles and "&".
        while j < last:
            t = tokens[j]
            # both tests below need a capital first (most runs end at a word without)
            if j in opens and (
                (t.lower not in not_names and ("." not in t.text or "." not in t.text[1:-1]))
                or _name_at(tokens, j, first, last)
                or is_initial(t)
            ):
                j += 1
                continue
            if t.lower not in _RUN_BRIDGES:
                break  # (most runs: what the two tests below ask first)
            if (
                (t.lower in PARTICLES or t.text == "&")
                and j + 1 < last
                and _name_token(tokens[j + 1])
                and j > i
            ):
                j += 2
                continue
            if (
                t.text in POSSESSIVE_MARKS
                and j > i
                and tokens[j - 1].lower in COLLECTIVE_NOUNS
                and j + 1 < last
                and _name_token(tokens[j + 1])
            ):
                j += 2  # "Uganda People's Defence Forces", "Boston Children's Hospital"
                continue
            break
        if j == i:
            continue
        if j > i + 1:
            run = [t.lower for t in tokens[i:j]] if lowers is None else lowers[i:j]
            if steps.isdisjoint(run):
                # no word of the run is one the steps of _split_run and _classify_run
                # look up (most names): what they give it, without them
                out.extend(_untitled_run(tokens, i, j, places))
            elif splits.isdisjoint(run):
                # no word that splits it: _split_run's one piece ("Chief Financial Officer")
                out.extend(_classify_run(tokens, i, j, orgs, hon, run))
                bodies = True
            else:
                out.extend(_split_run(tokens, i, j, last, common, orgs, hon, verbs))
                bodies = True
        elif tok.lower not in steps and not is_acronym(tok.text):
            # what _classify_word gives a word of none of the lists it reads, nor any
            # other the steps of a run look up: a word left to coreference
            out.append(NameSpan(i, i + 1, OTHER))
        elif tok.lower not in common:  # a common word alone names nothing
            # what _split_run gives a word that is no common word: its one piece
            out.extend(_classify_word(tokens, i, orgs, hon, titles))
            bodies = True
        i = j
    if not out:
        return out
    # one span has nothing to be joined to (half of the sentences with names), nor
    # has a person's or a lone word's span (what most of the others hold)
    spans = _join_org_names(tokens, out, last, orgs) if bodies and len(out) > 1 else out
    _widen(tokens, spans, first)
    for span in spans:
        if span.label is ORG and tokens[span.last - 1].lower in _LAWS:
            span.label = OTHER  # "the Securities Exchange Act": a law, no body
    return spans


def _places() -> frozenset[str]:
    return lexicon.words("places.txt")


@functools.cache
def _place_openers() -> frozenset[str]:
    """What the words before a name must be for a place's name to start there (what
    :func:`_widen` looks up): each place's words up to one of its spaces ("new" and
    "new south" of "new south wales")."""
    return frozenset(place[:at] for place in _places() for at, c in enumerate(place) if c == " ")


def _is_place(tokens: Sequence[Token], first: int, last: int) -> bool:
    """``tokens[first:last]`` name a place of ``places.txt``."""
    return " ".join(tokens[x].lower for x in range(first, last)) in _places()


@functools.cache
def _widen_words() -> tuple[frozenset[str], frozenset[str]]:
    """What :func:`_widen` reads: the legal forms and the words that open a place's
    name."""
    return _legal_forms(), _place_openers()


def _widen(tokens: Sequence[Token], spans: list[NameSpan], first: int) -> None:
    """Words a run dropped that belong to the name: the digits written onto its
    first word ("4D Imaging", "3M Co."), and the first words of a place the
    common-word split cut off ("NEW" of "NEW YORK", "New" of "New Delhi")."""
    # The tokens the spans hold, made when first needed (most spans need none):
    # the spans' words as they stand then, each widening below adding its own.
    held: set[int] | None = None

    def taken() -> set[int]:
        nonlocal held
        if held is None:
            held = {k for s in spans for k in range(s.first, s.last)}
        return held

    legal_forms, openers = _widen_words()
    for span in spans:
        if (
            span.last < len(tokens)
            and tokens[span.last].lower in legal_forms  # the rarest first
            and tokens[span.last].text.islower()
            and span.last - span.first >= 1
            and span.last not in taken()
        ):
            taken().add(span.last)
            span.last += 1  # "Fenwick Holdings plc"
            span.label = ORG
        k = span.first - 1
        if k < first:
            continue
        before = tokens[k].text
        if not before[:1].isupper():
            # digits or a word in lower case (before most names): no place's name
            # starts there
            if before.isdigit() and tokens[k].end == tokens[span.first].start and k not in taken():
                taken().add(k)
                span.first = k
                span.label = ORG  # no person's name starts with digits
            continue
        for n in (1, 2):
            # tokens[k + 1:span.first] passed these tests for the smaller n
            k = span.first - n
            if k < first or not tokens[k].text[:1].isupper():
                break
            if tokens[k].lower not in openers:
                # no place's name starts with this word (most words before a name:
                # "President", "The"): only a place's name one word before may follow
                if n == 1 and (k - 1 < first or tokens[k - 1].lower not in openers):
                    break
                if k in taken():
                    break
                continue
            if k in taken():
                break
            name = " ".join([tokens[x].lower for x in range(k, span.last)])
            if name in _places():
                taken().update(range(k, k + n))
                span.first = k
                span.label = OTHER
                break


#: Share of capitalised words (not opening a sentence) under which a text counts as
#: written in lower case.
LOWERCASE_TEXT_SHARE = 0.03
LOWERCASE_SAMPLE = 4000


_INNER_WORD_RE = re.compile(r"(?<![.!?:\n])[ \t]+([^\W\d_]\w*)")
#: The inner words of :data:`_INNER_WORD_RE` that open with an ASCII capital, matched
#: from the capital: a blank before it, and no ".", "!", "?", ":" or line break before
#: that blank unless another blank follows it (the blanks of ``_INNER_WORD_RE`` may
#: start at the second). Opening with a class of characters, the pattern is tried
#: only at capitals, found by a scan in C; opening with a look-behind, as that one
#: does, it was tried at every character (a third of what ``mostly_lowercase`` cost).
_CAPITALISED_INNER_WORD_RE = re.compile(r"[A-Z](?<=[ \t][A-Z])(?<![.!?:\n][ \t][A-Z])\w*")


def mostly_lowercase(text: str) -> bool:
    """Text written without capitals ("fairhaven mayor fires police chief ramos"):
    fewer than :data:`LOWERCASE_TEXT_SHARE` of its inner words (not opening a
    sentence or a line) are capitalised (all-capital words aside), judged on the first
    :data:`LOWERCASE_SAMPLE` characters."""
    # A cheap bound first: every inner word follows a space or a tab of its own, so
    # that capitalised ASCII words, as many as that share of the spaces and tabs,
    # settle it for most texts within their first lines.
    spaces = text.count(" ", 0, LOWERCASE_SAMPLE)
    if text.find("\t", 0, LOWERCASE_SAMPLE) >= 0:  # (found in C at once: most texts have none)
        spaces += text.count("\t", 0, LOWERCASE_SAMPLE)
    enough = LOWERCASE_TEXT_SHARE * spaces
    found = 0
    for match in _CAPITALISED_INNER_WORD_RE.finditer(text, 0, LOWERCASE_SAMPLE):
        if not match.group().isupper():
            found += 1
            if found >= enough:
                return False
    starts = _INNER_WORD_RE.findall(text, 0, LOWERCASE_SAMPLE)
    # a shouted headline ("COLLEGE NAMES NEW PRESIDENT") says nothing of the prose
    caps = sum(1 for w in starts if w[0].isupper() and not w.isupper())
    return len(starts) >= 20 and caps < LOWERCASE_TEXT_SHARE * len(starts)


def find_lowercase_names(tokens: Sequence[Token], first: int, last: int) -> list[NameSpan]:
    """People in lower-case text: a given name (not an everyday word) followed by a
    surname that is no common word, title or time word ("police chief victor ramos")."""
    ambiguous = lexicon.words("ambiguous_given_names.txt")
    common = lexicon.words("common_words.txt")
    titles = title_words()
    out: list[NameSpan] = []

    def plain(word: str) -> bool:
        """A word that can be a surname: no common word, title or time word."""
        return (
            word.replace("-", "").isalpha()
            and len(word) > 1
            and word not in common
            and word not in titles
            and word not in title_modifiers()
            and word not in _time_words()
        )

    k = first
    while k < last - 1:
        low = tokens[k].lower
        after_title = k > first and tokens[k - 1].lower in titles
        if (
            is_given_name(low) and low not in ambiguous and low not in common and low.isalpha()
        ) or (after_title and plain(low)):
            # "victor ramos", "jürgen klopp"; or after a title, names no list holds
            # ("revenue secretary sanjay malhotra")
            j = k + 1
            if j < last - 1 and _lower_initial(tokens[j].text):
                j += 1
            if plain(tokens[j].lower):
                out.append(NameSpan(k, j + 1, PERSON))
                k = j + 1
                continue
        k += 1
    return out


def _lower_initial(text: str) -> bool:
    """'b.' in "james b. comey"."""
    return len(text) == 2 and text[1] == "." and text[0].isalpha()


def lowercase_surnames(tokens: Sequence[Token], spans: Sequence[NameSpan]) -> frozenset[str]:
    """The surnames of the people lower-case text names in full, so that a later
    "ramos" alone is found as a name too."""
    return frozenset(
        tokens[s.last - 1].lower for s in spans if s.label is PERSON and s.last - s.first >= 2
    )


def find_lowercase_surnames(
    tokens: Sequence[Token], first: int, last: int, surnames: frozenset[str]
) -> list[NameSpan]:
    """Lone mentions of :func:`lowercase_surnames` among ``tokens[first:last]``."""
    return [NameSpan(k, k + 1, PERSON) for k in range(first, last) if tokens[k].lower in surnames]


def _split_run(
    tokens: Sequence[Token],
    i: int,
    j: int,
    sent_last: int,
    common: frozenset[str],
    orgs: frozenset[str],
    hon: dict[str, str | None],
    verbs: frozenset[str],
) -> list[NameSpan]:
    """Turn one capitalised run into name spans: drop common words, peel titles.
    ``verbs``: :func:`headline_verbs`."""
    # Common words (sentence openers, headline verbs) split a run.
    pieces: list[tuple[int, int]] = []
    start = i
    for k in range(i, j):
        low = tokens[k].lower
        if k > start and low in hon:
            # "... of Foreign Affairs Mr. Tomasz Wrobel": an honorific starts a name
            pieces.append((start, k))
            start = k
            continue
        if low in common and not (
            (k > start and low in orgs)
            or _surname_month(tokens, k, start)
            or (low in _NAME_MODALS and k == start and k + 1 < j)  # "Will Norton"
            or (low in COLLECTIVE_NOUNS and k + 1 < j and tokens[k + 1].text in POSSESSIVE_MARKS)
            # "First Bank": a word that opens an organisation's name before its word
            or (
                k == start
                and k + 1 < j
                and low in org_name_openers()
                and tokens[k + 1].lower in orgs
            )
        ):
            if k > start:
                pieces.append((start, k))
            start = k + 1
        elif k > start and low in verbs and k + 1 < sent_last and tokens[k + 1].text[:1].isupper():
            # "Kessler Swears In New Ministers": a headline's verb ends the name before it
            pieces.append((start, k))
            start = k + 1
    if start < j:
        pieces.append((start, j))
    spans: list[NameSpan] = []
    for a, b in pieces:
        # "RESIGNS & WASHINGTON": the "&" that joined a dropped word opens no name
        while a < b and tokens[a].text == "&":
            a += 1
        if a < b:
            spans.extend(_classify(tokens, a, b, orgs, hon))
    return spans


def _classify(
    tokens: Sequence[Token],
    a: int,
    b: int,
    orgs: frozenset[str],
    hon: dict[str, str | None],
) -> list[NameSpan]:
    """The name spans of the run ``tokens[a:b]`` (no common word in it)."""
    if b - a == 1:
        return _classify_word(tokens, a, orgs, hon, title_words())
    return _classify_run(tokens, a, b, orgs, hon)


def _classify_word(
    tokens: Sequence[Token],
    a: int,
    orgs: frozenset[str],
    hon: dict[str, str | None],
    titles: frozenset[str],
) -> list[NameSpan]:
    """What :func:`_classify_run` gives for a run of one word (half of all runs),
    without its steps for longer runs: a title or a plural one ("Ministers"), and an
    honorific alone, name nothing; an organisation word or an acronym is an
    organisation; any other word is left to coreference. ``titles``: :func:`title_words`."""
    low = tokens[a].lower
    if low in titles:
        if a > 1 and tokens[a - 1].lower == "of" and tokens[a - 2].lower in orgs:
            # "Department of Justice", "Court of Justice": the field of a body
            return [NameSpan(a, a + 1, OTHER)]
        return []
    if low.endswith("s") and _plural_title(low) and not (a > 0 and tokens[a - 1].lower == "of"):
        return []
    if low in orgs or is_acronym(tokens[a].text):
        return [NameSpan(a, a + 1, ORG)]
    if low in hon:
        return []
    return [NameSpan(a, a + 1, OTHER)]


@functools.cache
def _classify_run_words() -> tuple[
    frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]
]:
    """What :func:`_classify_run` reads: the title words, the title modifiers, the
    first words of the honorifics of two words, :func:`org_tails` and the words
    that end a place's name (``place_words.txt``)."""
    return (
        title_words(),
        title_modifiers(),
        _two_word_honorifics()[0],
        org_tails(),
        lexicon.words("place_words.txt"),
    )


def _classify_run(
    tokens: Sequence[Token],
    a: int,
    b: int,
    orgs: frozenset[str],
    hon: dict[str, str | None],
    lowers: list[str] | None = None,
) -> list[NameSpan]:
    """The name spans of the run ``tokens[a:b]`` (no word in it that splits a run);
    ``lowers``: its words in lower case, where the caller has them."""
    if lowers is None:
        lowers = [t.lower for t in tokens[a:b]]
    titles, mods, firsts, tails, places = _classify_run_words()
    if (
        b - a >= 2
        and tokens[b - 1].text.isupper()
        and lowers[-1] in title_abbreviations()
        and tokens[b - 2].text[:1].isalpha()
        and not tokens[b - 2].text.isupper()
        and lowers[-2] not in titles
        and not orgs.intersection(lowers)
        and (b - a == 2 or is_given_name(tokens[a].text) or lowers[-1] not in titles)
    ):
        # "appoints Ruiz COS, Park DCOS": a title's abbreviation after a name is no
        # part of it; a lone word before it is left to coreference ("Ruiz"); two
        # words or more with no given name before a title word ("Vell Oster CEO")
        # may be a body's, and are read as before
        return _classify(tokens, a, b - 1, orgs, hon)
    if lowers[-1] in titles and all(low in titles or low in mods for low in lowers):
        return []  # "Chief Financial Officer": a role, not a name
    if (
        lowers[-1].endswith("s")  # a cheap bound first
        and _plural_title(lowers[-1])
        and all(low in mods for low in lowers[:-1])
        and not (a > 0 and tokens[a - 1].lower == "of")  # "Board of Directors"
    ):
        return []  # "the three new Ministers", "Deputy Governors": holders, no name
    for p in range(a + 1, b - 1):
        # "Orbis Bank Carl Webb": an organisation's name, then a given name and a
        # surname that are neither organisation words nor titles: two spans
        before = lowers[p - 1 - a]
        if (
            before in orgs
            and before not in titles
            and is_given_name(tokens[p].text)
            and not any(low in orgs or low in titles for low in lowers[p - a :])
        ):
            person = NameSpan(p, b, PERSON)
            person.gender = given_name_gender(tokens[p].text)
            return [*_classify(tokens, a, p, orgs, hon), person]
    trailing = b
    while trailing - 1 > a and lowers[trailing - 1 - a] in titles:
        trailing -= 1
    if (
        a + 1 < trailing < b
        and is_given_name(tokens[a].text)
        and lowers[trailing - 1 - a] not in mods
    ):
        # "names Lisa Moreau CFO": a title after a full name is no part of it (the
        # role reader takes it from there)
        return _classify(tokens, a, trailing, orgs, hon)
    # An organisation word anywhere makes the run an organisation.
    acronym = b - a == 1 and is_acronym(tokens[a].text)  # read once: used again below
    lone_acronym = acronym and lowers[0] not in titles
    if not orgs.isdisjoint(lowers) or lone_acronym or _trade_tail(lowers, titles, mods, tails):
        # "FBI Director James Comey": an acronym run followed by a title and a name
        # is handled below; a plain org run is one span, also when a title word
        # stands inside it ("Northern Premier League").
        title_at = _last_title_index(lowers)
        if title_at is None or lowers[-1] in orgs:
            return [NameSpan(a, b, ORG)]
        if title_at == len(lowers) - 1:
            # "Federal Reserve Chairman", "Mining Cabinet Secretary": the body
            # before a title that no name follows
            cut = title_at
            while cut > 0 and (lowers[cut - 1] in titles or lowers[cut - 1] in mods):
                cut -= 1
            return [NameSpan(a, a + cut, ORG)] if cut > 0 else []
    gender: str | None = None
    k = a
    # Honorifics first: "Mr.", "Dr.", "Professor".
    honorific = False
    while k < b and (lowers[k - a] in hon or lowers[k - a] in firsts):
        n = honorific_length(lowers, k - a, b - a)
        if not n:
            break
        gender = gender or hon[" ".join(lowers[k - a : k - a + n])]
        honorific = True
        k += n
    title_at = (
        None  # most names: no title word at all
        if titles.isdisjoint(lowers)
        else _last_title_index(lowers[k - a :] if k > a else lowers)
    )
    body: NameSpan | None = None
    if title_at is not None:
        cut = k + title_at + 1
        if (
            cut >= b
            and b - k == 2
            and not tokens[b - 1].text.isupper()  # "Roe CEO" is a name and a title
            and is_given_name(tokens[k].text)
            and lowers[k - a] not in titles
            and lowers[k - a] not in mods
        ):
            return [NameSpan(k, b, PERSON)]  # "Mary Judge", "John Bishop"
        if cut >= b:
            # "DANA PELL CHIEF EXECUTIVE" (a headline): a name before the title
            end = cut - 1
            while end > k and (lowers[end - 1 - a] in titles or lowers[end - 1 - a] in mods):
                end -= 1
            if (
                2 <= end - k <= 3
                and all(_all_caps(tokens[x].text) for x in range(k, b))
                and is_given_name(tokens[k].text)
                and not _is_place(tokens, k, end)
            ):
                return [NameSpan(k, end, PERSON)]
            return []  # only a title ("Chief Financial Officer"): a role, not a name
        body = _body_before_title(tokens, lowers, a, k, k + title_at, orgs)
        k = cut
        # After a title there may be an honorific again: "Ambassador Dr. Jane Roe".
        while k < b and (lowers[k - a] in hon or lowers[k - a] in firsts):
            n = honorific_length(lowers, k - a, b - a)
            if not n:
                break
            gender = gender or hon[" ".join(lowers[k - a : k - a + n])]
            honorific = True
            k += n
    if k >= b:
        return []
    n = b - k
    if not honorific and title_at is None and n >= 2:
        return _untitled_run(tokens, k, b, places)
    span = NameSpan(k, b, PERSON)
    span.gender = gender
    if (
        not honorific
        and title_at is None
        and n == 1
        and (acronym if k == a else is_acronym(tokens[k].text))
    ):
        span.label = ORG if lowers[k - a] not in titles else OTHER
    elif not honorific and title_at is None and n == 1:
        span.label = OTHER  # a lone word: resolved by coreference
    return [body, span] if body is not None else [span]


def _untitled_run(
    tokens: Sequence[Token], k: int, b: int, places: frozenset[str]
) -> list[NameSpan]:
    """The spans of a run ``tokens[k:b]`` of two words or more with no honorific or
    title in it (nor any other word that :func:`_classify_run` reads before this
    step): a person ("Jane Roe"), unless written in capitals, ending in a word of a
    place's name (``places``: ``place_words.txt``) or opening with a word before a
    full name."""
    # (the first word first: most names are not in capitals)
    if _all_caps(tokens[k].text) and all(_all_caps(tokens[x].text) for x in range(k, b)):
        if b - k <= 3 and is_given_name(tokens[k].text) and not _is_place(tokens, k, b):
            return [NameSpan(k, b, PERSON)]  # "OMAR HADDAD" in a headline
        # "RIO DE JANEIRO", "NEW YORK": a dateline or a heading, not a person.
        return [NameSpan(k, b, OTHER)]
    if (
        tokens[b - 1].lower in places
        and not is_given_name(tokens[k].text)
        and tokens[k].lower not in _NAME_MONTHS
    ):
        return [NameSpan(k, b, OTHER)]  # "Stamford Bridge": a place
    if b - k >= 3 and not is_given_name(tokens[k].text) and is_given_name(tokens[k + 1].text):
        # "Petrobras Jean Paul Prates": a word that is no given name before a full name.
        return [NameSpan(k, k + 1, OTHER), NameSpan(k + 1, b, PERSON)]
    return [NameSpan(k, b, PERSON)]


@functools.cache
def org_tails() -> frozenset[str]:
    """Words that end a company's name and also modify a title ("Ashby Legal",
    ``org_tails.txt``)."""
    return lexicon.words("org_tails.txt")


def _trade_tail(
    lowers: Sequence[str], titles: frozenset[str], mods: frozenset[str], tails: frozenset[str]
) -> bool:
    """'Ashby Legal', "Kestrel Digital": two words or more ending in a word of
    ``tails`` (:func:`org_tails`), the words before it no title ("Chief Legal" is
    none)."""
    return (
        len(lowers) >= 2
        and lowers[-1] in tails
        and not all(low in titles or low in mods for low in lowers[:-1])
    )


#: Endings of a capitalised word before a title that say the word is not the
#: body whose post it is ("Carlton-bound CEO X", "London-born").
NOT_THE_BODY = ("-bound", "-born")


def _body_before_title(
    tokens: Sequence[Token],
    lowers: Sequence[str],
    a: int,
    k: int,
    title: int,
    orgs: frozenset[str],
) -> NameSpan | None:
    """The words before a title in a run that goes on to a name ("Oklahoma" in
    "Oklahoma President David Boren", "FBI" in "FBI Director James Comey"): a span
    of their own, an organisation if an organisation word or an acronym says so,
    so that "University of Oklahoma" can be joined whole."""
    start = title
    while start > k and (
        lowers[start - 1 - a] in title_words() or lowers[start - 1 - a] in title_modifiers()
    ):
        start -= 1
    if start <= k or lowers[start - 1 - a].endswith(NOT_THE_BODY):
        return None
    words = lowers[k - a : start - a]
    org = any(w in orgs for w in words) or (start - k == 1 and is_acronym(tokens[k].text))
    return NameSpan(k, start, ORG if org else OTHER)


def _plural_title(word: str) -> bool:
    """'ministers', 'secretaries': the plural of a title head."""
    heads = title_words()
    return (word.endswith("ies") and word[:-3] + "y" in heads) or (
        word.endswith("s") and word[:-1] in heads
    )


def _last_title_index(lowers: Sequence[str]) -> int | None:
    """Index of the last title word in a run that also starts a title there.

    "Vice President Kamala Harris" -> 1; "Kamala Harris" -> None.
    """
    titles = title_words()
    for idx in range(len(lowers) - 1, -1, -1):
        if lowers[idx] in titles:
            return idx
    return None


def _legal_forms() -> frozenset[str]:
    return lexicon.words("legal_forms.txt")


@functools.cache
def _prepositional_titles() -> tuple[tuple[str, ...], ...]:
    """The whole titles of ``titles.txt`` with "of" inside ("chief of defence
    forces", "speaker of the house"), as word tuples."""
    return tuple(ws for ws in lexicon.phrases("titles.txt") if "of" in ws[1:-1])


def _ends_whole_title(tokens: Sequence[Token], end: int) -> bool:
    """A whole title with "of" ends at ``tokens[end - 1]``: the name before is the
    title's own words ("Chief of Defence Forces"), no body."""
    for ws in _prepositional_titles():
        n = len(ws)
        if end - n >= 0 and all(tokens[end - n + x].lower == ws[x] for x in range(n)):
            return True
    return False


def _join_org_names(
    tokens: Sequence[Token], spans: list[NameSpan], last: int, orgs: frozenset[str]
) -> list[NameSpan]:
    """Join "Office" "of" "Public Engagement" "and" "Intergovernmental Affairs" into one.

    An organisation name runs on over "of", "for", "&" (and "the" after them) into
    the next capitalised run; over "and" only once it holds "of" ("Department of
    Health and Social Care"), so that two names in a list stay apart.
    """
    out: list[NameSpan] = []
    has_of = False
    for span in spans:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label is ORG
            and tokens[prev.last].lower == "of"
            and any(tokens[k].lower in orgs for k in range(span.first, span.last))
            and _ends_whole_title(tokens, prev.last)
        ):
            # "Chief of Defence Forces" of the Uganda People's Defence Forces: the post
            prev.label = OTHER
        if (
            prev is not None
            and prev.label is ORG
            and span.gender is None
            and span.first - prev.last <= 2  # (the gaps joined below: most gaps are longer)
        ):
            gap = [t.lower for t in tokens[prev.last : span.first]]
            joinable = gap in (["of"], ["for"], ["&"], ["of", "the"], ["for", "the"], ["de"]) or (
                gap == ["and"]
                and (
                    has_of
                    # "Securities and Exchange Commission": a word no body is named by alone
                    or (
                        span.label is ORG
                        and all(
                            tokens[k].lower in orgs or tokens[k].lower in title_modifiers()
                            for k in range(prev.first, prev.last)
                        )
                    )
                )
            )
            # "Lumen Ridge Holdings, Inc.": the legal form after a comma
            joinable = joinable or (
                gap == [","]
                and span.last - span.first == 1
                and tokens[span.first].lower in _legal_forms()
            )
            if joinable:
                prev.last = span.last
                has_of = has_of or gap[0] == "of"
                continue
        out.append(span)
        has_of = False
    return out


def possessive_after(tokens: Sequence[Token], index: int, limit: int) -> bool:
    """True when ``tokens[index]`` is a possessive mark ('s or a bare apostrophe)."""
    if index >= limit:
        return False
    tok = tokens[index]
    if tok.text in ("'s", "\u2019s"):
        return True
    return (
        tok.text in APOSTROPHES
        and index > 0
        and tokens[index - 1].text.lower().endswith(("s", "z", "x"))
        and tokens[index - 1].end == tok.start
    )
