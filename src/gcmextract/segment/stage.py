"""The segment stage: what a document is made of before spaCy reads it (languages, compact view,
sentences, sections, paragraphs), handed on as `Segmented`."""

from __future__ import annotations

from dataclasses import dataclass

from gcmextract.ingest.document import Document
from gcmextract.ingest.offsets import CompactView, compact_view
from gcmextract.schema import Paragraph, Section
from gcmextract.segment.sections import segment
from gcmextract.segment.sentences import sentences


@dataclass(frozen=True)
class Segmented:
    """A document with its parts: `view` is the compact text spaCy reads; `sentences` are spans of
    `document.clean` inside its blocks; `block_languages` holds one code per block (or per the whole
    text when it has no blocks), `languages` the share of each language; `language` (ISO 639-1) is
    the one given, else the language of most blocks; `country` is ISO alpha-3 and `country_source`
    says how it was found."""

    document: Document
    view: CompactView
    sentences: list[tuple[int, int]]
    sections: list[Section]
    paragraphs: list[Paragraph]
    block_languages: list[str | None]
    languages: dict[str, float]
    language: str | None
    country: str | None = None
    country_source: str | None = None

    @property
    def pipeline_language(self) -> str:
        """Which spaCy pipeline the document goes through ("en" when its language is unknown)."""
        return self.language if self.language is not None else "en"

    @property
    def blocks(self) -> list[tuple[int, int]]:
        """(start, end) of each block, or of the whole clean text when it has no blocks."""
        return _blocks(self.document)


def segment_document(
    document: Document,
    country: str | None = None,
    country_source: str | None = None,
    language: str | None = None,
    view: CompactView | None = None,
) -> Segmented:
    """Segment `document`: the language of each block (a warning on the document when its language
    has no full pipeline), its compact view (`view` when already made), sentences, sections and
    paragraphs; `language` (ISO 639-1) overrides detection."""
    from gcmextract.nlp.language import is_supported, main_language, unsupported_warning

    block_languages, languages = _languages(document)
    code = language or main_language(languages)
    if not is_supported(code):
        document.warnings.append(unsupported_warning(code or ""))
    view = view or compact_view(document)
    sections, paragraphs = segment(document)
    return Segmented(
        document,
        view,
        _sentences(document),
        sections,
        paragraphs,
        block_languages,
        languages,
        code,
        country,
        country_source,
    )


def _languages(document: Document) -> tuple[list[str | None], dict[str, float]]:
    """Language of each block and the document's shares per language."""
    from gcmextract.nlp.language import identify_all, shares_of

    results = identify_all(document.clean[a:b] for a, b in _blocks(document))
    return [code for code, _, _ in results], shares_of(results)


def _sentences(document: Document) -> list[tuple[int, int]]:
    """Sentence spans of a document, inside its blocks (the rule-based splitter the classifier uses
    too: one notion of sentence for evidence and mentions, and no statistical senter to run)."""
    return [span for a, b in _blocks(document) for span in sentences(document.clean, a, b)]


def _blocks(document: Document) -> list[tuple[int, int]]:
    return [(b.start, b.end) for b in document.blocks] or [(0, len(document.clean))]
