"""`gcmextract report`: one self-contained HTML page over a batch folder."""

from __future__ import annotations

from pathlib import Path

import typer

from gcmextract.cli.app import Quiet, Verbose, app, friendly, set_verbosity


@app.command()
@friendly
def report(
    out_dir: Path = typer.Argument(..., help="A folder written by `gcmextract batch`."),
    dest: Path = typer.Option(Path("report.html"), "-o", "--output", help="HTML file to write."),
    quiet: Quiet = False,
    verbose: Verbose = False,
) -> None:
    """Heatmap of countries × objectives, money by currency and objective, top organisations, and a
    review view of each document with its extracted spans highlighted."""
    from gcmextract.report import write_report

    set_verbosity(quiet, verbose)
    write_report(out_dir, dest)
    typer.echo(str(dest))
