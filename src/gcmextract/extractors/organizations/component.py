"""spaCy component `gcm_organizations`: NER candidates, patterns and the gazetteer decided into
spans in `doc.spans`, with one canonical name per organisation."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from gcmextract.extractors.base import MentionComponent, spans_of
from gcmextract.extractors.organizations.resolve import explain_organizations
from gcmextract.schema import Mention


class OrganizationsComponent(MentionComponent):
    """Organisations; places (GPE/LOC entities and country names) are never organisations."""

    field = "organizations"
    package = "gcmextract.extractors.organizations"
    vocabulary_files = (
        "vocabulary.json",
        "gazetteer.json",
        "gazetteer_translations.json",
        "language_names.json",
    )

    def find(self, doc: Doc) -> list[Mention]:
        """Organisations of `doc.text` from its entities (if any), outside amounts and references;
        acronyms in `doc._.gcm_acronyms` (defined in earlier pieces of a long document) resolve
        here too, and when it is set this text's definitions are added to it."""
        from gcmextract.country import country_names

        ner = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        places = {e.text for e in doc.ents if e.label_ in ("GPE", "LOC")} | country_names()
        exclude = spans_of(doc, "amounts", "objective_refs")
        known = doc._.gcm_acronyms
        found = explain_organizations(doc.text, ner, places, exclude, doc._.gcm_language, known)
        if known is not None:
            doc._.gcm_acronyms = found.acronyms
        return list(found.organizations)


@Language.factory(
    "gcm_organizations",
    assigns=["doc.spans"],
    requires=["doc.ents"],
    default_config={"spans_key": "gcm_organizations"},
)
def make_organizations(nlp: Language, name: str, spans_key: str) -> OrganizationsComponent:
    """Create the `gcm_organizations` component."""
    return OrganizationsComponent(nlp, name, spans_key)
