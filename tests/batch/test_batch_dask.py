"""Batch on Dask distributed: a LocalCluster of two workers gives the same outputs (byte for byte)
and manifest as the local executor, isolates a bad file, and resumes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli

pytest.importorskip(
    "distributed", reason="Dask distributed is installed by the test extra (pip install -e .[test])"
)

DOCS = {
    "GHA_77_2022.txt": "In 2022 Ghana spent GHS 4 million on reintegration (Objective 21).\n",
    "KEN_77_2022.md": "# Kenya\n\nIn 2021 IOM gave KES 15 million to 1,200 returnees.\n",
    "sub/CHL_76_2021.txt": "Since 2019 Chile has issued 40,000 humanitarian visas.\n",
    "empty.txt": "",
}


def _outputs(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.json"))}


def _manifest(out: Path) -> list[dict]:
    lines = (out / "manifest.jsonl").read_text("utf-8").splitlines()
    return [{k: v for k, v in json.loads(x).items() if k != "seconds"} for x in lines]


@pytest.mark.slow
def test_batch_dask_local_cluster_matches_local_executor(tmp_path: Path) -> None:
    src = tmp_path / "in"
    for name, text in DOCS.items():
        (src / name).parent.mkdir(parents=True, exist_ok=True)
        (src / name).write_text(text, "utf-8")
    local, dask = tmp_path / "local", tmp_path / "dask"
    assert run_cli("batch", str(src), "-o", str(local), "-w", "1").returncode == 1  # empty.txt
    proc = run_cli("batch", str(src), "-o", str(dask), "-w", "2", "--scheduler", "local", "--json")
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    assert (json.loads(proc.stdout)["ok"], json.loads(proc.stdout)["failed"]) == (3, 1)
    assert _outputs(dask) == _outputs(local) and len(_outputs(local)) == 3
    assert _manifest(dask) == _manifest(local)
    again = run_cli("batch", str(src), "-o", str(dask), "-w", "2", "--scheduler", "local", "--json")
    assert json.loads(again.stdout)["skipped"] == 3
