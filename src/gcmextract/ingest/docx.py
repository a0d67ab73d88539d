"""Reader for Word files (python-docx): paragraphs, headings by style, lists, tables and footnotes."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from typing import Any

from gcmextract.errors import InputError
from gcmextract.ingest.document import Block, BlockKind, Footnote

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _kind(style: str) -> tuple[BlockKind, int | None]:
    """The block kind and heading level a paragraph style stands for."""
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


# What each part of a Word file is called in an error message.
_PART_NAMES = {
    "[Content_Types].xml": "content types part",
    "word/document.xml": "main document part",
    "word/footnotes.xml": "footnotes part",
    "word/endnotes.xml": "endnotes part",
    "word/styles.xml": "styles part",
    "word/numbering.xml": "numbering part",
    "word/settings.xml": "settings part",
    "word/comments.xml": "comments part",
}


def _part_name(member: str) -> str:
    return _PART_NAMES.get(member, f"part {member}")


def _safe_parser():
    """An lxml parser that expands no entity, reads no DTD and opens no network or file."""
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False)


def check_archive(data: bytes, path: str) -> None:
    """Refuse a Word file whose parts would expand past the size limit, or any part compressed
    beyond a plausible ratio (a zip bomb), before anything is decompressed."""
    import zipfile

    from gcmextract.settings import MAX_ZIP_RATIO, max_unzipped

    limit = max_unzipped()
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise InputError(f"corrupt Word file ({type(exc).__name__})", path) from exc
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > 1_000_000 and ratio > MAX_ZIP_RATIO:
            raise InputError(
                f"refused: Word {_part_name(info.filename)} expands {ratio:,.0f} times "
                f"({info.file_size:,} bytes; a zip bomb?)",
                path,
            )
        if total > limit:
            raise InputError(
                f"refused: Word file expands to more than {limit:,} bytes "
                "(a zip bomb?; see $GCMEXTRACT_MAX_UNZIPPED)",
                path,
            )


def _bad_part(data: bytes) -> str | None:
    """The first XML part of a Word file that does not parse, as '<part> is not valid XML (...)'."""
    import zipfile

    from lxml import etree

    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for info in zf.infolist():
            if not info.filename.endswith((".xml", ".rels")):
                continue
            try:
                etree.fromstring(zf.read(info), _safe_parser())
            except etree.XMLSyntaxError as exc:
                return (
                    f"{_part_name(info.filename)} is not valid XML ({' '.join(str(exc).split())})"
                )
            except (zipfile.BadZipFile, OSError, ValueError) as exc:
                return f"{_part_name(info.filename)} cannot be read ({type(exc).__name__})"
    return None


def _corrupt(data: bytes, exc: Exception, path: str) -> InputError:
    bad = _bad_part(data)
    return InputError(
        f"corrupt Word file: {bad}" if bad else f"corrupt Word file ({type(exc).__name__})", path
    )


def _footnotes_xml(doc: Any) -> list[tuple[str, str]]:
    """(id, text) of real footnotes in word/footnotes.xml, if the file has any."""
    from lxml import etree

    for rel in doc.part.rels.values():
        if rel.reltype.endswith("/footnotes"):
            try:
                root = etree.fromstring(rel.target_part.blob, _safe_parser())
            except etree.XMLSyntaxError as exc:
                raise InputError(
                    "corrupt Word file: footnotes part is not valid XML "
                    f"({' '.join(str(exc).split())})"
                ) from exc
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


class _Writer:
    """The text of a document built block by block (blank lines between blocks)."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.pos = 0
        self.blocks: list[Block] = []
        self.tables = 0

    def add(
        self,
        text: str,
        kind: BlockKind,
        level: int | None = None,
        style: str | None = None,
        paragraph: int | None = None,
    ) -> tuple[int, int]:
        """Append a block (`paragraph`: its index among the body's paragraphs); return its (start,
        end)."""
        if self.out:
            self.out.append("\n\n")
            self.pos += 2
        start = self.pos
        self.out.append(text)
        self.pos += len(text)
        block = Block(kind=kind, start=start, end=self.pos, level=level, style=style)
        block.paragraph = paragraph
        self.blocks.append(block)
        return start, self.pos

    def text(self) -> str:
        """The text so far."""
        return "".join(self.out)


@dataclass
class _Notes:
    """Footnotes written as paragraphs (marker, text, style) and the anchors of real footnotes."""

    pending: list[tuple[str, str, str | None]] = field(default_factory=list)
    anchors: dict[str, int] = field(default_factory=dict)


def _paragraph(item: Any, writer: _Writer, notes: _Notes, index: int | None = None) -> None:
    """Write one paragraph (`index`: its place among the body's paragraphs): a heading, list item
    or paragraph; a footnote paragraph is kept aside."""
    text = " ".join(item.text.split())
    if not text:
        return
    refs = item._p.findall(f".//{_W}footnoteReference")
    style = item.style.name if item.style is not None else ""
    kind, level = _kind(style)
    if kind == "paragraph" and item._p.pPr is not None and item._p.pPr.numPr is not None:
        kind = "list_item"
    if kind == "footnote":
        m = re.match(r"([¹²³⁴⁵⁶⁷⁸⁹⁰]+|\d{1,2}|\*)", text)
        notes.pending.append((m.group(1) if m else "*", text, style))
        return
    start, _ = writer.add(text, kind, level, style, index)
    for ref in refs:
        notes.anchors[ref.get(f"{_W}id")] = start + len(text)


def _table(item: Any, writer: _Writer) -> None:
    """Write each distinct cell of a table as its own table block (table, row, column set), so
    that cells never merge with their neighbours."""
    for r, row in enumerate(item.rows):
        seen: set[int] = set()
        for c, cell in enumerate(row.cells):
            text = " ".join(cell.text.split())
            if id(cell._tc) in seen or not text:
                continue  # a merged cell repeats across the columns it spans
            seen.add(id(cell._tc))
            writer.add(text, "table")
            writer.blocks[-1].table, writer.blocks[-1].row, writer.blocks[-1].column = (
                writer.tables,
                r,
                c,
            )
    writer.tables += 1


def _footnotes(doc: Any, writer: _Writer, notes: _Notes, body: str) -> list[Footnote]:
    """Write the footnotes after the body and return them with their anchors."""
    footnotes: list[Footnote] = []
    for fid, text in _footnotes_xml(doc):
        start, end = writer.add(text, "footnote")
        footnotes.append(Footnote(marker=fid, start=start, end=end, anchor=notes.anchors.get(fid)))
    for marker, text, style in notes.pending:
        anchor = body.find(marker) if marker != "*" else -1
        start, end = writer.add(text, "footnote", style=style)
        footnotes.append(
            Footnote(marker=marker, start=start, end=end, anchor=anchor if anchor >= 0 else None)
        )
    return footnotes


def read_docx(data: bytes, path: str) -> tuple[str, list[Block], list[Footnote]]:
    """Return (text, blocks, footnotes) of a .docx file."""
    check_archive(data, path)  # first: a zip bomb is refused before python-docx is even imported
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        doc = docx.Document(io.BytesIO(data))
    except Exception as exc:
        raise _corrupt(data, exc, path) from exc
    writer, notes = _Writer(), _Notes()
    paragraphs = 0  # the body's paragraphs, numbered as python-docx's `Document.paragraphs`
    for item in doc.iter_inner_content():
        if isinstance(item, Paragraph):
            _paragraph(item, writer, notes, paragraphs)
            paragraphs += 1
        elif isinstance(item, Table):
            _table(item, writer)
    footnotes = _footnotes(doc, writer, notes, writer.text())
    text = writer.text()
    if not text.strip():
        raise InputError("empty Word document (no text)", path)
    return text, writer.blocks, footnotes
