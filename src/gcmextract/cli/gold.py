"""`gcmextract gold draft|import|agree`: build gold sets by correcting gcmextract's output in Label Studio,
and check two annotators against each other."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from gcmextract.cli.app import app, fail, friendly, loud, set_verbosity
from gcmextract.cli.options import OUTPUT_RULE, Country, Force, Json, Quiet, Verbose
from gcmextract.errors import InputError

gold_app = typer.Typer(
    help=(
        "Gold sets from your own documents: draft Label Studio tasks pre-annotated by gcmextract, "
        "import the corrected export as gold files, measure agreement between two annotators."
    ),
    no_args_is_help=True,
)
app.add_typer(gold_app, name="gold")


def _read_json(path: Path) -> object:
    if not path.is_file():
        raise InputError("no such file", str(path))
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise InputError(f"not valid JSON ({type(exc).__name__})", str(path)) from exc


@gold_app.command("draft")
@friendly
def draft(
    files: list[Path] = typer.Argument(..., help="Documents to pre-annotate."),
    output: Path = typer.Option(
        ...,
        "-o",
        "--output",
        metavar="FILE",
        help="Label Studio tasks (JSON) to write. " + OUTPUT_RULE,
    ),
    config: Path | None = typer.Option(
        None, "--config", help="Labelling configuration to write (default: labels.xml beside -o)."
    ),
    country: Country = None,
    quiet: Quiet = False,
    verbose: Verbose = False,
) -> None:
    """Write Label Studio tasks: each document's text with gcmextract's mentions as predictions
    (values as per-region attributes, doubtful mentions first), and the matching labels.xml."""
    from rich.progress import Progress

    from gcmextract.annotate.labelstudio import draft_tasks, label_config
    from gcmextract.ingest import read_document
    from gcmextract.io import write_atomic
    from gcmextract.pipeline import build_nlp, extract_document
    from gcmextract.resources.country import resolve_country

    set_verbosity(quiet, verbose)
    iso3 = resolve_country(country) if country else None
    nlp = build_nlp()
    items = []
    with Progress(transient=True, disable=not loud() or not sys.stderr.isatty()) as progress:
        for file in progress.track(files, description="extracting"):
            document = read_document(file)
            items.append((extract_document(document, nlp=nlp, country=iso3), document.text))
    tasks = draft_tasks(items)
    write_atomic(output, json.dumps(tasks, ensure_ascii=False, indent=1) + "\n")
    config_path = config or output.parent / "labels.xml"
    write_atomic(config_path, label_config())
    if loud():
        print(
            f"{len(tasks)} task(s) -> {output}; labelling configuration -> {config_path}",
            file=sys.stderr,
        )


@gold_app.command("import")
@friendly
def import_(
    export: Path = typer.Argument(..., help="Label Studio export (JSON format)."),
    output: Path = typer.Option(
        ...,
        "-o",
        "--output",
        metavar="DIR",
        help="Folder for <doc-id>.gold.json files. " + OUTPUT_RULE,
    ),
    force: Force = False,
    quiet: Quiet = False,
    verbose: Verbose = False,
) -> None:
    """Turn a Label Studio JSON export into gold files, checking every span against the text and
    every attribute; each problem is named with its task and region, and nothing is written then."""
    from gcmextract.annotate.labelstudio import ImportProblems, import_export, render_gold
    from gcmextract.io import write_atomic

    set_verbosity(quiet, verbose)
    try:
        golds = import_export(_read_json(export))
    except ImportProblems as exc:
        for problem in exc.problems:
            print(f"gcmextract: error: {export}: {problem}", file=sys.stderr)
        fail(f"{export}: {len(exc.problems)} problem(s), no gold file written", 1)
        return
    if output.exists() and not output.is_dir():
        raise InputError("is not a folder", str(output))
    targets = {output / f"{doc_id}.gold.json": gold for doc_id, gold in golds.items()}
    existing = [str(p) for p in targets if p.exists()]
    if existing and not force:
        raise InputError(f"exists (use --force to replace): {', '.join(existing)}")
    for path, gold in targets.items():
        write_atomic(path, render_gold(gold))
        if loud():
            print(f"{path}", file=sys.stderr)


@gold_app.command("agree")
@friendly
def agree_command(
    first: Path = typer.Argument(..., help="Gold file of annotator A."),
    second: Path = typer.Argument(..., help="Gold file of annotator B (same document)."),
    json_out: Json = False,
    output: Path | None = typer.Option(
        None,
        "-o",
        "--output",
        metavar="FILE",
        show_default=False,
        help="Write the agreement as JSON to this file (atomically). " + OUTPUT_RULE,
    ),
    quiet: Quiet = False,
    verbose: Verbose = False,
) -> None:
    """Span agreement (strict and lenient F1) and attribute agreement per field, with disagreements."""
    from pydantic import ValidationError

    from gcmextract.evaluate.agree import agree
    from gcmextract.evaluate.gold import GoldSet
    from gcmextract.evaluate.render import print_agreement

    set_verbosity(quiet, verbose)
    golds = []
    for path in (first, second):
        try:
            golds.append(GoldSet.model_validate(_read_json(path)))
        except ValidationError as exc:
            raise InputError(
                f"invalid gold file ({exc.error_count()} error(s))", str(path)
            ) from exc
    try:
        result = agree(golds[0], golds[1])
    except ValueError as exc:
        raise InputError(str(exc)) from exc
    if output is not None:
        from gcmextract.io import write_atomic

        write_atomic(output, json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    elif json_out:
        typer.echo(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        print_agreement(result)
