"""Gazetteer names as they are written: a lower-case last word makes no match unless the gazetteer
spells it so, a shorter name inside a non-match is still found, Spanish and French names of UN
bodies take the English canonical, news agencies are media, web-page sections are furniture, and
two bodies joined by "and" are two mentions."""

from __future__ import annotations

import pytest

from gcmextract.extractors.organizations.resolve import explain_organizations, find_organizations


# a country office keeps its place in the span and its parent's canonical, as "IOM Egypt"
def _found(text: str, language: str | None = None) -> list[tuple[str, str]]:
    places = {"paraguay", "bénin", "bolivia", "canberra"}
    return [(o.text, o.canonical) for o in find_organizations(text, [], places, [], language)]


def test_lower_case_last_word_is_not_the_capitalised_name() -> None:
    found = _found("Reform of the United Nations system was discussed in Canberra.")
    assert found == [("United Nations", "United Nations")]


def test_lower_case_first_word_leaves_the_inner_name() -> None:
    found = _found("Con el apoyo del sistema de las Naciones Unidas en Bolivia.", "es")
    assert found == [("Naciones Unidas", "United Nations")]


@pytest.mark.parametrize(
    ("text", "language", "name", "canonical"),
    [
        (
            "El Sistema de las Naciones Unidas en Paraguay apoya.",
            "es",
            "Sistema de las Naciones Unidas en Paraguay",
            "United Nations System",
        ),
        (
            "Le Système des Nations unies au Bénin appuie le plan.",
            "fr",
            "Système des Nations unies",
            "United Nations System",
        ),
        (
            "La Asamblea General aprobó la resolución.",
            "es",
            "Asamblea General",
            "United Nations General Assembly",
        ),
        (
            "Le Conseil de sécurité a prorogé le mandat.",
            "fr",
            "Conseil de sécurité",
            "United Nations Security Council",
        ),
    ],
)
def test_un_bodies_in_spanish_and_french(
    text: str, language: str, name: str, canonical: str
) -> None:
    assert (name, canonical) in _found(text, language)


def test_french_name_spelt_with_lower_case_last_word_still_matches() -> None:
    found = _found("Le Haut-Commissariat des Nations unies pour les réfugiés intervient.", "fr")
    assert found == [
        (
            "Haut-Commissariat des Nations unies pour les réfugiés",
            "United Nations High Commissioner for Refugees",
        )
    ]


@pytest.mark.parametrize(
    ("text", "name", "canonical"),
    [
        ("Lima, 3 mar (EFE). La policía detuvo a 20 personas.", "EFE", "Agencia EFE"),
        ("Berlin (dpa) - Die Zahl stieg.", "dpa", "Deutsche Presse-Agentur"),
        ("Yaoundé (AFP) - Le gouvernement a annoncé un plan.", "AFP", "Agence France-Presse"),
    ],
)
def test_news_agencies_are_media_outlets(text: str, name: str, canonical: str) -> None:
    orgs = find_organizations(text, [], set(), [], None)
    assert [(o.text, o.canonical, o.type) for o in orgs] == [(name, canonical, "media")]


def test_web_page_section_is_furniture() -> None:
    found = explain_organizations("Read the Asian Development Bank Blogs for more.", [], set())
    assert [o.text for o in found.organizations] == ["Asian Development Bank"]
    assert ("Asian Development Bank Blogs", "furniture") in {
        (found_text(r.candidate.start, r.candidate.end), r.reason) for r in found.rejected
    }


def found_text(start: int, end: int) -> str:
    return "Read the Asian Development Bank Blogs for more."[start:end]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The Zambia Law Development Commission and Legal Aid Board met.",
            ["Zambia Law Development Commission", "Legal Aid Board"],
        ),
        (
            "The Ministry of Labour and Social Protection trained inspectors.",
            ["Ministry of Labour and Social Protection"],
        ),
        ("U.S. Customs and Border Protection responded.", ["U.S. Customs and Border Protection"]),
    ],
)
def test_two_bodies_joined_by_and(text: str, names: list[str]) -> None:
    assert [n for n, _c in _found(text)] == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ghana will chair the Peace and Security Council in March 2025.",
            "Peace and Security Council",
        ),
        (
            "La Comisión Nacional de Refugiados desde enero atiende casos.",
            "Comisión Nacional de Refugiados",
        ),
    ],
)
def test_trailing_time_phrase_is_outside_the_name(text: str, name: str) -> None:
    language = "es" if "Comisión" in text else None
    assert [n for n, _c in _found(text, language)] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Researchers from the University of Ghana and Professor Kofi Mensah met.",
            "University of Ghana",
        ),
        ("The Ministry of Finance and Dr. Priya Nair signed.", "Ministry of Finance"),
        ("The Ministry of Labour and Employment hired staff.", "Ministry of Labour and Employment"),
    ],
)
def test_run_into_a_title_or_person_is_cut(text: str, name: str) -> None:
    assert [n for n, _c in _found(text)] == [name]


def test_country_name_with_a_head_word_is_a_place() -> None:
    found = explain_organizations(
        "The Russian Federation and the United Arab Emirates voted.", [], set()
    )
    assert found.organizations == []
    assert {r.reason for r in found.rejected} == {"place"}


def test_united_nations_organization_is_the_united_nations() -> None:
    assert _found("Reform of the United Nations Organization is overdue.") == [
        ("United Nations Organization", "United Nations")
    ]


def test_run_before_database_or_survey_names_a_thing() -> None:
    text = "Data come from the Asian Development Bank Key Indicators database and a survey."
    found = explain_organizations(text, [], set())
    assert [o.text for o in found.organizations] == ["Asian Development Bank"]
    assert "names-a-thing" in {r.reason for r in found.rejected}
