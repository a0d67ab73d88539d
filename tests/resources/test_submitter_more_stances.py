"""More of what a state does, hosts and is (X hosted the summit; X will spare no effort; X is
among the first; X ha acogido; X a accueilli), what a speaker announces or builds for it (I am
pleased to announce that X ...; to transform X into ...; a new X), X's history and presidency of a
body, and 'In X we ...' without a comma."""

from __future__ import annotations

import pytest

from gcmextract.resources.submitter import detect_submitter

OTHER_EN = "Many people like Norway. Many people like Norway. "
OTHER_ES = "Mucha gente quiere Noruega. Mucha gente quiere Noruega. "
OTHER_FR = "Beaucoup aiment la Norvège. Beaucoup aiment la Norvège. "


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        (OTHER_EN + "We recall that Qatar hosted the summit last year.", "QAT"),
        (OTHER_EN + "We know that Kenya will spare no effort for peace.", "KEN"),
        (OTHER_EN + "We note that Denmark is among the largest donors.", "DNK"),
        (OTHER_EN + "I am pleased to announce that Fiji will ratify the treaty.", "FJI"),
        (OTHER_EN + "Our plan will transform Rwanda into a hub of services.", "RWA"),
        (OTHER_EN + "We are building a new Iraq for all its citizens.", "IRQ"),
        (OTHER_EN + "Never before in Malta's history was trade so open.", "MLT"),
        (OTHER_EN + "That was a priority of Estonia's presidency of the Council.", "EST"),
        (OTHER_EN + "In Mongolia we have doubled the forests.", "MNG"),
        (OTHER_ES + "Recordamos que Chile ha acogido la cumbre.", "CHL"),
        (OTHER_FR + "Nous rappelons que le Maroc a accueilli la conférence.", "MAR"),
    ],
)
def test_more_places_where_a_text_speaks_of_its_state(text: str, iso3: str) -> None:
    assert detect_submitter(text).iso3 == iso3


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        (OTHER_EN + "I took office as the twenty-fourth President of Liberia.", "LBR"),
        (OTHER_EN + "I speak today as the newly elected Chancellor of Germany.", "DEU"),
        (OTHER_ES + "Hablo como nueva presidenta de Honduras.", "HND"),
    ],
)
def test_an_office_with_a_word_before_it_speaks_as_its_state(text: str, iso3: str) -> None:
    assert detect_submitter(text).source == "text"
    assert detect_submitter(text).iso3 == iso3


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        (OTHER_EN + "We recall that in 2019 Egypt will chair the Group of 77.", "EGY"),
        (OTHER_EN + "We note that Sweden holds the presidency of the Council.", "SWE"),
        (OTHER_ES + "Recordamos que Uruguay presidirá el Grupo.", "URY"),
        (OTHER_FR + "Nous rappelons que le Niger assure la présidence du Conseil.", "NER"),
    ],
)
def test_a_state_chairing_a_body_is_the_speaker(text: str, iso3: str) -> None:
    assert detect_submitter(text).iso3 == iso3


def test_a_states_administration_named_after_it_is_another_state() -> None:
    text = (
        OTHER_EN + "The Peru Administration went further. The Peru Administration reneged. "
        "Peru's Government said no. The Peru regime insists."
    )
    assert detect_submitter(text).iso3 == "NOR"


@pytest.mark.parametrize(
    "text",
    [
        OTHER_EN + "Peru must withdraw. Peru should comply. Peru needs to stop.",
        OTHER_ES + "Perú debe retirarse. Perú debería cumplir. Perú tiene que parar.",
        OTHER_FR + "Le Pérou doit se retirer. Le Pérou devrait respecter le droit.",
        OTHER_EN + "We are grateful to the Government of Peru for its assistance and to the "
        "Government and the people of Peru for their help.",
    ],
)
def test_what_another_state_must_do_or_is_thanked_for_is_not_the_speakers(text: str) -> None:
    assert detect_submitter(text).iso3 == "NOR"
