"""Spreadsheet formula injection: text that starts like a formula is neutralised in csv and xlsx
(a leading ', string cells only), numbers stay numbers, and --trusted turns it off."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from conftest import run_cli
from gcmextract.export.formats import TABLES, csv_text, xlsx_bytes

HOSTILE = [
    '=HYPERLINK("http://example.invalid/x","Click me")',
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1,1)",
    "\t=1+1",
    "\r=1+1",
]
COLS = ["doc_id", "text", "value", "explicit"]


def _rows() -> list[dict]:
    rows = [{"doc_id": "d", "text": t, "value": -1.5, "explicit": True} for t in HOSTILE]
    rows.append(
        {"doc_id": "d", "text": "plain \x01\x0b text\x1b[31m", "value": 2, "explicit": False}
    )
    return rows


def test_export_csv_neutralises_every_formula_prefix() -> None:
    cells = list(csv.reader(io.StringIO(csv_text(_rows(), COLS), newline="")))
    texts = [r[1] for r in cells[1:]]
    assert texts[: len(HOSTILE)] == ["'" + t for t in HOSTILE]
    assert all(not c.startswith(("=", "+", "-", "@", "\t", "\r")) for r in cells for c in r[:2])
    assert [r[2] for r in cells[1:3]] == ["-1.5", "-1.5"]  # a number is not text: left as is


def test_export_csv_trusted_keeps_text_as_is() -> None:
    cells = list(csv.reader(io.StringIO(csv_text(_rows(), COLS, neutralise=False), newline="")))
    assert [r[1] for r in cells[1 : len(HOSTILE) + 1]] == HOSTILE


@pytest.mark.parametrize("neutralise", [True, False])
def test_export_xlsx_has_no_formula_cell(neutralise: bool) -> None:
    from openpyxl import load_workbook

    data = {t: [] for t in TABLES}
    data["organizations"] = [
        {"doc_id": "d", "text": t, "canonical": t, "start": 3, "end": 9} for t in HOSTILE
    ]
    data["organizations"].append({"doc_id": "d", "text": "ctl\x01\x0b\x1fend", "start": 1})
    wb = load_workbook(io.BytesIO(xlsx_bytes(data, neutralise=neutralise)))
    cells = [c for ws in wb for row in ws.iter_rows() for c in row]
    assert cells and not [c.coordinate for c in cells if c.data_type == "f"]
    texts = [c.value for c in cells if isinstance(c.value, str)]
    expected = ["'" + t if neutralise else t for t in HOSTILE]
    assert all(t in texts for t in expected)
    assert "ctlend" in texts  # characters XLSX forbids are dropped, not an error
    sheet = list(wb["organizations"].iter_rows(values_only=True))
    col = sheet[0].index("start")
    starts = [r[col] for r in sheet[1:]]
    assert starts == [3] * len(HOSTILE) + [1]  # numbers stay numbers


def test_export_cli_document_full_of_formulas(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "GHA_77_2022.txt").write_text(
        '=HYPERLINK("http://example.invalid/steal","Click me")\n\n'
        "=1+2 In 2022 the Ghana Immigration Service received GHS 4 million from IOM.\n\n"
        "+44 In March 2021 the Ministry of the Interior trained 300 officers.\n\n"
        "-5 percent of the budget went to the @Migrant Resource Centre in 2020.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert run_cli("batch", str(src), "-o", str(out), "-w", "1").returncode == 0
    dest = tmp_path / "exp"
    proc = run_cli("export", str(out), "--format", "csv", "-o", str(dest))
    assert proc.returncode == 0, proc.stderr
    cells = [
        c
        for t in TABLES
        for row in csv.reader(io.StringIO((dest / f"{t}.csv").read_text("utf-8"), newline=""))
        for c in row
    ]
    assert not [c for c in cells if c.startswith(("=", "+", "-", "@"))]
    assert any(c.startswith("'=") for c in cells)  # the hostile text did reach the tables
    proc = run_cli("export", str(out), "--format", "xlsx", "-o", str(tmp_path / "x.xlsx"))
    assert proc.returncode == 0, proc.stderr
    from openpyxl import load_workbook

    wb = load_workbook(tmp_path / "x.xlsx")
    cells = [c for ws in wb for row in ws.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    assert any(isinstance(c.value, str) and c.value.startswith("'=") for c in cells)
