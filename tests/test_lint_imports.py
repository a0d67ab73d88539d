"""The architecture holds: the layer and no-cycle contracts (import-linter, configured in
pyproject.toml) are kept, and no module imports another package's underscore names."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import ROOT

BIN = Path(sys.executable).parent


def test_lint_imports_contracts_kept() -> None:
    proc = subprocess.run(
        [str(BIN / "lint-imports"), "--no-cache"], cwd=ROOT, capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stdout[-3000:]
    assert "0 broken" in proc.stdout


def test_lint_imports_no_private_names_across_packages() -> None:
    proc = subprocess.run(
        [sys.executable, "scripts/check_private_imports.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout
