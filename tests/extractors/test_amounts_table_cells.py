"""A currency code across a tab (a table cell boundary) belongs to the number before it only when it
does not open the next cell's amount."""

from __future__ import annotations

import pytest

import gcmextract


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Funding\tUSD 1.2 million\tUSD 300,000\n",
            [("USD 1.2 million", 1_200_000, "USD"), ("USD 300,000", 300_000, "USD")],
        ),
        ("Ghana\t2022\t4 500 000\tGHS\n", [("4 500 000\tGHS", 4_500_000, "GHS")]),
        (
            "Programme\tEUR 3.5 million\t\tEUR 250,000\n",
            [("EUR 3.5 million", 3_500_000, "EUR"), ("EUR 250,000", 250_000, "EUR")],
        ),
        ("Nepal spent 2 million USD on returns.", [("2 million USD", 2_000_000, "USD")]),
    ],
)
def test_code_after_a_number_stays_in_its_cell(text: str, expected: list) -> None:
    got = [(a.text, a.value, a.currency) for a in gcmextract.extract_text(text).amounts]
    assert got == expected
