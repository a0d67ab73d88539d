"""The code base passes ruff's lint rules and format check (configuration in pyproject.toml)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import ROOT

RUFF = str(Path(sys.executable).parent / "ruff")
PATHS = ["src", "tests", "bench", "scripts", "corpus"]


def test_lint_ruff_check() -> None:
    proc = subprocess.run([RUFF, "check", *PATHS], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout


def test_lint_ruff_format() -> None:
    proc = subprocess.run(
        [RUFF, "format", "--check", *PATHS], cwd=ROOT, capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stdout
