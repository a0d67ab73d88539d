"""How many batch workers a machine can hold: one per core, but no more than the available memory
allows at about 0.5 GB per worker (each loads its own pipeline)."""

from __future__ import annotations

import os

WORKER_BYTES = 512 * 1024 * 1024


def available_memory() -> int | None:
    """Bytes of memory available to new processes, or None when the system does not say."""
    try:
        with open("/proc/meminfo", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return None


def default_workers() -> int:
    """min(cores, available memory / 0.5 GB), at least 1."""
    cores = os.cpu_count() or 1
    memory = available_memory()
    by_memory = cores if memory is None else memory // WORKER_BYTES
    return max(1, min(cores, by_memory))
