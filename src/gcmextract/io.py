"""Atomic file writes (a temporary file in the same folder, fsynced, then renamed over the target)
that never replace anything but a regular file, and `-` for standard output."""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

from gcmextract.errors import InputError

STDOUT = "-"
TMP_SUFFIX = ".tmp"


def check_target(path: str | Path) -> None:
    """Raise InputError unless `path` is absent or a regular file (never a link, FIFO or device)."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return
    if stat.S_ISREG(mode):
        return
    kind = (
        "a symbolic link"
        if stat.S_ISLNK(mode)
        else "a folder"
        if stat.S_ISDIR(mode)
        else "a FIFO"
        if stat.S_ISFIFO(mode)
        else "a device"
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
        else "a socket"
        if stat.S_ISSOCK(mode)
        else "not a regular file"
    )
    raise InputError(f"refusing to replace {kind}; write to a regular file or '-'", str(path))


def remove_orphans(folder: Path) -> list[Path]:
    """Delete the temporary files that a killed `write_atomic` left in `folder` (`.<name>.*.tmp`
    beside no live writer of ours: called before a run writes there); return what was deleted."""
    removed = []
    for path in folder.glob(f".*{TMP_SUFFIX}"):
        if path.is_file() and not path.is_symlink():
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def write_atomic(path: str | Path, data: str | bytes | Iterable[bytes]) -> None:
    """Write `data` (text, bytes, or bytes in parts, so a large output is neither joined nor held
    whole: parts may come from a generator) to `path` so that a killed process leaves either the
    old file or the new one; `-` writes to standard output."""
    if isinstance(data, str):
        data = data.encode()
    parts: Iterable[bytes] = [data] if isinstance(data, bytes) else data
    if str(path) == STDOUT:
        sys.stdout.flush()
        for raw in parts:
            sys.stdout.buffer.write(raw)
        sys.stdout.buffer.flush()
        return
    target = Path(path)
    check_target(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TMP_SUFFIX, dir=target.parent)
    umask = os.umask(0)
    os.umask(umask)
    try:
        os.chmod(tmp, 0o666 & ~umask)
        with os.fdopen(fd, "wb") as fh:
            for raw in parts:
                fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
        check_target(target)  # the target may have been swapped for a link meanwhile
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
