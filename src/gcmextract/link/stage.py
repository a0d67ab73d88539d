"""The link stage: the mentions spaCy found tied to their surroundings (table cells, place in the
source, sentence, block language) and each amount linked to objectives, handed on as `Linked`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from gcmextract.extractors.run import Found
from gcmextract.link.locate import Places, tag_languages
from gcmextract.link.objectives import link_amounts
from gcmextract.link.table_cells import annotate_tables
from gcmextract.schema import MENTION_FIELDS, RejectedOrganization
from gcmextract.segment.stage import Segmented


@dataclass(frozen=True)
class Linked:
    """The mentions of one document per field, in document order with offsets into its source, and
    the rejected organisation candidates (when explaining)."""

    mentions: dict[str, list[Any]]
    rejected: list[RejectedOrganization]


def link(segmented: Segmented, found: Found) -> Linked:
    """Link what spaCy found in `segmented` (its sections and paragraphs already classified): a
    table cell's row label and column header (and money from a currency header), source offsets,
    page, sentence and place in the file, the language of each organisation mention, and each
    amount's objectives (explicit references in its sentence, or in a table its row, its
    paragraph's classified objectives, its section's declared ones). The mentions are moved, not
    copied."""
    document = segmented.document
    places = Places(document, segmented.view, segmented.sentences)
    mentions = {
        field: sorted(found.mentions[field], key=lambda m: (m.start, m.end))
        for field in MENTION_FIELDS
    }
    annotate_tables(document, mentions)  # row label, column header, money from a currency header
    fields: dict[str, list[Any]] = {f: [places.place(m) for m in ms] for f, ms in mentions.items()}
    rejected = [places.place(r) for r in sorted(found.rejected, key=lambda r: r.start)]
    tag_languages(fields["organizations"], document, segmented.block_languages, segmented.language)
    link_amounts(
        document,
        fields["amounts"],
        fields["objective_refs"],
        segmented.sections,
        segmented.paragraphs,
    )
    return Linked(fields, rejected)
