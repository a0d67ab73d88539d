"""Document language (fastText language ID) and the reporting period from cued date ranges."""

from __future__ import annotations

import pytest

from gcmextract.extractors.dates.parse import find_dates
from gcmextract.extractors.metadata import detect_language, detect_period


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Government of Ghana is committed to the implementation of the Compact.", "en"),
        ("El Gobierno de México presenta los avances en la implementación del Pacto.", "es"),
        ("Le Gouvernement du Sénégal présente les progrès dans la mise en œuvre du Pacte.", "fr"),
    ],
)
def test_metadata_detect_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("These updates cover the period from November 2020 to November 2021.", "2020-11/2021-11"),
        ("Reporting period: 2019-2021. Ghana welcomes the review.", "2019/2021"),
        ("Este informe cubre el período de enero de 2019 a diciembre de 2021.", "2019-01/2021-12"),
        ("During the period 2019-2021, Ghana adopted a labour migration policy.", "2019/2021"),
        (
            "El presente informe abarca el período comprendido entre enero de 2019 y diciembre de 2021.",
            "2019-01/2021-12",
        ),
        ("Le présent rapport couvre la période 2019-2022.", "2019/2022"),
        ("In 2019-2021 the ministry built schools.", None),
        ("Funding for 2020-2021 was approved by parliament.", None),
        ("Nothing dated here.", None),
    ],
)
def test_metadata_detect_period(text: str, period: str | None) -> None:
    assert detect_period(text, find_dates(text)) == period
