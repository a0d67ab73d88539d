"""Edges of organisation names on invented sentences: adjectives made of names, a preposition left
after a title, the pronoun "I" after a name, positions and seats that are no bodies."""

from __future__ import annotations

import pytest

from gcmextract.extractors.organizations.resolve import find_organizations


def _texts(text: str) -> list[str]:
    return [o.text for o in find_organizations(text, [], language="en")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We joined Security Council- and African Union-authorized missions.",
            ["Security Council", "African Union"],
        ),
        ("We back an African Union-led process.", ["African Union"]),
        ("A Caribbean Development Bank-funded road opened.", ["Caribbean Development Bank"]),
        ("A Red Cross Society-run shelter in Suva.", ["Red Cross Society"]),
    ],
)
def test_adjective_made_of_names_gives_the_names(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


def test_lower_case_word_of_a_name_after_a_hyphen_stays() -> None:
    text = "La Commission de l’Union économique et monétaire ouest-africaine a parlé."
    found = [o.text for o in find_organizations(text, [], language="fr")]
    assert found and all(t.endswith("ouest-africaine") for t in found)


def test_pronoun_after_a_name_is_cut_but_a_numeral_stays() -> None:
    text = (
        "The Council of Ministers whose Authority of Heads of State and Government I have the "
        "honour to chair met. The report of the Intergovernmental Panel on Climate Change Working "
        "Group I provided a grim scenario."
    )
    long = "Intergovernmental Panel on Climate Change Working Group I"
    ner = [(text.index(long), text.index(long) + len(long), "ORG")]
    found = [o.text for o in find_organizations(text, ner, language="en")]
    assert "Authority of Heads of State and Government" in found
    assert "Intergovernmental Panel on Climate Change Working Group I" in found


def test_preposition_left_after_a_title_is_dropped() -> None:
    text = "As President in Office of the Organisation of African, Pacific and Caribbean States, we act."
    assert all(not t.startswith("in ") for t in _texts(text))


@pytest.mark.parametrize(
    "text",
    [
        "Africa should have two Non-Permanent Seats on the Security Council.",
        "We support the Common African Position on reform.",
    ],
)
def test_positions_and_seats_are_no_bodies(text: str) -> None:
    assert all("Seats" not in t and "Position" not in t for t in _texts(text))


@pytest.mark.parametrize(
    ("text", "region"),
    [
        (
            "Tanzania hosted refugees from Central and Southern Africa for decades.",
            "Central and Southern Africa",
        ),
        ("Migrants crossed from West Africa to the north.", "West Africa"),
    ],
)
def test_regions_are_no_bodies(text: str, region: str) -> None:
    ner = [(text.index(region), text.index(region) + len(region), "ORG")]
    assert find_organizations(text, ner, {"africa"}, language="en") == []


def test_list_of_known_names_gives_each_name() -> None:
    text = "We thank the United Nations, African Union, European Union and partners."
    assert _texts(text) == ["United Nations", "African Union", "European Union"]


def test_compass_prefix_stays_in_the_name() -> None:
    text = "The North-East Development Commission was set up for victims."
    places = {"north"}
    found = [o.text for o in find_organizations(text, [], places, language="en")]
    assert found == ["North-East Development Commission"]


def test_pronoun_after_parliament_is_cut() -> None:
    text = "The Australian Parliament I serve in is ever more diverse."
    ner = [(4, 27, "ORG")]
    assert [o.text for o in find_organizations(text, ner, language="en")] == [
        "Australian Parliament"
    ]
