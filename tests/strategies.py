"""Generated test sentences: every trigger of ``data/triggers.tsv`` and
``data/nominal_triggers.tsv`` in every frame and form it supports.

The rows are read through the library (``packaged_rows``, ``verb_trigger``,
``noun_trigger``, ``inflect``), so a trigger added to a data file is tested in all
its forms the moment it is added. Names, posts and organisations are drawn from
the small lists below with ``random.Random(case id)``: a case's sentence is the
same on every run, so a failure is reproducible from its id alone.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

import attrs

from personnel_events import lexicon
from personnel_events.candidates import Form, Frame, Trigger
from personnel_events.model import EventType, Status
from personnel_events.stages.patterns.triggers import (
    inflect,
    noun_trigger,
    packaged_rows,
    verb_trigger,
)

#: Given names (with their possessive pronoun) and surnames that are no English
#: word, so that every pair reads as a person's name.
GIVEN_NAMES = (
    ("Nadia", "her"),
    ("Omar", "his"),
    ("Priya", "her"),
    ("Jonas", "his"),
    ("Clara", "her"),
    ("Marcus", "his"),
    ("Ines", "her"),
    ("Felix", "his"),
    ("Samir", "his"),
    ("Tomas", "his"),
)
SURNAMES = ("Kerr", "Okoro", "Weller", "Voss", "Lindqvist", "Moreau", "Tanaka", "Haddad")
#: Posts by kind: the k-th sentence of a case takes one of the k-th kind, so that
#: every case is told with an acronym, a phrase and a single word.
ROLES = (
    ("CFO", "COO", "CTO"),
    (
        "chief financial officer",
        "chief executive",
        "general counsel",
        "chief technology officer",
        "managing director",
        "chief operating officer",
    ),
    ("president", "treasurer", "chairman"),
)
ORGS = (
    "Acme Corp.",
    "Lumen Bank",
    "Tidewell Foods",
    "Corvel Systems",
    "Pellworth Labs",
    "Brightwater Insurance",
    "Halden Group",
    "Norvik Energy",
)

# How a verb's post is told, where the default ("as CFO of Acme Corp." after a
# subject-frame verb, "as CFO" after an object) would not be English. A trigger
# added later without an entry here gets the default.
#: Subject frame: the words after the verb.
SUBJ_COMPLEMENTS = {
    "join": "{org} as {role}",
    "become": "{role} of {org}",
    "return": "to {org} as {role}",
    "take up": "the post of {role} at {org}",
    "take on": "the role of {role} at {org}",
    "assume": "the role of {role} at {org}",
    "chair": "the board of {org}",
    "take the post": "of {role} at {org}",
    "take the job": "of {role} at {org}",
    "take the role": "of {role} at {org}",
    "step into": "the role of {role} at {org}",
    "move": "to {org} as {role}",
    "start": "as {role} at {org}",
    "be the new": "{role} of {org}",
    "be the next": "{role} of {org}",
    "head": "{org}",
    "take the helm": "at {org} as {role}",
    "take the reins": "at {org} as {role}",
}
#: Subject-frame triggers that name the post themselves.
TRIGGER_ROLES = {"chair": "chair", "head": "head"}
#: Object frame, active: the words after the person.
OBJ_COMPLEMENTS = {
    "promote": "to {role}",
    "elevate": "to {role}",
    "relieve": "of {pos} duties as {role}",
}
#: Object frame, passive: the words after the participle.
PASSIVE_COMPLEMENTS = {
    "promote": "to {role} of {org}",
    "elevate": "to {role} of {org}",
    "relieve": "of {pos} duties as {role} of {org}",
}
#: Object-frame verbs whose post follows the person without "as" ("Acme names
#: X CFO", "X was appointed CFO of Acme").
BARE_POST = frozenset({"name", "appoint", "elect", "nominate", "designate"})
#: Past participles the forms column does not give (it lists one past form).
PARTICIPLES = {"become": "become"}
#: The object frame's passive forms.
PASSIVE_FORMS = frozenset(
    {"passive", "perfect_passive", "participle", "will_passive", "expected", "to_be"}
)
#: Forms left out for a trigger, with why.
SKIPPED = {
    # Nobody reports that a CFO will die: the future forms say nothing real.
    "die": frozenset({"will", "expected", "to", "ing", "ing_ahead"}),
    # These need their object: "X served as." or "X took up." is no sentence.
    "serve as": frozenset({"nopost"}),
    "take up": frozenset({"nopost"}),
    "take on": frozenset({"nopost"}),
    "become": frozenset({"nopost"}),
    "assume": frozenset({"nopost"}),
    "take the post": frozenset({"nopost"}),
    "take the job": frozenset({"nopost"}),
    "take the role": frozenset({"nopost"}),
    "step into": frozenset({"nopost"}),
    "move": frozenset({"nopost"}),
    "head": frozenset({"nopost"}),
    # "X has been the new CFO", "X is being the new CFO" are no English
    "be the new": frozenset({"perfect", "ing", "ing_ahead"}),
    "be the next": frozenset({"perfect", "ing", "ing_ahead"}),
    # a preposition or particle left behind in the passive is no English
    "let go of": PASSIVE_FORMS,
    "hand the reins to": PASSIVE_FORMS,
    "hand over to": PASSIVE_FORMS,
    "substitute for": frozenset({"passive", "will_passive"}),
    "take the place of": frozenset({"passive", "will_passive"}),
    "fill the place of": frozenset({"passive", "will_passive"}),
    "step into the shoes of": frozenset({"passive", "will_passive"}),
}  # fmt: skip
#: What makes a selection ("tapped") a nomination (data/confirmation_words.txt).
CONFIRMATION = ", subject to Senate confirmation"
#: What makes an appointment a nomination (data/pending_confirmation.txt).
PENDING = " The nominees will be vetted by parliament."
#: Noun reasons that "X announced the ..." tells as still to come (one announces
#: a resignation before it takes effect, but a dismissal as it happens).
ANNOUNCED_AHEAD = frozenset({"resignation", "departure", "retirement"})
#: How many sentences (names, post, organisation drawn afresh) each case tells:
#: one for each kind of post.
DRAWS = len(ROLES)


@attrs.frozen
class Expected:
    """One event a sentence must give."""

    type: EventType
    person: str
    role: str | None
    org: str | None
    status: Status


@attrs.frozen
class Example:
    """One sentence and the events it must give (none: it tells no change)."""

    text: str
    events: tuple[Expected, ...]


@attrs.frozen
class FormCase:
    """A trigger in one frame and form, told with :data:`DRAWS` different names,
    posts and organisations."""

    id: str
    lemma: str
    frame: Frame
    form: str
    examples: tuple[Example, ...]


@attrs.frozen
class Draw:
    """The names, post and organisation one sentence uses."""

    person: str
    pos: str
    other: str
    role: str
    org: str

    @classmethod
    def for_case(cls, case_id: str, k: int) -> Draw:
        """The ``k``-th draw of a case, the same on every run."""
        rng = random.Random(f"{case_id}/{k}")
        (given, pos), (other_given, _) = rng.sample(GIVEN_NAMES, 2)
        surname, other_surname = rng.sample(SURNAMES, 2)
        return cls(
            person=f"{given} {surname}",
            pos=pos,
            other=f"{other_given} {other_surname}",
            role=rng.choice(ROLES[k % len(ROLES)]),
            org=rng.choice(ORGS),
        )


@attrs.frozen
class Verb:
    """The surface forms of a verb trigger, first word inflected."""

    base: str
    s: str
    past: str
    participle: str
    ing: str

    @classmethod
    def of(cls, lemma: str, extra: list[str]) -> Verb:
        kinds: dict[Form, list[str]] = {}
        for surface, kind in inflect(lemma, extra):
            kinds.setdefault(kind, []).append(surface)
        past = kinds[Form.PAST]
        # "chose, chosen", "took over, taken over": the participle is listed last.
        first, _, tail = lemma.partition(" ")
        participle = past[-1]
        if first in PARTICIPLES:
            participle = " ".join(filter(None, (PARTICIPLES[first], tail)))
        return cls(
            base=kinds[Form.BASE][0],
            s=kinds[Form.S][0],
            past=past[0],
            participle=participle,
            ing=kinds[Form.ING][0],
        )


def _id(lemma: str, frame: str, form: str) -> str:
    return f"{lemma.replace(' ', '_')}-{frame}-{form}"


def _text(template: str, **slots: str) -> str:
    """``template`` filled; an organisation ending in "Corp." ends the sentence once."""
    text = template.format(**slots)
    return text[:-1] if text.endswith("..") else text


#: One example of a form from a draw: its sentence and the events it gives.
Make = Callable[[Draw], Example]


def _case(trigger: Trigger, form: str, make: Make) -> FormCase:
    case_id = _id(trigger.lemma, trigger.frame.value, form)
    examples = tuple(make(Draw.for_case(case_id, k)) for k in range(DRAWS))
    return FormCase(case_id, trigger.lemma, trigger.frame, form, examples)


def _subj_cases(trigger: Trigger, verb: Verb) -> Iterator[FormCase]:
    lemma = trigger.lemma
    default = "{role} of {org}" if lemma.endswith(" as") else "as {role} of {org}"
    complement = SUBJ_COMPLEMENTS.get(lemma, default)
    forms: list[tuple[str, str, Status | None]] = [
        ("past", "{P} {past} {comp}.", Status.PAST),
        ("perfect", "{P} has {pp} {comp}.", Status.PAST),
        ("headline", "{P} {s} {comp}", Status.PAST),
        ("will", "{P} will {base} {comp}.", Status.FUTURE),
        ("expected", "{P} is expected to {base} {comp}.", Status.FUTURE),
        ("to", "{P} is to {base} {comp}.", Status.FUTURE),
        # a progressive is under way, unless a time says it is ahead
        ("ing", "{P} is {ing} {comp}.", Status.PAST),
        ("ing_ahead", "Next month {P} is {ing} {comp}.", Status.FUTURE),
    ]
    if trigger.future_only:
        # Only the base form after will/to tells a change; the others tell tenure.
        forms = [(n, t, s if n in ("will", "expected", "to") else None) for n, t, s in forms]
    if trigger.in_effect:
        # "X will no longer serve as CFO": a removal made as told; "is expected to"
        # and "is to" still tell one to come.
        forms = [(n, t, Status.PAST if n == "will" else s) for n, t, s in forms]
    if trigger.needs_post or trigger.needs_role:
        # Without a post, "X left" or "X died" tells no change of post.
        forms.append(("nopost", "{P} {past}.", None))
    for name, sentence, status in forms:
        if name in SKIPPED.get(lemma, ()):
            continue

        def make(d: Draw, sentence: str = sentence, status: Status | None = status) -> Example:
            comp = complement.format(role=d.role, org=d.org, pos=d.pos)
            text = _text(
                sentence,
                P=d.person,
                comp=comp,
                base=verb.base,
                s=verb.s,
                past=verb.past,
                pp=verb.participle,
                ing=verb.ing,
            )
            role = TRIGGER_ROLES.get(lemma, d.role)
            if status is None:
                return Example(text, ())
            return Example(text, (Expected(trigger.type, d.person, role, d.org, status),))

        yield _case(trigger, name, make)


def _obj_cases(trigger: Trigger, verb: Verb) -> Iterator[FormCase]:
    lemma = trigger.lemma
    bare = lemma in BARE_POST
    active = OBJ_COMPLEMENTS.get(lemma, "as {role}")
    passive = PASSIVE_COMPLEMENTS.get(lemma, "{role} of {org}" if bare else "as {role} of {org}")
    headline = "{role}" if bare else active
    kind = trigger.type
    forms: list[tuple[str, str, str, Status, EventType]] = [
        ("active", "{org} {past} {P} {comp}.", active, Status.PAST, kind),
        ("perfect", "{org} has {pp} {P} {comp}.", active, Status.PAST, kind),
        ("passive", "{P} was {pp} {comp}.", passive, Status.PAST, kind),
        ("perfect_passive", "{P} has been {pp} {comp}.", passive, Status.PAST, kind),
        ("headline", "{org} {s} {P} {comp}", headline, Status.PAST, kind),
        ("participle", "{P}, {pp} {comp}, declined to comment.", passive, Status.PAST, kind),
        ("will", "{org} will {base} {P} {comp}.", active, Status.FUTURE, kind),
        ("will_passive", "{P} will be {pp} {comp}.", passive, Status.FUTURE, kind),
        ("expected", "{P} is expected to be {pp} {comp}.", passive, Status.FUTURE, kind),
        ("to_be", "{P} is to be {pp} {comp}.", passive, Status.FUTURE, kind),
    ]
    if bare:
        forms.append(("active_bare", "{org} {past} {P} {comp}.", "{role}", Status.PAST, kind))
    if trigger.nominates_if_confirmed:
        sentence = "{org} {past} {P} {comp}" + CONFIRMATION + "."
        forms.append(("confirm", sentence, active, Status.PAST, EventType.NOMINATE))
    if trigger.nominates_if_pending:
        sentence = "{org} {past} {P} {comp}." + PENDING
        forms.append(("pending", sentence, active, Status.PAST, EventType.NOMINATE))
    if trigger.pending_only:
        # "The nominees include X as CFO": a nomination only where the text says so
        forms = [f for f in forms if f[0] == "pending"]
    for name, sentence, complement, status, type_ in forms:
        if name in SKIPPED.get(lemma, ()):
            continue

        def make(
            d: Draw,
            sentence: str = sentence,
            complement: str = complement,
            status: Status = status,
            type_: EventType = type_,
        ) -> Example:
            comp = complement.format(role=d.role, org=d.org, pos=d.pos)
            text = _text(
                sentence,
                P=d.person,
                org=d.org,
                comp=comp,
                base=verb.base,
                s=verb.s,
                past=verb.past,
                pp=verb.participle,
            )
            return Example(text, (Expected(type_, d.person, d.role, d.org, status),))

        yield _case(trigger, name, make)


def _succ_cases(trigger: Trigger, verb: Verb) -> Iterator[FormCase]:
    forms: list[tuple[str, str, Status]] = [
        ("active", "{X} {past} {Y} {comp}.", Status.PAST),
        ("perfect", "{X} has {pp} {Y} {comp}.", Status.PAST),
        ("passive", "{Y} was {pp} by {X} {comp}.", Status.PAST),
        ("headline", "{X} {s} {Y} {comp}", Status.PAST),
        ("will", "{X} will {base} {Y} {comp}.", Status.FUTURE),
        ("will_passive", "{Y} will be {pp} by {X} {comp}.", Status.FUTURE),
        ("expected", "{X} is expected to {base} {Y} {comp}.", Status.FUTURE),
        ("to", "{X} is to {base} {Y} {comp}.", Status.FUTURE),
        ("ing", "{X} is {ing} {Y} {comp}.", Status.PAST),
        ("ing_ahead", "Next month {X} is {ing} {Y} {comp}.", Status.FUTURE),
    ]
    for name, sentence, status in forms:
        if name in SKIPPED.get(trigger.lemma, ()):
            continue

        def make(d: Draw, sentence: str = sentence, status: Status = status) -> Example:
            text = _text(
                sentence,
                X=d.person,
                Y=d.other,
                comp=f"as {d.role} of {d.org}",
                base=verb.base,
                s=verb.s,
                past=verb.past,
                pp=verb.participle,
                ing=verb.ing,
            )
            return Example(
                text,
                (
                    Expected(trigger.type, d.person, d.role, d.org, status),
                    Expected(EventType.END, d.other, d.role, d.org, status),
                ),
            )

        yield _case(trigger, name, make)


def _handover_cases(trigger: Trigger, verb: Verb) -> Iterator[FormCase]:
    """The giver ends, the one handed to starts: "X handed over to Y as CFO of
    Acme"; a phrase without its own "to" hands over a post ("the reins")."""
    to = "" if trigger.lemma.endswith(" to") else " the reins to"
    forms: list[tuple[str, str, Status]] = [
        ("active", "{X} {past}{to} {Y} {comp}.", Status.PAST),
        ("perfect", "{X} has {pp}{to} {Y} {comp}.", Status.PAST),
        ("will", "{X} will {base}{to} {Y} {comp}.", Status.FUTURE),
        ("expected", "{X} is expected to {base}{to} {Y} {comp}.", Status.FUTURE),
    ]
    for name, sentence, status in forms:
        if name in SKIPPED.get(trigger.lemma, ()):
            continue

        def make(d: Draw, sentence: str = sentence, status: Status = status) -> Example:
            text = _text(
                sentence, X=d.person, Y=d.other, to=to, comp=f"as {d.role} of {d.org}",
                base=verb.base, past=verb.past, pp=verb.participle,
            )  # fmt: skip
            return Example(
                text,
                (
                    Expected(EventType.END, d.person, d.role, d.org, status),
                    Expected(trigger.type, d.other, d.role, d.org, status),
                ),
            )

        yield _case(trigger, name, make)


def _mutual_cases(trigger: Trigger, verb: Verb) -> Iterator[FormCase]:
    """Either side of "with" is the person: "Acme parted ways with its CFO X",
    "X parted ways with Acme"."""
    forms: list[tuple[str, str, bool, Status]] = [
        ("org_side", "{org} {past} with its {role} {P}.", True, Status.PAST),
        ("org_side_will", "{org} will {base} with its {role} {P}.", True, Status.FUTURE),
        ("person_side", "{P} {past} with {org}.", False, Status.PAST),
        ("person_side_perfect", "{P} has {pp} with {org}.", False, Status.PAST),
    ]
    for name, sentence, with_role, status in forms:
        if name in SKIPPED.get(trigger.lemma, ()):
            continue

        def make(
            d: Draw, sentence: str = sentence, with_role: bool = with_role, status: Status = status
        ) -> Example:
            text = _text(
                sentence, P=d.person, org=d.org, role=d.role, base=verb.base, past=verb.past,
                pp=verb.participle,
            )  # fmt: skip
            role = d.role if with_role else None
            return Example(text, (Expected(trigger.type, d.person, role, d.org, status),))

        yield _case(trigger, name, make)


#: Headline phrases: the words after the phrase, and whether they name a role.
HEADLINE_COMPLEMENTS = {"out as": ("{role} of {org}", True), "out at": ("{org}", False)}


def _headline_cases(trigger: Trigger) -> Iterator[FormCase]:
    """A headline's verbless phrase right after the person: "X out as CFO of Acme"."""
    complement, with_role = HEADLINE_COMPLEMENTS.get(trigger.lemma, ("{role} of {org}", True))

    def make(d: Draw) -> Example:
        comp = complement.format(role=d.role, org=d.org)
        text = f"{d.person} {trigger.lemma} {comp}".rstrip(".")
        role = d.role if with_role else None
        return Example(text, (Expected(trigger.type, d.person, role, d.org, Status.PAST),))

    yield _case(trigger, "headline", make)

    def elsewhere(d: Draw) -> Example:
        # not right after the person: no change
        return Example(f"{d.person} said shares were {trigger.lemma} {d.org}.", ())

    yield _case(trigger, "not_adjacent", elsewhere)


def _expiry_cases(trigger: Trigger) -> Iterator[FormCase]:
    """A term that runs out ("when his appointment ends"): an END where the sentence
    says it is not renewed, none where it may be."""
    ahead = trigger.lemma.endswith("s")
    year, status = ("2030", Status.FUTURE) if ahead else ("2019", Status.PAST)
    verb = "will not seek" if ahead else "did not seek"
    told = f"{{P}}, the {{role}} of {{org}}, {verb} another term when {{pos}} {{noun}} in {year}."
    open_ = f"{{P}} chairs {{org}} while {{pos}} {{noun}} in {year}."

    def make(d: Draw) -> Example:
        text = _text(told, P=d.person, pos=d.pos, noun=trigger.lemma, role=d.role, org=d.org)
        return Example(text, (Expected(trigger.type, d.person, d.role, d.org, status),))

    def renewable(d: Draw) -> Example:
        return Example(_text(open_, P=d.person, pos=d.pos, noun=trigger.lemma, org=d.org), ())

    yield _case(trigger, "not_renewed", make)
    yield _case(trigger, "renewable", renewable)


def _tenure_cases(trigger: Trigger) -> Iterator[FormCase]:
    """A holder's time in a post ("reign", "tenure"): an END where the clause says
    it ended, none where it only dates something else."""
    forms = [
        ("of", "At {org}, the {noun} of {role} {P} ended on Monday.", True),
        ("poss", "At {org}, {P}'s {noun} as {role} ended on Monday.", True),
        ("during", "During {pos} {noun} as {role} of {org}, {P} doubled its profits.", False),
    ]
    for name, sentence, ends in forms:

        def make(d: Draw, sentence: str = sentence, ends: bool = ends) -> Example:
            text = _text(
                sentence,
                P=d.person,
                pos=d.pos.capitalize() if sentence.startswith("During") else d.pos,
                noun=trigger.lemma,
                role=d.role,
                org=d.org,
            )
            events = (Expected(trigger.type, d.person, d.role, d.org, Status.PAST),) if ends else ()
            return Example(text, events)

        yield _case(trigger, name, make)


def _selection_cases(trigger: Trigger) -> Iterator[FormCase]:
    """A noun of ``selection_nouns.txt`` ("pick", "nominee") names the person it
    describes, in apposition or after "be" (its possessor is the one who chose)."""
    forms = [
        ("appos", "{P}, the president's {noun} for {role} of {org}, spoke on Monday."),
        ("copula", "{P} is the board's {noun} for {role} of {org}."),
    ]
    for name, sentence in forms:

        def make(d: Draw, sentence: str = sentence) -> Example:
            text = _text(sentence, P=d.person, noun=trigger.lemma, role=d.role, org=d.org)
            return Example(text, (Expected(trigger.type, d.person, d.role, d.org, Status.PAST),))

        yield _case(trigger, name, make)


def _noun_cases(trigger: Trigger) -> Iterator[FormCase]:
    if trigger.lemma in lexicon.words("selection_nouns.txt"):
        yield from _selection_cases(trigger)
        return
    if trigger.reason == "expiry":
        yield from _expiry_cases(trigger)
        return
    if trigger.reason == "tenure":
        yield from _tenure_cases(trigger)
        return
    announced = (
        Status.FUTURE
        if trigger.type is EventType.END and trigger.reason in ANNOUNCED_AHEAD
        else Status.PAST
    )
    forms = [
        ("poss", "{P}'s {noun} as {role} of {org} was announced on Monday.", Status.PAST),
        ("of", "The {noun} of {P} as {role} of {org} was announced on Monday.", Status.PAST),
        ("announced", "{org} announced the {noun} of {P} as {role}.", announced),
        # What follows the post: the organisation ends before the clause's verb.
        ("effect", "The {noun} of {P} as {role} of {org} took effect on Monday.", Status.PAST),
    ]
    for name, sentence, status in forms:

        def make(d: Draw, sentence: str = sentence, status: Status = status) -> Example:
            text = _text(sentence, P=d.person, noun=trigger.lemma, role=d.role, org=d.org)
            return Example(text, (Expected(trigger.type, d.person, d.role, d.org, status),))

        yield _case(trigger, name, make)


def verb_cases() -> list[FormCase]:
    """Every verb row of ``data/triggers.tsv`` in every form its frame supports."""
    rows, lines = packaged_rows("triggers.tsv")
    out: list[FormCase] = []
    by_frame = {
        Frame.SUBJ: _subj_cases,
        Frame.OBJ: _obj_cases,
        Frame.SUCC: _succ_cases,
        Frame.MUTUAL: _mutual_cases,
        Frame.HANDOVER: _handover_cases,
    }
    for row, line in zip(rows, lines, strict=True):
        trigger, extra = verb_trigger(row, f"data/triggers.tsv, line {line}")
        if trigger.headline:
            out.extend(_headline_cases(trigger))
            continue
        out.extend(by_frame[trigger.frame](trigger, Verb.of(trigger.lemma, extra)))
    return out


def noun_cases() -> list[FormCase]:
    """Every row of ``data/nominal_triggers.tsv`` with a possessor, with an
    of-phrase, and announced (a noun of selection in apposition and after "be")."""
    rows, lines = packaged_rows("nominal_triggers.tsv")
    out: list[FormCase] = []
    for row, line in zip(rows, lines, strict=True):
        out.extend(_noun_cases(noun_trigger(row, f"data/nominal_triggers.tsv, line {line}")))
    return out


def trigger_cases() -> list[FormCase]:
    """Every trigger of both tables in every frame and form it supports."""
    return verb_cases() + noun_cases()
