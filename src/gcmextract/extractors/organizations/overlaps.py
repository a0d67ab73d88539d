"""Overlap resolution: of overlapping candidates the longest wins; at equal length, knowledge
(a definition, the glossary, the gazetteer) beats a pattern, and a pattern beats statistical NER."""

from __future__ import annotations

from gcmextract.extractors.organizations.candidates import Candidate

RANK = {"long": 0, "acronym": 0, "glossary": 0, "gazetteer": 1, "pattern": 2, "ner": 3}


def _overlaps(a: int, b: int, c: int, d: int) -> bool:
    return not (b <= c or a >= d)


def resolve_overlaps(
    cands: list[Candidate], exclude: list[tuple[int, int]] | None = None
) -> list[Candidate]:
    """Non-overlapping candidates in text order, none overlapping an `exclude` span (amounts,
    objective references)."""
    ordered = sorted(cands, key=lambda c: (-(c.end - c.start), RANK[c.source], c.start))
    chosen: list[Candidate] = []
    for c in ordered:
        if any(_overlaps(c.start, c.end, o.start, o.end) for o in chosen):
            continue
        if exclude and any(_overlaps(c.start, c.end, a, b) for a, b in exclude):
            continue
        chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen
