"""`gcmextract text`: show what gcmextract reads from a file (text, or its structure with --json)."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from gcmextract.cli.app import app, friendly, set_verbosity, warn
from gcmextract.cli.options import Json, MaxBytes, Ocr, OcrMode, Output, Quiet, Verbose


@app.command()
@friendly
def text(
    file: str = typer.Argument(
        ...,
        metavar="FILE",
        help="Submission to read (.txt, .md, .html, .pdf, .docx), or - for standard input.",
        show_default=False,
    ),
    as_json: Json = False,
    max_bytes: MaxBytes = None,
    output: Output = None,
    ocr: Ocr = OcrMode.auto,
    quiet: Quiet = False,
    verbose: Verbose = False,
) -> None:
    """Print the plain text of FILE: one paragraph per block, markup removed, footnotes at the end;
    with --json, its structure (pages, blocks, sections, paragraphs, sentences, footnotes)."""
    from gcmextract.cli.extract import read_input
    from gcmextract.cli.options import max_bytes_value, output_is_folder
    from gcmextract.errors import UsageError
    from gcmextract.sanitize import strip_controls
    from gcmextract.segment import segment, sentences

    set_verbosity(quiet, verbose)
    if output is not None and output_is_folder(output):
        raise UsageError(f"{output}: -o must name a file for one input, not a folder")
    document = read_input(file, max_bytes_value(max_bytes), ocr.value)
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


def emit(data: str, output: str | Path | None) -> None:
    """Write `data` to `output` atomically, or to stdout (None or -)."""
    if output is None or str(output) == "-":
        typer.echo(data, nl=False)
    else:
        from gcmextract.io import write_atomic

        write_atomic(output, data)
