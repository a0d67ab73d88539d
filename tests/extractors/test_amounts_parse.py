"""Money, counts and percentages in other countries' styles, and what is not an amount."""

from __future__ import annotations

import pytest

from assertions import assert_one_count
from gcmextract.extractors.amounts.parse import find_amounts


@pytest.mark.parametrize(
    ("text", "country_currency", "span", "value", "currency", "inferred", "qualifier"),
    [
        (
            "Spain allocated EUR 3.5 million to reception.",
            None,
            "EUR 3.5 million",
            3_500_000,
            "EUR",
            False,
            None,
        ),
        ("a grant of USD 250,000 for shelters", None, "USD 250,000", 250_000, "USD", False, None),
        ("Ireland gave €2m to the fund.", None, "€2m", 2_000_000, "EUR", False, None),
        ("The UK pledged £1.2bn over time.", None, "£1.2bn", 1_200_000_000, "GBP", False, None),
        (
            "raised over US$2.35 billion in pledges",
            None,
            "US$2.35 billion",
            2_350_000_000,
            "USD",
            False,
            "over",
        ),
        (
            "approximately CAD $835 M for services",
            None,
            "CAD $835 M",
            835_000_000,
            "CAD",
            False,
            "approximately",
        ),
        ("over $21M (CAD) in contributions", None, "$21M (CAD)", 21_000_000, "CAD", False, "over"),
        ("an additional $59.8M CAD in funding", None, "$59.8M CAD", 59_800_000, "CAD", False, None),
        (
            "unlocking over a billion USD in loans",
            None,
            "a billion USD",
            1_000_000_000,
            "USD",
            False,
            "over",
        ),
        (
            "Australia spent A$10 million on settlement.",
            None,
            "A$10 million",
            10_000_000,
            "AUD",
            False,
            None,
        ),
        (
            "a budget of 1.5 billion dollars",
            "MXN",
            "1.5 billion dollars",
            1_500_000_000,
            "MXN",
            True,
            None,
        ),
        ("The programme costs $5M per year.", "AUD", "$5M", 5_000_000, "AUD", True, None),
        ("an extra $15M for the pilot", "NGN", "$15M", 15_000_000, "USD", True, None),
        ("Mexico invested MXN 5,000 per family", None, "MXN 5,000", 5_000, "MXN", False, None),
    ],
)
def test_amounts_money(
    text: str,
    country_currency: str | None,
    span: str | None,
    value: float,
    currency: str | None,
    inferred: bool,
    qualifier: str | None,
) -> None:
    money = [a for a in find_amounts(text, country_currency) if a.kind == "money"]
    assert len(money) == 1, money
    a = money[0]
    assert a.value == pytest.approx(value)
    if span:
        assert a.text == span and text[a.start : a.end] == span
    assert a.currency == currency
    assert a.currency_inferred is inferred
    assert a.qualifier == qualifier


def test_amounts_restated_in_brackets_gives_two() -> None:
    found = find_amounts("Italy gave five million Euros (EUR 5,000,000) to the fund.")
    assert [(a.text, a.value, a.currency) for a in found] == [
        ("five million Euros", 5_000_000, "EUR"),
        ("EUR 5,000,000", 5_000_000, "EUR"),
    ]


def test_amounts_period_of_money() -> None:
    from gcmextract.extractors.dates.parse import find_dates

    text = "Budget 2021 announced $2M over five years to help."
    (a,) = find_amounts(text, "CAD", exclude=[(d.start, d.end) for d in find_dates(text)])
    assert a.period == "P5Y"


@pytest.mark.parametrize(
    ("text", "span", "value", "value_max", "unit", "qualifier"),
    [
        (
            "pushing an estimated 119 to 124 million people into poverty",
            "119 to 124 million",
            119e6,
            124e6,
            "people",
            "estimated",
        ),
        (
            "nearly 380,000 clients accessed a service",
            "380,000",
            380_000,
            None,
            "clients",
            "nearly",
        ),
        ("250 Venezuelan health professionals were hired", "250", 250, None, "professionals", None),
        ("up to 3,000 migrants were assisted", "3,000", 3_000, None, "migrants", "up to"),
        ("over 500 health workers were trained", "500", 500, None, "workers", "over"),
        ("seven new donors joined", "seven", 7, None, "donors", None),
        (
            "an estimated 2.5 million refugees live there",
            "2.5 million",
            2_500_000,
            None,
            "refugees",
            "estimated",
        ),
    ],
)
def test_amounts_counts(
    text: str, span: str, value: float, value_max: float | None, unit: str, qualifier: str | None
) -> None:
    assert_one_count(text, span, value, value_max, unit, qualifier)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("a 45% increase in grants", 45),
        ("more than 60 per cent of arrivals", 60),
        ("12.5 percent of workers", 12.5),
    ],
)
def test_amounts_percent(text: str, value: float) -> None:
    (a,) = find_amounts(text)
    assert a.kind == "percent" and a.value == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    [
        "a two-day virtual conference",
        "over five years of residence",
        "children under 10 years of age",
        "the COVID-19 pandemic",
        "no one is left behind",
        "one of the priorities",
        "see Section 3 and Article 5",
        "resolution 73/195 and document A/72/PV.14",
        "the fourth meeting and the first review",
        "call +44 20 7946 0958 for help",
    ],
)
def test_amounts_negatives(text: str) -> None:
    assert find_amounts(text) == []


def test_amounts_skip_excluded_spans() -> None:
    text = "Objectives 1, 5, 6 and 2021"
    assert find_amounts(text, exclude=[(0, len(text))]) == []
