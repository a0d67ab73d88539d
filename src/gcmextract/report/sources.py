"""The source text a report highlights: read only from the batch's input folder (or a folder the
user names), only from a regular file, and only when its sha256 is the one extracted from."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any

from gcmextract.schema import Extraction


@dataclass
class Source:
    """The text of one document's source, or why it is not shown."""

    text: str | None
    problem: str | None = None


def locate(entry: dict[str, Any] | None, sources: Path | None) -> Path | None:
    """Where the source of a manifest entry is: its path inside the input folder recorded by the
    batch, or inside `sources` when given. None when the entry names no path inside a folder."""
    if not entry or not entry.get("relpath"):
        return None
    rel = PurePath(entry["relpath"])
    if rel.is_absolute() or ".." in rel.parts:
        return None
    root = sources if sources is not None else Path(entry.get("input_dir") or "")
    if not root.is_absolute() and sources is None:
        return None
    return root / rel


def load_source(ex: Extraction, entry: dict[str, Any] | None, sources: Path | None) -> Source:
    """The text `ex`'s offsets refer to, re-read from its verified source file."""
    from gcmextract.errors import GcmError
    from gcmextract.ingest import read_document

    path = locate(entry, sources)
    if path is None:
        return Source(None, "source file not available (no batch manifest entry for it)")
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return Source(None, f"source file not available: {path} is not a regular file")
        document = read_document(path)
    except FileNotFoundError:
        return Source(None, f"source file not available: {path} not found")
    except (OSError, GcmError) as exc:
        return Source(None, f"source file not available: {' '.join(str(exc).split())}")
    if document.sha256 != ex.document.sha256:
        return Source(
            None,
            f"source file modified since extraction: {path} (sha256 differs); highlights not shown",
        )
    return Source(document.text)
