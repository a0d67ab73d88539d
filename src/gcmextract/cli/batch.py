"""`gcmextract batch`: extract every submission in a folder, in parallel, resumably."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from gcmextract.cli.app import Compact, Quiet, Verbose, app, fail, friendly, loud, set_verbosity

if TYPE_CHECKING:
    from gcmextract.batch import Summary


def _progress_bar() -> tuple[Any, Any]:
    """A started rich progress bar and its task on an interactive stderr, else (None, None)."""
    if not (sys.stderr.isatty() and loud()):
        return None, None
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    progress = Progress(
        TextColumn("documents"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("pages {task.fields[pages]}"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        transient=False,
    )
    task = progress.add_task("batch", total=None, pages=0)
    progress.start()
    return progress, task


@app.command()
@friendly
def batch(
    in_dir: Path = typer.Argument(..., help="Folder of submissions (searched recursively)."),
    output: Path | None = typer.Option(
        None,
        "-o",
        "--output",
        help="Output folder: <doc-id>.json per input and manifest.jsonl.  [required]",
    ),
    out: Path | None = typer.Option(None, "--out", hidden=True),
    workers: int | None = typer.Option(
        None,
        "--workers",
        "-w",
        min=1,
        help="Parallel worker processes, each loading the pipeline once (about 0.5 GB each); "
        "default: the number of cores, lowered to what the available memory holds.",
    ),
    force: bool = typer.Option(
        False, "--force", help="Redo every input, even those unchanged since the last run."
    ),
    country: str | None = typer.Option(
        None,
        "--country",
        help="Submitting state for every file (name or ISO code); overrides detection.",
    ),
    country_from_filename: bool = typer.Option(
        False,
        "--country-from-filename",
        help="Read an ISO 3166 code or country name from each file name (e.g. CAN_76_2021.txt).",
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON on stdout."),
    scheduler: str | None = typer.Option(
        None,
        "--scheduler",
        help="Run on a Dask distributed cluster: the scheduler address (tcp://HOST:8786), or "
        "'local' for a cluster on this machine; input and output folders must be on a file "
        "system shared by every worker (see README).",
    ),
    follow_symlinks: bool = typer.Option(
        False,
        "--follow-symlinks",
        help="Follow symbolic links that lead out of the input folder (refused by default).",
    ),
    timeout: str | None = typer.Option(
        None,
        "--timeout",
        help="Give up on a document after this many seconds and go on with the rest (default 300 or $GCMEXTRACT_TIMEOUT; 90s, 5m).",
    ),
    compact: Compact = False,
    quiet: Quiet = False,
    verbose: Verbose = False,
) -> None:
    """Process a folder: exit 0 when every file succeeded (or was unchanged), 1 when any failed."""
    from gcmextract.batch import Outcome, _Stop, discover, log, run_batch
    from gcmextract.capacity import default_workers
    from gcmextract.country import resolve_country
    from gcmextract.errors import InputError, UsageError
    from gcmextract.inputs import display_path
    from gcmextract.sanitize import strip_controls
    from gcmextract.settings import parse_seconds
    from gcmextract.settings import timeout as default_timeout

    set_verbosity(quiet, verbose)
    budget = parse_seconds(timeout, "--timeout") if timeout is not None else default_timeout()
    out_dir = output or out
    if out_dir is None:
        raise UsageError("missing option '-o' / '--output' (the output folder)")
    if not in_dir.is_dir():
        raise InputError("not a folder", str(in_dir))
    iso3 = resolve_country(country) if country else None
    total = len(discover(in_dir, follow_symlinks))
    progress, task = _progress_bar()
    pages = 0

    def on_progress(outcome: Outcome, done: int, todo: int) -> None:
        nonlocal pages
        pages += outcome.pages or 0
        if progress is not None:
            progress.update(task, completed=done, total=todo, pages=pages)
        elif loud() or outcome.status == "failed":
            detail = (
                outcome.error
                if outcome.status == "failed"
                else f"{outcome.pages or '-'} pages, {outcome.seconds:.1f}s"
            )
            where = strip_controls(display_path(outcome.path))
            log(
                f"[{done}/{todo}] {outcome.status} {where} ({strip_controls(display_path(detail or ''))})"
            )

    try:
        summary = run_batch(
            in_dir,
            out_dir,
            workers=workers or default_workers(),
            force=force,
            country=iso3,
            country_from_filename=country_from_filename,
            on_progress=on_progress,
            follow_symlinks=follow_symlinks,
            scheduler=scheduler,
            timeout=budget,
            compact=compact,
        )
    except (_Stop, KeyboardInterrupt):
        if progress is not None:
            progress.stop()
        from gcmextract.batch_state import resume_command

        fail(
            f"interrupted; finished documents are kept; resume with: {resume_command(sys.argv)}",
            130,
        )
        return
    if progress is not None:
        progress.stop()
    info = {"files": total, **summary.to_dict(), "out_dir": str(out_dir)}
    if as_json:
        typer.echo(json.dumps(info))
    if loud():
        _log_summary(summary, total, out_dir)
    if summary.failed:
        raise typer.Exit(1)


def _log_summary(summary: Summary, total: int, out_dir: Path) -> None:
    """Log the files skipped as unreadable and the one-line count of a batch run."""
    from gcmextract.batch import log

    for item in summary.unreadable:
        log(f"gcmextract: skipped: {item['path']}: {item['reason']}")
    unreadable = f", {len(summary.unreadable)} unreadable" if summary.unreadable else ""
    log(
        f"gcmextract batch: {summary.ok} ok, {summary.failed} failed, {summary.skipped} skipped"
        f"{unreadable} ({total} files, {summary.pages} pages, {summary.seconds:.1f}s) -> {out_dir}"
    )
