"""A state the text speaks as wins over a state it only talks about, however often it names it,
unless that state is what the text is all about (more than `self_outweighs` times the speaker's
total); the cues that make a text speak as a state are not read where they are someone else's:
an office followed by a person's name (as the President of X, Mr. Y, said), an office before a
verb (the world watched as the President of X made threats), a demonym listed with another before
a word of partnership (our British and European partners)."""

from __future__ import annotations

import pytest

from gcmextract.resources.submitter import detect_submitter


def _accused(name: str, times: int, verbs: list[str]) -> str:
    """`name` as the subject of `times` sentences, each with a verb of `verbs`."""
    return " ".join(f"{name} {verbs[i % len(verbs)]}." for i in range(times))


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        (
            "We Armenians want peace. "
            + _accused("Azerbaijan", 4, ["is building roads", "is moving troops", "has refused"]),
            "ARM",
        ),
        (
            "Nosotros, los cubanos, resistimos. "
            + _accused("Estados Unidos", 4, ["impone medidas", "persigue bancos", "niega visas"]),
            "CUB",
        ),
        (
            "Nous, Maliens, voulons la paix. "
            + _accused("La Russie", 4, ["envoie des armes", "signe des contrats", "parle fort"]),
            "MLI",
        ),
    ],
)
def test_the_voice_of_a_state_outweighs_many_mentions_of_another(text: str, iso3: str) -> None:
    assert detect_submitter(text).iso3 == iso3


def test_a_text_all_about_another_state_is_not_outweighed() -> None:
    text = "We Armenians want peace. " + _accused(
        "Azerbaijan", 30, ["is building roads", "is moving troops", "has refused"]
    )
    assert detect_submitter(text).iso3 == "AZE"


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        (
            "Peru is a friend. As the President of Chile, Mr. Gabriel Boric, has said, the "
            "region needs more cooperation.",
            "PER",
        ),
        (
            "Peru is a friend. Yesterday the world watched as the President of Chile made new "
            "promises to the region.",
            "PER",
        ),
        (
            "Peru is a friend. With our British and European partners, we will do more.",
            "PER",
        ),
    ],
)
def test_someone_elses_office_or_partners_are_not_the_speakers_voice(text: str, iso3: str) -> None:
    assert detect_submitter(text).iso3 == iso3


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("Peru is a friend. As President of Chile, I am committed to the region.", "CHL"),
        ("Peru is a friend. My mandate as President of Chile has been short.", "CHL"),
        (
            "Peru is a friend. I speak as Minister for Foreign Affairs of Ghana on behalf of my "
            "President.",
            "GHA",
        ),
    ],
)
def test_the_speakers_own_office_still_speaks_as_its_state(text: str, iso3: str) -> None:
    assert detect_submitter(text).iso3 == iso3
