"""Every option used by more than one command, defined once: the same name means the same thing in
every command (sizes accept units, choices are listed and checked before any work)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

# How -o is read, in every command's help.
OUTPUT_RULE = (
    "A path ending in / or an existing folder is a folder; - is standard output; anything else "
    "is a file."
)


class OcrMode(StrEnum):
    """What to do with PDF pages that have no text layer."""

    auto = "auto"
    never = "never"
    force = "force"


Output = Annotated[
    str | None,
    typer.Option(
        "-o",
        "--output",
        metavar="PATH",
        show_default=False,
        help="Where to write (atomically) instead of standard output. " + OUTPUT_RULE,
    ),
]


class ExportFormat(StrEnum):
    """Formats of `gcmextract export`."""

    csv = "csv"
    xlsx = "xlsx"
    parquet = "parquet"
    jsonl = "jsonl"
    duckdb = "duckdb"


class QueryFormat(StrEnum):
    """Formats of `gcmextract query`."""

    table = "table"
    csv = "csv"
    json = "json"


BatchOutput = Annotated[
    str | None,
    typer.Option(
        "-o",
        "--output",
        metavar="DIR",
        show_default=False,
        help="The output folder (required): <file name>.json per input and manifest.jsonl. "
        + OUTPUT_RULE,
    ),
]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing on stderr but errors.")]
Verbose = Annotated[
    bool, typer.Option("--verbose", "-v", help="Also print progress and timings on stderr.")
]
Indent = Annotated[
    bool,
    typer.Option(
        "--indent",
        help="Write the readable JSON form: every field of every mention, indented. The default "
        "is the tabular form: one line, each list of mentions as a table (field names and shared "
        "values once), several times smaller; export, report and evaluate read both.",
    ),
]
# the tabular form, once an option, is the default: still accepted, it changes nothing
Compact = Annotated[bool, typer.Option("--compact", hidden=True)]
Json = Annotated[bool, typer.Option("--json", help="Print the result as JSON on standard output.")]
Force = Annotated[
    bool,
    typer.Option(
        "--force", help="Redo and replace what an earlier run wrote, even where it is up to date."
    ),
]
Country = Annotated[
    str | None,
    typer.Option(
        "--country",
        metavar="COUNTRY",
        show_default=False,
        help="Submitting state of every input (name or ISO code); wins over detection.",
    ),
]
CountryFromFilename = Annotated[
    bool,
    typer.Option(
        "--country-from-filename",
        help="Read an ISO 3166 code or country name from each file name (e.g. CAN_76_2021.txt); "
        "excludes --country.",
    ),
]
MaxBytes = Annotated[
    str | None,
    typer.Option(
        "--max-bytes",
        metavar="SIZE",
        show_default=False,
        help="Refuse inputs larger than this: bytes or with a unit (10MB, 64MiB); default 50MB or "
        "$GCMEXTRACT_MAX_BYTES.",
    ),
]
Ocr = Annotated[
    OcrMode,
    typer.Option(
        "--ocr",
        case_sensitive=False,
        help="PDF pages without a text layer: auto (OCR them with Tesseract), never, force (OCR "
        "every page).",
    ),
]
Timeout = Annotated[
    str | None,
    typer.Option(
        "--timeout",
        metavar="SECONDS",
        show_default=False,
        help="Give up on an input after this long and go on with the rest (default 300 or "
        "$GCMEXTRACT_TIMEOUT; 300, 90s, 5m).",
    ),
]
Explain = Annotated[
    bool,
    typer.Option(
        "--explain",
        help="Also output the organisation candidates that were rejected (rejected_organizations), "
        "each with its source (the generator that proposed it: ner, pattern, ...) and reason (the "
        "rule that rejected it: title, place, ...).",
    ),
]
BatchFolder = Annotated[
    Path,
    typer.Argument(
        metavar="OUT_DIR", help="A folder written by `gcmextract batch`.", show_default=False
    ),
]


def max_bytes_value(value: str | None) -> int | None:
    """The --max-bytes limit in bytes (None: the default), or a UsageError naming the option."""
    from gcmextract.settings import parse_size

    return None if value is None else parse_size(value, "--max-bytes")


def timeout_value(value: str | None) -> float | None:
    """The --timeout budget in seconds (the default when not given), or a UsageError."""
    from gcmextract.settings import parse_seconds
    from gcmextract.settings import timeout as default_timeout

    return parse_seconds(value, "--timeout") if value is not None else default_timeout()


def indent_value(indent: bool, compact: bool) -> bool:
    """--indent, checked against --compact (the tabular form, the default: they exclude each other)."""
    from gcmextract.errors import UsageError

    if indent and compact:
        raise UsageError("--indent and --compact exclude each other (--compact is the default)")
    return indent


def output_is_folder(output: Path | str) -> bool:
    """Whether -o names a folder by the rule stated in OUTPUT_RULE."""
    import os

    text = str(output)
    return text != "-" and (text.endswith(("/", os.sep)) or Path(text).is_dir())
