"""benchmarks/accuracy.py scores a gold file of one's own."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).parent.parent / "benchmarks" / "accuracy.py"


@pytest.fixture(scope="module")
def accuracy() -> ModuleType:
    spec = importlib.util.spec_from_file_location("accuracy", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GOLD = [
    {
        "id": "g1",
        "doc_date": "2024-03-06",
        "text": "Acme Corp. said CFO Jane Roe resigned on Monday.",
        "events": [
            {
                "type": "END",
                "person": "Jane Roe",
                "role": "chief financial officer",
                "org": "Acme",
                "date": "2024-03-04",
                "status": "past",
            }
        ],
    },
    {
        "id": "g2",
        "doc_date": "2024-03-06",
        "text": "Orbis Bank named Sam Cole as chief executive. Eva Lind will join Orbis Bank.",
        "events": [
            {
                "type": "START",
                "person": "Sam Cole",
                "role": "CEO",
                "org": "Orbis Bank",
                "date": None,
                "status": "past",
            },
            {
                "type": "NOMINATE",
                "person": "Tim Vale",
                "role": "director",
                "org": None,
                "date": None,
                "status": "past",
            },
        ],
    },
    {"id": "g3", "doc_date": None, "text": "Markets fell on Monday.", "events": []},
]


def test_accuracy_counts_matches_misses_and_false_alarms(
    accuracy: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(d) for d in GOLD) + "\n", encoding="utf-8")
    assert accuracy.main([str(gold), "--json", "--errors"]) == 0
    out = capsys.readouterr().out.splitlines()
    result = json.loads(out[-1])
    # Jane Roe and Sam Cole match; Tim Vale is missed; "Eva Lind will join" is not gold.
    assert result["totals"] == {"gold": 3, "pred": 3, "matched": 2, "full": 2}
    assert result["arguments"]["date"] == [1, 1]
    assert result["false_alarms"] == [0, 1]
    assert any(line.startswith("g2  MISS") and "Tim Vale" in line for line in out)
    assert any(line.startswith("g2  FALSE") and "Eva Lind" in line for line in out)


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("none", "Ann Lee quit. She left.", "Ann Lee quit. She left."),
        ("lower", "Ann Lee quit.", "ann lee quit."),
        ("no-stops", "Ann Lee quit. She left!\nDone.", "Ann Lee quit She left\nDone."),
    ],
)
def test_accuracy_transforms_degrade_the_text(
    accuracy: ModuleType, name: str, text: str, expected: str
) -> None:
    assert accuracy.TRANSFORMS[name](text) == expected


def test_accuracy_parses_the_transformed_text(
    accuracy: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(d) for d in GOLD) + "\n", encoding="utf-8")
    assert accuracy.main([str(gold), "--json", "--transform", "lower"]) == 0
    result = json.loads(capsys.readouterr().out.splitlines()[-1])
    # too short to read as lower-case text: no capitals, no names, nothing found
    assert result["totals"]["pred"] == 0


@pytest.mark.parametrize(
    ("pred", "golds", "ok"),
    [
        ("CFO", ["chief financial officer"], True),
        ("Chief Executive Officer", ["CEO"], True),
        ("chairman", ["chair"], True),
        ("press secretary", ["chief of staff"], False),
        (None, ["CEO"], False),
    ],
)
def test_loose_match_spells_out_abbreviations(
    accuracy: ModuleType, pred: str | None, golds: list[str], ok: bool
) -> None:
    assert accuracy.loose_match(pred, golds) is ok


@pytest.mark.parametrize(
    ("pred", "gold", "ok"),
    [
        ("Jane Roe", {"person": "Jane Roe"}, True),
        ("Jane Rowe", {"person": "Jane Roe"}, True),  # a near spelling
        ("J. Roe", {"person": "Jane Roe"}, True),  # an initial begins the given name
        ("Roe", {"person": "Jane Roe", "person_alts": ["Roe"]}, True),
        ("Roe", {"person": "Jane Roe"}, False),  # a surname alone is not listed
        ("Ann Roe", {"person": "Jane Roe"}, False),
    ],
)
def test_person_match_follows_the_evaluations_rules(
    accuracy: ModuleType, pred: str, gold: dict[str, object], ok: bool
) -> None:
    assert accuracy.person_match(pred, gold) is ok


@pytest.mark.parametrize(
    ("pred", "golds", "ok"),
    [
        # half of all the content words shared
        ("deputy finance minister", ["finance minister"], True),
        ("senior deputy finance minister", ["finance minister of state"], False),
        ("Orbis Bank PLC", ["Orbis Bank"], True),
    ],
)
def test_loose_match_asks_half_of_all_content_words(
    accuracy: ModuleType, pred: str, golds: list[str], ok: bool
) -> None:
    assert accuracy.loose_match(pred, golds) is ok
