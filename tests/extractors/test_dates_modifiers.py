"""Opening modifiers (since, until, by, beginning, beyond) in English, Spanish and French."""

from __future__ import annotations

import pytest

from gcmextract.extractors.dates.parse import find_dates

ALLOWED = {None, "since", "until", "beginning", "by", "beyond"}


@pytest.mark.parametrize(
    ("text", "span", "value", "modifier"),
    [
        ("Ecuador has hosted Venezuelans since 2015.", "2015", "2015", "since"),
        ("Kenya aims to end statelessness by 2030.", "2030", "2030", "by"),
        ("The pilot runs until the end of 2023 in Accra.", "2023", "2023", "until"),
        ("Reception centres will close no later than 2025.", "2025", "2025", "by"),
        ("Emissions must peak before 2030.", "2030", "2030", "by"),
        ("Our commitments for 2030 and beyond are clear.", "2030", "2030", "beyond"),
        ("Funding is secured from 2022 onwards.", "2022", "2022", "beyond"),
        ("Starting in April 2019, Barbados banned plastics.", "April 2019", "2019-04", "beginning"),
        ("Desde 2019, Colombia otorga permisos temporales.", "2019", "2019", "since"),
        ("Desde el año 2018 el Perú recibe migrantes.", "2018", "2018", "since"),
        ("El programa se amplía hasta finales de 2022.", "2022", "2022", "until"),
        ("A partir de 2020 se aplica la nueva ley.", "2020", "2020", "beginning"),
        ("La meta es reducir la pobreza para 2030.", "2030", "2030", "by"),
        ("Depuis 2019, le Maroc régularise les migrants.", "2019", "2019", "since"),
        ("Le plan est prolongé jusqu'en 2025.", "2025", "2025", "until"),
        ("D'ici à 2030, le Sénégal vise l'accès universel.", "2030", "2030", "by"),
        (
            "À compter du 15 septembre 2021, les demandes sont en ligne.",
            "15 septembre 2021",
            "2021-09-15",
            "beginning",
        ),
        (
            "Palestinians have suffered from 1917 to the present day.",
            "1917",
            "1917",
            "since",
        ),
        ("A state of emergency applied from March 2020 to date.", "March 2020", "2020-03", "since"),
        ("Talks on the post-2020 framework continue.", "2020", "2020", "beyond"),
    ],
)
def test_dates_modifier_found(text: str, span: str, value: str, modifier: str) -> None:
    assert [(d.text, d.value, d.modifier) for d in find_dates(text)] == [(span, value, modifier)]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # the year names a document or event; the preposition governs the name, not the year
        ("Nepal is guided by the 2030 Agenda in its plans.", "2030", "2030"),
        ("Progress since the 2015 Paris Agreement is slow.", "2015", "2015"),
        ("Rights protected by the 1951 Convention apply.", "1951", "1951"),
        ("Vaccination was a priority throughout 2021.", "2021", "2021"),
        ("In 2020 the borders of Peru were closed.", "2020", "2020"),
        ("Fiji reported on this in early 2020.", "2020", "2020"),
    ],
)
def test_dates_modifier_absent(text: str, span: str, value: str) -> None:
    assert [(d.text, d.value, d.modifier) for d in find_dates(text)] == [(span, value, None)]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Desde 2019 hasta 2021 se regularizaron permisos.", "2019 hasta 2021", "2019/2021"),
        ("Depuis 2018 jusqu'en 2020, les arrivées ont baissé.", "2018 jusqu'en 2020", "2018/2020"),
        (
            "Desde el 1 de enero de 2020 hasta el 31 de diciembre de 2021 se atendieron casos.",
            "1 de enero de 2020 hasta el 31 de diciembre de 2021",
            "2020-01-01/2021-12-31",
        ),
    ],
)
def test_dates_from_to_range_has_no_since(text: str, span: str, value: str) -> None:
    assert [(d.text, d.kind, d.value, d.modifier) for d in find_dates(text)] == [
        (span, "range", value, None)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Before 2050, the continent will double; after 2006 things changed.",
        "Prior to 1967 and as of June 2022, through 2025 and up to 2024.",
        "Hasta 2022, antes de 2030, a más tardar en 2025; avant 2030, dès 2019.",
    ],
)
def test_dates_modifiers_stay_in_the_annotation_set(text: str) -> None:
    dates = find_dates(text)
    assert dates
    assert {d.modifier for d in dates} <= ALLOWED
