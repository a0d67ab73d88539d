"""Mentions in table cells: the row label and column header they stand under, and the currency or
scale a column header states ("Budget (USD thousands)") applied to the bare numbers below it."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from gcmextract.ingest.document import Block, Document
from gcmextract.schema import Amount, TableCell

_NUMBER = re.compile(
    r"^[-–]?\d{1,3}(?:[ ,.\u202f\u00a0]\d{3})*(?:[.,]\d+)?$|^[-–]?\d+(?:[.,]\d+)?$"
)


@cache
def _rules() -> dict:
    return json.loads(resources.files(__package__).joinpath("headers.json").read_text("utf-8"))


def header_money(header: str) -> tuple[str, float] | None:
    """(currency, scale) stated by a column header, e.g. "Budget (USD thousands)" -> ("USD", 1000)."""
    from gcmextract.extractors.amounts.vocab import vocab

    rules = _rules()
    codes = set(vocab()["codes"])
    scales = rules["scales"]
    words = re.findall(r"[A-Za-z€$£']+|'000", header)
    currency = next((w for w in words if w in codes), None)
    if currency is None:
        signs = rules["signs"]
        currency = next((signs[s] for s in signs if s in header), None)
    if currency is None:
        return None
    scale = next((scales[w.lower()] for w in words if w.lower() in scales), 1.0)
    return currency, float(scale)


def _number(text: str) -> float | None:
    s = text.strip().replace("–", "-")
    if not _NUMBER.match(s):
        return None
    s = re.sub(r"[ \u202f\u00a0]", "", s)
    if re.search(r",\d{3}(?!\d)", s) or s.count(",") > 1:
        s = s.replace(",", "")
    elif s.count(".") > 1 or re.search(r"\.\d{3},", s):
        s = s.replace(".", "").replace(",", ".")
    else:
        s = s.replace(",", ".")
    try:
        return float(s)
    except ValueError:
        return None


def header_row(texts: list[str]) -> bool:
    """Whether a table's first row reads as column headers: short cells, none a bare number."""
    return all(len(t) <= 60 and _number(t) is None for t in texts)


class _Cells:
    """Cells of the document's tables by (table, row, column), with header and label decisions."""

    def __init__(self, document: Document) -> None:
        self.doc = document
        self.cells: dict[tuple[int, int, int], Block] = {}
        for b in document.blocks:
            if (
                b.kind == "table"
                and b.table is not None
                and b.row is not None
                and b.column is not None
            ):
                self.cells[(b.table, b.row, b.column)] = b
        self.blocks = sorted(self.cells.values(), key=lambda b: b.start)

    def text(self, b: Block) -> str:
        return " ".join(self.doc.clean[b.start : b.end].split())

    def has_header(self, table: int) -> bool:
        first = [b for (t, r, _), b in self.cells.items() if t == table and r == 0]
        rows = {r for (t, r, _) in self.cells if t == table}
        return len(rows) > 1 and bool(first) and header_row([self.text(b) for b in first])

    def has_labels(self, table: int) -> bool:
        first = [b for (t, _, c), b in self.cells.items() if t == table and c == 0]
        cols = {c for (t, _, c) in self.cells if t == table}
        return len(cols) > 1 and bool(first) and all(len(self.text(b)) <= 60 for b in first)

    def at(self, offset: int) -> Block | None:
        for b in self.blocks:
            if b.start <= offset < b.end:
                return b
        return None

    def cell_of(self, b: Block) -> TableCell:
        assert b.table is not None and b.row is not None and b.column is not None
        row = column = None
        if b.column > 0 and self.has_labels(b.table) and (b.table, b.row, 0) in self.cells:
            row = self.text(self.cells[(b.table, b.row, 0)])
        if b.row > 0 and self.has_header(b.table) and (b.table, 0, b.column) in self.cells:
            column = self.text(self.cells[(b.table, 0, b.column)])
        return TableCell(row=row, column=column)


def annotate_tables(document: Document, fields: dict[str, list]) -> None:
    """Give mentions in table cells their row label and column header; turn bare numbers under a
    header that states a currency into money in that currency (in place)."""
    cells = _Cells(document)
    if not cells.cells:
        return
    for mentions in fields.values():
        for m in mentions:
            b = cells.at(m.start)
            if b is not None:
                m.table = cells.cell_of(b)
    amounts: list[Amount] = fields.setdefault("amounts", [])
    for b in cells.blocks:
        info = cells.cell_of(b)
        money = header_money(info.column) if info.column else None
        if money is None:
            continue
        currency, scale = money
        value = _number(cells.text(b))
        if value is None:
            continue
        for a in [a for a in amounts if b.start <= a.start < b.end]:
            amounts.remove(a)
        start = b.start + (
            len(document.text[b.start : b.end]) - len(document.text[b.start : b.end].lstrip())
        )
        amounts.append(
            Amount(
                text=document.text[start : b.end].strip(),
                start=start,
                end=start + len(document.text[start : b.end].strip()),
                page=b.page,
                kind="money",
                value=value * scale,
                currency=currency,
                currency_inferred=True,
                currency_source=f"column header: {info.column}",
                table=info,
            )
        )
    amounts.sort(key=lambda a: (a.start, a.end))
