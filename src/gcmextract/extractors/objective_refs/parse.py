"""Find explicit references to GCM objectives by number ("Objectives: 1, 5, 7", "objectivos 2 a 4")."""

from __future__ import annotations

import re
from functools import lru_cache

from gcmextract.schema import ObjectiveRef


@lru_cache(maxsize=1)
def _vocab() -> dict:
    """The objective-reference vocabulary, validated."""
    from gcmextract.resources.vocabularies import vocabulary

    return vocabulary("gcmextract.extractors.objective_refs")


@lru_cache(maxsize=1)
def pattern() -> re.Pattern[str]:
    """One regex for an objective word followed by a list of numbers and ranges."""
    v = _vocab()
    word = "|".join(v["objective_words"])
    rng = "|".join(re.escape(w) for w in v["range_words"])
    conj = "|".join(re.escape(w) for w in v["list_words"])
    num = r"\d{1,2}(?![\d.,]?\d)"  # not part of a longer number or a decimal ("10.7")
    item = rf"{num}(?:\s*(?:[-–—]|(?:{rng})\b)\s*{num})?"
    sep = rf"(?:\s*[,;/]\s*(?:(?:{conj})\s+)?|\s+(?:{conj})\s+|\s*&\s*)"
    return re.compile(
        rf"\b(?:{word})(?:\s*(?:no\.|n[°º]|#))?\s*:?\s*(?P<list>{item}(?:{sep}{item})*)",
        re.IGNORECASE,
    )


def parse_numbers(listing: str) -> list[int]:
    """Sorted unique objective numbers (1..max) named by a list such as "1, 5 to 7 and 23"."""
    v = _vocab()
    rng = "|".join(re.escape(w) for w in v["range_words"])
    out: set[int] = set()
    for m in re.finditer(rf"(\d{{1,2}})(?:\s*(?:[-–—]|(?:{rng})\b)\s*(\d{{1,2}}))?", listing):
        a = int(m.group(1))
        b = int(m.group(2)) if m.group(2) else a
        if a <= b:
            out.update(range(a, b + 1))
    return sorted(n for n in out if 1 <= n <= v["numbers_max"])


def find_objective_refs(text: str) -> list[ObjectiveRef]:
    """All explicit objective references in `text`, span from the objective word to the last number."""
    refs = []
    for m in pattern().finditer(text):
        numbers = parse_numbers(m.group("list"))
        if not numbers:
            continue
        end = m.end()
        refs.append(
            ObjectiveRef(text=text[m.start() : end], start=m.start(), end=end, objectives=numbers)
        )
    return refs
