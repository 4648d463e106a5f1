"""The data model: what the hand-written constructors must keep of attrs' own."""

from __future__ import annotations

import copy
import datetime as dt
import inspect
import pickle
import weakref
from typing import Any

import attrs
import pytest

from personnel_events.model import (
    Entity,
    EntityLabel,
    Event,
    EventDate,
    EventType,
    Mention,
    MentionKind,
    OrgKind,
    Precision,
    Sentence,
    Status,
    make_entity,
    make_event,
    make_mention,
    make_sentence,
)


def test_mention_init_takes_every_field_in_order_with_its_default() -> None:
    params = list(inspect.signature(Mention.__init__).parameters.values())[1:]
    fields: tuple[attrs.Attribute[Any], ...] = attrs.fields(Mention)
    assert [p.name for p in params] == [f.name for f in fields]
    for param, field in zip(params, fields, strict=True):
        expected = inspect.Parameter.empty if field.default is attrs.NOTHING else field.default
        assert param.default == expected, field.name


@pytest.mark.parametrize(
    ("np_first", "np_last", "expected"),
    [(-1, -1, (3, 5)), (1, -1, (1, 5)), (-1, 8, (3, 8)), (0, 0, (0, 0))],
)
def test_mention_noun_phrase_defaults_to_the_name(
    np_first: int, np_last: int, expected: tuple[int, int]
) -> None:
    m = Mention(MentionKind.NAME, "Jane Roe", 10, 18, 3, 5, 0, np_first=np_first, np_last=np_last)
    assert (m.np_first, m.np_last) == expected


def test_mention_is_made_evolved_pickled_and_frozen_like_an_attrs_class() -> None:
    m = Mention(
        MentionKind.NAME, "Acme Corp.", 0, 10, 0, 2, 0, EntityLabel.ORG, None, "CEO",
        None, "chair", "Acme", 0, 4, True, 7, OrgKind.COMPANY,
    )  # fmt: skip
    assert [getattr(m, f.name) for f in attrs.fields(Mention)] == [
        MentionKind.NAME, "Acme Corp.", 0, 10, 0, 2, 0, EntityLabel.ORG, None, "CEO",
        None, "chair", "Acme", 0, 4, True, 7, OrgKind.COMPANY,
    ]  # fmt: skip
    assert attrs.evolve(m, entity=3) == m.with_entity(3) != m
    assert m.with_entity(3).entity == 3 and m.with_entity(3).np_last == 4
    assert pickle.loads(pickle.dumps(m)) == m
    assert hash(m) == hash(attrs.evolve(m))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        m.text = "x"  # type: ignore[misc]


@pytest.mark.parametrize("entity", [4, None])
def test_mention_set_entity_changes_its_entity_alone(entity: int | None) -> None:
    m = Mention(MentionKind.NAME, "Jane Roe", 10, 18, 3, 5, 0, title="CFO", entity=2)
    expected = m.with_entity(entity)
    m.set_entity(entity)
    assert m == expected and m.entity == entity


def test_mention_set_label_changes_its_label_alone() -> None:
    m = Mention(MentionKind.NAME, "Roe", 10, 13, 3, 4, 0, EntityLabel.OTHER, appos="CFO")
    expected = attrs.evolve(m, label=EntityLabel.PERSON)
    m.set_label(EntityLabel.PERSON)
    assert m == expected and m.label is EntityLabel.PERSON


def _fields(m: Mention) -> list[Any]:
    return [getattr(m, f.name) for f in attrs.fields(Mention)]


class _SlottedMention(Mention):
    __slots__ = ()


class _MentionWithDict(Mention):
    pass


def test_mention_made_keeps_its_class_and_no_dict() -> None:
    # the constructor stores the fields through the slots' setters (a frozen class)
    m = Mention(MentionKind.PRONOUN, "she", 4, 7, 1, 2, 0, gender="f")
    assert type(m) is Mention and not hasattr(m, "__dict__")
    assert _fields(m)[:9] == [MentionKind.PRONOUN, "she", 4, 7, 1, 2, 0, EntityLabel.PERSON, "f"]


@pytest.mark.parametrize("cls", [_SlottedMention, _MentionWithDict])
def test_mention_subclass_is_made_with_every_field(cls: type[Mention]) -> None:
    args = (MentionKind.NAME, "Acme", 0, 4, 0, 1, 2, EntityLabel.ORG, None, "CEO")
    m = cls(*args, possessor=True, org_kind=OrgKind.COMPANY)
    assert type(m) is cls
    assert _fields(m) == _fields(Mention(*args, possessor=True, org_kind=OrgKind.COMPANY))


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"label": EntityLabel.ORG, "title": "CEO", "np_first": 1, "entity": 3},
        {"gender": "f", "appos": "chair", "appos_org": "Acme", "np_last": 9, "possessor": True},
        {"org_kind": OrgKind.COMPANY, "title_org": "Acme"},
    ],
)
def test_make_mention_makes_what_mention_makes(kwargs: dict[str, Any]) -> None:
    args = (MentionKind.NAME, "Tom Ash", 4, 11, 2, 4, 1)
    made, expected = make_mention(*args, **kwargs), Mention(*args, **kwargs)
    assert type(made) is Mention and not hasattr(made, "__dict__")
    assert _fields(made) == _fields(expected) and made == expected
    assert hash(made) == hash(expected) and repr(made) == repr(expected)
    assert pickle.loads(pickle.dumps(made)) == expected
    assert attrs.evolve(made, entity=5) == expected.with_entity(5)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        made.text = "x"  # type: ignore[misc]


def test_make_mention_takes_every_field_in_order_with_its_default() -> None:
    made = list(inspect.signature(make_mention).parameters.values())
    own = list(inspect.signature(Mention.__init__).parameters.values())[1:]
    assert [(p.name, p.default) for p in made] == [(p.name, p.default) for p in own]


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"gender": "f"},
        {"gender": "m", "org_kind": OrgKind.COMPANY},
        {"org_kind": OrgKind.PLACE},
    ],
)
def test_make_entity_makes_what_entity_makes(kwargs: dict[str, Any]) -> None:
    args = (3, "Tom Ash", EntityLabel.PERSON, (0, 2, 5))
    made, expected = make_entity(*args, **kwargs), Entity(*args, **kwargs)
    assert type(made) is Entity and not hasattr(made, "__dict__")
    assert attrs.astuple(made, recurse=False) == attrs.astuple(expected, recurse=False)
    assert made == expected and hash(made) == hash(expected) and repr(made) == repr(expected)
    assert pickle.loads(pickle.dumps(made)) == expected
    assert attrs.evolve(made, id=5) == attrs.evolve(expected, id=5) != expected
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        made.name = "x"  # type: ignore[misc]


def test_make_entity_takes_every_field_in_order_with_its_default() -> None:
    made = list(inspect.signature(make_entity).parameters.values())
    own = list(inspect.signature(Entity.__init__).parameters.values())[1:]
    assert [(p.name, p.default) for p in made] == [(p.name, p.default) for p in own]


def test_make_sentence_makes_what_sentence_makes() -> None:
    made, expected = make_sentence(4, 30, 1, 7), Sentence(4, 30, 1, 7)
    assert type(made) is Sentence and not hasattr(made, "__dict__")
    assert made == expected and hash(made) == hash(expected) and repr(made) == repr(expected)
    assert pickle.loads(pickle.dumps(made)) == expected and made.token_range == range(1, 7)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        made.start = 0  # type: ignore[misc]


def test_make_sentence_takes_every_field_in_order() -> None:
    made = list(inspect.signature(make_sentence).parameters.values())
    own = list(inspect.signature(Sentence.__init__).parameters.values())[1:]
    assert [(p.name, p.default) for p in made] == [(p.name, p.default) for p in own]


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"trigger": (4, 9), "reason": "resignation", "confidence": 0.8},
        {"rule": "verb.subj", "source": "feed"},
    ],
)
def test_make_event_makes_what_event_makes(kwargs: dict[str, Any]) -> None:
    day = EventDate(dt.date(2024, 5, 1), Precision.DAY, "May 1, 2024")
    args = (EventType.END, "Jane Roe", "CFO", "Orbis", day, Status.PAST, "Jane quit.", (0, 10))
    made, expected = make_event(*args, **kwargs), Event(*args, **kwargs)
    assert type(made) is Event and not hasattr(made, "__dict__")
    assert attrs.astuple(made, recurse=False) == attrs.astuple(expected, recurse=False)
    assert made == expected and hash(made) == hash(expected) and repr(made) == repr(expected)
    assert made.to_dict() == expected.to_dict()
    assert pickle.loads(pickle.dumps(made)) == expected
    assert weakref.ref(made)() is made  # (Event keeps its weakref slot)
    assert attrs.evolve(made, role="CEO") == attrs.evolve(expected, role="CEO") != expected
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        made.role = "x"  # type: ignore[misc]


def test_make_event_takes_every_field_in_order_with_its_default() -> None:
    made = list(inspect.signature(make_event).parameters.values())
    own = list(inspect.signature(Event.__init__).parameters.values())[1:]
    assert [(p.name, p.default) for p in made] == [(p.name, p.default) for p in own]


@pytest.mark.parametrize("cls", [Mention, Sentence, Entity, Event])
def test_made_class_adds_no_slot_to_its_bare_base(cls: type[Any]) -> None:
    # make_mention and the others make each object as the class's base, then give
    # it the class: Python allows that only where the two layouts are one
    base: Any = cls.__mro__[1]
    assert cls.__slots__ == () and cls.__basicsize__ == base.__basicsize__
    assert {f.name for f in attrs.fields(cls)} <= set(base.__slots__)


_DATES = [
    None,
    EventDate(dt.date(2024, 1, 1), Precision.YEAR, "2024"),
    EventDate(dt.date(2023, 11, 1), Precision.MONTH, "last November"),
    EventDate(dt.date(2025, 2, 28), Precision.DAY, "Feb. 28"),
]


@pytest.mark.parametrize("date", _DATES)
@pytest.mark.parametrize(("kind", "status"), [(k, s) for k in EventType for s in Status])
def test_event_is_pickled_and_copied_back_equal(
    kind: EventType, status: Status, date: EventDate | None
) -> None:
    event = Event(
        kind, "Jane Roe", None, "Orbis", date, status, "Jane Roe quit.", (3, 17), (12, 16),
        "resignation", 0.75, "verb.subj", "feed-7",
    )  # fmt: skip
    for back in (pickle.loads(pickle.dumps(event)), copy.copy(event), copy.deepcopy(event)):
        assert back == event and type(back) is Event and back.type is kind
        assert back.status is status and (date is None or back.date.precision is date.precision)  # type: ignore[union-attr]


def test_event_is_pickled_as_its_field_values_not_its_classes() -> None:
    # what parse_many's workers send back: no call of an enumeration or of attrs'
    # state setter for each event (half the cost of pickling it both ways)
    day = EventDate(dt.date(2024, 5, 1), Precision.DAY, "May 1")
    data = pickle.dumps(
        Event(EventType.END, "J. Roe", "CFO", "Orbis", day, Status.PAST, "x", (0, 1))
    )
    for name in (b"EventType", b"Status", b"Precision", b"__setstate__", b"evidence"):
        assert name not in data


@attrs.frozen
class _TaggedEvent(Event):
    tag: str = "x"


@attrs.frozen
class _TaggedDate(EventDate):
    tag: str = "x"


def test_subclasses_of_event_and_date_are_pickled_with_their_own_fields() -> None:
    day = _TaggedDate(dt.date(2024, 5, 1), Precision.DAY, "May 1", tag="d")
    event = _TaggedEvent(
        EventType.START, "Sam Cole", "CEO", None, day, Status.FUTURE, "y", (0, 1), tag="e"
    )
    back = pickle.loads(pickle.dumps(event))
    assert type(back) is _TaggedEvent and back == event and back.tag == "e"
    assert type(back.date) is _TaggedDate and back.date.tag == "d"
