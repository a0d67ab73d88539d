"""A batch never dies for one file: an undecodable file name, files vanishing while hashed or
before they are read, symbolic links out of the input folder; two input folders share one output
folder and export/report use only what the manifest lists."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from conftest import run_cli
from gcmextract.batch import chunk
from gcmextract.batch import run as batch
from gcmextract.schema import Extraction

TEXT = "In 2021 the Ministry of Labour of Ghana registered {n} migrant workers.\n"


def _manifest(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "manifest.jsonl").read_text("utf-8").splitlines()]


def test_batch_undecodable_name_is_processed_and_reported(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    try:
        (src / os.fsdecode(b"bad-\xff\xfe-name.txt")).write_text(TEXT.format(n=120), "utf-8")
    except (OSError, UnicodeError):
        pytest.skip("this file system refuses file names that are not UTF-8")
    (src / "good.txt").write_text(TEXT.format(n=340), "utf-8")
    out = tmp_path / "out"
    for _ in range(2):  # the rerun must not abort either
        proc = run_cli("batch", str(src), "-o", str(out), "-w", "1", "--json")
        assert proc.returncode == 0, proc.stderr
        assert "Traceback" not in proc.stderr and "internal error" not in proc.stderr
    entries = {e["relpath"]: e for e in _manifest(out)}
    bad = entries["bad-\\xff\\xfe-name.txt"]
    assert bad["status"] in ("ok", "skipped") and "UTF-8" in bad["warning"]
    data = Extraction.model_validate_json((out / f"{bad['doc_id']}.json").read_bytes())
    assert data.document.source.endswith("bad-\\xff\\xfe-name.txt")
    assert data.amounts[0].value == 120
    assert (out / "good.txt.json").exists()


def test_batch_files_vanishing_at_each_stage_fail_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, nlp
) -> None:  # type: ignore[no-untyped-def]
    src = tmp_path / "in"
    src.mkdir()
    for i in range(6):
        (src / f"doc{i}.txt").write_text(TEXT.format(n=100 + i), "utf-8")
    hashed = batch._sha256

    def vanish_while_hashing(path: Path) -> str:
        if path.name == "doc1.txt":
            path.unlink()
        return hashed(path)

    def vanish_before_reading(outcome, done, todo) -> None:  # type: ignore[no-untyped-def]
        (src / "doc5.txt").unlink(missing_ok=True)  # its chunk has not been read yet

    monkeypatch.setattr(batch, "_sha256", vanish_while_hashing)
    monkeypatch.setattr(chunk, "_NLP", nlp)
    monkeypatch.setattr(batch, "CHUNK", 2)
    summary = batch.run_batch(src, tmp_path / "out", workers=1, on_progress=vanish_before_reading)
    assert (summary.ok, summary.failed) == (4, 2)
    entries = {e["relpath"]: e for e in _manifest(tmp_path / "out")}
    assert "vanished" in entries["doc1.txt"]["error"]
    assert (
        entries["doc5.txt"]["status"] == "failed" and "no such file" in entries["doc5.txt"]["error"]
    )
    assert sorted(p.name for p in (tmp_path / "out").glob("*.json")) == [
        f"doc{i}.txt.json" for i in (0, 2, 3, 4)
    ]


def test_batch_symlink_out_of_the_input_folder_is_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "private"
    outside.mkdir()
    (outside / "secret.txt").write_text(TEXT.format(n=999), "utf-8")
    src = tmp_path / "in"
    src.mkdir()
    (src / "ok.txt").write_text(TEXT.format(n=5), "utf-8")
    (src / "leak.txt").symlink_to(outside / "secret.txt")
    (src / "dir").symlink_to(outside, target_is_directory=True)
    (src / "inner.txt").symlink_to(src / "ok.txt")  # inside the folder: fine
    out = tmp_path / "out"
    proc = run_cli("batch", str(src), "-o", str(out), "-w", "1")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    entries = {e["relpath"]: e for e in _manifest(out)}
    assert "outside the input folder" in entries["leak.txt"]["error"]
    assert "outside the input folder" in entries["dir"]["error"]
    assert entries["inner.txt"]["status"] == "ok"
    assert not (out / "leak.txt.json").exists() and not (out / "dir~secret.txt.json").exists()
    proc = run_cli("batch", str(src), "-o", str(out), "-w", "1", "--follow-symlinks")
    assert proc.returncode == 0, proc.stderr
    assert (out / "leak.txt.json").exists() and (out / "dir~secret.txt.json").exists()


def test_batch_two_folders_share_an_output_and_stale_json_is_left_out(tmp_path: Path) -> None:
    out = tmp_path / "out"
    for name, n in (("east", 11), ("west", 22)):
        (tmp_path / name).mkdir()
        (tmp_path / name / f"{name}.txt").write_text(TEXT.format(n=n), "utf-8")
        assert run_cli("batch", str(tmp_path / name), "-o", str(out), "-w", "1").returncode == 0
    assert {e["relpath"] for e in _manifest(out)} == {"east.txt", "west.txt"}
    assert {Path(e["input_dir"]).name for e in _manifest(out)} == {"east", "west"}
    stale = json.loads((out / "east.txt.json").read_text("utf-8"))
    stale["document"]["id"] = "gone.txt"
    (out / "gone.txt.json").write_text(json.dumps(stale), "utf-8")
    proc = run_cli("export", str(out), "--format", "jsonl", "-o", str(tmp_path / "exp"))
    assert proc.returncode == 0, proc.stderr
    assert "gone.txt.json" in proc.stderr and "stale" in proc.stderr
    docs = [json.loads(x) for x in (tmp_path / "exp" / "documents.jsonl").read_text().splitlines()]
    assert sorted(d["doc_id"] for d in docs) == ["east.txt", "west.txt"]
