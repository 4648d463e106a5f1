"""The words coreference reads: loaded once from ``data/`` through :mod:`lexicon`,
and the few tiny structural sets that are grammar rather than vocabulary."""

from __future__ import annotations

import functools

from ... import lexicon, names


@functools.cache
def pronouns() -> dict[str, tuple[str, str]]:
    """Pronoun -> (gender, case), from ``pronouns.tsv``."""
    cases = frozenset({"subject", "object", "possessive", "reflexive"})
    rows = lexicon.checked("pronouns.tsv", 3, {1: frozenset({"m", "f"}), 2: cases})
    return {row[0]: (row[1], row[2]) for row in rows}


@functools.cache
def mention_openers() -> frozenset[str]:
    """The words that open a pronoun's mention or a description's ("the spokeswoman",
    "its chief executive": :data:`DESCRIPTION_OPENERS`)."""
    return frozenset(pronouns()) | DESCRIPTION_OPENERS


#: The words a description opens with: "the spokeswoman", and a body's possessive,
#: "its chief executive", "their coach".
DESCRIPTION_OPENERS = frozenset({"the", "its", "their"})


@functools.cache
def pronouns_of_case(case: str) -> frozenset[str]:
    """The pronouns of one case ("subject", "object") in ``pronouns.tsv``."""
    return frozenset(word for word, (_gender, c) in pronouns().items() if c == case)


@functools.cache
def gendered() -> dict[str, str]:
    """Title word -> sex it tells ("spokeswoman" -> "f"), from ``gendered_words.tsv``."""
    return {
        row[0]: row[1]
        for row in lexicon.checked("gendered_words.tsv", 2, {1: frozenset({"m", "f"})})
    }


@functools.cache
def title_synonyms() -> dict[str, frozenset[str]]:
    """A description's title -> the variants it stands for ("spokesperson" ->
    spokesman, spokeswoman), from ``title_variants.tsv``."""
    out: dict[str, set[str]] = {}
    for variant, canonical in lexicon.title_variants().items():
        out.setdefault(canonical, set()).add(variant)
    return {k: frozenset(v) for k, v in out.items()}


def office_nouns() -> frozenset[str]:
    return lexicon.words("office_nouns.txt")


def maker_nouns() -> frozenset[str]:
    return lexicon.words("maker_nouns.txt")


def past_verbs() -> frozenset[str]:
    """Past forms that do not end in "-ed" ("said", "took"), from ``past_verbs.txt``."""
    return lexicon.words("past_verbs.txt")


def auxiliaries() -> frozenset[str]:
    return lexicon.words("auxiliaries.txt")


def clause_boundaries() -> frozenset[str]:
    return lexicon.words("clause_boundaries.txt")


def tenure_modifiers() -> frozenset[str]:
    return lexicon.words("tenure_modifiers.txt")


def titles() -> frozenset[str]:
    return names.title_words()


def former_words() -> frozenset[str]:
    """Words that mark a post as one already left ("former", "ex")."""
    return lexicon.words("former_words.txt")


def occupation_nouns() -> frozenset[str]:
    """Nouns of a trade or standing that are no post ("banker", "veteran")."""
    return lexicon.words("occupation_nouns.txt")


def title_modifiers() -> frozenset[str]:
    return names.title_modifiers()


def shared_titles() -> frozenset[str]:
    """Gendered title words women hold too ("chairman"; ``shared_titles.txt``)."""
    return lexicon.words("shared_titles.txt")


def relation_nouns() -> frozenset[str]:
    """Nouns of kinship or association before a name ("his daughter Ellen")."""
    return lexicon.words("relation_nouns.txt")


def org_descriptors() -> frozenset[str]:
    return lexicon.words("org_descriptors.txt")


def org_possessions() -> frozenset[str]:
    return lexicon.words("org_possessions.txt")


def org_officers() -> frozenset[str]:
    return lexicon.words("org_officers.txt")


# -- tiny structural sets ------------------------------------------------------------

#: Articles that open an apposition saying what a name is ("X, the maker of").
APPOSITION_ARTICLES = frozenset({"the", "a"})
#: Verbs of saying before a pronoun: "X fired Y and said he would ...".
SAYING = frozenset({"said", "says"})
#: Plural verbs a one-word team takes ("Chelsea have appointed").
PLURAL_VERBS = frozenset({"have", "are", "were"})
#: Two words before a name that make it a company: "shares of X", "a stake in X".
SHARES_OF = frozenset(
    {
        ("shares", "of"),
        ("stake", "in"),
        ("shares", "in"),
        ("stock", "of"),
        ("shareholders", "of"),
        ("board", "of"),
    }
)
#: What a person owns as well as a company: "Warren Buff's shares" is no company.
PERSONAL_HOLDINGS = frozenset({"shares", "stock", "stake", "investors"})
#: A word before a name that puts it where a company stands: "worked at X".
COMPANY_PLACES = frozenset({"at"})
#: What a company, not a person, is said to do after its name.
COMPANY_STATEMENTS = (
    ("said", "in", "a", "statement"),
    ("said", "in", "a", "filing"),
    ("announced",),
    ("reported",),
)
#: Words that put a name in a list, where a plural verb belongs to the list.
LIST_JOINERS = frozenset({"and", "&", ",", "or"})
#: Entity types from a backend's NER that name no person or organisation.
NOT_NAMES = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "EVENT", "LAW"}
)
