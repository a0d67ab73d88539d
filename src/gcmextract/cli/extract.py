"""`gcmextract extract` and `gcmextract schema`: thin commands over the pipeline and the data model."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from gcmextract.cli.app import app, friendly, info, loud, set_verbosity, warn
from gcmextract.cli.options import (
    Compact,
    Country,
    Explain,
    Indent,
    MaxBytes,
    Ocr,
    OcrMode,
    Output,
    Quiet,
    Timeout,
    Verbose,
)
from gcmextract.errors import GcmError
from gcmextract.schema import MENTION_FIELDS, Extraction

if TYPE_CHECKING:
    from gcmextract.ingest.document import Document


def print_summary(result: Extraction, target: str | None = None) -> None:
    """Print a short table of what was extracted to stderr (for humans; JSON goes elsewhere), with
    the facts the document has (no `None`s) and where its JSON was written."""
    from rich.console import Console
    from rich.table import Table

    from gcmextract.sanitize import terminal_text as safe

    doc = result.document
    console = Console(stderr=True)
    facts = {
        "country": doc.country and f"{doc.country} ({doc.country_source or 'given'})",
        "language": doc.language,
        "period": doc.period,
        "pages": doc.pages,
    }
    known = " ".join(f"{k}={safe(str(v))}" for k, v in facts.items() if v)
    where = f" -> {safe(target)}" if target else ""
    console.print(f"[bold]{safe(doc.id)}[/bold] ({doc.format}) {known}{where}")
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


class _Sink:
    """Where extract writes: standard output, one file (JSON, or JSON Lines for several inputs) or a
    folder (`<file name>.json` per input, named as `batch` names them: report.txt -> report.txt.json)."""

    def __init__(self, output: str | None, inputs: list[str], indent: bool) -> None:
        from gcmextract.cli.options import output_is_folder
        from gcmextract.io import STDOUT, check_target

        self.target = output or STDOUT
        self.folder = output_is_folder(self.target)
        self.lines = len(inputs) > 1 and not self.folder  # JSON Lines
        self.indent = indent
        self.held: list[bytes] = []
        self.names: set[str] = set()
        if not self.folder and self.target != STDOUT:
            check_target(self.target)  # refuse a link, FIFO or device before any work

    def write(self, result: Extraction, source: str) -> str | None:
        """Write one result; the file it went to (None: standard output, or held for the end)."""
        from itertools import chain

        from gcmextract.assemble.serialize import json_parts
        from gcmextract.io import STDOUT, write_atomic

        if self.lines:
            # one line: the tabular form, or the readable one unindented
            line = b"".join(json_parts(result)) if not self.indent else b""
            line = (line or result.model_dump_json().encode("utf-8")) + b"\n"
            if self.target == STDOUT:
                typer.echo(line.decode("utf-8"), nl=False)
            else:
                self.held.append(line)
            return None
        target = self._path(source) if self.folder else self.target
        # in parts: a long document's JSON is never held whole
        write_atomic(target, chain(json_parts(result, self.indent), [b"\n"]))
        return None if target == STDOUT else str(target)

    def close(self) -> str | None:
        """Write the held JSON Lines file; its path (None when nothing was held)."""
        from gcmextract.io import write_atomic

        if not self.held:
            return None
        write_atomic(self.target, self.held)
        return self.target

    def _path(self, source: str) -> Path:
        from gcmextract.batch.inputs import doc_id

        base = doc_id(Path(source).name if source != "-" else "stdin.txt")
        name, n = base, 1
        while name.casefold() in self.names:
            n += 1
            name = f"{base}-{n}"
        self.names.add(name.casefold())
        folder = Path(self.target)
        folder.mkdir(parents=True, exist_ok=True)
        return folder / f"{name}.json"


@app.command()
@friendly
def extract(
    files: list[str] = typer.Argument(
        ...,
        metavar="FILE...",
        help="Submissions to read (.txt, .md, .html, .pdf, .docx): paths, glob patterns, or - for "
        "standard input.",
        show_default=False,
    ),
    output: Output = None,
    country: Country = None,
    max_bytes: MaxBytes = None,
    ocr: Ocr = OcrMode.auto,
    timeout: Timeout = None,
    explain: Explain = False,
    indent: Indent = False,
    compact: Compact = False,
    quiet: Quiet = False,
    verbose: Verbose = False,
) -> None:
    """Extract objectives, amounts, dates and organisations from FILE... as JSON.

    Without -o (or with -o -) the JSON goes to standard output: one object for one input, one per
    line (JSON Lines) for several. -o FILE gets exactly that, written atomically (never over a link,
    FIFO or device); -o FOLDER/ gets one <file name>.json per input (report.txt -> report.txt.json,
    as batch names them). Writing to a file or folder prints a summary per input on stderr. An
    input that fails is reported on one line and the others go on (exit status 1).
    """
    from gcmextract.batch.budget import time_budget, watchdog
    from gcmextract.batch.pool import GRACE
    from gcmextract.cli.options import indent_value, max_bytes_value, timeout_value
    from gcmextract.resources.country import resolve_country

    set_verbosity(quiet, verbose)
    budget = timeout_value(timeout)
    limit = max_bytes_value(max_bytes)
    iso3 = resolve_country(country) if country else None
    inputs = expand_inputs(files)
    sink = _Sink(output, inputs, indent_value(indent, compact))
    failed = 0
    for source in inputs:
        try:
            with (
                watchdog(budget and budget + GRACE, _stalled(source, budget)),
                time_budget(budget, source),
            ):
                result = _extract_one(source, limit, ocr.value, iso3, explain)
        except GcmError as exc:
            if len(inputs) == 1:
                raise
            print(f"gcmextract: error: {exc}", file=sys.stderr)
            failed += 1
            continue
        written = sink.write(result, source)
        if written and loud():
            print_summary(result, written)
    held = sink.close()
    if held:
        info(f"{len(inputs) - failed} documents -> {held}")
    if failed:
        raise typer.Exit(1)


_NLP: list = []  # the pipeline, built on the first input


def _extract_one(
    source: str, limit: int | None, ocr: str, iso3: str | None, explain: bool
) -> Extraction:
    """Read and extract one input, printing its warnings and (with --verbose) its time."""
    import time

    from gcmextract.pipeline import build_nlp, extract_document

    started = time.perf_counter()
    document = read_input(source, limit, ocr)
    if not _NLP:
        _NLP.append(build_nlp())
    # extraction may add a warning (a language gcmextract does not support, a country in doubt)
    result = extract_document(document, nlp=_NLP[0], country=iso3, explain=explain)
    for warning in document.warnings:
        warn(f"{source}: {warning}")
    info(f"{source}: extracted in {time.perf_counter() - started:.1f}s")
    return result


def _stalled(source: str, budget: float | None) -> Callable[[], None]:
    """What the watchdog does when an input is stuck past its budget where the budget's own timer
    cannot stop it (code in C): the usual error line, then the process ends at once (exit 1). It
    fires only while reading and extracting, so no output is being written."""

    def end() -> None:
        from gcmextract.batch.budget import OverBudget
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
    output: Output = None,
    quiet: Quiet = False,
    verbose: Verbose = False,
) -> None:
    """Print the JSON Schema of the extraction output (generated from the data model; the committed
    copy is docs/schema.json, refreshed with `gcmextract schema -o docs/schema.json`)."""
    from gcmextract.io import write_atomic
    from gcmextract.schema import json_schema

    set_verbosity(quiet, verbose)
    if output is None or output == "-":
        typer.echo(json_schema())
    else:
        write_atomic(output, json_schema().rstrip("\n") + "\n")
        info(f"schema -> {output}")
