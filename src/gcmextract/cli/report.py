"""`gcmextract report`: one self-contained HTML page over a batch folder."""

from __future__ import annotations

from pathlib import Path

import typer

from gcmextract.cli.app import Quiet, Verbose, app, friendly, set_verbosity


@app.command()
@friendly
def report(
    out_dir: Path = typer.Argument(..., help="A folder written by `gcmextract batch`."),
    dest: Path = typer.Option(
        Path("report.html"), "-o", "--output", help="HTML file to write ('-' = stdout)."
    ),
    sources: Path | None = typer.Option(
        None,
        "--sources",
        help="Folder now holding the batch's inputs, when they moved (default: the input "
        "folder the manifest records).",
    ),
    quiet: Quiet = False,
    verbose: Verbose = False,
) -> None:
    """Heatmap of countries × objectives, money by currency and objective, top organisations, and a
    review view of each document with its extracted spans highlighted. Sources are shown only when
    unchanged since extraction (sha256); documents the manifest does not list are left out."""
    from gcmextract.cli.export import warn_stale
    from gcmextract.io import STDOUT, check_target
    from gcmextract.report import write_report

    set_verbosity(quiet, verbose)
    if str(dest) != STDOUT:
        check_target(dest)
    write_report(out_dir, dest, sources, on_stale=warn_stale)
    if str(dest) != STDOUT:
        typer.echo(str(dest))
