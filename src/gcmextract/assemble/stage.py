"""The assemble stage: the `Extraction` of a document from its segments, classification and linked
mentions (confidence, document information and period, document-level objectives)."""

from __future__ import annotations

import hashlib

from gcmextract.assemble.confidence import assign as assign_confidence
from gcmextract.assemble.objectives import summarise
from gcmextract.classify.stage import Classified
from gcmextract.extractors.metadata import detect_period
from gcmextract.link.stage import Linked
from gcmextract.resources.country import country_name
from gcmextract.schema import DocumentInfo, Extraction
from gcmextract.segment.stage import Segmented
from gcmextract.version import EXTRACTOR_VERSION


def assemble(segmented: Segmented, classified: Classified, linked: Linked) -> Extraction:
    """The `Extraction` of `segmented`: a confidence for every mention, the document's information
    (country, languages, reporting period, digests), its sections and paragraphs, mentions and
    rejected organisation candidates, then its objectives and principles."""
    document, fields = segmented.document, linked.mentions
    assign_confidence(fields, document.text)
    iso3 = segmented.country
    info = DocumentInfo(
        id=document.id,
        source=document.source,
        sha256=document.sha256,
        format=document.format,
        country=country_name(iso3) if iso3 else None,
        country_iso3=iso3,
        country_source=segmented.country_source,
        language=segmented.language,
        languages=segmented.languages,
        period=detect_period(document.clean, fields["dates"]),
        pages=len(document.pages) or None,
        ocr_pages=document.ocr_pages,
        extractor_version=EXTRACTOR_VERSION,
        text_sha256=text_digest(document.clean),
    )
    extraction = Extraction.model_validate(
        {
            "document": info,
            "sections": segmented.sections,
            "paragraphs": segmented.paragraphs,
            **fields,
            "rejected_organizations": linked.rejected,
        }
    )
    summarise(extraction, classified, document)
    return extraction


def text_digest(text: str) -> str:
    """sha256 of the text with whitespace collapsed: the same document in two files or formats whose
    text reads the same gets the same digest (corpus totals count it once)."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()
