"""Confidence per mention: each rule of confidence.json, first match wins, values validated."""

from __future__ import annotations

import pytest

from gcmextract.assemble import confidence
from gcmextract.schema import Amount, DateMention, ObjectiveRef, Organization


def _org(text: str, canonical: str | None = None, **kw: object) -> Organization:
    return Organization(text=text, start=0, end=len(text), canonical=canonical or text, **kw)


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        (_org("IOM", "International Organization for Migration", acronym="IOM", type="igo"), 0.95),
        (_org("MLSP", "Ministry of Labour and Social Protection", acronym="MLSP"), 0.85),
        (_org("Ministry of Interior of Chad", type="government"), 0.75),
        (_org("Hope Bridge Collective"), 0.55),
        (_org("Wellspring"), 0.4),
    ],
)
def test_confidence_organizations(mention: Organization, expected: float) -> None:
    assert confidence.confidence_of("organizations", mention) == expected


@pytest.mark.parametrize(
    ("english", "other"),
    [
        (
            "International Organization for Migration",
            "Organisation internationale pour les migrations",
        ),
        (
            "United Nations High Commissioner for Refugees",
            "Alto Comisionado de las Naciones Unidas para los Refugiados",
        ),
        (
            "West African Economic and Monetary Union",
            "Union économique et monétaire ouest-africaine",
        ),
        ("Ibero-American General Secretariat", "Secretaría General Iberoamericana"),
    ],
)
def test_confidence_gazetteer_names_in_any_language(english: str, other: str) -> None:
    """A gazetteer organisation scores the same under its English, Spanish or French name (the
    last two come from the translations file only)."""
    scores = {
        confidence.confidence_of("organizations", _org(name, type="igo"))
        for name in (english, other)
    }
    assert scores == {0.95}


def test_confidence_unlisted_spanish_ministry_is_not_gazetteer() -> None:
    mention = _org("Ministerio de Cultura y Deportes", type="government")
    assert confidence.confidence_of("organizations", mention) == 0.75


@pytest.mark.parametrize(
    ("kw", "expected"),
    [
        ({"text": "EUR 3.5 million", "kind": "money", "value": 3.5e6, "currency": "EUR"}, 0.95),
        (
            {
                "text": "$2m",
                "kind": "money",
                "value": 2e6,
                "currency": "USD",
                "currency_inferred": True,
            },
            0.8,
        ),
        ({"text": "12%", "kind": "percent", "value": 12.0}, 0.9),
        ({"text": "250", "kind": "count", "value": 250.0}, 0.7),
        ({"text": "eighteen", "kind": "count", "value": 18.0}, 0.5),
    ],
)
def test_confidence_amounts(kw: dict, expected: float) -> None:
    mention = Amount(start=0, end=len(kw["text"]), **kw)
    assert confidence.confidence_of("amounts", mention) == expected


@pytest.mark.parametrize(
    ("value", "kind", "modifier", "expected"),
    [
        ("2022-03-15", "date", None, 0.95),
        ("2022-03", "date", None, 0.9),
        ("2022-03/2022-05", "range", None, 0.85),
        ("2019", "date", "since", 0.8),
        ("2030", "date", None, 0.7),
    ],
)
def test_confidence_dates(value: str, kind: str, modifier: str | None, expected: float) -> None:
    mention = DateMention(
        text=value, start=0, end=len(value), kind=kind, value=value, modifier=modifier
    )
    assert confidence.confidence_of("dates", mention) == expected


def test_confidence_assign_sets_every_mention() -> None:
    ref = ObjectiveRef(text="objectives 2 to 4", start=0, end=17, objectives=[2, 3, 4])
    org = _org("Wellspring")
    confidence.assign({"objective_refs": [ref], "organizations": [org]})
    assert ref.confidence == 0.95 and org.confidence == 0.4


def test_confidence_rules_reject_unknown_predicates(monkeypatch: pytest.MonkeyPatch) -> None:
    confidence.rules.cache_clear()
    monkeypatch.delitem(confidence.PREDICATES, "percent")
    with pytest.raises(ValueError, match="unknown rule 'percent'"):
        confidence.rules()
    confidence.rules.cache_clear()
