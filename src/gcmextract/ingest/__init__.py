"""Readers that turn .txt, .md, .html, .pdf and .docx files into a `Document` (STUB)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from gcmextract.ingest.document import Document


def read_document(path: str | Path) -> Document:
    p = Path(path)
    data = p.read_bytes()
    text = data.decode("utf-8")
    return Document(
        id=p.stem, source=str(p), sha256=hashlib.sha256(data).hexdigest(), format="txt",
        text=text, clean=text,
    )
