"""A glued acronym table built from a real glossary: every acronym definition in the real pages of
../shared/passages (three languages), labelled here by reading as organisation or not, written as
PDF-to-text glues a two-column table ("DSTDirection de la Surveillance du Territoire"); the
organisations' short and long forms are found in it (recall >= 0.90) and the other rows are no
organisations. Skips with the reason when ../shared is absent."""

from __future__ import annotations

import pytest

from conftest import ROOT
from gcmextract.extractors.organizations.acronyms import find_definitions
from gcmextract.extractors.organizations.resolve import find_organizations

PASSAGES = ROOT.parent / "shared" / "passages"
# read from the pages' definitions: organisations under ANNOTATION.md
ORGANISATIONS = {
    "ACBC", "ACNUR", "APTC", "CMRS", "COMAR", "DHS", "DST", "EMN", "EU", "FIA", "FIDA", "HCI",
    "ICE", "ICMPD", "IDQ", "ILO", "INE", "INM", "IOM", "IPCC", "IRD", "MOLSAMD", "OIM", "OISS",
    "OIT", "OPEMS", "PGR", "SNDIF", "SNU", "UASD", "UNGRD",
}  # fmt: skip
# programmes, documents, events, surveys, regions, permits, groups of people
NOT_ORGANISATIONS = {
    "ART", "ATD", "BMIS", "BMM", "CBMM", "CMPP", "COMPASS", "CPEUM", "CRC", "EM", "EMCR", "ENMA",
    "EVR", "FEMI", "GCM", "GHG", "IBM", "ICESCR", "IMRF", "LAC", "MAP", "MENA", "OFW", "PDOS",
    "PEP", "PTP", "RAMV", "RMRFs", "RSE", "RVA", "SDGs", "SRF", "SWP", "ToT",
}  # fmt: skip


@pytest.fixture(scope="module")
def table() -> tuple[str, dict[str, str]]:
    if not PASSAGES.is_dir():
        pytest.skip("../shared/passages is not here: the real glossary is built from its pages")
    rows: dict[str, str] = {}
    for path in sorted(PASSAGES.glob("*/*.txt")):
        for d in find_definitions(path.read_text(encoding="utf-8")):
            if d.short in ORGANISATIONS | NOT_ORGANISATIONS and "\n" not in d.long:
                rows.setdefault(d.short, " ".join(d.long.split()))
    glued = "\n".join(f"{short}{long}" for short, long in sorted(rows.items()))
    return f"LIST OF ACRONYMS\n{glued}\n\n1. INTRODUCTION\nThe report follows.\n", rows


def test_organizations_glued_real_glossary_recall(table: tuple[str, dict[str, str]]) -> None:
    text, rows = table
    assert len(rows) >= 50
    found = find_organizations(text, [], set())
    texts = {o.text for o in found}
    orgs = [s for s in rows if s in ORGANISATIONS]
    hits = [s for s in orgs if s in texts and rows[s] in texts]
    assert len(hits) / len(orgs) >= 0.90, sorted(set(orgs) - set(hits))


def test_organizations_glued_real_glossary_others_not_organisations(
    table: tuple[str, dict[str, str]],
) -> None:
    text, rows = table
    texts = {o.text for o in find_organizations(text, [], set())}
    wrong = [s for s in rows if s in NOT_ORGANISATIONS and (s in texts or rows[s] in texts)]
    assert len(wrong) <= 0.1 * len([s for s in rows if s in NOT_ORGANISATIONS]), wrong
