"""Estimate the confidence of every rule path from the gold sets and check it on held-out data.

Estimation data: the gold sets of `corpus/gold/` and the dev halves of `corpus/gold-real/` (their
texts in ../shared/passages). A path's value is its lenient precision (as `gcmextract eval`
counts it) smoothed by a Beta prior of PRIOR_WEIGHT pseudo-mentions centred on its parent path's
value (rule|language -> rule -> the field's pooled precision -> 0.5), so a small path does not get
an extreme value, and capped at CEILING. Reliability is reported (a) held out by document: each document's mentions get
the values estimated from the other documents, and (b) on the test halves of `corpus/gold-real/`,
which estimate nothing.

    python scripts/calibrate_confidence.py [--write]

`--write` writes the values to src/gcmextract/assemble/confidence.json and the tables to
docs/confidence.md (tests/test_confidence_reliability.py checks both are what this computes)."""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VALUES = ROOT / "src" / "gcmextract" / "assemble" / "confidence.json"
DOCS = ROOT / "docs" / "confidence.md"
PRIOR_WEIGHT = 6.0
CEILING = 0.99  # no path states certainty: a few hundred mentions cannot tell 0.995 from 0.999
FEW = 10
DECILES = [i / 10 for i in range(11)]
LANGUAGES = ("en", "es", "fr")


@dataclass(frozen=True)
class Outcome:
    """One prediction the gold sets count: where it comes from, its rule path, whether it is right."""

    group: str  # "gold", "dev" or "test"
    document: str
    field: str
    path: tuple[str, ...]
    correct: bool


def gold_paths() -> list[tuple[str, Path]]:
    """(group, gold file) of every gold set used: corpus/gold, then gold-real's dev and test."""
    from gcmextract.evaluate.gold import load_gold

    out = [("gold", p) for p in sorted((ROOT / "corpus" / "gold").glob("*.gold.json"))]
    for lang in LANGUAGES:
        for p in sorted((ROOT / "corpus" / "gold-real" / lang).glob("*.gold.json")):
            out.append((load_gold(p).document.split or "dev", p))
    return out


def outcomes() -> list[Outcome]:
    """Every counted prediction of every gold set (extracted as `gcmextract eval` does)."""
    from gcmextract.assemble.confidence import path_of
    from gcmextract.evaluate.gold import GOLD_FIELDS, load_gold
    from gcmextract.evaluate.scorer import match_status
    from gcmextract.evaluate.sources import check, find_checked
    from gcmextract.ingest import read_document
    from gcmextract.pipeline import build_nlp, extract_document

    nlp = build_nlp()
    out = []
    for group, path in gold_paths():
        gold = load_gold(path)
        source = find_checked(path, gold)
        document = read_document(source)
        check(path, gold, source, document.text)
        ex = extract_document(document, nlp=nlp)
        name = f"{path.parent.name}/{path.name.removesuffix('.gold.json')}"
        for field in GOLD_FIELDS:
            g = [x.model_dump() for x in getattr(gold, field)]
            mentions = getattr(ex, field)
            _, status = match_status(g, [m.model_dump() for m in mentions], strict=False)
            for m, ok in zip(mentions, status, strict=True):
                if ok is not None:
                    out.append(Outcome(group, name, field, tuple(path_of(field, m)), bool(ok)))
    return out


def counts(rows: list[Outcome]) -> dict[tuple[str, str], list[int]]:
    """{(field, path prefix): [correct, total]}, the pooled field under the prefix ""."""
    out: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for r in rows:
        for key in ("", *r.path):
            out[(r.field, key)][0] += r.correct
            out[(r.field, key)][1] += 1
    return out


def fit(rows: list[Outcome]) -> dict[str, dict[str, float]]:
    """{field: {path: value}}: each seen path's precision smoothed towards its parent's value."""
    out: dict[str, dict[str, float]] = defaultdict(dict)
    for (field, key), (correct, total) in sorted(counts(rows).items(), key=lambda kv: kv[0]):
        parent = key.rpartition("|")[0] if "|" in key else ("" if key else None)
        prior = 0.5 if parent is None else out[field][parent]
        value = (correct + PRIOR_WEIGHT * prior) / (total + PRIOR_WEIGHT)
        out[field][key] = round(min(value, CEILING), 2)
    return dict(out)


def stated(values: dict[str, dict[str, float]], r: Outcome) -> float:
    """The value a mention with `r`'s path gets from `values` (as confidence_of looks it up)."""
    known = values.get(r.field, {})
    return next((known[p] for p in reversed(r.path) if p in known), 0.5)


def reliability(pairs: list[tuple[float, bool]]) -> list[tuple[str, int, float, float]]:
    """(decile, mentions, mean stated confidence, observed precision) of each non-empty decile."""
    rows = []
    for lo, hi in zip(DECILES, DECILES[1:], strict=False):
        inside = [(c, ok) for c, ok in pairs if lo <= c < hi or (hi == 1.0 and c == 1.0)]
        if inside:
            mean = sum(c for c, _ in inside) / len(inside)
            observed = sum(ok for _, ok in inside) / len(inside)
            rows.append((f"{lo:.1f}-{hi:.1f}", len(inside), mean, observed))
    return rows


def held_out(rows: list[Outcome]) -> list[tuple[float, bool]]:
    """(stated, correct) of every estimation mention, its value fitted without its document."""
    out = []
    for doc in sorted({r.document for r in rows}):
        values = fit([r for r in rows if r.document != doc])
        out += [(stated(values, r), r.correct) for r in rows if r.document == doc]
    return out


def table(pairs: list[tuple[float, bool]]) -> list[str]:
    """A reliability table in Markdown; deciles with fewer than FEW mentions are marked."""
    lines = [
        "| stated | mentions | mean stated | observed precision | gap | within 0.1 |",
        "|---|---|---|---|---|---|",
    ]
    for band, n, mean, observed in reliability(pairs):
        verdict = (
            f"too few (< {FEW})" if n < FEW else ("yes" if abs(observed - mean) <= 0.1 else "no")
        )
        lines.append(
            f"| {band} | {n} | {mean:.2f} | {observed:.2f} | {observed - mean:+.2f} | {verdict} |"
        )
    return lines


def field_table(rows: list[Outcome], values: dict) -> list[str]:
    """Per field: mentions, mean stated confidence and observed precision of `rows`."""
    lines = [
        "| field | mentions | mean stated | observed precision | gap |",
        "|---|---|---|---|---|",
    ]
    for field in sorted({r.field for r in rows}):
        inside = [r for r in rows if r.field == field]
        mean = sum(stated(values, r) for r in inside) / len(inside)
        observed = sum(r.correct for r in inside) / len(inside)
        lines.append(
            f"| {field} | {len(inside)} | {mean:.2f} | {observed:.2f} | {observed - mean:+.2f} |"
        )
    return lines


def path_table(estimate: list[Outcome], test: list[Outcome], values: dict) -> list[str]:
    """Per field and path: estimation counts, value, and test-half counts."""
    seen, held = counts(estimate), counts(test)
    lines = [
        "| field | rule path | correct / counted (estimation) | confidence | correct / counted (test halves) |",
        "|---|---|---|---|---|",
    ]
    for field, paths in values.items():
        for path, value in paths.items():
            c, n = seen[(field, path)]
            tc, tn = held.get((field, path), [0, 0])
            step = path.replace("|", ", ") or "(all)"
            lines.append(f"| {field} | {step} | {c} / {n} | {value:.2f} | {tc} / {tn} |")
    return lines


def compute(rows: list[Outcome] | None = None) -> tuple[dict, str]:
    """The values of confidence.json and the text of docs/confidence.md (from `rows`, else from
    extracting every gold set's document)."""
    rows = outcomes() if rows is None else rows
    estimate = [r for r in rows if r.group != "test"]
    test = [r for r in rows if r.group == "test"]
    values = fit(estimate)
    groups = [g for g, _ in gold_paths()]
    n_docs = {g: groups.count(g) for g in ("gold", "dev", "test")}
    shipped = {
        "_doc": "Generated by scripts/calibrate_confidence.py --write (do not edit): the estimated "
        "precision of each rule path of confidence_rules.json; '' is the field pooled.",
        **values,
    }
    lines = [
        "# Confidence: what the number means",
        "",
        "Computed by `python scripts/calibrate_confidence.py --write` (never typed in). A mention's",
        "`confidence` is the precision of its rule path (`src/gcmextract/assemble/confidence_rules.json`:",
        "the first rule of its field that holds, then organisations by language, amounts by kind and",
        "currency source, dates by kind), estimated on gold sets with lenient matching as",
        "`gcmextract eval` counts it. Each path's precision is smoothed by a Beta prior of",
        f"{PRIOR_WEIGHT:g} pseudo-mentions centred on its parent path (so a path seen a few times stays",
        "near its rule's value); a path never seen gets its parent's value, a rule never seen 0.5",
        "(nothing is known of its precision). No value exceeds",
        f"{CEILING:g}: the gold sets are too small to tell a rule that is right 995 times in 1000",
        "from one right 999 times.",
        "",
        f"Estimated from `corpus/gold/` ({n_docs['gold']} documents) and the dev halves of",
        f"`corpus/gold-real/` ({n_docs['dev']} pages, en/es/fr): {len(estimate)} counted predictions.",
        f"The test halves ({n_docs['test']} pages, {len(test)} counted predictions) estimate nothing.",
        "It measures precision only: a mention the extractors miss has no confidence.",
        "",
        "`corpus/gold/` was written alongside the rules and the dev halves may be used to tune them,",
        "so the held-out table is optimistic for unseen documents even though each document is held",
        "out; the test halves are the fairer check. Nearly every counted mention states 0.9 or more,",
        "so only the top decile has enough mentions to be judged.",
        "",
        "## Reliability held out by document",
        "",
        "Each estimation document's mentions get the values estimated from the other documents.",
        "",
        *table(held_out(estimate)),
        "",
        "## Reliability on the test halves of corpus/gold-real",
        "",
        "The shipped values, on pages that were not used to estimate them.",
        "",
        *table([(stated(values, r), r.correct) for r in test]),
        "",
        "The same mentions per field (a field is not a decile: no bound is promised per field):",
        "",
        *field_table(test, values),
        "",
        "## Per rule path (the shipped values)",
        "",
        *path_table(estimate, test, values),
    ]
    return shipped, "\n".join(lines) + "\n"


def main(write: bool) -> None:
    """Print the tables; with `write`, write confidence.json and docs/confidence.md."""
    from gcmextract.errors import InputError
    from gcmextract.io import write_atomic

    try:
        shipped, text = compute()
    except InputError as exc:  # a gold set's text missing or changed (../shared absent)
        sys.exit(f"calibrate_confidence: {exc}")
    print(text)
    if write:
        write_atomic(VALUES, json.dumps(shipped, indent=2, ensure_ascii=False) + "\n")
        write_atomic(DOCS, text)


if __name__ == "__main__":
    main("--write" in sys.argv[1:])
