"""Spanish and French demonyms in every form, and what they say of the speaking state."""

from __future__ import annotations

import re
from functools import lru_cache

from gcmextract.resources.lexicon import load_json

_DATA = "gcmextract.resources.data"


def inflected(word: str, language: str) -> list[str]:
    """`word` (a masculine singular demonym) with its feminine and plural forms, by the first of
    the language's demonym_endings that ends it (mexicano: mexicana, mexicanos, mexicanas)."""
    for ending, replacements in load_json(_DATA, "speaker_cues.json")["demonym_endings"][language]:
        if word.endswith(ending):
            stem = word[: len(word) - len(ending)]
            return [word, *(stem + r for r in replacements)]
    return [word]


@lru_cache(maxsize=1)
def _states() -> dict[str, list[str]]:
    """Every form of every Spanish and French demonym (lower case) and its states."""
    states: dict[str, list[str]] = {}
    for language, rows in load_json(_DATA, "demonyms_es_fr.json")["demonyms"].items():
        for iso3, words in rows.items():
            for form in {f for w in words for f in inflected(w, language)}:
                if iso3 not in states.setdefault(form.lower(), []):
                    states[form.lower()].append(iso3)
    return states


def _alternation(phrases: list[str]) -> str:
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A national institution followed by a demonym (el Gobierno mexicano, les autorités
    sénégalaises), the speaker's people named by one (nuestro pueblo dominicano), and an attack or
    occupation ascribed to a people (la ocupación israelí, l'agression russe)."""
    cues = load_json(_DATA, "speaker_cues.json")
    forms = _alternation(list(_states()))
    articles = _alternation(cues["articles"] + ["los", "las", "les", "del", "du", "des", "de l'"])
    institution = _alternation(cues["institution_before_es_fr"])
    own = _alternation(cues["demonym_before_es_fr"])
    accused = _alternation(cues["accused_before_demonym_es_fr"])
    return (
        re.compile(rf"(?:^|\W)(?:{articles})\s*(?:{institution})\s+({forms})(?![\w-])", re.I),
        re.compile(rf"(?:^|\W)(?:{own})\s+({forms})(?![\w-])", re.I),
        re.compile(rf"(?:^|\W)(?:{accused})\s+({forms})(?![\w-])", re.I),
    )


def _counted(
    pattern: re.Pattern[str], text: str, weight: float, only_one: bool = False
) -> dict[str, float]:
    """`weight` per state for each match of `pattern`'s demonym (given `only_one`, only for a
    demonym of one state)."""
    out: dict[str, float] = {}
    for m in pattern.finditer(text):
        iso3s = _states()[m.group(1).lower()]
        for iso3 in iso3s if len(iso3s) == 1 or not only_one else []:
            out[iso3] = out.get(iso3, 0.0) + weight
    return out


def institutions_named(text: str, weight: float) -> dict[str, float]:
    """`weight` per state for each national institution named by a Spanish or French demonym (el
    Gobierno mexicano, l'État sénégalais): a mention of that state."""
    return _counted(_patterns()[0], text, weight)


def own_people(text: str, weight: float) -> dict[str, float]:
    """`weight` per state for each time the speaker names its own people by a Spanish or French
    demonym (nuestro pueblo dominicano, nosotros, los peruanos; nous, Sénégalais)."""
    return _counted(_patterns()[1], text, weight)


def accused(text: str, weight: float) -> dict[str, float]:
    """`weight` per state for each attack or occupation ascribed to its people by a Spanish or
    French demonym of that state alone (la ocupación israelí, l'agression russe)."""
    return _counted(_patterns()[2], text, weight, only_one=True)
