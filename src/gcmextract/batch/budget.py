"""A time budget per document: work that runs past it is interrupted with "took longer than N s"
(an interval timer in the process's main thread; in any other thread, such as a Dask worker's, a
timer thread raises the error asynchronously in the working thread). Work stuck where neither is
handled (a loop in C) is ended from outside: batch workers are killed by their parent (`pool`),
Dask workers restarted by the driver (`distributed`)."""

from __future__ import annotations

import ctypes
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from gcmextract.errors import GcmError


class OverBudget(GcmError):
    """A document took longer than its time budget."""

    def __init__(self, seconds: float, path: str | None = None) -> None:
        self.seconds = seconds
        super().__init__(f"took longer than {seconds:g} s (see --timeout)", path)

    def __reduce__(self) -> tuple[Any, ...]:
        # pickled (as Dask sends errors back) from its arguments, as a plain OverBudget
        return (OverBudget, (self.seconds, self.path))


def _main_thread() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_budget(seconds: float | None, path: str | None = None) -> Iterator[None]:
    """Raise OverBudget inside the block when it runs longer than `seconds` (no budget when None).
    Budgets do not nest: in the main thread the inner one replaces the outer one."""
    if not seconds:
        yield
    elif _main_thread():
        with _signal_budget(seconds, path):
            yield
    else:
        with _thread_budget(seconds, path):
            yield


@contextmanager
def _signal_budget(seconds: float, path: str | None) -> Iterator[None]:
    """The budget in the main thread: SIGALRM from an interval timer."""

    def expire(signum: int, frame: Any) -> None:
        raise OverBudget(seconds, path)

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _set_async_exc(thread_id: int, exc: type[BaseException] | None) -> int:
    """Have `exc` raised in the thread at its next bytecode boundary (None: withdraw a pending one).
    Returns the number of threads affected."""
    target = ctypes.py_object(exc) if exc is not None else None
    return int(ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), target))


@contextmanager
def _thread_budget(seconds: float, path: str | None) -> Iterator[None]:
    """The budget in any other thread: a timer thread raises `Expired` (an OverBudget) in this one
    when the time is up. The exception arrives at the next bytecode boundary, so code blocked in C
    is interrupted only when it returns to Python.

    On the way out the timer is cancelled and joined, so it cannot fire later, and an exception it
    raised just as the block finished is withdrawn if still pending, or swallowed if it arrives
    while the timer is being stopped: it never escapes into the code after the block."""
    owner = threading.get_ident()

    class Expired(OverBudget):
        def __init__(self) -> None:
            super().__init__(seconds, path)

    fired = threading.Event()

    def expire() -> None:
        fired.set()
        _set_async_exc(owner, Expired)

    timer = _timer(seconds, expire, "gcmextract-budget")
    try:
        yield
    except Expired:
        raise OverBudget(seconds, path) from None  # a plain OverBudget: picklable, no local class
    finally:
        for _ in range(2):  # the timer fires at most once, so a second pass is always quiet
            try:
                timer.cancel()
                timer.join()
                if fired.is_set():
                    _set_async_exc(owner, None)
                break
            except Expired:
                continue


@contextmanager
def watchdog(seconds: float | None, on_stall: Callable[[], None]) -> Iterator[None]:
    """Call `on_stall` from a watchdog thread if the block is still running `seconds` later: the
    last resort of a single process whose work is stuck where no budget reaches (a loop in C); the
    callback reports and ends the process. Cancelled when the block ends (None: no watchdog)."""
    if not seconds:
        yield
        return
    timer = _timer(seconds, on_stall, "gcmextract-watchdog")
    try:
        yield
    finally:
        timer.cancel()


def _timer(seconds: float, action: Callable[[], None], name: str) -> threading.Timer:
    """A started daemon timer thread that runs `action` once after `seconds` unless cancelled."""
    timer = threading.Timer(seconds, action)
    timer.daemon = True
    timer.name = name
    timer.start()
    return timer
