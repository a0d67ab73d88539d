"""An attack or occupation ascribed to a people (Russian aggression, la ocupación israelí,
l'agression russe) counts against its state, for a demonym of one state only (not Congolese)."""

from __future__ import annotations

import pytest

from gcmextract.resources.submitter import detect_submitter


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        (
            "Eritrea is small. Eritrea is poor. Ethiopia is large. Ethiopia is near. Ethiopia is "
            "strong. Ethiopian troops, Ethiopian forces, Ethiopian shelling, Ethiopian drones, "
            "Ethiopian missiles, Ethiopian strikes, Ethiopian attacks and the Ethiopian "
            "occupation go on.",
            "ERI",
        ),
        (
            "Cuba es una isla. Cuba es pobre. Marruecos es grande. Marruecos es vecino. Marruecos "
            "es fuerte. La ocupación marroquí, la agresión marroquí, las tropas marroquíes, el "
            "bloqueo marroquí, los ataques marroquíes, los misiles marroquíes, la guerra marroquí "
            "y el ejército marroquí siguen.",
            "CUB",
        ),
        (
            "Le Bénin est petit. Le Bénin est pauvre. La Libye est grande. La Libye est proche. "
            "La Libye est forte. L'agression libyenne, l'occupation libyenne, l'armée libyenne, "
            "le blocus libyen, les attaques libyennes, les missiles libyens, la guerre libyenne "
            "et les troupes libyennes continuent.",
            "BEN",
        ),
    ],
)
def test_a_people_accused_counts_against_its_state(text: str, iso3: str) -> None:
    assert detect_submitter(text).iso3 == iso3


def test_a_demonym_of_two_states_accuses_neither() -> None:
    text = (
        "Ghana is far. Ghana is poor. Congo is near. Congo is large. Congo is rich. Congolese "
        "forces, Congolese troops, Congolese drones, Congolese shelling, Congolese missiles, "
        "Congolese strikes, Congolese attacks and the Congolese army are seen."
    )
    assert detect_submitter(text).iso3 == "COG"
