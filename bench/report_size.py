"""Size of the corpus report for a large batch, and what its bytes are.

Run: .venv/bin/python bench/report_size.py [SEED] [--docs 1000] [--statements 20]
SEED is a batch output folder (with its manifest); without it, `gcmextract batch` extracts the
first `--statements` general-debate statements of 2021 (../shared/ungd) first. Its outputs are
repeated under new names (document id and file name changed; the source file copied beside them
so the report can show it) up to `--docs` documents, then `gcmextract report` is built over them.
Prints the page's size (target: under 1.5 MB for 1,000 documents), its build time, and the bytes
of each part: the charting code, the embedded data, the per-document sections, the evidence.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from _common import BIN, SHARED, machine

PARTS = {
    "scripts (charting code and page script)": re.compile(r"<script>.*?</script>", re.S),
    "embedded JSON data": re.compile(
        r'<script id="[a-z]+" type="application/json">.*?</script>', re.S
    ),
    "per-document sections": re.compile(r'<section id="doc-.*?</section>', re.S),
    "evidence per objective": re.compile(r'<section id="objective-.*?</section>', re.S),
    "document list": re.compile(r'<ul id="documents">.*?</ul>', re.S),
}


def seed(statements: int, tmp: Path) -> Path:
    """A batch output folder over the first `statements` statements of 2021."""
    in_dir, out = tmp / "seed-in", tmp / "seed-out"
    in_dir.mkdir()
    for f in sorted((SHARED / "ungd" / "2021").glob("*.txt"))[:statements]:
        shutil.copy(f, in_dir / f.name)
    subprocess.run(
        [str(BIN / "gcmextract"), "batch", str(in_dir), "-o", str(out), "--workers", "1"],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return out


def replicate(seed_dir: Path, docs: int, tmp: Path) -> Path:
    """`docs` outputs made from the seed's, each under a new name with its own source copy."""
    entries = [json.loads(line) for line in (seed_dir / "manifest.jsonl").read_text().splitlines()]
    entries = [e for e in entries if e.get("status") == "ok" and e.get("doc_id")]
    out, in_dir = tmp / "out", tmp / "in"
    out.mkdir()
    in_dir.mkdir()
    manifest = []
    for i in range(docs):
        e = entries[i % len(entries)]
        stem, suffix = os.path.splitext(e["relpath"])
        name = f"{stem}-{i:05d}{suffix}"
        doc_id = name
        data = json.loads((seed_dir / f"{e['doc_id']}.json").read_text(encoding="utf-8"))
        data["document"]["id"] = doc_id
        payload = json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
        (out / f"{doc_id}.json").write_bytes(payload + b"\n")
        shutil.copy(Path(e["input_dir"]) / e["relpath"], in_dir / name)
        import hashlib

        manifest.append(
            {
                **e,
                "doc_id": doc_id,
                "path": str(in_dir / name),
                "input_dir": str(in_dir),
                "relpath": name,
                "output_sha256": hashlib.sha256(payload + b"\n").hexdigest(),
            }
        )
    text = "".join(json.dumps(m, sort_keys=True) + "\n" for m in manifest)
    (out / "manifest.jsonl").write_text(text)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("seed", nargs="?", type=Path, help="a batch output folder")
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--statements", type=int, default=20)
    args = parser.parse_args()
    print(f"machine: {machine()}")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        seed_dir = args.seed or seed(args.statements, tmp)
        out = replicate(seed_dir, args.docs, tmp)
        report = tmp / "report.html"
        load = " ".join(f"{x:.2f}" for x in os.getloadavg())
        t0 = time.perf_counter()
        subprocess.run(
            [str(BIN / "gcmextract"), "report", str(out), "-o", str(report)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        seconds = time.perf_counter() - t0
        import resource

        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        page = report.read_text(encoding="utf-8")
    size = len(page.encode("utf-8"))
    print(f"{args.docs} documents: report {size:,} bytes ({size / 1e6:.2f} MB; target < 1.5 MB), ")
    print(f"built in {seconds:.1f}s, peak {peak:.0f} MB of the largest process run so far")
    print(f"(load average before: {load})")
    rest = size
    for name, pattern in PARTS.items():
        n = sum(len(m.group(0).encode("utf-8")) for m in pattern.finditer(page))
        rest -= n
        print(f"  {name}: {n:,} bytes ({100 * n / size:.1f}%)")
    print(f"  the rest (tables, headings, style): {rest:,} bytes ({100 * rest / size:.1f}%)")


if __name__ == "__main__":
    main()
