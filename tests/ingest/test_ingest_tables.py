"""Tables from PDF, DOCX and HTML: cells are blocks of their own, mentions carry their row label and
column header, and a currency stated in a column header makes the bare numbers below it money."""

from __future__ import annotations

from pathlib import Path

import pytest

from gcmextract.ingest import read_document
from gcmextract.link.table_cells import header_money
from gcmextract.pipeline import extract_document
from layout_texts import BUDGET
from pdf_layouts import render


def _docx(items: list, dest: Path) -> None:
    import docx

    d = docx.Document()
    for kind, text in items:
        if kind == "table":
            t = d.add_table(rows=0, cols=len(text[0]))
            for row in text:
                for cell, value in zip(t.add_row().cells, row, strict=True):
                    cell.text = value
        else:
            d.add_paragraph(text)
    d.save(str(dest))


def _html(items: list, dest: Path) -> None:
    parts = []
    for kind, text in items:
        if kind == "table":
            rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in text)
            parts.append(f"<table>{rows}</table>")
        else:
            parts.append(f"<p>{text}</p>")
    dest.write_text("<html><body>" + "".join(parts) + "</body></html>", encoding="utf-8")


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html"])
def test_ingest_tables_budget_column_money(fmt: str, nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / f"budget.{fmt}"
    {
        "pdf": lambda: render(BUDGET, "table", path),
        "docx": lambda: _docx(BUDGET, path),
        "html": lambda: _html(BUDGET, path),
    }[fmt]()
    doc = read_document(path)
    cells = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "table"]
    assert "Border management" in cells and "Ghana Immigration Service" in cells
    ex = extract_document(doc, nlp=nlp)
    money = {a.text: a for a in ex.amounts if a.kind == "money"}
    usd = money["2,450,000"]
    assert (usd.currency, usd.value, usd.currency_inferred) == ("USD", 2_450_000, True)
    assert usd.table is not None and usd.table.row == "Border management"
    assert usd.table.column == "Budget (USD)" and "Budget (USD)" in (usd.currency_source or "")
    eur = money["1,250"]
    assert (eur.currency, eur.value) == ("EUR", 1_250_000)
    assert eur.table is not None and eur.table.row == "Return and reintegration"
    orgs = [o for o in ex.organizations if "Ghana Immigration Service" in o.text]
    assert orgs and all(o.text == "Ghana Immigration Service" for o in orgs)
    in_table = [o for o in orgs if o.table is not None]
    assert in_table and in_table[0].table.row == "Border management"  # type: ignore[union-attr]
    assert in_table[0].table.column == "Agency"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Budget (USD)", ("USD", 1.0)),
        ("Budget (USD thousands)", ("USD", 1000.0)),
        ("2021 (EUR million)", ("EUR", 1_000_000.0)),
        ("Monto (miles de USD)", ("USD", 1000.0)),
        ("Coût en €", ("EUR", 1.0)),
        ("Programme", None),
        ("Number of migrants", None),
    ],
)
def test_ingest_tables_header_states_currency(header: str, expected: tuple | None) -> None:
    assert header_money(header) == expected
