"""What a state gave, told with an amount right after its name (X alone has provided more than 360
million euro; X pledged $3 billion; X aportó 10 millones; X a versé 5 millions), is the speaker's
own aid; a sentence starts after a line break and not after the full stop of an abbreviation (Mr.
President, X ...), so a name there opens its sentence."""

from __future__ import annotations

import pytest

from gcmextract.resources.submitter import detect_submitter

# Another state, named twice as a plain mention.
OTHER_EN = "Many people like Norway. Many people like Norway. "


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        (
            OTHER_EN + "Many people like Ukraine. Many people like Ukraine. Last year, Germany "
            "alone has provided more than 360 million euro for humanitarian aid.",
            "DEU",
        ),
        (OTHER_EN + "We recall that Japan pledged $3 billion to the fund.", "JPN"),
        (
            "Mucha gente quiere Noruega. Mucha gente quiere Noruega. El año pasado, México "
            "aportó 10 millones de dólares al fondo.",
            "MEX",
        ),
        (
            "Beaucoup aiment la Norvège. Beaucoup aiment la Norvège. L'an dernier, le Maroc a "
            "versé 5 millions d'euros au fonds.",
            "MAR",
        ),
    ],
)
def test_a_state_giving_an_amount_is_the_speaker(text: str, iso3: str) -> None:
    assert detect_submitter(text).iso3 == iso3


def test_a_state_committing_massacres_is_accused() -> None:
    text = (
        "Many people like Norway. We recall that Peru committed massacres in 50 villages, that "
        "Peru committed massacres in 60 towns and that Peru committed massacres in 70 cities."
    )
    assert detect_submitter(text).iso3 == "NOR"


@pytest.mark.parametrize(
    "text",
    [
        OTHER_EN + "Mr. President, Latvia is concerned by the infodemic.",
        OTHER_EN + "Human Rights\nMr. President,\nLatvia is concerned by the infodemic.",
    ],
)
def test_a_name_after_the_greeting_opens_its_sentence(text: str) -> None:
    assert detect_submitter(text).iso3 == "LVA"
