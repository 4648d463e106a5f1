"""The scripts of benchmarks/ run and print what they measure, and the comparison
refuses what is not a src folder (their figures are measured, never asserted)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "benchmarks" / "compare.py"
THROUGHPUT = ROOT / "benchmarks" / "throughput.py"


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


def test_throughput_workers_gives_each_round_its_own_ceiling() -> None:
    done = subprocess.run(
        [sys.executable, str(THROUGHPUT), "--mode", "workers", "--quick"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert any(line.startswith("two-process ceiling, median of 1 rounds: ") for line in lines)
    shares = [line for line in lines if "of the two-process ceiling, the median of each" in line]
    assert len(shares) == 2  # warm, then cold
    assert "target at least 85%" in shares[0] and "target" not in shares[1]
