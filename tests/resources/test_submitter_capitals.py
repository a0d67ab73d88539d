"""A capital city is a weak mention of its state (here in Accra, desde Lima, ici à Dakar), read
where it stands like a name, but not inside the name of an instrument, meeting or group named after
a city (the Paris Agreement, la Enmienda de Kigali, le Groupe de Lima)."""

from __future__ import annotations

import pytest

from gcmextract.resources.submitter import TEXT_MENTIONS, TEXT_SELF, detect_submitter


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Our ministries in Accra coordinate the response to displacement.", "GHA"),
        ("Los ministerios de Lima coordinan la respuesta a la migración.", "PER"),
        ("Les ministères de Dakar coordonnent l'accueil des migrants.", "SEN"),
    ],
)
def test_a_capital_alone_names_its_state(text: str, iso3: str) -> None:
    assert detect_submitter(text) == (iso3, TEXT_MENTIONS)


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Here in Accra, we have built twelve reception centres for returning migrants.", "GHA"),
        ("Aquí en Lima, nosotros hemos abierto doce centros para migrantes.", "PER"),
    ],
)
def test_speaking_from_the_capital_is_speaking_as_the_state(text: str, iso3: str) -> None:
    assert detect_submitter(text) == (iso3, TEXT_SELF)


@pytest.mark.parametrize(
    "text",
    [
        "The Paris Agreement and the Kigali Amendment must be implemented; the Doha round stalled.",
        "La Enmienda de Kigali y el Acuerdo de París deben cumplirse, dijo el Grupo de Lima.",
        "L'Accord de Paris et le Programme d'action de Doha doivent être mis en œuvre.",
        "The Minsk agreements and the Paris climate agreement were signed.",
    ],
)
def test_instruments_named_after_a_city_name_no_state(text: str) -> None:
    assert detect_submitter(text).iso3 is None


def test_a_capital_weighs_less_than_the_state_named() -> None:
    text = "Nepal has cut emissions. Talks were held in Nairobi last year, and again in Nairobi."
    assert detect_submitter(text).iso3 == "NPL"


def test_a_capital_accused_counts_against_its_state() -> None:
    text = (
        "Trade with Chile grows. Moscow is waging a war of aggression. Moscow bombs the ports, "
        "and Moscow shells the cities."
    )
    assert detect_submitter(text).iso3 == "CHL"
