"""Exports have one fixed schema per table (from the pydantic model): two batches of different
documents give identical parquet schemas, empty tables included; the DuckDB export answers the
README's analyst questions; csv has a byte-order mark; -o naming a file is a clear error."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import ROOT, run_cli
from gcmextract.export.tables import TABLES, arrow_schema

DOCS = {
    "GHA_77_2022.txt": "In 2022 the Ghana Immigration Service and IOM spent GHS 4 million on the "
    "reintegration of returnees (Objectives 21 and 23).\n",
    "KEN_77_2022.md": "# Kenya\n\nIn 2021 the State Department for Immigration and IOM gave "
    "KES 15 million to returnees (Objectives 21, 23). Fees rose by 12% in 2020.\n",
}


@pytest.fixture(scope="module")
def batches(tmp_path_factory) -> tuple[Path, Path]:  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp("schema")
    outs = []
    for name, docs in (("full", DOCS), ("bare", {"note.txt": "Thank you, Mr President.\n"})):
        src = root / f"in-{name}"
        src.mkdir()
        for file, text in docs.items():
            (src / file).write_text(text, "utf-8")
        out = root / f"out-{name}"
        proc = run_cli("batch", str(src), "-o", str(out), "-w", "1", "--country-from-filename")
        assert proc.returncode == 0, proc.stderr
        outs.append(out)
    return outs[0], outs[1]


def test_export_parquet_schemas_identical_across_batches(batches, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import pyarrow.parquet as pq

    schemas = []
    for i, out in enumerate(batches):
        dest = tmp_path / f"p{i}"
        proc = run_cli("export", str(out), "--format", "parquet", "-o", str(dest))
        assert proc.returncode == 0, proc.stderr
        schemas.append({t: pq.read_schema(dest / f"{t}.parquet") for t in TABLES})
    full, bare = schemas
    for t in TABLES:
        assert full[t].equals(bare[t]), t
        assert full[t].equals(arrow_schema(t)), t
    assert pq.read_table(tmp_path / "p1" / "amounts.parquet").num_rows == 0  # empty, still typed
    refs = pq.read_table(tmp_path / "p0" / "objective_refs.parquet").to_pylist()
    assert sorted(r["objectives"] for r in refs) == [[21, 23], [21, 23]]  # a list, not "21;23"
    docs = pq.read_table(tmp_path / "p0" / "documents.parquet").to_pylist()
    assert sorted(d["country_iso3"] for d in docs) == ["GHA", "KEN"]


def test_export_csv_bom_lists_and_folder_rule(batches, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = batches[0]
    proc = run_cli("export", str(out), "--format", "csv", "-o", str(tmp_path / "exp.csv"))
    assert proc.returncode == 2 and "folder" in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "exp.csv").exists()
    assert run_cli("export", str(out), "-f", "csv", "-o", str(tmp_path / "a")).returncode == 0
    raw = (tmp_path / "a" / "objective_refs.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b'"[21, 23]"' in raw
    assert (
        run_cli("export", str(out), "-f", "csv", "-o", str(tmp_path / "b"), "--no-bom").returncode
        == 0
    )
    assert not (tmp_path / "b" / "documents.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def _readme_questions() -> list[str]:
    text = (ROOT / "README.md").read_text("utf-8")
    return re.findall(r'gcmextract query corpus\.duckdb "([^"]+)"', text)


def test_export_duckdb_answers_the_readme_questions(batches, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "corpus.duckdb"
    proc = run_cli("export", str(batches[0]), "--format", "duckdb", "-o", str(db))
    assert proc.returncode == 0, proc.stderr
    questions = _readme_questions()
    assert len(questions) == 4, "the README shows four analyst questions"
    answers = []
    for sql in questions:
        proc = run_cli("query", str(db), sql, "--json")
        assert proc.returncode == 0, proc.stderr
        answers.append(json.loads(proc.stdout))
    money = {(r["country_iso3"], r["currency"]): r["total"] for r in answers[0]}
    assert money == {("GHA", "GHS"): 4_000_000, ("KEN", "KES"): 15_000_000}
    assert sorted(r["country_iso3"] for r in answers[1]) == ["GHA", "KEN"]
    iom = [r for r in answers[2] if r["canonical"] == "International Organization for Migration"]
    assert iom and iom[0]["documents"] == 2
    assert answers[3] and all(r["confidence"] >= 0.9 for r in answers[3])  # filter by confidence
    table = run_cli("query", str(db), "SELECT doc_id, country_iso3 FROM documents ORDER BY 1")
    assert table.returncode == 0 and "GHA_77_2022.txt" in table.stdout
    bad = run_cli("query", str(db), "SELEC nonsense")
    assert bad.returncode == 2 and bad.stderr.startswith("gcmextract: error: query failed")
    write = run_cli("query", str(db), "DROP TABLE documents")
    assert write.returncode == 2  # read-only
