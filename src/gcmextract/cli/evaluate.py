"""`gcmextract eval`: score an extraction (run now or read from JSON) against a gold set."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import typer

from gcmextract.cli.app import app, fail, friendly, set_verbosity
from gcmextract.cli.options import OUTPUT_RULE, Json, Quiet, Verbose
from gcmextract.errors import InputError

SECOND_PASS = "second"  # a folder of second-pass gold files (for `gold agree`), never scored


@app.command("eval")
@friendly
def eval_command(
    gold: Path = typer.Argument(
        ...,
        help="Gold file (corpus/gold/*.gold.json), or a folder: every *.gold.json in it and its "
        "subfolders (except 'second/'), pooled, with each language's test-half figures; "
        "'objectives': the objective classifier and two baselines on the real passages' test "
        "split.",
    ),
    file: Path | None = typer.Argument(
        None, help="Document to extract (default: the gold's source)."
    ),
    pred: Path | None = typer.Option(
        None, "--pred", help="Score this extraction JSON instead of extracting."
    ),
    detail: bool = typer.Option(
        False, "--detail", help="List misses, spurious mentions and wrong attributes."
    ),
    output: str | None = typer.Option(
        None,
        "-o",
        "--output",
        metavar="FILE",
        show_default=False,
        help="Write the whole report as JSON to this file. " + OUTPUT_RULE,
    ),
    as_json: Json = False,
    min_f1: float | None = typer.Option(
        None,
        "--min-f1",
        help="Exit 1 when any field's lenient F1 is below this (fields with nothing to score, "
        "shown as n/a, are left out).",
    ),
    baseline: bool = typer.Option(
        False, "--baseline", help="Add the plain spaCy NER baseline side by side."
    ),
    docs: Path | None = typer.Option(
        None,
        "--docs",
        help="With a gold folder: find each gold's source by file name in this folder.",
    ),
    mask_lists: bool = typer.Option(
        False,
        "--mask-objective-lists",
        help="Score a copy of the document with every explicit objective list blanked (headings "
        "stay on their own lines): sections must then be found and classified from their text.",
    ),
    quiet: Quiet = False,
    verbose: Verbose = False,
) -> None:
    """Print per-field precision, recall and F1 (strict and lenient), attribute accuracy and section scores.

    With a folder of gold files: per-document rows, the micro-pooled P/R/F1 per field with a 95%
    bootstrap interval over documents, and precision by confidence band; --min-f1 then applies to
    the pooled lenient F1.
    """
    set_verbosity(quiet, verbose)
    json_out = output or ("-" if as_json else None)
    if str(gold) == "objectives" and not gold.exists():
        _eval_objectives(json_out)
        return
    if gold.is_dir():
        _eval_folder(gold, docs, json_out, min_f1, baseline, detail)
        return
    from pydantic import ValidationError

    from gcmextract.evaluate import below, evaluate
    from gcmextract.evaluate.gold import load_gold
    from gcmextract.evaluate.render import print_report
    from gcmextract.evaluate.sources import check_prediction

    if not gold.is_file():
        raise InputError("no such gold file", str(gold))
    try:
        gold_set = load_gold(gold)
    except (ValueError, ValidationError) as exc:
        raise InputError(f"invalid gold file ({type(exc).__name__})", str(gold)) from exc
    document = _checked_document(gold, gold_set, file, pred is None or baseline)
    document = _masked(document, json_out) if mask_lists else document
    if pred is not None:
        extraction = _read_prediction(pred)
        check_prediction(gold, gold_set, extraction.document.sha256, document)
    else:
        from gcmextract.pipeline import extract_document

        assert document is not None
        extraction = extract_document(document)
    report = evaluate(
        gold_set, extraction, document.clean if document else None, baseline=baseline, detail=detail
    )
    _emit(report, json_out, lambda: print_report(report, detail=detail))
    if min_f1 is not None:
        failing = below(report, min_f1)
        if failing:
            fail(f"lenient F1 below {min_f1} for: {', '.join(failing)}", 1)


def _eval_objectives(json_out: str | None) -> None:
    """`gcmextract eval objectives`: see gcmextract.evaluate.objectives."""
    from gcmextract.classify.real import SHARED, shared_available
    from gcmextract.evaluate.objectives import evaluate_objectives, render_objectives

    if not shared_available():
        raise InputError(
            "the real pages are not there (expected passages/sources.json)", str(SHARED)
        )
    report = evaluate_objectives()
    _emit(report, json_out, lambda: typer.echo(render_objectives(report)))


def _checked_document(gold: Path, gold_set, file: Path | None, needed: bool):
    """The document the gold file labels (`file`, else its source), refused in one line when it
    does not match; None when it is not found and not `needed` (a prediction is scored)."""
    from gcmextract.evaluate.sources import check, find_checked, locate
    from gcmextract.ingest import read_document

    source = file if file is not None else locate(gold, gold_set.document.source)
    if source is None and needed:
        source = find_checked(gold, gold_set)
    if source is None:
        return None
    document = read_document(source)
    check(gold, gold_set, source, document.text)
    return document


def _read_prediction(pred: Path):
    """An extraction JSON, or one line saying why it cannot be read."""
    from pydantic import ValidationError

    from gcmextract.schema import Extraction

    if not pred.is_file():
        raise InputError("no such prediction file", str(pred))
    try:
        return Extraction.model_validate(json.loads(pred.read_text(encoding="utf-8")))
    except (ValueError, ValidationError) as exc:
        raise InputError(f"invalid prediction JSON ({type(exc).__name__})", str(pred)) from exc


def _masked(document, json_out: str | None):
    """The document with its explicit objective lists blanked (--mask-objective-lists)."""
    from gcmextract.evaluate.masked import mask_objective_lists

    if document is None:
        return None
    if json_out != "-":
        typer.echo("(explicit objective lists removed from the document)")
    return mask_objective_lists(document)


def gold_files(folder: Path) -> list[Path]:
    """The gold files of a folder and its subfolders, except folders named `second` (second-pass
    labels kept for agreement, not scored)."""
    return sorted(
        p
        for p in folder.rglob("*.gold.json")
        if SECOND_PASS not in p.relative_to(folder).parts[:-1]
    )


def _eval_folder(
    folder: Path,
    docs: Path | None,
    json_out: str | None,
    min_f1: float | None,
    baseline: bool,
    detail: bool,
) -> None:
    """Pooled evaluation of every gold file in `folder`."""
    from pydantic import ValidationError

    from gcmextract.evaluate.gold import load_gold
    from gcmextract.evaluate.pooled import evaluate_documents, pooled_below
    from gcmextract.evaluate.render import print_pooled
    from gcmextract.evaluate.sources import check, find_checked
    from gcmextract.ingest import read_document
    from gcmextract.pipeline import build_nlp, extract_document

    paths = gold_files(folder)
    if not paths:
        raise InputError("no *.gold.json files in this folder", str(folder))
    if docs is not None and not docs.is_dir():
        raise InputError("no such folder", str(docs))
    nlp = build_nlp()
    items = []
    for path in paths:
        try:
            gold_set = load_gold(path)
        except (ValueError, ValidationError) as exc:
            raise InputError(f"invalid gold file ({type(exc).__name__})", str(path)) from exc
        source = find_checked(path, gold_set, docs)
        document = read_document(source)
        check(path, gold_set, source, document.text)
        extraction = extract_document(document, nlp=nlp)
        items.append((path.name.removesuffix(".gold.json"), gold_set, extraction, document.clean))
    report = evaluate_documents(items, baseline=baseline, detail=detail)
    _emit(report, json_out, lambda: print_pooled(report, detail=detail))
    if min_f1 is not None:
        failing = pooled_below(report, min_f1)
        if failing:
            fail(f"pooled lenient F1 below {min_f1} for: {', '.join(failing)}", 1)


def _emit(report: dict, json_out: str | None, show: Callable[[], None]) -> None:
    """The report as JSON on stdout (`-`), else shown as tables and, with a path, also written."""
    if json_out == "-":
        typer.echo(json.dumps(report, indent=2, ensure_ascii=False))
        return
    show()
    if json_out:
        from gcmextract.io import write_atomic

        write_atomic(json_out, json.dumps(report, indent=2, ensure_ascii=False) + "\n")
