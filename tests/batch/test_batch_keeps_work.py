"""A batch never loses finished work: under --force and on interrupt every finished document stays
in the manifest, and outputs are checked by content hash, so a copied output folder stays valid."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from gcmextract.batch.run import run_batch
from gcmextract.batch.state import resume_command
from gcmextract.batch.tasks import Outcome
from gcmextract.errors import UsageError
from gcmextract.export.formats import listed_outputs

TEXTS = {
    "kenya.txt": "Kenya, my country, gave KES 15 million to IOM in 2022 (Objective 21).",
    "peru.txt": "On behalf of Peru, I report that in 2021 Peru regularised 5,000 migrants.",
    "ghana.txt": "In Ghana, we opened 3 migrant resource centres in 2020 with the ILO.",
}


def _inputs(folder: Path) -> Path:
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text + "\n", encoding="utf-8")
    return folder


def _manifest(out: Path) -> dict[str, dict]:
    lines = (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    return {e["doc_id"]: e for e in map(json.loads, lines)}


class _Interrupt:
    """on_progress that raises KeyboardInterrupt after `after` outcomes."""

    def __init__(self, after: int) -> None:
        self.after, self.seen = after, 0

    def __call__(self, outcome: Outcome, done: int, todo: int) -> None:
        self.seen += 1
        if self.seen >= self.after:
            raise KeyboardInterrupt


def _copy_plain(src: Path, dst: Path) -> None:
    """Copy a folder without keeping file times (as a sync tool or `cp` without -p does)."""
    dst.mkdir()
    for p in src.iterdir():
        shutil.copyfile(p, dst / p.name)


def test_force_interrupted_keeps_finished_work_and_copies_stay_valid(tmp_path: Path) -> None:
    src = _inputs(tmp_path / "in")
    out = tmp_path / "out"
    summary = run_batch(src, out, workers=1)
    assert summary.ok == 3
    first = _manifest(out)
    assert all(len(e["output_sha256"]) == 64 for e in first.values())
    assert {e["country_source"] for e in _docs(out)} == {"text"}

    copy = tmp_path / "copy"
    _copy_plain(out, copy)
    with pytest.raises(KeyboardInterrupt):
        run_batch(src, copy, workers=1, force=True, on_progress=_Interrupt(1))
    after = _manifest(copy)
    assert set(after) == set(first), "finished documents left the manifest"
    assert all(e["status"] in ("ok", "skipped") for e in after.values())
    listed, stale = listed_outputs(copy)
    assert len(listed) == 3 and not stale

    moved = tmp_path / "moved"
    copy.rename(moved)
    again = run_batch(src, moved, workers=1)
    assert (again.ok, again.skipped) == (0, 3)

    (moved / "peru.txt.json").write_text("{}\n", encoding="utf-8")  # damaged after the run
    redone = run_batch(src, moved, workers=1)
    assert (redone.ok, redone.skipped) == (1, 2)
    assert json.loads((moved / "peru.txt.json").read_text())["document"]["country_iso3"] == "PER"


def _docs(out: Path) -> list[dict]:
    return [json.loads(p.read_text())["document"] for p in sorted(out.glob("*.json"))]


def test_country_options_conflict_and_filename_source(tmp_path: Path) -> None:
    src = _inputs(tmp_path / "in")
    with pytest.raises(UsageError):
        run_batch(src, tmp_path / "x", workers=1, country="KEN", country_from_filename=True)
    out = tmp_path / "out"
    run_batch(src, out, workers=1, country_from_filename=True)
    docs = {d["id"]: d for d in _docs(out)}
    assert (
        docs["peru.txt"]["country_iso3"] == "PER"
        and docs["peru.txt"]["country_source"] == "filename"
    )
    run_batch(src, tmp_path / "opt", workers=1, country="CHL")
    assert {(d["country_iso3"], d["country_source"]) for d in _docs(tmp_path / "opt")} == {
        ("CHL", "option")
    }


def test_resume_hint_drops_force() -> None:
    argv = ["/usr/bin/gcmextract", "batch", "in dir", "-o", "out", "--force", "-w", "2"]
    assert resume_command(argv) == "gcmextract batch 'in dir' -o out -w 2"


def test_filename_disagreeing_with_the_text_is_a_warning(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "KEN_77_2022.txt").write_text(
        "On behalf of the Government of Peru, I thank the Assembly. Peru is committed to migrants.\n",
        encoding="utf-8",
    )
    seen: list[Outcome] = []
    run_batch(
        src,
        tmp_path / "out",
        workers=1,
        country_from_filename=True,
        on_progress=lambda o, *_: seen.append(o),
    )
    (outcome,) = seen
    assert outcome.warnings and "PER" in outcome.warnings[0] and "KEN" in outcome.warnings[0]
    assert _manifest(tmp_path / "out")["KEN_77_2022.txt"]["warnings"] == outcome.warnings
    assert _docs(tmp_path / "out")[0]["country_iso3"] == "KEN"  # the option asked for the file name


def test_explain_is_part_of_what_makes_an_output_current(tmp_path: Path) -> None:
    from gcmextract.batch.run import ReadOptions

    src, out = _inputs(tmp_path / "in"), tmp_path / "out"
    assert run_batch(src, out, workers=1).ok == 3
    explained = run_batch(src, out, workers=1, reading=ReadOptions(explain=True))
    assert (explained.ok, explained.skipped) == (3, 0)
    assert all(e["explain"] is True for e in _manifest(out).values())
    again = run_batch(src, out, workers=1, reading=ReadOptions(explain=True))
    assert (again.ok, again.skipped) == (0, 3)


def test_reading_options_reach_every_input(tmp_path: Path) -> None:
    from gcmextract.batch.run import ReadOptions

    src = _inputs(tmp_path / "in")
    seen: list[Outcome] = []
    summary = run_batch(
        src,
        tmp_path / "out",
        workers=1,
        reading=ReadOptions(max_bytes=20),
        on_progress=lambda o, *_: seen.append(o),
    )
    assert summary.failed == 3 and all("too large" in (o.error or "") for o in seen)
