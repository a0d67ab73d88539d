"""The built wheel works on its own: it carries the models (the top-level models/ folder, installed as
gcmextract.models) and every data file, installs into a fresh virtual environment, and `gcmextract
extract` run there, away from the source tree, classifies."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT

SRC = ROOT / "src" / "gcmextract"
MODELS = ROOT / "models"
DATA_SUFFIXES = {".json", ".jsonl", ".npz", ".html", ".md", ".txt", ".tsv", ".csv", ".js", ".css"}


def _run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    proc = subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, cwd=cwd, env=env, timeout=600
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel built from a copy of the project's packaging inputs (the checkout is not touched)."""
    tree = tmp_path_factory.mktemp("tree")
    for name in ("pyproject.toml", "setup.py", "README.md", "LICENSE"):
        if (ROOT / name).exists():
            shutil.copy(ROOT / name, tree / name)
    for folder in ("src", "models"):
        shutil.copytree(
            ROOT / folder, tree / folder, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info")
        )
    dist = tmp_path_factory.mktemp("dist")
    _run(
        sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--quiet",
        "-w", dist, tree, cwd=tree,
    )  # fmt: skip
    (built,) = dist.glob("gcmextract-*.whl")
    return built


def test_wheel_carries_models_and_every_data_file(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    data = [
        (Path("gcmextract") / where / p.relative_to(folder)).as_posix()
        for folder, where in ((SRC, "."), (MODELS, "models"))
        for p in folder.rglob("*")
        if p.suffix in DATA_SUFFIXES and "__pycache__" not in p.parts
    ]
    assert "gcmextract/models/objectives.npz" in data
    assert "gcmextract/models/__init__.py" in names
    assert not [d for d in data if d not in names]
    assert "gcmextract/py.typed" in names


def test_wheel_installed_in_fresh_venv_extracts_and_classifies(wheel: Path, tmp_path: Path) -> None:
    # A fresh environment holding only the wheel; its dependencies are taken from this test
    # environment's site-packages (a path entry, placed after the fresh site-packages, through which
    # the editable install of the checkout is not reachable), so no download is needed.
    fresh = tmp_path / "venv"
    venv.create(fresh, with_pip=False)
    bin_dir = fresh / ("Scripts" if os.name == "nt" else "bin")
    purelib = Path(sysconfig.get_path("purelib", vars={"base": str(fresh), "platbase": str(fresh)}))
    deps = sysconfig.get_path("purelib")
    (purelib / "_gcmextract_test_deps.pth").write_text(deps + "\n", encoding="utf-8")
    _run(
        sys.executable, "-m", "pip", "--python", bin_dir / "python", "install", "--quiet",
        "--no-deps", "--no-index", wheel, cwd=tmp_path,
    )  # fmt: skip
    work = tmp_path / "work"
    work.mkdir()
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("GCMEXTRACT_", "PYTHON", "VIRTUAL_ENV"))
    }
    where = _run(
        bin_dir / "python", "-c",
        "import gcmextract, sys; from gcmextract.classify.predict import MODELS_DIR;"
        "print(gcmextract.__file__); print(MODELS_DIR); print(gcmextract.__version__)",
        cwd=work, env=env,
    ).split("\n")  # fmt: skip
    assert Path(where[0]).is_relative_to(fresh) and Path(where[1]).is_relative_to(fresh)
    assert not Path(where[0]).is_relative_to(ROOT / "src")

    doc = work / "review.md"
    doc.write_text(
        "# Voluntary GCM review\n\n"
        "The central bank and mobile operators cut the cost of sending remittances home below 3 per "
        "cent, and migrant workers abroad can open accounts with their consular identity card.\n\n"
        "Children are no longer held in immigration detention; alternatives to detention such as "
        "case management and community reporting are used instead.\n",
        encoding="utf-8",
    )
    out = _run(bin_dir / "gcmextract", "extract", doc.name, cwd=work, env=env)
    result = json.loads(out)
    classified = {o["objective"] for o in result["objectives"] if not o["explicit"]}
    assert {13, 20} <= classified
    assert _run(bin_dir / "gcmextract", "--version", cwd=work, env=env).split() == [
        "gcmextract",
        where[2],
    ]
