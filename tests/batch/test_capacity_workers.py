"""The default number of batch workers is bounded by the cores and by the available memory (about
0.5 GB per worker), and `batch --help` says so."""

from __future__ import annotations

import pytest

from conftest import run_cli
from gcmextract.batch import capacity

GB = 1024**3


@pytest.mark.parametrize(
    ("cores", "memory", "expected"),
    [
        (8, 64 * GB, 8),  # plenty of memory: one worker per core
        (8, int(1.6 * GB), 3),  # 1.6 GB holds three workers of 0.5 GB
        (2, int(0.3 * GB), 1),  # never fewer than one
        (4, None, 4),  # the system does not say: cores alone
    ],
)
def test_capacity_workers_bounded_by_cores_and_memory(
    monkeypatch: pytest.MonkeyPatch, cores: int, memory: int | None, expected: int
) -> None:
    monkeypatch.setattr(capacity.os, "cpu_count", lambda: cores)
    monkeypatch.setattr(capacity, "available_memory", lambda: memory)
    assert capacity.default_workers() == expected


def test_capacity_workers_stated_in_help() -> None:
    proc = run_cli("batch", "--help", env={"COLUMNS": "200"})
    text = " ".join(proc.stdout.replace("\u2502", " ").split())  # rich draws a box
    assert proc.returncode == 0
    assert "about 0.5 GB each" in text and "lowered to what the available memory holds" in text
