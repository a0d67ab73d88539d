"""`extract --timeout` ends a document stuck where its budget's timer cannot reach (code in C,
made by the test plugin: the timer's signal blocked and exceptions in its thread swallowed): one
error line and exit 1 shortly after the budget, no output file, instead of hanging for ever."""

from __future__ import annotations

import subprocess
from pathlib import Path

from conftest import PLUGINS, run_cli

STUCK = {"PYTHONPATH": str(PLUGINS), "GCMEXTRACT_TEST_STALL": "stuck", "GCMEXTRACT_TEST_BLANK": "1"}


def test_extract_watchdog_ends_a_stalled_document(tmp_path: Path) -> None:
    src = tmp_path / "stuck-review.txt"
    src.write_text("Nepal issued 1,500 labour permits in 2019.", encoding="utf-8")
    flag = tmp_path / "stalled"
    out = tmp_path / "out.json"
    try:
        proc = run_cli(
            "extract",
            str(src),
            "-o",
            str(out),
            "--timeout",
            "6",  # room to start up before the document stalls
            env={**STUCK, "GCMEXTRACT_TEST_STALL_FLAG": str(flag)},
        )
    except subprocess.TimeoutExpired as exc:  # the hang guard: the watchdog never fired
        raise AssertionError("extract did not end a stalled document") from exc
    assert flag.exists()  # the document did stall (the plugin was active)
    assert proc.returncode == 1
    (line,) = proc.stderr.strip().splitlines()
    assert line.startswith("gcmextract: error: ") and "took longer than 6 s" in line
    assert "stuck-review.txt" in line
    assert not out.exists() and list(tmp_path.glob(".out.json*")) == []


def test_extract_watchdog_is_quiet_when_the_document_ends_in_time(tmp_path: Path) -> None:
    src = tmp_path / "ghana.txt"
    src.write_text("Ghana resettled 40 refugees in 2018.", encoding="utf-8")
    out = tmp_path / "out.json"
    proc = run_cli("extract", str(src), "-o", str(out), "-q", "--timeout", "60", env=STUCK)
    assert proc.returncode == 0, proc.stderr
    assert out.exists() and proc.stderr == ""
