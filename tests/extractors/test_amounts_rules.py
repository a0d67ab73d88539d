"""Single amount rules, each tested on its own with sentences written for the test."""

from __future__ import annotations

import pytest

from gcmextract.extractors.amounts.parse import find_amounts


@pytest.mark.parametrize(
    "text",
    [
        "In 2019 migrants crossed the border and 2,000 refugees arrived.",
        "Since 1995 families have settled in the valley; 2,000 refugees arrived.",
    ],
)
def test_amounts_bare_year_is_no_count(text: str) -> None:
    assert [(a.text, a.unit) for a in find_amounts(text)] == [("2,000", "refugees")]


@pytest.mark.parametrize("text", ["Not a dollar of it was spent.", "One of them spent a euro."])
def test_amounts_lone_article_is_no_money(text: str) -> None:
    assert find_amounts(text) == []


@pytest.mark.parametrize(
    ("text", "lang", "currency"),
    [
        ("They spent one euro each.", "en", "EUR"),
        ("Pour un dollar versé par l'aide, six l'étaient par les migrants.", "fr", "USD"),
        ("Cada familia recibió una libra esterlina.", "es", "GBP"),
    ],
)
def test_amounts_one_unit_of_a_named_currency_is_money(text: str, lang: str, currency: str) -> None:
    money = [a for a in find_amounts(text, language=lang) if a.kind == "money"]
    assert [(a.value, a.currency) for a in money] == [(1.0, currency)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "and" joins a range only after "between": otherwise two amounts
        (
            "Austria gave EUR 3 million and 250 health workers were trained.",
            [("EUR 3 million", 3e6, None), ("250", 250, None)],
        ),
        (
            "Between 500,000 and 1 million people moved.",
            [("500,000 and 1 million", 5e5, 1e6)],
        ),
        ("entre 3 y 5 millones de dólares", [("3 y 5 millones de dólares", 3e6, 5e6)]),
        # a range must rise
        ("Arrivals fell from 12 to 4 million people.", [("4 million", 4e6, None)]),
        ("Poverty fell from 25 to 16 per cent.", [("25", 25, None), ("16 per cent", 16, None)]),
        ("Poverty fell from 2006 to 21.4 per cent.", [("21.4 per cent", 21.4, None)]),
        # the scale written once is shared only when the first number is the smaller
        ("a grant of USD 250,000 to 1 million", [("USD 250,000 to 1 million", 2.5e5, 1e6)]),
        ("a grant of USD 2 to 3 million", [("USD 2 to 3 million", 2e6, 3e6)]),
    ],
)
def test_amounts_range_rises_and_and_needs_between(
    text: str, expected: list[tuple[str, float, float | None]]
) -> None:
    found = [(a.text, a.value, a.value_max) for a in find_amounts(text, "USD")]
    assert found == [(t, pytest.approx(v), pytest.approx(m) if m else None) for t, v, m in expected]
