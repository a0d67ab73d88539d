"""`gcmextract export`: batch outputs as flat tables for Excel, pandas or R."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from gcmextract.cli.app import app, friendly


def warn_stale(path: Path) -> None:
    """Tell the user about an output JSON no manifest entry accounts for (left out)."""
    print(
        f"gcmextract: warning: {path}: not listed in manifest.jsonl (stale output); left out",
        file=sys.stderr,
    )


@app.command()
@friendly
def export(
    out_dir: Path = typer.Argument(..., help="A folder written by `gcmextract batch`."),
    fmt: str = typer.Option("csv", "--format", "-f", help="csv, xlsx, parquet or jsonl."),
    dest: Path = typer.Option(
        ..., "-o", "--output", help="Destination folder (or .xlsx file for xlsx)."
    ),
    trusted: bool = typer.Option(
        False,
        "--trusted",
        help="Write text exactly as extracted: no ' before cells starting with = + - @ "
        "(spreadsheet formula neutralisation is on by default; use only for trusted documents).",
    ),
) -> None:
    """Write documents, organizations, amounts, dates, objective_refs and objectives tables
    (only documents the batch manifest lists; stale JSON files are reported and left out)."""
    from gcmextract.export import export as run

    for path in run(out_dir, fmt, dest, neutralise=not trusted, on_stale=warn_stale):
        typer.echo(str(path))
