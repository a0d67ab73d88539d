"""spaCy component `gcm_organizations`: NER candidates, patterns and the gazetteer decided into
`doc._.gcm_organizations` with one canonical name per organisation."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from gcmextract.extractors.base import register_extensions
from gcmextract.extractors.organizations.resolve import find_organizations

register_extensions()


@Language.component("gcm_organizations", assigns=["doc._.gcm_organizations"])
def gcm_organizations(doc: Doc) -> Doc:
    """Find organisations; places (GPE/LOC entities and country names) are never organisations."""
    from gcmextract.country import country_names

    ner = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    places = {e.text for e in doc.ents if e.label_ in ("GPE", "LOC")} | country_names()
    exclude = [
        (m.start, m.end) for m in (doc._.gcm_amounts or []) + (doc._.gcm_objective_refs or [])
    ]
    doc._.gcm_organizations = find_organizations(doc.text, ner, places, exclude, doc._.gcm_language)
    return doc
