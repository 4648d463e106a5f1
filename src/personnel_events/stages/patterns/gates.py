"""The rules that drop a trigger match, or change the form it is read in, before
any argument is looked for."""

from __future__ import annotations

import functools

import attrs

from ... import lexicon
from ...candidates import Form, Trigger
from ...members import (
    EFFECT_HEDGE,
    EFFECT_NEGATION,
    END,
    FORM_BASE,
    FORM_ING,
    FORM_NOUN,
    FORM_PAST,
    FORM_S,
    FRAME_MUTUAL,
    FRAME_NOUN,
    FRAME_OBJ,
    FRAME_SUBJ,
    START,
)
from ...modality import (
    CLAUSE_BREAKS,
    CONDITIONALS,
    INVERTED_CONDITIONALS,
    Effect,
    clause_start,
    conditional_before,
    cue_words,
    inverted_conditional,
    plan_words,
    window_effects,
)
from ...roles import is_role_word
from ..coref.kinds import is_place_name
from .arguments import object_people
from .context import MatchContext
from .senses import names_charge, object_head
from .triggers import (
    SENSE_PLACEHOLDERS,
    SurfaceForm,
    default_forms,
    false_senses,
    sentence_senses,
)
from .words import (
    AUX_FOR_BASE,
    BACKGROUND_PREPS,
    CONTINUE,
    RAISING,
    RELATIVES_THAT,
    SUCCESSION_WORDS,
    TITLE_REACH,
)


def false_sense(ctx: MatchContext, si: int, lemma: str, last: int) -> bool:
    """The words after the trigger give it another sense ("stepped down from the
    podium", "left Nairobi for Berlin", "took charge of the investigation";
    ``data/false_senses.tsv``), and no words after those give the post's sense
    back ("fired on Sunday" is no shooting)."""
    if last >= ctx.sentences[si].last_token:
        return False  # nothing after the trigger: no words of another sense
    openers = _sense_openers().get(lemma)
    if openers is not None and ctx.lowers[last] not in openers:
        return False  # (most words after a trigger open none of its other senses)
    for sense in false_senses().get(lemma, ()):
        ends = _sense_ends(ctx, si, sense.words, last)
        if ends and not (sense.unless and all(_sense_ends(ctx, si, sense.unless, k) for k in ends)):
            return True
    return False


@functools.cache
def _sense_openers() -> dict[str, frozenset[str] | None]:
    """The words that may open a false sense of each lemma ("from", "up", "for"),
    or None where a placeholder opens one ("<place>" of "left Nairobi for Berlin")."""
    openers: dict[str, frozenset[str] | None] = {}
    for lemma, senses in false_senses().items():
        firsts = [sense.words[0] for sense in senses]
        placeholder = any(word in SENSE_PLACEHOLDERS for alts in firsts for word in alts)
        openers[lemma] = None if placeholder else frozenset().union(*firsts)
    return openers


#: How many words a name of a placeholder may run to ("<name>", "<place>").
_NAME_REACH = 4
#: Words that name a time on their own (besides ``data/time_words.txt``).
_TIME_DEICTICS = frozenset({"today", "yesterday", "tomorrow", "tonight"})
#: Nouns after "the" that name a time ("fired at the weekend", "on the eve of").
_THE_TIMES = frozenset({"weekend", "end", "start", "beginning", "eve", "close", "day", "same"})


def _sense_ends(ctx: MatchContext, si: int, seq: tuple[frozenset[str], ...], k: int) -> list[int]:
    """Where the words ``seq`` of a false sense end when read from token ``k``
    (a placeholder may end at more than one place); empty where they do not fit."""
    ends = [k]
    for alts in seq:
        ends = [e for start in ends for e in _alt_ends(ctx, si, alts, start)]
        if not ends:
            break
    return ends


def _alt_ends(ctx: MatchContext, si: int, alts: frozenset[str], k: int) -> list[int]:
    """Where one element of a false sense read from ``k`` ends: a word of ``alts``,
    or a placeholder's phrase (:data:`~.triggers.SENSE_PLACEHOLDERS`)."""
    limit = ctx.sentences[si].last_token
    if k >= limit:
        return []
    lowers = ctx.lowers
    if lowers[k] in alts:
        return [k + 1]
    if "<thing>" in alts:
        head = object_head(ctx, si, k)  # "the investigation", not "the team" or "Acme"
        return [] if head is None or names_charge(ctx, si, k) else [head + 1]
    if "<time>" in alts:
        return [k + 1] if _opens_time(ctx, k, limit) else []
    if "<name>" in alts or "<place>" in alts:
        run, stop = k, min(limit, k + _NAME_REACH)
        while run < stop and ctx.tokens[run].text[:1].isupper():
            run += 1
        if "<name>" in alts:
            return list(range(k + 1, run + 1))
        return [e for e in range(k + 1, run + 1) if is_place_name(lowers[k:e])]
    return []


def _opens_time(ctx: MatchContext, k: int, limit: int) -> bool:
    """A time starts at token ``k``: "Sunday", "3 March", "today", "the weekend"."""
    low = ctx.lowers[k]
    if low in lexicon.words("time_words.txt") or low in _TIME_DEICTICS or low[:1].isdigit():
        return True
    return low == "the" and k + 1 < limit and ctx.lowers[k + 1] in _THE_TIMES


def adjectival(ctx: MatchContext, si: int, first: int, last: int) -> bool:
    """A participle used as an adjective: after a determiner, maybe an adverb, and
    naming nobody right after it ("the newly appointed CEO Jane Roe" still tells an
    appointment)."""
    sent_first = ctx.sentences[si].first_token
    k = first - 1
    if k > sent_first and ctx.tokens[k].lower.endswith("ly"):
        k -= 1
    if k < sent_first or ctx.tokens[k].lower not in {"a", "an", "the"}:
        return False
    return not any(last <= m.np_first <= last + TITLE_REACH for m in ctx.persons(si))


def _named_successor(ctx: MatchContext, limit: int, last: int) -> bool:
    """'X was named an interim replacement', 'named a successor': the noun after
    the article is one of succession (``SUCCESSION_WORDS``), maybe after one word."""
    words = [t.lower for t in ctx.tokens[last : min(limit, last + 3)]]
    return any(w in SUCCESSION_WORDS for w in words[1:])


def aux_before(ctx: MatchContext, first: int, sent_first: int) -> bool:
    """An auxiliary or "to" within two words before a base form ("will resign")."""
    lowers = ctx.lowers
    for k in range(first - 1, max(sent_first, first - 3) - 1, -1):
        if lowers[k] in AUX_FOR_BASE:
            return True
    return False


#: Verbs whose object takes a bare infinitive ("saw X become", "helped X win");
#: not "made", itself a naming ("made X chief executive").
_BARE_INFINITIVE_VERBS = frozenset({"saw", "see", "sees", "seeing", "watched", "helped", "help"})


def _perceived(ctx: MatchContext, si: int, first: int) -> bool:
    """'The reshuffle saw X become foreign minister': a base form
    right after a person who is the object of a verb taking a bare infinitive."""
    sent_first = ctx.sentences[si].first_token
    for m in ctx.persons(si):
        if m.last_token == first and m.np_first - 1 >= sent_first:
            return ctx.lowers[m.np_first - 1] in _BARE_INFINITIVE_VERBS
    return False


#: Adverbs between a plural subject and its present verb.
_PRESENT_ADVERBS = frozenset({"further", "also", "now", "still", "likewise", "too"})


def plural_subject_before(ctx: MatchContext, si: int, first: int) -> bool:
    """'The nominees include ...', 'The new ministers take office': a present verb
    after a plural noun that a determiner opens; 'Harbor Gulls fire coach X',
    'Harbor FC confirm X as manager': after the name of an organisation (a team
    named by a plural, or a club or a company in British usage)."""
    sent_first = ctx.sentences[si].first_token
    k = first - 1
    while k > sent_first and ctx.tokens[k].lower in _PRESENT_ADVERBS:
        k -= 1  # "The nominees further include ..."
    if k < sent_first:
        return False
    noun = ctx.tokens[k].text
    if noun[:1].isupper():
        # "Harbor Gulls fire coach X"; a club or a company in British usage takes
        # the plural too ("Harbor FC confirm X as manager", "Orbis Bank appoint X")
        return any(m.last_token == k + 1 for m in ctx.orgs(si))
    if k == sent_first:
        return False
    if not (noun.isalpha() and noun.islower() and noun.endswith("s") and not noun.endswith("ss")):
        return False
    return any(
        t.lower in {"the", "these", "those", "its", "their"}
        for t in ctx.tokens[max(sent_first, k - 3) : k]
    )


#: Past forms of "be" that make an expectation one of the past ("who was expected to").
_PAST_BE = frozenset({"was", "were", "been"})


#: Raising verbs of an expectation ("expected", "set", "due"), not "to" or "going".
_EXPECTING = RAISING - {"to", "going"}


def past_expectation(ctx: MatchContext, sent_first: int, first: int) -> bool:
    """'X, who was expected to succeed Y, left': a relative clause tells what was
    once expected of the person, not a change (the sentence tells what happened)."""
    tokens = ctx.tokens
    k = first - 1
    if k >= sent_first and tokens[k].lower == "be":
        k -= 1  # "who was expected to be replaced"
    if k < sent_first or tokens[k].lower != "to":
        return False
    k -= 1
    if k <= sent_first or tokens[k].lower not in _EXPECTING:
        return False
    k -= 1
    while k > sent_first and tokens[k].lower.endswith("ly"):
        k -= 1  # "who was widely expected to"
    if k >= sent_first and tokens[k].lower == "been":
        k -= 1  # "who had been expected to"
        if k < sent_first or tokens[k].lower != "had":
            return False
    elif k < sent_first or tokens[k].lower not in _PAST_BE:
        return False
    return k - 1 >= sent_first and tokens[k - 1].lower in RELATIVES_THAT


def blocked(effects: set[Effect]) -> bool:
    """A denial or a hedge governs the trigger."""
    return EFFECT_NEGATION in effects or EFFECT_HEDGE in effects


def effects_before(ctx: MatchContext, si: int, left: int, first: int) -> set[Effect]:
    """Modality cues between ``left`` (or the clause's start, where it is later:
    a ``left`` before the sentence is its start) and the trigger."""
    sent_first = ctx.sentences[si].first_token
    if (
        sent_first < first
        and not CLAUSE_BREAKS.isdisjoint(ctx.words)  # (no break in most texts)
        and not CLAUSE_BREAKS.isdisjoint(ctx.lowers[sent_first:first])
    ):
        start = max(left, clause_start(ctx.tokens, sent_first, first))
    else:
        # no break before the trigger: one clause (a test, not max(): no call)
        start = left if left > sent_first else sent_first
    if start >= first or cue_words().isdisjoint(ctx.lowers[start:first]):
        return set()  # no cue word in the window
    return window_effects(ctx.tokens, start, first, ctx.lowers)


@attrs.frozen
class Denials:
    """``data/denials.tsv``: the words of each kind (see the file's header)."""

    verbs: frozenset[str]
    reports: frozenset[str]
    complements: frozenset[str]
    intents: frozenset[str]
    false: frozenset[str]
    undo: frozenset[str]
    back: frozenset[str]


#: How many words before a person the verb that governs its infinitive may stand
#: ("called on X to resign", "urged the board to fire X").
GOVERNOR_REACH = 4


def governing_effects(ctx: MatchContext, si: int, np_first: int) -> set[Effect]:
    """Modality cues among the :data:`GOVERNOR_REACH` words before a person whose
    infinitive follows ("called on X to resign", "neither expected X to be
    replaced"), not across a comma: "As reported by Goal, coach X has decided to
    leave" is no report of a hedge."""
    left = max(ctx.sentences[si].first_token, np_first - GOVERNOR_REACH)
    for k in range(np_first - 1, left - 1, -1):
        if ctx.lowers[k] == ",":
            left = k + 1
            break
    return effects_before(ctx, si, left, np_first) if left < np_first else set()


@functools.cache
def _denials() -> Denials:
    """``data/denials.tsv``, read and checked once."""
    kinds: dict[str, set[str]] = {
        "verb": set(),
        "report": set(),
        "complement": set(),
        "intent": set(),
        "false": set(),
        "undo": set(),
        "back": set(),
    }
    for row in lexicon.rows("denials.tsv"):
        if len(row.cells) < 2 or row.cells[1] not in kinds:
            raise row.error(f"expected 2 tab-separated columns: word, {'|'.join(kinds)}")
        kinds[row.cells[1]].add(row.cells[0].lower())
    return Denials(
        verbs=frozenset(kinds["verb"]),
        reports=frozenset(kinds["report"]),
        complements=frozenset(kinds["complement"]),
        intents=frozenset(kinds["intent"]),
        false=frozenset(kinds["false"]),
        undo=frozenset(kinds["undo"]),
        back=frozenset(kinds["back"]),
    )


#: How far before a trigger a denied report may stand, in tokens.
DENIAL_REACH = 12
#: How far before a trigger "no intention" may stand, in tokens.
INTENT_REACH = 20


def denied_report(ctx: MatchContext, si: int, first: int) -> bool:
    """'denied reports that she would quit', 'denied that she would resign',
    'had no intention of giving in by handing in his resignation': the trigger is
    in what is denied."""
    denials, has_false, has_verbs, has_intents = _denials_in(ctx.words)
    sent_first = ctx.sentences[si].first_token
    lowers = ctx.lowers
    # (C-level set tests on the window first: most triggers have no denial near)
    if (
        has_false
        and not denials.reports.isdisjoint(lowers[max(sent_first, first - DENIAL_REACH) : first])
        and _report_called_false(ctx, denials, si, first)
    ):
        return True
    if (
        has_verbs
        and not denials.verbs.isdisjoint(lowers[max(sent_first, first - DENIAL_REACH - 3) : first])
        and _denied_clause(ctx, denials, sent_first, first)
    ):
        return True
    if not has_intents:
        return False
    # (a test, not max(): most texts that hold "no" ask this of every trigger)
    start = first - INTENT_REACH if first - INTENT_REACH > sent_first else sent_first
    return "no" in lowers[start:first] and _no_intent_before(ctx, denials, sent_first, first)


@functools.lru_cache(maxsize=1)  # (one text's: each of its triggers asks)
def _denials_in(words: frozenset[str]) -> tuple[Denials, bool, bool, bool]:
    """:func:`_denials` with what a text's words (``words``) let
    :func:`denied_report` find, read once per text, not once per trigger: a word
    that calls a report false, a verb of denying, "no" with a word of intending."""
    denials = _denials()
    return (
        denials,
        not denials.false.isdisjoint(words),
        not denials.verbs.isdisjoint(words),
        "no" in words and not denials.intents.isdisjoint(words),
    )


def _denied_clause(ctx: MatchContext, denials: Denials, sent_first: int, first: int) -> bool:
    """A verb of denying before the trigger, within :data:`DENIAL_REACH`, with a
    report noun or a complement word right after it (up to three words before
    the report: "dismissed the speculation that")."""
    lowers = ctx.lowers
    start = max(sent_first, first - DENIAL_REACH)
    for k in range(first - 1, start - 1, -1):
        low = lowers[k]
        if low in denials.reports and k > sent_first:
            return any(lowers[j] in denials.verbs for j in range(max(sent_first, k - 3), k))
        if (
            low in denials.complements
            and k > sent_first
            and lowers[k - 1] in denials.verbs
            and not _PLANNED.isdisjoint(lowers[k + 1 : first])
        ):
            # "denied that she would resign"; not "denied that he was forced out",
            # which says how a change already made was made
            return True
    return False


#: Words that make what a denial's clause says a plan, not a thing done.
_PLANNED = frozenset({"would", "will", "to", "going", "planned", "plans", "intended", "intends"})


#: Forms of "be" that call a report false ("were false", "is untrue").
_CALLED = frozenset({"is", "are", "was", "were", "been", "be", "proved", "proven"})


def _report_called_false(ctx: MatchContext, denials: Denials, si: int, first: int) -> bool:
    """'Reports that X had resigned were false', 'Rumours that she will quit are
    baseless': a report noun opens the sentence's subject before the trigger
    (within :data:`DENIAL_REACH`, with "that" after it) and "be" + a word of
    falsity follows the trigger in the sentence."""
    lowers = ctx.lowers
    sent = ctx.sentences[si]
    start = max(sent.first_token, first - DENIAL_REACH)
    if not any(
        lowers[k] in denials.reports and lowers[k + 1] == "that" for k in range(start, first - 1)
    ):
        return False
    return any(
        lowers[k] in denials.false and lowers[k - 1] in _CALLED
        for k in range(first + 1, sent.last_token)
    )


def undone_post(ctx: MatchContext, si: int, first: int, trig: Trigger) -> bool:
    """'relieved of his appointment as MD', 'revoked the appointment of X': a noun
    of a START that a word of ending governs (an END trigger's verb, or a word of
    ``denials.tsv``'s "undo"), past "of" and a determiner: the post ends; 'withdrew
    his resignation', 'rescinded the nomination of X': a noun of any change that a
    word of "back" governs is taken back."""
    lowers = ctx.lowers
    k = first - 1
    sent_first = ctx.sentences[si].first_token
    while k > sent_first and lowers[k] in _NOUN_OPENERS:
        k -= 1
    if k < sent_first or k == first - 1:
        return False  # (the noun right after a verb is its own: "the appointment")
    denials = _denials()
    if lowers[k] in denials.back:
        return True  # "withdrew his resignation": taken back, whatever the change
    return trig.type is START and (lowers[k] in denials.undo or lowers[k] in _ending_verbs())


#: Words between a verb and the noun it governs: "of his", "the".
_NOUN_OPENERS = frozenset({"of", "his", "her", "their", "its", "the", "a", "an", "this"})


@functools.cache
def _ending_verbs() -> frozenset[str]:
    """The one-word forms of the END triggers ("relieved", "terminated")."""
    return frozenset(
        surface.words[0]
        for surfaces in default_forms().values()
        for surface in surfaces
        if len(surface.words) == 1
        and surface.trigger.type is END
        and surface.trigger.frame is not FRAME_NOUN
    )


def _no_intent_before(ctx: MatchContext, denials: Denials, sent_first: int, first: int) -> bool:
    """'no intention of', 'no plans to' before the trigger, with no comma or
    clause break between (within :data:`INTENT_REACH`)."""
    lowers = ctx.lowers
    for k in range(first - 1, max(sent_first, first - INTENT_REACH) - 1, -1):
        low = lowers[k]
        if low == "," or low in CLAUSE_BREAKS:
            return False
        if low in denials.intents and k > sent_first and lowers[k - 1] == "no":
            return True
    return False


def _parted_with_person(ctx: MatchContext, si: int, trig: Trigger, last: int) -> bool:
    """'appointed X as caretaker after parting company with Y': a mutual parting
    with the person after "with" tells Y's change, as "after sacking Y" does."""
    return (
        trig.frame is FRAME_MUTUAL
        and last < ctx.sentences[si].last_token
        and ctx.lowers[last] == "with"
        and bool(object_people(ctx, si, last + 1))
    )


#: Words after which a translation writes a base form for a past participle.
_TRANSLATED_PERFECT = frozenset({"has", "have", "been", "is", "are", "was", "were"})
#: Words after which a verb's base form is a noun ("as chair", "the head").
_NOUN_BEFORE = frozenset({"as", "the", "a", "an", "its", "his", "her", "their", "our", "of"})


def _translated_perfect(ctx: MatchContext, sent_first: int, first: int) -> bool:
    """A form of "have" or "be" right before a base form, maybe past an adverb:
    "has hire", "has officially take the office", "is replace by"."""
    k = first - 1
    if k > sent_first and ctx.lowers[k].endswith("ly"):
        k -= 1
    return ctx.lowers[k] in _TRANSLATED_PERFECT


@functools.cache
def _past_surfaces() -> frozenset[tuple[str, ...]]:
    """The words of the past forms of the packaged triggers ("quit", "put forward"),
    which a base form may share."""
    return frozenset(
        surface.words
        for surfaces in default_forms().values()
        for surface in surfaces
        if surface.form is FORM_PAST
    )


def _bare_after_subject(ctx: MatchContext, si: int, first: int) -> bool:
    """'The new CEO of the board, Eng. X assume office on Monday': a base form right
    after a person who opens the sentence or follows a comma (no verb governs
    the person: "made X resign", "saw X become" do), a translation's tense."""
    sent_first = ctx.sentences[si].first_token
    return any(
        m.last_token == first and (m.np_first == sent_first or ctx.lowers[m.np_first - 1] == ",")
        for m in ctx.persons(si)
    )


def admit(ctx: MatchContext, si: int, first: int, last: int, surface: SurfaceForm) -> Form | None:
    """The form a match is read in, or None when a gate drops it."""
    tokens = ctx.tokens
    sent = ctx.sentences[si]
    trig = surface.trigger
    form = surface.form
    if (
        trig.lemma in false_senses()  # (most triggers have no other sense)
        and false_sense(ctx, si, trig.lemma, last)
    ) and not (
        # "released a statement" is another sense; "released his coach X" is not
        trig.frame is FRAME_OBJ
        and (object_people(ctx, si, last) or _named_successor(ctx, sent.last_token, last))
    ):
        return None
    if form is FORM_NOUN:
        return None if denied_report(ctx, si, first) or undone_post(ctx, si, first, trig) else form
    if form is FORM_BASE and first > sent.first_token and tokens[first - 1].lower in _NOUN_BEFORE:
        return None  # "to quit as chair of X", "the head of X": a noun, not the verb
    if (
        form is FORM_BASE
        and first > sent.first_token
        and _translated_perfect(ctx, sent.first_token, first)
        and not trig.future_only
        and not is_role_word(tokens[first])  # "X is head of the agency": a title
    ):
        # "Veltrix has hire X as CTO", "X has been resign", "X is replace by Y": a
        # translation's perfect or passive
        form = FORM_PAST
    if (
        form is FORM_BASE
        and surface.words[:2] != ("not", "to")  # "chose not to renew ...": an infinitive
        and not aux_before(ctx, first, sent.first_token)
        and not plural_subject_before(ctx, si, first)
        and not _perceived(ctx, si, first)
    ):
        if (
            trig.frame is not FRAME_SUBJ
            or trig.future_only
            or surface.words in _past_surfaces()  # "X quit as CEO": the past form reads it
            or not _bare_after_subject(ctx, si, first)
        ):
            return None
        form = FORM_S  # "X assume office on Monday": a translation's tense, the date decides
    if form is FORM_PAST and adjectival(ctx, si, first, last):
        return None  # "a retired principal", "the recently departed founder"
    if (
        first - 2 >= sent.first_token
        and tokens[first - 1].lower == "to"
        and tokens[first - 2].lower in CONTINUE
    ):
        return None  # "will continue to serve as CAO": carrying on is no change
    if trig.future_only and form is not FORM_BASE:
        return None
    if (
        form is FORM_ING
        and first > sent.first_token
        and tokens[first - 1].lower in BACKGROUND_PREPS
        and trig.frame is not FRAME_OBJ
        and not _parted_with_person(ctx, si, trig, last)
        and first - 1 > sent.first_token
    ):
        # "before joining the office": the subject's background, not news; but
        # "a week after sacking Graham Pratt" tells of Pratt's change, and a
        # sentence that opens with it tells a step of a career ("After joining
        # the ministry in 1990, X held ...")
        return None
    if (
        not CONDITIONALS.isdisjoint(ctx.words)
        and not CONDITIONALS.isdisjoint(ctx.lowers[sent.first_token : first])
        and conditional_before(tokens, sent.first_token, first)
    ) or (
        ctx.lowers[sent.first_token] in INVERTED_CONDITIONALS
        and inverted_conditional(tokens, sent.first_token, first)
    ):
        return None
    if ctx.lowers[first - 1] in {"be", "to"} and past_expectation(ctx, sent.first_token, first):
        return None  # (an expectation ends in "to" or "to be": most words before are neither)
    if denied_report(ctx, si, first):
        return None
    if "but" in ctx.words and _taken_back(ctx, si, first, last):
        return None
    other_sense = sentence_senses().get(trig.lemma)
    if other_sense is not None and not other_sense.isdisjoint(
        ctx.lowers[sent.first_token : sent.last_token]
    ):
        return None  # "will return to the bench after a heart procedure": back from an absence
    return form


#: How many words after "but" may hold the word that takes a plan back.
RETRACTION_REACH = 8
#: Words that make the taking back itself only possible.
_MAYBE = frozenset({"could", "may", "might", "would", "should", "if"})
#: Words of intending, on top of modality's plan words, that make a change a plan.
_INTENDING = frozenset({"intention", "intentions", "signalled", "signaled", "announced"})


@functools.cache
def _retractions() -> frozenset[str]:
    return lexicon.words("retractions.txt")


def _taken_back(ctx: MatchContext, si: int, first: int, last: int) -> bool:
    """'had planned to retire in May but agreed to stay on': a change only
    planned (a plan word before the trigger in its clause) that a later "but"
    clause of the sentence takes back (``data/retractions.txt``)."""
    lowers = ctx.lowers
    sent = ctx.sentences[si]
    try:
        but = lowers.index("but", last, sent.last_token)
    except ValueError:
        return False
    after = lowers[but + 1 : min(sent.last_token, but + 1 + RETRACTION_REACH)]
    if _retractions().isdisjoint(after) or not _MAYBE.isdisjoint(after):
        return False  # (not "but could stay on if asked": the plan holds)
    before = lowers[clause_start(ctx.tokens, sent.first_token, first) : first]
    return not (plan_words().isdisjoint(before) and _INTENDING.isdisjoint(before))
