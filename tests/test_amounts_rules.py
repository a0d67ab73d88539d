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


@pytest.mark.parametrize("text", ["Not a dollar of it was spent.", "They spent one euro each."])
def test_amounts_lone_article_is_no_money(text: str) -> None:
    assert find_amounts(text) == []
