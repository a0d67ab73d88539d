"""`gcmextract extract` and `gcmextract schema`."""

from __future__ import annotations

from pathlib import Path

import typer

from gcmextract.cli.app import app, friendly


@app.command()
@friendly
def extract(
    file: Path = typer.Argument(..., help="Submission to read (.txt, .md, .html, .pdf, .docx)."),
    output: Path | None = typer.Option(
        None, "-o", "--output", help="Write the JSON here (atomically) instead of stdout."
    ),
    country: str | None = typer.Option(
        None, "--country", help="Submitting state (name or ISO code); overrides detection."
    ),
) -> None:
    """Extract objectives, amounts, dates and organisations from FILE as JSON."""
    from gcmextract.country import resolve_country
    from gcmextract.ingest import read_document
    from gcmextract.io import write_atomic
    from gcmextract.pipeline import extract_document

    document = read_document(file)
    iso3 = resolve_country(country) if country else None
    result = extract_document(document, country=iso3)
    payload = result.model_dump_json(indent=2)
    if output:
        write_atomic(output, payload + "\n")
    else:
        typer.echo(payload)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the extraction output (generated from the data model)."""
    from gcmextract.schema import json_schema

    typer.echo(json_schema())
