"""Compact output (`--compact`): each sentence once, default fields and implied ends left out, one
line; it validates against the generated JSON Schema and loads into the same model as the full form."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from gcmextract.assemble.serialize import to_json
from gcmextract.pipeline import extract_path
from gcmextract.schema import Amount, DateMention, DocumentInfo, Extraction

SOURCE = (
    "In 2022 the Ministry of Labour and Social Protection (MLSP) paid EUR 3.5 million to 250 "
    "migrant workers.\nRegion 4\t120 persons\tUSD 250,000\t2021\n"
)
FIRST = SOURCE.split("\n")[0]
ROW = "Region 4 120 persons USD 250,000 2021"


def _extraction() -> Extraction:
    def at(text: str, model: type, sentence: str, **values: object) -> object:
        start = SOURCE.index(text)
        return model(text=text, start=start, end=start + len(text), sentence=sentence, **values)

    info = DocumentInfo(id="ghana", source="ghana.txt", sha256="0" * 64, format="txt")
    return Extraction(
        document=info,
        amounts=[
            at("EUR 3.5 million", Amount, FIRST, kind="money", value=3.5e6, currency="EUR"),
            at("250 migrant workers", Amount, FIRST, kind="count", value=250, unit="workers"),
            at("120 persons", Amount, ROW, kind="count", value=120, unit="persons"),
            at("USD 250,000", Amount, ROW, kind="money", value=2.5e5, currency="USD"),
        ],
        dates=[
            at("2022", DateMention, FIRST, kind="date", value="2022"),
            at("2021", DateMention, ROW, kind="date", value="2021"),
        ],
    )


def test_schema_compact_stores_each_sentence_once_and_loads_back_equal() -> None:
    ex = _extraction()
    compact = to_json(ex, compact=True)
    assert b"\n" not in compact
    data = json.loads(compact)
    assert data["schema_version"] == ex.schema_version
    assert data["contexts"] == [FIRST, ROW]  # six mentions, two sentences, in order of first use
    mentions = data["amounts"] + data["dates"]
    assert [m["context"] for m in mentions] == [0, 0, 1, 1, 0, 1]
    assert all("sentence" not in m and "end" not in m for m in mentions)
    assert "page" not in mentions[0] and "currency_inferred" not in mentions[0]  # defaults
    assert Extraction.model_validate_json(compact) == ex


def test_schema_full_output_has_no_compact_fields() -> None:
    full = json.loads(to_json(_extraction()))
    assert "contexts" not in full
    assert all("context" not in m and "end" in m for m in full["amounts"] + full["dates"])
    assert full["amounts"][0]["sentence"] == FIRST and full["amounts"][0]["page"] is None


def test_schema_compact_and_full_validate_against_the_json_schema() -> None:
    schema = Extraction.model_json_schema()
    ex = _extraction()
    for compact in (False, True):
        jsonschema.validate(json.loads(to_json(ex, compact)), schema)
    broken = json.loads(to_json(ex, compact=True))
    broken["amounts"][0]["context"] = "first"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def test_schema_compact_keeps_an_end_that_is_not_implied() -> None:
    # a span whose text differs from its length (never made by the extractors, but lossless anyway)
    info = DocumentInfo(id="d", source="d.txt", sha256="0" * 64, format="txt")
    odd = Amount(text="USD 5m", start=10, end=30, kind="money", value=5e6, currency="USD")
    ex = Extraction(document=info, amounts=[odd])
    data = json.loads(to_json(ex, compact=True))
    assert data["amounts"][0]["end"] == 30 and data["contexts"] == []
    assert Extraction.model_validate_json(to_json(ex, compact=True)) == ex


def test_schema_compact_context_out_of_range_is_a_validation_error() -> None:
    data = json.loads(to_json(_extraction(), compact=True))
    data["dates"][1]["context"] = 7
    with pytest.raises(ValidationError, match="context 7 is not in contexts"):
        Extraction.model_validate(data)


_text = st.text(alphabet="ab €$1.,\t(", min_size=1, max_size=12)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(_text, st.integers(0, 10_000), st.sampled_from([None, "s one", "s two", ""])),
        max_size=8,
    )
)
def test_schema_compact_round_trip_property(spans: list[tuple[str, int, str | None]]) -> None:
    info = DocumentInfo(id="d", source="d.txt", sha256="0" * 64, format="txt")
    dates = [
        DateMention(text=t, start=s, end=s + len(t), sentence=sentence, kind="date", value="2021")
        for t, s, sentence in spans
    ]
    ex = Extraction(document=info, dates=dates)
    assert Extraction.model_validate_json(to_json(ex, compact=True)) == ex
    assert Extraction.model_validate_json(to_json(ex)) == ex


def _table(rows: int) -> str:
    """A table as plain text, laid out like the 4,000-row table of the issue on bounded output:
    tab-separated cells, no full stops, three mentions a row."""
    lines = [f"District {i % 97}\t{i % 400} persons\tUSD {i % 90},000\t2021" for i in range(rows)]
    return "Table 3\n" + "\n".join(lines) + "\n"


def test_schema_compact_table_output_is_a_few_times_smaller(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    src = tmp_path / "annex.txt"
    src.write_text(_table(150), encoding="utf-8")
    ex = extract_path(src, nlp=nlp)
    full, compact = to_json(ex), to_json(ex, compact=True)
    loaded = Extraction.model_validate_json(compact)
    assert len(loaded.amounts) >= 2 * 150 and len(loaded.dates) >= 150
    assert loaded == ex and b"\n" not in compact
    # full output: over 400 bytes a mention (its row repeated, every field); compact: under 240
    # (each mention of a text file carries its line and column: about 25 bytes)
    mentions = sum(len(getattr(loaded, f)) for f in ("amounts", "dates", "organizations"))
    assert len(compact) < 240 * mentions < len(full) / 2


def test_schema_compact_batch_is_said_in_manifest_and_redone_in_full(
    nlp, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import gcmextract.batch.chunk as chunk
    import gcmextract.batch.run as batch

    monkeypatch.setattr(chunk, "_NLP", nlp)  # in this process, with the session's pipeline
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "GHA_77_2022.txt").write_text(SOURCE, encoding="utf-8")
    summary = batch.run_batch(src, out, workers=1, compact=True)
    assert summary.ok == 1
    (line,) = (out / "manifest.jsonl").read_text("utf-8").splitlines()
    assert json.loads(line)["compact"] is True
    compact = (out / "GHA_77_2022.txt.json").read_bytes()
    assert b'"contexts":' in compact and compact.count(b"\n") == 1
    # the same folder without compact: the output is redone in full, not skipped
    again = batch.run_batch(src, out, workers=1)
    assert (again.ok, again.skipped) == (1, 0)
    full = (out / "GHA_77_2022.txt.json").read_bytes()
    (line,) = (out / "manifest.jsonl").read_text("utf-8").splitlines()
    assert b'"contexts"' not in full and "compact" not in json.loads(line)
    assert Extraction.model_validate_json(full) == Extraction.model_validate_json(compact)
    assert batch.run_batch(src, out, workers=1).skipped == 1  # unchanged and in full: skipped
