"""Agreement between two labelling passes over the primary objective ("none" counts as a label):
top-1 agreement and Cohen's kappa, overall and per language."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from gcmextract.classify.real import REAL_DIR, parse_labels


def cohen_kappa(a: list[object], b: list[object]) -> float:
    """Cohen's kappa of two equally long label sequences (1.0 when both are constant and equal)."""
    n = len(a)
    if n == 0:
        raise ValueError("no paired labels")
    observed = sum(x == y for x, y in zip(a, b, strict=True)) / n
    ca, cb = Counter(a), Counter(b)
    expected = sum(ca[k] * cb[k] for k in ca) / (n * n)
    return 1.0 if expected == 1 else (observed - expected) / (1 - expected)


def _pair_scores(a: list[object], b: list[object]) -> dict:
    agree = sum(x == y for x, y in zip(a, b, strict=True))
    return {
        "passages": len(a),
        "top1_agreement": round(agree / len(a), 4),
        "kappa": round(cohen_kappa(a, b), 4),
    }


def agreement(
    first: Path = REAL_DIR / "labels.jsonl", second: Path = REAL_DIR / "labels-second.jsonl"
) -> dict:
    """Top-1 agreement and kappa of the primary label between two label files, on the passages both
    label; overall and per language (the id's prefix), plus how often one pass's primary is among the
    other's objectives."""
    one, two = parse_labels(first), parse_labels(second)
    ids = [i for i in two if i in one]
    if not ids:
        raise ValueError(f"{second}: no passage in common with {first}")
    out = {"all": _pair_scores([one[i][0] for i in ids], [two[i][0] for i in ids])}
    for lang in sorted({i.split("/", 1)[0] for i in ids}):
        own = [i for i in ids if i.startswith(f"{lang}/")]
        out[lang] = _pair_scores([one[i][0] for i in own], [two[i][0] for i in own])
    either = sum(
        two[i][0] in (one[i][0], *one[i][1]) or one[i][0] in (two[i][0], *two[i][1]) for i in ids
    )
    out["all"]["primary_among_other_pass_objectives"] = round(either / len(ids), 4)
    same = sum(set(one[i][1]) == set(two[i][1]) for i in ids)
    out["all"]["same_further_objectives"] = round(same / len(ids), 4)
    return out
