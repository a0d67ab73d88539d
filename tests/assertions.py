"""Assertion helpers shared by the extractor tests (one place for how a mention is checked)."""

from __future__ import annotations

import pytest

from gcmextract.extractors.amounts.parse import find_amounts


def assert_one_count(
    text: str,
    span: str,
    value: float,
    value_max: float | None,
    unit: str | None,
    qualifier: str | None,
) -> None:
    """`text` holds exactly one amount: a count with this span, value, range, unit and qualifier."""
    (a,) = find_amounts(text)
    assert (a.kind, a.text, a.unit, a.qualifier) == ("count", span, unit, qualifier)
    assert a.value == pytest.approx(value)
    assert a.value_max == (pytest.approx(value_max) if value_max else None)
