"""STUB: spaCy component gcm_dates (to be implemented)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from gcmextract.extractors.base import register_extensions

register_extensions()


@Language.component("gcm_dates")
def gcm_dates(doc: Doc) -> Doc:
    doc._.gcm_dates = []
    return doc
