"""A verb of starting without its post only dates a change told before
("Velt named X chief executive on Monday. She will start on Aug. 1"): the two
tellings are one change, at the time of the start; alone it tells none."""

from __future__ import annotations

import pytest

from conftest import events_of


def told(text: str) -> list[tuple[object, ...]]:
    """(type, person, role, date, status) of every event of ``text``."""
    return [(e["type"], e["person"], e["role"], e["date"], e["status"]) for e in events_of(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velt named Ann Lee chief executive on Monday. She will start on Aug. 1.",
            [("START", "Ann Lee", "chief executive", "2024-08-01", "future")],
        ),
        (
            "Velt hired Ann Lee on Friday. She starts on Monday.",
            [("START", "Ann Lee", None, "2024-03-11", "future")],
        ),
        (
            "Korra Bank appointed Tom Bale as finance director. He begins work next month.",
            [("START", "Tom Bale", "finance director", "2024-04", "future")],
        ),
        (
            "Velt hired Ann Lee on Friday. She started on Monday.",
            [("START", "Ann Lee", None, "2024-03-04", "past")],
        ),
        # no change told before: a start alone names no post
        ("Ann Lee will start on Monday.", []),
        ("The season starts in August.", []),
        (
            "Tom Bale resigned on Friday. Ann Lee will start on Monday.",
            [("END", "Tom Bale", None, "2024-03-01", "past")],
        ),
        # with its post, a start is a change of its own
        (
            "Ann Lee began her career as a correction officer in 1987.",
            [("START", "Ann Lee", "correction officer", "1987", "past")],
        ),
    ],
)
def test_patterns_a_start_without_post_dates_the_change_told_before(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert told(text) == expected
