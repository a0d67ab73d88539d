"""One currency module: aliases, families of currencies and the currency of a country."""

from __future__ import annotations

import pytest

from gcmextract.extractors.amounts.parse import find_amounts
from gcmextract.resources.currency import normalise, of_country, resolve


@pytest.mark.parametrize(("code", "iso"), [("RMB", "CNY"), ("rmb", "CNY"), ("CNY", "CNY")])
def test_currency_alias_normalised(code: str, iso: str) -> None:
    assert normalise(code) == iso


def test_currency_rmb_amount_is_cny() -> None:
    (amount,) = find_amounts("China pledged RMB 2 billion to the fund.")
    assert (amount.currency, amount.currency_inferred, amount.value) == ("CNY", False, 2e9)


@pytest.mark.parametrize(
    ("token", "country", "want"),
    [
        ("dollar", "JAM", ("JMD", True)),  # a bare "$" in a dollar country is its dollar
        ("dollar", "FRA", ("USD", True)),  # elsewhere the family's default
        ("rupee", "PAK", ("PKR", True)),
        ("rupee", None, ("INR", True)),
        ("EUR", "JAM", ("EUR", False)),  # a code is never inferred
    ],
)
def test_currency_family_resolves_by_country(
    token: str, country: str | None, want: tuple[str, bool]
) -> None:
    assert resolve(token, of_country(country)) == want


def test_currency_of_country_and_bare_sign() -> None:
    assert of_country("NZL") == "NZD"
    assert of_country(None) is None
    (amount,) = find_amounts("We gave $12 million.", of_country("NZL"))
    assert (amount.currency, amount.currency_inferred) == ("NZD", True)
