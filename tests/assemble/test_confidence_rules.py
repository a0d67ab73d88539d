"""Confidence per mention: each mention's rule path (first rule of confidence_rules.json that
holds, then its attributes), and the lookup of the most specific path that has a value."""

from __future__ import annotations

import pytest

from gcmextract.assemble import confidence
from gcmextract.schema import Amount, DateMention, ObjectiveRef, Organization


def _org(text: str, canonical: str | None = None, **kw: object) -> Organization:
    return Organization(text=text, start=0, end=len(text), canonical=canonical or text, **kw)


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        (
            _org("IOM", "International Organization for Migration", acronym="IOM", type="igo"),
            "gazetteer",
        ),
        (_org("MLSP", "Ministry of Labour and Social Protection", acronym="MLSP"), "acronym"),
        (_org("Ministry of Interior of Chad", type="government"), "typed"),
        (_org("Hope Bridge Collective"), "multiword"),
        (_org("Wellspring"), "any"),
    ],
)
def test_confidence_organizations_rule(mention: Organization, expected: str) -> None:
    assert confidence.rule_of("organizations", mention) == expected


def test_confidence_organization_path_splits_by_language() -> None:
    mention = _org("Ministerio de Cultura y Deportes", type="government", language="es")
    assert confidence.path_of("organizations", mention) == ["typed", "typed|es"]


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
    """A gazetteer organisation is on the gazetteer path under its English, Spanish or French name
    (the last two come from the translations file only), and so scores the same."""
    mentions = [_org(name, type="igo") for name in (english, other)]
    assert {confidence.rule_of("organizations", m) for m in mentions} == {"gazetteer"}
    assert len({confidence.confidence_of("organizations", m) for m in mentions}) == 1


def test_confidence_unlisted_spanish_ministry_is_not_gazetteer() -> None:
    mention = _org("Ministerio de Cultura y Deportes", type="government")
    assert confidence.rule_of("organizations", mention) == "typed"


@pytest.mark.parametrize(
    ("kw", "expected"),
    [
        (
            {"text": "EUR 3.5 million", "kind": "money", "value": 3.5e6, "currency": "EUR"},
            ["money_explicit", "money_explicit|money", "money_explicit|money|none"],
        ),
        (
            {
                "text": "$2m",
                "kind": "money",
                "value": 2e6,
                "currency": "USD",
                "currency_inferred": True,
                "currency_source": "country: United States",
            },
            ["money_inferred", "money_inferred|money", "money_inferred|money|country"],
        ),
        (
            {"text": "12%", "kind": "percent", "value": 12.0},
            ["percent", "percent|percent", "percent|percent|none"],
        ),
        (
            {"text": "250", "kind": "count", "value": 250.0},
            ["count_digits", "count_digits|count", "count_digits|count|none"],
        ),
        (
            {"text": "eighteen", "kind": "count", "value": 18.0},
            ["any", "any|count", "any|count|none"],
        ),
    ],
)
def test_confidence_amounts_path(kw: dict, expected: list[str]) -> None:
    mention = Amount(start=0, end=len(kw["text"]), **kw)
    assert confidence.path_of("amounts", mention) == expected


@pytest.mark.parametrize(
    ("value", "kind", "modifier", "expected"),
    [
        ("2022-03-15", "date", None, "day"),
        ("2022-03", "date", None, "month"),
        ("2022-03/2022-05", "range", None, "range"),
        ("2019", "date", "since", "modified_year"),
        ("2030", "date", None, "any"),
    ],
)
def test_confidence_dates_rule(value: str, kind: str, modifier: str | None, expected: str) -> None:
    mention = DateMention(
        text=value, start=0, end=len(value), kind=kind, value=value, modifier=modifier
    )
    assert confidence.path_of("dates", mention) == [expected, f"{expected}|{kind}"]


def test_confidence_most_specific_known_path_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    """A mention gets its most specific path's value; an unseen path falls back to its parent; a
    rule with no value gives 0.5 (nothing known), not the field's pooled value."""
    table = {"organizations": {"": 0.6, "typed": 0.8, "typed|fr": 0.7}}
    monkeypatch.setattr(confidence, "values", lambda: table)
    fr = _org("Ministère de la Santé", type="government", language="fr")
    es = _org("Ministerio de Salud", type="government", language="es")
    single = _org("Wellspring", language="en")
    got = [confidence.confidence_of("organizations", m) for m in (fr, es, single)]
    assert got == [0.7, 0.8, 0.5]


def test_confidence_shipped_values_cover_every_rule_in_range() -> None:
    """confidence.json has a value in [0, 1) for every field's pooled path and each rule seen."""
    shipped = confidence.values()
    for field, (names, _) in confidence.rule_paths().items():
        assert "" in shipped[field], field
        assert set(shipped[field]) <= {""} | {p for p in shipped[field] if p.split("|")[0] in names}
        assert all(0.0 <= v < 1.0 for v in shipped[field].values())


def test_confidence_assign_sets_every_mention() -> None:
    """Objective references get their path's value; organisations their model's."""
    ref = ObjectiveRef(text="objectives 2 to 4", start=0, end=17, objectives=[2, 3, 4])
    org = _org("Wellspring")
    confidence.assign({"objective_refs": [ref], "organizations": [org]}, "Wellspring")
    assert ref.confidence == confidence.confidence_of("objective_refs", ref)
    ctx = confidence.context_of("organizations", "Wellspring", [org])
    model = confidence.models()["organizations"]
    x = confidence.features_of("organizations", org, ctx)
    assert org.confidence == confidence.model_confidence(model, x)
    assert ref.confidence is not None and org.confidence is not None


def test_confidence_model_ranks_by_features(monkeypatch: pytest.MonkeyPatch) -> None:
    """The model's value rises with a positive coefficient's feature, is capped at its ceiling
    and rounded to two decimals."""
    model = {"features": ["quoted"], "coef": [-2.0], "intercept": 1.0, "platt": [1.0, 0.0]}
    model["ceiling"] = 0.99
    assert confidence.model_confidence(model, [1.0]) == 0.27  # 1 / (1 + e)
    assert confidence.model_confidence(model, [0.0]) == 0.73
    assert confidence.model_confidence({**model, "intercept": 9.0}, [0.0]) == 0.99


def test_confidence_shipped_model_prefers_a_gazetteer_body_to_a_quoted_title() -> None:
    """On the shipped model, a gazetteer organisation named twice outranks a quoted capitalised
    title named once (whatever the fitted coefficients, the gold sets show the first is right
    far more often)."""
    text = "The International Organization for Migration (IOM) and the IOM support « Real Story »."

    def at(name: str, canonical: str, pos: int, **kw: object) -> Organization:
        return _org(name, canonical, language="en", **kw).model_copy(
            update={"start": pos, "end": pos + len(name)}
        )

    iom_name = "International Organization for Migration"
    iom = at(iom_name, iom_name, text.index(iom_name), acronym="IOM", type="igo")
    iom2 = at("IOM", iom_name, text.index("the IOM") + 4, acronym="IOM", type="igo")
    title = at("Real Story", "Real Story", text.index("Real Story"))
    assert text[iom2.start : iom2.end] == "IOM"
    confidence.assign({"organizations": [iom, iom2, title]}, text)
    assert iom.confidence is not None and title.confidence is not None
    assert iom.confidence > title.confidence


def test_confidence_rules_reject_unknown_predicates(monkeypatch: pytest.MonkeyPatch) -> None:
    confidence.rule_paths.cache_clear()
    monkeypatch.delitem(confidence.PREDICATES, "percent")
    with pytest.raises(ValueError, match="unknown rule 'percent'"):
        confidence.rule_paths()
    confidence.rule_paths.cache_clear()
