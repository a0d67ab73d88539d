"""Corpus money totals that count every amount once: identical documents (same text digest) once,
by country and currency, and by objective with an amount shared by several objectives split evenly."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from gcmextract.schema import Extraction


def identity(ex: Extraction) -> str:
    """What makes two outputs the same document: the text digest, else the file's sha256."""
    return ex.document.text_sha256 or ex.document.sha256


def unique(extractions: list[Extraction]) -> tuple[list[Extraction], dict[str, str]]:
    """The first output of every distinct document, and {doc id: id of the first} for the copies."""
    first: dict[str, str] = {}
    kept: list[Extraction] = []
    copies: dict[str, str] = {}
    for ex in extractions:
        key = identity(ex)
        if key in first:
            copies[ex.document.id] = first[key]
        else:
            first[key] = ex.document.id
            kept.append(ex)
    return kept, copies


@dataclass
class MoneyTotals:
    """Money per (country, currency) and per (currency, objective); each amount counted once."""

    by_country: dict[tuple[str, str], float] = field(default_factory=lambda: defaultdict(float))
    by_objective: dict[tuple[str, int | None], float] = field(
        default_factory=lambda: defaultdict(float)
    )
    amounts_by_objective: dict[tuple[str, int | None], int] = field(
        default_factory=lambda: defaultdict(int)
    )
    shared_by_objective: dict[tuple[str, int | None], int] = field(
        default_factory=lambda: defaultdict(int)
    )
    amounts: int = 0
    duplicates: int = 0


def money_totals(extractions: list[Extraction]) -> MoneyTotals:
    """Totals over distinct documents; an amount linked to k objectives adds value/k to each of them
    (and is counted as shared), an unlinked amount goes to objective None."""
    kept, copies = unique(extractions)
    totals = MoneyTotals(duplicates=len(copies))
    for ex in kept:
        country = ex.document.country or "(unknown)"
        for a in ex.amounts:
            if a.kind != "money" or not a.currency:
                continue
            totals.amounts += 1
            totals.by_country[(country, a.currency)] += a.value
            objectives: list[int | None] = list(a.objectives) or [None]
            for n in objectives:
                key = (a.currency, n)
                totals.by_objective[key] += a.value / len(objectives)
                totals.amounts_by_objective[key] += 1
                if len(objectives) > 1:
                    totals.shared_by_objective[key] += 1
    return totals


# The by-objective table the report shows and the export writes (`money_by_objective`): one
# definition, (name, type, description) per column.
OBJECTIVE_COLUMNS: list[tuple[str, str, str]] = [
    ("currency", "string", "ISO 4217 currency code"),
    ("objective", "int", "GCM objective number (null: amounts linked to no objective)"),
    (
        "total",
        "float",
        "money linked to the objective: each amount once (identical documents once), an amount "
        "linked to k objectives adding 1/k of its value to each, never its whole value k times",
    ),
    ("amounts", "int", "number of amounts linked to the objective"),
    ("shared_amounts", "int", "of those, amounts linked to other objectives too (value split)"),
]


def objective_rows(extractions: list[Extraction]) -> list[dict[str, Any]]:
    """Money by currency and objective as rows with the `OBJECTIVE_COLUMNS`, by currency then
    objective (unlinked amounts last)."""
    t = money_totals(extractions)
    return [
        {
            "currency": currency,
            "objective": n,
            "total": value,
            "amounts": t.amounts_by_objective[(currency, n)],
            "shared_amounts": t.shared_by_objective[(currency, n)],
        }
        for (currency, n), value in sorted(
            t.by_objective.items(), key=lambda kv: (kv[0][0], kv[0][1] is None, kv[0][1] or 0)
        )
    ]
