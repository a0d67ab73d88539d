"""`gcmextract export`: batch outputs as flat tables for Excel, pandas or R."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from gcmextract.cli.app import Quiet, Verbose, app, friendly, info, set_verbosity


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
    fmt: str = typer.Option("csv", "--format", "-f", help="csv, xlsx, parquet, jsonl or duckdb."),
    dest: Path = typer.Option(
        ...,
        "-o",
        "--output",
        help="Destination folder (one file per table); a file for duckdb (and for xlsx when it "
        "ends in .xlsx).",
    ),
    no_bom: bool = typer.Option(
        False, "--no-bom", help="csv without the UTF-8 byte-order mark spreadsheets need."
    ),
    trusted: bool = typer.Option(
        False,
        "--trusted",
        help="Write text exactly as extracted: no ' before cells starting with = + - @ "
        "(spreadsheet formula neutralisation is on by default; use only for trusted documents).",
    ),
    quiet: Quiet = False,
    verbose: Verbose = False,
) -> None:
    """Write the tables documents, sections, paragraphs, objectives, principles, organizations,
    amounts, dates, objective_refs and money_by_objective (money split between shared objectives,
    each amount once), with the same columns and types for every batch (only
    documents the batch manifest lists; stale JSON files are reported and left out). duckdb writes
    one database with every table and views for common questions (see `gcmextract query`)."""
    from gcmextract.export.formats import export as run

    set_verbosity(quiet, verbose)
    written = run(out_dir, fmt, dest, neutralise=not trusted, on_stale=warn_stale, bom=not no_bom)
    for path in written:
        typer.echo(str(path))
    info(f"export ({fmt}) -> {dest}")
