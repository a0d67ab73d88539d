"""Organisation spans in other countries' styles: brackets, sentence ends, line breaks, lists, the
UN prefix, joined acronyms and development agencies named without definition."""

from __future__ import annotations

import pytest

from gcmextract.extractors.organizations.resolve import find_organizations, lookup


def found(text: str, ner: list[tuple[int, int, str]] | None = None) -> list[tuple[str, str]]:
    """(text, canonical) of every organisation `find_organizations` keeps."""
    return [(o.text, o.canonical) for o in find_organizations(text, ner or [], set())]


def ner_span(text: str, surface: str, label: str = "ORG") -> tuple[int, int, str]:
    start = text.index(surface)
    return start, start + len(surface), label


def test_organizations_unclosed_bracket_ends_a_statistical_candidate() -> None:
    text = (
        "with the International Organization for Migration (IOM) and the "
        "International Labour Organization (ILO), the ministry adopted a policy."
    )
    ner = [ner_span(text, "the International Labour Organization (ILO")]
    result = found(text, ner)
    assert ("International Labour Organization", "International Labour Organization") in result
    assert ("ILO", "International Labour Organization") in result
    assert all("(" not in name for name, _ in result)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Funds came from the European Union. An additional grant followed.",
            ("European Union", "European Union"),
        ),
        (
            "and €2m by the Government of Germany. Remittances grew.",
            ("Government of Germany", "Government of Germany"),
        ),
    ],
)
def test_organizations_name_stops_at_sentence_end(text: str, expected: tuple[str, str]) -> None:
    assert found(text) == [expected]


def test_organizations_heading_line_is_not_part_of_a_name() -> None:
    text = "Introduction\n\nThe Ministry of Foreign Affairs and Regional Integration leads."
    assert found(text) == [
        (
            "Ministry of Foreign Affairs and Regional Integration",
            "Ministry of Foreign Affairs and Regional Integration",
        )
    ]


def test_organizations_name_wrapped_after_a_connector() -> None:
    text = "The Ministry of Labour and\nSocial Protection met the unions."
    ((name, canonical),) = found(text)
    assert name == "Ministry of Labour and\nSocial Protection"
    assert canonical == "Ministry of Labour and Social Protection"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("According to the World Bank, remittances rose.", [("World Bank", "World Bank")]),
        (
            "a seat on the Security Council, Mexico said.",
            [("Security Council", "United Nations Security Council")],
        ),
        (
            "the Ministry of Foreign Affairs, Trade and Development signed it.",
            [
                (
                    "Ministry of Foreign Affairs, Trade and Development",
                    "Ministry of Foreign Affairs, Trade and Development",
                )
            ],
        ),
        (
            "the Ministry of Labour, Invalids and Social Affairs and NATO.",
            [
                (
                    "Ministry of Labour, Invalids and Social Affairs",
                    "Ministry of Labour, Invalids and Social Affairs",
                ),
                ("NATO", "North Atlantic Treaty Organization"),
            ],
        ),
    ],
)
def test_organizations_words_around_a_name_are_cut(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "the UN Development Programme supported it",
            [("UN Development Programme", "United Nations Development Programme")],
        ),
        (
            "We thank the United Nations for its support.",
            [("United Nations", "United Nations")],
        ),
        (
            "through the EU-IOM Joint Initiative",
            [("EU", "European Union"), ("IOM", "International Organization for Migration")],
        ),
        (
            "a memorandum with GIZ and JICA",
            [
                ("GIZ", "Deutsche Gesellschaft für Internationale Zusammenarbeit"),
                ("JICA", "Japan International Cooperation Agency"),
            ],
        ),
        (
            "the U.S. Agency for International Development funded shelters",
            [
                (
                    "U.S. Agency for International Development",
                    "United States Agency for International Development",
                )
            ],
        ),
        ("G20 leaders agreed", [("G20", "Group of Twenty")]),
    ],
)
def test_organizations_gazetteer_variants(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_organizations_lookup_un_prefix() -> None:
    entry = lookup("UN General Assembly")
    assert entry is not None and entry[0] == "United Nations General Assembly"
    assert lookup("Ministry of Nowhere") is None


@pytest.mark.parametrize(
    "text",
    [
        "Our Nationally Determined Contribution was updated.",
        "The Sustainable Development Goal Index improved.",
        "Heads of State met in Nairobi.",
    ],
)
def test_organizations_documents_and_titles_from_ner_rejected(text: str) -> None:
    words = text.split()
    surface = " ".join(words[1:4]) if text.startswith(("Our", "The")) else "Heads of State"
    assert found(text, [ner_span(text, surface)]) == []


def test_organizations_curly_apostrophe_resolves_to_the_gazetteer_name() -> None:
    text = "the United Nations Children’s Fund (UNICEF) helped. Later UNICEF returned."
    assert {canonical for _, canonical in found(text)} == {"United Nations Children's Fund"}


def test_organizations_person_with_title_is_not_an_organisation() -> None:
    text = "Prince Moulay Rachid opened the session."
    assert found(text, [ner_span(text, "Prince Moulay Rachid")]) == []


def test_organizations_fragment_of_a_document_name_is_not_an_organisation() -> None:
    text = "the conference to adopt a Global Compact for Safe, Orderly and Regular Migration. Then"
    assert found(text, [ner_span(text, "Regular Migration")]) == []


def test_organizations_list_after_a_job_title_keeps_its_bodies() -> None:
    text = (
        "the Table included the Chief Medical Officer of Health, Public Health Kenya, and others."
    )
    assert found(text, [ner_span(text, "Public Health Kenya")]) == [
        ("Public Health Kenya", "Public Health Kenya")
    ]


def test_organizations_acronym_defined_for_a_statistical_org_name() -> None:
    text = "The Australian Border Force (ABF) met IOM. Later the ABF reported."
    result = found(text, [ner_span(text, "The Australian Border Force")])
    assert result[:2] == [
        ("Australian Border Force", "Australian Border Force"),
        ("ABF", "Australian Border Force"),
    ]
    assert result[-1] == ("ABF", "Australian Border Force")


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (
            "at the Session of the General Assembly we spoke",
            "Session of the General Assembly",
            [("General Assembly", "United Nations General Assembly")],
        ),
        (
            "the Reform of the Security Council is overdue",
            "Reform of the Security Council",
            [("Security Council", "United Nations Security Council")],
        ),
        ("consulting First Nations on the plan", "First Nations", []),
        ("ahead of COP31 in the Pacific", "COP31", []),
        ("talks with the DPRK stalled", "DPRK", []),
        ("as Chancellor [Olaf] Scholz said", "Olaf] Scholz", []),
    ],
)
def test_organizations_statistical_candidates_cleaned(
    text: str, surface: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, [ner_span(text, surface)]) == expected


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("the Organization of Islamic Cooperation met", "Organisation of Islamic Cooperation"),
        ("the World Food Program delivered aid", "World Food Programme"),
        ("the International Labor Organization said", "International Labour Organization"),
    ],
)
def test_organizations_spelling_variants_share_canonical(text: str, canonical: str) -> None:
    ((_, found_canonical),) = found(text)
    assert found_canonical == canonical


def test_organizations_nationality_group_is_not_an_organisation() -> None:
    text = "the Muslim Uyghur Turks were persecuted"
    ner = [ner_span(text, "Muslim Uyghur Turks"), ner_span(text, "Turks", "NORP")]
    assert found(text, ner) == []
