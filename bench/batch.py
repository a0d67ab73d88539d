"""Batch throughput, memory and executor identity: `gcmextract batch` over the UN General Debate
statements 2020-2022, with local worker processes and on a Dask distributed LocalCluster.

Run: .venv/bin/python bench/batch.py [FOLDER] [--years 2020 2021 2022] [--limit N] [--no-dask]
FOLDER holds one sub-folder of `*.txt` statements per year (default: ../shared/ungd from the
repository root). Runs the batch with 1 local worker, on a Dask LocalCluster of 2 worker processes
(one thread each, started by this script and reached through `--scheduler tcp://...`), with 2 local
workers, then on a LocalCluster of 1 worker, each in a fresh output folder, printing each run as it
ends. Prints documents per second, the speed-up
over one local worker (target >= 1.7 with two workers), the peak resident memory of the largest
process of a local run and of every Dask worker (target <= 600 MB per worker), and whether every
document's JSON is byte-identical to the one-worker local run's (naming the JSON fields of any
document that differs). The package source is hashed before and after every run: workers import
the source tree when they start, so an edit made during the bench would compare two versions of
the code.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from _common import BIN, ROOT, SHARED, machine

PROBE = """
import resource, subprocess, sys, json, time
t0 = time.perf_counter()
rc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
dt = time.perf_counter() - t0
peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"rc": rc, "seconds": dt, "peak_mb": peak_kb / 1024}))
"""


def _peak_mb() -> float:
    """Peak resident memory of the calling process (run on each Dask worker)."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(in_dir: Path, workers: int, *extra: str, keep: Path | None = None) -> dict[str, Any]:
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
        if keep is not None:
            shutil.copytree(out, keep, dirs_exist_ok=True)
        return result
    finally:
        shutil.rmtree(out, ignore_errors=True)


def run_dask(in_dir: Path, workers: int, keep: Path | None = None) -> dict[str, Any]:
    """The same batch on a LocalCluster of `workers` processes; adds each worker's peak memory."""
    from dask.distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        result = run(in_dir, workers, "--scheduler", cluster.scheduler_address, keep=keep)
        result["worker_peak_mb"] = sorted(client.run(_peak_mb).values())
    return result


def source_digest() -> str:
    """sha256 of every file of the package source and its models: the editable install that each
    run's workers import when they start, so an edit during the bench would make its runs
    incomparable."""
    h = hashlib.sha256()
    files = [*(ROOT / "src" / "gcmextract").rglob("*"), *(ROOT / "models").rglob("*")]
    for p in sorted(files):
        if p.is_file() and "__pycache__" not in p.parts:
            h.update(str(p.relative_to(ROOT)).encode() + b"\0" + p.read_bytes())
    return h.hexdigest()[:16]


def _diff(a: Any, b: Any, path: str = "") -> list[str]:
    """JSON paths (list indices as [*]) where two parsed documents differ."""
    if isinstance(a, dict) and isinstance(b, dict):
        out = []
        for k in sorted(set(a) | set(b)):
            out += _diff(a.get(k), b.get(k), f"{path}.{k}")
        return out
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        out = []
        for x, y in zip(a, b, strict=True):
            out += _diff(x, y, f"{path}[*]")
        return out
    return [] if a == b else [path or "."]


def identity(label: str, ref: dict[str, bytes], other: dict[str, bytes]) -> bool:
    """Print how many documents' JSON are byte-identical, and the fields of those that are not."""
    names = sorted(set(ref) | set(other))
    differ = [n for n in names if ref.get(n) != other.get(n)]
    print(
        f"{label}: {len(names) - len(differ)}/{len(names)} documents byte-identical "
        f"to the 1-worker local run"
    )
    for n in differ:
        if n not in ref or n not in other:
            print(f"  {n}: only in {'the reference' if n in ref else label}")
            continue
        fields = sorted(set(_diff(json.loads(ref[n]), json.loads(other[n]))))
        print(f"  {n}: differs in {', '.join(fields) or 'formatting only'}")
    sys.stdout.flush()
    return not differ


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "folder",
        nargs="?",
        type=Path,
        default=SHARED / "ungd",
        help="folder of year sub-folders of statements (default: ../shared/ungd from the repository root)",
    )
    parser.add_argument("--years", nargs="+", default=["2020", "2021", "2022"])
    parser.add_argument("--limit", type=int, default=0, help="use only the first N files (0 = all)")
    parser.add_argument("--no-dask", action="store_true", help="skip the Dask LocalCluster runs")
    parser.add_argument("--keep", type=Path, help="copy every run's output folder under this one")
    args = parser.parse_args()
    if not args.folder.is_dir():
        parser.error(f"{args.folder}: not a folder (pass the folder of UNGD year sub-folders)")
    with tempfile.TemporaryDirectory() as tmp:
        in_dir = Path(tmp) / "in"
        in_dir.mkdir()
        files = sorted(f for y in args.years for f in (args.folder / y).glob("*.txt"))
        if args.limit:
            files = files[: args.limit]
        for f in files:
            shutil.copy(f, in_dir / f.name)
        words = sum(len(f.read_text(encoding="utf-8", errors="replace").split()) for f in files)
        print(f"machine: {machine()}")
        print(f"load average before the runs: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        print(f"input: {len(files)} files, {words:,} words")
        code = source_digest()
        print(f"source tree digest: {code}")
        t0 = time.perf_counter()
        plan = [("1 worker", 1, False), ("2 Dask workers", 2, True)]
        plan += [("2 workers", 2, False), ("1 Dask worker", 1, True)]
        runs: list[tuple[str, dict[str, Any]]] = []
        same = []
        for label, workers, dask in plan:
            if dask and args.no_dask:
                continue
            where = args.keep / label.replace(" ", "-") if args.keep else None
            r = run_dask(in_dir, workers, where) if dask else run(in_dir, workers, keep=where)
            runs.append((label, r))
            one = runs[0][1]
            memory = (
                f"peak RSS per Dask worker {', '.join(f'{m:.0f}' for m in r['worker_peak_mb'])} MB"
                if "worker_peak_mb" in r
                else f"peak RSS of largest process {r['peak_mb']:.0f} MB"
            )
            load = " ".join(f"{x:.1f}" for x in os.getloadavg())
            print(
                f"{label}: {len(files) / r['seconds']:.2f} docs/s ({r['seconds']:.1f}s, exit {r['rc']}, "
                f"ok {r['ok']}), {memory} (target <= 600), "
                f"speed-up over 1 local worker {one['seconds'] / r['seconds']:.2f} "
                f"(target >= 1.7 with 2 workers); load average after it {load}",
                flush=True,
            )
            if source_digest() != code:
                print("the source tree changed during the runs: their outputs are not comparable")
                same.append(False)
            if len(runs) > 1:
                same.append(identity(label, one["outputs"], r["outputs"]))
        print(f"every run byte-identical to the 1-worker local run: {all(same)}")
        print(f"load average after the runs: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        print(f"total bench time {time.perf_counter() - t0:.0f}s")


if __name__ == "__main__":
    main()
