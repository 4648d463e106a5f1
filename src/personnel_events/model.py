"""The data model: frozen attrs classes for everything a pipeline produces.

Offsets are character offsets into the original text (``text[start:end]``).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

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


@attrs.frozen(weakref_slot=False)
class Sentence:
    """A sentence: its character span and the range of its tokens in ``Document.tokens``.

    No weakref slot: :data:`make_sentence` stores its fields under a bare twin of
    its slots, as :data:`make_entity` does."""

    start: int
    end: int
    first_token: int
    last_token: int  # exclusive

    @property
    def token_range(self) -> range:
        return range(self.first_token, self.last_token)


class _SentenceSlots:
    """The slots of :class:`Sentence` with no frozen ``__setattr__``, as
    :class:`_EntitySlots` for an entity."""

    __slots__ = tuple(field.name for field in attrs.fields(Sentence))

    def __init__(self, start: int, end: int, first_token: int, last_token: int) -> None:
        # (the slots' names are Sentence's fields: mypy knows them as Sentence's)
        bare: Any = self
        bare.start = start
        bare.end = end
        bare.first_token = first_token
        bare.last_token = last_token
        bare.__class__ = Sentence


if TYPE_CHECKING:
    make_sentence = Sentence
else:
    #: ``Sentence(...)`` for the tokenizer, which makes one for each sentence of a
    #: text: made as its bare slots, then given its class, as :data:`make_entity`.
    make_sentence = _SentenceSlots


@attrs.frozen(init=False, weakref_slot=False)
class Mention:
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
        # What attrs' __init__ does, at half its cost. The instance is given the class
        # of its bare slots (:class:`_MentionSlots`, the same layout, no frozen
        # ``__setattr__``) while its fields are stored, then its own class back
        # (tests/test_model.py checks the fields, equality, hashing, pickling and
        # evolve). Coreference, which makes several mentions a name, makes them
        # through :data:`make_mention`, cheaper still.
        if type(self) is not Mention:  # a subclass: its layout may differ
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
            return
        _set_class(self, "__class__", _MentionSlots)
        bare: Any = self  # (a _MentionSlots until its __init__ gives it its class back)
        _MentionSlots.__init__(
            bare, kind, text, start, end, first_token, last_token, sentence, label, gender,
            title, title_org, appos, appos_org, np_first, np_last, possessor, entity, org_kind,
        )  # fmt: skip

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


class _MentionSlots:
    """The slots of :class:`Mention` with no frozen ``__setattr__``: a mention being
    made has this class while its fields are stored (its layout is Mention's, so
    that ``__class__`` may be set from one to the other). Made directly (as
    :data:`make_mention`), it is a Mention once made."""

    __slots__ = tuple(field.name for field in attrs.fields(Mention))

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
        # (the slots' names are Mention's fields: mypy knows them as Mention's)
        bare: Any = self
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


if TYPE_CHECKING:
    make_mention = Mention
else:
    #: ``Mention(...)`` for the stages that make many mentions: the same mention, a
    #: quarter cheaper (made as its bare slots, then given its class; no class
    #: swapped at the start). tests/test_model.py checks it against ``Mention``.
    make_mention = _MentionSlots


_set_class = object.__setattr__

_ENTITY_FIELD = [field.name for field in attrs.fields(Mention)].index("entity")
_LABEL_FIELD = [field.name for field in attrs.fields(Mention)].index("label")


@attrs.frozen(weakref_slot=False)
class Entity:
    """A person (or organisation) and every mention of it in the document.

    No weakref slot: :data:`make_entity` stores its fields under a bare twin of
    its slots, and a weakref slot would make the two layouts differ."""

    id: int
    name: str
    label: EntityLabel
    mentions: tuple[int, ...]
    gender: str | None = None
    #: The kind its mentions' words tell (the first one that tells any), else None.
    org_kind: OrgKind | None = None


class _EntitySlots:
    """The slots of :class:`Entity` with no frozen ``__setattr__``, as
    :class:`_MentionSlots` for a mention: made directly (as :data:`make_entity`), it
    stores its fields and is an Entity once made."""

    __slots__ = tuple(field.name for field in attrs.fields(Entity))

    def __init__(
        self,
        id: int,
        name: str,
        label: EntityLabel,
        mentions: tuple[int, ...],
        gender: str | None = None,
        org_kind: OrgKind | None = None,
    ) -> None:
        # (the slots' names are Entity's fields: mypy knows them as Entity's)
        bare: Any = self
        bare.id = id
        bare.name = name
        bare.label = label
        bare.mentions = mentions
        bare.gender = gender
        bare.org_kind = org_kind
        bare.__class__ = Entity


if TYPE_CHECKING:
    make_entity = Entity
else:
    #: ``Entity(...)`` for coreference, which makes one for each of its clusters: the
    #: same entity at half the cost of attrs' frozen ``__init__`` (made as its bare
    #: slots, then given its class). tests/test_model.py checks it against ``Entity``.
    make_entity = _EntitySlots


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


class _WeakrefBase:
    """The weakref slot of :class:`Event`, in a base of its own: Python lets an
    object's ``__class__`` change between two classes with slots only where a weakref
    slot both have is their common base's, and :data:`make_event` makes an event
    as its bare twin :class:`_EventSlots`."""

    __slots__ = ("__weakref__",)


@attrs.frozen
class Event(_WeakrefBase):
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


class _EventSlots(_WeakrefBase):
    """The slots of :class:`Event` with no frozen ``__setattr__``, as
    :class:`_MentionSlots` for a mention (the same layout: the same base)."""

    __slots__ = tuple(field.name for field in attrs.fields(Event))


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


_new_object = object.__new__

if TYPE_CHECKING:
    make_event = Event
else:
    #: ``Event(...)`` for the stage that builds the events, one for each candidate:
    #: the same event at about half the cost of attrs' frozen ``__init__`` (made as
    #: its bare slots, then given its class). tests/test_model.py checks it against
    #: ``Event``.
    make_event = _make_event
