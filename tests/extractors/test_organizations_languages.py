"""Spanish and French organisation names: connectors, elisions and lower-case French heads kept
inside a name, lists of names kept apart, one English canonical across languages, and the
language patterns used only for documents in that language."""

from __future__ import annotations

import pytest

from gcmextract.extractors.organizations.resolve import find_organizations


def _names(text: str, language: str | None) -> list[str]:
    return [
        o.text for o in find_organizations(text, [], {"burkina faso", "honduras"}, [], language)
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Le ministère de l'Intérieur et de la Sécurité publique a ouvert un guichet.",
            "ministère de l'Intérieur et de la Sécurité publique",
        ),
        (
            "Il relève du ministère de la Fonction publique, du Travail et de la Protection sociale.",
            "ministère de la Fonction publique, du Travail et de la Protection sociale",
        ),
        (
            "La Direction générale de la Protection civile a coordonné les secours.",
            "Direction générale de la Protection civile",
        ),
        (
            "La Cellule nationale de Lutte contre la Traite des Personnes a formé des agents.",
            "Cellule nationale de Lutte contre la Traite des Personnes",
        ),
        ("Le Gouvernement du Burkina Faso salue le Pacte mondial.", "Gouvernement du Burkina Faso"),
    ],
)
def test_organizations_languages_french_names(text: str, name: str) -> None:
    assert name in _names(text, "fr")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "La Dirección General de Migración y Extranjería emitió nuevos permisos.",
            "Dirección General de Migración y Extranjería",
        ),
        (
            "La Fiscalía Especial contra la Trata de Personas abrió 40 casos.",
            "Fiscalía Especial contra la Trata de Personas",
        ),
        (
            "El Consejo Nacional para la Protección de los Derechos de los Migrantes sesionó.",
            "Consejo Nacional para la Protección de los Derechos de los Migrantes",
        ),
        ("El Gobierno de Honduras agradece el apoyo.", "Gobierno de Honduras"),
    ],
)
def test_organizations_languages_spanish_names(text: str, name: str) -> None:
    assert name in _names(text, "es")


def test_organizations_languages_lists_stay_apart() -> None:
    text = "Avec l'Union européenne, la Banque mondiale, l'Espagne et l'Italie, le projet avance."
    names = _names(text, "fr")
    assert "Union européenne" in names and "Banque mondiale" in names
    assert not any("," in n for n in names)


def test_organizations_languages_documents_and_events_are_not_organisations() -> None:
    text = (
        "Le pays a adhéré au Pacte mondial et présenté un Rapport national au Forum d'examen des "
        "migrations internationales; la Politique nationale de Migration a été adoptée."
    )
    assert _names(text, "fr") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La Organización Internacional para las Migraciones (OIM) apoyó el retorno.", "es"),
        ("L'Organisation internationale pour les migrations (OIM) a appuyé le retour.", "fr"),
        ("The International Organization for Migration (IOM) supported returns.", "en"),
    ],
)
def test_organizations_languages_one_english_canonical(text: str, language: str) -> None:
    orgs = find_organizations(text, [], set(), [], language)
    assert {o.canonical for o in orgs} == {"International Organization for Migration"}
    assert len(orgs) == 2


def test_organizations_languages_patterns_only_for_that_language() -> None:
    text = "Le ministère de l'Intérieur et de la Sécurité publique a ouvert un guichet."
    assert "ministère de l'Intérieur et de la Sécurité publique" not in _names(text, "en")
