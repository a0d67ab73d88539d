"""Country names, codes, detection from text and file names, and currencies."""

from __future__ import annotations

import pytest

from gcmextract.errors import UsageError
from gcmextract.extractors.dates.parse import find_dates
from gcmextract.extractors.metadata import detect_language, detect_period
from gcmextract.resources.country import country_from_filename, country_name, resolve_country
from gcmextract.resources.currency import of_country
from gcmextract.resources.submitter import detect_country


@pytest.mark.parametrize(
    ("value", "iso3"),
    [
        ("Canada", "CAN"),
        ("ca", "CAN"),
        ("MEX", "MEX"),
        ("united states", "USA"),
        ("Côte d'Ivoire", "CIV"),
    ],
)
def test_country_resolve(value: str, iso3: str) -> None:
    assert resolve_country(value) == iso3


def test_country_resolve_unknown_is_usage_error() -> None:
    with pytest.raises(UsageError):
        resolve_country("Atlantis")


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("CAN_76_2021.txt", "CAN"),
        ("mexico-2022-review.pdf", "MEX"),
        ("Voluntary_Review_Ghana.docx", "GHA"),
        ("notes.txt", None),
    ],
)
def test_country_from_filename(name: str, iso3: str | None) -> None:
    assert country_from_filename(name) == iso3


def test_country_detected_from_text() -> None:
    text = (
        "Ghana welcomes the review. The Government of Ghana, with Togo and Nigeria, "
        "strengthened border cooperation. Ghana also expanded services."
    )
    assert detect_country(text) == "GHA"
    assert country_name("GHA") == "Ghana"
    assert of_country("GHA") == "GHS" and of_country("CAN") == "CAD"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The government of the country is committed to the implementation of the Compact.", "en"),
        (
            "El gobierno de la República está comprometido con la implementación del Pacto y de los objetivos.",
            "es",
        ),
        (
            "Le gouvernement de la République est engagé dans la mise en œuvre du Pacte et des objectifs.",
            "fr",
        ),
    ],
)
def test_metadata_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_metadata_reporting_period() -> None:
    text = (
        "This report covers the period from January 2019 to December 2021. In March 2020 we acted."
    )
    assert detect_period(text, find_dates(text)) == "2019-01/2021-12"
    assert detect_period("In 2020-2021 we acted.", find_dates("In 2020-2021 we acted.")) is None


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        (
            "Informe de México sobre la implementación del Pacto Mundial. El Gobierno de México",
            "MEX",
        ),
        (
            "Rapport du Sénégal sur la mise en œuvre du Pacte mondial. Le gouvernement du Sénégal",
            "SEN",
        ),
        ("Informe voluntario de España: el Gobierno de España y la OIM", "ESP"),
    ],
)
def test_country_detect_spanish_and_french_names(text: str, iso3: str) -> None:
    assert detect_country(text) == iso3
