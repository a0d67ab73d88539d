"""Worker processes end with the batch that started them, even when it is killed with SIGKILL
(which no handler in the parent can see): on Linux the kernel sends the worker SIGKILL when its
parent dies (PR_SET_PDEATHSIG, which works even while the worker is busy in C code); everywhere, a
watchdog thread polls the parent's process id and ends the worker once it was adopted."""

from __future__ import annotations

import os
import signal
import sys
import threading
import time

POLL_SECONDS = 0.5
_PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int) -> None:
    """End this process as soon as `parent` (the pid that started it) is gone."""
    _kernel_death_signal()
    if os.getppid() != parent:  # the parent died before we were armed
        os._exit(1)
    threading.Thread(target=_watch, args=(parent,), name="lifeline", daemon=True).start()


def _kernel_death_signal() -> None:
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
    except (OSError, AttributeError):
        pass  # the watchdog thread still covers it


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(POLL_SECONDS)
    os._exit(1)
