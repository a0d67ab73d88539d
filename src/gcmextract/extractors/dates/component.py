"""spaCy component `gcm_dates`: dates and ranges into `doc._.gcm_dates`, never inside objective lists."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from gcmextract.extractors.base import register_extensions
from gcmextract.extractors.dates.parse import find_dates

register_extensions()


@Language.component("gcm_dates", assigns=["doc._.gcm_dates"])
def gcm_dates(doc: Doc) -> Doc:
    """Find dates, skipping the numbers of objective references."""
    refs = doc._.gcm_objective_refs or []
    doc._.gcm_dates = find_dates(doc.text, exclude=[(r.start, r.end) for r in refs])
    return doc
