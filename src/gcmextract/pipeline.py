"""Assemble the spaCy pipeline and turn a `Document` into an `Extraction`."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gcmextract import EXTRACTOR_VERSION
from gcmextract.bounds import context_window, tame
from gcmextract.offsets import CompactView, compact_view
from gcmextract.schema import MENTION_FIELDS, MENTION_PRECEDENCE, DocumentInfo, Extraction, Mention

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from gcmextract.ingest.document import Document

COMPONENTS = tuple(f"gcm_{field}" for field in MENTION_PRECEDENCE)
BATCH_SIZE = 16


def build_nlp() -> Language:
    """en_core_web_sm (tok2vec, ner) followed by gcmextract's components."""
    from gcmextract.extractors import register_components
    from gcmextract.nlp import UNUSED, load_base

    register_components()  # the entry points do this too, once the package is installed
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


@dataclass(frozen=True)
class _Source:
    """A source document with its compact view, sentences and the starts used to look them up."""

    document: Document
    view: CompactView
    sents: list[tuple[int, int]]
    sent_starts: list[int]
    block_starts: list[int]


def _locate(mention: Mention, src: _Source) -> Mention:
    """A copy of a mention found in the compact view, mapped to the source: source offsets, the
    source slice as text, the page and the sentence it stands in (never across blocks)."""
    document = src.document
    start, end = src.view.start(mention.start), src.view.end(mention.end)
    sentence = None
    if src.sents:
        i = max(bisect.bisect_right(src.sent_starts, start) - 1, 0)
        a, b = src.sents[i]
        k = bisect.bisect_right(src.block_starts, start) - 1
        if k >= 0 and document.blocks[k].start <= start < document.blocks[k].end:
            a, b = max(a, document.blocks[k].start), min(b, document.blocks[k].end)
        a, b = context_window(document.clean, a, b, start, end)
        sentence = " ".join(document.clean[a:b].split())
    return mention.model_copy(
        update={
            "start": start,
            "end": end,
            "text": document.text[start:end],
            "page": document.page_of(start),
            "sentence": sentence,
        }
    )


def doc_to_extraction(
    doc: Doc, document: Document, view: CompactView | None = None, language: str | None = None
) -> Extraction:
    """The `Extraction` of a processed Doc made from `document`'s compact view (pure: the Doc is
    only read; mention offsets in `doc.text` are mapped back to `document.text`); `language` (ISO
    639-1) overrides detection."""
    from gcmextract.confidence import assign as assign_confidence
    from gcmextract.country import country_name
    from gcmextract.extractors.base import read_mentions
    from gcmextract.metadata import detect_language, detect_period
    from gcmextract.objectives import summarise
    from gcmextract.segment import segment
    from gcmextract.table_cells import annotate_tables

    sents = _sentences(document)
    src = _Source(
        document,
        view or compact_view(document),
        sents,
        [a for a, _ in sents],
        [blk.start for blk in document.blocks],
    )
    found: dict[str, list[Any]] = {
        field: sorted(read_mentions(doc, field), key=lambda m: (m.start, m.end))
        for field in MENTION_FIELDS
    }
    annotate_tables(document, found)  # row label, column header, money from a currency header
    fields: dict[str, list[Any]] = {f: [_locate(m, src) for m in ms] for f, ms in found.items()}
    assign_confidence(fields)
    iso3 = doc._.gcm_country
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
        text_sha256=text_digest(document.clean),
    )
    sections, paragraphs = segment(document)
    extraction = Extraction.model_validate(
        {"document": info, "sections": sections, "paragraphs": paragraphs, **fields}
    )
    summarise(extraction, document)
    return extraction


def text_digest(text: str) -> str:
    """sha256 of the text with whitespace collapsed: the same document in two files or formats whose
    text reads the same gets the same digest (corpus totals count it once)."""
    import hashlib

    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def _make_doc(
    nlp: Language, document: Document, country: str | None, view: CompactView | None = None
) -> Doc:
    doc = nlp.make_doc(tame((view or compact_view(document)).text))
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

    nlp = nlp or build_nlp()
    docs_in: list[tuple[Doc, Document, CompactView]] = []
    for document in documents:
        iso3 = country or detect_country(document.clean)
        view = compact_view(document)
        docs_in.append((_make_doc(nlp, document, iso3, view), document, view))
        if len(docs_in) >= batch_size:
            yield from _run(nlp, docs_in, language)
            docs_in = []
    if docs_in:
        yield from _run(nlp, docs_in, language)


def _run(
    nlp: Language,
    docs_in: list[tuple[Doc, Document, CompactView]],
    language: str | None = None,
) -> Iterator[Extraction]:
    """Process a batch of Docs and turn each into its Extraction."""
    processed = nlp.pipe([d for d, *_ in docs_in], batch_size=len(docs_in))
    for doc, (_, document, view) in zip(processed, docs_in, strict=True):
        yield doc_to_extraction(doc, document, view, language=language)


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
