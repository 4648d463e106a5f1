"""Role-pattern matching: trigger words -> frames -> person, role and organisation.

Triggers come from ``data/triggers.tsv`` (verbs) and ``data/nominal_triggers.tsv``
(nouns). Each verb has a frame that says where the person stands:

``subj``  the subject changes post ("X resigned", "X will join Acme as CTO");
``obj``   the object does ("the board fired X"); in the passive, the subject
          ("X was named CEO");
``succ``  the subject starts and the object ends ("X replaces Y as CEO"); in the
          passive the other way round ("Y will be succeeded by X").

Nouns take their person from a possessive ("her resignation", "Sanders'
departure") or an of-phrase ("the appointment of X as CFO").

A match is dropped when the words before it deny or hedge it ("has no plans to
resign", "calls for him to step down"), when a conditional governs it, when the
sentence is a question, or when the words after it give the trigger another
sense ("stepped down from the podium"; ``data/false_senses.tsv``).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import attrs

from .. import lexicon
from ..document import UNDETERMINED_STATUS, Document
from ..modality import (
    Effect,
    clause_start,
    conditional_before,
    is_passive,
    status_of,
    window_effects,
)
from ..model import EntityLabel, Event, EventType, Mention, MentionKind, Status
from ..names import GOVERNMENT_NOUNS, is_capitalised, possessive_after
from ..roles import Role, role_after

_BACKGROUND_PREPS = frozenset({"before", "after", "since", "upon", "without", "of", "for"})
_AUX_FOR_BASE = frozenset(
    {
        "to",
        "will",
        "would",
        "shall",
        "may",
        "might",
        "could",
        "can",
        "must",
        "should",
        "did",
        "does",
        "do",
        "not",
        "n't",
        "'ll",
        "cannot",
    }
)
_ASIDE_MAX = 30
#: Words that open a subordinate clause: a passive verb after one has its own subject.
_SUBORDINATORS = frozenset({"until", "before", "after", "when", "once", "unless", "while"})
_SUBJECT_AUX = frozenset(
    {"was", "were", "is", "are", "has", "have", "had", "been", "be", "will", "would", "also"}
)
#: Finite auxiliaries that start a verb phrase: "X was named ... and was sworn in".
_FINITE_AUX = frozenset({"was", "were", "is", "are", "has", "have", "had", "will", "would"})
#: Words between a subject and its verb: "X, the spokesman, is expected to leave".
_RAISING = frozenset(
    {"expected", "set", "due", "likely", "to", "poised", "slated", "scheduled", "going", "about"}
)
#: Words after "her" that show it is the object ("fired her on Monday").
_NOT_NOUNS = frozenset(
    {
        "as",
        "on",
        "in",
        "at",
        "for",
        "to",
        "after",
        "before",
        "and",
        "with",
        "from",
        "by",
        "over",
        "last",
        "this",
        "yesterday",
        "today",
        "because",
        "when",
        "but",
        "or",
    }
)
#: How many words a title may take between a participle and the name it describes.
_TITLE_REACH = 4
_CONTINUE = frozenset({"continue", "continues", "continued", "continuing"})
_RELATIVES = frozenset({"who", "which", "that", "whom"})
#: How far past a person an aside may run before the post: "X, <aside>, as CEO".
_ASIDE_REACH = 30
_POST_NOUNS = frozenset(
    {
        "post",
        "position",
        "job",
        "role",
        "office",
        "seat",
        "duties",
        "tasks",
        "presidency",
        "chairmanship",
        "premiership",
        "chancellorship",
        "directorship",
        "helm",
        "reins",
    }
)
_BE_FORMS = frozenset({"was", "were", "is", "are", "been", "be"})
_ANNOUNCE = frozenset(
    {
        "announced",
        "announces",
        "announce",
        "announcing",
        "submitted",
        "tendered",
        "presented",
        "handed",
        "confirmed",
        "offered",
    }
)
_NOUN_ADJECTIVES_MAX = 2
_SUCCESSION_WORDS = frozenset(
    {
        "successor",
        "succeed",
        "succeeds",
        "succeeded",
        "succeeding",
        "replace",
        "replaces",
        "replaced",
        "replacing",
        "replacement",
        "predecessor",
    }
)
_BOARD_MEMBERS = frozenset({"directors", "trustees", "governors", "regents", "management"})
_GENERIC_ORGS = frozenset(
    {
        "company",
        "bank",
        "firm",
        "club",
        "group",
        "board",
        "university",
        "team",
        "agency",
        "department",
        "ministry",
        "network",
        "paper",
        "organization",
        "organisation",
        "museum",
        "school",
        "college",
    }
)


@attrs.frozen
class Trigger:
    """One trigger word or phrase from the lexicon."""

    lemma: str
    type: EventType
    frame: str  # subj, obj, succ, noun
    reason: str
    needs_post: bool = False
    #: Only a change when told of the future ("will serve as"); "has served as" is tenure.
    future_only: bool = False
    #: A selection that is a NOMINATE where the text speaks of confirmation.
    nominates_if_confirmed: bool = False


@attrs.frozen
class _Form:
    words: tuple[str, ...]
    trigger: Trigger
    form: str  # base, s, past, ing, noun


def _inflect(lemma: str, extra: Sequence[str]) -> list[tuple[str, str]]:
    """Surface forms of a verb (first word inflected), with their kind."""
    first, *rest = lemma.split()
    tail = (" " + " ".join(rest)) if rest else ""
    kinds: dict[str, list[str]] = {"base": [first], "s": [], "past": [], "ing": []}
    given: dict[str, list[str]] = {"s": [], "past": [], "ing": []}
    for form in extra:
        head = form.split()[0]
        if head.endswith("ing"):
            given["ing"].append(head)
        elif head.endswith("s") and not head.endswith("ss") and head != first:
            given["s"].append(head)
        else:
            given["past"].append(head)
    if first.endswith(("s", "x", "z", "ch", "sh")):
        kinds["s"].append(first + "es")
    elif first.endswith("y") and first[-2:-1] not in "aeiou":
        kinds["s"].append(first[:-1] + "ies")
    else:
        kinds["s"].append(first + "s")
    if first.endswith("e"):
        kinds["past"].append(first + "d")
        kinds["ing"].append(first[:-1] + "ing" if not first.endswith("ee") else first + "ing")
    elif first.endswith("y") and first[-2:-1] not in "aeiou":
        kinds["past"].append(first[:-1] + "ied")
        kinds["ing"].append(first + "ing")
    else:
        kinds["past"].append(first + "ed")
        kinds["ing"].append(first + "ing")
    for kind, forms in given.items():
        if forms:
            kinds[kind] = forms
    out = []
    for kind, forms in kinds.items():
        for f in forms:
            out.append((f + tail, kind))
    return out


@functools.cache
def _default_forms() -> dict[str, tuple[_Form, ...]]:
    return build_forms(lexicon.table("triggers.tsv"), lexicon.table("nominal_triggers.tsv"))


def build_forms(
    verbs: Sequence[Sequence[str]], nouns: Sequence[Sequence[str]]
) -> dict[str, tuple[_Form, ...]]:
    """Index trigger surface forms by their first word (longest phrases first)."""
    index: dict[str, list[_Form]] = {}
    for row in verbs:
        lemma, type_, frame, reason = row[0].lower(), row[1], row[2], row[3]
        flags = set(row[4].split(",")) if len(row) > 4 else set()
        needs = "post" in flags
        extra = [f.strip().lower() for f in row[5].split(",")] if len(row) > 5 and row[5] else []
        trig = Trigger(
            lemma, EventType(type_), frame, reason, needs, "future" in flags, "confirm" in flags
        )
        for surface, kind in _inflect(lemma, extra):
            words = tuple(surface.split())
            index.setdefault(words[0], []).append(_Form(words, trig, kind))
    for row in nouns:
        noun, type_, reason = row[0].lower(), row[1], row[2]
        flags = set(row[3].split(",")) if len(row) > 3 else set()
        trig = Trigger(noun, EventType(type_), "noun", reason, "post" in flags)
        words = tuple(noun.split())
        index.setdefault(words[0], []).append(_Form(words, trig, "noun"))
    return {k: tuple(sorted(v, key=lambda f: -len(f.words))) for k, v in index.items()}


@functools.cache
def _false_senses() -> dict[str, tuple[tuple[frozenset[str], ...], ...]]:
    out: dict[str, list[tuple[frozenset[str], ...]]] = {}
    for row in lexicon.table("false_senses.tsv"):
        lemma, follow = row[0].lower(), row[1].lower()
        seq = tuple(frozenset(alt.split("|")) for alt in follow.split())
        out.setdefault(lemma, []).append(seq)
    return {k: tuple(v) for k, v in out.items()}


@attrs.define
class _Found:
    """An event under construction."""

    type: EventType
    mention: Mention
    role: str | None
    org: str | None
    status: Status | None
    sentence: int
    trigger_first: int
    trigger_last: int
    trigger: Trigger
    rule: str
    confidence: float
    post_named: bool = False  # "leave her post": the words name a post without a title


class PatternStage:
    """Fills ``events`` (without dates; the date stage adds them)."""

    name = "patterns"
    requires: tuple[str, ...] = ("tokens", "sentences", "mentions", "entities")
    provides: tuple[str, ...] = ("events",)

    def __init__(
        self,
        verbs: Sequence[Sequence[str]] | None = None,
        nouns: Sequence[Sequence[str]] | None = None,
    ) -> None:
        """Use the packaged trigger lexicons, or rows in the same columns as
        ``data/triggers.tsv`` and ``data/nominal_triggers.tsv``."""
        if verbs is None and nouns is None:
            self._forms = _default_forms()
        else:
            self._forms = build_forms(
                verbs if verbs is not None else lexicon.table("triggers.tsv"),
                nouns if nouns is not None else lexicon.table("nominal_triggers.tsv"),
            )

    def __call__(self, doc: Document) -> Document:
        ctx = _Context(doc)
        found: list[_Found] = []
        for si, sent in enumerate(doc.sentences):
            if doc.tokens[sent.last_token - 1].text == "?":
                continue  # questions ask, they do not tell
            i = sent.first_token
            while i < sent.last_token:
                step = 1
                low = doc.tokens[i].lower
                for form in self._forms.get(low, ()):
                    n = len(form.words)
                    if i + n > sent.last_token:
                        continue
                    if any(doc.tokens[i + k].lower != form.words[k] for k in range(1, n)):
                        continue
                    new = ctx.match(si, i, i + n, form)
                    if new is not None:
                        found.extend(new)
                        step = n
                        break
                i += step
        doc.events, undetermined = ctx.finish(found)
        doc.extras[UNDETERMINED_STATUS] = undetermined
        return doc


class _Context:
    """Per-document state for matching: mention indexes and fallbacks."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.tokens = doc.tokens
        self.persons_by_sentence: dict[int, list[Mention]] = {}
        self.orgs_by_sentence: dict[int, list[Mention]] = {}
        for m in doc.mentions:
            if m.entity is None:
                continue
            label = doc.entities[m.entity].label
            target = (
                self.persons_by_sentence if label is EntityLabel.PERSON else self.orgs_by_sentence
            )
            target.setdefault(m.sentence, []).append(m)
        # Only people at the top of a noun phrase act: "Kamala Harris" inside
        # "Sanders, senior adviser for Deputy President Kamala Harris," does not.
        for si, ms in self.persons_by_sentence.items():
            self.persons_by_sentence[si] = [
                m
                for m in ms
                if not any(
                    o is not m
                    and o.kind is MentionKind.NAME
                    and o.np_first <= m.first_token
                    and m.last_token <= o.np_last
                    and not (o.first_token <= m.first_token < o.last_token)
                    for o in ms
                )
            ]
        self._default_org: str | bool | None = False
        # Dependents of each token, where a backend parsed the text.
        self.children: dict[int, list[int]] = {}
        for k, tok in enumerate(doc.tokens):
            if tok.head is not None:
                self.children.setdefault(tok.head, []).append(k)
        self._roles: dict[int, tuple[str | None, str | None]] = {}
        self._confirmation: bool | None = None
        self._parties: frozenset[str] | None = None
        #: Names that act as organisations without a word saying so ("The Harbor
        #: Gulls fired ..."), in reading order.
        self._agents: list[str] = []

    # -- matching --------------------------------------------------------------------

    def match(self, si: int, first: int, last: int, form: _Form) -> list[_Found] | None:
        tokens = self.tokens
        sent = self.doc.sentences[si]
        trig = form.trigger
        if self._false_sense(trig.lemma, last, sent.last_token) and not (
            # "released a statement" is another sense; "released his coach X" is not
            trig.frame == "obj" and self._object(si, last)
        ):
            return None
        if form.form == "noun":
            if first > sent.first_token and tokens[first - 1].lower in _BE_FORMS:
                # "Wrobel was dismissal by the Prime Minister": a garbled passive
                return self._passive(si, first, last, form)
            return self._noun(si, first, last, form)
        if (
            form.form == "base"
            and first > sent.first_token
            and tokens[first - 1].lower in ("has", "have")
            and not trig.future_only
        ):
            # "Veltrix has hire X as CTO": a translation's perfect, a past change
            form = attrs.evolve(form, form="past")
        if form.form == "base" and not self._aux_before(first, sent.first_token):
            return None
        if form.form == "past" and self._adjectival(si, first, last):
            return None  # "a retired principal", "the recently departed founder"
        if (
            first - 2 >= sent.first_token
            and tokens[first - 1].lower == "to"
            and tokens[first - 2].lower in _CONTINUE
        ):
            return None  # "will continue to serve as CAO": carrying on is no change
        if trig.future_only and form.form != "base":
            return None
        if (
            form.form == "ing"
            and first > sent.first_token
            and tokens[first - 1].lower in _BACKGROUND_PREPS
            and trig.frame != "obj"
        ):
            # "before joining the office": the subject's background, not news; but
            # "a week after sacking Graham Pratt" tells of Pratt's change
            return None
        if conditional_before(tokens, sent.first_token, first):
            return None
        passive = form.form == "past" and is_passive(tokens, sent.first_token, first)
        if trig.frame == "subj":
            return self._subj(si, first, last, form)
        if trig.frame == "obj":
            if passive:
                return self._passive(si, first, last, form)
            return self._obj(si, first, last, form) or self._headline_passive(si, first, last, form)
        if trig.frame == "succ":
            return self._succession(si, first, last, form, passive)
        return None

    def _false_sense(self, lemma: str, last: int, limit: int) -> bool:
        for seq in _false_senses().get(lemma, ()):
            if last + len(seq) <= limit and all(
                self.tokens[last + k].lower in alts for k, alts in enumerate(seq)
            ):
                return True
        return False

    def _adjectival(self, si: int, first: int, last: int) -> bool:
        """A participle used as an adjective: after a determiner, maybe an adverb,
        and naming nobody right after it ("the newly appointed CEO Jane Roe" still
        tells an appointment)."""
        sent_first = self.doc.sentences[si].first_token
        k = first - 1
        if k > sent_first and self.tokens[k].lower.endswith("ly"):
            k -= 1
        if k < sent_first or self.tokens[k].lower not in ("a", "an", "the"):
            return False
        return not any(
            last <= m.np_first <= last + _TITLE_REACH for m in self.persons_by_sentence.get(si, [])
        )

    def _aux_before(self, first: int, sent_first: int) -> bool:
        for k in range(first - 1, max(sent_first, first - 3) - 1, -1):
            if self.tokens[k].lower in _AUX_FOR_BASE:
                return True
        return False

    def _blocked(self, effects: set[Effect]) -> bool:
        return Effect.NEGATION in effects or Effect.HEDGE in effects

    def _window(self, si: int, left: int, first: int) -> set[Effect]:
        sent = self.doc.sentences[si]
        start = max(left, clause_start(self.tokens, sent.first_token, first))
        return window_effects(self.tokens, start, first)

    # -- people around a trigger ---------------------------------------------------------

    def _dep_people(self, si: int, head: int, relations: tuple[str, ...]) -> list[Mention] | None:
        """People a backend's dependency parse attaches to ``head`` by one of
        ``relations`` (with their conjuncts); None when the text has no parse or the
        relation is not there, so the caller falls back to word order."""
        if not self.children:
            return None
        persons = self.persons_by_sentence.get(si, [])
        found: list[Mention] = []
        for k in self.children.get(head, ()):
            if self.tokens[k].deprel not in relations:
                continue
            for j in (k, *(c for c in self.children.get(k, ()) if self.tokens[c].deprel == "conj")):
                for m in persons:
                    if m.first_token <= j < m.last_token and m not in found:
                        found.append(m)
        return found or None

    def _subject(self, si: int, first: int) -> list[Mention]:
        """The person (or coordinated people) before the trigger."""
        dep = self._dep_people(si, first, ("nsubj", "nsubj:pass"))
        if dep is not None:
            return dep
        cands = [m for m in self.persons_by_sentence.get(si, []) if m.np_last <= first]
        cands = [m for m in cands if not m.possessor or m.kind is MentionKind.PRONOUN]
        if not cands:
            return []
        head = self._appositive_subject(si, first, cands) or cands[-1]
        shared = self._shared_subject_verb(si, head.np_last, first)
        if shared is not None:
            return self._subject(si, shared)
        if self._crosses_verb(head.np_last, first):
            return []
        if head.np_first > 0 and self.tokens[head.np_first - 1].lower == "by":
            return []  # "a defeat by X left them 11th": X acts in a phrase, not the clause
        out = [head]
        # Coordination: "X, the A, and Y, the B, will both be leaving"; a bare comma
        # joins only a list that an "and" closes ("X, Y and Z").
        idx = cands.index(head) if head in cands else len(cands) - 1
        closed = False
        while idx > 0:
            prev = cands[idx - 1]
            gap = [t.lower for t in self.tokens[prev.np_last : out[0].np_first]]
            if gap in (["and"], [",", "and"], [","], ["&"]):
                closed = closed or gap != [","]
                out.insert(0, prev)
                idx -= 1
                continue
            break
        if not closed:
            out = [head]
        return out

    def _shared_subject_verb(self, si: int, start: int, first: int) -> int | None:
        """'X was named to succeed Y and was due to be sworn in': the second verb's
        subject is the first one's. Returns the first verb's auxiliary, where the
        words before the trigger join it with "and" and an auxiliary."""
        tokens = self.tokens
        joint = next(
            (
                k
                for k in range(start, first - 1)
                if tokens[k].lower == "and" and tokens[k + 1].lower in _FINITE_AUX
            ),
            None,
        )
        if joint is None:
            return None
        sent_first = self.doc.sentences[si].first_token
        for k in range(sent_first + 1, min(joint, start)):
            if tokens[k].lower in _FINITE_AUX and tokens[k - 1].lower not in _RELATIVES:
                return k  # not "who has been" inside an aside
        return None

    def _appositive_subject(self, si: int, first: int, cands: list[Mention]) -> Mention | None:
        """'X, a former Acme banker who has advised Y, was named ...': the person before
        a comma-enclosed aside, not a name inside it; but in 'A friend of Y, X,
        resigned' the name between the commas is the subject."""
        sent_first = self.doc.sentences[si].first_token
        k = first - 1
        while k > sent_first and (
            self.tokens[k].lower in _SUBJECT_AUX or self.tokens[k].lower in _RAISING
        ):
            k -= 1
        if k <= sent_first or self.tokens[k].text != ",":
            return None
        opening = k - 1
        while opening > sent_first and self.tokens[opening].text not in (",", ";", ":"):
            opening -= 1
        if self.tokens[opening].text != "," or k - opening > _ASIDE_MAX:
            return None
        for m in cands:
            if m.first_token == opening + 1 and m.last_token >= k - 1:
                return m  # a name between the commas
        for m in reversed(cands):
            if m.last_token == opening or m.np_last in (opening, opening + 1):
                return m  # the name before the aside
        # "X, a former adviser, replaces Y as minister, taking over ...": the participle's
        # subject is the clause's, the first name followed by a comma
        for m in reversed(cands):
            if m.np_last >= k:
                continue
            gap = self.tokens[m.np_last : k]
            if len(gap) > _ASIDE_MAX or any(t.text in (";", ":") for t in gap):
                return None
            if len(gap) > 1 and gap[0].text == ",":
                return m
        return None

    def _crosses_verb(self, start: int, end: int) -> bool:
        """A finite clause between the subject and the trigger ("X said Y ...")."""
        for k in range(start, end):
            low = self.tokens[k].lower
            if low in ("said", "says", "told", "announced", "that", "reported"):
                return True
        return False

    def _object(self, si: int, last: int) -> list[Mention]:
        """The person (or coordinated people) right after the trigger."""
        # "to fire his advisers": "his" is no object; "released his head trainer X" is X
        persons = [
            m
            for m in self.persons_by_sentence.get(si, [])
            if m.np_first >= last and not (m.kind is MentionKind.PRONOUN and self._determiner(m))
        ]
        if not persons:
            return []
        head = persons[0]
        k = last
        while k < head.np_first and self.tokens[k].lower in (
            "the",
            "its",
            "their",
            "his",
            "her",
            "as",
            "former",
            "longtime",
        ):
            k += 1
        if k != head.np_first:
            # "fired Secretary of State Walter Brooks": a title the name rules split off
            title = role_after(self.doc.text, self.tokens, k, head.first_token)
            if title is None or title.last != head.first_token:
                return []
        out = [head]
        for nxt in persons[1:]:
            gap = [t.lower for t in self.tokens[out[-1].np_last : nxt.np_first]]
            if gap in (["and"], [",", "and"], [","], ["&"]):
                out.append(nxt)
                continue
            break
        return out

    def _determiner(self, pronoun: Mention) -> bool:
        """'his', 'their', and 'her' before a noun: a possessive, not a person object."""
        low = self.tokens[pronoun.first_token].lower
        if low in ("his", "their", "its"):
            return True
        k = pronoun.last_token
        if low != "her" or k >= len(self.tokens):
            return False
        nxt = self.tokens[k]
        return nxt.text.isalpha() and nxt.text.islower() and nxt.lower not in _NOT_NOUNS

    def _role_after(self, si: int, start: int, person_type: EventType) -> Role | None:
        """A role named after the trigger or its object: 'as X', 'to X', 'to be X', 'X'."""
        tokens = self.tokens
        limit = self.doc.sentences[si].last_token
        text = self.doc.text
        k = self._after_aside(start, limit)
        # Skip a few filler words: "down", "to a second term", adverbs.
        for _ in range(10):
            if k >= limit:
                return None
            low = tokens[k].lower
            if low == "as" or (low == "of" and k > start and tokens[k - 1].lower in _POST_NOUNS):
                return role_after(text, tokens, k + 1, limit)
            if low == "to":
                nxt = tokens[k + 1].lower if k + 1 < limit else ""
                if nxt in ("be", "become", "serve"):
                    j = k + 2
                    if j < limit and tokens[j].lower == "as":
                        j += 1
                    return role_after(text, tokens, j, limit)
                if (
                    nxt in ("the", "a")
                    and k + 2 < limit
                    and tokens[k + 2].lower in ("post", "position", "role", "job")
                ):
                    k += 3
                    continue
                r = role_after(text, tokens, k + 1, limit)
                if r is not None:
                    return r
                k += 1
                continue
            if (
                low in ("her", "his", "their", "its", "the")
                and k + 1 < limit
                and tokens[k + 1].lower in _POST_NOUNS
            ):
                k += 2
                continue
            if low in (",", ";", ".", "and", "but", "who", "which", "after", "because"):
                return None
            r = role_after(text, tokens, k, limit) if k == start else None
            if r is not None:
                return r
            k += 1
        return None

    def _after_aside(self, start: int, limit: int) -> int:
        """Past an aside between the person and the post: "named X, a former
        regulator who has sat on the board since 2019, as its chair" continues at
        "as". Without such a continuation, ``start`` itself."""
        tokens = self.tokens
        if start >= limit or tokens[start].text != ",":
            return start
        for k in range(start + 1, min(limit - 1, start + _ASIDE_REACH)):
            low = tokens[k].lower
            if low in (";", ":", "(", ")"):
                break
            if low != ",":
                continue
            nxt = tokens[k + 1].lower
            if nxt in ("as", "for") or (
                nxt == "to"
                and k + 2 < limit
                and tokens[k + 2].lower in ("be", "become", "serve", "succeed", "replace")
            ):
                return k + 1
        return start

    # -- frames ---------------------------------------------------------------------------

    def _subj(self, si: int, first: int, last: int, form: _Form) -> list[_Found] | None:
        people = self._subject(si, first)
        if not people:
            return None
        effects = self._window(si, people[-1].np_last, first)
        if form.form == "base" and self.tokens[first - 1].lower == "to":
            # "called on X to resign", "urged X to step down": the verb before the person
            # governs the infinitive.
            effects |= self._window(si, max(0, people[0].np_first - 4), people[0].np_first)
        if self._blocked(effects):
            return None
        status = status_of(
            effects, form.form, self.tokens, self.doc.sentences[si].first_token, first
        )
        trig = form.trigger
        role = self._role_after(si, last, trig.type)
        org = role.org if role else None
        if org is None:
            org = self._object_org(si, last)
            if role is None and org in self._party_names():
                return None  # "would leave the FDP", "joined the Labour Party": membership
        found = self._people_events(
            people, role.text if role else None, org, status, si, first, last, trig, "subj"
        )
        # "takes over from Y": Y ends the post.
        if trig.type is EventType.START and found:
            nxt = last
            while nxt < self.doc.sentences[si].last_token and self.tokens[nxt].lower in (
                "as",
                "the",
                "chief",
                "executive",
                "role",
            ):
                nxt += 1
            if nxt < self.doc.sentences[si].last_token and self.tokens[nxt].lower == "from":
                for y in self._object(si, nxt + 1):
                    found.append(
                        _Found(
                            EventType.END,
                            y,
                            found[0].role or y.title or y.appos,
                            found[0].org or y.title_org,
                            status,
                            si,
                            first,
                            last,
                            trig,
                            f"verb.succ:{trig.lemma} from",
                            0.7,
                        )
                    )
        return found or None

    def _object_org(self, si: int, last: int) -> str | None:
        """'join Acme', 'leave the bank', 'step down from the board of X'."""
        tokens = self.tokens
        limit = self.doc.sentences[si].last_token
        k = last
        if k < limit and tokens[k].lower in ("from", "at"):
            k += 1
        if k < limit and tokens[k].lower == "the":
            if k + 1 < limit and tokens[k + 1].lower in _GENERIC_ORGS:
                return self.default_org()
            k += 1
        # "left Spanish club Deportivo Sur", "joined oil company Zentra": the name
        descriptors = lexicon.words("org_descriptors.txt")
        for d in range(k, min(limit - 1, k + 3)):
            if tokens[d].lower in descriptors and is_capitalised(tokens[d + 1]):
                k = d + 1
                break
        for m in self.orgs_by_sentence.get(si, []):
            if m.first_token == k:
                return m.text
        j = k
        while j < limit and is_capitalised(tokens[j]):
            j += 1
        if j > k and not any(m.first_token == k for m in self.persons_by_sentence.get(si, [])):
            return self.doc.text[tokens[k].start : tokens[j - 1].end]
        return None

    def _obj(self, si: int, first: int, last: int, form: _Form) -> list[_Found] | None:
        people = self._dep_people(si, first, ("obj",)) or self._object(si, last)
        if not people:
            return None
        sent = self.doc.sentences[si]
        effects = self._window(si, max(sent.first_token, first - 6), first)
        if self._blocked(effects):
            return None
        status = status_of(effects, form.form, self.tokens, sent.first_token, first)
        trig = form.trigger
        role = self._role_after(si, people[-1].np_last, trig.type)
        agent_org = self._agent_org(si, first)
        found = []
        for m in people:
            r = role.text if role else None
            o = role.org if role else None
            if trig.type is EventType.END:
                r, o = _own_post(m, r, o)
            o = o or agent_org
            found.append(
                _Found(
                    trig.type, m, r, o, status, si, first, last, trig, f"verb.obj:{trig.lemma}", 0.8
                )
            )
        # A list: "named X chief executive, Y finance chief and Z as chairman".
        while role is not None:
            nxt = self._listed_person(si, role.last)
            if nxt is None:
                break
            k = nxt.np_last
            if k < self.doc.sentences[si].last_token and self.tokens[k].lower == "as":
                k += 1
            # the role right after the person, not "and Y will stay as CFO"
            role = role_after(self.doc.text, self.tokens, k, self.doc.sentences[si].last_token)
            if role is None:
                break
            found.append(
                _Found(
                    trig.type,
                    nxt,
                    role.text,
                    role.org or agent_org,
                    status,
                    si,
                    first,
                    last,
                    trig,
                    f"verb.obj:{trig.lemma} list",
                    0.7,
                )
            )
        return found or None

    def _listed_person(self, si: int, k: int) -> Mention | None:
        """The person that continues a list after a role ending at token ``k``."""
        limit = self.doc.sentences[si].last_token
        gap = 0
        while k < limit and self.tokens[k].lower in (",", "and", ";") and gap < 2:
            k += 1
            gap += 1
        if gap == 0:
            return None
        for m in self.persons_by_sentence.get(si, []):
            if k in (m.np_first, m.first_token) and m.kind is MentionKind.NAME:
                return m
        return None

    def _passive(self, si: int, first: int, last: int, form: _Form) -> list[_Found] | None:
        people = self._subject(si, first)
        if not people:
            return None
        if any(t.lower in _SUBORDINATORS for t in self.tokens[people[-1].np_last : first]):
            return None  # "X will lead it until a replacement is named": another subject
        sent = self.doc.sentences[si]
        effects = self._window(si, people[-1].np_last, first)
        if self._blocked(effects):
            return None
        status = status_of(effects, form.form, self.tokens, sent.first_token, first)
        trig = form.trigger
        role = self._role_after(si, last, trig.type)
        found = self._people_events(
            people,
            role.text if role else None,
            (role.org if role else None) or self._passive_agent_org(si, last),
            status,
            si,
            first,
            last,
            trig,
            "passive",
        )
        return found or None

    def _passive_agent_org(self, si: int, last: int) -> str | None:
        """'was hired by Zeta Bank': the organisation that acts."""
        tokens = self.tokens
        k = last
        limit = self.doc.sentences[si].last_token
        while k < limit and k - last < 4 and tokens[k].lower != "by":
            if tokens[k].text in (",", ";", ":") or tokens[k].lower == "as":
                return None
            k += 1
        if k >= limit or tokens[k].lower != "by":
            return None
        k += 1
        if k < limit and tokens[k].lower == "the":
            k += 1
        for m in self.orgs_by_sentence.get(si, []):
            if m.first_token == k:
                return m.text
        return None

    def _headline_passive(self, si: int, first: int, last: int, form: _Form) -> list[_Found] | None:
        """'Professor Sunita Raghavan appointed new Vice Chancellor': a headline's
        passive without 'was': a name right before the verb and a role right after."""
        if form.form != "past":
            return None
        people = self._subject(si, first)
        if not people or people[-1].np_last != first:
            return None
        limit = self.doc.sentences[si].last_token
        k = last + (1 if last < limit and self.tokens[last].lower == "as" else 0)
        role = role_after(self.doc.text, self.tokens, k, limit)
        if role is None:
            return None
        if any(last <= m.first_token <= role.last for m in self.persons_by_sentence.get(si, [])):
            return None  # "Lane fired Secretary of State Walter Brooks": an object after all
        return self._passive(si, first, last, form)

    @staticmethod
    def _people_events(
        people: list[Mention],
        role: str | None,
        org: str | None,
        status: Status | None,
        si: int,
        first: int,
        last: int,
        trig: Trigger,
        frame: str,
    ) -> list[_Found]:
        """One event for each person a subject or passive frame found. For an END,
        the person's own title stands in where the clause names no post."""
        found = []
        for m in people:
            r, o = _own_post(m, role, org) if trig.type is EventType.END else (role, org)
            conf = 0.8 if m.kind is MentionKind.NAME else 0.65
            found.append(
                _Found(
                    trig.type,
                    m,
                    r,
                    o,
                    status,
                    si,
                    first,
                    last,
                    trig,
                    f"verb.{frame}:{trig.lemma}",
                    conf,
                )
            )
        return found

    def _succession(
        self, si: int, first: int, last: int, form: _Form, passive: bool
    ) -> list[_Found] | None:
        sent = self.doc.sentences[si]
        tokens = self.tokens
        trig = form.trigger
        infinitive = first > sent.first_token and (
            tokens[first - 1].lower == "to"
            or (passive and first - 2 >= sent.first_token and tokens[first - 2].lower == "to")
        )
        participle = form.form == "ing"
        if passive:
            # "Y was replaced (as CEO) by X"
            ends = self._subject(si, first)
            k = last
            while k < sent.last_token and tokens[k].lower != "by" and k - last < 6:
                k += 1
            starts = self._object(si, k + 1) if k < sent.last_token else []
            left = ends[-1].np_last if ends else first
        else:
            starts = [] if (infinitive or participle) else self._subject(si, first)
            ends = self._object(si, last)
            left = starts[-1].np_last if starts else max(sent.first_token, first - 6)
        if not starts and not ends:
            return None
        effects = self._window(si, left, first)
        if passive and ends and first - 2 >= sent.first_token and tokens[first - 2].lower == "to":
            # "neither expected X to be replaced": the verb before X governs it
            effects |= self._window(si, max(0, ends[0].np_first - 4), ends[0].np_first)
        if self._blocked(effects):
            return None
        status = status_of(effects, form.form, tokens, sent.first_token, first)
        if infinitive:
            status = Status.FUTURE
        after = starts[-1].np_last if passive and starts else ends[-1].np_last if ends else last
        role = self._role_after(si, after, EventType.START)
        r = role.text if role else None
        o = role.org if role else None
        for m in ends + starts:
            r = r or m.title or m.appos if m in ends else r
        for m in ends:
            o = o or m.title_org or m.appos_org
        found = []
        rule = f"verb.succ:{trig.lemma}"
        for m in starts:
            found.append(
                _Found(EventType.START, m, r, o, status, si, first, last, trig, rule, 0.75)
            )
        for m in ends:
            found.append(_Found(EventType.END, m, r, o, status, si, first, last, trig, rule, 0.7))
        return sorted(found, key=lambda f: f.mention.start)

    def _noun(self, si: int, first: int, last: int, form: _Form) -> list[_Found] | None:
        tokens = self.tokens
        sent = self.doc.sentences[si]
        trig = form.trigger
        person: Mention | None = None
        role: Role | None = None
        # Possessor: "her resignation", "Sanders' abrupt departure".
        k = first - 1
        skipped = 0
        while (
            k >= sent.first_token
            and skipped < _NOUN_ADJECTIVES_MAX
            and tokens[k].text[:1].islower()
            and tokens[k].lower not in ("his", "her", "the", "a", "an", "of", "and")
            and not possessive_after(tokens, k, sent.last_token)
        ):
            k -= 1
            skipped += 1
        persons = self.persons_by_sentence.get(si, [])
        if k >= sent.first_token:
            for m in persons:
                if (
                    m.kind is MentionKind.PRONOUN
                    and m.first_token == k
                    and m.gender
                    and (tokens[k].lower in ("his", "her"))
                ):
                    person = m
                if (
                    m.kind is MentionKind.NAME
                    and m.last_token == k
                    and tokens[k].text in ("'s", "\u2019s", "'", "\u2019")
                ):
                    person = m
        if person is None and last < sent.last_token and tokens[last].lower == "of":
            after = [m for m in persons if m.first_token >= last + 1]
            if after and after[0].np_first == last + 1:
                person = after[0]
                role = self._role_after(si, person.np_last, trig.type)
                # "the appointment of X" is a personnel change, post or not; only
                # "her appointment" may be a doctor's
                trig = attrs.evolve(trig, needs_post=False)
        if person is None:
            return None
        effects = self._window(si, max(sent.first_token, first - 6), first)
        if self._blocked(effects):
            return None
        window = {t.lower for t in tokens[max(sent.first_token, first - 6) : first]}
        status: Status | None
        if Effect.FUTURE in effects or (trig.type is EventType.END and window & _ANNOUNCE):
            status = Status.FUTURE
        else:
            status = None
        if role is None:
            role = self._role_after(si, last, trig.type)
        r = role.text if role else None
        o = role.org if role else None
        if trig.type is EventType.END:
            r, o = _own_post(person, r, o)
        conf = 0.6 if person.kind is MentionKind.NAME else 0.5
        return [
            _Found(
                trig.type, person, r, o, status, si, first, last, trig, f"noun:{trig.lemma}", conf
            )
        ]

    def _agent_org(self, si: int, first: int) -> str | None:
        """The organisation that acts: 'Quillon Therapeutics removed ...'."""
        orgs = [m for m in self.orgs_by_sentence.get(si, []) if m.last_token <= first]
        if orgs:
            m = orgs[-1]
            if not self._crosses_verb(m.last_token, first):
                return m.text
        sent = self.doc.sentences[si]
        # A lone capitalised word that is nobody we know: "Chelsea have appointed".
        k = first - 1
        while k > sent.first_token and self.tokens[k].lower in (
            "has",
            "have",
            "had",
            "on",
            "also",
            "said",
            "today",
        ):
            k -= 1
        if (
            k >= sent.first_token
            and is_capitalised(self.tokens[k])
            and self.tokens[k].lower not in lexicon.words("time_words.txt")
            and self.tokens[k].lower not in lexicon.words("titles.txt")
            and not any(
                m.first_token <= k < m.last_token for m in self.persons_by_sentence.get(si, [])
            )
        ):
            j = k
            while j - 1 >= sent.first_token and is_capitalised(self.tokens[j - 1]):
                j -= 1
            if self.tokens[j].lower in ("the",):
                j += 1
            if j <= k:
                name = self.doc.text[self.tokens[j].start : self.tokens[k].end]
                self._agents.append(name)
                return name
        return None

    # -- finishing -------------------------------------------------------------------------

    def default_org(self) -> str | None:
        """The organisation the document is about: the one named most often, else
        the first name that acts as one ("The Harbor Gulls fired ...")."""
        if self._default_org is False:
            counts: dict[int, int] = {}
            first_seen: dict[int, int] = {}
            for m in self.doc.mentions:
                if m.entity is None or self.doc.entities[m.entity].label is not EntityLabel.ORG:
                    continue
                if _is_generic(self.doc.entities[m.entity].name):
                    continue  # "the Company", defined in a filing for the name it stands for
                if self._source_or_agent(m):
                    continue
                counts[m.entity] = counts.get(m.entity, 0) + 1
                first_seen.setdefault(m.entity, m.start)
            if counts:
                best = max(counts, key=lambda e: (counts[e], -first_seen[e]))
                self._default_org = self.doc.entities[best].name
            else:
                # none named as such: the first name that acted like one
                self._default_org = self._agents[0] if self._agents else None
        return self._default_org if isinstance(self._default_org, str) else None

    def _party_names(self) -> frozenset[str]:
        """Every name the text gives a political party, its abbreviations too
        ("Free Democrats", "FDP")."""
        if self._parties is None:
            words = lexicon.words("party_words.txt")
            names: set[str] = set()
            for ent in self.doc.entities:
                if ent.label is not EntityLabel.ORG:
                    continue
                ms = [self.doc.mentions[mi] for mi in ent.mentions]
                if any(self.tokens[m.last_token - 1].lower in words for m in ms):
                    names.update(m.text for m in ms)
            self._parties = frozenset(names)
        return self._parties

    def _government_org(self) -> str | None:
        """The government the text names: "the German government", "Kishida's cabinet"."""
        for m in self.doc.mentions:
            if (
                m.label is EntityLabel.ORG
                and self.tokens[m.last_token - 1].lower in GOVERNMENT_NOUNS
            ):
                return m.text
        return None

    def _government_post_org(self, role: str | None, org: str | None) -> str | None:
        """A minister's post belongs to the government, not to the party: the party
        gives way to the government the text names, or to none."""
        if role is None or org is None or org not in self._party_names():
            return org
        words = role.lower().split()
        if "party" in words or not lexicon.words("government_titles.txt") & set(words):
            return org
        return self._government_org()

    def _entity_role(self, entity: int | None) -> tuple[str | None, str | None]:
        """A role and organisation the document gives the person anywhere."""
        if entity is None:
            return None, None
        if entity not in self._roles:
            found: tuple[str | None, str | None] = (None, None)
            for mi in self.doc.entities[entity].mentions:
                m = self.doc.mentions[mi]
                if m.title or m.appos:
                    found = (m.appos or m.title), (m.appos_org or m.title_org)
                    break
            self._roles[entity] = found
        return self._roles[entity]

    def _speaks_of_confirmation(self) -> bool:
        """The text says a post needs confirmation or a vote (``confirmation_words.txt``)."""
        if self._confirmation is None:
            words = lexicon.words("confirmation_words.txt")
            self._confirmation = any(t.lower in words for t in self.tokens)
        return self._confirmation

    def _tells_succession(self, si: int) -> bool:
        """'as her successor', 'to succeed him': one takes the other's post."""
        sent = self.doc.sentences[si]
        return any(
            t.lower in _SUCCESSION_WORDS for t in self.tokens[sent.first_token : sent.last_token]
        )

    def _names_post(self, f: _Found) -> bool:
        """'leave her post', 'departing his position': a post without a title."""
        limit = self.doc.sentences[f.sentence].last_token
        for k in range(f.trigger_last, min(limit, f.trigger_last + 3)):
            if self.tokens[k].lower in _POST_NOUNS:
                return True
        return False

    def finish(self, found: list[_Found]) -> tuple[list[Event], set[int]]:
        """Events with names, roles and organisations settled, and the indexes of
        those whose tense did not tell their status."""
        doc = self.doc
        events: list[Event] = []
        undetermined: set[int] = set()
        # Successions share their role: "X replaces Y" where only Y's post is written.
        by_sentence: dict[int, list[_Found]] = {}
        for f in found:
            by_sentence.setdefault(f.sentence, []).append(f)
        # "put forward X to become chair": the START is what the nomination is for.
        nominated: dict[tuple[int, int | None], int] = {}
        for f in found:
            if f.type is EventType.NOMINATE or (
                f.trigger.nominates_if_confirmed and self._speaks_of_confirmation()
            ):
                key = (f.sentence, f.mention.entity)
                nominated[key] = min(nominated.get(key, f.trigger_first), f.trigger_first)
        found = [
            f
            for f in found
            if not (
                f.type is EventType.START
                and nominated.get((f.sentence, f.mention.entity), f.trigger_first) < f.trigger_first
            )
        ]
        # "Nwosu will take office on July 1" continues a change the text told with its post.
        told = {
            (f.mention.entity, f.type)
            for f in found
            if f.mention.entity is not None and (f.role or f.org or not f.trigger.needs_post)
        }
        # The post each person takes or leaves where any telling names it: "She
        # replaces Y" after "appointed X as its director" hands Y the director's post.
        posts: dict[tuple[int, EventType], tuple[str, str | None]] = {}
        for f in found:
            if f.role and f.mention.entity is not None:
                posts.setdefault((f.mention.entity, f.type), (f.role, f.org))
        succession_sides: dict[tuple[int, int], list[int]] = {}
        by_event_sentence: dict[int, list[int]] = {}
        for f in found:
            if f.mention.entity is None:
                continue
            entity = doc.entities[f.mention.entity]
            if entity.label is not EntityLabel.PERSON:
                continue
            role, org = f.role, f.org
            if role is None:
                succession = self._tells_succession(f.sentence)
                for other in by_sentence[f.sentence]:
                    if (
                        other is f
                        or other.type is f.type
                        or other.mention.entity in (None, f.mention.entity)
                    ):
                        continue  # the other side, someone else's post
                    if not (
                        succession
                        or other.rule.startswith("verb.succ")
                        or f.rule.startswith("verb.succ")
                    ):
                        continue
                    post = (other.role, other.org) if other.role else None
                    if post is None:
                        post = posts.get((other.mention.entity, other.type))
                    if post is not None:
                        role = post[0]
                        org = org or post[1]
                        break
            if role is None and f.type is EventType.END:
                role, org2 = self._entity_role(f.mention.entity)
                org = org or org2
            if (
                f.trigger.needs_post
                and not (role or org or self._names_post(f))
                and (f.mention.entity, f.type) not in told
            ):
                continue  # "died", "left" alone name no post, unless the text told one
            if role is None and f.trigger.lemma in lexicon.words("titles.txt"):
                role = f.trigger.lemma  # "will chair the board": the verb names the post
            if org is None:
                org = self._sentence_org(f)
            if org is not None and _is_generic(org):
                org = self.default_org()
            if org is None:
                org = self.default_org()
            org = self._government_post_org(role, org)
            sent = doc.sentences[f.sentence]
            kind, reason = f.type, f.trigger.reason
            if f.trigger.nominates_if_confirmed and self._speaks_of_confirmation():
                kind, reason = EventType.NOMINATE, "nomination"
            if (
                org is not None
                and (kind is EventType.NOMINATE or f.trigger.lemma == "confirm")
                and _is_legislature(org)
                and not (role and org.lower() in role.lower())
            ):
                org = None  # "The Senate confirmed X as ambassador": the Senate votes
            if f.status is None:
                undetermined.add(len(events))
            if f.rule.startswith("verb.succ"):
                succession_sides.setdefault((f.sentence, f.trigger_first), []).append(len(events))
            by_event_sentence.setdefault(f.sentence, []).append(len(events))
            events.append(
                Event(
                    type=kind,
                    person=entity.name,
                    role=role,
                    org=org,
                    date=None,
                    status=f.status or Status.PAST,
                    evidence=doc.text[sent.start : sent.end],
                    span=(sent.start, sent.end),
                    trigger=(doc.tokens[f.trigger_first].start, doc.tokens[f.trigger_last - 1].end),
                    reason=reason,
                    confidence=min(1.0, f.confidence + (0.1 if role else 0.0)),
                    rule=f.rule,
                    source=doc.source,
                )
            )
        # "X replaces Y, who is leaving to teach at Z": one post, so one organisation.
        for (si, _trigger), sides in succession_sides.items():
            for i in sides:
                end = events[i]
                if end.type is not EventType.END:
                    continue
                partner = next(
                    (events[j] for j in sides if events[j].type is EventType.START), None
                ) or next(
                    (
                        events[j]
                        for j in by_event_sentence.get(si, ())
                        if events[j].type is EventType.START and events[j].role == end.role
                    ),
                    None,
                )
                if partner is not None and partner.org:
                    events[i] = attrs.evolve(end, org=partner.org)
        return events, undetermined

    def _sentence_org(self, f: _Found) -> str | None:
        """An organisation in the same sentence: not one only quoted as a source, nor
        one inside another person's title ("Y, the Director of the Office of X")."""
        others = [p for p in self.persons_by_sentence.get(f.sentence, []) if p is not f.mention]
        aside = range(0)
        if f.type is not EventType.END:
            # "elected X, a former FDA official, as its chair": X's past, not the post's
            sent_last = self.doc.sentences[f.sentence].last_token
            aside = range(f.mention.np_last, self._after_aside(f.mention.np_last, sent_last))
        for m in self.orgs_by_sentence.get(f.sentence, []):
            if any(p.np_first <= m.first_token and m.last_token <= p.np_last for p in others):
                continue
            if m.first_token in aside:
                continue
            if any(self._in_relative_clause(p, m, f) for p in others):
                continue  # "replacing Y, who is leaving to teach at X": Y's X
            if self._source_or_agent(m) or (
                m.first_token > 0 and self.tokens[m.first_token - 1].lower == "to"
            ):
                continue
            return m.text
        return None

    def _source_or_agent(self, org: Mention) -> bool:
        """An organisation quoted as a source or acting on someone else's post:
        "told Reuters", "according to the bank", "confirmed by the Senate"."""
        before = org.first_token - 1
        if before > 0 and self.tokens[before].lower == "the":
            before -= 1
        if before > 0 and self.tokens[before].lower == "to":
            before -= 1
        return before >= 0 and self.tokens[before].lower in ("told", "according", "by")

    def _in_relative_clause(self, person: Mention, org: Mention, f: _Found) -> bool:
        """``org`` sits in a who-clause about ``person``, before the clause ends and
        away from the event's own person and trigger."""
        k = person.np_last
        if k < org.first_token and self.tokens[k].text == ",":
            k += 1
        if k >= org.first_token or self.tokens[k].lower not in ("who", "whose"):
            return False
        inside = range(k, org.first_token)
        if f.mention.first_token in inside or f.trigger_first in inside:
            return False
        return not any(self.tokens[j].text in (";", ":") for j in inside)


def _own_post(person: Mention, role: str | None, org: str | None) -> tuple[str | None, str | None]:
    """The post an END names, or else the person's own title or apposition, each
    with the organisation it names: "Finance Minister X, the leader of the Free
    Democrats," leaves the ministry, not the party."""
    if role is None and person.title:
        return person.title, org or person.title_org
    if role is None and person.appos:
        return person.appos, org or person.appos_org
    return role, org or person.title_org or person.appos_org


def _is_legislature(org: str) -> bool:
    """'the Senate', 'Parliament', 'the House of Commons' (``legislatures.txt``)."""
    words = org.lower().split()
    if words and words[0] == "the":
        words = words[1:]
    bodies = lexicon.words("legislatures.txt")
    return bool(words) and (" ".join(words) in bodies or words[-1] in bodies)


def _is_generic(org: str) -> bool:
    """'the Company', 'Board', 'the Board of Directors': a body no text names."""
    words = org.lower().split()
    if words and words[0] in ("the", "its", "our"):
        words = words[1:]
    if len(words) == 3 and words[1] == "of" and words[2] in _BOARD_MEMBERS:
        words = words[:1]
    return len(words) == 1 and words[0] in _GENERIC_ORGS
