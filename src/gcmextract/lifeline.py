"""Worker processes end with the batch that started them, even when it is killed with SIGKILL
(which no handler in the parent can see): a watchdog thread polls the parent's process id and
ends the worker once the parent is gone (the worker was then adopted by another process)."""

from __future__ import annotations

import os
import threading
import time

POLL_SECONDS = 0.5


def die_with_parent(parent: int) -> None:
    """End this process as soon as `parent` (the pid that started it) is gone."""
    if os.getppid() != parent:  # the parent died before the watchdog started
        os._exit(1)
    threading.Thread(target=_watch, args=(parent,), name="lifeline", daemon=True).start()


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(POLL_SECONDS)
    os._exit(1)
