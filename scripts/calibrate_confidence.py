"""Estimate each confidence rule's precision on the gold sets, held out by document, and print the
reliability tables: for each gold document, every rule's precision is estimated from the other
documents (a Beta prior centred on the rule's design value, PRIOR_WEIGHT pseudo-mentions strong) and
given to that document's mentions; the held-out (stated, correct) pairs are then binned by decile,
beside the same table for the design values of confidence.json that the extractors ship.

    python scripts/calibrate_confidence.py [--write]

`--write` writes the tables to docs/confidence.md (tests/test_confidence_reliability.py checks that
it is current)."""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRIOR_WEIGHT = 4.0
DECILES = [i / 10 for i in range(11)]


def outcomes() -> list[tuple[str, str, str, bool]]:
    """(document, field, rule, correct) of every prediction that the gold sets count."""
    from gcmextract.assemble.confidence import rule_of
    from gcmextract.evaluate.gold import GOLD_FIELDS, load_gold
    from gcmextract.evaluate.scorer import match_status
    from gcmextract.ingest import read_document
    from gcmextract.pipeline import build_nlp, extract_document

    nlp = build_nlp()
    out = []
    for path in sorted((ROOT / "corpus" / "gold").glob("*.gold.json")):
        gold = load_gold(path)
        ex = extract_document(read_document(ROOT / gold.document.source), nlp=nlp)
        for field in GOLD_FIELDS:
            g = [x.model_dump() for x in getattr(gold, field)]
            mentions = getattr(ex, field)
            _, status = match_status(g, [m.model_dump() for m in mentions], strict=False)
            for m, ok in zip(mentions, status, strict=True):
                if ok is not None:
                    out.append((path.name.split(".")[0], field, rule_of(field, m), ok))
    return out


def estimate(rows: list[tuple[str, str, str, bool]], prior: dict[tuple[str, str], float]) -> dict:
    """{(field, rule): (estimate, correct, total)} from `rows`."""
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for _, field, rule, ok in rows:
        counts[(field, rule)][0] += ok
        counts[(field, rule)][1] += 1
    out = {}
    for key, p in prior.items():
        correct, total = counts.get(key, [0, 0])
        out[key] = ((correct + PRIOR_WEIGHT * p) / (total + PRIOR_WEIGHT), correct, total)
    return out


def reliability(pairs: list[tuple[float, bool]]) -> list[tuple[str, int, float, float]]:
    """(decile, mentions, mean stated confidence, observed precision) of each non-empty decile."""
    rows = []
    for lo, hi in zip(DECILES, DECILES[1:], strict=False):
        inside = [(c, ok) for c, ok in pairs if lo <= c < hi or (hi == 1.0 and c == 1.0)]
        if inside:
            stated = sum(c for c, _ in inside) / len(inside)
            observed = sum(ok for _, ok in inside) / len(inside)
            rows.append((f"{lo:.1f}-{hi:.1f}", len(inside), stated, observed))
    return rows


def report() -> str:
    """The tables of docs/confidence.md, computed."""
    from gcmextract.assemble.confidence import rules

    prior = {(f, when): value for f, items in rules().items() for when, value in items}
    rows = outcomes()
    documents = sorted({d for d, *_ in rows})
    held_out: list[tuple[float, bool]] = []
    design: list[tuple[float, bool]] = []
    for doc in documents:
        fitted = estimate([r for r in rows if r[0] != doc], prior)
        for d, field, rule, ok in rows:
            if d == doc:
                held_out.append((fitted[(field, rule)][0], ok))
                design.append((prior[(field, rule)], ok))
    final = estimate(rows, prior)
    lines = [
        "# Confidence: what the number means",
        "",
        "Computed by `python scripts/calibrate_confidence.py --write` from the gold sets in",
        f"`corpus/gold/` ({len(documents)} documents, {len(rows)} predicted mentions that the gold sets",
        "count; lenient matching as `gcmextract eval`). A rule's estimate is its precision on the gold",
        f"sets, smoothed towards its design value (`confidence.json`) by {PRIOR_WEIGHT:g} pseudo-mentions.",
        "",
        "The extractors ship the design values (`src/gcmextract/confidence.json`); the estimates below",
        "are what the gold sets say each rule's precision is. The gold sets were written while the rules",
        "were developed, so even held out by document they are optimistic for unseen documents.",
        "",
        "## Per rule (estimate from all documents)",
        "",
        "| field | rule | design value | correct / counted | confidence |",
        "|---|---|---|---|---|",
    ]
    for (field, rule), (value, correct, total) in final.items():
        lines.append(
            f"| {field} | {rule} | {prior[(field, rule)]:.2f} | {correct} / {total} | {value:.2f} |"
        )
    for title, pairs in (
        ("held out by document (each document's rules estimated from the others)", held_out),
        ("of the design values (what the extractors ship)", design),
    ):
        lines += [
            "",
            f"## Reliability {title}",
            "",
            "| stated | mentions | mean stated | observed precision | gap |",
            "|---|---|---|---|---|",
        ]
        for band, n, stated, observed in reliability(pairs):
            lines.append(
                f"| {band} | {n} | {stated:.2f} | {observed:.2f} | {observed - stated:+.2f} |"
            )
    return "\n".join(lines) + "\n"


def main(write: bool) -> None:
    """Print the tables; with `write`, write them to docs/confidence.md."""
    text = report()
    print(text)
    if write:
        (ROOT / "docs" / "confidence.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main("--write" in sys.argv[1:])
