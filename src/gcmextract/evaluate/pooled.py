"""Pooled evaluation over many gold documents: micro P/R/F1 per field with a bootstrap interval over
documents, and precision by confidence band (does the confidence number mean something?)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from gcmextract.evaluate.gold import GOLD_FIELDS, GoldSet
from gcmextract.evaluate.scorer import PRF, match_status, scored
from gcmextract.schema import Extraction

BANDS: tuple[tuple[float, float], ...] = ((0.0, 0.6), (0.6, 0.8), (0.8, 0.9), (0.9, 1.0001))
RESAMPLES = 1000
SEED = 0


@dataclass
class DocCounts:
    """Per-field strict and lenient counts of one document, and per-prediction outcomes."""

    name: str
    strict: dict[str, PRF]
    lenient: dict[str, PRF]
    outcomes: list[
        tuple[str, float | None, bool | None]
    ]  # field, confidence, correct (None: ignored)


def _prf(tp: int, fp: int, fn: int) -> PRF:
    return PRF(tp=tp, fp=fp, fn=fn)


def mentions_of(extraction: Extraction) -> dict[str, list[dict[str, Any]]]:
    """An extraction's mentions per gold field, as plain dicts."""
    return {f: [m.model_dump() for m in getattr(extraction, f)] for f in GOLD_FIELDS}


def count_document(
    name: str, gold: GoldSet, predicted: dict[str, list[dict[str, Any]]]
) -> DocCounts:
    """Counts of one document (the same matching as `gcmextract eval` on one file)."""
    strict: dict[str, PRF] = {}
    lenient: dict[str, PRF] = {}
    outcomes: list[tuple[str, float | None, bool | None]] = []
    for field in GOLD_FIELDS:
        g = [x.model_dump() for x in getattr(gold, field)]
        p = predicted.get(field, [])
        strict[field] = _prf(*match_status(g, p, strict=True)[0])
        counts, status = match_status(g, p, strict=False)
        lenient[field] = _prf(*counts)
        outcomes += [(field, p[j].get("confidence"), ok) for j, ok in enumerate(status)]
    return DocCounts(name, strict, lenient, outcomes)


def _micro(docs: Sequence[DocCounts], field: str, mode: str) -> PRF:
    total = PRF()
    for d in docs:
        s = getattr(d, mode)[field]
        total.tp, total.fp, total.fn = total.tp + s.tp, total.fp + s.fp, total.fn + s.fn
    return total


def bootstrap_f1(
    docs: Sequence[DocCounts], field: str, mode: str, resamples: int = RESAMPLES, seed: int = SEED
) -> tuple[float, float] | None:
    """95% percentile interval of the micro F1, resampling documents with replacement; resamples
    with nothing to score (no gold and no prediction of the field) are left out, and an empty
    interval is None."""
    rng = random.Random(seed)
    values = []
    for _ in range(resamples):
        prf = _micro([rng.choice(docs) for _ in docs], field, mode) if docs else PRF()
        if prf.tp + prf.fp + prf.fn:
            values.append(prf.f1)
    if not values:
        return None
    values.sort()
    lo = values[int(0.025 * (len(values) - 1))]
    hi = values[int(round(0.975 * (len(values) - 1)))]
    return (round(lo, 4), round(hi, 4))


def bands(docs: Sequence[DocCounts], field: str | None = None) -> list[dict[str, Any]]:
    """Precision of the predictions in each confidence band (all fields unless `field`)."""
    rows = []
    for lo, hi in BANDS:
        tp = fp = 0
        for d in docs:
            for f, conf, ok in d.outcomes:
                if (field and f != field) or conf is None or ok is None or not lo <= conf < hi:
                    continue
                tp, fp = tp + ok, fp + (not ok)
        n = tp + fp
        rows.append(
            {
                "band": f"{lo:.1f}-{min(hi, 1.0):.1f}",
                "predictions": n,
                "correct": tp,
                "precision": round(tp / n, 4) if n else None,
            }
        )
    return rows


def pool(docs: Sequence[DocCounts], baseline: Sequence[DocCounts] = ()) -> dict[str, Any]:
    """The pooled report: per document rows, micro scores with intervals, bands, baseline."""
    report: dict[str, Any] = {
        "documents": [
            {
                "name": d.name,
                "fields": {
                    f: d.lenient[f].to_dict()
                    if d.lenient[f].tp + d.lenient[f].fp + d.lenient[f].fn
                    else None
                    for f in GOLD_FIELDS
                },
            }
            for d in docs
        ],
        "pooled": {},
        "confidence_bands": {"all": bands(docs), **{f: bands(docs, f) for f in GOLD_FIELDS}},
    }
    for field in GOLD_FIELDS:
        report["pooled"][field] = {
            mode: {
                **_micro(docs, field, mode).to_dict(),
                "f1_ci95": bootstrap_f1(docs, field, mode),
            }
            for mode in ("strict", "lenient")
        }
    if baseline:
        report["baseline"] = {
            field: {
                mode: {
                    **_micro(baseline, field, mode).to_dict(),
                    "f1_ci95": bootstrap_f1(baseline, field, mode),
                }
                for mode in ("strict", "lenient")
            }
            for field in GOLD_FIELDS
        }
    return report


def _scores(docs: Sequence[DocCounts]) -> dict[str, Any]:
    """Micro strict and lenient scores per field with bootstrap intervals over `docs`."""
    return {
        field: {
            mode: {
                **_micro(docs, field, mode).to_dict(),
                "f1_ci95": bootstrap_f1(docs, field, mode),
            }
            for mode in ("strict", "lenient")
        }
        for field in GOLD_FIELDS
    }


def by_language(
    docs: Sequence[DocCounts], groups: Sequence[tuple[str | None, str | None]]
) -> dict[str, dict[str, Any]]:
    """Pooled scores per document language and split ("dev", "test", or "all" when the gold file
    names none); `groups` holds each document's (language, split) in the order of `docs`."""
    keyed: dict[tuple[str, str], list[DocCounts]] = {}
    for d, (language, split) in zip(docs, groups, strict=True):
        keyed.setdefault((language or "?", split or "all"), []).append(d)
    out: dict[str, dict[str, Any]] = {}
    for (language, split), members in sorted(keyed.items()):
        out.setdefault(language, {})[split] = {
            "documents": len(members),
            "fields": _scores(members),
        }
    return out


def pooled_below(report: dict[str, Any], min_f1: float) -> list[str]:
    """Fields whose pooled lenient F1 is below `min_f1`; a field with nothing to score is left out."""
    return [
        f
        for f, s in report["pooled"].items()
        if scored(s["lenient"]) and s["lenient"]["f1"] < min_f1
    ]


def _detail(name: str, gold: GoldSet, predicted: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    from gcmextract.evaluate.scorer import score_field

    out: dict[str, Any] = {}
    for field in GOLD_FIELDS:
        s = score_field(field, [g.model_dump() for g in getattr(gold, field)], predicted[field])
        out[field] = {
            "misses": [{"document": name, **m} for m in s.misses],
            "spurious": [{"document": name, **m} for m in s.spurious],
            "wrong attributes": [{"document": name, **m} for m in s.wrong],
        }
    return out


def evaluate_documents(
    items: Sequence[tuple[str, GoldSet, Extraction, str]],
    baseline: bool = False,
    detail: bool = False,
) -> dict[str, Any]:
    """Score (name, gold, extraction, clean text) items and pool them; `detail` groups misses,
    spurious mentions and wrong attributes by field and kind across documents."""
    docs = [count_document(n, g, mentions_of(e)) for n, g, e, _ in items]
    base: list[DocCounts] = []
    if baseline:
        from gcmextract.evaluate.baseline import spacy_baseline

        base = [count_document(n, g, spacy_baseline(text)) for n, g, _, text in items]
    report = pool(docs, base)
    groups = [(g.document.language, g.document.split) for _, g, _, _ in items]
    report["by_language"] = by_language(docs, groups)
    if detail:
        grouped: dict[str, dict[str, list[Any]]] = {}
        for n, g, e, _ in items:
            for field, kinds in _detail(n, g, mentions_of(e)).items():
                for kind, entries in kinds.items():
                    grouped.setdefault(field, {}).setdefault(kind, []).extend(entries)
        report["detail"] = grouped
    return report
