"""`gcmextract batch`: extract every submission in a folder, in parallel, resumably."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from gcmextract.cli.app import app, fail, friendly, loud, set_verbosity, warn
from gcmextract.cli.options import (
    BatchOutput,
    Compact,
    Country,
    CountryFromFilename,
    Explain,
    Force,
    Indent,
    Json,
    MaxBytes,
    Ocr,
    OcrMode,
    Quiet,
    Timeout,
    Verbose,
)

if TYPE_CHECKING:
    from gcmextract.batch.run import Outcome, Summary


class _Progress:
    """Progress of a batch: a bar on an interactive stderr (its total known from the start, pages
    shown once there are any), else one line per document (not with --quiet)."""

    def __init__(self, total: int) -> None:
        self.pages = 0
        self.bar: Any = None
        if sys.stderr.isatty() and loud():
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            self.bar = Progress(
                TextColumn("documents"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[pages]}"),
                TimeElapsedColumn(),
                TimeRemainingColumn(),
                transient=False,
            )
            self.task = self.bar.add_task("batch", total=total, pages="")
            self.bar.start()

    def update(self, outcome: Outcome, done: int, todo: int) -> None:
        """Show one finished document."""
        from gcmextract.batch.inputs import display_path
        from gcmextract.batch.run import log
        from gcmextract.sanitize import strip_controls

        self.pages += outcome.pages or 0
        for warning in outcome.warnings:
            warn(f"{strip_controls(display_path(outcome.path))}: {warning}")
        if self.bar is not None:
            pages = f"{self.pages} pages" if self.pages else ""
            self.bar.update(self.task, completed=done, total=todo, pages=pages)
        elif loud() or outcome.status == "failed":
            pages = f"{outcome.pages} pages, " if outcome.pages else ""
            detail = (
                outcome.error if outcome.status == "failed" else f"{pages}{outcome.seconds:.1f}s"
            )
            where = strip_controls(display_path(outcome.path))
            log(
                f"[{done}/{todo}] {outcome.status} {where} ({strip_controls(display_path(detail or ''))})"
            )

    def stop(self) -> None:
        """Stop the bar (if any)."""
        if self.bar is not None:
            self.bar.stop()


@app.command()
@friendly
def batch(
    in_dir: Path = typer.Argument(
        ...,
        metavar="IN_DIR",
        help="Folder of submissions (searched recursively; gold/, README*, hidden folders and "
        "output folders skipped unless --include-all).",
        show_default=False,
    ),
    output: BatchOutput = None,
    out: str | None = typer.Option(None, "--out", hidden=True),
    workers: int | None = typer.Option(
        None,
        "--workers",
        "-w",
        min=1,
        metavar="N",
        show_default=False,
        help="Parallel worker processes, each loading the pipeline once (about 0.5 GB each); "
        "default: the number of cores, lowered to what the available memory holds.",
    ),
    force: Force = False,
    country: Country = None,
    country_from_filename: CountryFromFilename = False,
    max_bytes: MaxBytes = None,
    ocr: Ocr = OcrMode.auto,
    explain: Explain = False,
    as_json: Json = False,
    scheduler: str | None = typer.Option(
        None,
        "--scheduler",
        metavar="ADDRESS",
        show_default=False,
        help="Run on a Dask distributed cluster: the scheduler address (tcp://HOST:8786), or "
        "'local' for a cluster on this machine; input and output folders must be on a file "
        "system shared by every worker (see README).",
    ),
    follow_symlinks: bool = typer.Option(
        False,
        "--follow-symlinks",
        help="Follow symbolic links that lead out of the input folder (refused by default).",
    ),
    include_all: bool = typer.Option(
        False,
        "--include-all",
        help="Also take gold/ folders, README files and folders holding a batch manifest.",
    ),
    timeout: Timeout = None,
    indent: Indent = False,
    compact: Compact = False,
    quiet: Quiet = False,
    verbose: Verbose = False,
) -> None:
    """Extract every submission in IN_DIR into the folder -o (one <file name>.json per input, e.g.
    report.txt -> report.txt.json, and manifest.jsonl); unchanged inputs are skipped, so an
    interrupted run resumes where it stopped. Exit 0 when every file succeeded (or was
    unchanged), 1 when any failed."""
    from gcmextract.assemble.serialize import form
    from gcmextract.batch.run import ReadOptions
    from gcmextract.cli.options import (
        indent_value,
        max_bytes_value,
        output_is_folder,
        timeout_value,
    )
    from gcmextract.errors import InputError, UsageError
    from gcmextract.resources.country import resolve_country

    set_verbosity(quiet, verbose)
    budget = timeout_value(timeout)
    out_dir = output or out
    if out_dir is None or out_dir == "-":
        raise UsageError("batch needs -o FOLDER (the output folder; - is not one)")
    if Path(out_dir).exists() and not output_is_folder(out_dir):
        raise UsageError(f"{out_dir}: -o must name a folder, not a file")
    if country and country_from_filename:
        raise UsageError("--country and --country-from-filename exclude each other")
    if not in_dir.is_dir():
        raise InputError("not a folder", str(in_dir))
    options = {
        "workers": workers,
        "force": force,
        "country": resolve_country(country) if country else None,
        "country_from_filename": country_from_filename,
        "follow_symlinks": follow_symlinks,
        "scheduler": scheduler,
        "timeout": budget,
        "form": form(indent_value(indent, compact)),
        "reading": ReadOptions(ocr.value, max_bytes_value(max_bytes), explain),
        "include_all": include_all,
    }
    _run(in_dir, Path(out_dir), options, as_json)


def _run(in_dir: Path, out_dir: Path, options: dict[str, Any], as_json: bool) -> None:
    """Run the batch with a progress display; print the summary; exit 1 when any file failed."""
    from gcmextract.batch.capacity import default_workers
    from gcmextract.batch.run import Stopped, discover, run_batch

    total = len(discover(in_dir, options["follow_symlinks"], options["include_all"]))
    progress = _Progress(total)
    try:
        summary = run_batch(
            in_dir,
            out_dir,
            **{**options, "workers": options["workers"] or default_workers()},
            on_progress=progress.update,
        )
    except (Stopped, KeyboardInterrupt):
        from gcmextract.batch.state import resume_command

        progress.stop()
        fail(
            f"interrupted; finished documents are kept; resume with: {resume_command(sys.argv)}",
            130,
        )
        return
    progress.stop()
    if as_json:
        typer.echo(json.dumps({"files": total, **summary.to_dict(), "out_dir": str(out_dir)}))
    if loud():
        _log_summary(summary, total, out_dir)
    if summary.failed:
        raise typer.Exit(1)


def _log_summary(summary: Summary, total: int, out_dir: Path) -> None:
    """Log the files skipped as unreadable and the one-line count of a batch run."""
    from gcmextract.batch.run import log

    for item in summary.unreadable:
        log(f"gcmextract: unsupported: {item['path']}: {item['reason']}")
    counts = {
        "extracted": summary.ok,
        "unchanged": summary.skipped,
        "failed": summary.failed,
        "unsupported": len(summary.unreadable),
        "excluded": summary.excluded,
    }
    said = ", ".join(f"{n} {word}" for word, n in counts.items() if n or word == "extracted")
    pages = f", {summary.pages} pages" if summary.pages else ""
    log(
        f"gcmextract batch: {said} ({total} files{pages}, {summary.seconds:.1f}s) -> {out_dir}"
        + (
            "; --include-all takes the excluded (gold/, README, output folders)"
            if summary.excluded
            else ""
        )
    )
