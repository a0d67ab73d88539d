"""The Spanish and French forms of the English cues: stance verbs (Guatemala reconoce; Haïti
remercie), the speaker's nation named in apposition (nuestra nación, Honduras; notre nation, le
Niger) and speaking from home (chez nous, au Niger)."""

from __future__ import annotations

import pytest

from gcmextract.resources.submitter import TEXT_SELF, detect_submitter

OTHERS_ES = (
    "La crisis en Venezuela, en Venezuela y en Haití nos preocupa. Venezuela es un ejemplo. "
)
OTHERS_FR = "La crise au Mali, au Mali et au Tchad nous inquiète. Le Mali est un exemple. "


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        (OTHERS_ES + "Guatemala reconoce la importancia del Pacto Mundial.", "GTM"),
        (OTHERS_ES + "El Paraguay agradece el apoyo de la comunidad internacional.", "PRY"),
        (OTHERS_FR + "Haïti remercie la communauté internationale pour son appui.", "HTI"),
        (OTHERS_FR + "Le Togo souligne l'importance du Pacte mondial.", "TGO"),
        (
            "Ukraine is a victim. Ukraine is suffering. Latvia underlines its "
            "support for the Charter.",
            "LVA",
        ),
    ],
)
def test_stance_verbs_in_spanish_and_french(text: str, iso3: str) -> None:
    assert detect_submitter(text).iso3 == iso3


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        (OTHERS_ES + "Nuestra nación, Honduras, ha sufrido los huracanes.", "HND"),
        (OTHERS_FR + "Notre nation, le Niger, a beaucoup souffert.", "NER"),
        (OTHERS_FR + "Chez nous, au Niger, la migration est ancienne.", "NER"),
    ],
)
def test_the_speakers_nation_in_spanish_and_french(text: str, iso3: str) -> None:
    assert detect_submitter(text) == (iso3, TEXT_SELF)
