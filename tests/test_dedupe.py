"""Repeated tellings of one change in one document collapse to one event."""

from __future__ import annotations

import datetime as dt

import pytest

from personnel_events import Event, EventDate, EventType, Precision, Status
from personnel_events.stages.dedupe import merge, same_change


def ev(
    kind: str = "START",
    person: str = "Jane Roe",
    role: str | None = "CEO",
    day: str | None = None,
    status: str = "past",
    rule: str = "verb.obj:name",
) -> Event:
    date = None
    if day is not None:
        date = EventDate(dt.date.fromisoformat(day), Precision.DAY, day)
    return Event(
        type=EventType(kind),
        person=person,
        role=role,
        org=None,
        date=date,
        status=Status(status),
        evidence="x",
        span=(0, 1),
        rule=rule,
    )


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (ev(day="2024-03-04"), ev(day="2024-03-04"), True),
        (ev(role="CEO"), ev(role="chief executive officer"), True),
        (ev(role=None), ev(role="CFO"), True),
        # announced Monday, taking effect Wednesday
        (ev(day="2024-03-04"), ev(day="2024-03-06", status="future"), True),
        # the same post twice, years apart
        (ev(day="2021-03-04"), ev(day="2023-03-04"), False),
        # near days but other posts
        (ev(role="CFO", day="2024-03-04"), ev(role="chairman", day="2024-03-06"), False),
        (ev(kind="START"), ev(kind="END"), False),
        (ev(person="Jane Roe"), ev(person="John Roe"), False),
    ],
)
def test_same_change(a: Event, b: Event, same: bool) -> None:
    assert same_change(a, b) is same


def test_merge_takes_the_later_day_when_the_change_takes_effect() -> None:
    kept = merge(ev(day="2024-03-04"), ev(day="2024-03-06", status="future"))
    assert (kept.date and kept.date.iso, kept.status) == ("2024-03-06", Status.FUTURE)


def test_merge_keeps_its_day_against_the_replaced_side_of_a_succession() -> None:
    replaced = ev(kind="END", day="2024-03-06", status="future", rule="verb.succ:succeed")
    kept = merge(ev(kind="END", day="2024-03-04"), replaced)
    assert (kept.date and kept.date.iso, kept.status) == ("2024-03-04", Status.PAST)


def test_merge_fills_the_missing_role() -> None:
    assert merge(ev(role=None), ev(role="CFO")).role == "CFO"
