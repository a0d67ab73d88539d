"""'The Government of X' is the speaker's cue unless an accusation follows it (the Government of X
invaded ...; el Gobierno de X viola ...; le gouvernement de X occupe ...)."""

from __future__ import annotations

import pytest

from gcmextract.resources.submitter import detect_submitter


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        (
            "Trade with Fiji grows. The Government of Myanmar attacked villages and the "
            "Government of Myanmar bombed schools.",
            "FJI",
        ),
        (
            "El comercio con Bolivia crece. El Gobierno de Nicaragua viola los derechos y el "
            "Gobierno de Nicaragua viola la ley.",
            "BOL",
        ),
        (
            "Le commerce avec le Gabon progresse. Le gouvernement de Djibouti occupe des terres, "
            "et le gouvernement de Djibouti occupe des îles.",
            "GAB",
        ),
    ],
)
def test_an_accused_government_is_not_the_speaker(text: str, iso3: str) -> None:
    assert detect_submitter(text).iso3 == iso3
