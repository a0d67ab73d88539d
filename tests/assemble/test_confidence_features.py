"""Features of an organisation mention for the confidence model: computed from the mention, its
document's organisations and text, as the extractors left them."""

from __future__ import annotations

import math

import pytest

from gcmextract.assemble import confidence
from gcmextract.assemble.confidence_features import FEATURES, DocumentContext, vector
from gcmextract.schema import Organization


def _at(text: str, name: str, **kw: object) -> Organization:
    start = text.index(name)
    return Organization(
        text=name, start=start, end=start + len(name), canonical=kw.pop("canonical", name), **kw
    )


def _ctx(text: str, *mentions: Organization) -> DocumentContext:
    return confidence.context_of("organizations", text, list(mentions))


def test_confidence_features_shape_and_position() -> None:
    text = "Annual report\nAVRR\nThe campaign “Telling the Real Story” reached Migrant Resource Centres."
    caps, quoted = _at(text, "AVRR"), _at(text, "Telling the Real Story")
    plural = _at(text, "Migrant Resource Centres")
    ctx = _ctx(text, caps, quoted, plural)
    names = ["caps_undefined", "quoted", "own_line", "last_word_plural", "log_words"]
    assert vector(names, caps, ctx) == [1.0, 0.0, 1.0, 0.0, 0.0]
    assert vector(names, quoted, ctx) == [0.0, 1.0, 0.0, 0.0, math.log(4)]
    assert vector(names, plural, ctx) == [0.0, 0.0, 0.0, 1.0, math.log(3)]


def test_confidence_features_defined_acronym_is_not_undefined_caps() -> None:
    text = "The Agence nationale de la statistique (ANSD) publishes. ANSD counts."
    long = _at(text, "Agence nationale de la statistique", acronym="ANSD", type="government")
    short = _at(text, "ANSD", canonical=long.canonical, acronym="ANSD", type="government")
    ctx = _ctx(text, long, short)
    names = ["caps_undefined", "acronym_defined", "head_word", "log_occurrences"]
    assert vector(names, short, ctx) == [0.0, 1.0, 1.0, math.log(2)]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("ministère de l'Intérieur", 1.0),  # lower-case head word in French
        ("Ministerio de Salud", 1.0),
        ("Recognised Seasonal Employers", 0.0),
    ],
)
def test_confidence_head_word_any_case(name: str, expected: float) -> None:
    m = _at(name, name)
    assert FEATURES["head_word"](m, _ctx(name, m)) == expected


def test_confidence_rule_features_follow_the_rules() -> None:
    text = "IOM and Hope Bridge Collective"
    iom = _at(text, "IOM", canonical="International Organization for Migration", acronym="IOM")
    hope = _at(text, "Hope Bridge Collective")
    ctx = _ctx(text, iom, hope)
    names = ["rule_gazetteer", "rule_acronym", "rule_typed", "rule_multiword"]
    assert vector(names, iom, ctx) == [1.0, 0.0, 0.0, 0.0]
    assert vector(names, hope, ctx) == [0.0, 0.0, 0.0, 1.0]


def test_confidence_rules_name_only_known_features() -> None:
    for names in confidence.model_features().values():
        assert names and set(names) <= set(FEATURES)
    for field, model in confidence.models().items():
        assert model["features"] == confidence.model_features()[field], "stale model"
