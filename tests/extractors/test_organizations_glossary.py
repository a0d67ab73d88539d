"""Acronym glossaries: rows split into short and long forms (glued columns too), glossaries found
under a heading in English, Spanish or French or as a run of rows, and their pairs resolving the
acronyms everywhere in the document (no statistical model: empty NER)."""

from __future__ import annotations

import pytest

from gcmextract.extractors.organizations.glossary import find_glossary, spells, split_row
from gcmextract.extractors.organizations.resolve import explain_organizations, find_organizations


@pytest.mark.parametrize(
    ("line", "short", "long"),
    [
        (
            "SLBFESri Lanka Bureau of Foreign Employment",
            "SLBFE",
            "Sri Lanka Bureau of Foreign Employment",
        ),
        (
            "DoIEDepartment of Immigration and Emigration",
            "DoIE",
            "Department of Immigration and Emigration",
        ),
        (
            "NAITA\tNational Apprentice and Industrial Training Authority",
            "NAITA",
            "National Apprentice and Industrial Training Authority",
        ),
        ("| MFA | Ministry of Foreign Affairs |", "MFA", "Ministry of Foreign Affairs"),
        ("CID – Criminal Investigation Department", "CID", "Criminal Investigation Department"),
        (
            "HRCSL: Human Rights Commission of Sri Lanka",
            "HRCSL",
            "Human Rights Commission of Sri Lanka",
        ),
        ("DGM  Dirección General de Migración", "DGM", "Dirección General de Migración"),
        (
            "OFPRA Office français de protection des réfugiés et apatrides",
            "OFPRA",
            "Office français de protection des réfugiés et apatrides",
        ),
    ],
)
def test_organizations_glossary_row_split(line: str, short: str, long: str) -> None:
    a, got_short, b, got_long = split_row(line)  # type: ignore[misc]
    assert (got_short, got_long) == (short, long)
    assert line[a : a + len(short)] == short and line[b : b + len(long)] == long


@pytest.mark.parametrize(
    "line",
    [
        "IOM and UNHCR supported the returnees",  # a sentence, not a row
        "UN Women convened the partners",  # the long form does not spell the acronym
        "WHOWorld Bank",  # glued, but the initials do not match
        "The SLBFE registered 122,000 departures",
        "COVID-19 Pandemic response",
    ],
)
def test_organizations_glossary_not_a_row(line: str) -> None:
    assert split_row(line) is None


def test_organizations_glossary_spells_checks_initials_in_order() -> None:
    assert spells("MoLE", "Ministry of Labour and Employment")
    assert not spells("LEM", "Ministry of Labour and Employment")
    assert spells("UNMISS", "United Nations Mission in South Sudan")  # "in" counts here
    assert split_row("UNMISSUnited Nations Mission in South Sudan") == (
        0,
        "UNMISS",
        6,
        "United Nations Mission in South Sudan",
    )
    assert spells(
        "UNHCR", "Office of the United Nations High Commissioner for Refugees", strict=False
    )


SRI_LANKA = """NATIONAL REVIEW OF THE IMPLEMENTATION OF THE GLOBAL COMPACT FOR MIGRATION

LIST OF ACRONYMS
BLABilateral Labour Agreement
CIDCriminal Investigation Department
DoIEDepartment of Immigration and Emigration
HRCSLHuman Rights Commission of Sri Lanka
ILOInternational Labour Organization
MFAMinistry of Foreign Affairs
NAITANational Apprentice and Industrial Training Authority
NHTFNational Human Trafficking Task Force
NLMPNational Labour Migration Policy
ODWOverseas Domestic Worker
SLBFESri Lanka Bureau of Foreign Employment
SLFEASri Lanka Foreign Employment Agency
TIPTrafficking in Persons

1. INTRODUCTION
Labour migration remains central to the economy. In 2022 the SLBFE registered departures of ODW
and skilled workers, and the SLFEA monitored licensed recruitment agents. The NLMP was revised
with the support of the ILO, and new BLA were negotiated by the MFA.

2. PROTECTION
The NHTF coordinated cases of TIP with the CID and the DoIE. The HRCSL received complaints from
returnees, and NAITA certified the skills of 4,000 returning workers.
"""

GLOSSARY_ORGS = {
    "CID": "Criminal Investigation Department",
    "DoIE": "Department of Immigration and Emigration",
    "HRCSL": "Human Rights Commission of Sri Lanka",
    "ILO": "International Labour Organization",
    "MFA": "Ministry of Foreign Affairs",
    "NAITA": "National Apprentice and Industrial Training Authority",
    "NHTF": "National Human Trafficking Task Force",
    "SLBFE": "Sri Lanka Bureau of Foreign Employment",
    "SLFEA": "Sri Lanka Foreign Employment Agency",
}
NOT_ORGS = ("BLA", "NLMP", "ODW", "TIP")


def test_organizations_glossary_glued_table_resolves_acronyms() -> None:
    """Acronyms defined only in a glued two-column table: at least 90% of the table's
    organisations are found in it, and every use of them in the body gets the canonical name."""
    found = find_organizations(SRI_LANKA, [], {"sri lanka"})
    body = SRI_LANKA.index("1. INTRODUCTION")
    table = {(o.text, o.canonical) for o in found if o.start < body}
    expected = {(s, c) for s, c in GLOSSARY_ORGS.items()} | {(c, c) for c in GLOSSARY_ORGS.values()}
    assert len(table & expected) / len(expected) >= 0.9, expected - table
    in_body = [o for o in found if o.start >= body]
    uses = {short for short in GLOSSARY_ORGS if f" {short}" in SRI_LANKA[body:]}
    assert {o.text for o in in_body if o.text in GLOSSARY_ORGS} == uses
    for o in in_body:
        if o.text in GLOSSARY_ORGS:
            assert (o.canonical, o.acronym) == (GLOSSARY_ORGS[o.text], o.text)


def test_organizations_glossary_non_organisations_are_not_mentions() -> None:
    found = find_organizations(SRI_LANKA, [], {"sri lanka"})
    texts = {o.text for o in found}
    assert not texts & set(NOT_ORGS)
    assert not {"Bilateral Labour Agreement", "National Labour Migration Policy"} & texts


def test_organizations_glossary_glued_row_is_not_one_name() -> None:
    ex = explain_organizations(SRI_LANKA, [], {"sri lanka"})
    assert all(not o.text.startswith(("SLBFESri", "MFAMinistry")) for o in ex.organizations)
    assert any(r.reason == "glossary-row" for r in ex.rejected)


@pytest.mark.parametrize(
    ("heading", "rows"),
    [
        (
            "Siglas y acrónimos",
            ["DGM\tDirección General de Migración", "MINEX\tMinisterio de Relaciones Exteriores"],
        ),
        (
            "Sigles et abréviations",
            [
                "DGPE | Direction générale des Passeports et de l'Emigration",
                "ANPE | Agence nationale pour l'Emploi",
            ],
        ),
        (
            "List of Abbreviations:",
            [
                "DOLE - Department of Labor and Employment",
                "POEA - Philippine Overseas Employment Administration",
            ],
        ),
    ],
)
def test_organizations_glossary_under_a_heading(heading: str, rows: list[str]) -> None:
    text = "Report\n\n" + heading + "\n" + "\n".join(rows) + "\n\nThe body of the report follows.\n"
    entries = find_glossary(text)
    assert [e.short for e in entries] == [r.split()[0] for r in rows]
    for e in entries:
        assert text[e.short_start : e.short_end] == e.short
        assert text[e.long_start : e.long_end] == e.long


def test_organizations_glossary_short_and_long_on_alternate_lines() -> None:
    text = "Acronyms\nDOLE\nDepartment of Labor and Employment\nOWWA\nOverseas Workers Welfare Administration\n\nThe OWWA paid benefits."
    entries = find_glossary(text)
    assert [(e.short, e.long) for e in entries] == [
        ("DOLE", "Department of Labor and Employment"),
        ("OWWA", "Overseas Workers Welfare Administration"),
    ]
    found = find_organizations(text, [], set())
    assert ("OWWA", "Overseas Workers Welfare Administration") in {
        (o.text, o.canonical) for o in found[-1:]
    }


def test_organizations_glossary_needs_a_heading_or_a_run() -> None:
    """Two stray row-like lines without a heading are not a glossary."""
    text = "In brief:\nMFA Ministry of Foreign Affairs\nThen the talks began.\nCID Criminal Investigation Department\n"
    assert find_glossary(text) == []
