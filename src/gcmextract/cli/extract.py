"""`gcmextract extract` and `gcmextract schema`: thin commands over the pipeline and the data model."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from gcmextract.cli.app import (
    Compact,
    Quiet,
    Verbose,
    app,
    friendly,
    info,
    loud,
    set_verbosity,
    warn,
)
from gcmextract.errors import GcmError
from gcmextract.schema import MENTION_FIELDS, Extraction

if TYPE_CHECKING:
    from gcmextract.ingest.document import Document

OCR_HELP = (
    "PDF pages without a text layer: auto (OCR them with Tesseract), never, force (OCR every page)."
)


def print_summary(result: Extraction) -> None:
    """Print a short table of what was extracted to stderr (for humans; JSON goes elsewhere)."""
    from rich.console import Console
    from rich.table import Table

    from gcmextract.sanitize import terminal_text as safe

    doc = result.document
    console = Console(stderr=True)
    console.print(
        f"[bold]{safe(doc.id)}[/bold] ({doc.format}) country={safe(str(doc.country))} "
        f"language={doc.language} period={safe(str(doc.period))} pages={doc.pages}"
    )
    table = Table("field", "count", "examples")
    for field in MENTION_FIELDS:
        mentions = getattr(result, field)
        examples = safe(", ".join(dict.fromkeys(m.text for m in mentions[:6])))
        table.add_row(field, str(len(mentions)), examples)
    top = ", ".join(
        f"{o.objective}{'*' if o.explicit else ''} ({o.score:.2f})" for o in result.objectives[:8]
    )
    note = safe(result.objectives_note or "")
    table.add_row(
        "objectives", str(len(result.objectives)), top + (" (*=explicit)" if top else "") or note
    )
    table.add_row(
        "sections",
        str(len(result.sections)),
        safe(", ".join(s.heading for s in result.sections[:4])),
    )
    console.print(table)


def _target(result: Extraction, fmt: str, output: Path, to_dir: bool, written: set[str]) -> Path:
    """Where a result goes: `output` itself, or `<doc-id>.json` inside it, the id made unique
    among those `written` (a.txt and a.pdf: a.json and a-pdf.json)."""
    if not to_dir:
        return output
    base, n = result.document.id, 1
    while result.document.id in written:
        n += 1
        result.document.id = f"{base}-{fmt}" + (f"-{n}" if n > 2 else "")
    written.add(result.document.id)
    return output / f"{result.document.id}.json"


@app.command()
@friendly
def extract(
    files: list[str] = typer.Argument(
        ...,
        help="Submissions to read (.txt, .md, .html, .pdf, .docx): paths, glob patterns, or - for "
        "standard input.",
        show_default=False,
    ),
    output: Path | None = typer.Option(
        None,
        "-o",
        "--output",
        help="Write the JSON here (atomically) instead of stdout; a folder (existing, or ending in /) "
        "gets <doc-id>.json per input.",
    ),
    country: str | None = typer.Option(
        None, "--country", help="Submitting state (name or ISO code); overrides detection."
    ),
    max_bytes: int | None = typer.Option(
        None,
        "--max-bytes",
        help="Refuse inputs larger than this (default 50 MB or $GCMEXTRACT_MAX_BYTES).",
    ),
    ocr: str = typer.Option("auto", "--ocr", help=OCR_HELP),
    timeout: str | None = typer.Option(
        None,
        "--timeout",
        help="Give up on an input after this many seconds (default 300 or $GCMEXTRACT_TIMEOUT; 90s, 5m).",
    ),
    explain: bool = typer.Option(
        False,
        "--explain",
        help="Also output the organisation candidates that were rejected (rejected_organizations), "
        "each with its source (the generator that proposed it: ner, pattern, ...) and reason (the "
        "rule that rejected it: title, place, ...).",
    ),
    compact: Compact = False,
    quiet: Quiet = False,
    verbose: Verbose = False,
) -> None:
    """Extract objectives, amounts, dates and organisations from FILES as JSON.

    One input without -o (or with -o -): the JSON goes to stdout. Several inputs without -o: one JSON object per
    line (JSON Lines). With -o the JSON is written atomically (never over a link,
    FIFO or device) and a summary table is printed to
    stderr. An input that fails is reported on one line and the others go on (exit status 1).
    """
    import time
    from itertools import chain

    from gcmextract.budget import time_budget, watchdog
    from gcmextract.country import resolve_country
    from gcmextract.errors import UsageError
    from gcmextract.io import STDOUT, check_target, write_atomic
    from gcmextract.serialize import json_parts
    from gcmextract.settings import parse_seconds
    from gcmextract.settings import timeout as default_timeout
    from gcmextract.workers import GRACE

    set_verbosity(quiet, verbose)
    budget = parse_seconds(timeout, "--timeout") if timeout is not None else default_timeout()
    iso3 = resolve_country(country) if country else None
    inputs = expand_inputs(files)
    to_dir = output is not None and (
        output.is_dir() or str(output).endswith(("/", os.sep)) or len(inputs) > 1
    )
    if output is not None and len(inputs) > 1 and output.exists() and not output.is_dir():
        raise UsageError(f"{output}: several inputs need -o to name a folder, not a file")
    if output is not None and not to_dir and str(output) != STDOUT:
        check_target(output)  # refuse a link, FIFO or device before any work
    nlp = None
    failed = 0
    written: set[str] = set()
    for source in inputs:
        started = time.perf_counter()
        try:
            with (
                watchdog(budget and budget + GRACE, _stalled(source, budget)),
                time_budget(budget, source),
            ):
                document = read_input(source, max_bytes, ocr)
                from gcmextract.pipeline import build_nlp, extract_document

                nlp = nlp or build_nlp()
                # extraction may add a warning (a language gcmextract does not support)
                result = extract_document(document, nlp=nlp, country=iso3, explain=explain)
        except GcmError as exc:
            if len(inputs) == 1:
                raise
            print(f"gcmextract: error: {exc}", file=sys.stderr)
            failed += 1
            continue
        for warning in document.warnings:
            warn(f"{source}: {warning}")
        info(f"{source}: extracted in {time.perf_counter() - started:.1f}s")
        if output is None and len(inputs) > 1 and not compact:
            typer.echo(result.model_dump_json())  # JSON Lines
            continue
        target = (
            Path(STDOUT)
            if output is None
            else _target(result, document.format, output, to_dir, written)
        )
        # in parts: a long document's JSON is never held whole
        write_atomic(target, chain(json_parts(result, compact), [b"\n"]))
        if output is None:
            continue
        info(f"{source} -> {target}")
        if loud() and str(target) != STDOUT:
            print_summary(result)
    if failed:
        raise typer.Exit(1)


def _stalled(source: str, budget: float | None) -> Callable[[], None]:
    """What the watchdog does when an input is stuck past its budget where the budget's own timer
    cannot stop it (code in C): the usual error line, then the process ends at once (exit 1). It
    fires only while reading and extracting, so no output is being written."""

    def end() -> None:
        from gcmextract.budget import OverBudget
        from gcmextract.sanitize import strip_controls

        message = strip_controls(str(OverBudget(budget or 0, source)))
        print(f"gcmextract: error: {message}", file=sys.stderr, flush=True)
        os._exit(1)

    return end


def expand_inputs(patterns: list[str]) -> list[str]:
    """Paths in order, with glob patterns expanded (sorted) and '-' kept for standard input; a pattern
    that matches nothing is an error."""
    import glob

    from gcmextract.errors import InputError, UsageError

    out: list[str] = []
    for pattern in patterns:
        if pattern != "-" and glob.has_magic(pattern) and not Path(pattern).exists():
            matches = sorted(glob.glob(pattern, recursive=True))
            if not matches:
                raise InputError("no file matches this pattern", pattern)
            out += matches
        else:
            out.append(pattern)
    if out.count("-") > 1:
        raise UsageError("standard input ('-') can be read only once")
    return list(dict.fromkeys(out))


def ocr_progress(file: object) -> Callable[[int, int], None] | None:
    """A progress callback showing 'OCR page N/M' on a terminal's stderr (one line, overwritten),
    so that logs and the one-line error contract stay clean; None when stderr is not a terminal."""
    if not sys.stderr.isatty():
        return None

    def report(page: int, pages: int) -> None:
        print(
            f"gcmextract: {file}: OCR page {page}/{pages}\033[K",
            end="\r",
            file=sys.stderr,
            flush=True,
        )

    return report


def read_input(source: str, max_bytes: int | None = None, ocr: str = "auto") -> Document:
    """The Document of a path, or of standard input for '-' (read up to the size limit)."""
    from gcmextract.ingest import max_bytes_default, read_data, read_document

    if source != "-":
        return read_document(source, max_bytes=max_bytes, ocr=ocr, progress=ocr_progress(source))
    limit = max_bytes if max_bytes is not None else max_bytes_default()
    data = sys.stdin.buffer.read(limit + 1)
    return read_data(data, "<stdin>", ".txt", "stdin", limit)


@app.command()
@friendly
def schema(
    output: Path | None = typer.Option(
        None, "-o", "--output", help="Write the schema to this file (atomically) instead of stdout."
    ),
    quiet: Quiet = False,
    verbose: Verbose = False,
) -> None:
    """Print the JSON Schema of the extraction output (generated from the data model; the committed
    copy is docs/schema.json, refreshed with `gcmextract schema -o docs/schema.json`)."""
    from gcmextract.io import write_atomic
    from gcmextract.schema import json_schema

    set_verbosity(quiet, verbose)
    if output is None:
        typer.echo(json_schema())
    else:
        write_atomic(output, json_schema().rstrip("\n") + "\n")
        info(f"schema -> {output}")
