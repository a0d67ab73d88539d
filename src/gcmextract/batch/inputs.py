"""The inputs of a batch: which files a folder holds (symbolic links kept inside it, undecodable
names reported), and one stable, collision-free output id per file from its relative path."""

from __future__ import annotations

import hashlib
import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from gcmextract.errors import UsageError
from gcmextract.ingest import SUPPORTED

SEPARATOR = "~"  # joins folder names in an id; escaped wherever a name contains it
_KEEP = "-_."
MAX_ID_BYTES = 180  # file names are limited to 255 bytes; leave room for ".json" and temp suffixes


@dataclass(frozen=True)
class Skipped:
    """A file found in the input folder but not processed, and why."""

    path: Path
    reason: str


def display_path(path: str | Path) -> str:
    """`path` as valid text: bytes that are not UTF-8 (kept by Python as lone surrogates) are shown
    as `\\xNN`, so that the path can go into JSON, a terminal or a report."""
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def undecodable(path: str | Path) -> bool:
    """True when the file name holds bytes that are not UTF-8."""
    return display_path(path) != str(path)


def _escape(component: str) -> str:
    """One path component with every character outside letters, digits and `-_.` written as
    `%XX` per UTF-8 byte (an injective mapping: `%` itself is escaped)."""
    out = []
    for ch in unicodedata.normalize("NFC", component):
        if ch.isalnum() or ch in _KEEP:
            out.append(ch)
        else:
            raw = ch.encode("utf-8", "surrogateescape")
            out.append("".join(f"%{b:02X}" for b in raw))
    return "".join(out)


def doc_id(relative: str | Path) -> str:
    """The output id of the input at `relative` (a path inside the input folder): its folders and
    file name, extension included, Unicode letters kept, other characters escaped, joined by `~`.
    Different relative paths give different ids; an id too long for a file name is shortened and
    completed by a hash of the whole path."""
    parts = PurePosixPath(Path(relative).as_posix()).parts
    ident = SEPARATOR.join(_escape(p) for p in parts if p not in ("", ".")) or "%00"
    if ident.startswith("."):
        ident = "%2E" + ident[1:]
    if len(ident.encode("utf-8")) > MAX_ID_BYTES:
        digest = hashlib.sha256(ident.encode("utf-8")).hexdigest()[:16]
        head = ident.encode("utf-8")[: MAX_ID_BYTES - 18].decode("utf-8", "ignore")
        ident = f"{head}~{digest}"
    return ident


def check_collisions(ids: dict[str, str]) -> None:
    """Raise UsageError naming two inputs when they would be written to the same output file
    (compared as a case-insensitive file system would: Unicode-normalised and case-folded)."""
    seen: dict[str, str] = {}
    for source, ident in ids.items():
        key = unicodedata.normalize("NFC", ident).casefold()
        if key in seen:
            raise UsageError(
                f"{display_path(seen[key])} and {display_path(source)} would both be written to "
                f"{display_path(ident)}.json; rename one of them"
            )
        seen[key] = source


def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root)
    except (ValueError, OSError, RuntimeError):
        return False
    return True


def discover(
    in_dir: Path, follow_symlinks: bool = False, include_all: bool = False
) -> tuple[list[Path], list[Skipped]]:
    """Supported files under `in_dir` in a stable order (hidden files skipped; gold and output
    folders and README-like files too unless `include_all`: `gcmextract.batch.exclusions`), and the
    files refused: symbolic links that lead out of `in_dir` (unless `follow_symlinks`) or nowhere."""
    root = in_dir.resolve()
    found: list[Path] = []
    skipped: list[Skipped] = []
    visited: set[Path] = set()
    for folder, dirs, files in os.walk(in_dir, followlinks=follow_symlinks, onerror=None):
        here = Path(folder)
        if follow_symlinks:  # a link back up the tree must not loop forever
            real = here.resolve()
            if real in visited:
                dirs[:] = []
                continue
            visited.add(real)
        dirs[:] = sorted(d for d in dirs if _take_folder(here / d, include_all))
        if not follow_symlinks:  # links inside the tree lead to files found anyway
            for d in dirs:
                if (here / d).is_symlink() and not _inside(here / d, root):
                    skipped.append(Skipped(here / d, _link_reason("folder")))
            dirs[:] = [d for d in dirs if not (here / d).is_symlink()]
        for name in sorted(files):
            p = here / name
            if _take_file(p, include_all):
                refused = _refused_link(p, root, follow_symlinks)
                (skipped if refused else found).append(refused or p)  # type: ignore[arg-type]
    return sorted(found), sorted(skipped, key=lambda s: str(s.path))


def _refused_link(p: Path, root: Path, follow_symlinks: bool) -> Skipped | None:
    """Why the file at `p` is refused when it is a symbolic link out of `root` (not followed) or
    to nothing; None for a file that is taken."""
    if not p.is_symlink():
        return None
    if not follow_symlinks and not _inside(p, root):
        return Skipped(p, _link_reason("file"))
    if not p.exists():
        return Skipped(p, "symbolic link to nothing (broken link)")
    return None


def _take_folder(path: Path, include_all: bool) -> bool:
    """Whether discovery goes into the folder at `path`."""
    from gcmextract.batch.exclusions import excluded_folder

    return not path.name.startswith(".") and (include_all or not excluded_folder(path))


def _take_file(path: Path, include_all: bool) -> bool:
    """Whether discovery takes the file at `path` (a supported type, not hidden, not excluded)."""
    from gcmextract.batch.exclusions import excluded_file

    if path.name.startswith(".") or path.suffix.lower() not in SUPPORTED:
        return False
    return include_all or not excluded_file(path.name)


def _link_reason(what: str) -> str:
    return (
        f"symbolic link to a {what} outside the input folder "
        "(not followed; --follow-symlinks follows it)"
    )
