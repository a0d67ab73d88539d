"""Explicit objective references in several languages and styles, and what is not one."""

from __future__ import annotations

import pytest

from gcmextract.extractors.objective_refs.parse import find_objective_refs


@pytest.mark.parametrize(
    ("text", "span", "objectives"),
    [
        ("Actions (Objectives: 1, 5, 6) were funded.", "Objectives: 1, 5, 6", [1, 5, 6]),
        ("This supports (Objectives 16, 17, 23).", "Objectives 16, 17, 23", [16, 17, 23]),
        ("Under Objective 7, Kenya expanded shelters.", "Objective 7", [7]),
        ("It covers objectives 1 to 3 of the Compact.", "objectives 1 to 3", [1, 2, 3]),
        ("It covers objectives 2-4 and more.", "objectives 2-4", [2, 3, 4]),
        ("in line with GCM objective 23.", "objective 23", [23]),
        ("Objectives 1, 16 and 23 are addressed.", "Objectives 1, 16 and 23", [1, 16, 23]),
        ("Se avanzó en los Objetivos 1, 2 y 3 del Pacto.", "Objetivos 1, 2 y 3", [1, 2, 3]),
        ("Le Maroc contribue aux objectifs 5 et 7.", "objectifs 5 et 7", [5, 7]),
        ("Objectives 1-3, 5 guide the plan.", "Objectives 1-3, 5", [1, 2, 3, 5]),
        ("Bolivia avanzó en los objetivos 2 a 4 del Pacto.", "objetivos 2 a 4", [2, 3, 4]),
        ("Le Niger agit sur les objectifs 5 à 7.", "objectifs 5 à 7", [5, 6, 7]),
        ("Chile informa sobre los objetivos 3 al 5.", "objetivos 3 al 5", [3, 4, 5]),
    ],
)
def test_objective_refs_found(text: str, span: str, objectives: list[int]) -> None:
    refs = find_objective_refs(text)
    assert len(refs) == 1
    assert refs[0].text == span
    assert text[refs[0].start : refs[0].end] == span
    assert refs[0].objectives == objectives


@pytest.mark.parametrize(
    "text",
    [
        "The objectives of the programme were met.",
        "objective 24 is not a GCM objective",
        "Sustainable Development Goal 10 and target 10.7",
        "The Philippines adopted its plan in 2019.",
        "Le Togo suit la cible de l'objectif 10.7 des ODD.",
        "Nepal reports on SDG objective 10.7 on migration policies.",
        "Objective 2.5 of the national plan of Fiji.",
    ],
)
def test_objective_refs_negatives(text: str) -> None:
    assert find_objective_refs(text) == []
