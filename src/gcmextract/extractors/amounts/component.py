"""spaCy component `gcm_amounts`: money, counts and percentages as spans in `doc.spans`."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from gcmextract.extractors.amounts.parse import find_amounts
from gcmextract.extractors.base import MentionComponent, spans_of
from gcmextract.schema import Mention


class AmountsComponent(MentionComponent):
    """Amounts outside dates and objective references; a bare `$` takes the country's currency."""

    field = "amounts"
    package = "gcmextract.extractors.amounts"

    def __init__(
        self, nlp: Language, name: str, spans_key: str, default_currency: str | None
    ) -> None:
        super().__init__(nlp, name, spans_key)
        self.default_currency = default_currency

    def find(self, doc: Doc) -> list[Mention]:
        """Amounts of `doc.text`; the currency of `doc._.gcm_country`, else `default_currency`."""
        from gcmextract.resources.currency import of_country

        iso3 = doc._.gcm_country
        currency = of_country(iso3) if iso3 else self.default_currency
        exclude = spans_of(doc, "objective_refs", "dates")
        return list(find_amounts(doc.text, currency, exclude, doc._.gcm_language))


@Language.factory(
    "gcm_amounts",
    assigns=["doc.spans"],
    default_config={"spans_key": "gcm_amounts", "default_currency": None},
)
def make_amounts(
    nlp: Language, name: str, spans_key: str, default_currency: str | None
) -> AmountsComponent:
    """Create the `gcm_amounts` component."""
    return AmountsComponent(nlp, name, spans_key, default_currency)
