"""CPU time of the classify stage alone, per document: general-debate statements and French pages
segmented once, then `classify` run over all of them `--repeat` times (the models loaded and warmed
beforehand); user CPU time of this process, so the machine's other work hardly moves it.

Run: .venv/bin/python bench/classify_cpu.py [--n 20] [--year 2021] [--repeat 3]
Statements: the first N `*.txt` of ../shared/ungd/<year> (sorted by name); pages: every French
page of ../shared/passages/fr. Prints ms of user CPU per document for each set, and the load average.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
from pathlib import Path

from _common import SHARED


def _segmented(paths: list[Path]) -> list:
    from gcmextract.ingest import read_document
    from gcmextract.pipeline import _segmented as segmented

    return [segmented(read_document(p), None, None, None) for p in paths]


def _user_ms(docs: list, repeat: int) -> float:
    """User CPU ms per document of `classify` over `docs`, the best of `repeat` passes."""
    from gcmextract.classify.stage import classify

    best = float("inf")
    for _ in range(repeat):
        t0 = resource.getrusage(resource.RUSAGE_SELF).ru_utime
        for doc in docs:
            classify(doc)
        best = min(best, resource.getrusage(resource.RUSAGE_SELF).ru_utime - t0)
    return 1000 * best / len(docs)


def main() -> None:
    """Segment the inputs, warm the models, time the classify stage."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20)
    parser.add_argument("--year", default="2021")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    statements = sorted((SHARED / "ungd" / args.year).glob("*.txt"))[: args.n]
    pages = sorted((SHARED / "passages" / "fr").glob("*.txt"))
    if not statements or not pages:
        sys.exit(f"classify_cpu: no statements or French pages under {SHARED}")
    sets = {"statements": _segmented(statements), "French pages": _segmented(pages)}
    from gcmextract.classify.stage import classify

    for docs in sets.values():  # models loaded, caches warm
        classify(docs[0])
    load = os.getloadavg()[0]
    for name, docs in sets.items():
        ms = _user_ms(docs, args.repeat)
        print(f"{name}: {len(docs)} documents, classify {ms:.1f} ms user CPU each")
    print(f"load average {load:.1f} -> {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
