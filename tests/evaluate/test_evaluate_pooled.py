"""Pooled evaluation: micro sums over documents, bootstrap intervals, confidence bands."""

from __future__ import annotations

import json

import pytest

from conftest import run_cli
from gcmextract.evaluate.pooled import DocCounts, bands, bootstrap_f1, pool
from gcmextract.evaluate.scorer import PRF

FIELDS = ("organizations", "amounts", "dates", "objective_refs")


def _doc(name: str, tp: int, fp: int, fn: int, outcomes=()) -> DocCounts:  # type: ignore[no-untyped-def]
    counts = {f: PRF(tp, fp, fn) if f == "amounts" else PRF() for f in FIELDS}
    return DocCounts(name, counts, counts, list(outcomes))


def test_evaluate_pooled_micro_sums_documents() -> None:
    report = pool([_doc("a", 8, 2, 0), _doc("b", 2, 0, 8)])
    amounts = report["pooled"]["amounts"]["lenient"]
    assert (amounts["tp"], amounts["fp"], amounts["fn"]) == (10, 2, 8)
    assert amounts["f1"] == pytest.approx(2 * 10 / (2 * 10 + 2 + 8), abs=1e-4)
    lo, hi = amounts["f1_ci95"]
    assert lo <= amounts["f1"] <= hi and lo < hi
    assert report["pooled"]["dates"]["lenient"]["f1_ci95"] is None  # nothing to score
    assert report["documents"][0]["fields"]["dates"] is None


def test_evaluate_pooled_bootstrap_is_seeded_and_tight_for_equal_documents() -> None:
    docs = [_doc(str(i), 9, 1, 1) for i in range(5)]
    assert bootstrap_f1(docs, "amounts", "lenient") == bootstrap_f1(docs, "amounts", "lenient")
    lo, hi = bootstrap_f1(docs, "amounts", "lenient")
    assert lo == pytest.approx(0.9, abs=1e-4) and hi == pytest.approx(0.9, abs=1e-4)


def test_evaluate_pooled_bands_count_precision_per_band() -> None:
    outcomes = [
        ("amounts", 0.5, False),
        ("amounts", 0.5, True),
        ("amounts", 0.95, True),
        ("amounts", 0.95, None),
        ("dates", None, True),
    ]
    rows = {r["band"]: r for r in bands([_doc("a", 1, 1, 0, outcomes)])}
    assert rows["0.0-0.6"]["precision"] == 0.5 and rows["0.0-0.6"]["predictions"] == 2
    assert rows["0.9-1.0"]["precision"] == 1.0 and rows["0.9-1.0"]["predictions"] == 1
    assert rows["0.6-0.8"]["precision"] is None


def test_evaluate_pooled_corpus_gold_sets_precision_rises_with_confidence() -> None:
    """`gcmextract eval corpus/gold/` pools every gold set; the confidence number means something:
    each band with at least 10 predictions is as precise as it says (within 0.1 of the band), and
    precision does not fall from one such band to the next (when the estimated confidences put
    the gold sets' predictions in more than one band)."""
    done = run_cli("eval", "corpus/gold/", "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert len(report["documents"]) >= 3
    populated = [b for b in report["confidence_bands"]["all"] if b["predictions"] >= 10]
    assert populated
    for b in populated:
        lo, hi = (float(x) for x in b["band"].split("-"))
        assert lo - 0.1 <= b["precision"] <= hi + 0.1, b
    precisions = [b["precision"] for b in populated]
    assert precisions == sorted(precisions)
    assert report["pooled"]["organizations"]["lenient"]["f1_ci95"] is not None
