"""`gcmextract export`: batch outputs as flat tables for Excel, pandas or R."""

from __future__ import annotations

from pathlib import Path

import typer

from gcmextract.cli.app import Quiet, Verbose, app, friendly, info, set_verbosity


@app.command()
@friendly
def export(
    out_dir: Path = typer.Argument(..., help="A folder written by `gcmextract batch`."),
    fmt: str = typer.Option("csv", "--format", "-f", help="csv, xlsx, parquet or jsonl."),
    dest: Path = typer.Option(
        ..., "-o", "--output", help="Destination folder (or .xlsx file for xlsx)."
    ),
    quiet: Quiet = False,
    verbose: Verbose = False,
) -> None:
    """Write documents, organizations, amounts, dates, objective_refs and objectives tables."""
    from gcmextract.export import export as run

    set_verbosity(quiet, verbose)
    for path in run(out_dir, fmt, dest):
        typer.echo(str(path))
    info(f"export ({fmt}) -> {dest}")
