"""The tabular output form (the default): one line, each list of mentions as a table (field names
once, values many mentions share once), each sentence once, objectives naming their mentions by
index or leaving out what follows from the mentions; it validates against the generated JSON
Schema and loads into the same model as the readable form (`--indent`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from conftest import ROOT
from gcmextract.assemble.serialize import to_json
from gcmextract.pipeline import extract_path
from gcmextract.schema import (
    Amount,
    DateMention,
    DocumentInfo,
    Extraction,
    ObjectiveRef,
    ObjectiveSummary,
    SpanRef,
)

SOURCE = (
    "In 2022 the Ministry of Labour and Social Protection (MLSP) paid EUR 3.5 million to 250 "
    "migrant workers.\nRegion 4\t120 persons\tUSD 250,000\t2021\n"
)
FIRST = SOURCE.split("\n")[0]
ROW = "Region 4 120 persons USD 250,000 2021"
INFO = DocumentInfo(id="ghana", source="ghana.txt", sha256="0" * 64, format="txt")


def _at(text: str, model: type, sentence: str | None, **values: object) -> Any:
    start = SOURCE.index(text)
    return model(text=text, start=start, end=start + len(text), sentence=sentence, **values)


def _extraction() -> Extraction:
    return Extraction(
        document=INFO,
        amounts=[
            _at("EUR 3.5 million", Amount, FIRST, kind="money", value=3.5e6, currency="EUR"),
            _at("250 migrant workers", Amount, FIRST, kind="count", value=250, unit="workers"),
            _at("120 persons", Amount, ROW, kind="count", value=120, unit="persons"),
            _at("USD 250,000", Amount, ROW, kind="money", value=2.5e5, currency="USD"),
        ],
        dates=[
            _at("2022", DateMention, FIRST, kind="date", value="2022"),
            _at("2021", DateMention, ROW, kind="date", value="2021"),
        ],
    )


def _rows(table: dict[str, Any]) -> list[dict[str, Any]]:
    return [dict(zip(table["columns"], row, strict=True)) for row in table["rows"]]


def test_schema_tabular_writes_tables_and_each_sentence_once_and_loads_back_equal() -> None:
    ex = _extraction()
    tabular = to_json(ex)
    assert b"\n" not in tabular
    data = json.loads(tabular)
    assert data["schema_version"] == ex.schema_version == "3.0"
    assert data["contexts"] == [FIRST, ROW]  # six mentions, two sentences, in order of first use
    amounts, dates = _rows(data["amounts"]), _rows(data["dates"])
    assert [m["context"] for m in amounts + dates] == [0, 0, 1, 1, 0, 1]
    assert [m["text"] for m in amounts] == [a.text for a in ex.amounts]
    columns = data["amounts"]["columns"] + data["dates"]["columns"]
    assert "sentence" not in columns and "end" not in columns  # every end is start + len(text)
    assert "page" not in columns and "currency_inferred" not in columns  # at their default
    assert tabular.count(b'"text"') == 2 and tabular.count(b'"unit"') == 1  # names once a table
    assert Extraction.model_validate_json(tabular) == ex


def test_schema_readable_form_has_no_tabular_fields() -> None:
    full = json.loads(to_json(_extraction(), indent=True))
    assert "contexts" not in full
    assert all("context" not in m and "end" in m for m in full["amounts"] + full["dates"])
    assert full["amounts"][0]["sentence"] == FIRST and full["amounts"][0]["page"] is None


def test_schema_tabular_states_shared_values_once() -> None:
    # a table column of counts and one of money, 40 rows: each kind's unit, currency and
    # confidence are the same down the column, the values all differ
    amounts = []
    for i in range(20):
        amounts += [
            Amount(text=f"{i} persons", start=40 * i, end=40 * i + len(f"{i} persons"),
                   kind="count", value=i, unit="persons", confidence=0.97),
            Amount(text=f"USD {i}", start=40 * i + 20, end=40 * i + 20 + len(f"USD {i}"),
                   kind="money", value=i, currency="USD", confidence=0.99),
        ]  # fmt: skip
    ex = Extraction(document=INFO, amounts=amounts)
    table = json.loads(to_json(ex))["amounts"]
    assert table["shared"] == [
        {"confidence": 0.97, "kind": "count", "unit": "persons"},
        {"confidence": 0.99, "kind": "money", "currency": "USD"},
    ]
    rows = _rows(table)
    assert [r["shared"] for r in rows] == [0, 1] * 20
    assert [r["value"] for r in rows] == [a.value for a in amounts]  # 20 values: not shared
    assert Extraction.model_validate_json(to_json(ex)) == ex


def _linked() -> Extraction:
    """Amounts linked to objectives 3 and 7, references to both, and their summaries."""
    refs = [
        ObjectiveRef(text="objective 3", start=0, end=11, objectives=[3]),
        ObjectiveRef(text="objectives 3 and 7", start=50, end=68, objectives=[3, 7]),
    ]
    a = Amount(text="USD 5", start=20, end=25, kind="money", value=5, objectives=[3])
    b = Amount(text="USD 9", start=70, end=75, kind="money", value=9, objectives=[3, 7])
    dates = [
        DateMention(text="2020", start=30, end=34, kind="date", value="2020"),
        DateMention(text="2021", start=80, end=84, kind="date", value="2021"),
    ]

    def span(m: Any) -> SpanRef:
        return SpanRef(text=m.text, start=m.start, end=m.end)

    three = ObjectiveSummary(
        objective=3, title="Three", explicit=True, score=0.9,
        references=[span(r) for r in refs], amounts=[span(a), span(b)],
        dates=[span(dates[1])], organizations=[SpanRef(text="IOM", start=90, end=93)],
    )  # fmt: skip
    seven = ObjectiveSummary(
        objective=7, title="Seven", explicit=True, score=0.8,
        references=[span(refs[1])], amounts=[],  # not what the amounts' objectives say
    )  # fmt: skip
    return Extraction(
        document=INFO, objective_refs=refs, amounts=[a, b], dates=dates, objectives=[three, seven]
    )


def test_schema_tabular_objectives_name_mentions_by_index_or_by_rule() -> None:
    ex = _linked()
    three, seven = json.loads(to_json(ex))["objectives"]
    # references and amounts are those whose objectives hold 3: left out, derived on reading
    assert "references" not in three and "amounts" not in three
    assert three["dates"] == [1]  # the second date
    assert three["organizations"] == [{"text": "IOM", "start": 90, "end": 93}]  # no such mention
    assert "references" not in seven and seven["amounts"] == []  # [] differs from the rule's [b]
    assert Extraction.model_validate_json(to_json(ex)) == ex


def test_schema_tabular_and_readable_validate_against_the_json_schema() -> None:
    schema = Extraction.model_json_schema()
    for ex in (_extraction(), _linked()):
        for indent in (False, True):
            jsonschema.validate(json.loads(to_json(ex, indent)), schema)
    broken = json.loads(to_json(_extraction()))
    broken["amounts"]["columns"][0] = "colour"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def test_schema_tabular_keeps_an_end_that_is_not_implied() -> None:
    # a span whose text differs from its length (never made by the extractors, but lossless anyway)
    odd = Amount(text="USD 5m", start=10, end=30, kind="money", value=5e6, currency="USD")
    plain = Amount(text="USD 6", start=40, end=45, kind="money", value=6, currency="USD")
    ex = Extraction(document=INFO, amounts=[odd, plain])
    data = json.loads(to_json(ex))
    assert [r["end"] for r in _rows(data["amounts"])] == [30, None] and data["contexts"] == []
    assert Extraction.model_validate_json(to_json(ex)) == ex


def _shared_column(table: dict[str, Any], value: object) -> None:
    table["columns"].append("shared")
    for row in table["rows"]:
        row.append(value)


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda d: d["dates"]["rows"][1].__setitem__(2, 7), "context 7 is not in contexts"),
        (lambda d: d["dates"]["rows"].append([1, 2]), "one value per column"),
        (lambda d: d["dates"]["rows"].__setitem__(0, "row"), "one value per column"),
        (lambda d: d["dates"].pop("columns"), "needs the lists `columns` and `rows`"),
        (lambda d: d["dates"].__setitem__("extra", 1), "holds only `columns`"),
        (lambda d: d["amounts"].__setitem__("shared", [{}, {}]), "no `shared` column"),
        (lambda d: _shared_column(d["amounts"], 5), "shared 5 is not in"),
        (lambda d: _shared_column(d["amounts"], "x"), "shared 'x' is not in"),
        (lambda d: d["objectives"][0].__setitem__("dates", [5]), "dates index 5 names no mention"),
    ],
)
def test_schema_tabular_malformed_is_one_validation_error(edit: Any, message: str) -> None:
    ex = _linked().model_copy(update={"dates": [
        d.model_copy(update={"sentence": "s"}) for d in _linked().dates
    ]})  # fmt: skip
    data = json.loads(to_json(ex))
    assert data["dates"]["columns"][2] == "context"
    edit(data)
    with pytest.raises(ValidationError, match=message):
        Extraction.model_validate(data)


def test_schema_tabular_bool_is_no_index() -> None:
    data = json.loads(to_json(_linked()))
    data["objectives"][0]["dates"] = [True]  # JSON true: not the index 1
    with pytest.raises(ValidationError):
        Extraction.model_validate(data)


# text from every corner a JSON writer can get wrong: quotes, escapes, line and paragraph
# separators, control characters, markup
_text = st.text(alphabet="ab €$1.,\t\"\\\n\r\u2028\u2029\x00\x1b</>&'", min_size=1, max_size=12)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            _text, st.integers(0, 10_000), st.sampled_from([None, "s one", "s\u2028two", ""])
        ),
        max_size=8,
    ),
    st.integers(0, 3),
)
def test_schema_tabular_round_trip_property(
    spans: list[tuple[str, int, str | None]], repeat: int
) -> None:
    dates = [
        DateMention(text=t, start=s, end=s + len(t), sentence=sentence, kind="date", value=t)
        for t, s, sentence in spans
    ] * (repeat + 1)
    ex = Extraction(document=INFO, dates=dates)
    tabular = to_json(ex)
    assert b"\n" not in tabular and b"\r" not in tabular
    assert Extraction.model_validate_json(tabular) == ex
    assert Extraction.model_validate_json(to_json(ex, indent=True)) == ex


def _table(rows: int) -> str:
    """A table as plain text, laid out like the 4,000-row table of the issue on bounded output:
    tab-separated cells, no full stops, three mentions a row."""
    lines = [f"District {i % 97}\t{i % 400} persons\tUSD {i % 90},000\t2021" for i in range(rows)]
    return "Table 3\n" + "\n".join(lines) + "\n"


@pytest.mark.slow
def test_schema_tabular_real_documents_load_back_equal(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    table = tmp_path / "annex.txt"
    table.write_text(_table(300), encoding="utf-8")
    schema = Extraction.model_json_schema()
    documents = [
        ROOT / "corpus" / "canada-2021-annex.txt",  # a submission: sections, prose
        ROOT / "corpus" / "bgd-2021-ungd.txt",  # a general-debate statement
        table,  # a long table: three mentions a row
    ]
    for path in documents:
        ex = extract_path(path, nlp=nlp)
        tabular, readable = to_json(ex), to_json(ex, indent=True)
        assert Extraction.model_validate_json(tabular) == ex, path.name
        assert Extraction.model_validate_json(readable) == ex, path.name
        jsonschema.validate(json.loads(tabular), schema)
        assert b"\n" not in tabular and len(tabular) < len(readable) / 2, path.name
    loaded = Extraction.model_validate_json(tabular)
    assert len(loaded.amounts) >= 2 * 300 and len(loaded.dates) >= 300
    # the bound: the default JSON of a table at most 5 times its text
    assert len(tabular) <= 5 * table.stat().st_size


def test_schema_tabular_batch_form_is_in_manifest_and_redone_in_the_other(
    nlp, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import gcmextract.batch.chunk as chunk
    import gcmextract.batch.run as batch

    monkeypatch.setattr(chunk, "_NLP", nlp)  # in this process, with the session's pipeline
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "GHA_77_2022.txt").write_text(SOURCE, encoding="utf-8")
    manifest = out / "manifest.jsonl"
    assert batch.run_batch(src, out, workers=1).ok == 1
    (line,) = manifest.read_text("utf-8").splitlines()
    assert json.loads(line)["form"] == "tabular"
    tabular = (out / "GHA_77_2022.txt.json").read_bytes()
    assert b'"contexts":' in tabular and tabular.count(b"\n") == 1
    # the same folder in the readable form: the output is redone, not skipped
    again = batch.run_batch(src, out, workers=1, form="indented")
    assert (again.ok, again.skipped) == (1, 0)
    readable = (out / "GHA_77_2022.txt.json").read_bytes()
    (line,) = manifest.read_text("utf-8").splitlines()
    assert b'"contexts"' not in readable and json.loads(line)["form"] == "indented"
    assert Extraction.model_validate_json(readable) == Extraction.model_validate_json(tabular)
    assert batch.run_batch(src, out, workers=1, form="indented").skipped == 1  # unchanged
    # an entry from before the forms were named (schema 2.0) is redone
    entry = json.loads(line)
    del entry["form"]
    manifest.write_text(json.dumps(entry) + "\n", encoding="utf-8")
    assert batch.run_batch(src, out, workers=1, form="indented").ok == 1
