"""Overlap resolution: of overlapping candidates the longest wins; at equal length, knowledge
(a definition, the glossary, the gazetteer) beats a pattern, and a pattern beats statistical NER."""

from __future__ import annotations

from gcmextract.extractors.organizations.candidates import Candidate
from gcmextract.extractors.organizations.span_index import Disjoint, SpanIndex

RANK = {"long": 0, "acronym": 0, "glossary": 0, "gazetteer": 1, "pattern": 2, "ner": 3}


def resolve_overlaps(
    cands: list[Candidate], exclude: list[tuple[int, int]] | None = None
) -> list[Candidate]:
    """Non-overlapping candidates in text order, none overlapping an `exclude` span (amounts,
    objective references)."""
    ordered = sorted(cands, key=lambda c: (-(c.end - c.start), RANK[c.source], c.start))
    excluded = SpanIndex((a, b, "") for a, b in exclude or [])
    held = Disjoint()
    chosen: list[Candidate] = []
    for c in ordered:
        if held.overlaps(c.start, c.end) or excluded.overlapping(c.start, c.end):
            continue
        held.add(c.start, c.end)
        chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen
