"""Objectives on real labelled passages (test split only): top-1, top-3, macro-F1, page-level top-1
and off-topic abstention per language and overall, each with a 95% bootstrap interval resampling
pages, for the classifier and two baselines computed in the same run (keyword match; TF-IDF cosine
against the objectives' descriptions)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from gcmextract.classify.real import RealPassage

RESAMPLES = 1000
SEED = 0
LANGUAGES = ("en", "es", "fr")
N_OBJECTIVES = 23
METHODS = ("model", "keyword baseline", "tf-idf baseline")  # the order of the printed table


@dataclass
class Ranked:
    """A method's output on some texts: a ranking score per objective (column j is objective j + 1)
    and whether it gives the text no objective at all."""

    scores: np.ndarray
    abstain: np.ndarray


Method = Callable[[list[str], list[str]], Ranked]


def model_method(texts: list[str], languages: list[str]) -> Ranked:
    """The shipped classifier as the extractor uses it: the language's model, whole-passage scores,
    gate and thresholds; objectives it gives rank above those it does not, each group in the order
    of the passage's ordering keys (the order in which the extractor lists objectives)."""
    from gcmextract.classify.predict import Scorer, model_for

    scores = np.zeros((len(texts), N_OBJECTIVES))
    abstain = np.zeros(len(texts), dtype=bool)
    for i, (text, lang) in enumerate(zip(texts, languages, strict=True)):
        scorer = Scorer(text, model_for("objectives", lang), language=lang)
        (score,) = scorer.scores([(0, len(text))])
        labels = scorer.labels(score.scores, score.idx, gate=score.gate)
        given = {int(c.objective or 0) for c in labels}
        key = score.rank if score.rank is not None else score.scores
        # places, not keys, so that the objectives given (lifted by more than the number of
        # objectives) stay above the others whatever the scale of the keys
        place = np.argsort(np.argsort(key, kind="stable"), kind="stable")
        for j, label in enumerate(scorer.model.labels):
            n = int(label)
            scores[i, n - 1] = float(place[j]) + (N_OBJECTIVES + 1.0 if n in given else 0.0)
        abstain[i] = not given
    return Ranked(scores, abstain)


def keyword_method(texts: list[str], languages: list[str]) -> Ranked:
    """Keyword baseline: objectives ranked by keyword hits; none when no objective reaches MIN_HITS."""
    from gcmextract.classify.baseline import MIN_HITS, keyword_hits

    scores = np.zeros((len(texts), N_OBJECTIVES))
    for i, text in enumerate(texts):
        for n, hits in keyword_hits(text).items():
            scores[i, n - 1] = hits
    return Ranked(scores, scores.max(axis=1, initial=0) < MIN_HITS)


def tfidf_method(threshold: float) -> Method:
    """TF-IDF baseline: objectives ranked by cosine; none when the best cosine is below `threshold`."""
    from gcmextract.classify.baseline import TfidfBaseline

    baseline = TfidfBaseline()

    def method(texts: list[str], languages: list[str]) -> Ranked:
        cos = baseline.cosine(texts)
        out = np.zeros((len(texts), N_OBJECTIVES))
        for j, n in enumerate(baseline.labels):
            out[:, n - 1] = cos[:, j]
        return Ranked(out, out.max(axis=1, initial=0) < threshold)

    return method


def tfidf_threshold(on_topic: list[str], off_topic: list[str]) -> float:
    """The TF-IDF baseline's abstention threshold: the best cosine that best separates migration
    passages from off-topic paragraphs (balanced accuracy) on training material, never the test."""
    from gcmextract.classify.baseline import TfidfBaseline

    baseline = TfidfBaseline()
    on = baseline.cosine(on_topic).max(axis=1)
    off = baseline.cosine(off_topic).max(axis=1)
    grid = np.round(np.arange(0.0, 0.5, 0.005), 3)
    return float(max(grid, key=lambda t: ((on >= t).mean() + (off < t).mean(), -t)))


def _outcomes(ranked: Ranked, gold: Sequence[int | None]) -> dict[str, np.ndarray]:
    """Per item: top-1 and top-3 hits (an abstention is a miss) and the predicted objective (0: none)."""
    order = np.argsort(-ranked.scores, axis=1, kind="stable") + 1
    g = np.array([x or 0 for x in gold])
    pred = np.where(ranked.abstain, 0, order[:, 0])
    top3 = (order[:, :3] == g[:, None]).any(axis=1) & ~ranked.abstain
    return {"top1": pred == g, "top3": top3, "pred": pred, "gold": g}


def macro_f1(gold: np.ndarray, pred: np.ndarray) -> float:
    """Mean F1 over the objectives in `gold` (0, "none", is not an objective)."""
    f1s = _f1_by_objective(gold, pred)
    return float(np.mean(list(f1s.values()))) if f1s else float("nan")


def _stats(o: dict[str, np.ndarray], rows: np.ndarray) -> dict[str, float]:
    return {
        "top1": float(o["top1"][rows].mean()),
        "top3": float(o["top3"][rows].mean()),
        "macro_f1": macro_f1(o["gold"][rows], o["pred"][rows]),
    }


def bootstrap(
    groups: list[np.ndarray],
    statistic: Callable[[np.ndarray], dict[str, float]],
    resamples: int = RESAMPLES,
    seed: int = SEED,
) -> dict[str, list[float]]:
    """95% percentile interval of each statistic, resampling the groups (pages) with replacement."""
    rng = np.random.default_rng(seed)
    values: dict[str, list[float]] = {}
    for _ in range(resamples):
        pick = rng.integers(0, len(groups), len(groups))
        for key, v in statistic(np.concatenate([groups[k] for k in pick])).items():
            if not np.isnan(v):
                values.setdefault(key, []).append(v)
    return {
        k: [round(float(np.percentile(v, 2.5)), 4), round(float(np.percentile(v, 97.5)), 4)]
        for k, v in values.items()
    }


def _groups(keys: list[str]) -> list[np.ndarray]:
    index: dict[str, list[int]] = {}
    for i, k in enumerate(keys):
        index.setdefault(k, []).append(i)
    return [np.array(v) for v in index.values()]


def _with_interval(point: dict[str, float], interval: dict[str, list[float]]) -> dict:
    return {
        k: {"value": round(v, 4), "ci95": interval.get(k)}
        for k, v in point.items()
        if not np.isnan(v)
    }


def page_label(passages: list[RealPassage]) -> int | None:
    """A page's objective: its passages' most frequent primary label (the first on a tie)."""
    counts = Counter(p.primary for p in passages if p.primary is not None)
    if not counts:
        return None
    best = max(counts.values())
    return next(p.primary for p in passages if p.primary is not None and counts[p.primary] == best)


@dataclass
class EvalSet:
    """The test material: labelled passages, whole pages (text, label, language) and off-topic
    paragraphs by language."""

    passages: list[RealPassage]
    pages: list[tuple[str, str, int, str]]  # page id, text, label, language
    offtopic: dict[str, list[str]]


def _score_rows(o: dict[str, np.ndarray], keys: list[str], rows: np.ndarray) -> dict:
    groups = _groups([keys[i] for i in rows])
    sub = [rows[g] for g in groups]
    return _with_interval(_stats(o, rows), bootstrap(sub, lambda r: _stats(o, r)))


def _rate_row(flags: np.ndarray) -> dict:
    groups = [np.array([i]) for i in range(len(flags))]
    point = {"offtopic_given_objective": float(flags.mean())}
    ci = bootstrap(groups, lambda r: {"offtopic_given_objective": float(flags[r].mean())})
    return {**_with_interval(point, ci), "paragraphs": int(len(flags))}


def evaluate_method(method: Method, data: EvalSet) -> dict:
    """One method's scores per language and overall (passages, pages, off-topic)."""
    labelled = [p for p in data.passages if p.primary is not None]
    o = _outcomes(
        method([p.text for p in labelled], [p.language for p in labelled]),
        [p.primary for p in labelled],
    )
    keys = [p.page for p in labelled]
    langs = np.array([p.language for p in labelled])
    page_o = _outcomes(
        method([t for _, t, _, _ in data.pages], [lang for *_, lang in data.pages]),
        [label for _, _, label, _ in data.pages],
    )
    page_langs = np.array([lang for *_, lang in data.pages])
    page_keys = [pid for pid, *_ in data.pages]
    off = {
        lang: ~method(texts, [lang] * len(texts)).abstain for lang, texts in data.offtopic.items()
    }
    out: dict[str, dict] = {}
    for lang in (*LANGUAGES, "all"):
        rows = np.flatnonzero(langs == lang) if lang != "all" else np.arange(len(labelled))
        prow = np.flatnonzero(page_langs == lang) if lang != "all" else np.arange(len(data.pages))
        if not len(rows):
            continue
        entry = _score_rows(o, keys, rows)
        entry["passages"] = int(len(rows))
        page = _score_rows(page_o, page_keys, prow)
        entry["page_top1"] = page["top1"]
        entry["pages"] = int(len(prow))
        flags = np.concatenate(list(off.values())) if lang == "all" else off.get(lang)
        if flags is not None and len(flags):
            entry["offtopic"] = _rate_row(flags)
        out[lang] = entry
    out["all"]["per_objective_f1"] = per_objective_f1(o["gold"], o["pred"])
    return out


def _f1_by_objective(gold: np.ndarray, pred: np.ndarray) -> dict[int, float]:
    out = {}
    for n in sorted(set(gold.tolist()) - {0}):
        tp = int(((gold == n) & (pred == n)).sum())
        fp = int(((gold != n) & (pred == n)).sum())
        fn = int(((gold == n) & (pred != n)).sum())
        out[n] = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return out


def per_objective_f1(gold: np.ndarray, pred: np.ndarray) -> dict[str, float]:
    """F1 of each objective in `gold`, passage by passage (prediction: the top objective given)."""
    return {str(n): round(f1, 4) for n, f1 in _f1_by_objective(gold, pred).items()}


def load_eval_set(split: str = "test") -> EvalSet:
    """The labelled real passages of `split`, their whole pages and the held-out off-topic paragraphs
    (`offtopic-test*.jsonl`, never trained on nor used to choose a threshold); needs `../shared/`."""
    from gcmextract.classify.data import DATA_DIR, load_offtopic_test
    from gcmextract.classify.real import load_pages, load_real

    passages = [p for p in load_real() if p.split == split]
    pages = []
    for pid, (text, rows) in sorted(load_pages(passages).items()):
        label = page_label(rows)
        if label is not None:
            pages.append((pid, text, label, rows[0].language))
    offtopic = {
        lang: load_offtopic_test(DATA_DIR, None if lang == "en" else lang) for lang in LANGUAGES
    }
    return EvalSet(passages, pages, offtopic)


def train_threshold() -> float:
    """The TF-IDF baseline's threshold from the train split and the off-topic training paragraphs."""
    from gcmextract.classify.data import DATA_DIR, read_rows
    from gcmextract.classify.real import load_real

    on = [p.text for p in load_real() if p.split == "train" and p.primary is not None]
    off = [
        r["text"]
        for name in ("offtopic-train", "offtopic-train-es", "offtopic-train-fr")
        for r in read_rows(DATA_DIR / f"{name}.jsonl")
    ]
    return tfidf_threshold(on, off)


def evaluate_objectives(data: EvalSet | None = None) -> dict:
    """The classifier and both baselines on the test split, in one run."""
    data = data or load_eval_set()
    threshold = train_threshold()
    methods: dict[str, Method] = {
        "model": model_method,
        "keyword baseline": keyword_method,
        "tf-idf baseline": tfidf_method(threshold),
    }
    return {
        "split": "test",
        "resamples": RESAMPLES,
        "tfidf_threshold": threshold,
        "methods": {name: evaluate_method(m, data) for name, m in methods.items()},
    }


def _cell(entry: dict, key: str, scale: float = 100.0) -> str:
    m = entry.get(key)
    if not m:
        return "n/a"
    lo, hi = m["ci95"] or (float("nan"), float("nan"))
    return f"{m['value'] * scale:.1f} [{lo * scale:.0f}-{hi * scale:.0f}]"


def render_objectives(report: dict) -> str:
    """The report as a Markdown table: per language and method, each figure with its interval."""
    lines = [
        "Objectives on real passages, test split (percent, 95% bootstrap interval resampling pages)",
        "",
        "| language | method | passages | top-1 | top-3 | macro-F1 | pages | page top-1 "
        "| off-topic given an objective |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    methods = report["methods"]
    order = [m for m in METHODS if m in methods] + [m for m in methods if m not in METHODS]
    for lang in (*LANGUAGES, "all"):
        for name in order:
            e = methods[name].get(lang)
            if e is None:
                continue
            off = e.get("offtopic", {})
            lines.append(
                f"| {lang} | {name} | {e['passages']} | {_cell(e, 'top1')} | {_cell(e, 'top3')} "
                f"| {_cell(e, 'macro_f1')} | {e['pages']} | {_cell(e, 'page_top1')} "
                f"| {_cell(off, 'offtopic_given_objective')} of {off.get('paragraphs', 0)} |"
            )
    return "\n".join(lines)
