"""Counts whose noun is written once for a list ("Seven suspects were arrested in France, two in the
Netherlands and three in the UK"; "1 700 migrants aidés en 2015, 5 000 en 2016 et 16 000 en
2018"): after a count with its noun, the numbers of the same sentence that a comma or "and" joins
and a preposition follows count the same noun."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

# how far after a count its list of gapped numbers is looked for: the scan stays linear
WINDOW = 300
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")


@lru_cache(maxsize=8)
def item_pattern(number: str, joiners: str, prepositions: str) -> re.Pattern[str]:
    """One gapped item: a comma or a joiner, a number, an optional comma, then a preposition."""
    joiner = rf"(?:\s*[,;]\s*(?:(?:{joiners})\s+)?|\s+(?:{joiners})\s+)"
    return re.compile(
        rf"{joiner}(?P<num>{number})(?![\w%]|[.,]\d),?(?=[ \t\u00a0]+(?:{prepositions})\b)"
    )


def items(text: str, end: int, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """The gapped items after position `end` up to the end of its sentence."""
    stop = _SENTENCE_END.search(text, end, end + WINDOW)
    yield from pattern.finditer(text, end, stop.start() if stop else min(len(text), end + WINDOW))
