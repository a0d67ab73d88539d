"""Kinds of organisation errors seen in country statements, in other countries' styles: places whose
last word is a body's or a geographic one, job titles, a statistical span across a sentence's end
or joining two bodies, and a government named by a country whose name has an apostrophe."""

from __future__ import annotations

import pytest

import gcmextract
from gcmextract.extractors.organizations.candidates import AcronymTable, Candidate, Context
from gcmextract.extractors.organizations.country_tail import country_end, fold
from gcmextract.extractors.organizations.filters import (
    reject_sentence_end_in_ner,
    reject_two_bodies_in_ner,
)


def _orgs(text: str) -> list[str]:
    return [o.text for o in gcmextract.extract_text(text, language="en").organizations]


def _ctx(text: str) -> Context:
    return Context(text=text, ner_spans=[], places=set(), groups=set(), acronyms=AcronymTable())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # places whose last word is geographic or that a place gazetteer knows
        ("Shipping through the Red Sea and aid to the Gaza Strip were disrupted.", []),
        ("The ministers of the former Soviet Union met in the West Bank.", []),
        (
            "Delegates met in the Parliament Building in Accra with the Port Authority of Jamaica.",
            ["Port Authority of Jamaica"],
        ),
        # a job title is no body; a body beside it still is
        (
            "The Commissioner for Trade and Industry announced new rules, said the Red Cross.",
            ["Red Cross"],
        ),
    ],
)
def test_places_and_titles_are_not_bodies(text: str, expected: list[str]) -> None:
    assert _orgs(text) == expected


def test_government_keeps_its_country_whole() -> None:
    text = (
        "The Government of Côte d'Ivoire and the Government of Cote d’Ivoire met the Government "
        "of the Democratic Republic of the Congo and the Government of Guinea-Bissau."
    )
    assert _orgs(text) == [
        "Government of Côte d'Ivoire",
        "Government of Cote d’Ivoire",
        "Government of the Democratic Republic of the Congo",
        "Government of Guinea-Bissau",
    ]


@pytest.mark.parametrize(
    ("text", "cut", "expected_end"),
    [
        ("Government of Cote d’Ivoire said", "Government of Cote", "Government of Cote d’Ivoire"),
        ("Ministry of Health of Peru", "Ministry of Health", "Ministry of Health"),
        ("Government of Chile and", "Government of Chile", "Government of Chile"),
    ],
)
def test_country_end(text: str, cut: str, expected_end: str) -> None:
    assert text[: country_end(text, 0, len(cut))] == expected_end


def test_fold_keeps_one_character_for_one() -> None:
    assert fold("Côte d’Ivoire") == "cote d'ivoire"
    assert len(fold("São Tomé and Príncipe")) == len("São Tomé and Príncipe")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("the Authority. Meanwhile ministers met", "ner-sentence-end"),
        ("the U.S. Department of Labor", None),
        ("the Ministry of Labour and the Government of Samoa", "ner-two-bodies"),
        ("the Ministerio de Salud y el Gobierno de Chile", "ner-two-bodies"),
        ("the Trinidad and the Tobago Red Cross", None),
    ],
)
def test_statistical_spans_across_a_sentence_or_two_bodies(text: str, reason: str | None) -> None:
    c = Candidate(4, len(text), "ner")
    ctx = _ctx(text)
    got = reject_sentence_end_in_ner(c, ctx) or reject_two_bodies_in_ner(c, ctx)
    assert got == reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name with "and" before a head the gazetteer knows is one name when its left part
        # does not end a body
        (
            "Kenya sits on the African Union Peace and Security Council as well as the Board.",
            ["African Union Peace and Security Council"],
        ),
        # members, participants and statements are not the body they belong to
        (
            "As a State Member of the Organization, Fiji thanks Member States for the General "
            "Assembly's support.",
            ["General Assembly"],
        ),
        ("Participants in the Assembly will meet in Doha.", []),
        ("Let me present Nepal's National Statement to the Assembly of States.", []),
    ],
)
def test_members_statements_and_joined_names(text: str, expected: list[str]) -> None:
    assert _orgs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an acronym after "in the" is the name's place, inside the one mention
        (
            "The United Nations Integrated Office in the CAR will close.",
            ["United Nations Integrated Office in the CAR"],
        ),
        # leaders and peoples are people; a proclamation is a document; a region is a place
        ("The Caribbean Leaders met the People of the Kingdom of Tonga.", []),
        ("They endorsed the ASEAN Proclamation on the Western Balkans.", ["ASEAN"]),
        (
            "The Zimbabwe African People’s Union and the Indigenous Peoples Forum met.",
            ["Zimbabwe African People’s Union", "Indigenous Peoples Forum"],
        ),
    ],
)
def test_place_acronyms_people_and_documents(text: str, expected: list[str]) -> None:
    assert _orgs(text) == expected


def test_a_quantifier_before_a_body_word_is_no_name() -> None:
    text = "Every Government has tried dialogue, and Each Ministry of Labour reported to it."
    assert _orgs(text) == ["Ministry of Labour"]
