"""A copy of a document with every explicit objective list blanked, to measure how well sections are
found and classified from their text alone (offsets are kept: the lists become spaces)."""

from __future__ import annotations

from gcmextract.extractors.objective_refs.parse import find_objective_refs
from gcmextract.ingest.document import Document


def mask_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the explicit objective lists of `text`, with the brackets around them."""
    spans = []
    for ref in find_objective_refs(text):
        a, b = ref.start, ref.end
        if text[a - 1 : a] in "([" and text[b : b + 1] in ")]" and a > 0:
            a, b = a - 1, b + 1
        spans.append((a, b))
    return spans


def mask_objective_lists(document: Document) -> Document:
    """The document with its explicit objective lists replaced by spaces in `text` and `clean`."""
    text, clean = list(document.text), list(document.clean)
    for a, b in mask_spans(document.clean):
        for i in range(a, b):
            if text[i] not in "\n\r":
                text[i] = " "
                clean[i] = " "
    return document.model_copy(update={"text": "".join(text), "clean": "".join(clean)})
