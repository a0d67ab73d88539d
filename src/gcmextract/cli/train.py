"""`gcmextract train objectives`: retrain the objective and principle classifiers into the package's
model folder (models/ of a source checkout) or an explicit folder."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path

import typer

from gcmextract.cli.app import app, friendly, info, set_verbosity
from gcmextract.cli.options import OUTPUT_RULE, Quiet, Verbose
from gcmextract.io import write_atomic

# the models trained: English, and one for Spanish and French passages together (each language
# alone, or with the English material, scored lower in cross-validation: model card)
MODELS = ("en", "es-fr")


class TrainLanguage(StrEnum):
    """Which models `train objectives` trains."""

    en = "en"
    es_fr = "es-fr"
    all = "all"


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
        help="Also retrain without each addition to the training material (GCM paraphrases, "
        "off-topic negatives) and record the cross-validated effect in ablation.json (slow).",
    ),
    language: TrainLanguage = typer.Option(
        TrainLanguage.all,
        "-l",
        "--language",
        case_sensitive=False,
        help="Which models to train: en (the objective and principle classifiers), es-fr (the "
        "objective classifier of Spanish and French passages), or all.",
    ),
    quiet: Quiet = False,
    verbose: Verbose = False,
) -> None:
    """Train the objective and guiding-principle classifiers deterministically (fixed seed)."""
    from gcmextract.classify.data import DATA_DIR
    from gcmextract.errors import GcmError

    set_verbosity(quiet, verbose)
    target = output or out or default_output()
    if target is None:
        raise GcmError("not in a source checkout: give the model folder with -o/--output DIR")
    source = data or DATA_DIR
    chosen = list(MODELS) if language == TrainLanguage.all else [language.value]
    check_material(source, chosen)
    metrics_path = target / "metrics.json"
    before = json.loads(metrics_path.read_text("utf-8")) if metrics_path.is_file() else {}
    if "en" in chosen:
        metrics = train_english(source, target, ablation)
    else:
        metrics = {k: v for k, v in before.items() if k != "languages"}
    metrics["languages"] = dict(before.get("languages", {}))
    for codes in chosen:
        if codes != "en":
            metrics["languages"].update(train_languages(codes, source, target, ablation))
    write_atomic(metrics_path, json.dumps(metrics, indent=2, sort_keys=True) + "\n")
    if "objectives" in metrics:
        write_atomic(target / "README.md", model_card(metrics))


def check_material(source: Path, chosen: list[str]) -> None:
    """Raise GcmError naming the first training file the `chosen` models need and `source` lacks."""
    from gcmextract.errors import GcmError

    for name in ("objectives", "principles"):
        if not (source / f"{name}.jsonl").is_file():
            raise GcmError(f"{source / f'{name}.jsonl'}: training material not found (see --data)")
    for code in (c for m in chosen if m != "en" for c in m.split("-")):
        for kind in ("passages", "offtopic-train", "offtopic-test"):
            if not (source / f"{kind}-{code}.jsonl").is_file():
                raise GcmError(f"{source / f'{kind}-{code}.jsonl'}: training material not found")


def train_languages(codes: str, source: Path, target: Path, ablation: bool = False) -> dict:
    """Train the objective classifier of passages in the languages `codes` ("es-fr": their
    passages and off-topic paragraphs) into `target`; per language: its cross-validated scores, the
    held-out off-topic rate and its gold document's masked sections (and, with `ablation`, the
    cross-validated scores of a model trained on that language alone)."""
    from gcmextract.classify.data import load_language_set
    from gcmextract.classify.model import train

    info(f"training objectives-{codes} from passages-<{codes}>.jsonl in {source}")
    model = train(load_language_set("objectives", codes, source))
    model.save(target)
    m = model.metrics
    out = {}
    for code in codes.split("-"):
        cv = m["cv_micro_by_language"][code]
        typer.echo(
            f"objectives-{codes} ({code}): {m['examples']} examples, {m['negatives']} negatives, "
            f"cross-validated micro-F1 on {code} passages {cv['f1']:.3f} -> {target}"
        )
        row = {
            "model": f"objectives-{codes}",
            "examples": len(passages_of(source, code)),
            "model_examples": m["examples"],
            "negatives": m["negatives"],
            "features": m["features"],
            "cv_micro": cv,
            "offtopic": offtopic_rate(target, source, code),
            "gold_sections_masked": masked_section_scores(target, code),
            "gold_sections_masked_english_model": masked_section_scores(target, code, "objectives"),
        }
        if ablation and "-" in codes:
            alone = train(load_language_set("objectives", code, source)).metrics
            row["cv_micro_alone"] = alone["cv_micro_by_language"][code]
        elif "cv_micro_alone" in (prev := _previous(target, code)):
            row["cv_micro_alone"] = prev["cv_micro_alone"]
        out[code] = row
    return out


def passages_of(source: Path, code: str) -> list[str]:
    """The passages of `passages-<code>.jsonl` (one entry per line)."""
    path = source / f"passages-{code}.jsonl"
    return [line for line in path.read_text("utf-8").splitlines() if line.strip()]


def _previous(target: Path, code: str) -> dict:
    path = target / "metrics.json"
    if not path.is_file():
        return {}
    return json.loads(path.read_text("utf-8")).get("languages", {}).get(code, {})


def train_english(source: Path, target: Path, ablation: bool) -> dict:
    """Train the English objective and principle classifiers into `target`; their metrics, the
    Canada section scores and the off-topic rate (and the ablation when asked)."""
    from gcmextract.classify.data import load_label_set
    from gcmextract.classify.model import train

    metrics: dict = {}
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
    typer.echo(f"Canada thematic sections: {metrics['canada_sections']}")
    return metrics


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


# the gold document of each language whose sections declare their objectives
SECTION_GOLD = {
    "en": "canada-2021-annex.gold.json",
    "es": "gtm-2022-gcm-review.gold.json",
    "fr": "sen-2022-gcm-review.gold.json",
}


def masked_section_scores(models: Path, language: str = "en", model: str | None = None) -> dict:
    """Classifier P/R/F1 on a gold document's thematic sections (Canada's; with `language`, the
    Spanish or French gold document's) as `segment` finds them in a copy with every explicit
    objective list blanked (the section tree and whole-span scoring at work); `model` overrides the
    language's own model (to compare with the English one)."""
    from gcmextract.classify.data import ROOT
    from gcmextract.classify.predict import Scorer, model_for, models_from
    from gcmextract.evaluate.gold import load_gold
    from gcmextract.evaluate.masked import mask_objective_lists
    from gcmextract.evaluate.scorer import score_sections
    from gcmextract.ingest import read_document
    from gcmextract.segment import segment

    gold_path = ROOT / "corpus" / "gold" / SECTION_GOLD[language]
    if not gold_path.is_file():
        return {}
    gold = load_gold(gold_path)
    document = mask_objective_lists(read_document(ROOT / gold.document.source))
    sections, _ = segment(document)
    sections = [s for s in sections if s.end > s.start]
    with models_from(models):
        blocks = [(b.start, b.end) for b in document.blocks]
        scorer = Scorer(document.clean, model or model_for("objectives", language), blocks)
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


def offtopic_rate(models: Path, data: Path, language: str | None = None) -> dict:
    """Share of the held-out off-topic passages (offtopic-test.jsonl, or offtopic-test-<language>.jsonl
    classified by that language's model) that get any objective."""
    from gcmextract.classify.data import load_offtopic_test
    from gcmextract.classify.predict import classify_text, models_from

    suffix = f"-{language}" if language else ""
    if not (data / f"offtopic-test{suffix}.jsonl").is_file():
        return {}
    texts = load_offtopic_test(data, language)
    with models_from(models):
        tagged = [t for t in texts if classify_text(t, language=language)]
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


def _languages(rows: dict) -> str:
    if not rows:
        return (
            "No Spanish or French model trained (`gcmextract train objectives --language es-fr`)."
        )
    lines = [
        "A passage in Spanish or French (the language of most of its blocks, else the document's) is "
        "classified by a model of its own, so the English model above never sees these passages and "
        "its predictions do not change (added to its training material they lowered the masked "
        "Canada sections' score below target: `corpus/objectives/README.md`). It is trained as above "
        "(same features, heads, gate, calibration and thresholds) from every `passages-<lang>.jsonl` "
        "(passages written by the team in that language, 5-6 per objective, none from the gold "
        "documents) against `offtopic-train-<lang>.jsonl` (paragraphs with no migration content "
        "written by the team in the register of General Debate statements); "
        "`offtopic-test-<lang>.jsonl` is never trained on. One model for both languages: in "
        "cross-validation each language's passages scored higher than with a model of that language "
        "alone (column 6, `--ablation`).",
        "",
        "| language | model | passages (model's) | negatives | CV micro P / R / F1 (own passages) "
        "| same, model trained on this language alone | held-out off-topic paragraphs with an "
        "objective | gold document's sections, lists removed: micro F1 (English model instead) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for code, r in sorted(rows.items()):
        cv, off = r["cv_micro"], r.get("offtopic") or {}
        alone = r.get("cv_micro_alone", {}).get("f1", "n/a (`--ablation`)")
        gold = (r.get("gold_sections_masked") or {}).get("f1", "n/a")
        english = (r.get("gold_sections_masked_english_model") or {}).get("f1", "n/a")
        lines.append(
            f"| {code} | `{r['model']}` | {r['examples']} ({r['model_examples']}) | {r['negatives']} "
            f"| {cv['precision']} / {cv['recall']} / {cv['f1']} | {alone} "
            f"| {off.get('with_objective', 'n/a')}/{off.get('passages', 'n/a')} "
            f"| {gold} ({english}) |"
        )
    lines += [
        "",
        "The gold documents (`corpus/gold/gtm-2022-gcm-review.gold.json`, "
        "`sen-2022-gcm-review.gold.json`) are never trained on; their sections are found and "
        "classified with every explicit objective list blanked, as for Canada above.",
    ]
    return "\n".join(lines)


def model_card(metrics: dict) -> str:
    """The model card (README.md beside the models), with every number taken from this training run."""
    o, p = metrics["objectives"], metrics["principles"]
    na = {"precision": "n/a", "recall": "n/a", "f1": "n/a"}
    c = metrics["canada_sections"] or {"classifier": na, "keyword_baseline": na}
    cm = metrics.get("canada_sections_masked") or na
    off = metrics.get("offtopic") or {}
    per_label = ", ".join(
        f"{k}: {v}"
        for k, v in sorted(o.get("cv_per_label_f1", {}).items(), key=lambda kv: int(kv[0]))
    )
    return f"""# Model card: GCM objective and guiding-principle classifiers

Generated by `gcmextract train objectives` (do not edit by hand; rerun the command to refresh it).

## Data
- `corpus/objectives/objectives.jsonl`: sentences written by the team for the {o["labels"]} GCM objectives
  (20+ each, government-report register, varied countries and currencies).
- `corpus/objectives/objectives-gcm.jsonl`: passages paraphrasing the actions listed under each
  objective in the Compact itself (A/RES/73/195, paragraphs 17-39), in the voice of a country report;
  each line names its paragraph.
- Trained on {", ".join(f"`{f}`" for f in o.get("origins", []))}: {o["examples"]} objective passages in
  all (files in `corpus/objectives/` not named `objectives-*.jsonl` are not trained on).
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

## Spanish and French passages
{_languages(metrics.get("languages", {}))}

## Reproduce
`make model` (= `gcmextract train objectives`, which trains every model above into
`models/` of a source checkout; `--language en` or `--language es-fr` trains one;
`-o DIR` writes elsewhere; `--ablation` also reruns the comparisons above). Training uses a fixed
seed and needs only `corpus/objectives/`; a test retrains and checks that every array matches the
committed one within `numpy.allclose(rtol=1e-3, atol=1e-4)` and that the predictions on a fixed set of
passages are identical.
"""
