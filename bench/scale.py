"""How a batch's bookkeeping grows with its size: 100, 1,000 and 5,000 documents (general-debate
statements repeated under new names).

Run: .venv/bin/python bench/scale.py [FOLDER] [--sizes 100,1000,5000] [--extract 100] [--workers 2]
FOLDER holds year sub-folders of statements (default: ../shared/ungd). For each size N, N input
files are made from the first `--extract` 2021 statements (file k is statement k mod that number,
under a new name). Up to
`--extract` documents, `gcmextract batch` extracts them (documents per second, peak memory of the
coordinator process and of its largest worker). Larger sizes are not extracted (hours on 2 cores):
their output folder is made from the extracted one, each output copied under its new name with a
manifest entry as the batch writes it (same input bytes, so the same sha256). For every size:
manifest size; a rerun of the same command over the finished folder (the resume after an
interrupt: every input hashed, every output checked, nothing extracted), its time and the
coordinator's peak memory; `gcmextract export --format csv` and `gcmextract report` times.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from _common import BIN, SHARED, machine


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def timed(cmd: list[str]) -> tuple[float, float]:
    """(wall seconds, peak resident MB of the command's own process) of one command; the peak is
    read from /proc while it runs (VmHWM), so its worker processes do not count."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0.0
    status = Path(f"/proc/{proc.pid}/status")
    while proc.poll() is None:
        try:
            for line in status.read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peak = max(peak, int(line.split()[1]) / 1024)
        except OSError:
            pass
        time.sleep(0.2)
    if proc.returncode:
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}")
    return time.perf_counter() - t0, peak


def make_inputs(statements: list[Path], n: int, in_dir: Path) -> None:
    """N inputs, input k a copy of statement k mod their number under a new name."""
    in_dir.mkdir(parents=True)
    for i in range(n):
        src = statements[i % len(statements)]
        shutil.copy(src, in_dir / f"{src.stem}-{i:05d}{src.suffix}")


def synthesise(seed_out: Path, seed_in: Path, n: int, in_dir: Path, out: Path) -> None:
    """N inputs and their output folder made from the extracted seed folder's finished documents
    (input k copies the k-th mod their number), as the batch would write them."""
    pool = [
        e
        for e in map(json.loads, (seed_out / "manifest.jsonl").read_text().splitlines())
        if e.get("status") in ("ok", "skipped")  # skipped: by the rerun that measured resume
    ]
    in_dir.mkdir(parents=True)
    out.mkdir(parents=True)
    lines = []
    for i in range(n):
        seed = pool[i % len(pool)]
        stem, dot, ext = seed["relpath"].rpartition(".")
        name = f"{stem}-{i:05d}.{ext}"
        shutil.copy(seed_in / seed["relpath"], in_dir / name)
        data = (seed_out / f"{seed['doc_id']}.json").read_bytes()
        # document.id comes first in the output
        data = data.replace(json.dumps(seed["doc_id"]).encode(), json.dumps(name).encode(), 1)
        (out / f"{name}.json").write_bytes(data)
        entry: dict[str, Any] = {
            **seed,
            "status": "ok",
            "path": str(in_dir / name),
            "input_dir": str(in_dir),
            "relpath": name,
            "doc_id": name,
            "output_sha256": hashlib.sha256(data).hexdigest(),
        }
        lines.append(json.dumps(entry, ensure_ascii=False, sort_keys=True))
    (out / "manifest.jsonl").write_text("".join(x + "\n" for x in sorted(lines)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", nargs="?", type=Path, default=SHARED / "ungd")
    parser.add_argument("--sizes", default="100,1000,5000")
    parser.add_argument("--extract", type=int, default=100, help="extract batches up to this size")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    statements = sorted((args.folder / "2021").glob("*.txt"))[: args.extract]
    if not statements:
        parser.error(f"{args.folder}/2021: no statements")
    sizes = [int(s) for s in args.sizes.split(",")]
    gcm = str(BIN / "gcmextract")
    print(f"machine: {machine()}; load average {load()}")
    print(
        "| documents | extracted? | docs/s | coordinator peak MB | manifest bytes "
        "| resume s | resume peak MB | export csv s | report s | report bytes | load |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        seed: tuple[Path, Path] | None = None
        for n in sizes:
            in_dir, out = tmp / f"in-{n}", tmp / f"out-{n}"
            batch = [gcm, "batch", str(in_dir), "-o", str(out), "--workers", str(args.workers)]
            rate, peak = "", ""
            if n <= args.extract:
                make_inputs(statements, n, in_dir)
                seconds, mb = timed(batch)
                rate, peak = f"{n / seconds:.2f}", f"{mb:.0f}"
                seed = (out, in_dir)
            elif seed is None:
                raise SystemExit("the first size must be extracted (--extract)")
            else:
                synthesise(seed[0], seed[1], n, in_dir, out)
            manifest = (out / "manifest.jsonl").stat().st_size
            resume, resume_mb = timed(batch)
            export, _ = timed(
                [gcm, "export", str(out), "-o", str(tmp / f"csv-{n}"), "--format", "csv"]
            )
            page = tmp / f"report-{n}.html"
            report, _ = timed([gcm, "report", str(out), "-o", str(page)])
            print(
                f"| {n:,} | {'yes' if rate else 'no (copies)'} | {rate or '-'} | {peak or '-'} "
                f"| {manifest:,} | {resume:.1f} | {resume_mb:.0f} | {export:.1f} | {report:.1f} "
                f"| {page.stat().st_size:,} | {load()} |",
                flush=True,
            )
            if n > args.extract:
                shutil.rmtree(in_dir)
                shutil.rmtree(out)


if __name__ == "__main__":
    main()
