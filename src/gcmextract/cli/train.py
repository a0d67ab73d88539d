"""`gcmextract train objectives`: retrain the objective and principle classifiers into the package's
model folder (src/gcmextract/models/ of a source checkout) or an explicit folder."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from gcmextract.cli.app import Quiet, Verbose, app, friendly, info, set_verbosity
from gcmextract.io import write_atomic

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
    return root / "src" / "gcmextract" / "models" if root else None


@train_app.command("objectives")
@friendly
def train_objectives(
    output: Path | None = typer.Option(
        None,
        "-o",
        "--output",
        help="Folder to write the models into (default in a source checkout: src/gcmextract/models/; "
        "env GCMEXTRACT_MODELS).",
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
        help="Also retrain without each addition to the training material (GCM paraphrases, "
        "off-topic negatives) and record the cross-validated effect in ablation.json (slow).",
    ),
    quiet: Quiet = False,
    verbose: Verbose = False,
) -> None:
    """Train the objective and guiding-principle classifiers deterministically (fixed seed)."""
    from gcmextract.classify.data import DATA_DIR, load_label_set
    from gcmextract.classify.model import train
    from gcmextract.errors import GcmError

    set_verbosity(quiet, verbose)
    target = output or out or default_output()
    if target is None:
        raise GcmError("not in a source checkout: give the model folder with -o/--output DIR")
    source = data or DATA_DIR
    for name in ("objectives", "principles"):
        if not (source / f"{name}.jsonl").is_file():
            raise GcmError(f"{source / f'{name}.jsonl'}: training material not found (see --data)")
    metrics = {}
    for name in ("objectives", "principles"):
        info(f"training {name} from {source / f'{name}.jsonl'}")
        model = train(load_label_set(name, source))
        model.save(target)
        metrics[name] = model.metrics
        typer.echo(
            f"{name}: {model.metrics['examples']} examples, {model.metrics['labels']} labels, "
            f"cross-validated micro-F1 {model.metrics['cv_micro']['f1']:.3f} -> {target}"
        )
    metrics["canada_sections"] = canada_section_scores(target)
    metrics["canada_sections_masked"] = masked_section_scores(target)
    metrics["offtopic"] = offtopic_rate(target, source)
    if ablation:
        write_atomic(
            target / "ablation.json",
            json.dumps(run_ablation(source, target), indent=2, sort_keys=True) + "\n",
        )
    ablation_path = target / "ablation.json"
    if ablation_path.is_file():
        metrics["ablation"] = json.loads(ablation_path.read_text("utf-8"))
    write_atomic(target / "metrics.json", json.dumps(metrics, indent=2, sort_keys=True) + "\n")
    write_atomic(target / "README.md", model_card(metrics))
    typer.echo(f"Canada thematic sections: {metrics['canada_sections']}")


def canada_section_scores(models: Path) -> dict:
    """Micro P/R/F1 of classifier (the models in `models`) and keyword baseline on the gold sections
    of the Canada document."""
    from gcmextract.classify.baseline import keyword_objectives
    from gcmextract.classify.data import ROOT
    from gcmextract.classify.predict import classify_text, models_from
    from gcmextract.evaluate.gold import load_gold
    from gcmextract.evaluate.scorer import score_sections
    from gcmextract.ingest import read_document
    from gcmextract.segment import segment

    gold_path = ROOT / "corpus" / "gold" / "canada-2021-annex.gold.json"
    if not gold_path.is_file():  # an installed package has no gold sets
        return {}
    gold = load_gold(gold_path)
    document = read_document(ROOT / gold.document.source)
    sections, _ = segment(document)
    with models_from(models):
        clf = {
            s.heading: [
                c.objective
                for c in classify_text(document.clean[s.start : s.end])
                if c.objective is not None  # always set by the objectives classifier
            ]
            for s in sections
        }
    kw = {s.heading: keyword_objectives(document.clean[s.start : s.end]) for s in sections}
    out = {}
    for name, pred in (("classifier", clf), ("keyword_baseline", kw)):
        r = score_sections(gold.sections, pred)
        out[name] = {k: r[k] for k in ("precision", "recall", "f1")}
    return out


def masked_section_scores(models: Path) -> dict:
    """Classifier P/R/F1 on the Canada document's thematic sections as `segment` finds them in a copy
    with every explicit objective list blanked (the section tree and whole-span scoring at work)."""
    from gcmextract.classify.data import ROOT
    from gcmextract.classify.predict import Scorer, models_from
    from gcmextract.evaluate.gold import load_gold
    from gcmextract.evaluate.masked import mask_objective_lists
    from gcmextract.evaluate.scorer import score_sections
    from gcmextract.ingest import read_document
    from gcmextract.segment import segment

    gold_path = ROOT / "corpus" / "gold" / "canada-2021-annex.gold.json"
    if not gold_path.is_file():
        return {}
    gold = load_gold(gold_path)
    document = mask_objective_lists(read_document(ROOT / gold.document.source))
    sections, _ = segment(document)
    sections = [s for s in sections if s.end > s.start]
    with models_from(models):
        blocks = [(b.start, b.end) for b in document.blocks]
        scorer = Scorer(document.clean, "objectives", blocks)
        results = scorer.scores([(s.start, s.end) for s in sections])
        pred = {
            s.heading: [
                c.objective
                for c in scorer.labels(r.scores, r.idx, gate=r.gate)
                if c.objective is not None
            ]
            for s, r in zip(sections, results, strict=True)
        }
    r = score_sections(gold.sections, pred)
    return {k: r[k] for k in ("precision", "recall", "f1")}


def offtopic_rate(models: Path, data: Path) -> dict:
    """Share of the held-out off-topic passages (offtopic-test.jsonl) that get any objective."""
    from gcmextract.classify.data import load_offtopic_test
    from gcmextract.classify.predict import classify_text, models_from

    if not (data / "offtopic-test.jsonl").is_file():
        return {}
    texts = load_offtopic_test(data)
    with models_from(models):
        tagged = [t for t in texts if classify_text(t)]
    return {
        "passages": len(texts),
        "with_objective": len(tagged),
        "rate": round(len(tagged) / len(texts), 4),
    }


def _ablation_row(models: Path, metrics: dict, data: Path) -> dict:
    return {
        "examples": metrics["examples"],
        "negatives": metrics["negatives"],
        "cv_micro_base": metrics["cv_micro_base"],
        "offtopic": offtopic_rate(models, data),
        "canada_sections_masked": masked_section_scores(models),
    }


def run_ablation(data: Path, final: Path) -> dict:
    """Cross-validated scores, off-topic rate and masked Canada sections for the training material
    with and without each addition (the GCM paraphrases, the off-topic negatives); the last row is the
    model just trained into `final`."""
    import tempfile

    from gcmextract.classify.data import load_label_set
    from gcmextract.classify.model import TextClassifier, train

    variants = {
        "team sentences only": {"extras": False, "negatives": False},
        "+ GCM paraphrases": {"extras": True, "negatives": False},
    }
    out = {}
    for label, kwargs in variants.items():
        with tempfile.TemporaryDirectory() as tmp:
            target = Path(tmp)
            model = train(load_label_set("objectives", data, **kwargs))
            model.save(target)
            out[label] = _ablation_row(target, model.metrics, data)
    final_metrics = TextClassifier.load(final, "objectives").metrics
    out["+ off-topic negatives (final)"] = _ablation_row(final, final_metrics, data)
    return out


def _prf_row(name: str, m: dict) -> str:
    return f"| {name} | {m.get('precision', 'n/a')} | {m.get('recall', 'n/a')} | {m.get('f1', 'n/a')} |"


def _reliability(rows: list[dict]) -> str:
    lines = ["| score bin | pairs | mean score | observed rate |", "|---|---|---|---|"]
    lines += [f"| {r['bin']} | {r['n']} | {r['mean_score']} | {r['observed']} |" for r in rows]
    return "\n".join(lines)


def _ablation(rows: dict) -> str:
    if not rows:
        return "Not run for this model (`gcmextract train objectives --ablation`)."
    lines = [
        "| training material | passages | negatives | CV micro P / R / F1 (team sentences) "
        "| off-topic passages with an objective | Canada masked sections F1 |",
        "|---|---|---|---|---|---|",
    ]
    for name, r in sorted(rows.items(), key=lambda kv: (kv[1]["negatives"], kv[1]["examples"])):
        cv = r["cv_micro_base"]
        off = r.get("offtopic") or {}
        lines.append(
            f"| {name} | {r['examples']} | {r['negatives']} | {cv['precision']} / {cv['recall']} / "
            f"{cv['f1']} | {off.get('with_objective', 'n/a')}/{off.get('passages', 'n/a')} "
            f"| {(r.get('canada_sections_masked') or {}).get('f1', 'n/a')} |"
        )
    return "\n".join(lines)


def model_card(metrics: dict) -> str:
    """The model card (README.md beside the models), with every number taken from this training run."""
    o, p = metrics["objectives"], metrics["principles"]
    na = {"precision": "n/a", "recall": "n/a", "f1": "n/a"}
    c = metrics["canada_sections"] or {"classifier": na, "keyword_baseline": na}
    cm = metrics.get("canada_sections_masked") or na
    off = metrics.get("offtopic") or {}
    per_label = " ".join(f"{k}: {v}," for k, v in o.get("cv_per_label_f1", {}).items()).rstrip(",")
    return f"""# Model card: GCM objective and guiding-principle classifiers

Generated by `gcmextract train objectives` (do not edit by hand; rerun the command to refresh it).

## Data
- `corpus/objectives/objectives.jsonl`: sentences written by the team for the {o["labels"]} GCM objectives
  (20+ each, government-report register, varied countries and currencies).
- `corpus/objectives/objectives-gcm.jsonl`: passages paraphrasing the actions listed under each
  objective in the Compact itself (A/RES/73/195, paragraphs 17-39), in the voice of a country report;
  each line names its paragraph.
- `corpus/objectives/objectives-es.jsonl`, `objectives-fr.jsonl`: Spanish and French passages written
  by the team, 5+ per objective. {o["examples"]} objective passages in all.
- `corpus/objectives/offtopic-train.jsonl`: {o.get("negatives", 0)} paragraphs with no migration content from UN
  General Debate statements of 2018 and 2020 (selected by `scripts/offtopic_paragraphs.py`: 30-160 words,
  none of a wide list of migration terms, at most two per statement, fixed-seed sample). They are
  the negative class of the "none of the objectives" gate.
- `corpus/objectives/offtopic-test.jsonl`: {off.get("passages", "n/a")} paragraphs chosen the same way from the 2021
  statements, never trained on: the abstention check.
- `corpus/objectives/principles.jsonl`: {p["examples"]} sentences for the {p["labels"]} guiding principles.
No sentence of the Canada document (the test set) is used.

## Method
scikit-learn TF-IDF features (word 1-2-grams and char_wb 3-5-grams, sublinear tf) and one logistic
regression per label fitted on the migration passages, plus one for the gate (migration passages vs
off-topic paragraphs: a hurdle model, the gate decides whether a passage is about any objective and the
label heads which), balanced class weights, C=8, fixed seed. Decision values are calibrated to probabilities by isotonic regression fitted on
{o["folds"]}-fold out-of-fold values (pooled over labels; the gate has its own). Per-label thresholds maximise
F1.5 (recall weighed above precision) on calibrated out-of-fold scores; a passage gets no objective
when its gate probability is below {metrics.get("gate_threshold", 0.5)} or no label clears its threshold.
Passages are scored after masking explicit objective lists: a label's passage score is the larger of
the whole passage's probability and the mean of its two best sentences (the best sentence is the
evidence); the gate's is the mean of its sentences' on-topic probabilities. Stored as plain JSON (vocabularies, labels, titles) and NumPy `.npz` arrays
(idf, weights, thresholds, calibration points), loaded with `allow_pickle=False`; {o["features"]}
objective features.

## Calibration
Brier score of the label probabilities on held-out folds (calibration fitted on the other folds):
{o.get("brier_raw")} with the raw logistic outputs, {o.get("brier_calibrated")} calibrated; gate
{o.get("gate_brier")}. Reliability of the calibrated held-out scores (every passage-label pair):

{_reliability(o.get("reliability", []))}

## Abstention
Held-out off-topic paragraphs (2021 statements) that get any objective: {off.get("with_objective", "n/a")} of
{off.get("passages", "n/a")} ({off.get("rate", "n/a")}). Off-topic training paragraphs given a label in
cross-validation: {o.get("cv_negatives_with_a_label")}.

## Scores
| | micro P | micro R | micro F1 |
|---|---|---|---|
{_prf_row("objectives, cross-validated, all passages", o["cv_micro"])}
{_prf_row("objectives, cross-validated, team sentences only", o.get("cv_micro_base", na))}
{_prf_row("principles, cross-validated", p["cv_micro"])}
{_prf_row("Canada: six thematic sections (gold spans) vs declared objectives", c["classifier"])}
{_prf_row("Canada: same, keyword baseline", c["keyword_baseline"])}
{_prf_row("Canada: six sections as found with every explicit list removed", cm)}

Per-objective F1 (cross-validated, with the gate): {per_label}.

## Effect of each addition (cross-validated)
{_ablation(metrics.get("ablation", {}))}

## Reproduce
`make model` (= `gcmextract train objectives`, which writes into `src/gcmextract/models/` of a source
checkout; `-o DIR` writes elsewhere; `--ablation` also reruns the table above). Training uses a fixed
seed and needs only `corpus/objectives/`; a test retrains and checks that every array matches the
committed one within `numpy.allclose(rtol=1e-3, atol=1e-4)` and that the predictions on a fixed set of
passages are identical.
"""
