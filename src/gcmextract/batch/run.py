"""Batch extraction of a folder: parallel workers that load the pipeline once, atomic outputs, a
resumable manifest, and one bad file never costing the others their results."""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gcmextract.batch.chunk import process_chunk
from gcmextract.batch.inputs import check_collisions, display_path, doc_id
from gcmextract.batch.inputs import discover as discover_inputs
from gcmextract.batch.state import digest, output_valid, unchanged
from gcmextract.batch.tasks import Outcome, Task, one_line
from gcmextract.errors import GcmError
from gcmextract.ingest import UNREADABLE
from gcmextract.io import remove_orphans, write_atomic

MANIFEST = "manifest.jsonl"
CHUNK = 4


def discover(in_dir: Path, follow_symlinks: bool = False, include_all: bool = False) -> list[Path]:
    """Supported files under `in_dir`, recursively, in a stable order (hidden files skipped, and
    gold and output folders and README-like files unless `include_all`)."""
    return discover_inputs(in_dir, follow_symlinks, include_all)[0]


def discover_unreadable(in_dir: Path) -> list[tuple[Path, str]]:
    """Files under `in_dir` of kinds a batch cannot read (.doc, .rtf, .odt, images), with the reason."""
    return sorted(
        (p, UNREADABLE[p.suffix.lower()])
        for p in in_dir.rglob("*")
        if p.is_file()
        and p.suffix.lower() in UNREADABLE
        and not any(part.startswith(".") for part in p.relative_to(in_dir).parts)
    )


def doc_ids(paths: list[Path], in_dir: Path) -> dict[Path, str]:
    """One output id per input, from its path relative to `in_dir` (see `inputs.doc_id`)."""
    return {p: doc_id(p.relative_to(in_dir)) for p in paths}


def _sha256(path: Path) -> str:
    import hashlib

    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


# --- driver side -------------------------------------------------------------------------------
def load_manifest(out_dir: Path) -> dict[str, dict[str, Any]]:
    """The manifest entries of an output folder by input path (unreadable lines skipped)."""
    path = out_dir / MANIFEST
    if not path.exists():
        return {}
    entries = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            entry = json.loads(line)
            key = (
                _key(entry["input_dir"], entry["relpath"])
                if entry.get("input_dir") and entry.get("relpath")
                else entry["path"]
            )
            entries[key] = entry
        except (ValueError, KeyError):
            continue
    return entries


@dataclass
class Summary:
    """Counts and totals of one batch run."""

    ok: int = 0
    failed: int = 0
    skipped: int = 0  # unchanged since the last run
    excluded: int = 0  # left out by default: gold/ and output folders, README-like files
    unreadable: list[dict[str, str]] = field(default_factory=list)  # {"path", "reason"}
    seconds: float = 0.0
    pages: int = 0

    def to_dict(self) -> dict[str, Any]:
        """The summary as a JSON-ready dict."""
        return {
            "ok": self.ok,
            "failed": self.failed,
            "skipped": self.skipped,
            "excluded": self.excluded,
            "unreadable": self.unreadable,
            "pages": self.pages,
            "seconds": round(self.seconds, 2),
        }


class Stopped(BaseException):
    """Raised by the SIGTERM handler to stop a batch cleanly."""


def _raise_stop(signum: int, frame: Any) -> None:
    raise Stopped()


def run_batch(
    in_dir: Path,
    out_dir: Path,
    workers: int | None = None,
    force: bool = False,
    country: str | None = None,
    country_from_filename: bool = False,
    on_progress: Callable[[Outcome, int, int], None] | None = None,
    follow_symlinks: bool = False,
    scheduler: str | None = None,
    timeout: float | None = None,
    form: str = "tabular",
    reading: ReadOptions | None = None,
    include_all: bool = False,
) -> Summary:
    """Process every supported file under `in_dir` into `out_dir`; return counts per status.

    Before any work, raise UsageError when two inputs (or an input and a document another input
    folder wrote to `out_dir`) would share an output file. A file that cannot be hashed, read,
    extracted or written fails alone; the others go on. `form` is the JSON form
    to write (`serialize.form`: tabular or indented); an output written in another form is
    redone, not skipped. `reading`:
    OCR mode, size limit and --explain for every input; `include_all` also takes gold and
    output folders and README-like files (`gcmextract.batch.exclusions`)."""
    from gcmextract.errors import UsageError

    if country and country_from_filename:
        raise UsageError("--country and --country-from-filename exclude each other")
    t_start = time.perf_counter()
    paths, refused = discover_inputs(in_dir, follow_symlinks, include_all)
    ids = doc_ids(paths, in_dir)
    root = display_path(in_dir.resolve())
    previous = load_manifest(out_dir)
    others = {k: e for k, e in previous.items() if e.get("input_dir") not in (None, root)}
    check_collisions(
        {
            **{_entry_label(e): e["doc_id"] for e in others.values() if e.get("doc_id")},
            **{str(p): ids[p] for p in paths},
        }
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    remove_orphans(out_dir)  # a killed run's half-written files
    manifest: dict[str, dict[str, Any]] = {}
    todo: list[Task] = []
    early: list[Outcome] = []  # failed before any worker saw them
    summary = Summary(excluded=0 if include_all else _excluded(in_dir))

    def record(outcome: Outcome) -> None:
        _write_output(out_dir, outcome)
        manifest[_key(root, display_path(outcome.relpath))] = outcome.manifest_line()
        _write_manifest(out_dir, others, manifest)
        if outcome.status == "ok":
            summary.ok += 1
            summary.pages += outcome.pages or 0
        else:
            summary.failed += 1
        if on_progress:
            on_progress(outcome, summary.ok + summary.failed, len(todo) + len(early))

    plan = _Plan(in_dir, out_dir, root, ids, previous, force, form, scheduler, timeout)
    plan.reading = reading or ReadOptions()
    for item in plan.every(paths, country, country_from_filename, manifest, summary):
        (early if isinstance(item, Outcome) else todo).append(item)  # type: ignore[arg-type]
    _record_unreadable(in_dir, root, manifest, summary)
    for link in refused:
        rel = str(link.path.relative_to(in_dir))
        early.append(
            Outcome(
                str(link.path), doc_id(rel), "", "failed", link.reason, input_dir=root, relpath=rel
            )
        )
    _write_manifest(out_dir, others, manifest)
    for outcome in early:
        record(outcome)
    tasks = {t.path: t for t in todo}
    old_handler = signal.signal(signal.SIGTERM, _raise_stop)
    try:
        for outcome in _execute(todo, workers or os.cpu_count() or 1, scheduler):
            outcome.input_dir, outcome.relpath = root, tasks[outcome.path].relpath
            record(outcome)
    finally:
        signal.signal(signal.SIGTERM, old_handler)
    summary.seconds = time.perf_counter() - t_start
    return summary


@dataclass
class ReadOptions:
    """How every input of a batch is read and extracted (the options extract also takes)."""

    ocr: str = "auto"
    max_bytes: int | None = None
    explain: bool = False


@dataclass
class _Plan:
    """What a run does with each input: skip it (unchanged, its output there with the content
    the manifest recorded), fail it early (gone since listed), or extract it."""

    in_dir: Path
    out_dir: Path
    root: str
    ids: dict[Path, str]
    previous: dict[str, dict[str, Any]]
    force: bool
    form: str
    scheduler: str | None
    timeout: float | None
    reading: ReadOptions = field(default_factory=ReadOptions)

    def every(
        self,
        paths: list[Path],
        country: str | None,
        from_filename: bool,
        manifest: dict[str, dict[str, Any]],
        summary: Summary,
    ) -> Iterator[Task | Outcome]:
        """The Task or early failure of every input not skipped, with its country (given, or
        read from its file name when asked) and where that came from."""
        from gcmextract.resources.country import country_from_filename
        from gcmextract.resources.submitter import FILENAME, OPTION

        for p in paths:
            iso3 = country or (country_from_filename(p) if from_filename else None)
            source = OPTION if country else FILENAME if iso3 else None
            item = self.decide(p, iso3, source, manifest, summary)
            if item is not None:
                yield item

    def decide(
        self,
        p: Path,
        iso3: str | None,
        source: str | None,
        manifest: dict[str, dict[str, Any]],
        summary: Summary,
    ) -> Task | Outcome | None:
        """The Task of input `p`, its early failure, or None when it is skipped as unchanged;
        a finished output stays in `manifest` until redone (also under --force)."""
        rel = str(p.relative_to(self.in_dir))
        key = _key(self.root, display_path(rel))
        old = self.previous.get(key) or self.previous.get(display_path(p))
        try:
            sha = _sha256(p)
        except OSError as exc:  # vanished or unreadable since it was listed
            return Outcome(
                str(p), self.ids[p], "", "failed", _gone(exc), input_dir=self.root, relpath=rel
            )
        if (
            old is not None
            and output_valid(self.out_dir, old)
            and unchanged(old, sha, self.ids[p], self.form)
            and bool(old.get("explain")) == self.reading.explain
        ):
            manifest[key] = {**old, "input_dir": self.root, "relpath": display_path(rel)}
            if not self.force:
                manifest[key]["status"] = "skipped"
                summary.skipped += 1
                summary.pages += old.get("pages") or 0
                return None
        where = str(p.resolve()) if self.scheduler else ""  # remote workers have their own cwd
        r = self.reading
        return Task(
            str(p),
            self.ids[p],
            sha,
            iso3,
            self.root,
            rel,
            where,
            self.timeout,
            self.form,
            source,
            r.ocr,
            r.max_bytes,
            r.explain,
        )


def _excluded(in_dir: Path) -> int:
    """How many supported files under `in_dir` a batch leaves out by default."""
    from gcmextract.batch.exclusions import count_excluded
    from gcmextract.ingest import SUPPORTED

    return count_excluded(in_dir, SUPPORTED)


def _write_output(out_dir: Path, outcome: Outcome) -> None:
    """Write an outcome's JSON atomically and note its SHA-256; a write that fails fails it."""
    if outcome.payload is None:
        return
    try:
        write_atomic(out_dir / f"{outcome.doc_id}.json", [outcome.payload, b"\n"])
        outcome.output_sha256 = digest(outcome.payload + b"\n")
    except (OSError, GcmError) as exc:
        outcome.status, outcome.error = "failed", f"cannot write output: {one_line(exc)}"


def _record_unreadable(
    in_dir: Path, root: str, manifest: dict[str, dict[str, Any]], summary: Summary
) -> None:
    """List files of kinds a batch cannot read as skipped, with the reason, in manifest and summary."""
    for p, reason in discover_unreadable(in_dir):
        rel = str(p.relative_to(in_dir))
        manifest[_key(root, display_path(rel))] = {
            "path": display_path(p),
            "input_dir": root,
            "relpath": display_path(rel),
            "status": "skipped",
            "reason": f"unsupported: {reason}",
        }
        summary.unreadable.append({"path": display_path(p), "reason": reason})


def _key(input_dir: str, relpath: str) -> str:
    """The manifest key of an input: its folder and its path inside it."""
    return f"{input_dir}\n{relpath}"


def _entry_label(entry: dict[str, Any]) -> str:
    return str(Path(entry.get("input_dir") or "") / (entry.get("relpath") or entry.get("path", "")))


def _gone(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "file vanished before it could be read"
    return f"cannot read: {exc.strerror or one_line(exc)}"


def _chunks(tasks: list[Task], size: int) -> list[list[Task]]:
    return [tasks[i : i + size] for i in range(0, len(tasks), size)]


def _execute(todo: list[Task], workers: int, scheduler: str | None = None) -> Iterator[Outcome]:
    """Outcomes of every task: on a Dask cluster, in worker processes (each killed and replaced
    when a chunk runs past its budget), or here in this process when there is one worker and no
    budget to enforce."""
    if not todo:
        return
    if scheduler:
        from gcmextract.batch.distributed import execute_dask

        yield from execute_dask(_chunks(todo, CHUNK), scheduler, workers)
        return
    if workers <= 1 and all(t.timeout is None for t in todo):
        for chunk in _chunks(todo, CHUNK):
            yield from process_chunk(chunk)
        return
    from gcmextract.batch.pool import Pool

    size = max(1, min(CHUNK, len(todo) // (workers * 2) or 1))
    yield from Pool(min(workers, len(todo)), os.getpid()).run(_chunks(todo, size))


def _write_manifest(
    out_dir: Path, others: dict[str, dict[str, Any]], manifest: dict[str, dict[str, Any]]
) -> None:
    """manifest.jsonl: entries of other input folders first (kept as they were), then this run's
    entries in path order."""
    entries = [*others.values(), *(manifest[k] for k in sorted(manifest))]
    lines = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in entries]
    write_atomic(out_dir / MANIFEST, "".join(line + "\n" for line in lines))


def log(message: str) -> None:
    """Print a progress message to stderr at once."""
    print(message, file=sys.stderr, flush=True)
