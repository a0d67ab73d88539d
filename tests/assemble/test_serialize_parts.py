"""Output written in parts: the readable form is byte for byte pydantic's
`model_dump_json(indent=2)`, the tabular form loads back equal, whatever the number of items and
where the chunks fall."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gcmextract.assemble import serialize
from gcmextract.assemble.serialize import json_parts, to_json
from gcmextract.schema import (
    Amount,
    DocumentInfo,
    Extraction,
    Paragraph,
    RejectedOrganization,
)

TEXT = "Kenya's State Department for Labour paid KES 15 million to 1,200 returnees in 2021.\n"


def _extraction(n: int, rejected: int = 0) -> Extraction:
    info = DocumentInfo(id="ken", source="ken.txt", sha256="0" * 64, format="txt")
    amount = Amount(
        text="KES 15 million",
        start=41,
        end=55,
        sentence=TEXT.strip(),
        kind="money",
        value=1.5e7,
        currency="KES",
        objectives=[6, 21],
    )
    amounts = [amount.model_copy(update={"start": 41 + k, "end": 55 + k}) for k in range(n)]
    rejects = [
        RejectedOrganization(
            text="State Department", start=8, end=24, source="pattern", reason="title"
        )
        for _ in range(rejected)
    ]
    return Extraction(
        document=info,
        paragraphs=[Paragraph(start=0, end=len(TEXT))] * min(n, 4),
        amounts=amounts,
        rejected_organizations=rejects,
    )


@settings(max_examples=40, deadline=None)
@given(n=st.integers(0, 9), rejected=st.integers(0, 4), chunk=st.integers(1, 4))
def test_serialize_full_parts_are_pydantic_indented_json(n: int, rejected: int, chunk: int) -> None:
    ex = _extraction(n, rejected)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(serialize, "CHUNK", chunk)
        full = b"".join(json_parts(ex, indent=True))
        tabular = b"".join(json_parts(ex))
    assert full == ex.model_dump_json(indent=2).encode("utf-8")
    assert Extraction.model_validate_json(tabular) == ex
    assert len(json.loads(tabular)["amounts"]["rows"] if n else []) == n


def test_serialize_long_output_comes_in_bounded_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(serialize, "CHUNK", 50)
    ex = _extraction(1000)
    parts = list(json_parts(ex, indent=True))
    whole = b"".join(parts)
    assert max(len(p) for p in parts) < len(whole) / 10  # no part holds the whole output
    assert whole == to_json(ex, indent=True) == ex.model_dump_json(indent=2).encode("utf-8")
    tabular = list(json_parts(ex))
    assert max(len(p) for p in tabular) < len(b"".join(tabular)) / 10  # the tabular form too
    assert Extraction.model_validate_json(b"".join(tabular)) == ex
