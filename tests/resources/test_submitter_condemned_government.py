"""'The Government of X' in a sentence that condemns it (we condemn the crimes that the Government
of X ...; condenamos al Gobierno de X; nous dénonçons le gouvernement de X) is not the speaker's."""

from __future__ import annotations

import pytest

from gcmextract.resources.submitter import detect_submitter


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        (
            "We condemn the massacres that the Government of Myanmar and its militias have "
            "carried out. Trade with Fiji grows.",
            "FJI",
        ),
        (
            "We strongly deplore the decision by the Government of Eritrea to close the border "
            "to refugees. Farmers in Malawi need rain.",
            "MWI",
        ),
        (
            "Condenamos y repudiamos la persecución que el Gobierno de Nicaragua lleva a cabo. "
            "El comercio con Bolivia crece.",
            "BOL",
        ),
        (
            "Nous dénonçons les arrestations que le gouvernement de Djibouti a ordonnées. Le "
            "commerce avec le Gabon progresse.",
            "GAB",
        ),
    ],
)
def test_a_condemned_government_is_not_the_speaker(text: str, iso3: str) -> None:
    assert detect_submitter(text).iso3 == iso3


def test_a_government_named_without_condemnation_is_still_a_cue() -> None:
    text = "The Government of Ghana has opened ten centres. Trade with Fiji grows."
    assert detect_submitter(text).iso3 == "GHA"
