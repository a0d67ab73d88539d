"""spaCy component `gcm_amounts`: money, counts and percentages into `doc._.gcm_amounts`."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from gcmextract.extractors.amounts.parse import find_amounts
from gcmextract.extractors.base import register_extensions

register_extensions()


@Language.component("gcm_amounts", assigns=["doc._.gcm_amounts"])
def gcm_amounts(doc: Doc) -> Doc:
    """Find amounts outside dates and objective references; a bare `$` takes the country's currency."""
    from gcmextract.country import currency_of

    iso3 = doc._.gcm_country
    exclude = [(m.start, m.end) for m in (doc._.gcm_objective_refs or []) + (doc._.gcm_dates or [])]
    doc._.gcm_amounts = find_amounts(
        doc.text, currency_of(iso3) if iso3 else None, exclude, doc._.gcm_language
    )
    return doc
