"""Where a span of a document's text stands in the file: boxes on the PDF page (from the text map built
at ingestion), the DOCX paragraph or table cell, or the line and column of a text file."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Any

from gcmextract.ingest.offsets import TEXT_FORMATS

if TYPE_CHECKING:
    from gcmextract.ingest.document import Document


class Locator:
    """The places of spans in one document, from structures built once per document."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.layout = document.layout
        self.text_lines: list[int] | None = None
        if document.format in TEXT_FORMATS:
            text = document.text
            starts = [0]
            i = text.find("\n")
            while i >= 0:
                starts.append(i + 1)
                i = text.find("\n", i + 1)
            self.text_lines = starts
        self.block_starts = [b.start for b in document.blocks]

    def boxes(self, start: int, end: int) -> list[Any] | None:
        """The boxes of [start, end) on the PDF's pages; None for other formats or no glyph."""
        if self.layout is None:
            return None
        return self.layout.boxes(start, end) or None

    def place(self, mention: Any) -> None:
        """Set a mention's `boxes` (PDF), `line`/`column` (text) or `paragraph`/`cell` (DOCX)."""
        start = mention.start
        if self.layout is not None:
            mention.boxes = self.boxes(start, mention.end)
        if self.text_lines is not None:
            k = bisect.bisect_right(self.text_lines, start) - 1
            mention.line, mention.column = k + 1, start - self.text_lines[k] + 1
            return
        k = bisect.bisect_right(self.block_starts, start) - 1
        if k < 0:
            return
        block = self.document.blocks[k]
        if not block.start <= start < block.end:
            return
        if block.table is not None and block.row is not None and block.column is not None:
            mention.cell = (block.table, block.row, block.column)
        elif self.document.format == "docx":
            mention.paragraph = block.paragraph
