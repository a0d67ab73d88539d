"""`gcmextract query`: SQL on the DuckDB database written by `export --format duckdb`."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from gcmextract.cli.app import app, friendly


@app.command()
@friendly
def query(
    database: Path = typer.Argument(..., help="A database written by `export --format duckdb`."),
    sql: str = typer.Argument(..., help="The SQL to run (read-only)."),
    as_json: bool = typer.Option(False, "--json", help="Print the rows as a JSON list of objects."),
) -> None:
    """Run SQL on the exported tables and views (money_by_country_currency,
    objectives_by_country, organisations_by_type) and print the result as a table or JSON."""
    from gcmextract.query import run_query

    names, rows = run_query(database, sql)
    if as_json:
        records = [dict(zip(names, r, strict=True)) for r in rows]
        typer.echo(json.dumps(records, ensure_ascii=False, indent=2, default=str))
        return
    from rich.console import Console
    from rich.table import Table

    from gcmextract.sanitize import terminal_text

    table = Table(*[terminal_text(n) for n in names])
    for r in rows:
        table.add_row(*["" if v is None else terminal_text(str(v)) for v in r])
    Console().print(table)
