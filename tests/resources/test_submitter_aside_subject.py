"""A name that opens its sentence and is followed by an aside (X, as a small island State ...; X,
in its capacity as Chair ...; X, como país ...; X, en tant que ...) is the subject of that sentence,
however long the aside, unless the aside accuses it or lists another name (X, as well as Y)."""

from __future__ import annotations

import pytest

from gcmextract.resources.submitter import detect_submitter

# Another state, named six times as the object of a phrase: more than one plain mention, less
# than a subject.
OTHER_EN = (
    "We admire the ports of Peru. We admire the roads of Peru. We admire the parks of Peru. "
    "We admire the schools of Peru. We admire the music of Peru. We admire the food of Peru. "
)
OTHER_ES = (
    "Admiramos los puertos del Perú. Admiramos las carreteras del Perú. Admiramos los parques "
    "del Perú. Admiramos las escuelas del Perú. Admiramos la música del Perú. Admiramos la "
    "comida del Perú. "
)
OTHER_FR = (
    "Nous admirons les ports du Pérou. Nous admirons les routes du Pérou. Nous admirons les parcs "
    "du Pérou. Nous admirons les écoles du Pérou. Nous admirons la musique du Pérou. Nous "
    "admirons la cuisine du Pérou. "
)


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        (
            OTHER_EN + "The Republic of Ghana, in keeping with its long tradition of hospitality "
            "towards all those who flee the conflicts of the region has opened its borders.",
            "GHA",
        ),
        (
            OTHER_EN + "Fiji, as a small island developing State that lives with the rising sea "
            "every single day of the year, asks for more finance.",
            "FJI",
        ),
        (
            OTHER_ES + "Chile, como país que ha recibido a cientos de miles de personas que huyen "
            "de las crisis de la región, pide más cooperación.",
            "CHL",
        ),
        (
            OTHER_FR + "Le Sénégal, en sa qualité de pays de transit et de destination de milliers "
            "de personnes venues de toute la région, demande plus de coopération.",
            "SEN",
        ),
    ],
)
def test_a_sentence_opening_name_before_a_long_aside_is_its_subject(text: str, iso3: str) -> None:
    assert detect_submitter(text).iso3 == iso3


@pytest.mark.parametrize(
    "text",
    [
        OTHER_EN + "Belarus, being equally responsible for enabling the military aggression "
        "against its neighbour and its people, is also sanctioned.",
        OTHER_EN + "Belarus, as well as several other States in the wider region of eastern "
        "Europe and central Asia, was mentioned.",
    ],
)
def test_an_accusing_aside_or_a_list_is_no_subject(text: str) -> None:
    assert detect_submitter(text).iso3 == "PER"
