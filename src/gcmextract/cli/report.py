"""`gcmextract report`: one self-contained HTML page over a batch folder (and, for a large batch,
a folder of per-document review pages beside it)."""

from __future__ import annotations

from pathlib import Path

import typer

from gcmextract.cli.app import app, friendly, set_verbosity
from gcmextract.cli.options import OUTPUT_RULE, BatchFolder, Quiet, Verbose


@app.command()
@friendly
def report(
    out_dir: BatchFolder,
    dest: str = typer.Option(
        "report.html",
        "-o",
        "--output",
        metavar="PATH",
        help="The HTML page to write (in a folder: report.html in it). " + OUTPUT_RULE,
    ),
    sources: Path | None = typer.Option(
        None,
        "--sources",
        metavar="DIR",
        show_default=False,
        help="Folder now holding the batch's inputs, when they moved (default: the input "
        "folder the manifest records).",
    ),
    quiet: Quiet = False,
    verbose: Verbose = False,
) -> None:
    """Heatmap of countries × objectives, money by currency and objective, top organisations, and a
    review view of each document with its extracted spans highlighted (over 50 documents, one
    page per document in `<report name>_documents/` beside the report). Sources are shown only
    when unchanged since extraction (sha256); documents the manifest does not list are left out."""
    from gcmextract.cli.export import warn_stale
    from gcmextract.cli.options import output_is_folder
    from gcmextract.io import STDOUT, check_target
    from gcmextract.report import write_report

    set_verbosity(quiet, verbose)
    target = Path(dest) / "report.html" if output_is_folder(dest) else Path(dest)
    if str(target) != STDOUT:
        check_target(target)
    write_report(out_dir, target, sources, on_stale=warn_stale)
    if str(target) != STDOUT:
        typer.echo(str(target))
