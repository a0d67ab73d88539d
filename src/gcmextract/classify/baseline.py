"""Keyword-matching baseline for objectives: an objective is assigned when its keywords occur often."""

from __future__ import annotations

import re
from functools import lru_cache

from gcmextract.classify.predict import load, mask_objective_refs

MIN_HITS = 2


@lru_cache(maxsize=1)
def _patterns() -> dict[int, re.Pattern[str]]:
    from gcmextract.classify.data import load_label_set

    data = load_label_set("objectives")
    return {
        int(label): re.compile(r"\b(?:" + "|".join(re.escape(k) for k in kws) + r")\b", re.I)
        for label, kws in data.keywords.items()
    }


def keyword_objectives(text: str, min_hits: int = MIN_HITS) -> list[int]:
    """Objectives whose keywords occur at least `min_hits` times in the (masked) text."""
    masked = mask_objective_refs(text)
    return sorted(n for n, pat in _patterns().items() if len(pat.findall(masked)) >= min_hits)


__all__ = ["keyword_objectives", "load"]
