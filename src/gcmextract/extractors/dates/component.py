"""spaCy component `gcm_dates`: dates and ranges as spans in `doc.spans`, never inside objective lists."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from gcmextract.extractors.base import MentionComponent, spans_of
from gcmextract.extractors.dates.parse import find_dates
from gcmextract.schema import Mention


class DatesComponent(MentionComponent):
    """Dates, skipping the numbers of objective references."""

    field = "dates"
    package = "gcmextract.extractors.dates"

    def find(self, doc: Doc) -> list[Mention]:
        """Dates of `doc.text` outside the objective references found before."""
        return list(find_dates(doc.text, exclude=spans_of(doc, "objective_refs")))


@Language.factory("gcm_dates", assigns=["doc.spans"], default_config={"spans_key": "gcm_dates"})
def make_dates(nlp: Language, name: str, spans_key: str) -> DatesComponent:
    """Create the `gcm_dates` component."""
    return DatesComponent(nlp, name, spans_key)
