"""The data model: frozen attrs classes for everything a pipeline produces.

Offsets are character offsets into the original text (``text[start:end]``).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, SupportsIndex

import attrs


class EventType(str, enum.Enum):
    """What happens to the person's hold on the post."""

    START = "START"
    END = "END"
    NOMINATE = "NOMINATE"


class Status(str, enum.Enum):
    """Whether the change had happened when the text was written."""

    PAST = "past"
    FUTURE = "future"


class Precision(str, enum.Enum):
    """How much of a date the text gives."""

    YEAR = "year"
    MONTH = "month"
    DAY = "day"


class MentionKind(str, enum.Enum):
    """How a mention refers to its entity."""

    NAME = "name"
    PRONOUN = "pronoun"
    DESCRIPTION = "description"


class EntityLabel(str, enum.Enum):
    """What a named mention names."""

    PERSON = "PERSON"
    ORG = "ORG"
    OTHER = "OTHER"


class OrgKind(str, enum.Enum):
    """What kind of body or place a name is, where its words tell it
    (:mod:`personnel_events.stages.coref.kinds`)."""

    COMPANY = "company"
    CLUB = "club"
    PUBLIC_BODY = "public_body"
    UNIVERSITY = "university"
    PARTY = "party"
    LEGISLATURE = "legislature"
    #: A news agency, broadcaster or publisher: quoted as a source, rarely the employer.
    NEWS = "news"
    #: A league, a competition or the body that runs a sport ("Premier League", "UEFA").
    LEAGUE = "league"
    #: A country, state or city: where something happens, not an employer by itself.
    PLACE = "place"


@attrs.frozen
class TokenAnnotation:
    """What a backend (such as stanza) tells about a token; the embedded tokenizer
    tells none of it."""

    #: Part of speech.
    pos: str | None = None
    #: Index of the syntactic head token in the document.
    head: int | None = None
    #: Dependency relation to the head.
    deprel: str | None = None
    #: Entity type of the token ("PERSON", "ORG", "GPE", ...).
    ner: str | None = None


_NO_ANNOTATION = TokenAnnotation()


_new_object = object.__new__


class _TokenSlots:
    """The slots of :class:`Token`, declared by this base of it, with no frozen
    ``__setattr__``: the tokenizer, which makes one token a word, makes each as a
    bare ``_TokenSlots``, stores its fields and gives it the class ``Token``. Python
    lets ``__class__`` change between classes of one layout; between a class and
    its base, which add no slot, it sees that in a few steps (between two twin
    classes, it compares their slots' names: 0.4% of the instructions of a parse)."""

    __slots__ = ("annotation", "end", "lower", "start", "text")
    text: str
    start: int
    end: int
    annotation: TokenAnnotation | None
    lower: str


@attrs.frozen(init=False, weakref_slot=False)
class Token(_TokenSlots):
    """A word or punctuation mark with its character offsets.

    ``Token(text, start, end, pos=..., head=..., deprel=..., ner=...)``: what a
    backend tells is kept in one :class:`TokenAnnotation` (``annotation``, ``None``
    where nothing is told), so that a token of the embedded tokenizer costs five
    slots, not eight (a 1 MB text makes about 190,000 tokens); ``pos``, ``head``,
    ``deprel`` and ``ner`` read it.
    """

    text: str
    start: int
    end: int
    #: What a backend tells about the token, or ``None``.
    annotation: TokenAnnotation | None
    #: The text in lower case (computed once; lexicons are looked up by it).
    lower: str = attrs.field(eq=False, repr=False)

    def __init__(
        self,
        text: str,
        start: int,
        end: int,
        pos: str | None = None,
        head: int | None = None,
        deprel: str | None = None,
        ner: str | None = None,
        *,
        annotation: TokenAnnotation | None = None,
        lower: str | None = None,
    ) -> None:
        if pos is not None or head is not None or deprel is not None or ner is not None:
            base = annotation or _NO_ANNOTATION
            annotation = TokenAnnotation(
                base.pos if pos is None else pos,
                base.head if head is None else head,
                base.deprel if deprel is None else deprel,
                base.ner if ner is None else ner,
            )
        elif annotation == _NO_ANNOTATION:
            annotation = None
        setattr_ = object.__setattr__
        setattr_(self, "text", text)
        setattr_(self, "start", start)
        setattr_(self, "end", end)
        setattr_(self, "annotation", annotation)
        setattr_(self, "lower", text.lower() if lower is None else lower)

    @property
    def pos(self) -> str | None:
        """Part of speech where a backend provides one (``None`` for the embedded tokenizer)."""
        return None if self.annotation is None else self.annotation.pos

    @property
    def head(self) -> int | None:
        """Index of the syntactic head token in the document, where a backend provides it."""
        return None if self.annotation is None else self.annotation.head

    @property
    def deprel(self) -> str | None:
        """Dependency relation to the head, where a backend provides it."""
        return None if self.annotation is None else self.annotation.deprel

    @property
    def ner(self) -> str | None:
        """Entity type of the token ("PERSON", "ORG", "GPE", ...), where a backend provides it."""
        return None if self.annotation is None else self.annotation.ner


class _SentenceSlots:
    """The slots of :class:`Sentence`, declared by this base of it with no frozen
    ``__setattr__``, as :class:`_MentionSlots` for a mention."""

    __slots__ = ("end", "first_token", "last_token", "start")


@attrs.frozen(weakref_slot=False)
class Sentence(_SentenceSlots):
    """A sentence: its character span and the range of its tokens in ``Document.tokens``.

    No weakref slot: :data:`make_sentence` makes it as its base, which has none."""

    start: int
    end: int
    first_token: int
    last_token: int  # exclusive

    @property
    def token_range(self) -> range:
        return range(self.first_token, self.last_token)


def _make_sentence(start: int, end: int, first_token: int, last_token: int) -> Sentence:
    bare: Any = _new_object(_SentenceSlots)  # (as _make_mention)
    bare.start = start
    bare.end = end
    bare.first_token = first_token
    bare.last_token = last_token
    bare.__class__ = Sentence
    return bare  # type: ignore[no-any-return]


if TYPE_CHECKING:
    make_sentence = Sentence
else:
    #: ``Sentence(...)`` for the tokenizer, which makes one for each sentence of a
    #: text: made as its bare slots, then given its class, as :data:`make_mention`.
    make_sentence = _make_sentence


class _MentionSlots:
    """The slots of :class:`Mention`, declared by this base of it with no frozen
    ``__setattr__`` (as :class:`_TokenSlots` for a token): :data:`make_mention` makes
    a mention as a bare ``_MentionSlots``, stores its fields and gives it the class
    ``Mention``. (Between a base and its subclass of the same layout Python allows
    that in a few steps; between two twin classes it compares their slots' names.)
    The names are :class:`Mention`'s fields: should they differ, attrs gives
    Mention slots of its own, and the first mention made fails (layouts differ)."""

    __slots__ = (
        "appos", "appos_org", "end", "entity", "first_token", "gender", "kind", "label",
        "last_token", "np_first", "np_last", "org_kind", "possessor", "sentence", "start",
        "text", "title", "title_org",
    )  # fmt: skip


@attrs.frozen(init=False, weakref_slot=False)
class Mention(_MentionSlots):
    """A stretch of text that refers to a person or an organisation.

    ``first_token``/``last_token`` (exclusive) index ``Document.tokens``.
    ``title`` is a role written right before a name ("FBI Director"), ``title_org``
    the organisation it names ("FBI", or "Harris" in "Harris' senior assistant").
    ``np_first``/``np_last`` left at -1 are the name's own tokens.
    """

    kind: MentionKind
    text: str
    start: int
    end: int
    first_token: int
    last_token: int
    sentence: int
    label: EntityLabel = EntityLabel.PERSON
    gender: str | None = None  # "m", "f" or None
    title: str | None = None
    title_org: str | None = None
    #: Role in a comma apposition after the name ("X, the CFO of Acme,").
    appos: str | None = None
    appos_org: str | None = None
    #: Token span of the whole noun phrase: title, name and apposition.
    np_first: int = -1
    np_last: int = -1
    #: True when the name is followed by a possessive mark ("Harris' office").
    possessor: bool = False
    #: Index of the entity this mention belongs to, once coreference has run.
    entity: int | None = None
    #: What kind of body or place the name is, where its words tell it (else None).
    org_kind: OrgKind | None = None

    def __init__(
        self,
        kind: MentionKind,
        text: str,
        start: int,
        end: int,
        first_token: int,
        last_token: int,
        sentence: int,
        label: EntityLabel = EntityLabel.PERSON,
        gender: str | None = None,
        title: str | None = None,
        title_org: str | None = None,
        appos: str | None = None,
        appos_org: str | None = None,
        np_first: int = -1,
        np_last: int = -1,
        possessor: bool = False,
        entity: int | None = None,
        org_kind: OrgKind | None = None,
    ) -> None:
        # What attrs' __init__ does, through the slots' setters (the class is frozen).
        # The stages make their mentions through :data:`make_mention`, cheaper.
        for setter, value in zip(
            _MENTION_SETTERS,
            (kind, text, start, end, first_token, last_token, sentence, label, gender,
             title, title_org, appos, appos_org,
             first_token if np_first < 0 else np_first,
             last_token if np_last < 0 else np_last,
             possessor, entity, org_kind),
            strict=True,
        ):  # fmt: skip
            setter(self, value)

    def with_entity(self, entity: int | None) -> Mention:
        """This mention joined to ``entity``: ``attrs.evolve(self, entity=entity)``,
        written out because coreference calls it for every mention."""
        return make_mention(
            self.kind,
            self.text,
            self.start,
            self.end,
            self.first_token,
            self.last_token,
            self.sentence,
            self.label,
            self.gender,
            self.title,
            self.title_org,
            self.appos,
            self.appos_org,
            self.np_first,
            self.np_last,
            self.possessor,
            entity,
            self.org_kind,
        )

    def set_entity(self, entity: int | None) -> None:
        """Give this mention ``entity`` in place, no copy. Only for the stage that
        made the mention, before it hands it on: coreference sets each of its
        mentions' entity once, at its end (a copy by :meth:`with_entity` took a
        tenth of its time). The mention is frozen for everyone else."""
        _MENTION_SETTERS[_ENTITY_FIELD](self, entity)

    def set_label(self, label: EntityLabel) -> None:
        """Give this mention ``label`` in place, no copy; as :meth:`set_entity`, only
        for the stage that made it, before it hands it on."""
        _MENTION_SETTERS[_LABEL_FIELD](self, label)


#: The ``__set__`` of each slot of :class:`Mention`, in field order.
_MENTION_SETTERS: tuple[Callable[[Mention, Any], None], ...] = tuple(
    getattr(Mention, field.name).__set__ for field in attrs.fields(Mention)
)


def _make_mention(
    kind: MentionKind,
    text: str,
    start: int,
    end: int,
    first_token: int,
    last_token: int,
    sentence: int,
    label: EntityLabel = EntityLabel.PERSON,
    gender: str | None = None,
    title: str | None = None,
    title_org: str | None = None,
    appos: str | None = None,
    appos_org: str | None = None,
    np_first: int = -1,
    np_last: int = -1,
    possessor: bool = False,
    entity: int | None = None,
    org_kind: OrgKind | None = None,
) -> Mention:
    # (a function, not a class whose __init__ stores the fields: calling a class
    # calls its __new__, then its __init__ from C, a sixth more instructions)
    bare: Any = _new_object(_MentionSlots)  # (its slots are Mention's fields)
    bare.kind = kind
    bare.text = text
    bare.start = start
    bare.end = end
    bare.first_token = first_token
    bare.last_token = last_token
    bare.sentence = sentence
    bare.label = label
    bare.gender = gender
    bare.title = title
    bare.title_org = title_org
    bare.appos = appos
    bare.appos_org = appos_org
    bare.np_first = first_token if np_first < 0 else np_first
    bare.np_last = last_token if np_last < 0 else np_last
    bare.possessor = possessor
    bare.entity = entity
    bare.org_kind = org_kind
    bare.__class__ = Mention
    return bare  # type: ignore[no-any-return]


if TYPE_CHECKING:
    make_mention = Mention
else:
    #: ``Mention(...)`` for the stages that make many mentions: the same mention, made
    #: as its bare slots, then given its class (``Mention(...)``, which stores through
    #: the slots' setters, costs five times as much). tests/test_model.py checks it
    #: against ``Mention``.
    make_mention = _make_mention


_ENTITY_FIELD = [field.name for field in attrs.fields(Mention)].index("entity")
_LABEL_FIELD = [field.name for field in attrs.fields(Mention)].index("label")


class _EntitySlots:
    """The slots of :class:`Entity`, declared by this base of it with no frozen
    ``__setattr__``, as :class:`_MentionSlots` for a mention."""

    __slots__ = ("gender", "id", "label", "mentions", "name", "org_kind")


@attrs.frozen(weakref_slot=False)
class Entity(_EntitySlots):
    """A person (or organisation) and every mention of it in the document.

    No weakref slot: :data:`make_entity` makes it as its base, which has none."""

    id: int
    name: str
    label: EntityLabel
    mentions: tuple[int, ...]
    gender: str | None = None
    #: The kind its mentions' words tell (the first one that tells any), else None.
    org_kind: OrgKind | None = None


def _make_entity(
    id: int,
    name: str,
    label: EntityLabel,
    mentions: tuple[int, ...],
    gender: str | None = None,
    org_kind: OrgKind | None = None,
) -> Entity:
    bare: Any = _new_object(_EntitySlots)  # (as _make_mention)
    bare.id = id
    bare.name = name
    bare.label = label
    bare.mentions = mentions
    bare.gender = gender
    bare.org_kind = org_kind
    bare.__class__ = Entity
    return bare  # type: ignore[no-any-return]


if TYPE_CHECKING:
    make_entity = Entity
else:
    #: ``Entity(...)`` for coreference, which makes one for each of its clusters: the
    #: same entity at about half the cost of attrs' frozen ``__init__`` (made as its
    #: bare slots, then given its class). tests/test_model.py checks it against
    #: ``Entity``.
    make_entity = _make_entity


@attrs.frozen
class EventDate:
    """A normalised date with its precision and the words it came from."""

    value: dt.date
    precision: Precision
    text: str

    @property
    def iso(self) -> str:
        if self.precision is Precision.YEAR:
            return f"{self.value.year:04d}"
        if self.precision is Precision.MONTH:
            return f"{self.value.year:04d}-{self.value.month:02d}"
        return self.value.isoformat()

    def __str__(self) -> str:
        return self.iso

    def __reduce_ex__(self, protocol: SupportsIndex) -> str | tuple[Any, ...]:
        if type(self) is not EventDate:  # a subclass: attrs' way, its own fields kept
            return super().__reduce_ex__(protocol)
        return _rebuild_date, (self.value, self.precision._value_, self.text)


def _rebuild_date(value: dt.date, precision: str, text: str) -> EventDate:
    """An :class:`EventDate` from what its ``__reduce_ex__`` gives (unpickling)."""
    bare: Any = _new_object(EventDate)
    _object_setattr(bare, "value", value)
    _object_setattr(bare, "precision", _PRECISIONS[precision])
    _object_setattr(bare, "text", text)
    return bare  # type: ignore[no-any-return]


_object_setattr = object.__setattr__
_PRECISIONS = {p.value: p for p in Precision}
_EVENT_TYPES = {t.value: t for t in EventType}
_STATUSES = {s.value: s for s in Status}


class _EventSlots:
    """The slots of :class:`Event`, its weakref slot among them, declared by this
    base of it with no frozen ``__setattr__``, as :class:`_MentionSlots` for a
    mention."""

    __slots__ = (
        "__weakref__", "confidence", "date", "evidence", "org", "person", "reason", "role",
        "rule", "source", "span", "status", "trigger", "type",
    )  # fmt: skip


@attrs.frozen
class Event(_EventSlots):
    """One personnel change found in a text.

    ``span`` is the character span of ``evidence`` in the text, so
    ``text[span[0]:span[1]] == evidence``. ``trigger`` is the span of the words that
    state the change ("stepped down", "appointment").
    """

    type: EventType
    person: str
    role: str | None
    org: str | None
    date: EventDate | None
    status: Status
    evidence: str
    span: tuple[int, int]
    trigger: tuple[int, int] = (0, 0)
    reason: str | None = None
    confidence: float = 0.5
    rule: str = ""
    source: str | None = None

    #: The flat, one-value columns of :meth:`to_dict`, in the order tables use
    #: (CSV output, the Spark schema); ``span`` and ``source`` are left to the caller.
    COLUMNS: ClassVar[tuple[str, ...]] = (
        "type",
        "person",
        "role",
        "org",
        "date",
        "status",
        "reason",
        "confidence",
        "rule",
        "evidence",
    )

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON types: the contract read by ``score.py`` and the CLI."""
        return {
            "type": self.type.value,
            "person": self.person,
            "role": self.role,
            "org": self.org,
            "date": self.date.iso if self.date else None,
            "status": self.status.value,
            "evidence": self.evidence,
            "span": [self.span[0], self.span[1]],
            "reason": self.reason,
            "confidence": round(self.confidence, 3),
            "rule": self.rule,
            "source": self.source,
        }

    def __reduce_ex__(self, protocol: SupportsIndex) -> str | tuple[Any, ...]:
        # Pickled as its fields in order, its enumerations as their values: what a
        # worker of parse_many sends back for each event, at about half the cost,
        # both ways, of attrs' state dictionary with each enumeration member pickled
        # as a call of its class.
        if type(self) is not Event:  # a subclass: attrs' way, its own fields kept
            return super().__reduce_ex__(protocol)
        return _rebuild_event, (
            self.type._value_, self.person, self.role, self.org, self.date, self.status._value_,
            self.evidence, self.span, self.trigger, self.reason, self.confidence, self.rule,
            self.source,
        )  # fmt: skip


def _rebuild_event(
    type: str,
    person: str,
    role: str | None,
    org: str | None,
    date: EventDate | None,
    status: str,
    *rest: Any,
) -> Event:
    """An :class:`Event` from what its ``__reduce_ex__`` gives (unpickling)."""
    return _make_event(_EVENT_TYPES[type], person, role, org, date, _STATUSES[status], *rest)


def _make_event(
    type: EventType,
    person: str,
    role: str | None,
    org: str | None,
    date: EventDate | None,
    status: Status,
    evidence: str,
    span: tuple[int, int],
    trigger: tuple[int, int] = (0, 0),
    reason: str | None = None,
    confidence: float = 0.5,
    rule: str = "",
    source: str | None = None,
) -> Event:
    # (a function, as candidates.new_candidate: no class is called)
    bare: Any = _new_object(_EventSlots)  # (its slots are Event's fields)
    bare.type = type
    bare.person = person
    bare.role = role
    bare.org = org
    bare.date = date
    bare.status = status
    bare.evidence = evidence
    bare.span = span
    bare.trigger = trigger
    bare.reason = reason
    bare.confidence = confidence
    bare.rule = rule
    bare.source = source
    bare.__class__ = Event
    return bare  # type: ignore[no-any-return]


if TYPE_CHECKING:
    make_event = Event
else:
    #: ``Event(...)`` for the stage that builds the events, one for each candidate:
    #: the same event at about half the cost of attrs' frozen ``__init__`` (made as
    #: its bare slots, then given its class). tests/test_model.py checks it against
    #: ``Event``.
    make_event = _make_event
