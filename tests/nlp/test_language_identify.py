"""Language identification: per passage, per block (shares of a mixed document), and the stance
on languages without a full pipeline."""

from __future__ import annotations

import pytest

from gcmextract.nlp.language import (
    identify,
    is_supported,
    main_language,
    shares,
    unsupported_warning,
)

SPANISH = (
    "El Ministerio de Trabajo de Honduras firmó un convenio con la Organización Internacional del "
    "Trabajo para proteger a las personas trabajadoras migrantes y a sus familias."
)
FRENCH = (
    "Le ministère de l'Intérieur du Burkina Faso a ouvert trois nouveaux postes frontaliers afin de "
    "faciliter la libre circulation des personnes dans l'espace régional."
)
ENGLISH = (
    "The Ministry of Labour of Jamaica signed an agreement with the International Labour "
    "Organization to protect migrant workers and their families."
)
ARABIC = (
    "وقعت وزارة العمل في الأردن اتفاقا مع منظمة العمل الدولية لحماية العمال المهاجرين وأسرهم "
    "وتحسين ظروف عملهم في جميع أنحاء البلاد."
)


@pytest.mark.parametrize(
    ("text", "code"), [(SPANISH, "es"), (FRENCH, "fr"), (ENGLISH, "en"), (ARABIC, "ar")]
)
def test_language_identify_passage(text: str, code: str) -> None:
    assert identify(text)[0] == code


def test_language_too_short_is_unidentified() -> None:
    assert identify("IOM 2021") == (None, 0.0)


def test_language_shares_of_mixed_blocks() -> None:
    got = shares([ENGLISH, FRENCH, ENGLISH, "12.", ""])
    assert set(got) == {"en", "fr"}
    assert got["en"] > got["fr"] > 0.2
    assert sum(got.values()) == pytest.approx(1.0, abs=0.01)
    assert main_language(got) == "en"


def test_language_stance_names_unsupported_language() -> None:
    assert is_supported("es") and is_supported("fr") and is_supported(None)
    assert not is_supported("ar")
    message = unsupported_warning("ar")
    assert "Arabic" in message and "\n" not in message
