"""Shared helpers for the test suite."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

from personnel_events import Event, parse


def events_of(text: str, published: str | None = "2024-03-06") -> list[dict[str, object]]:
    """The events of ``text`` as dicts (published on a Wednesday by default)."""
    return [e.to_dict() for e in parse(text, published=published)]


def one(events: list[Event] | list[dict[str, object]]) -> dict[str, object]:
    assert len(events) == 1, events
    ev = events[0]
    return ev if isinstance(ev, dict) else ev.to_dict()


# Hypothesis profiles: "ci" (the default, bounded) and "fuzz" for long local runs:
#     HYPOTHESIS_PROFILE=fuzz python -m pytest tests/test_robustness.py
settings.register_profile("ci", max_examples=150, deadline=None, print_blob=True)
settings.register_profile(
    "fuzz",
    max_examples=20_000,
    deadline=None,
    print_blob=True,
    suppress_health_check=list(HealthCheck),
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
