"""Pipeline: named stages, replacing, inserting, and the checks made when it is built."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


class CountingCoref:
    """The default coreference stage, counting the documents it reads."""

    name = "coref"
    requires: tuple[str, ...] = ("tokens", "sentences")
    provides: tuple[str, ...] = ("mentions", "entities")

    def __init__(self) -> None:
        self.inner = default_pipeline()["coref"]
        self.calls = 0

    def __call__(self, doc: Document) -> Document:
        self.calls += 1
        return self.inner(doc)


QUIET_TEXT = "Rain fell on the capital on Monday, said Ana Ruiz of the weather office."


@pytest.mark.parametrize(
    ("text", "quiet"),
    [
        (QUIET_TEXT, True),
        ("Shares were out of favour when the year ended.", True),  # "were out" + "of"
        ("The markets took a breath.", True),  # "took" without "the helm" etc.
        ("Ana Ruiz resigned.", False),
        ("Ana Ruiz is out as chief executive of Orbis Bank.", False),  # a trigger of three words
        ("Orbis Bank will not renew the contract of its coach Ana Ruiz.", False),
        ("- Ana Ruiz to acting CEO of Orbis Bank\n- Tom Ash to CFO", False),  # list lines
        ("The new bridge opened.", False),  # "new" may begin "the new CEO": matched in full later
        ("The markets took a breath, and then Ana Ruiz took the helm.", False),  # the second
        ("Shares were out of favour, and Tom Ash resigned.", False),  # a part, then a whole one
    ],
)
def test_pattern_stage_is_quiet_only_without_a_whole_trigger_or_list_line(
    text: str, quiet: bool
) -> None:
    pipe = default_pipeline()
    doc = pipe["tokenize"](pipe["dateline"](Document(text=text)))
    assert pipe["patterns"].quiet(doc) is quiet  # type: ignore[attr-defined]


def test_pattern_stage_call_is_not_changed_by_quiet_asked_of_another_document() -> None:
    # The stage keeps nothing from quiet() for the call: what a call finds on a
    # document is what it finds whichever document quiet() was asked about.
    pipe = default_pipeline()
    seen = pipe.run("Ana Ruiz resigned as chief executive of Orbis Bank.")
    other = pipe.run("Tom Ash was named chief financial officer of Orbis Bank.")
    patterns = pipe["patterns"]
    fresh = list(patterns(other).candidates)
    assert not patterns.quiet(seen)  # type: ignore[attr-defined]
    assert list(patterns(other).candidates) == fresh
    assert not patterns.quiet(other)  # type: ignore[attr-defined]
    assert list(patterns(other).candidates) == fresh
    assert [c.person.text for c in fresh] == ["Tom Ash"]


def test_parse_skips_coreference_on_a_text_with_no_trigger() -> None:
    coref = CountingCoref()
    pipe = default_pipeline().replace("coref", coref)
    assert pipe.parse(QUIET_TEXT) == []
    assert coref.calls == 0
    doc = pipe.run(QUIET_TEXT)  # run() fills every layer
    assert coref.calls == 1 and doc.mentions and doc.events == []
    assert {"mentions", "entities", "candidates", "events"} <= doc.layers


def test_parse_runs_coreference_when_a_trigger_is_there() -> None:
    coref = CountingCoref()
    pipe = default_pipeline().replace("coref", coref)
    events = pipe.parse("Ana Ruiz is out as chief executive of Orbis Bank.")
    assert [(e.type, e.person) for e in events] == [(EventType.END, "Ana Ruiz")]
    assert coref.calls == 1


class AddsAnEvent:
    """A user's stage after the events: adds one of its own to every document."""

    name = "adds_an_event"
    requires: tuple[str, ...] = ("events",)
    provides: tuple[str, ...] = ("events",)

    def __call__(self, doc: Document) -> Document:
        found = default_pipeline().parse("Tom Ash resigned as CFO of Orbis Bank.")
        doc.events = [*doc.events, *found]
        return doc


class CountsMentions:
    """A user's stage after the events that reads what coreference made."""

    name = "counts_mentions"
    requires: tuple[str, ...] = ("mentions",)
    provides: tuple[str, ...] = ()

    def __init__(self) -> None:
        self.seen: list[int] = []

    def __call__(self, doc: Document) -> Document:
        self.seen.append(len(doc.mentions))
        return doc


def test_parse_of_a_quiet_text_still_runs_the_stages_after_matching() -> None:
    pipe = default_pipeline().insert(AddsAnEvent(), after="dedupe")
    assert [e.person for e in pipe.parse(QUIET_TEXT)] == ["Tom Ash"]


def test_parse_runs_coreference_when_a_later_stage_reads_mentions() -> None:
    counter = CountsMentions()
    coref = CountingCoref()
    pipe = default_pipeline().replace("coref", coref).insert(counter, after="dedupe")
    assert pipe.parse(QUIET_TEXT) == []
    assert coref.calls == 1 and counter.seen and counter.seen[0] > 0


_SENTENCES = (
    QUIET_TEXT,
    "Ana Ruiz resigned as CFO of Orbis Bank on Monday.",
    "The new bridge opened.",
    "Tom Ash was out as coach.",
    "Orbis Bank named Lee Park chief executive.",
    "Prices rose in March.",
    "She will step down next year.",
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_SENTENCES), max_size=5))
def test_parse_gives_the_events_run_gives(sentences: list[str]) -> None:
    text = " ".join(sentences)
    pipe = default_pipeline()
    parsed = [e.to_dict() for e in pipe.parse(text, published="2024-03-06")]
    assert parsed == [e.to_dict() for e in pipe.run(text, published="2024-03-06").events]


def test_parse_skips_coreference_with_a_candidate_filter_after_matching() -> None:
    coref = CountingCoref()
    pipe = (
        default_pipeline()
        .replace("coref", coref)
        .insert(DropNominatedCandidates(), after="patterns")
    )
    assert pipe.parse(QUIET_TEXT) == [] and coref.calls == 0
    assert [e.type for e in pipe.parse(TEXT)] == [EventType.END] and coref.calls == 1
