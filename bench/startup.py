"""Start-up cost: wall time of `gcmextract --help` and `gcmextract text` on a small file, vs bare Python.

Run: .venv/bin/python bench/startup.py [--repeat 7]
Target: `--help` under 0.5 s (spaCy is imported only by commands that need it).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from _common import BIN, machine, median_wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    exe = str(BIN / "gcmextract")
    with tempfile.TemporaryDirectory() as tmp:
        small = Path(tmp) / "small.txt"
        small.write_text(
            "Annual report\n\nIn March 2022 the Ministry of Labour (MOL) spent EUR 3.5 million.\n",
            encoding="utf-8",
        )
        base = median_wall([sys.executable, "-c", "pass"], args.repeat)
        helps = median_wall([exe, "--help"], args.repeat)
        text = median_wall([exe, "text", str(small)], args.repeat)
    print(f"machine: {machine()}")
    print(f"python -c pass: {base:.3f}s")
    print(
        f"gcmextract --help: {helps:.3f}s (ratio to bare python {helps / base:.1f}; target < 0.5 s)"
    )
    print(f"gcmextract text small.txt: {text:.3f}s (ratio to bare python {text / base:.1f})")


if __name__ == "__main__":
    main()
