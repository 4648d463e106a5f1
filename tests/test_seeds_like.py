"""End to end on articles written for the project (examples/)."""

from __future__ import annotations

from pathlib import Path

from personnel_events import parse

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def test_example_article_gives_the_reshuffle() -> None:
    text = (EXAMPLES / "harborline_reshuffle.txt").read_text(encoding="utf-8")
    got = {(e.type.value, e.person, e.status.value) for e in parse(text)}
    assert ("END", "Miriam Okafor", "future") in got
    assert ("END", "Priya Nandakumar", "past") in got
    assert ("START", "Colin Reyes", "past") in got
    assert any(t == "START" and p == "Tomas Lindqvist" for t, p, _ in got)
    assert not any(p.startswith("Harborline") for _, p, _ in got)


def test_garbled_translation_still_gives_one_event_per_change() -> None:
    text = (
        "Lorna Vett, senior adviser and senior spokesman for Deputy Governor Ray Holm, is "
        "expected to step down by the end of the month, officials told reporters. "
        "His departure will mark the second exit from Holm's office. Lorna Vet's plans were "
        "not known. In March, Holm brought in Ed Salo to help him."
    )
    got = [(e.type.value, e.person) for e in parse(text, published="2024-01-10")]
    assert got == [("END", "Lorna Vett"), ("START", "Ed Salo")]
