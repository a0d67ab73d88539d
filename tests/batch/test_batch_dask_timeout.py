"""`--timeout` on Dask distributed: a document that never ends fails alone with "took longer than
N s", whether its Python code is interrupted in the worker's thread or it holds the thread as code
in C would (the driver restarts that worker); the other documents give the same files as the local
executor and the run ends with exit 1. The endless documents come from the test plugin in
tests/plugins (sitecustomize), which also gives every worker a blank spaCy pipeline."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from conftest import EXE, PLUGINS

pytest.importorskip(
    "distributed", reason="Dask distributed is installed by the test extra (pip install -e .[test])"
)

BUDGET = "1.5"  # seconds per document: a hang guard for the normal documents, which take far less
HANG_GUARD = 240  # seconds for a whole run; a budget never enforced fails the test instead

DOCS = {
    "gha-2022.txt": "In 2022 Ghana spent GHS 4 million on reintegration (Objective 21).\n",
    "ken-2021.md": "# Kenya\n\nIn 2021 IOM gave KES 15 million to 1,200 returnees.\n",
    "zz-endless.txt": "Peru opened 2 consulates in 2019.\n",  # a loop in Python
    "zz-stuck.txt": "Nepal received 300 returnees in 2020.\n",  # a loop as in C code
}
ENDLESS = ["zz-endless.txt", "zz-stuck.txt"]


def _batch(src: Path, out: Path, *extra: str) -> subprocess.CompletedProcess:
    env = {
        "PYTHONPATH": str(PLUGINS),
        "GCMEXTRACT_TEST_BLANK": "1",
        "GCMEXTRACT_TEST_SPIN": "zz-endless",
        "GCMEXTRACT_TEST_SPIN_FLAG": str(out) + ".interrupted",
        "GCMEXTRACT_TEST_STALL": "zz-stuck",
        "GCMEXTRACT_TEST_STALL_FLAG": str(out) + ".stalled",
    }
    return subprocess.run(
        [EXE, "batch", str(src), "-o", str(out), "--timeout", BUDGET, "-w", "2", "--json", *extra],
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=HANG_GUARD,
    )


def _manifest(out: Path) -> dict[str, dict]:
    lines = (out / "manifest.jsonl").read_text("utf-8").splitlines()
    entries = [json.loads(x) for x in lines]
    return {Path(e["path"]).name: {k: v for k, v in e.items() if k != "seconds"} for e in entries}


def _outputs(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.json"))}


def _check(proc: subprocess.CompletedProcess, out: Path) -> dict[str, dict]:
    assert proc.returncode == 1, proc.stderr
    assert (json.loads(proc.stdout)["ok"], json.loads(proc.stdout)["failed"]) == (2, 2)
    manifest = _manifest(out)
    for name in ENDLESS:
        assert manifest[name]["status"] == "failed", name
        assert f"took longer than {BUDGET} s" in manifest[name]["error"], name
    assert [manifest[name]["status"] for name in DOCS if name not in ENDLESS] == ["ok", "ok"]
    assert len(_outputs(out)) == 2
    assert Path(f"{out}.stalled").exists()  # the stuck document did hold its worker
    assert Path(f"{out}.interrupted").exists()  # the budget stopped the Python loop, in-thread
    return manifest


@pytest.mark.slow
def test_batch_dask_timeout_endless_documents_fail_alone_like_local(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for name, text in DOCS.items():
        (src / name).write_text(text, "utf-8")
    local, dask = tmp_path / "local", tmp_path / "dask"
    local_manifest = _check(_batch(src, local), local)
    proc = _batch(src, dask, "--scheduler", "local")
    assert _check(proc, dask) == local_manifest
    assert _outputs(dask) == _outputs(local)
