"""The comparison script of benchmarks/ runs and refuses what is not a src folder
(its figures are measured, never asserted)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "benchmarks" / "compare.py"


def _compare(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, cwd=ROOT, timeout=300
    )


def test_compare_times_two_versions_in_turn() -> None:
    src = str(ROOT / "src")
    done = _compare(src, src, "--rounds", "1", "--words", "2000")
    assert done.returncode == 0, done.stderr
    assert "round 1: old" in done.stdout and "best: old" in done.stdout


def test_compare_refuses_a_folder_without_the_package(tmp_path: Path) -> None:
    done = _compare(str(tmp_path), str(ROOT / "src"))
    assert done.returncode != 0
    assert "no personnel_events package" in done.stderr
