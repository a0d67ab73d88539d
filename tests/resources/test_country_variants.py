"""Country spellings ("St."/"Saint", "&"/"and") and self-reference cues in detection."""

from __future__ import annotations

import pytest

from gcmextract.resources.country import resolve_country
from gcmextract.resources.submitter import detect_country


@pytest.mark.parametrize(
    ("value", "iso3"),
    [
        ("St. Kitts and Nevis", "KNA"),
        ("Saint Kitts & Nevis", "KNA"),
        ("St Lucia", "LCA"),
        ("Antigua & Barbuda", "ATG"),
    ],
)
def test_country_variants_resolve(value: str, iso3: str) -> None:
    assert resolve_country(value) == iso3


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        (
            "On behalf of the Government of St. Kitts and Nevis, I greet the Assembly. "
            "We stand with Haiti and with Cuba.",
            "KNA",
        ),
        (
            "Hungary's position is clear. The Government of Hungary supports peace in Syria. "
            "Syria must be rebuilt.",
            "HUN",
        ),
    ],
)
def test_country_variants_self_reference(text: str, iso3: str) -> None:
    assert detect_country(text) == iso3
