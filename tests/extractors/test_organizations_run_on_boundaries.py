"""Organisation spans that ran on past the name or stopped inside it, in several countries' styles:
a body acting "on" a country or another body, a government named by its state's formal name,
and a French name in sentence case that ran into its verb or stops before "et la"."""

from __future__ import annotations

import pytest

from gcmextract.api import extract_text


def _names(text: str, language: str) -> list[str]:
    return [o.text for o in extract_text(text, language=language).organizations]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We deplore the pressure exerted by the European Commission on the Republic of Moldova.",
            ["European Commission"],
        ),
        (
            "The complaint of the Government of Venezuela against the Organization of American "
            "States was heard.",
            ["Government of Venezuela", "Organization of American States"],
        ),
        # a topic after "on" is part of the name
        (
            "The Committee on the Rights of the Child and the Commission on the Status of Women "
            "met in New York.",
            ["Committee on the Rights of the Child", "Commission on the Status of Women"],
        ),
    ],
)
def test_body_acting_on_another_ends_before_it(text: str, expected: list[str]) -> None:
    assert _names(text, "en") == expected


def test_government_named_by_its_state_formal_name_runs_to_its_end() -> None:
    got = _names(
        "The Government of the Plurinational State of Bolivia and the Government of the United "
        "Republic of Tanzania signed the text.",
        "en",
    )
    assert got == [
        "Government of the Plurinational State of Bolivia",
        "Government of the United Republic of Tanzania",
    ]
    assert _names("The Government of the Federated States of Micronesia voted.", "en") == [
        "Government of the Federated States of Micronesia"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'Office national de l'emploi recrute des jeunes.", ["Office national de l'emploi"]),
        (
            "L'Office des Comoriens à l'étranger organise des journées d'information.",
            ["Office des Comoriens à l'étranger"],
        ),
        (
            "La Direction de la surveillance du territoire et la Gendarmerie nationale du Tchad "
            "ont arrêté des passeurs.",
            ["Direction de la surveillance du territoire", "Gendarmerie nationale du Tchad"],
        ),
    ],
)
def test_french_sentence_case_name_ends_before_its_verb(text: str, expected: list[str]) -> None:
    assert _names(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a known name written without the plural article after "de"
        (
            "El Fondo de Naciones Unidas para la Infancia apoyó a las familias en Honduras.",
            ["Fondo de Naciones Unidas para la Infancia"],
        ),
        (
            "El Alto Comisionado de Naciones Unidas para los Refugiados abrió una oficina en Tacna.",
            ["Alto Comisionado de Naciones Unidas para los Refugiados"],
        ),
        (
            "El Programa de Naciones Unidas para el Desarrollo financió el proyecto en Bolivia.",
            ["Programa de Naciones Unidas para el Desarrollo"],
        ),
    ],
)
def test_spanish_known_name_without_its_article(text: str, expected: list[str]) -> None:
    assert _names(text, "es") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a long sentence-case name with "sur les ... et le ..." is kept whole
        (
            "L'Alliance africaine pour la recherche sur les migrations et le développement (AARMD) "
            "a publié une note.",
            [
                "Alliance africaine pour la recherche sur les migrations et le développement",
                "AARMD",
            ],
        ),
        (
            "Le Réseau régional sur les migrations et la mobilité humaine, créé en 2019, publie "
            "des données.",
            ["Réseau régional sur les migrations et la mobilité humaine"],
        ),
        # "et le ministère" starts another body
        (
            "L'Office national de l'emploi et le ministère de l'Intérieur ont signé une convention.",
            ["Office national de l'emploi", "ministère de l'Intérieur"],
        ),
    ],
)
def test_french_long_sentence_case_name_kept_whole(text: str, expected: list[str]) -> None:
    assert _names(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Les ministères et les associations, réunis à Lomé, ont conclu l'accord.", "fr"),
        ("Le Système d'information sur les migrations, mis en service en 2020, aide Niamey.", "fr"),
        ("El Sistema de Información sobre Migraciones, creado en 2018, ayuda a Lima.", "es"),
        ("The Migration Information System, launched in 2020, helps Fiji.", "en"),
    ],
)
def test_generic_bodies_and_information_systems_are_no_organisations(
    text: str, language: str
) -> None:
    assert _names(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # an acronym written as a word, spelled by the beginnings of the name's words
        (
            "El Servicio Nacional de Menores (Sename) acogió a los niños. Sename abrió dos hogares.",
            "es",
            ["Servicio Nacional de Menores", "Sename", "Sename"],
        ),
        (
            "L'Office français de protection des réfugiés et apatrides (Ofpra) a statué.",
            "fr",
            ["Office français de protection des réfugiés et apatrides", "Ofpra"],
        ),
        # a place in brackets spells no name
        (
            "La Oficina Regional de la Organización Internacional del Trabajo para América "
            "Latina (Lima) publicó el estudio.",
            "es",
            ["Oficina Regional de la Organización Internacional del Trabajo para América Latina"],
        ),
    ],
)
def test_word_acronym_defined_by_its_name(text: str, language: str, expected: list[str]) -> None:
    assert _names(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Según la Unidad de Política Migratoria, Registro e Identidad de Personas, las "
            "solicitudes crecieron en Sonora.",
            "es",
            ["Unidad de Política Migratoria, Registro e Identidad de Personas"],
        ),
        (
            "El Ministerio de Educación, Ciencia e Innovación de Panamá financió la beca.",
            "es",
            ["Ministerio de Educación, Ciencia e Innovación de Panamá"],
        ),
        # a list of names stays a list
        (
            "Participaron el Banco Mundial, Unión Europea y OIM en Quito.",
            "es",
            ["Banco Mundial", "Unión Europea", "OIM"],
        ),
        # people named by their body are outside its name
        (
            "Investigadores del Colegio de la Frontera Sur estudiaron los flujos.",
            "es",
            ["Colegio de la Frontera Sur"],
        ),
    ],
)
def test_spanish_name_with_a_list_inside_kept_whole(
    text: str, language: str, expected: list[str]
) -> None:
    assert _names(text, language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person before the body they belong to
        ("Ana Lopez of the University of Nairobi spoke first.", ["University of Nairobi"]),
        # a serial comma before the last item of a list inside a name
        (
            "The Bureau of Population, Refugees, and Migration funded the shelter in Chad.",
            ["Bureau of Population, Refugees, and Migration"],
        ),
    ],
)
def test_english_person_before_body_and_serial_comma(text: str, expected: list[str]) -> None:
    assert _names(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a head that alone names one body of its country, and an agency named by its country
        (
            "Según la Cancillería, el trámite es gratuito en Bogotá.",
            "es",
            ["Cancillería"],
        ),
        (
            "La Cancillería y Migración Perú anunciaron un nuevo permiso.",
            "es",
            ["Cancillería", "Migración Perú"],
        ),
        (
            "Statistics Norway and Immigration New Zealand published data.",
            "en",
            ["Statistics Norway", "Immigration New Zealand"],
        ),
        # a generic head alone stays out
        ("Según el Ministerio, el trámite es gratuito.", "es", []),
    ],
)
def test_named_head_and_country_agency(text: str, language: str, expected: list[str]) -> None:
    assert _names(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a treaty's subject and an assessment defined with acronyms name no body
        ("Fiji ratified the Treaty on the Prohibition of Nuclear Weapons (TPNW) in 2020.", "en"),
        ("Tonga carried out a PDNA (Post-Disaster Needs Assessment) with its partners.", "en"),
        ("Chile firmó el Tratado sobre la Prohibición de las Armas Nucleares (TPAN).", "es"),
    ],
)
def test_document_subjects_and_assessments_are_no_organisations(text: str, language: str) -> None:
    assert _names(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # a government written in lower case, named by its country
        (
            "Le gouvernement de la République de Guinée a adopté une stratégie.",
            "fr",
            ["gouvernement de la République de Guinée"],
        ),
        ("Según el gobierno de Chile, las cifras bajaron.", "es", ["gobierno de Chile"]),
        # no country after it: no name
        ("El gobierno de turno decidió cerrar la frontera.", "es", []),
    ],
)
def test_lower_case_government_of_a_country(text: str, language: str, expected: list[str]) -> None:
    assert _names(text, language) == expected
