"""Span scoring against a gold set: strict and lenient P/R/F1 with one-to-one matching, `optional` gold
mentions ignored, attribute accuracy over lenient matches, and section-level objective scores."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "organizations": ("canonical",),
    "amounts": ("value", "currency", "kind", "qualifier"),
    "dates": ("value", "modifier"),
    "objective_refs": ("objectives",),
}


@dataclass
class PRF:
    """True/false positive and false negative counts (spaCy's PRFScore shape); 0/0 gives 0.0."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """tp / (tp + fp)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float]:
        """Counts and rounded scores as a JSON-ready dict."""
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


def scored(counts: dict[str, Any]) -> bool:
    """Whether a P/R/F1 dict has anything to score (no gold and no prediction: shown as n/a)."""
    return bool(counts["tp"] + counts["fp"] + counts["fn"])


@dataclass
class FieldScore:
    """Scores of one field."""

    gold: int = 0
    predicted: int = 0
    strict: PRF = field(default_factory=PRF)
    lenient: PRF = field(default_factory=PRF)
    attributes: dict[str, list[int]] = field(default_factory=dict)  # name -> [correct, total]
    misses: list[dict[str, Any]] = field(default_factory=list)
    spurious: list[dict[str, Any]] = field(default_factory=list)
    wrong: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self, detail: bool = False) -> dict[str, Any]:
        """Scores as a JSON-ready dict; `detail` adds the misses, spurious and wrong mentions."""
        out: dict[str, Any] = {
            "gold": self.gold,
            "predicted": self.predicted,
            "strict": self.strict.to_dict(),
            "lenient": self.lenient.to_dict(),
            "attributes": {
                k: {"correct": c, "total": t, "accuracy": round(c / t, 4) if t else None}
                for k, (c, t) in self.attributes.items()
            },
        }
        if detail:
            out.update(misses=self.misses, spurious=self.spurious, wrong=self.wrong)
        return out


def _get(m: Any, key: str) -> Any:
    return m.get(key) if isinstance(m, dict) else getattr(m, key, None)


def _overlap(a: Any, b: Any) -> int:
    return min(_get(a, "end"), _get(b, "end")) - max(_get(a, "start"), _get(b, "start"))


def match(gold: list[Any], pred: list[Any], strict: bool) -> list[tuple[int, int]]:
    """One-to-one matching of gold and predicted spans: exact pairs first, then by largest overlap."""
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            ov = _overlap(g, p)
            exact = _get(g, "start") == _get(p, "start") and _get(g, "end") == _get(p, "end")
            if exact or (not strict and ov > 0):
                pairs.append((0 if exact else 1, -ov, i, j))
    pairs.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, _, i, j in pairs:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            out.append((i, j))
    return out


def same_attribute(key: str, g: Any, p: Any) -> bool:
    """Whether gold and predicted mentions agree on attribute `key` (values within 1e-6)."""
    gv, pv = _get(g, key), _get(p, key)
    if key == "value" and isinstance(gv, (int, float)) and isinstance(pv, (int, float)):
        return abs(gv - pv) <= 1e-6 * max(1.0, abs(gv))
    if key == "canonical" and gv and pv:
        return " ".join(str(gv).lower().split()) == " ".join(str(pv).lower().split())
    return gv == pv


def brief(m: Any, keys: tuple[str, ...]) -> dict[str, Any]:
    """A mention's span and the attributes `keys`, for error listings."""
    return {
        "text": _get(m, "text"),
        "start": _get(m, "start"),
        "end": _get(m, "end"),
        **{k: _get(m, k) for k in keys},
    }


def _score_mode(
    gold: list[Any], pred: list[Any], strict: bool
) -> tuple[PRF, list[tuple[int, int]], set[int], set[int]]:
    """PRF where predictions matching optional gold mentions count neither way."""
    pairs = match(gold, pred, strict)
    prf = PRF()
    matched_g = {i for i, _ in pairs}
    matched_p = {j for _, j in pairs}
    for i, _j in pairs:
        if not _get(gold[i], "optional"):
            prf.tp += 1
    # predictions overlapping an optional gold mention are not punished
    optional_hits = {
        j for j, p in enumerate(pred) for g in gold if _get(g, "optional") and _overlap(g, p) > 0
    }
    for j in range(len(pred)):
        if j not in matched_p and j not in optional_hits:
            prf.fp += 1
    for i, g in enumerate(gold):
        if i not in matched_g and not _get(g, "optional"):
            prf.fn += 1
    return prf, pairs, matched_g, matched_p | optional_hits


def match_status(
    gold: list[Any], pred: list[Any], strict: bool
) -> tuple[tuple[int, int, int], list[bool | None]]:
    """(tp, fp, fn) and, per prediction, True (counted correct), False (counted spurious) or None
    (matched or overlapping an optional gold mention: counted neither way)."""
    prf, pairs, _, covered = _score_mode(gold, pred, strict)
    status: list[bool | None] = [False] * len(pred)
    for j in covered:
        status[j] = None
    for i, j in pairs:
        status[j] = None if _get(gold[i], "optional") else True
    return (prf.tp, prf.fp, prf.fn), status


def score_field(field_name: str, gold: list[Any], pred: list[Any]) -> FieldScore:
    """Strict and lenient scores and attribute accuracy for one field."""
    keys = ATTRIBUTES.get(field_name, ())
    score = FieldScore(gold=sum(1 for g in gold if not _get(g, "optional")), predicted=len(pred))
    score.strict, _, _, _ = _score_mode(gold, pred, strict=True)
    score.lenient, pairs, matched_g, covered_p = _score_mode(gold, pred, strict=False)
    score.attributes = {k: [0, 0] for k in keys}
    for i, j in pairs:
        if _get(gold[i], "optional"):
            continue
        wrong = {}
        for k in keys:
            score.attributes[k][1] += 1
            if same_attribute(k, gold[i], pred[j]):
                score.attributes[k][0] += 1
            else:
                wrong[k] = {"gold": _get(gold[i], k), "predicted": _get(pred[j], k)}
        if wrong:
            score.wrong.append(
                {"gold": brief(gold[i], ()), "predicted": brief(pred[j], ()), "attributes": wrong}
            )
    score.misses = [
        brief(g, keys) for i, g in enumerate(gold) if i not in matched_g and not _get(g, "optional")
    ]
    score.spurious = [brief(p, keys) for j, p in enumerate(pred) if j not in covered_p]
    return score


def _norm_heading(text: str) -> str:
    return " ".join(re.sub(r"[*_<>\\[\]()]|</?\w+>", " ", text).lower().split())


def score_sections(gold_sections: list[Any], predicted: dict[str, list[int]]) -> dict[str, Any]:
    """Micro-averaged P/R/F1 of objectives per gold section; `predicted` maps heading -> objectives."""
    prf = PRF()
    rows = []
    norm_pred = {_norm_heading(h): v for h, v in predicted.items()}
    for s in gold_sections:
        heading = _get(s, "heading")
        want = set(_get(s, "objectives"))
        got = set(norm_pred.get(_norm_heading(heading), []))
        prf.tp += len(want & got)
        prf.fp += len(got - want)
        prf.fn += len(want - got)
        rows.append({"heading": heading, "gold": sorted(want), "predicted": sorted(got)})
    return {**prf.to_dict(), "sections": rows}
