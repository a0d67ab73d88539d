"""A body named by its country ("Government of Côte d'Ivoire") runs to the end of the country's
name, apostrophes, accents written or not and lower-case particles included."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from gcmextract.extractors.organizations.lexicon import alternation, vocab

_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'"})


def fold(text: str) -> str:
    """`text` in lower case without accents, apostrophes made straight, one character for one."""
    out = []
    for ch in text.translate(_APOSTROPHES):
        base = unicodedata.normalize("NFD", ch)[0]
        low = base.lower()
        out.append(low if len(low) == 1 else base)
    return "".join(out)


@lru_cache(maxsize=1)
def _countries() -> tuple[frozenset[str], tuple[int, ...]]:
    """Every country name folded, and their lengths, longest first."""
    from gcmextract.resources.country import country_names

    names = frozenset(fold(n) for n in country_names() if len(n) > 3)
    return names, tuple(sorted({len(n) for n in names}, reverse=True))


@lru_cache(maxsize=1)
def _body_of() -> re.Pattern[str]:
    """A government word and the preposition that names its country: "Government of the"."""
    words = alternation(vocab()["government_words"])
    return re.compile(
        rf"(?:{words})\s+(?:of|de|du|des|d['’])\s*(?:the\s+|la\s+|l['’])?", re.IGNORECASE
    )


def country_end(text: str, start: int, end: int) -> int:
    """The end of a body's name in `text[start:end]` when it names its country and that name runs
    past `end` ("Government of Cote" before "d'Ivoire"); `end` otherwise."""
    m = _body_of().match(text, start, end)
    if m is None or not text[m.start() : m.start() + 1].isupper():
        return end
    names, lengths = _countries()
    at = m.end()
    for n in lengths:
        stop = at + n
        if stop <= end or stop > len(text):
            continue
        if fold(text[at:stop]) in names and not text[stop : stop + 1].isalnum():
            return stop
    return end
