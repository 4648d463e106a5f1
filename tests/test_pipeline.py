"""Pipeline: named stages, replacing, inserting, and the checks made when it is built."""

from __future__ import annotations

import attrs
import pytest

from personnel_events import (
    Document,
    EventType,
    Pipeline,
    PipelineError,
    Stage,
    default_pipeline,
)


def test_pipeline_default_stage_names_in_order() -> None:
    assert default_pipeline().names == [
        "dateline",
        "tokenize",
        "coref",
        "patterns",
        "dates",
        "dedupe",
    ]


def test_pipeline_default_stages_satisfy_the_stage_protocol() -> None:
    assert all(isinstance(stage, Stage) for stage in default_pipeline())


class DropNominations:
    """A user's stage: removes NOMINATE events."""

    name = "drop_nominations"
    requires: tuple[str, ...] = ("events",)
    provides: tuple[str, ...] = ("events",)

    def __call__(self, doc: Document) -> Document:
        doc.events = [e for e in doc.events if e.type is not EventType.NOMINATE]
        return doc


class Upper:
    """A user's stage that replaces the last one: builds the events from the
    candidates without merging, person names in capitals."""

    name = "dedupe"
    requires: tuple[str, ...] = ("candidates", "dates")
    provides: tuple[str, ...] = ("events",)

    def __call__(self, doc: Document) -> Document:
        events = [c.to_event(doc.text, doc.source) for c in doc.candidates]
        doc.events = [attrs.evolve(e, person=e.person.upper()) for e in events]
        return doc


class DropNominatedCandidates:
    """A user's stage between matching and dating: works on candidates."""

    name = "drop_nominated"
    requires: tuple[str, ...] = ("candidates",)
    provides: tuple[str, ...] = ("candidates",)

    def __call__(self, doc: Document) -> Document:
        doc.candidates = [c for c in doc.candidates if c.type is not EventType.NOMINATE]
        return doc


TEXT = "The president nominated Carl Webb to be ambassador to Peru. Ana Ruiz resigned as CFO."


class OnlyStartCandidates(DropNominatedCandidates):
    name = "only_starts"

    def __call__(self, doc: Document) -> Document:
        doc.candidates = [c for c in doc.candidates if c.type is EventType.START]
        return doc


def test_pipeline_insert_adds_a_user_stage_after_a_named_one() -> None:
    pipe = default_pipeline().insert(DropNominations(), after="dedupe")
    assert pipe.names.index("drop_nominations") == pipe.names.index("dedupe") + 1
    assert [e.type for e in pipe.parse(TEXT)] == [EventType.END]
    assert {e.type for e in default_pipeline().parse(TEXT)} == {EventType.END, EventType.NOMINATE}


def test_pipeline_candidate_stage_between_matching_and_dating() -> None:
    pipe = default_pipeline().insert(DropNominatedCandidates(), after="patterns")
    assert [e.type for e in pipe.parse(TEXT)] == [EventType.END]


@pytest.mark.parametrize("after", ["patterns", "dates"])
def test_pipeline_event_stage_before_events_exist_is_refused(after: str) -> None:
    """Issue 15, defect 2: an event filter placed before the events are built is
    named by the pipeline check instead of silently changing results."""
    with pytest.raises(PipelineError, match=r"'drop_nominations' requires \['events'\]"):
        default_pipeline().insert(DropNominations(), after=after)


def test_pipeline_candidate_filter_keeps_the_status_of_the_rest() -> None:
    """Issue 15, defect 2: a filter that drops candidates before the date stage
    leaves the other candidates' status as the words told it."""
    text = "Ana Ruiz resigned as CFO. Tom Ash joins the company as CTO next month."
    pipe = default_pipeline().insert(OnlyStartCandidates(), after="patterns")
    events = pipe.parse(text, published="2024-03-06")
    assert [(e.person, e.status.value, e.date and e.date.iso) for e in events] == [
        ("Tom Ash", "future", "2024-04")
    ]


def test_pipeline_replace_swaps_a_stage_by_name() -> None:
    pipe = default_pipeline().replace("dedupe", Upper())
    assert "ANA RUIZ" in [e.person for e in pipe.parse(TEXT)]


def test_pipeline_remove_drops_a_stage() -> None:
    assert "dedupe" not in default_pipeline().remove("dedupe").names


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda p: p.replace("nope", Upper()), "no stage named 'nope'"),
        (lambda p: p.insert(Upper()), "duplicate stage name 'dedupe'"),
        (lambda p: p.insert(DropNominations(), before="tokenize"), "requires ['events']"),
        (lambda p: p.insert(DropNominations(), before="x", after="y"), "not both"),
        (lambda p: Pipeline([object()]), "is not a Stage"),  # type: ignore[list-item]
    ],
)
def test_pipeline_build_errors_name_the_problem(build: object, message: str) -> None:
    with pytest.raises(PipelineError, match=message.replace("[", r"\[").replace("]", r"\]")):
        build(default_pipeline())  # type: ignore[operator]


def test_pipeline_run_returns_the_document_with_its_layers() -> None:
    doc = default_pipeline().run("Ana Ruiz resigned as CFO of Orbis Bank.")
    assert {"tokens", "sentences", "mentions", "entities", "events", "dates"} <= doc.layers
    assert doc.tokens and doc.sentences and doc.mentions and doc.events
