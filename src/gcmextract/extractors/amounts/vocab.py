"""The amount vocabulary as the parser reads it: the hand-kept entries of vocabulary.json, the
month names of the dates extractor, and every currency as the world writes it (generated data)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def vocab() -> dict[str, Any]:
    """The amount vocabulary (currencies, scales, number words, qualifiers...) from vocabulary.json."""
    from gcmextract.extractors.amounts import money_words
    from gcmextract.resources.vocabularies import vocabulary

    data = dict(vocabulary("gcmextract.extractors.amounts"))
    data["months"] = list(vocabulary("gcmextract.extractors.dates")["months"])  # one list of months
    # every currency as the world writes it (generated): after the hand-kept entries, which win
    data["world_before"] = money_words.symbols_before()
    data["world_after"] = money_words.symbols_after()
    data["world_words"] = money_words.words()
    data["world_weak"] = money_words.weak_words()
    # every ISO 4217 code in use (generated) besides the hand-kept ones
    data["codes"] = list(dict.fromkeys([*data["codes"], *money_words.data()["codes"]]))
    # plural demonyms ("Pakistanis", "Israelis") head a counted noun phrase whatever their ending
    data["demonym_plurals"] = demonym_plurals()
    return data


def demonym_plurals() -> frozenset[str]:
    """The plural demonyms of the states (resources/data/demonyms.json), in lower case."""
    from gcmextract.resources.lexicon import load_json

    forms = load_json("gcmextract.resources.data", "demonyms.json")["demonyms"].values()
    return frozenset(f.lower() for group in forms for f in group if f.endswith("s"))
