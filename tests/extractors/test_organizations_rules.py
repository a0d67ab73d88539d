"""Named rejection rules in other countries' styles, with hand-made NER spans instead of the
statistical model: people, titles and roles (en/es/fr), places, datelines, page furniture, and
long bodies named through an "of" chain."""

from __future__ import annotations

import pytest

from gcmextract.extractors.organizations.resolve import explain_organizations


def span(text: str, surface: str, label: str) -> tuple[int, int, str]:
    start = text.index(surface)
    return start, start + len(surface), label


def reasons(text: str, ner: list[tuple[int, int, str]]) -> tuple[set[str], dict[str, str]]:
    """(names kept, name -> reason) for `text` with NER spans `ner`."""
    ex = explain_organizations(text, ner, {"kenya", "nairobi", "peru", "lima", "senegal"})
    kept = {o.text for o in ex.organizations}
    why = {text[r.candidate.start : r.candidate.end]: r.reason for r in ex.rejected}
    return kept, why


@pytest.mark.parametrize(
    ("text", "surface", "label", "reason"),
    [
        # people: an honorific before, a PERSON span, an honorific inside
        (
            "The delegation was led by H.E. Amina Wanjiru Kamau today.",
            "Amina Wanjiru Kamau",
            "ORG",
            "person",
        ),
        ("Remarks by Sra. Lucía Quispe Mamani in Lima.", "Lucía Quispe Mamani", "ORG", "person"),
        ("We thank Baraka Otieno Foundation Kisumu for hosting.", "Baraka Otieno", "PERSON", None),
        # titles and roles, in English, Spanish and French
        (
            "She met the High Representative for Foreign Affairs in Nairobi.",
            "High Representative for Foreign Affairs",
            "ORG",
            "title",
        ),
        (
            "The Special Envoy for the Horn of Africa arrived.",
            "Special Envoy for the Horn of Africa",
            "ORG",
            "title",
        ),
        (
            "Declaró el Ministro de Relaciones Exteriores del Perú ayer.",
            "Ministro de Relaciones Exteriores",
            "ORG",
            "title",
        ),
        (
            "La Directrice générale de la Police nationale a signé.",
            "Directrice générale de la Police",
            "ORG",
            "title",
        ),
        # places: geographic heads, a GPE/LOC span of the same extent
        (
            "Rangers patrol the Tsavo East National Park every week.",
            "Tsavo East National Park",
            "ORG",
            "place",
        ),
        ("Families fled the Mau Forest after the floods.", "Mau Forest", "ORG", "place"),
        # datelines and page furniture
        ("Nairobi News Thu 12 May: the ministry announced new fees.", "News Thu", "ORG", "date"),
        (
            "Joint Press Release\nThe ministries agreed on new rules.",
            "Joint Press Release",
            "ORG",
            "furniture",
        ),
        (
            "Contributions to the Migration Trust Fund No 4 were received.",
            "Migration Trust Fund No",
            "ORG",
            "furniture",
        ),
    ],
)
def test_organizations_rules_reject_with_reason(
    text: str, surface: str, label: str, reason: str | None
) -> None:
    kept, why = reasons(text, [span(text, surface, label)])
    assert surface not in kept
    if reason:
        assert why.get(surface) == reason, why


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # an organisation head word outweighs a PERSON guess
        ("Aid came from the Wangari Maathai Foundation this year.", "Wangari Maathai Foundation"),
        # a body named after a park or a province is still a body
        ("The Kenya Wildlife Service manages the park.", "Kenya Wildlife Service"),
        ("The Department of State issued a notice.", "Department of State"),
        # a headed "of" chain keeps titles and inner "of" phrases
        (
            "Staff of the Office of the Special Representative of the Secretary-General for Migration attended.",
            "Office of the Special Representative of the Secretary-General for Migration",
        ),
        (
            "A case went to the International Tribunal for the Law of the Sea last year.",
            "International Tribunal for the Law of the Sea",
        ),
        ("The Office of the Prime Minister chairs the task force.", "Office of the Prime Minister"),
    ],
)
def test_organizations_rules_keep_bodies(text: str, surface: str) -> None:
    ner = [span(text, surface, "PERSON" if "Maathai" in surface else "ORG")]
    kept, why = reasons(text, ner)
    assert surface in kept, why


def test_organizations_rules_a_document_in_an_of_chain_is_not_a_body() -> None:
    text = "It welcomed the adoption by the General Assembly of the Resolution on Ocean Finance."
    kept, _ = reasons(text, [])
    assert "General Assembly" in kept
    assert not any("Resolution" in k for k in kept)


def test_organizations_rules_government_is_a_head_against_a_person_guess() -> None:
    text = "The people and the Government of Tuvalu thank the Assembly."
    kept, _ = reasons(text, [span(text, "Government of Tuvalu", "PERSON")])
    assert "Government of Tuvalu" in kept


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Ministry of Foreign\nAffairs and Trade reported on returns.",
            "Ministry of Foreign\nAffairs and Trade",
        ),
        (
            "Data came from the Department of Labor\nand Employment, which audits agencies.",
            "Department of Labor\nand Employment",
        ),
        (
            "La Dirección General de\nMigración y Extranjería, que emite pasaportes.",
            "Dirección General de\nMigración y Extranjería",
        ),
    ],
)
def test_organizations_rules_name_over_a_line_break(text: str, name: str) -> None:
    kept, _ = reasons(text, [])
    assert name in kept


def test_organizations_rules_no_continuation_into_a_heading_or_a_new_body() -> None:
    kept, _ = reasons("Report of the Ministry of Foreign\nAffairs\nNext section", [])
    assert "Ministry of Foreign" in kept
    kept, _ = reasons("Funds went to the Ministry of Health\nand the Police said so.", [])
    assert "Ministry of Health" in kept


def test_organizations_rules_one_canonical_for_spelling_variants() -> None:
    from gcmextract.extractors.organizations.resolve import find_organizations

    text = (
        "The Belize Ministry of Labour signed the protocol. Later the Belize Ministry of Labor "
        "and the BELIZE MINISTRY OF LABOUR office in Belmopan reported."
    )
    found = [o for o in find_organizations(text, [], set()) if "Ministry" in o.text]
    assert len(found) >= 2
    assert {o.canonical for o in found} == {found[0].canonical}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Joint Programme Steering Committee met in Dili.",
            "Joint Programme Steering Committee",
        ),
        (
            "Kyrgyzstan chairs the Collective Security Treaty Organization this year.",
            "Collective Security Treaty Organization",
        ),
        ("Reports went to the Project Management Unit of the ministry.", "Project Management Unit"),
    ],
)
def test_organizations_rules_body_named_after_a_programme_or_treaty(text: str, name: str) -> None:
    kept, _ = reasons(text, [])
    assert name in kept


def test_organizations_rules_list_of_a_thing_and_a_body_is_not_one_name() -> None:
    kept, _ = reasons(
        "It welcomed the National Dialogue Conference and Security Council decisions.", []
    )
    assert not any("Conference" in k for k in kept)
