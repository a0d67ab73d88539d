"""The committed JSON Schema (docs/schema.json) is the one the pydantic model generates, and every
field of the output carries a description."""

from __future__ import annotations

import json

from conftest import ROOT
from gcmextract.schema import json_schema

REGENERATE = (
    "run `make schema` (= gcmextract schema -o docs/schema.json) and commit docs/schema.json"
)


def test_schema_docs_copy_is_current() -> None:
    committed = ROOT / "docs" / "schema.json"
    assert committed.is_file(), f"docs/schema.json is missing: {REGENERATE}"
    assert json.loads(committed.read_text(encoding="utf-8")) == json.loads(json_schema()), (
        f"docs/schema.json differs from src/gcmextract/schema.py: {REGENERATE}"
    )


def test_schema_every_field_has_a_description() -> None:
    schema = json.loads(json_schema())
    models = {"Extraction": schema, **schema.get("$defs", {})}
    missing = [
        f"{model}.{field}"
        for model, spec in models.items()
        for field, prop in spec.get("properties", {}).items()
        if not prop.get("description")
    ]
    assert not missing, (
        "add Field(description=...) in src/gcmextract/schema.py for: "
        + ", ".join(missing)
        + f"; then {REGENERATE}"
    )
    assert all(spec.get("description") for spec in models.values() if "properties" in spec)
