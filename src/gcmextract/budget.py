"""A time budget per document: work that runs past it is interrupted with "took longer than N s"
(an interval timer in the process's main thread), so one endless document cannot hold a worker."""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from gcmextract.errors import GcmError

# Test hook: a document whose path contains this string never ends (a stand-in for any input the
# budget must stop, without writing one that would hang an unprotected run).
HANG_ENV = "GCMEXTRACT_TEST_HANG"


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


def hang_if_asked(path: str) -> None:
    """The test hook: loop for ever when $GCMEXTRACT_TEST_HANG is a part of `path`."""
    marker = os.environ.get(HANG_ENV)
    if marker and marker in path:
        while True:
            time.sleep(0.05)
