"""STUB: spaCy component gcm_organizations (to be implemented)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from gcmextract.extractors.base import register_extensions

register_extensions()


@Language.component("gcm_organizations")
def gcm_organizations(doc: Doc) -> Doc:
    doc._.gcm_organizations = []
    return doc
