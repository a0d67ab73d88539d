"""Confidence per mention, in [0, 1]: the prior of the rule that produced it and how it was confirmed.

The rules and their values live in `confidence.json`; each rule names a predicate below. Reviewers see
the doubtful mentions first (Label Studio tasks, the report), and `gcmextract eval` shows precision by
confidence band so the number can be checked against gold sets.
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


@cache
def rules() -> dict[str, list[tuple[str, float]]]:
    """The rules of `confidence.json` per field, validated: known predicates, values in [0, 1]."""
    raw = json.loads(
        resources.files(__package__ or "gcmextract")
        .joinpath("confidence.json")
        .read_text(encoding="utf-8")
    )
    out: dict[str, list[tuple[str, float]]] = {}
    for field, items in raw.items():
        if field.startswith("_"):
            continue
        out[field] = []
        for item in items:
            when, value = item["when"], float(item["confidence"])
            if when not in PREDICATES:
                raise ValueError(f"confidence.json: {field}: unknown rule {when!r}")
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"confidence.json: {field}: {when}: {value} outside [0, 1]")
            out[field].append((when, value))
    return out


def rule_of(field: str, mention: Mention) -> str:
    """The name of the first rule of `field` that holds for `mention` ("none" if none does)."""
    for when, _ in rules().get(field, []):
        if PREDICATES[when](mention):
            return when
    return "none"


def confidence_of(field: str, mention: Mention) -> float:
    """The confidence of the first rule of `field` that holds for `mention` (0.5 if none)."""
    for when, value in rules().get(field, []):
        if PREDICATES[when](mention):
            return value
    return 0.5


def assign(fields: Mapping[str, Iterable[Mention]]) -> None:
    """Set `confidence` on every mention of every field, in place."""
    for field, mentions in fields.items():
        for m in mentions:
            m.confidence = confidence_of(field, m)
