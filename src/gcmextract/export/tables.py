"""The analyst tables (one row per document, section, paragraph, objective, principle and mention,
and the corpus money by objective) with one fixed column schema per table, derived from the pydantic
output model, so that every batch exports the same columns and types, empty tables included."""

from __future__ import annotations

import types
import typing
from typing import Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel

from gcmextract.export.totals import OBJECTIVE_COLUMNS, objective_rows, unique
from gcmextract.schema import MENTION_FIELDS as MENTIONS
from gcmextract.schema import (
    DocumentInfo,
    Extraction,
    Mention,
    ObjectiveSummary,
    Paragraph,
    PrincipleSummary,
    Section,
)

TABLES = (
    "documents",
    "sections",
    "paragraphs",
    "objectives",
    "principles",
    "organizations",
    "amounts",
    "dates",
    "objective_refs",
    "money_by_objective",
)
MENTION_TABLES = ("organizations", "amounts", "dates", "objective_refs")

# (name, type, description); types are "string", "int", "float", "bool" or "list[<type>]"
Column = tuple[str, str, str]
_KEY: list[Column] = [
    ("doc_id", "string", "document id (the output file name without .json)"),
    ("country", "string", "submitting state, English short name"),
    ("country_iso3", "string", "submitting state, ISO 3166-1 alpha-3 code"),
]
_CONTEXT: list[Column] = [
    ("section", "string", "heading of the innermost section holding the mention"),
    ("page", "int", "page number (paginated formats only)"),
    ("text", "string", "the mention as written"),
    ("start", "int", "start offset in the document text"),
    ("end", "int", "end offset (exclusive) in the document text"),
    ("sentence", "string", "the sentence the mention stands in"),
]
_PROVENANCE: list[Column] = [
    ("confidence", "float", "estimated probability that the mention is right, in [0, 1]"),
    ("table_row", "string", "row label, when the mention stands in a table cell"),
    ("table_column", "string", "column header, when the mention stands in a table cell"),
]
_OBJECTIVE_PROVENANCE: list[Column] = [
    (
        "confidence",
        "float",
        "how sure, in [0, 1]: 1 for an objective named by number, else the classifier score",
    ),
]
_SUMMARY_LISTS = ("references", "amounts", "dates", "organizations")
_EVIDENCE: Column = ("evidence", "string", "the passage that supports it most")


def _type_of(annotation: Any) -> str | None:
    """The table type of a pydantic field annotation (Optional stripped, Literal as string), or
    None for nested objects, which the tables export by their own rows or counts."""
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        (inner,) = [a for a in get_args(annotation) if a is not type(None)]
        return _type_of(inner)
    if origin is Literal:
        return "string"
    if origin is list:
        inner = _type_of(get_args(annotation)[0])
        return f"list[{inner}]" if inner else None
    simple = {str: "string", int: "int", float: "float", bool: "bool"}
    return simple.get(annotation)


def _model_columns(model: type[BaseModel], skip: set[str]) -> list[Column]:
    hints = typing.get_type_hints(model)
    cols = []
    for name, info in model.model_fields.items():
        kind = _type_of(hints[name])
        if name not in skip and kind is not None:
            cols.append((name, kind, info.description or name))
    return cols


def _described(cols: list[Column], notes: dict[str, str]) -> list[Column]:
    return [(n, t, notes.get(n, d)) for n, t, d in cols]


def schema() -> dict[str, list[Column]]:
    """Columns (name, type, description) of every table, in order."""
    base = set(Mention.model_fields)
    out: dict[str, list[Column]] = {
        "documents": _KEY
        + _described(
            _model_columns(DocumentInfo, {"id", "country", "country_iso3"}),
            {"source": "input file as the batch saw it", "sha256": "sha256 of the input file"},
        )
        + [(f"n_{t}", "int", f"number of {t} mentions") for t in MENTION_TABLES]
        + [("n_objectives", "int", "number of GCM objectives found")]
        + [
            (
                "duplicate_of",
                "string",
                "doc_id of an earlier document with the same text; its other rows are not repeated",
            )
        ],
        "sections": _KEY
        + [("section_index", "int", "position of the section in the document (0-based)")]
        + _described(
            _model_columns(Section, {"classified_objectives"}),
            {"declared_objectives": "objectives the heading names explicitly"},
        )
        + [("classified_objectives", "list[int]", "objectives the classifier assigned")],
        "paragraphs": _KEY
        + [("paragraph_index", "int", "position of the paragraph in the document (0-based)")]
        + _described(
            _model_columns(Paragraph, {"classified_objectives"}),
            {"section": "section_index of the section holding the paragraph"},
        )
        + [("classified_objectives", "list[int]", "objectives the classifier assigned")],
        "objectives": _KEY
        + _model_columns(ObjectiveSummary, set(_SUMMARY_LISTS))
        + _OBJECTIVE_PROVENANCE
        + [_EVIDENCE]
        + [(f"n_{f}", "int", f"number of {f} linked to the objective") for f in _SUMMARY_LISTS],
        "principles": _KEY + _model_columns(PrincipleSummary, set()) + [_EVIDENCE],
    }
    for table in MENTION_TABLES:
        out[table] = _KEY + _CONTEXT + _model_columns(MENTIONS[table], base) + _PROVENANCE
    # corpus totals, no document key: the report's money table (gcmextract.export.totals)
    out["money_by_objective"] = list(OBJECTIVE_COLUMNS)
    return out


def _iso3(ex: Extraction) -> str | None:
    iso3 = getattr(ex.document, "country_iso3", None)
    if iso3 or not ex.document.country:
        return iso3
    from gcmextract.resources.country import iso3_of

    return iso3_of(ex.document.country)


def section_of(ex: Extraction, start: int) -> str | None:
    """Heading of the innermost section holding offset `start`."""
    best = None
    for s in ex.sections:
        lo = s.heading_start if s.heading_start is not None else s.start
        if lo <= start < max(s.end, lo + 1) and (best is None or s.level >= best.level):
            best = s
    return best.heading if best else None


def _labels(labels: list[Any]) -> list[int]:
    return [c.objective for c in labels if c.objective is not None]


def _best_passage(evidence: list[Any]) -> str | None:
    return evidence[0].text if evidence else None


def rows(extractions: list[Extraction]) -> dict[str, list[dict[str, Any]]]:
    """Every table's rows; each row has exactly the columns of `schema()`."""
    cols = schema()
    _kept, copies = unique(extractions)  # identical documents (same text): counted once
    out: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    for ex in extractions:
        d = ex.document
        key = {"doc_id": d.id, "country": d.country, "country_iso3": _iso3(ex)}
        info = d.model_dump()
        out["documents"].append(
            {
                **key,
                **{c: info.get(c) for c, _, _ in cols["documents"] if c in info and c not in key},
                **{f"n_{t}": len(getattr(ex, t)) for t in MENTION_TABLES},
                "n_objectives": len(ex.objectives),
                "duplicate_of": copies.get(d.id),
            }
        )
        if d.id in copies:
            continue
        for i, s in enumerate(ex.sections):
            row = {**key, "section_index": i, **s.model_dump(exclude={"classified_objectives"})}
            out["sections"].append(
                {**row, "classified_objectives": _labels(s.classified_objectives)}
            )
        for i, p in enumerate(ex.paragraphs):
            row = {**key, "paragraph_index": i, **p.model_dump(exclude={"classified_objectives"})}
            out["paragraphs"].append(
                {**row, "classified_objectives": _labels(p.classified_objectives)}
            )
        for o in ex.objectives:
            row = {
                **key,
                **o.model_dump(exclude={*_SUMMARY_LISTS, "evidence"}),
                **_objective_basis(o),
            }
            out["objectives"].append(
                {
                    **row,
                    "evidence": _best_passage(o.evidence),
                    **{f"n_{f}": len(getattr(o, f)) for f in _SUMMARY_LISTS},
                }
            )
        for pr in ex.principles:
            row = pr.model_dump(exclude={"evidence"})
            out["principles"].append({**key, **row, "evidence": _best_passage(pr.evidence)})
        for table in MENTION_TABLES:
            for m in getattr(ex, table):
                out[table].append({**key, "section": section_of(ex, m.start), **_mention_row(m)})
    out["money_by_objective"] = objective_rows(extractions)
    return {t: [{c: r.get(c) for c, _, _ in cols[t]} for r in out[t]] for t in TABLES}


def _mention_row(m: Mention) -> dict[str, Any]:
    """A mention's fields with its confidence and table cell as flat columns."""
    cell = m.table
    return {
        **m.model_dump(),
        "table_row": cell.row if cell else None,
        "table_column": cell.column if cell else None,
    }


def _objective_basis(o: ObjectiveSummary) -> dict[str, Any]:
    """How sure an objective is (see _OBJECTIVE_PROVENANCE); how it was found is its `basis`."""
    return {"confidence": 1.0 if o.explicit else o.score}


def arrow_schema(table: str) -> Any:
    """The pyarrow schema of `table` (the same for every batch)."""
    import pyarrow as pa

    def arrow(t: str) -> Any:
        if t.startswith("list["):
            return pa.list_(arrow(t[5:-1]))
        return {
            "string": pa.string(),
            "int": pa.int64(),
            "float": pa.float64(),
            "bool": pa.bool_(),
        }[t]

    return pa.schema([pa.field(n, arrow(t)) for n, t, _ in schema()[table]])
