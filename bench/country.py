"""How often the detected country is the speaking state, on UN General Debate statements under neutral
file names (doc01.txt, ...), and on national pages in Spanish and French.

    python bench/country.py [--ungd DIR] [--sample report|tune] [--n 60] [--seed 31] [--show]

The statements are copied to a temporary folder under neutral names (the true country is only in the
original name, `ISO3_SESSION_YEAR.txt`), read as gcmextract reads them and passed to the detection
the pipeline uses. Two disjoint samples: `report`, 60 statements of the 2022 and 2024 sessions drawn
with a fixed seed (the figure reported in RESULTS.md, never looked at while writing the rules), and
`tune`, every other statement (used while writing the rules). Statements of the European Union
(`EU_...`) are left out: it is not a state, so no country is right for them.
`--passages` also scores the national pages of ../shared/passages whose publisher names a state.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
YEARS = ("2018", "2020", "2021", "2022", "2024")
REPORT_YEARS = ("2022", "2024")


def sample(ungd: Path, which: str, n: int, seed: int) -> list[Path]:
    """The `report` sample: `n` statements of 2022 and 2024 drawn at random (seeded); the `tune`
    sample: every other statement of every session (never one of the report sample)."""
    recent = sorted(
        p
        for year in REPORT_YEARS
        for p in (ungd / year).glob("*.txt")
        if not p.name.startswith("EU_")
    )
    random.Random(seed).shuffle(recent)
    held_out = set(recent[:n])
    if which == "report":
        return sorted(held_out)
    every = sorted(
        p for year in YEARS for p in (ungd / year).glob("*.txt") if not p.name.startswith("EU_")
    )
    return [p for p in every if p not in held_out]


def detect(path: Path) -> tuple[str | None, str]:
    """The country and how it was found, as `gcmextract extract` finds it."""
    from gcmextract.ingest import read_document
    from gcmextract.resources.submitter import detect_submitter

    found = detect_submitter(read_document(path).clean)
    return found.iso3, found.source


def score_ungd(files: list[Path], show: bool) -> tuple[int, int]:
    """(right, total) over `files`, each copied under a neutral name first."""
    right = 0
    with tempfile.TemporaryDirectory() as tmp:
        for i, original in enumerate(files, 1):
            neutral = Path(tmp) / f"doc{i:02d}.txt"
            shutil.copyfile(original, neutral)
            truth = original.name.split("_")[0]
            got, how = detect(neutral)
            right += got == truth
            if show and got != truth:
                print(f"  {original.parent.name}/{original.name}: got {got} ({how})")
    return right, len(files)


def publisher_state(publisher: str) -> str | None:
    """The state a page's publisher names (Ministère de l'Intérieur (France); Secretaría de
    Relaciones Exteriores de México; U.S. Census Bureau), or None."""
    from gcmextract.resources.country import find_countries

    if publisher.startswith("U.S. ") or "(United States)" in publisher:
        return "USA"
    named = [iso3 for iso3, _, _ in find_countries(publisher)]
    return named[-1] if named else None


def score_passages(root: Path, show: bool) -> dict[str, tuple[int, int]]:
    """(right, total) per language over the national-report pages whose publisher names a state."""
    out: dict[str, tuple[int, int]] = {}
    for row in json.loads((root / "sources.json").read_text(encoding="utf-8")):
        if row["kind"] != "national-report":
            continue
        truth = publisher_state(row["publisher"])
        if truth is None:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            neutral = Path(tmp) / "doc01.txt"
            shutil.copyfile(root / row["file"], neutral)
            got, how = detect(neutral)
        right, total = out.get(row["language"], (0, 0))
        out[row["language"]] = (right + (got == truth), total + 1)
        if show and got != truth:
            print(f"  {row['file']}: truth {truth}, got {got} ({how})")
    return out


def main() -> int:
    """Score the detection and print one line per sample."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ungd", type=Path, default=SHARED / "ungd")
    parser.add_argument("--passages", type=Path, default=SHARED / "passages")
    parser.add_argument("--sample", choices=["report", "tune"], default="report")
    parser.add_argument("--n", type=int, default=60, help="statements in the report sample")
    parser.add_argument("--seed", type=int, default=31)
    parser.add_argument("--show", action="store_true", help="print every miss")
    args = parser.parse_args()
    if not args.ungd.is_dir():
        print(f"no statements at {args.ungd}", file=sys.stderr)
        return 2
    files = sample(args.ungd, args.sample, args.n, args.seed)
    right, total = score_ungd(files, args.show)
    print(
        f"ungd {args.sample} sample (seed {args.seed}): "
        f"{right}/{total} = {right / total:.1%} speaking state"
    )
    if args.passages.is_dir():
        for language, (r, t) in sorted(score_passages(args.passages, args.show).items()):
            print(f"passages national pages, {language}: {r}/{t} = {r / t:.0%}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # piped into head
        sys.exit(0)
