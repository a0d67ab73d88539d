"""Fail when a module of src/gcmextract imports another package's underscore name (the layer
contracts in pyproject.toml, checked by import-linter, cover cycles and upward imports; names are
this script's part). Run by `make lint`."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"


def unit(module: str) -> str:
    """The package a module belongs to for this rule: gcmextract.<first part>."""
    return ".".join(module.split(".")[:2])


def module_name(path: Path) -> str:
    """The dotted name of a source file (a package's __init__ is the package)."""
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def private(name: str) -> bool:
    """An underscore name that is not a dunder."""
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def violations(path: Path) -> list[str]:
    """`file:line: name from module` for each private name imported across packages."""
    here = module_name(path)
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if not isinstance(node, ast.ImportFrom) or node.level or not node.module:
            continue
        if not node.module.startswith("gcmextract") or unit(node.module) == unit(here):
            continue
        for alias in node.names:
            target = f"{node.module}.{alias.name}"
            if private(alias.name) or any(private(p) for p in node.module.split(".")):
                rel = path.relative_to(SRC.parent)
                found.append(f"{rel}:{node.lineno}: {here} imports {target}")
    return found


def main() -> int:
    """Print every violation; exit 1 when there is any."""
    found = [v for p in sorted((SRC / "gcmextract").rglob("*.py")) for v in violations(p)]
    for v in found:
        print(v)
    if found:
        print(f"{len(found)} private names imported from another package", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
