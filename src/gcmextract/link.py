"""Link each amount to GCM objectives once: explicit references in its sentence, else its paragraph's
classified objectives, else the declared objectives of the smallest enclosing section that has any."""

from __future__ import annotations

import bisect

from gcmextract.ingest.document import Document
from gcmextract.schema import Amount, Extraction, Paragraph, Section


def _sentence_span(document: Document, offset: int) -> tuple[int, int]:
    """The sentence (inside its block) holding `offset`."""
    from gcmextract.segment import sentences

    for block in document.blocks:
        if block.start <= offset < block.end:
            for a, b in sentences(document.clean, block.start, block.end):
                if a <= offset < b:
                    return a, b
            return block.start, block.end
    return offset, offset + 1


def _paragraph_of(paragraphs: list[Paragraph], starts: list[int], offset: int) -> Paragraph | None:
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and paragraphs[i].start <= offset < paragraphs[i].end:
        return paragraphs[i]
    return None


def _declaring_section(sections: list[Section], owner: int | None) -> Section | None:
    """The section `owner` or its nearest ancestor that declares objectives."""
    seen: set[int] = set()
    while owner is not None and owner not in seen:
        seen.add(owner)
        if sections[owner].declared_objectives:
            return sections[owner]
        owner = sections[owner].parent
    return None


def _innermost(sections: list[Section], offset: int) -> int | None:
    owner = None
    for k, s in enumerate(sections):
        lo = s.heading_start if s.heading_start is not None else s.start
        if lo <= offset < max(s.end, lo + 1):
            owner = k  # later sections that still contain the offset are nested deeper
    return owner


def link_amount(
    amount: Amount, extraction: Extraction, document: Document, starts: list[int]
) -> None:
    """Set `amount.objectives` and `amount.objective_basis` (left empty when nothing links it)."""
    a, b = _sentence_span(document, amount.start)
    explicit = sorted(
        {n for ref in extraction.objective_refs if a <= ref.start < b for n in ref.objectives}
    )
    if explicit:
        amount.objectives, amount.objective_basis = explicit, "explicit"
        return
    paragraph = _paragraph_of(extraction.paragraphs, starts, amount.start)
    if paragraph is not None and paragraph.classified_objectives:
        amount.objectives = sorted(
            {c.objective for c in paragraph.classified_objectives if c.objective}
        )
        amount.objective_basis = "paragraph"
        return
    section = _declaring_section(extraction.sections, _innermost(extraction.sections, amount.start))
    if section is not None:
        amount.objectives, amount.objective_basis = list(section.declared_objectives), "section"


def link_amounts(extraction: Extraction, document: Document) -> None:
    """Link every amount of the extraction (paragraphs must already be classified)."""
    starts = [p.start for p in extraction.paragraphs]
    for amount in extraction.amounts:
        link_amount(amount, extraction, document, starts)
