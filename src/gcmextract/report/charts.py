"""The report's charts, built with Plotly: money per country and currency, objectives per country
and dated mentions per year, as figure JSON that plotly.js (shipped in the plotly package and
inlined in the page) draws offline."""

from __future__ import annotations

import html
import json
from collections import Counter
from typing import Any

from gcmextract.export.totals import unique
from gcmextract.report.views import money_values
from gcmextract.schema import Extraction

BAR_PX = 20  # height of one bar row of a horizontal chart
CONFIG = {"displayModeBar": False, "displaylogo": False, "responsive": False}


def plotly_js() -> str:
    """plotly.js as shipped in the installed plotly package (nothing is fetched)."""
    from plotly.offline import get_plotlyjs

    return get_plotlyjs()


def label(text: str) -> str:
    """Text plotly.js shows as written: it reads labels as HTML-like markup (<b>, <a href>, <br>)
    and decodes entities, so document text goes in with &, < and > as entities."""
    return html.escape(text, quote=False)


def _figure(traces: list[Any], title: str, height: int, **layout: Any) -> dict[str, Any]:
    import plotly.graph_objects as go

    fig = go.Figure(traces)
    fig.update_layout(
        title={"text": title},
        template="none",
        height=height,
        margin={"l": 10, "r": 10, "t": 40, "b": 40},
        font={"family": "system-ui, sans-serif", "size": 12},
        **layout,
    )
    result: dict[str, Any] = json.loads(fig.to_json())
    return result


def money_chart(extractions: list[Extraction]) -> dict[str, Any] | None:
    """One bar per country and currency (amounts are not converted: log scale), explicit
    currencies apart from inferred ones; None when there is no money amount."""
    import plotly.graph_objects as go

    values = money_values(extractions)
    if not values:
        return None
    rows = [label(f"{country} · {currency}") for country, currency, _ in values]
    traces = []
    for inferred, name, colour in ((False, "explicit", "#2b6cb0"), (True, "inferred", "#dd8a2b")):
        keys = [k for k in values if k[2] is inferred]
        if keys:
            traces.append(
                go.Bar(
                    name=f"currency {name}",
                    orientation="h",
                    y=[label(f"{c} · {cur}") for c, cur, _ in keys],
                    x=[sum(values[k]) for k in keys],
                    hovertext=[f"{len(values[k])} amount(s), {name} currency" for k in keys],
                    marker_color=colour,
                )
            )
    return _figure(
        traces,
        "Money by country and currency (not converted; log scale)",
        120 + BAR_PX * len(rows),
        xaxis={"type": "log", "automargin": True},
        yaxis={
            "automargin": True,
            "categoryorder": "array",
            "categoryarray": rows,
            "autorange": "reversed",
        },
    )


def objectives_chart(extractions: list[Extraction]) -> dict[str, Any] | None:
    """Per country, how many GCM objectives are named explicitly and how many only classified."""
    import plotly.graph_objects as go

    explicit: dict[str, set[int]] = {}
    found: dict[str, set[int]] = {}
    for ex in extractions:
        country = ex.document.country or "(unknown)"
        for o in ex.objectives:
            found.setdefault(country, set()).add(o.objective)
            if o.explicit:
                explicit.setdefault(country, set()).add(o.objective)
    if not found:
        return None
    countries = sorted(found)
    named = [len(explicit.get(c, set())) for c in countries]
    classified = [len(found[c]) - n for c, n in zip(countries, named, strict=True)]
    names = [label(c) for c in countries]
    return _figure(
        [
            go.Bar(name="named explicitly", orientation="h", y=names, x=named),
            go.Bar(name="classified from the text", orientation="h", y=names, x=classified),
        ],
        "GCM objectives per country",
        120 + BAR_PX * len(countries),
        barmode="stack",
        xaxis={"range": [0, 23], "dtick": 1, "automargin": True},
        yaxis={"automargin": True, "autorange": "reversed"},
    )


YEAR_STEPS = (1, 2, 5, 10, 20, 25, 50, 100)
MAX_YEAR_TICKS = 12  # labels a 60rem-wide chart holds side by side


def year_step(span: int) -> int:
    """Years between labels on a timeline covering `span` years: the smallest round step that
    keeps the labels at most MAX_YEAR_TICKS, so that they never overlap."""
    return next((s for s in YEAR_STEPS if span / s <= MAX_YEAR_TICKS), YEAR_STEPS[-1])


def timeline_chart(extractions: list[Extraction]) -> dict[str, Any] | None:
    """Dated mentions per year (the year each date or range starts in)."""
    import plotly.graph_objects as go

    years: Counter[int] = Counter()
    for ex in extractions:
        years.update(int(d.value[:4]) for d in ex.dates if d.value[:4].isdigit())
    if not years:
        return None
    ordered = sorted(years)
    return _figure(
        [go.Bar(name="dated mentions", x=ordered, y=[years[y] for y in ordered])],
        "Dated mentions per year",
        320,
        xaxis={"dtick": year_step(ordered[-1] - ordered[0]), "tickangle": 0, "automargin": True},
        yaxis={"automargin": True},
    )


def charts(extractions: list[Extraction]) -> list[dict[str, Any]]:
    """Every chart with data, as {id, figure, config} for the page's script (money over distinct
    documents, like the totals table)."""
    made = {
        "chart-money": money_chart(unique(extractions)[0]),
        "chart-objectives": objectives_chart(extractions),
        "chart-timeline": timeline_chart(extractions),
    }
    return [{"id": k, "figure": f, "config": CONFIG} for k, f in made.items() if f is not None]
