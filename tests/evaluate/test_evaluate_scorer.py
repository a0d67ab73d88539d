"""The scorer on small hand-made gold/prediction pairs with known answers."""

from __future__ import annotations

import pytest

from gcmextract.evaluate.scorer import PRF, match, score_field, score_sections


def m(start: int, end: int, **attrs):  # type: ignore[no-untyped-def]
    return {"text": "x" * (end - start), "start": start, "end": end, **attrs}


def test_evaluate_exact_match() -> None:
    s = score_field("dates", [m(0, 4, value="2021")], [m(0, 4, value="2021")])
    assert (s.strict.tp, s.strict.fp, s.strict.fn) == (1, 0, 0)
    assert s.lenient.f1 == 1.0
    assert s.attributes["value"] == [1, 1]


def test_evaluate_overlap_only_is_lenient_match() -> None:
    s = score_field(
        "amounts",
        [m(0, 10, value=5.0, currency="EUR", kind="money", qualifier=None)],
        [m(2, 10, value=5.0, currency="USD", kind="money", qualifier=None)],
    )
    assert (s.strict.tp, s.strict.fp, s.strict.fn) == (0, 1, 1)
    assert (s.lenient.tp, s.lenient.fp, s.lenient.fn) == (1, 0, 0)
    assert s.attributes["value"] == [1, 1]
    assert s.attributes["currency"] == [0, 1]
    assert s.wrong and s.wrong[0]["attributes"]["currency"] == {"gold": "EUR", "predicted": "USD"}


def test_evaluate_optional_neither_rewarded_nor_punished() -> None:
    gold = [m(0, 3, canonical="A"), m(10, 13, canonical="B", optional=True)]
    hit = score_field("organizations", gold, [m(0, 3, canonical="A"), m(10, 13, canonical="B")])
    miss = score_field("organizations", gold, [m(0, 3, canonical="A")])
    for s in (hit, miss):
        assert (s.strict.tp, s.strict.fp, s.strict.fn) == (1, 0, 0)
        assert s.gold == 1


def test_evaluate_one_to_one_when_two_predictions_overlap_one_gold() -> None:
    s = score_field(
        "dates", [m(0, 10, value="2021")], [m(0, 5, value="2021"), m(5, 10, value="2021")]
    )
    assert (s.lenient.tp, s.lenient.fp, s.lenient.fn) == (1, 1, 0)
    assert len(match([m(0, 10)], [m(0, 5), m(5, 10)], strict=False)) == 1


def test_evaluate_prefers_exact_then_largest_overlap() -> None:
    pairs = match([m(0, 10), m(12, 20)], [m(8, 14), m(0, 10)], strict=False)
    assert sorted(pairs) == [(0, 1), (1, 0)]


@pytest.mark.parametrize(
    ("gold", "pred", "tp", "fp", "fn"),
    [([], [], 0, 0, 0), ([m(0, 2)], [], 0, 0, 1), ([], [m(0, 2)], 0, 1, 0)],
)
def test_evaluate_empty_sides(gold, pred, tp: int, fp: int, fn: int) -> None:  # type: ignore[no-untyped-def]
    s = score_field("objective_refs", gold, pred)
    assert (s.strict.tp, s.strict.fp, s.strict.fn) == (tp, fp, fn)
    assert s.strict.f1 == 0.0  # 0/0 is 0, as in spaCy's PRFScore


def test_evaluate_prf_values() -> None:
    prf = PRF(tp=3, fp=1, fn=2)
    assert prf.precision == pytest.approx(0.75)
    assert prf.recall == pytest.approx(0.6)
    assert prf.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)


def test_evaluate_sections_micro_average_and_heading_normalisation() -> None:
    gold = [
        {"heading": "Promoting *It Takes a Community*", "objectives": [16, 17]},
        {"heading": "Pandemic response", "objectives": [1, 7]},
    ]
    pred = {"Promoting It Takes a Community": [16, 20], "pandemic  response": [1, 7]}
    r = score_sections(gold, pred)
    assert (r["tp"], r["fp"], r["fn"]) == (3, 1, 1)
    assert r["f1"] == pytest.approx(0.75)
