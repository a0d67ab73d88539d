"""Link each amount to GCM objectives once: explicit references in its sentence, else its paragraph's
classified objectives, else the declared objectives of the smallest enclosing section that has any.

In time linear in the amounts, blocks, references and sections (up to logarithms): a long document
has hundreds of thousands of each, so every lookup is a bisection or a sweep in document order."""

from __future__ import annotations

import bisect
import heapq
from collections.abc import Iterator

from gcmextract.ingest.document import Document
from gcmextract.link.table_cells.rows import TableRows
from gcmextract.schema import Amount, ObjectiveRef, Paragraph, Section


class _Sentences:
    """The sentence (inside its block) holding an offset, or its table row; each block is split
    once, on first need."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.starts = [b.start for b in document.blocks]
        self.split: dict[int, tuple[list[int], list[tuple[int, int]]]] = {}

    def block(self, offset: int) -> int | None:
        """The index of the first block holding `offset`, or None outside every block."""
        blocks = self.document.blocks
        k = bisect.bisect_right(self.starts, offset) - 1
        # blocks may touch or (rarely) overlap: the first block holding the offset, as a scan finds
        while k > 0 and blocks[k - 1].start <= offset < blocks[k - 1].end:
            k -= 1
        if k < 0 or not blocks[k].start <= offset < blocks[k].end:
            return None
        return k

    def span(self, offset: int, k: int | None) -> tuple[int, int]:
        """The sentence of block `k` (see `block`) holding `offset`."""
        from gcmextract.segment import sentences

        if k is None:
            return offset, offset + 1
        blocks = self.document.blocks
        if k not in self.split:
            spans = sentences(self.document.clean, blocks[k].start, blocks[k].end)
            self.split[k] = ([a for a, _ in spans], spans)
        starts, spans = self.split[k]
        for i in range(max(bisect.bisect_right(starts, offset) - 1, 0), len(spans)):
            a, b = spans[i]
            if a > offset:
                break
            if a <= offset < b:
                return a, b
        return blocks[k].start, blocks[k].end

    def context(self, amount: Amount, rows: TableRows) -> tuple[list[tuple[int, int]], bool]:
        """The spans `amount` is linked from: its table row (and its column's header cell) when
        it stands in a table, else its sentence; and whether it is a table row."""
        k = self.block(amount.start)
        row = None
        if k is not None:
            has_header = amount.table is not None and amount.table.column is not None
            row = rows.context(k, amount.start, has_header)
        return (row, True) if row else ([self.span(amount.start, k)], False)


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


def _innermost(sections: list[Section], offsets: list[int]) -> Iterator[int | None]:
    """For each offset (ascending), the last section in list order whose range holds it (its heading
    included; later sections that still hold it are nested deeper): a sweep that opens sections as
    the offsets reach them and drops, from the top of a heap, those that have ended."""
    bounds = []
    for k, s in enumerate(sections):
        lo = s.heading_start if s.heading_start is not None else s.start
        bounds.append((lo, max(s.end, lo + 1), k))
    bounds.sort()
    heap: list[tuple[int, int]] = []  # (-k, end) of opened sections
    j = 0
    for offset in offsets:
        while j < len(bounds) and bounds[j][0] <= offset:
            heapq.heappush(heap, (-bounds[j][2], bounds[j][1]))
            j += 1
        while heap and heap[0][1] <= offset:  # ended: offsets only grow, so it stays ended
            heapq.heappop(heap)
        yield -heap[0][0] if heap else None


def link_amounts(
    document: Document,
    amounts: list[Amount],
    objective_refs: list[ObjectiveRef],
    sections: list[Section],
    paragraphs: list[Paragraph],
) -> None:
    """Set every amount's `objectives` and `objective_basis` (left empty when nothing links it);
    paragraphs must already be classified."""
    starts = [p.start for p in paragraphs]
    refs = sorted(objective_refs, key=lambda r: r.start)
    ref_starts = [r.start for r in refs]
    sentences = _Sentences(document)
    rows = TableRows(document)
    amounts = sorted(amounts, key=lambda m: m.start)
    owners = _innermost(sections, [m.start for m in amounts])
    for amount, owner in zip(amounts, owners, strict=True):
        context, in_row = sentences.context(amount, rows)
        if not _link(amount, context, in_row, refs, ref_starts, paragraphs, starts):
            section = _declaring_section(sections, owner)
            if section is not None:
                amount.objectives = list(section.declared_objectives)
                amount.objective_basis = "section"


def _link(
    amount: Amount,
    context: list[tuple[int, int]],
    in_row: bool,
    refs: list[ObjectiveRef],
    ref_starts: list[int],
    paragraphs: list[Paragraph],
    starts: list[int],
) -> bool:
    """Link `amount` by an explicit reference in its context (its sentence, or its table row and
    its column's header cell), else by its paragraph's classes (in a table, only a paragraph
    inside the row: a table's paragraph is its other rows too); False when neither links it."""
    explicit: set[int] = set()
    for a, b in context:
        for ref in refs[bisect.bisect_left(ref_starts, a) : bisect.bisect_left(ref_starts, b)]:
            explicit.update(ref.objectives)
    if explicit:
        amount.objectives, amount.objective_basis = sorted(explicit), "explicit"
        return True
    paragraph = _paragraph_of(paragraphs, starts, amount.start)
    if paragraph is None or not paragraph.classified_objectives:
        return False
    a, b = context[0]
    if in_row and not a <= paragraph.start <= paragraph.end <= b:
        return False
    amount.objectives = sorted(
        {c.objective for c in paragraph.classified_objectives if c.objective}
    )
    amount.objective_basis = "paragraph"
    return True
