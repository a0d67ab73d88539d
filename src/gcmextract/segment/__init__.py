"""Segmentation of a document's text: sections and paragraphs (`sections`), sentences (`sentences`)."""

from gcmextract.segment.sections import segment
from gcmextract.segment.sentences import sentences

__all__ = ["segment", "sentences"]
