"""What a batch output folder already holds: outputs checked by the SHA-256 of their content (not
by path or file time, so a folder copied, moved or synced elsewhere stays valid), and the command
that resumes an interrupted run."""

from __future__ import annotations

import hashlib
import shlex
from pathlib import Path
from typing import Any

from gcmextract.version import EXTRACTOR_VERSION

DONE = ("ok", "skipped")


def digest(data: bytes) -> str:
    """SHA-256 of an output's bytes (recorded in the manifest as `output_sha256`)."""
    return hashlib.sha256(data).hexdigest()


def output_valid(out_dir: Path, entry: dict[str, Any]) -> bool:
    """Whether the output a manifest entry lists is there with the content it recorded (an entry
    written before outputs were hashed only needs the file)."""
    if entry.get("status") not in DONE or not entry.get("doc_id"):
        return False
    path = out_dir / f"{entry['doc_id']}.json"
    try:
        data = path.read_bytes()
    except OSError:
        return False
    want = entry.get("output_sha256")
    return want is None or digest(data) == want


def unchanged(entry: dict[str, Any] | None, sha: str, doc_id: str, form: str) -> bool:
    """Whether a previous entry was made from the same input bytes, by this extractor version,
    under the same id and in the same JSON form (an entry from before the forms were named was
    written in neither)."""
    return bool(
        entry
        and entry.get("status") in DONE
        and entry.get("sha256") == sha
        and entry.get("extractor_version") == EXTRACTOR_VERSION
        and entry.get("doc_id") == doc_id
        and entry.get("form") == form
    )


def resume_command(argv: list[str]) -> str:
    """The command line that resumes an interrupted run: the same one without --force."""
    words = ["gcmextract", *[a for a in argv[1:] if a != "--force"]]
    return shlex.join(words)
