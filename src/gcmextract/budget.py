"""A time budget per document: work that runs past it is interrupted with "took longer than N s"
(an interval timer in the process's main thread). Work stuck where the timer's signal is never
handled (a loop in C) is ended from outside: batch workers are killed by their parent (`workers`)."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from gcmextract.errors import GcmError


class OverBudget(GcmError):
    """A document took longer than its time budget."""

    def __init__(self, seconds: float, path: str | None = None) -> None:
        self.seconds = seconds
        super().__init__(f"took longer than {seconds:g} s (see --timeout)", path)


def _armable() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_budget(seconds: float | None, path: str | None = None) -> Iterator[None]:
    """Raise OverBudget inside the block when it runs longer than `seconds` (no budget when None or
    outside the main thread). Budgets do not nest: the inner one replaces the outer one."""
    if not seconds or not _armable():
        yield
        return

    def expire(signum: int, frame: Any) -> None:
        raise OverBudget(seconds, path)

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
