"""Writes replace only regular files: a FIFO, a symbolic link or a device given as output is
refused (and left as it was); `-` writes to standard output."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from conftest import CORPUS, run_cli
from gcmextract.errors import InputError
from gcmextract.io import write_atomic

DOC = "In 2021 Chile issued 40,000 humanitarian visas.\n"


@pytest.fixture
def targets(tmp_path: Path) -> dict[str, Path]:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", "utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(victim)
    return {"fifo": fifo, "link": link, "victim": victim}


def test_io_write_atomic_refuses_special_files(targets: dict[str, Path]) -> None:
    for name in ("fifo", "link"):
        with pytest.raises(InputError, match="refusing to replace"):
            write_atomic(targets[name], "x")
    if Path("/dev/null").exists():
        with pytest.raises(InputError, match="a device"):
            write_atomic("/dev/null", "x")
    assert stat.S_ISFIFO(os.lstat(targets["fifo"]).st_mode)
    assert targets["link"].is_symlink() and targets["victim"].read_text("utf-8") == "keep me"


def test_io_cli_output_at_fifo_or_symlink_is_refused(tmp_path: Path, targets) -> None:  # type: ignore[no-untyped-def]
    doc = tmp_path / "doc.txt"
    doc.write_text(DOC, "utf-8")
    for name in ("fifo", "link"):
        proc = run_cli("extract", str(doc), "-o", str(targets[name]), "-q")
        assert proc.returncode == 1, proc.stderr
        assert (
            proc.stderr.startswith("gcmextract: error: ") and "refusing to replace" in proc.stderr
        )
        assert "Traceback" not in proc.stderr
    assert stat.S_ISFIFO(os.lstat(targets["fifo"]).st_mode)
    assert targets["link"].is_symlink() and targets["victim"].read_text("utf-8") == "keep me"


def test_io_dash_writes_to_stdout(tmp_path: Path) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text(DOC, "utf-8")
    proc = run_cli("extract", str(doc), "-o", "-")
    assert proc.returncode == 0 and '"schema_version"' in proc.stdout
    assert not (Path.cwd() / "-").exists() and not (CORPUS.parent / "-").exists()
