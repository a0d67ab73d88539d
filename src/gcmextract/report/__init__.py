"""One self-contained HTML report over a batch folder: countries × objectives heatmap, money by
currency and objective, most cited organisations, and a review view per document with every
extracted span highlighted (attributes on hover)."""

from __future__ import annotations

import html
import json
from collections import Counter, defaultdict
from importlib import resources
from pathlib import Path

from gcmextract.export import load_outputs
from gcmextract.io import write_atomic
from gcmextract.schema import Extraction

FIELDS = ("objective_refs", "dates", "amounts", "organizations")


def _source_text(ex: Extraction) -> str | None:
    """The document text the offsets refer to, re-read from the source file when it is still there."""
    from gcmextract.errors import GcmError
    from gcmextract.ingest import read_document

    try:
        return read_document(ex.document.source).text if Path(ex.document.source).exists() else None
    except GcmError:
        return None


def _attrs(m) -> str:  # type: ignore[no-untyped-def]
    skip = {"text", "start", "end", "sentence", "page", "confidence"}
    values = [
        f"{k}: {v}"
        for k, v in m.model_dump().items()
        if k not in skip and v not in (None, False, [])
    ]
    if getattr(m, "confidence", None) is not None:
        values.append(f"confidence: {m.confidence:.2f}")
    return "; ".join(values)


def review_html(ex: Extraction, text: str) -> str:
    """The text with non-overlapping mentions wrapped in <mark> (class per field, attributes in title)."""
    spans = sorted(
        ((m.start, m.end, f, m) for f in FIELDS for m in getattr(ex, f)),
        key=lambda s: (s[0], -s[1]),
    )
    out, pos = [], 0
    for start, end, field, m in spans:
        if start < pos:
            continue
        out.append(html.escape(text[pos:start]))
        title = html.escape(
            f"{field[:-1] if field.endswith('s') else field}: {_attrs(m)}", quote=True
        )
        out.append(f'<mark class="m-{field}" title="{title}">{html.escape(text[start:end])}</mark>')
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out)


def _table(header: list[str], rows: list[list[object]], table_id: str) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in r) + "</tr>" for r in rows
    )
    return f'<table id="{table_id}"><tr>{head}</tr>{body}</table>'


def build_report(out_dir: Path) -> str:
    """The report HTML for a batch folder."""
    extractions = load_outputs(out_dir)
    titles: dict[int, str] = {}
    cells: dict[str, dict] = {}
    money: dict[tuple[str, int], list[float]] = defaultdict(list)
    orgs: Counter[str] = Counter()
    org_docs: dict[str, set[str]] = defaultdict(set)
    for ex in extractions:
        country = ex.document.country or "(unknown)"
        by_start = {a.start: a for a in ex.amounts}
        for o in ex.objectives:
            titles[o.objective] = o.title
            key = f"{country}|{o.objective}"
            prev = cells.get(key, {"score": 0.0, "explicit": False})
            cells[key] = {
                "score": max(prev["score"], o.score),
                "explicit": prev["explicit"] or o.explicit,
            }
            for ref in o.amounts:
                a = by_start.get(ref.start)
                if a and a.kind == "money" and a.currency:
                    money[(a.currency, o.objective)].append(a.value)
        for org in ex.organizations:
            orgs[org.canonical] += 1
            org_docs[org.canonical].add(ex.document.id)
    countries = sorted(
        {k.split("|")[0] for k in cells}
        | {ex.document.country or "(unknown)" for ex in extractions}
    )
    money_rows = [[cur, n, f"{sum(v):,.0f}", len(v)] for (cur, n), v in sorted(money.items())]
    org_rows = [[name, count, len(org_docs[name])] for name, count in orgs.most_common(30)]
    doc_rows = "".join(
        f'<li><a href="#doc-{html.escape(ex.document.id)}">{html.escape(ex.document.id)}</a> '
        f"({html.escape(ex.document.country or '?')}, {len(ex.objectives)} objectives)</li>"
        for ex in extractions
    )
    reviews = []
    for ex in extractions:
        text = _source_text(ex)
        body = review_html(ex, text) if text is not None else "<em>source file not available</em>"
        reviews.append(
            f'<section id="doc-{html.escape(ex.document.id)}"><h3>{html.escape(ex.document.id)} '
            f'({html.escape(ex.document.country or "?")})</h3><div class="review">{body}</div></section>'
        )
    data = {
        "countries": countries,
        "cells": cells,
        "titles": {str(k): v for k, v in titles.items()},
        "documents": [ex.document.id for ex in extractions],
    }
    template = resources.files(__package__).joinpath("template.html").read_text("utf-8")
    return (
        template.replace(
            "__MONEY__", _table(["currency", "objective", "total", "amounts"], money_rows, "money")
        )
        .replace(
            "__ORGS__", _table(["organisation", "mentions", "documents"], org_rows, "organisations")
        )
        .replace("__DOCS__", f'<ul id="documents">{doc_rows}</ul>')
        .replace("__REVIEWS__", "".join(reviews))
        .replace("__DATA__", json.dumps(data, ensure_ascii=False).replace("</", "<\\/"))
    )


def write_report(out_dir: Path, dest: Path) -> None:
    write_atomic(dest, build_report(out_dir))
