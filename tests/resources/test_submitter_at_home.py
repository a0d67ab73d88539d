"""What a text tells it does at home (the road we are building in X; the law that we are
implementing in X; lo que nosotros hemos construido en X; ce que nous avons mis en place au X)
speaks from X, but not what it sees or takes part in elsewhere (what we are witnessing in X); a
state that is concerned (X is deeply concerned about ...; X está preocupado; X est préoccupé)
states its stance, not 'where X is concerned'; 'on behalf of the Government and the people of X'
speaks as X."""

from __future__ import annotations

import pytest

from gcmextract.resources.submitter import detect_submitter

OTHER_EN = "Many people like Norway. Many people like Norway. "
OTHER_ES = "Mucha gente quiere Noruega. Mucha gente quiere Noruega. "
OTHER_FR = "Beaucoup aiment la Norvège. Beaucoup aiment la Norvège. "


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        (OTHER_EN + "That is the road we are building in Bolivia, step by step.", "BOL"),
        (OTHER_EN + "It is the climate law that we are implementing in Chile.", "CHL"),
        (OTHER_ES + "Es el camino que nosotros hemos construido en Bolivia.", "BOL"),
        (OTHER_FR + "C'est la loi que nous avons mis en place au Sénégal.", "SEN"),
        (OTHER_EN + "We recall that Botswana remains concerned about the conflicts.", "BWA"),
        (OTHER_ES + "Recordamos que Paraguay sigue preocupado por el terrorismo.", "PRY"),
        (OTHER_FR + "Nous rappelons que le Mali reste préoccupé par les réfugiés.", "MLI"),
        (
            OTHER_EN + "I speak on behalf of the Government and the people of Liberia.",
            "LBR",
        ),
    ],
)
def test_a_text_telling_what_its_state_does_or_fears(text: str, iso3: str) -> None:
    assert detect_submitter(text).iso3 == iso3


@pytest.mark.parametrize(
    "text",
    [
        OTHER_EN + "The tragedies that we are witnessing in Syria remind us of the road ahead.",
        OTHER_EN + "We joined millions in Ghana in mourning him.",
        OTHER_EN + "Where Belarus is concerned, we respect non-interference.",
    ],
)
def test_what_a_text_sees_elsewhere_is_no_home(text: str) -> None:
    assert detect_submitter(text).iso3 == "NOR"
