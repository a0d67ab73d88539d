"""Shared helpers for the benchmarks: repository paths, timing and machine description."""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS_TXT = ROOT / "corpus" / "canada-2021-annex.txt"
CORPUS_PDF = ROOT / "corpus" / "canada-2021-annex.pdf"
SHARED = ROOT.parent / "shared"
BIN = Path(sys.executable).parent


def machine() -> str:
    """One line describing this machine."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, {cpu}, Python {platform.python_version()}"


def best_of(func: Callable[[], object], repeat: int = 3) -> float:
    """Best wall time of `repeat` calls, in seconds (the least disturbed run)."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        func()
        times.append(time.perf_counter() - t0)
    return min(times)


def median_wall(cmd: list[str], repeat: int = 5) -> float:
    """Median wall time of running `cmd` as a process, in seconds."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)
