"""Render an evaluation report as rich tables."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table


def _f(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


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
                _f(s["strict"]["precision"]),
                _f(s["strict"]["recall"]),
                _f(s["strict"]["f1"]),
                _f(s["lenient"]["precision"]),
                _f(s["lenient"]["recall"]),
                _f(s["lenient"]["f1"]),
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
    console.print(f"document: {doc}")
    if detail:
        for field, s in report["fields"].items():
            for kind in ("misses", "spurious", "wrong"):
                for item in s.get(kind, []):
                    console.print(
                        f"[bold]{field}[/bold] {kind[:-1] if kind != 'misses' else 'miss'}: {item}"
                    )
