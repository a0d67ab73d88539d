"""The output model: JSON Schema generated from pydantic, and mentions validated by it."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from gcmextract.schema import Amount, DocumentInfo, Extraction, json_schema


def test_schema_json_schema_is_generated_from_model() -> None:
    schema = json.loads(json_schema())
    assert schema["title"] == "Extraction"
    for key in (
        "schema_version",
        "document",
        "sections",
        "objective_refs",
        "organizations",
        "amounts",
        "dates",
        "objectives",
    ):
        assert key in schema["properties"]
    amount = schema["$defs"]["Amount"]["properties"]
    for attr in (
        "kind",
        "value",
        "value_max",
        "currency",
        "currency_inferred",
        "qualifier",
        "unit",
        "period",
    ):
        assert attr in amount


def test_schema_rejects_unknown_fields_and_kinds() -> None:
    with pytest.raises(ValidationError):
        Amount(text="x", start=0, end=1, kind="weight", value=1)
    with pytest.raises(ValidationError):
        Amount(text="x", start=0, end=1, kind="money", value=1, colour="red")


def test_schema_round_trips_through_json() -> None:
    info = DocumentInfo(id="d", source="d.txt", sha256="0" * 64, format="txt")
    ex = Extraction(
        document=info,
        amounts=[
            Amount(
                text="EUR 3.5 million", start=3, end=18, kind="money", value=3.5e6, currency="EUR"
            )
        ],
    )
    again = Extraction.model_validate_json(ex.model_dump_json())
    assert again == ex
