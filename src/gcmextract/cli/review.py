"""`gcmextract review`: a document's pages with its mentions and objective evidence drawn on them."""

from __future__ import annotations

from pathlib import Path

import typer

from gcmextract.cli.app import app, friendly, set_verbosity
from gcmextract.cli.options import OUTPUT_RULE, Quiet, Verbose, output_is_folder


@app.command()
@friendly
def review(
    file: Path = typer.Argument(
        ...,
        metavar="FILE",
        show_default=False,
        help="The document to review (txt, md, html, pdf, docx).",
    ),
    dest: str | None = typer.Option(
        None,
        "-o",
        "--output",
        metavar="PATH",
        show_default=False,
        help="HTML file to write (default: beside FILE, named FILE's name + .review.html); a "
        "folder gets that name inside it. " + OUTPUT_RULE,
    ),
    quiet: Quiet = False,
    verbose: Verbose = False,
) -> None:
    """Extract FILE and write one self-contained HTML page to review it offline: each PDF page as an
    image with every mention and objective evidence passage drawn as a coloured box (other formats:
    the text with the mentions marked), a side list by field and objective that leads to each, and
    a confidence filter."""
    from gcmextract.io import check_target
    from gcmextract.review import write_review

    set_verbosity(quiet, verbose)
    name = file.name + ".review.html"
    if dest is None:
        target = file.with_name(name)
    elif dest == "-":
        _to_stdout(file)
        return
    elif output_is_folder(dest):
        target = Path(dest) / name
    else:
        target = Path(dest)
    check_target(target)
    _, size = write_review(str(file), str(target))
    if not quiet:
        typer.echo(f"{target} ({size / 1e6:.1f} MB)")


def _to_stdout(file: Path) -> None:
    """Write the review page of `file` to standard output (-o -)."""
    import sys
    import tempfile

    from gcmextract.review import write_review

    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "review.html"
        write_review(str(file), str(target))
        sys.stdout.buffer.write(target.read_bytes())
