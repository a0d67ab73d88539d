"""`gcmextract query`: SQL on the DuckDB database written by `export --format duckdb`."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from gcmextract.cli.app import Quiet, Verbose, app, friendly, set_verbosity


@app.command()
@friendly
def query(
    database: Path = typer.Argument(..., help="A database written by `export --format duckdb`."),
    sql: str = typer.Argument(..., help="The SQL to run (read-only)."),
    as_json: bool = typer.Option(False, "--json", help="Print the rows as a JSON list of objects."),
    output: Path | None = typer.Option(
        None, "-o", "--output", help="Write the rows as JSON to this file (atomically)."
    ),
    quiet: Quiet = False,
    verbose: Verbose = False,
) -> None:
    """Run SQL on the exported tables and views (money_by_country_currency,
    objectives_by_country, organisations_by_type) and print the result as a table or JSON."""
    from gcmextract.export.query import run_query

    set_verbosity(quiet, verbose)
    names, rows = run_query(database, sql)
    if as_json or output:
        records = [dict(zip(names, r, strict=True)) for r in rows]
        payload = json.dumps(records, ensure_ascii=False, indent=2, default=str)
        if output:
            from gcmextract.io import write_atomic

            write_atomic(output, payload + "\n")
        else:
            typer.echo(payload)
        return
    from rich.console import Console
    from rich.table import Table

    from gcmextract.sanitize import terminal_text

    table = Table(*[terminal_text(n) for n in names])
    for r in rows:
        table.add_row(*["" if v is None else terminal_text(str(v)) for v in r])
    Console().print(table)
