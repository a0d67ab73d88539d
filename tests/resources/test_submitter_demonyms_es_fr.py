"""Spanish and French demonyms in every form: a national institution named by one (el Gobierno
mexicano, les autorités sénégalaises) is a mention of its state, the speaker's people named by one
(nuestro pueblo dominicano, nous, Sénégalais) the text speaking as that state."""

from __future__ import annotations

import pytest

from gcmextract.resources.demonym_forms import inflected
from gcmextract.resources.submitter import TEXT_MENTIONS, TEXT_SELF, detect_submitter


@pytest.mark.parametrize(
    ("word", "language", "forms"),
    [
        ("peruano", "es", ["peruano", "peruana", "peruanos", "peruanas"]),
        ("japonés", "es", ["japonés", "japonesa", "japoneses", "japonesas"]),
        ("marroquí", "es", ["marroquí", "marroquíes"]),
        ("costarricense", "es", ["costarricense", "costarricenses"]),
        ("malien", "fr", ["malien", "malienne", "maliens", "maliennes"]),
        ("gabonais", "fr", ["gabonais", "gabonaise", "gabonaises"]),
        ("tchèque", "fr", ["tchèque", "tchèques"]),
        ("libyen", "fr", ["libyen", "libyenne", "libyens", "libyennes"]),
        ("turc", "fr", ["turc", "turque", "turcs", "turques"]),
        ("letton", "fr", ["letton", "lettonne", "lettons", "lettonnes"]),
        ("haïtien", "fr", ["haïtien", "haïtienne", "haïtiens", "haïtiennes"]),
    ],
)
def test_demonym_forms(word: str, language: str, forms: list[str]) -> None:
    assert inflected(word, language) == forms


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("El Gobierno peruano aprobó un plan. Las autoridades peruanas lo aplican.", "PER"),
        (
            "Le gouvernement malien a adopté une stratégie, et les autorités maliennes l'appliquent.",
            "MLI",
        ),
        ("L'État gabonais protège les travailleurs migrants.", "GAB"),
    ],
)
def test_institution_named_by_a_demonym_is_a_mention(text: str, iso3: str) -> None:
    assert detect_submitter(text) == (iso3, TEXT_MENTIONS)


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        (
            "La crisis en Venezuela y en Venezuela nos preocupa. Nuestro pueblo paraguayo exige "
            "paz.",
            "PRY",
        ),
        (
            "Nosotros, los hondureños, sabemos lo que es migrar. La crisis en Haití y en Cuba.",
            "HND",
        ),
        ("Nous, Béninois, savons accueillir. La crise au Niger et au Niger nous inquiète.", "BEN"),
        ("Notre peuple tchadien a souffert. La guerre au Soudan et au Soudan continue.", "TCD"),
    ],
)
def test_the_speakers_people_by_a_demonym(text: str, iso3: str) -> None:
    assert detect_submitter(text) == (iso3, TEXT_SELF)


def test_brothers_of_another_people_are_not_the_speaker() -> None:
    text = "Ecuador reafirma su apoyo. Nuestros hermanos venezolanos y el pueblo venezolano sufren."
    assert detect_submitter(text).iso3 == "ECU"
