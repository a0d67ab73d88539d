"""spaCy component `gcm_objectives`: the objective classifier scoring the document into `doc.cats`
and each section into `span._.gcm_cats` of `doc.spans["gcm_sections"]`."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

from gcmextract.ingest.document import Document
from gcmextract.ingest.text import text_blocks


class ObjectivesComponent:
    """Scores every label of the packaged classifier `model` for the whole text and its sections.

    `doc.text` is read as a plain-text submission (blank lines between paragraphs, headings on
    their own line); the label of objective 7 is `objective_7`, of a principle its id.
    """

    def __init__(self, nlp: Language, name: str, model: str, spans_key: str) -> None:
        self.nlp = nlp
        self.name = name
        self.model = model
        self.spans_key = spans_key
        if not Span.has_extension("gcm_cats"):
            Span.set_extension("gcm_cats", default=None)
        if not Span.has_extension("gcm_heading"):
            Span.set_extension("gcm_heading", default=None)

    def _cats(self, labels: list[str], scores: object) -> dict[str, float]:
        """One score per label, named as in `doc.cats`."""
        prefix = "objective_" if self.model == "objectives" else ""
        return {f"{prefix}{label}": float(s) for label, s in zip(labels, scores, strict=True)}  # type: ignore[call-overload]

    def __call__(self, doc: Doc) -> Doc:
        """Score the document and its sections."""
        from gcmextract.classify.predict import Scorer, model_for
        from gcmextract.segment import segment

        text = doc.text
        blocks = text_blocks(text, text)
        document = Document(
            id="doc", source="", sha256="", format="txt", text=text, clean=text, blocks=blocks
        )
        sections = [s for s in segment(document)[0] if s.end > s.start]
        # a Spanish or French document (doc._.gcm_language) is scored by that language's model
        language = doc._.gcm_language if Doc.has_extension("gcm_language") else None
        model = model_for(self.model, language)
        scorer = Scorer(text, model, [(b.start, b.end) for b in blocks] or None, language=language)
        results = scorer.scores([(s.start, s.end) for s in sections] + [(0, len(text))])
        labels = list(scorer.model.labels)
        doc.cats = self._cats(labels, results[-1][0])
        spans = []
        for section, (scores, *_rest) in zip(sections, results, strict=False):
            span = doc.char_span(section.start, section.end, alignment_mode="expand")
            if span is None:
                continue
            span._.gcm_cats = self._cats(labels, scores)
            span._.gcm_heading = section.heading
            spans.append(span)
        doc.spans[self.spans_key] = SpanGroup(doc, name=self.spans_key, spans=spans)
        return doc


@Language.factory(
    "gcm_objectives",
    assigns=["doc.cats", "doc.spans"],
    default_config={"model": "objectives", "spans_key": "gcm_sections"},
)
def make_objectives(nlp: Language, name: str, model: str, spans_key: str) -> ObjectivesComponent:
    """Create the `gcm_objectives` component (`model`: `objectives` or `principles`)."""
    return ObjectivesComponent(nlp, name, model, spans_key)
