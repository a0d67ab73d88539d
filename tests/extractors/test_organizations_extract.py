"""Organisations: acronym definitions, gazetteer, canonical names, and what is not an organisation."""

from __future__ import annotations

import pytest

from gcmextract.extractors.organizations.acronyms import best_long_form, find_definitions


def orgs(nlp, text: str):  # type: ignore[no-untyped-def]
    from gcmextract.extractors.run import make_doc
    from gcmextract.ingest.document import Document
    from gcmextract.ingest.offsets import compact_view
    from gcmextract.nlp.bounds import tame

    doc = Document(id="t", source="t.txt", sha256="0", format="txt", text=text, clean=text)
    return list(nlp(make_doc(nlp, tame(compact_view(doc).text)))._.gcm_organizations)


@pytest.mark.parametrize(
    ("text", "short", "long"),
    [
        (
            "the Ministry of Labour and Social Protection (MLSP) said",
            "MLSP",
            "Ministry of Labour and Social Protection",
        ),
        ("RCM (Regional Conference on Migration) met", "RCM", "Regional Conference on Migration"),
        ("funded Alianza Para La Paz (APAZ) to deliver", "APAZ", "Alianza Para La Paz"),
        (
            "the Intergovernmental Consultations on Migration, Asylum and Refugees (IGC) Integration",
            "IGC",
            "Intergovernmental Consultations on Migration, Asylum and Refugees",
        ),
    ],
)
def test_organizations_acronym_definitions(text: str, short: str, long: str) -> None:
    (d,) = find_definitions(text)
    assert (d.short, d.long) == (short, long)
    assert text[d.long_start : d.long_end] == long


def test_organizations_lowercase_long_form_is_not_a_name() -> None:
    assert (
        find_definitions("Venezuelan refugees and migrants (VRM) and trafficking in persons (TIP)")
        == []
    )


def test_organizations_schwartz_hearst_long_form() -> None:
    assert best_long_form("EU", "Canada-European Union") == len("Canada-")
    assert best_long_form("XYZ", "nothing here") is None


def test_organizations_acronym_and_long_form_share_canonical(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Ministry of Labour and Social Protection (MLSP) signed an agreement. "
        "Later, the MLSP opened two offices in Addis Ababa."
    )
    found = orgs(nlp, text)
    assert [(o.text, o.canonical) for o in found] == [
        ("Ministry of Labour and Social Protection", "Ministry of Labour and Social Protection"),
        ("MLSP", "Ministry of Labour and Social Protection"),
        ("MLSP", "Ministry of Labour and Social Protection"),
    ]
    assert found[0].type == "government"


def test_organizations_gazetteer_acronyms_without_definition(nlp) -> None:  # type: ignore[no-untyped-def]
    found = orgs(nlp, "Jordan worked with UNHCR, the ILO and IOM Egypt on the UN-led response.")
    canon = {o.text: o.canonical for o in found}
    assert canon["UNHCR"] == "United Nations High Commissioner for Refugees"
    assert canon["ILO"] == "International Labour Organization"
    assert canon["IOM Egypt"] == "International Organization for Migration"
    assert canon["UN"] == "United Nations"


def test_organizations_possessive_place_in_canonical(nlp) -> None:  # type: ignore[no-untyped-def]
    found = orgs(nlp, "Germany's Federal Office for Migration and Refugees reported new figures.")
    assert [(o.text, o.canonical) for o in found] == [
        (
            "Federal Office for Migration and Refugees",
            "Germany Federal Office for Migration and Refugees",
        )
    ]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Students at Makerere University in Kampala volunteered.",
            "Makerere University",
            "academic",
        ),
        ("The Mexican Red Cross distributed water.", "Mexican Red Cross", "ngo"),
        ("The Government of Ecuador hosted the meeting.", "Government of Ecuador", "government"),
    ],
)
def test_organizations_named_bodies(nlp, text: str, name: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    found = orgs(nlp, text)
    assert [(o.text, o.type) for o in found] == [(name, kind)]


@pytest.mark.parametrize(
    "text",
    [
        "The COVID-19 pandemic hit migrants hard.",
        "Kenya adopted the Global Compact for Migration.",
        "Budget 2022 funds the Regional Development and Protection Programme.",
        "The Minister of Health visited Syrian refugees in Kenya.",
        "The International Donors' Conference raised funds.",
    ],
)
def test_organizations_negatives(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert orgs(nlp, text) == []
