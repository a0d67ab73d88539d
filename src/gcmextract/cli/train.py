"""`gcmextract train objectives`: retrain the objective and principle classifiers into the package's
model folder (models/ of a source checkout) or an explicit folder (the training itself:
gcmextract.training.train)."""

from __future__ import annotations

from pathlib import Path

import typer

from gcmextract.cli.app import app, friendly, info, set_verbosity
from gcmextract.cli.options import OUTPUT_RULE, Quiet, Verbose

train_app = typer.Typer(
    help="Train gcmextract's models from the training material in corpus/objectives/.",
    no_args_is_help=True,
)
app.add_typer(train_app, name="train")


def default_output() -> Path | None:
    """Where models go without -o: GCMEXTRACT_MODELS, else the package's model folder when running
    from a source checkout (never into an installed package)."""
    import os

    from gcmextract.classify.data import source_checkout

    if os.environ.get("GCMEXTRACT_MODELS"):
        return Path(os.environ["GCMEXTRACT_MODELS"])
    root = source_checkout()
    return root / "models" if root else None


@train_app.command("objectives")
@friendly
def train_objectives(
    output: Path | None = typer.Option(
        None,
        "-o",
        "--output",
        metavar="DIR",
        show_default=False,
        help="Folder to write the models into (default in a source checkout: models/; "
        "env GCMEXTRACT_MODELS). " + OUTPUT_RULE,
    ),
    out: Path | None = typer.Option(None, "--out", hidden=True),
    data: Path | None = typer.Option(
        None,
        "--data",
        help="Folder with objectives.jsonl and principles.jsonl (default: corpus/objectives/).",
    ),
    ablation: bool = typer.Option(
        False,
        "--ablation",
        help="Also measure each ingredient (concept tokens, anchors, real passages) by "
        "cross-validation on the real train split, into ablation.json (slow).",
    ),
    no_test: bool = typer.Option(
        False,
        "--no-test",
        help="Do not evaluate the models on the real test split at the end (for choosing "
        "settings without looking at it); the model card says it was not run.",
    ),
    language: str = typer.Option(
        "all", "-l", "--language", hidden=True, help="Accepted for compatibility: one model now."
    ),
    quiet: Quiet = False,
    verbose: Verbose = False,
) -> None:
    """Train the objective classifier (English, Spanish, French) and the guiding-principle
    classifier deterministically (fixed seed)."""
    from gcmextract.classify.data import DATA_DIR
    from gcmextract.errors import GcmError
    from gcmextract.training.train import LANGUAGES, train_models

    set_verbosity(quiet, verbose)
    target = output or out or default_output()
    if target is None:
        raise GcmError("not in a source checkout: give the model folder with -o/--output DIR")
    source = data or DATA_DIR
    needed = ["objectives", "principles", "titles", "offtopic-train"]
    needed += [f"{kind}-{code}" for code in LANGUAGES for kind in ("passages", "offtopic-train")]
    for name in needed:
        if not (source / f"{name}.jsonl").is_file():
            raise GcmError(f"{source / f'{name}.jsonl'}: training material not found (see --data)")
    target.mkdir(parents=True, exist_ok=True)
    metrics = train_models(source, target, ablation, say=info, test=not no_test)
    o = metrics["objectives"]
    typer.echo(
        f"objectives: {o['examples']} passages, {o['negatives']} negatives -> {target}; "
        f"Canada sections, lists removed: F1 {metrics['canada_sections_masked'].get('f1', 'n/a')}"
    )
