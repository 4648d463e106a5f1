"""Tense and modality around a trigger: is the change denied, hedged, past or to come?"""

from __future__ import annotations

import enum
import functools
from collections.abc import Sequence

from . import lexicon
from .model import Status, Token

_BE = frozenset({"is", "are", "am", "was", "were", "be", "been", "being", "'s", "\u2019s"})
_PROGRESSIVE_BE = frozenset({"is", "are", "am", "'s", "\u2019s", "was", "were", "be"})
CLAUSE_BREAKS = frozenset({";", ":", "but", "while", "whereas"})
CONDITIONALS = frozenset({"if", "unless", "whether"})
RELATIVES = frozenset({"who", "which", "whose", "whom"})
#: Subordinators after which a present verb tells a time ahead ("before he assumes
#: the post", "once she takes office").
TIME_SUBORDINATORS = frozenset({"before", "until", "once", "when"})


class Effect(str, enum.Enum):
    NEGATION = "negation"
    HEDGE = "hedge"
    FUTURE = "future"
    #: A departure or a vote already made, whose to-infinitive tells a change made
    #: with it: "resigned to become", "left the bank to join", "voted to replace".
    DONE = "done"
    #: The change holds from when it is told, though the verb is a future: "will
    #: now serve as adviser". The time, if any, decides; without one it is past.
    NOW = "now"
    #: A phrase that announces what follows ("wishes to announce", "would like to
    #: announce"): its words are no cue (no wish, no "would").
    ANNOUNCE = "announce"


# Members read in status_of, as module constants (on Python 3.11 ``Effect.NOW`` goes
# through the enum's metaclass, ten times the cost of a global name).
_NOW, _FUTURE, _DONE, _ANNOUNCE = Effect.NOW, Effect.FUTURE, Effect.DONE, Effect.ANNOUNCE
_STATUS_PAST, _STATUS_FUTURE = Status.PAST, Status.FUTURE


@functools.cache
def _cues() -> dict[tuple[str, ...], Effect]:
    effects = frozenset(e.value for e in Effect)
    rows = lexicon.checked("modality.tsv", 2, {1: effects})
    return {tuple(row[0].lower().split()): Effect(row[1]) for row in rows}


def _without_asides(lowers: list[str]) -> list[str]:
    """The words outside a relative clause or a bracket closed within them: in "X,
    who was expected to succeed Y, left" or "X (who never ...) resigned" the
    aside's words say nothing of the change after it."""
    if "(" not in lowers and ("," not in lowers or RELATIVES.isdisjoint(lowers)):
        return lowers  # no bracket, no relative after a comma: no aside (most windows)
    out: list[str] = []
    i = 0
    while i < len(lowers):
        closer = None
        if lowers[i] == "," and i + 1 < len(lowers) and lowers[i + 1] in RELATIVES:
            closer = ","
        elif lowers[i] == "(":
            closer = ")"
        if closer is not None:
            end = next((k for k in range(i + 1, len(lowers)) if lowers[k] == closer), None)
            if end is not None:
                out.append(",")  # the aside leaves a break: no cue spans it
                i = end + 1
                continue
        out.append(lowers[i])
        i += 1
    return out


#: Words before "May" that make it the month: "in May", "since May", "early May".
_MONTH_LEADS = frozenset(
    {"in", "of", "since", "until", "by", "from", "early", "late", "mid", "last", "next", "this"}
)


def _month_may(tokens: Sequence[Token], k: int) -> bool:
    """'May' written as the month: capitalised, after "in"/"since"/... or before a
    number ("May 22", "May, 2004"), so no hedge ("in May 2004, replacing Y")."""
    if tokens[k].text != "May":
        return False
    nxt = tokens[k + 1].text if k + 1 < len(tokens) else ""
    after = tokens[k + 2].text if k + 2 < len(tokens) else ""
    return (
        (k > 0 and tokens[k - 1].lower in _MONTH_LEADS)
        or nxt.isdigit()
        or (nxt == "," and after.isdigit())
    )


def window_effects(
    tokens: Sequence[Token], first: int, last: int, lowers: list[str] | None = None
) -> set[Effect]:
    """Effects of the cue words in ``tokens[first:last]``, outside asides; the
    month "May" is no cue. ``lowers``: every token's lower case, if already read
    (``lowers[k] == tokens[k].lower``)."""
    found: set[Effect] = set()
    words = [tok.lower for tok in tokens[first:last]] if lowers is None else lowers[first:last]
    if "may" in words:  # the month is no cue: it reads as a break
        words = [
            "," if low == "may" and _month_may(tokens, k) else low
            for k, low in enumerate(words, first)
        ]
    kept = _without_asides(words)
    if not _announcing().keys().isdisjoint(kept):
        kept = _without_announcing(kept)
    # (the cue words present, read in C: most windows hold one or two, and only a
    # cue's first word of two is looked for where it stands)
    present = cue_words().intersection(kept)
    singles, pairs = _cue_parts()
    for low in present:
        effect = singles.get(low)
        if effect is not None:
            found.add(effect)
    if not pairs.keys().isdisjoint(present):
        n = len(kept)
        for i, low in enumerate(kept):
            if low in pairs and i + 1 < n:
                effect = pairs[low].get(kept[i + 1])
                if effect is not None:
                    found.add(effect)
    return found


@functools.cache
def _announcing() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases that announce (``modality.tsv``'s "announce" rows) by their last
    word ("announce" of "wishes to announce")."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for key, effect in _cues().items():
        if effect is _ANNOUNCE:
            out.setdefault(key[-1], []).append(key)
    return {last: tuple(phrases) for last, phrases in out.items()}


def _without_announcing(words: list[str]) -> list[str]:
    """``words`` with the words of each announcing phrase blanked: "The board wishes
    to announce the retirement of X" tells the retirement, it wishes nothing."""
    out = list(words)
    phrases = _announcing()
    for i, low in enumerate(words):
        for phrase in phrases.get(low, ()):
            start = i + 1 - len(phrase)
            if start >= 0 and tuple(words[start : i + 1]) == phrase:
                out[start : i + 1] = [""] * len(phrase)
    return out


@functools.cache
def _cue_parts() -> tuple[dict[str, Effect], dict[str, dict[str, Effect]]]:
    """The cues of one word, and those of two by their first word then their second
    (``data/modality.tsv``)."""
    singles: dict[str, Effect] = {}
    pairs: dict[str, dict[str, Effect]] = {}
    for key, effect in _cues().items():
        if effect is _ANNOUNCE:
            continue  # (phrases read by _without_announcing)
        if len(key) == 1:
            singles[key[0]] = effect
        elif len(key) == 2:
            pairs.setdefault(key[0], {})[key[1]] = effect
    return singles, pairs


@functools.cache
def cue_words() -> frozenset[str]:
    """The first words of the cues of one or two words (``data/modality.tsv``): a
    window without any has no effect."""
    return frozenset(
        key[0] for key, effect in _cues().items() if len(key) <= 2 and effect is not _ANNOUNCE
    )


@functools.cache
def plan_words() -> frozenset[str]:
    """The one-word cues of a change to come or of a hedge (``data/modality.tsv``:
    "expected", "plans", "intends", "hopes"): before "to", they make a clause a
    plan, not a thing done."""
    return frozenset(
        key[0] for key, effect in _cues().items()
        if len(key) == 1 and effect in (Effect.FUTURE, Effect.HEDGE)
    )  # fmt: skip


def clause_start(tokens: Sequence[Token], sent_first: int, index: int) -> int:
    """Where the clause that holds ``tokens[index]`` starts (a ; : or 'but' before it)."""
    i = index - 1
    while i >= sent_first:
        if tokens[i].lower in CLAUSE_BREAKS:
            return i + 1
        i -= 1
    return sent_first


def conditional_before(tokens: Sequence[Token], sent_first: int, index: int) -> bool:
    """An 'if', 'unless' or 'whether' earlier in the sentence governs the trigger.

    A relative pronoun after the conditional starts a new, factual clause
    ("If confirmed, Fitch would replace Mercer, who stepped down in January").
    """
    for i in range(index - 1, sent_first - 1, -1):
        low = tokens[i].lower
        if low in RELATIVES:
            return False
        if low in CONDITIONALS:
            return True
    return inverted_conditional(tokens, sent_first, index)


#: Auxiliaries that open a conditional when they open the sentence before their
#: subject: "Should X be forced out, ...", "Were she to resign, ...", "Had he
#: stayed, ...".
INVERTED_CONDITIONALS = frozenset({"should", "were", "had"})
#: Words that may follow an inverted conditional's auxiliary as its subject.
_INVERTED_SUBJECTS = frozenset({"he", "she", "they", "it", "the", "any", "either", "both"})


def inverted_conditional(tokens: Sequence[Token], sent_first: int, index: int) -> bool:
    """'Should Kapoor be forced out, Haddad would step in': the sentence opens with
    an auxiliary then its subject (a name, a pronoun, a determiner): both the
    condition and what would follow it are hypothetical."""
    if index - 1 <= sent_first or tokens[sent_first].lower not in INVERTED_CONDITIONALS:
        return False
    if not tokens[sent_first].text[:1].isupper():
        return False
    subject = tokens[sent_first + 1]
    return subject.lower in _INVERTED_SUBJECTS or (
        subject.text[:1].isupper() and subject.text.isalpha()
    )


#: Words that may stand between a be-form and its participle besides -ly adverbs
#: and the time words of ``data/time_words.txt`` ("was also named", "was later
#: appointed", "was on Wednesday appointed").
_PASSIVE_INSERTS = frozenset(
    {"also", "then", "later", "likewise", "further", "subsequently", "eventually", "now",
     "just", "since", "again", "thus", "on", "last", "this", "week", "today", "yesterday",
     "night", "morning", "afternoon", "evening", ","}
)  # fmt: skip


def is_passive(tokens: Sequence[Token], first: int, trigger: int) -> bool:
    """A be-form shortly before a participle: 'was named', 'has been quickly appointed',
    'was on Wednesday appointed'."""
    i = trigger - 1
    steps = 0
    while i >= first and steps < 4:
        low = tokens[i].lower
        if low in _BE or low in ("get", "got", "gets"):
            return True
        if (
            not low.endswith("ly")
            and low not in _PASSIVE_INSERTS
            and low not in lexicon.words("time_words.txt")
        ):
            return False
        i -= 1
        steps += 1
    return False


def is_progressive(tokens: Sequence[Token], first: int, trigger: int) -> bool:
    i = trigger - 1
    while i >= first and (tokens[i].lower.endswith("ly") or tokens[i].lower in ("both", "also")):
        i -= 1
    return i >= first and tokens[i].lower in _PROGRESSIVE_BE


def _progressive_be(tokens: Sequence[Token], first: int, trigger: int) -> str:
    i = trigger - 1
    while i >= first and (tokens[i].lower.endswith("ly") or tokens[i].lower in ("both", "also")):
        i -= 1
    return tokens[i].lower if i >= first else ""


#: Present forms of "be" of a progressive that tells an arrangement.
_PRESENT_BE = frozenset({"is", "are", "am", "'s", "\u2019s"})
#: Verbs of a post to come after "to" ("is leaving Orbis to join Velt").
_NEXT_POST_VERBS = frozenset({"join", "become", "take", "head", "lead", "run", "succeed"})
#: How far after a departure its "to" + verb of the next post may stand.
_NEXT_POST_REACH = 8


def _next_post_after(tokens: Sequence[Token], trigger: int) -> bool:
    """'to join', 'to become' within a few words after the trigger, in its clause:
    the departure is made for a post to come."""
    end = min(len(tokens) - 1, trigger + _NEXT_POST_REACH)
    for k in range(trigger + 1, end):
        low = tokens[k].lower
        if low in {",", ";", ":", ".", "but", "after", "when"}:
            return False
        if low == "to" and tokens[k + 1].lower in _NEXT_POST_VERBS:
            return True
    return False


def status_of(
    effects: set[Effect], form: str, tokens: Sequence[Token], first: int, trigger: int
) -> Status | None:
    """PAST, FUTURE, or None when the verb group alone does not tell.

    ``effects`` are the cue words before the trigger in its clause (``modality.tsv``),
    ``form`` the trigger's form, ``first`` the sentence's first token. In order:

    - a change in effect as told ("will now serve as") is None: its time decides;
    - a future cue ("will", "is set to", "plans to") makes it FUTURE;
    - a progressive ("is stepping down", "said she was stepping down") tells a
      change under way or arranged: None, its date decides ("is stepping down
      next month" is future; with no time, it is happening: past);
    - a past form is PAST ("resigned", "has stepped down", "was named");
    - a to-infinitive after a departure or vote already made is PAST ("resigned to
      become", "left the bank to join"); any other to-infinitive or modal is FUTURE;
    - the present simple after a subordinator of time ("will be vetted before he
      assumes the post", "when she takes office") is FUTURE;
    - the present simple and nouns: None.
    """
    if _NOW in effects:
        return None
    if _FUTURE in effects:
        return _STATUS_FUTURE
    if form == "ing" and is_progressive(tokens, first, trigger):
        if _progressive_be(tokens, first, trigger) in _PRESENT_BE and _next_post_after(
            tokens, trigger
        ):
            return _STATUS_FUTURE  # "is leaving Orbis to join Velt": arranged, to come
        return None
    if form == "past":
        return _STATUS_PAST
    if form == "base":
        prev = tokens[trigger - 1].lower if trigger > first else ""
        if prev == "to" and _DONE in effects:
            return _STATUS_PAST
        return _STATUS_FUTURE if prev in ("to", "will", "would", "shall") else None
    if form == "s":
        # (a plain loop, no generator: this runs for each present-tense trigger)
        for k in range(max(first, trigger - 4), trigger):
            if tokens[k].lower in TIME_SUBORDINATORS:
                return _STATUS_FUTURE
    return None
