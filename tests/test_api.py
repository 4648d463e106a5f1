"""The public API contract: parse(), Event.to_dict(), errors, and the import surface."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import attrs
import pytest

import personnel_events
from personnel_events import (
    Event,
    EventType,
    InvalidDateError,
    InvalidInputError,
    PersonnelEventsError,
    Status,
    parse,
)

TEXT = "Acme Corp. said on Tuesday that CFO Jane Roe will step down at the end of June."


def test_api_all_is_sorted_and_importable() -> None:
    assert personnel_events.__all__ == sorted(personnel_events.__all__)
    for name in personnel_events.__all__:
        assert hasattr(personnel_events, name)


def test_api_to_dict_has_the_contract_keys_and_json_types() -> None:
    (ev,) = parse(TEXT, published="2024-03-06")
    d = ev.to_dict()
    assert set(d) >= {"type", "person", "role", "org", "date", "status", "evidence", "span"}
    assert d["type"] == "END" and d["status"] == "future"
    assert d["person"] == "Jane Roe" and d["role"] == "CFO" and d["org"] == "Acme Corp."
    assert d["date"] == "2024-06-30"
    assert json.loads(json.dumps(d)) == d
    assert TEXT[d["span"][0] : d["span"][1]] == d["evidence"]


def test_api_event_is_frozen_and_typed() -> None:
    (ev,) = parse(TEXT, published=dt.date(2024, 3, 6))
    assert isinstance(ev, Event)
    assert ev.type is EventType.END and ev.status is Status.FUTURE
    assert ev.date is not None and ev.date.precision.value == "day"
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        ev.person = "x"  # type: ignore[misc]


@pytest.mark.parametrize(
    "published",
    ["2024-03-06", dt.date(2024, 3, 6), dt.datetime(2024, 3, 6, 9, 30), "2024-03-06T09:30:00Z"],
)
def test_api_published_accepts_dates_datetimes_and_iso_strings(published: object) -> None:
    (ev,) = parse(TEXT, published=published)  # type: ignore[arg-type]
    assert ev.to_dict()["date"] == "2024-06-30"


@pytest.mark.parametrize("bad", ["yesterday", "2024-13-01", 20240306, ["2024-03-06"]])
def test_api_bad_published_raises_value_error_naming_it(bad: object) -> None:
    with pytest.raises(InvalidDateError) as info:
        parse(TEXT, published=bad)  # type: ignore[arg-type]
    assert isinstance(info.value, ValueError) and isinstance(info.value, PersonnelEventsError)
    assert repr(bad) in str(info.value)


@pytest.mark.parametrize("bad", [b"bytes", None, 42])
def test_api_non_str_text_raises_type_error_naming_the_type(bad: object) -> None:
    with pytest.raises(InvalidInputError) as info:
        parse(bad)  # type: ignore[arg-type]
    assert isinstance(info.value, TypeError)
    assert type(bad).__name__ in str(info.value)


@pytest.mark.parametrize("text", ["", "   ", "No changes here.", "\x00\ud800 \U0001f600"])
def test_api_no_events_is_an_empty_list(text: str) -> None:
    assert parse(text) == []


def test_api_source_is_carried_on_every_event() -> None:
    (ev,) = parse(TEXT, published="2024-03-06", source="feed-1")
    assert ev.source == "feed-1" and ev.to_dict()["source"] == "feed-1"


def test_api_default_pipeline_never_imports_stanza_or_torch() -> None:
    code = (
        "import sys, personnel_events; personnel_events.parse('Jane Roe resigned as CFO.');"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('stanza', 'torch')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
