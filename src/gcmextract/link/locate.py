"""Mentions found in the compact view placed in the source: offsets, text, page, the sentence they
stand in and their place in the file; organisation mentions tagged with their block's language."""

from __future__ import annotations

import bisect
from typing import Any, TypeVar

from gcmextract.ingest.document import Document
from gcmextract.ingest.locate import Locator
from gcmextract.ingest.offsets import CompactView
from gcmextract.nlp.bounds import context_window
from gcmextract.schema import Mention, RejectedOrganization

M = TypeVar("M", Mention, RejectedOrganization)


class Places:
    """The structures a document's mentions are placed with, built once per document: its
    compact view, its sentences (inside its blocks) and one string per sentence context."""

    def __init__(
        self, document: Document, view: CompactView, sentences: list[tuple[int, int]]
    ) -> None:
        self.document = document
        self.view = view
        self.sents = sentences
        self.sent_starts = [a for a, _ in sentences]
        self.block_starts = [blk.start for blk in document.blocks]
        self.locator = Locator(document)
        self.contexts: dict[tuple[int, int], str] = {}

    def place(self, mention: M) -> M:
        """`mention`, found in the compact view, mapped to the source in place (it is the pipeline's
        own object, and a copy of each of a long document's mentions would double their memory):
        source offsets, the source slice as text, the page and the sentence it stands in (never
        across blocks)."""
        start, end = self.view.start(mention.start), self.view.end(mention.end)
        mention.start, mention.end = start, end
        mention.text = self.document.text[start:end]
        mention.page = self.document.page_of(start)
        mention.sentence = self._sentence(start, end)
        self.locator.place(mention)
        return mention

    def _sentence(self, start: int, end: int) -> str | None:
        """The sentence holding [start, end) inside its block, capped around the mention."""
        if not self.sents:
            return None
        document = self.document
        i = max(bisect.bisect_right(self.sent_starts, start) - 1, 0)
        a, b = self.sents[i]
        k = bisect.bisect_right(self.block_starts, start) - 1
        if k >= 0 and document.blocks[k].start <= start < document.blocks[k].end:
            a, b = max(a, document.blocks[k].start), min(b, document.blocks[k].end)
        a, b = context_window(document.clean, a, b, start, end)
        sentence = self.contexts.get((a, b))
        if sentence is None:
            sentence = self.contexts.setdefault((a, b), " ".join(document.clean[a:b].split()))
        return sentence


def tag_languages(
    organizations: list[Any], document: Document, block_langs: list[str | None], code: str | None
) -> None:
    """Each organisation mention keeps the language of the block it is written in."""
    starts = [b.start for b in document.blocks]
    for m in organizations:
        k = bisect.bisect_right(starts, m.start) - 1
        inside = 0 <= k < len(block_langs) and m.start < document.blocks[k].end
        m.language = (block_langs[k] if inside else None) or code
