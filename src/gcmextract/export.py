"""Flatten a batch output folder into analyst tables (documents, organizations, amounts, dates,
objective_refs, objectives) written as csv, xlsx, parquet or jsonl."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from gcmextract.errors import InputError, UsageError
from gcmextract.io import write_atomic
from gcmextract.sanitize import neutralise_formula, xlsx_text
from gcmextract.schema import Extraction

MANIFEST = "manifest.jsonl"

TABLES = ("documents", "organizations", "amounts", "dates", "objective_refs", "objectives")
FORMATS = ("csv", "xlsx", "parquet", "jsonl")
MENTION_COLUMNS = {
    "organizations": ["canonical", "acronym", "type"],
    "amounts": [
        "kind",
        "value",
        "value_max",
        "currency",
        "currency_inferred",
        "qualifier",
        "unit",
        "period",
    ],
    "dates": ["kind", "value", "modifier"],
    "objective_refs": ["objectives"],
}
CONTEXT = ["doc_id", "country", "section", "page", "text", "start", "end", "sentence"]


def listed_outputs(out_dir: Path) -> tuple[list[Path], list[Path]]:
    """The output files `manifest.jsonl` lists as extracted (ok or unchanged), and the stale ones:
    JSON files in the folder it does not list. Without a manifest, every JSON file is listed."""
    from gcmextract.batch import load_manifest

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


def _section_of(ex: Extraction, start: int) -> str | None:
    best = None
    for s in ex.sections:
        lo = s.heading_start if s.heading_start is not None else s.start
        if lo <= start < max(s.end, lo + 1) and (best is None or s.level >= best.level):
            best = s
    return best.heading if best else None


def tables(extractions: list[Extraction]) -> dict[str, list[dict[str, Any]]]:
    """One list of flat rows per table; every row carries doc_id and country."""
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    for ex in extractions:
        d = ex.document
        rows["documents"].append(
            {
                "doc_id": d.id,
                "source": d.source,
                "format": d.format,
                "country": d.country,
                "language": d.language,
                "period": d.period,
                "pages": d.pages,
                "sha256": d.sha256,
                "extractor_version": d.extractor_version,
                **{f"n_{f}": len(getattr(ex, f)) for f in MENTION_COLUMNS},
            }
        )
        for field, cols in MENTION_COLUMNS.items():
            for m in getattr(ex, field):
                row = {
                    "doc_id": d.id,
                    "country": d.country,
                    "section": _section_of(ex, m.start),
                    "page": m.page,
                    "text": m.text,
                    "start": m.start,
                    "end": m.end,
                    "sentence": m.sentence,
                }
                for c in cols:
                    value = getattr(m, c)
                    row[c] = ";".join(map(str, value)) if isinstance(value, list) else value
                rows[field].append(row)
        for o in ex.objectives:
            rows["objectives"].append(
                {
                    "doc_id": d.id,
                    "country": d.country,
                    "objective": o.objective,
                    "title": o.title,
                    "explicit": o.explicit,
                    "score": o.score,
                    "evidence": o.evidence,
                    "sections": "; ".join(o.sections),
                    "n_references": len(o.references),
                    "n_amounts": len(o.amounts),
                }
            )
    return rows


def columns(table: str) -> list[str]:
    if table in MENTION_COLUMNS:
        return CONTEXT + MENTION_COLUMNS[table]
    if table == "documents":
        return [
            "doc_id",
            "source",
            "format",
            "country",
            "language",
            "period",
            "pages",
            "sha256",
            "extractor_version",
            *[f"n_{f}" for f in MENTION_COLUMNS],
        ]
    return [
        "doc_id",
        "country",
        "objective",
        "title",
        "explicit",
        "score",
        "evidence",
        "sections",
        "n_references",
        "n_amounts",
    ]


def _cell(value: Any, neutralise: bool) -> Any:
    """A table value as a spreadsheet cell: text that would start a formula gets a `'`."""
    return neutralise_formula(value) if neutralise else value


def csv_text(rows: list[dict[str, Any]], cols: list[str], neutralise: bool = True) -> str:
    """One table as CSV; with `neutralise`, no cell starts with a formula character."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")  # RFC 4180; quotes fields holding \r too
    w.writerow(cols)
    for r in rows:
        w.writerow([_cell(r.get(c), neutralise) for c in cols])
    return buf.getvalue()


def xlsx_bytes(data: dict[str, list[dict[str, Any]]], neutralise: bool = True) -> bytes:
    """All tables as one workbook, one sheet each. Text is always stored as a string cell (never
    a formula), without the characters XLSX forbids; numbers and booleans stay typed."""
    try:
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell
    except ImportError as exc:
        raise UsageError("xlsx export needs openpyxl: pip install 'gcmextract[export]'") from exc
    wb = Workbook(write_only=True)
    for t in TABLES:
        ws = wb.create_sheet(t)
        cols = columns(t)
        ws.append([_string_cell(ws, c, neutralise, WriteOnlyCell) for c in cols])
        for r in data[t]:
            ws.append([_string_cell(ws, r.get(c), neutralise, WriteOnlyCell) for c in cols])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _string_cell(ws: Any, value: Any, neutralise: bool, cell_type: Any) -> Any:
    if not isinstance(value, str):
        return value
    cell = cell_type(ws, value=_cell(xlsx_text(value), neutralise))
    cell.data_type = "s"  # openpyxl reads a leading '=' as a formula otherwise
    return cell


def export(
    out_dir: Path,
    fmt: str,
    dest: Path,
    neutralise: bool = True,
    on_stale: Callable[[Path], None] | None = None,
) -> list[Path]:
    """Write the tables in `fmt` to `dest` (a folder; for xlsx, a .xlsx file or a folder).
    With `neutralise` (the default), csv and xlsx cells never start with a formula character."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown format '{fmt}' (choose from {', '.join(FORMATS)})")
    data = tables(load_outputs(out_dir, on_stale))
    written: list[Path] = []
    if fmt == "xlsx":
        target = dest if dest.suffix == ".xlsx" else dest / "gcmextract.xlsx"
        write_atomic(target, xlsx_bytes(data, neutralise))
        return [target]
    for t in TABLES:
        cols = columns(t)
        target = dest / f"{t}.{fmt}"
        if fmt == "csv":
            write_atomic(target, csv_text(data[t], cols, neutralise))
        elif fmt == "jsonl":
            write_atomic(
                target,
                "".join(
                    json.dumps({c: r.get(c) for c in cols}, ensure_ascii=False) + "\n"
                    for r in data[t]
                ),
            )
        else:
            try:
                import pyarrow as pa
                import pyarrow.parquet as pq
            except ImportError as exc:
                raise UsageError(
                    "parquet export needs pyarrow: pip install 'gcmextract[export]'"
                ) from exc
            table = (
                pa.Table.from_pylist([{c: r.get(c) for c in cols} for r in data[t]], schema=None)
                if data[t]
                else pa.table({c: pa.array([], pa.string()) for c in cols})
            )
            buf = pa.BufferOutputStream()
            pq.write_table(table, buf)
            write_atomic(target, buf.getvalue().to_pybytes())
        written.append(target)
    return written
