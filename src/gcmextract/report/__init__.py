"""One self-contained HTML report over a batch folder: countries × objectives heatmap, money by
currency and objective, most cited organisations, bar charts (drawn as SVG by the page's own
script, inlined once), and a review view per document with every extracted span highlighted: in the
page for a small batch, else one page per document in a folder beside it, so that the report of
1,000 documents stays about a megabyte. Built with Jinja2 (autoescaped); the page runs only its own
scripts (Content-Security-Policy with their hashes)."""

from __future__ import annotations

import base64
import hashlib
import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from gcmextract.export import totals as corpus_totals
from gcmextract.export.formats import MANIFEST, load_outputs
from gcmextract.io import write_atomic
from gcmextract.report.charts import charts
from gcmextract.report.sources import load_source
from gcmextract.report.views import (
    LOCATION,
    evidence,
    evidence_index,
    mention_rows,
    money_totals,
    objective_rows,
    short_titles,
    timeline,
)
from gcmextract.schema import MENTION_PRECEDENCE, Extraction

FIELDS = MENTION_PRECEDENCE
# documents reviewed inside the report itself; a larger batch gets one review page per document
INLINE_DOCUMENTS = 50


@dataclass
class Segment:
    """A run of review text, highlighted when `field` is set."""

    text: str
    field: str | None = None
    title: str = ""


def _attrs(m) -> str:
    skip = {"text", "start", "end", "sentence", "page", "confidence", *LOCATION}
    values = [
        f"{k}: {v}"
        for k, v in m.model_dump().items()
        if k not in skip and v not in (None, False, [])
    ]
    if getattr(m, "confidence", None) is not None:
        values.append(f"confidence: {m.confidence:.2f}")
    return "; ".join(values)


def review_segments(ex: Extraction, text: str) -> list[Segment]:
    """The text cut into plain runs and non-overlapping mentions (field and attributes kept)."""
    spans = sorted(
        ((m.start, m.end, f, m) for f in FIELDS for m in getattr(ex, f)),
        key=lambda s: (s[0], -s[1]),
    )
    out, pos = [], 0
    for start, end, field, m in spans:
        if start < pos:
            continue
        out.append(Segment(text[pos:start]))
        title = f"{field[:-1] if field.endswith('s') else field}: {_attrs(m)}"
        out.append(Segment(text[start:end], field, title))
        pos = end
    out.append(Segment(text[pos:]))
    return out


def json_for_html(data: Any) -> str:
    """JSON that cannot end the <script> element holding it nor start markup: `<`, `>` and `&`
    written as \\u escapes (JSON.parse reads them back)."""
    return (
        json.dumps(data, ensure_ascii=False)
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
    )


def content_security_policy(*scripts: str) -> str:
    """Nothing loads from anywhere; the only scripts allowed to run are `scripts` (by their
    hashes)."""
    hashes = (
        " ".join(
            "'sha256-"
            + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode("ascii")
            + "'"
            for s in scripts
        )
        or "'none'"
    )
    return (
        f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )


def _manifest_by_id(out_dir: Path) -> dict[str, dict[str, Any]]:
    from gcmextract.batch.run import load_manifest

    if not (out_dir / MANIFEST).is_file():
        return {}
    return {e["doc_id"]: e for e in load_manifest(out_dir).values() if e.get("doc_id")}


def _summaries(extractions: list[Extraction]) -> dict[str, Any]:
    """Heatmap cells, money per currency and objective, and organisation counts."""
    titles: dict[int, str] = {}
    cells: dict[str, dict] = {}
    orgs: Counter[str] = Counter()
    org_docs: dict[str, set[str]] = defaultdict(set)
    for ex in extractions:
        country = ex.document.country or "(unknown)"
        for o in ex.objectives:
            titles[o.objective] = o.title
            key = f"{country}|{o.objective}"
            prev = cells.get(key, {"score": 0.0, "explicit": False})
            cells[key] = {
                "score": max(prev["score"], o.score),
                "explicit": prev["explicit"] or o.explicit,
            }
        for org in ex.organizations:
            orgs[org.canonical] += 1
            org_docs[org.canonical].add(ex.document.id)
    countries = sorted(
        {k.split("|")[0] for k in cells}
        | {ex.document.country or "(unknown)" for ex in extractions}
    )
    return {
        "data": {
            "countries": countries,
            "cells": cells,
            "titles": {str(k): v for k, v in titles.items()},
            "short_titles": short_titles(),
            "documents": [ex.document.id for ex in extractions],
        },
        # the export's money_by_objective rows (gcmextract.export.totals): each amount once, identical
        # documents once, an amount linked to k objectives adding 1/k of its value to each
        "money_rows": [
            [
                r["currency"],
                r["objective"] if r["objective"] is not None else "(none linked)",
                f"{r['total']:,.0f}",
                r["amounts"],
                r["shared_amounts"],
            ]
            for r in corpus_totals.objective_rows(extractions)
        ],
        "org_rows": [[name, count, len(org_docs[name])] for name, count in orgs.most_common(30)],
    }


@dataclass
class Report:
    """The report page, and the review pages of its documents when they stand apart from it:
    `pages()` yields (file name in `folder`, HTML) one document at a time, each source read only
    then, so that a large batch's reviews are never all in memory."""

    page: str
    folder: str = ""
    pages: Callable[[], Iterator[tuple[str, str]]] = lambda: iter(())


def documents_folder(dest: Path) -> str:
    """The folder beside a report at `dest` that holds its documents' review pages."""
    return f"{dest.stem}_documents"


def _templates() -> Any:
    from jinja2 import DictLoader, Environment

    package = resources.files(__package__)
    names = ("template.html", "document.html", "review.html", "report.css")
    texts = {n: package.joinpath(n).read_text("utf-8") for n in names}
    return Environment(autoescape=True, loader=DictLoader(texts))


def _document(ex: Extraction) -> dict[str, Any]:
    """What the report's list says of a document."""
    return {
        "id": ex.document.id,
        "country": ex.document.country or "?",
        "n_objectives": len(ex.objectives),
    }


def _review(ex: Extraction, entry: dict[str, Any] | None, sources: Path | None) -> dict[str, Any]:
    """A document's review: its source cut into highlighted runs, its mentions and objectives."""
    source = load_source(ex, entry, sources)
    return {
        **_document(ex),
        "problem": source.problem,
        "segments": review_segments(ex, source.text) if source.text is not None else [],
        "mentions": mention_rows(ex, FIELDS),
        "objectives": objective_rows(ex),
    }


def render_report(
    out_dir: Path,
    sources: Path | None = None,
    on_stale: Callable[[Path], None] | None = None,
    folder: str | None = None,
    inline: int = INLINE_DOCUMENTS,
    report_name: str = "report.html",
) -> Report:
    """The report of a batch folder: with more than `inline` documents, each document's review
    is its own page in `folder` (None: nowhere, e.g. a report on standard output), which the
    report's links lead to; sources are read from the batch's input folder (or `sources`) and
    shown only when their sha256 matches the extraction's."""
    from urllib.parse import quote

    from markupsafe import Markup

    extractions = load_outputs(out_dir, on_stale)
    entries = _manifest_by_id(out_dir)
    apart = len(extractions) > inline
    docs = [
        _document(ex) if apart else _review(ex, entries.get(ex.document.id), sources)
        for ex in extractions
    ]
    hrefs = {
        d["id"]: (quote(f"{folder}/{d['id']}.html") if folder else "")
        if apart
        else f"#doc-{d['id']}"
        for d in docs
    }
    package = resources.files(__package__)
    script = package.joinpath("report.js").read_text("utf-8")
    library = package.joinpath("charts.js").read_text("utf-8")
    figures = charts(extractions)
    summary = _summaries(extractions)
    if apart:  # evidence rows as data the page's script lists: a link per document, once
        summary["data"]["evidence"] = evidence_index(extractions)
        summary["data"]["document_countries"] = [d["country"] for d in docs]
        summary["data"]["document_hrefs"] = [hrefs[d["id"]] for d in docs]
    env = _templates()
    page = env.get_template("template.html").render(
        csp=content_security_policy(library, script),
        charts_js=Markup(library),
        script=Markup(script),
        data_json=Markup(json_for_html(summary["data"])),
        charts_json=Markup(json_for_html(figures)),
        chart_ids={c["id"] for c in figures},
        money_rows=summary["money_rows"],
        org_rows=summary["org_rows"],
        docs=docs,
        hrefs=hrefs,
        apart=apart,
        folder=folder,
        totals=money_totals(corpus_totals.unique(extractions)[0]),
        evidence=[] if apart else evidence(extractions),
        evidence_apart=bool(summary["data"].get("evidence")),
        timeline=timeline(extractions),
    )
    if not (apart and folder):
        return Report(page)
    one = env.get_template("document.html")
    back = quote(f"../{report_name}")

    def pages() -> Iterator[tuple[str, str]]:
        for ex in extractions:
            doc = _review(ex, entries.get(ex.document.id), sources)
            yield f"{doc['id']}.html", one.render(csp=content_security_policy(), doc=doc, back=back)

    return Report(page, folder, pages)


def build_report(
    out_dir: Path,
    sources: Path | None = None,
    on_stale: Callable[[Path], None] | None = None,
) -> str:
    """The report HTML for a batch folder, every document reviewed in the page whatever their
    number (see `render_report`)."""
    return render_report(out_dir, sources, on_stale, inline=2**62).page


def write_report(
    out_dir: Path,
    dest: Path,
    sources: Path | None = None,
    on_stale: Callable[[Path], None] | None = None,
) -> None:
    """Write the HTML report of a batch output folder to `dest`, and its documents' review pages
    (when they stand apart) to the folder beside it, each atomically; review pages of documents
    no longer in the batch are removed from that folder. On standard output, the page alone."""
    from gcmextract.io import STDOUT

    folder = None if str(dest) == STDOUT else documents_folder(dest)
    report = render_report(out_dir, sources, on_stale, folder, report_name=dest.name)
    if report.folder:
        where = dest.parent / report.folder
        where.mkdir(exist_ok=True)
        written = set()
        for name, html in report.pages():
            write_atomic(where / name, html)
            written.add(name)
        for old in where.glob("*.html"):
            if old.name not in written:
                old.unlink()
    write_atomic(dest, report.page)
