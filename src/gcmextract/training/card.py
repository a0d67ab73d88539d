"""The model card (README.md beside the models), rendered from a training run's metrics: every number
in it comes from `metrics.json`."""

from __future__ import annotations

NA = {"precision": "n/a", "recall": "n/a", "f1": "n/a"}


def _prf_row(name: str, m: dict) -> str:
    return f"| {name} | {m.get('precision', 'n/a')} | {m.get('recall', 'n/a')} | {m.get('f1', 'n/a')} |"


def _reliability(rows: list[dict]) -> str:
    lines = ["| score bin | pairs | mean score | observed rate |", "|---|---|---|---|"]
    lines += [f"| {r['bin']} | {r['n']} | {r['mean_score']} | {r['observed']} |" for r in rows]
    return "\n".join(lines)


def _pct(value: object) -> str:
    return f"{float(value) * 100:.1f}" if isinstance(value, int | float) else "n/a"


def _top1_all(row: dict) -> float:
    return float(((row.get("cv_real") or {}).get("all") or {}).get("top1", 0.0))


def _ablation(rows: dict) -> str:
    if not rows:
        return "Not run for this model (`gcmextract train objectives --ablation`)."
    lines = [
        "| training material and features | passages | negatives | top-1 en | top-1 es | top-1 fr "
        "| top-1 all | top-3 all |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, r in sorted(rows.items(), key=lambda kv: (kv[1]["examples"], _top1_all(kv[1]))):
        cv = r.get("cv_real") or {}
        cells = [_pct((cv.get(k) or {}).get("top1")) for k in ("en", "es", "fr", "all")]
        lines.append(
            f"| {name} | {r['examples']} | {r['negatives']} | "
            + " | ".join(cells)
            + f" | {_pct((cv.get('all') or {}).get('top3'))} |"
        )
    return "\n".join(lines)


def _counts(real: dict) -> str:
    counts = real.get("counts") or {}
    if not counts:
        return (
            "The real passages were not at hand when this model was trained (`../shared/` absent)."
        )
    kinds = sorted({k.split("/", 1)[1] for k in counts} - {"train", "test"})
    lines = [
        "| language | train | test | " + " | ".join(kinds) + " |",
        "|---|---|---|" + "---|" * len(kinds),
    ]
    for lang in ("en", "es", "fr"):
        cells = [str(counts.get(f"{lang}/{k}", 0)) for k in ("train", "test", *kinds)]
        lines.append(f"| {lang} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _agreement(real: dict) -> str:
    a = real.get("agreement") or {}
    if not a:
        return "n/a"
    lines = ["| passages of | passages | top-1 agreement | Cohen's kappa |", "|---|---|---|---|"]
    for key in ("en", "es", "fr", "all"):
        if key in a:
            r = a[key]
            lines.append(f"| {key} | {r['passages']} | {r['top1_agreement']} | {r['kappa']} |")
    return "\n".join(lines)


def _real_cv(o: dict) -> str:
    cv = o.get("cv_real") or {}
    if not cv:
        return "n/a (no real passages in training)"
    lines = [
        "| language | passages | top-1 (ranking) | top-3 | top-1 given (gate and thresholds) |",
        "|---|---|---|---|---|",
    ]
    for key in ("en", "es", "fr", "all"):
        if key in cv:
            r = cv[key]
            lines.append(
                f"| {key} | {r['passages']} | {_pct(r['top1'])} | {_pct(r['top3'])} "
                f"| {_pct(r['top1_given'])} |"
            )
    return "\n".join(lines)


def _test(real: dict) -> str:
    from gcmextract.evaluate.objectives import render_objectives

    test = real.get("test")
    if real.get("test_skipped"):
        return (
            "Not run for this model (`gcmextract train objectives --no-test`: settings are chosen "
            "without looking at the test split)."
        )
    if not test:
        return "n/a (`../shared/` absent when trained)"
    per = test["methods"]["model"]["all"].get("per_objective_f1", {})
    per_line = ", ".join(f"{k}: {v}" for k, v in sorted(per.items(), key=lambda kv: int(kv[0])))
    return (
        render_objectives(test)
        + f"\n\nThe TF-IDF baseline abstains below a best cosine of {test['tfidf_threshold']}, "
        "chosen on the train split and the off-topic training paragraphs.\n\n"
        f"Per-objective F1 of the model on the test passages (top objective given): {per_line}.\n\n"
        "Every setting (weights, thresholds, the ranker, the training negatives) was chosen by "
        "cross-validation by page on the real train split and the off-topic training paragraphs, "
        "on the masked Canada sections and (the Spanish and French gate thresholds) on the tuning "
        "off-topic paragraphs `offtopic-tune-es/fr.jsonl`; the test split and the held-out "
        "off-topic paragraphs `offtopic-test*.jsonl` are scored on the final model only."
    )


def _languages(rows: dict) -> str:
    lines = [
        "| language | held-out off-topic paragraphs given an objective (`offtopic-test`) "
        "| tuning off-topic paragraphs given an objective (`offtopic-tune`, chose the threshold) "
        "| gold document's sections, lists removed: micro P / R / F1 |",
        "|---|---|---|---|",
    ]
    for code, r in sorted(rows.items()):
        off, gold = r.get("offtopic") or {}, r.get("gold_sections_masked") or NA
        tune = r.get("offtopic_tune") or {}
        lines.append(
            f"| {code} | {off.get('with_objective', 'n/a')}/{off.get('passages', 'n/a')} "
            f"| {tune.get('with_objective', 'n/a')}/{tune.get('passages', 'n/a')} "
            f"| {gold['precision']} / {gold['recall']} / {gold['f1']} |"
        )
    return "\n".join(lines)


def _gate_languages(o: dict) -> str:
    rows = o.get("gate_thresholds") or {}
    return ", ".join(f"{k}: {v}" for k, v in sorted(rows.items())) or "no language of its own"


def _versions(metrics: dict) -> str:
    versions = metrics.get("versions") or {}
    return ", ".join(f"{k} {v}" for k, v in sorted(versions.items())) or "n/a"


def model_card(metrics: dict) -> str:
    """The model card, every number taken from this training run's metrics."""
    from gcmextract.classify.model import CHAR, RANK_KEEP, RANK_WEIGHT, WORD, C

    o, p = metrics["objectives"], metrics["principles"]
    c = metrics.get("canada_sections") or {"classifier": NA, "keyword_baseline": NA}
    cm = metrics.get("canada_sections_masked") or NA
    off = metrics.get("offtopic") or {}
    real = metrics.get("real") or {}
    origins = ", ".join(f"`{k}` {v}" for k, v in sorted((o.get("origin_counts") or {}).items()))
    return f"""# Model card: GCM objective and guiding-principle classifiers

Generated by `make model` (`gcmextract train objectives`) from `metrics.json`; do not edit by hand.

## Data
One objective model for English, Spanish and French passages. Its training passages by origin:
{origins}; {o.get("negatives", 0)} negatives (off-topic paragraphs in the three languages, and real
passages labelled "none").
- Written material (`corpus/objectives/`): the team's sentences per objective (`objectives.jsonl`,
  government-report register), passages paraphrasing the Compact's actions (`objectives-gcm.jsonl`),
  Spanish and French passages (`passages-es.jsonl`, `passages-fr.jsonl`), anchors (each objective's
  official title in three languages, `titles.jsonl`, and its English title with its keywords), and
  off-topic paragraphs (`offtopic-train*.jsonl`; `offtopic-tune-es/fr.jsonl`, which chose the Spanish
  and French gate thresholds, and the held-out `offtopic-test*.jsonl` are never trained on).
- Real passages (`corpus/objectives/real/`, stand-off spans of public pages kept in `../shared/`,
  labelled under `docs/objectives-labelling.md`): the train split is trained on (`real-<language>`
  above); the test split, by page, is never trained on nor used to choose anything. Passages by
  language, split and publisher kind:

{_counts(real)}

Labelling agreement (primary objective, independent second pass):

{_agreement(real)}

## Method
Three blocks of TF-IDF features (sublinear tf, each block l2-normalised): word n-grams
{tuple(WORD["ngram_range"])}, at most {WORD["max_features"]}; char_wb n-grams {tuple(CHAR["ngram_range"])}, at most
{CHAR["max_features"]}; and shared concept tokens: the terms of `src/gcmextract/classify/concepts.json`
(English, Spanish and French migration vocabulary mapped to one concept each, so that a weight learnt
from one language serves the others). Vocabularies keep the most frequent terms, ties broken by the
term. One logistic regression per objective (C={C}, balanced class weights, fixed seed) on the
migration passages, and one for the gate (migration passages against off-topic paragraphs: a
passage with no migration content gets no objective). Decision values are calibrated to
probabilities by isotonic regression on {o["folds"]}-fold out-of-fold values (folds keep a real page's
passages together); per-label thresholds maximise F1.5 on the calibrated out-of-fold scores. A
passage's score per objective is the larger of the whole passage's probability and the mean of its
two best sentences; the gate's is the larger of the mean of its sentences' on-topic probabilities and
the whole passage's. The objectives a passage is given come in the order of one multinomial logistic
regression over the passages' primary objectives (the ranker) added to the heads' decision values
(Effect of each ingredient); it decides none of them. Stored as JSON
and NumPy `.npz` (loaded with `allow_pickle=False`); {o["features"]} objective features. Trained with
{_versions(metrics)}.

## Real passages: test split
{_test(real)}

## Real passages: train split, cross-validated by page
The objective model's held-out scores on the real train passages (folds by page):

{_real_cv(o)}

## Effect of each ingredient
Top-1 and top-3 of the ranking on the real train passages, cross-validated by page (each fold's pages
held out of training):

{_ablation(metrics.get("ablation", {}))}

The ranker row adds one multinomial logistic regression (C={C}) over the passages' primary
objectives, its {RANK_KEEP} largest weights per objective kept, {RANK_WEIGHT} times its
log-probability added to each objective's decision value (`train(..., ranker=True)`). It is used
for ordering only: which objectives a passage or document is given, their calibrated scores, the
thresholds and the gate are the heads' alone (added to the decision values that are calibrated, it
had lowered the masked Canada sections' micro-F1), while the order of the objectives given (the
first is the top-1) follows the heads' decision values plus the ranker's share. A passage scored
whole is ordered by its whole text's keys; a paragraph scored by its sentences, by the mean of its
two best sentences' keys.

## Calibration
Brier score of the label probabilities on held-out folds: {o.get("brier_raw")} raw,
{o.get("brier_calibrated")} calibrated; gate {o.get("gate_brier")}. Reliability of the calibrated
held-out scores (every passage-label pair):

{_reliability(o.get("reliability", []))}

## Abstention
The gate's threshold is {o.get("gate_threshold", "n/a")}, and for passages in {_gate_languages(o)}: chosen on the
out-of-fold gate scores of the training material (folds by page), where the calibrated gate has a
plateau, and for Spanish and French on the team's tuning off-topic paragraphs
(`offtopic-tune-es.jsonl`, `offtopic-tune-fr.jsonl`, never trained on): their rate below is not a
held-out measure. Held-out off-topic paragraphs (never trained on nor used to choose anything):
2021 General Debate statements in English (`offtopic-test.jsonl`), given an objective:
{off.get("with_objective", "n/a")} of {off.get("passages", "n/a")}; team paragraphs in Spanish and French
(`offtopic-test-es.jsonl`, `offtopic-test-fr.jsonl`, written after the thresholds were set), in the
table with the tuning sets and the gold documents' sections found and classified with every explicit
objective list removed:

{_languages(metrics.get("languages", {}))}

## Scores on the written material and the Canada document
| | micro P | micro R | micro F1 |
|---|---|---|---|
{_prf_row("objectives, cross-validated, all passages", o["cv_micro"])}
{_prf_row("objectives, cross-validated, team sentences only", o.get("cv_micro_base", NA))}
{_prf_row("principles, cross-validated", p["cv_micro"])}
{_prf_row("Canada: six thematic sections (gold spans) vs declared objectives", c["classifier"])}
{_prf_row("Canada: same, keyword baseline", c["keyword_baseline"])}
{_prf_row("Canada: six sections as found with every explicit list removed", cm)}

## Reproduce
`make model` (= `gcmextract train objectives`) trains both models into `models/` of
a source checkout (`-o DIR` writes elsewhere; `--ablation` reruns the ingredient comparison). It
needs `corpus/objectives/` and, for the real passages, `../shared/passages/`; with a fixed seed it
reproduces the committed models (a test retrains and compares arrays and predictions).
"""
