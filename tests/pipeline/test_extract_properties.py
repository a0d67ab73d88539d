"""Property tests (Hypothesis): on arbitrary text made of what the extractors look for (digits,
currency signs, brackets, capitals, hyphens, markup), extraction finishes, every mention is its
source slice, and the JSON validates against the published schema."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gcmextract.ingest.document import Document
from gcmextract.ingest.markup import clean_markup
from gcmextract.ingest.text import text_blocks

PIECES = [
    "USD",
    "EUR",
    "$",
    "€",
    "£",
    "KES",
    "5",
    "2021",
    "1,200",
    "3.5",
    "million",
    "billion",
    "%",
    "(",
    ")",
    "[",
    "]",
    "-",
    "–",
    "to",
    "and",
    "between",
    "March",
    "May",
    "Q3",
    "Objective",
    "Objectives",
    "23",
    "IOM",
    "UNHCR",
    "Ministry",
    "of",
    "Labour",
    "(MLSP)",
    "Agency",
    "the",
    "<i>",
    "</i>",
    "&nbsp;",
    "&amp;",
    "\\$",
    "*",
    "_",
    "#",
    "[x](#)",
    "<!--",
    "-->",
    ".",
    ",",
    ";",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "\t",
    "$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$$",
]
TEXT = st.lists(st.sampled_from(PIECES) | st.text(max_size=4), min_size=1, max_size=60).map("".join)


@pytest.fixture(scope="module")
def validator():  # type: ignore[no-untyped-def]
    from jsonschema import Draft202012Validator

    from gcmextract.schema import json_schema

    return Draft202012Validator(json.loads(json_schema()))


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=TEXT, fmt=st.sampled_from(["md", "txt"]))
def test_extract_properties_offsets_and_schema(nlp, validator, text: str, fmt: str) -> None:  # type: ignore[no-untyped-def]
    from gcmextract.pipeline import extract_document

    if not text.strip():
        text = "x" + text
    clean = clean_markup(text)
    document = Document(
        id="p",
        source="p." + fmt,
        sha256="0",
        format=fmt,
        text=text,
        clean=clean,
        blocks=text_blocks(text, clean),
    )
    result = extract_document(document, nlp=nlp)
    for field in ("objective_refs", "dates", "amounts", "organizations"):
        for m in getattr(result, field):
            assert 0 <= m.start <= m.end <= len(text)
            assert text[m.start : m.end] == m.text
    errors = list(validator.iter_errors(json.loads(result.model_dump_json())))
    assert not errors, errors[0].message
