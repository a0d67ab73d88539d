"""The lexicon layer: every vocabulary file loads through its typed model, and a bad one fails at load
naming the file and the key."""

from __future__ import annotations

import copy

import pytest

from gcmextract.resources.lexicon import LexiconError, load_json, validate
from gcmextract.resources.vocabularies import MODELS, vocabulary


@pytest.mark.parametrize("package", sorted(MODELS))
def test_lexicon_shipped_vocabularies_validate(package: str) -> None:
    assert vocabulary(package) == load_json(package, "vocabulary.json")


def _broken(package: str) -> dict:
    return copy.deepcopy(load_json(package, "vocabulary.json"))


def test_lexicon_unknown_key_named() -> None:
    data = _broken("gcmextract.extractors.dates")
    data["year_min"] = 1900
    with pytest.raises(LexiconError, match=r"dates/vocabulary.json: year_min: Extra inputs"):
        validate(data, MODELS["gcmextract.extractors.dates"], "dates/vocabulary.json")


def test_lexicon_missing_key_named() -> None:
    data = _broken("gcmextract.extractors.amounts")
    del data["scales"]
    with pytest.raises(LexiconError, match=r"amounts/vocabulary.json: scales: Field required"):
        validate(data, MODELS["gcmextract.extractors.amounts"], "amounts/vocabulary.json")


def test_lexicon_invalid_regex_named() -> None:
    data = _broken("gcmextract.extractors.organizations")
    data["spelling_variants"]["organization"] = "organi[sz"
    with pytest.raises(LexiconError, match=r"spelling_variants.organization: .*invalid regex"):
        validate(
            data, MODELS["gcmextract.extractors.organizations"], "organizations/vocabulary.json"
        )


def test_lexicon_wrong_type_named() -> None:
    data = _broken("gcmextract.extractors.objective_refs")
    data["numbers_max"] = "twenty-three"
    with pytest.raises(LexiconError, match=r"numbers_max"):
        validate(data, MODELS["gcmextract.extractors.objective_refs"], "objective_refs")
