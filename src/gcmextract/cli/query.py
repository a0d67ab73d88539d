"""`gcmextract query`: SQL on the DuckDB database written by `export --format duckdb`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer

from gcmextract.cli.app import app, friendly, set_verbosity
from gcmextract.cli.options import Json, Output, QueryFormat, Quiet, Verbose


@app.command()
@friendly
def query(
    database: Path = typer.Argument(
        ...,
        metavar="DATABASE",
        help="A database written by `export --format duckdb`.",
        show_default=False,
    ),
    sql: str = typer.Argument(
        ..., metavar="SQL", help="The SQL to run (read-only).", show_default=False
    ),
    fmt: QueryFormat | None = typer.Option(
        None,
        "--format",
        "-f",
        case_sensitive=False,
        show_default=False,
        help="table (default on a terminal), csv (default when piped or written to a file) or "
        "json (a list of objects); values are never cut short.",
    ),
    as_json: Json = False,
    output: Output = None,
    quiet: Quiet = False,
    verbose: Verbose = False,
) -> None:
    """Run SQL on the exported tables and views (money_by_country_currency,
    objectives_by_country, organizations_by_type) and print the rows."""
    import sys

    from gcmextract.cli.options import output_is_folder
    from gcmextract.errors import UsageError
    from gcmextract.export.query import run_query

    set_verbosity(quiet, verbose)
    if as_json and fmt not in (None, QueryFormat.json):
        raise UsageError("--json and --format exclude each other")
    if output is not None and output_is_folder(output):
        raise UsageError(f"{output}: -o must name a file, not a folder")
    to_file = output is not None and output != "-"
    chosen = fmt or (
        QueryFormat.json
        if as_json
        else QueryFormat.table
        if sys.stdout.isatty() and not to_file
        else QueryFormat.csv
    )
    names, rows = run_query(database, sql)
    text = render(names, rows, chosen, wide=not sys.stdout.isatty() or to_file)
    if to_file:
        from gcmextract.io import write_atomic

        write_atomic(str(output), text)
    else:
        typer.echo(text, nl=False)


def render(names: list[str], rows: list[tuple[Any, ...]], fmt: QueryFormat, wide: bool) -> str:
    """The rows as CSV (booleans true/false, as export writes them), JSON or a table; `wide`: a
    table for a file or pipe, never cut to a terminal's width."""
    if fmt == QueryFormat.json:
        records = [dict(zip(names, r, strict=True)) for r in rows]
        return json.dumps(records, ensure_ascii=False, indent=2, default=str) + "\n"
    if fmt == QueryFormat.csv:
        from gcmextract.export.formats import csv_text

        return csv_text([dict(zip(names, r, strict=True)) for r in rows], names, bom=False)
    import io

    from rich.console import Console
    from rich.table import Table

    from gcmextract.sanitize import terminal_text

    table = Table(*[terminal_text(n) for n in names])
    for column in table.columns:
        column.overflow = "fold"  # wrapped, never cut with an ellipsis
    for r in rows:
        table.add_row(*["" if v is None else terminal_text(str(v)) for v in r])
    buf = io.StringIO()
    width = max(80, sum(len(n) for n in names) + 4 * len(names)) if wide else None
    if wide:
        width = max([width or 80] + [sum(len(str(v)) + 3 for v in r) + 4 for r in rows])
    Console(file=buf, width=width, force_terminal=False, no_color=wide).print(table)
    return buf.getvalue()
