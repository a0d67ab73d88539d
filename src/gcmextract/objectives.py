"""STUB: classified objectives and the document-level objective summary (to be implemented)."""

from __future__ import annotations

from gcmextract.ingest.document import Document
from gcmextract.schema import Extraction


def summarise(extraction: Extraction, document: Document) -> None:
    return None
