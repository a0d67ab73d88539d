"""A state telling what it does and will do (X will continue, X has always, X is firmly; X
seguirá; X continuera) counts as a stance, and a name where a text speaks of its own state's view,
aims or support (For X, ...; a priority for X; count on X; Para X, ...; Pour le X, ...) counts as a
subject, not as the object of a preposition."""

from __future__ import annotations

import pytest

from gcmextract.resources.submitter import detect_submitter


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        (
            "Peru is a partner. Peru is a neighbour. In the coming years, Chile will continue "
            "its reform of the ports.",
            "CHL",
        ),
        (
            "Norway is a donor. Norway is a friend. Since independence, Ghana has always opened "
            "its doors to those who flee.",
            "GHA",
        ),
        (
            "Perú es un socio. Perú es un vecino. En los próximos años, Chile seguirá sus "
            "reformas de los puertos.",
            "CHL",
        ),
        (
            "Le Pérou est un partenaire. Le Pérou est un voisin. Dans les années à venir, le Chili "
            "continuera ses réformes des ports.",
            "CHL",
        ),
    ],
)
def test_what_a_state_does_and_will_do_is_its_stance(text: str, iso3: str) -> None:
    assert detect_submitter(text).iso3 == iso3


def test_an_accusation_after_the_name_still_wins() -> None:
    text = (
        "Trade with Chile grows. Russia has made threats against its neighbours, and Russia "
        "has made new attacks."
    )
    assert detect_submitter(text).iso3 == "CHL"


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        (
            "Peru is a neighbour. For Chile, migration is a source of growth, and it is a "
            "priority for Chile.",
            "CHL",
        ),
        (
            "Japan is a partner. You can count on Kenya, and I assure you of Kenya's support.",
            "KEN",
        ),
        (
            "Perú es un vecino. Para Chile, la migración es crecimiento, y es una prioridad para "
            "Chile.",
            "CHL",
        ),
        (
            "Le Pérou est un voisin. Pour le Chili, la migration est une chance, et une priorité "
            "pour le Chili.",
            "CHL",
        ),
    ],
)
def test_the_speakers_view_aims_and_support(text: str, iso3: str) -> None:
    assert detect_submitter(text).iso3 == iso3


def test_a_state_in_need_is_still_an_object() -> None:
    text = "Chile is a partner. We send aid to Haiti, and food to Haiti, and doctors to Haiti."
    assert detect_submitter(text).iso3 == "CHL"
