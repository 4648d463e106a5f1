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
    """A user's stage that replaces another: person names in capitals."""

    name = "dedupe"
    requires: tuple[str, ...] = ("events",)
    provides: tuple[str, ...] = ("unique_events",)

    def __call__(self, doc: Document) -> Document:
        doc.events = [attrs.evolve(e, person=e.person.upper()) for e in doc.events]
        return doc


TEXT = "The president nominated Carl Webb to be ambassador to Peru. Ana Ruiz resigned as CFO."


def test_pipeline_insert_adds_a_user_stage_after_a_named_one() -> None:
    pipe = default_pipeline().insert(DropNominations(), after="dates")
    assert pipe.names.index("drop_nominations") == pipe.names.index("dates") + 1
    assert [e.type for e in pipe.parse(TEXT)] == [EventType.END]
    assert {e.type for e in default_pipeline().parse(TEXT)} == {EventType.END, EventType.NOMINATE}


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
