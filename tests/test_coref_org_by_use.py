"""Organisations whose names carry no organisation word, told by how the text uses
them: the subject that appoints a person to a post, the owner of "its new" post."""

from __future__ import annotations

import pytest

from personnel_events import parse


def _people_and_orgs(text: str) -> list[tuple[str, str | None]]:
    """(person, org) of each event of ``text``."""
    return [(e.person, e.org) for e in parse(text, published="2024-03-06")]


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        ("Velmora Drax has appointed Helen Marsh as chief risk officer.", "Helen Marsh",
         "Velmora Drax"),
        ("Korvane Teku has officially named human rights lawyer Faith Wanjiru as executive "
         "director.", "Faith Wanjiru", "Korvane Teku"),
        ("Amnesty Kenya has named human rights lawyer Faith Wanjiru as its new executive "
         "director.", "Faith Wanjiru", "Amnesty Kenya"),
        ("Blue Stars confirmed Mark Ruiz as their new manager on a two-year deal.", "Mark Ruiz",
         "Blue Stars"),
        ("Stratus Re has appointed Helen Marsh as chief risk officer.", "Helen Marsh",
         "Stratus Re"),
        ("Ikeja Cement has appointed Tunde Bakare as managing director.", "Tunde Bakare",
         "Ikeja Cement"),
        ("Eriksen will leave Nordvik Shipping by the end of the year.", "Eriksen",
         "Nordvik Shipping"),
        ("PT Nusantara Energi has inaugurated Budi Santoso as President Director.",
         "Budi Santoso", "PT Nusantara Energi"),
        ("Ashby Legal has promoted Fiona Reed to managing partner.", "Fiona Reed",
         "Ashby Legal"),
        ("Marlow Digital has hired Tom Lee as chief technology officer.", "Tom Lee",
         "Marlow Digital"),
    ],
)  # fmt: skip
def test_a_name_used_as_an_organisation_is_the_events_org(text: str, person: str, org: str) -> None:
    assert _people_and_orgs(text) == [(person, org)]


@pytest.mark.parametrize(
    ("text", "events"),
    [
        ("Atletico Norte and coach Diego Ferraz have parted ways by mutual consent.",
         [("Diego Ferraz", "Atletico Norte")]),
        ("Kelvane Orst and head coach Tomas Lind have parted company, the club said.",
         [("Tomas Lind", "Kelvane Orst")]),
    ],
)  # fmt: skip
def test_a_name_joined_to_a_person_with_its_post_is_the_body(
    text: str, events: list[tuple[str, str]]
) -> None:
    assert _people_and_orgs(text) == events


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("The Red Cross Society's secretary general, Abdi Noor, resigned on Friday.",
         "Red Cross Society"),
        ("The Harambee Trust's new director, Ali Juma, took office on Monday.",
         "Harambee Trust"),
    ],
)  # fmt: skip
def test_a_body_before_a_post_is_written_without_its_article(text: str, org: str) -> None:
    assert {o for _, o in _people_and_orgs(text)} == {org}
