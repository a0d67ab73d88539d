"""The Python API in two lines: `gcmextract.extract(path)` and `gcmextract.extract_text(text)` return
the pydantic `Extraction`; the spaCy pipeline is loaded on the first call and reused."""

from __future__ import annotations

import os
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

    from gcmextract.schema import Extraction


@lru_cache(maxsize=1)
def _nlp() -> Language:
    from gcmextract.pipeline import build_nlp

    return build_nlp()


def _iso3(country: str | None) -> str | None:
    from gcmextract.resources.country import resolve_country

    return resolve_country(country) if country else None


def extract(
    path: str | os.PathLike[str],
    *,
    country: str | None = None,
    language: str | None = None,
    max_bytes: int | None = None,
    explain: bool = False,
) -> Extraction:
    """Extract a submission file (.txt, .md, .html, .pdf, .docx).

    `country` (a name or ISO 3166 code) and `language` (ISO 639-1, e.g. "en") override detection;
    `max_bytes` overrides the size limit (GCMEXTRACT_MAX_BYTES, default 50 MB); `explain` keeps the
    rejected organisation candidates with their source and reason. A file that cannot be read raises
    `gcmextract.InputError` whose message is one line.
    """
    from gcmextract.ingest import read_document
    from gcmextract.pipeline import extract_document

    document = read_document(path, max_bytes=max_bytes)
    return extract_document(
        document, nlp=_nlp(), country=_iso3(country), language=language, explain=explain
    )


def extract_text(
    text: str,
    *,
    country: str | None = None,
    language: str | None = None,
    id: str = "text",
    format: str = "txt",
    explain: bool = False,
) -> Extraction:
    """Extract a submission given as a string (`format` "txt", "md" or "html"); offsets refer to `text`.

    `country`, `language` and `explain` as in `extract`; `id` names the document.
    """
    from gcmextract.ingest import read_data
    from gcmextract.pipeline import extract_document

    if format not in ("txt", "md", "html"):
        from gcmextract.errors import UsageError

        raise UsageError(f"extract_text reads txt, md or html, not {format!r}")
    document = read_data(text.encode("utf-8"), source=id, suffix=f".{format}", id=id)
    return extract_document(
        document, nlp=_nlp(), country=_iso3(country), language=language, explain=explain
    )
