"""The candidate layer: what matching found, before it becomes an :class:`Event`.

The pattern stage fills ``Document.candidates``; the date stage adds each
candidate's time and settles its status; the dedupe stage merges tellings and
builds the events from them. Every fact one stage learned and a later one needs
(the trigger's form, whether the tense settled the status, where an organisation
came from) travels here as a typed field.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any, Final

import attrs

from .model import Event, EventDate, EventType, Mention, Status, make_event


class _Keep(enum.Enum):
    """What :meth:`Candidate.but` is given for a field it keeps."""

    KEEP = enum.auto()


_KEEP: Final = _Keep.KEEP


class Frame(str, enum.Enum):
    """Where a trigger's person stands."""

    #: The subject changes post ("X resigned", "X will join Acme as CTO").
    SUBJ = "subj"
    #: The object does ("the board fired X"); in the passive, the subject.
    OBJ = "obj"
    #: The subject starts and the object ends ("X replaces Y as CEO").
    SUCC = "succ"
    #: A noun with a possessor or an of-phrase ("her resignation").
    NOUN = "noun"
    #: The person is on either side of "with": "the club parted ways with coach X",
    #: "X parted ways with the club".
    MUTUAL = "mutual"
    #: A word before a title before a name: "incoming CEO X", "outgoing chair Y".
    TITLE = "title"
    #: The subject ends and the person after "to" starts ("X handed over to Y").
    HANDOVER = "handover"


class Form(str, enum.Enum):
    """The surface form a trigger was found in."""

    BASE = "base"
    S = "s"
    PAST = "past"
    ING = "ing"
    NOUN = "noun"


_ING = Form.ING
_NOUN_FORM = Form.NOUN


class Rule(str, enum.Enum):
    """The rule that found a candidate: its identity, reported as ``Event.rule``."""

    SUBJECT = "verb.subj"
    OBJECT = "verb.obj"
    OBJECT_LIST = "verb.obj.list"
    PASSIVE = "verb.passive"
    SUCCESSION = "verb.succ"
    #: "X takes over from Y": Y's end, told by X's start.
    SUCCESSION_FROM = "verb.succ.from"
    NOUN = "noun"
    #: "announced his resignation", "revealed the details of her departure": a
    #: departure told by a verb of telling, dated by when it was told.
    NOUN_TOLD = "noun.told"
    MUTUAL = "verb.mutual"
    TITLE = "title"

    #: Found from a noun ("the resignation of X", "announced her retirement").
    noun: bool
    #: One side of a succession: the post is shared with the other side.
    succession: bool


# Plain attributes of each member, set once: read many times a candidate, where a
# property would be a call each time.
for _rule in Rule:
    _rule.noun = _rule in (Rule.NOUN, Rule.NOUN_TOLD)
    _rule.succession = _rule in (Rule.SUCCESSION, Rule.SUCCESSION_FROM)
del _rule


class OrgSource(str, enum.Enum):
    """Where an organisation candidate came from."""

    #: Inside the role phrase: "CEO of X", "X's CEO".
    ROLE = "role"
    #: The trigger's object: "joins X", "left the bank".
    OBJECT = "object"
    #: The body that acts: "X named Y".
    AGENT = "agent"
    #: A lone capitalised name that acts like an organisation ("Chelsea have appointed").
    ACTING_NAME = "acting_name"
    #: The agent of a passive: "was hired by X".
    PASSIVE_AGENT = "passive_agent"
    #: The person's own title or apposition in this sentence ("Acme CFO Y").
    PERSON = "person"
    #: The post the other side of a succession names.
    SUCCESSION = "succession"
    #: The person's title or apposition anywhere in the document.
    DESCRIBED = "described"
    #: Another organisation in the trigger's sentence.
    SENTENCE = "sentence"
    #: The organisation the document is about (salience).
    MAIN = "main"
    #: "the company", "the bank": the document's main organisation.
    GENERIC = "generic"


class RoleSource(str, enum.Enum):
    """Where a candidate's role came from."""

    CLAUSE = "clause"
    PERSON = "person"
    SUCCESSION = "succession"
    DESCRIBED = "described"
    TRIGGER = "trigger"


@attrs.frozen(kw_only=True)
class Trigger:
    """One trigger word or phrase of the lexicon."""

    lemma: str
    type: EventType
    frame: Frame
    reason: str
    #: Only a change where a post or an organisation is named ("died", "left").
    needs_post: bool = False
    #: Only a change when told of the future ("will serve as").
    future_only: bool = False
    #: A selection that is a NOMINATE where the text speaks of confirmation.
    nominates_if_confirmed: bool = False
    #: A NOMINATE in a text that says the post waits for a vote or a hearing
    #: ("appointed" among "nominees" to be "vetted").
    nominates_if_pending: bool = False
    #: No change at all unless the text says the post waits for a vote.
    pending_only: bool = False
    #: Only a change where a role is named ("announced X as its CEO"; "announced X
    #: would leave" is no appointment).
    needs_role: bool = False
    #: A headline's verbless phrase, used as written, right after the person
    #: ("Coach X out at Eastfield").
    headline: bool = False
    #: The change is in effect when told, though the verb is a future: "will no
    #: longer serve as" is a removal made, not one to come (its time decides).
    in_effect: bool = False
    #: Without its post, the time at which a change told before takes effect
    #: ("named X chief executive on Monday. She will start on Aug. 1"): kept only
    #: where the person's START was told before.
    continues: bool = False
    #: The status the trigger itself tells, for title triggers ("incoming").
    status: Status | None = None


def _span(match: TriggerMatch) -> tuple[int, int]:
    return (match.start, match.end)


def _participle(match: TriggerMatch) -> bool:
    return is_participle(match.trigger, match.form)


def is_participle(trigger: Trigger, form: Form) -> bool:
    """:attr:`TriggerMatch.participle` of a match of ``trigger`` in ``form``."""
    return form is _ING or (form is _NOUN_FORM and trigger.lemma.endswith("ing"))


class _TriggerMatchSlots:
    """The slots of :class:`TriggerMatch`, declared by this base of it with no frozen
    ``__setattr__``, as :class:`_CandidateSlots` for a candidate (hence no weakref
    slot either)."""

    __slots__ = ("end", "first", "form", "last", "participle", "span", "start", "trigger")


@attrs.frozen(kw_only=True, weakref_slot=False)
class TriggerMatch(_TriggerMatchSlots):
    """A trigger where the text states it: tokens ``first:last``, characters
    ``start:end``, and the form it was found in."""

    trigger: Trigger
    form: Form
    first: int
    last: int
    start: int
    end: int
    # Two values of the fields above, stored when made: the date stage reads them
    # several times a candidate, where a property would be a call each time. (Not
    # arguments, and left out of equality and repr: what they were as properties.)
    #: ``(start, end)``.
    span: tuple[int, int] = attrs.field(
        init=False, eq=False, repr=False, default=attrs.Factory(_span, takes_self=True)
    )
    #: An -ing form, a participle ("replacing Y") or a gerund noun ("the sacking of
    #: Y"): it shares the time of the clause's main verb.
    participle: bool = attrs.field(
        init=False, eq=False, repr=False, default=attrs.Factory(_participle, takes_self=True)
    )


def _new_trigger_match(
    *, trigger: Trigger, form: Form, first: int, last: int, start: int, end: int
) -> TriggerMatch:
    bare: Any = _new(_TriggerMatchSlots)  # (as _new_candidate)
    bare.trigger = trigger
    bare.form = form
    bare.first = first
    bare.last = last
    bare.start = start
    bare.end = end
    bare.span = (start, end)
    bare.participle = is_participle(trigger, form)
    bare.__class__ = TriggerMatch
    return bare  # type: ignore[no-any-return]


if TYPE_CHECKING:
    new_trigger_match = TriggerMatch
else:
    #: ``TriggerMatch(...)`` for the pattern stage, which makes one for each trigger a
    #: gate admits (as :data:`new_candidate`).
    new_trigger_match = _new_trigger_match


class _OrgEvidenceSlots:
    """The slots of :class:`OrgEvidence`, declared by this base of it with no frozen
    ``__setattr__``, as :class:`_CandidateSlots` for a candidate (hence no weakref
    slot either)."""

    __slots__ = ("name", "source")


@attrs.frozen(kw_only=True, weakref_slot=False)
class OrgEvidence(_OrgEvidenceSlots):
    """One organisation a candidate's post may belong to, and where it came from.
    ``name`` is None for :attr:`OrgSource.GENERIC` (the document's organisation,
    decided once every match is known)."""

    name: str | None
    source: OrgSource


def _new_org_evidence(*, name: str | None, source: OrgSource) -> OrgEvidence:
    bare: Any = _new(_OrgEvidenceSlots)  # (as _new_candidate)
    bare.name = name
    bare.source = source
    bare.__class__ = OrgEvidence
    return bare  # type: ignore[no-any-return]


if TYPE_CHECKING:
    new_org_evidence = OrgEvidence
else:
    #: ``OrgEvidence(...)`` for the frames and the resolvers, which make one or two
    #: for each candidate (as :data:`new_candidate`).
    new_org_evidence = _new_org_evidence


class _CandidateSlots:
    """The slots of :class:`Candidate`, declared by this base of it with no frozen
    ``__setattr__`` (as ``model._MentionSlots`` for a mention): one made without
    ``__init__`` stores a candidate's fields by plain stores, then is given the class
    Candidate (Python refuses should the two layouts differ: hence Candidate has no
    weakref slot; a base and its subclass it sees are one layout in a few steps).
    :func:`_new_candidate` and :meth:`Candidate.but` make one so."""

    __slots__ = (
        "confidence", "date", "org", "org_source", "orgs", "person", "person_name",
        "post_named", "reason", "role", "role_source", "rule", "sentence", "span", "status",
        "tense_settled", "trigger", "type",
    )  # fmt: skip


@attrs.frozen(kw_only=True, weakref_slot=False)
class Candidate(_CandidateSlots):
    """A change found by a frame, then settled (role, organisation, person's name),
    then dated. ``status`` is None until a stage settles it; ``tense_settled`` says
    whether the words (tense, modality) settled it rather than the date."""

    type: EventType
    person: Mention
    trigger: TriggerMatch
    sentence: int
    #: The sentence's character span: the evidence.
    span: tuple[int, int]
    rule: Rule
    role: str | None = None
    role_source: RoleSource | None = None
    #: Organisation evidence in the order the frame found it, best first.
    orgs: tuple[OrgEvidence, ...] = ()
    #: The settled organisation and the evidence it came from.
    org: str | None = None
    org_source: OrgSource | None = None
    status: Status | None = None
    tense_settled: bool = False
    #: The words name a post without a title ("leave her post").
    post_named: bool = False
    #: The entity's name, once settled.
    person_name: str = ""
    reason: str = ""
    confidence: float = 0.5
    date: EventDate | None = None

    @property
    def entity(self) -> int | None:
        return self.person.entity

    def but(
        self,
        type: EventType | _Keep = _KEEP,
        person: Mention | _Keep = _KEEP,
        trigger: TriggerMatch | _Keep = _KEEP,
        sentence: int | _Keep = _KEEP,
        span: tuple[int, int] | _Keep = _KEEP,
        rule: Rule | _Keep = _KEEP,
        role: str | _Keep | None = _KEEP,
        role_source: RoleSource | _Keep | None = _KEEP,
        orgs: tuple[OrgEvidence, ...] | _Keep = _KEEP,
        org: str | _Keep | None = _KEEP,
        org_source: OrgSource | _Keep | None = _KEEP,
        status: Status | _Keep | None = _KEEP,
        tense_settled: bool | _Keep = _KEEP,
        post_named: bool | _Keep = _KEEP,
        person_name: str | _Keep = _KEEP,
        reason: str | _Keep = _KEEP,
        confidence: float | _Keep = _KEEP,
        date: EventDate | _Keep | None = _KEEP,
    ) -> Candidate:
        """This candidate with the fields given changed: what ``attrs.evolve`` gives
        (a field it lacks is a ``TypeError``), in about a fifth of the time: settling
        and dating make about two copies a candidate. The class has no validator or
        converter, so the copy is made without ``__init__``: each field, the one given
        or this candidate's, stored once in a :class:`_CandidateSlots`, which then
        becomes a Candidate (as ``model.make_mention`` makes a mention). (Named
        parameters, not ``**changes``: no dict is made nor walked. Give them by
        keyword; they are not keyword-only because Python fills each keyword-only
        parameter not given by a lookup in a dict, a fifth of the copy's cost.)"""
        new: Any = _new(_CandidateSlots)  # (its slots are Candidate's fields)
        new.type = self.type if type is _KEEP else type
        new.person = self.person if person is _KEEP else person
        new.trigger = self.trigger if trigger is _KEEP else trigger
        new.sentence = self.sentence if sentence is _KEEP else sentence
        new.span = self.span if span is _KEEP else span
        new.rule = self.rule if rule is _KEEP else rule
        new.role = self.role if role is _KEEP else role
        new.role_source = self.role_source if role_source is _KEEP else role_source
        new.orgs = self.orgs if orgs is _KEEP else orgs
        new.org = self.org if org is _KEEP else org
        new.org_source = self.org_source if org_source is _KEEP else org_source
        new.status = self.status if status is _KEEP else status
        new.tense_settled = self.tense_settled if tense_settled is _KEEP else tense_settled
        new.post_named = self.post_named if post_named is _KEEP else post_named
        new.person_name = self.person_name if person_name is _KEEP else person_name
        new.reason = self.reason if reason is _KEEP else reason
        new.confidence = self.confidence if confidence is _KEEP else confidence
        new.date = self.date if date is _KEEP else date
        new.__class__ = Candidate
        return new  # type: ignore[no-any-return]

    def settled(
        self, role: str | None, org: str | None, org_source: OrgSource | None, confidence: float
    ) -> Candidate:
        """``but(role=role, org=org, org_source=org_source, confidence=confidence)``,
        which settling asks of every candidate, at half its cost: each field is
        stored as it is, with no keyword to match nor any test of what was given."""
        new: Any = _new(_CandidateSlots)  # (as but)
        new.type = self.type
        new.person = self.person
        new.trigger = self.trigger
        new.sentence = self.sentence
        new.span = self.span
        new.rule = self.rule
        new.role = role
        new.role_source = self.role_source
        new.orgs = self.orgs
        new.org = org
        new.org_source = org_source
        new.status = self.status
        new.tense_settled = self.tense_settled
        new.post_named = self.post_named
        new.person_name = self.person_name
        new.reason = self.reason
        new.confidence = confidence
        new.date = self.date
        new.__class__ = Candidate
        return new  # type: ignore[no-any-return]

    def to_event(self, text: str, source: str | None) -> Event:
        """The :class:`Event` this candidate tells."""
        span = self.span
        trigger = self.trigger
        return make_event(
            self.type,
            self.person_name,
            self.role,
            self.org,
            self.date,
            self.status or _PAST,
            text[span[0] : span[1]],
            span,
            trigger.span,
            self.reason,
            self.confidence,
            # (a dict read: ``Rule.value`` is a property read through the enum's class)
            _RULE_VALUES[self.rule],
            source,
        )


def _new_candidate(
    *,
    type: EventType,
    person: Mention,
    trigger: TriggerMatch,
    sentence: int,
    span: tuple[int, int],
    rule: Rule,
    role: str | None = None,
    role_source: RoleSource | None = None,
    orgs: tuple[OrgEvidence, ...] = (),
    org: str | None = None,
    org_source: OrgSource | None = None,
    status: Status | None = None,
    tense_settled: bool = False,
    post_named: bool = False,
    person_name: str = "",
    reason: str = "",
    confidence: float = 0.5,
    date: EventDate | None = None,
) -> Candidate:
    # (a function, not a class whose __init__ stores the fields: calling a class
    # gathers its keywords into a dict, and calls __init__ with them in turn)
    bare: Any = _new(_CandidateSlots)  # (its slots are Candidate's fields)
    bare.type = type
    bare.person = person
    bare.trigger = trigger
    bare.sentence = sentence
    bare.span = span
    bare.rule = rule
    bare.role = role
    bare.role_source = role_source
    bare.orgs = orgs
    bare.org = org
    bare.org_source = org_source
    bare.status = status
    bare.tense_settled = tense_settled
    bare.post_named = post_named
    bare.person_name = person_name
    bare.reason = reason
    bare.confidence = confidence
    bare.date = date
    bare.__class__ = Candidate
    return bare  # type: ignore[no-any-return]


if TYPE_CHECKING:
    new_candidate = Candidate
else:
    #: ``Candidate(...)`` for the frames, which make about one a trigger matched: the
    #: same candidate in about half the time of attrs' frozen ``__init__`` (made as
    #: its bare slots, then given its class). tests/test_candidates.py checks it
    #: against ``Candidate``.
    new_candidate = _new_candidate


_new = object.__new__
#: Read as constants (on Python 3.11 ``Status.PAST`` and ``Rule.X.value`` go
#: through the enum's machinery, several times the cost of a dict read).
_PAST = Status.PAST
_RULE_VALUES: dict[Rule, str] = {rule: rule.value for rule in Rule}
