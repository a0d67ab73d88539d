"""The `Document` every reader returns: source text, a same-length clean view, blocks, pages, footnotes."""

from __future__ import annotations

import bisect
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

BlockKind = Literal["heading", "paragraph", "list_item", "table", "footnote", "toc"]


class Block(BaseModel):
    """A layout block of the text (paragraph, heading, list item, table cell row, footnote)."""

    model_config = ConfigDict(extra="forbid")

    kind: BlockKind
    start: int
    end: int
    page: int | None = None
    level: int | None = None
    style: str | None = None
    table: int | None = None  # table cells: which table of the document, row and column (0-based)
    row: int | None = None
    column: int | None = None
    paragraph: int | None = None  # DOCX: index of the paragraph in the document body (0-based)


class Page(BaseModel):
    """A page of paginated input and the span of text that came from it (1-based number)."""

    model_config = ConfigDict(extra="forbid")

    number: int
    start: int
    end: int


class Footnote(BaseModel):
    """A footnote kept apart from the body: its marker, its span and where it is referenced."""

    model_config = ConfigDict(extra="forbid")

    marker: str
    start: int
    end: int
    anchor: int | None = None
    page: int | None = None


class Document(BaseModel):
    """A submission as text.

    `text` is what every offset refers to (for .txt/.md/.html the decoded file, unchanged; for PDF and
    DOCX the reconstructed text). `clean` has the same length as `text`, with markup (tags, markdown
    escapes and emphasis, link targets, entities) replaced by spaces, so that NLP sees clean words
    without moving offsets. `layout` (PDF) is the map from each character of `text` to its place
    on its page (`ingest.pdf.textmap.TextMap`), built once as the text is written.
    """

    model_config = ConfigDict(extra="forbid")

    id: str
    source: str
    sha256: str
    format: str
    text: str
    clean: str
    blocks: list[Block] = Field(default_factory=list)
    pages: list[Page] = Field(default_factory=list)
    footnotes: list[Footnote] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    ocr_pages: list[int] = Field(default_factory=list)
    layout: Any = Field(default=None, exclude=True, repr=False)

    def page_of(self, offset: int) -> int | None:
        """The 1-based page number holding character `offset`, or None for unpaginated input."""
        if not self.pages:
            return None
        starts = [p.start for p in self.pages]
        i = max(bisect.bisect_right(starts, offset) - 1, 0)
        return self.pages[i].number
