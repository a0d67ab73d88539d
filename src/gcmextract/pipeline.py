"""Assemble the spaCy pipeline and turn a `Document` into an `Extraction`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from gcmextract import EXTRACTOR_VERSION
from gcmextract.offsets import CompactView, compact_view
from gcmextract.schema import DocumentInfo, Extraction, Mention

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from gcmextract.ingest.document import Document

COMPONENTS = ("gcm_objective_refs", "gcm_dates", "gcm_amounts", "gcm_organizations")
BATCH_SIZE = 16


def build_nlp() -> Language:
    """en_core_web_sm (tok2vec, ner) followed by gcmextract's components."""
    from gcmextract.extractors import register_components
    from gcmextract.nlp import UNUSED, load_base

    register_components()
    nlp = load_base(exclude=(*UNUSED, "senter"), enable_senter=False)
    for name in COMPONENTS:
        nlp.add_pipe(name, last=True)
    return nlp


def _sentences(document: Document) -> list[tuple[int, int]]:
    """Sentence spans of a document, inside its blocks (the rule-based splitter the classifier uses
    too: one notion of sentence for evidence and mentions, and no statistical senter to run)."""
    from gcmextract.segment import sentences

    blocks = [(b.start, b.end) for b in document.blocks] or [(0, len(document.clean))]
    return [span for a, b in blocks for span in sentences(document.clean, a, b)]


def _fill_context(
    mentions: list[Mention], document: Document, sents: list[tuple[int, int]], view: CompactView
) -> None:
    """Map each mention from the compact view to the source, take its text from the source slice
    and attach page and sentence."""
    starts = [a for a, _ in sents]
    block_starts = [b.start for b in document.blocks]
    import bisect

    for m in mentions:
        m.start, m.end = view.start(m.start), view.end(m.end)
        m.text = document.text[m.start : m.end]
        m.page = document.page_of(m.start)
        if sents:
            i = max(bisect.bisect_right(starts, m.start) - 1, 0)
            a, b = sents[i]
            k = bisect.bisect_right(block_starts, m.start) - 1
            if k >= 0 and document.blocks[k].start <= m.start < document.blocks[k].end:
                a, b = (
                    max(a, document.blocks[k].start),
                    min(b, document.blocks[k].end),
                )  # never across blocks
            m.sentence = " ".join(document.clean[a:b].split())


def _make_doc(
    nlp: Language, document: Document, country: str | None, view: CompactView | None = None
) -> Doc:
    doc = nlp.make_doc((view or compact_view(document)).text)
    doc._.gcm_country = country
    return doc


def extract_documents(
    documents: Iterable[Document],
    nlp: Language | None = None,
    country: str | None = None,
    batch_size: int = BATCH_SIZE,
    language: str | None = None,
) -> Iterator[Extraction]:
    """Extract every document, streaming them through `nlp.pipe` in batches; `country` (ISO alpha-3)
    and `language` (ISO 639-1) override detection."""
    from gcmextract.country import detect_country
    from gcmextract.objectives import summarise
    from gcmextract.segment import segment

    nlp = nlp or build_nlp()
    docs_in: list[tuple[Doc, Document, str | None, CompactView]] = []
    for document in documents:
        iso3 = country or detect_country(document.clean)
        view = compact_view(document)
        docs_in.append((_make_doc(nlp, document, iso3, view), document, iso3, view))
        if len(docs_in) >= batch_size:
            yield from _run(nlp, docs_in, summarise, segment, language)
            docs_in = []
    if docs_in:
        yield from _run(nlp, docs_in, summarise, segment, language)


def _run(nlp, docs_in, summarise, segment, language=None) -> Iterator[Extraction]:  # type: ignore[no-untyped-def]
    from gcmextract.confidence import assign as assign_confidence
    from gcmextract.country import country_name
    from gcmextract.metadata import detect_language, detect_period
    from gcmextract.tables import annotate_tables

    processed = nlp.pipe([d for d, *_ in docs_in], batch_size=len(docs_in))
    for doc, (_, document, iso3, view) in zip(processed, docs_in, strict=True):
        fields = {
            field: sorted(getattr(doc._, f"gcm_{field}") or [], key=lambda m: (m.start, m.end))
            for field in ("objective_refs", "dates", "amounts", "organizations")
        }
        annotate_tables(document, fields)
        _fill_context(
            [m for ms in fields.values() for m in ms], document, _sentences(document), view
        )
        assign_confidence(fields)
        info = DocumentInfo(
            id=document.id,
            source=document.source,
            sha256=document.sha256,
            format=document.format,
            country=country_name(iso3) if iso3 else None,
            country_iso3=iso3,
            language=language or detect_language(document.clean),
            period=detect_period(document.clean, fields["dates"]),
            pages=len(document.pages) or None,
            ocr_pages=document.ocr_pages,
            extractor_version=EXTRACTOR_VERSION,
        )
        sections, paragraphs = segment(document)
        extraction = Extraction(document=info, sections=sections, paragraphs=paragraphs, **fields)
        summarise(extraction, document)
        yield extraction


def extract_document(
    document: Document,
    nlp: Language | None = None,
    country: str | None = None,
    language: str | None = None,
) -> Extraction:
    """Extract one document."""
    return next(extract_documents([document], nlp=nlp, country=country, language=language))


def extract_path(
    path: str | Path, nlp: Language | None = None, country: str | None = None
) -> Extraction:
    """Read any supported file and extract it."""
    from gcmextract.ingest import read_document

    return extract_document(read_document(path), nlp=nlp, country=country)
