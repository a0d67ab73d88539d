"""Segmentation of a document's text: sections and paragraphs (`sections`), sentences (`sentences`);
`stage` (segment_document: the segment stage of the chain, handing on `Segmented`)."""

from gcmextract.segment.sections import segment
from gcmextract.segment.sentences import sentences

__all__ = ["segment", "sentences"]
