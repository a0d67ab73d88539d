"""`gcmextract text`: show what gcmextract reads from a file (text, or its structure with --json)."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from gcmextract.cli.app import Quiet, Verbose, app, friendly, set_verbosity, warn
from gcmextract.cli.extract import OCR_HELP


@app.command()
@friendly
def text(
    file: str = typer.Argument(
        ...,
        help="Submission to read (.txt, .md, .html, .pdf, .docx), or - for standard input.",
        show_default=False,
    ),
    as_json: bool = typer.Option(
        False,
        "--json",
        help="Print the structure (pages, blocks, sections, paragraphs, sentences, footnotes) as JSON.",
    ),
    max_bytes: int | None = typer.Option(
        None,
        "--max-bytes",
        help="Refuse files larger than this (default 50 MB or $GCMEXTRACT_MAX_BYTES).",
    ),
    output: Path | None = typer.Option(
        None, "-o", "--output", help="Write to this file (atomically) instead of stdout."
    ),
    ocr: str = typer.Option("auto", "--ocr", help=OCR_HELP),
    quiet: Quiet = False,
    verbose: Verbose = False,
) -> None:
    """Print the plain text of FILE: one paragraph per block, markup removed, footnotes at the end."""
    from gcmextract.cli.extract import read_input
    from gcmextract.sanitize import strip_controls
    from gcmextract.segment import segment, sentences

    set_verbosity(quiet, verbose)
    document = read_input(file, max_bytes, ocr)
    for warning in document.warnings:
        warn(f"{file}: {warning}")
    if not as_json:
        emit(
            "".join(
                strip_controls(" ".join(document.clean[block.start : block.end].split())) + "\n\n"
                for block in document.blocks
            ),
            output,
        )
        return
    sections, paragraphs = segment(document)
    payload = {
        "id": document.id,
        "source": document.source,
        "format": document.format,
        "sha256": document.sha256,
        "characters": len(document.text),
        "pages": [p.model_dump() for p in document.pages],
        "ocr_pages": document.ocr_pages,
        "blocks": [
            {
                **b.model_dump(exclude_none=True),
                "text": " ".join(document.clean[b.start : b.end].split()),
            }
            for b in document.blocks
        ],
        "sections": [s.model_dump(exclude={"classified_objectives"}) for s in sections],
        "paragraphs": [p.model_dump(exclude={"classified_objectives"}) for p in paragraphs],
        "sentences": [
            {"start": a, "end": b}
            for p in paragraphs
            for a, b in sentences(document.clean, p.start, p.end)
        ],
        "footnotes": [f.model_dump() for f in document.footnotes],
        "warnings": document.warnings,
    }
    emit(json.dumps(payload, ensure_ascii=False, indent=2) + "\n", output)


def emit(data: str, output: Path | None) -> None:
    """Write `data` to `output` atomically, or to stdout."""
    if output is None:
        typer.echo(data, nl=False)
    else:
        from gcmextract.io import write_atomic

        write_atomic(output, data)
