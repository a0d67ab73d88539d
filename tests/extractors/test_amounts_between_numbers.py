"""A currency code or sign between two numbers goes with the one it belongs to ("3 million USD 2
years ago" is 3 million USD, not USD 2), and a smaller scale's part after a larger one is one
number ("4 millones 500 mil" is 4,500,000), in several countries' styles."""

from __future__ import annotations

import pytest

from gcmextract.extractors.amounts.parse import find_amounts

Row = tuple[str, float, str | None]


def _read(text: str, language: str, currency: str | None = None) -> list[Row]:
    return [(a.text, a.value, a.currency) for a in find_amounts(text, currency, language=language)]


@pytest.mark.parametrize(
    ("text", "language", "country_currency", "expected"),
    [
        # the number after the code counts time: the code is the number before's
        (
            "Kenya received 3 million KES 2 years after the floods.",
            "en",
            "KES",
            [("3 million KES", 3_000_000, "KES")],
        ),
        (
            "Le Sénégal a mobilisé 12 millions XOF 3 ans plus tard.",
            "fr",
            "XOF",
            [("12 millions XOF", 12_000_000, "XOF")],
        ),
        (
            "Chile destinó 800 millones CLP 2 veces al año.",
            "es",
            "CLP",
            [("800 millones CLP", 800_000_000, "CLP")],
        ),
        (
            "O fundo recebeu 2 milhões BRL 3 vezes por ano.",
            "pt",
            "BRL",
            [("2 milhões BRL", 2_000_000, "BRL")],
        ),
        (
            "Il a reçu 3 millions € 2 ans plus tard.",
            "fr",
            "EUR",
            [("3 millions €", 3_000_000, "EUR")],
        ),
        # the next number is a year on the next line
        (
            "The grant was 250 000 SEK\n2020 saw further cuts.",
            "en",
            "SEK",
            [("250 000 SEK", 250_000, "SEK")],
        ),
        (
            "Le budget était de 500 €\n2021 fut une année difficile.",
            "fr",
            "EUR",
            [("500 €", 500, "EUR")],
        ),
    ],
)
def test_code_between_two_numbers_goes_with_the_first(
    text: str, language: str, country_currency: str | None, expected: list[Row]
) -> None:
    assert _read(text, language, country_currency) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a year or a label before the code: the code opens the amount after it
        ("In 2019 KES 40 million was set aside.", "en", [("KES 40 million", 40_000_000, "KES")]),
        ("Phase 3 GBP 12,000 was paid.", "en", [("GBP 12,000", 12_000, "GBP")]),
        # two prices, each with its code after it
        (
            "Tickets cost 15 CHF 20 EUR at the door.",
            "en",
            [("15 CHF", 15, "CHF"), ("20 EUR", 20, "EUR")],
        ),
        # a code and a year across a line break are no amount
        ("Amounts in USD\n2022 budget lines follow.", "en", []),
    ],
)
def test_code_before_a_number_still_opens_it(text: str, language: str, expected: list[Row]) -> None:
    assert _read(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "country_currency", "expected"),
    [
        (
            "El programa costó 4 millones 500 mil pesos.",
            "es",
            "MXN",
            [("4 millones 500 mil pesos", 4_500_000, "MXN")],
        ),
        (
            "Se invirtieron 1 millón 250 mil euros en 2020.",
            "es",
            "EUR",
            [("1 millón 250 mil euros", 1_250_000, "EUR")],
        ),
        (
            "L'État a versé 3 millions 200 mille euros.",
            "fr",
            "EUR",
            [("3 millions 200 mille euros", 3_200_000, "EUR")],
        ),
        (
            "A total of 2 million 300 thousand people were reached.",
            "en",
            None,
            [("2 million 300 thousand", 2_300_000, None)],
        ),
        (
            "Llegaron 4 millones 500 mil personas.",
            "es",
            None,
            [("4 millones 500 mil", 4_500_000, None)],
        ),
    ],
)
def test_smaller_scale_after_larger_is_one_number(
    text: str, language: str, country_currency: str | None, expected: list[Row]
) -> None:
    assert _read(text, language, country_currency) == expected


def test_two_numbers_of_the_same_scale_stay_two() -> None:
    got = _read("Sales were 3 million, then 3 million 2 million units later.", "en")
    assert [(t, v) for t, v, _ in got] == [
        ("3 million", 3_000_000),
        ("3 million", 3_000_000),
        ("2 million", 2_000_000),
    ]
