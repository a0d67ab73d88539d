"""A number after "age of", "aged", "edad de" or "âgés de" is an age, never a count; counts beside
it still are."""

from __future__ import annotations

import pytest

from gcmextract.extractors.amounts.parse import find_amounts


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Girls under the age of 16 are often already mothers.", "en", []),
        ("Pupils aged 6 to 14 attend, taught by 45 teachers.", "en", [("45", 45.0)]),
        ("Hay 40 niños con edad de 12 años o más.", "es", [("40", 40.0)]),
        ("Les jeunes âgés de 15 à 24 ans, soit 300 jeunes, ont participé.", "fr", [("300", 300.0)]),
    ],
)
def test_ages_are_not_counts(text: str, language: str, expected: list) -> None:
    got = [(a.text, a.value) for a in find_amounts(text, language=language)]
    assert got == expected
