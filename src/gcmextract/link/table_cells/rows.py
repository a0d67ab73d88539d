"""The table row an offset stands in, as the spans an amount is linked from: the row's cells and
its column's header cell, for table cells the reader found (PDF, DOCX, HTML) and for tables written
as delimited text lines (tab- or pipe-separated, Markdown) inside one block."""

from __future__ import annotations

import bisect
import json
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources

from gcmextract.ingest.document import Block, Document
from gcmextract.link.table_cells import header_row

Span = tuple[int, int]


@cache
def _separators() -> tuple[str, ...]:
    data = json.loads(resources.files(__package__).joinpath("rows.json").read_text("utf-8"))
    return tuple(data["separators"])


def _cells(text: str, a: int, b: int, sep: str) -> list[Span]:
    """The spans of the cells of line text[a:b] split on `sep`."""
    spans: list[Span] = []
    start = a
    while True:
        i = text.find(sep, start, b)
        if i < 0:
            spans.append((start, b))
            return spans
        spans.append((start, i))
        start = i + len(sep)


@dataclass(frozen=True)
class _TextTable:
    """A block written as delimited lines: the line spans, which are rows, and the header's cells."""

    lines: list[Span]
    starts: list[int]
    rows: set[int]
    header: list[Span]
    sep: str


def _inner_count(text: str, a: int, b: int, sep: str) -> int:
    """How many times `sep` stands inside line text[a:b] once leading and trailing blanks go."""
    line = text[a:b]
    return line.strip().count(sep) if sep in line else 0


def _text_table(text: str, block: Block) -> _TextTable | None:
    """The delimited-line table `block` is (its rows: the lines `sep` parts), or None when no
    separator parts two of its lines into the same number of cells."""
    lines: list[Span] = []
    pos = block.start
    for ln in text[block.start : block.end].split("\n"):
        lines.append((pos, pos + len(ln)))
        pos += len(ln) + 1
    for sep in _separators():
        counts = [_inner_count(text, a, b, sep) for a, b in lines]
        if not any(n and k >= 2 for n, k in Counter(counts).items()):
            continue
        rows = {i for i, n in enumerate(counts) if n}
        head = _cells(text, *lines[min(rows)], sep)
        labels = [" ".join(text[a:b].split()) for a, b in head]
        header = head if header_row(labels) else []
        return _TextTable(lines, [a for a, _ in lines], rows, header, sep)
    return None


class TableRows:
    """Row contexts of a document's tables, built once (cells by row, text tables per block)."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.rows: dict[tuple[int, int], Span] = {}
        self.heads: dict[tuple[int, int], Span] = {}
        for b in document.blocks:
            if b.kind != "table" or b.table is None or b.row is None or b.column is None:
                continue
            a, e = self.rows.get((b.table, b.row), (b.start, b.end))
            self.rows[(b.table, b.row)] = (min(a, b.start), max(e, b.end))
            if b.row == 0:
                self.heads[(b.table, b.column)] = (b.start, b.end)
        self.text_tables: dict[int, _TextTable | None] = {}

    def context(self, k: int, offset: int, has_header: bool) -> list[Span] | None:
        """The row of block `k` holding `offset` and its column's header cell (for a reader's
        cell, when `has_header`: the cell was given a column header), or None outside tables."""
        b = self.document.blocks[k]
        if b.kind == "table" and b.table is not None and b.row is not None:
            row = self.rows[(b.table, b.row)]
            head = self.heads.get((b.table, b.column or 0)) if has_header and b.row else None
            return [row, head] if head else [row]
        if k not in self.text_tables:
            self.text_tables[k] = _text_table(self.document.clean, b)
        table = self.text_tables[k]
        return _text_row(self.document.clean, table, offset) if table else None


def _text_row(text: str, table: _TextTable, offset: int) -> list[Span] | None:
    """The delimited line holding `offset` and the header cell above it, or None off the rows."""
    i = bisect.bisect_right(table.starts, offset) - 1
    if i not in table.rows:
        return None
    a, b = table.lines[i]
    column = text.count(table.sep, a, offset)
    if table.header and table.header[0][0] != a and column < len(table.header):
        return [(a, b), table.header[column]]
    return [(a, b)]
