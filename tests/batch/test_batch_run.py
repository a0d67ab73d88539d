"""Batch: outputs, manifest and exit status with broken files; resume; --force; a killed batch
resumes to exactly the outputs of an uninterrupted run; workers in parallel."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import CORPUS, EXE, PLUGINS, run_cli
from gcmextract.schema import Extraction

SHARED_UNGD = Path(__file__).resolve().parents[3] / "shared" / "ungd" / "2021"


def _inputs(folder: Path) -> Path:
    folder.mkdir()
    shutil.copy(CORPUS / "canada-2021-annex.txt", folder / "canada-2021-annex.txt")
    (folder / "sub").mkdir()
    (folder / "sub" / "KEN_77_2022.md").write_text(
        "# Kenya\n\nIn 2022 the State Department for Immigration and IOM assisted over 1,200 returnees "
        "with KES 15 million (Objectives 21, 23).\n",
        encoding="utf-8",
    )
    (folder / "es-mexico.txt").write_text(
        "México destinó 5 millones de pesos en marzo de 2021 al Instituto Nacional de Migración (INM).\n",
        encoding="utf-8",
    )
    (folder / "empty.txt").write_bytes(b"")
    (folder / "corrupt.pdf").write_bytes(b"%PDF-1.4\nbroken")
    (folder / "notes.xyz").write_text("ignored: unsupported type", encoding="utf-8")
    (folder / "old-review.doc").write_bytes(b"\xd0\xcf\x11\xe0 an old Word file")
    (folder / "sub" / "scan.png").write_bytes(b"\x89PNG\r\n\x1a\n not really")
    return folder


def _manifest(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "manifest.jsonl").read_text().splitlines()]


def _outputs(out: Path) -> dict[str, str]:
    return {p.name: p.read_text() for p in sorted(out.glob("*.json"))}


def _stable(entries: list[dict]) -> list[dict]:
    return [{k: v for k, v in e.items() if k not in ("seconds", "status")} for e in entries]


@pytest.fixture(scope="module")
def batch_once(tmp_path_factory):  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp("batch")
    src = _inputs(root / "in")
    out = root / "out"
    proc = run_cli("batch", str(src), "-o", str(out), "--workers", "1", "--json")
    return src, out, proc


def test_batch_outputs_manifest_and_exit_status(batch_once) -> None:  # type: ignore[no-untyped-def]
    src, out, proc = batch_once
    assert proc.returncode == 1  # two broken files
    assert "Traceback" not in proc.stderr
    summary = json.loads(proc.stdout)
    assert summary["ok"] == 3
    assert {Path(u["path"]).name: u["reason"][:9] for u in summary["unreadable"]} == {
        "old-review.doc": "old Word ",
        "scan.png": "an image;",
    }
    assert "unsupported: " in proc.stderr and "old-review.doc: old Word format" in proc.stderr
    assert "3 extracted, 2 failed, 2 unsupported" in proc.stderr  # each skip under its own word
    entries = {Path(e["path"]).name: e for e in _manifest(out)}
    assert set(entries) == {
        "canada-2021-annex.txt",
        "KEN_77_2022.md",
        "es-mexico.txt",
        "empty.txt",
        "corrupt.pdf",
        "old-review.doc",
        "scan.png",
    }
    assert entries["old-review.doc"]["status"] == "skipped"
    assert ".docx" in entries["old-review.doc"]["reason"]
    assert (
        entries["empty.txt"]["status"] == "failed" and "empty file" in entries["empty.txt"]["error"]
    )
    assert entries["corrupt.pdf"]["status"] == "failed"
    assert entries["canada-2021-annex.txt"]["counts"]["objective_refs"] == 12
    assert sorted(_outputs(out)) == [
        "canada-2021-annex.txt.json",
        "es-mexico.txt.json",
        "sub~KEN_77_2022.md.json",
    ]
    assert not list(out.glob("*.tmp")) and not list(out.glob(".*"))


def test_batch_rerun_skips_unchanged_and_force_redoes(batch_once, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src, out, _ = batch_once
    before = _outputs(out)
    proc = run_cli("batch", str(src), "-o", str(out), "--workers", "1", "--json")
    summary = json.loads(proc.stdout)
    assert (summary["skipped"], summary["ok"], summary["failed"]) == (3, 0, 2)
    (src / "empty.txt").write_text(
        "Since 2019 Chile has issued 40,000 humanitarian visas.", encoding="utf-8"
    )
    proc = run_cli("batch", str(src), "-o", str(out), "--workers", "1", "--json")
    assert json.loads(proc.stdout)["ok"] == 1
    forced = run_cli("batch", str(src), "-o", str(out), "--workers", "1", "--force", "--json")
    assert json.loads(forced.stdout)["ok"] == 4
    after = _outputs(out)
    assert {k: after[k] for k in before} == before  # deterministic outputs


def test_batch_country_options(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "GHA_76_2021.txt").write_text(
        "We thank Kenya and Kenya again for $5 million.", encoding="utf-8"
    )
    out = tmp_path / "out"
    assert (
        run_cli("batch", str(src), "-o", str(out), "-w", "1", "--country-from-filename").returncode
        == 0
    )
    data = Extraction.model_validate_json((out / "GHA_76_2021.txt.json").read_bytes())
    assert data.document.country == "Ghana"
    assert data.amounts[0].currency == "USD"  # Ghana's cedi is not written with $
    assert (
        run_cli(
            "batch", str(src), "-o", str(out), "-w", "1", "--force", "--country", "AU"
        ).returncode
        == 0
    )
    data = Extraction.model_validate_json((out / "GHA_76_2021.txt.json").read_bytes())
    assert (data.document.country, data.amounts[0].currency) == ("Australia", "AUD")
    assert run_cli("batch", str(src), "-o", str(out), "--country", "Atlantis").returncode == 2


def _many(folder: Path, n: int) -> Path:
    folder.mkdir()
    files = sorted(SHARED_UNGD.glob("*.txt"))[:n] if SHARED_UNGD.exists() else []
    for f in files:
        shutil.copy(f, folder / f.name)
    for i in range(n - len(files)):
        shutil.copy(CORPUS / "canada-2021-annex.txt", folder / f"copy-{i}.txt")
    return folder


def _until(condition: Callable[[], bool], proc: subprocess.Popen, guard: float = 600) -> None:
    """Wait for `condition` while `proc` runs (`guard` only stops a broken run from hanging)."""
    deadline = time.monotonic() + guard
    while not condition():
        assert proc.poll() is None, "the batch ended before the condition held"
        assert time.monotonic() < deadline, "condition never held"
        time.sleep(0.05)


@pytest.fixture(scope="module")
def ten_documents(tmp_path_factory) -> tuple[Path, Path]:  # type: ignore[no-untyped-def]
    """Ten documents and the outputs of one uninterrupted batch over them (read only: every kill
    test compares its resumed run with the same reference)."""
    root = tmp_path_factory.mktemp("ten")
    src = _many(root / "in", 10)
    reference = root / "reference"
    assert run_cli("batch", str(src), "-o", str(reference), "-w", "1").returncode == 0
    return src, reference


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_batch_killed_midway_resumes_to_identical_outputs(
    tmp_path: Path, sig: int, ten_documents: tuple[Path, Path]
) -> None:
    src, reference = ten_documents
    out = tmp_path / "out"
    stalled = tmp_path / "stalled"
    # the test plugin holds the batch at its 6th document for ever: the run is midway, and stays so
    sixth = sorted(p.name for p in src.iterdir())[5]
    proc = subprocess.Popen(
        [EXE, "batch", str(src), "-o", str(out), "-w", "1"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={
            **os.environ,
            "PYTHONPATH": str(PLUGINS),
            "GCMEXTRACT_TEST_STALL": sixth,
            "GCMEXTRACT_TEST_STALL_FLAG": str(stalled),
        },
    )
    _until(lambda: stalled.exists() and any(out.glob("*.json")), proc)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode != 0
    assert b"Traceback" not in err
    done = len(list(out.glob("*.json")))
    assert 0 < done < 10, "the batch must be killed midway"
    assert run_cli("batch", str(src), "-o", str(out), "-w", "1").returncode == 0
    assert _outputs(out) == _outputs(reference)
    assert _stable(_manifest(out)) == _stable(_manifest(reference))
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in reference.iterdir())


def test_batch_two_workers_same_outputs_as_one(tmp_path: Path) -> None:
    src = _many(tmp_path / "in", 4)
    one, two = tmp_path / "one", tmp_path / "two"
    assert run_cli("batch", str(src), "-o", str(one), "-w", "1").returncode == 0
    assert run_cli("batch", str(src), "-o", str(two), "-w", "2").returncode == 0
    assert _outputs(one) == _outputs(two)


def test_batch_not_a_folder(tmp_path: Path) -> None:
    proc = run_cli("batch", str(tmp_path / "missing"), "-o", str(tmp_path / "out"))
    assert proc.returncode == 1 and "not a folder" in proc.stderr and "Traceback" not in proc.stderr
