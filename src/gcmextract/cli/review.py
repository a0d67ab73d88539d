"""`gcmextract review`: a document's pages with its mentions and objective evidence drawn on them."""

from __future__ import annotations

from pathlib import Path

import typer

from gcmextract.cli.app import Quiet, Verbose, app, friendly, set_verbosity


@app.command()
@friendly
def review(
    file: Path = typer.Argument(..., help="The document to review (txt, md, html, pdf, docx)."),
    dest: str | None = typer.Option(
        None,
        "-o",
        "--output",
        help="HTML file to write; a folder (an existing one, or a path ending in '/') gets "
        "FILE's name + .review.html, the default beside FILE.",
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
    elif dest.endswith("/") or Path(dest).is_dir():
        target = Path(dest) / name
    else:
        target = Path(dest)
    check_target(target)
    _, size = write_review(str(file), str(target))
    if not quiet:
        typer.echo(f"{target} ({size / 1e6:.1f} MB)")
