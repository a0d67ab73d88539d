"""Agreement between two annotators' gold files of one document: span F1 (strict and lenient) and
attribute agreement per field, with every disagreement listed, to check a guideline before trusting it."""

from __future__ import annotations

from typing import Any

from gcmextract.evaluate.gold import GOLD_FIELDS, GoldSet
from gcmextract.evaluate.scorer import ATTRIBUTES, PRF, brief, match, same_attribute


def _f1(pairs: int, a: int, b: int) -> float:
    """Symmetric F1 of two annotations (1.0 when both are empty: they agree)."""
    if a == 0 and b == 0:
        return 1.0
    return PRF(tp=pairs, fp=b - pairs, fn=a - pairs).f1


def agree_field(field: str, a: list[dict[str, Any]], b: list[dict[str, Any]]) -> dict[str, Any]:
    """Agreement on one field; `optional` is compared as an attribute, not used to skip spans."""
    keys = (*ATTRIBUTES.get(field, ()), "optional")
    exact = match(a, b, strict=True)
    pairs = match(a, b, strict=False)
    attrs = {k: [0, 0] for k in keys}
    differ: list[dict[str, Any]] = []
    spans: list[dict[str, Any]] = []
    for i, j in pairs:
        if (a[i]["start"], a[i]["end"]) != (b[j]["start"], b[j]["end"]):
            spans.append({"a": brief(a[i], ()), "b": brief(b[j], ())})
        diff = {}
        for k in keys:
            attrs[k][1] += 1
            if same_attribute(k, a[i], b[j]):
                attrs[k][0] += 1
            else:
                diff[k] = {"a": a[i].get(k), "b": b[j].get(k)}
        if diff:
            differ.append({"text": a[i]["text"], "start": a[i]["start"], "attributes": diff})
    matched_a, matched_b = {i for i, _ in pairs}, {j for _, j in pairs}
    return {
        "a": len(a),
        "b": len(b),
        "strict_f1": round(_f1(len(exact), len(a), len(b)), 4),
        "lenient_f1": round(_f1(len(pairs), len(a), len(b)), 4),
        "attributes": {
            k: {"agree": c, "total": t, "agreement": round(c / t, 4) if t else None}
            for k, (c, t) in attrs.items()
        },
        "only_a": [brief(m, ()) for i, m in enumerate(a) if i not in matched_a],
        "only_b": [brief(m, ()) for j, m in enumerate(b) if j not in matched_b],
        "span_differs": spans,
        "attribute_differs": differ,
    }


def agree(a: GoldSet, b: GoldSet) -> dict[str, Any]:
    """Agreement per field between two gold sets of the same document."""
    if a.document.source != b.document.source:
        raise ValueError(
            f"the gold files label different documents ({a.document.source} vs {b.document.source})"
        )
    return {
        field: agree_field(
            field,
            [m.model_dump() for m in getattr(a, field)],
            [m.model_dump() for m in getattr(b, field)],
        )
        for field in GOLD_FIELDS
    }
