"""`gcmextract export`: batch outputs as flat tables for Excel, pandas or R."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from gcmextract.cli.app import app, friendly, info, set_verbosity
from gcmextract.cli.options import OUTPUT_RULE, BatchFolder, ExportFormat, Quiet, Verbose


def warn_stale(path: Path) -> None:
    """Tell the user about an output JSON no manifest entry accounts for (left out)."""
    print(
        f"gcmextract: warning: {path}: not listed in manifest.jsonl (stale output); left out",
        file=sys.stderr,
    )


@app.command()
@friendly
def export(
    out_dir: BatchFolder,
    fmt: ExportFormat = typer.Option(
        ExportFormat.csv, "--format", "-f", case_sensitive=False, help="Table format."
    ),
    dest: str = typer.Option(
        ...,
        "-o",
        "--output",
        metavar="PATH",
        show_default=False,
        help="Destination: a folder for csv, parquet and jsonl (one file per table); a file for "
        "duckdb, and for xlsx when it ends in .xlsx (else gcmextract.xlsx in the folder). "
        + OUTPUT_RULE
        + " Several tables cannot go to standard output.",
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
    from gcmextract.errors import UsageError
    from gcmextract.export.formats import export as run

    set_verbosity(quiet, verbose)
    if dest == "-":
        raise UsageError(
            "export writes several tables or a database: -o must name a folder or file"
        )
    written = run(
        out_dir, fmt.value, Path(dest), neutralise=not trusted, on_stale=warn_stale, bom=not no_bom
    )
    for path in written:
        typer.echo(str(path))
    info(f"export ({fmt}) -> {dest}")
