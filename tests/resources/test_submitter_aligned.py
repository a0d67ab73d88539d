"""A state said to be aligned with a position (X is fully aligned; X está alineado; X s'aligne) states
its own stance: the speaker, wherever the sentence puts the name."""

from __future__ import annotations

import pytest

from gcmextract.resources.submitter import TEXT_MENTIONS, detect_submitter

STORY = "Eswatini was winning the fight against malaria. Eswatini was a model for the region. "


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        (
            STORY + "We back the doctrine on the islands, with which Portugal is fully aligned.",
            "PRT",
        ),
        (
            "Eswatini ganaba la lucha. Eswatini era un modelo. Es una doctrina con la que "
            "Uruguay está alineado.",
            "URY",
        ),
        (
            "L'Eswatini gagnait la lutte. L'Eswatini était un modèle. C'est une doctrine à laquelle "
            "la Belgique s'aligne pleinement.",
            "BEL",
        ),
    ],
)
def test_a_state_aligned_with_a_position_is_the_speaker(text: str, iso3: str) -> None:
    assert detect_submitter(text).iso3 == iso3


def test_aligned_in_the_past_is_no_stance() -> None:
    text = STORY + "In 1990, Portugal aligned with the majority."
    assert detect_submitter(text) == ("SWZ", TEXT_MENTIONS)
