"""A run killed mid-write leaves a `.name.*.tmp` file; the next run into that folder removes it."""

from __future__ import annotations

from pathlib import Path

from gcmextract.io import remove_orphans


def test_io_orphans_removed_and_real_files_kept(tmp_path: Path) -> None:
    (tmp_path / ".GHA_2022.json.k2j3.tmp").write_text("{half", encoding="utf-8")
    (tmp_path / "GHA_2022.json").write_text("{}", encoding="utf-8")
    (tmp_path / "notes.tmp").write_text("user file", encoding="utf-8")
    removed = remove_orphans(tmp_path)
    assert [p.name for p in removed] == [".GHA_2022.json.k2j3.tmp"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["GHA_2022.json", "notes.tmp"]
