"""Spanish and French official names written in sentence case: their acronym definitions are
found (so later uses of the acronym resolve), long names with many connectors stay whole, a
leading "Selon" / "Según" is cut, and a verb after a name's adjective is not part of it."""

from __future__ import annotations

import pytest

from gcmextract.extractors.organizations.acronyms import find_definitions
from gcmextract.extractors.organizations.resolve import find_organizations


def _found(text: str, language: str) -> list[tuple[str, str]]:
    return [(o.text, o.canonical) for o in find_organizations(text, [], set(), [], language)]


@pytest.mark.parametrize(
    ("text", "language", "short", "long"),
    [
        (
            "L'Office national de sécurité sociale (ONSS) perçoit les cotisations. "
            "L'ONSS publie ses chiffres chaque trimestre.",
            "fr",
            "ONSS",
            "Office national de sécurité sociale",
        ),
        (
            "L'Office des Tunisiens à l'étranger (OTE) accompagne les familles; l'OTE a ouvert "
            "trois bureaux.",
            "fr",
            "OTE",
            "Office des Tunisiens à l'étranger",
        ),
        (
            "La Comisión nacional de ayuda al refugiado (CNAR) atiende solicitudes. La CNAR "
            "resolvió 200 casos.",
            "es",
            "CNAR",
            "Comisión nacional de ayuda al refugiado",
        ),
    ],
)
def test_sentence_case_definition_resolves_later_uses(
    text: str, language: str, short: str, long: str
) -> None:
    found = _found(text, language)
    assert (long, long) in found
    uses = [canonical for name, canonical in found if name == short]
    assert len(uses) == 2 and set(uses) == {long}


def test_long_definition_with_many_connectors_is_one_name() -> None:
    text = (
        "Le Secrétariat permanent du comité de suivi de la stratégie à l'égard des "
        "populations de la diaspora (SPCSD) coordonne. Le SPCSD rend compte."
    )
    (d,) = find_definitions(text)
    assert d.long.startswith("Secrétariat permanent") and d.long.endswith("diaspora")


def test_lower_case_phrase_with_letters_is_no_definition() -> None:
    # no capital and no organisation head: a group of people, not a name
    assert find_definitions("Les mineurs non accompagnés (MNA) sont nombreux.") == []


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "Selon l'Office national de l'Emploi, le chômage baisse.",
            "fr",
            "Office national de l'Emploi",
        ),
        ("D'après la Banque centrale, les envois augmentent.", "fr", "Banque centrale"),
        (
            "Según la Superintendencia Nacional de Migraciones, llegaron más.",
            "es",
            "Superintendencia Nacional de Migraciones",
        ),
        (
            "De acuerdo con el Servicio Nacional de Migraciones, hay más trámites.",
            "es",
            "Servicio Nacional de Migraciones",
        ),
    ],
)
def test_leading_phrase_is_cut(text: str, language: str, name: str) -> None:
    assert name in [n for n, _c in _found(text, language)]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "El Colegio de Sociólogos del Perú presentó un estudio.",
            "es",
            "Colegio de Sociólogos del Perú",
        ),
        (
            "La Confederación General del Trabajo convocó una marcha.",
            "es",
            "Confederación General del Trabajo",
        ),
        (
            "La Caisse nationale de retraite, créée en 1960, verse les pensions.",
            "fr",
            "Caisse nationale de retraite",
        ),
        (
            "La Chambre de Commerce et d'Industrie de Dakar appuie.",
            "fr",
            "Chambre de Commerce et d'Industrie de Dakar",
        ),
    ],
)
def test_spanish_and_french_head_words(text: str, language: str, name: str) -> None:
    assert name in [n for n, _c in _found(text, language)]


def test_verb_after_adjective_is_not_in_the_name() -> None:
    names = [n for n, _c in _found("La Banque Centrale estime que la croissance ralentit.", "fr")]
    assert "Banque Centrale" in names
    assert not any("estime" in n for n in names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Selon l'Office national de l'emploi, le chômage baisse.", "Office national de l'emploi"),
        (
            "Le Conseil supérieur des droits de l'homme (CSDH) a publié son avis.",
            "Conseil supérieur des droits de l'homme",
        ),
        (
            "L'Agence nationale pour l'emploi des jeunes.",
            "Agence nationale pour l'emploi des jeunes",
        ),
    ],
)
def test_sentence_case_tail_before_punctuation(text: str, name: str) -> None:
    assert name in [n for n, _c in _found(text, "fr")]


def test_sentence_case_tail_stops_before_a_verb() -> None:
    names = [n for n, _c in _found("La Caisse nationale de retraite verse les pensions.", "fr")]
    assert names == ["Caisse nationale"]


@pytest.mark.parametrize(
    ("text", "language", "short", "long"),
    [
        (
            "La Superintendencia de Migraciones (SNM, por sus siglas en español) expidió carnés. "
            "La SNM abrió oficinas.",
            "es",
            "SNM",
            "Superintendencia de Migraciones",
        ),
        (
            'The Overseas Workers Welfare Administration ("OWWA") runs shelters; OWWA pays.',
            "en",
            "OWWA",
            "Overseas Workers Welfare Administration",
        ),
    ],
)
def test_definition_with_an_aside_or_quotes(
    text: str, language: str, short: str, long: str
) -> None:
    found = _found(text, language)
    assert [c for n, c in found if n == short] == [long, long]
