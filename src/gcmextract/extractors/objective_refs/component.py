"""spaCy component `gcm_objective_refs`: explicit objective references into `doc._.gcm_objective_refs`."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from gcmextract.extractors.base import register_extensions
from gcmextract.extractors.objective_refs.parse import find_objective_refs

register_extensions()


@Language.component("gcm_objective_refs", assigns=["doc._.gcm_objective_refs"])
def gcm_objective_refs(doc: Doc) -> Doc:
    """Find references such as "Objectives: 1, 5, 7" or "objetivos 2 a 4"."""
    doc._.gcm_objective_refs = find_objective_refs(doc.text)
    return doc
