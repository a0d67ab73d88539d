"""A compact view of a document's clean text for NLP, with the map of its offsets back to the source.

The clean view has the source's length, so a decoded entity or an escape leaves padding inside an
expression ("KES&nbsp;2.5" -> "KES      2.5"). The compact view drops that padding so patterns and
the statistical model see ordinary text; mentions found in it are mapped back to source offsets.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from gcmextract.ingest.document import Document
from gcmextract.ingest.markup import deleted_positions

TEXT_FORMATS = frozenset({"txt", "md", "html"})


@dataclass(frozen=True)
class CompactView:
    """`text` is the clean view without padding; `index[i]` is the source offset of `text[i]`."""

    text: str
    source: str = field(repr=False)
    index: tuple[int, ...] | None = None  # None: identical to the clean view

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
    gone = set(deleted)
    keep = tuple(i for i in range(len(clean)) if i not in gone)
    return CompactView("".join(clean[i] for i in keep), document.text, keep)
