"""STUB: spaCy component gcm_amounts (to be implemented)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from gcmextract.extractors.base import register_extensions

register_extensions()


@Language.component("gcm_amounts")
def gcm_amounts(doc: Doc) -> Doc:
    doc._.gcm_amounts = []
    return doc
