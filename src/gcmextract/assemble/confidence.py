"""Confidence per mention, in [0, 1]: the precision, estimated on gold sets, of its rule path.

A mention's rule path is the first rule of its field that holds (`confidence_rules.json`, each rule
naming a predicate below), refined by some of its attributes (organisations by language, amounts
by kind and currency source, dates by kind). `confidence.json` holds each path's precision as
estimated from the gold sets by `scripts/calibrate_confidence.py` (held out by document, smoothed
towards the parent path); a mention gets the value of its most specific path that has one, 0.5
when its rule has none.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from importlib import resources
from typing import Any

from gcmextract.schema import Mention, Organization

Predicate = Callable[[Any], bool]

_ACRONYM = re.compile(r"^[A-Z][A-Za-z&\-]*[A-Z]$")
SEP = "|"
DEFAULT = 0.5


@cache
def _known() -> frozenset[str]:
    """Name keys of every gazetteer organisation: canonical names, aliases and their Spanish and
    French names (gazetteer_translations.json), so a name scores the same in any of the three."""
    from gcmextract.extractors.organizations.lexicon import gazetteer, name_key

    names, _ = gazetteer()
    return frozenset(names) | frozenset(name_key(entry[0]) for entry in names.values())


def _is_gazetteer(m: Organization) -> bool:
    from gcmextract.extractors.organizations.lexicon import name_key

    return name_key(m.canonical) in _known()


PREDICATES: dict[str, Predicate] = {
    "any": lambda m: True,
    "gazetteer": _is_gazetteer,
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


def assign(fields: Mapping[str, Iterable[Mention]]) -> None:
    """Set `confidence` on every mention of every field, in place."""
    for field, mentions in fields.items():
        for m in mentions:
            m.confidence = confidence_of(field, m)
