"""Confidence per mention, in [0, 1]: its precision as estimated on gold sets.

A mention's rule path is the first rule of its field that holds (`confidence_rules.json`, each rule
naming a predicate below), refined by some of its attributes (organisations by language, amounts
by kind and currency source, dates by kind). `confidence.json` holds each path's precision as
estimated from the gold sets by `scripts/calibrate_confidence.py` (smoothed towards the parent
path); a mention gets the value of its most specific path that has one, 0.5 when its rule has none.
A field with a model in `confidence_model.json` (organisations) gets instead a calibrated logistic
model of the mention's features (`confidence_features.py`), fitted by the same script.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache
from importlib import resources
from typing import Any

from gcmextract.assemble.confidence_features import DocumentContext, is_gazetteer, vector
from gcmextract.schema import Mention, Organization

Predicate = Callable[[Any], bool]

_ACRONYM = re.compile(r"^[A-Z][A-Za-z&\-]*[A-Z]$")
SEP = "|"
DEFAULT = 0.5
DIGITS = 2  # confidence is stated to two decimals


PREDICATES: dict[str, Predicate] = {
    "any": lambda m: True,
    "gazetteer": is_gazetteer,
    "acronym": lambda m: bool(m.acronym),
    "typed": lambda m: m.type != "other",
    "multiword": lambda m: len(m.text.split()) > 1 or bool(_ACRONYM.match(m.text)),
    "money_explicit": lambda m: m.kind == "money" and not m.currency_inferred,
    "money_inferred": lambda m: m.kind == "money",
    "percent": lambda m: m.kind == "percent",
    "count_digits": lambda m: m.kind == "count" and any(c.isdigit() for c in m.text),
    "day": lambda m: m.kind == "date" and len(m.value) == 10,
    "month": lambda m: m.kind == "date" and len(m.value) == 7,
    "range": lambda m: m.kind == "range",
    "modified_year": lambda m: bool(m.modifier),
}


def _read(name: str) -> dict[str, Any]:
    """A JSON file beside this module."""
    text = resources.files(__package__ or "gcmextract").joinpath(name).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@cache
def rule_paths() -> dict[str, tuple[list[str], list[str]]]:
    """Per field, (its rules in order, the attributes that split a rule's path), validated."""
    out: dict[str, tuple[list[str], list[str]]] = {}
    for field, spec in _read("confidence_rules.json").items():
        if field.startswith("_"):
            continue
        names = [item["when"] for item in spec["rules"]]
        unknown = [n for n in names if n not in PREDICATES]
        if unknown:
            raise ValueError(f"confidence_rules.json: {field}: unknown rule {unknown[0]!r}")
        out[field] = (names, list(spec.get("split_by", [])))
    return out


@cache
def feature_notes() -> dict[str, dict[str, str]]:
    """Per field that has a confidence model, {feature: why} in the model's order
    (`confidence_rules.json`), validated against the feature functions."""
    from gcmextract.assemble.confidence_features import FEATURES

    out: dict[str, dict[str, str]] = {}
    for field, spec in _read("confidence_rules.json").items():
        if field.startswith("_") or "features" not in spec:
            continue
        notes = {item["name"]: item["why"] for item in spec["features"]}
        unknown = [n for n in notes if n not in FEATURES]
        if unknown:
            raise ValueError(f"confidence_rules.json: {field}: unknown feature {unknown[0]!r}")
        out[field] = notes
    return out


def model_features() -> dict[str, list[str]]:
    """Per field that has a confidence model, the features it reads, in order."""
    return {field: list(notes) for field, notes in feature_notes().items()}


@cache
def values() -> dict[str, dict[str, float]]:
    """The estimated precision of each rule path per field (`confidence.json`), validated."""
    out: dict[str, dict[str, float]] = {}
    for field, paths in _read("confidence.json").items():
        if field.startswith("_"):
            continue
        for path, value in paths.items():
            if not 0.0 <= float(value) <= 1.0:
                raise ValueError(f"confidence.json: {field}: {path}: {value} outside [0, 1]")
        out[field] = {path: float(value) for path, value in paths.items()}
    return out


def rule_of(field: str, mention: Mention) -> str:
    """The name of the first rule of `field` that holds for `mention` ("none" if none does)."""
    names, _ = rule_paths().get(field, ([], []))
    return next((n for n in names if PREDICATES[n](mention)), "none")


def _attribute(mention: Mention, name: str) -> str:
    """A mention attribute as a path step: its value cut at ':' ("none" when unset)."""
    value = getattr(mention, name, None)
    return "none" if value is None else str(value).split(":")[0].strip() or "none"


def path_of(field: str, mention: Mention) -> list[str]:
    """The rule path of `mention`, general to specific: rule, rule|a, rule|a|b, ..."""
    _, split_by = rule_paths().get(field, ([], []))
    steps = [rule_of(field, mention)] + [_attribute(mention, a) for a in split_by]
    return [SEP.join(steps[: i + 1]) for i in range(len(steps))]


def confidence_of(field: str, mention: Mention) -> float:
    """The value of the most specific rule path of `mention` that has one; 0.5 when even its rule
    has none (a rule the gold sets never saw: nothing is known of its precision)."""
    known = values().get(field, {})
    return next((known[p] for p in reversed(path_of(field, mention)) if p in known), DEFAULT)


@cache
def models() -> dict[str, dict[str, Any]]:
    """The fitted model of each field that has one (`confidence_model.json`), validated."""
    out: dict[str, dict[str, Any]] = {}
    for field, model in _read("confidence_model.json").items():
        if field.startswith("_"):
            continue
        from gcmextract.assemble.confidence_features import FEATURES

        unknown = [n for n in model["features"] if n not in FEATURES]
        if unknown or len(model["features"]) != len(model["coef"]) or len(model["platt"]) != 2:
            raise ValueError(f"confidence_model.json: {field}: features and coefficients differ")
        out[field] = model
    return out


def model_confidence(model: Mapping[str, Any], features: Iterable[float]) -> float:
    """The calibrated probability a `model` (logistic score, then Platt's sigmoid over it, capped
    at its ceiling) gives a mention with `features`, rounded to DIGITS decimals."""
    score = model["intercept"] + sum(c * x for c, x in zip(model["coef"], features, strict=True))
    a, b = model["platt"]
    z = a * score + b
    p = 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))
    return round(min(p, model["ceiling"]), DIGITS)


def context_of(field: str, text: str, mentions: Sequence[Mention]) -> DocumentContext:
    """The document context the features of `field`'s `mentions` read."""
    orgs = [m for m in mentions if isinstance(m, Organization)]
    return DocumentContext.of(text, orgs, lambda m: rule_of(field, m))


def features_of(field: str, mention: Mention, ctx: DocumentContext) -> list[float]:
    """The feature vector of `mention` for `field`'s model, in the model's order."""
    assert isinstance(mention, Organization), field
    names: list[str] = models()[field]["features"]
    return vector(names, mention, ctx)


def assign(fields: Mapping[str, Sequence[Mention]], text: str = "") -> None:
    """Set `confidence` on every mention of every field, in place; `text` is the document text the
    mentions' offsets point into (read by the models' features)."""
    for field, mentions in fields.items():
        model = models().get(field)
        if model is None:
            for m in mentions:
                m.confidence = confidence_of(field, m)
            continue
        ctx = context_of(field, text, mentions)
        for m in mentions:
            m.confidence = model_confidence(model, features_of(field, m, ctx))
