"""Flatten a batch output folder into analyst tables (documents, organizations, amounts, dates,
objective_refs, objectives) written as csv, xlsx, parquet or jsonl."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from gcmextract.errors import InputError, UsageError
from gcmextract.io import write_atomic
from gcmextract.schema import Extraction

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
        "objectives",
        "objective_basis",
    ],
    "dates": ["kind", "value", "modifier"],
    "objective_refs": ["objectives"],
}
CONTEXT = ["doc_id", "country", "section", "page", "text", "start", "end", "sentence"]


def load_outputs(out_dir: Path) -> list[Extraction]:
    """Every `<doc-id>.json` of a batch folder, sorted by id."""
    if not out_dir.is_dir():
        raise InputError("not a folder of batch outputs", str(out_dir))
    files = sorted(p for p in out_dir.glob("*.json"))
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
    """One list of flat rows per table; every row carries doc_id and country. A document whose text is
    identical to an earlier one (same text digest) gets a `documents` row naming it in `duplicate_of`
    and no other rows, so that every amount is counted once."""
    from gcmextract.totals import unique

    _kept, copies = unique(extractions)
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
                "text_sha256": d.text_sha256,
                "duplicate_of": copies.get(d.id),
            }
        )
        if d.id in copies:
            continue
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
            "text_sha256",
            "duplicate_of",
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


def export(out_dir: Path, fmt: str, dest: Path) -> list[Path]:
    """Write the tables in `fmt` to `dest` (a folder; for xlsx, a .xlsx file or a folder)."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown format '{fmt}' (choose from {', '.join(FORMATS)})")
    data = tables(load_outputs(out_dir))
    written: list[Path] = []
    if fmt == "xlsx":
        try:
            from openpyxl import Workbook
        except ImportError as exc:
            raise UsageError(
                "xlsx export needs openpyxl: pip install 'gcmextract[export]'"
            ) from exc
        wb = Workbook()
        wb.remove(wb.active)
        for t in TABLES:
            ws = wb.create_sheet(t)
            cols = columns(t)
            ws.append(cols)
            for r in data[t]:
                ws.append([r.get(c) for c in cols])
        target = dest if dest.suffix == ".xlsx" else dest / "gcmextract.xlsx"
        buf = io.BytesIO()
        wb.save(buf)
        write_atomic(target, buf.getvalue())
        return [target]
    for t in TABLES:
        cols = columns(t)
        target = dest / f"{t}.{fmt}"
        if fmt == "csv":
            buf = io.StringIO()
            w = csv.DictWriter(buf, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
            w.writeheader()
            w.writerows(data[t])
            write_atomic(target, buf.getvalue())
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
