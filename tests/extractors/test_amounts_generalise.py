"""Amounts written in other countries' styles: Spanish/French money, number formats, units, names."""

from __future__ import annotations

import pytest

from assertions import assert_one_count
from gcmextract.extractors.amounts.parse import find_amounts


@pytest.mark.parametrize(
    ("text", "country_currency", "span", "value", "value_max", "currency", "inferred"),
    [
        (
            "El Gobierno destinó 250 millones de pesos al programa.",
            "MXN",
            "250 millones de pesos",
            250_000_000,
            None,
            "MXN",
            True,
        ),
        (
            "Colombia aportó 40 millones de pesos a los albergues.",
            "COP",
            "40 millones de pesos",
            40_000_000,
            None,
            "COP",
            True,
        ),
        (
            "La France a versé 3,5 millions d'euros au fonds.",
            "EUR",
            "3,5 millions d'euros",
            3_500_000,
            None,
            "EUR",
            False,
        ),
        (
            "Se destinaron USD 1,5 millones para albergues.",
            "GTQ",
            "USD 1,5 millones",
            1_500_000,
            None,
            "USD",
            False,
        ),
        (
            "Se aportaron US$ 2 millones al fondo.",
            "HNL",
            "US$ 2 millones",
            2_000_000,
            None,
            "USD",
            False,
        ),
        (
            "Se invirtieron 1.500.000 euros en integración.",
            "EUR",
            "1.500.000 euros",
            1_500_000,
            None,
            "EUR",
            False,
        ),
        (
            "Le Canada a annoncé 10 millions de dollars pour les réfugiés.",
            "CAD",
            "10 millions de dollars",
            10_000_000,
            None,
            "CAD",
            True,
        ),
        (
            "Le Sénégal a mobilisé 5 milliards de FCFA pour les rapatriés.",
            "XOF",
            "5 milliards de FCFA",
            5_000_000_000,
            None,
            "XOF",
            False,
        ),
        (
            "Le budget atteint 1 250 000 € en 2021.",
            "EUR",
            "1 250 000 €",
            1_250_000,
            None,
            "EUR",
            False,
        ),
        (
            "Germany contributed EUR 500 000 to the programme.",
            "EUR",
            "EUR 500 000",
            500_000,
            None,
            "EUR",
            False,
        ),
        ("Switzerland gave CHF 10m to UNHCR.", "CHF", "CHF 10m", 10_000_000, None, "CHF", False),
        (
            "Kenya spent KES 2 billion on the project.",
            "KES",
            "KES 2 billion",
            2e9,
            None,
            "KES",
            False,
        ),
        ("Each household receives Rs. 625 in cash.", "PKR", "Rs. 625", 625, None, "PKR", True),
        (
            "India spent INR 50 crore on welfare.",
            "INR",
            "INR 50 crore",
            500_000_000,
            None,
            "INR",
            False,
        ),
        ("a grant of Rs 3 lakh per family", "INR", "Rs 3 lakh", 300_000, None, "INR", True),
        (
            "Bangladesh spent Tk 300 crore on the response.",
            "BDT",
            "Tk 300 crore",
            3e9,
            None,
            "BDT",
            False,
        ),
        (
            "A budget of 1.5 billion dollars was approved.",
            "AUD",
            "1.5 billion dollars",
            1.5e9,
            None,
            "AUD",
            True,
        ),
        (
            "A budget of 1.5 billion dollars was approved.",
            "KES",
            "1.5 billion dollars",
            1.5e9,
            None,
            "USD",
            True,
        ),
        (
            "We pledged between USD 5 and 10 million for the fund.",
            "NOK",
            "USD 5 and 10 million",
            5_000_000,
            10_000_000,
            "USD",
            False,
        ),
        (
            "the United States made a $10-billion commitment",
            "USD",
            "$10-billion",
            1e10,
            None,
            "USD",
            True,
        ),
        (
            "Slovenia pledged half a million euros to the facility.",
            "EUR",
            "half a million euros",
            500_000,
            None,
            "EUR",
            False,
        ),
        (
            "the Government provided ZWL$18 billion to the package",
            "ZWL",
            "ZWL$18 billion",
            18e9,
            None,
            "ZWL",
            False,
        ),
        (
            "Ghana committed GH₵ 20 million to returnees.",
            "GHS",
            "GH₵ 20 million",
            2e7,
            None,
            "GHS",
            False,
        ),
    ],
)
def test_amounts_money_other_styles(
    text: str,
    country_currency: str | None,
    span: str,
    value: float,
    value_max: float | None,
    currency: str,
    inferred: bool,
) -> None:
    money = [a for a in find_amounts(text, country_currency) if a.kind == "money"]
    assert [a.text for a in money] == [span]
    a = money[0]
    assert text[a.start : a.end] == span
    assert a.value == pytest.approx(value)
    assert a.value_max == (pytest.approx(value_max) if value_max else None)
    assert (a.currency, a.currency_inferred) == (currency, inferred)


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("We provide USD 1.2 million per year to IOM.", "P1Y"),
        ("Norway gives NOK 40 million annually to the fund.", "P1Y"),
        ("Australia committed $2M over five years to the pilot.", "P5Y"),
        ("the UK will spend £10m over two years on resettlement", "P2Y"),
        ("USD 3 million for the shelters", None),
    ],
)
def test_amounts_money_period(text: str, period: str | None) -> None:
    (a,) = [a for a in find_amounts(text, "AUD") if a.kind == "money"]
    assert a.period == period


@pytest.mark.parametrize(
    ("text", "span", "value", "value_max", "unit", "qualifier"),
    [
        (
            "There are over 800,000 overseas Filipino workers in the region.",
            "800,000",
            800_000,
            None,
            "workers",
            "over",
        ),
        (
            "Ukraine hosts about 1.5 million internally displaced persons.",
            "1.5 million",
            1_500_000,
            None,
            "persons",
            "about",
        ),
        ("we trained 40 previous trainees again", "40", 40, None, "trainees", None),
        (
            "Two hundred volunteers joined the campaign.",
            "Two hundred",
            200,
            None,
            "volunteers",
            None,
        ),
        (
            "over three thousand families were reunited",
            "three thousand",
            3_000,
            None,
            "families",
            "over",
        ),
        (
            "Some twenty-five thousand returnees received support.",
            "twenty-five thousand",
            25_000,
            None,
            "returnees",
            "about",
        ),
        (
            "two hundred and fifty scholarships were granted",
            "two hundred and fifty",
            250,
            None,
            "scholarships",
            None,
        ),
        (
            "An estimated 3-5 million people were displaced.",
            "3-5 million",
            3e6,
            5e6,
            "people",
            "estimated",
        ),
        ("We trained more than 1 500 officers.", "1 500", 1_500, None, "officers", "more than"),
        (
            "Morocco regularised 50 000 migrants this year.",
            "50 000",
            50_000,
            None,
            "migrants",
            None,
        ),
        ("Freedom and justice are two sacred and ancient words.", "two", 2, None, "words", None),
        (
            "more than half a million irregular migrants crossed",
            "half a million",
            500_000,
            None,
            "migrants",
            "more than",
        ),
        (
            "Kenya hosts more than 25  million people in its cities",
            "25  million",
            25_000_000,
            None,
            "people",
            "more than",
        ),
    ],
)
def test_amounts_counts_other_styles(
    text: str, span: str, value: float, value_max: float | None, unit: str, qualifier: str | None
) -> None:
    assert_one_count(text, span, value, value_max, unit, qualifier)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("a 20% increase in arrivals", "20%", 20),
        ("unemployment fell to 12.5 per cent", "12.5 per cent", 12.5),
        ("le chômage a baissé de 12,5 % en un an", "12,5 %", 12.5),
        ("between 2 and 3 per cent of GDP", "2 and 3 per cent", 2),
    ],
)
def test_amounts_percent_other_styles(text: str, span: str, value: float) -> None:
    (a,) = find_amounts(text)
    assert (a.kind, a.text) == ("percent", span)
    assert a.value == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    [
        "the G20 summit and the COVID-19 pandemic",
        "document A/72/PV.14 and resolution 75/1",
        "under Article 13 of the Declaration",
        "Call 1-800-567-9604 or +52 55 5062 1600 for help.",
        "a two-day workshop after five years of work",
        "the third meeting, see paragraph 25",
        "1. Migrants should be protected.",
        "SDG target 10.7 and target 10.c",
        "the Agenda 2030 and the 1951 Convention",
        "Agenda 2030 commitments were renewed",
        "the Summit on 18 May and from 20 to 21 November",
        "on 3-4 December the delegates met",
        "the Group of 77 continues to advocate",
        "the Group of Seven partners and the Group of Twenty initiative",
        "We hope that COP 26 will agree on finance.",
        "Among other things, SDG 16 calls for peace.",
        "negotiations that lasted 15 long years",
        "temperatures below 1.5 degrees Celsius",
        "nearly one in three people lacks access",
        "Scoring 72.4 out of 100 points possible",
        "Christianity became profound.          3        Consistent with your theme",
        "It was the 75th anniversary and the 5th Summit.",
        "Law No. 1955 of 2019 and Decree 216 apply.",
        "in a letter dated 15 August (S/2022/622), Mali requested a meeting",
        "We shipped 500 pounds of food to the camps.",
        "For 40 days and 40 nights the rain fell.",
    ],
)
def test_amounts_other_negatives(text: str) -> None:
    assert [a.text for a in find_amounts(text)] == []


def test_amounts_restated_in_other_currency_gives_two() -> None:
    text = "Mexico allocated 1,500 million pesos (approximately US$75 million)."
    found = find_amounts(text, "MXN")
    assert [(a.text, a.value, a.currency, a.qualifier) for a in found] == [
        ("1,500 million pesos", 1_500_000_000, "MXN", None),
        ("US$75 million", 75_000_000, "USD", "approximately"),
    ]


@pytest.mark.parametrize(
    ("text", "spans", "value", "value_max"),
    [
        (
            "It is estimated that between $1.6 and $2.2 trillion a year is needed.",
            ["$1.6 and $2.2 trillion"],
            1.6e12,
            2.2e12,
        ),
        ("costs rose from $10 to $20 billion", ["$10 to $20 billion"], 1e10, 2e10),
        ("a cost of EUR 2-EUR 3 million", ["EUR 2-EUR 3 million"], 2e6, 3e6),
        (
            "We gave USD 5 million and USD 6 million to them.",
            ["USD 5 million", "USD 6 million"],
            5e6,
            None,
        ),
    ],
)
def test_amounts_money_range_with_repeated_sign(
    text: str, spans: list[str], value: float, value_max: float | None
) -> None:
    found = find_amounts(text, "USD")
    assert [a.text for a in found] == spans
    assert found[0].value == pytest.approx(value)
    assert found[0].value_max == (pytest.approx(value_max) if value_max else None)


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("Eighteen of my close family members were killed.", "Eighteen", 18, "members"),
        ("Two of our embassies were closed.", "Two", 2, "embassies"),
        ("Some 40 of the returning workers found jobs.", "40", 40, "workers"),
    ],
)
def test_amounts_partitive_count(text: str, span: str, value: float, unit: str) -> None:
    (a,) = find_amounts(text)
    assert (a.kind, a.text, a.value, a.unit) == ("count", span, value, unit)


def test_amounts_partitive_without_counted_noun() -> None:
    assert find_amounts("one of the biggest challenges") == []


def test_amounts_partitive_pronoun_counts_the_noun_before() -> None:
    # the counted noun is left out, as in "two in the Netherlands" (annotation guide: a count)
    (a,) = find_amounts("In 2021, 1,500 of them returned.")
    assert (a.kind, a.text, a.value) == ("count", "1,500", 1500)


def test_paragraph_numbers_in_sequence_count_nothing() -> None:

    text = (
        "9 Last week we launched a report.\n\n10  Excellencies, the work goes on.\n\n"
        "11  Refugees received 250 shelters.\n"
    )
    found = [(a.text, a.value) for a in find_amounts(text, language="en")]
    assert found == [("250", 250.0)]


def test_a_number_opening_one_line_still_counts() -> None:

    text = "The ministry reported in 2020.\n\n250 Venezuelans were resettled in Lima.\n"
    assert [a.value for a in find_amounts(text)] == [250.0]


@pytest.mark.parametrize(
    ("text", "span", "currency"),
    [
        ("Australia committed $AUD492 million to the fund.", "$AUD492 million", "AUD"),
        ("Wellington gave $NZD 12.5 million in grants.", "$NZD 12.5 million", "NZD"),
        ("The office spent $USD250,000 on shelters.", "$USD250,000", "USD"),
    ],
)
def test_dollar_sign_before_a_code_belongs_to_the_amount(
    text: str, span: str, currency: str
) -> None:

    found = find_amounts(text)
    assert [(a.text, a.currency) for a in found] == [(span, currency)]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Some 80,000 Pakistanis died in the war.", "pakistanis"),
        ("Then 3,000 Israelis left the region.", "israelis"),
        ("About 1,200 Bangladeshis returned home.", "bangladeshis"),
    ],
)
def test_plural_demonym_heads_a_count(text: str, unit: str) -> None:
    found = find_amounts(text, language="en")
    assert [a.unit for a in found] == [unit]


def test_glued_code_before_one_digit_and_a_scale_word() -> None:
    found = find_amounts("Japan helped unlock a record USD5 billion in new aid.", language="en")
    assert [(a.text, a.value, a.currency) for a in found] == [("USD5 billion", 5e9, "USD")]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The drought affected sixty-one (61) million people.", "sixty-one (61) million", 61e6),
        ("The grant of USD five (5) million was paid.", "USD five (5) million", 5e6),
    ],
)
def test_number_restated_in_digits_before_its_scale(text: str, span: str, value: float) -> None:
    found = find_amounts(text, language="en")
    assert [(a.text, a.value) for a in found] == [(span, value)]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("We honour the 2,461 U.S. military deaths of that war.", "deaths"),
        ("The mission sent 300 U.K. troops to the border.", "troops"),
    ],
)
def test_abbreviation_with_dots_before_the_counted_noun(text: str, unit: str) -> None:
    assert [a.unit for a in find_amounts(text, language="en")] == [unit]
