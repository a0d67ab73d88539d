"""Batch throughput and memory: `gcmextract batch` over the UN General Debate statements 2020-2022.

Run: .venv/bin/python bench/batch.py [--years 2020 2021 2022] [--limit N]
Runs the batch with 1 and 2 workers (each in a fresh output folder), then with 2 workers of a Dask
LocalCluster (`--scheduler local`, skipped with --no-dask), prints documents per second, the
speed-up (target >= 1.7 on 2 cores), the peak resident memory of the largest process (target
<= 600 MB per worker) and whether the Dask run's JSON files are byte-identical to the local ones.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from _common import BIN, SHARED, machine

PROBE = """
import resource, subprocess, sys, json, time
t0 = time.perf_counter()
rc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
dt = time.perf_counter() - t0
peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"rc": rc, "seconds": dt, "peak_mb": peak_kb / 1024}))
"""


def run(in_dir: Path, workers: int, *extra: str) -> dict[str, Any]:
    """Run one batch in a fresh folder, measured from a probe process (peak RSS of its largest child)."""
    out = Path(tempfile.mkdtemp(prefix=f"bench-batch-{workers}-"))
    try:
        cmd = [
            str(BIN / "gcmextract"),
            "batch",
            str(in_dir),
            "-o",
            str(out),
            "--workers",
            str(workers),
            *extra,
        ]
        proc = subprocess.run(
            [sys.executable, "-c", PROBE, *cmd], capture_output=True, text=True, check=True
        )
        result = json.loads(proc.stdout)
        result["ok"] = sum(
            1 for line in (out / "manifest.jsonl").read_text().splitlines() if '"ok"' in line
        )
        result["outputs"] = {p.name: p.read_bytes() for p in out.glob("*.json")}
        return result
    finally:
        shutil.rmtree(out, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--years", nargs="+", default=["2020", "2021", "2022"])
    parser.add_argument("--limit", type=int, default=0, help="use only the first N files (0 = all)")
    parser.add_argument("--no-dask", action="store_true", help="skip the Dask LocalCluster run")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        in_dir = Path(tmp) / "in"
        in_dir.mkdir()
        files = sorted(f for y in args.years for f in (SHARED / "ungd" / y).glob("*.txt"))
        if args.limit:
            files = files[: args.limit]
        for f in files:
            shutil.copy(f, in_dir / f.name)
        words = sum(len(f.read_text(encoding="utf-8", errors="replace").split()) for f in files)
        print(f"machine: {machine()}")
        print(f"input: {len(files)} files, {words:,} words")
        t0 = time.perf_counter()
        one = run(in_dir, 1)
        two = run(in_dir, 2)
        runs = [("1 worker", one), ("2 workers", two)]
        if not args.no_dask:
            runs.append(("2 Dask workers", run(in_dir, 2, "--scheduler", "local")))
        for label, r in runs:
            print(
                f"{label}: {len(files) / r['seconds']:.2f} docs/s ({r['seconds']:.1f}s, exit {r['rc']}, "
                f"ok {r['ok']}), peak RSS of largest process {r['peak_mb']:.0f} MB (target <= 600)"
            )
        print(f"speed-up 2 vs 1 workers: {one['seconds'] / two['seconds']:.2f} (target >= 1.7)")
        if not args.no_dask:
            dask = runs[-1][1]
            print(
                f"speed-up 2 Dask vs 1 worker: {one['seconds'] / dask['seconds']:.2f} (target >= 1.7)"
            )
            same = dask["outputs"] == two["outputs"]
            print(f"Dask JSON byte-identical to the local executor's: {same}")
        print(f"total bench time {time.perf_counter() - t0:.0f}s")


if __name__ == "__main__":
    main()
