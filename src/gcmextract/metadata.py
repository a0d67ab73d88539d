"""Document-level facts: language (stopword profile) and the reporting period when the text states it."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from gcmextract.lexicon import load_json
from gcmextract.schema import DateMention


@lru_cache(maxsize=1)
def _period_cue() -> re.Pattern[str]:
    data = load_json("gcmextract.data", "period_cues.json")
    return re.compile(rf"(?:{'|'.join(data['cues'])})[^.\n]{{0,40}}$", re.I)


@lru_cache(maxsize=1)
def _stopwords() -> dict[str, set[str]]:
    data = load_json("gcmextract.data", "languages.json")
    return {lang: set(words) for lang, words in data.items()}


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the language whose stopwords are most frequent (first 20,000 characters)."""
    words = Counter(re.findall(r"[a-zà-ÿ]+", text[:20000].lower()))
    scores = {lang: sum(words[w] for w in sw) for lang, sw in _stopwords().items()}
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] > 0 else None


def detect_period(text: str, dates: list[DateMention]) -> str | None:
    """The reporting period: the first date range introduced by a cue such as "cover the period"."""
    for d in dates:
        if d.kind == "range" and _period_cue().search(text[max(0, d.start - 80) : d.start]):
            return d.value
    return None
