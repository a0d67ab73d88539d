"""Countries: names and ISO codes (data/countries.json), the submitting state detected from the text,
and the currency a bare `$` stands for."""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import lru_cache
from importlib import resources
from pathlib import Path

from gcmextract.errors import UsageError


@lru_cache(maxsize=1)
def _rows() -> list[dict]:
    return json.loads(
        resources.files("gcmextract.data").joinpath("countries.json").read_text("utf-8")
    )


@lru_cache(maxsize=1)
def _index() -> dict[str, dict]:
    index: dict[str, dict] = {}
    for row in _rows():
        for key in (row["alpha2"], row["alpha3"], row["name"], *row["names"]):
            index.setdefault(key.lower(), row)
    return index


@lru_cache(maxsize=1)
def _name_pattern() -> re.Pattern[str]:
    names = {
        n for r in _rows() for n in r["names"] if "," not in n and len(n) > 3 and n.upper() != n
    }
    alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])({alt})(?![\w-])")


def detect_country(text: str) -> str | None:
    """ISO alpha-3 of the submitting state: the country named most, counting the opening part thrice."""
    scores: Counter[str] = Counter()
    index = _index()
    for m in _name_pattern().finditer(text):
        row = index[m.group(1).lower()]
        weight = 3 if m.start() < 1500 else 1
        scores[row["alpha3"]] += weight
    if not scores:
        return None
    return scores.most_common(1)[0][0]


def country_name(iso3: str) -> str:
    """English short name of an ISO alpha-3 code (the code itself when unknown)."""
    row = _index().get(iso3.lower())
    return row["name"] if row else iso3


def currency_of(iso3: str | None) -> str | None:
    """ISO 4217 currency of a country (alpha-3), or None."""
    row = _index().get(iso3.lower()) if iso3 else None
    return row["currency"] if row else None


def resolve_country(value: str) -> str:
    """ISO alpha-3 for a country name, alpha-2 or alpha-3 (case-insensitive); UsageError if unknown."""
    row = _index().get(value.strip().lower())
    if row is None:
        raise UsageError(f"unknown country '{value}' (use a name or an ISO 3166 code)")
    return row["alpha3"]


def country_from_filename(path: str | Path) -> str | None:
    """ISO alpha-3 read from a file name such as CAN_76_2021.txt or mexico-2022-review.pdf."""
    stem = Path(path).stem
    index = _index()
    parts = [p for p in re.split(r"[_\-\s.]+", stem) if p]
    for part in parts:  # codes first: CAN_76_2021
        if len(part) == 3 and part.isupper() and part.lower() in index:
            return index[part.lower()]["alpha3"]
    spaced = " ".join(parts)
    m = _name_pattern().search(spaced.title()) or _name_pattern().search(spaced)
    if m:
        return index[m.group(1).lower()]["alpha3"]
    for part in parts:
        if part.lower() in index and len(part) > 3:
            return index[part.lower()]["alpha3"]
    return None


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Every English name of every country (for rejecting places as organisations)."""
    return frozenset(n for r in _rows() for n in r["names"] if "," not in n)
