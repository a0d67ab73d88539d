"""Doc extensions shared by gcmextract's spaCy components.

Components read `doc._.gcm_country` (ISO 3166 alpha-3 of the submitting state) and
`doc._.gcm_language` (ISO 639-1 of the document; None is read as English), both set before the pipeline runs, and write their results as lists of schema objects into `doc._.gcm_<field>`, with
offsets into `doc.text`. `doc.text` is the document's clean view (same length as the source text),
so offsets are valid in the source as well. Components run in the order objective_refs, dates,
amounts, organizations; a later one may read the earlier ones' results to avoid overlaps.
"""

from __future__ import annotations

from spacy.tokens import Doc

FIELDS = ("objective_refs", "dates", "amounts", "organizations")


def register_extensions() -> None:
    """Register the `doc._.gcm_*` attributes (idempotent)."""
    if not Doc.has_extension("gcm_country"):
        Doc.set_extension("gcm_country", default=None)
    if not Doc.has_extension("gcm_language"):
        Doc.set_extension("gcm_language", default=None)
    for field in FIELDS:
        name = f"gcm_{field}"
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register_extensions()
