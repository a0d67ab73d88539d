"""A count without a scale is a whole number, so a lone "42.000" before a counted noun groups
thousands with a dot (as texts from many countries write it, English ones included); the counted
noun is the plural a name or noun modifies ("3,000 United Nations offices")."""

from __future__ import annotations

import pytest

from gcmextract.extractors.amounts.parse import find_amounts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The floods left 1.300 families homeless and over 27.000 people displaced.",
            [("1.300", 1300.0, "families"), ("27.000", 27000.0, "people")],
        ),
        # a decimal with a scale stays a decimal
        ("Some 2.500 million doses arrived.", [("2.500 million", 2_500_000.0, "doses")]),
        (
            "Norway funds 450 World Food Programme depots and 60 United Nations offices.",
            [("450", 450.0, "depots"), ("60", 60.0, "offices")],
        ),
        ("We welcomed 300 Syrian refugees.", [("300", 300.0, "refugees")]),
    ],
)
def test_whole_counts_and_their_nouns(text: str, expected: list) -> None:
    got = [(a.text, a.value, a.unit) for a in find_amounts(text, language="en")]
    assert got == expected
