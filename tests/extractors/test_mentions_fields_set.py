"""Mentions read back from a Doc's spans share one set of field names per model (a long text holds
hundreds of thousands of them): the set holds every field, so placing a mention adds nothing to it,
and a mention's values, equality and JSON are those of a mention validated alone."""

from __future__ import annotations

from gcmextract.extractors.base import read_mentions
from gcmextract.schema import MENTION_FIELDS

TEXT = (
    "In 2021 the International Organization for Migration (IOM) gave USD 250,000 and 1,200 "
    "returnees were trained between March and May 2022 (Objectives 6 and 23)."
)


def test_mentions_share_their_models_fields_set(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(TEXT)
    amounts = read_mentions(doc, "amounts")
    assert len(amounts) >= 2
    assert amounts[0].model_fields_set is amounts[1].model_fields_set
    assert amounts[0].model_fields_set == set(MENTION_FIELDS["amounts"].model_fields)
    for field in MENTION_FIELDS:
        for mention in read_mentions(doc, field):
            alone = type(mention).model_validate(mention.model_dump())
            assert alone == mention
            assert alone.model_dump_json() == mention.model_dump_json()
    shared = set(amounts[0].model_fields_set)
    amounts[0].page = 3
    assert amounts[1].model_fields_set == shared and amounts[1].page is None
