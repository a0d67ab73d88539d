"""Document-level facts: language (fastText language ID) and the reporting period when stated."""

from __future__ import annotations

import re
from functools import lru_cache

from gcmextract.resources.lexicon import load_json
from gcmextract.schema import DateMention


@lru_cache(maxsize=1)
def _period_cue() -> re.Pattern[str]:
    data = load_json("gcmextract.resources.data", "period_cues.json")
    return re.compile(rf"(?:{'|'.join(data['cues'])})[^.\n]{{0,40}}$", re.I)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the language of most of `text` (see gcmextract.nlp.language)."""
    from gcmextract.nlp.language import main_language, shares

    return main_language(shares([text]))


def detect_period(text: str, dates: list[DateMention]) -> str | None:
    """The reporting period: the first date range introduced by a cue such as "cover the period"."""
    for d in dates:
        if d.kind == "range" and _period_cue().search(text[max(0, d.start - 80) : d.start]):
            return d.value
    return None
