"""Flatten a batch output folder into the analyst tables (`gcmextract.export.tables`: one fixed schema per
table) written as csv, xlsx, parquet, jsonl or a DuckDB database."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from gcmextract.errors import InputError, UsageError
from gcmextract.export.tables import TABLES, arrow_schema, rows, schema
from gcmextract.io import write_atomic
from gcmextract.sanitize import neutralise_formula, xlsx_text
from gcmextract.schema import Extraction

MANIFEST = "manifest.jsonl"

FORMATS = ("csv", "xlsx", "parquet", "jsonl", "duckdb")


def listed_outputs(out_dir: Path) -> tuple[list[Path], list[Path]]:
    """The output files `manifest.jsonl` lists as extracted (ok or unchanged), and the stale ones:
    JSON files in the folder it does not list. Without a manifest, every JSON file is listed."""
    from gcmextract.batch.run import load_manifest

    found = sorted(out_dir.glob("*.json"))
    if not (out_dir / MANIFEST).is_file():
        return found, []
    wanted = {
        f"{e['doc_id']}.json"
        for e in load_manifest(out_dir).values()
        if e.get("status") in ("ok", "skipped") and e.get("doc_id")
    }
    listed = [p for p in found if p.name in wanted]
    return listed, [p for p in found if p.name not in wanted]


def load_outputs(out_dir: Path, on_stale: Callable[[Path], None] | None = None) -> list[Extraction]:
    """Every `<doc-id>.json` of a batch folder that its manifest lists, sorted by id; `on_stale`
    is called with each JSON file the manifest does not list (left out)."""
    if not out_dir.is_dir():
        raise InputError("not a folder of batch outputs", str(out_dir))
    files, stale = listed_outputs(out_dir)
    for f in stale:
        if on_stale:
            on_stale(f)
    if not files:
        raise InputError("no extraction JSON files found", str(out_dir))
    out = []
    for f in files:
        try:
            out.append(Extraction.model_validate_json(f.read_text(encoding="utf-8")))
        except ValueError as exc:
            raise InputError(f"not a gcmextract output ({type(exc).__name__})", str(f)) from exc
    return out


def columns(table: str) -> list[str]:
    """The column names of `table`, in order."""
    return [name for name, _, _ in schema()[table]]


def _cell(value: Any, neutralise: bool) -> Any:
    """A table value as a spreadsheet cell: a list as JSON text, and text that would start a
    formula with a `'` in front."""
    if isinstance(value, bool):
        return value
    if isinstance(value, list):
        value = json.dumps(value, ensure_ascii=False)
    return neutralise_formula(value) if neutralise else value


def csv_text(
    rows: list[dict[str, Any]], cols: list[str], neutralise: bool = True, bom: bool = False
) -> str:
    """One table as CSV (lists as JSON text); with `neutralise`, no cell starts with a formula
    character; with `bom`, a UTF-8 byte-order mark tells spreadsheets the encoding."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")  # RFC 4180; quotes fields holding \r too
    w.writerow(cols)
    for r in rows:
        w.writerow([_csv_value(_cell(r.get(c), neutralise)) for c in cols])
    return ("\ufeff" if bom else "") + buf.getvalue()


def _csv_value(value: Any) -> Any:
    """CSV spelling of a cell: booleans as true/false (as JSON, SQL and R read them)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def xlsx_bytes(data: dict[str, list[dict[str, Any]]], neutralise: bool = True) -> bytes:
    """All tables as one workbook: a README sheet describing the columns, then one sheet per
    table. Text is always stored as a string cell (never a formula), without the characters XLSX
    forbids; numbers and booleans stay typed; lists are JSON text."""
    try:
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell
    except ImportError as exc:
        raise UsageError("xlsx export needs openpyxl: pip install 'gcmextract[export]'") from exc
    wb = Workbook(write_only=True)
    readme = wb.create_sheet("README")
    readme.append(["table", "column", "type", "description"])
    for t, described in schema().items():
        for name, kind, description in described:
            readme.append([t, name, kind, description])
    for t in TABLES:
        ws = wb.create_sheet(t)
        names = columns(t)
        ws.append([_string_cell(ws, c, neutralise, WriteOnlyCell) for c in names])
        for r in data.get(t, []):
            ws.append(
                [_string_cell(ws, _cell(r.get(c), False), neutralise, WriteOnlyCell) for c in names]
            )
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _string_cell(ws: Any, value: Any, neutralise: bool, cell_type: Any) -> Any:
    if not isinstance(value, str):
        return value
    cell = cell_type(ws, value=_cell(xlsx_text(value), neutralise))
    cell.data_type = "s"  # openpyxl reads a leading '=' as a formula otherwise
    return cell


def arrow_tables(data: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """One pyarrow table per table name, each with its fixed schema (empty tables included)."""
    try:
        import pyarrow as pa
    except ImportError as exc:
        raise UsageError("this export needs pyarrow: pip install 'gcmextract[export]'") from exc
    return {t: pa.Table.from_pylist(data[t], schema=arrow_schema(t)) for t in TABLES}


def _check_dest(fmt: str, dest: Path) -> None:
    """`-o` is a folder for csv, parquet and jsonl (and xlsx unless it ends in .xlsx), a file for
    duckdb: say so clearly instead of creating a folder named like a file."""
    if fmt == "duckdb" or (fmt == "xlsx" and dest.suffix.lower() == ".xlsx"):
        if dest.is_dir():
            raise UsageError(f"-o {dest}: is a folder; {fmt} export writes one file")
        return
    if dest.exists() and not dest.is_dir():
        raise UsageError(
            f"-o {dest}: is a file; {fmt} export writes one file per table into a folder"
        )
    if not dest.exists() and dest.suffix.lower().lstrip(".") in FORMATS:
        raise UsageError(
            f"-o {dest}: names a file; {fmt} export writes one file per table "
            f"(documents.{fmt}, ...) into a folder: give a folder name"
        )


def export(
    out_dir: Path,
    fmt: str,
    dest: Path,
    neutralise: bool = True,
    on_stale: Callable[[Path], None] | None = None,
    bom: bool = True,
) -> list[Path]:
    """Write the tables in `fmt` to `dest` (a folder; a file for duckdb, and for xlsx when it
    ends in .xlsx). csv and xlsx cells never start with a formula character unless
    `neutralise` is off; csv files start with a UTF-8 byte-order mark unless `bom` is off."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown format '{fmt}' (choose from {', '.join(FORMATS)})")
    _check_dest(fmt, dest)
    data = rows(load_outputs(out_dir, on_stale))
    if fmt == "duckdb":
        from gcmextract.export.query import write_database

        write_database(arrow_tables(data), dest)
        return [dest]
    if fmt == "xlsx":
        target = dest if dest.suffix.lower() == ".xlsx" else dest / "gcmextract.xlsx"
        write_atomic(target, xlsx_bytes(data, neutralise))
        return [target]
    tables = arrow_tables(data) if fmt == "parquet" else {}
    written: list[Path] = []
    for t in TABLES:
        target = dest / f"{t}.{fmt}"
        if fmt == "csv":
            write_atomic(target, csv_text(data[t], columns(t), neutralise, bom))
        elif fmt == "jsonl":
            lines = (json.dumps(r, ensure_ascii=False) + "\n" for r in data[t])
            write_atomic(target, "".join(lines))
        else:
            import pyarrow as pa
            import pyarrow.parquet as pq

            buf = pa.BufferOutputStream()
            pq.write_table(tables[t], buf)
            write_atomic(target, buf.getvalue().to_pybytes())
        written.append(target)
    return written
