"""The time budget outside the main thread (as in a Dask worker's thread): Python code running past
it is interrupted with OverBudget, and the timer never reaches code after the block, even when it
fires just as the block ends."""

from __future__ import annotations

import pickle
import threading
import time
from collections.abc import Callable

import pytest

from gcmextract.batch.budget import OverBudget, time_budget

HANG_GUARD = 60.0  # seconds; a budget that never fires fails the test instead of hanging it


def _in_thread(work: Callable[[], object]) -> object:
    """Run `work` in a new thread; its result or the exception it raised."""
    result: list[object] = []

    def target() -> None:
        try:
            result.append(work())
        except BaseException as exc:  # handed to the test
            result.append(exc)

    thread = threading.Thread(target=target)
    thread.start()
    thread.join(HANG_GUARD)
    assert not thread.is_alive(), "the budget never interrupted the thread"
    return result[0]


def _endless() -> None:
    with time_budget(0.2, "late.txt"):
        while True:
            time.sleep(0.01)


def _budget_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "gcmextract-budget"]


def test_budget_threads_interrupts_python_code_outside_main_thread() -> None:
    outcome = _in_thread(_endless)
    assert type(outcome) is OverBudget  # a plain OverBudget, as Dask sends it back
    assert str(outcome) == "late.txt: took longer than 0.2 s (see --timeout)"
    copy = pickle.loads(pickle.dumps(outcome))
    assert str(copy) == str(outcome)
    assert not _budget_threads()


def test_budget_threads_block_within_budget_is_not_interrupted_later() -> None:
    def work() -> str:
        with time_budget(0.05):
            pass
        end = time.monotonic() + 0.3  # well past the budget, in Python code the timer could reach
        while time.monotonic() < end:
            time.sleep(0.005)
        return "done"

    assert _in_thread(work) == "done"
    assert not _budget_threads()


def test_budget_threads_timer_firing_at_exit_never_escapes(monkeypatch: pytest.MonkeyPatch) -> None:
    from gcmextract.batch import budget

    original = budget._set_async_exc

    def late(thread_id: int, exc: type[BaseException] | None) -> int:
        if exc is not None:  # the timer thread is held up between expiring and raising
            time.sleep(0.002)
        return original(thread_id, exc)

    monkeypatch.setattr(budget, "_set_async_exc", late)

    def work() -> list[BaseException]:
        escaped: list[BaseException] = []
        for _ in range(200):  # the block ends about when the budget does: both orders happen
            try:
                with time_budget(0.002):
                    end = time.perf_counter() + 0.002
                    while time.perf_counter() < end:
                        time.sleep(0)
            except OverBudget:
                pass  # the budget ran out inside the block: that is where it may be raised
            try:
                for _ in range(200):
                    time.sleep(0)
            except BaseException as exc:  # an exception from a budget already left
                escaped.append(exc)
        return escaped

    assert _in_thread(work) == []
    assert not _budget_threads()


def test_budget_threads_main_thread_keeps_the_signal_timer() -> None:
    assert threading.current_thread() is threading.main_thread()
    with pytest.raises(OverBudget, match="took longer than 0.2 s"), time_budget(0.2):
        while True:
            time.sleep(0.01)
    assert not _budget_threads()
