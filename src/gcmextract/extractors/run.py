"""The spaCy stage: each document's compact view through its language's pipeline, in `nlp.pipe`
batches of one language (a long document alone, piece by piece), and the mentions the components
wrote to `doc.spans` read back as `Found`."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, TypeVar

from gcmextract.extractors.base import read_mentions
from gcmextract.extractors.organizations.component import read_rejections
from gcmextract.ingest.offsets import CompactView
from gcmextract.nlp import bounds
from gcmextract.schema import MENTION_FIELDS, Mention, RejectedOrganization

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

BATCH_SIZE = 16
# A piece of a long document is read this many characters past its end, so that a mention across
# the cut (a date range or a name broken over a line) is found whole by the piece it starts in.
PIECE_MARGIN = 1_000


class Readable(Protocol):
    """What the spaCy stage reads of a document (`segment.Segmented` is one)."""

    @property
    def view(self) -> CompactView:
        """The compact text the pipeline reads."""

    @property
    def pipeline_language(self) -> str:
        """The language whose pipeline reads it."""

    @property
    def language(self) -> str | None:
        """ISO 639-1 code given to the components (`doc._.gcm_language`)."""

    @property
    def country(self) -> str | None:
        """ISO alpha-3 of the submitting state given to the components (`doc._.gcm_country`)."""


R = TypeVar("R", bound=Readable)


@dataclass(frozen=True)
class Found:
    """The mentions of one document per field and the rejected organisation candidates (kept when
    explaining), with offsets into its compact view."""

    mentions: dict[str, list[Mention]]
    rejected: list[RejectedOrganization]


def read_found(doc: Doc) -> Found:
    """The mentions and rejected candidates a processed Doc holds (the Doc is only read)."""
    return Found(
        {field: read_mentions(doc, field) for field in MENTION_FIELDS}, read_rejections(doc)
    )


def make_doc(
    nlp: Language,
    text: str,
    country: str | None = None,
    language: str | None = None,
    explain: bool = False,
) -> Doc:
    """An unprocessed Doc of `text` (already tamed) with the values the components read."""
    doc = nlp.make_doc(text)
    doc._.gcm_country = country
    doc._.gcm_language = language
    doc._.gcm_explain = explain
    return doc


def find_mentions(
    items: Iterable[R],
    nlp_of: Callable[[str], Language],
    batch_size: int = BATCH_SIZE,
    explain: bool = False,
) -> Iterator[tuple[R, Found]]:
    """Each item with what the components found in it, in input order: items stream through
    `nlp.pipe` in batches of one pipeline language (`nlp_of` gives the pipeline of a language), of
    at most `batch_size` items and BATCH_CHARS characters; a text longer than one piece runs alone,
    piece by piece (`explain`: keep the rejected organisation candidates)."""
    batch: list[tuple[Doc, R]] = []
    batch_language = "en"
    chars = 0
    for item in items:
        pipe = item.pipeline_language
        text = bounds.tame(item.view.text)
        spans = bounds.pieces(text)
        if batch and (
            pipe != batch_language
            or len(batch) >= batch_size
            or chars + len(item.view.text) > bounds.BATCH_CHARS
            or len(spans) > 1
        ):
            yield from _run(nlp_of(batch_language), batch)
            batch, chars = [], 0
        nlp = nlp_of(pipe)
        batch_language = pipe
        if len(spans) > 1:  # a long document: alone, one piece at a time
            yield item, _find_in_pieces(nlp, text, spans, item.country, item.language, explain)
            continue
        batch.append((make_doc(nlp, text, item.country, item.language, explain), item))
        chars += len(item.view.text)
    if batch:
        yield from _run(nlp_of(batch_language), batch)


def _run(nlp: Language, batch: list[tuple[Doc, R]]) -> Iterator[tuple[R, Found]]:
    """Process a batch of Docs, each read back as soon as the pipeline yields it."""
    processed = nlp.pipe([doc for doc, _ in batch], batch_size=len(batch))
    for doc, (_, item) in zip(processed, batch, strict=True):
        yield item, read_found(doc)


def _find_in_pieces(
    nlp: Language,
    text: str,
    spans: list[tuple[int, int]],
    country: str | None,
    language: str | None,
    explain: bool = False,
) -> Found:
    """The mentions of a long (tamed) text found piece by piece, and the rejected organisation
    candidates when explaining: each piece runs through the pipeline alone with a margin of the
    next one, so a mention across the cut is found whole by the piece it starts in and not again by
    the next; the organisation acronyms defined in a piece carry over to the later ones. Only one
    piece's Doc is alive at a time."""
    found: dict[str, list[Mention]] = {field: [] for field in MENTION_FIELDS}
    rejected: list[RejectedOrganization] = []
    kept_end = dict.fromkeys(MENTION_FIELDS, 0)
    acronyms: dict[str, tuple[str, str | None]] = {}
    for a, b in spans:
        doc = make_doc(nlp, text[a : _margin_end(text, b)], country, language, explain)
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
    return Found(found, rejected)


def _margin_end(text: str, end: int) -> int:
    """Where a piece ending at `end` stops being read: PIECE_MARGIN characters further, at a space."""
    if end >= len(text):
        return end
    stop = min(len(text), end + PIECE_MARGIN)
    space = text.rfind(" ", end, stop)
    return stop if stop == len(text) or space < 0 else space
