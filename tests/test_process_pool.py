"""OrderedMap: worker processes on pipes of their own, results in input order,
nothing lost when a worker dies or a message cannot be pickled."""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from personnel_events import WorkerSetupError
from personnel_events.process_pool import Failed, OrderedMap

CAN_FORK = "fork" in multiprocessing.get_all_start_methods()
pytestmark = pytest.mark.skipif(
    not CAN_FORK, reason="these tests hand functions of this module to forked workers"
)
FORK = multiprocessing.get_context("fork") if CAN_FORK else None


def setup_nothing() -> None:
    pass


def setup_fails() -> None:
    raise OSError("no word lists here")


def setup_dies() -> None:
    os._exit(7)


def square(items: list[int]) -> list[int]:
    return [i * i for i in items]


def square_or_die(items: list[int]) -> list[int]:
    """Squares; a worker given -1 exits at once, one given -9 is killed."""
    if -1 in items:
        os._exit(3)
    if -9 in items:
        os.kill(os.getpid(), signal.SIGKILL)
    return square(items)


def square_or_raise(items: list[int]) -> list[int]:
    if 13 in items:
        raise ArithmeticError("unlucky")
    return square(items)


def unpicklable_results(items: list[int]) -> list[object]:
    return [threading.Lock() if i == 5 else i for i in items]


def chunked(items: list[Any], size: int) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def run_map(
    items: list[Any],
    run: Callable[[list[Any]], list[Any]],
    *,
    size: int = 3,
    workers: int = 2,
    window: int = 8,
    initializer: Callable[[], None] = setup_nothing,
) -> list[tuple[Any, Any]]:
    with OrderedMap(
        chunked(items, size),
        run,
        workers=workers,
        context=FORK,  # type: ignore[arg-type]
        initializer=initializer,
        window=window,
    ) as pool:
        return list(pool)


@pytest.mark.parametrize(("workers", "size"), [(1, 1), (2, 1), (2, 3), (3, 7)])
def test_results_come_in_input_order(workers: int, size: int) -> None:
    items = list(range(40))
    assert run_map(items, square, size=size, workers=workers) == [(i, i * i) for i in items]


def test_no_chunk_gives_no_pair() -> None:
    assert run_map([], square) == []


@pytest.mark.parametrize("death", [-1, -9])
def test_a_dying_worker_loses_only_the_input_it_died_on(death: int) -> None:
    items = [1, 2, death, 4, 5, 6, 7]
    pairs = run_map(items, square_or_die, size=4)
    assert [item for item, _ in pairs] == items
    lost = pairs[2][1]
    assert isinstance(lost, Failed) and lost.lost
    assert f"exit code {3 if death == -1 else -signal.SIGKILL}" in lost.reason
    assert [out for item, out in pairs if item != death] == [1, 4, 16, 25, 36, 49]


def test_two_deadly_inputs_in_one_chunk_are_both_reported() -> None:
    items = [-1, 2, -9, 4, 5]
    pairs = run_map(items, square_or_die, size=5, workers=1)
    assert [isinstance(out, Failed) and out.lost for _, out in pairs] == [
        True, False, True, False, False
    ]  # fmt: skip
    assert [out for _, out in pairs if not isinstance(out, Failed)] == [4, 16, 25]


def test_a_chunk_whose_function_raises_is_failed_not_lost() -> None:
    pairs = run_map(list(range(10, 16)), square_or_raise, size=3)
    failed = [item for item, out in pairs if isinstance(out, Failed)]
    assert failed == [13, 14, 15]  # the chunk of 13
    assert all(
        "ArithmeticError: unlucky" in out.reason and not out.lost
        for _, out in pairs
        if isinstance(out, Failed)
    )


def test_an_input_that_cannot_be_pickled_is_failed_and_the_rest_go_on() -> None:
    items: list[object] = [1, 2, (c for c in "x"), 4]
    pairs = run_map(items, square, size=1)
    assert [out for _, out in pairs][:2] == [1, 4] and pairs[3][1] == 16
    failed = pairs[2][1]
    assert isinstance(failed, Failed) and not failed.lost
    assert "could not be sent to a worker" in failed.reason


def test_results_that_cannot_be_pickled_are_failed_and_the_rest_come_back() -> None:
    pairs = run_map(list(range(8)), unpicklable_results, size=2)
    failed = [item for item, out in pairs if isinstance(out, Failed)]
    assert failed == [4, 5]
    assert [out for _, out in pairs if not isinstance(out, Failed)] == [0, 1, 2, 3, 6, 7]
    assert "could not be sent back" in pairs[5][1].reason


@pytest.mark.parametrize(
    ("setup", "n", "message"),
    [
        (setup_fails, 10, "OSError: no word lists here"),  # raised once
        (setup_dies, 50, r"died in a row .* exit code 7"),  # not restarted for ever
    ],
)
def test_a_failing_setup_stops_the_map_and_leaves_no_worker(
    setup: Callable[[], None], n: int, message: str
) -> None:
    with pytest.raises(WorkerSetupError, match=message):
        run_map(list(range(n)), square, size=1, window=4, initializer=setup)
    assert multiprocessing.active_children() == []


def test_chunks_are_read_at_most_a_window_ahead() -> None:
    read: list[int] = []

    def counted() -> Iterator[list[int]]:
        for i in range(100):
            read.append(i)
            yield [i]

    with OrderedMap(
        counted(),
        square,
        workers=2,
        context=FORK,  # type: ignore[arg-type]
        initializer=setup_nothing,
        window=5,
    ) as pool:
        pairs = iter(pool)
        assert next(pairs) == (0, 0)
        assert len(read) <= 1 + 5
        assert next(pairs) == (1, 1)
        assert len(read) <= 2 + 5


def test_leaving_early_stops_every_worker() -> None:
    with OrderedMap(
        chunked(list(range(1000)), 1),
        square,
        workers=2,
        context=FORK,  # type: ignore[arg-type]
        initializer=setup_nothing,
        window=4,
    ) as pool:
        for item, out in pool:
            if item == 3:
                assert out == 9
                break
    assert multiprocessing.active_children() == []
