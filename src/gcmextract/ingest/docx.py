"""Reader for Word files (python-docx): paragraphs, headings by style, lists, tables and footnotes."""

from __future__ import annotations

import io
import re

from gcmextract.errors import InputError
from gcmextract.ingest.document import Block, Footnote

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _kind(style: str) -> tuple[str, int | None]:
    low = style.lower()
    if low == "title":
        return "heading", 1
    m = re.match(r"heading\s*(\d)", low)
    if m:
        return "heading", int(m.group(1))
    if "footnote" in low:
        return "footnote", None
    if "list" in low:
        return "list_item", None
    return "paragraph", None


def _footnotes_xml(doc) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(id, text) of real footnotes in word/footnotes.xml, if the file has any."""
    from lxml import etree

    for rel in doc.part.rels.values():
        if rel.reltype.endswith("/footnotes"):
            root = etree.fromstring(rel.target_part.blob)
            notes = []
            for fn in root.iter(f"{_W}footnote"):
                fid = fn.get(f"{_W}id")
                if fid is None or int(fid) <= 0:
                    continue
                text = "".join(t.text or "" for t in fn.iter(f"{_W}t")).strip()
                if text:
                    notes.append((fid, text))
            return notes
    return []


def read_docx(data: bytes, path: str) -> tuple[str, list[Block], list[Footnote]]:
    """Return (text, blocks, footnotes) of a .docx file."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        doc = docx.Document(io.BytesIO(data))
    except Exception as exc:
        raise InputError(f"corrupt Word file ({type(exc).__name__})", path) from exc
    out: list[str] = []
    pos = 0
    blocks: list[Block] = []
    pending_notes: list[tuple[str, str, str | None]] = []  # marker, text, style
    anchors: dict[str, int] = {}
    tables = 0

    def add(
        text: str, kind: str, level: int | None = None, style: str | None = None
    ) -> tuple[int, int]:
        nonlocal pos
        if out:
            out.append("\n\n")
            pos += 2
        start = pos
        out.append(text)
        pos += len(text)
        blocks.append(Block(kind=kind, start=start, end=pos, level=level, style=style))  # type: ignore[arg-type]
        return start, pos

    for item in doc.iter_inner_content():
        if isinstance(item, Paragraph):
            text = " ".join(item.text.split())
            refs = item._p.findall(f".//{_W}footnoteReference")
            if not text:
                continue
            style = item.style.name if item.style is not None else ""
            kind, level = _kind(style)
            if kind == "paragraph" and item._p.pPr is not None and item._p.pPr.numPr is not None:
                kind = "list_item"
            if kind == "footnote":
                m = re.match(r"([¹²³⁴⁵⁶⁷⁸⁹⁰]+|\d{1,2}|\*)", text)
                pending_notes.append((m.group(1) if m else "*", text, style))
                continue
            start, _ = add(text, kind, level, style)
            for ref in refs:
                anchors[ref.get(f"{_W}id")] = start + len(text)
        elif isinstance(item, Table):
            for r, row in enumerate(item.rows):
                seen: set[int] = set()
                for c, cell in enumerate(row.cells):
                    text = " ".join(cell.text.split())
                    if id(cell._tc) in seen or not text:
                        continue  # a merged cell repeats across the columns it spans
                    seen.add(id(cell._tc))
                    add(text, "table")
                    blocks[-1].table, blocks[-1].row, blocks[-1].column = tables, r, c
            tables += 1
    body = "".join(out)
    footnotes: list[Footnote] = []
    for fid, text in _footnotes_xml(doc):
        start, end = add(text, "footnote")
        footnotes.append(Footnote(marker=fid, start=start, end=end, anchor=anchors.get(fid)))
    for marker, text, style in pending_notes:
        anchor = body.find(marker) if marker != "*" else -1
        start, end = add(text, "footnote", style=style)
        footnotes.append(
            Footnote(marker=marker, start=start, end=end, anchor=anchor if anchor >= 0 else None)
        )
    text = "".join(out)
    if not text.strip():
        raise InputError("empty Word document (no text)", path)
    return text, blocks, footnotes
