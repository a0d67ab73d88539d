"""A text that calls its own state by the bare title of its formal name (The Kingdom will continue
...; la Principauté; el Reino) names the state of that title that the rest of the text names; the
title with 'of' or a capitalised word after it (the Kingdom of God, the United Kingdom, le
Royaume-Uni) is no such reference."""

from __future__ import annotations

import pytest

from gcmextract.resources.country import iso3_of
from gcmextract.resources.lexicon import load_json
from gcmextract.resources.submitter import detect_submitter

# Another state named as the subject of a sentence, twice.
YEMEN = "Yemen is suffering. Yemen is at war. "


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        (
            YEMEN + "We opened a centre in Rabat. The Kingdom will continue to support the "
            "people of the region, and the Kingdom has given 100 million dollars.",
            "MAR",
        ),
        (
            YEMEN + "The Kingdom reaffirms its support to the people of the region. A forum "
            "met in Riyadh. The Kingdom has built 40 schools.",
            "SAU",
        ),
        (
            "Le Yémen souffre. Le Yémen est en guerre. La conférence s'est tenue à Vaduz. La "
            "Principauté continuera de soutenir les efforts de paix et la Principauté réaffirme "
            "son engagement.",
            "LIE",
        ),
        (
            "Yemen sufre. Yemen está en guerra. Mascate acogió la reunión. El Sultanato seguirá "
            "apoyando la paz y el Sultanato reafirma su compromiso.",
            "OMN",
        ),
    ],
)
def test_a_bare_title_names_the_titled_state_the_text_names(text: str, iso3: str) -> None:
    assert detect_submitter(text).iso3 == iso3


# Another state named once as an object: less than any title counted for a state.
YEMEN_ONCE = "People from Yemen spoke. "


@pytest.mark.parametrize(
    "text",
    [
        # no state of that title named: the title names none
        YEMEN_ONCE + "The Kingdom will continue to support the people of the region.",
        # not a bare title: 'of' after it
        YEMEN_ONCE + "We met in Rabat. We pray that the Kingdom of God will continue to grow "
        "and that the Kingdom of Heaven will continue to bring peace.",
        "Gente de Yemen habló. Estuvimos en Rabat. El Reino de Dios seguirá creciendo.",
    ],
)
def test_no_bare_title_or_no_titled_state_changes_nothing(text: str) -> None:
    assert detect_submitter(text).iso3 == "YEM"


def test_every_titled_state_is_a_known_state() -> None:
    titles = load_json("gcmextract.resources.data", "state_titles.json")["titles"]
    assert titles
    for title, states in titles.items():
        assert states, title
        assert all(iso3_of(iso3) == iso3 for iso3 in states), title
