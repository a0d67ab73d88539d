"""What a batch hands its workers and gets back: a `Task` per input file, an `Outcome` per file
(a manifest line), and the helpers every executor shares (a chunk's budget, failed outcomes, an
error as one line)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from gcmextract.batch.inputs import display_path, undecodable
from gcmextract.version import EXTRACTOR_VERSION


@dataclass
class Task:
    """One input file and where its output goes."""

    path: str
    doc_id: str
    sha256: str
    country: str | None = None
    input_dir: str = ""
    relpath: str = ""
    read_path: str = ""  # where a worker reads the file when that differs from `path`
    timeout: float | None = None  # seconds per document
    form: str = "tabular"  # the JSON form to write: tabular or indented (serialize.form)
    country_source: str | None = None  # where `country` came from (submitter.OPTION, FILENAME)
    ocr: str = "auto"  # PDF pages without a text layer (ingest.read_document)
    max_bytes: int | None = None  # size limit of the input (None: the default)
    explain: bool = False  # keep the rejected organisation candidates


@dataclass
class Outcome:
    """What happened to one input (a manifest line)."""

    path: str
    doc_id: str
    sha256: str
    status: str
    error: str | None = None
    pages: int | None = None
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    extractor_version: str = EXTRACTOR_VERSION
    payload: bytes | None = None  # the JSON to write (not in the manifest)
    form: str = "tabular"  # the JSON form of the payload (said in the manifest)
    input_dir: str = ""
    relpath: str = ""
    output_sha256: str | None = None  # SHA-256 of the output file written
    warnings: list[str] = field(default_factory=list)  # the document's (e.g. a country in doubt)
    explain: bool = False  # the payload has the rejected organisation candidates

    def manifest_line(self) -> dict[str, Any]:
        """The outcome as one line of the manifest (without the payload)."""
        line: dict[str, Any] = {
            "path": display_path(self.path),
            "input_dir": display_path(self.input_dir),
            "relpath": display_path(self.relpath),
            "doc_id": self.doc_id,
            "sha256": self.sha256,
            "status": self.status,
            "error": display_path(self.error) if self.error else None,
            "pages": self.pages,
            "counts": self.counts,
            "seconds": round(self.seconds, 3),
            "extractor_version": self.extractor_version,
        }
        if self.output_sha256:
            line["form"] = self.form
            line["output_sha256"] = self.output_sha256
        if self.warnings:
            line["warnings"] = self.warnings
        if self.explain:
            line["explain"] = True
        if undecodable(self.path):
            line["warning"] = "file name is not valid UTF-8 (shown with \\x escapes)"
        return line


def one_line(exc: BaseException) -> str:
    """An error's message on one line (its type's name when it has none)."""
    return " ".join(str(exc).split()) or type(exc).__name__


def budget_of(tasks: list[Task]) -> float | None:
    """Seconds documents extracted together may take in all: the sum of theirs (None: unbounded)."""
    if any(t.timeout is None for t in tasks):
        return None
    return sum(t.timeout or 0 for t in tasks)


def failed(chunk: list[Task], reason: str, seconds: float = 0.0) -> list[Outcome]:
    """Every task of a chunk failed for one reason."""
    return [Outcome(t.path, t.doc_id, t.sha256, "failed", reason, seconds=seconds) for t in chunk]
