"""Running headers and footers: rows in the page margins that repeat across pages as a *set* of words
(so left/right variants on odd and even pages match), or that hold only page furniture (page numbers,
"N/M", document symbols, job numbers, dates)."""

from __future__ import annotations

import re
from collections import Counter

from gcmextract.ingest.pdf.lines import Word

MARGIN = 0.1  # share of the page height where headers and footers live
_EDGE_ROWS = 3  # only the first/last rows of a page can be running furniture
_FURNITURE = re.compile(
    r"""^(?:
        (?:page|p\.|pág\.?|página|seite|of|de|sur)   # "Page" word, "of" in "3 of 12"
      | [-–—|]                                        # separators
      | \d{1,4}                                       # page number
      | \d{1,4}\s*(?:/|of|de|sur)\s*\d{1,4}           # N/M
      | \d{1,4}/\d{1,4}                               # N/M glued
      | [A-Z]{1,3}\.\d{2}-\d{4,6}                     # job number GE.23-01234
      | \d{2}-\d{4,6}(?:\s*\([A-Z]\))?                # job number 21-04567
      | \(?[A-Z]\)?                                   # language letter (E)
      | [A-Z]{1,5}(?:/[A-Z0-9.]+){1,6}                # document symbol A/79/PV.7
      | \d{1,2}[/.]\d{1,2}[/.]\d{2,4}                 # date 24/09/2024
      | [-–]\s*\d{1,4}\s*[-–]                         # - 3 -
    )$""",
    re.I | re.X,
)


def _key(row: list[Word]) -> frozenset[str]:
    return frozenset(re.sub(r"\d+", "#", w.text.lower()) for w in row)


def furniture_only(row: list[Word]) -> bool:
    """True when every word of the row is a page number, N/M, symbol, job number or date."""
    return all(_FURNITURE.match(w.text) for w in row)


def _edge_rows(rows: list[list[Word]], height: float) -> list[int]:
    n = len(rows)
    picks = [
        i for i in range(min(_EDGE_ROWS, n)) if max(w.bottom for w in rows[i]) < height * MARGIN
    ]
    picks += [
        i
        for i in range(max(0, n - _EDGE_ROWS), n)
        if min(w.top for w in rows[i]) > height * (1 - MARGIN) and i not in picks
    ]
    return picks


def running_rows(pages: list[list[list[Word]]], heights: list[float]) -> list[set[int]]:
    """Per page, the indexes of rows that are running headers, footers or page numbers."""
    counts: Counter[frozenset[str]] = Counter()
    edges = [_edge_rows(rows, h) for rows, h in zip(pages, heights, strict=True)]
    for rows, idx in zip(pages, edges, strict=True):
        for key in {_key(rows[i]) for i in idx}:
            counts[key] += 1
    need = 2 if len(pages) <= 4 else 3  # a chapter header repeats on a few pages only
    out: list[set[int]] = []
    for rows, idx in zip(pages, edges, strict=True):
        drop = {i for i in idx if counts[_key(rows[i])] >= need or furniture_only(rows[i])}
        drop |= _small_top_rows(rows, idx)
        out.append(drop)
    return out


def _small_top_rows(rows: list[list[Word]], idx: list[int]) -> set[int]:
    """Top-margin rows in a font smaller than the page's body text, set well apart from it (a header
    on a page that has no other page to repeat on)."""
    sizes = sorted(w.size for r in rows for w in r)
    if len(rows) < 4 or not sizes:
        return set()
    body = sizes[len(sizes) // 2]
    out: set[int] = set()
    for i in sorted(idx):
        if i + 1 >= len(rows) or i > len(out):
            break
        row, nxt = rows[i], rows[i + 1]
        gap = min(w.top for w in nxt) - max(w.bottom for w in row)
        if max(w.size for w in row) < body - 1 and gap > 1.5 * body:
            out.add(i)
    return out
