"""A document over its time budget fails alone ("took longer than N s"), even when it holds its
worker where no signal handler runs: the worker is killed and replaced, the rest of the batch
succeeds and the run ends. The endless document comes from the test plugin in tests/plugins
(sitecustomize), which also gives the workers a blank spaCy pipeline so they start quickly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import PLUGINS, run_cli

COUNTRIES = [
    "Ghana",
    "Peru",
    "Nepal",
    "Jordan",
    "Morocco",
    "Chile",
    "Kenya",
    "Fiji",
    "Mali",
    "Togo",
]


@pytest.mark.slow
def test_batch_timeout_endless_document_fails_alone(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(20):
        country = COUNTRIES[i % len(COUNTRIES)]
        (folder / f"{country.lower()}-{i:02d}.txt").write_text(
            f"{country} resettled {40 + i} refugees in {2010 + i} with EUR {i + 1} million.",
            encoding="utf-8",
        )
    (folder / "endless-report.txt").write_text(
        "Paraguay opened 2 consulates in 2019.", encoding="utf-8"
    )
    out = tmp_path / "out"
    proc = run_cli(
        "batch",
        str(folder),
        "-o",
        str(out),
        "--workers",
        "2",
        "--timeout",
        "3",
        env={
            "PYTHONPATH": str(PLUGINS),
            "GCMEXTRACT_TEST_STALL": "endless-report",
            "GCMEXTRACT_TEST_BLANK": "1",
        },
    )
    assert proc.returncode == 1, proc.stderr
    entries = [json.loads(line) for line in (out / "manifest.jsonl").read_text().splitlines()]
    failed = [e for e in entries if e["status"] == "failed"]
    assert [Path(e["path"]).name for e in failed] == ["endless-report.txt"], failed
    assert "took longer than 3 s" in failed[0]["error"]
    ok = [e for e in entries if e["status"] == "ok"]
    assert len(ok) == 20
    assert all((out / f"{e['doc_id']}.json").exists() for e in ok)
    assert not (out / "endless-report.json").exists()


def test_batch_timeout_bad_value_is_usage_error(tmp_path: Path) -> None:
    proc = run_cli("batch", str(tmp_path), "-o", str(tmp_path / "out"), "--timeout", "never")
    assert proc.returncode == 2
    assert "--timeout" in proc.stderr and "Traceback" not in proc.stderr
