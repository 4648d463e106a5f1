"""The documentation names what the code has: commands, options, data files, flags.

The code blocks of README.md and docs/*.md run as doctests (``testpaths`` in
pyproject.toml); these tests check what a doctest cannot: that the README's test
command is the one CI runs, that every option, data file, flag and page the docs
name exists, and that the example scripts run as the README says.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from personnel_events import lexicon
from personnel_events.cli import _build_parser
from personnel_events.modality import Effect
from personnel_events.stages.patterns import DEFAULT_POLICY
from personnel_events.stages.patterns.triggers import VERB_FLAGS

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
DATA = ROOT / "src" / "personnel_events" / "data"
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _pages() -> list[Path]:
    return [ROOT / "README.md", *sorted(DOCS.glob("*.md"))]


def _sh_blocks(text: str) -> list[str]:
    return re.findall(r"```sh\n(.*?)```", text, flags=re.DOTALL)


def test_docs_readme_test_command_is_the_one_ci_runs() -> None:
    setup = _sh_blocks(README.split("## Set-up", 1)[1].split("\n## ", 1)[0])
    assert len(setup) == 2, setup
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert setup[1].strip() in ci


def test_docs_every_page_is_linked_from_the_index() -> None:
    index = (DOCS / "index.md").read_text(encoding="utf-8")
    for page in DOCS.glob("*.md"):
        if page.name != "index.md":
            assert f"]({page.name})" in index, page.name


@pytest.mark.parametrize("page", _pages(), ids=lambda p: p.name)
def test_docs_every_data_file_named_exists(page: Path) -> None:
    for name in re.findall(r"data/([a-z_]+\.(?:txt|tsv))", page.read_text(encoding="utf-8")):
        assert (DATA / name).is_file(), f"{page.name} names data/{name}"


@pytest.mark.parametrize(
    "option",
    sorted(
        opt
        for action in _build_parser()._actions
        for opt in action.option_strings
        if opt.startswith("--") and opt != "--help"
    ),
)
def test_docs_readme_names_every_command_line_option(option: str) -> None:
    assert re.search(rf"{re.escape(option)}\b", README), option


def test_docs_trigger_flags_are_explained_in_the_header_and_extending_page() -> None:
    header = "\n".join(
        line
        for line in (DATA / "triggers.tsv").read_text(encoding="utf-8").splitlines()
        if line.startswith("#")
    )
    extending = (DOCS / "extending.md").read_text(encoding="utf-8")
    for flag in sorted(VERB_FLAGS - {"", "-"}):
        assert re.search(rf"\b{re.escape(flag)}:", header), flag
        assert f"`{flag}`" in extending, flag


def test_docs_modality_effects_are_explained_in_the_data_file() -> None:
    header = (DATA / "modality.tsv").read_text(encoding="utf-8").split("\n\n", 1)[0]
    used = {row.cells[1] for row in lexicon.rows("modality.tsv")}
    for effect in Effect:
        assert re.search(rf"#\s+{effect.value}\s", header), effect
    assert used <= {e.value for e in Effect}


def test_docs_every_policy_step_is_in_the_extending_table() -> None:
    extending = (DOCS / "extending.md").read_text(encoding="utf-8")
    steps = [r.name for r in DEFAULT_POLICY.resolvers] + [f.name for f in DEFAULT_POLICY.filters]
    for name in steps:
        assert f"| `{name}` |" in extending, name


def test_docs_merge_feed_example_runs_on_the_example_articles() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "merge_feed.py")],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    lines = done.stdout.splitlines()
    assert any("END" in line and "Miriam Okafor" in line for line in lines), lines
    assert all("[examples/" in line for line in lines), lines
