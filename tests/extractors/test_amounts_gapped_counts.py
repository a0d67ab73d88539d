"""Counts in words of any size in Spanish and French, counts whose noun is written once for a list
or left out after "another"/"otros", and numbers that count nothing (page numbers, reading times,
a number after a singular article). Sentences written for the test, in several countries' styles."""

from __future__ import annotations

import pytest

from gcmextract.extractors.amounts.parse import find_amounts


def _found(text: str, language: str) -> list[tuple[str, float, str]]:
    return [(a.text, a.value, a.kind) for a in find_amounts(text, None, language=language)]


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        ("Forman parte veintidós países de la región.", "es", [("veintidós", 22.0, "count")]),
        ("Llegaron treinta y dos familias a Lima.", "es", [("treinta y dos", 32.0, "count")]),
        (
            "Se abrieron doscientas cincuenta plazas.",
            "es",
            [("doscientas cincuenta", 250.0, "count")],
        ),
        ("Se entregaron mil doscientas becas.", "es", [("mil doscientas", 1200.0, "count")]),
        (
            "Quarante-trois pour cent des migrants.",
            "fr",
            [("Quarante-trois pour cent", 43.0, "percent")],
        ),
        (
            "On compte quatre-vingt-dix-sept centres.",
            "fr",
            [("quatre-vingt-dix-sept", 97.0, "count")],
        ),
        ("Soixante et onze agents ont été formés.", "fr", [("Soixante et onze", 71.0, "count")]),
        ("Il y a deux cent cinquante lits.", "fr", [("deux cent cinquante", 250.0, "count")]),
        ("Nonante-cinq communes ont signé.", "fr", [("Nonante-cinq", 95.0, "count")]),
        (
            "Ils ont reçu deux mille trois cents dossiers.",
            "fr",
            [("deux mille trois cents", 2300.0, "count")],
        ),
    ],
)
def test_amounts_compound_number_words(
    text: str, language: str, want: list[tuple[str, float, str]]
) -> None:
    assert _found(text, language) == want


def test_amounts_connector_joins_only_tens_and_units() -> None:
    found = _found("Recibieron dos y tres becas.", "es")
    assert [v for _, v, _ in found] == [2.0, 3.0]


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        (
            "Seven suspects were arrested in France, two in the Netherlands and three in the UK.",
            "en",
            [7.0, 2.0, 3.0],
        ),
        (
            "Il y a eu 1 700 migrants aidés en 2015, 5 000 en 2016, 7 000 en 2017 et 16 000 en 2018.",
            "fr",
            [1700.0, 5000.0, 7000.0, 16000.0],
        ),
        (
            "Se localizaron 128 cuerpos en Estados Unidos y el resto, 114, en México.",
            "es",
            [128.0, 114.0],
        ),
        ("Kenya hosted 540,000 refugees in 2022, 580,000 in 2023.", "en", [540000.0, 580000.0]),
        ("Ghana trained 40 officers in Accra, then 2019 in review.", "en", [40.0]),
        # words after digits are no item of the list (but "two of whom" counts farmers)
        ("The team met 30 farmers in Suva, two of whom spoke.", "en", [30.0, 2.0]),
        ("The team met 30 farmers in Suva, two in Lautoka.", "en", [30.0]),
    ],
)
def test_amounts_noun_written_once_for_a_list(text: str, language: str, want: list[float]) -> None:
    assert [v for _, v, k in _found(text, language) if k == "count"] == want


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        ("Desde entonces se han sumado otros seis, de manera que", "es", [6.0]),
        ("Since then another twelve have signed.", "en", [12.0]),
        ("We will need another one soon.", "en", []),
    ],
)
def test_amounts_count_after_another(text: str, language: str, want: list[float]) -> None:
    assert [v for _, v, k in _found(text, language) if k == "count"] == want


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("OECD (2017), Making Integration Work, p. 8.", "en"),
        ("Voir CIRCPI 2017, pp. 12 et suivantes.", "fr"),
        ("Blog / 6 mins read", "en"),
        ("la cobertura o la 2 intensidad de las prestaciones", "es"),
    ],
)
def test_amounts_numbers_that_count_nothing(text: str, language: str) -> None:
    assert [a for a in find_amounts(text, None, language=language) if a.kind == "count"] == []


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        ("Twelve arrested in people smuggling raid", "en", [12.0]),
        ("Of the 300 passengers, more than 1,000 were injured.", "en", [300.0, 1000.0]),
        ("En el naufragio, seis murieron y diez sobrevivieron.", "es", [6.0]),
        ("Parmi eux, 40 étaient mineurs.", "fr", [40.0]),
        # an age, a range of years: no count
        ("Children under five are most at risk.", "en", []),
        ("Losses from 2011 to 2022 have reached a peak.", "en", []),
    ],
)
def test_amounts_count_as_subject_of_a_verb(text: str, language: str, want: list[float]) -> None:
    assert [v for _, v, k in _found(text, language) if k == "count"] == want


@pytest.mark.parametrize(
    ("text", "language", "want"),
    [
        ("A total of 4,500 returnees came back, 2,000 of them women.", "en", [4500.0, 2000.0]),
        ("Ese día llegaron 300 personas, 20 de ellas menores.", "es", [300.0, 20.0]),
        ("Ils étaient 80, dont 12 d'entre eux blessés.", "fr", [12.0]),
        # the terms of a rate count nothing
        ("Tres de cada diez migrantes son mujeres.", "es", []),
        ("Seven out of ten migrants found work.", "en", []),
    ],
)
def test_amounts_partitive_pronouns_and_rates(text: str, language: str, want: list[float]) -> None:
    assert [v for _, v, k in _found(text, language) if k == "count"] == want


@pytest.mark.parametrize(
    ("text", "language", "qualifier"),
    [
        ("L'OIM estime leur nombre à 258 millions environ.", "fr", "approximately"),
        ("La tasa fue del 12 % aproximadamente.", "es", "approximately"),
        ("Se registraron 1.200 solicitudes en 2020.", "es", None),
    ],
)
def test_amounts_qualifier_after_the_amount(
    text: str, language: str, qualifier: str | None
) -> None:
    (a,) = find_amounts(text, None, language=language)
    assert a.qualifier == qualifier
