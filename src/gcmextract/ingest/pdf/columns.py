"""Columns: find the gutter of a page by the rows it splits, and read two-column bands column by column
(pages that mix full-width and two-column bands included)."""

from __future__ import annotations

from gcmextract.ingest.pdf.lines import Word

_MIN_SPLIT_ROWS = 3


def _state(row: list[Word], x: float, min_gap: float) -> str:
    """'C' the row crosses x, 'S' it has words on both sides with a wide gap at x, 'L'/'R' one side."""
    left = [w for w in row if w.x1 <= x]
    right = [w for w in row if w.x0 >= x]
    if len(left) + len(right) < len(row):
        return "C"
    if left and right:
        gap = min(w.x0 for w in right) - max(w.x1 for w in left)
        return "S" if gap >= min_gap else "C"
    return "L" if left else "R"


def _min_gap(rows: list[list[Word]]) -> float:
    """The narrowest gap that can be a gutter: the median font size, at least 8 points."""
    sizes = sorted(w.size for r in rows for w in r)
    size = sizes[len(sizes) // 2] if sizes else 10.0
    return max(8.0, 1.0 * size)


def _middle_gaps(rows: list[list[Word]], width: float, min_gap: float) -> list[tuple[float, float]]:
    """Wide gaps inside rows, in the middle of the page: (left word's x1, right word's x0)."""
    gaps: list[tuple[float, float]] = []
    for r in rows:
        for a, b in zip(r, r[1:], strict=False):
            if b.x0 - a.x1 >= min_gap and a.x1 < width * 0.7 and b.x0 > width * 0.3:
                gaps.append((a.x1, b.x0))
    return gaps


def _best_split(gaps: list[tuple[float, float]]) -> tuple[int, float | None]:
    """The x inside the most gaps (the leftmost on a tie) and how many gaps it is inside."""
    best, best_x = 0, None
    for x in sorted({(a + b) / 2 for a, b in gaps}):
        split = sum(1 for a, b in gaps if a <= x <= b)
        if split > best:
            best, best_x = split, x
    return best, best_x


def _gutter_centre(rows: list[list[Word]], x: float, min_gap: float) -> float:
    """Centre of the gutter: the widest gap around `x` shared by the rows split there."""
    lefts, rights = [], []
    for r in rows:
        if _state(r, x, min_gap) == "S":
            lefts.append(max(w.x1 for w in r if w.x1 <= x))
            rights.append(min(w.x0 for w in r if w.x0 >= x))
    return (max(lefts) + min(rights)) / 2 if max(lefts) < min(rights) else x


def find_gutter(rows: list[list[Word]], width: float) -> float | None:
    """The x of the gutter between two columns, or None for a single-column page."""
    if len(rows) < _MIN_SPLIT_ROWS:
        return None
    min_gap = _min_gap(rows)
    best, best_x = _best_split(_middle_gaps(rows, width, min_gap))
    if best_x is None or best < _MIN_SPLIT_ROWS:
        return None
    best_x = float(best_x)
    states = [_state(r, best_x, min_gap) for r in rows]
    if states.count("S") < 0.5 * (states.count("S") + states.count("C")):
        return None  # loose justified lines sharing a gap by chance, not a gutter
    return _gutter_centre(rows, best_x, min_gap)


def reading_order(rows: list[list[Word]], width: float) -> list[tuple[list[Word], int]]:
    """(words of a line, column id) in reading order: full-width bands as they come, two-column bands
    left column first. Column id 0 is full width, 1 left, 2 right."""
    gutter = find_gutter(rows, width)
    if gutter is None:
        return [(r, 0) for r in rows]
    sizes = sorted(w.size for r in rows for w in r)
    min_gap = max(8.0, 1.0 * sizes[len(sizes) // 2])
    states = [_state(r, gutter, min_gap) for r in rows]
    out: list[tuple[list[Word], int]] = []
    i = 0
    while i < len(rows):
        if states[i] == "C":
            out.append((rows[i], 0))
            i += 1
            continue
        j = i
        while j < len(rows) and states[j] != "C":
            j += 1
        band = rows[i:j]
        if sum(1 for s in states[i:j] if s == "S") >= 2 or (j - i >= 2 and "S" in states[i:j]):
            left = [[w for w in r if w.x1 <= gutter] for r in band]
            right = [[w for w in r if w.x0 >= gutter] for r in band]
            out += [(r, 1) for r in left if r]
            out += [(r, 2) for r in right if r]
        else:
            out += [(r, 0) for r in band]
        i = j
    return out
