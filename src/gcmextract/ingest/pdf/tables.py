"""Ruled tables on a PDF page (pdfplumber's table finder): cell texts that never merge with neighbours."""

from __future__ import annotations

from gcmextract.ingest.pdf.hyphens import Vocabulary
from gcmextract.ingest.pdf.lines import Line, Word, build_lines
from gcmextract.ingest.pdf.paragraphs import Table, located_lines
from gcmextract.ingest.pdf.textmap import LocatedText


def find_tables(page) -> list[tuple[tuple[float, float, float, float], list[list[tuple | None]]]]:
    """(bbox, rows of cell boxes) of ruled tables with at least two rows or two columns."""
    if not (page.lines or page.rects):
        return []
    out = []
    for t in page.find_tables():
        rows = [list(r.cells) for r in t.rows]
        if len(rows) * max((len(r) for r in rows), default=0) < 2:
            continue
        out.append((t.bbox, rows))
    return out


def inside(w: Word, box: tuple[float, float, float, float]) -> bool:
    """Whether a word's centre lies in a box."""
    x0, top, x1, bottom = box
    cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
    return x0 <= cx <= x1 and top <= cy <= bottom


def cell_texts(
    rows: list[list[tuple | None]], words: list[Word], page: int, vocab: Vocabulary
) -> Table:
    """The text of every cell: its words grouped into lines and joined (hyphenation undone), each
    cell a `LocatedText` that keeps the lines it came from."""
    out: list[list[str | None]] = []
    for row in rows:
        cells: list[str | None] = []
        for box in row:
            if box is None:
                cells.append(None)
                continue
            mine = [w for w in words if inside(w, box)]
            lines = [Line(r, page) for r in build_lines(mine, page)]
            pieces = [(p, ln) for p, _, ln in located_lines(lines, vocab)]
            cells.append(LocatedText(pieces))
        out.append(cells)
    return Table(out, page, [page] * len(out))
