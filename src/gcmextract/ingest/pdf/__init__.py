"""Reader for PDFs (pdfplumber): layout analysis on words and characters.

Per page: words split by character gaps, running headers and footers dropped (by word set across pages
and by page furniture), ruled tables read cell by cell, columns read in order, blocks from the page's
own line spacing, footnotes kept apart when their marker is raised in the body, words broken at line
ends rejoined unless they are compounds. Pages without a text layer go through OCR (`ocr.py`).
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from gcmextract.errors import InputError
from gcmextract.ingest.document import Block, Footnote, Page
from gcmextract.ingest.pdf import ocr as _ocr
from gcmextract.ingest.pdf.columns import reading_order
from gcmextract.ingest.pdf.hyphens import Vocabulary
from gcmextract.ingest.pdf.lines import Line, Word, build_lines, join_words, page_words
from gcmextract.ingest.pdf.paragraphs import (
    Para,
    Table,
    body_markers,
    body_size,
    continues,
    group_page,
    heading_levels,
    located_lines,
    page_stats,
)
from gcmextract.ingest.pdf.running import running_rows
from gcmextract.ingest.pdf.tables import cell_texts, find_tables, inside
from gcmextract.ingest.pdf.textmap import MapWriter, PageFrame, TextMap, joined, page_frame

OCR_MODES = ("auto", "never", "force")
Progress = Callable[[int, int], None]


@dataclass
class PdfText:
    """What the PDF reader returns: text, blocks, pages, footnotes and the pages read by OCR."""

    text: str
    blocks: list[Block]
    pages: list[Page]
    footnotes: list[Footnote]
    ocr_pages: list[int] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    layout: TextMap | None = None


@dataclass
class _Page:
    number: int
    width: float
    height: float
    rows: list[list[Word]]
    tables: list[tuple[tuple[float, float, float, float], list, list[Word]]]
    frame: PageFrame | None = None


def _open_error(exc: Exception, path: str) -> InputError:
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    if isinstance(exc, PDFPasswordIncorrect | PDFEncryptionError):
        return InputError("encrypted PDF (password required); decrypt it first", path)
    if isinstance(exc, PDFSyntaxError):
        return InputError(f"corrupt or truncated PDF ({exc})", path)
    name = type(exc).__name__
    inner = [type(a).__name__ for a in (exc.__cause__, exc.__context__, *exc.args) if a is not None]
    if any("Password" in n or "Encrypt" in n for n in [name, *inner]):
        return InputError("encrypted PDF (password required); decrypt it first", path)
    return InputError(f"corrupt or truncated PDF ({name})", path)


def read_pdf(
    data: bytes, path: str, ocr: str = "auto", progress: Progress | None = None
) -> PdfText:
    """Read a PDF into text and blocks; `ocr` is auto (pages without text), never or force."""
    import pdfplumber

    if ocr not in OCR_MODES:
        raise InputError(f"unknown OCR mode '{ocr}' (use {', '.join(OCR_MODES)})", path)
    for name in ("pdfminer", "pdfplumber"):
        logging.getLogger(name).setLevel(logging.ERROR)
    pages: list[_Page] = []
    ocr_pages: list[int] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            n = len(pdf.pages)
            if n == 0:
                raise InputError("PDF has no pages", path)
            for i, page in enumerate(pdf.pages):
                try:
                    pages.append(_read_page(page, i + 1, n, path, ocr, progress, ocr_pages))
                finally:
                    page.close()  # free its cached layout objects: memory stays one page's
    except InputError:
        raise
    except Exception as exc:  # pdfminer raises many internal types on damaged files
        raise _open_error(exc, path) from exc
    warnings = _check_text(pages, path, ocr, ocr_pages)
    result = _assemble(pages)
    if result.layout is not None:
        result.layout.frames = [p.frame for p in pages if p.frame is not None]
    result.ocr_pages = ocr_pages
    result.warnings = warnings
    return result


def _read_page(
    page: Any,
    number: int,
    n: int,
    path: str,
    ocr: str,
    progress: Progress | None,
    ocr_pages: list[int],
) -> _Page:
    """One page's words (by OCR when it has no text layer and `ocr` allows), lines and tables."""
    words = page_words(page) if ocr != "force" else []
    if not words and ocr != "never":
        if _ocr.available():
            if progress:
                progress(number, n)
            words = _ocr.page_words(page)
            ocr_pages.append(number)
        elif ocr == "force":
            raise InputError(f"--ocr force needs Tesseract; {_ocr.INSTALL}", path)
    tables = []
    for box, cells in find_tables(page) if words else []:
        tables.append((box, cells, [w for w in words if inside(w, box)]))
        words = [w for w in words if not inside(w, box)]
    frame = page_frame(page)
    rows = build_lines(words, number)
    return _Page(number, float(page.width), float(page.height), rows, tables, frame)


def _check_text(pages: list[_Page], path: str, ocr: str, ocr_pages: list[int]) -> list[str]:
    """Raise when no page has text (saying how to get it); warn of pages skipped without OCR."""
    empty = [p.number for p in pages if not p.rows and not p.tables]
    if len(empty) == len(pages):
        if ocr == "never":
            raise InputError(
                "PDF has no text layer (scanned?); run with --ocr auto to read it by OCR", path
            )
        if ocr_pages:
            raise InputError("PDF has no text layer (scanned?) and OCR found no text in it", path)
        raise InputError(
            f"PDF has no text layer (scanned?); to read it by OCR, {_ocr.INSTALL}", path
        )
    if empty and ocr != "never" and not _ocr.available():
        return [f"pages without a text layer skipped ({_ocr.INSTALL}): {empty}"]
    return []


def _flow(page: _Page, rows: list[list[Word]]) -> list[tuple[Line, int] | Table]:
    """Lines of a page in reading order, with its tables in place (each table splits the columns)."""
    out: list[tuple[Line, int] | Table] = []
    remaining = rows
    for box, _cells, _words in sorted(page.tables, key=lambda t: t[0][1]):
        above = [r for r in remaining if min(w.top for w in r) < box[1]]
        remaining = [r for r in remaining if min(w.top for w in r) >= box[1]]
        out += [(Line(r, page.number), c) for r, c in reading_order(above, page.width)]
        out.append(Table([], page.number))  # placeholder, filled by the caller
    out += [(Line(r, page.number), c) for r, c in reading_order(remaining, page.width)]
    return out


def _assemble(pages: list[_Page]) -> PdfText:
    drop = running_rows([p.rows for p in pages], [p.height for p in pages])
    body_rows = [
        [r for k, r in enumerate(p.rows) if k not in d] for p, d in zip(pages, drop, strict=True)
    ]
    all_lines = [Line(r, p.number) for p, rows in zip(pages, body_rows, strict=True) for r in rows]
    vocab = Vocabulary([join_words(r) for p in pages for r in p.rows])
    markers = body_markers(all_lines)
    size = body_size(all_lines)
    paras: list[Para] = []
    notes: list[Para] = []
    doc_pitch: float | None = None
    for page, rows in zip(pages, body_rows, strict=True):
        flow = _flow(page, rows)
        tables = iter(sorted(page.tables, key=lambda t: t[0][1]))
        segments: list[list[tuple[Line, int]]] = [[]]
        items: list[object] = []
        for item in flow:
            if isinstance(item, Table):
                box, cells, words = next(tables)
                segments.append([])
                items.append(cell_texts(cells, words, page.number, vocab))
            else:
                segments[-1].append(item)
        lines = [x for seg in segments for x in seg]
        stats = page_stats(lines, size, doc_pitch)
        doc_pitch = doc_pitch or stats.pitch
        page_paras: list[Para] = []
        for k, seg in enumerate(segments):
            got, got_notes = group_page(seg, stats, page.height, markers)
            page_paras += got
            notes += got_notes
            if k < len(items):
                table = items[k]
                assert isinstance(table, Table)
                table.continued = not page_paras
                page_paras.append(Para([], "table", page.number, table=table))
        for para in page_paras:
            if paras and para.lines and paras[-1].lines:
                last = paras[-1]
                first_of_flow = para.column != last.column or para.page != last.page
                if first_of_flow and _first_in_column(para, page_paras) and continues(last, para):
                    last.lines.extend(para.lines)
                    continue
            prev_table = paras[-1].table if paras else None
            if (
                para.table is not None
                and para.table.continued
                and prev_table is not None
                and prev_table.rows
                and para.table.rows
                and len(prev_table.rows[0]) == len(para.table.rows[0])
            ):
                _merge_tables(prev_table, para.table)
                continue
            paras.append(para)
    heading_levels(paras)
    return _render(paras, notes, len(pages), vocab)


def _first_in_column(para: Para, page_paras: list[Para]) -> bool:
    same = [p for p in page_paras if p.column == para.column and p.lines]
    return bool(same) and same[0] is para


def _merge_tables(prev: Table, cont: Table) -> None:
    """A table continued on the next page: a first row with an empty label continues the last row."""
    width = max(len(r) for r in prev.rows)
    rows = [r for r in cont.rows if any(r)]
    if rows and len(rows[0]) == width and not rows[0][0] and prev.rows:
        last = prev.rows[-1]
        for j, text in enumerate(rows[0]):
            if text and j < len(last):
                last[j] = joined(last[j], text)
        rows = rows[1:]
    prev.rows.extend(rows)
    prev.row_pages.extend([cont.page] * len(rows))


_PIECE_SPACE = re.compile(r"\s+")


class _Renderer:
    """Text of a document written block by block, with its blocks, page starts and layout map."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.out: list[str] = []
        self.pos = 0
        self.blocks: list[Block] = []
        self.page_start: dict[int, int] = {}
        self.table_no = 0
        self.where = MapWriter()
        self.vocab = vocab

    def text(self) -> str:
        """The text written so far."""
        return "".join(self.out)

    def sep(self) -> None:
        """A blank line before the next block (none before the first)."""
        if self.out:
            self.out.append("\n\n")
            self.where.gap(2)
            self.pos += 2

    def emit(self, para: Para, kind: str) -> tuple[int, int]:
        """Write a block of lines as one block of `kind`; its start and end offsets."""
        self.sep()
        start = self.pos
        for piece, page, line in located_lines(para.lines, self.vocab):
            self.page_start.setdefault(page, self.pos)
            self.out.append(piece)
            self.where.piece(piece, line)
            self.pos += len(piece)
        level = para.level if kind == "heading" else None
        self.blocks.append(
            Block(kind=kind, start=start, end=self.pos, page=para.page, level=level)  # type: ignore[arg-type]
        )
        return start, self.pos

    def table(self, para: Para, table: Table) -> None:
        """Write a table cell by cell, one block per non-empty cell."""
        for r, row in enumerate(table.rows):
            for c, cell in enumerate(row):
                self._cell(para, table, r, c, cell)
        self.table_no += 1

    def _cell(self, para: Para, table: Table, r: int, c: int, cell: str | None) -> None:
        """Write one table cell (spaces collapsed) unless it is empty."""
        text = _PIECE_SPACE.sub(" ", cell or "").strip()
        if not text:
            return
        self.sep()
        self.page_start.setdefault(para.page, self.pos)
        row_page = table.row_pages[r] if r < len(table.row_pages) else para.page
        self.page_start.setdefault(row_page, self.pos)
        self.blocks.append(
            Block(
                kind="table",
                start=self.pos,
                end=self.pos + len(text),
                page=row_page,
                table=self.table_no,
                row=r,
                column=c,
            )
        )
        self.out.append(text)
        self.where.located(cell if text == cell else text)
        self.pos += len(text)


def _render(paras: list[Para], notes: list[Para], n_pages: int, vocab: Vocabulary) -> PdfText:
    """The document's text from its blocks, tables and footnotes (footnotes last)."""
    w = _Renderer(vocab)
    for para in paras:
        if para.table is not None:
            w.table(para, para.table)
            continue
        w.emit(para, "toc" if para.kind == "toc" else para.kind)
    body = w.text()
    footnotes: list[Footnote] = []
    for note in notes:
        start, end = w.emit(note, "footnote")
        marker = note.marker or "*"
        footnotes.append(
            Footnote(
                marker=marker, start=start, end=end, anchor=_anchor(marker, body), page=note.page
            )
        )
    text = w.text()
    pages = _pages(w.page_start, n_pages, len(text))
    # a map out of step with the text would put boxes in the wrong places: none rather than wrong
    layout = w.where.map if len(w.where.map) == len(text) else None
    return PdfText(text, w.blocks, pages, footnotes, layout=layout)


def _anchor(marker: str, body: str) -> int | None:
    """Offset of a footnote's marker raised in the body (a superscript right after a word)."""
    sup = marker.translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹"))
    for m in re.finditer(re.escape(sup), body):
        if m.start() > 0 and not body[m.start() - 1].isspace():
            return m.start()
    return None


def _pages(page_start: dict[int, int], n_pages: int, length: int) -> list[Page]:
    """Page spans of the text from the offset at which each page's text starts."""
    pages = []
    last = 0
    for number in range(1, n_pages + 1):
        start = page_start.get(number, last)
        pages.append(Page(number=number, start=start, end=start))
        last = start
    for i, page in enumerate(pages):
        page.end = pages[i + 1].start if i + 1 < len(pages) else length
    return pages
