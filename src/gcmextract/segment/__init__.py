"""STUB: sections and paragraphs (to be implemented)."""

from __future__ import annotations

from gcmextract.ingest.document import Document
from gcmextract.schema import Paragraph, Section


def segment(document: Document) -> tuple[list[Section], list[Paragraph]]:
    return [], []
