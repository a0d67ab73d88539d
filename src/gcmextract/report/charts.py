"""The report's charts as compact data: money per country and currency, objectives per country and
dated mentions per year, each a list of labelled bars that the page's own script (`charts.js`,
inlined once) draws as SVG offline."""

from __future__ import annotations

from collections import Counter
from typing import Any

from gcmextract.export.totals import unique
from gcmextract.report.views import money_values
from gcmextract.schema import Extraction

EXPLICIT_COLOUR, INFERRED_COLOUR = "#2b6cb0", "#dd8a2b"
CLASSIFIED_COLOUR = "#9cc3e6"


def _chart(
    title: str,
    labels: list[Any],
    series: list[dict[str, Any]],
    orientation: str = "h",
    **options: Any,
) -> dict[str, Any]:
    """One chart: bars per label, one value per label in each series (None: no bar)."""
    return {
        "title": title,
        "orientation": orientation,
        "labels": labels,
        "series": series,
        **options,
    }


def money_chart(extractions: list[Extraction]) -> dict[str, Any] | None:
    """One bar per country and currency (amounts are not converted: log scale), explicit
    currencies apart from inferred ones; None when there is no money amount."""
    values = money_values(extractions)
    if not values:
        return None
    keys = list(values)
    series = []
    for inferred, name, colour in (
        (False, "explicit", EXPLICIT_COLOUR),
        (True, "inferred", INFERRED_COLOUR),
    ):
        if any(k[2] is inferred for k in keys):
            series.append(
                {
                    "name": f"currency {name}",
                    "colour": colour,
                    "values": [sum(values[k]) if k[2] is inferred else None for k in keys],
                    "counts": [len(values[k]) if k[2] is inferred else None for k in keys],
                }
            )
    return _chart(
        "Money by country and currency (not converted; log scale)",
        [f"{country} · {currency}" for country, currency, _ in keys],
        series,
        scale="log",
    )


def objectives_chart(extractions: list[Extraction]) -> dict[str, Any] | None:
    """Per country, how many GCM objectives are named explicitly and how many only classified."""
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
    return _chart(
        "GCM objectives per country",
        countries,
        [
            {"name": "named explicitly", "colour": EXPLICIT_COLOUR, "values": named},
            {"name": "classified from the text", "colour": CLASSIFIED_COLOUR, "values": classified},
        ],
        stacked=True,
        max=23,
    )


YEAR_STEPS = (1, 2, 5, 10, 20, 25, 50, 100)
MAX_YEAR_TICKS = 12  # labels a 60rem-wide chart holds side by side


def year_step(span: int) -> int:
    """Years between labels on a timeline covering `span` years: the smallest round step that
    keeps the labels at most MAX_YEAR_TICKS, so that they never overlap."""
    return next((s for s in YEAR_STEPS if span / s <= MAX_YEAR_TICKS), YEAR_STEPS[-1])


def timeline_chart(extractions: list[Extraction]) -> dict[str, Any] | None:
    """Dated mentions per year (the year each date or range starts in), every year of the span
    on the axis."""
    years: Counter[int] = Counter()
    for ex in extractions:
        years.update(int(d.value[:4]) for d in ex.dates if d.value[:4].isdigit())
    if not years:
        return None
    span = list(range(min(years), max(years) + 1))
    return _chart(
        "Dated mentions per year",
        span,
        [{"name": "dated mentions", "colour": EXPLICIT_COLOUR, "values": [years[y] for y in span]}],
        orientation="v",
        step=year_step(span[-1] - span[0]),
    )


def charts(extractions: list[Extraction]) -> list[dict[str, Any]]:
    """Every chart with data, as {id, ...chart} for the page's script (money over distinct
    documents, like the totals table)."""
    made = {
        "chart-money": money_chart(unique(extractions)[0]),
        "chart-objectives": objectives_chart(extractions),
        "chart-timeline": timeline_chart(extractions),
    }
    return [{"id": k, **f} for k, f in made.items() if f is not None]
