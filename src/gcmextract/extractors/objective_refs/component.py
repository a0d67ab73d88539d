"""STUB: spaCy component gcm_objective_refs (to be implemented)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from gcmextract.extractors.base import register_extensions

register_extensions()


@Language.component("gcm_objective_refs")
def gcm_objective_refs(doc: Doc) -> Doc:
    doc._.gcm_objective_refs = []
    return doc
