"""Which files of an input folder a batch leaves out by default (data/batch_exclude.json): gold
folders, output folders (they hold a batch manifest) and project files such as README.md."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from gcmextract.resources.lexicon import load_json


@lru_cache(maxsize=1)
def _rules() -> dict:
    return load_json("gcmextract.resources.data", "batch_exclude.json")


def excluded_folder(path: Path) -> bool:
    """Whether a batch leaves out the folder at `path` (gold annotations, an output folder)."""
    rules = _rules()
    if path.name.lower() in rules["folders"]:
        return True
    return any((path / marker).is_file() for marker in rules["marker_files"])


def excluded_file(name: str) -> bool:
    """Whether a batch leaves out a file called `name` (README, CHANGELOG, ...)."""
    return name.lower().startswith(tuple(_rules()["file_prefixes"]))


def count_excluded(in_dir: Path, supported: set[str] | dict[str, str]) -> int:
    """How many files of a supported type under `in_dir` are left out by these rules (hidden
    files and folders are not counted: they are never taken)."""
    count = 0
    for folder, dirs, files in os.walk(in_dir):
        here = Path(folder)
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        inside = here != in_dir and _under_excluded(here, in_dir)
        for name in files:
            if name.startswith(".") or Path(name).suffix.lower() not in supported:
                continue
            count += inside or excluded_file(name)
    return count


def _under_excluded(folder: Path, in_dir: Path) -> bool:
    """Whether `folder` or one of its parents below `in_dir` is an excluded folder."""
    rel = folder.relative_to(in_dir)
    return any(excluded_folder(in_dir.joinpath(*rel.parts[: i + 1])) for i in range(len(rel.parts)))
