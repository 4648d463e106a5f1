"""The stanza backend, offline: no model is downloaded and none is needed.

stanza Documents are built from annotations written here; a real stanza.Pipeline
runs in pretokenized mode from a minimal resources file made in a temporary
directory, so the loading code runs too.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

stanza = pytest.importorskip("stanza", reason="stanza is not installed (the [stanza] extra)")

from stanza.models.common.doc import Document as StanzaDocument  # noqa: E402

import personnel_events  # noqa: E402
from personnel_events import ModelsNotFound, default_pipeline, parse  # noqa: E402
from personnel_events.backends.stanza_backend import (  # noqa: E402
    STANZA_DOC,
    StanzaTokenizeStage,
    convert,
    parse_many_stanza,
    stanza_pipeline,
)
from personnel_events.cli import main  # noqa: E402

#: (word, upos, head, deprel, ner) per word; head is 1-based within the sentence.
Word = tuple[str, str, int, str, str]


def annotated(text: str, sentences: Sequence[Sequence[Word]]) -> Any:
    """A stanza Document for ``text`` from hand-written annotations."""
    pos = 0
    dicts: list[list[dict[str, Any]]] = []
    for sent in sentences:
        rows = []
        for i, (word, upos, head, deprel, ner) in enumerate(sent, start=1):
            start = text.index(word, pos)
            pos = start + len(word)
            rows.append(
                {
                    "id": i,
                    "text": word,
                    "upos": upos,
                    "head": head,
                    "deprel": deprel,
                    "ner": ner,
                    "start_char": start,
                    "end_char": pos,
                }
            )
        dicts.append(rows)
    return StanzaDocument(dicts, text=text)


def annotated_events(text: str, words: Sequence[Word]) -> list[tuple[str, str, str | None]]:
    """(type, person, org) of the events the stanza stage gives for one annotated sentence."""
    stage = StanzaTokenizeStage(FakeNLP(annotated(text, [words])))
    return [
        (e.type.value, e.person, e.org)
        for e in default_pipeline().replace("tokenize", stage).parse(text)
    ]


class FakeNLP:
    """Stands in for stanza.Pipeline: returns the Document it was built with."""

    def __init__(self, doc: Any) -> None:
        self.doc = doc

    def __call__(self, text: str) -> Any:
        return self.doc


FIRED = "The board fired, after a long inquiry into the accounts, Tom Ash."
FIRED_WORDS: list[Word] = [
    ("The", "DET", 2, "det", "O"),
    ("board", "NOUN", 3, "nsubj", "O"),
    ("fired", "VERB", 0, "root", "O"),
    (",", "PUNCT", 8, "punct", "O"),
    ("after", "ADP", 8, "case", "O"),
    ("a", "DET", 8, "det", "O"),
    ("long", "ADJ", 8, "amod", "O"),
    ("inquiry", "NOUN", 3, "obl", "O"),
    ("into", "ADP", 11, "case", "O"),
    ("the", "DET", 11, "det", "O"),
    ("accounts", "NOUN", 8, "nmod", "O"),
    (",", "PUNCT", 13, "punct", "O"),
    ("Tom", "PROPN", 3, "obj", "B-PERSON"),
    ("Ash", "PROPN", 13, "flat", "E-PERSON"),
    (".", "PUNCT", 3, "punct", "O"),
]


def test_stanza_convert_gives_tokens_sentences_heads_and_entities() -> None:
    text = "Jane Roe resigned. Acme named Tom Ash."
    doc = annotated(
        text,
        [
            [
                ("Jane", "PROPN", 3, "nsubj", "B-PERSON"),
                ("Roe", "PROPN", 1, "flat", "E-PERSON"),
                ("resigned", "VERB", 0, "root", "O"),
                (".", "PUNCT", 3, "punct", "O"),
            ],
            [
                ("Acme", "PROPN", 2, "nsubj", "S-ORG"),
                ("named", "VERB", 0, "root", "O"),
                ("Tom", "PROPN", 2, "obj", "B-PERSON"),
                ("Ash", "PROPN", 3, "flat", "E-PERSON"),
                (".", "PUNCT", 2, "punct", "O"),
            ],
        ],
    )
    tokens, sentences = convert(doc, text)
    assert [(t.text, t.pos, t.head, t.deprel, t.ner) for t in tokens[:4]] == [
        ("Jane", "PROPN", 2, "nsubj", "PERSON"),
        ("Roe", "PROPN", 0, "flat", "PERSON"),
        ("resigned", "VERB", None, "root", None),
        (".", "PUNCT", 2, "punct", None),
    ]
    assert tokens[6].head == 5 and tokens[4].ner == "ORG"  # heads index the whole document
    assert [(s.first_token, s.last_token) for s in sentences] == [(0, 4), (4, 9)]
    assert all(text[t.start : t.end] == t.text for t in tokens)


def test_stanza_convert_rejects_offsets_that_do_not_fit_the_text() -> None:
    doc = annotated(
        "Jane quit.", [[("Jane", "PROPN", 2, "nsubj", "O"), ("quit", "VERB", 0, "root", "O")]]
    )
    with pytest.raises(ValueError, match="does not match the text"):
        convert(doc, "June quit.")


def test_stanza_object_relation_finds_a_person_word_order_misses() -> None:
    assert parse(FIRED) == []
    assert annotated_events(FIRED, FIRED_WORDS) == [("END", "Tom Ash", None)]


def test_stanza_subject_relation_finds_a_subject_after_its_verb() -> None:
    # Word order looks for the subject before the verb (or after "be" where the
    # participle opens the sentence); the parse knows better.
    text = "On Monday resigning too was Jane Roe."
    words: list[Word] = [
        ("On", "ADP", 2, "case", "O"),
        ("Monday", "PROPN", 3, "obl", "S-DATE"),
        ("resigning", "VERB", 0, "root", "O"),
        ("too", "ADV", 3, "advmod", "O"),
        ("was", "AUX", 3, "aux", "O"),
        ("Jane", "PROPN", 3, "nsubj", "B-PERSON"),
        ("Roe", "PROPN", 6, "flat", "E-PERSON"),
        (".", "PUNCT", 3, "punct", "O"),
    ]
    assert parse(text) == []
    assert annotated_events(text, words) == [("END", "Jane Roe", None)]


def test_stanza_entity_types_override_capitalisation_guesses() -> None:
    # "Aston Villa" looks like a person to capitalisation rules; NER says ORG.
    text = "Aston Villa fired manager Dean Smith."
    words: list[Word] = [
        ("Aston", "PROPN", 3, "nsubj", "B-ORG"),
        ("Villa", "PROPN", 1, "flat", "E-ORG"),
        ("fired", "VERB", 0, "root", "O"),
        ("manager", "NOUN", 3, "obj", "O"),
        ("Dean", "PROPN", 4, "appos", "B-PERSON"),
        ("Smith", "PROPN", 5, "flat", "E-PERSON"),
        (".", "PUNCT", 3, "punct", "O"),
    ]
    assert annotated_events(text, words) == [("END", "Dean Smith", "Aston Villa")]


PARITY = [
    "Acme Corp. said CFO Jane Roe resigned on Monday.",
    "Orbis Bank named Sam Cole as chief executive.",
    "Nia Park replaces Eva Lind as chair of the Harbour Trust.",
    "Jane Roe has no plans to resign.",
    "Tom Ash will step down at the end of the year.",
]


def _from_embedded(text: str) -> Any:
    """A stanza Document with the embedded tokenizer's tokens and sentences (no tags)."""
    doc = default_pipeline().run(text)
    rows = []
    for s in doc.sentences:
        rows.append(
            [
                {"id": i, "text": t.text, "start_char": t.start, "end_char": t.end}
                for i, t in enumerate(doc.tokens[s.first_token : s.last_token], start=1)
            ]
        )
    return StanzaDocument(rows, text=text)


@pytest.mark.parametrize("text", PARITY)
def test_stanza_adapter_with_the_same_tokens_gives_the_same_events(text: str) -> None:
    pipe = default_pipeline().replace("tokenize", StanzaTokenizeStage(FakeNLP(None)))
    got = pipe.parse(text, published="2024-03-06", extras={STANZA_DOC: _from_embedded(text)})
    assert got == parse(text, published="2024-03-06")


@pytest.fixture
def minimal_models(tmp_path: Path) -> Path:
    """A model directory stanza accepts for a pretokenized pipeline (no model files)."""
    resources = {
        "en": {
            "lang_name": "English",
            "packages": {"default": {"tokenize": "combined"}},
            "tokenize": {"combined": {}},
        }
    }
    (tmp_path / "resources.json").write_text(json.dumps(resources), encoding="utf-8")
    (tmp_path / "en" / "tokenize").mkdir(parents=True)
    return tmp_path


def test_stanza_pipeline_loads_a_real_stanza_pipeline(minimal_models: Path) -> None:
    pipe = personnel_events.stanza_pipeline(
        model_dir=minimal_models, processors=["tokenize"], tokenize_pretokenized=True
    )
    text = "Acme Corp . said CFO Jane Roe resigned on Monday .\nOrbis Bank named Sam Cole as CEO ."
    got = [
        (e.type.value, e.person, e.date and e.date.iso)
        for e in pipe.parse(text, published="2024-03-06")
    ]
    assert got == [("END", "Jane Roe", "2024-03-04"), ("START", "Sam Cole", None)]


def test_stanza_runs_many_texts_in_batches(minimal_models: Path) -> None:
    pipe = stanza_pipeline(
        model_dir=minimal_models, processors=["tokenize"], tokenize_pretokenized=True
    )
    stage = pipe.stages[pipe.names.index("tokenize")]
    assert isinstance(stage, StanzaTokenizeStage)
    calls: list[int] = []
    bulk = stage.nlp.bulk_process

    def counting(docs: list[Any]) -> Any:
        calls.append(len(docs))
        return bulk(docs)

    stage.nlp.bulk_process = counting
    texts = [f"Jane Roe{i} resigned as CFO ." for i in range(5)]
    results = parse_many_stanza(pipe, texts, batch_size=2)
    assert calls == [2, 2, 1]
    assert [[e.person for e in r] for r in results] == [[f"Jane Roe{i}"] for i in range(5)]


def test_stanza_pipeline_without_models_fails_at_once_naming_the_fix(tmp_path: Path) -> None:
    started = time.perf_counter()
    with pytest.raises(ModelsNotFound) as info:
        stanza_pipeline(model_dir=tmp_path)
    assert time.perf_counter() - started < 1.0
    assert str(tmp_path) in str(info.value)
    assert "personnel-events download-models" in str(info.value)
    assert isinstance(info.value, personnel_events.PersonnelEventsError)


def test_stanza_download_command_reports_a_failed_download(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def offline(*args: object, **kwargs: object) -> None:
        raise ConnectionError("no network here")

    monkeypatch.setattr(stanza, "download", offline)
    assert main(["download-models", "--dir", str(tmp_path)]) == 1
    assert "download failed: ConnectionError: no network here" in capsys.readouterr().err


def test_stanza_and_torch_stay_out_of_the_default_path() -> None:
    code = (
        "import sys, personnel_events\n"
        "personnel_events.parse('Acme Corp. said CFO Jane Roe resigned on Monday.')\n"
        "list(personnel_events.parse_many(['Jane Roe quit.'], workers=1))\n"
        "print(sorted(m for m in ('stanza', 'torch') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
