"""Render an evaluation report as rich tables."""

from __future__ import annotations

import json
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from gcmextract.evaluate.render_tables import detail_table, language_table
from gcmextract.evaluate.scorer import scored
from gcmextract.sanitize import terminal_text


def _f(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def _prf(counts: dict[str, Any], key: str) -> str:
    """One score of a P/R/F1 dict, or "n/a" when the field has nothing to score."""
    return _f(counts[key]) if scored(counts) else "n/a"


def print_report(
    report: dict[str, Any], console: Console | None = None, detail: bool = False
) -> None:
    """Print an evaluation report as tables (per field, attributes, sections; `detail`: errors)."""
    console = console or Console(width=None if Console().is_terminal else 180)
    table = Table(
        title="gcmextract eval: mentions (P/R/F1; strict = exact span, lenient = overlap)"
    )
    for col in (
        "field",
        "system",
        "gold",
        "pred",
        "strict P",
        "strict R",
        "strict F1",
        "lenient P",
        "lenient R",
        "lenient F1",
        "attribute accuracy",
    ):
        table.add_column(
            col, justify="right" if col not in ("field", "system", "attribute accuracy") else "left"
        )
    systems = [("gcmextract", report["fields"])]
    if "baseline" in report:
        systems.append(("spacy-ner", report["baseline"]))
    for field in report["fields"]:
        for name, scores in systems:
            s = scores[field]
            attrs = ", ".join(
                f"{k} {_f(v['accuracy'])}" for k, v in s["attributes"].items() if v["total"]
            )
            table.add_row(
                field,
                name,
                str(s["gold"]),
                str(s["predicted"]),
                _prf(s["strict"], "precision"),
                _prf(s["strict"], "recall"),
                _prf(s["strict"], "f1"),
                _prf(s["lenient"], "precision"),
                _prf(s["lenient"], "recall"),
                _prf(s["lenient"], "f1"),
                attrs,
            )
    console.print(table)
    sec = Table(title="Sections: classified objectives vs declared (micro-averaged)")
    for col in ("system", "P", "R", "F1"):
        sec.add_column(col)
    for name, s in report["sections"].items():
        sec.add_row(name, _f(s["precision"]), _f(s["recall"]), _f(s["f1"]))
    console.print(sec)
    doc = ", ".join(
        f"{k}: {v['predicted']} ({'ok' if v['correct'] else 'gold ' + str(v['gold'])})"
        for k, v in report["document"].items()
    )
    console.print(f"document: {terminal_text(doc)}")
    if detail:
        errors = {
            field: {kind: s.get(kind, []) for kind in ("misses", "spurious", "wrong")}
            for field, s in report["fields"].items()
        }
        console.print(detail_table(errors))


def _ci(ci: list[float] | tuple[float, float] | None) -> str:
    return "-" if ci is None else f"[{ci[0]:.2f}, {ci[1]:.2f}]"


def _documents_table(report: dict[str, Any]) -> Table:
    """Per-document lenient F1 with its counts."""
    docs = Table(
        title="gcmextract eval: per document (lenient F1 (tp/fp/fn); n/a: nothing to score)"
    )
    docs.add_column("document")
    for field in report["pooled"]:
        docs.add_column(field, justify="right")
    for row in report["documents"]:
        docs.add_row(
            escape(row["name"]),
            *(
                f"{s['f1']:.3f} ({s['tp']}/{s['fp']}/{s['fn']})" if s else "n/a"
                for s in row["fields"].values()
            ),
        )
    return docs


def _pooled_table(report: dict[str, Any]) -> Table:
    """Pooled micro scores per field and system, with bootstrap intervals."""
    n = len(report["documents"])
    pooled = Table(
        title=f"Pooled over {n} document(s): micro P/R/F1, 95% bootstrap interval over documents"
    )
    for col in (
        "field",
        "system",
        "strict F1",
        "strict 95% CI",
        "lenient P",
        "lenient R",
        "lenient F1",
        "lenient 95% CI",
    ):
        pooled.add_column(col, justify="left" if col in ("field", "system") else "right")
    systems = [("gcmextract", report["pooled"])]
    if "baseline" in report:
        systems.append(("spacy-ner", report["baseline"]))
    for field in report["pooled"]:
        for name, scores in systems:
            s, le = scores[field]["strict"], scores[field]["lenient"]
            pooled.add_row(
                field,
                name,
                _prf(s, "f1"),
                _ci(s["f1_ci95"]),
                _prf(le, "precision"),
                _prf(le, "recall"),
                _prf(le, "f1"),
                _ci(le["f1_ci95"]),
            )
    return pooled


def print_pooled(
    report: dict[str, Any], console: Console | None = None, detail: bool = False
) -> None:
    """Per-document rows, pooled micro scores with 95% bootstrap intervals, confidence bands."""
    console = console or Console(width=None if Console().is_terminal else 180)
    console.print(_documents_table(report))
    console.print(_pooled_table(report))
    bands = Table(title="Precision by confidence band (lenient, all fields)")
    for col in ("band", "predictions", "correct", "precision"):
        bands.add_column(col, justify="right")
    for b in report["confidence_bands"]["all"]:
        bands.add_row(b["band"], str(b["predictions"]), str(b["correct"]), _f(b["precision"]))
    console.print(bands)
    for split in ("test", "dev", "all"):
        table = language_table(report.get("by_language", {}), split)
        if table is not None:
            console.print(table)
    if detail:
        console.print(detail_table(report.get("detail", {})))


def print_agreement(result: dict[str, Any], console: Console | None = None) -> None:
    """The agreement table and every disagreement."""
    console = console or Console(width=None if Console().is_terminal else 180)
    table = Table(title="gcmextract gold agree: A vs B")
    for col in ("field", "A", "B", "strict F1", "lenient F1", "attribute agreement"):
        table.add_column(
            col, justify="left" if col in ("field", "attribute agreement") else "right"
        )
    for field, s in result.items():
        attrs = ", ".join(
            f"{k} {_f(v['agreement'])}" for k, v in s["attributes"].items() if v["total"]
        )
        table.add_row(
            field, str(s["a"]), str(s["b"]), _f(s["strict_f1"]), _f(s["lenient_f1"]), attrs
        )
    console.print(table)
    for field, s in result.items():
        for kind in ("only_a", "only_b", "span_differs", "attribute_differs"):
            for item in s[kind]:
                console.print(f"{field} {kind}: " + escape(json.dumps(item, ensure_ascii=False)))
