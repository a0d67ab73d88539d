"""Extractors: one package per field, each a spaCy component plus its data files; `run`
(find_mentions: the spaCy stage of the chain, in batches and pieces, handing on `Found`)."""

from __future__ import annotations


def register_components() -> None:
    """Import the component modules so their spaCy factories are registered (the
    `spacy_factories` entry points do the same on demand in an installed package)."""
    from gcmextract.extractors.amounts import component as _amounts  # noqa: F401
    from gcmextract.extractors.dates import component as _dates  # noqa: F401
    from gcmextract.extractors.objective_refs import component as _refs  # noqa: F401
    from gcmextract.extractors.organizations import component as _orgs  # noqa: F401
