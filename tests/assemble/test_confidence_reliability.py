"""Confidence is estimated, not typed in: the shipped confidence.json, confidence_model.json and
docs/confidence.md are what scripts/calibrate_confidence.py computes from the gold sets, and the
estimate is calibrated (each decile with enough mentions within 0.1 of its observed precision, held
out by document and on the test halves of corpus/gold-real)."""

from __future__ import annotations

import json
import re
import sys

import pytest

from conftest import ROOT
from gcmextract.classify.real import shared_available

sys.path.insert(0, str(ROOT / "scripts"))

from calibrate_confidence import (  # noqa: E402
    CEILING,
    FEW,
    MODEL,
    VALUES,
    Estimate,
    Outcome,
    compute,
    estimate_from,
    fit,
    fit_model,
    held_out,
    outcomes,
    reliability,
    stated,
    tenths,
    verdict,
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
    est = Estimate(fit(rows), {})
    assert stated(est, _row(("typed", "typed|es"), True)) == values["typed"]


def test_confidence_held_out_never_sees_its_own_document() -> None:
    """Held out by document, a document alone on its path gets the parent's value, however its
    own mentions fare (amounts: a field estimated by rule path)."""
    rows = [Outcome("dev", str(i), "amounts", ("percent", "percent|x"), True) for i in range(20)]
    rows += [Outcome("dev", "only", "amounts", ("percent", "percent|y"), False)] * 5
    pairs = [(value, r.correct) for r, value in held_out(rows)]
    alone = fit([r for r in rows if r.document != "only"])["amounts"]["percent"]
    assert pairs[-5:] == [(alone, False)] * 5


def _featured(x: tuple[float, ...], ok: bool, doc: str) -> Outcome:
    return Outcome("dev", doc, "organizations", ("multiword",), ok, x)


def test_confidence_model_separates_and_calibrates_out_of_fold() -> None:
    """A feature that marks most wrong mentions gets a negative coefficient; the calibrated
    probabilities of the two kinds bracket their observed precision, and stay below the ceiling."""
    rows = [_featured((0.0,), i % 20 != 0, f"a{i % 12}") for i in range(240)]  # 95% right
    rows += [_featured((1.0,), i % 2 == 0, f"b{i % 12}") for i in range(60)]  # 50% right
    model = fit_model(rows, ["quoted"])
    assert model["coef"][0] < 0
    est = Estimate({}, {"organizations": model})
    plain, marked = stated(est, rows[0]), stated(est, rows[-1])
    assert 0.85 <= plain <= 0.99 and 0.35 <= marked <= 0.65, (plain, marked)


def test_confidence_model_held_out_refits_without_the_document() -> None:
    """Held out by document, the model of a document's mentions is fitted without them: a
    document whose mentions are all wrong does not lower its own values."""
    rows = [_featured((float(i % 3 == 0),), i % 7 != 0, f"d{i % 15}") for i in range(300)]
    rows += [_featured((0.0,), False, "bad")] * 8
    got = {value for r, value in held_out(rows) if r.document == "bad"}
    assert got == {stated(estimate_from(rows[:300]), rows[1])}


@needs_shared
def test_confidence_shipped_values_and_table_are_current(rows: list[Outcome]) -> None:
    shipped, model, text = compute(rows)
    assert "## Reliability held out by document" in text and "| organizations |" in text
    stale = "is stale: run `python scripts/calibrate_confidence.py --write`"
    assert json.loads(VALUES.read_text(encoding="utf-8")) == shipped, f"confidence.json {stale}"
    # the model is fitted by an iterative solver: its coefficients, and the figures of the docs
    # that come from them, may differ in the last digits between machines and library builds
    assert _same_numbers(json.loads(MODEL.read_text(encoding="utf-8")), model), (
        f"confidence_model.json {stale}"
    )
    shipped_text = (ROOT / "docs" / "confidence.md").read_text(encoding="utf-8")
    assert NUMBER.split(shipped_text) == NUMBER.split(text), f"docs/confidence.md {stale}"
    assert _same_numbers(
        [float(x) for x in NUMBER.findall(shipped_text)], [float(x) for x in NUMBER.findall(text)]
    ), f"docs/confidence.md {stale}"


NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?")


def _same_numbers(a: object, b: object, tol: float = 0.02) -> bool:
    """Equal structures whose numbers agree within `tol` (absolute, or relative for counts)."""
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same_numbers(a[k], b[k], tol) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same_numbers(x, y, tol) for x, y in zip(a, b, strict=True))
    if isinstance(a, int | float) and isinstance(b, int | float):
        return abs(a - b) <= max(tol, tol * abs(b))
    return a == b


@needs_shared
def test_confidence_is_calibrated_held_out_and_on_test_halves(rows: list[Outcome]) -> None:
    """In each decile with at least FEW mentions, observed precision is within 0.1 of the mean
    stated confidence, or (a decile too small to tell) the stated mean lies inside the observed
    precision's 95% interval: held out by document, and on the test halves (which estimate
    nothing). The largest decile must be within 0.1 outright, and so must every tenth of the
    mentions ordered by stated value (equal counts; equal values kept together)."""
    estimate = [r for r in rows if r.group != "test"]
    test = [r for r in rows if r.group == "test"]
    assert len(test) >= 100 and len({r.document for r in estimate}) >= 20
    est = estimate_from(estimate)
    for name, pairs in (
        ("held out", [(value, r.correct) for r, value in held_out(estimate)]),
        ("test halves", [(stated(est, r), r.correct) for r in test]),
    ):
        populated = [row for row in reliability(pairs) if row[1] >= FEW]
        assert populated, name
        largest = max(populated, key=lambda row: row[1])
        assert abs(largest[3] - largest[2]) <= 0.1, (name, largest)
        for band, n, mean, observed in populated:
            assert verdict(n, mean, observed) != "no", (name, band, n, mean, observed)
        for band, n, mean, observed in tenths(pairs):  # every tenth of the mentions
            assert abs(observed - mean) <= 0.1, (name, "tenth", band, n, mean, observed)


def test_tenths_hold_a_tenth_each_and_never_split_equal_values() -> None:
    pairs = [(i / 100, i % 3 > 0) for i in range(100)]
    rows = tenths(pairs)
    assert [n for _, n, _, _ in rows] == [10] * 10
    assert rows[0][0] == "0.00-0.09" and abs(rows[0][2] - 0.045) < 1e-9
    tied = [(0.5, True)] * 30 + [(0.9, False)] * 70
    assert [(band, n) for band, n, _, _ in tenths(tied)] == [("0.50-0.50", 30), ("0.90-0.90", 70)]


def test_verdict_tells_a_small_decile_from_a_miscalibrated_one() -> None:
    """Within 0.1 is 'yes'; 10 of 10 right at a stated 0.75 is inside the interval (the Wilson
    interval of 10/10 reaches down to 0.72); 90 of 100 at a stated 0.75 is 'no'."""
    assert verdict(50, 0.85, 0.9) == "yes"
    assert verdict(10, 0.75, 1.0) == "no, but inside the interval"
    assert verdict(100, 0.75, 0.9) == "no"
    assert verdict(5, 0.2, 1.0).startswith("too few")
