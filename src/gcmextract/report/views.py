"""The report's derived views: evidence passages per objective (where each heatmap cell leads),
money totals per country and currency (each amount counted once, explicit currencies apart from
inferred ones), and a timeline of dated mentions per year."""

from __future__ import annotations

import json
from collections import defaultdict
from functools import cache
from importlib import resources
from typing import Any

from gcmextract.schema import Extraction


@cache
def short_titles() -> dict[str, str]:
    """A few words per GCM objective, for the heatmap's column headers."""
    text = resources.files(__package__).joinpath("short_titles.json").read_text("utf-8")
    return json.loads(text)


def evidence(extractions: list[Extraction]) -> list[dict[str, Any]]:
    """Per objective found anywhere: its title and one row per document naming or evidencing it."""
    found: dict[int, dict[str, Any]] = {}
    for ex in extractions:
        for o in ex.objectives:
            entry = found.setdefault(
                o.objective,
                {"objective": o.objective, "title": o.title, "rows": []},
            )
            entry["rows"].append(
                {
                    "country": ex.document.country or "?",
                    "doc_id": ex.document.id,
                    "explicit": o.explicit,
                    "score": f"{o.score:.2f}",
                    "evidence": o.evidence[0].text if o.evidence else "",
                    "references": [r.text for r in o.references],
                }
            )
    for entry in found.values():
        entry["rows"].sort(key=lambda r: (r["country"], r["doc_id"]))
    return [found[n] for n in sorted(found)]


def evidence_index(extractions: list[Extraction]) -> dict[str, list[list[Any]]]:
    """The evidence rows as compact data for the page's script: per objective found anywhere,
    [document index, named explicitly (1/0), score, number of references] per document naming or
    evidencing it (the references and passages themselves are on each document's own page)."""
    found: dict[int, list[list[Any]]] = {}
    for i, ex in enumerate(extractions):
        for o in ex.objectives:
            row = [i, int(o.explicit), f"{o.score:.2f}", len(o.references)]
            found.setdefault(o.objective, []).append(row)
    return {str(n): found[n] for n in sorted(found)}


def objective_rows(ex: Extraction) -> list[dict[str, Any]]:
    """One document's objectives with their best passage, for its review page."""
    return [
        {
            "objective": o.objective,
            "title": o.title,
            "explicit": o.explicit,
            "score": f"{o.score:.2f}",
            "references": [r.text for r in o.references],
            "evidence": o.evidence[0].text if o.evidence else "",
        }
        for o in ex.objectives
    ]


def money_values(extractions: list[Extraction]) -> dict[tuple[str, str, bool], list[float]]:
    """{(country, currency, currency inferred): values}: every money amount with a currency once,
    whatever objectives or sections it belongs to, in sorted key order."""
    totals: dict[tuple[str, str, bool], list[float]] = defaultdict(list)
    for ex in extractions:
        country = ex.document.country or "(unknown)"
        for a in ex.amounts:
            if a.kind == "money" and a.currency:
                totals[(country, a.currency, a.currency_inferred)].append(a.value)
    return dict(sorted(totals.items()))


def money_totals(extractions: list[Extraction]) -> list[list[Any]]:
    """Rows (country, currency, explicit|inferred, total, amounts) of `money_values`."""
    return [
        [country, currency, "inferred" if inferred else "explicit", f"{sum(v):,.0f}", len(v)]
        for (country, currency, inferred), v in money_values(extractions).items()
    ]


def timeline(extractions: list[Extraction]) -> list[dict[str, Any]]:
    """Dated mentions per year (by the year each date or range starts in), with their documents."""
    per_year: dict[int, list[str]] = defaultdict(list)
    for ex in extractions:
        for d in ex.dates:
            head = d.value[:4]
            if head.isdigit():
                per_year[int(head)].append(ex.document.id)
    top = max((len(v) for v in per_year.values()), default=1)
    return [
        {
            "year": year,
            "mentions": len(ids),
            "documents": len(set(ids)),
            "width": round(100 * len(ids) / top),
        }
        for year, ids in sorted(per_year.items())
    ]


# where a mention stands in its file: not an attribute to show beside it
LOCATION = ("boxes", "line", "column", "paragraph", "cell", "context")


def mention_rows(ex: Extraction, fields: tuple[str, ...]) -> list[dict[str, Any]]:
    """Every mention of a document with its attributes spelled out, doubtful first (lowest
    confidence first, then in text order), so a reviewer checks the uncertain ones first."""
    skip = {"text", "start", "end", "sentence", "page", "confidence", *LOCATION}
    rows = []
    for field in fields:
        for m in getattr(ex, field):
            attrs = "; ".join(
                f"{k}: {v}"
                for k, v in m.model_dump().items()
                if k not in skip and v not in (None, False, [])
            )
            confidence = "" if m.confidence is None else f"{m.confidence:.2f}"
            rows.append(
                {
                    "field": field,
                    "text": m.text,
                    "attrs": attrs,
                    "start": m.start,
                    "confidence": confidence,
                    "rank": 1.0 if m.confidence is None else m.confidence,
                }
            )
    return sorted(rows, key=lambda r: (r["rank"], r["start"]))
