"""The bisection look-ups of organisation checking give what a scan of every span gives."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from gcmextract.extractors.organizations.span_index import Disjoint, SpanIndex

SPAN = st.tuples(st.integers(0, 200), st.integers(0, 40), st.sampled_from(["ORG", "PERSON", "GPE"]))


def _spans(raw: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    return [(s, s + n, label) for s, n, label in raw]


@given(st.lists(SPAN, max_size=40), st.integers(0, 240), st.integers(0, 40))
def test_overlapping_and_exact_match_a_scan(raw, start, length) -> None:
    spans = _spans(raw)
    index = SpanIndex(spans)
    end = start + length
    scan = sorted((s, e, lab) for s, e, lab in spans if s < end and start < e)
    assert sorted(index.overlapping(start, end)) == scan
    assert index.labels_of(start, end) == {lab for s, e, lab in spans if (s, e) == (start, end)}


@given(st.lists(st.tuples(st.integers(0, 200), st.integers(1, 30)), max_size=60))
def test_disjoint_keeps_what_a_scan_of_the_kept_would(raw) -> None:
    held, kept = Disjoint(), []
    for s, n in raw:
        clash = any(s < b and a < s + n for a, b in kept)
        assert held.overlaps(s, s + n) == clash
        if not clash:
            held.add(s, s + n)
            kept.append((s, s + n))


def test_long_span_before_the_query_is_found() -> None:
    index = SpanIndex([(0, 100, "ORG"), (50, 55, "PERSON"), (120, 130, "GPE")])
    assert index.overlapping(90, 95) == [(0, 100, "ORG")]
    assert index.overlapping(100, 120) == []
