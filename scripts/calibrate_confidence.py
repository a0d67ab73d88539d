"""Estimate mention confidence from the gold sets and check it on held-out data.

Estimation data: the gold sets of `corpus/gold/` and the dev halves of `corpus/gold-real/` (their
texts in ../shared/passages). A field whose rules name features (organisations) gets a logistic
model of them, calibrated by Platt's sigmoid on out-of-fold scores (folds of whole documents).
The other fields get their rule path's lenient precision (as `gcmextract eval` counts it),
smoothed by a Beta prior of PRIOR_WEIGHT pseudo-mentions centred on its parent path's value
(rule|kind -> rule -> the field's pooled precision -> 0.5), so a small path does not get an
extreme value. Every value is capped at CEILING. Reliability is reported (a) held out by
document: each document's mentions get the values estimated (model and calibration included)
from the other documents, and (b) on the test halves of `corpus/gold-real/`, which estimate
nothing.

    python scripts/calibrate_confidence.py [--write]

`--write` writes src/gcmextract/assemble/confidence.json (path values), confidence_model.json
(the models) and docs/confidence.md (tests/assemble/test_confidence_reliability.py checks all three
are what this computes)."""

from __future__ import annotations

import json
import math
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VALUES = ROOT / "src" / "gcmextract" / "assemble" / "confidence.json"
MODEL = ROOT / "src" / "gcmextract" / "assemble" / "confidence_model.json"
DOCS = ROOT / "docs" / "confidence.md"
PRIOR_WEIGHT = 6.0
CEILING = 0.99  # no path states certainty: a few hundred mentions cannot tell 0.995 from 0.999
FEW = 10
FOLDS = 5  # folds of whole documents for the out-of-fold scores Platt's sigmoid is fitted on
MODEL_C = 1.0  # inverse L2 strength of the feature model: few wrong mentions, so kept strong
PLATT_C = 100.0  # the calibration has two parameters and hundreds of mentions: barely penalised
DECILES = [i / 10 for i in range(11)]
LANGUAGES = ("en", "es", "fr")


@dataclass(frozen=True)
class Outcome:
    """One prediction the gold sets count: where it comes from, its rule path, whether it is right."""

    group: str  # "gold", "dev" or "test"
    document: str
    field: str
    path: tuple[str, ...]
    correct: bool
    features: tuple[float, ...] = ()  # the model's features (fields with a model only)


def gold_paths() -> list[tuple[str, Path]]:
    """(group, gold file) of every gold set used: corpus/gold, then gold-real's dev and test."""
    from gcmextract.evaluate.gold import load_gold

    out = [("gold", p) for p in sorted((ROOT / "corpus" / "gold").glob("*.gold.json"))]
    for lang in LANGUAGES:
        for p in sorted((ROOT / "corpus" / "gold-real" / lang).glob("*.gold.json")):
            out.append((load_gold(p).document.split or "dev", p))
    return out


def outcomes() -> list[Outcome]:
    """Every counted prediction of every gold set (extracted as `gcmextract eval` does)."""
    from gcmextract.assemble.confidence import context_of, model_features, path_of
    from gcmextract.assemble.confidence_features import vector
    from gcmextract.evaluate.gold import GOLD_FIELDS, load_gold
    from gcmextract.evaluate.scorer import match_status
    from gcmextract.evaluate.sources import check, find_checked
    from gcmextract.ingest import read_document
    from gcmextract.pipeline import build_nlp, extract_document

    nlp = build_nlp()
    out = []
    for group, path in gold_paths():
        gold = load_gold(path)
        source = find_checked(path, gold)
        document = read_document(source)
        check(path, gold, source, document.text)
        ex = extract_document(document, nlp=nlp)
        name = f"{path.parent.name}/{path.name.removesuffix('.gold.json')}"
        for field in GOLD_FIELDS:
            g = [x.model_dump() for x in getattr(gold, field)]
            mentions = getattr(ex, field)
            _, status = match_status(g, [m.model_dump() for m in mentions], strict=False)
            names = model_features().get(field)
            ctx = context_of(field, document.text, mentions)
            for m, ok in zip(mentions, status, strict=True):
                if ok is not None:
                    x = tuple(vector(names, m, ctx)) if names else ()
                    out.append(Outcome(group, name, field, tuple(path_of(field, m)), bool(ok), x))
    return out


def counts(rows: list[Outcome]) -> dict[tuple[str, str], list[int]]:
    """{(field, path prefix): [correct, total]}, the pooled field under the prefix ""."""
    out: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for r in rows:
        for key in ("", *r.path):
            out[(r.field, key)][0] += r.correct
            out[(r.field, key)][1] += 1
    return out


def fit(rows: list[Outcome]) -> dict[str, dict[str, float]]:
    """{field: {path: value}}: each seen path's precision smoothed towards its parent's value."""
    out: dict[str, dict[str, float]] = defaultdict(dict)
    for (field, key), (correct, total) in sorted(counts(rows).items(), key=lambda kv: kv[0]):
        parent = key.rpartition("|")[0] if "|" in key else ("" if key else None)
        prior = 0.5 if parent is None else out[field][parent]
        value = (correct + PRIOR_WEIGHT * prior) / (total + PRIOR_WEIGHT)
        out[field][key] = round(min(value, CEILING), 2)
    return dict(out)


def _logistic(x: list[tuple[float, ...]], y: list[bool], c: float) -> tuple[list[float], float]:
    """(coefficients, intercept) of an L2 logistic regression; all zero but the intercept (the
    smoothed log-odds of being right) when `y` holds one class only."""
    from sklearn.linear_model import LogisticRegression

    if len(set(y)) < 2:
        p = (sum(y) + 1) / (len(y) + 2)
        return [0.0] * len(x[0]), math.log(p / (1 - p))
    lr = LogisticRegression(C=c, max_iter=5000).fit(x, y)
    return [float(v) for v in lr.coef_[0]], float(lr.intercept_[0])


def _score(coef: list[float], intercept: float, x: tuple[float, ...]) -> float:
    return intercept + sum(c * v for c, v in zip(coef, x, strict=True))


def out_of_fold(rows: list[Outcome]) -> list[float]:
    """Each row's logistic score from a model fitted without its document's fold (FOLDS folds of
    whole documents)."""
    from sklearn.model_selection import GroupKFold

    x, y = [r.features for r in rows], [r.correct for r in rows]
    groups = [r.document for r in rows]
    scores = [0.0] * len(rows)
    n = min(FOLDS, len(set(groups)))
    if n < 2:
        return scores
    for train, test in GroupKFold(n_splits=n).split(x, y, groups):
        coef, b = _logistic([x[i] for i in train], [y[i] for i in train], MODEL_C)
        for i in test:
            scores[i] = _score(coef, b, x[i])
    return scores


def fit_model(rows: list[Outcome], names: list[str]) -> dict:
    """A field's confidence model from its rows: a logistic regression of the features on being
    right, then Platt's sigmoid fitted on out-of-fold scores (so it corrects the regression's
    optimism on unseen documents); rounded as shipped."""
    y = [r.correct for r in rows]
    coef, intercept = _logistic([r.features for r in rows], y, MODEL_C)
    a, b = _logistic([(v,) for v in out_of_fold(rows)], y, PLATT_C)
    return {
        "features": names,
        "coef": [round(v, 4) for v in coef],
        "intercept": round(intercept, 4),
        "platt": [round(a[0], 4), round(b, 4)],
        "ceiling": CEILING,
    }


def fit_models(rows: list[Outcome]) -> dict[str, dict]:
    """{field: model} of every field whose rules name features."""
    from gcmextract.assemble.confidence import model_features

    return {
        field: fit_model([r for r in rows if r.field == field], names)
        for field, names in sorted(model_features().items())
        if any(r.field == field for r in rows)
    }


@dataclass(frozen=True)
class Estimate:
    """Everything a mention's confidence is looked up in: path values and field models."""

    values: dict[str, dict[str, float]]
    models: dict[str, dict]


def estimate_from(rows: list[Outcome]) -> Estimate:
    """The path values and the models fitted on `rows`."""
    return Estimate(fit(rows), fit_models(rows))


def stated(est: Estimate, r: Outcome) -> float:
    """The confidence a mention like `r` gets from `est` (as confidence.assign computes it)."""
    from gcmextract.assemble.confidence import model_confidence

    if r.field in est.models:
        return model_confidence(est.models[r.field], r.features)
    known = est.values.get(r.field, {})
    return next((known[p] for p in reversed(r.path) if p in known), 0.5)


def reliability(pairs: list[tuple[float, bool]]) -> list[tuple[str, int, float, float]]:
    """(decile, mentions, mean stated confidence, observed precision) of each non-empty decile."""
    rows = []
    for lo, hi in zip(DECILES, DECILES[1:], strict=False):
        inside = [(c, ok) for c, ok in pairs if lo <= c < hi or (hi == 1.0 and c == 1.0)]
        if inside:
            mean = sum(c for c, _ in inside) / len(inside)
            observed = sum(ok for _, ok in inside) / len(inside)
            rows.append((f"{lo:.1f}-{hi:.1f}", len(inside), mean, observed))
    return rows


def tenths(pairs: list[tuple[float, bool]]) -> list[tuple[str, int, float, float]]:
    """(range of stated values, mentions, mean stated, observed precision) of each tenth of the
    mentions ordered by stated confidence (deciles of the mentions, not of the scale, so that a
    row holds a tenth of the data however the values bunch up); mentions of equal value are
    never split, so a value stated for more than a tenth makes one larger row."""
    ordered = sorted(pairs, key=lambda p: p[0])
    rows, start = [], 0
    for i in range(1, 11):
        end = max(start, i * len(ordered) // 10)
        while 0 < end < len(ordered) and ordered[end][0] == ordered[end - 1][0]:
            end += 1  # keep a run of equal values together
        part, start = ordered[start:end], end
        if part:
            mean = sum(c for c, _ in part) / len(part)
            observed = sum(ok for _, ok in part) / len(part)
            rows.append((f"{part[0][0]:.2f}-{part[-1][0]:.2f}", len(part), mean, observed))
    return rows


def held_out(rows: list[Outcome]) -> list[tuple[Outcome, float]]:
    """(row, stated) of every estimation mention, its value (path values, model and its
    calibration) fitted without its document."""
    out = []
    for doc in sorted({r.document for r in rows}):
        est = estimate_from([r for r in rows if r.document != doc])
        out += [(r, stated(est, r)) for r in rows if r.document == doc]
    return out


def wilson(correct: float, n: int, z: float = 1.96) -> tuple[float, float]:
    """The 95% Wilson score interval of a proportion `correct` (a fraction) of `n` mentions."""
    centre = (correct + z * z / (2 * n)) / (1 + z * z / n)
    half = z * ((correct * (1 - correct) / n + z * z / (4 * n * n)) ** 0.5) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def verdict(n: int, mean: float, observed: float) -> str:
    """'yes' when observed precision is within 0.1 of the stated mean; else 'no', unless the decile
    is too small to tell: fewer than FEW mentions, or the stated mean inside the observed
    precision's 95% interval (for a few dozen mentions that interval is wider than +-0.1)."""
    if n < FEW:
        return f"too few (< {FEW})"
    if abs(observed - mean) <= 0.1:
        return "yes"
    lo, hi = wilson(observed, n)
    return "no, but inside the interval" if lo <= mean <= hi else "no"


def table(pairs: list[tuple[float, bool]], by_count: bool = False) -> list[str]:
    """A reliability table in Markdown, with the 95% interval of each decile's observed precision
    (deciles of the scale, or with `by_count` tenths of the mentions)."""
    first = "stated (tenth of the mentions)" if by_count else "stated"
    lines = [
        f"| {first} | mentions | mean stated | observed precision | 95% interval | gap | within 0.1 |",
        "|---|---|---|---|---|---|---|",
    ]
    for band, n, mean, observed in (tenths if by_count else reliability)(pairs):
        lo, hi = wilson(observed, n)
        lines.append(
            f"| {band} | {n} | {mean:.2f} | {observed:.2f} | {lo:.2f}-{hi:.2f} "
            f"| {observed - mean:+.2f} | {verdict(n, mean, observed)} |"
        )
    return lines


def field_table(rows: list[Outcome], est: Estimate) -> list[str]:
    """Per field: mentions, mean stated confidence and observed precision of `rows`."""
    lines = [
        "| field | mentions | mean stated | observed precision | gap |",
        "|---|---|---|---|---|",
    ]
    for field in sorted({r.field for r in rows}):
        inside = [r for r in rows if r.field == field]
        mean = sum(stated(est, r) for r in inside) / len(inside)
        observed = sum(r.correct for r in inside) / len(inside)
        lines.append(
            f"| {field} | {len(inside)} | {mean:.2f} | {observed:.2f} | {observed - mean:+.2f} |"
        )
    return lines


def path_table(estimate: list[Outcome], test: list[Outcome], est: Estimate) -> list[str]:
    """Per field and path: estimation counts, confidence, and test-half counts. The confidence of
    a path is its value, or, for a field with a model, the mean the model states for the
    estimation mentions on it (in parentheses: the path value is then not used)."""
    seen, held = counts(estimate), counts(test)
    lines = [
        "| field | rule path | correct / counted (estimation) | confidence | correct / counted (test halves) |",
        "|---|---|---|---|---|",
    ]
    for field, paths in est.values.items():
        for path, value in paths.items():
            c, n = seen[(field, path)]
            tc, tn = held.get((field, path), [0, 0])
            shown = f"{value:.2f}"
            if field in est.models:
                on = [r for r in estimate if r.field == field and (not path or path in r.path)]
                shown = f"({sum(stated(est, r) for r in on) / len(on):.2f})"
            step = path.replace("|", ", ") or "(all)"
            lines.append(f"| {field} | {step} | {c} / {n} | {shown} | {tc} / {tn} |")
    return lines


def model_table(models: dict[str, dict]) -> list[str]:
    """Per field with a model: each feature's coefficient, then the calibration's two."""
    lines = ["| field | feature | coefficient |", "|---|---|---|"]
    for field, model in models.items():
        lines += [
            f"| {field} | {name} | {coef:+.2f} |"
            for name, coef in zip(model["features"], model["coef"], strict=True)
        ]
        lines.append(f"| {field} | (intercept) | {model['intercept']:+.2f} |")
        a, b = model["platt"]
        lines.append(f"| {field} | calibration: slope, offset | {a:+.2f}, {b:+.2f} |")
    return lines


def features_list() -> list[str]:
    """Each feature a model reads, with why (from confidence_rules.json)."""
    from gcmextract.assemble.confidence import feature_notes

    return [
        f"- {field}: `{name}`: {why}"
        for field, notes in feature_notes().items()
        for name, why in notes.items()
    ]


def compute(rows: list[Outcome] | None = None) -> tuple[dict, dict, str]:
    """The contents of confidence.json and confidence_model.json and the text of
    docs/confidence.md (from `rows`, else from extracting every gold set's document)."""
    rows = outcomes() if rows is None else rows
    estimate = [r for r in rows if r.group != "test"]
    test = [r for r in rows if r.group == "test"]
    est = estimate_from(estimate)
    groups = [g for g, _ in gold_paths()]
    n_docs = {g: groups.count(g) for g in ("gold", "dev", "test")}
    shipped = {
        "_doc": "Generated by scripts/calibrate_confidence.py --write (do not edit): the estimated "
        "precision of each rule path of confidence_rules.json; '' is the field pooled.",
        **est.values,
    }
    model = {
        "_doc": "Generated by scripts/calibrate_confidence.py --write (do not edit): per field, a "
        "logistic model of the features of confidence_rules.json (coefficients in their order), "
        "then Platt's calibration [slope, offset] of its score, capped at the ceiling.",
        **est.models,
    }
    modelled = ", ".join(est.models) or "none"
    lines = [
        "# Confidence: what the number means",
        "",
        "Computed by `python scripts/calibrate_confidence.py --write` (never typed in): a mention's",
        "`confidence` estimates the probability that it is right, as `gcmextract eval` counts it",
        "(lenient matching against gold sets). Two estimators, both fitted on the same data:",
        "",
        f"- **A calibrated model of the mention's features** (fields: {modelled}). A logistic",
        f"  regression (L2, C = {MODEL_C:g}) over what the extractors already know of a mention",
        "  (the features below,",
        "  named in `src/gcmextract/assemble/confidence_rules.json` and computed by",
        "  `confidence_features.py` from the mention, its document's other mentions and text)",
        "  gives a score; Platt's sigmoid, fitted on out-of-fold scores (the regression refitted",
        f"  {FOLDS} times, each time without a fifth of the documents), turns the score into a",
        "  probability, so the optimism of a regression scored on its own training mentions is",
        "  corrected. The coefficients ship as JSON (`confidence_model.json`) and are evaluated in",
        "  plain Python at run time.",
        "- **The precision of the mention's rule path** (the other fields). The first rule of its",
        "  field that holds, then amounts by kind and currency source, dates by kind; each path's",
        f"  precision is smoothed by a Beta prior of {PRIOR_WEIGHT:g} pseudo-mentions centred on",
        "  its parent path (so a path seen a few times stays near its rule's value); a path never",
        "  seen gets its parent's value, a rule never seen 0.5 (nothing is known of its precision).",
        "",
        f"No value exceeds {CEILING:g}: the gold sets are too small to tell a rule that is right 995",
        "times in 1000 from one right 999 times. Values are rounded to two decimals.",
        "",
        f"Estimated from `corpus/gold/` ({n_docs['gold']} documents) and the dev halves of",
        f"`corpus/gold-real/` ({n_docs['dev']} pages, en/es/fr): {len(estimate)} counted predictions.",
        f"The test halves ({n_docs['test']} pages, {len(test)} counted predictions) estimate nothing.",
        "It measures precision only: a mention the extractors miss has no confidence.",
        "",
        "`corpus/gold/` was written alongside the rules and the dev halves may be used to tune them,",
        "so the held-out table is optimistic for unseen documents even though each document is held",
        "out; the test halves are the fairer check. Most counted mentions state 0.9 or more, so the",
        "lower deciles hold few mentions and their observed precision is noisy (a decile of 20",
        "mentions at 0.8 has a standard error near 0.09). Each table gives the 95% Wilson interval",
        "of a decile's observed precision; a decile more than 0.1 off whose interval still holds the",
        "stated value is marked as such: it is not within 0.1, and too small to show that it is not.",
        "",
        "## Reliability held out by document",
        "",
        "Each estimation document's mentions get the values estimated from the other documents:",
        "path values, model and calibration all refitted without it. First by deciles of the",
        "scale (0.9-1.0 holds what is stated at 0.9 or more), then by tenths of the mentions",
        "ordered by their stated value (each row a tenth of the data).",
        "",
        *table(pairs := [(s, r.correct) for r, s in held_out(estimate)]),
        "",
        *table(pairs, by_count=True),
        "",
        "## Reliability on the test halves of corpus/gold-real",
        "",
        "The shipped values, on pages that were not used to estimate them.",
        "",
        *table(pairs := [(stated(est, r), r.correct) for r in test]),
        "",
        *table(pairs, by_count=True),
        "",
        "The same mentions per field (a field is not a decile: no bound is promised per field):",
        "",
        *field_table(test, est),
        "",
        "## The model's features",
        "",
        *features_list(),
        "",
        "## The shipped model",
        "",
        "Coefficients of the logistic regression (a positive one raises the confidence), and the",
        "calibration applied to its score (probability = 1 / (1 + exp(-(slope * score + offset)))).",
        "",
        *model_table(est.models),
        "",
        "## Per rule path",
        "",
        "The shipped value of each path; for organisations, in parentheses, the mean confidence",
        "the model states for the estimation mentions on the path.",
        "",
        *path_table(estimate, test, est),
    ]
    return shipped, model, "\n".join(lines) + "\n"


def main(write: bool) -> None:
    """Print the tables; with `write`, write confidence.json, confidence_model.json and
    docs/confidence.md."""
    from gcmextract.errors import InputError
    from gcmextract.io import write_atomic

    try:
        shipped, model, text = compute()
    except InputError as exc:  # a gold set's text missing or changed (../shared absent)
        sys.exit(f"calibrate_confidence: {exc}")
    print(text)
    if write:
        write_atomic(VALUES, json.dumps(shipped, indent=2, ensure_ascii=False) + "\n")
        write_atomic(MODEL, json.dumps(model, indent=2, ensure_ascii=False) + "\n")
        write_atomic(DOCS, text)


if __name__ == "__main__":
    main("--write" in sys.argv[1:])
