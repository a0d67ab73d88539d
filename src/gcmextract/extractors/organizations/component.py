"""spaCy component `gcm_organizations`: NER candidates, patterns and the gazetteer decided into
spans in `doc.spans`, with one canonical name per organisation; with `explain` (or
`doc._.gcm_explain`) the rejected candidates too, each with its generator and rejection rule."""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

from gcmextract.extractors.base import MentionComponent, spans_of, write_spans
from gcmextract.extractors.organizations.filters import Rejection
from gcmextract.extractors.organizations.resolve import Explanation, explain_organizations
from gcmextract.schema import Mention, RejectedOrganization

REJECTED_KEY = "gcm_organizations_rejected"
REJECTION_ATTR = "gcm_rejection"  # span._.gcm_rejection: start, end, text, source, reason


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

    def __init__(
        self,
        nlp: Language,
        name: str,
        spans_key: str,
        explain: bool = False,
        rejected_key: str = REJECTED_KEY,
    ) -> None:
        super().__init__(nlp, name, spans_key)
        self.explain = explain
        self.rejected_key = rejected_key
        if not Span.has_extension(REJECTION_ATTR):
            Span.set_extension(REJECTION_ATTR, default=None)

    def explanation(self, doc: Doc) -> Explanation:
        """Every stage's result on `doc.text` from its entities, outside amounts and references;
        acronyms in `doc._.gcm_acronyms` (defined in earlier pieces of a long document) resolve
        here too, and when it is set this text's definitions are added to it."""
        from gcmextract.resources.country import country_names

        ner = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        places = {e.text for e in doc.ents if e.label_ in ("GPE", "LOC")} | country_names()
        exclude = spans_of(doc, "amounts", "objective_refs")
        known = doc._.gcm_acronyms
        found = explain_organizations(doc.text, ner, places, exclude, doc._.gcm_language, known)
        if known is not None:
            doc._.gcm_acronyms = found.acronyms
        return found

    def find(self, doc: Doc) -> list[Mention]:
        """Organisations of `doc.text` (see `explanation`)."""
        return list(self.explanation(doc).organizations)

    def __call__(self, doc: Doc) -> Doc:
        """Write the organisations, and the rejected candidates when explaining."""
        if not self.vocabularies:
            self.initialize()
        found = self.explanation(doc)
        write_spans(doc, self.field, found.organizations, self.spans_key)
        if self.explain or doc._.gcm_explain:
            write_rejections(doc, found.rejected, self.rejected_key)
        return doc


def write_rejections(doc: Doc, rejected: list[Rejection], key: str = REJECTED_KEY) -> SpanGroup:
    """Put the rejected candidates into `doc.spans[key]`, values as plain data on
    `span._.gcm_rejection` (one per span and rule; a candidate trimmed to nothing is left out)."""
    seen: set[tuple[int, int, str, str]] = set()
    spans: list[Span] = []
    for r in sorted(rejected, key=lambda r: (r.candidate.start, r.candidate.end)):
        c = r.candidate
        ident = (c.start, c.end, c.source, r.reason)
        if c.end <= c.start or ident in seen:
            continue
        seen.add(ident)
        span = doc.char_span(c.start, c.end, label=r.reason, alignment_mode="expand")
        if span is None:
            continue
        values: dict[str, Any] = {
            "start": c.start,
            "end": c.end,
            "text": doc.text[c.start : c.end],
            "source": c.source,
            "reason": r.reason,
        }
        span._.set(REJECTION_ATTR, values)
        spans.append(span)
    group = SpanGroup(doc, name=key, spans=spans)
    doc.spans[key] = group
    return group


def read_rejections(doc: Doc, key: str = REJECTED_KEY) -> list[RejectedOrganization]:
    """The rejected candidates stored in `doc.spans[key]` (offsets into `doc.text`)."""
    if key not in doc.spans:
        return []
    out = []
    for span in doc.spans[key]:
        values = span._.get(REJECTION_ATTR)
        if values is not None:
            out.append(RejectedOrganization.model_validate(values))
    return out


@Language.factory(
    "gcm_organizations",
    assigns=["doc.spans"],
    requires=["doc.ents"],
    default_config={
        "spans_key": "gcm_organizations",
        "explain": False,
        "rejected_key": REJECTED_KEY,
    },
)
def make_organizations(
    nlp: Language, name: str, spans_key: str, explain: bool, rejected_key: str
) -> OrganizationsComponent:
    """Create the `gcm_organizations` component (`explain`: also write the rejected candidates
    into `doc.spans[rejected_key]`)."""
    return OrganizationsComponent(nlp, name, spans_key, explain, rejected_key)
