"""The CLI: help, schema, extract to a file atomically, eval thresholds and errors."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import CANADA_TXT, GOLD, run_cli
from gcmextract.schema import Extraction


def test_cli_help_lists_commands() -> None:
    proc = run_cli("--help")
    assert proc.returncode == 0
    for command in ("text", "extract", "eval", "schema", "train", "batch", "export", "report"):
        assert command in proc.stdout


def test_cli_schema_is_json_schema() -> None:
    schema = json.loads(run_cli("schema").stdout)
    assert schema["title"] == "Extraction"


def test_cli_extract_writes_json(tmp_path: Path) -> None:
    src = tmp_path / "kenya.md"
    src.write_text(
        "# Kenya: GCM review\n\nIn March 2022 the State Department for Immigration (SDI) and IOM assisted "
        "over 1,200 returnees with KES 15 million (Objectives 21, 23).\n",
        encoding="utf-8",
    )
    out = tmp_path / "out" / "kenya.json"
    proc = run_cli("extract", str(src), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    data = Extraction.model_validate_json(out.read_bytes())  # the tabular form, read back
    assert data.document.country == "Kenya"
    assert [r.objectives for r in data.objective_refs] == [[21, 23]]
    kes = data.amounts[-1]
    assert (kes.text, kes.value, kes.currency) == ("KES 15 million", 15_000_000.0, "KES")
    assert any(
        o.canonical == "International Organization for Migration" for o in data.organizations
    )
    assert [d.value for d in data.dates] == ["2022-03"]
    readable = tmp_path / "readable.json"
    assert run_cli("extract", str(src), "-o", str(readable), "--indent", "-q").returncode == 0
    assert readable.read_bytes() == data.model_dump_json(indent=2).encode("utf-8") + b"\n"
    both = run_cli("extract", str(src), "--indent", "--compact")
    assert both.returncode == 2 and "exclude each other" in both.stderr
    assert [p.name for p in out.parent.iterdir()] == ["kenya.json"]


def test_cli_eval_json_and_min_f1(tmp_path: Path) -> None:
    pred = tmp_path / "pred.json"
    assert run_cli("extract", str(CANADA_TXT), "-o", str(pred), "-q").returncode == 0
    proc = run_cli("eval", str(GOLD), "--pred", str(pred), "--json")
    report = json.loads(proc.stdout)
    assert report["fields"]["dates"]["lenient"]["f1"] >= 0.95
    assert run_cli("eval", str(GOLD), "--pred", str(pred), "--min-f1", "0.9").returncode == 0
    failing = run_cli("eval", str(GOLD), "--pred", str(pred), "--min-f1", "0.999")
    assert failing.returncode == 1 and "lenient F1 below" in failing.stderr


def test_cli_eval_bad_gold_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.gold.json"
    bad.write_text("{not json", encoding="utf-8")
    for path in (bad, tmp_path / "missing.json"):
        proc = run_cli("eval", str(path))
        assert proc.returncode == 1
        assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
