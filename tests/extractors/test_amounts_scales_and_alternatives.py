"""Kinds of amount met in real statements, in several countries' styles: a scale written once after
two alternatives ("2 or 3 million"), fractions of a scale ("a quarter of a million"), a round
thousands group before a scale ("12,000 billion"), a capitalised "Between" opening a range, and a
reserve currency's bare sign before an assembly."""

from __future__ import annotations

import pytest

from gcmextract.extractors.amounts.parse import find_amounts

Row = tuple[str, float, float | None]


def _read(text: str, language: str, currency: str | None = None) -> list[Row]:
    return [(a.text, a.value, a.value_max) for a in find_amounts(text, currency, language=language)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # alternatives sharing the scale written after the second: one range
        (
            "Floods displaced 4 or 5 million people in Bangladesh.",
            "en",
            [("4 or 5 million", 4e6, 5e6)],
        ),
        ("Two or three million Syrians may return.", "en", [("Two or three million", 2e6, 3e6)]),
        ("En Perú viven 1 o 2 millones de migrantes.", "es", [("1 o 2 millones", 1e6, 2e6)]),
        ("Le Mali compte 3 ou 4 millions d'émigrés.", "fr", [("3 ou 4 millions", 3e6, 4e6)]),
        # years joined by "or" are no range
        ("The office in Fiji opened in 2019 or 2020.", "en", []),
    ],
)
def test_alternatives_share_a_scale_written_once(
    text: str, language: str, expected: list[Row]
) -> None:
    assert _read(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "The cyclone left a quarter of a million Filipinos homeless.",
            "en",
            [("a quarter of a million", 250_000, None)],
        ),
        (
            "Some three quarters of a million Afghans returned.",
            "en",
            [("three quarters of a million", 750_000, None)],
        ),
        (
            "Half a million Ukrainians crossed into Moldova.",
            "en",
            [("Half a million", 500_000, None)],
        ),
        (
            "Un cuarto de millón de hondureños partió.",
            "es",
            [("Un cuarto de millón", 250_000, None)],
        ),
        ("Un demi-million de Burkinabè sont déplacés.", "fr", [("Un demi-million", 500_000, None)]),
        (
            "Un quart de million de Guinéens vivent à l'étranger.",
            "fr",
            [("Un quart de million", 250_000, None)],
        ),
        # a fraction of something else is no amount
        ("A quarter of the population of Tonga lives abroad.", "en", []),
        ("Une demi-journée de formation a eu lieu à Dakar.", "fr", []),
    ],
)
def test_fractions_of_a_scale(text: str, language: str, expected: list[Row]) -> None:
    assert _read(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Between 3 and 4 million Venezuelans live in Colombia.",
            "en",
            [("3 and 4 million", 3e6, 4e6)],
        ),
        ("Between 300 and 400 Eritreans arrived in Malta.", "en", [("300 and 400", 300, 400)]),
        (
            "Entre 3 y 4 millones de personas necesitan ayuda en Haití.",
            "es",
            [("3 y 4 millones", 3e6, 4e6)],
        ),
        (
            "Entre 2 et 3 millions de Congolais sont déplacés.",
            "fr",
            [("2 et 3 millions", 2e6, 3e6)],
        ),
    ],
)
def test_capitalised_between_opens_a_range(text: str, language: str, expected: list[Row]) -> None:
    assert _read(text, language) == expected


def test_round_thousands_group_before_scale_is_not_a_decimal() -> None:
    (big,) = find_amounts(
        "Stimulus worldwide reached $11,000 billion in 2020.", None, language="en"
    )
    assert big.value == 11_000e9 and big.value_check is None
    (kes,) = find_amounts("Public debt stood at KES 25,000 billion.", "KES", language="en")
    assert kes.value == 25_000e9 and kes.value_check is None
    # a group that is not round still reads as a decimal when the value is implausible
    (odd,) = find_amounts("Losses of $93,417 billion were claimed.", None, language="en")
    assert odd.value == pytest.approx(93.417e9) and odd.value_check


@pytest.mark.parametrize(
    ("text", "country", "currency"),
    [
        # a reserve currency's government prices in its own even before an assembly
        ("Mr. President, Australia will give $200 million to the Pacific.", "AUD", "AUD"),
        ("Madam President, Canada pledged $75 million to the appeal.", "CAD", "CAD"),
        # other dollar countries addressing the assembly quote US dollars
        ("Mr. President, hurricanes cost the Bahamas $2 billion.", "BSD", "USD"),
    ],
)
def test_reserve_currency_kept_before_an_assembly(text: str, country: str, currency: str) -> None:
    (amount,) = find_amounts(text, country, language="en")
    assert amount.currency == currency and amount.currency_inferred


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the number compared with leaves its noun out
        (
            "The scheme brought 9,120 workers to Canada, up from 7,300 the year before.",
            "en",
            [("9,120", 9120, None), ("7,300", 7300, None)],
        ),
        (
            "Llegaron 5.300 personas a Chile, frente a 4.100 el año anterior.",
            "es",
            [("5.300", 5300, None), ("4.100", 4100, None)],
        ),
        (
            "Le Sénégal compte 2 300 retours, contre 1 800 en 2020.",
            "fr",
            [("2 300", 2300, None), ("1 800", 1800, None)],
        ),
    ],
)
def test_number_compared_with_leaves_its_noun_out(
    text: str, language: str, expected: list[Row]
) -> None:
    assert _read(text, language) == expected


def test_conference_number_glued_to_a_code_is_no_money() -> None:
    # "COP26, I will" with the "I" misread as "1": a conference, not Colombian pesos
    assert find_amounts("During COP26,1 will seek funding for Tuvalu.", None, language="en") == []
    (peso,) = find_amounts("Bogotá paid COP2,5 million more.", "COP", language="es")
    assert (peso.value, peso.currency) == (2_500_000, "COP")
