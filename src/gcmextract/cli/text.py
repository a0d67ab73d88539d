"""`gcmextract text`: show what gcmextract reads from a file (text, or its structure with --json)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from gcmextract.cli.app import app, friendly


@app.command()
@friendly
def text(
    file: Path = typer.Argument(..., help="Submission to read (.txt, .md, .html, .pdf, .docx)."),
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
    ocr: str = typer.Option(
        "auto",
        "--ocr",
        help="PDF pages without a text layer: auto (OCR them with Tesseract), never, force (OCR every page).",
    ),
) -> None:
    """Print the plain text of FILE: one paragraph per block, markup removed, footnotes at the end."""
    from gcmextract.cli.extract import ocr_progress
    from gcmextract.ingest import read_document
    from gcmextract.segment import segment, sentences

    document = read_document(file, max_bytes=max_bytes, ocr=ocr, progress=ocr_progress(file))
    for warning in document.warnings:
        print(f"gcmextract: warning: {file}: {warning}", file=sys.stderr)
    if not as_json:
        for block in document.blocks:
            typer.echo(" ".join(document.clean[block.start : block.end].split()) + "\n")
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
    typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
