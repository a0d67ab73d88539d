"""`gcmextract extract` and `gcmextract schema`: thin commands over the pipeline and the data model."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from gcmextract.cli.app import app, friendly
from gcmextract.schema import Extraction


def print_summary(result: Extraction) -> None:
    """Print a short table of what was extracted to stderr (for humans; JSON goes elsewhere)."""
    from rich.console import Console
    from rich.table import Table

    doc = result.document
    console = Console(stderr=True)
    console.print(
        f"[bold]{doc.id}[/bold] ({doc.format}) country={doc.country} "
        f"language={doc.language} period={doc.period} pages={doc.pages}"
    )
    table = Table("field", "count", "examples")
    for field in ("objective_refs", "organizations", "amounts", "dates"):
        mentions = getattr(result, field)
        examples = ", ".join(dict.fromkeys(m.text for m in mentions[:6]))
        table.add_row(field, str(len(mentions)), examples)
    top = ", ".join(
        f"{o.objective}{'*' if o.explicit else ''} ({o.score:.2f})" for o in result.objectives[:8]
    )
    table.add_row("objectives", str(len(result.objectives)), top + (" (*=explicit)" if top else ""))
    table.add_row(
        "sections", str(len(result.sections)), ", ".join(s.heading for s in result.sections[:4])
    )
    console.print(table)


def ocr_progress(file: Path):  # type: ignore[no-untyped-def]
    """A progress callback showing 'OCR page N/M' on a terminal's stderr (one line, overwritten and
    cleared at the end), so that logs and the one-line error contract stay clean."""
    if not sys.stderr.isatty():
        return None

    def report(page: int, pages: int) -> None:
        end = "\r" if page < pages else "\r\033[K"
        print(
            f"gcmextract: {file}: OCR page {page}/{pages}\033[K",
            end=end,
            file=sys.stderr,
            flush=True,
        )

    return report


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
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No summary table on stderr."),
    ocr: str = typer.Option(
        "auto",
        "--ocr",
        help="PDF pages without a text layer: auto (OCR them with Tesseract), never, force (OCR every page).",
    ),
) -> None:
    """Extract objectives, amounts, dates and organisations from FILE as JSON.

    Without -o the JSON goes to stdout; with -o it is written atomically and a summary table is
    printed to stderr.
    """
    from gcmextract.country import resolve_country
    from gcmextract.ingest import read_document
    from gcmextract.io import write_atomic
    from gcmextract.pipeline import extract_document

    iso3 = resolve_country(country) if country else None
    document = read_document(file, ocr=ocr, progress=ocr_progress(file))
    for warning in document.warnings:
        print(f"gcmextract: warning: {file}: {warning}", file=sys.stderr)
    result = extract_document(document, country=iso3)
    payload = result.model_dump_json(indent=2)
    if output:
        write_atomic(output, payload + "\n")
        if not quiet:
            print_summary(result)
    else:
        typer.echo(payload)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the extraction output (generated from the data model)."""
    from gcmextract.schema import json_schema

    typer.echo(json_schema())
