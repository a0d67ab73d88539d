"""A sentence that invites others to join a state in an action speaks as that state (I call on all
countries to join X in ...; invito a todos a sumarse a X en ...; j'invite ... à se joindre à X dans
...), however often another state is named; standing with a state is not an invitation."""

from __future__ import annotations

import pytest

from gcmextract.resources.submitter import TEXT_SELF, detect_submitter

ACCUSED = "Armenia shells villages. Armenia is waging a war. Armenia attacks the border. "


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        (ACCUSED + "I call on all nations to join Georgia in building a corridor of peace.", "GEO"),
        (ACCUSED + "We urge the international community to unite with Iran in this effort.", "IRN"),
        (
            "Armenia bombardea aldeas. Armenia viola la frontera. Invitamos a todos los Estados "
            "a sumarse al Paraguay en esta lucha contra el hambre.",
            "PRY",
        ),
        (
            "L'Arménie bombarde des villages. L'Arménie viole la frontière. J'invite tous les "
            "États à se joindre au Bénin dans ce combat pour l'éducation.",
            "BEN",
        ),
    ],
)
def test_an_invitation_to_join_a_state_speaks_as_it(text: str, iso3: str) -> None:
    assert detect_submitter(text) == (iso3, TEXT_SELF)


def test_standing_with_a_state_is_not_an_invitation() -> None:
    text = (
        "Ghana is committed to peace. We urge all States to stand with Ukraine in its fight, "
        "to stand with Ukraine in its recovery."
    )
    assert detect_submitter(text).iso3 == "GHA"


def test_joining_a_state_without_an_invitation_is_not_the_speaker() -> None:
    text = "Peru is honoured. Our decision to join Senegal in the case before the Court stands."
    assert detect_submitter(text).iso3 == "PER"
