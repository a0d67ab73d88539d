"""Look-ups over a document's statistical entity spans in logarithmic time, so that checking each
candidate against them does not grow with the square of a long document's entities."""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable


class SpanIndex:
    """Entity spans `(start, end, label)` sorted by start, with the longest span's length: the
    spans overlapping `[a, b)` start after `a - longest` and before `b`."""

    def __init__(self, spans: Iterable[tuple[int, int, str]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _e, _l in self.spans]
        self.longest = max((e - s for s, e, _l in self.spans), default=0)
        self.exact: dict[tuple[int, int], set[str]] = defaultdict(set)
        for s, e, label in self.spans:
            self.exact[(s, e)].add(label)

    def overlapping(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The spans that share at least one character with `[start, end)`."""
        lo = bisect_left(self.starts, start - self.longest)
        hi = bisect_left(self.starts, end)
        return [(s, e, lab) for s, e, lab in self.spans[lo:hi] if s < end and start < e]

    def labels_of(self, start: int, end: int) -> set[str]:
        """The labels of the spans of exactly `[start, end)`."""
        return self.exact.get((start, end), set())


class Disjoint:
    """A growing set of non-overlapping intervals, kept sorted: whether a new interval overlaps
    one of them is two neighbours' look-up."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        """Whether `[start, end)` shares a character with an interval held."""
        i = bisect_left(self.starts, end)  # intervals before i start before `end`
        return i > 0 and self.ends[i - 1] > start

    def add(self, start: int, end: int) -> None:
        """Hold `[start, end)` (which overlaps none held)."""
        i = bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)
