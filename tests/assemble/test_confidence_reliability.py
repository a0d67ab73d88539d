"""Confidence is estimated, not typed in: the shipped confidence.json and docs/confidence.md are what
scripts/calibrate_confidence.py computes from the gold sets, and the estimate is calibrated (each
decile with enough mentions within 0.1 of its observed precision, held out by document and on the
test halves of corpus/gold-real)."""

from __future__ import annotations

import json
import sys

import pytest

from conftest import ROOT
from gcmextract.classify.real import shared_available

sys.path.insert(0, str(ROOT / "scripts"))

from calibrate_confidence import (  # noqa: E402
    CEILING,
    FEW,
    VALUES,
    Outcome,
    compute,
    fit,
    held_out,
    outcomes,
    reliability,
    stated,
)

needs_shared = pytest.mark.skipif(
    not shared_available(),
    reason="../shared/passages/ (the texts of corpus/gold-real) is not beside the checkout",
)


@pytest.fixture(scope="module")
def rows() -> list[Outcome]:
    return outcomes()


def _row(path: tuple[str, ...], ok: bool, doc: str = "d") -> Outcome:
    return Outcome("dev", doc, "organizations", path, ok)


def test_confidence_fit_smooths_small_paths_towards_their_parent() -> None:
    """A path seen twice, both wrong, stays near its rule's value; none reaches 1 or 0."""
    rows = [_row(("typed", "typed|en"), True, str(i)) for i in range(40)]
    rows += [_row(("typed", "typed|fr"), False, "x"), _row(("typed", "typed|fr"), False, "y")]
    values = fit(rows)["organizations"]
    assert values["typed|en"] == CEILING
    assert 0.5 < values["typed|fr"] < values["typed"] <= CEILING
    assert stated(fit(rows), _row(("typed", "typed|es"), True)) == values["typed"]


def test_confidence_held_out_never_sees_its_own_document() -> None:
    """Held out by document, a document alone on its path gets the parent's value, however its
    own mentions fare."""
    rows = [_row(("typed", "typed|en"), True, str(i)) for i in range(20)]
    rows += [_row(("typed", "typed|fr"), False, "only")] * 5
    pairs = held_out(rows)
    alone = fit([r for r in rows if r.document != "only"])["organizations"]["typed"]
    assert pairs[-5:] == [(alone, False)] * 5


@needs_shared
def test_confidence_shipped_values_and_table_are_current(rows: list[Outcome]) -> None:
    shipped, text = compute(rows)
    assert "## Reliability held out by document" in text and "| organizations |" in text
    stale = "is stale: run `python scripts/calibrate_confidence.py --write`"
    assert json.loads(VALUES.read_text(encoding="utf-8")) == shipped, f"confidence.json {stale}"
    assert (ROOT / "docs" / "confidence.md").read_text(encoding="utf-8") == text, (
        f"docs/confidence.md {stale}"
    )


@needs_shared
def test_confidence_is_calibrated_held_out_and_on_test_halves(rows: list[Outcome]) -> None:
    """In each decile with at least FEW mentions, observed precision is within 0.1 of the mean
    stated confidence: held out by document, and on the test halves (which estimate nothing)."""
    estimate = [r for r in rows if r.group != "test"]
    test = [r for r in rows if r.group == "test"]
    assert len(test) >= 100 and len({r.document for r in estimate}) >= 20
    values = fit(estimate)
    for name, pairs in (
        ("held out", held_out(estimate)),
        ("test halves", [(stated(values, r), r.correct) for r in test]),
    ):
        populated = [row for row in reliability(pairs) if row[1] >= FEW]
        assert populated, name
        for band, n, mean, observed in populated:
            assert abs(observed - mean) <= 0.1, (name, band, n, mean, observed)
