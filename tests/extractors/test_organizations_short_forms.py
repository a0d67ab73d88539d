"""Network short forms, possessive pairs of bodies and widely cited bodies, on invented sentences
with no NER spans (rules and gazetteer alone)."""

from __future__ import annotations

import pytest

from gcmextract.extractors.organizations.resolve import find_organizations


def _found(text: str) -> list[tuple[str, str]]:
    return [(o.text, o.canonical) for o in find_organizations(text, [], language="en")]


@pytest.mark.parametrize(
    "network",
    ["Strong Cities Network", "Safe Harbour Alliance", "Kampala Lake Coalition"],
)
def test_short_form_after_the_full_name_shares_its_canonical(network: str) -> None:
    short = network.rsplit(" ", 1)[0]
    text = (
        f"The {network} was founded in 2015. Mayors wrote to {short} about housing, "
        f"and {short} answered. Across {short}’ members, cities act."
    )
    found = _found(text)
    shorts = [t for t, canon in found if t == short and canon == network]
    assert len(shorts) == 3, found


def test_short_form_needs_the_full_name_first_and_a_distinctive_word() -> None:
    assert _found("Strong Cities answered the mayors in 2020.") == []
    text = "The Global Migration Network met in Dakar. Global Migration is rising."
    assert [t for t, _ in _found(text)] == ["Global Migration Network"]


def test_short_form_inside_a_longer_name_is_left_alone() -> None:
    text = "The Strong Cities Network met. The Asian Strong Cities group was formed."
    assert [t for t, _ in _found(text)] == ["Strong Cities Network"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The State Department's Bureau of Population, Refugees, and Migration paid.",
            ["State Department", "Bureau of Population, Refugees, and Migration"],
        ),
        (
            "The Ministry of Interior's Directorate General of Migration Management in Ankara.",
            ["Ministry of Interior", "Directorate General of Migration Management"],
        ),
        ("Kenya's Ministry of Health met the donors.", ["Ministry of Health"]),
    ],
)
def test_possessive_between_two_bodies_gives_both(text: str, expected: list[str]) -> None:
    places = {"kenya", "ankara"}
    found = [o.text for o in find_organizations(text, [], places, language="en")]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "name", "canonical"),
    [
        (
            "Guidance from the CDC was followed.",
            "CDC",
            "Centers for Disease Control and Prevention",
        ),
        (
            "Fedasil runs the reception centres.",
            "Fedasil",
            "Federal Agency for the Reception of Asylum Seekers",
        ),
        ("A study by LSE researchers.", "LSE", "London School of Economics"),
        (
            "Work under the Conference of European Statisticians.",
            "Conference of European Statisticians",
            "Conference of European Statisticians",
        ),
    ],
)
def test_widely_cited_bodies_are_known(text: str, name: str, canonical: str) -> None:
    assert (name, canonical) in _found(text)
