"""A compact view of a document's clean text for NLP, with the map of its offsets back to the source.

The clean view has the source's length, so a decoded entity or an escape leaves padding inside an
expression ("KES&nbsp;2.5" -> "KES      2.5"). The compact view drops that padding so patterns and
the statistical model see ordinary text; mentions found in it are mapped back to source offsets.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import overload

from gcmextract.ingest.document import Document
from gcmextract.ingest.markup import deleted_positions

TEXT_FORMATS = frozenset({"txt", "md", "html"})


@dataclass(frozen=True)
class CompactView:
    """`text` is the clean view without padding; `index[i]` is the source offset of `text[i]`."""

    text: str
    source: str = field(repr=False)
    index: Sequence[int] | None = None  # None: identical to the clean view

    def start(self, i: int) -> int:
        """Source offset of compact offset `i` taken as a span start, with the escape before it
        (an escape belongs to the expression it is in: "\\$15M" in markdown)."""
        if self.index is None:
            return i
        if i >= len(self.index):
            return len(self.source)
        start, floor = self.index[i], self.index[i - 1] + 1 if i > 0 else 0
        while start > floor and self.source[start - 1] == "\\":
            start -= 1  # dropped characters between the previous kept one and this one
        return start

    def end(self, i: int) -> int:
        """Source offset of compact offset `i` taken as a span end (exclusive): just after the last
        character, with the rest of an entity ("&amp;") when the span ends on one."""
        if self.index is None or i <= 0:
            return i if self.index is None else 0
        last = self.index[i - 1]
        nxt = self.index[i] if i < len(self.index) else len(self.source)
        if nxt > last + 1 and self.source[last] == "&":
            return nxt
        return last + 1


def compact_view(document: Document) -> CompactView:
    """The compact view of a document (the clean view itself for PDF, DOCX and unpadded text)."""
    clean = document.clean
    deleted = deleted_positions(document.text) if document.format in TEXT_FORMATS else []
    if not deleted:
        return CompactView(clean, document.text)
    parts, previous = [], 0
    for d in deleted:
        parts.append(clean[previous:d])
        previous = d + 1
    parts.append(clean[previous:])
    return CompactView("".join(parts), document.text, KeptOffsets(deleted, len(clean)))


class KeptOffsets(Sequence[int]):
    """The source offset of each compact offset, held as the deleted positions alone (memory in
    their number, not the text's length: a tuple of every kept offset took about 36 bytes a
    character). Compact offset i is source offset i plus the number of deletions at or before it,
    found by bisection over the compact offsets where each deletion is skipped."""

    def __init__(self, deleted: list[int], length: int) -> None:
        # the j-th deleted position (sorted, distinct) is skipped at compact offset d - j
        self.skips = array("q", (d - j for j, d in enumerate(deleted)))
        self.length = length - len(deleted)

    def __len__(self) -> int:
        return self.length

    @overload
    def __getitem__(self, i: int) -> int: ...

    @overload
    def __getitem__(self, i: slice) -> list[int]: ...

    def __getitem__(self, i: int | slice) -> int | list[int]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(self.length))]
        if i < 0:
            i += self.length
        if not 0 <= i < self.length:
            raise IndexError(i)
        return i + bisect_right(self.skips, i)
